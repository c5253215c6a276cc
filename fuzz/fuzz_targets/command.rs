//! Fuzz target: the command parser and the input clean-up before it (`core::command`), and the
//! Telegram callback-data codec (forged button data is text a person controls too).
//!
//! Invariants: nothing panics; `clean` leaves no control, invisible or doubled white space and
//! is idempotent; `truncate` returns a prefix of at most the limit in characters; `parse`
//! returns the trimmed input as free text, or a command whose argument is trimmed and part of
//! the input; callback data that decodes re-encodes to data that decodes to the same action.

#![no_main]

use libfuzzer_sys::fuzz_target;
use miners_guide::core::command::{ParseOptions, Parsed, clean, parse, truncate};
use miners_guide::core::{Command, MAX_QUERY_CHARS};
use miners_guide::telegram::callback::{CALLBACK_LIMIT, CallbackCodec};
use miners_guide_fuzz::USERNAME;

/// The argument a command carries, if any.
fn argument(cmd: &Command) -> Option<&str> {
    match cmd {
        Command::Start(arg) => arg.as_deref(),
        Command::Find(a)
        | Command::Org(a)
        | Command::Orgs(a)
        | Command::Guide(a)
        | Command::Cases(a)
        | Command::Country(a)
        | Command::Language(a)
        | Command::Share(a)
        | Command::Withdraw(a)
        | Command::Pending(a)
        | Command::Review(a)
        | Command::Approve(a)
        | Command::Reject(a)
        | Command::Reopen(a)
        | Command::Report(a)
        | Command::Ask(a)
        | Command::Answer(a)
        | Command::Questions(a)
        | Command::Publish(a)
        | Command::Unpublish(a)
        | Command::Helped(a)
        | Command::NotHelped(a) => Some(a),
        Command::Help
        | Command::Topics
        | Command::Mine
        | Command::Cancel
        | Command::Stats
        | Command::Forget => None,
    }
}

fn check_parse(text: &str, opts: &ParseOptions<'_>) {
    match parse(text, opts) {
        Parsed::Text(t) => assert_eq!(t, text.trim(), "free text is the trimmed input"),
        Parsed::Command(cmd) => {
            let first = text.trim().chars().next();
            assert!(
                first == Some('/') || (opts.bang && first == Some('!')),
                "{text:?} parsed as {cmd:?} without a command prefix"
            );
            if let Some(arg) = argument(&cmd) {
                assert_eq!(arg, arg.trim(), "argument of {cmd:?} is not trimmed");
                // A joined open-command (`/org_mintek`, `/case_fairmined`) carries its id with
                // `_` for `-` and without the kind's id prefix (`case-`, `country-`, `answer-`).
                let joined = arg.replace('-', "_");
                let joined = ["case_", "country_", "answer_"]
                    .iter()
                    .find_map(|p| joined.strip_prefix(p))
                    .unwrap_or(&joined)
                    .to_string();
                // (Command words are read in any case: `/Case_M` is `case-m`.)
                assert!(
                    text.contains(arg) || text.to_lowercase().contains(&joined),
                    "argument {arg:?} is not in {text:?}"
                );
            }
        }
        Parsed::Unknown(word) => {
            assert!(!word.is_empty(), "unknown command without a word: {text:?}");
            assert!(
                !word.chars().any(char::is_whitespace),
                "unknown command word {word:?} has white space"
            );
        }
        Parsed::OtherBot => assert!(text.contains('@'), "{text:?} is for another bot"),
    }
}

fn check_clean(text: &str) -> String {
    let cleaned = clean(text);
    assert_eq!(cleaned, cleaned.trim(), "clean leaves outer space");
    assert!(!cleaned.contains("  "), "clean leaves double spaces");
    assert!(
        !cleaned
            .chars()
            .any(|c| c.is_control() || (c.is_whitespace() && c != ' ')),
        "clean leaves control characters: {cleaned:?}"
    );
    assert_eq!(clean(&cleaned), cleaned, "clean is not idempotent");
    cleaned
}

fn check_truncate(text: &str, max: usize) {
    let (cut, was_cut) = truncate(text, max);
    assert!(text.starts_with(cut), "truncate is not a prefix");
    assert!(cut.chars().count() <= max, "truncate keeps more than {max}");
    assert_eq!(
        was_cut,
        text.chars().count() > max,
        "truncate's flag is wrong"
    );
}

fn check_callback(data: &str) {
    let codec = CallbackCodec::new(8);
    if let Ok(action) = codec.decode(data) {
        let again = codec.encode(&action);
        assert!(
            !again.is_empty() && again.len() <= CALLBACK_LIMIT,
            "re-encoded callback data {again:?} is too long"
        );
        assert_eq!(
            codec.decode(&again).ok(),
            Some(action),
            "callback data {data:?} does not round-trip"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cleaned = check_clean(&text);
    for opts in [
        ParseOptions::default(),
        ParseOptions {
            bang: true,
            username: Some(USERNAME),
        },
        ParseOptions {
            bang: false,
            username: Some("@"),
        },
    ] {
        check_parse(&text, &opts);
        check_parse(&cleaned, &opts);
    }
    check_truncate(&cleaned, MAX_QUERY_CHARS);
    check_truncate(&text, data.first().map_or(0, |b| usize::from(*b)));
    check_callback(&text);
});

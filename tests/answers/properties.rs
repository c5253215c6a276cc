//! Property tests: whatever a person types (arbitrary Unicode, HTML-looking text, huge
//! messages, commands with hostile arguments), every reply the core gives over the real
//! knowledge base, rendered for Telegram, is valid Telegram HTML (per the test Bot API server's
//! validator), every message is 1–4096 UTF-16 units after entity parsing, and the callback
//! data of every button is 1–64 bytes and decodes back to its action.

use crate::chat;
use miners_guide::core::{Action, ActionKind, Bot, ChatKind, Incoming, Platform, Reply};
use miners_guide::kb::KnowledgeBase;
use miners_guide::search::{SearchIndex, Synonyms};
use miners_guide::telegram::callback::{CALLBACK_LIMIT, CallbackCodec};
use miners_guide::telegram::render::{MESSAGE_LIMIT, render_html};
use proptest::prelude::*;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use telegram_testkit::html;

/// The bot over the real knowledge base and synonyms, built once for every case.
fn bot() -> &'static Bot {
    static BOT: OnceLock<Bot> = OnceLock::new();
    BOT.get_or_init(|| {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let kb = KnowledgeBase::load(&data).expect("data/ loads");
        let synonyms = Synonyms::load(&data).expect("synonyms load");
        let index = SearchIndex::in_ram_with_synonyms(kb, synonyms).expect("index builds");
        Bot::builder(Arc::new(index))
            .username("MinersGuideBot")
            .build()
    })
}

fn incoming(text: &str, group: bool, hint: Option<&str>) -> Incoming {
    let kind = if group {
        ChatKind::Group
    } else {
        ChatKind::Private
    };
    Incoming {
        language_hint: hint.map(str::to_string),
        ..chat::incoming(Platform::Telegram, kind, "1001", text)
    }
}

/// Checks one reply as the Telegram adapter would send it: its messages and its buttons.
fn check_reply(reply: &Reply, codec: &CallbackCodec, input: &str) -> Result<(), TestCaseError> {
    for (i, part) in render_html(reply, MESSAGE_LIMIT).iter().enumerate() {
        let visible = html::parse(part).map_err(|e| {
            TestCaseError::fail(format!(
                "message {i} for {input:?} is not valid Telegram HTML ({e}): {part:?}"
            ))
        })?;
        let units = visible.encode_utf16().count();
        prop_assert!(
            units <= MESSAGE_LIMIT,
            "message {i} for {input:?} has {units} UTF-16 units after entity parsing"
        );
        prop_assert!(
            !visible.trim().is_empty(),
            "message {i} for {input:?} is empty after entity parsing: {part:?}"
        );
    }
    for Action { label, kind } in &reply.actions {
        let data = codec.encode(kind);
        prop_assert!(
            !data.is_empty() && data.len() <= CALLBACK_LIMIT,
            "callback data of {label:?} for {input:?} is {} bytes: {data:?}",
            data.len()
        );
        let decoded = codec.decode(&data).ok();
        prop_assert_eq!(
            decoded.as_ref(),
            Some(kind),
            "callback data {:?} does not decode back",
            data
        );
    }
    Ok(())
}

/// Sends `text` in a private chat and as an addressed group message, in a few languages, and
/// checks every reply and notice, and the replies to the page buttons they offer.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let bot = bot();
    let codec = CallbackCodec::new(1_000);
    for (group, hint) in [
        (false, Some("en")),
        (true, Some("fr-FR")),
        (false, Some("sw")),
    ] {
        let msg = incoming(text, group, hint);
        let response = bot.handle(&msg);
        let mut replies: Vec<&Reply> = response.notices.iter().map(|n| &n.reply).collect();
        replies.extend(response.reply.as_ref());
        for reply in replies {
            check_reply(reply, &codec, text)?;
            for action in &reply.actions {
                if let ActionKind::Page { .. } = action.kind
                    && let Some(next) = bot.handle_action(&msg, &action.kind).reply
                {
                    check_reply(&next, &codec, text)?;
                }
            }
        }
    }
    Ok(())
}

/// Words the knowledge base answers to, so that generated queries find results and snippets.
const WORDS: &[&str] = &[
    "sediment",
    "water",
    "mintek",
    "cooperative",
    "coopérative",
    "licence",
    "funding",
    "sapphire",
    "tanzanite",
    "emerald",
    "safety",
    "maji",
    "financiamento",
    "seguridad",
    "africa",
    "consulting",
    "<b>",
    "</i>",
    "&amp;",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "<a href=\"x\">",
    "&#x1F48E;",
    "💎",
    "\u{202e}",
    "\u{0}",
    "\n",
    "\t",
    "ǅ",
    "İ",
    "ß",
    "𝔘𝔫𝔦",
    "e\u{301}",
];

/// Text made of knowledge-base words and HTML-looking pieces.
fn wordy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..24).prop_map(|w| w.join(" "))
}

/// What a person might send: anything, HTML-ish, words, commands with any argument, or huge.
fn any_message() -> impl Strategy<Value = String> {
    let command = prop::sample::select(
        &[
            "/find",
            "/find@MinersGuideBot",
            "/org",
            "/orgs",
            "/guide",
            "/cases",
            "/topics",
            "/language",
            "/help",
            "/start",
            "/share",
            "/mine",
            "/withdraw",
            "/pending",
            "/approve",
            "/reject",
            "/stats",
            "/more",
            "/nonsense",
        ][..],
    );
    prop_oneof![
        any::<String>(),
        "[<>&;/\"'a-z#0-9 =]{0,300}",
        wordy(),
        (command.clone(), any::<String>()).prop_map(|(c, a)| format!("{c} {a}")),
        (command, wordy()).prop_map(|(c, a)| format!("{c} {a}")),
        (wordy(), 50usize..400).prop_map(|(w, n)| format!("{w} ").repeat(n)),
        (any::<char>(), 4_000usize..12_000).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Any message gives replies that Telegram accepts: valid HTML, 1–4096 UTF-16 units per
    /// message, and button data of 1–64 bytes that decodes back to its action.
    #[test]
    fn every_reply_is_valid_telegram_html_within_limits(text in any_message()) {
        check_text(&text)?;
    }

    /// Every page of results for any query the knowledge base answers to stays valid and
    /// within the limits, including the buttons to the other pages.
    #[test]
    fn every_result_page_is_valid_telegram_html(words in wordy(), page in 0u32..4) {
        let bot = bot();
        let codec = CallbackCodec::new(1_000);
        let msg = incoming(&format!("/find {words}"), false, Some("pt-BR"));
        let action = ActionKind::Page { query: words.clone(), page };
        if let Some(reply) = bot.handle_action(&msg, &action).reply {
            check_reply(&reply, &codec, &words)?;
        }
    }
}

/// The checks themselves catch what Telegram rejects: unbalanced tags, an unescaped `&`, and
/// a message over 4096 UTF-16 units (so the properties above could fail).
#[test]
fn the_checks_reject_what_telegram_rejects() {
    assert!(html::parse("<b>bold").is_err());
    assert!(html::parse("AT&T").is_err());
    let long = "💎".repeat(MESSAGE_LIMIT / 2 + 1);
    let visible = html::parse(&long).expect("plain text parses");
    assert!(visible.encode_utf16().count() > MESSAGE_LIMIT);
}

/// The properties are not vacuous: a common query gives a reply with messages and page
/// buttons, and it passes the same checks.
#[test]
fn a_search_reply_has_messages_and_page_buttons() {
    let msg = incoming("/find mining", false, Some("en"));
    let reply = bot().handle(&msg).reply.expect("a reply");
    assert!(!render_html(&reply, MESSAGE_LIMIT).is_empty());
    assert!(
        reply
            .actions
            .iter()
            .any(|a| matches!(a.kind, ActionKind::Page { .. })),
        "no page button in {reply:?}"
    );
    check_reply(&reply, &CallbackCodec::new(10), "/find mining").expect("valid");
}

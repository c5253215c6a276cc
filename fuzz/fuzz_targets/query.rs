//! Fuzz target: the query path, text → core → search → rendered reply, over the real
//! knowledge base (`data/`, in a RAM index built once per process).
//!
//! The first input byte picks the platform, private chat or group, language hint and whether
//! the text is sent as `/find <text>`; the rest is the text. Every reply and notice, the
//! replies to the page buttons they offer, and the inline-mode cards for the same text are
//! rendered for Telegram and Matrix and checked: no panic, valid Telegram HTML, every message
//! 1–4096 UTF-16 units after entity parsing, callback data 1–64 bytes that decodes back,
//! well-formed Matrix HTML within the event size.

#![no_main]

use libfuzzer_sys::fuzz_target;
use miners_guide::core::{ActionKind, Platform, Reply};
use miners_guide::telegram::callback::CallbackCodec;
use miners_guide_fuzz::{Setup, bot, check_matrix, check_telegram, replies};

fn check(reply: &Reply, codec: &CallbackCodec, text: &str) {
    if let Err(e) = check_telegram(reply, codec) {
        panic!("Telegram rendering of the reply to {text:?}: {e}");
    }
    if let Err(e) = check_matrix(reply) {
        panic!("Matrix rendering of the reply to {text:?}: {e}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    // Telegram refuses longer messages; keep the fuzzer on text a person can send.
    if rest.len() > 4 * 4096 {
        return;
    }
    let setup = Setup::from_byte(first);
    let text = String::from_utf8_lossy(rest);
    let bot = bot();
    let codec = CallbackCodec::new(64);
    let msg = setup.incoming(&text);
    let response = bot.handle(&msg);
    for reply in replies(&response) {
        check(reply, &codec, &text);
        for action in &reply.actions {
            if let ActionKind::Page { .. } = action.kind {
                for next in replies(&bot.handle_action(&msg, &action.kind)) {
                    check(next, &codec, &text);
                }
            }
        }
    }
    if setup.platform == Platform::Telegram && !setup.group {
        let lang = bot.language_for(&msg);
        let offset = if first & 0b0100_0000 != 0 { "50" } else { "" };
        let open = miners_guide::telegram::CAPABILITIES.open_commands;
        let answer = bot.inline(&text, lang, offset, open);
        assert!(answer.cards.len() <= 50, "more than 50 inline cards");
        if let Some(next) = &answer.next_offset {
            assert!(next.len() <= 64, "inline next_offset {next:?} is too long");
        }
        for card in &answer.cards {
            check(&card.message, &codec, &text);
        }
    }
});

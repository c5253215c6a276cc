//! Hostile and odd input through `Bot::handle` on the real knowledge base: every case gets a
//! clear, bounded reply (never a panic, never the internal-error message, never silence in a
//! private chat).

use crate::chat;
use miners_guide::console::render;
use miners_guide::core::{ActionKind, Bot, ChatKind, Incoming, Platform, Reply};
use miners_guide::lang::Lang;
use proptest::prelude::*;

fn bot() -> Bot {
    Bot::builder(chat::real_index())
        .username("MinersGuideBot")
        .build()
}

fn msg(text: &str, platform: Platform, kind: ChatKind) -> Incoming {
    chat::incoming(platform, kind, "7", text)
}

/// Sends `text` in a private chat and checks the reply is present, not the internal error,
/// free of control characters and of a bounded size. Returns the rendered text.
fn check(bot: &Bot, text: &str) -> String {
    let mut rendered = String::new();
    for platform in [Platform::Telegram, Platform::Matrix, Platform::Console] {
        let reply = bot
            .handle(&msg(text, platform, ChatKind::Private))
            .reply
            .unwrap_or_else(|| panic!("no reply to {:?}", short(text)));
        rendered = check_reply(&reply, text);
    }
    rendered
}

fn check_reply(reply: &Reply, text: &str) -> String {
    let rendered = render(reply);
    let error = render(&Bot::error_reply(Lang::En));
    assert_ne!(rendered, error, "internal error for {:?}", short(text));
    assert!(
        !rendered.trim().is_empty(),
        "empty reply for {:?}",
        short(text)
    );
    assert!(
        !rendered.chars().any(|c| c.is_control() && c != '\n'),
        "control character in reply to {:?}",
        short(text)
    );
    assert!(
        rendered.len() < 20_000,
        "reply of {} bytes to {:?}",
        rendered.len(),
        short(text)
    );
    rendered
}

fn short(text: &str) -> String {
    text.chars().take(60).collect()
}

/// Empty and blank messages ask for a question instead of searching for nothing.
#[test]
fn empty_lines_get_a_prompt() {
    let b = bot();
    for text in ["", " ", "\n\n", "\t \r\n", "\u{200B}\u{FEFF}"] {
        let out = check(&b, text);
        assert!(out.contains("Your message is empty"), "{text:?}: {out}");
    }
}

/// A 100 kB message is searched by its first 256 characters, and the reply says so.
#[test]
fn huge_messages_are_truncated_and_said_so() {
    let b = bot();
    let words = "sediment ponds for muddy water ".repeat(3_300);
    assert!(words.len() > 100_000);
    let out = check(&b, &words);
    assert!(out.contains("first 256 characters"), "{}", short(&out));
    assert!(out.contains("/guide sediment"), "{}", short(&out));
    let one_word = "a".repeat(100_000);
    let out = check(&b, &one_word);
    assert!(out.contains("first 256 characters"), "{}", short(&out));
    let out = check(&b, &format!("/find {}", "💎".repeat(30_000)));
    assert!(out.contains("first 256 characters"), "{}", short(&out));
    check(&b, &format!("/org {}", "x".repeat(100_000)));
    check(&b, &format!("/{}", "y".repeat(100_000)));
}

/// Control characters are stripped before searching; the words around them still count.
#[test]
fn control_characters_are_stripped() {
    let b = bot();
    let out = check(&b, "sediment\u{0}\u{7}\u{1b}[31m\u{8}\u{7f}");
    assert!(out.contains("/guide sediment"), "{out}");
    check(&b, "\u{0}\u{1}\u{2}\u{3}");
    check(&b, "/find \u{0}");
    check(&b, "\u{202E}sediment\u{202C}");
}

/// Unpaired quotes and brackets and query-syntax fragments never reach the user as errors.
#[test]
fn query_syntax_fragments_are_harmless() {
    let b = bot();
    for text in [
        "\"sediment",
        "sediment\"",
        "(water",
        "water)",
        "[licence",
        "{funding",
        "}",
        "\"",
        "'",
        "title:(",
        "title:",
        "body:\"",
        "id:mintek",
        "AND OR NOT",
        "NOT",
        "AND",
        "*",
        "**",
        "?",
        "sediment~2",
        "water^1000",
        "+ - ~ ^ : \\",
        "a:b:c:(((",
        "[0 TO *]",
        "/find title:(",
        "/find AND OR NOT",
        "/find *",
        "/orgs ((((",
        "/guide \"",
        "/cases *",
        "/language *",
        "/start <script>",
        "/start org-",
    ] {
        check(&b, text);
    }
    let out = check(&b, "\"sediment");
    assert!(out.contains("/guide sediment"), "{out}");
}

/// HTML and Markdown-looking text is treated as words, and echoed as plain text (the
/// adapters escape it).
#[test]
fn html_and_markdown_are_plain_text() {
    let b = bot();
    let out = check(&b, "<b>sediment</b><script>alert(1)</script>");
    assert!(out.contains("/guide sediment"), "{out}");
    let out = check(
        &b,
        "**water** _recycling_ [link](http://example.org) `code` # heading",
    );
    assert!(out.contains("/guide water"), "{out}");
    check(&b, "<<<>>>&&&&;");
    check(&b, "&lt;b&gt;");
    check(&b, "<a href=\"javascript:alert(1)\">x</a>");
}

/// Right-to-left scripts and emoji get a reply; emoji around real words do not hide them.
#[test]
fn rtl_and_emoji_are_handled() {
    let b = bot();
    check(&b, "مرحبا كيف حالك");
    check(&b, "שלום עולם");
    check(&b, "💎💎💎");
    check(&b, "👷‍♀️");
    let out = check(&b, "👷‍♀️ sediment 🌊");
    assert!(out.contains("/guide sediment"), "{out}");
    check(&b, "\u{0301}\u{0301}\u{0301}");
    check(&b, "Ｓｅｄｉｍｅｎｔ");
}

/// Odd input in a group: unaddressed stays silent, addressed gets a clear reply.
#[test]
fn group_bad_input_is_silent_or_clear() {
    let b = bot();
    for text in ["", "title:(", "💎", "<b>x</b>", "/unknown"] {
        let mut m = msg(text, Platform::Telegram, ChatKind::Group);
        m.addressed = false;
        assert!(b.handle(&m).reply.is_none(), "{text:?} answered in a group");
        m.addressed = true;
        let reply = b.handle(&m).reply.expect("addressed reply");
        check_reply(&reply, text);
    }
}

/// Forged button data (huge page numbers, huge or empty queries) and inline offsets are safe.
#[test]
fn forged_actions_and_offsets_are_safe() {
    let b = bot();
    let ctx = msg("", Platform::Telegram, ChatKind::Private);
    for action in [
        ActionKind::Page {
            query: String::new(),
            page: u32::MAX,
        },
        ActionKind::Page {
            query: "water".into(),
            page: u32::MAX,
        },
        ActionKind::Page {
            query: "x".repeat(100_000),
            page: 3,
        },
        ActionKind::Page {
            query: "title:(".into(),
            page: 1,
        },
        ActionKind::Command("\u{0}".into()),
        ActionKind::Command("/org ((((".into()),
        ActionKind::Reject(-1),
    ] {
        let reply = b.handle_action(&ctx, &action).reply.expect("reply");
        check_reply(&reply, &format!("{action:?}"));
    }
    for (q, offset) in [
        ("water", "-1"),
        ("water", "99999999999999999999999"),
        ("title:(", "0"),
        ("💎", ""),
        ("", "abc"),
        (&*"z".repeat(100_000), "0"),
    ] {
        let answer = b.inline(
            q,
            Lang::En,
            offset,
            miners_guide::core::OpenCommands::Joined,
        );
        assert!(answer.cards.len() <= 50);
        assert!(answer.next_offset.as_deref().is_none_or(|o| o.len() <= 64));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Any string, in any language setting, gets a proper reply in a private chat.
    #[test]
    fn any_text_gets_a_reply(text in "\\PC{0,300}", lang in 0usize..Lang::COUNT) {
        let b = bot();
        let mut m = msg(&text, Platform::Telegram, ChatKind::Private);
        m.language_hint = Some(Lang::ALL[lang].code().into());
        let reply = b.handle(&m).reply.expect("reply");
        check_reply(&reply, &text);
    }

    /// Any command word with any argument gets a proper reply in a private chat.
    #[test]
    fn any_command_gets_a_reply(
        cmd in prop::sample::select(vec!["start", "help", "find", "org", "orgs", "topics", "guide", "cases", "language", "zzz"]),
        arg in "\\PC{0,80}",
    ) {
        let b = bot();
        let text = format!("/{cmd} {arg}");
        let reply = b.handle(&msg(&text, Platform::Matrix, ChatKind::Private)).reply.expect("reply");
        check_reply(&reply, &text);
    }
}

//! Renders a core [`Reply`] as Telegram HTML: every dynamic string escaped, highlights and
//! names in bold, lists as bullet lines, and anything longer than Telegram's 4096 characters
//! split at paragraph or line boundaries without breaking a tag.

use crate::core::{Block, Inline, Reply};
use crate::html::{Quotes, escape_into};

/// Telegram's limit on a message's text after entity parsing, in UTF-16 code units.
pub const MESSAGE_LIMIT: usize = 4096;

/// A piece of HTML that is balanced on its own, with its visible length.
#[derive(Debug, Clone)]
struct Unit {
    html: String,
    len: usize,
    /// What goes between this unit and the previous one when both land in one message.
    sep: &'static str,
}

/// The visible length Telegram counts (UTF-16 code units).
fn visible_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Renders `reply` as one or more HTML messages, each at most `limit` visible characters.
/// An empty reply gives no message.
pub fn render_html(reply: &Reply, limit: usize) -> Vec<String> {
    let limit = limit.max(16);
    let mut units = Vec::new();
    for block in &reply.blocks {
        let first = units.len();
        match block {
            Block::Heading(text) => push_inline(&mut units, &Inline::Strong(text.clone()), limit),
            Block::Paragraph(inlines) => {
                for inline in inlines {
                    push_inline(&mut units, inline, limit);
                }
            }
            Block::List(items) => {
                for item in items {
                    let start = units.len();
                    units.push(Unit {
                        html: "• ".into(),
                        len: 2,
                        sep: "",
                    });
                    for inline in item {
                        push_inline(&mut units, inline, limit);
                    }
                    if start > first {
                        units[start].sep = "\n";
                    }
                }
            }
        }
        if first > 0 && first < units.len() {
            units[first].sep = "\n\n";
        }
    }
    pack(units, limit)
}

/// Packs units into messages: greedily, but never splitting inside a unit, and preferring to
/// start a new message at a paragraph or line boundary when the current one is nearly full.
fn pack(units: Vec<Unit>, limit: usize) -> Vec<String> {
    // Groups: a paragraph, a heading or a list item (a unit with a separator starts one).
    let mut groups: Vec<Vec<Unit>> = Vec::new();
    for unit in units {
        match groups.last_mut() {
            Some(group) if unit.sep.is_empty() => group.push(unit),
            _ => groups.push(vec![unit]),
        }
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0usize;
    for group in groups {
        let group_len: usize = group.iter().map(|u| u.len).sum::<usize>() + group[0].sep.len();
        if !cur.is_empty() && cur_len + group_len > limit {
            out.push(std::mem::take(&mut cur));
            cur_len = 0;
        }
        for unit in group {
            let sep_len = if cur.is_empty() { 0 } else { unit.sep.len() };
            if !cur.is_empty() && cur_len + sep_len + unit.len > limit {
                out.push(std::mem::take(&mut cur));
                cur_len = 0;
            }
            if !cur.is_empty() {
                cur.push_str(unit.sep);
                cur_len += unit.sep.len();
            }
            cur.push_str(&unit.html);
            cur_len += unit.len;
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out.retain(|m| !m.trim().is_empty());
    out
}

/// Renders one inline piece as units no longer than `limit` each.
fn push_inline(units: &mut Vec<Unit>, inline: &Inline, limit: usize) {
    let link_open: String;
    let (text, open, close): (&str, &str, &str) = match inline {
        // A command written as one word (`/org_mintek`) is plain text: Telegram links it, and
        // one tap sends it; inside `<code>` it would only be copied.
        Inline::Text(t) | Inline::Command(t) => (t, "", ""),
        Inline::Strong(t) | Inline::Mark(t) => (t, "<b>", "</b>"),
        Inline::Em(t) => (t, "<i>", "</i>"),
        Inline::Code(t) => (t, "<code>", "</code>"),
        Inline::Link { text, url } => {
            if is_linkable(url) {
                let mut open = String::from("<a href=\"");
                escape_into(&mut open, url, Quotes::Escaped);
                open.push_str("\">");
                link_open = open;
                (text, &link_open, "</a>")
            } else {
                // Not a URL Telegram links: show it as text so nothing is lost.
                let shown = format!("{text} ({url})");
                for part in split_text(&shown, limit) {
                    units.push(unit(part, "", ""));
                }
                return;
            }
        }
    };
    for part in split_text(text, limit) {
        units.push(unit(part, open, close));
    }
}

/// A unit of `text`, escaped, between the tags `open` and `close`.
fn unit(text: &str, open: &str, close: &str) -> Unit {
    let mut html = String::with_capacity(open.len() + text.len() + close.len() + 8);
    html.push_str(open);
    escape_into(&mut html, text, Quotes::AsThey);
    html.push_str(close);
    Unit {
        len: visible_len(text),
        html,
        sep: "",
    }
}

/// Whether Telegram makes a link of `url`.
fn is_linkable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("tg://"))
        && !url.chars().any(char::is_whitespace)
}

/// Splits `text` into pieces of at most `limit` UTF-16 units, preferring line breaks, then
/// spaces, then any character boundary.
fn split_text(text: &str, limit: usize) -> Vec<&str> {
    // A text has at most as many UTF-16 units as UTF-8 bytes: a short one needs no count.
    if text.len() <= limit || visible_len(text) <= limit {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut rest = text;
    while visible_len(rest) > limit {
        // The longest prefix within the limit.
        let mut units = 0usize;
        let mut max_end = 0usize;
        for (i, ch) in rest.char_indices() {
            if units + ch.len_utf16() > limit {
                break;
            }
            units += ch.len_utf16();
            max_end = i + ch.len_utf8();
        }
        let window = &rest[..max_end];
        let cut = window
            .rfind('\n')
            .or_else(|| window.rfind(' '))
            .filter(|&i| i > 0)
            .map_or(max_end, |i| i + 1);
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The visible text of rendered HTML (tags removed, entities decoded): the fallback when
/// Telegram refuses the HTML.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use telegram_testkit::html;

    fn para(inlines: Vec<Inline>) -> Block {
        Block::Paragraph(inlines)
    }

    fn reply(blocks: Vec<Block>) -> Reply {
        Reply {
            blocks,
            ..Reply::default()
        }
    }

    /// Every kind of block and inline maps to the documented Telegram tag.
    #[test]
    fn blocks_and_inlines_map_to_telegram_tags() {
        let r = reply(vec![
            Block::Heading("Mintek".into()),
            para(vec![
                Inline::Text("Offers ".into()),
                Inline::Mark("consulting".into()),
                Inline::Text(", see ".into()),
                Inline::Link {
                    text: "site".into(),
                    url: "https://www.mintek.co.za".into(),
                },
                Inline::Em(" (checked 2026)".into()),
                Inline::Code("/org mintek".into()),
                Inline::Strong("!".into()),
            ]),
            Block::List(vec![
                vec![Inline::Text("one".into())],
                vec![Inline::Text("two".into())],
            ]),
        ]);
        let out = render_html(&r, MESSAGE_LIMIT);
        assert_eq!(
            out,
            vec![
                "<b>Mintek</b>\n\nOffers <b>consulting</b>, see <a href=\"https://www.mintek.co.za\">site</a><i> (checked 2026)</i><code>/org mintek</code><b>!</b>\n\n• one\n• two"
            ]
        );
    }

    /// Markup characters in data and user text are escaped, so Telegram's parser accepts the
    /// result and shows the original text.
    #[test]
    fn dynamic_strings_are_escaped() {
        let nasty = "<script>&amp; \"x\" a<b AT&T </b>";
        let r = reply(vec![
            Block::Heading(nasty.into()),
            para(vec![
                Inline::Mark(nasty.into()),
                Inline::Link {
                    text: nasty.into(),
                    url: "https://x.org/?a=1&b=\"2\"".into(),
                },
            ]),
        ]);
        for msg in render_html(&r, MESSAGE_LIMIT) {
            let visible = html::parse(&msg).expect("renderer output must parse");
            assert!(visible.contains(nasty), "{visible}");
        }
    }

    /// A link that Telegram would not accept as a URL is shown as text instead of a broken tag.
    #[test]
    fn non_url_links_become_text() {
        let r = reply(vec![para(vec![Inline::Link {
            text: "call".into(),
            url: "javascript:alert(1)".into(),
        }])]);
        assert_eq!(
            render_html(&r, MESSAGE_LIMIT),
            vec!["call (javascript:alert(1))"]
        );
    }

    /// Long replies split at paragraph boundaries into messages within the limit, each of which
    /// parses on its own, losing no text.
    #[test]
    fn long_replies_split_at_boundaries_and_stay_valid() {
        let paragraphs: Vec<Block> = (0..60)
            .map(|i| {
                para(vec![
                    Inline::Strong(format!("Entry {i} <&>")),
                    Inline::Text(format!(" {}", "word ".repeat(30))),
                ])
            })
            .collect();
        let r = reply(paragraphs);
        let out = render_html(&r, MESSAGE_LIMIT);
        assert!(out.len() > 1, "should split, got {} message(s)", out.len());
        let mut joined = String::new();
        for msg in &out {
            let visible = html::parse(msg).expect("each part parses");
            assert!(visible.encode_utf16().count() <= MESSAGE_LIMIT);
            assert!(
                msg.starts_with("<b>Entry"),
                "split inside a paragraph: {msg:.40}"
            );
            joined.push_str(&visible);
        }
        for i in 0..60 {
            assert!(joined.contains(&format!("Entry {i} <&>")));
        }
    }

    /// A single paragraph longer than the limit is cut at spaces, and a bold run that must be
    /// cut is closed and reopened so every part is balanced.
    #[test]
    fn oversized_inline_is_cut_with_balanced_tags() {
        let long = "ab ".repeat(3000);
        let emoji = "💎".repeat(3000);
        let r = reply(vec![para(vec![
            Inline::Mark(long.clone()),
            Inline::Text(emoji),
        ])]);
        let out = render_html(&r, MESSAGE_LIMIT);
        assert!(out.len() >= 3);
        let mut total = String::new();
        for msg in &out {
            let visible = html::parse(msg).expect("balanced");
            assert!(
                visible.encode_utf16().count() <= MESSAGE_LIMIT,
                "{}",
                visible.len()
            );
            total.push_str(&visible);
        }
        assert_eq!(total.matches("ab").count(), 3000);
        assert_eq!(total.matches('💎').count(), 3000);
    }

    /// Splitting with a small limit still respects it for lists (cut between items).
    #[test]
    fn lists_split_between_items() {
        let items: Vec<Vec<Inline>> = (0..10)
            .map(|i| vec![Inline::Text(format!("item number {i}"))])
            .collect();
        let out = render_html(&reply(vec![Block::List(items)]), 40);
        assert!(out.len() > 1);
        for msg in &out {
            assert!(msg.starts_with("• item"), "{msg}");
            assert!(visible_len(msg) <= 40);
        }
    }

    /// An empty reply renders to no message at all (Telegram rejects empty text).
    #[test]
    fn empty_reply_renders_nothing() {
        assert!(render_html(&Reply::default(), MESSAGE_LIMIT).is_empty());
        assert!(render_html(&reply(vec![para(vec![Inline::Text("  ".into())])]), 100).is_empty());
    }
}

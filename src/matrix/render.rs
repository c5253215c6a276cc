//! Turns a core [`Reply`] into a Matrix message: an HTML `formatted_body` (every dynamic
//! string escaped) and a plain-text `body`. Matrix has no buttons, so actions become commands
//! the person can type (`!more`, `!guide sediment`, `!approve 42`).

use crate::core::{ActionKind, Block, Inline, Reply};

/// Text and attribute values escaped by the program's one escaper (`"` too, so the same call
/// serves `href` values).
fn escape(text: &str) -> String {
    crate::html::escape(text, crate::html::Quotes::Escaped)
}

/// What a person types to continue a paged result list; the adapter maps it back to the last
/// [`ActionKind::Page`] shown in the room.
pub const MORE_COMMAND: &str = "!more";

/// A reply rendered for Matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The plain-text `body`.
    pub plain: String,
    /// The HTML `formatted_body` (`org.matrix.custom.html`).
    pub html: String,
}

/// What a person types on Matrix to trigger `action`.
pub fn typed_command(action: &ActionKind) -> String {
    match action {
        ActionKind::Page { .. } => MORE_COMMAND.to_owned(),
        // The core sends an action's text as if the person had typed it: a command (`/help`,
        // or `!help` when the core already wrote it for Matrix) takes Matrix's `!`; plain text
        // (a topic name in the `!share` flow) is typed as it is.
        ActionKind::Command(cmd) => bang_command(cmd.trim()).into_owned(),
        ActionKind::Approve(id) => format!("!approve {id}"),
        ActionKind::Reject(id) => format!("!reject {id} <reason>"),
    }
}

/// A command shown in code (`/guide water`) as a Matrix person types it (`!guide water`);
/// any other code text is unchanged. `/` still works as an alias, but `!` is the convention.
fn bang_command(code: &str) -> std::borrow::Cow<'_, str> {
    match code.strip_prefix('/') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => {
            format!("!{rest}").into()
        }
        _ => code.into(),
    }
}

/// Rewrites the `/word` commands the core writes in texts ("type /skip") to Matrix's `!word`;
/// URLs and other slashes stay. The one place a `/` command becomes a Matrix command.
fn bang_commands_in(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('/') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_word = prev.is_none_or(|p| p.is_whitespace() || p == '(');
        if c == '/' && starts_word && chars.peek().is_some_and(|n| n.is_ascii_lowercase()) {
            out.push('!');
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out.into()
}

/// Renders `reply` as HTML plus plain text.
pub fn render(reply: &Reply) -> Rendered {
    let mut plain: Vec<String> = Vec::new();
    let mut html = String::new();
    for block in &reply.blocks {
        match block {
            Block::Heading(text) => {
                let text = bang_commands_in(text);
                plain.push(text.to_string());
                html.push_str(&format!("<h4>{}</h4>", escape(&text)));
            }
            Block::Paragraph(inlines) => {
                plain.push(inlines_plain(inlines));
                html.push_str(&format!("<p>{}</p>", inlines_html(inlines)));
            }
            Block::List(items) => {
                let lines: Vec<String> = items
                    .iter()
                    .map(|item| format!("• {}", inlines_plain(item)))
                    .collect();
                plain.push(lines.join("\n"));
                html.push_str("<ul>");
                for item in items {
                    html.push_str(&format!("<li>{}</li>", inlines_html(item)));
                }
                html.push_str("</ul>");
            }
        }
    }
    if !reply.attachments.is_empty() {
        let kinds: Vec<&str> = reply.attachments.iter().map(|a| a.kind.as_str()).collect();
        let line = format!("📎 {}", kinds.join(", "));
        html.push_str(&format!("<p>{}</p>", escape(&line)));
        plain.push(line);
    }
    if !reply.actions.is_empty() {
        let mut plain_lines = Vec::new();
        let mut html_lines = Vec::new();
        for action in &reply.actions {
            let cmd = typed_command(&action.kind);
            plain_lines.push(format!("{}: {}", action.label, cmd));
            html_lines.push(format!(
                "{}: <code>{}</code>",
                escape(&action.label),
                escape(&cmd)
            ));
        }
        plain.push(plain_lines.join("\n"));
        html.push_str(&format!("<p>{}</p>", html_lines.join("<br>")));
    }
    Rendered {
        plain: plain.join("\n\n"),
        html,
    }
}

fn inlines_plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Strong(t) | Inline::Em(t) => {
                out.push_str(&bang_commands_in(t))
            }
            Inline::Mark(t) => out.push_str(t),
            Inline::Code(t) | Inline::Command(t) => out.push_str(&bang_command(t)),
            Inline::Link { text, url } => {
                if text == url || text.is_empty() {
                    out.push_str(url);
                } else {
                    out.push_str(&format!("{text} ({url})"));
                }
            }
        }
    }
    out
}

fn inlines_html(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push_str(&escape(&bang_commands_in(t))),
            Inline::Strong(t) => out.push_str(&format!(
                "<strong>{}</strong>",
                escape(&bang_commands_in(t))
            )),
            Inline::Mark(t) => out.push_str(&format!("<b>{}</b>", escape(t))),
            Inline::Em(t) => out.push_str(&format!("<em>{}</em>", escape(&bang_commands_in(t)))),
            Inline::Code(t) | Inline::Command(t) => {
                out.push_str(&format!("<code>{}</code>", escape(&bang_command(t))))
            }
            Inline::Link { text, url } => {
                let shown = if text.is_empty() { url } else { text };
                if is_safe_url(url) {
                    out.push_str(&format!(
                        "<a href=\"{}\">{}</a>",
                        escape(url),
                        escape(shown)
                    ));
                } else {
                    // Never emit a `javascript:` (or other odd-scheme) link; show the text only.
                    out.push_str(&escape(shown));
                }
            }
        }
    }
    out
}

/// Whether `url` uses a scheme Matrix clients open safely.
fn is_safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "matrix:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Action, Attachment};

    fn reply(blocks: Vec<Block>, actions: Vec<Action>) -> Reply {
        Reply {
            blocks,
            actions,
            ..Reply::default()
        }
    }

    /// `/word` commands in texts become `!word`; URLs and other slashes stay.
    #[test]
    fn commands_in_texts_take_the_bang_prefix() {
        let t = "send /skip or /cancel, see a/b, https://e.org/x and (/send)";
        assert_eq!(
            bang_commands_in(t),
            "send !skip or !cancel, see a/b, https://e.org/x and (!send)"
        );
        let r = render(&reply(
            vec![
                Block::Heading("Use /find".into()),
                Block::Paragraph(vec![
                    Inline::Em("type /skip".into()),
                    Inline::Mark("/x".into()),
                ]),
            ],
            Vec::new(),
        ));
        assert_eq!(r.plain, "Use !find\n\ntype !skip/x");
        assert!(r.html.contains("<h4>Use !find</h4>") && r.html.contains("<em>type !skip</em>"));
    }

    /// Every dynamic string is escaped, in text and in link addresses alike.
    #[test]
    fn escapes_every_dynamic_string() {
        let r = render(&reply(
            vec![
                Block::Heading("<script>".into()),
                Block::Paragraph(vec![
                    Inline::Text("a < b & c".into()),
                    Inline::Strong("\"x\"".into()),
                    Inline::Link {
                        text: "<i>".into(),
                        url: "https://e.org/?a=1&b=\"2\"".into(),
                    },
                ]),
                Block::List(vec![vec![Inline::Code("</code>".into())]]),
            ],
            vec![Action {
                label: "<more>".into(),
                kind: ActionKind::Command("/x <y>".into()),
            }],
        ));
        assert!(!r.html.contains("<script>"));
        assert!(!r.html.contains("<i>"));
        assert!(!r.html.contains("</code></code>"));
        assert!(r.html.contains("a &lt; b &amp; c"));
        assert!(
            r.html
                .contains("href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\"")
        );
        assert!(r.html.contains("&lt;more&gt;: <code>!x &lt;y&gt;</code>"));
        // The plain body carries the raw text.
        assert!(r.plain.contains("a < b & c"));
    }

    /// Each inline and block kind maps to the agreed Matrix HTML tag.
    #[test]
    fn maps_inline_and_block_kinds_to_tags() {
        let r = render(&reply(
            vec![
                Block::Heading("Results".into()),
                Block::Paragraph(vec![
                    Inline::Strong("Mintek".into()),
                    Inline::Mark("sapphire".into()),
                    Inline::Em("checked 2026".into()),
                    Inline::Code("/guide water".into()),
                ]),
                Block::List(vec![
                    vec![Inline::Text("one".into())],
                    vec![Inline::Text("two".into())],
                ]),
            ],
            vec![],
        ));
        assert_eq!(
            r.html,
            "<h4>Results</h4><p><strong>Mintek</strong><b>sapphire</b><em>checked 2026</em>\
             <code>!guide water</code></p><ul><li>one</li><li>two</li></ul>"
        );
        assert_eq!(
            r.plain,
            "Results\n\nMinteksapphirechecked 2026!guide water\n\n• one\n• two"
        );
    }

    /// Commands the core shows in code take Matrix's `!` prefix; other code is left alone.
    #[test]
    fn commands_in_code_take_the_bang_prefix() {
        let r = render(&reply(
            vec![Block::Paragraph(vec![
                Inline::Code("/orgs consulting".into()),
                Inline::Text(" ".into()),
                Inline::Code("/ 2".into()),
                Inline::Text(" ".into()),
                Inline::Code("a/b".into()),
            ])],
            vec![],
        ));
        assert_eq!(r.plain, "!orgs consulting / 2 a/b");
        assert!(
            r.html.contains("<code>!orgs consulting</code>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<code>/ 2</code>"), "{}", r.html);
    }

    /// Links with a dangerous scheme lose their `href`; others keep it and show the address in
    /// the plain body.
    #[test]
    fn links_are_safe_and_readable() {
        let r = render(&reply(
            vec![Block::Paragraph(vec![
                Inline::Link {
                    text: "site".into(),
                    url: "https://mintek.co.za".into(),
                },
                Inline::Text(" ".into()),
                Inline::Link {
                    text: "bad".into(),
                    url: "javascript:alert(1)".into(),
                },
            ])],
            vec![],
        ));
        assert!(r.html.contains("<a href=\"https://mintek.co.za\">site</a>"));
        assert!(!r.html.contains("javascript"));
        assert!(r.plain.starts_with("site (https://mintek.co.za)"));
    }

    /// Actions become commands a person can type with Matrix's `!` prefix.
    #[test]
    fn actions_become_typed_commands() {
        let page = ActionKind::Page {
            query: "consulting".into(),
            page: 1,
        };
        assert_eq!(typed_command(&page), "!more");
        assert_eq!(
            typed_command(&ActionKind::Command("/guide sediment".into())),
            "!guide sediment"
        );
        assert_eq!(typed_command(&ActionKind::Command("!mine".into())), "!mine");
        assert_eq!(
            typed_command(&ActionKind::Command(" /help ".into())),
            "!help"
        );
        assert_eq!(typed_command(&ActionKind::Command("water".into())), "water");
        assert_eq!(typed_command(&ActionKind::Approve(42)), "!approve 42");
        assert_eq!(
            typed_command(&ActionKind::Reject(42)),
            "!reject 42 <reason>"
        );
        let r = render(&reply(
            vec![Block::Paragraph(vec![Inline::Text("hits".into())])],
            vec![Action {
                label: "More".into(),
                kind: page,
            }],
        ));
        assert_eq!(r.plain, "hits\n\nMore: !more");
        assert!(r.html.ends_with("<p>More: <code>!more</code></p>"));
    }

    /// Attachments are announced, not silently dropped.
    #[test]
    fn attachments_are_mentioned() {
        let mut r = reply(vec![], vec![]);
        r.attachments.push(Attachment {
            kind: "photo".into(),
            reference: "mxc://x/y".into(),
        });
        assert!(render(&r).plain.contains("photo"));
    }
}

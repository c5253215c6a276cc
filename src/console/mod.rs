//! The terminal chat: the third platform adapter. Reads lines from any reader (a terminal or a
//! pipe), hands them to the core as a private chat with the local operator, and prints replies
//! as plain text. Buttons become commands to type: "More" is `/more`.

use crate::core::{
    Action, ActionKind, Block, Bot, ChatKind, ChatRef, Incoming, Inline, Platform, Reply, i18n::Msg,
};
use std::io::{self, BufRead, Write};

/// The terminal chat's id (`console:console`): also the moderators' chat of the terminal.
pub const CHAT_ID: &str = "console";
/// The local operator's user id.
pub const OPERATOR_ID: &str = "operator";
/// The local operator's moderator key (`console:operator`).
pub const OPERATOR_KEY: &str = "console:operator";

/// What the terminal chat can do: `/find` and `!find` both work; it is always one private chat.
pub const CAPABILITIES: crate::core::Capabilities = crate::core::Capabilities {
    command_prefix: '/',
    accepts_bang: true,
    private_by_user_id: false,
    open_commands: crate::core::OpenCommands::Spaced,
};

/// The longest line read from the input; the rest of a longer line is skipped.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Renders inline pieces as plain text; search highlights are shown as `*word*`.
fn inlines(out: &mut String, pieces: &[Inline]) {
    for piece in pieces {
        match piece {
            Inline::Text(t)
            | Inline::Strong(t)
            | Inline::Em(t)
            | Inline::Code(t)
            | Inline::Command(t) => out.push_str(t),
            Inline::Mark(t) => {
                out.push('*');
                out.push_str(t);
                out.push('*');
            }
            Inline::Link { text, url } => {
                if text.is_empty() || *text == crate::core::view::link_text(url) {
                    out.push_str(url);
                } else {
                    out.push_str(text);
                    out.push_str(" <");
                    out.push_str(url);
                    out.push('>');
                }
            }
        }
    }
}

fn codes(blocks: &[Block]) -> Vec<&str> {
    let pieces = blocks.iter().flat_map(|b| match b {
        Block::Heading(_) => Vec::new(),
        Block::Paragraph(p) => p.iter().collect(),
        Block::List(items) => items.iter().flatten().collect(),
    });
    pieces
        .filter_map(|p| match p {
            Inline::Code(c) | Inline::Command(c) => Some(c.as_str()),
            _ => None,
        })
        .collect()
}

/// The command a person types in the terminal to run `action`.
pub fn action_command(action: &Action) -> String {
    match &action.kind {
        ActionKind::Page { .. } => "/more".to_string(),
        ActionKind::Command(c) => c.clone(),
        ActionKind::Approve(id) => format!("/approve {id}"),
        ActionKind::Reject(id) => format!("/reject {id}"),
    }
}

/// Renders a reply as plain text: headings underlined, lists with `-`, links as
/// `text <url>`, and the actions as commands to type (those already shown in the text are
/// left out).
pub fn render(reply: &Reply) -> String {
    let mut out = String::new();
    for block in &reply.blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading(h) => {
                out.push_str(h);
                out.push('\n');
                out.push_str(&"=".repeat(h.chars().count().clamp(3, 72)));
                out.push('\n');
            }
            Block::Paragraph(p) => {
                inlines(&mut out, p);
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    let mut line = String::new();
                    inlines(&mut line, item);
                    out.push_str("  - ");
                    out.push_str(&line.replace('\n', "\n    "));
                    out.push('\n');
                }
            }
        }
    }
    let shown = codes(&reply.blocks);
    let actions: Vec<String> = reply
        .actions
        .iter()
        .filter(|a| !matches!(&a.kind, ActionKind::Command(c) if shown.contains(&c.as_str())))
        .map(|a| format!("[{}: {}]", a.label, action_command(a)))
        .collect();
    if !actions.is_empty() {
        out.push('\n');
        out.push_str(&actions.join("  "));
        out.push('\n');
    }
    for a in &reply.attachments {
        out.push_str(&format!("({}: {})\n", a.kind, a.reference));
    }
    out
}

/// A terminal conversation: one private chat between the local operator and the bot.
pub struct Console {
    bot: Bot,
    template: Incoming,
    pending_page: Option<ActionKind>,
}

impl Console {
    /// A conversation with `bot`; `language_hint` is the terminal's language (e.g. `LANG`).
    pub fn new(bot: Bot, language_hint: Option<String>) -> Console {
        Console {
            bot,
            template: Incoming {
                chat: ChatRef {
                    platform: Platform::Console,
                    id: CHAT_ID.into(),
                },
                chat_kind: ChatKind::Private,
                caps: CAPABILITIES,
                user: crate::core::UserRef {
                    platform: Platform::Console,
                    id: OPERATOR_ID.into(),
                    display_name: "operator".into(),
                },
                language_hint,
                text: String::new(),
                addressed: true,
                attachments: Vec::new(),
                reply_to: None,
            },
            pending_page: None,
        }
    }

    /// Answers one line as plain text (empty when the bot stays silent). `/as NAME` switches
    /// who is writing (`console:NAME`; `/as operator` switches back), so one terminal can play
    /// a contributor and the moderating operator in turn.
    pub fn answer(&mut self, line: &str) -> String {
        let trimmed = line.trim();
        if let Some(who) = trimmed
            .strip_prefix("/as ")
            .or_else(|| trimmed.strip_prefix("!as "))
            .map(str::trim)
            .filter(|w| !w.is_empty() && w.len() <= 64 && !w.contains(char::is_whitespace))
        {
            self.template.user.id = who.to_string();
            self.template.user.display_name = who.to_string();
            return format!("(now writing as console:{who})\n");
        }
        let response = if matches!(trimmed, "/more" | "!more") {
            match self.pending_page.take() {
                Some(action) => self.bot.handle_action(&self.template, &action),
                None => {
                    let lang = self.bot.language_for(&self.template);
                    crate::core::Response {
                        reply: Some(Bot::message_reply(Msg::NothingMore, lang)),
                        notices: Vec::new(),
                    }
                }
            }
        } else {
            let msg = Incoming {
                text: line.to_string(),
                ..self.template.clone()
            };
            self.bot.handle(&msg)
        };
        let Some(reply) = response.reply else {
            return String::new();
        };
        self.pending_page = reply
            .actions
            .iter()
            .find(|a| matches!(a.kind, ActionKind::Page { .. }))
            .map(|a| a.kind.clone());
        let mut text = render(&reply);
        let mut notices = response.notices;
        // The terminal has no timer: held-back announcements (digests) go out after a line.
        notices.extend(self.bot.tick(crate::store::unix_now()));
        for notice in notices {
            text.push_str(&format!("\n(to {})\n{}", notice.to, render(&notice.reply)));
        }
        text
    }

    /// Reads lines from `input` until end of input or `/quit`, writing each answer to
    /// `output`. When `interactive`, greets and shows a `> ` prompt.
    pub fn run(
        &mut self,
        input: impl BufRead,
        mut output: impl Write,
        interactive: bool,
    ) -> io::Result<()> {
        let mut input = input;
        if interactive {
            let lang = self.bot.language_for(&self.template);
            writeln!(output, "{}\n", Msg::ConsoleIntro.get(lang))?;
        }
        let mut buf = Vec::new();
        loop {
            if interactive {
                write!(output, "> ")?;
                output.flush()?;
            }
            buf.clear();
            if read_line_bounded(&mut input, &mut buf)? == 0 {
                break;
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\n', '\r']);
            if matches!(line.trim(), "/quit" | "/exit" | "!quit" | "!exit") {
                break;
            }
            let answer = self.answer(line);
            if !answer.is_empty() {
                writeln!(output, "{answer}")?;
                output.flush()?;
            }
        }
        Ok(())
    }
}

/// Reads one line into `buf`, keeping at most [`MAX_LINE_BYTES`] of it. Returns the bytes
/// consumed (0 at end of input).
fn read_line_bounded(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut consumed = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(consumed);
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = MAX_LINE_BYTES.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let n = chunk.len();
        input.consume(n);
        consumed += n;
        if done {
            return Ok(consumed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// Blocks render as plain text; marks are starred; actions not already shown become
    /// commands to type, paging as `/more`.
    #[test]
    fn renders_blocks_and_actions() {
        let reply = Reply {
            lang: Some(Lang::En),
            blocks: vec![
                Block::Heading("Results".into()),
                Block::Paragraph(vec![
                    Inline::Strong("Mintek".into()),
                    Inline::Text(" does ".into()),
                    Inline::Mark("consulting".into()),
                ]),
                Block::List(vec![vec![
                    Inline::Link {
                        text: "mintek.co.za".into(),
                        url: "https://www.mintek.co.za".into(),
                    },
                    Inline::Text(" ".into()),
                    Inline::Code("/org mintek".into()),
                ]]),
            ],
            actions: vec![
                Action {
                    label: "More".into(),
                    kind: ActionKind::Page {
                        query: "consulting".into(),
                        page: 1,
                    },
                },
                Action {
                    label: "Mintek".into(),
                    kind: ActionKind::Command("/org mintek".into()),
                },
                Action {
                    label: "All topics".into(),
                    kind: ActionKind::Command("/topics".into()),
                },
            ],
            attachments: Vec::new(),
            no_preview: true,
        };
        let text = render(&reply);
        assert_eq!(
            text,
            "Results\n=======\n\nMintek does *consulting*\n\n  - https://www.mintek.co.za /org mintek\n\n[More: /more]  [All topics: /topics]\n"
        );
    }

    /// Lines longer than the limit are cut without losing the following line.
    #[test]
    fn long_lines_are_bounded() {
        let mut data = vec![b'a'; MAX_LINE_BYTES + 10];
        data.extend_from_slice(b"\nnext\n");
        let mut input = io::Cursor::new(data);
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut input, &mut buf).unwrap(),
            MAX_LINE_BYTES + 11
        );
        assert_eq!(buf.len(), MAX_LINE_BYTES);
        buf.clear();
        read_line_bounded(&mut input, &mut buf).unwrap();
        assert_eq!(buf, b"next\n");
        buf.clear();
        assert_eq!(read_line_bounded(&mut input, &mut buf).unwrap(), 0);
    }
}

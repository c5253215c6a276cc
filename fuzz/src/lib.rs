//! What the fuzz targets share: the bot over the real knowledge base (built once per process,
//! in RAM), how a fuzz input becomes a message, and the invariants every rendered reply must
//! hold on Telegram and on Matrix. A broken invariant panics, which libFuzzer reports as a
//! crash (its panic hook aborts even inside the core's `catch_unwind`).

use miners_guide::core::{
    ActionKind, Bot, ChatKind, ChatRef, Incoming, Platform, Reply, Response, UserRef,
};
use miners_guide::kb::KnowledgeBase;
use miners_guide::matrix::render as matrix_render;
use miners_guide::search::{SearchIndex, Synonyms};
use miners_guide::telegram::callback::{CALLBACK_LIMIT, CallbackCodec};
use miners_guide::telegram::render::{MESSAGE_LIMIT, render_html};
use telegram_testkit::html;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// The bot's username, so `/find@MinersGuideBot` is addressed to it.
pub const USERNAME: &str = "MinersGuideBot";

/// The most bytes a Matrix reply's `body` plus `formatted_body` may take: a Matrix event is at
/// most 65,536 bytes of JSON, and the envelope (ids, keys, escaping) needs some room.
pub const MATRIX_CONTENT_BUDGET: usize = 60_000;

/// The real `data/` folder of the crate under test.
pub fn data_dir() -> &'static Path {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("data")
    })
}

/// The bot over the real knowledge base and synonyms, with its index in RAM, built once.
pub fn bot() -> &'static Bot {
    static BOT: OnceLock<Bot> = OnceLock::new();
    BOT.get_or_init(|| {
        let kb = KnowledgeBase::load(data_dir()).expect("data/ loads");
        let synonyms = Synonyms::load(data_dir()).expect("data/synonyms.toml loads");
        let index = SearchIndex::in_ram_with_synonyms(kb, synonyms).expect("index builds");
        Bot::builder(Arc::new(index)).username(USERNAME).build()
    })
}

/// How a fuzz input's first byte sets up the message around its text.
#[derive(Debug, Clone, Copy)]
pub struct Setup {
    /// Telegram, Matrix or the terminal.
    pub platform: Platform,
    /// A group (addressed) instead of a private chat.
    pub group: bool,
    /// The platform's language hint.
    pub hint: Option<&'static str>,
    /// Send the text as `/find <text>` instead of as it is.
    pub as_find: bool,
}

impl Setup {
    /// Reads the setup from one byte (every byte value is a valid setup).
    pub fn from_byte(b: u8) -> Setup {
        const HINTS: [Option<&str>; 8] = [
            None,
            Some("en"),
            Some("fr-FR"),
            Some("es"),
            Some("pt_BR"),
            Some("sw"),
            Some("de"),
            Some(""),
        ];
        Setup {
            platform: match b & 0b11 {
                0 | 3 => Platform::Telegram,
                1 => Platform::Matrix,
                _ => Platform::Console,
            },
            group: b & 0b100 != 0,
            hint: HINTS[usize::from((b >> 3) & 0b111)],
            as_find: b & 0b1000_0000 != 0,
        }
    }

    /// The message a person on this setup sends with `text`.
    pub fn incoming(&self, text: &str) -> Incoming {
        let (chat, user) = match self.platform {
            Platform::Telegram => (if self.group { "-100123" } else { "1001" }, "1001"),
            Platform::Matrix => ("!room:example.org", "@ana:example.org"),
            Platform::Console => ("console", "operator"),
        };
        Incoming {
            chat: ChatRef {
                platform: self.platform,
                id: chat.into(),
            },
            chat_kind: if self.group {
                ChatKind::Group
            } else {
                ChatKind::Private
            },
            caps: miners_guide::serve::capabilities(self.platform),
            user: UserRef {
                platform: self.platform,
                id: user.into(),
                display_name: "Ana".into(),
            },
            language_hint: self.hint.map(str::to_string),
            text: if self.as_find {
                format!("/find {text}")
            } else {
                text.to_string()
            },
            addressed: true,
            attachments: Vec::new(),
            reply_to: None,
        }
    }
}

/// Every reply of a response: the answer and the notices to other chats.
pub fn replies(response: &Response) -> Vec<&Reply> {
    let mut out: Vec<&Reply> = response.notices.iter().map(|n| &n.reply).collect();
    out.extend(response.reply.as_ref());
    out
}

/// Checks `reply` as the Telegram adapter sends it: every message valid Telegram HTML, 1–4096
/// UTF-16 units after entity parsing, and every button's callback data 1–64 bytes that decodes
/// back to its action.
pub fn check_telegram(reply: &Reply, codec: &CallbackCodec) -> Result<(), String> {
    for (i, part) in render_html(reply, MESSAGE_LIMIT).iter().enumerate() {
        let visible = html::parse(part)
            .map_err(|e| format!("message {i} is not valid Telegram HTML ({e}): {part:?}"))?;
        let units = visible.encode_utf16().count();
        if units > MESSAGE_LIMIT {
            return Err(format!(
                "message {i} has {units} UTF-16 units after entity parsing"
            ));
        }
        if visible.trim().is_empty() {
            return Err(format!(
                "message {i} is empty after entity parsing: {part:?}"
            ));
        }
    }
    for action in &reply.actions {
        let data = codec.encode(&action.kind);
        if data.is_empty() || data.len() > CALLBACK_LIMIT {
            return Err(format!(
                "callback data of {:?} is {} bytes: {data:?}",
                action.label,
                data.len()
            ));
        }
        match codec.decode(&data) {
            Ok(kind) if kind == action.kind => {}
            other => {
                return Err(format!(
                    "callback data {data:?} decodes to {other:?}, not {:?}",
                    action.kind
                ));
            }
        }
    }
    Ok(())
}

/// Checks `reply` as the Matrix adapter sends it: the `formatted_body` holds only the tags the
/// renderer writes, balanced, with every text escaped, and the event fits Matrix's size limit.
pub fn check_matrix(reply: &Reply) -> Result<(), String> {
    let rendered = matrix_render::render(reply);
    check_matrix_html(&rendered.html).map_err(|e| format!("{e}: {:?}", rendered.html))?;
    let size = rendered.html.len() + rendered.plain.len();
    if size > MATRIX_CONTENT_BUDGET {
        return Err(format!("Matrix content is {size} bytes"));
    }
    for action in &reply.actions {
        let typed = matrix_render::typed_command(&action.kind);
        if typed.trim().is_empty() && !matches!(action.kind, ActionKind::Command(_)) {
            return Err(format!("action {:?} has no typed command", action.kind));
        }
    }
    Ok(())
}

/// The tags the Matrix renderer writes; `br` has no end tag.
const MATRIX_TAGS: &[&str] = &[
    "h4", "p", "ul", "li", "strong", "b", "em", "code", "a", "br",
];

/// Checks Matrix HTML: known tags only, properly nested, `a` only with an escaped `href`,
/// entities well-formed, no bare `<`, `>` or `"` in text.
pub fn check_matrix_html(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest.find('>').ok_or_else(|| "unclosed tag".to_string())?;
                let inner = &rest[1..end];
                if inner.contains('<') {
                    return Err(format!("bare '<' before {inner:?}"));
                }
                if let Some(name) = inner.strip_prefix('/') {
                    match open.pop() {
                        Some(top) if top == name => {}
                        top => return Err(format!("</{name}> closes {top:?}")),
                    }
                } else {
                    let (name, attrs) = inner.split_once(' ').unwrap_or((inner, ""));
                    let Some(&tag) = MATRIX_TAGS.iter().find(|t| **t == name) else {
                        return Err(format!("unexpected tag <{inner}>"));
                    };
                    match tag {
                        "a" => {
                            let href = attrs
                                .strip_prefix("href=\"")
                                .and_then(|v| v.strip_suffix('"'))
                                .ok_or_else(|| format!("odd link attributes {attrs:?}"))?;
                            if href.contains('"') {
                                return Err(format!("unescaped quote in href {href:?}"));
                            }
                            check_entities(href)?;
                        }
                        _ if !attrs.is_empty() => {
                            return Err(format!("attributes on <{tag}>: {attrs:?}"));
                        }
                        _ => {}
                    }
                    if tag != "br" {
                        open.push(tag);
                    }
                }
                rest = &rest[end + 1..];
            }
            '>' | '"' => return Err(format!("bare {c:?} in text")),
            _ => {
                let end = rest.find(['<', '>', '"']).unwrap_or(rest.len());
                check_entities(&rest[..end])?;
                rest = &rest[end..];
            }
        }
    }
    match open.pop() {
        Some(tag) => Err(format!("<{tag}> is never closed")),
        None => Ok(()),
    }
}

/// Every `&` starts a well-formed entity (`&amp;`, `&#39;`, `&#x27;`).
fn check_entities(text: &str) -> Result<(), String> {
    for (i, _) in text.match_indices('&') {
        let tail = &text[i + 1..];
        let semi = tail
            .find(';')
            .ok_or_else(|| format!("bare '&' at {i} in {text:?}"))?;
        let name = &tail[..semi];
        let ok = match name.strip_prefix('#') {
            Some(num) => match num.strip_prefix(['x', 'X']) {
                Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
                None => !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()),
            },
            None => !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
        };
        if !ok {
            return Err(format!("malformed entity &{name}; in {text:?}"));
        }
    }
    Ok(())
}

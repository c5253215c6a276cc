//! The values that cross the boundary between adapters and the core: an [`Incoming`] message
//! in, a [`Response`] (a [`Reply`] plus messages for other chats) out. Plain data, no platform
//! types: rendering to Telegram HTML, Matrix HTML or the terminal is the adapters' job.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The platform a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// Telegram.
    Telegram,
    /// Matrix.
    Matrix,
    /// The local terminal chat.
    Console,
}

impl Platform {
    /// The lowercase name, as used in configuration (`telegram:123`).
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Telegram => "telegram",
            Platform::Matrix => "matrix",
            Platform::Console => "console",
        }
    }

    /// Parses `telegram`, `matrix` or `console`.
    pub fn parse(s: &str) -> Option<Platform> {
        match s {
            "telegram" => Some(Platform::Telegram),
            "matrix" => Some(Platform::Matrix),
            "console" => Some(Platform::Console),
            _ => None,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a chat is one-to-one with the bot or shared by several people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChatKind {
    /// A private chat (Telegram private chat, Matrix direct room, the terminal).
    Private,
    /// A group, supergroup or multi-person room.
    Group,
}

/// A chat on a platform: where a reply or a notice goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChatRef {
    /// The platform.
    pub platform: Platform,
    /// The platform's chat id (`-1001234`, `!room:example.org`, `console`).
    pub id: String,
}

impl fmt::Display for ChatRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.platform, self.id)
    }
}

/// A person on a platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UserRef {
    /// The platform.
    pub platform: Platform,
    /// The platform's user id (`123456`, `@ana:example.org`, `operator`).
    pub id: String,
    /// How the person is called, for attributions and moderators' views.
    pub display_name: String,
}

impl UserRef {
    /// The `platform:id` form used in configuration (`telegram:123456`).
    pub fn key(&self) -> String {
        format!("{}:{}", self.platform, self.id)
    }
}

/// A file attached to a message, kept by reference (e.g. a Telegram photo `file_id`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// `photo`, `document`, …
    pub kind: String,
    /// The platform's reference to the file.
    pub reference: String,
}

/// How a reference to a photo from an encrypted Matrix room starts (the rest is the JSON of
/// its encryption info); a photo from an unencrypted room is its `mxc://` URI.
pub const MATRIX_FILE_PREFIX: &str = "matrix-file:";

impl Attachment {
    /// Whether the file lives on Matrix (and so can be shown only there).
    pub fn is_matrix(&self) -> bool {
        self.reference.starts_with("mxc://") || self.reference.starts_with(MATRIX_FILE_PREFIX)
    }
}

/// What the platform a message came from can do, as its adapter states it: the core branches on
/// these, never on the platform's name, so a new platform is a new adapter and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capabilities {
    /// The character people type before a command here: `/` (Telegram, the terminal) or `!`
    /// (Matrix, whose clients keep `/` for themselves). Replies are written with `/`; an
    /// adapter whose prefix differs rewrites the commands in a reply as it renders it.
    pub command_prefix: char,
    /// Whether `!` starts a command as well as `/` (Matrix, the terminal); where it does not
    /// (Telegram), `!find` is ordinary text.
    pub accepts_bang: bool,
    /// Whether a person's user id is also their private chat with the bot (Telegram), so the
    /// core can continue a group conversation in private.
    pub private_by_user_id: bool,
    /// How a command that opens an entry is written in replies: `/org mintek` to copy or
    /// type, or `/org_mintek`, one word that the platform makes tappable.
    pub open_commands: OpenCommands,
}

/// How the command that opens an entry is written in a reply ([`Capabilities::open_commands`]).
///
/// Ids are `a-z`, `0-9` and `-` (the knowledge base's schema, `sub-42` for contributions), so
/// the joined form maps `-` to `_` and back without loss: `/org_mintek`,
/// `/guide_health_safety`, `/case_fairmined` (the id `case-fairmined`), `/country_kenya`
/// (`country-kenya`), `/cases_sub_42` (`sub-42`). The parser reads both forms on every
/// platform (`core::command`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenCommands {
    /// The command word, a space and the id, shown as code to copy: `/org mintek` (Matrix
    /// rewrites it to `!org mintek`; the terminal).
    Spaced,
    /// One word of `a-z0-9_` of at most 32 characters, as Telegram links a command in a text:
    /// `/org_mintek` opens with one tap. An id too long for it is written spaced.
    Joined,
}

/// One message from a person, as every adapter describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incoming {
    /// Where it was written.
    pub chat: ChatRef,
    /// Private or group chat.
    pub chat_kind: ChatKind,
    /// What the platform can do.
    pub caps: Capabilities,
    /// Who wrote it.
    pub user: UserRef,
    /// The platform's language hint (`fr-FR`), if any.
    pub language_hint: Option<String>,
    /// The text, with any `@botname` mention in a command already stripped by the adapter.
    pub text: String,
    /// Whether the message was addressed to the bot: a mention, a reply to one of its messages,
    /// or a command (`/find@ThisBot`). In groups the bot answers only such messages.
    pub addressed: bool,
    /// Attached files.
    pub attachments: Vec<Attachment>,
    /// The message this one replies to, when the platform says (a Telegram reply, a Matrix
    /// `m.in_reply_to`): an expert replying to a question's announcement answers it, an asker
    /// replying to an answer follows up.
    #[serde(default)]
    pub reply_to: Option<ReplyTo>,
}

/// The message an [`Incoming`] replies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyTo {
    /// The platform's id of that message.
    pub message_id: String,
    /// Whether this bot sent it (only then is a question reference in it taken as one).
    pub from_bot: bool,
    /// Its text, as the platform gives it (plain text, first line first).
    pub text: String,
}

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised text (names, labels).
    Strong(String),
    /// A search highlight inside a snippet.
    Mark(String),
    /// Italic text (notes, dates).
    Em(String),
    /// A link.
    Link {
        /// What is shown.
        text: String,
        /// The address.
        url: String,
    },
    /// A command or identifier the user can type (`/guide sediment`).
    Code(String),
    /// A command the platform makes tappable as it stands in the text (`/org_mintek` on
    /// Telegram, see [`OpenCommands::Joined`]): shown as plain text, not as code to copy.
    Command(String),
}

/// A block of a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A heading.
    Heading(String),
    /// A paragraph of inline pieces.
    Paragraph(Vec<Inline>),
    /// A bullet list; each item is a line of inline pieces.
    List(Vec<Vec<Inline>>),
}

/// What pressing a button (or typing its command) does. Adapters encode it compactly
/// (Telegram callback data ≤ 64 bytes) or show the `command` form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionKind {
    /// Show page `page` (0-based) of the results for `query`.
    Page {
        /// The query as the user typed it.
        query: String,
        /// The page to show.
        page: u32,
    },
    /// Run a command as if the user had typed it (`/guide sediment`).
    Command(String),
    /// A moderator approves a submission.
    Approve(i64),
    /// A moderator rejects a submission (the adapter then asks for the reason).
    Reject(i64),
}

/// A button: a label and what it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// The translated label.
    pub label: String,
    /// What it does.
    pub kind: ActionKind,
}

/// One message for the adapter to render and send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Reply {
    /// The language the reply is written in.
    pub lang: Option<Lang>,
    /// The content.
    pub blocks: Vec<Block>,
    /// Buttons (or, where a platform has none, commands shown under the text).
    pub actions: Vec<Action>,
    /// Attachments to show (e.g. a submission's photos, for moderators).
    pub attachments: Vec<Attachment>,
    /// Whether link previews should be suppressed (result lists).
    pub no_preview: bool,
}

/// A message for a chat other than the one being answered: a moderators' announcement, a
/// contributor's notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    /// Where it goes.
    pub to: ChatRef,
    /// What it says.
    pub reply: Reply,
    /// A message to replace instead of sending a new one (an announcement, edited with its
    /// decision), as the adapter named it in [`Bot::delivered`](super::Bot::delivered). The
    /// adapter edits it when the reference is its own and names a message in [`Notice::to`];
    /// otherwise (another platform's, too old, deleted) it sends a new message.
    #[serde(default)]
    pub replaces: Option<String>,
    /// What the core wants to hear back once the notice is delivered: the adapter passes it,
    /// with its reference to the message now carrying the notice, to
    /// [`Bot::delivered`](super::Bot::delivered).
    #[serde(default)]
    pub receipt: Option<Receipt>,
}

impl Notice {
    /// A new message `reply` for `to`, with nothing to replace and no receipt.
    pub fn new(to: ChatRef, reply: Reply) -> Notice {
        Notice {
            to,
            reply,
            replaces: None,
            receipt: None,
        }
    }
}

/// Why the core wants to know where a [`Notice`] went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Receipt {
    /// The notice is the moderators' announcement of this submission (the message that shows
    /// its state and carries its buttons): a later decision edits that message.
    Announcement(i64),
}

/// Everything the core wants sent in answer to one [`Incoming`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Response {
    /// The answer in the same chat; `None` means stay silent (group chatter).
    pub reply: Option<Reply>,
    /// Messages for other chats.
    pub notices: Vec<Notice>,
}

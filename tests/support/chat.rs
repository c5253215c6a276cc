//! What the in-process tests share: the real knowledge base in `data/` indexed once per test
//! binary, a builder for the [`Incoming`] message an adapter would hand the core (one place to
//! change when `Incoming` gains a field), and the text of a reply as the terminal shows it.
//! Used by the `answers`, `store` and `telegram` test binaries.

#![allow(dead_code)] // each test binary uses a part

use miners_guide::console::render;
use miners_guide::core::{ChatKind, ChatRef, Incoming, Platform, Reply, Response, UserRef};
use miners_guide::search::SearchIndex;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The knowledge base the bot ships with.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The folder [`real_index`] keeps its index in (under the target folder, so a second run of
/// the same binary opens it instead of building it again).
pub fn real_index_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("real-index")
}

/// The real index over `data/` on disk, built (or opened) once for the whole test binary.
/// Tests that change the index (approved contributions) copy [`real_index_dir`] instead.
pub fn real_index() -> Arc<SearchIndex> {
    static INDEX: OnceLock<Arc<SearchIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let index =
                SearchIndex::open(&data_dir(), &real_index_dir()).expect("the real data/ indexes");
            Arc::new(index)
        })
        .clone()
}

/// A message as an adapter of `platform` hands it to the core: from user `user` ("Ana"), in
/// their private chat (whose id is the user's) or in group `-100200`, addressed to the bot,
/// with no language hint and no attachment. Change a field with struct update syntax:
/// `Incoming { addressed: false, ..incoming(…) }`.
pub fn incoming(platform: Platform, kind: ChatKind, user: &str, text: &str) -> Incoming {
    Incoming {
        chat: ChatRef {
            platform,
            id: match kind {
                ChatKind::Private => user.to_string(),
                ChatKind::Group => "-100200".to_string(),
            },
        },
        chat_kind: kind,
        caps: miners_guide::serve::capabilities(platform),
        user: UserRef {
            platform,
            id: user.to_string(),
            display_name: "Ana".to_string(),
        },
        language_hint: None,
        text: text.to_string(),
        addressed: true,
        attachments: Vec::new(),
        reply_to: None,
    }
}

/// A Telegram private message from user `user`.
pub fn telegram_private(user: &str, text: &str) -> Incoming {
    incoming(Platform::Telegram, ChatKind::Private, user, text)
}

/// A reply as the terminal chat shows it (plain text).
pub fn reply_text(reply: &Reply) -> String {
    render(reply)
}

/// The reply of a response as the terminal shows it; empty when there is none.
pub fn response_text(response: &Response) -> String {
    response.reply.as_ref().map(render).unwrap_or_default()
}

//! One test binary for the Telegram adapter in the process, against the test Bot API server on
//! 127.0.0.1: rendering, updates, buttons, inline mode, webhook, and its queue limits.
//! Run one part with `cargo test --test telegram telegram_queue::`.

#[path = "../support/chat.rs"]
mod chat;

mod telegram;
mod telegram_queue;

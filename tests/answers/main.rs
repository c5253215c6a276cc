//! One test binary for everything that answers from the real knowledge base in the process:
//! the core's scenarios, search, ranking quality, the knowledge base's own checks, property
//! tests and hostile input. One binary instead of six, because each links tantivy, teloxide and
//! matrix-sdk: the suite builds and links faster. Run one part with
//! `cargo test --test answers core::` (or `eval::`, `search::`, …).

#[path = "../support/chat.rs"]
mod chat;

mod bad_input;
mod core;
mod eval;
mod knowledge_base;
mod properties;
mod search;

//! One test binary for the SQLite store, contributions and moderation through the core, and the
//! real binary's one-shot commands (`search`, `index`, `submissions`, `export`, `--help`).
//! Run one part with `cargo test --test store submissions::` (or `store::`, `cli::`).

#[path = "../support/chat.rs"]
mod chat;

mod cli;
mod store;
mod submissions;

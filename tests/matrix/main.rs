//! One test binary for Matrix against a real Synapse on 127.0.0.1 (one homeserver for the whole
//! binary, see `support/synapse.rs`): the adapter in the process, and `miners-guide serve` with
//! Telegram and Matrix in one process. Run one part with `cargo test --test matrix serve_matrix::`.
//! (`tests/outage.rs` is its own binary: it stops and restarts its homeserver.)

#![cfg(feature = "matrix")]
// matrix-sdk's futures are deep: the default limit is not enough for `Client::sync_once`.
#![recursion_limit = "256"]

#[path = "../support/bot_process.rs"]
mod bot_process;
#[path = "../support/synapse.rs"]
mod synapse;

mod matrix;
mod serve_matrix;

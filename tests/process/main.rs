//! One test binary for the real `miners-guide` binary run as a child process against the test
//! Bot API server on 127.0.0.1: `serve` end to end, durability through SIGKILL, and faults under
//! load. Run one part with `cargo test --test process durability::`.

#[path = "../support/bot_process.rs"]
mod bot_process;

mod durability;
mod faults;
mod serve;

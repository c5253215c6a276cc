//! Test infrastructure that is part of the library so integration tests, benchmarks and the
//! load command can share it: a Telegram Bot API server on 127.0.0.1.

pub mod telegram;

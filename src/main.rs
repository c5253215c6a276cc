//! The `miners-guide` binary: parse the command line, start logging, run, map errors to an
//! exit code. Everything else lives in the library (`miners_guide::cli`).

use clap::Parser;
use miners_guide::cli::{Cli, run};
use std::process::ExitCode;

/// jemalloc, with the settings `.cargo/config.toml` compiles in: fewer cycles than glibc's
/// malloc for the bot's many short-lived allocations, at the same peak memory.
#[cfg(all(unix, not(target_env = "musl")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or(cli.log_filter()))
        .init();
    match run(cli, std::env::var("TELOXIDE_TOKEN").ok()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

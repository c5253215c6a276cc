//! Prometheus metrics for operators: searches by language and outcome, replies by platform,
//! reply latency, open questions and contributions by status, served as text on `/metrics`
//! (beside `/health`: the `METRICS_LISTEN` listener in every mode, and the Telegram webhook
//! listener).
//!
//! Through the `metrics` facade and `metrics-exporter-prometheus`'s recorder (no HTTP listener
//! of its own: [`crate::health::Health::router`] serves [`render`]). Until [`install`] is called
//! every recording is a no-op, so library users and tests pay nothing. Every series is named
//! `miners_guide_…`, and no label ever holds a user id, a chat id or a query's words: only
//! fixed sets (a platform's name, a language code, an outcome, a status).

use crate::core::Platform;
use crate::lang::Lang;
use crate::search::Outcome;
use crate::store::{Status, StatusCounts};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

/// Searches answered, by language and outcome (`found`, `weak`, `empty`).
pub const SEARCHES: &str = "miners_guide_searches_total";
/// Replies sent, by platform.
pub const REPLIES: &str = "miners_guide_replies_total";
/// How long the core took to answer a message, by platform, in seconds.
pub const REPLY_SECONDS: &str = "miners_guide_reply_seconds";
/// Questions waiting for an expert.
pub const QUESTIONS_OPEN: &str = "miners_guide_questions_open";
/// Contributions in the store, by status.
pub const CONTRIBUTIONS: &str = "miners_guide_contributions";

/// The latency histogram's buckets, in seconds: a search takes about a millisecond, a write
/// that waits for the disk tens of them.
const LATENCY_BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Why the recorder could not be installed.
#[derive(Debug, thiserror::Error)]
#[error("cannot start the metrics recorder: {0}")]
pub struct Error(String);

/// Installs the process's recorder (once; later calls do nothing) and describes every series.
/// Fails only if another recorder was installed by something else.
pub fn install() -> Result<(), Error> {
    if HANDLE.get().is_some() {
        return Ok(());
    }
    let builder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(REPLY_SECONDS.into()), &LATENCY_BUCKETS)
        .map_err(|e| Error(e.to_string()))?;
    let handle = builder
        .install_recorder()
        .map_err(|e| Error(e.to_string()))?;
    if HANDLE.set(handle).is_err() {
        // Another thread won the race; its recorder is the one installed.
        return Ok(());
    }
    metrics::describe_counter!(SEARCHES, "Searches answered, by language and outcome.");
    metrics::describe_counter!(REPLIES, "Replies sent, by platform.");
    metrics::describe_histogram!(
        REPLY_SECONDS,
        metrics::Unit::Seconds,
        "Time the core took to answer one message, by platform."
    );
    metrics::describe_gauge!(QUESTIONS_OPEN, "Questions waiting for an expert's answer.");
    metrics::describe_gauge!(CONTRIBUTIONS, "Contributions in the store, by status.");
    // Present from the first scrape, so a dashboard shows 0 rather than nothing.
    set_questions_open(0);
    Ok(())
}

/// Whether [`install`] has been called.
pub fn installed() -> bool {
    HANDLE.get().is_some()
}

/// The Prometheus text exposition of every series, or `None` before [`install`].
pub fn render() -> Option<String> {
    let handle = HANDLE.get()?;
    handle.run_upkeep();
    Some(handle.render())
}

/// Counts one search (its first page) in `lang` with `outcome`.
pub fn search(lang: Lang, outcome: Outcome) {
    metrics::counter!(SEARCHES, "lang" => lang.code(), "outcome" => outcome.as_str()).increment(1);
}

/// Counts one reply sent on `platform` that took `seconds` to prepare.
pub fn reply(platform: Platform, seconds: f64) {
    metrics::counter!(REPLIES, "platform" => platform.as_str()).increment(1);
    metrics::histogram!(REPLY_SECONDS, "platform" => platform.as_str()).record(seconds);
}

/// Sets how many questions wait for an expert (the questions store sets it as it changes).
pub fn set_questions_open(open: u64) {
    metrics::gauge!(QUESTIONS_OPEN).set(open as f64);
}

/// Sets the contributions gauge from the store's counts.
pub fn set_contributions(counts: &StatusCounts) {
    for status in [
        Status::Pending,
        Status::Approved,
        Status::Rejected,
        Status::Withdrawn,
    ] {
        metrics::gauge!(CONTRIBUTIONS, "status" => status.as_str()).set(counts.get(status) as f64);
    }
}

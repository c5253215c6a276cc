//! Start-up benchmark: the real `miners-guide serve` binary against the test Bot API server on
//! 127.0.0.1, timed from process start to its first `getUpdates` (one update is waiting, so the
//! call returns at once; the server records a call when it answers it) and to its first reply:
//! - warm: the index in `--index-dir` is already built (target of issue 6: ≤ 300 ms);
//! - cold: an empty index folder, so the start includes building the index from `data/`.
//!
//! `cargo bench --bench startup` runs it in release (`STARTUP_BENCH_RUNS`, default 20 runs of
//! each). Run without `--bench` (as `cargo test --all-targets` does), it makes one run of each.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use telegram_testkit::{TelegramServer, TestUser};

/// Target for a start with a built index.
const WARM_TARGET: Duration = Duration::from_millis(300);
/// How long one start may take before the run is abandoned.
const GIVE_UP: Duration = Duration::from_secs(120);

#[tokio::main]
async fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runs = std::env::var("STARTUP_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(if full { 20 } else { 1 })
        .max(1);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!(
        "# start-up benchmark ({} mode, {runs} runs each)",
        if full { "full" } else { "smoke" }
    );
    let tmp = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));

    let mut cold: Vec<Timing> = Vec::new();
    let mut warm: Vec<Timing> = Vec::new();
    for run in 0..runs {
        // Cold: a fresh index folder and database.
        let dir = tmp.path().join(format!("cold-{run}"));
        cold.push(start_once(&data, &dir).await);
        // Warm: the index just built by the cold start, a fresh database.
        let _ = std::fs::remove_file(dir.join("bot.db"));
        warm.push(start_once(&data, &dir).await);
    }
    report("cold start (builds the index from data/)", &cold);
    let mut warm = report("warm start (index already built)", &warm);
    warm.sort();
    let p50 = warm[warm.len() / 2];
    let verdict = if warm[warm.len() - 1] <= WARM_TARGET {
        "MEETS"
    } else if p50 <= WARM_TARGET {
        "MEETS at the median, not at the worst run, of"
    } else {
        "MISSES"
    };
    println!("warm start {verdict} the target of {}", ms(WARM_TARGET));
}

/// Starts the bot with its index and database in `dir` against a fresh test server, and
/// returns the times from spawning it to its first `getUpdates` and to its first reply.
async fn start_once(data: &Path, dir: &Path) -> Timing {
    let server = TelegramServer::start()
        .await
        .unwrap_or_else(|e| fail(&format!("test server: {e}")));
    server.private_text(&TestUser::new(1001, "Ana"), "/find sediment");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_miners-guide"));
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--index-dir")
        .arg(dir.join("index"))
        .arg("--db")
        .arg(dir.join("bot.db"))
        .arg("serve")
        .env("TELEGRAM_BOT_TOKEN", server.token())
        .env("TELEGRAM_API_URL", server.url().as_str())
        .env("RUST_LOG", "warn")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MINERS_GUIDE_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| fail(&format!("cannot start the binary: {e}")));
    let mut polled: Option<Duration> = None;
    let replied = loop {
        if polled.is_none() && !server.calls_of("getUpdates").is_empty() {
            polled = Some(start.elapsed());
        }
        if server.sent_count() > 0 {
            break start.elapsed();
        }
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut e, &mut err);
            }
            fail(&format!(
                "the bot exited ({status}) before polling; its log:\n{err}"
            ));
        }
        if start.elapsed() > GIVE_UP {
            stop(&mut child);
            fail("the bot did not poll within two minutes");
        }
        tokio::time::sleep(Duration::from_micros(500)).await;
    };
    stop(&mut child);
    Timing {
        polled: polled.unwrap_or(replied),
        replied,
    }
}

/// One start: to the first `getUpdates`, and to the first reply.
#[derive(Debug, Clone, Copy)]
struct Timing {
    polled: Duration,
    replied: Duration,
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// Prints min/p50/max to the first `getUpdates` and to the first reply; returns the former.
fn report(what: &str, runs: &[Timing]) -> Vec<Duration> {
    let mut polled: Vec<Duration> = runs.iter().map(|t| t.polled).collect();
    let mut replied: Vec<Duration> = runs.iter().map(|t| t.replied).collect();
    polled.sort();
    replied.sort();
    for (label, sorted) in [("first getUpdates", &polled), ("first reply", &replied)] {
        println!(
            "{what}, to {label}: min {}, p50 {}, max {} ({} runs)",
            ms(sorted[0]),
            ms(sorted[sorted.len() / 2]),
            ms(sorted[sorted.len() - 1]),
            sorted.len()
        );
    }
    polled
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn fail(msg: &str) -> ! {
    eprintln!("startup bench: {msg}");
    std::process::exit(1)
}

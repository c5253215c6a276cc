//! End-to-end load: the real `miners-guide serve` binary against the test Bot API server on
//! 127.0.0.1, with Telegram's rate limits off (`TELEGRAM_THROTTLE=off`). Pushes a burst of
//! updates (private `/find`, group `/find@bot`, private free text; each from its own chat so
//! every reply can be matched to its update), waits for every reply, and prints replies/s,
//! latency p50/p90/p99 from push to `sendMessage`, and the bot's peak RSS (`VmHWM`).
//!
//! `cargo bench --bench load` runs it in release (`LOAD_BENCH_UPDATES`, default 5000). Run
//! without `--bench` (as `cargo test --all-targets` does), it pushes 30 updates.

use miners_guide::testkit::telegram::{ServerOptions, TelegramServer, TestUser};
use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Words for queries and free text, from the knowledge base's topics.
const WORDS: &[&str] = &[
    "sediment",
    "water",
    "funding",
    "cooperative",
    "licence",
    "mintek",
    "sapphire",
    "tanzanite",
    "emerald",
    "reclamation",
    "safety",
    "financiamento",
    "maji",
    "coopérative",
];
/// The longest wait for all replies.
const GIVE_UP: Duration = Duration::from_secs(300);

#[tokio::main]
async fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let n = std::env::var("LOAD_BENCH_UPDATES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(if full { 5000 } else { 30 })
        .max(1);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let tmp = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
    let server = TelegramServer::start_with(ServerOptions {
        record_calls: false,
        ..ServerOptions::default()
    })
    .await
    .unwrap_or_else(|e| fail(&format!("test server: {e}")));
    let username = server.bot_username().to_string();

    // Warm up: the bot builds its index and answers one message before the burst.
    server.private_text(&TestUser::new(1, "Warm"), "/find water");
    let mut child = spawn(&data, tmp.path(), &server);
    if server.wait_for_messages(1, GIVE_UP).await.is_err() {
        stop(&mut child);
        fail("the bot did not answer the warm-up message");
    }
    let before = server.sent_count();

    // The burst: update i comes from its own chat.
    let mut pushed: HashMap<i64, Instant> = HashMap::with_capacity(n);
    let start = Instant::now();
    for i in 0..n {
        let word = WORDS[i % WORDS.len()];
        let user = TestUser::new(10_000 + i as i64, "Load");
        match i % 3 {
            0 => {
                server.private_text(&user, &format!("/find {word}"));
                pushed.insert(user.id, Instant::now());
            }
            1 => {
                let chat = -1_000_000_000_000 - i as i64;
                server.group_text(chat, &user, &format!("/find@{username} {word}"));
                pushed.insert(chat, Instant::now());
            }
            _ => {
                server.private_text(&user, &format!("where can I learn about {word}"));
                pushed.insert(user.id, Instant::now());
            }
        }
    }
    let push_time = start.elapsed();
    // Every chat of the burst has its answer (a long one may come as several messages).
    let mut done = false;
    let mut first_reply: HashMap<i64, Instant> = HashMap::new();
    while start.elapsed() < GIVE_UP {
        if server.sent_count() >= before + n {
            first_reply.clear();
            for m in server.sent() {
                first_reply.entry(m.chat_id).or_insert(m.at);
            }
            if pushed.keys().all(|c| first_reply.contains_key(c)) {
                done = true;
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let rss = peak_rss_kb(child.id());
    stop(&mut child);
    if !done {
        first_reply.clear();
        for m in server.sent() {
            first_reply.entry(m.chat_id).or_insert(m.at);
        }
    }
    let mut latencies: Vec<Duration> = Vec::with_capacity(n);
    let mut last = start;
    for (chat, at) in &pushed {
        if let Some(r) = first_reply.get(chat) {
            latencies.push(r.saturating_duration_since(*at));
            last = last.max(*r);
        }
    }
    latencies.sort();
    let answered = latencies.len();
    println!(
        "# load benchmark ({} mode): {n} updates pushed in {} (1/3 private /find, 1/3 group \
         /find@bot, 1/3 private free text), TELEGRAM_THROTTLE=off",
        if full { "full" } else { "smoke" },
        ms(push_time)
    );
    println!(
        "answered {answered} of {n}{}",
        if done { "" } else { " (gave up waiting)" }
    );
    if answered == 0 {
        fail("no update was answered");
    }
    let wall = last.duration_since(start).as_secs_f64().max(1e-9);
    println!(
        "replies/s: {:.0} (first push to last first-reply: {})",
        answered as f64 / wall,
        ms(last.duration_since(start))
    );
    println!(
        "latency push -> sendMessage: p50 {}, p90 {}, p99 {}, max {}",
        ms(pct(&latencies, 50.0)),
        ms(pct(&latencies, 90.0)),
        ms(pct(&latencies, 99.0)),
        ms(latencies[answered - 1])
    );
    match rss {
        Some(kb) => println!("bot peak RSS (VmHWM): {:.1} MB", kb as f64 / 1024.0),
        None => println!("bot peak RSS: unavailable"),
    }
    if answered < n {
        fail(&format!("{} updates got no reply", n - answered));
    }
}

fn spawn(data: &Path, dir: &Path, server: &TelegramServer) -> Child {
    Command::new(env!("CARGO_BIN_EXE_miners-guide"))
        .arg("--data-dir")
        .arg(data)
        .arg("--index-dir")
        .arg(dir.join("index"))
        .arg("--db")
        .arg(dir.join("bot.db"))
        .arg("serve")
        .env("TELEGRAM_BOT_TOKEN", server.token())
        .env("TELEGRAM_API_URL", server.url().as_str())
        .env("TELEGRAM_THROTTLE", "off")
        .env("RUST_LOG", "warn")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MINERS_GUIDE_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("cannot start the binary: {e}")))
}

/// The process's peak resident set, in kB, from `/proc/<pid>/status`.
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn fail(msg: &str) -> ! {
    eprintln!("load bench: {msg}");
    std::process::exit(1)
}

//! End-to-end load: the real `miners-guide serve` binary against the test Bot API server on
//! 127.0.0.1. Three runs, each with its own bot process and server:
//!
//! - `burst`: N updates pushed at once (`LOAD_BENCH_UPDATES`, default 5000), rate limits off
//!   (`TELEGRAM_THROTTLE=off`). Measures throughput; its latency is mostly queueing.
//! - `rate`: updates pushed at a steady rate below capacity (`LOAD_BENCH_RATE` per second,
//!   default 300, for `LOAD_BENCH_SECS`, default 10), rate limits off. Its latency is the
//!   per-reply latency the p99 target is about.
//! - `limits`: Telegram's limits on, as in production (the bot's default throttle, the test
//!   server's `set_rate_limits`): many chats, several chats with several messages, a group and
//!   a supergroup over their per-minute limit, a round of messages every half second. Checks
//!   that the bot holds the rates (per chat, per group, overall), is never answered 429 and
//!   drops nothing. Takes about 75 s.
//!
//! The mix (burst and rate): 3/10 private `/find <word>`, 3/10 group `/find@bot <word>`, 3/10
//! private free text, 1/10 private `/share <story>` (stored in SQLite before it is
//! acknowledged; `LOAD_BENCH_SHARE=0` makes that tenth a private `/find`); each update from
//! its own chat, so every reply is matched to its update. Reported: replies/s, latency from
//! push to the first `sendMessage` of that chat (p50/p90/p99/max, in all and per kind), the
//! bot's peak RSS (`VmHWM`) and the CPU time of the bot and of this process (the test server)
//! per reply, from `/proc`.
//!
//! A fourth run, `core` (only when asked for), sends the same mix straight to the core in
//! this process, to tell the core's share of the cost from the adapter's and HTTP's.
//!
//! `cargo bench --bench load` runs the first three in release; `LOAD_BENCH_MODE=burst,rate`
//! picks some; `LOAD_BENCH_BIN` runs another build of the binary. Run without `--bench` (as
//! `cargo test --all-targets` does) it makes a short smoke run of each (30 updates; 1 s at
//! 40/s; 18 throttled messages), a few seconds in all.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use telegram_testkit::{RateLimits, ServerOptions, TelegramServer, TestUser};

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
/// The longest wait for all replies of one run.
const GIVE_UP: Duration = Duration::from_secs(300);
/// Linux reports process CPU time in ticks of 1/100 s (`USER_HZ`).
const TICKS_PER_SEC: f64 = 100.0;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Kind {
    Find,
    GroupFind,
    Text,
    Share,
}

impl Kind {
    /// The kind of update `i` of the mix; with `LOAD_BENCH_SHARE=0` the `/share` tenth is a
    /// private `/find` instead (the mix of the first measurements, for comparison).
    fn of(i: usize) -> Kind {
        match i % 10 {
            0..=2 => Kind::Find,
            3..=5 => Kind::GroupFind,
            6..=8 => Kind::Text,
            _ if std::env::var("LOAD_BENCH_SHARE").is_ok_and(|v| v == "0") => Kind::Find,
            _ => Kind::Share,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Find => "private /find",
            Kind::GroupFind => "group /find@bot",
            Kind::Text => "free text",
            Kind::Share => "/share",
        }
    }
}

#[tokio::main]
async fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let bin = std::env::var_os("LOAD_BENCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_miners-guide")));
    let modes = std::env::var("LOAD_BENCH_MODE").unwrap_or_else(|_| "burst,rate,limits".into());
    let mut failed = false;
    for mode in modes.split(',').map(str::trim).filter(|m| !m.is_empty()) {
        let ok = match mode {
            "burst" => burst(full, &bin).await,
            "rate" => rate(full, &bin).await,
            "limits" => limits(full, &bin).await,
            "core" => core_only(full),
            other => fail(&format!(
                "unknown LOAD_BENCH_MODE {other:?} (burst, rate, limits, core)"
            )),
        };
        failed |= !ok;
        println!();
    }
    if failed {
        fail("a run did not get every reply");
    }
}

/// A bot process and its test server, warmed up (one message answered).
struct Rig {
    server: TelegramServer,
    child: Child,
    _dir: tempfile::TempDir,
    bot_cpu_start: f64,
    own_cpu_start: f64,
}

impl Rig {
    async fn start(bin: &Path, throttle: bool, record_calls: bool) -> Rig {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let dir = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
        let server = TelegramServer::start_with(ServerOptions {
            record_calls,
            ..ServerOptions::default()
        })
        .await
        .unwrap_or_else(|e| fail(&format!("test server: {e}")));
        // Warm up: the bot builds its index and answers one message before the load.
        server.private_text(&TestUser::new(1, "Warm"), "/find water");
        let mut child = spawn(bin, &data, dir.path(), &server, throttle);
        if server.wait_for_messages(1, GIVE_UP).await.is_err() {
            stop(&mut child);
            fail("the bot did not answer the warm-up message");
        }
        let bot_cpu_start = cpu_secs(&format!("/proc/{}/stat", child.id())).unwrap_or(0.0);
        let own_cpu_start = cpu_secs("/proc/self/stat").unwrap_or(0.0);
        if let Some(r) = rss_kb(child.id()) {
            println!(
                "bot RSS after start and one reply: {:.1} MB (heap and stacks {:.1} MB, mapped \
                 files {:.1} MB)",
                mb(r.peak),
                mb(r.anon),
                mb(r.file)
            );
        }
        Rig {
            server,
            child,
            _dir: dir,
            bot_cpu_start,
            own_cpu_start,
        }
    }

    /// Pushes update `i` of the mix from its own chat (ids from `base`); returns the chat.
    fn push_mix(&self, base: i64, i: usize) -> (i64, Kind) {
        let word = WORDS[i % WORDS.len()];
        let user = TestUser::new(base + i as i64, "Load");
        let kind = Kind::of(i);
        let chat = match kind {
            Kind::Find => {
                self.server.private_text(&user, &format!("/find {word}"));
                user.id
            }
            Kind::GroupFind => {
                let chat = -1_000_000_000_000 - base - i as i64;
                let bot = self.server.bot_username();
                self.server
                    .group_text(chat, &user, &format!("/find@{bot} {word}"));
                chat
            }
            Kind::Text => {
                self.server
                    .private_text(&user, &format!("where can I learn about {word}"));
                user.id
            }
            Kind::Share => {
                self.server.private_text(
                    &user,
                    &format!(
                        "/share {word}: story {i} from load user {}, we settled the {word} \
                         question with the cooperative",
                        user.id
                    ),
                );
                user.id
            }
        };
        (chat, kind)
    }

    /// Waits until every chat of `pushed` has at least its count of messages; returns
    /// whether they all did.
    async fn wait_all(&self, want: &HashMap<i64, usize>) -> bool {
        let total: usize = want.values().sum();
        let start = Instant::now();
        let before = 1; // the warm-up reply
        while start.elapsed() < GIVE_UP {
            if self.server.sent_count() >= before + total {
                let mut got: HashMap<i64, usize> = HashMap::new();
                for m in self.server.sent() {
                    *got.entry(m.chat_id).or_default() += 1;
                }
                if want
                    .iter()
                    .all(|(c, n)| got.get(c).copied().unwrap_or(0) >= *n)
                {
                    return true;
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        false
    }

    /// Stops the bot; returns (peak RSS in kB, bot CPU s, this process's CPU s) since warm-up.
    fn finish(mut self) -> (TelegramServer, Option<Rss>, f64, f64) {
        let pid = self.child.id();
        let rss = rss_kb(pid);
        let bot = cpu_secs(&format!("/proc/{pid}/stat")).unwrap_or(0.0) - self.bot_cpu_start;
        let own = cpu_secs("/proc/self/stat").unwrap_or(0.0) - self.own_cpu_start;
        stop(&mut self.child);
        (self.server, rss, bot, own)
    }
}

/// Per-update record: chat, kind, push time.
struct Pushed {
    chat: i64,
    kind: Kind,
    at: Instant,
}

/// Reports latencies from `pushed` to each chat's first message; returns whether all came.
fn report(
    title: &str,
    pushed: &[Pushed],
    server: &TelegramServer,
    done: bool,
    rss: Option<Rss>,
    bot_cpu: f64,
    own_cpu: f64,
) -> bool {
    let mut first_reply: HashMap<i64, Instant> = HashMap::new();
    for m in server.sent() {
        first_reply.entry(m.chat_id).or_insert(m.at);
    }
    let n = pushed.len();
    let mut all: Vec<Duration> = Vec::with_capacity(n);
    let mut by_kind: HashMap<Kind, Vec<Duration>> = HashMap::new();
    let start = pushed.first().map_or_else(Instant::now, |p| p.at);
    let mut last = start;
    for p in pushed {
        if let Some(r) = first_reply.get(&p.chat) {
            let d = r.saturating_duration_since(p.at);
            all.push(d);
            by_kind.entry(p.kind).or_default().push(d);
            last = last.max(*r);
        }
    }
    all.sort();
    let answered = all.len();
    println!("{title}");
    println!(
        "answered {answered} of {n}{}",
        if done { "" } else { " (gave up waiting)" }
    );
    if answered == 0 {
        return false;
    }
    let wall = last.duration_since(start).as_secs_f64().max(1e-9);
    println!(
        "replies/s: {:.0} (first push to last first-reply: {})",
        answered as f64 / wall,
        ms(last.duration_since(start))
    );
    println!("latency push -> sendMessage: {}", spread(&all));
    for kind in [Kind::Find, Kind::GroupFind, Kind::Text, Kind::Share] {
        if let Some(v) = by_kind.get_mut(&kind) {
            v.sort();
            println!("  {:<16} ({:>5}): {}", kind.name(), v.len(), spread(v));
        }
    }
    print_rss(rss);
    println!(
        "CPU after warm-up: bot {bot_cpu:.2} s ({:.0} µs/reply), test server + bench {own_cpu:.2} s \
         ({:.0} µs/reply)",
        bot_cpu * 1e6 / answered as f64,
        own_cpu * 1e6 / answered as f64
    );
    answered == n
}

fn spread(sorted: &[Duration]) -> String {
    format!(
        "p50 {}, p90 {}, p99 {}, max {}",
        ms(pct(sorted, 50.0)),
        ms(pct(sorted, 90.0)),
        ms(pct(sorted, 99.0)),
        ms(sorted.last().copied().unwrap_or_default())
    )
}

fn env_num<T: std::str::FromStr>(key: &str) -> Option<T> {
    std::env::var(key).ok().and_then(|v| v.parse().ok())
}

/// All updates at once.
async fn burst(full: bool, bin: &Path) -> bool {
    let n = env_num::<usize>("LOAD_BENCH_UPDATES")
        .unwrap_or(if full { 5000 } else { 30 })
        .max(1);
    let rig = Rig::start(bin, false, false).await;
    let mut pushed = Vec::with_capacity(n);
    let start = Instant::now();
    for i in 0..n {
        let (chat, kind) = rig.push_mix(10_000, i);
        pushed.push(Pushed {
            chat,
            kind,
            at: Instant::now(),
        });
    }
    let push_time = start.elapsed();
    let want = pushed.iter().map(|p| (p.chat, 1)).collect();
    let done = rig.wait_all(&want).await;
    let (server, rss, bot, own) = rig.finish();
    report(
        &format!(
            "# burst ({} mode): {n} updates pushed in {}, TELEGRAM_THROTTLE=off",
            if full { "full" } else { "smoke" },
            ms(push_time)
        ),
        &pushed,
        &server,
        done,
        rss,
        bot,
        own,
    )
}

/// The same mix without Telegram: the core answers in this process, one message after
/// another, and each reply is rendered to Telegram HTML. Its time per reply is what the
/// adapter, HTTP and the test server add to in the other runs.
fn core_only(full: bool) -> bool {
    use miners_guide::core::{Bot, ChatKind, ChatRef, Incoming, Platform, UserRef};
    use miners_guide::search::SearchIndex;
    use miners_guide::store::Store;
    use miners_guide::telegram::render;
    use std::sync::Arc;

    let n = env_num::<usize>("LOAD_BENCH_UPDATES")
        .unwrap_or(if full { 5000 } else { 30 })
        .max(1);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let dir = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
    let index = SearchIndex::open(&data, &dir.path().join("index"))
        .unwrap_or_else(|e| fail(&format!("index: {e}")));
    let store =
        Store::open(dir.path().join("bot.db")).unwrap_or_else(|e| fail(&format!("store: {e}")));
    let bot = Bot::builder(Arc::new(index))
        .store(Arc::new(store))
        .username("MinersGuideBot")
        .build();
    let msg = |i: usize| {
        let word = WORDS[i % WORDS.len()];
        let id = (5_000_000 + i).to_string();
        let (chat, kind, text) = match Kind::of(i) {
            Kind::Find => (id.clone(), ChatKind::Private, format!("/find {word}")),
            Kind::GroupFind => (
                format!("-{id}"),
                ChatKind::Group,
                format!("/find@MinersGuideBot {word}"),
            ),
            Kind::Text => (
                id.clone(),
                ChatKind::Private,
                format!("where can I learn about {word}"),
            ),
            Kind::Share => (
                id.clone(),
                ChatKind::Private,
                format!("/share {word}: story {i} from load user {id}, we settled it"),
            ),
        };
        Incoming {
            chat: ChatRef {
                platform: Platform::Telegram,
                id: chat,
            },
            chat_kind: kind,
            caps: miners_guide::serve::capabilities(Platform::Telegram),
            user: UserRef {
                platform: Platform::Telegram,
                id,
                display_name: "Load".into(),
            },
            language_hint: Some("en".into()),
            text,
            addressed: true,
            attachments: Vec::new(),
            reply_to: None,
        }
    };
    let _ = bot.handle(&msg(0));
    let mut by_kind: HashMap<Kind, Vec<Duration>> = HashMap::new();
    let mut render_time = Duration::ZERO;
    let cpu0 = cpu_secs("/proc/self/stat").unwrap_or(0.0);
    let start = Instant::now();
    for i in 0..n {
        let m = msg(i);
        let t = Instant::now();
        let response = bot.handle(&m);
        let handled = t.elapsed();
        if let Some(reply) = &response.reply {
            let r = Instant::now();
            let parts = render::render_html(reply, render::MESSAGE_LIMIT);
            render_time += r.elapsed();
            std::hint::black_box(parts);
        }
        by_kind.entry(Kind::of(i)).or_default().push(handled);
    }
    let wall = start.elapsed();
    let cpu = cpu_secs("/proc/self/stat").unwrap_or(0.0) - cpu0;
    println!(
        "# core only ({} mode): {n} messages of the same mix, one after another, in this process (no Telegram)",
        if full { "full" } else { "smoke" }
    );
    let mut all: Vec<Duration> = by_kind.values().flatten().copied().collect();
    all.sort();
    println!("Bot::handle: {}", spread(&all));
    for kind in [Kind::Find, Kind::GroupFind, Kind::Text, Kind::Share] {
        if let Some(v) = by_kind.get_mut(&kind) {
            v.sort();
            println!("  {:<16} ({:>5}): {}", kind.name(), v.len(), spread(v));
        }
    }
    println!(
        "render to Telegram HTML: {:.0} µs/reply; wall {:.0} µs/message, CPU {:.0} µs/message",
        render_time.as_secs_f64() * 1e6 / n as f64,
        wall.as_secs_f64() * 1e6 / n as f64,
        cpu * 1e6 / n as f64
    );
    true
}

/// Updates at a steady rate.
async fn rate(full: bool, bin: &Path) -> bool {
    let per_sec = env_num::<f64>("LOAD_BENCH_RATE")
        .unwrap_or(if full { 300.0 } else { 40.0 })
        .max(1.0);
    let secs = env_num::<f64>("LOAD_BENCH_SECS")
        .unwrap_or(if full { 10.0 } else { 1.0 })
        .max(0.01);
    let n = ((per_sec * secs).round() as usize).max(1);
    let rig = Rig::start(bin, false, false).await;
    let mut pushed = Vec::with_capacity(n);
    let start = Instant::now();
    let mut i = 0;
    while i < n {
        // Everything due by now goes out; then sleep until the next one is due.
        let due = (start.elapsed().as_secs_f64() * per_sec) as usize + 1;
        while i < due.min(n) {
            let (chat, kind) = rig.push_mix(1_000_000, i);
            pushed.push(Pushed {
                chat,
                kind,
                at: Instant::now(),
            });
            i += 1;
        }
        let next = start + Duration::from_secs_f64(i as f64 / per_sec);
        tokio::time::sleep_until(next.into()).await;
    }
    let push_time = start.elapsed();
    let want = pushed.iter().map(|p| (p.chat, 1)).collect();
    let done = rig.wait_all(&want).await;
    let (server, rss, bot, own) = rig.finish();
    report(
        &format!(
            "# steady rate ({} mode): {n} updates at {per_sec:.0}/s over {}, \
             TELEGRAM_THROTTLE=off",
            if full { "full" } else { "smoke" },
            ms(push_time)
        ),
        &pushed,
        &server,
        done,
        rss,
        bot,
        own,
    )
}

/// Time between two rounds of messages in the limits-on run.
const ROUND_GAP: Duration = Duration::from_millis(500);

/// Telegram's limits on: the bot's default throttle and the server's rate limits.
async fn limits(full: bool, bin: &Path) -> bool {
    // (chats, messages per chat, kind of chat)
    let (singles, busy, busy_msgs, group_msgs, supergroup_msgs) = if full {
        (150, 5, 6, 25, 12)
    } else {
        (10, 1, 3, 3, 2)
    };
    let rig = Rig::start(bin, true, true).await;
    rig.server.set_rate_limits(Some(RateLimits::default()));
    let bot = rig.server.bot_username().to_string();
    let mut want: HashMap<i64, usize> = HashMap::new();
    let mut groups = Vec::new();
    let start = Instant::now();
    // Interleaved as real traffic would be: a round of every busy chat, then singles.
    let rounds = busy_msgs.max(group_msgs).max(supergroup_msgs);
    let mut single = 0;
    for round in 0..rounds {
        for b in 0..busy {
            if round < busy_msgs {
                let user = TestUser::new(2_000_000 + b as i64, "Busy");
                rig.server
                    .private_text(&user, &format!("/find {}", WORDS[round % WORDS.len()]));
                *want.entry(user.id).or_default() += 1;
            }
        }
        for (chat, msgs) in [
            (-4_000_001_i64, group_msgs),
            (-1_004_000_000_001, supergroup_msgs),
        ] {
            if round < msgs {
                let user = TestUser::new(3_000_000 + round as i64, "Member");
                rig.server.group_text(
                    chat,
                    &user,
                    &format!("/find@{bot} {}", WORDS[round % WORDS.len()]),
                );
                *want.entry(chat).or_default() += 1;
                if !groups.contains(&chat) {
                    groups.push(chat);
                }
            }
        }
        while single * rounds < singles * (round + 1) && single < singles {
            let user = TestUser::new(2_100_000 + single as i64, "Once");
            rig.server
                .private_text(&user, &format!("/find {}", WORDS[single % WORDS.len()]));
            *want.entry(user.id).or_default() += 1;
            single += 1;
        }
        // People type: a round every half second, so no chat has more waiting than its
        // queue limit (TELEGRAM_CHAT_QUEUE drops a flood's excess by design).
        tokio::time::sleep(ROUND_GAP).await;
    }
    let total: usize = want.values().sum();
    let done = rig.wait_all(&want).await;
    let elapsed = start.elapsed();
    let (server, rss, bot_cpu, _) = rig.finish();
    let sent: Vec<_> = server
        .sent()
        .into_iter()
        .filter(|m| want.contains_key(&m.chat_id))
        .collect();
    let mut per_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
    for m in &sent {
        per_chat.entry(m.chat_id).or_default().push(m.at);
    }
    let mut short = 0;
    for (chat, n) in &want {
        let got = per_chat.get(chat).map_or(0, Vec::len);
        if got < *n {
            short += n - got;
        }
    }
    let refused = server.calls().iter().filter(|c| c.status == 429).count();
    let max_in = |times: &[Instant], window: Duration| -> usize {
        let mut best = 0;
        for (i, t) in times.iter().enumerate() {
            let n = times[i..].iter().take_while(|u| **u < *t + window).count();
            best = best.max(n);
        }
        best
    };
    let min_gap = per_chat
        .values()
        .flat_map(|v| v.windows(2).map(|w| w[1].duration_since(w[0])))
        .min()
        .unwrap_or_default();
    let per_chat_max = per_chat
        .values()
        .map(|v| max_in(v, Duration::from_secs(1)))
        .max()
        .unwrap_or(0);
    let all: Vec<Instant> = {
        let mut v: Vec<Instant> = sent.iter().map(|m| m.at).collect();
        v.sort();
        v
    };
    let overall_max = max_in(&all, Duration::from_secs(1));
    println!(
        "# limits on ({} mode): TELEGRAM_THROTTLE on (teloxide defaults), test server limits \
         {:?}",
        if full { "full" } else { "smoke" },
        RateLimits::default()
    );
    println!(
        "{total} updates: {singles} chats x 1, {busy} chats x {busy_msgs}, a group x \
         {group_msgs}, a supergroup x {supergroup_msgs}; all answered after {}",
        ms(elapsed)
    );
    println!(
        "replies {} ({} missing), 429 answers {refused}",
        sent.len(),
        short
    );
    println!(
        "max messages in one chat in any 1 s: {per_chat_max} (limit 1); closest two in one \
         chat: {}",
        ms(min_gap)
    );
    for chat in &groups {
        let v = per_chat.get(chat).cloned().unwrap_or_default();
        println!(
            "{} {chat}: {} messages, max in any 60 s: {} (Telegram: 20/min per group; \
             teloxide holds supergroups to 10/min)",
            if *chat <= -1_000_000_000_000 {
                "supergroup"
            } else {
                "group"
            },
            v.len(),
            max_in(&v, Duration::from_secs(60))
        );
    }
    println!("max messages overall in any 1 s: {overall_max} (limit 30)");
    print_rss(rss);
    println!("bot CPU after warm-up: {bot_cpu:.2} s");
    let held = per_chat_max <= 1 && overall_max <= 30 && refused == 0;
    if !held {
        println!("LIMITS NOT HELD");
    }
    done && short == 0 && held
}

/// `miners-guide <command>` on the bench's data, index and database.
fn bot_command(bin: &Path, data: &Path, dir: &Path, command: &str) -> Command {
    let mut cmd = Command::new(bin);
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--index-dir")
        .arg(dir.join("index"))
        .arg("--db")
        .arg(dir.join("bot.db"))
        .arg(command)
        .env("RUST_LOG", "warn")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MINERS_GUIDE_CONFIG")
        .env_remove("MODERATOR_CHAT")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    cmd
}

/// Starts the bot on an index built beforehand by `miners-guide index`, as a restarted bot
/// finds it: the peak RSS is then that of serving, not of a first index build (a cold start is
/// measured by `benches/startup.rs`).
fn spawn(bin: &Path, data: &Path, dir: &Path, server: &TelegramServer, throttle: bool) -> Child {
    match bot_command(bin, data, dir, "index").status() {
        Ok(s) if s.success() => {}
        other => fail(&format!("cannot build the index first: {other:?}")),
    }
    bot_command(bin, data, dir, "serve")
        .env("TELEGRAM_BOT_TOKEN", server.token())
        .env("TELEGRAM_API_URL", server.url().as_str())
        .env("TELEGRAM_THROTTLE", if throttle { "on" } else { "off" })
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("cannot start {}: {e}", bin.display())))
}

/// The process's resident set from `/proc/<pid>/status`, in kB: the peak (`VmHWM`) and, at the
/// time of the call, how much of it is heap and stacks (`RssAnon`) and how much mapped files,
/// mostly the binary's code (`RssFile`).
#[derive(Clone, Copy)]
struct Rss {
    peak: u64,
    anon: u64,
    file: u64,
}

fn rss_kb(pid: u32) -> Option<Rss> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    Some(Rss {
        peak: field("VmHWM:")?,
        anon: field("RssAnon:")?,
        file: field("RssFile:")?,
    })
}

fn print_rss(rss: Option<Rss>) {
    match rss {
        Some(r) => println!(
            "bot peak RSS (VmHWM): {:.1} MB; at the end: heap and stacks (RssAnon) {:.1} MB, \
             mapped files (RssFile) {:.1} MB",
            mb(r.peak),
            mb(r.anon),
            mb(r.file)
        ),
        None => println!("bot peak RSS: unavailable"),
    }
}

/// kB (as `/proc` reports them) in MB.
fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

/// User + system CPU seconds of a process, from its `/proc/.../stat`.
fn cpu_secs(stat_path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(stat_path).ok()?;
    // Fields after the command name (which may hold spaces) start with the state (field 3);
    // utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / TICKS_PER_SEC)
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

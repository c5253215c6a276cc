//! Faults under load, through the real `miners-guide serve` binary and the test Bot API server
//! on 127.0.0.1: Telegram answering with 429 storms, 500s, dropped connections and slow
//! responses while a few hundred updates arrive; SQLite busy (another process holds the write
//! lock) and a full disk while people submit. Each test states what it proves; all are bounded
//! in time and stop the process they start.

use crate::bot_process;
use bot_process::{BotProcess, Rng, Setup};
use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};
use telegram_testkit::{Call, Fault, SentMessage, ServerOptions, TelegramServer, TestUser};

/// How long a test waits for the answers it expects.
const WAIT: Duration = Duration::from_secs(60);

/// Peak resident memory allowed for the bot during the fault run, in KiB. Measured at about
/// 80 MiB on 2 cores (debug build, the real knowledge base and index, 300 updates); the
/// bound leaves room for allocator noise, and a leak of the retried requests or a queue that
/// grew with the faults would cross it.
const PEAK_RSS_LIMIT_KIB: u64 = 160 * 1024;

/// The state folder of a test: database and index.
struct State {
    dir: tempfile::TempDir,
}

impl State {
    fn new() -> State {
        State {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("bot.sqlite3")
    }

    fn index(&self) -> std::path::PathBuf {
        self.dir.path().join("index")
    }
}

/// [`start_warm`] with the bot's database and index in `state` and no other settings.
async fn start_plain(server: &TelegramServer, state: &State) -> (BotProcess, TestUser) {
    let (db, index) = (state.db(), state.index());
    let setup = Setup {
        db: &db,
        index: &index,
        env: &[],
        wrapper: &[],
    };
    start_warm(server, &setup).await
}

/// Starts the bot and waits until it answers a first message (the index is built, polling
/// runs); returns it and the warm-up user.
async fn start_warm(server: &TelegramServer, setup: &Setup<'_>) -> (BotProcess, TestUser) {
    let mut bot = BotProcess::start(server, setup);
    let warm = TestUser::new(1, "Warm");
    let before = server.sent_to(warm.id).len();
    server.private_text(&warm, "/help");
    bot.wait_sent(server, WAIT, "no warm-up answer", |_| {
        server.sent_to(warm.id).len() > before
    })
    .await;
    (bot, warm)
}

/// The chat a request was for (0 for requests without one).
fn chat_of(call: &Call) -> i64 {
    match call.params.get("chat_id") {
        Some(serde_json::Value::Number(n)) => n.as_i64().unwrap_or(0),
        Some(serde_json::Value::String(s)) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

/// Every request of `method` to the same chat after a 429 came at least `retry_after` later.
fn assert_retry_after_respected(calls: &[Call], method: &str) -> usize {
    let mut checked = 0;
    for (i, limited) in calls.iter().enumerate() {
        if limited.method != method || limited.status != 429 {
            continue;
        }
        let wait = limited
            .error
            .as_deref()
            .and_then(|e| e.rsplit(' ').next())
            .and_then(|s| s.parse::<u64>().ok())
            .map(Duration::from_secs)
            .expect("429 with retry after");
        let chat = chat_of(limited);
        if let Some(next) = calls[i + 1..]
            .iter()
            .find(|c| c.method == method && chat_of(c) == chat)
        {
            let gap = next.at.duration_since(limited.at);
            assert!(
                gap >= wait,
                "{method} to chat {chat} again {gap:?} after a 429 asking for {wait:?}"
            );
            checked += 1;
        }
    }
    checked
}

/// One update of the load mix: who sends what, and a token the store keeps for `/share`.
struct Push {
    user: TestUser,
    text: String,
}

/// `count` updates from `users` people: `/find`, free text and one-message `/share`, in turn.
fn load_mix(seed: u64, count: usize, users: usize) -> Vec<Push> {
    let people: Vec<TestUser> = (0..users)
        .map(|i| TestUser::new(8_000_000 + i as i64, &format!("L{i}")))
        .collect();
    let finds = ["water", "sediment", "mercury", "cooperative", "reclamation"];
    let questions = [
        "how do we clear muddy water from the washing pond",
        "what can we do about mercury",
        "where can a cooperative find funding",
    ];
    (0..count)
        .map(|n| {
            let text = match n % 3 {
                0 => format!("/find {}", finds[n % finds.len()]),
                1 => questions[n % questions.len()].to_string(),
                _ => format!(
                    "/share water: load story {n} of run {seed}, we settle the wash water twice"
                ),
            };
            Push {
                user: people[n % users].clone(),
                text,
            }
        })
        .collect()
}

/// A few hundred updates (`/find`, free text, `/share` from 60 people) while the Bot API
/// answers `sendMessage` with a 429 storm (`retry_after` 1–2 s), 500s, connections dropped
/// before the request is processed and slow (1.5 s) responses, and `getUpdates` with a 429, a
/// dropped connection and a slow poll: every update gets exactly one reply (every `sendMessage`
/// attempt is one success or one injected fault: no duplicate, none missing, no extra retry),
/// no request reaches a chat before the `retry_after` it was given, polling does not spin, and
/// the bot's peak memory stays under [`PEAK_RSS_LIMIT_KIB`].
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bot_api_faults_under_load_deliver_every_reply_exactly_once() {
    let mut rng = Rng::from_env_or_clock("bot_api_faults_under_load");
    let seed = rng.next_u64() % 1_000_000_000;
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("server");
    let state = State::new();
    let (mut bot, warm) = start_plain(&server, &state).await;
    let warm_sent = server.sent_count();

    // The faults, shuffled with the seed, queued for the next requests of each method.
    let mut send_faults = Vec::new();
    send_faults.extend(std::iter::repeat_n(
        Fault::TooManyRequests { retry_after: 1 },
        12,
    ));
    send_faults.extend(std::iter::repeat_n(
        Fault::TooManyRequests { retry_after: 2 },
        4,
    ));
    send_faults.extend(std::iter::repeat_n(Fault::ServerError(500), 3));
    send_faults.extend(std::iter::repeat_n(Fault::DropConnection, 12));
    send_faults.extend(std::iter::repeat_n(
        Fault::Delay(Duration::from_millis(1500)),
        12,
    ));
    for i in (1..send_faults.len()).rev() {
        let j = usize::try_from(rng.range(0, i as u64 + 1)).unwrap_or(0);
        send_faults.swap(i, j);
    }
    let failing_sends = send_faults
        .iter()
        .filter(|f| !matches!(f, Fault::Delay(_)))
        .count();
    for fault in &send_faults {
        server.inject("sendMessage", fault.clone(), 1);
    }
    server.inject("getUpdates", Fault::TooManyRequests { retry_after: 2 }, 1);
    server.inject("getUpdates", Fault::DropConnection, 1);
    server.inject("getUpdates", Fault::Delay(Duration::from_millis(1500)), 1);

    let pushes = load_mix(seed, 300, 60);
    let started = Instant::now();
    let mut expected: HashMap<i64, usize> = HashMap::new();
    for p in &pushes {
        server.private_text(&p.user, &p.text);
        *expected.entry(p.user.id).or_default() += 1;
    }
    let total = pushes.len();
    bot.wait_sent(&server, WAIT, "not every update was answered", |s| {
        s.len() >= warm_sent + total
    })
    .await;
    let took = started.elapsed();
    // Late duplicates (a retry of a request that had in fact gone through) would arrive now.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let peak = bot.peak_rss_kib();
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");

    let sent = server.sent();
    let mut got: HashMap<i64, usize> = HashMap::new();
    for m in sent.iter().filter(|m| m.chat_id != warm.id) {
        *got.entry(m.chat_id).or_default() += 1;
    }
    assert_eq!(
        got, expected,
        "replies per chat (exactly one per update)\n{log}"
    );
    for method in ["sendMessage", "getUpdates"] {
        assert_eq!(
            server.faults_left(method),
            0,
            "{method} faults not all used"
        );
    }
    let calls = server.calls();
    let sends: Vec<&Call> = calls.iter().filter(|c| c.method == "sendMessage").collect();
    let ok_sends = sends.iter().filter(|c| c.status == 200).count();
    assert_eq!(ok_sends, warm_sent + total, "successful sendMessage calls");
    assert_eq!(
        sends.len(),
        warm_sent + total + failing_sends,
        "sendMessage attempts: one per reply plus one per injected failure"
    );
    let limited = assert_retry_after_respected(&calls, "sendMessage")
        + assert_retry_after_respected(&calls, "getUpdates");
    assert!(
        limited >= 16,
        "only {limited} 429s were followed by a retry"
    );
    let polls = calls.iter().filter(|c| c.method == "getUpdates").count();
    // Each poll either brings at least one update, fails with an injected fault, or waits up
    // to 10 s for one: a spinning loop would make thousands.
    let poll_bound = total + 3 + 2 * (took.as_secs() as usize / 10 + 2);
    assert!(
        polls <= poll_bound,
        "{polls} getUpdates calls for {total} updates in {took:?} (bound {poll_bound})"
    );
    let peak = peak.expect("VmHWM of the bot");
    eprintln!(
        "{total} updates answered in {took:?} through {} sendMessage attempts and {polls} polls; \
         peak RSS {} KiB",
        sends.len(),
        peak
    );
    assert!(
        peak <= PEAK_RSS_LIMIT_KIB,
        "peak RSS {peak} KiB over {PEAK_RSS_LIMIT_KIB} KiB"
    );
}

/// Connections dropped *after* Telegram accepted a message: the bot cannot know the message
/// went through (the Bot API has no idempotency key), so it sends again. Delivery is then
/// at-least-once: every update is answered, and the only extra messages are one per such drop.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_after_accept_is_at_least_once() {
    let mut rng = Rng::from_env_or_clock("drop_after_accept_is_at_least_once");
    let seed = rng.next_u64() % 1_000_000_000;
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("server");
    let state = State::new();
    let (mut bot, warm) = start_plain(&server, &state).await;
    let drops = 5;
    server.inject("sendMessage", Fault::DropAfterAccept, drops);
    let pushes = load_mix(seed, 60, 20);
    let mut expected: HashMap<i64, usize> = HashMap::new();
    for p in &pushes {
        server.private_text(&p.user, &p.text);
        *expected.entry(p.user.id).or_default() += 1;
    }
    let total = pushes.len();
    bot.wait_sent(&server, WAIT, "not every update was answered", |s| {
        s.iter().filter(|m| m.chat_id != warm.id).count() >= total + drops
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");
    let mut got: HashMap<i64, usize> = HashMap::new();
    for m in server.sent().iter().filter(|m| m.chat_id != warm.id) {
        *got.entry(m.chat_id).or_default() += 1;
    }
    let extra: usize = expected
        .iter()
        .map(|(chat, want)| {
            let have = got.get(chat).copied().unwrap_or(0);
            assert!(
                have >= *want,
                "chat {chat}: {have} replies for {want} updates"
            );
            have - want
        })
        .sum();
    assert_eq!(server.faults_left("sendMessage"), 0);
    assert_eq!(
        extra, drops,
        "one duplicate per connection dropped after accepting"
    );
}

/// Whether `m` is "nothing was stored, try again" in the language of `user` (English or
/// French in these tests).
fn is_try_again(m: &SentMessage, user: &TestUser) -> bool {
    match user.language_code.as_deref() {
        Some("fr") => m.visible.contains("rien n'a été conservé"),
        _ => m.visible.contains("nothing was stored") && m.visible.contains("try again"),
    }
}

/// `n` people from `first_id` on, every second one writing in French.
fn people(first_id: i64, n: i64, name: &str) -> Vec<TestUser> {
    (0..n)
        .map(|i| {
            let u = TestUser::new(first_id + i, &format!("{name}{i}"));
            if i % 2 == 1 { u.with_language("fr") } else { u }
        })
        .collect()
}

/// The reference in an acknowledgement (English or French), if `m` is one.
fn reference(m: &SentMessage) -> Option<i64> {
    let (_, after) = ["Received, reference #", "Bien reçu, référence #"]
        .iter()
        .find_map(|marker| m.visible.split_once(marker))?;
    after
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// The bodies stored in the database at `db`, by id.
fn stored(db: &Path) -> HashMap<i64, String> {
    let conn = rusqlite::Connection::open(db).expect("open the database");
    conn.busy_timeout(Duration::from_secs(10))
        .expect("busy timeout");
    let mut stmt = conn
        .prepare("SELECT id, body FROM submissions")
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// The bodies stored in the database at `db` as the running `bot` sees it from its own mount
/// namespace, read by the binary's `submissions list` run inside that namespace (a test
/// connection through `/proc/<pid>/root` would not do: SQLite resolves that symbolic link).
fn stored_inside(bot: &BotProcess, db: &Path, index: &Path) -> HashMap<i64, String> {
    let out = std::process::Command::new("nsenter")
        .args([
            "-t",
            &bot.pid().to_string(),
            "-U",
            "-m",
            "--preserve-credentials",
            "--",
        ])
        .arg(env!("CARGO_BIN_EXE_miners-guide"))
        .arg("--data-dir")
        .arg(bot_process::data_dir())
        .arg("--index-dir")
        .arg(index)
        .arg("--db")
        .arg(db)
        .args(["submissions", "list", "--json", "--limit", "100000"])
        .env("RUST_LOG", "warn")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MINERS_GUIDE_CONFIG")
        .output()
        .expect("run submissions list in the bot's namespace");
    assert!(
        out.status.success(),
        "submissions list: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON list");
    list.as_array()
        .expect("array")
        .iter()
        .filter_map(|s| Some((s["id"].as_i64()?, s["text"].as_str()?.to_string())))
        .collect()
}

/// Checks the answers to `/share <story>` sent by `users[i]` (`stories[i]`): each got exactly
/// one reply, either an acknowledgement whose reference is stored with that story, or "try
/// again" and the story is not stored. Returns the users told to try again.
fn check_share_answers(
    server: &TelegramServer,
    rows: &HashMap<i64, String>,
    users: &[TestUser],
    stories: &[String],
    skip: &HashMap<i64, usize>,
) -> Vec<usize> {
    let mut retry = Vec::new();
    for (i, (user, story)) in users.iter().zip(stories).enumerate() {
        let sent = server.sent_to(user.id);
        let fresh = &sent[skip.get(&user.id).copied().unwrap_or(0)..];
        assert_eq!(fresh.len(), 1, "user {} answers: {fresh:#?}", user.id);
        let m = &fresh[0];
        if let Some(id) = reference(m) {
            assert_eq!(
                rows.get(&id),
                Some(story),
                "acknowledged #{id} is not stored with its story"
            );
        } else {
            assert!(
                is_try_again(m, user),
                "neither acknowledged nor a translated try again: {:?}",
                m.visible
            );
            assert!(
                !rows.values().any(|b| b == story),
                "told to try again, yet stored: {story:?}"
            );
            retry.push(i);
        }
    }
    retry
}

/// SQLite busy under submissions: another process holds the database's write lock
/// (`BEGIN EXCLUSIVE`) for longer than the store's 5 s busy timeout while six people `/share`
/// at once; each gets exactly one reply, either an acknowledgement of a stored submission or the
/// translated "nothing was stored, try again" (and their story is not stored). The first to
/// arrive waits the whole timeout, so at least one is told to try again. After the lock is
/// released, sending again is acknowledged and stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_busy_answers_try_again_and_stores_nothing() {
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("server");
    let state = State::new();
    let db = state.db();
    let (mut bot, _) = start_plain(&server, &state).await;
    let users = people(8_100_000, 6, "B");
    let stories: Vec<String> = (0..6)
        .map(|i| format!("busy story {i}: we built a second settling pond for the rainy season"))
        .collect();

    // The lock, held from another thread for 9 s: the first /share waits out the 5 s busy
    // timeout even if it reaches the store up to 4 s late.
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let lock_db = db.clone();
    let holder = std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(&lock_db).expect("open");
        conn.execute_batch("BEGIN EXCLUSIVE")
            .expect("exclusive lock");
        let _ = locked_tx.send(());
        std::thread::sleep(Duration::from_secs(9));
        conn.execute_batch("COMMIT").expect("release");
    });
    locked_rx
        .recv_timeout(Duration::from_secs(10))
        .expect("lock taken");
    for (u, s) in users.iter().zip(&stories) {
        server.private_text(u, &format!("/share {s}"));
    }
    bot.wait_sent(&server, WAIT, "not every /share answered", |_| {
        users.iter().all(|u| !server.sent_to(u.id).is_empty())
    })
    .await;
    holder.join().expect("lock holder");
    let retry = check_share_answers(&server, &stored(&db), &users, &stories, &HashMap::new());
    assert!(
        !retry.is_empty(),
        "nobody was told to try again: the lock did not outlast the busy timeout"
    );
    assert!(
        bot.log().contains("the database is busy"),
        "the store did not report SQLITE_BUSY:\n{}",
        bot.log()
    );

    // The lock is gone: the ones told to try again do so, and are acknowledged.
    let before: HashMap<i64, usize> = users
        .iter()
        .map(|u| (u.id, server.sent_to(u.id).len()))
        .collect();
    let (again_users, again_stories): (Vec<TestUser>, Vec<String>) = retry
        .iter()
        .map(|&i| (users[i].clone(), stories[i].clone()))
        .unzip();
    for (u, s) in again_users.iter().zip(&again_stories) {
        server.private_text(u, &format!("/share {s}"));
    }
    bot.wait_sent(&server, WAIT, "retries not answered", |_| {
        again_users
            .iter()
            .all(|u| server.sent_to(u.id).len() > before[&u.id])
    })
    .await;
    let still = check_share_answers(&server, &stored(&db), &again_users, &again_stories, &before);
    assert!(
        still.is_empty(),
        "still refused after the lock was released"
    );
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");
}

/// Fills the file system holding `path` (a file created there) until a write fails.
fn fill(path: &Path) -> u64 {
    use std::io::Write;
    let mut file = std::fs::File::create(path).expect("create the filler");
    let mut written = 0u64;
    for chunk in [64 * 1024, 4096, 512] {
        let block = vec![0u8; chunk];
        while file.write_all(&block).is_ok() {
            written += chunk as u64;
        }
    }
    let _ = file.sync_all();
    written
}

/// Whether this machine lets an unprivileged test mount a small tmpfs in its own user and
/// mount namespace (`unshare -rm`).
fn private_tmpfs_available() -> bool {
    std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A full disk under submissions: the bot's database lives on a real 4 MiB tmpfs (mounted in a
/// private mount namespace with `unshare -rm`, seen by the test through `/proc/<pid>/root`);
/// the test fills it, and `/share` from four people then fails in SQLite with `SQLITE_FULL`:
/// each is told "nothing was stored, try again" and nothing is stored. Once space is freed,
/// sending again is acknowledged and stored. Skipped (with a message) where user namespaces
/// are not allowed, unless `CI=true`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disk_full_answers_try_again_and_stores_nothing() {
    if !private_tmpfs_available() {
        assert!(
            std::env::var("CI").ok().as_deref() != Some("true"),
            "CI=true but `unshare -rm` cannot mount a tmpfs here"
        );
        eprintln!("skipped: `unshare -rm` cannot mount a tmpfs on this machine");
        return;
    }
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("server");
    let state = State::new();
    let small = state.dir.path().join("small");
    std::fs::create_dir_all(&small).expect("mount point");
    let db = small.join("bot.sqlite3");
    let index = state.index();
    let wrapper: Vec<String> = [
        "unshare",
        "-rm",
        "sh",
        "-c",
        "mount -t tmpfs -o size=4m tmpfs \"$0\" && exec \"$@\"",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([small.display().to_string()])
    .collect();
    let setup = Setup {
        db: &db,
        index: &index,
        env: &[],
        wrapper: &wrapper,
    };
    let (mut bot, _) = start_warm(&server, &setup).await;
    // The bot's view of the folder: its own tmpfs, not the empty folder the test sees.
    let inside = Path::new(&format!("/proc/{}/root", bot.pid()))
        .join(small.strip_prefix("/").expect("temp dirs are absolute"));
    assert!(
        inside.join("bot.sqlite3").exists(),
        "the database is not on the bot's tmpfs"
    );
    assert!(!db.exists(), "the database is outside the tmpfs");
    let filler = inside.join("filler");
    let filled = fill(&filler);
    assert!(
        filled < 4 << 20,
        "the file system did not fill up ({filled} bytes)"
    );

    let users = people(8_200_000, 4, "F");
    let stories: Vec<String> = (0..4)
        .map(|i| format!("full story {i}: our cooperative planted vetiver on the spoil heaps"))
        .collect();
    for (u, s) in users.iter().zip(&stories) {
        server.private_text(u, &format!("/share {s}"));
    }
    bot.wait_sent(&server, WAIT, "not every /share answered", |_| {
        users.iter().all(|u| !server.sent_to(u.id).is_empty())
    })
    .await;
    assert!(
        bot.log().contains("not stored (transient)") && bot.log().contains("the disk is full"),
        "the store did not report SQLITE_FULL:\n{}",
        bot.log()
    );
    // Space again. Nothing writes between here and the check below, so what the database
    // holds now is what the full disk left.
    std::fs::remove_file(&filler).expect("free the space");
    let retry = check_share_answers(
        &server,
        &stored_inside(&bot, &db, &index),
        &users,
        &stories,
        &HashMap::new(),
    );
    assert_eq!(retry.len(), users.len(), "acknowledged on a full disk");

    // The same people send again and are acknowledged.
    let before: HashMap<i64, usize> = users.iter().map(|u| (u.id, 1)).collect();
    for (u, s) in users.iter().zip(&stories) {
        server.private_text(u, &format!("/share {s}"));
    }
    bot.wait_sent(&server, WAIT, "retries not answered", |_| {
        users.iter().all(|u| server.sent_to(u.id).len() > 1)
    })
    .await;
    let still = check_share_answers(
        &server,
        &stored_inside(&bot, &db, &index),
        &users,
        &stories,
        &before,
    );
    assert!(still.is_empty(), "still refused after space was freed");
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");
}

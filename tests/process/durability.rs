//! Durability through the real binary: the terminal chat, and `miners-guide serve` against the
//! test Bot API server, are fed a fast burst of `/share` and killed with SIGKILL at a random
//! moment; after a restart every acknowledged reference is in the database with its text, none
//! twice, and the bot keeps working.

use crate::bot_process;
use bot_process::{BotProcess, Rng, Setup};
use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};
use telegram_testkit::{Fault, SentMessage, ServerOptions, TelegramServer, TestUser};

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

/// How many `/share` lines the burst writes.
const BURST: usize = 400;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn bin(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_miners-guide"));
    cmd.arg("--data-dir")
        .arg(data_dir())
        .arg("--index-dir")
        .arg(dir.join("index"))
        .arg("--db")
        .arg(dir.join("db.sqlite3"))
        .arg("--max-submissions-per-hour")
        .arg("100000")
        .arg("--max-questions-per-hour")
        .arg("100000")
        .env("LANG", "C.UTF-8")
        .env("RUST_LOG", "warn")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MODERATORS")
        .env_remove("MODERATOR_CHAT")
        .env_remove("EXPERTS")
        .env_remove("EXPERT_CHAT")
        .env_remove("MINERS_GUIDE_CONFIG");
    cmd
}

fn story(run: u128, n: usize) -> String {
    format!(
        "Story {n} of run {run}: we dug settling ponds below the washing site, token durab{run}x{n}"
    )
}

/// The numbers after each `marker` in `line`, in order (the references acknowledgements give).
fn numbers_after(line: &str, marker: &str) -> Vec<i64> {
    line.match_indices(marker)
        .filter_map(|(at, m)| {
            line[at + m.len()..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .collect()
}

/// A submission's acknowledgements.
const SUBMISSION_ACK: &str = "Received, reference #";
/// A question's acknowledgements.
const QUESTION_ACK: &str = "was received, reference Q-";

/// The time-seeded run number (tokens in the texts, the moment of the kill).
fn run_number() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(7)
}

/// Writes [`BURST`] lines (`line(n)`) to a terminal chat on `dir` as fast as it reads them
/// and kills it with SIGKILL once `kill_after` acknowledgements (`ack` markers) came back;
/// returns the acknowledged references in order. Fails unless the kill came mid-burst.
fn burst_and_kill(
    dir: &Path,
    line: impl Fn(usize) -> String + Send + 'static,
    ack: &str,
    kill_after: usize,
) -> Vec<i64> {
    let mut child = spawn_chat(dir);
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for n in 0..BURST {
            if writeln!(stdin, "{}", line(n)).is_err() {
                break; // the child was killed
            }
        }
    });
    let stdout = child.stdout.take().expect("stdout");
    let mut acked: Vec<i64> = Vec::new();
    let mut killed = false;
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        acked.extend(numbers_after(&line, ack));
        if !killed && acked.len() >= kill_after {
            child.kill().expect("SIGKILL");
            killed = true;
        }
    }
    let _ = child.wait();
    let _ = writer.join();
    assert!(
        killed,
        "only {} acknowledgements before the output ended",
        acked.len()
    );
    assert!(acked.len() >= kill_after);
    assert!(
        acked.len() < BURST,
        "the kill came after the burst, not during it"
    );
    acked
}

/// Everything `miners-guide <what> list --json` prints for the database in `dir`.
fn list_json(dir: &Path, what: &str) -> Vec<serde_json::Value> {
    let out = bin(dir)
        .args([what, "list", "--json", "--limit", "100000"])
        .output()
        .expect("list");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stored: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON list");
    stored.as_array().expect("array").clone()
}

/// The k-th acknowledged reference holds the text `line(k)`; no text is stored twice; at
/// most the one sent when the kill came is stored unacknowledged.
fn assert_acknowledged_stored(
    stored: &[serde_json::Value],
    acked: &[i64],
    line: impl Fn(usize) -> String,
) {
    for (k, id) in acked.iter().enumerate() {
        let text = stored
            .iter()
            .find(|s| s["id"].as_i64() == Some(*id))
            .and_then(|s| s["text"].as_str());
        assert_eq!(
            text,
            Some(line(k).as_str()),
            "acknowledged {id} (line {k}) is missing or has another text"
        );
    }
    let mut texts: Vec<&str> = stored.iter().filter_map(|s| s["text"].as_str()).collect();
    let all = texts.len();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), all, "a text was stored twice");
    assert!(
        all <= acked.len() + 1,
        "at most the one in flight at the kill may be stored unacknowledged"
    );
}

fn spawn_chat(dir: &Path) -> Child {
    let mut cmd = bin(dir);
    cmd.arg("chat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd.spawn().expect("start miners-guide chat")
}

/// An acknowledged submission survives `kill -9` at any moment: the child is killed mid-burst
/// after a random number of acknowledgements; after a restart every acknowledged reference
/// exists with the text of the line it answered, no text is stored twice, and new submissions
/// are accepted.
#[test]
fn acknowledged_submissions_survive_kill_9() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_number();
    // Kill after 15 to 134 acknowledgements (the burst has 400 lines).
    let kill_after = 15 + usize::try_from(run % 120).unwrap_or(0);
    let share = move |n| format!("/share {}", story(run, n));
    let acked = burst_and_kill(dir.path(), share, SUBMISSION_ACK, kill_after);

    // Restart: read everything back through the binary.
    let stored = list_json(dir.path(), "submissions");
    assert_acknowledged_stored(&stored, &acked, |k| story(run, k));

    // The bot keeps working on the same database.
    let mut child = spawn_chat(dir.path());
    {
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "/share {}", story(run, BURST + 1)).expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout);
    let next = numbers_after(&text, SUBMISSION_ACK);
    let max_acked = acked.iter().max().copied().unwrap_or(0);
    assert!(
        next.len() == 1 && next[0] > max_acked,
        "after the restart: {text}"
    );
}

fn question(run: u128, n: usize) -> String {
    format!("Question {n} of run {run}: how deep may a settling pond be, token ask{run}x{n}?")
}

/// An acknowledged question survives `kill -9` at any moment of a burst of `/ask` in the
/// terminal chat: after a restart every acknowledged reference exists with the text of the
/// line it answered, none is stored twice, and the questions flood control had folded when
/// the bot was killed are announced (in one digest) by the restarted bot.
#[test]
fn acknowledged_questions_survive_kill_9() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_number();
    let kill_after = 15 + usize::try_from(run % 120).unwrap_or(0);
    let ask = move |n| format!("/ask {}", question(run, n));
    let acked = burst_and_kill(dir.path(), ask, QUESTION_ACK, kill_after);
    let stored = list_json(dir.path(), "questions");
    assert_acknowledged_stored(&stored, &acked, |k| question(run, k));

    // The restarted bot announces what was folded, and takes new questions.
    let mut child = spawn_chat(dir.path());
    {
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "/help\n/ask {}", question(run, BURST + 1)).expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("new questions:"),
        "no digest after the restart: {text}"
    );
    let next = numbers_after(&text, QUESTION_ACK);
    let max_acked = acked.iter().max().copied().unwrap_or(0);
    assert!(
        next.len() == 1 && next[0] > max_acked,
        "after the restart: {text}"
    );
    let last = bin(dir.path())
        .args(["questions", "show", &max_acked.to_string()])
        .output()
        .expect("show");
    let shown = String::from_utf8_lossy(&last.stdout);
    assert!(
        !shown.contains("waiting for a running bot"),
        "Q-{max_acked} was never announced: {shown}"
    );
}

/// How many `/share` updates the Telegram burst pushes.
const TELEGRAM_BURST: usize = 1000;
/// How many people send them (each sends `TELEGRAM_BURST / TELEGRAM_USERS`).
const TELEGRAM_USERS: usize = 50;

/// The story of share `n` in run `seed`.
fn telegram_story(seed: u64, n: usize) -> String {
    format!(
        "story {n} of run {seed}: we dug settling ponds below the washing site, token k9s{seed}n{n}"
    )
}

/// Whether `m` answers a `/share`: an acknowledgement or "you already sent this".
fn answers_share(m: &SentMessage) -> bool {
    m.visible.contains("Received, reference #") || m.visible.contains("You already sent this text")
}

/// The submission numbers the people of `chats` were told, by acknowledgement or "already
/// received".
fn told(sent: &[SentMessage], chats: &HashSet<i64>) -> HashSet<i64> {
    sent.iter()
        .filter(|m| chats.contains(&m.chat_id) && answers_share(m))
        .filter_map(|m| m.visible.split_once('#'))
        .filter_map(|(_, after)| {
            after
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .collect()
}

/// `miners-guide serve` killed with SIGKILL in the middle of a burst of 1,000 one-message
/// `/share` updates (after a seeded random number of acknowledgements; Telegram hands them out
/// 100 per 500 ms), then restarted on the same database: every acknowledged reference is stored
/// with the text of its own sender, no text is stored twice (an update handled before the kill
/// but not yet confirmed to Telegram is fetched again and answered "already received"), and
/// every update still unconfirmed at the kill is answered after the restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_shares_survive_kill_9_at_scale() {
    kill_9_during_share_burst("telegram_shares_survive_kill_9_at_scale", false).await;
}

/// Like [`telegram_shares_survive_kill_9_at_scale`] with Telegram answering every poll at once,
/// and also: every one of the 1,000 updates is eventually stored and its sender told the
/// reference. The poll loop confirms a batch to Telegram (the next `getUpdates` offset) long
/// before it is answered, so this holds only because every batch is first kept in the
/// database's inbox and replayed at start-up (before the inbox, about 650 of 1,000 were lost).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_every_share_is_answered_after_kill_9() {
    kill_9_during_share_burst("telegram_every_share_is_answered_after_kill_9", true).await;
}

async fn kill_9_during_share_burst(test: &str, every_update: bool) {
    let mut rng = Rng::from_env_or_clock(test);
    let seed = rng.next_u64() % 1_000_000_000;
    let kill_after = usize::try_from(rng.range(50, 600)).unwrap_or(100);
    eprintln!("kill -9 after {kill_after} acknowledgements");
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("server");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bot.sqlite3");
    let index = dir.path().join("index");
    let setup = Setup {
        db: &db,
        index: &index,
        env: &[("TELEGRAM_THROTTLE", "off")],
        wrapper: &[],
    };
    let mut bot = BotProcess::start(&server, &setup);
    // Warm up: the first answer means the index is built and polling runs.
    let warm = TestUser::new(1, "Warm");
    server.private_text(&warm, "/help");
    bot.wait_sent(&server, Duration::from_secs(60), "no warm-up answer", |s| {
        !s.is_empty()
    })
    .await;

    if !every_update {
        // Telegram hands the updates out slowly (each poll answered after 500 ms), so at the
        // kill some are not fetched yet and the last batch fetched is not confirmed yet: the
        // restart fetches that batch again, handled or not.
        server.inject("getUpdates", Fault::Delay(Duration::from_millis(500)), 40);
    }
    let users: Vec<TestUser> = (0..TELEGRAM_USERS)
        .map(|i| TestUser::new(7_000_000 + i as i64, &format!("M{i}")))
        .collect();
    let mut story_of: HashMap<String, i64> = HashMap::new();
    for n in 0..TELEGRAM_BURST {
        let user = &users[n % TELEGRAM_USERS];
        let story = telegram_story(seed, n);
        server.private_text(user, &format!("/share water: {story}"));
        story_of.insert(story, user.id);
    }
    let acks = |s: &[SentMessage]| {
        s.iter()
            .filter(|m| numbers_after(&m.visible, SUBMISSION_ACK).len() == 1)
            .count()
    };
    bot.wait_sent(
        &server,
        Duration::from_secs(60),
        "too few acknowledgements before the kill",
        |s| acks(s) >= kill_after,
    )
    .await;
    bot.kill9();
    let sent_before = server.sent_count();
    // A poll the bot made just before dying is still in the server's delay; once it ends,
    // the updates it confirmed are gone from the queue.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let unconfirmed = server.pending_updates();
    eprintln!(
        "killed after {} acknowledgements; {unconfirmed} updates not confirmed to the server",
        acks(&server.sent())
    );
    assert!(
        acks(&server.sent()) < TELEGRAM_BURST,
        "the kill came after the burst, not during it"
    );

    // Restart on the same database; the server still holds what was not confirmed. The bot
    // answers a new message, so it is polling again.
    let mut bot = BotProcess::start(&server, &setup);
    server.private_text(&warm, "/help");
    bot.wait_sent(
        &server,
        Duration::from_secs(60),
        "no answer after the restart",
        |s| {
            s[sent_before.min(s.len())..]
                .iter()
                .any(|m| m.chat_id == warm.id)
        },
    )
    .await;
    let share_chats: HashSet<i64> = users.iter().map(|u| u.id).collect();
    let answered_after = |s: &[SentMessage]| {
        s[sent_before.min(s.len())..]
            .iter()
            .filter(|m| share_chats.contains(&m.chat_id) && answers_share(m))
            .count()
    };
    let answered_all = |s: &[SentMessage]| {
        s.iter()
            .filter(|m| share_chats.contains(&m.chat_id) && answers_share(m))
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let sent = server.sent();
        let done = if every_update {
            // Distinct references: an update answered before the kill and again after it
            // ("already received") must not count twice.
            told(&sent, &share_chats).len() >= TELEGRAM_BURST
        } else {
            answered_after(&sent) >= unconfirmed
        };
        if done || Instant::now() > deadline {
            break;
        }
        bot.assert_running();
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");

    let sent = server.sent();
    let conn = rusqlite::Connection::open(&db).expect("open the database");
    let mut rows: HashMap<i64, (String, String)> = HashMap::new();
    let mut count_by_body: HashMap<String, usize> = HashMap::new();
    let mut stmt = conn
        .prepare("SELECT id, user_id, body FROM submissions")
        .expect("prepare");
    let found = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?)))
        .expect("query");
    for row in found {
        let (id, user, body): (i64, String, String) = row.expect("row");
        *count_by_body.entry(body.clone()).or_default() += 1;
        rows.insert(id, (user, body));
    }
    // Every acknowledgement names a stored submission of the person it was sent to.
    let mut acked = 0;
    for m in sent.iter().filter(|m| share_chats.contains(&m.chat_id)) {
        for id in numbers_after(&m.visible, SUBMISSION_ACK) {
            acked += 1;
            let (user, body) = rows.get(&id).unwrap_or_else(|| {
                panic!(
                    "acknowledged #{id} (to {}) is not in the database",
                    m.chat_id
                )
            });
            assert_eq!(
                user,
                &m.chat_id.to_string(),
                "#{id} stored for another person"
            );
            let author = story_of
                .get(body)
                .unwrap_or_else(|| panic!("#{id} has a text nobody sent: {body:?}"));
            assert_eq!(*author, m.chat_id, "#{id} acknowledged to the wrong person");
        }
    }
    let twice: Vec<_> = count_by_body.iter().filter(|(_, c)| **c > 1).collect();
    assert!(twice.is_empty(), "stored more than once: {twice:?}");
    let again = sent
        .iter()
        .filter(|m| m.visible.contains("You already sent this text"))
        .count();
    eprintln!(
        "{acked} acknowledgements, {again} \"already received\" (re-handled after the restart), \
         {} rows",
        rows.len()
    );
    assert!(
        answered_after(&sent) >= unconfirmed,
        "only {} of the {unconfirmed} updates unconfirmed at the kill were answered after the \
         restart\nlog:\n{log}",
        answered_after(&sent)
    );
    // Every row is a story somebody sent. A row may lack its answer only when the kill came
    // between its commit and its reply: at most one per chat (a chat's updates are handled in
    // order).
    assert!(rows.values().all(|(_, body)| story_of.contains_key(body)));
    assert!(
        rows.len() <= answered_all(&sent) + TELEGRAM_USERS,
        "{} rows but only {} answers: stored without an answer beyond the in-flight ones",
        rows.len(),
        answered_all(&sent)
    );
    if every_update {
        // Each story is stored and its sender was told its reference at least once (an update
        // handled before the kill and fetched again is answered twice: ack, then "already").
        let told = told(&sent, &share_chats);
        let untold: Vec<&String> = rows
            .iter()
            .filter(|(id, _)| !told.contains(*id))
            .map(|(_, (_, body))| body)
            .collect();
        let missing = story_of
            .keys()
            .filter(|story| !count_by_body.contains_key(*story))
            .count();
        assert!(
            untold.is_empty() && missing == 0,
            "{missing} stories never stored; {} stored but never answered, e.g. {:?}",
            untold.len(),
            untold.first()
        );
    }
}

//! Durability through the real binary: the terminal chat is fed a fast burst of `/share` lines
//! and killed with SIGKILL at a random moment; after a restart every acknowledged reference is
//! in the database with its text, none twice, and the bot keeps working.

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
        .env("LANG", "C.UTF-8")
        .env("RUST_LOG", "warn")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MODERATORS")
        .env_remove("MODERATOR_CHAT")
        .env_remove("MINERS_GUIDE_CONFIG");
    cmd
}

fn story(run: u128, n: usize) -> String {
    format!(
        "Story {n} of run {run}: we dug settling ponds below the washing site, token durab{run}x{n}"
    )
}

/// The reference numbers in acknowledgements, in order.
fn references(line: &str) -> Vec<i64> {
    line.match_indices("Received, reference #")
        .filter_map(|(at, m)| {
            line[at + m.len()..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .collect()
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
    let run = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(7);
    // Kill after 15 to 134 acknowledgements (the burst has 400 lines).
    let kill_after = 15 + usize::try_from(run % 120).unwrap_or(0);

    let mut child = spawn_chat(dir.path());
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for n in 0..BURST {
            if writeln!(stdin, "/share {}", story(run, n)).is_err() {
                break; // the child was killed
            }
        }
    });
    let stdout = child.stdout.take().expect("stdout");
    let mut acked: Vec<i64> = Vec::new();
    let mut killed = false;
    for line in BufReader::new(stdout).lines() {
        let Ok(line) = line else { break };
        acked.extend(references(&line));
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

    // Restart: read everything back through the binary.
    let mut cmd = bin(dir.path());
    cmd.args(["submissions", "list", "--json", "--limit", "100000"]);
    let out = cmd.output().expect("list");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stored: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON list");
    let stored = stored.as_array().expect("array");
    let text_of = |id: i64| {
        stored
            .iter()
            .find(|s| s["id"].as_i64() == Some(id))
            .and_then(|s| s["text"].as_str())
            .map(str::to_string)
    };
    // The k-th acknowledgement answered the k-th line.
    for (k, id) in acked.iter().enumerate() {
        assert_eq!(
            text_of(*id).as_deref(),
            Some(story(run, k).as_str()),
            "acknowledged #{id} (line {k}) is missing or has another text"
        );
    }
    let mut texts: Vec<&str> = stored.iter().filter_map(|s| s["text"].as_str()).collect();
    let all = texts.len();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), all, "a text was stored twice");
    assert!(
        all <= acked.len() + 1,
        "at most the one submission in flight at the kill may be stored unacknowledged"
    );

    // The bot keeps working on the same database.
    let mut child = spawn_chat(dir.path());
    {
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "/share {}", story(run, BURST + 1)).expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout);
    let next = references(&text);
    let max_acked = acked.iter().max().copied().unwrap_or(0);
    assert!(
        next.len() == 1 && next[0] > max_acked,
        "after the restart: {text}"
    );
}

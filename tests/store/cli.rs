//! The real `miners-guide` binary: piped terminal chat, `search --json`, `index`, `--help`,
//! and helpful errors. Each test uses its own temporary index folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The binary with a fresh index folder, no platform tokens and English.
fn bin(index: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_miners-guide"));
    cmd.arg("--data-dir")
        .arg(data_dir())
        .arg("--index-dir")
        .arg(index)
        .env("LANG", "C.UTF-8")
        .env("RUST_LOG", "warn")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MATRIX_USER")
        .env_remove("MATRIX_PASSWORD")
        .env_remove("MATRIX_ACCESS_TOKEN")
        .env_remove("MINERS_GUIDE_CONFIG");
    cmd
}

fn run_with_input(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start miners-guide");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `printf '/find consulting\n/more\n' | miners-guide chat` prints results, then the next page.
#[test]
fn piped_chat_answers_each_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bin(&dir.path().join("index"));
    cmd.arg("chat");
    let out = run_with_input(cmd, "/find consulting\n/more\n/org mintek\n");
    let text = stdout(&out);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Results for “consulting” (1–5"), "{text}");
    assert!(text.contains("/org mintek"), "{text}");
    assert!(text.contains("[More: /more]"), "{text}");
    assert!(text.contains("(6–"), "{text}");
    assert!(text.contains("Category: Consulting"), "{text}");
    assert!(!text.contains("> "), "no prompt when piped: {text}");
}

/// With no command and no platform configured, the binary opens the terminal chat.
#[test]
fn no_command_opens_chat() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_with_input(bin(&dir.path().join("index")), "/topics\n");
    let text = stdout(&out);
    assert!(out.status.success());
    assert!(text.contains("/guide sediment"), "{text}");
}

/// `search --json` prints an array of hits with id, kind, lang, title, snippet and score.
#[test]
fn search_json_has_the_fields() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin(&dir.path().join("index"))
        .args(["search", "--json", "--limit", "3", "consulting"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let hits = hits.as_array().expect("an array");
    assert!(!hits.is_empty() && hits.len() <= 3);
    for hit in hits {
        for field in ["id", "kind", "lang", "title", "snippet", "score"] {
            assert!(hit.get(field).is_some(), "{field} missing in {hit}");
        }
        assert!(hit["score"].is_number());
    }
    assert!(
        hits.iter()
            .any(|h| h["id"] == "mintek" || h["kind"] == "org")
    );
    let out = bin(&dir.path().join("index"))
        .args(["search", "--lang", "fr", "--json", "eau"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(hits.as_array().is_some());
}

/// Plain `search` prints numbered hits with the command that opens each.
#[test]
fn search_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin(&dir.path().join("index"))
        .args(["search", "sediment", "pond"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success());
    assert!(
        text.contains("1. ") && text.contains("/guide sediment"),
        "{text}"
    );
}

/// `index` rebuilds, printing progress and a summary of what it indexed.
#[test]
fn index_prints_progress_and_summary() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let out = bin(&index).arg("index").output().unwrap();
    let text = stdout(&out);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.lines().count() >= 2, "{text}");
    assert!(
        text.contains("Indexed ") && text.contains("organisations"),
        "{text}"
    );
    assert!(index.is_dir());
    // One line per language other than English says how far its translation goes; the
    // bot's own Malagasy messages are a draft, its French ones are not.
    let line = |prefix: &str| {
        let found = text.lines().find(|l| l.starts_with(prefix));
        found.unwrap_or_else(|| panic!("no {prefix:?} line in {text}"))
    };
    let mg = line("mg (Malagasy): ");
    assert!(mg.contains("entries translated"), "{mg}");
    assert!(mg.contains("the bot's messages are a draft"), "{mg}");
    let fr = line("fr (Français): ");
    assert!(
        !fr.contains("a draft") && !fr.contains("messages missing"),
        "{fr}"
    );
    assert!(!text.contains("en (English)"), "{text}");
}

/// `--help` works on the binary and on every subcommand.
#[test]
fn help_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["--help"],
        vec!["chat", "--help"],
        vec!["search", "--help"],
        vec!["index", "--help"],
        vec!["serve", "--help"],
    ] {
        let out = bin(&dir.path().join("index")).args(&args).output().unwrap();
        let text = stdout(&out);
        assert!(out.status.success(), "{args:?}");
        assert!(text.contains("Usage: miners-guide"), "{args:?}: {text}");
    }
    let out = bin(&dir.path().join("index"))
        .arg("--help")
        .output()
        .unwrap();
    let text = stdout(&out);
    for word in [
        "chat",
        "search",
        "index",
        "serve",
        "--data-dir",
        "TELEGRAM_BOT_TOKEN",
    ] {
        assert!(text.contains(word), "{word}: {text}");
    }
}

/// A missing data folder gives advice and a non-zero exit; so does serve without a platform.
#[test]
fn helpful_errors_and_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_miners-guide"))
        .args(["--data-dir", "/nonexistent/data", "--index-dir"])
        .arg(dir.path().join("index"))
        .args(["search", "water"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("/nonexistent/data") && err.contains("--data-dir"),
        "{err}"
    );
    let out = bin(&dir.path().join("index"))
        .arg("serve")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("telegram: not configured") && err.contains("miners-guide chat"),
        "{err}"
    );
    let out = bin(&dir.path().join("index"))
        .args(["search", "--lang", "xx", "water"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("en, fr, es, pt, sw"));
}

/// The Telegram token never appears in what `serve` prints (bounded: the process is stopped
/// after a few seconds if an adapter keeps it running).
#[test]
fn serve_never_prints_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = bin(&dir.path().join("index"))
        .env("TELEGRAM_BOT_TOKEN", "123456:SECRETtokenVALUE")
        .env("TELEGRAM_API_URL", "http://127.0.0.1:9")
        .env("RUST_LOG", "debug")
        .arg("serve")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(8);
    while child.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    if child.try_wait().unwrap().is_none() {
        child.kill().unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("telegram: configured"), "{all}");
    assert!(!all.contains("SECRETtokenVALUE"), "{all}");
}

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
    // bot's own messages in every translation are a draft (no native speaker has checked one),
    // and none lacks a message.
    let line = |prefix: &str| {
        let found = text.lines().find(|l| l.starts_with(prefix));
        found.unwrap_or_else(|| panic!("no {prefix:?} line in {text}"))
    };
    let mg = line("mg (Malagasy): ");
    assert!(mg.contains("entries translated"), "{mg}");
    assert!(mg.contains("the bot's messages are a draft"), "{mg}");
    let fr = line("fr (Français): ");
    assert!(
        fr.contains("the bot's messages are a draft") && !fr.contains("messages missing"),
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
        vec!["questions", "--help"],
        vec!["questions", "answer", "--help"],
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
        "questions",
        "--data-dir",
        "TELEGRAM_BOT_TOKEN",
        "EXPERTS",
        "EXPERT_CHAT",
        "EXPERT_ATTRIBUTION",
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

/// The whole questions loop on a fresh clone: in the terminal chat the operator asks, sees the
/// announcement, lists, answers, is told, taps "this helped"; `questions list|show|answer`
/// read and answer the same database (with `--json`), and the next chat delivers the answer
/// given on the command line.
#[test]
fn questions_in_the_terminal_and_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let db = dir.path().join("q.sqlite3");
    let run = |args: &[&str], input: &str| {
        let mut cmd = bin(&index);
        cmd.arg("--db").arg(&db).args(args);
        let out = run_with_input(cmd, input);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout(&out)
    };
    let chat = run(
        &["chat"],
        "/ask How deep can a settling pond be?\n/questions\n\
         /answer Q-1 Two metres, with a spillway.\n/helped Q-1\n/help\n",
    );
    for want in [
        "reference Q-1",
        "Question Q-1",
        "1 open question",
        "Answer to your question Q-1",
        "Two metres, with a spillway.",
        "Answered by one of our experts",
        "Thank you for telling us.",
        "/answer <reference and answer>",
    ] {
        assert!(chat.contains(want), "{want}: {chat}");
    }

    let listed: serde_json::Value =
        serde_json::from_str(&run(&["questions", "list", "--json"], "")).expect("JSON");
    let first = &listed[0];
    assert_eq!(first["id"], 1);
    assert_eq!(first["status"], "answered");
    assert_eq!(first["feedback"], "helped");
    assert_eq!(first["asker"]["user_id"], "operator");

    run(&["chat"], "/ask Where can I sell rough spinel?\n");
    let open = run(&["questions", "list", "--status", "open"], "");
    assert!(open.contains("Q-2") && !open.contains("Q-1 "), "{open}");
    let answered = run(
        &[
            "questions",
            "answer",
            "Q-2",
            "At",
            "the",
            "Mahenge",
            "market.",
        ],
        "",
    );
    assert!(answered.contains("Q-2 answered"), "{answered}");
    let shown = run(&["questions", "show", "Q-2"], "");
    assert!(
        shown.contains("At the Mahenge market.") && shown.contains("waiting for a running bot"),
        "{shown}"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&run(&["questions", "show", "2", "--json"], "")).expect("JSON");
    assert_eq!(shown["thread"].as_array().map(Vec::len), Some(2));
    assert_eq!(shown["audit"][1]["action"], "answer");
    assert_eq!(shown["audit"][1]["actor"]["platform"], "cli");

    let later = run(&["chat"], "/help\n");
    assert!(
        later.contains("Answer to your question Q-2") && later.contains("Mahenge"),
        "{later}"
    );
    let missing = bin(&index)
        .arg("--db")
        .arg(&db)
        .args(["questions", "answer", "Q-9", "hello"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("Q-9"));
}

/// `GET path` on 127.0.0.1:`port`, the body (`None` while nothing listens).
fn http_get(port: u16, path: &str) -> Option<String> {
    use std::io::Read;
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    conn.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .ok()?;
    write!(conn, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").ok()?;
    let mut answer = String::new();
    conn.read_to_string(&mut answer).ok()?;
    let (head, body) = answer.split_once("\r\n\r\n")?;
    head.starts_with("HTTP/1.0 200").then(|| body.to_string())
}

/// The value of one series in a Prometheus text exposition (0 when absent).
fn series(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
        .unwrap_or(0.0)
}

/// The terminal chat with `METRICS_LISTEN` serves `/metrics`: after a known number of
/// searches, the counts by language and outcome, the replies by platform and the latency
/// histogram agree with them, no label holds a query's words; then `report --json` and
/// `report --csv` list the searches that found nothing, grouped, with formula-like words made
/// safe for spreadsheets.
#[test]
fn chat_serves_metrics_and_report_counts_searches() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let mut cmd = bin(&index);
    cmd.args(["chat", "--lang", "en"])
        .env("METRICS_LISTEN", format!("127.0.0.1:{port}"));
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start miners-guide chat");
    let mut stdin = child.stdin.take().expect("stdin");
    let lines = [
        "/find consulting",
        "/find water",
        "/find visa",
        "/find xyzzyqqq plover",
        "XYZZYQQQ  Plover",
        "/find =HYPERLINK qqqzzx",
        "/topics",
    ];
    for line in lines {
        writeln!(stdin, "{line}").expect("write a line");
    }
    stdin.flush().expect("flush");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let text = loop {
        let text = http_get(port, "/metrics").unwrap_or_default();
        if series(&text, "miners_guide_replies_total{platform=\"console\"}") >= lines.len() as f64 {
            break text;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no metrics for {} replies: {text}",
            lines.len()
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    let found = series(
        &text,
        "miners_guide_searches_total{lang=\"en\",outcome=\"found\"}",
    );
    let empty = series(
        &text,
        "miners_guide_searches_total{lang=\"en\",outcome=\"empty\"}",
    );
    let weak = series(
        &text,
        "miners_guide_searches_total{lang=\"en\",outcome=\"weak\"}",
    );
    assert_eq!((found, weak, empty), (2.0, 1.0, 3.0), "{text}");
    assert_eq!(
        series(
            &text,
            "miners_guide_reply_seconds_count{platform=\"console\"}"
        ),
        lines.len() as f64,
        "{text}"
    );
    assert!(text.contains("miners_guide_questions_open 0"), "{text}");
    assert!(
        text.contains("miners_guide_contributions{status=\"pending\"} 0"),
        "{text}"
    );
    for private in ["xyzzyqqq", "consulting", "HYPERLINK", "operator"] {
        assert!(!text.contains(private), "{private} in the metrics: {text}");
    }
    let health = http_get(port, "/health").expect("/health beside /metrics");
    assert!(health.contains("\"console\""), "{health}");
    drop(stdin);
    assert!(child.wait().expect("wait").success());

    let mut cmd = bin(&index);
    cmd.args(["report", "--days", "2", "--json"]);
    let out = cmd.output().expect("report --json");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["searches"], 6, "{json}");
    assert_eq!(json["weak"], 1, "{json}");
    assert_eq!(json["empty"], 3, "{json}");
    assert_eq!(json["misses"][0]["query"], "XYZZYQQQ Plover", "{json}");
    assert_eq!(json["misses"][0]["searches"], 2, "{json}");
    assert_eq!(json["by_platform"][0]["name"], "console", "{json}");
    assert_eq!(
        json["questions"]["open_by_age"][0]["open"], 0,
        "no question asked: {json}"
    );
    assert!(
        json["questions"]["helpful"].is_null(),
        "no answer rated: {json}"
    );

    let mut cmd = bin(&index);
    cmd.args(["report", "--csv"]);
    let out = cmd.output().expect("report --csv");
    let csv = stdout(&out);
    assert!(
        csv.starts_with("section,name,searches,weak,empty\r\n"),
        "{csv}"
    );
    assert!(csv.contains("\r\ntotal,,6,1,3\r\n"), "{csv}");
    assert!(
        csv.contains("\r\nmiss,'=HYPERLINK qqqzzx,1,0,1\r\n"),
        "{csv}"
    );
    assert!(csv.contains("\r\nlanguage,en,6,1,3\r\n"), "{csv}");

    let mut cmd = bin(&index);
    cmd.arg("report");
    let plain = stdout(&cmd.output().expect("report"));
    assert!(plain.contains("Searches in the last 30 days"), "{plain}");
    assert!(plain.contains("By platform: console 6"), "{plain}");
}

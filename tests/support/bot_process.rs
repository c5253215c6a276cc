//! The real `miners-guide` binary as a child process of a test, pointed at a test Bot API
//! server on 127.0.0.1: started with a database and index folder the test chooses (so a
//! restart reuses them) and the command line it needs, its stderr collected, waited on until
//! it sent what the test expects, stopped with SIGKILL or SIGTERM (checking that the token
//! never reached its log), its peak memory read from `/proc`. Shared by tests/process/durability.rs,
//! tests/process/faults.rs, tests/process/serve.rs, tests/outage.rs and tests/matrix/serve_matrix.rs.

#![allow(dead_code)] // each test file uses a part

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use telegram_testkit::{SentMessage, TelegramServer};

/// Collects a child's piped stderr in the background until it closes (its log, for checks).
pub fn collect_stderr(child: &mut Child) -> (Arc<Mutex<Vec<u8>>>, std::thread::JoinHandle<()>) {
    let stderr = Arc::new(Mutex::new(Vec::new()));
    let mut pipe = child.stderr.take().expect("stderr is piped");
    let sink = stderr.clone();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend_from_slice(&buf[..n]);
        }
    });
    (stderr, reader)
}

/// The curated data folder of the repository.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A running `miners-guide serve`; killed when dropped.
pub struct BotProcess {
    child: Option<Child>,
    stderr: Arc<Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
    token_secret: String,
}

/// Where the binary keeps its state, and what else it is given.
pub struct Setup<'a> {
    /// The SQLite database file.
    pub db: &'a Path,
    /// The search index folder (built on the first start, reused after).
    pub index: &'a Path,
    /// Extra environment variables.
    pub env: &'a [(&'a str, &'a str)],
    /// A command (and its arguments) the binary is run through, e.g. `unshare`; empty for none.
    pub wrapper: &'a [String],
}

impl BotProcess {
    /// Starts `miners-guide serve` against `server` with `setup`, with no limit on submissions
    /// worth speaking of.
    pub fn start(server: &TelegramServer, setup: &Setup<'_>) -> BotProcess {
        BotProcess::start_with_args(
            server,
            setup,
            &["--max-submissions-per-hour", "100000", "serve"],
        )
    }

    /// Starts `miners-guide` against `server` with `setup`, with `args` (the subcommand and
    /// any options) after the folder options.
    pub fn start_with_args(
        server: &TelegramServer,
        setup: &Setup<'_>,
        args: &[&str],
    ) -> BotProcess {
        let bin = env!("CARGO_BIN_EXE_miners-guide");
        let mut cmd = match setup.wrapper.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(bin);
                c
            }
            None => Command::new(bin),
        };
        cmd.arg("--data-dir")
            .arg(data_dir())
            .arg("--index-dir")
            .arg(setup.index)
            .arg("--db")
            .arg(setup.db)
            .args(args)
            .env("TELEGRAM_BOT_TOKEN", server.token())
            .env("TELEGRAM_API_URL", server.url().as_str())
            .env("RUST_LOG", "warn")
            .env("LANG", "C.UTF-8")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("TELEGRAM_WEBHOOK_URL")
            .env_remove("TELEGRAM_THROTTLE")
            .env_remove("MATRIX_HOMESERVER")
            .env_remove("MATRIX_USER")
            .env_remove("MATRIX_PASSWORD")
            .env_remove("MATRIX_ACCESS_TOKEN")
            .env_remove("MODERATORS")
            .env_remove("MODERATOR_CHAT")
            .env_remove("MINERS_GUIDE_CONFIG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in setup.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start miners-guide serve");
        let (stderr, reader) = collect_stderr(&mut child);
        let token = server.token();
        let token_secret = token.split_once(':').map_or(token, |(_, s)| s).to_string();
        BotProcess {
            child: Some(child),
            stderr,
            reader: Some(reader),
            token_secret,
        }
    }

    /// The process id (of the binary itself: wrappers must `exec` it).
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// What the binary has written to stderr so far.
    pub fn log(&self) -> String {
        let log = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
        String::from_utf8_lossy(&log).into_owned()
    }

    /// How the process ended, if it has.
    fn exited(&mut self) -> Option<ExitStatus> {
        self.child
            .as_mut()
            .and_then(|c| c.try_wait().ok().flatten())
    }

    /// Panics (with the log) if the process has exited.
    pub fn assert_running(&mut self) {
        let exited = self.exited();
        assert!(
            exited.is_none(),
            "serve exited ({exited:?})\nlog:\n{}",
            self.log()
        );
    }

    /// Waits (bounded) until `probe` finds something; returns it. Panics with `why()` and the
    /// log when the time is up or the bot exited.
    pub async fn wait_for<T>(
        &mut self,
        timeout: Duration,
        why: impl Fn() -> String,
        mut probe: impl FnMut() -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(found) = probe() {
                return found;
            }
            let exited = self.exited();
            assert!(
                exited.is_none() && Instant::now() < deadline,
                "{} (exited: {exited:?})\nlog:\n{}",
                why(),
                self.log()
            );
            // Short: the kill tests act on a precise number of replies.
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }

    /// Waits (bounded) until `pred` holds on what the bot sent; returns it. Panics with `why`
    /// and the log when the time is up or the bot exited.
    pub async fn wait_sent(
        &mut self,
        server: &TelegramServer,
        timeout: Duration,
        why: &str,
        pred: impl Fn(&[SentMessage]) -> bool,
    ) -> Vec<SentMessage> {
        self.wait_for(
            timeout,
            || format!("{why} ({} sent)", server.sent().len()),
            || Some(server.sent()).filter(|sent| pred(sent)),
        )
        .await
    }

    /// Waits (bounded) until `chat` received at least `n` messages; returns them. Panics with
    /// what it got and the log when the time is up or the bot exited.
    pub async fn wait_sent_to(
        &mut self,
        server: &TelegramServer,
        chat: i64,
        n: usize,
        timeout: Duration,
    ) -> Vec<SentMessage> {
        self.wait_for(
            timeout,
            || {
                format!(
                    "waiting for {n} messages to {chat}; got {:#?}",
                    server.sent_to(chat)
                )
            },
            || Some(server.sent_to(chat)).filter(|sent| sent.len() >= n),
        )
        .await
    }

    /// Waits (bounded) until the bot has edited message `message_id` in `chat`; returns the
    /// latest edit.
    pub async fn wait_edited(
        &mut self,
        server: &TelegramServer,
        chat: i64,
        message_id: i64,
        timeout: Duration,
    ) -> SentMessage {
        self.wait_for(
            timeout,
            || format!("message {message_id} in {chat} not edited"),
            || {
                server
                    .sent_to(chat)
                    .into_iter()
                    .rfind(|m| m.method == "editMessageText" && m.message_id == message_id)
            },
        )
        .await
    }

    /// The peak resident memory (`VmHWM`) in KiB, from `/proc/<pid>/status`.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// Kills the process with SIGKILL (no chance to clean up) and reaps it.
    pub fn kill9(mut self) -> String {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        self.finish_log()
    }

    /// Sends SIGTERM, waits (bounded) for the exit and returns the status and the log; checks
    /// that the token never appeared in the log.
    pub async fn terminate(mut self) -> (ExitStatus, String) {
        let sent = Command::new("kill")
            .arg("-TERM")
            .arg(self.pid().to_string())
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -TERM failed");
        let status = self
            .reap(
                Duration::from_secs(45),
                "serve did not stop within 45 s of SIGTERM",
            )
            .await;
        (status, self.finish_log())
    }

    /// Waits (bounded) for the process to exit on its own and returns the status and the log;
    /// checks that the token never appeared in the log.
    pub async fn wait_exit(mut self, timeout: Duration) -> (ExitStatus, String) {
        let status = self.reap(timeout, "serve kept running").await;
        (status, self.finish_log())
    }

    /// Waits (bounded) for the exit and reaps the process; panics with `why` and the log (and
    /// the process is killed when dropped) when the time is up.
    async fn reap(&mut self, timeout: Duration, why: &str) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        loop {
            let child = self.child.as_mut().expect("running");
            if let Some(status) = child.try_wait().expect("try_wait") {
                self.child = None;
                return status;
            }
            assert!(Instant::now() < deadline, "{why}\n{}", self.log());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn finish_log(&mut self) -> String {
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        let log = self.log();
        assert!(
            !log.contains(&self.token_secret),
            "the token is in the log:\n{log}"
        );
        log
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A small seeded generator (xorshift64*), so a random choice can be printed and replayed.
pub struct Rng(u64);

impl Rng {
    /// A generator from `MINERS_GUIDE_TEST_SEED` if set, else from the clock; prints the seed.
    pub fn from_env_or_clock(test: &str) -> Rng {
        let seed = std::env::var("MINERS_GUIDE_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(7, |d| d.as_nanos() as u64)
            });
        eprintln!("{test}: seed {seed} (replay with MINERS_GUIDE_TEST_SEED={seed})");
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `lo..hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo).max(1)
    }
}

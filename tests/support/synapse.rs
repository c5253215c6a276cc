//! A real Synapse homeserver for the Matrix tests, started once per test binary with
//! `.ci/synapse` on a free 127.0.0.1 port in a temporary folder, and stopped (and the folder
//! deleted) by the script's watcher as soon as the test process exits. Users are registered
//! with the shared secret (`register_new_matrix_user`), each test with unique names.
//!
//! An outage test can stop the homeserver and start it again in the same folder on the same
//! port ([`Homeserver::stop`], [`Homeserver::start_again`]); the watcher still stops it at exit.
//!
//! When Synapse is not installed (`.ci/synapse install` was never run) the tests are skipped
//! with a loud message, except in CI (`CI=true`), where that is a failure.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// A running Synapse.
#[derive(Debug)]
pub struct Homeserver {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The data folder (config, SQLite database, log).
    pub dir: PathBuf,
}

/// A registered account.
#[derive(Debug, Clone)]
pub struct Account {
    /// The localpart (`guide-1234-1`).
    pub localpart: String,
    /// The full id (`@guide-1234-1:localhost`).
    pub user_id: String,
    /// The password.
    pub password: String,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/synapse")
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// The shared homeserver, started on first use; `None` (after a loud message) when Synapse is
/// not installed and this is not CI. Panics when it cannot be started, or is missing in CI.
pub fn homeserver() -> Option<&'static Homeserver> {
    static SERVER: OnceLock<Option<Homeserver>> = OnceLock::new();
    SERVER.get_or_init(start).as_ref()
}

fn start() -> Option<Homeserver> {
    let installed = Command::new(script())
        .arg("installed")
        .status()
        .is_ok_and(|s| s.success());
    if !installed {
        if in_ci() {
            panic!("Synapse is not installed but CI=true: `.ci/synapse install` must run first");
        }
        // Written to the real stderr: the test harness does not capture it, so the skip is
        // seen even when the tests "pass".
        let _ = writeln!(
            std::io::stderr(),
            "\n\n==================== SKIPPED: MATRIX TESTS ====================\n\
             Synapse is not installed. Run `.ci/synapse install` (about a minute) and\n\
             run these tests again: they start their own Synapse on 127.0.0.1.\n\
             ================================================================\n"
        );
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1");
    let dir = tempfile::Builder::new()
        .prefix("miners-guide-synapse-")
        .tempdir()
        .expect("temporary folder")
        .keep();
    let output = Command::new(script())
        .arg("start")
        .arg(&dir)
        .env("SYNAPSE_PORT", port.to_string())
        .env("SYNAPSE_WATCH_PID", std::process::id().to_string())
        .env("SYNAPSE_WATCH_CLEANUP", "1")
        .output()
        .expect("run .ci/synapse start");
    if !output.status.success() {
        panic!(
            "Synapse did not start:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let url = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "unexpected URL {url:?}"
    );
    Some(Homeserver { url, dir })
}

impl Homeserver {
    /// Stops this Synapse (its folder and port are kept for [`Homeserver::start_again`]).
    #[allow(dead_code)] // only tests/outage.rs stops and restarts it
    pub async fn stop(&self) {
        let output = tokio::process::Command::new(script())
            .arg("stop")
            .arg(&self.dir)
            .output()
            .await
            .expect("run .ci/synapse stop");
        assert!(
            output.status.success(),
            "stopping Synapse failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Starts this Synapse again, same folder (accounts, rooms) and port; returns once its
    /// `/health` answers (the script waits at most `SYNAPSE_START_TIMEOUT`, 60 s).
    #[allow(dead_code)] // only tests/outage.rs stops and restarts it
    pub async fn start_again(&self) {
        let port = self
            .url
            .rsplit_once(':')
            .map(|(_, p)| p.to_owned())
            .expect("the URL has a port");
        let output = tokio::process::Command::new(script())
            .arg("start")
            .arg(&self.dir)
            .env("SYNAPSE_PORT", port)
            .env_remove("SYNAPSE_WATCH_PID")
            .output()
            .await
            .expect("run .ci/synapse start");
        assert!(
            output.status.success(),
            "Synapse did not start again:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Registers a new account whose localpart starts with `prefix` (unique per call).
    pub async fn register(&self, prefix: &str) -> Account {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let localpart = format!("{prefix}-{}-{n}", std::process::id());
        let password = format!("pw-{localpart}");
        let output = tokio::process::Command::new(script())
            .arg("register")
            .arg(&self.dir)
            .arg(&localpart)
            .arg(&password)
            .output()
            .await
            .expect("run .ci/synapse register");
        assert!(
            output.status.success(),
            "registering {localpart} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        Account {
            user_id: format!("@{localpart}:localhost"),
            localpart,
            password,
        }
    }
}

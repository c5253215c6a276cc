//! `miners-guide serve` with Telegram AND Matrix configured in one process: notices cross
//! between platforms. A Telegram miner's `/share` is announced in a Matrix moderators' room;
//! a Matrix moderator's `!approve` is told to the miner on Telegram; `/find` on Telegram then
//! finds the story. A wrong Matrix password ends Matrix alone: Telegram goes on answering.
//!
//! Needs a real Synapse (`.ci/synapse install`, see `tests/support/synapse.rs`); without one
//! `cargo test` reports the tests ignored (see build.rs), except in CI.
#![cfg(feature = "matrix")]

use crate::bot_process;
use crate::synapse;
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedUserId, UserId};
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use telegram_testkit::{SentMessage, ServerOptions, TelegramServer, TestUser};
use tokio::sync::mpsc;

const WAIT: Duration = Duration::from_secs(60);

/// The binary, killed if the test ends early; its stderr collected.
struct Process {
    child: Child,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Process {
    fn log(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn wait_sent_to(
    server: &TelegramServer,
    p: &Process,
    chat: i64,
    n: usize,
) -> Vec<SentMessage> {
    let deadline = Instant::now() + WAIT;
    loop {
        let sent = server.sent_to(chat);
        if sent.len() >= n {
            return sent;
        }
        assert!(
            Instant::now() < deadline,
            "waiting for {n} messages to {chat}; got {sent:#?}\nlog:\n{}",
            p.log()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A Telegram share is announced in a Matrix moderators' room; the Matrix moderator's
/// `!approve` reaches the Telegram contributor; the story is then found on Telegram; SIGTERM
/// stops both platforms cleanly.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_routes_notices_between_telegram_and_matrix() {
    let Some(hs) = tokio::task::block_in_place(synapse::homeserver) else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED serve_routes_notices_between_telegram_and_matrix: no Synapse"
        );
        return;
    };
    let bot_account = hs.register("servebot").await;
    let mod_account = hs.register("servemod").await;
    let bot_id: OwnedUserId = UserId::parse(&bot_account.user_id).expect("bot id");

    // The moderator: a real client that creates the room and reads what the bot sends.
    let moderator = Client::builder()
        .homeserver_url(&hs.url)
        .build()
        .await
        .expect("moderator client");
    moderator
        .matrix_auth()
        .login_username(&mod_account.localpart, &mod_account.password)
        .send()
        .await
        .expect("moderator logs in");
    moderator
        .sync_once(SyncSettings::default())
        .await
        .expect("first sync");
    let (seen_tx, mut seen) = mpsc::unbounded_channel::<(OwnedUserId, String)>();
    moderator.add_event_handler(move |ev: OriginalSyncRoomMessageEvent| {
        let tx = seen_tx.clone();
        async move {
            let body = match &ev.content.msgtype {
                MessageType::Text(t) => t.body.clone(),
                MessageType::Notice(n) => n.body.clone(),
                _ => return,
            };
            let _ = tx.send((ev.sender.clone(), body));
        }
    });
    let mut request = CreateRoom::new();
    request.invite = vec![bot_id.clone()];
    request.preset = Some(RoomPreset::PrivateChat);
    let room = moderator.create_room(request).await.expect("create room");
    let syncing = moderator.clone();
    let sync = tokio::spawn(async move {
        let _ = syncing
            .sync(SyncSettings::default().timeout(Duration::from_secs(5)))
            .await;
    });

    // The binary, with both platforms and the Matrix room as the moderators' chat.
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("telegram server");
    let dir = tempfile::tempdir().expect("tempdir");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_miners-guide"))
        .arg("--data-dir")
        .arg(&data)
        .arg("--index-dir")
        .arg(dir.path().join("index"))
        .arg("--db")
        .arg(dir.path().join("bot.db"))
        .arg("serve")
        .env("TELEGRAM_BOT_TOKEN", server.token())
        .env("TELEGRAM_API_URL", server.url().as_str())
        .env("MATRIX_HOMESERVER", &hs.url)
        .env("MATRIX_USER", &bot_account.localpart)
        .env("MATRIX_PASSWORD", &bot_account.password)
        .env("MATRIX_STORE_DIR", dir.path().join("matrix-store"))
        .env("MODERATORS", format!("matrix:{}", mod_account.user_id))
        .env("MODERATOR_CHAT", format!("matrix:{}", room.room_id()))
        // The whole run at debug level: its log is checked for secrets at the end.
        .env("RUST_LOG", "debug")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("MATRIX_ACCESS_TOKEN")
        .env_remove("MINERS_GUIDE_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start serve");
    let (stderr, _reader) = bot_process::collect_stderr(&mut child);
    let process = Process { child, stderr };

    // The bot accepts the invitation when it connects.
    let deadline = Instant::now() + WAIT;
    loop {
        if let Ok(Some(member)) = room.get_member_no_sync(&bot_id).await
            && *member.membership() == MembershipState::Join
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the bot never joined\n{}",
            process.log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Telegram → Matrix: the share is announced in the Matrix room.
    let ana = TestUser::new(1001, "Ana");
    server.private_text(
        &ana,
        "/share water: we raise tilapia in the old settling ponds and the water clears by June",
    );
    wait_sent_to(&server, &process, ana.id, 1).await;
    let announcement = loop {
        match tokio::time::timeout(WAIT, seen.recv()).await {
            Ok(Some((sender, body))) if sender == bot_id && body.contains("tilapia") => {
                break body;
            }
            Ok(Some(_)) => continue,
            _ => panic!("no announcement in the Matrix room\n{}", process.log()),
        }
    };
    assert!(announcement.contains("!approve 1"), "{announcement}");

    // Matrix → Telegram: the moderator approves; the contributor is told on Telegram.
    room.send(RoomMessageEventContent::text_plain("!approve 1"))
        .await
        .expect("send !approve");
    let told = wait_sent_to(&server, &process, ana.id, 2).await;
    assert!(told[1].visible.contains('1'), "{:?}", told[1].visible);
    assert_ne!(told[1].visible, told[0].visible);

    server.private_text(&ana, "/find tilapia");
    let found = wait_sent_to(&server, &process, ana.id, 3).await;
    assert!(
        found[2].visible.contains("tilapia"),
        "{:?}",
        found[2].visible
    );

    // SIGTERM stops both platforms; the process exits successfully.
    let mut process = process;
    let pid = process.child.id().to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(45);
    let status = loop {
        if let Some(status) = process.child.try_wait().expect("try_wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "serve did not stop\n{}",
            process.log()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "exit {status}\n{}", process.log());
    sync.abort();

    // Security review: no secret of this run is in its log, whatever the level or the library
    // that wrote it: not the Matrix password, not the Matrix access token the login gave
    // (saved in the session file), not the Telegram token (part of every request URL).
    let log = process.log();
    assert!(
        log.contains("DEBUG"),
        "not a debug log, so the check proves little"
    );
    let session = std::fs::read_to_string(dir.path().join("matrix-store").join("session.json"))
        .expect("the Matrix session was saved");
    let session: serde_json::Value = serde_json::from_str(&session).expect("session JSON");
    let access_token = session
        .pointer("/tokens/access_token")
        .or_else(|| session.get("access_token"))
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("no access token in the session file: {session}"))
        .to_string();
    let telegram_secret = server
        .token()
        .split_once(':')
        .map_or(server.token(), |(_, s)| s)
        .to_string();
    for (what, secret) in [
        ("Matrix password", bot_account.password.as_str()),
        ("Matrix access token", access_token.as_str()),
        ("Telegram token", telegram_secret.as_str()),
    ] {
        assert!(secret.len() >= 8, "{what} too short to search for");
        assert!(!log.contains(secret), "the {what} is in the log");
    }
}

/// A wrong Matrix password ends the Matrix adapter alone, with a clear message: Telegram goes
/// on answering in the same process, and `/health` shows Matrix stopped with the error.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_matrix_password_ends_matrix_alone() {
    let Some(hs) = tokio::task::block_in_place(synapse::homeserver) else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED wrong_matrix_password_ends_matrix_alone: no Synapse"
        );
        return;
    };
    let account = hs.register("wrongpw").await;
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("telegram server");
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, index) = (dir.path().join("bot.db"), dir.path().join("index"));
    let store = dir.path().join("matrix-store");
    let listen = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .to_string();
    let env = [
        ("METRICS_LISTEN", listen.as_str()),
        ("MATRIX_HOMESERVER", hs.url.as_str()),
        ("MATRIX_USER", account.localpart.as_str()),
        ("MATRIX_PASSWORD", "not-the-password"),
        ("MATRIX_STORE_DIR", store.to_str().expect("UTF-8 path")),
        ("RUST_LOG", "warn,miners_guide=info"),
    ];
    let setup = bot_process::Setup {
        db: &db,
        index: &index,
        env: &env,
        wrapper: &[],
    };
    let mut bot = bot_process::BotProcess::start(&server, &setup);
    let ana = TestUser::new(7007, "Ana");
    server.private_text(&ana, "/help");
    bot.wait_sent_to(&server, ana.id, 1, Duration::from_secs(120))
        .await;
    let http = reqwest::Client::new();
    let deadline = Instant::now() + WAIT;
    let matrix = loop {
        let json = match http.get(format!("http://{listen}/health")).send().await {
            Ok(answer) => answer.text().await.ok(),
            Err(_) => None,
        }
        .and_then(|body| serde_json::from_str::<serde_json::Value>(&body).ok());
        if let Some(m) = json.as_ref().map(|j| j["adapters"]["matrix"].clone())
            && m["status"] == "stopped"
        {
            break m;
        }
        bot.assert_running();
        assert!(
            Instant::now() < deadline,
            "/health never showed Matrix stopped: {json:?}\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(
        matrix["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("Matrix")),
        "{matrix}"
    );
    // Telegram still answers after Matrix ended.
    server.private_text(&ana, "/find consulting");
    bot.wait_sent_to(&server, ana.id, 2, WAIT).await;
    bot.assert_running();
    let (_status, log) = bot.terminate().await;
    assert!(log.contains("matrix failed for good"), "{log}");
    assert!(
        !log.contains("not-the-password"),
        "the password is in the log"
    );
}

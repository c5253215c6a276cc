//! A platform's outage under a running `miners-guide serve` (the real binary): the adapter
//! keeps trying with capped backoff, `/health` on the `METRICS_LISTEN` listener shows it
//! retrying and then connected again, the other platform answers all along, and the bot
//! answers again once its platform is back, without a restart.
//!
//! - Telegram: the test Bot API server goes down (connections refused, long polls broken) for
//!   tens of seconds and comes back on the same port.
//! - Matrix: the real Synapse (`tests/support/synapse.rs`) is stopped under the bot and
//!   started again in the same folder on the same port; meanwhile Telegram answers; after it,
//!   a message in a new encrypted room is answered. Without Synapse that test prints a loud
//!   SKIPPED banner, and `cargo test` reports it ignored (see build.rs), except in CI.
//!
//! Every wait is bounded; each test stops the bot it started (SIGTERM, then a clean exit).
#![cfg(feature = "matrix")]
// matrix-sdk's deeply nested futures need more than the default 128 when spawned.
#![recursion_limit = "256"]

#[path = "support/bot_process.rs"]
mod bot_process;
#[path = "support/synapse.rs"]
mod synapse;

use bot_process::{BotProcess, Setup};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::EncryptionInfo;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UserId};
use matrix_sdk::{Client, Room};
use std::io::Write;
use std::time::{Duration, Instant};
use telegram_testkit::{TelegramServer, TestUser};
use tokio::sync::mpsc;

/// How long a bot may take to start (it builds its index on the first start).
const START: Duration = Duration::from_secs(120);
/// How long one answer may take when nothing is down.
const ANSWER: Duration = Duration::from_secs(30);
/// How long the bot may take to answer once its platform is back: the longest wait between
/// two tries (30 s for getUpdates, 60 s for Matrix) and some slack for a busy machine.
const BACK_TELEGRAM: Duration = Duration::from_secs(50);
const BACK_MATRIX: Duration = Duration::from_secs(90);

/// A free port on 127.0.0.1 for the bot's `METRICS_LISTEN`.
fn free_addr() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("address").to_string()
}

/// Starts `miners-guide serve` against `server` with `env`, its database and index in a new
/// temporary folder that lives as long as the returned guard.
fn start_bot(server: &TelegramServer, env: &[(&str, &str)]) -> (tempfile::TempDir, BotProcess) {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, index) = (dir.path().join("bot.db"), dir.path().join("index"));
    let setup = Setup {
        db: &db,
        index: &index,
        env,
        wrapper: &[],
    };
    let bot = BotProcess::start(server, &setup);
    (dir, bot)
}

/// The `/health` JSON, or `None` while the listener does not answer.
async fn health(addr: &str) -> Option<serde_json::Value> {
    let answer = reqwest::get(format!("http://{addr}/health")).await.ok()?;
    if answer.status() != 200 {
        return None;
    }
    serde_json::from_str(&answer.text().await.ok()?).ok()
}

/// Waits (bounded by `timeout`) until `/health` shows `platform` with `status`; returns that
/// platform's entry.
async fn wait_health(
    bot: &mut BotProcess,
    addr: &str,
    platform: &str,
    status: &str,
    timeout: Duration,
) -> serde_json::Value {
    let deadline = Instant::now() + timeout;
    loop {
        let last = health(addr).await;
        if let Some(entry) = last.as_ref().map(|h| h["adapters"][platform].clone())
            && entry["status"] == status
        {
            return entry;
        }
        bot.assert_running();
        assert!(
            Instant::now() < deadline,
            "/health never showed {platform} {status} within {timeout:?}; last: {last:?}\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The Bot API is down for 25 s under a polling bot: `/health` shows Telegram retrying with
/// the error, the bot tries again a few times (growing waits, not a busy loop), and once the
/// server is back a message sent during the outage is answered and Telegram is connected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_outage_is_retried_and_answered_after() {
    let server = TelegramServer::start().await.expect("test Bot API server");
    let listen = free_addr();
    let (_dir, mut bot) = start_bot(&server, &[("METRICS_LISTEN", listen.as_str())]);
    let ana = TestUser::new(4242, "Ana");
    server.private_text(&ana, "/help");
    bot.wait_sent_to(&server, ana.id, 1, START).await;
    wait_health(&mut bot, &listen, "telegram", "connected", ANSWER).await;

    server.go_down();
    let down_at = Instant::now();
    let entry = wait_health(&mut bot, &listen, "telegram", "retrying", ANSWER).await;
    assert!(
        entry["last_error"].as_str().is_some_and(|e| !e.is_empty()),
        "{entry}"
    );
    assert!(entry["failures"].as_u64().unwrap_or(0) >= 1, "{entry}");
    server.private_text(&ana, "/find settling pond");
    while down_at.elapsed() < Duration::from_secs(25) {
        bot.assert_running();
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let failures_while_down = bot.log().matches("getUpdates failed").count();
    server.come_back().await.expect("the server listens again");
    let back_at = Instant::now();

    let sent = bot.wait_sent_to(&server, ana.id, 2, BACK_TELEGRAM).await;
    // The search's answer, not a second help text.
    assert_ne!(sent[1].visible, sent[0].visible);
    let answered_after = back_at.elapsed();
    wait_health(&mut bot, &listen, "telegram", "connected", ANSWER).await;
    // Doubling waits from 250 ms: about eight tries in 25 s; a busy loop would be thousands.
    assert!(
        (2..=20).contains(&failures_while_down),
        "{failures_while_down} tries in 25 s\n{}",
        bot.log()
    );
    // The longest wait is 30 s, so the bot is back within that of the server.
    assert!(
        answered_after < Duration::from_secs(45),
        "{answered_after:?}"
    );
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "exit {status}\n{log}");
}

/// The Bot API is down when the bot starts: `getMe` is tried again with growing waits (not given
/// up after a few tries), `/health` shows Telegram retrying, and once the server is up the bot
/// connects and answers a message sent while it was down, without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_down_at_start_is_waited_for() {
    let server = TelegramServer::start().await.expect("test Bot API server");
    server.go_down();
    let listen = free_addr();
    let (_dir, mut bot) = start_bot(&server, &[("METRICS_LISTEN", listen.as_str())]);
    let entry = wait_health(&mut bot, &listen, "telegram", "retrying", START).await;
    assert!(
        entry["last_error"].as_str().is_some_and(|e| !e.is_empty()),
        "{entry}"
    );
    let ana = TestUser::new(4343, "Ana");
    server.private_text(&ana, "/help");
    // Longer than the few bounded retries of one request (about 4 s): only a connect loop
    // that keeps trying is still there after it.
    let down_at = Instant::now();
    while down_at.elapsed() < Duration::from_secs(15) {
        bot.assert_running();
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let tries = bot.log().matches("cannot connect yet").count();
    assert!((2..=20).contains(&tries), "{tries} tries\n{}", bot.log());
    server.come_back().await.expect("the server listens again");
    // The next try comes at most a minute (the cap) after the last.
    bot.wait_sent_to(&server, ana.id, 1, BACK_MATRIX).await;
    wait_health(&mut bot, &listen, "telegram", "connected", ANSWER).await;
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "exit {status}\n{log}");
}

/// A token Telegram refuses is not retried: `serve` ends at once with an error (its only
/// platform has ended for good), and the token is not in the log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_wrong_token_ends_serve() {
    let server = TelegramServer::start().await.expect("test Bot API server");
    let (_dir, bot) = start_bot(
        &server,
        &[("TELEGRAM_BOT_TOKEN", "999:WRONG-secret-value-xyz")],
    );
    let (status, log) = bot.wait_exit(START).await;
    assert!(!status.success(), "a refused token must end serve\n{log}");
    assert!(!log.contains("WRONG-secret-value-xyz"), "{log}");
    assert!(
        !log.contains("cannot connect yet"),
        "retried a refused token\n{log}"
    );
}

/// A person with a real E2EE client whose sync survives the homeserver's outage.
struct Person {
    client: Client,
    seen: mpsc::UnboundedReceiver<(OwnedRoomId, OwnedUserId, String, bool)>,
    sync: tokio::task::JoinHandle<()>,
    _store: tempfile::TempDir,
}

impl Drop for Person {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

impl Person {
    async fn login(hs: &synapse::Homeserver, account: &synapse::Account) -> Person {
        let store = tempfile::tempdir().expect("temp dir");
        let client = Client::builder()
            .homeserver_url(&hs.url)
            .sqlite_store(store.path(), None)
            .build()
            .await
            .expect("person client");
        client
            .matrix_auth()
            .login_username(&account.localpart, &account.password)
            .send()
            .await
            .expect("person logs in");
        client
            .sync_once(SyncSettings::default())
            .await
            .expect("first sync");
        let (tx, seen) = mpsc::unbounded_channel();
        client.add_event_handler(
            move |ev: OriginalSyncRoomMessageEvent, room: Room, info: Option<EncryptionInfo>| {
                let tx = tx.clone();
                async move {
                    let body = match &ev.content.msgtype {
                        MessageType::Text(t) => t.body.clone(),
                        MessageType::Notice(n) => n.body.clone(),
                        _ => return,
                    };
                    let _ = tx.send((
                        room.room_id().to_owned(),
                        ev.sender.clone(),
                        body,
                        info.is_some(),
                    ));
                }
            },
        );
        // Its own loop: `Client::sync` ends on the first error, and the homeserver goes away.
        let syncing = client.clone();
        let sync = tokio::spawn(async move {
            let settings = SyncSettings::default().timeout(Duration::from_secs(5));
            loop {
                if syncing.sync_once(settings.clone()).await.is_err() {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        });
        Person {
            client,
            seen,
            sync,
            _store: store,
        }
    }

    /// A new encrypted private room with `bot` invited.
    async fn encrypted_room_with(&self, bot: &UserId) -> Room {
        let mut request = CreateRoom::new();
        request.invite = vec![bot.to_owned()];
        request.is_direct = true;
        request.preset = Some(RoomPreset::PrivateChat);
        request.initial_state = vec![
            InitialStateEvent::with_empty_state_key(
                RoomEncryptionEventContent::with_recommended_defaults(),
            )
            .to_raw_any(),
        ];
        self.client.create_room(request).await.expect("create room")
    }
}

/// Synapse stops under a bot serving Telegram and Matrix: Telegram answers while it is down,
/// `/health` shows Matrix retrying (Telegram connected), and once Synapse is back the bot joins
/// a new encrypted room and answers a message there, without a restart.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_outage_is_survived_while_telegram_answers() {
    let Some(hs) = tokio::task::block_in_place(synapse::homeserver) else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED matrix_outage_is_survived_while_telegram_answers: no Synapse"
        );
        return;
    };
    let bot_account = hs.register("outagebot").await;
    let person_account = hs.register("outageana").await;
    let bot_id: OwnedUserId = UserId::parse(&bot_account.user_id).expect("bot id");
    let mut person = Person::login(hs, &person_account).await;

    let server = TelegramServer::start().await.expect("test Bot API server");
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, index) = (dir.path().join("bot.db"), dir.path().join("index"));
    let store = dir.path().join("matrix-store");
    let store = store.to_str().expect("UTF-8 path");
    let listen = free_addr();
    let env = [
        ("METRICS_LISTEN", listen.as_str()),
        ("MATRIX_HOMESERVER", hs.url.as_str()),
        ("MATRIX_USER", bot_account.localpart.as_str()),
        ("MATRIX_PASSWORD", bot_account.password.as_str()),
        ("MATRIX_STORE_DIR", store),
        ("RUST_LOG", "warn,miners_guide=info"),
    ];
    let setup = Setup {
        db: &db,
        index: &index,
        env: &env,
        wrapper: &[],
    };
    let mut bot = BotProcess::start(&server, &setup);
    wait_health(&mut bot, &listen, "matrix", "connected", START).await;
    wait_health(&mut bot, &listen, "telegram", "connected", ANSWER).await;

    hs.stop().await;
    let down_at = Instant::now();
    let entry = wait_health(&mut bot, &listen, "matrix", "retrying", ANSWER).await;
    assert!(
        entry["last_error"].as_str().is_some_and(|e| !e.is_empty()),
        "{entry}"
    );
    // Telegram answers while the homeserver is down.
    let ana = TestUser::new(5151, "Ana");
    server.private_text(&ana, "/find consulting");
    let sent = bot.wait_sent_to(&server, ana.id, 1, ANSWER).await;
    assert!(!sent[0].visible.is_empty());
    assert_eq!(
        health(&listen)
            .await
            .map(|h| h["adapters"]["telegram"]["status"].clone()),
        Some("connected".into())
    );
    // Down for about fifteen seconds, as in an upgrade.
    while down_at.elapsed() < Duration::from_secs(15) {
        bot.assert_running();
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    hs.start_again().await;

    // A new encrypted room after the outage: the bot joins and answers there.
    let room = person.encrypted_room_with(&bot_id).await;
    let deadline = Instant::now() + BACK_MATRIX;
    loop {
        if let Ok(Some(member)) = room.get_member_no_sync(&bot_id).await
            && *member.membership() == MembershipState::Join
        {
            break;
        }
        bot.assert_running();
        assert!(
            Instant::now() < deadline,
            "the bot did not join after the outage\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    room.send(RoomMessageEventContent::text_plain("!find consulting"))
        .await
        .expect("send !find");
    let reply = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, person.seen.recv()).await {
            Ok(Some((room_id, sender, body, encrypted)))
                if room_id == room.room_id() && sender == bot_id =>
            {
                break (body, encrypted);
            }
            Ok(Some(_)) => continue,
            _ => panic!("no answer after the outage\n{}", bot.log()),
        }
    };
    assert!(reply.1, "the answer is encrypted");
    let lower = reply.0.to_lowercase();
    assert!(
        lower.contains("wardell") || lower.contains("projekt"),
        "{}",
        reply.0
    );
    wait_health(&mut bot, &listen, "matrix", "connected", ANSWER).await;
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "exit {status}\n{log}");
    assert!(log.contains("sync failed"), "{log}");
}

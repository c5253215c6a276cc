//! `miners-guide serve` end to end: the real binary, configured only through its environment
//! and command line (`TELEGRAM_BOT_TOKEN`, `TELEGRAM_API_URL`, `--index-dir`, `--db`), talks to
//! the test Bot API server on 127.0.0.1 with the real core, knowledge base, index and SQLite
//! database, and is stopped with SIGTERM like a service manager would.
//!
//! Every test reads the binary's debug log and checks that the token never appears in it.

use miners_guide::testkit::telegram::{
    Fault, SentMessage, ServerOptions, TelegramServer, TestUser,
};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a test waits for an answer (the first start builds the index).
const WAIT: Duration = Duration::from_secs(60);

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn ana() -> TestUser {
    TestUser::new(1001, "Ana")
}

/// The binary serving Telegram against a test server, with its stderr collected.
struct Served {
    server: Arc<TelegramServer>,
    child: Option<Child>,
    stderr: Arc<Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Served {
    /// Starts a test server and `miners-guide serve` against it, with `env` added.
    async fn start(opts: ServerOptions, env: &[(&str, &str)]) -> Served {
        Served::start_with_args(opts, env, &["serve"]).await
    }

    /// [`Served::start`] with other arguments than `serve` after the folder options.
    async fn start_with_args(opts: ServerOptions, env: &[(&str, &str)], args: &[&str]) -> Served {
        let server = Arc::new(TelegramServer::start_with(opts).await.expect("server"));
        let dir = tempfile::tempdir().expect("tempdir");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_miners-guide"));
        cmd.arg("--data-dir")
            .arg(data_dir())
            .arg("--index-dir")
            .arg(dir.path().join("index"))
            .arg("--db")
            .arg(dir.path().join("bot.db"))
            .args(args)
            .env("TELEGRAM_BOT_TOKEN", server.token())
            .env("TELEGRAM_API_URL", server.url().as_str())
            .env("RUST_LOG", "debug")
            .env("LANG", "C.UTF-8")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("TELEGRAM_WEBHOOK_URL")
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
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start miners-guide serve");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let mut pipe = child.stderr.take().expect("stderr");
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
        Served {
            server,
            child: Some(child),
            stderr,
            reader: Some(reader),
            _dir: dir,
        }
    }

    /// [`Served::start`] with `moderator` as the only moderator and `mod_chat` as the chat
    /// where contributions are announced.
    async fn moderated(moderator: &TestUser, mod_chat: i64) -> Served {
        let moderators = format!("telegram:{}", moderator.id);
        let chat = format!("telegram:{mod_chat}");
        Served::start(
            ServerOptions::default(),
            &[("MODERATORS", &moderators), ("MODERATOR_CHAT", &chat)],
        )
        .await
    }

    /// What the binary has written to stderr so far.
    fn log(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }

    /// Waits until `chat` received at least `n` messages; fails with the binary's log.
    async fn wait_sent_to(&mut self, chat: i64, n: usize) -> Vec<SentMessage> {
        let deadline = Instant::now() + WAIT;
        loop {
            let sent = self.server.sent_to(chat);
            if sent.len() >= n {
                return sent;
            }
            let exited = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten());
            assert!(
                exited.is_none() && Instant::now() < deadline,
                "waiting for {n} messages to {chat} (exited: {exited:?}); got {sent:#?}\nlog:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits (bounded) until the bot has edited message `message_id` in `chat`; returns the
    /// latest edit.
    async fn wait_edited(&mut self, chat: i64, message_id: i64) -> SentMessage {
        let deadline = Instant::now() + WAIT;
        loop {
            let edited = self
                .server
                .sent_to(chat)
                .into_iter()
                .rfind(|m| m.method == "editMessageText" && m.message_id == message_id);
            if let Some(m) = edited {
                return m;
            }
            assert!(
                Instant::now() < deadline,
                "message {message_id} in {chat} not edited\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Sends SIGTERM and waits (bounded) for the process to exit; returns its status and log,
    /// after checking that the token never appeared in the log.
    async fn terminate(mut self) -> (ExitStatus, String) {
        let mut child = self.child.take().expect("running");
        let killed = Command::new("kill")
            .arg("-TERM")
            .arg(child.id().to_string())
            .status()
            .expect("run kill");
        assert!(killed.success(), "kill -TERM failed");
        let deadline = Instant::now() + Duration::from_secs(45);
        let status = loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("serve did not stop within 45 s of SIGTERM\n{}", self.log());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        let log = self.log();
        let token = self.server.token().to_string();
        let secret = token.split_once(':').map_or(token.as_str(), |(_, s)| s);
        assert!(!log.contains(secret), "the token is in the log:\n{log}");
        (status, log)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Stops `served` with SIGTERM and checks it exited successfully.
async fn stop_cleanly(served: Served) -> String {
    let (status, log) = served.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");
    log
}

/// Private `/find consulting` is answered with Mintek in HTML without link previews; the
/// command menu comes from the core's commands in every language.
#[tokio::test]
async fn serve_private_find_and_command_menu() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    s.server.private_text(&ana(), "/find consulting");
    let sent = s.wait_sent_to(ana().id, 1).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    assert_eq!(sent[0].parse_mode.as_deref(), Some("HTML"));
    assert!(sent[0].no_preview);
    let registered = s.server.wait_for_successes("setMyCommands", 6, WAIT).await;
    assert!(
        registered,
        "menus: {:?}",
        s.server.calls_of("setMyCommands")
    );
    let en = s.server.commands("");
    assert!(en.iter().any(|(c, _)| c == "find"), "{en:?}");
    let fr = s.server.commands("fr");
    assert_eq!(fr.len(), en.len());
    assert_ne!(fr, en, "the French menu is not translated");
    stop_cleanly(s).await;
}

/// In a group, `/find@ThisBot` (the username from getMe reaches the core) and `/find` are
/// answered; another bot's command and chatter are not.
#[tokio::test]
async fn serve_group_answers_only_what_is_addressed() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    let group = -1_001_000_000_777;
    let me = s.server.bot_username().to_string();
    s.server
        .group_text(group, &ana(), "/find@OtherBot consulting");
    s.server
        .group_text(group, &ana(), "the river is high today");
    s.server
        .group_text(group, &ana(), &format!("/find@{me} consulting"));
    let sent = s.wait_sent_to(group, 1).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    s.server.group_text(group, &ana(), "more chatter");
    s.server.group_text(group, &ana(), "/find water");
    let sent = s.wait_sent_to(group, 2).await;
    // The reply to `/find water` is the last update: anything unwanted came before it.
    assert_eq!(
        sent.len(),
        2,
        "chatter or /find@OtherBot answered: {sent:#?}"
    );
    stop_cleanly(s).await;
}

/// A result page's "more" button edits the message to the next page and is answered.
#[tokio::test]
async fn serve_pagination_by_button() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    s.server.private_text(&ana(), "/find mining");
    let first = s.wait_sent_to(ana().id, 1).await.remove(0);
    let more = first
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with('p') || d.starts_with('P'))
        .expect("a page button");
    s.server.callback(&first, &ana(), &more).expect("callback");
    let sent = s.wait_sent_to(ana().id, 2).await;
    assert_eq!(sent[1].method, "editMessageText");
    assert_eq!(sent[1].message_id, first.message_id);
    assert_ne!(sent[1].visible, first.visible);
    assert_eq!(s.server.callback_answers().len(), 1);
    stop_cleanly(s).await;
}

/// `@ThisBot mintek` in any chat returns article cards, Mintek's among them.
#[tokio::test]
async fn serve_inline_query_returns_cards() {
    let s = Served::start(ServerOptions::default(), &[]).await;
    let id = s.server.inline_query(&ana(), "mintek", "");
    let deadline = Instant::now() + WAIT;
    let answer = loop {
        if let Some(a) = s.server.inline_answers().into_iter().find(|a| a.id == id) {
            break a;
        }
        assert!(Instant::now() < deadline, "not answered\n{}", s.log());
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!((1..=50).contains(&answer.results.len()));
    assert!(
        answer
            .results
            .iter()
            .any(|r| r["title"].as_str().unwrap_or("").contains("Mintek")),
        "{:?}",
        answer.results
    );
    stop_cleanly(s).await;
}

/// The deep link `t.me/ThisBot?start=org-mintek` opens Mintek's card.
#[tokio::test]
async fn serve_deep_link_opens_the_card() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    s.server.private_text(&ana(), "/start org-mintek");
    let sent = s.wait_sent_to(ana().id, 1).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    stop_cleanly(s).await;
}

/// SIGTERM while replies are in flight: the process stops polling, answers every update it
/// had fetched, confirms them to the server, and exits successfully within bounded time.
#[tokio::test]
async fn serve_sigterm_during_traffic_answers_what_was_fetched() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    // Warm up: the first answer means the index is built and polling runs.
    s.server.private_text(&ana(), "/help");
    s.wait_sent_to(ana().id, 1).await;
    s.server
        .inject("sendMessage", Fault::Delay(Duration::from_millis(300)), 40);
    let users: Vec<TestUser> = (0..12)
        .map(|i| TestUser::new(5000 + i, &format!("T{i}")))
        .collect();
    let mut last = 0;
    for u in &users {
        last = s.server.private_text(u, "/find water");
    }
    // Fetched: the adapter's next poll asks for a later offset.
    let deadline = Instant::now() + WAIT;
    while s.server.confirmed_offset() <= last {
        assert!(
            Instant::now() < deadline,
            "updates not fetched\n{}",
            s.log()
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let answered_before = users
        .iter()
        .filter(|u| !s.server.sent_to(u.id).is_empty())
        .count();
    assert!(
        answered_before < users.len(),
        "every reply was out before the signal: nothing was in flight"
    );
    let server = s.server.clone();
    let log = stop_cleanly(s).await;
    for u in &users {
        assert_eq!(
            server.sent_to(u.id).len(),
            1,
            "user {} unanswered after SIGTERM\n{log}",
            u.id
        );
    }
    assert!(
        server.confirmed_offset() > last,
        "handled updates not confirmed"
    );
}

/// A storm of 429s (`retry_after` 1 s) on sendMessage: every reply is still delivered, none
/// twice, and the waits are logged without the token.
#[tokio::test]
async fn serve_429_storm_still_delivers_every_reply() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    s.server.private_text(&ana(), "/help");
    s.wait_sent_to(ana().id, 1).await;
    s.server
        .inject("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 8);
    let users: Vec<TestUser> = (0..6)
        .map(|i| TestUser::new(6000 + i, &format!("R{i}")))
        .collect();
    for u in &users {
        s.server.private_text(u, "/find sediment");
    }
    for u in &users {
        let sent = s.wait_sent_to(u.id, 1).await;
        assert_eq!(sent.len(), 1, "user {} answered twice", u.id);
    }
    let limited = s
        .server
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.status == 429)
        .count();
    assert_eq!(limited, 8, "the storm was not injected as planned");
    let log = stop_cleanly(s).await;
    // Throttle or the outbox (whichever sees the 429 first) logs the wait.
    assert!(
        log.contains("rate limited") || log.contains("Freezing"),
        "429s not logged:\n{log}"
    );
}

/// With `RUST_LOG=debug`, neither the start-up, the polling, a failed getUpdates (its error
/// carries the request URL) nor the shutdown writes the token to the log.
#[tokio::test]
async fn serve_debug_log_never_contains_the_token() {
    let mut s = Served::start(ServerOptions::default(), &[]).await;
    s.server.private_text(&ana(), "/find water");
    s.wait_sent_to(ana().id, 1).await;
    s.server.inject("getUpdates", Fault::DropConnection, 2);
    s.server.inject("sendMessage", Fault::DropConnection, 1);
    s.server.private_text(&ana(), "/find silt");
    s.wait_sent_to(ana().id, 2).await;
    let log = stop_cleanly(s).await;
    assert!(log.contains("DEBUG"), "not a debug log:\n{log}");
    assert!(
        log.contains("for url ("),
        "no error with a request URL was logged, so the check proves little:\n{log}"
    );
}

/// The moderation flow across the whole program: a miner's `/share` is acknowledged and
/// announced in the moderators' chat with Approve / Reject buttons; a moderator's Approve
/// edits that announcement to show the decision (the audit trail stays), the contributor is
/// told, and `/find` then finds the shared story.
#[tokio::test]
async fn serve_share_announce_approve_notify_find() {
    let moderator = TestUser::new(9001, "Mod");
    let mod_chat: i64 = -1_002_000_000_009;
    let mut s = Served::moderated(&moderator, mod_chat).await;
    s.server.private_text(
        &ana(),
        "/share water: we raise tilapia in the old settling ponds and the water clears by June",
    );
    let ack = s.wait_sent_to(ana().id, 1).await;
    assert!(
        ack[0].visible.contains("Received, reference") && ack[0].visible.contains('1'),
        "no acknowledgement: {:?}",
        ack[0].visible
    );
    let announced = s.wait_sent_to(mod_chat, 1).await.remove(0);
    assert_eq!(announced.method, "sendMessage");
    assert!(
        announced.visible.contains("tilapia"),
        "{:?}",
        announced.visible
    );
    let buttons = announced.callback_data();
    let approve = buttons
        .iter()
        .find(|d| d.starts_with("a:"))
        .expect("an Approve button")
        .clone();
    assert!(
        buttons.iter().any(|d| d.starts_with("r:")),
        "no Reject button"
    );

    // Somebody who is not a moderator cannot approve: told so in a new message, the
    // announcement and its buttons stay.
    s.server
        .callback(&announced, &ana(), &approve)
        .expect("callback");
    let refused = s.wait_sent_to(mod_chat, 2).await.remove(1);
    assert_eq!(refused.method, "sendMessage", "{refused:#?}\n{}", s.log());
    assert!(
        refused.visible.contains("Only moderators"),
        "{refused:#?}\n{}",
        s.log()
    );
    assert_ne!(refused.message_id, announced.message_id);

    s.server
        .callback(&announced, &moderator, &approve)
        .expect("callback");
    let decided = s.wait_edited(mod_chat, announced.message_id).await;
    assert!(decided.visible.contains("Mod"), "{:?}", decided.visible);
    assert_ne!(decided.visible, announced.visible);
    assert_eq!(
        s.server.callback_answers().len(),
        2,
        "every press is answered"
    );

    let told = s.wait_sent_to(ana().id, 2).await;
    assert!(
        told[1].visible.contains("was approved"),
        "{:?}",
        told[1].visible
    );

    s.server.private_text(&ana(), "/find tilapia");
    let found = s.wait_sent_to(ana().id, 3).await;
    assert!(
        found[2].visible.contains("tilapia"),
        "{:?}",
        found[2].visible
    );
    stop_cleanly(s).await;
}

/// The real binary and core: a moderator presses Reject on the announcement, is asked for the
/// reason, answers it by replying to the bot; the announcement itself (same message) is edited
/// to show the rejection and the reason, and the contributor is told the reason.
#[tokio::test]
async fn serve_reject_reason_edits_the_announcement() {
    let moderator = TestUser::new(9002, "Mod");
    let mod_chat: i64 = -1_002_000_000_010;
    let mut s = Served::moderated(&moderator, mod_chat).await;
    s.server.private_text(
        &ana(),
        "/share waste: we sort the gravel twice and sell the small stones to carvers in town",
    );
    s.wait_sent_to(ana().id, 1).await;
    let announced = s.wait_sent_to(mod_chat, 1).await.remove(0);
    let reject = announced
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("r:"))
        .expect("a Reject button");
    s.server
        .callback(&announced, &moderator, &reject)
        .expect("callback");
    let question = s.wait_sent_to(mod_chat, 2).await.remove(1);
    assert_eq!(question.method, "sendMessage", "{question:#?}\n{}", s.log());
    s.server
        .reply_to(&question, &moderator, "no place or dates given")
        .expect("reply");
    let decided = s.wait_edited(mod_chat, announced.message_id).await;
    assert!(
        decided.visible.contains("no place or dates given"),
        "{:?}",
        decided.visible
    );
    let told = s.wait_sent_to(ana().id, 2).await;
    assert!(
        told[1].visible.contains("no place or dates given"),
        "{:?}",
        told[1].visible
    );
    stop_cleanly(s).await;
}

/// Webhook mode from the command line (`--webhook-url`, `--webhook-listen`,
/// `--webhook-secret`): the webhook is registered with its secret, `/health` answers beside
/// the update route, an update without the secret is refused, one with it is answered, and
/// SIGTERM stops the server cleanly.
#[tokio::test]
async fn serve_webhook_mode_from_flags() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        l.local_addr().expect("addr").port()
    };
    let listen = format!("127.0.0.1:{port}");
    let mut s = Served::start_with_args(
        ServerOptions::default(),
        &[],
        &[
            "serve",
            "--webhook-url",
            "https://bot.example.org/tg-hook",
            "--webhook-listen",
            &listen,
            "--webhook-secret",
            "s3cret-token",
        ],
    )
    .await;
    let http = reqwest::Client::new();
    let base = format!("http://{listen}");
    let deadline = Instant::now() + WAIT;
    loop {
        match http.get(format!("{base}/health")).send().await {
            Ok(r) if r.status() == 200 => break,
            _ => {
                assert!(Instant::now() < deadline, "no health endpoint\n{}", s.log());
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
    let hooks = s.server.calls_of("setWebhook");
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(hooks[0].params["secret_token"], "s3cret-token");
    assert_eq!(hooks[0].params["url"], "https://bot.example.org/tg-hook");
    let update = |id: i64, text: &str| {
        serde_json::json!({
            "update_id": id,
            "message": {"message_id": id, "date": 0,
                        "chat": {"id": 77, "type": "private", "first_name": "W"},
                        "from": {"id": 77, "is_bot": false, "first_name": "W"}, "text": text}
        })
    };
    let refused = http
        .post(format!("{base}/tg-hook"))
        .json(&update(1, "/find water"))
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 401);
    let accepted = http
        .post(format!("{base}/tg-hook"))
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-token")
        .json(&update(2, "/find consulting"))
        .send()
        .await
        .expect("post");
    assert_eq!(accepted.status(), 200);
    let sent = s.wait_sent_to(77, 1).await;
    assert_eq!(sent.len(), 1, "only the authenticated update is answered");
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    assert!(
        s.server.calls_of("getUpdates").is_empty(),
        "webhook mode must not poll"
    );
    stop_cleanly(s).await;
}

/// A webhook address without its secret is refused at start with a clear message.
#[tokio::test]
async fn serve_webhook_without_secret_fails_clearly() {
    let mut s = Served::start_with_args(
        ServerOptions::default(),
        &[],
        &["serve", "--webhook-url", "https://bot.example.org/tg-hook"],
    )
    .await;
    let mut child = s.child.take().expect("child");
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "serve kept running\n{}", s.log());
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    if let Some(reader) = s.reader.take() {
        let _ = reader.join();
    }
    assert!(!status.success());
    let log = s.log();
    assert!(log.contains("--webhook-secret"), "{log}");
    assert!(s.server.calls_of("setWebhook").is_empty());
}

/// Plain `miners-guide` (no subcommand) serves when a platform is configured.
#[tokio::test]
async fn plain_binary_serves_when_telegram_is_configured() {
    let mut s = Served::start_with_args(ServerOptions::default(), &[], &[]).await;
    s.server.private_text(&ana(), "/find consulting");
    let sent = s.wait_sent_to(ana().id, 1).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    stop_cleanly(s).await;
}

/// Flood control and the periodic tick: beyond three announcements a minute, further
/// submissions are folded, and once no new one came for a while `serve`'s periodic call of
/// the core sends one digest naming them to the moderators' chat.
#[tokio::test]
async fn serve_tick_sends_the_digest_of_folded_submissions() {
    let mod_chat: i64 = -1_002_000_000_010;
    let chat = format!("telegram:{mod_chat}");
    let mut s = Served::start(
        ServerOptions::default(),
        &[("MODERATORS", "telegram:9001"), ("MODERATOR_CHAT", &chat)],
    )
    .await;
    let stories = [
        "we dug contour trenches above the pit to slow the rain water",
        "our cooperative bought one shared water pump for six claims",
        "we backfilled the old pits with topsoil kept aside and planted beans",
        "the women of the cooperative keep the sales book for all members",
        "we sieve the gravel twice so that fewer small stones are lost",
    ];
    for (i, story) in stories.iter().enumerate() {
        let user = TestUser::new(7000 + i as i64, &format!("M{i}"));
        s.server.private_text(&user, &format!("/share {story}"));
        s.wait_sent_to(user.id, 1).await;
    }
    let announced = s.wait_sent_to(mod_chat, 3).await;
    assert_eq!(
        announced.len(),
        3,
        "flood control let through {announced:#?}"
    );
    // Quiet for 20 s, then the next tick (every 5 s) sends the digest.
    let deadline = Instant::now() + Duration::from_secs(60);
    let digest = loop {
        let sent = s.server.sent_to(mod_chat);
        if sent.len() >= 4 {
            break sent[3].clone();
        }
        assert!(Instant::now() < deadline, "no digest\n{}", s.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        digest.visible.contains("2 new contributions"),
        "{:?}",
        digest.visible
    );
    assert!(
        digest.visible.contains('4') && digest.visible.contains('5'),
        "{:?}",
        digest.visible
    );
    stop_cleanly(s).await;
}

/// One person flooding the bot through the real binary: the first messages (the burst) are
/// answered, the next one gets one translated "please wait", the rest get nothing; someone
/// else writing during the flood is still answered.
#[tokio::test]
async fn serve_flooding_person_is_limited_and_others_are_not() {
    let mut s = Served::start(
        ServerOptions::default(),
        &[("MAX_MESSAGES_PER_MINUTE", "1"), ("MESSAGE_BURST", "3")],
    )
    .await;
    let flooder = TestUser::new(7001, "Flood").with_language("fr");
    let other = TestUser::new(7002, "Calm");
    for _ in 0..15 {
        s.server.private_text(&flooder, "/find water");
    }
    s.server.private_text(&other, "/find water");
    let calm = s.wait_sent_to(other.id, 1).await;
    assert!(calm[0].visible.contains("1."), "{}", calm[0].visible);
    let flood = s.wait_sent_to(flooder.id, 4).await;
    // Nothing more arrives for the dropped messages.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let flood_after = s.server.sent_to(flooder.id);
    assert_eq!(flood_after.len(), 4, "{flood_after:#?}");
    let waits: Vec<&SentMessage> = flood
        .iter()
        .filter(|m| m.visible.contains("Merci d'attendre"))
        .collect();
    assert_eq!(waits.len(), 1, "{flood:#?}");
    assert!(
        flood
            .last()
            .is_some_and(|m| m.visible.contains("Merci d'attendre")),
        "the warning comes after the burst: {flood:#?}"
    );
    let log = stop_cleanly(s).await;
    assert!(log.contains("over the message limit"), "{log}");
}

/// Editing a message never acts on it: an earlier message edited into `/approve N` (by
/// somebody who is not a moderator, or even by a moderator) decides nothing; the submission
/// is still pending and the contributor hears nothing.
#[tokio::test]
async fn serve_edited_messages_never_moderate() {
    let moderator = TestUser::new(9101, "Mod");
    let intruder = TestUser::new(9102, "Intruder");
    let mod_chat: i64 = -1_002_000_000_019;
    let mut s = Served::moderated(&moderator, mod_chat).await;
    s.server.private_text(
        &ana(),
        "/share water: we raise tilapia in the old settling ponds and the water clears by June",
    );
    s.wait_sent_to(ana().id, 1).await;
    s.wait_sent_to(mod_chat, 1).await;
    for (who, id) in [(&intruder, 70), (&moderator, 71)] {
        s.server.group_text(mod_chat, who, "hello");
        s.server.group_edit(mod_chat, who, id, "/approve 1");
        s.server
            .group_edit(mod_chat, who, id + 100, "/approve@MinersGuideBot 1 ok");
    }
    s.server.group_text(mod_chat, &moderator, "/review 1");
    let sent = s.wait_sent_to(mod_chat, 2).await;
    assert_eq!(
        sent.len(),
        2,
        "only the announcement and the review: {sent:#?}"
    );
    assert!(
        sent[1].visible.contains("Status: waiting for review")
            && sent[1].visible.contains("tilapia"),
        "{:#?}",
        sent[1]
    );
    assert_eq!(
        s.server.sent_to(ana().id).len(),
        1,
        "the contributor was told something"
    );
    let log = stop_cleanly(s).await;
    let ignored = log
        .lines()
        .filter(|l| l.contains("telegram: update") && l.contains("ignored"))
        .count();
    assert_eq!(ignored, 4, "the four edits are ignored: {log}");
}

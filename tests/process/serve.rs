//! `miners-guide serve` end to end: the real binary, configured only through its environment
//! and command line (`TELEGRAM_BOT_TOKEN`, `TELEGRAM_API_URL`, `--index-dir`, `--db`), talks to
//! the test Bot API server on 127.0.0.1 with the real core, knowledge base, index and SQLite
//! database, and is stopped with SIGTERM like a service manager would.
//!
//! Every test reads the binary's debug log and checks that the token never appears in it.

use crate::bot_process;
use bot_process::{BotProcess, Setup};
use std::time::{Duration, Instant};
use telegram_testkit::{Fault, SentMessage, ServerOptions, TelegramServer, TestUser};

/// How long a test waits for an answer (the first start builds the index).
const WAIT: Duration = Duration::from_secs(60);

/// The arguments after the folder options that make the binary serve.
const SERVE: &[&str] = &["serve"];

fn ana() -> TestUser {
    TestUser::new(1001, "Ana")
}

/// Starts a test server and the binary against it with a debug log, `env` added and `args`
/// after the folder options; returns the folder of its database and index (kept as long as
/// the test holds it), the server and the running binary.
async fn start(
    env: &[(&str, &str)],
    args: &[&str],
) -> (tempfile::TempDir, TelegramServer, BotProcess) {
    let server = TelegramServer::start_with(ServerOptions::default())
        .await
        .expect("server");
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, index) = (dir.path().join("bot.db"), dir.path().join("index"));
    let env: Vec<(&str, &str)> = [("RUST_LOG", "debug")]
        .into_iter()
        .chain(env.iter().copied())
        .collect();
    let setup = Setup {
        db: &db,
        index: &index,
        env: &env,
        wrapper: &[],
    };
    let bot = BotProcess::start_with_args(&server, &setup, args);
    (dir, server, bot)
}

/// [`start`] serving with `moderator` as the only moderator and `mod_chat` as the chat where
/// contributions are announced.
async fn moderated(
    moderator: &TestUser,
    mod_chat: i64,
) -> (tempfile::TempDir, TelegramServer, BotProcess) {
    let moderators = format!("telegram:{}", moderator.id);
    let chat = format!("telegram:{mod_chat}");
    start(
        &[("MODERATORS", &moderators), ("MODERATOR_CHAT", &chat)],
        SERVE,
    )
    .await
}

/// Ana shares `story`; waits for her acknowledgement and for the announcement in `mod_chat`,
/// and returns the announcement.
async fn share_and_announce(
    server: &TelegramServer,
    bot: &mut BotProcess,
    mod_chat: i64,
    story: &str,
) -> SentMessage {
    server.private_text(&ana(), story);
    bot.wait_sent_to(server, ana().id, 1, WAIT).await;
    bot.wait_sent_to(server, mod_chat, 1, WAIT).await.remove(0)
}

/// Stops `bot` with SIGTERM and checks it exited successfully (and that the token never
/// reached its log); returns the log.
async fn stop_cleanly(bot: BotProcess) -> String {
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "serve exited with {status}\n{log}");
    log
}

/// Private `/find consulting` is answered with Mintek in HTML without link previews; the
/// command menu comes from the core's commands in every language.
#[tokio::test]
async fn serve_private_find_and_command_menu() {
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    server.private_text(&ana(), "/find consulting");
    let sent = bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    assert_eq!(sent[0].parse_mode.as_deref(), Some("HTML"));
    assert!(sent[0].no_preview);
    let registered = server.wait_for_successes("setMyCommands", 6, WAIT).await;
    assert!(registered, "menus: {:?}", server.calls_of("setMyCommands"));
    let en = server.commands("");
    assert!(en.iter().any(|(c, _)| c == "find"), "{en:?}");
    let fr = server.commands("fr");
    assert_eq!(fr.len(), en.len());
    assert_ne!(fr, en, "the French menu is not translated");
    stop_cleanly(bot).await;
}

/// In a group, `/find@ThisBot` (the username from getMe reaches the core) and `/find` are
/// answered; another bot's command and chatter are not.
#[tokio::test]
async fn serve_group_answers_only_what_is_addressed() {
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    let group = -1_001_000_000_777;
    let me = server.bot_username().to_string();
    server.group_text(group, &ana(), "/find@OtherBot consulting");
    server.group_text(group, &ana(), "the river is high today");
    server.group_text(group, &ana(), &format!("/find@{me} consulting"));
    let sent = bot.wait_sent_to(&server, group, 1, WAIT).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    server.group_text(group, &ana(), "more chatter");
    server.group_text(group, &ana(), "/find water");
    let sent = bot.wait_sent_to(&server, group, 2, WAIT).await;
    // The reply to `/find water` is the last update: anything unwanted came before it.
    assert_eq!(
        sent.len(),
        2,
        "chatter or /find@OtherBot answered: {sent:#?}"
    );
    stop_cleanly(bot).await;
}

/// A result page's "more" button edits the message to the next page and is answered.
#[tokio::test]
async fn serve_pagination_by_button() {
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    server.private_text(&ana(), "/find mining");
    let first = bot.wait_sent_to(&server, ana().id, 1, WAIT).await.remove(0);
    let more = first
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with('p') || d.starts_with('P'))
        .expect("a page button");
    server.callback(&first, &ana(), &more).expect("callback");
    let sent = bot.wait_sent_to(&server, ana().id, 2, WAIT).await;
    assert_eq!(sent[1].method, "editMessageText");
    assert_eq!(sent[1].message_id, first.message_id);
    assert_ne!(sent[1].visible, first.visible);
    assert_eq!(server.callback_answers().len(), 1);
    stop_cleanly(bot).await;
}

/// `@ThisBot mintek` in any chat returns article cards, Mintek's among them.
#[tokio::test]
async fn serve_inline_query_returns_cards() {
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    let id = server.inline_query(&ana(), "mintek", "");
    let answer = bot
        .wait_for(
            WAIT,
            || "not answered".to_string(),
            || server.inline_answers().into_iter().find(|a| a.id == id),
        )
        .await;
    assert!((1..=50).contains(&answer.results.len()));
    assert!(
        answer
            .results
            .iter()
            .any(|r| r["title"].as_str().unwrap_or("").contains("Mintek")),
        "{:?}",
        answer.results
    );
    stop_cleanly(bot).await;
}

/// The deep link `t.me/ThisBot?start=org-mintek` opens Mintek's card.
#[tokio::test]
async fn serve_deep_link_opens_the_card() {
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    server.private_text(&ana(), "/start org-mintek");
    let sent = bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    stop_cleanly(bot).await;
}

/// SIGTERM while replies are in flight: the process stops polling, answers every update it
/// had fetched, confirms them to the server, and exits successfully within bounded time.
#[tokio::test]
async fn serve_sigterm_during_traffic_answers_what_was_fetched() {
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    // Warm up: the first answer means the index is built and polling runs.
    server.private_text(&ana(), "/help");
    bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    server.inject("sendMessage", Fault::Delay(Duration::from_millis(300)), 40);
    let users: Vec<TestUser> = (0..12)
        .map(|i| TestUser::new(5000 + i, &format!("T{i}")))
        .collect();
    let mut last = 0;
    for u in &users {
        last = server.private_text(u, "/find water");
    }
    // Fetched: the adapter's next poll asks for a later offset.
    bot.wait_for(
        WAIT,
        || "updates not fetched".to_string(),
        || (server.confirmed_offset() > last).then_some(()),
    )
    .await;
    let answered_before = users
        .iter()
        .filter(|u| !server.sent_to(u.id).is_empty())
        .count();
    assert!(
        answered_before < users.len(),
        "every reply was out before the signal: nothing was in flight"
    );
    let log = stop_cleanly(bot).await;
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
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    server.private_text(&ana(), "/help");
    bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    server.inject("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 8);
    let users: Vec<TestUser> = (0..6)
        .map(|i| TestUser::new(6000 + i, &format!("R{i}")))
        .collect();
    for u in &users {
        server.private_text(u, "/find sediment");
    }
    for u in &users {
        let sent = bot.wait_sent_to(&server, u.id, 1, WAIT).await;
        assert_eq!(sent.len(), 1, "user {} answered twice", u.id);
    }
    let limited = server
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.status == 429)
        .count();
    assert_eq!(limited, 8, "the storm was not injected as planned");
    let log = stop_cleanly(bot).await;
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
    let (_dir, server, mut bot) = start(&[], SERVE).await;
    server.private_text(&ana(), "/find water");
    bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    server.inject("getUpdates", Fault::DropConnection, 2);
    server.inject("sendMessage", Fault::DropConnection, 1);
    server.private_text(&ana(), "/find silt");
    bot.wait_sent_to(&server, ana().id, 2, WAIT).await;
    let log = stop_cleanly(bot).await;
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
    let (_dir, server, mut bot) = moderated(&moderator, mod_chat).await;
    server.private_text(
        &ana(),
        "/share water: we raise tilapia in the old settling ponds and the water clears by June",
    );
    let ack = bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    assert!(
        ack[0].visible.contains("Received, reference") && ack[0].visible.contains('1'),
        "no acknowledgement: {:?}",
        ack[0].visible
    );
    let announced = bot.wait_sent_to(&server, mod_chat, 1, WAIT).await.remove(0);
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
    server
        .callback(&announced, &ana(), &approve)
        .expect("callback");
    let refused = bot.wait_sent_to(&server, mod_chat, 2, WAIT).await.remove(1);
    assert_eq!(refused.method, "sendMessage", "{refused:#?}\n{}", bot.log());
    assert!(
        refused.visible.contains("Only moderators"),
        "{refused:#?}\n{}",
        bot.log()
    );
    assert_ne!(refused.message_id, announced.message_id);

    server
        .callback(&announced, &moderator, &approve)
        .expect("callback");
    let decided = bot
        .wait_edited(&server, mod_chat, announced.message_id, WAIT)
        .await;
    assert!(decided.visible.contains("Mod"), "{:?}", decided.visible);
    assert_ne!(decided.visible, announced.visible);
    assert_eq!(
        server.callback_answers().len(),
        2,
        "every press is answered"
    );

    let told = bot.wait_sent_to(&server, ana().id, 2, WAIT).await;
    assert!(
        told[1].visible.contains("was approved"),
        "{:?}",
        told[1].visible
    );

    server.private_text(&ana(), "/find tilapia");
    let found = bot.wait_sent_to(&server, ana().id, 3, WAIT).await;
    assert!(
        found[2].visible.contains("tilapia"),
        "{:?}",
        found[2].visible
    );
    stop_cleanly(bot).await;
}

/// The real binary and core: a moderator presses Reject on the announcement, is asked for the
/// reason, answers it by replying to the bot; the announcement itself (same message) is edited
/// to show the rejection and the reason, and the contributor is told the reason.
#[tokio::test]
async fn serve_reject_reason_edits_the_announcement() {
    let moderator = TestUser::new(9002, "Mod");
    let mod_chat: i64 = -1_002_000_000_010;
    let (_dir, server, mut bot) = moderated(&moderator, mod_chat).await;
    let announced = share_and_announce(
        &server,
        &mut bot,
        mod_chat,
        "/share waste: we sort the gravel twice and sell the small stones to carvers in town",
    )
    .await;
    let reject = announced
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("r:"))
        .expect("a Reject button");
    server
        .callback(&announced, &moderator, &reject)
        .expect("callback");
    let question = bot.wait_sent_to(&server, mod_chat, 2, WAIT).await.remove(1);
    assert_eq!(
        question.method,
        "sendMessage",
        "{question:#?}\n{}",
        bot.log()
    );
    server
        .reply_to(&question, &moderator, "no place or dates given")
        .expect("reply");
    let decided = bot
        .wait_edited(&server, mod_chat, announced.message_id, WAIT)
        .await;
    assert!(
        decided.visible.contains("no place or dates given"),
        "{:?}",
        decided.visible
    );
    let told = bot.wait_sent_to(&server, ana().id, 2, WAIT).await;
    assert!(
        told[1].visible.contains("no place or dates given"),
        "{:?}",
        told[1].visible
    );
    stop_cleanly(bot).await;
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
    let (_dir, server, mut bot) = start(
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
                assert!(
                    Instant::now() < deadline,
                    "no health endpoint\n{}",
                    bot.log()
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
    let hooks = server.calls_of("setWebhook");
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
    let sent = bot.wait_sent_to(&server, 77, 1, WAIT).await;
    assert_eq!(sent.len(), 1, "only the authenticated update is answered");
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    assert!(
        server.calls_of("getUpdates").is_empty(),
        "webhook mode must not poll"
    );
    // The webhook listener serves the Prometheus metrics too: one search, found, one reply.
    let metrics = http
        .get(format!("{base}/metrics"))
        .send()
        .await
        .expect("GET /metrics");
    assert_eq!(metrics.status(), 200);
    let text = metrics.text().await.expect("metrics body");
    let searches: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("miners_guide_searches_total{"))
        .collect();
    assert_eq!(searches.len(), 1, "{text}");
    assert!(
        searches[0].contains("outcome=\"found\"") && searches[0].ends_with(" 1"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l == "miners_guide_replies_total{platform=\"telegram\"} 1"),
        "{text}"
    );
    assert!(!text.contains("consulting"), "{text}");
    stop_cleanly(bot).await;
}

/// A webhook address without its secret is refused at start with a clear message.
#[tokio::test]
async fn serve_webhook_without_secret_fails_clearly() {
    let (_dir, server, bot) = start(
        &[],
        &["serve", "--webhook-url", "https://bot.example.org/tg-hook"],
    )
    .await;
    let (status, log) = bot.wait_exit(WAIT).await;
    assert!(!status.success());
    assert!(log.contains("--webhook-secret"), "{log}");
    assert!(server.calls_of("setWebhook").is_empty());
}

/// Plain `miners-guide` (no subcommand) serves when a platform is configured.
#[tokio::test]
async fn plain_binary_serves_when_telegram_is_configured() {
    let (_dir, server, mut bot) = start(&[], &[]).await;
    server.private_text(&ana(), "/find consulting");
    let sent = bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    stop_cleanly(bot).await;
}

/// Flood control and the periodic tick: beyond three announcements a minute, further
/// submissions are folded, and once no new one came for a while `serve`'s periodic call of
/// the core sends one digest naming them to the moderators' chat.
#[tokio::test]
async fn serve_tick_sends_the_digest_of_folded_submissions() {
    let mod_chat: i64 = -1_002_000_000_010;
    let chat = format!("telegram:{mod_chat}");
    let (_dir, server, mut bot) = start(
        &[("MODERATORS", "telegram:9001"), ("MODERATOR_CHAT", &chat)],
        SERVE,
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
        server.private_text(&user, &format!("/share {story}"));
        bot.wait_sent_to(&server, user.id, 1, WAIT).await;
    }
    let announced = bot.wait_sent_to(&server, mod_chat, 3, WAIT).await;
    assert_eq!(
        announced.len(),
        3,
        "flood control let through {announced:#?}"
    );
    // Quiet for 20 s, then the next tick (every 5 s) sends the digest.
    let digest = bot
        .wait_for(
            Duration::from_secs(60),
            || "no digest".to_string(),
            || server.sent_to(mod_chat).get(3).cloned(),
        )
        .await;
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
    stop_cleanly(bot).await;
}

/// One person flooding the bot through the real binary: the first messages (the burst) are
/// answered, the next one gets one translated "please wait", the rest get nothing; someone
/// else writing during the flood is still answered.
#[tokio::test]
async fn serve_flooding_person_is_limited_and_others_are_not() {
    let (_dir, server, mut bot) = start(
        &[("MAX_MESSAGES_PER_MINUTE", "1"), ("MESSAGE_BURST", "3")],
        SERVE,
    )
    .await;
    let flooder = TestUser::new(7001, "Flood").with_language("fr");
    let other = TestUser::new(7002, "Calm");
    for _ in 0..15 {
        server.private_text(&flooder, "/find water");
    }
    server.private_text(&other, "/find water");
    let calm = bot.wait_sent_to(&server, other.id, 1, WAIT).await;
    assert!(
        calm[0].visible.contains("/guide_water"),
        "{}",
        calm[0].visible
    );
    let flood = bot.wait_sent_to(&server, flooder.id, 4, WAIT).await;
    // Nothing more arrives for the dropped messages.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let flood_after = server.sent_to(flooder.id);
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
    let log = stop_cleanly(bot).await;
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
    let (_dir, server, mut bot) = moderated(&moderator, mod_chat).await;
    share_and_announce(
        &server,
        &mut bot,
        mod_chat,
        "/share water: we raise tilapia in the old settling ponds and the water clears by June",
    )
    .await;
    for (who, id) in [(&intruder, 70), (&moderator, 71)] {
        server.group_text(mod_chat, who, "hello");
        server.group_edit(mod_chat, who, id, "/approve 1");
        server.group_edit(mod_chat, who, id + 100, "/approve@MinersGuideBot 1 ok");
    }
    server.group_text(mod_chat, &moderator, "/review 1");
    let sent = bot.wait_sent_to(&server, mod_chat, 2, WAIT).await;
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
        server.sent_to(ana().id).len(),
        1,
        "the contributor was told something"
    );
    let log = stop_cleanly(bot).await;
    let ignored = log
        .lines()
        .filter(|l| l.contains("telegram: update") && l.contains("ignored"))
        .count();
    assert_eq!(ignored, 4, "the four edits are ignored: {log}");
}

/// Runs `miners-guide submissions ARGS` on the database and index folder in `dir` (as an
/// operator would, beside a running bot or not); returns its standard output.
fn operator(dir: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miners-guide"))
        .arg("--data-dir")
        .arg(bot_process::data_dir())
        .arg("--index-dir")
        .arg(dir.join("index"))
        .arg("--db")
        .arg(dir.join("bot.db"))
        .arg("submissions")
        .args(args)
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("MINERS_GUIDE_CONFIG")
        .output()
        .expect("run miners-guide submissions");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// One moderation path, with a bot running: `submissions approve` on the command line is
/// followed up by the running bot within seconds (its periodic tick): the contributor is
/// told, the announcement in the moderators' chat is edited to show who decided (its buttons
/// gone), and `/find` finds the story; an Approve pressed on a stale copy of the announcement
/// then says it is already decided. `submissions reopen` edits it back, buttons and all.
#[tokio::test]
async fn serve_cli_approval_is_followed_up_by_the_running_bot() {
    let moderator = TestUser::new(9003, "Mod");
    let mod_chat: i64 = -1_002_000_000_011;
    let (dir, server, mut bot) = moderated(&moderator, mod_chat).await;
    let announced = share_and_announce(
        &server,
        &mut bot,
        mod_chat,
        "/share water: we line the settling pond with banana leaves and the silt stays put",
    )
    .await;

    let said = operator(dir.path(), &["approve", "1", "--note", "clear method"]);
    assert!(said.contains("#1 approved"), "{said}");
    let told = bot.wait_sent_to(&server, ana().id, 2, WAIT).await;
    assert!(told[1].visible.contains("was approved"), "{:?}", told[1]);
    assert!(told[1].visible.contains("clear method"), "{:?}", told[1]);
    let shown = bot.wait_sent_to(&server, mod_chat, 2, WAIT).await.remove(1);
    assert!(
        shown
            .visible
            .contains("#1 approved by operator (cli:operator)"),
        "{:?}",
        shown.visible
    );
    assert_eq!(
        (shown.method.as_str(), shown.message_id),
        ("editMessageText", announced.message_id),
        "the announcement itself shows the decision: {shown:?}"
    );
    assert!(
        !shown
            .callback_data()
            .iter()
            .any(|d| d.starts_with("a:") || d.starts_with("r:")),
        "no Approve / Reject left: {:?}",
        shown.buttons()
    );

    server.private_text(&ana(), "/find banana leaves");
    let found = bot.wait_sent_to(&server, ana().id, 3, WAIT).await;
    assert!(
        found[2].visible.contains("banana"),
        "{:?}",
        found[2].visible
    );

    let approve = announced
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("a:"))
        .expect("an Approve button");
    server
        .callback(&announced, &moderator, &approve)
        .expect("callback");
    let again = bot.wait_sent_to(&server, mod_chat, 3, WAIT).await.remove(2);
    assert!(
        again.visible.contains("cannot be done now"),
        "{:?}",
        again.visible
    );
    assert_eq!(
        server.sent_to(ana().id).len(),
        3,
        "the contributor is told once"
    );

    let said = operator(dir.path(), &["reopen", "1"]);
    assert!(said.contains("#1"), "{said}");
    let reopened = bot.wait_sent_to(&server, mod_chat, 4, WAIT).await.remove(3);
    assert_eq!(
        (reopened.method.as_str(), reopened.message_id),
        ("editMessageText", announced.message_id),
        "{reopened:?}"
    );
    assert!(
        reopened.visible.contains("reopened"),
        "{:?}",
        reopened.visible
    );
    assert!(
        reopened.callback_data().iter().any(|d| d.starts_with("a:")),
        "pending again: its buttons are back: {:?}",
        reopened.buttons()
    );
    stop_cleanly(bot).await;
}

/// A decision made in chat edits the announcement however it was made: a typed `/approve 1`
/// is answered in the chat and the announcement shows the decision (its buttons gone); a
/// typed `/reopen 1` brings them back; pressing Approve on the announcement edits it once
/// (the reply is the edit; the same edit is not sent twice).
#[tokio::test]
async fn serve_chat_decisions_edit_the_announcement() {
    let moderator = TestUser::new(9005, "Mod");
    let mod_chat: i64 = -1_002_000_000_013;
    let (_dir, server, mut bot) = moderated(&moderator, mod_chat).await;
    let announced = share_and_announce(
        &server,
        &mut bot,
        mod_chat,
        "/share water: we dig a second pond below the first and the river stays clear",
    )
    .await;
    let decision_buttons = |m: &SentMessage| {
        m.callback_data()
            .iter()
            .filter(|d| d.starts_with("a:") || d.starts_with("r:"))
            .count()
    };
    assert_eq!(decision_buttons(&announced), 2, "{:?}", announced.buttons());

    server.group_text(mod_chat, &moderator, "/approve 1");
    let sent = bot.wait_sent_to(&server, mod_chat, 3, WAIT).await;
    assert_eq!(sent[1].method, "sendMessage", "the answer: {:?}", sent[1]);
    assert!(
        sent[1].visible.contains("#1 approved by Mod"),
        "{:?}",
        sent[1]
    );
    assert_eq!(
        (sent[2].method.as_str(), sent[2].message_id),
        ("editMessageText", announced.message_id),
        "the announcement shows it: {:?}",
        sent[2]
    );
    assert!(
        sent[2].visible.contains("#1 approved by Mod"),
        "{:?}",
        sent[2]
    );
    assert_eq!(decision_buttons(&sent[2]), 0, "{:?}", sent[2].buttons());
    bot.wait_sent_to(&server, ana().id, 2, WAIT).await;

    server.group_text(mod_chat, &moderator, "/reopen 1");
    let sent = bot.wait_sent_to(&server, mod_chat, 5, WAIT).await;
    assert!(sent[3].visible.contains("reopened"), "{:?}", sent[3]);
    assert_eq!(
        (sent[4].method.as_str(), sent[4].message_id),
        ("editMessageText", announced.message_id),
        "{:?}",
        sent[4]
    );
    assert_eq!(decision_buttons(&sent[4]), 2, "{:?}", sent[4].buttons());

    let approve = sent[4]
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("a:"))
        .expect("an Approve button");
    server
        .callback(&announced, &moderator, &approve)
        .expect("callback");
    let sent = bot.wait_sent_to(&server, mod_chat, 6, WAIT).await;
    assert_eq!(
        (sent[5].method.as_str(), sent[5].message_id),
        ("editMessageText", announced.message_id),
        "{:?}",
        sent[5]
    );
    assert!(
        sent[5].visible.contains("#1 approved by Mod"),
        "{:?}",
        sent[5]
    );
    // The chat's next answer comes after everything the button brought.
    server.group_text(mod_chat, &moderator, "/stats");
    let sent = bot.wait_sent_to(&server, mod_chat, 7, WAIT).await;
    assert!(sent[6].visible.contains("approved 1"), "{:?}", sent[6]);
    assert_eq!(
        server.sent_to(mod_chat).len(),
        7,
        "the button's edit was sent once: {sent:#?}"
    );
    stop_cleanly(bot).await;
}

/// One moderation path, with no bot running: a submission made while the bot ran is
/// rejected, and another approved, on the command line after it stopped; the bot started
/// later tells both contributors and the moderators' chat, and finds the approved story.
#[tokio::test]
async fn serve_cli_decisions_without_a_bot_are_followed_up_at_start() {
    let moderator = TestUser::new(9004, "Mod");
    let mod_chat: i64 = -1_002_000_000_012;
    let bo = TestUser::new(1002, "Bo");
    let (dir, server, mut bot) = moderated(&moderator, mod_chat).await;
    server.private_text(
        &ana(),
        "/share water: we pump the pit water into three ponds in a row and reuse it for washing",
    );
    bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    server.private_text(
        &bo,
        "/share waste: we keep the overburden in one heap and cover it with grass sods",
    );
    bot.wait_sent_to(&server, bo.id, 1, WAIT).await;
    bot.wait_sent_to(&server, mod_chat, 2, WAIT).await;
    stop_cleanly(bot).await;

    operator(dir.path(), &["approve", "1"]);
    operator(dir.path(), &["reject", "2", "--reason", "no place given"]);
    let setup = Setup {
        db: &dir.path().join("bot.db"),
        index: &dir.path().join("index"),
        env: &[
            ("MODERATORS", "telegram:9004"),
            ("MODERATOR_CHAT", "telegram:-1002000000012"),
        ],
        wrapper: &[],
    };
    let mut bot = BotProcess::start_with_args(&server, &setup, SERVE);
    let told = bot.wait_sent_to(&server, ana().id, 2, WAIT).await;
    assert!(told[1].visible.contains("was approved"), "{:?}", told[1]);
    let told = bot.wait_sent_to(&server, bo.id, 2, WAIT).await;
    assert!(told[1].visible.contains("no place given"), "{:?}", told[1]);
    let shown = bot.wait_sent_to(&server, mod_chat, 4, WAIT).await;
    assert!(
        shown[2..]
            .iter()
            .any(|m| m.visible.contains("#2 rejected by operator (cli:operator)")),
        "{shown:#?}"
    );
    // The first bot kept which message announced each; the second edits those.
    let mut edited: Vec<i64> = shown[2..]
        .iter()
        .filter(|m| m.method == "editMessageText")
        .map(|m| m.message_id)
        .collect();
    edited.sort_unstable();
    let mut announced: Vec<i64> = shown[..2].iter().map(|m| m.message_id).collect();
    announced.sort_unstable();
    assert_eq!(edited, announced, "{shown:#?}");
    server.private_text(&ana(), "/find three ponds");
    let found = bot.wait_sent_to(&server, ana().id, 3, WAIT).await;
    assert!(found[2].visible.contains("ponds"), "{:?}", found[2].visible);
    stop_cleanly(bot).await;
}

/// Asking a person across the whole program on Telegram: a question in private and one in a
/// group are acknowledged with their references and announced in the experts' chat; the
/// expert answers the first by replying to its announcement and the second with `/answer`;
/// each asker is told in private with the two buttons; "this helped" is recorded; a
/// non-expert cannot publish; the expert's `/publish` makes the answer found by `/find`.
#[tokio::test]
async fn serve_ask_reply_answer_helped_publish_find() {
    let expert = TestUser::new(9002, "Expert");
    let bob = TestUser::new(1002, "Bob");
    let expert_chat: i64 = -1_002_000_000_017;
    let group: i64 = -1_001_000_000_888;
    let experts = format!("telegram:{}", expert.id);
    let chat = format!("telegram:{expert_chat}");
    let (dir, server, mut bot) =
        start(&[("EXPERTS", &experts), ("EXPERT_CHAT", &chat)], SERVE).await;
    server.private_text(
        &ana(),
        "/ask How deep can a settling pond be near the Rufiji river?",
    );
    let ack = bot.wait_sent_to(&server, ana().id, 1, WAIT).await;
    assert!(ack[0].visible.contains("Q-1"), "{:?}", ack[0].visible);
    let first = bot
        .wait_sent_to(&server, expert_chat, 1, WAIT)
        .await
        .remove(0);
    assert!(
        first.visible.contains("Question Q-1") && first.visible.contains("Rufiji"),
        "{:?}",
        first.visible
    );
    let me = server.bot_username().to_string();
    server.group_text(
        group,
        &bob,
        &format!("/ask@{me} Who buys rough zyxspinel in the Mahenge hills?"),
    );
    let ack = bot.wait_sent_to(&server, group, 1, WAIT).await;
    assert!(
        ack[0].visible.contains("Q-2") && ack[0].visible.contains("private message"),
        "{:?}",
        ack[0].visible
    );
    let second = bot
        .wait_sent_to(&server, expert_chat, 2, WAIT)
        .await
        .remove(1);
    assert!(
        second.visible.contains("Question Q-2"),
        "{:?}",
        second.visible
    );

    server
        .reply_to(
            &first,
            &expert,
            "Two metres at most, with a <spillway> & a fence.",
        )
        .expect("reply");
    let told = bot.wait_sent_to(&server, ana().id, 2, WAIT).await.remove(1);
    assert!(
        told.visible.contains("Answer to your question Q-1")
            && told
                .visible
                .contains("Two metres at most, with a <spillway> & a fence."),
        "{:?}",
        told.visible
    );
    let helped = told
        .buttons()
        .into_iter()
        .find(|(label, _)| label == "This helped")
        .and_then(|(_, data)| data)
        .expect("a 'This helped' button");
    assert!(
        told.buttons()
            .iter()
            .any(|(label, _)| label == "It did not"),
        "{:?}",
        told.buttons()
    );

    server.group_text(
        expert_chat,
        &expert,
        "/answer Q-2 The zyxspinel cooperative in Mahenge buys rough stones.",
    );
    let bob_told = bot.wait_sent_to(&server, bob.id, 1, WAIT).await.remove(0);
    assert!(
        bob_told.visible.contains("Answer to your question Q-2"),
        "{:?}",
        bob_told.visible
    );

    server.callback(&told, &ana(), &helped).expect("callback");
    let thanks = bot.wait_sent_to(&server, ana().id, 3, WAIT).await.remove(2);
    assert!(thanks.visible.contains("Thank you"), "{:?}", thanks.visible);

    server.private_text(&ana(), "/publish Q-2");
    let refused = bot.wait_sent_to(&server, ana().id, 4, WAIT).await.remove(3);
    assert!(
        refused.visible.contains("Only experts"),
        "{:?}",
        refused.visible
    );
    server.group_text(expert_chat, &expert, "/publish Q-2");
    let published = bot
        .wait_for(
            WAIT,
            || format!("not published: {:#?}", server.sent_to(expert_chat)),
            || {
                server
                    .sent_to(expert_chat)
                    .into_iter()
                    .find(|m| m.visible.contains("is published"))
            },
        )
        .await;
    assert!(published.visible.contains("Q-2"));
    server.private_text(&ana(), "/find zyxspinel");
    let found = bot.wait_sent_to(&server, ana().id, 5, WAIT).await.remove(4);
    assert!(
        found.visible.contains("zyxspinel") && found.visible.contains("/qa_2"),
        "{:?}",
        found.visible
    );
    stop_cleanly(bot).await;

    let store = miners_guide::store::Store::open(dir.path().join("bot.db")).expect("store");
    let q1 = store
        .question(miners_guide::store::QuestionId(1))
        .expect("read")
        .expect("Q-1");
    assert_eq!(q1.feedback, Some(miners_guide::store::Feedback::Helped));
    let q2 = store
        .question(miners_guide::store::QuestionId(2))
        .expect("read")
        .expect("Q-2");
    assert_eq!(q2.status, miners_guide::store::QuestionStatus::Published);
    assert_eq!(q2.reply_chat, bob.id.to_string());
}

//! The Telegram adapter's queue limits (issue 6, security review): how many updates it holds
//! in memory in all (`TELEGRAM_MAX_PENDING`: polling pauses when that many are unanswered, and
//! Telegram keeps the rest) and per chat (`TELEGRAM_CHAT_QUEUE`: a flooding chat's excess is
//! dropped, so it cannot hold up another chat). The real teloxide client against the test Bot
//! API server on 127.0.0.1, with a small core whose speed the tests control.

use miners_guide::core::{Block, Incoming, Inline, InlineAnswer, Reply, Response};
use miners_guide::lang::Lang;
use miners_guide::telegram::{self, Handler, QueueLimits, Secret, TelegramConfig};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use telegram_testkit::{Call, TelegramServer, TestUser};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const WAIT: Duration = Duration::from_secs(20);

/// A core that echoes each message after `delay` (per chat, `0` for none), and, while the gate
/// is closed, holds every call until it opens. Counts the calls it started.
struct Slow {
    delays: Vec<(i64, Duration)>,
    gate: Arc<(Mutex<bool>, Condvar)>,
    started: Arc<AtomicUsize>,
}

impl Slow {
    fn new(delays: Vec<(i64, Duration)>, open: bool) -> Slow {
        Slow {
            delays,
            gate: Arc::new((Mutex::new(open), Condvar::new())),
            started: Arc::new(AtomicUsize::new(0)),
        }
    }
}

fn open_gate(gate: &(Mutex<bool>, Condvar)) {
    let mut open = gate.0.lock().unwrap_or_else(|e| e.into_inner());
    *open = true;
    gate.1.notify_all();
}

impl Handler for Slow {
    fn handle(&self, msg: &Incoming) -> Response {
        self.started.fetch_add(1, Ordering::SeqCst);
        {
            let (lock, cvar) = &*self.gate;
            let mut open = lock.lock().unwrap_or_else(|e| e.into_inner());
            let deadline = Instant::now() + WAIT;
            while !*open && Instant::now() < deadline {
                open = cvar
                    .wait_timeout(open, Duration::from_millis(50))
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        }
        let chat: i64 = msg.chat.id.parse().unwrap_or(0);
        if let Some((_, d)) = self.delays.iter().find(|(c, _)| *c == chat) {
            std::thread::sleep(*d);
        }
        Response {
            reply: Some(Reply {
                lang: Some(Lang::En),
                blocks: vec![Block::Paragraph(vec![Inline::Text(format!(
                    "echo: {}",
                    msg.text
                ))])],
                ..Reply::default()
            }),
            notices: Vec::new(),
        }
    }

    fn handle_action(&self, _ctx: &Incoming, _action: &miners_guide::core::ActionKind) -> Response {
        Response::default()
    }

    fn inline(&self, _query: &str, _lang: Lang, _offset: &str) -> InlineAnswer {
        InlineAnswer {
            cards: Vec::new(),
            next_offset: None,
        }
    }
}

/// The adapter running against `server` with `limits`, stopped by [`Running::stop`].
struct Running {
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), telegram::Error>>,
}

impl Running {
    fn start(server: &TelegramServer, handler: Arc<Slow>, limits: QueueLimits) -> Running {
        let cfg = TelegramConfig {
            token: Secret::new(server.token()),
            api_url: Some(server.url()),
            throttle: false,
            webhook: None,
            queue: limits,
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(telegram::run_with(handler, cfg, async {
            let _ = stopped.await;
        }));
        Running {
            stop: Some(stop),
            task,
        }
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let res = tokio::time::timeout(Duration::from_secs(40), &mut self.task).await;
        assert!(
            matches!(res, Ok(Ok(Ok(())))),
            "adapter did not stop cleanly: {res:?}"
        );
    }
}

/// The `offset` and `limit` of every answered `getUpdates`.
fn polls(calls: &[Call]) -> Vec<(i64, i64)> {
    let num = |c: &Call, k: &str| c.params.get(k).and_then(serde_json::Value::as_i64);
    calls
        .iter()
        .filter(|c| c.method == "getUpdates" && c.status == 200)
        .map(|c| {
            (
                num(c, "offset").unwrap_or(0),
                num(c, "limit").unwrap_or(100),
            )
        })
        .collect()
}

async fn wait_for(what: &str, pred: impl Fn() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !pred() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// With 4 updates unanswered (the limit), the adapter stops calling `getUpdates`: no request
/// asks for more than the room left, none confirms past the 4 fetched while the core is
/// busy, and the other 6 stay with the server. Once answers go out, polling resumes and all
/// 10 are answered.
#[tokio::test]
async fn polling_pauses_while_the_queue_is_full() {
    let server = TelegramServer::start().await.expect("server");
    let core = Arc::new(Slow::new(Vec::new(), false));
    let gate = core.gate.clone();
    let started = core.started.clone();
    let users: Vec<TestUser> = (0..10).map(|i| TestUser::new(5000 + i, "User")).collect();
    for u in &users {
        server.private_text(u, "hello");
    }
    let running = Running::start(&server, core, QueueLimits::new(4, 20).expect("limits"));
    wait_for("4 core calls", || started.load(Ordering::SeqCst) >= 4).await;
    // Long enough for many polls, had the adapter gone on polling.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let paused = polls(&server.calls());
    assert_eq!(started.load(Ordering::SeqCst), 4, "more than 4 fetched");
    assert!(!paused.is_empty());
    assert!(
        paused.iter().all(|(_, limit)| *limit <= 4),
        "asked for more than the room left: {paused:?}"
    );
    // A poll after the first would carry offset 5 (confirming updates 1–4); the server
    // notes the offset as soon as a request arrives, even a long poll still open.
    assert!(
        server.confirmed_offset() <= 1,
        "polled again while full (offset {})",
        server.confirmed_offset()
    );
    assert_eq!(server.sent_count(), 0);
    assert_eq!(
        server.pending_updates(),
        10,
        "Telegram keeps what was not confirmed"
    );

    open_gate(&gate);
    server.wait_for_messages(10, WAIT).await.expect("all 10");
    wait_for("polling past all 10", || server.confirmed_offset() >= 11).await;
    for u in &users {
        assert_eq!(server.sent_to(u.id).len(), 1, "chat {} answered once", u.id);
    }
    running.stop().await;
}

/// One chat floods 150 messages, each taking the core 150 ms, then another chat writes once:
/// the other chat is answered before the flooder's second reply (the bound: it waits for no
/// flood message), and the flooder keeps at most its queue limit (1 in hand + 3 waiting, plus
/// what arrives while those are answered), the rest dropped, never fetched into an unbounded
/// queue.
#[tokio::test]
async fn a_flooding_chat_does_not_delay_another_chat() {
    let server = TelegramServer::start().await.expect("server");
    let flooder = TestUser::new(6001, "Flood");
    let other = TestUser::new(6002, "Calm");
    let core = Arc::new(Slow::new(
        vec![(flooder.id, Duration::from_millis(150))],
        true,
    ));
    let started = core.started.clone();
    for i in 0..150 {
        server.private_text(&flooder, &format!("flood {i}"));
    }
    server.private_text(&other, "hello, is anyone there?");
    let running = Running::start(&server, core, QueueLimits::new(10, 3).expect("limits"));
    wait_for("the other chat's reply", || {
        !server.sent_to(other.id).is_empty()
    })
    .await;
    let sent = server.sent();
    let other_at = sent
        .iter()
        .position(|m| m.chat_id == other.id)
        .expect("other answered");
    let flood_before = sent[..other_at]
        .iter()
        .filter(|m| m.chat_id == flooder.id)
        .count();
    assert!(
        flood_before <= 1,
        "the other chat waited for {flood_before} flood replies"
    );
    // Every update was fetched (polling went on past the flood), the flood's excess dropped.
    wait_for("all updates confirmed", || server.confirmed_offset() >= 152).await;
    // Let the flooder's held messages be answered.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let handled = started.load(Ordering::SeqCst);
    let flood_replies = server.sent_to(flooder.id).len();
    assert!(
        (4..=20).contains(&flood_replies),
        "the flooder got {flood_replies} replies; expected its queue limit's worth, not all 150"
    );
    assert_eq!(
        handled,
        flood_replies + 1,
        "a dropped update reached the core"
    );
    running.stop().await;
}

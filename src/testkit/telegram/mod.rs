//! A Telegram Bot API server on 127.0.0.1 for tests and load runs: the real teloxide client
//! talks to it with `Bot::new(token).set_api_url(server.url())`.
//!
//! It behaves like Telegram for what the bot uses: `getMe`, long-polling `getUpdates` with
//! offsets, strict `sendMessage`/`editMessageText`/`sendPhoto` (1–4096 characters after entity
//! parsing, HTML validated, inline keyboards with 1–64-byte callback data),
//! `answerCallbackQuery`, `answerInlineQuery` (≤ 50 results, `next_offset` ≤ 64 bytes),
//! `setMyCommands`, webhooks. Tests push updates, inject faults (429 with `retry_after`, 5xx,
//! dropped connections, delays), switch on Telegram-like rate limits, take the whole server
//! down and bring it back on the same port (an outage), and read back everything the bot sent.

pub mod html;

use axum::Router;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

/// Why the test server could not do what a test asked.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The listening socket could not be opened.
    #[error("test Bot API server: cannot listen on 127.0.0.1: {0}")]
    Bind(#[from] std::io::Error),
    /// A wait ran out before the expected messages arrived.
    #[error("timed out after {timeout:?} waiting for {wanted} messages ({got} sent)")]
    Timeout {
        /// How long the test waited.
        timeout: Duration,
        /// How many messages it wanted.
        wanted: usize,
        /// How many had been sent.
        got: usize,
    },
    /// No sent message has this id.
    #[error("no message {0} was sent by the bot")]
    UnknownMessage(i64),
}

/// A fault to answer a request with instead of serving it.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// `429 Too Many Requests` with `parameters.retry_after` seconds.
    TooManyRequests {
        /// Seconds the client must wait.
        retry_after: u32,
    },
    /// An HTTP 5xx answer (teloxide then sleeps 10 s before returning the error).
    ServerError(u16),
    /// The connection breaks before the request is processed (nothing is sent or changed).
    DropConnection,
    /// The request is processed (a message is sent, an update confirmed), then the connection
    /// breaks before the answer arrives: the client cannot know it succeeded, so a retry
    /// sends again (the Bot API has no idempotency key).
    DropAfterAccept,
    /// The request is served normally, after this delay.
    Delay(Duration),
    /// `400 Bad Request: <description>` (e.g. `message can't be edited`).
    BadRequest(String),
}

/// Telegram-like flood limits for messages the bot sends.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimits {
    /// Sustained messages per second in one chat.
    pub per_chat_per_sec: f64,
    /// How many messages one chat may receive in a burst.
    pub per_chat_burst: u32,
    /// Messages per minute in one group or supergroup (negative chat id).
    pub per_group_per_min: u32,
}

impl Default for RateLimits {
    /// About what Telegram enforces: 1 message/s per chat with a short burst, 20/min per group.
    fn default() -> Self {
        RateLimits {
            per_chat_per_sec: 1.0,
            per_chat_burst: 3,
            per_group_per_min: 20,
        }
    }
}

/// A person in a test, as Telegram describes a user.
#[derive(Debug, Clone, PartialEq)]
pub struct TestUser {
    /// The user id (also the private chat id).
    pub id: i64,
    /// The first name.
    pub first_name: String,
    /// The username, without `@`.
    pub username: Option<String>,
    /// The client language (`fr`, `pt-BR`).
    pub language_code: Option<String>,
}

impl TestUser {
    /// A user with `id` and `name`, speaking English.
    pub fn new(id: i64, name: &str) -> TestUser {
        TestUser {
            id,
            first_name: name.to_string(),
            username: Some(name.to_ascii_lowercase()),
            language_code: Some("en".to_string()),
        }
    }

    /// The same user with another client language.
    pub fn with_language(mut self, code: &str) -> TestUser {
        self.language_code = Some(code.to_string());
        self
    }

    fn json(&self) -> Value {
        let mut user = json!({"id": self.id, "is_bot": false, "first_name": self.first_name});
        if let Some(u) = &self.username {
            user["username"] = json!(u);
        }
        if let Some(l) = &self.language_code {
            user["language_code"] = json!(l);
        }
        user
    }
}

/// A message the bot sent or edited, as the server accepted it.
#[derive(Debug, Clone, PartialEq)]
pub struct SentMessage {
    /// `sendMessage`, `editMessageText` or `sendPhoto`.
    pub method: String,
    /// The message id.
    pub message_id: i64,
    /// The chat it went to.
    pub chat_id: i64,
    /// The text (or caption) exactly as the bot sent it.
    pub text: String,
    /// The text as a user sees it (tags removed, entities decoded).
    pub visible: String,
    /// The `parse_mode`, if any.
    pub parse_mode: Option<String>,
    /// The `reply_markup`, if any.
    pub reply_markup: Option<Value>,
    /// Whether link previews were switched off.
    pub no_preview: bool,
    /// The photo (`file_id`) for `sendPhoto`.
    pub photo: Option<String>,
    /// When the server accepted it.
    pub at: Instant,
}

impl SentMessage {
    /// The callback data of every inline button, row by row.
    pub fn callback_data(&self) -> Vec<String> {
        self.buttons()
            .into_iter()
            .filter_map(|(_, data)| data)
            .collect()
    }

    /// Every inline button as (label, callback data).
    pub fn buttons(&self) -> Vec<(String, Option<String>)> {
        let rows = self
            .reply_markup
            .as_ref()
            .and_then(|m| m.get("inline_keyboard"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        rows.iter()
            .filter_map(Value::as_array)
            .flatten()
            .map(|b| {
                (
                    b.get("text")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    b.get("callback_data")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                )
            })
            .collect()
    }
}

/// One request the server received, with how it answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The method name in Telegram's camelCase (`sendMessage`).
    pub method: String,
    /// The parameters (JSON, multipart fields as strings).
    pub params: Value,
    /// The HTTP status answered.
    pub status: u16,
    /// The error description, when the request failed.
    pub error: Option<String>,
    /// When the request arrived (before any injected delay).
    pub at: Instant,
}

/// An `answerCallbackQuery` the bot made.
#[derive(Debug, Clone, PartialEq)]
pub struct CallbackAnswer {
    /// The callback query id.
    pub id: String,
    /// The notification text, if any.
    pub text: Option<String>,
    /// Whether it was shown as an alert.
    pub show_alert: bool,
}

/// An `answerInlineQuery` the bot made.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineAnswer {
    /// The inline query id.
    pub id: String,
    /// The results, as sent.
    pub results: Vec<Value>,
    /// The offset of the next page, if any.
    pub next_offset: Option<String>,
}

/// Options for [`TelegramServer::start_with`].
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// The bot token the server accepts (others get 401).
    pub token: String,
    /// The bot's username, without `@`.
    pub bot_username: String,
    /// Telegram-like flood limits, if any.
    pub rate_limits: Option<RateLimits>,
    /// Reject a bare `&` in HTML (stricter than Telegram, which keeps it as text).
    pub strict_ampersand: bool,
    /// Keep every request in [`TelegramServer::calls`] (turn off for long load runs; sent
    /// messages are always kept).
    pub record_calls: bool,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            token: "123456789:TEST-token_abcdefghijklmnopqrstuvwxyz".to_string(),
            bot_username: "MinersGuideBot".to_string(),
            rate_limits: None,
            strict_ampersand: true,
            record_calls: true,
        }
    }
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    /// Takes one token (capacity `cap`, `rate` per second); on failure, the wait in seconds.
    fn take(&mut self, cap: f64, rate: f64, now: Instant) -> Result<(), f64> {
        let elapsed = now.duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * rate).min(cap);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err((1.0 - self.tokens) / rate)
        }
    }
}

#[derive(Default)]
struct Inner {
    updates: VecDeque<Value>,
    next_update_id: i64,
    confirmed_offset: i64,
    poll_generation: u64,
    next_message_id: i64,
    next_query_id: u64,
    sent: Vec<SentMessage>,
    messages: HashMap<(i64, i64), Value>,
    calls: Vec<Call>,
    callback_answers: Vec<CallbackAnswer>,
    open_callbacks: HashSet<String>,
    inline_answers: Vec<InlineAnswer>,
    open_inline: HashSet<String>,
    commands: HashMap<(String, String), Value>,
    faults: HashMap<String, VecDeque<Fault>>,
    chat_buckets: HashMap<i64, Bucket>,
    group_buckets: HashMap<i64, Bucket>,
    migrated: HashMap<i64, i64>,
    webhook: Option<Value>,
    chats: HashMap<i64, Value>,
    rate_limits: Option<RateLimits>,
}

struct Shared {
    opts: ServerOptions,
    bot_id: i64,
    inner: Mutex<Inner>,
    updates_ready: Notify,
    sent_count: watch::Sender<usize>,
    /// Down (an outage): the port is closed and open connections break on their next request.
    down: AtomicBool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic in another thread while holding the lock leaves consistent data here.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A running test Bot API server; stops when dropped.
pub struct TelegramServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    /// The task accepting connections; `None` while the server is down.
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for TelegramServer {
    fn drop(&mut self) {
        if let Some(task) = self.listener_task().take() {
            task.abort();
        }
    }
}

/// Serves `shared` on `listener` in the background.
fn spawn_listener(listener: tokio::net::TcpListener, shared: Arc<Shared>) -> JoinHandle<()> {
    let app = Router::new()
        .route("/{*rest}", axum::routing::any(serve))
        .with_state(shared);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            log::error!("test Bot API server stopped: {e}");
        }
    })
}

impl TelegramServer {
    /// Starts a server with default options on a random port of 127.0.0.1.
    pub async fn start() -> Result<TelegramServer, Error> {
        TelegramServer::start_with(ServerOptions::default()).await
    }

    /// Starts a server with `opts` on a random port of 127.0.0.1.
    pub async fn start_with(opts: ServerOptions) -> Result<TelegramServer, Error> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let bot_id = opts
            .token
            .split(':')
            .next()
            .and_then(|id| id.parse().ok())
            .unwrap_or(1);
        let (sent_count, _) = watch::channel(0);
        let rate_limits = opts.rate_limits.clone();
        let shared = Arc::new(Shared {
            opts,
            bot_id,
            inner: Mutex::new(Inner {
                next_update_id: 1,
                next_message_id: 1,
                rate_limits,
                ..Inner::default()
            }),
            updates_ready: Notify::new(),
            sent_count,
            down: AtomicBool::new(false),
        });
        let task = spawn_listener(listener, shared.clone());
        Ok(TelegramServer {
            addr,
            shared,
            task: Mutex::new(Some(task)),
        })
    }

    fn listener_task(&self) -> MutexGuard<'_, Option<JoinHandle<()>>> {
        self.task.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// An outage: the port stops accepting connections (they are refused), and requests on
    /// connections already open, long polls in progress included, break off. Pushed updates
    /// wait for [`TelegramServer::come_back`].
    pub fn go_down(&self) {
        self.shared.down.store(true, Ordering::SeqCst);
        self.shared.updates_ready.notify_waiters();
        if let Some(task) = self.listener_task().take() {
            task.abort();
        }
    }

    /// Ends an outage: listens on the same port again, with everything kept.
    pub async fn come_back(&self) -> Result<(), Error> {
        // The old listener closes once its aborted task is dropped: try for a moment.
        let mut tries = 0;
        let listener = loop {
            match tokio::net::TcpListener::bind(self.addr).await {
                Ok(l) => break l,
                Err(_) if tries < 50 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => return Err(Error::Bind(e)),
            }
        };
        self.shared.down.store(false, Ordering::SeqCst);
        *self.listener_task() = Some(spawn_listener(listener, self.shared.clone()));
        Ok(())
    }

    /// The base URL to give `Bot::set_api_url`.
    pub fn url(&self) -> url::Url {
        let text = format!("http://{}/", self.addr);
        match url::Url::parse(&text) {
            Ok(url) => url,
            Err(_) => unreachable!("a socket address always forms a URL"),
        }
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The token the server accepts.
    pub fn token(&self) -> &str {
        &self.shared.opts.token
    }

    /// The bot's username (without `@`).
    pub fn bot_username(&self) -> &str {
        &self.shared.opts.bot_username
    }

    /// The bot's user id (the token's numeric prefix).
    pub fn bot_id(&self) -> i64 {
        self.shared.bot_id
    }

    /// Queues an update (its `update_id` is assigned) and returns its id.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let id = {
            let mut inner = self.shared.lock();
            let id = inner.next_update_id;
            inner.next_update_id += 1;
            update["update_id"] = json!(id);
            remember_chats(&mut inner, &update);
            if let Some(q) = update.pointer("/callback_query/id").and_then(Value::as_str) {
                inner.open_callbacks.insert(q.to_string());
            }
            if let Some(q) = update.pointer("/inline_query/id").and_then(Value::as_str) {
                inner.open_inline.insert(q.to_string());
            }
            inner.updates.push_back(update);
            id
        };
        self.shared.updates_ready.notify_waiters();
        id
    }

    fn new_message_id(&self) -> i64 {
        let mut inner = self.shared.lock();
        let id = inner.next_message_id;
        inner.next_message_id += 1;
        id
    }

    fn message_json(&self, chat: Value, from: &TestUser, text: &str) -> Value {
        let mut msg = json!({
            "message_id": self.new_message_id(),
            "date": unix_now(),
            "chat": chat,
            "from": from.json(),
            "text": text,
        });
        let entities = entities_of(text);
        if !entities.is_empty() {
            msg["entities"] = Value::Array(entities);
        }
        msg
    }

    /// A user writes `text` to the bot in private; returns the update id.
    pub fn private_text(&self, user: &TestUser, text: &str) -> i64 {
        let chat = private_chat(user);
        let msg = self.message_json(chat, user, text);
        self.push_update(json!({ "message": msg }))
    }

    /// A user writes `text` in group `chat_id` (a supergroup when the id starts with -100);
    /// returns the update id.
    pub fn group_text(&self, chat_id: i64, user: &TestUser, text: &str) -> i64 {
        let msg = self.message_json(group_chat(chat_id), user, text);
        self.push_update(json!({ "message": msg }))
    }

    /// A user edits their message `message_id` in group `chat_id` so that it now reads `text`
    /// (an `edited_message` update); returns the update id.
    pub fn group_edit(&self, chat_id: i64, user: &TestUser, message_id: i64, text: &str) -> i64 {
        let mut msg = self.message_json(group_chat(chat_id), user, text);
        msg["message_id"] = json!(message_id);
        msg["edit_date"] = json!(unix_now());
        self.push_update(json!({ "edited_message": msg }))
    }

    /// A user answers the bot's message `reply_to` (as recorded by the server) with `text`.
    pub fn reply_to(
        &self,
        reply_to: &SentMessage,
        user: &TestUser,
        text: &str,
    ) -> Result<i64, Error> {
        let original = self.bot_message_json(reply_to.chat_id, reply_to.message_id)?;
        let chat = original["chat"].clone();
        let mut msg = self.message_json(chat, user, text);
        msg["reply_to_message"] = original;
        Ok(self.push_update(json!({ "message": msg })))
    }

    /// A user sends a photo (`file_id`) with `caption` in private; returns the update id.
    pub fn private_photo(&self, user: &TestUser, file_id: &str, caption: &str) -> i64 {
        let mut msg = json!({
            "message_id": self.new_message_id(),
            "date": unix_now(),
            "chat": private_chat(user),
            "from": user.json(),
            "photo": [
                {"file_id": format!("{file_id}-small"), "file_unique_id": "s", "width": 90, "height": 60},
                {"file_id": file_id, "file_unique_id": "l", "width": 1280, "height": 853}
            ],
        });
        if !caption.is_empty() {
            msg["caption"] = json!(caption);
        }
        self.push_update(json!({ "message": msg }))
    }

    /// A user presses a button with `data` under the bot's message `on`; returns the callback
    /// query id (the bot must answer it).
    pub fn callback(&self, on: &SentMessage, user: &TestUser, data: &str) -> Result<String, Error> {
        let message = self.bot_message_json(on.chat_id, on.message_id)?;
        let id = self.new_query_id("cb");
        self.push_update(json!({
            "callback_query": {
                "id": id,
                "from": user.json(),
                "message": message,
                "chat_instance": format!("ci{}", on.chat_id),
                "data": data,
            }
        }));
        Ok(id)
    }

    /// A user types `@bot query` (page `offset`) in any chat; returns the inline query id.
    pub fn inline_query(&self, user: &TestUser, query: &str, offset: &str) -> String {
        let id = self.new_query_id("iq");
        self.push_update(json!({
            "inline_query": {
                "id": id, "from": user.json(), "query": query, "offset": offset,
                "chat_type": "sender",
            }
        }));
        id
    }

    /// Group `old` becomes supergroup `new`: sends to `old` fail with `migrate_to_chat_id`.
    pub fn migrate_group(&self, old: i64, new: i64) {
        self.shared.lock().migrated.insert(old, new);
    }

    /// Group `old` becomes supergroup `new` and Telegram posts the service message
    /// (`migrate_to_chat_id`, sent by `by`) in the old group; returns the update id.
    pub fn push_migration_notice(&self, old: i64, new: i64, by: &TestUser) -> i64 {
        self.migrate_group(old, new);
        let msg = json!({
            "message_id": self.new_message_id(),
            "date": unix_now(),
            "chat": {"id": old, "type": "group", "title": "Cooperative"},
            "from": by.json(),
            "migrate_to_chat_id": new,
        });
        self.push_update(json!({ "message": msg }))
    }

    fn new_query_id(&self, prefix: &str) -> String {
        let mut inner = self.shared.lock();
        inner.next_query_id += 1;
        format!("{prefix}{}", inner.next_query_id)
    }

    fn bot_message_json(&self, chat_id: i64, message_id: i64) -> Result<Value, Error> {
        self.shared
            .lock()
            .messages
            .get(&(chat_id, message_id))
            .cloned()
            .ok_or(Error::UnknownMessage(message_id))
    }

    /// The next `count` requests of `method` (camelCase, any case) get `fault`.
    pub fn inject(&self, method: &str, fault: Fault, count: usize) {
        let mut inner = self.shared.lock();
        let queue = inner.faults.entry(method.to_ascii_lowercase()).or_default();
        queue.extend(std::iter::repeat_n(fault, count));
    }

    /// How many injected faults for `method` have not been used yet.
    pub fn faults_left(&self, method: &str) -> usize {
        self.shared
            .lock()
            .faults
            .get(&method.to_ascii_lowercase())
            .map_or(0, VecDeque::len)
    }

    /// Switches Telegram-like flood limits on (or off with `None`).
    pub fn set_rate_limits(&self, limits: Option<RateLimits>) {
        let mut inner = self.shared.lock();
        inner.rate_limits = limits;
        inner.chat_buckets.clear();
        inner.group_buckets.clear();
    }

    /// Every message the bot sent or edited successfully, in order.
    pub fn sent(&self) -> Vec<SentMessage> {
        self.shared.lock().sent.clone()
    }

    /// How many messages the bot sent or edited successfully.
    pub fn sent_count(&self) -> usize {
        self.shared.lock().sent.len()
    }

    /// Messages sent to `chat_id`.
    pub fn sent_to(&self, chat_id: i64) -> Vec<SentMessage> {
        self.sent()
            .into_iter()
            .filter(|m| m.chat_id == chat_id)
            .collect()
    }

    /// Waits until at least `n` messages were sent (or edited), or `timeout`.
    pub async fn wait_for_messages(
        &self,
        n: usize,
        timeout: Duration,
    ) -> Result<Vec<SentMessage>, Error> {
        let mut rx = self.shared.sent_count.subscribe();
        let waited = tokio::time::timeout(timeout, rx.wait_for(|c| *c >= n)).await;
        match waited {
            Ok(Ok(_)) => Ok(self.sent()),
            _ => Err(Error::Timeout {
                timeout,
                wanted: n,
                got: self.sent_count(),
            }),
        }
    }

    /// Waits until `pred` holds on the requests received so far, or `timeout`; returns whether
    /// it held.
    pub async fn wait_until(&self, timeout: Duration, pred: impl Fn(&[Call]) -> bool) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if pred(&self.shared.lock().calls) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Waits until at least `n` requests of `method` (camelCase) were answered with 200, or
    /// `timeout` passed; true when they were.
    pub async fn wait_for_successes(&self, method: &str, n: usize, timeout: Duration) -> bool {
        self.wait_until(timeout, |calls| {
            calls
                .iter()
                .filter(|c| c.method == method && c.status == 200)
                .count()
                >= n
        })
        .await
    }

    /// Every request received, in order (getUpdates included).
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// Requests of `method` (camelCase), in order.
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.method.eq_ignore_ascii_case(method))
            .collect()
    }

    /// Every `answerCallbackQuery`, in order.
    pub fn callback_answers(&self) -> Vec<CallbackAnswer> {
        self.shared.lock().callback_answers.clone()
    }

    /// Every `answerInlineQuery`, in order.
    pub fn inline_answers(&self) -> Vec<InlineAnswer> {
        self.shared.lock().inline_answers.clone()
    }

    /// The commands registered with `setMyCommands` for the default scope and `language_code`
    /// (`""` for the default), as (command, description).
    pub fn commands(&self, language_code: &str) -> Vec<(String, String)> {
        let inner = self.shared.lock();
        let key = (
            r#"{"type":"default"}"#.to_string(),
            language_code.to_string(),
        );
        inner
            .commands
            .get(&key)
            .and_then(Value::as_array)
            .map(|cmds| {
                cmds.iter()
                    .map(|c| {
                        (
                            c["command"].as_str().unwrap_or("").to_string(),
                            c["description"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The highest update id the bot confirmed (by asking `getUpdates` for a later offset),
    /// plus one; 0 if none.
    pub fn confirmed_offset(&self) -> i64 {
        self.shared.lock().confirmed_offset
    }

    /// How many pushed updates the bot has not fetched or confirmed yet.
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().updates.len()
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn private_chat(user: &TestUser) -> Value {
    json!({"id": user.id, "type": "private", "first_name": user.first_name})
}

fn group_chat(id: i64) -> Value {
    if id <= -1_000_000_000_000 {
        json!({"id": id, "type": "supergroup", "title": "Cooperative"})
    } else {
        json!({"id": id, "type": "group", "title": "Cooperative"})
    }
}

fn remember_chats(inner: &mut Inner, update: &Value) {
    for ptr in ["/message/chat", "/callback_query/message/chat"] {
        if let Some(chat) = update.pointer(ptr)
            && let Some(id) = chat.get("id").and_then(Value::as_i64)
        {
            inner.chats.insert(id, chat.clone());
        }
    }
}

/// `bot_command` and `mention` entities of `text` (offsets in UTF-16 units), as Telegram adds.
fn entities_of(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut utf16 = 0usize;
    let mut word_start: Option<(usize, usize)> = None;
    let push =
        |out: &mut Vec<Value>, start_b: usize, start_u: usize, end_b: usize, end_u: usize| {
            let word = &text[start_b..end_b];
            let kind = if word.starts_with('/') && start_b == 0 {
                "bot_command"
            } else if word.starts_with('@') && word.len() > 1 {
                "mention"
            } else {
                return;
            };
            out.push(json!({"type": kind, "offset": start_u, "length": end_u - start_u}));
        };
    for (b, ch) in text.char_indices() {
        if ch.is_whitespace() {
            if let Some((sb, su)) = word_start.take() {
                push(&mut out, sb, su, b, utf16);
            }
        } else if word_start.is_none() {
            word_start = Some((b, utf16));
        }
        utf16 += ch.len_utf16();
    }
    if let Some((sb, su)) = word_start {
        push(&mut out, sb, su, text.len(), utf16);
    }
    out
}

/// Telegram's answer to a failed request.
struct ApiError {
    status: u16,
    description: String,
    parameters: Option<Value>,
}

impl ApiError {
    fn bad(description: impl Into<String>) -> ApiError {
        ApiError {
            status: 400,
            description: format!("Bad Request: {}", description.into()),
            parameters: None,
        }
    }
}

type ApiResult = Result<Value, ApiError>;

fn json_response(status: u16, body: Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn error_response(e: &ApiError) -> Response {
    let mut body = json!({"ok": false, "error_code": e.status, "description": e.description});
    if let Some(p) = &e.parameters {
        body["parameters"] = p.clone();
    }
    json_response(e.status, body)
}

async fn read_params(req: Request) -> Value {
    let query = req.uri().query().unwrap_or("").to_string();
    let mut params = serde_json::Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        params.insert(k.to_string(), json!(v));
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    if content_type.starts_with("multipart/form-data") {
        if let Ok(mut form) = Multipart::from_request(req, &()).await {
            while let Ok(Some(field)) = form.next_field().await {
                let name = field.name().unwrap_or("").to_string();
                let is_file = field.file_name().is_some();
                match field.bytes().await {
                    Ok(bytes) if is_file => {
                        params.insert(name, json!(format!("upload:{}", bytes.len())));
                    }
                    Ok(bytes) => {
                        params.insert(name, json!(String::from_utf8_lossy(&bytes)));
                    }
                    Err(_) => break,
                }
            }
        }
    } else if let Ok(bytes) = axum::body::to_bytes(req.into_body(), 50 << 20).await
        && let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(&bytes)
    {
        params.extend(map);
    }
    Value::Object(params)
}

async fn serve(
    State(shared): State<Arc<Shared>>,
    Path(rest): Path<String>,
    req: Request,
) -> Response {
    let Some((bot_part, method)) = rest.split_once('/') else {
        return error_response(&ApiError {
            status: 404,
            description: "Not Found".into(),
            parameters: None,
        });
    };
    if bot_part.strip_prefix("bot") != Some(shared.opts.token.as_str()) {
        return error_response(&ApiError {
            status: 401,
            description: "Unauthorized".into(),
            parameters: None,
        });
    }
    let method = canonical_method(method);
    let at = Instant::now();
    let params = read_params(req).await;
    if shared.down.load(Ordering::SeqCst) {
        return broken_response();
    }
    let fault = shared
        .lock()
        .faults
        .get_mut(&method.to_ascii_lowercase())
        .and_then(VecDeque::pop_front);
    let result = match fault {
        Some(Fault::TooManyRequests { retry_after }) => Err(ApiError {
            status: 429,
            description: format!("Too Many Requests: retry after {retry_after}"),
            parameters: Some(json!({"retry_after": retry_after})),
        }),
        Some(Fault::ServerError(code)) => Err(ApiError {
            status: code,
            description: "Internal Server Error".into(),
            parameters: None,
        }),
        Some(Fault::DropConnection) => {
            record(
                &shared,
                (&method, &params, at),
                0,
                Some("connection dropped".into()),
            );
            return broken_response();
        }
        Some(Fault::DropAfterAccept) => {
            let outcome = call(&shared, &method, &params).await;
            let status = outcome.as_ref().map_or_else(|e| e.status, |_| 200);
            record(
                &shared,
                (&method, &params, at),
                status,
                Some("connection dropped after the request was processed".into()),
            );
            return broken_response();
        }
        Some(Fault::BadRequest(description)) => Err(ApiError::bad(description)),
        Some(Fault::Delay(d)) => {
            tokio::time::sleep(d).await;
            call(&shared, &method, &params).await
        }
        None => call(&shared, &method, &params).await,
    };
    if shared.down.load(Ordering::SeqCst) {
        // Went down while this request was served (a long poll): the answer never arrives.
        return broken_response();
    }
    match result {
        Ok(value) => {
            record(&shared, (&method, &params, at), 200, None);
            json_response(200, json!({"ok": true, "result": value}))
        }
        Err(e) => {
            record(
                &shared,
                (&method, &params, at),
                e.status,
                Some(e.description.clone()),
            );
            error_response(&e)
        }
    }
}

/// An answer whose body breaks off: the client sees a network error.
fn broken_response() -> Response {
    let broken = futures_util::stream::once(async {
        Err::<axum::body::Bytes, _>(std::io::Error::other("connection dropped"))
    });
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(broken))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// Keeps one request (method, parameters, arrival time) with how it was answered.
fn record(
    shared: &Shared,
    (method, params, at): (&str, &Value, Instant),
    status: u16,
    error: Option<String>,
) {
    if !shared.opts.record_calls {
        return;
    }
    shared.lock().calls.push(Call {
        method: method.to_string(),
        params: params.clone(),
        status,
        error,
        at,
    });
}

/// Telegram's camelCase name for a method however it was cased (`SendMessage` →
/// `sendMessage`).
fn canonical_method(method: &str) -> String {
    let mut chars = method.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

async fn call(shared: &Arc<Shared>, method: &str, params: &Value) -> ApiResult {
    match method.to_ascii_lowercase().as_str() {
        "getme" => Ok(me_json(shared)),
        "getupdates" => get_updates(shared, params).await,
        "sendmessage" => send_message(shared, params),
        "editmessagetext" => edit_message_text(shared, params),
        "sendphoto" => send_photo(shared, params),
        "answercallbackquery" => answer_callback(shared, params),
        "answerinlinequery" => answer_inline(shared, params),
        "setmycommands" => set_my_commands(shared, params),
        "getmycommands" => get_my_commands(shared, params),
        "deletemycommands" => {
            let key = command_key(params);
            shared.lock().commands.remove(&key);
            Ok(json!(true))
        }
        "setwebhook" => {
            let url = str_param(params, "url").unwrap_or_default();
            shared.lock().webhook = if url.is_empty() {
                None
            } else {
                Some(params.clone())
            };
            Ok(json!(true))
        }
        "deletewebhook" => {
            let mut inner = shared.lock();
            inner.webhook = None;
            if bool_param(params, "drop_pending_updates") {
                inner.updates.clear();
            }
            Ok(json!(true))
        }
        "getwebhookinfo" => {
            let inner = shared.lock();
            let url = inner
                .webhook
                .as_ref()
                .and_then(|w| w.get("url").cloned())
                .unwrap_or(json!(""));
            Ok(json!({
                "url": url,
                "has_custom_certificate": false,
                "pending_update_count": inner.updates.len(),
            }))
        }
        "close" | "logout" => Ok(json!(true)),
        _ => Err(ApiError {
            status: 404,
            description: "Not Found: method not found".into(),
            parameters: None,
        }),
    }
}

fn me_json(shared: &Shared) -> Value {
    json!({
        "id": shared.bot_id,
        "is_bot": true,
        "first_name": "Miners' Guide",
        "username": shared.opts.bot_username,
        "can_join_groups": true,
        "can_read_all_group_messages": false,
        "supports_inline_queries": true,
        "can_connect_to_business": false,
        "has_main_web_app": false,
    })
}

fn str_param(params: &Value, key: &str) -> Option<String> {
    match params.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

fn i64_param(params: &Value, key: &str) -> Option<i64> {
    match params.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim_matches('"').parse().ok(),
        _ => None,
    }
}

fn bool_param(params: &Value, key: &str) -> bool {
    match params.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

/// A JSON-valued parameter, given as JSON or (multipart, query) as a JSON string.
fn json_param(params: &Value, key: &str) -> Option<Value> {
    match params.get(key)? {
        Value::String(s) => serde_json::from_str(s).ok(),
        Value::Null => None,
        other => Some(other.clone()),
    }
}

async fn get_updates(shared: &Arc<Shared>, params: &Value) -> ApiResult {
    let offset = i64_param(params, "offset").unwrap_or(0);
    let limit = i64_param(params, "limit").unwrap_or(100).clamp(1, 100) as usize;
    let timeout = i64_param(params, "timeout").unwrap_or(0).clamp(0, 50) as u64;
    let generation = {
        let mut inner = shared.lock();
        if inner.webhook.is_some() {
            return Err(ApiError {
                status: 409,
                description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first".into(),
                parameters: None,
            });
        }
        if offset > 0 {
            inner
                .updates
                .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
            inner.confirmed_offset = inner.confirmed_offset.max(offset);
        }
        inner.poll_generation += 1;
        inner.poll_generation
    };
    shared.updates_ready.notify_waiters();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.updates_ready.notified();
        if shared.down.load(Ordering::SeqCst) {
            return Ok(json!([]));
        }
        {
            let inner = shared.lock();
            if inner.poll_generation != generation {
                return Err(ApiError {
                    status: 409,
                    description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running".into(),
                    parameters: None,
                });
            }
            if !inner.updates.is_empty() {
                let batch: Vec<Value> = inner.updates.iter().take(limit).cloned().collect();
                return Ok(Value::Array(batch));
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return Ok(json!([]));
        }
    }
}

fn check_rate(shared: &Shared, chat_id: i64) -> Result<(), ApiError> {
    let now = Instant::now();
    let mut inner = shared.lock();
    let Some(limits) = inner.rate_limits.clone() else {
        return Ok(());
    };
    let burst = f64::from(limits.per_chat_burst.max(1));
    let chat = inner.chat_buckets.entry(chat_id).or_insert(Bucket {
        tokens: burst,
        at: now,
    });
    let mut result = chat.take(burst, limits.per_chat_per_sec, now);
    if result.is_ok() && chat_id < 0 {
        let cap = f64::from(limits.per_group_per_min.max(1));
        let group = inner.group_buckets.entry(chat_id).or_insert(Bucket {
            tokens: cap,
            at: now,
        });
        result = group.take(cap, cap / 60.0, now);
        if result.is_err()
            && let Some(chat) = inner.chat_buckets.get_mut(&chat_id)
        {
            chat.tokens += 1.0;
        }
    }
    result.map_err(|wait| {
        let retry_after = wait.ceil().max(1.0) as u32;
        ApiError {
            status: 429,
            description: format!("Too Many Requests: retry after {retry_after}"),
            parameters: Some(json!({"retry_after": retry_after})),
        }
    })
}

fn chat_target(shared: &Shared, params: &Value) -> Result<i64, ApiError> {
    let chat_id = i64_param(params, "chat_id").ok_or_else(|| ApiError::bad("chat not found"))?;
    if let Some(new) = shared.lock().migrated.get(&chat_id) {
        return Err(ApiError {
            status: 400,
            description: "Bad Request: group chat was upgraded to a supergroup chat".into(),
            parameters: Some(json!({"migrate_to_chat_id": new})),
        });
    }
    Ok(chat_id)
}

/// Parses `text` per `parse_mode` and checks its length; returns the visible text.
fn check_text(
    shared: &Shared,
    text: &str,
    parse_mode: Option<&str>,
    max: usize,
    empty_ok: bool,
) -> Result<String, ApiError> {
    let visible = match parse_mode.map(str::to_ascii_lowercase).as_deref() {
        Some("html") => {
            let checked = if shared.opts.strict_ampersand {
                html::parse(text)
            } else {
                html::parse(&lenient_ampersands(text))
            };
            checked.map_err(|e| ApiError::bad(format!("can't parse entities: {e}")))?
        }
        Some("markdownv2") | Some("markdown") | None => text.to_string(),
        Some(other) => return Err(ApiError::bad(format!("unsupported parse_mode \"{other}\""))),
    };
    let trimmed = visible.trim();
    if trimmed.is_empty() && !empty_ok {
        return Err(ApiError::bad("message text is empty"));
    }
    if trimmed.encode_utf16().count() > max {
        return Err(ApiError::bad(if max == 4096 {
            "message is too long"
        } else {
            "message caption is too long"
        }));
    }
    Ok(trimmed.to_string())
}

/// Escapes every `&` that does not start an entity (Telegram keeps those as text).
fn lenient_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, ch) in text.char_indices() {
        if ch == '&' {
            let rest = &text[i..];
            let ok = rest
                .find(';')
                .is_some_and(|semi| semi <= 12 && html::parse(&rest[..=semi]).is_ok());
            out.push_str(if ok { "&" } else { "&amp;" });
        } else {
            out.push(ch);
        }
    }
    out
}

/// Validates an inline keyboard as Telegram does.
fn check_markup(params: &Value) -> Result<Option<Value>, ApiError> {
    let Some(markup) = json_param(params, "reply_markup") else {
        return Ok(None);
    };
    if let Some(rows) = markup.get("inline_keyboard") {
        let rows = rows.as_array().ok_or_else(|| {
            ApiError::bad(
                "field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array",
            )
        })?;
        for row in rows {
            for button in row.as_array().into_iter().flatten() {
                let text = button.get("text").and_then(Value::as_str).unwrap_or("");
                if text.trim().is_empty() {
                    return Err(ApiError::bad("BUTTON_TEXT_INVALID"));
                }
                if let Some(data) = button.get("callback_data") {
                    let data = data.as_str().unwrap_or("");
                    if data.is_empty() || data.len() > 64 {
                        return Err(ApiError::bad("BUTTON_DATA_INVALID"));
                    }
                } else if button.get("url").is_none()
                    && button.get("switch_inline_query").is_none()
                    && button.get("switch_inline_query_current_chat").is_none()
                {
                    return Err(ApiError::bad(
                        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
                    ));
                }
            }
        }
    }
    Ok(Some(markup))
}

fn preview_disabled(params: &Value) -> bool {
    bool_param(params, "disable_web_page_preview")
        || json_param(params, "link_preview_options")
            .and_then(|o| o.get("is_disabled").and_then(Value::as_bool))
            .unwrap_or(false)
}

fn chat_json(inner: &Inner, chat_id: i64) -> Value {
    inner.chats.get(&chat_id).cloned().unwrap_or_else(|| {
        if chat_id > 0 {
            json!({"id": chat_id, "type": "private", "first_name": "User"})
        } else {
            group_chat(chat_id)
        }
    })
}

struct Outgoing {
    method: &'static str,
    chat_id: i64,
    text: String,
    visible: String,
    params: Value,
    markup: Option<Value>,
    photo: Option<String>,
}

/// Stores a sent message and returns the `Message` Telegram would.
fn store(shared: &Shared, out: Outgoing, edit_of: Option<i64>) -> Value {
    let mut inner = shared.lock();
    let message_id = match edit_of {
        Some(id) => id,
        None => {
            let id = inner.next_message_id;
            inner.next_message_id += 1;
            id
        }
    };
    let mut msg = json!({
        "message_id": message_id,
        "date": unix_now(),
        "chat": chat_json(&inner, out.chat_id),
        "from": me_json(shared),
    });
    if let Some(photo) = &out.photo {
        msg["photo"] =
            json!([{"file_id": photo, "file_unique_id": "p", "width": 800, "height": 600}]);
        if !out.visible.is_empty() {
            msg["caption"] = json!(out.visible);
        }
    } else {
        msg["text"] = json!(out.visible);
    }
    if let Some(m) = &out.markup {
        msg["reply_markup"] = m.clone();
    }
    if edit_of.is_some() {
        msg["edit_date"] = json!(unix_now());
    }
    inner
        .messages
        .insert((out.chat_id, message_id), msg.clone());
    inner.sent.push(SentMessage {
        method: out.method.to_string(),
        message_id,
        chat_id: out.chat_id,
        text: out.text,
        visible: out.visible,
        parse_mode: str_param(&out.params, "parse_mode"),
        reply_markup: out.markup,
        no_preview: preview_disabled(&out.params),
        photo: out.photo,
        at: Instant::now(),
    });
    let count = inner.sent.len();
    drop(inner);
    shared.sent_count.send_replace(count);
    msg
}

fn send_message(shared: &Shared, params: &Value) -> ApiResult {
    let chat_id = chat_target(shared, params)?;
    let text = str_param(params, "text").unwrap_or_default();
    let parse_mode = str_param(params, "parse_mode");
    let visible = check_text(shared, &text, parse_mode.as_deref(), 4096, false)?;
    let markup = check_markup(params)?;
    check_rate(shared, chat_id)?;
    Ok(store(
        shared,
        Outgoing {
            method: "sendMessage",
            chat_id,
            text,
            visible,
            params: params.clone(),
            markup,
            photo: None,
        },
        None,
    ))
}

fn send_photo(shared: &Shared, params: &Value) -> ApiResult {
    let chat_id = chat_target(shared, params)?;
    let photo = str_param(params, "photo")
        .filter(|p| !p.is_empty())
        .ok_or_else(|| ApiError::bad("there is no photo in the request"))?;
    let caption = str_param(params, "caption").unwrap_or_default();
    let parse_mode = str_param(params, "parse_mode");
    let visible = check_text(shared, &caption, parse_mode.as_deref(), 1024, true)?;
    let markup = check_markup(params)?;
    check_rate(shared, chat_id)?;
    Ok(store(
        shared,
        Outgoing {
            method: "sendPhoto",
            chat_id,
            text: caption,
            visible,
            params: params.clone(),
            markup,
            photo: Some(photo),
        },
        None,
    ))
}

fn edit_message_text(shared: &Shared, params: &Value) -> ApiResult {
    if params.get("inline_message_id").is_some() {
        return Err(ApiError::bad("MESSAGE_ID_INVALID"));
    }
    let chat_id = chat_target(shared, params)?;
    let message_id = i64_param(params, "message_id")
        .ok_or_else(|| ApiError::bad("message identifier is not specified"))?;
    let text = str_param(params, "text").unwrap_or_default();
    let parse_mode = str_param(params, "parse_mode");
    let visible = check_text(shared, &text, parse_mode.as_deref(), 4096, false)?;
    let markup = check_markup(params)?;
    {
        let inner = shared.lock();
        let old = inner
            .messages
            .get(&(chat_id, message_id))
            .ok_or_else(|| ApiError::bad("message to edit not found"))?;
        if old.get("text").and_then(Value::as_str) == Some(visible.as_str())
            && old.get("reply_markup") == markup.as_ref()
        {
            return Err(ApiError::bad(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
            ));
        }
    }
    check_rate(shared, chat_id)?;
    Ok(store(
        shared,
        Outgoing {
            method: "editMessageText",
            chat_id,
            text,
            visible,
            params: params.clone(),
            markup,
            photo: None,
        },
        Some(message_id),
    ))
}

fn answer_callback(shared: &Shared, params: &Value) -> ApiResult {
    let id = str_param(params, "callback_query_id").unwrap_or_default();
    let text = str_param(params, "text");
    if text.as_deref().is_some_and(|t| t.chars().count() > 200) {
        return Err(ApiError::bad("MESSAGE_TOO_LONG"));
    }
    let mut inner = shared.lock();
    if !inner.open_callbacks.remove(&id) {
        return Err(ApiError::bad(
            "query is too old and response timeout expired or query ID is invalid",
        ));
    }
    inner.callback_answers.push(CallbackAnswer {
        id,
        text,
        show_alert: bool_param(params, "show_alert"),
    });
    Ok(json!(true))
}

fn answer_inline(shared: &Shared, params: &Value) -> ApiResult {
    let id = str_param(params, "inline_query_id").unwrap_or_default();
    let results = json_param(params, "results")
        .and_then(|r| r.as_array().cloned())
        .unwrap_or_default();
    if results.len() > 50 {
        return Err(ApiError::bad("RESULTS_TOO_MUCH"));
    }
    let next_offset = str_param(params, "next_offset").filter(|o| !o.is_empty());
    if next_offset.as_ref().is_some_and(|o| o.len() > 64) {
        return Err(ApiError::bad("NEXT_OFFSET_INVALID"));
    }
    let mut ids = HashSet::new();
    for result in &results {
        let rid = result.get("id").and_then(Value::as_str).unwrap_or("");
        if rid.is_empty() || rid.len() > 64 {
            return Err(ApiError::bad("RESULT_ID_INVALID"));
        }
        if !ids.insert(rid.to_string()) {
            return Err(ApiError::bad("RESULT_ID_DUPLICATE"));
        }
        if result
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or("")
            .is_empty()
        {
            return Err(ApiError::bad("RESULT_TITLE_EMPTY"));
        }
        if let Some(content) = result.get("input_message_content") {
            let text = content
                .get("message_text")
                .and_then(Value::as_str)
                .unwrap_or("");
            let mode = content.get("parse_mode").and_then(Value::as_str);
            check_text(shared, text, mode, 4096, false)?;
        }
        let wrapped =
            json!({ "reply_markup": result.get("reply_markup").cloned().unwrap_or(Value::Null) });
        check_markup(&wrapped)?;
    }
    let mut inner = shared.lock();
    if !inner.open_inline.remove(&id) {
        return Err(ApiError::bad(
            "query is too old and response timeout expired or query ID is invalid",
        ));
    }
    inner.inline_answers.push(InlineAnswer {
        id,
        results,
        next_offset,
    });
    Ok(json!(true))
}

fn command_key(params: &Value) -> (String, String) {
    let scope = json_param(params, "scope").unwrap_or(json!({"type": "default"}));
    let lang = str_param(params, "language_code").unwrap_or_default();
    (scope.to_string(), lang)
}

fn set_my_commands(shared: &Shared, params: &Value) -> ApiResult {
    let commands = json_param(params, "commands")
        .and_then(|c| c.as_array().cloned())
        .ok_or_else(|| ApiError::bad("parameter \"commands\" is required"))?;
    if commands.len() > 100 {
        return Err(ApiError::bad("BOT_COMMANDS_TOO_MUCH"));
    }
    let lang = str_param(params, "language_code").unwrap_or_default();
    if !(lang.is_empty() || (lang.len() == 2 && lang.chars().all(|c| c.is_ascii_lowercase()))) {
        return Err(ApiError::bad("LANG_CODE_INVALID"));
    }
    let mut clean = Vec::new();
    for c in &commands {
        let raw = c
            .get("command")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        let name = raw.strip_prefix('/').unwrap_or(raw);
        let valid = (1..=32).contains(&name.len())
            && name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !valid {
            return Err(ApiError::bad("BOT_COMMAND_INVALID"));
        }
        let desc = c
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        if !(1..=256).contains(&desc.chars().count()) {
            return Err(ApiError::bad("BOT_COMMAND_DESCRIPTION_INVALID"));
        }
        clean.push(json!({"command": name, "description": desc}));
    }
    shared
        .lock()
        .commands
        .insert(command_key(params), Value::Array(clean));
    Ok(json!(true))
}

fn get_my_commands(shared: &Shared, params: &Value) -> ApiResult {
    Ok(shared
        .lock()
        .commands
        .get(&command_key(params))
        .cloned()
        .unwrap_or(json!([])))
}

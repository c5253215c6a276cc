//! The Telegram adapter: Telegram updates in, core answers out.
//!
//! [`run`] fetches updates by long polling (or receives them on a webhook), turns messages
//! into [`Incoming`] values, asks the core, and renders its replies as
//! Telegram HTML with inline keyboards. Updates of one chat are handled in order, chats in
//! parallel. Button presses are always answered; inline queries get article cards. Shutdown
//! stops fetching, finishes what was fetched and confirms it to Telegram.
//!
//! [`TelegramAdapter::connect`] asks `getMe` first, so whoever runs the adapter (`serve`) can
//! give the core the bot's username; notices the core addresses to other platforms go to the
//! outlet set with [`TelegramAdapter::forward_other_platforms`], and other platforms deliver
//! notices to Telegram through a [`TelegramNotifier`]. The command menu registered with
//! `setMyCommands` comes from the core's command definitions ([`command_menu`]).
//!
//! A failed `getUpdates` is tried again with capped backoff ([`crate::backoff`]) for as long as
//! the Bot API does not answer; the adapter's state goes to the [`crate::health`] registry
//! given with [`TelegramAdapter::report_health`], which the webhook listener's `/health` shows.

pub mod callback;
mod inbox;
pub mod incoming;
pub mod menu;
pub mod outbox;
pub mod pending;
pub mod render;

use crate::backoff::{Backoff, RECONNECT_CAP};
use crate::core::{self, ActionKind, ChatKind, ChatRef, Incoming, Notice, Platform, Response};
use crate::health::{Health, Reporter};
use crate::lang::Lang;
use crate::shutdown::Shutdown;
use callback::{CallbackCodec, DecodeError};
use incoming::BotIdentity;
use outbox::Outbox;
use pending::PendingRejections;
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use teloxide::types::{
    BotCommand, CallbackQuery, InlineQuery, InlineQueryResult, InlineQueryResultArticle,
    InputMessageContent, InputMessageContentText, MaybeInaccessibleMessage, Message, ParseMode,
    Update, UpdateKind,
};
use tokio::sync::{Notify, Semaphore, mpsc};
use tokio::task::JoinSet;

/// What can stop the Telegram adapter.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A request to Telegram failed for good (the text has the token removed).
    #[error("telegram request failed: {0}")]
    Request(String),
    /// Telegram did not answer, after the retries (network trouble, a 5xx, an outage): trying
    /// again later may work (the text has the token removed).
    #[error("telegram cannot be reached: {0}")]
    Unreachable(String),
    /// The configuration is unusable.
    #[error("telegram configuration: {0}")]
    Config(String),
    /// The webhook listener could not be opened.
    #[error("telegram webhook: cannot listen on {addr}: {source}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

impl Error {
    /// Whether trying again later may work: Telegram could not be reached. A refused token, a
    /// bad request or an unusable configuration stay as they are.
    pub fn is_transient(&self) -> bool {
        matches!(self, Error::Unreachable(_))
    }
}

/// The bot token and the webhook secret: the program's one secret type, whose `Debug` and
/// `Display` show nothing and which can [`redact`](Secret::redact) itself from error texts.
pub use crate::config::Secret;

/// What Telegram can do, as the core needs to know: commands start with `/` only, a person's
/// user id is their private chat with the bot, and a command written as one word in a text
/// (`/org_mintek`) is a link: one tap opens the entry.
pub const CAPABILITIES: core::Capabilities = core::Capabilities {
    command_prefix: '/',
    accepts_bang: false,
    private_by_user_id: true,
    open_commands: core::OpenCommands::Joined,
};

/// Webhook mode: Telegram posts updates to `url`, served on `listen`.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// The public HTTPS address Telegram posts to; its path is the route served.
    pub url: url::Url,
    /// The local address to listen on.
    pub listen: SocketAddr,
    /// Telegram sends it back in `X-Telegram-Bot-Api-Secret-Token`; other requests get 401.
    pub secret_token: Secret,
}

/// How the adapter reaches Telegram.
#[derive(Debug, Clone)]
pub struct TelegramConfig {
    /// The bot token.
    pub token: Secret,
    /// Another Bot API server (self-hosted, or a test server); Telegram's when `None`.
    pub api_url: Option<url::Url>,
    /// Hold Telegram's rate limits with teloxide's Throttle (off only for benchmarks).
    pub throttle: bool,
    /// Webhook mode; long polling when `None`.
    pub webhook: Option<WebhookConfig>,
    /// How many updates may wait in memory, in all and per chat.
    pub queue: QueueLimits,
}

impl TelegramConfig {
    /// The adapter's settings from the resolved program configuration (command line,
    /// environment, config file): the token, another Bot API server, and webhook mode when a
    /// webhook URL is given (it then needs a valid secret and a listen address). Telegram's
    /// rate limits are always held.
    pub fn from_config(c: &crate::config::TelegramConfig) -> Result<TelegramConfig, Error> {
        let api_url = c
            .api_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| {
                url::Url::parse(u).map_err(|e| Error::Config(format!("TELEGRAM_API_URL: {e}")))
            })
            .transpose()?;
        let webhook = match c.webhook_url.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(u) => {
                let url =
                    url::Url::parse(u).map_err(|e| Error::Config(format!("--webhook-url: {e}")))?;
                let listen = c.webhook_listen.trim().parse().map_err(|e| {
                    Error::Config(format!("--webhook-listen {:?}: {e}", c.webhook_listen))
                })?;
                let secret = c.webhook_secret.as_ref().ok_or_else(|| {
                    Error::Config(
                        "a webhook needs --webhook-secret (TELEGRAM_WEBHOOK_SECRET)".into(),
                    )
                })?;
                check_webhook_secret(secret.expose())?;
                Some(WebhookConfig {
                    url,
                    listen,
                    secret_token: secret.clone(),
                })
            }
        };
        Ok(TelegramConfig {
            token: Secret::new(c.token.expose().trim()),
            api_url,
            throttle: c.throttle,
            webhook,
            queue: QueueLimits::new(c.max_pending, c.chat_queue)?,
        })
    }
}

/// Telegram accepts 1–256 characters of `A-Za-z0-9_-` as a webhook secret.
fn check_webhook_secret(secret: &str) -> Result<(), Error> {
    let ok = (1..=256).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Error::Config(
            "the webhook secret must be 1–256 characters of A-Z, a-z, 0-9, _ and -".into(),
        ))
    }
}

/// What the adapter needs from the bot; implemented by [`core::Bot`].
pub trait Handler: Send + Sync + 'static {
    /// Answers one message.
    fn handle(&self, msg: &Incoming) -> Response;
    /// Runs a button's action.
    fn handle_action(&self, ctx: &Incoming, action: &ActionKind) -> Response;
    /// Inline-mode cards for `query` from `offset`.
    fn inline(&self, query: &str, lang: Lang, offset: &str) -> core::InlineAnswer;
    /// A group became a supergroup with a new id: whatever is kept per chat should move from
    /// `old` to `new`. Called once per migration; does nothing by default.
    fn chat_migrated(&self, old: &ChatRef, new: &ChatRef) {
        let _ = (old, new);
    }
    /// The database where fetched updates are kept until answered (see `inbox.rs`), if any;
    /// none by default (then a crash loses the updates being answered).
    fn inbox_store(&self) -> Option<Arc<crate::store::Store>> {
        None
    }
}

impl Handler for core::Bot {
    fn handle(&self, msg: &Incoming) -> Response {
        core::Bot::handle(self, msg)
    }
    fn handle_action(&self, ctx: &Incoming, action: &ActionKind) -> Response {
        core::Bot::handle_action(self, ctx, action)
    }
    fn inline(&self, query: &str, lang: Lang, offset: &str) -> core::InlineAnswer {
        core::Bot::inline(self, query, lang, offset, CAPABILITIES.open_commands)
    }
    fn chat_migrated(&self, old: &ChatRef, new: &ChatRef) {
        core::Bot::chat_migrated(self, old, new)
    }
    fn inbox_store(&self) -> Option<Arc<crate::store::Store>> {
        core::Bot::store(self).cloned()
    }
}

/// How long one `getUpdates` waits for news (below teloxide's 17 s client timeout).
const POLL_TIMEOUT_SECS: u32 = 10;
/// The longest wait between two failed `getUpdates` (the first is 250 ms; they double).
const MAX_POLL_RETRY: Duration = Duration::from_secs(30);
/// How long shutdown waits for updates already fetched to be answered.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
/// How many updates are answered at once (each holds a core call or an HTTP request to
/// Telegram in progress); the others wait in their chat's queue.
const ACTIVE_HANDLERS: usize = 64;
/// How many long texts the callback codec remembers.
const CODEC_CAPACITY: usize = 10_000;

/// Runs the Telegram adapter for `bot` until `shutdown` completes, then finishes the updates
/// already fetched (bounded) and returns.
pub async fn run(
    bot: core::Bot,
    cfg: TelegramConfig,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), Error> {
    run_with(Arc::new(bot), cfg, shutdown).await
}

/// [`run`] for any [`Handler`].
pub async fn run_with<H: Handler>(
    handler: Arc<H>,
    cfg: TelegramConfig,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), Error> {
    TelegramAdapter::connect(cfg)
        .await?
        .run(handler, shutdown)
        .await
}

/// A connected Telegram adapter: the client is set up and `getMe` has told who the bot is.
/// Call [`TelegramAdapter::run`] to start answering.
///
/// Connecting first lets the caller give the core the bot's username (so `/find@ThisBot` is
/// recognised there too) and wire notices between platforms before any update is handled.
pub struct TelegramAdapter {
    outbox: Outbox,
    me: BotIdentity,
    webhook: Option<WebhookConfig>,
    limits: QueueLimits,
    outlet: Option<mpsc::UnboundedSender<Notice>>,
    health: Option<Reporter>,
}

/// Sends [`Notice`]s to Telegram chats; for the other adapters and the periodic work running
/// in the same process. Same retries, limits and migrations as the adapter's own replies.
#[derive(Clone)]
pub struct TelegramNotifier {
    outbox: Outbox,
}

impl TelegramAdapter {
    /// Builds the client for `cfg` and asks Telegram who the bot is (`getMe`, retried on
    /// network trouble; a wrong token fails at once).
    pub async fn connect(cfg: TelegramConfig) -> Result<TelegramAdapter, Error> {
        let codec = Arc::new(CallbackCodec::new(CODEC_CAPACITY));
        let outbox = Outbox::new(&cfg.token, cfg.api_url.as_ref(), cfg.throttle, codec);
        let (id, username) = outbox.me().await?;
        log::info!("telegram: connected as @{username}");
        Ok(TelegramAdapter {
            outbox,
            me: BotIdentity { id, username },
            webhook: cfg.webhook,
            limits: cfg.queue,
            outlet: None,
            health: None,
        })
    }

    /// [`TelegramAdapter::connect`], tried again with growing delays (at most a minute apart,
    /// [`RECONNECT_CAP`]) for as long as Telegram cannot be reached, so a bot started during an
    /// outage comes up when Telegram does. `health` shows "retrying" meanwhile. A token
    /// Telegram refuses ends it at once with the error; `shutdown` ends it with `Ok(None)`.
    pub async fn connect_retrying(
        cfg: TelegramConfig,
        health: Reporter,
        mut shutdown: Shutdown,
    ) -> Result<Option<TelegramAdapter>, Error> {
        let mut backoff = Backoff::new(Duration::from_millis(250), RECONNECT_CAP);
        loop {
            let attempt = tokio::select! {
                attempt = TelegramAdapter::connect(cfg.clone()) => attempt,
                () = shutdown.wait() => return Ok(None),
            };
            match attempt {
                Ok(mut adapter) => {
                    health.connected();
                    adapter.report_health(health);
                    return Ok(Some(adapter));
                }
                Err(e) if e.is_transient() => {
                    let delay = backoff.next_delay();
                    log::warn!("telegram: cannot connect yet ({e}); trying again in {delay:?}");
                    health.retrying(&e.to_string());
                    tokio::select! {
                        () = tokio::time::sleep(delay) => {}
                        () = shutdown.wait() => return Ok(None),
                    }
                }
                Err(e) => {
                    log::error!("telegram: cannot start: {e}");
                    health.stopped(Some(&e.to_string()));
                    return Err(e);
                }
            }
        }
    }

    /// The bot's username, without `@` (from `getMe`).
    pub fn username(&self) -> &str {
        &self.me.username
    }

    /// The bot's Telegram user id.
    pub fn user_id(&self) -> u64 {
        self.me.id.0
    }

    /// A handle that delivers notices to Telegram chats.
    pub fn notifier(&self) -> TelegramNotifier {
        TelegramNotifier {
            outbox: self.outbox.clone(),
        }
    }

    /// Sends notices the core addresses to other platforms (a Matrix moderators' room, a
    /// contributor on Matrix) to `outlet`, instead of logging them as undeliverable.
    pub fn forward_other_platforms(&mut self, outlet: mpsc::UnboundedSender<Notice>) {
        self.outlet = Some(outlet);
    }

    /// Reports the adapter's state (connected, retrying, stopped) to `health`; the webhook
    /// listener's `/health` shows that registry. Without one, `/health` shows Telegram alone.
    pub fn report_health(&mut self, health: Reporter) {
        self.health = Some(health);
    }

    /// Answers updates with `handler` until `shutdown` completes, then finishes the updates
    /// already fetched (bounded), confirms them to Telegram and returns.
    pub async fn run<H: Handler>(
        self,
        handler: Arc<H>,
        shutdown: impl Future<Output = ()> + Send,
    ) -> Result<(), Error> {
        let hook_handler = handler.clone();
        self.outbox.set_migration_hook(Arc::new(move |old, new| {
            let chat = |id: i64| ChatRef {
                platform: Platform::Telegram,
                id: id.to_string(),
            };
            hook_handler.chat_migrated(&chat(old), &chat(new));
        }));
        log::info!("telegram: running as @{}", self.me.username);
        // The menu is registered in the background so polling starts at once.
        let menu_outbox = self.outbox.clone();
        tokio::spawn(async move { register_commands(&menu_outbox).await });
        let inbox = inbox::Inbox::new(handler.inbox_store());
        let ctx = Arc::new(Context {
            inbox,
            handler,
            outbox: self.outbox,
            me: self.me,
            outlet: self.outlet,
            rejections: PendingRejections::default(),
            core: CorePool::new(),
        });
        let health = self
            .health
            .unwrap_or_else(|| Health::new().reporter(Platform::Telegram));
        let result = match self.webhook {
            None => poll_loop(ctx, self.limits, &health, shutdown).await,
            Some(hook) => webhook_loop(ctx, hook, self.limits, &health, shutdown).await,
        };
        health.stopped(result.as_ref().err().map(|e| e.to_string()).as_deref());
        result
    }
}

impl TelegramNotifier {
    /// Sends `notice` to its Telegram chat; returns the ids of the messages sent.
    pub async fn send(&self, notice: &Notice) -> Result<Vec<i32>, Error> {
        if notice.to.platform != Platform::Telegram {
            return Err(Error::Config(format!(
                "a notice for {} cannot be sent to Telegram",
                notice.to
            )));
        }
        let chat =
            notice.to.id.parse::<i64>().map_err(|_| {
                Error::Config(format!("invalid Telegram chat id {:?}", notice.to.id))
            })?;
        let ids = self.outbox.send_reply(chat, &notice.reply).await?;
        Ok(ids.into_iter().map(|id| id.0).collect())
    }
}

/// The command menu for `lang` from the core's command definitions, as Telegram accepts it:
/// names of 1–32 characters of `a-z0-9_`, descriptions of 3–256 characters starting with a
/// capital letter. Entries Telegram would refuse are left out (and logged).
pub fn command_menu(lang: Lang) -> Vec<BotCommand> {
    core::Bot::command_menu(lang)
        .into_iter()
        .filter_map(|(name, about)| {
            let name_ok = (1..=32).contains(&name.len())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            let mut chars = about.trim().chars();
            let about: String = match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
            let about_ok = (3..=256).contains(&about.chars().count());
            if name_ok && about_ok {
                Some(BotCommand::new(name, about))
            } else {
                log::warn!("telegram: command {name:?} left out of the {lang} menu");
                None
            }
        })
        .collect()
}

/// Registers the command menu: English as the default, then each other language.
async fn register_commands(outbox: &Outbox) {
    for lang in Lang::ALL {
        let commands = command_menu(lang);
        let code = (lang != Lang::En).then(|| lang.code());
        if let Err(e) = outbox.set_commands(commands.clone(), code).await {
            log::warn!("telegram: command menu for {lang} not registered: {e}");
        }
        if lang == Lang::En
            && let Err(e) = outbox.set_commands(commands, Some("en")).await
        {
            log::warn!("telegram: command menu for en not registered: {e}");
        }
    }
}

/// Everything an update handler needs.
struct Context<H> {
    handler: Arc<H>,
    outbox: Outbox,
    me: BotIdentity,
    /// Where notices for other platforms go, if another adapter runs beside this one.
    outlet: Option<mpsc::UnboundedSender<Notice>>,
    /// Announcements whose Reject was pressed, waiting for the moderator's reason.
    rejections: PendingRejections,
    /// The threads that run core calls (see [`call_core`]).
    core: CorePool,
    /// Fetched updates kept until answered.
    inbox: inbox::Inbox,
}

/// Limits on the updates the adapter holds in memory (issue 6, security review: one
/// flooding chat must not starve the others, and a burst must not grow memory without bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueLimits {
    /// Updates fetched and not yet answered, all chats together. At this many, `getUpdates`
    /// pauses (Telegram keeps the rest) until a quarter of them are answered; in webhook mode
    /// further posts are refused with 503 (Telegram posts them again later).
    pub max_pending: usize,
    /// Updates waiting in one chat behind the one being answered; more from that chat are
    /// dropped (and logged), so a flood takes at most this many places.
    pub max_per_chat: usize,
}

impl QueueLimits {
    /// Default for [`QueueLimits::max_pending`].
    pub const DEFAULT_MAX_PENDING: usize = crate::config::DEFAULT_TELEGRAM_MAX_PENDING;
    /// Default for [`QueueLimits::max_per_chat`].
    pub const DEFAULT_MAX_PER_CHAT: usize = crate::config::DEFAULT_TELEGRAM_CHAT_QUEUE;
}

impl QueueLimits {
    /// Limits of `max_pending` in all and `max_per_chat` waiting per chat; `max_pending`
    /// must be at least 1.
    pub fn new(max_pending: usize, max_per_chat: usize) -> Result<QueueLimits, Error> {
        if max_pending == 0 {
            return Err(Error::Config(
                "the pending-update limit (TELEGRAM_MAX_PENDING) must be at least 1".into(),
            ));
        }
        Ok(QueueLimits {
            max_pending,
            max_per_chat,
        })
    }
}

impl Default for QueueLimits {
    fn default() -> Self {
        QueueLimits {
            max_pending: QueueLimits::DEFAULT_MAX_PENDING,
            max_per_chat: QueueLimits::DEFAULT_MAX_PER_CHAT,
        }
    }
}

/// One chat's waiting updates; present in [`Queues::chats`] exactly while a worker runs for
/// that chat.
#[derive(Default)]
struct ChatQueue {
    waiting: std::collections::VecDeque<Update>,
    /// Updates dropped since the chat's worker started (for the log).
    dropped: u64,
}

/// The state shared by the dispatcher and its workers.
struct Queues {
    chats: Mutex<HashMap<i64, ChatQueue>>,
    /// Updates accepted and not yet answered (queued or being handled).
    pending: AtomicUsize,
    /// Signalled whenever an update has been answered.
    freed: Notify,
    /// Updates being answered at once (see [`ACTIVE_HANDLERS`]).
    active: Semaphore,
}

impl Queues {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, ChatQueue>> {
        // The map stays consistent if a holder panicked: every change is one call.
        self.chats.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn finished(&self, n: usize) {
        self.pending.fetch_sub(n, Ordering::AcqRel);
        self.freed.notify_one();
    }
}

/// Ends a chat's worker: when the worker did not finish normally (a panic), its chat entry is
/// removed and its waiting updates are given up, so the chat gets a fresh worker next time and
/// the pending count stays right.
struct WorkerGuard {
    queues: Arc<Queues>,
    key: i64,
    /// The update in hand is counted in `pending` and not finished yet.
    holding: bool,
}

impl Drop for WorkerGuard {
    fn drop(&mut self) {
        if !self.holding {
            return;
        }
        let lost = self
            .queues
            .lock()
            .remove(&self.key)
            .map_or(0, |q| q.waiting.len());
        log::error!(
            "telegram: the worker of chat {} stopped early; {lost} waiting updates dropped",
            self.key
        );
        self.queues.finished(lost + 1);
    }
}

/// Hands updates to one worker task per busy chat, so a chat's updates are handled in order
/// and chats in parallel; a worker ends as soon as its chat has nothing waiting. Holds at most
/// [`QueueLimits::max_per_chat`] waiting updates per chat and tells the fetcher how much room
/// is left under [`QueueLimits::max_pending`].
struct Dispatcher<H: Handler> {
    ctx: Arc<Context<H>>,
    queues: Arc<Queues>,
    limits: QueueLimits,
    workers: JoinSet<()>,
}

impl<H: Handler> Dispatcher<H> {
    fn new(ctx: Arc<Context<H>>, limits: QueueLimits) -> Dispatcher<H> {
        Dispatcher {
            ctx,
            queues: Arc::new(Queues {
                chats: Mutex::new(HashMap::new()),
                pending: AtomicUsize::new(0),
                freed: Notify::new(),
                active: Semaphore::new(ACTIVE_HANDLERS),
            }),
            limits: QueueLimits {
                max_pending: limits.max_pending.max(1),
                max_per_chat: limits.max_per_chat,
            },
            workers: JoinSet::new(),
        }
    }

    /// Updates accepted and not answered yet.
    fn pending(&self) -> usize {
        self.queues.pending.load(Ordering::Acquire)
    }

    /// How many more updates may be fetched now.
    fn room(&self) -> usize {
        self.limits.max_pending.saturating_sub(self.pending())
    }

    /// Waits until enough updates were answered to fetch again: at least a quarter of
    /// `max_pending` (at most 100, Telegram's largest batch) free.
    async fn wait_for_room(&self) {
        let want = (self.limits.max_pending / 4).clamp(1, 100);
        while self.room() < want {
            self.queues.freed.notified().await;
        }
    }

    /// Queues `update` behind its chat's earlier ones; false when it was dropped because its
    /// chat already has [`QueueLimits::max_per_chat`] updates waiting.
    fn dispatch(&mut self, update: Update) -> bool {
        let key = order_key(&update);
        {
            let mut chats = self.queues.lock();
            if let Some(chat) = chats.get_mut(&key) {
                if chat.waiting.len() >= self.limits.max_per_chat {
                    chat.dropped += 1;
                    if chat.dropped.is_power_of_two() {
                        log::warn!(
                            "telegram: chat {key} is flooding; {} of its updates dropped",
                            chat.dropped
                        );
                    }
                    self.ctx.inbox.answered(update.id.0);
                    return false;
                }
                chat.waiting.push_back(update);
                self.queues.pending.fetch_add(1, Ordering::AcqRel);
                return true;
            }
            chats.insert(key, ChatQueue::default());
            self.queues.pending.fetch_add(1, Ordering::AcqRel);
        }
        let ctx = self.ctx.clone();
        let queues = self.queues.clone();
        self.workers.spawn(async move {
            let mut guard = WorkerGuard {
                queues,
                key,
                holding: true,
            };
            let mut next = Some(update);
            while let Some(update) = next {
                // A waiting update costs its own size; one being answered costs the whole
                // handling future (tens of kB with the HTTP requests in it), so only
                // ACTIVE_HANDLERS are answered at once, first come first served. The future
                // is boxed so that a worker waiting here stays small.
                let slot = guard.queues.active.acquire().await;
                let id = update.id.0;
                Box::pin(handle_update(&ctx, update)).await;
                drop(slot);
                ctx.inbox.answered(id);
                next = {
                    let mut chats = guard.queues.lock();
                    let more = chats.get_mut(&key).and_then(|c| c.waiting.pop_front());
                    if more.is_none() {
                        chats.remove(&key);
                    }
                    more
                };
                guard.holding = next.is_some();
                guard.queues.finished(1);
            }
        });
        // Reap finished workers so the set stays small.
        while let Some(done) = self.workers.try_join_next() {
            if let Err(e) = done {
                log::error!("telegram: an update worker failed: {e}");
            }
        }
        true
    }

    /// Stops taking updates and waits (bounded) for the workers to finish theirs.
    async fn drain(mut self) {
        let all = async {
            while let Some(done) = self.workers.join_next().await {
                if let Err(e) = done {
                    log::error!("telegram: an update worker failed: {e}");
                }
            }
        };
        if tokio::time::timeout(DRAIN_TIMEOUT, all).await.is_err() {
            log::error!("telegram: shutdown gave up waiting for replies in progress");
        }
    }
}

/// The key whose updates must be handled in order: the chat, or the user for inline queries.
fn order_key(update: &Update) -> i64 {
    match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => m.chat.id.0,
        UpdateKind::CallbackQuery(q) => q
            .message
            .as_ref()
            .map_or(q.from.id.0 as i64, |m| m.chat().id.0),
        UpdateKind::InlineQuery(q) => q.from.id.0 as i64,
        _ => 0,
    }
}

/// Long polling until `shutdown`; then drains and confirms the fetched updates.
async fn poll_loop<H: Handler>(
    ctx: Arc<Context<H>>,
    limits: QueueLimits,
    health: &Reporter,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), Error> {
    if let Err(e) = ctx.outbox.delete_webhook().await {
        log::warn!("telegram: could not remove a webhook before polling: {e}");
    }
    let outbox = ctx.outbox.clone();
    let inbox = ctx.inbox.clone();
    let mut dispatcher = Dispatcher::new(ctx, limits);
    let mut offset: i32 = 0;
    // What a crash left unanswered comes first; Telegram has forgotten it already.
    for update in inbox.replay().await {
        offset = offset.max(update.id.0 as i32 + 1);
        dispatcher.dispatch(update);
    }
    let mut backoff = Backoff::new(Duration::from_millis(250), MAX_POLL_RETRY);
    // `getMe` answered a moment ago, in `connect`.
    health.connected();
    tokio::pin!(shutdown);
    loop {
        // Full: Telegram keeps the updates until there is room again.
        tokio::select! {
            () = &mut shutdown => break,
            () = dispatcher.wait_for_room() => {}
        }
        let limit = u8::try_from(dispatcher.room().clamp(1, 100)).unwrap_or(100);
        let polled = tokio::select! {
            () = &mut shutdown => break,
            res = outbox.poll(offset, POLL_TIMEOUT_SECS, limit) => res,
        };
        match polled {
            Ok(updates) => {
                // Kept on disk before the next getUpdates confirms them to Telegram. If the
                // database cannot take them (busy, disk full), they are answered anyway: a
                // search still works, a contribution is refused with "try again", and only
                // a crash in that moment could lose them.
                if !inbox.keep(&updates).await {
                    log::warn!(
                        "telegram: answering {} updates without keeping them",
                        updates.len()
                    );
                }
                backoff.reset();
                health.connected();
                for update in updates {
                    offset = offset.max(update.id.0 as i32 + 1);
                    dispatcher.dispatch(update);
                }
            }
            Err(e) => {
                let delay = backoff.next_delay();
                log::warn!("telegram: getUpdates failed ({e}); retrying in {delay:?}");
                health.retrying(&e.to_string());
                tokio::select! {
                    () = &mut shutdown => break,
                    () = tokio::time::sleep(delay) => {}
                }
            }
        }
    }
    log::info!("telegram: stopping; finishing updates in progress");
    dispatcher.drain().await;
    inbox.flush().await;
    if offset > 0 {
        // Confirm what was handled, so a restart does not answer it twice.
        if let Err(e) = outbox.poll(offset, 0, 1).await {
            log::warn!("telegram: could not confirm handled updates: {e}");
        }
    }
    log::info!("telegram: stopped");
    Ok(())
}

/// Webhook mode until `shutdown`: an axum server with the update route and `/health`.
async fn webhook_loop<H: Handler>(
    ctx: Arc<Context<H>>,
    hook: WebhookConfig,
    limits: QueueLimits,
    health: &Reporter,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), Error> {
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::post;
    use subtle::ConstantTimeEq;

    let listener = tokio::net::TcpListener::bind(hook.listen)
        .await
        .map_err(|source| Error::Listen {
            addr: hook.listen,
            source,
        })?;
    // Bounded: when the dispatcher is full and this buffer too, posts get 503 and Telegram
    // delivers them again later.
    let (tx, mut rx) = mpsc::channel::<Update>(limits.max_pending.clamp(1, 100));
    let secret = hook.secret_token.clone();
    let inbox = ctx.inbox.clone();
    let flush_inbox = ctx.inbox.clone();
    let route = match hook.url.path() {
        "" => "/".to_string(),
        p => p.to_string(),
    };
    let receive = move |headers: HeaderMap, body: String| {
        let tx = tx.clone();
        let secret = secret.clone();
        let inbox = inbox.clone();
        async move {
            let given = headers
                .get("x-telegram-bot-api-secret-token")
                .map(|v| v.as_bytes())
                .unwrap_or_default();
            if !bool::from(given.ct_eq(secret.expose().as_bytes())) {
                return StatusCode::UNAUTHORIZED;
            }
            let update = serde_json::from_str::<Update>(&body);
            if let Ok(u) = &update
                && !inbox.keep(std::slice::from_ref(u)).await
            {
                log::warn!("telegram: answering update {} without keeping it", u.id.0);
            }
            match update {
                // Telegram forgets the update once it gets 200: keep it first (if the
                // database cannot, answer it anyway, as in polling).
                Ok(update) => match tx.try_send(update) {
                    Ok(()) => StatusCode::OK,
                    // Refused: Telegram sends it again later, so it must not be kept too.
                    Err(mpsc::error::TrySendError::Full(u)) => {
                        log::warn!("telegram: webhook update refused, the queue is full");
                        inbox.answered(u.id.0);
                        StatusCode::SERVICE_UNAVAILABLE
                    }
                    Err(mpsc::error::TrySendError::Closed(u)) => {
                        inbox.answered(u.id.0);
                        StatusCode::SERVICE_UNAVAILABLE
                    }
                },
                Err(e) => {
                    log::warn!("telegram: webhook body is not an update: {e}");
                    StatusCode::BAD_REQUEST
                }
            }
        }
    };
    let app = axum::Router::new()
        .route(&route, post(receive))
        .merge(health.registry().router());
    ctx.outbox
        .set_webhook(&hook.url, &hook.secret_token)
        .await?;
    health.connected();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        let stopped = async {
            let _ = stop_rx.await;
        };
        axum::serve(listener, app)
            .with_graceful_shutdown(stopped)
            .await
    });
    let mut dispatcher = Dispatcher::new(ctx, limits);
    // What a crash left unanswered comes first; Telegram has forgotten it already.
    for update in flush_inbox.replay().await {
        dispatcher.dispatch(update);
    }
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            () = dispatcher.wait_for_room() => {}
        }
        tokio::select! {
            () = &mut shutdown => break,
            next = rx.recv() => match next {
                Some(update) => {
                    dispatcher.dispatch(update);
                }
                None => break,
            },
        }
    }
    let _ = stop_tx.send(());
    match server.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => log::error!("telegram: webhook server failed: {e}"),
        Err(e) => log::error!("telegram: webhook server task failed: {e}"),
    }
    // Updates accepted before the server stopped are still answered.
    while let Ok(update) = rx.try_recv() {
        dispatcher.dispatch(update);
    }
    dispatcher.drain().await;
    flush_inbox.flush().await;
    log::info!("telegram: stopped");
    Ok(())
}

/// Handles one update; every failure is logged here and never stops the adapter.
async fn handle_update<H: Handler>(ctx: &Arc<Context<H>>, update: Update) {
    match update.kind {
        UpdateKind::Message(msg) => on_message(ctx, msg).await,
        UpdateKind::CallbackQuery(q) => on_callback(ctx, q).await,
        UpdateKind::InlineQuery(q) => on_inline(ctx, q).await,
        _ => log::debug!("telegram: update {} ignored", update.id.0),
    }
}

/// The language for the adapter's own short texts.
fn hint_lang(hint: Option<&str>) -> Lang {
    hint.and_then(Lang::from_hint).unwrap_or(Lang::En)
}

/// A core call handed to the [`CorePool`].
type Job = Box<dyn FnOnce() + Send>;

/// A fixed set of threads that run the core's calls (searches, SQLite writes) off the async
/// threads. Fixed, unlike `spawn_blocking`, so a burst neither starts a thread per update
/// nor spreads its allocations over a malloc arena per thread (each arena keeps its peak).
/// The threads end when the pool is dropped.
struct CorePool {
    jobs: Mutex<std::sync::mpsc::Sender<Job>>,
}

impl CorePool {
    /// Two threads per core: one computing, one waiting on the disk (a `/share` commits to
    /// SQLite with `synchronous=FULL`).
    fn new() -> CorePool {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..threads {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("core-{i}"))
                .spawn(move || {
                    loop {
                        // One thread waits in `recv` at a time; the others wait for the lock.
                        let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        match job {
                            Ok(job) => job(),
                            Err(_) => break,
                        }
                    }
                });
            if let Err(e) = spawned {
                log::error!("telegram: could not start core thread {i}: {e}");
            }
        }
        CorePool {
            jobs: Mutex::new(tx),
        }
    }

    fn submit(&self, job: Job) -> bool {
        self.jobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(job)
            .is_ok()
    }
}

/// Runs a core call on the [`CorePool`]; a panic in the core becomes `None`.
async fn call_core<H, T: Send + 'static>(
    ctx: &Context<H>,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    });
    if !ctx.core.submit(job) {
        log::error!("telegram: no core thread is running");
        return None;
    }
    match rx.await {
        Ok(Ok(v)) => Some(v),
        Ok(Err(_)) | Err(_) => {
            log::error!("telegram: the core failed while answering");
            None
        }
    }
}

/// A one-paragraph reply.
fn text_reply(text: &str, lang: Lang) -> core::Reply {
    core::Reply {
        lang: Some(lang),
        blocks: vec![core::Block::Paragraph(vec![core::Inline::Text(
            text.into(),
        )])],
        ..core::Reply::default()
    }
}

async fn on_message<H: Handler>(ctx: &Arc<Context<H>>, msg: Message) {
    if let Some(new) = msg.migrate_to_chat_id() {
        let (outbox, old, new) = (ctx.outbox.clone(), msg.chat.id.0, new.0);
        call_core(ctx, move || outbox.note_migration(old, new)).await;
        return;
    }
    let Some(incoming) = incoming::to_incoming(&msg, &ctx.me) else {
        return;
    };
    let chat = msg.chat.id.0;
    let lang = hint_lang(incoming.language_hint.as_deref());
    let addressed = incoming.addressed;
    let from = msg.from.as_ref().map(|u| u.id.0);
    let command = command_word(&incoming.text);
    let handler = ctx.handler.clone();
    let response = call_core(ctx, move || handler.handle(&incoming)).await;
    let response = match response {
        Some(r) => r,
        None if addressed => Response {
            reply: Some(text_reply(menu::failure(lang), lang)),
            notices: Vec::new(),
        },
        None => return,
    };
    // The reason for a rejection: when this moderator pressed Reject here and this plain
    // text brought the decision, the decision replaces the announcement (as an approval does)
    // and is not sent again as a new message; if the announcement cannot be edited any more,
    // the outbox sends it as a new message instead. Like the core, plain text uses up the
    // wait and so does /cancel; other commands (even `/reject 43 …`, a decision about another
    // submission) leave both the wait and the announcement alone.
    let pending = from.and_then(|user| {
        let id = ctx.rejections.get(chat, user, std::time::Instant::now())?;
        Some((user, id))
    });
    let mut edit = None;
    if let Some((user, id)) = pending {
        match command.as_deref() {
            None => {
                if is_decision(chat, &response) {
                    edit = Some(id);
                }
                ctx.rejections.forget(chat, user, id);
            }
            Some("cancel") => ctx.rejections.forget(chat, user, id),
            Some(_) => {}
        }
    }
    deliver(ctx, chat, edit, response).await;
}

/// The command `text` starts with, lower-cased and without `/` or `@bot` (`/Cancel@Bot` →
/// `cancel`); `None` for plain text.
fn command_word(text: &str) -> Option<String> {
    let word = text
        .trim_start()
        .strip_prefix('/')?
        .split_whitespace()
        .next()?;
    let name = word.split('@').next().unwrap_or(word);
    Some(name.to_lowercase())
}

/// Whether `response`, answering a moderator in `chat`, is a moderation decision: the core
/// tells the contributor, so it carries a notice for a chat other than the moderators' own.
fn is_decision(chat: i64, response: &Response) -> bool {
    let here = chat.to_string();
    response.reply.is_some()
        && response
            .notices
            .iter()
            .any(|n| n.to.platform != Platform::Telegram || n.to.id != here)
}

/// Sends a response: the reply to `chat` (editing `edit` when given), then the notices.
async fn deliver<H: Handler>(
    ctx: &Arc<Context<H>>,
    chat: i64,
    edit: Option<teloxide::types::MessageId>,
    response: Response,
) {
    if let Some(reply) = &response.reply {
        let sent = match edit {
            Some(id) => ctx.outbox.edit_reply(chat, id, reply).await,
            None => ctx.outbox.send_reply(chat, reply).await.map(|_| ()),
        };
        if let Err(e) = sent {
            log::error!("telegram: reply to chat {chat} lost: {e}");
        }
    }
    for notice in response.notices {
        if notice.to.platform != Platform::Telegram {
            let to = notice.to.clone();
            match &ctx.outlet {
                Some(outlet) if outlet.send(notice).is_ok() => {}
                _ => log::error!("telegram: a notice for {to} has no adapter to deliver it"),
            }
            continue;
        }
        deliver_notice(&ctx.outbox, &notice.to, &notice.reply).await;
    }
}

/// Delivers a notice to a Telegram chat.
async fn deliver_notice(outbox: &Outbox, to: &ChatRef, reply: &core::Reply) {
    match to.id.parse::<i64>() {
        Ok(chat) => {
            if let Err(e) = outbox.send_reply(chat, reply).await {
                log::error!("telegram: notice to chat {chat} lost: {e}");
            }
        }
        Err(_) => log::error!("telegram: notice for invalid chat id {:?}", to.id),
    }
}

async fn on_callback<H: Handler>(ctx: &Arc<Context<H>>, q: CallbackQuery) {
    let lang = hint_lang(q.from.language_code.as_deref());
    let decoded = match q.data.as_deref() {
        Some(data) => ctx.outbox.codec().decode(data),
        None => Err(DecodeError::Forged),
    };
    let message = q.message.as_ref();
    let (action, message) = match (decoded, message) {
        (Ok(action), Some(m)) => (action, m),
        (Ok(_), None) | (Err(DecodeError::Expired), _) => {
            answer_callback(ctx, &q, Some(menu::expired(lang))).await;
            return;
        }
        (Err(DecodeError::Forged), _) => {
            log::warn!("telegram: unknown callback data from user {}", q.from.id.0);
            answer_callback(ctx, &q, Some(menu::unknown_button(lang))).await;
            return;
        }
    };
    // Answer at once so the button stops spinning, then do the work.
    answer_callback(ctx, &q, None).await;
    let chat = message.chat();
    let ctx_msg = Incoming {
        chat: ChatRef {
            platform: Platform::Telegram,
            id: chat.id.0.to_string(),
        },
        chat_kind: if chat.is_private() {
            ChatKind::Private
        } else {
            ChatKind::Group
        },
        caps: CAPABILITIES,
        user: incoming::user_ref(&q.from),
        language_hint: q.from.language_code.clone(),
        text: String::new(),
        addressed: true,
        attachments: Vec::new(),
        reply_to: None,
    };
    let edit = match (&action, message) {
        // Buttons that change the view edit their message; commands answer anew.
        (ActionKind::Command(_), _) => None,
        (_, MaybeInaccessibleMessage::Regular(m)) => Some(m.id),
        (_, MaybeInaccessibleMessage::Inaccessible(_)) => None,
    };
    let moderation = matches!(action, ActionKind::Approve(_) | ActionKind::Reject(_));
    let rejecting = matches!(action, ActionKind::Reject(_));
    let announcement = edit;
    let handler = ctx.handler.clone();
    let response = call_core(ctx, move || handler.handle_action(&ctx_msg, &action)).await;
    let response = response.unwrap_or_else(|| Response {
        reply: Some(text_reply(menu::failure(lang), lang)),
        notices: Vec::new(),
    });
    // A decision (the contributor is told: the response carries their notice) replaces the
    // announcement and its buttons; anything else (a refusal, the question for a rejection's
    // reason) is a new message, so the announcement keeps its buttons for the next try.
    let decided = !response.notices.is_empty();
    let edit = if moderation && !decided { None } else { edit };
    if let Some(id) = announcement {
        if rejecting && !decided {
            // The core asked for the reason: the moderator's next message here carries it,
            // and the decision it brings will replace this announcement.
            ctx.rejections
                .remember(chat.id.0, q.from.id.0, id, std::time::Instant::now());
        } else if moderation && decided {
            ctx.rejections.forget(chat.id.0, q.from.id.0, id);
        }
    }
    deliver(ctx, chat.id.0, edit, response).await;
}

async fn answer_callback<H: Handler>(ctx: &Arc<Context<H>>, q: &CallbackQuery, text: Option<&str>) {
    if let Err(e) = ctx.outbox.answer_callback(&q.id, text).await {
        log::error!(
            "telegram: callback from user {} could not be answered: {e}",
            q.from.id.0
        );
    }
}

/// Telegram's limits for inline answers.
const INLINE_MAX_RESULTS: usize = 50;
const INLINE_MAX_OFFSET: usize = 64;
const INLINE_MAX_QUERY: usize = 256;

async fn on_inline<H: Handler>(ctx: &Arc<Context<H>>, q: InlineQuery) {
    let lang = hint_lang(q.from.language_code.as_deref());
    let query: String = q.query.chars().take(INLINE_MAX_QUERY).collect();
    let offset = q.offset.clone();
    let handler = ctx.handler.clone();
    let answer = call_core(ctx, move || handler.inline(&query, lang, &offset))
        .await
        .unwrap_or(core::InlineAnswer {
            cards: Vec::new(),
            next_offset: None,
        });
    let results = inline_results(&answer);
    let next = answer.next_offset.filter(|o| {
        let fits = o.len() <= INLINE_MAX_OFFSET;
        if !fits {
            log::error!("telegram: inline next_offset longer than 64 bytes dropped");
        }
        fits && !o.is_empty()
    });
    if let Err(e) = ctx.outbox.answer_inline(&q.id, results, next).await {
        log::error!(
            "telegram: inline query from user {} not answered: {e}",
            q.from.id.0
        );
    }
}

/// Article results for the cards: HTML messages without buttons (an inline message has no
/// chat to answer a button in), at most 50, ids unique and within 64 bytes.
pub fn inline_results(answer: &core::InlineAnswer) -> Vec<InlineQueryResult> {
    let mut seen = std::collections::HashSet::new();
    answer
        .cards
        .iter()
        .filter_map(|card| {
            let text = render::render_html(&card.message, render::MESSAGE_LIMIT)
                .into_iter()
                .next()?;
            let id = if card.id.is_empty() || card.id.len() > 64 {
                use sha2::Digest;
                hex::encode(&sha2::Sha256::digest(card.id.as_bytes())[..16])
            } else {
                card.id.clone()
            };
            if !seen.insert(id.clone()) {
                return None;
            }
            let title = if card.title.trim().is_empty() {
                id.clone()
            } else {
                card.title.clone()
            };
            let content = InputMessageContent::Text(
                InputMessageContentText::new(text)
                    .parse_mode(ParseMode::Html)
                    .link_preview_options(outbox::preview(card.message.no_preview)),
            );
            let mut article = InlineQueryResultArticle::new(id, title, content);
            if !card.description.is_empty() {
                article = article.description(card.description.clone());
            }
            Some(InlineQueryResult::Article(article))
        })
        .take(INLINE_MAX_RESULTS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token never shows in a redacted text, whole or as its secret part (URL-encoded
    /// paths keep the part after `:`), and `Debug` hides it.
    /// Commands are recognised with or without `@bot` and in any case; plain text is not a
    /// command.
    #[test]
    fn command_word_reads_the_command() {
        assert_eq!(command_word("/Cancel@MinersBot").as_deref(), Some("cancel"));
        assert_eq!(command_word("  /reject 43 spam").as_deref(), Some("reject"));
        assert_eq!(command_word("blurry photo"), None);
        assert_eq!(command_word("@MinersBot blurry /photo"), None);
    }

    #[test]
    fn secrets_are_redacted() {
        let token = Secret::new("123456:AAF7-g0gYncWnm5IyfZlpPRqRRv6kNAGlao");
        let text = "error sending request for url (https://api.telegram.org/bot123456%3AAAF7-g0gYncWnm5IyfZlpPRqRRv6kNAGlao/SendMessage) and bot123456:AAF7-g0gYncWnm5IyfZlpPRqRRv6kNAGlao";
        let red = token.redact(text);
        assert!(
            !red.contains("AAF7-g0gYncWnm5IyfZlpPRqRRv6kNAGlao"),
            "{red}"
        );
        assert!(red.contains("<redacted>"));
        assert_eq!(format!("{token:?}"), "Secret(..)");
    }

    /// The program's configuration maps onto the adapter's: API URL parsed, throttle on,
    /// webhook mode only with a valid secret and listen address.
    #[test]
    fn config_from_program_settings() {
        let base = crate::config::TelegramConfig {
            token: crate::config::Secret::new("1:abc"),
            api_url: Some("http://127.0.0.1:9/".into()),
            webhook_url: None,
            webhook_listen: "127.0.0.1:8443".into(),
            webhook_secret: None,
            throttle: true,
            max_pending: 1000,
            chat_queue: 20,
        };
        let cfg = TelegramConfig::from_config(&base).expect("ok");
        assert!(cfg.throttle && cfg.webhook.is_none());
        let unthrottled = crate::config::TelegramConfig {
            throttle: false,
            ..base.clone()
        };
        assert!(
            !TelegramConfig::from_config(&unthrottled)
                .expect("ok")
                .throttle
        );
        assert_eq!(cfg.token.expose(), "1:abc");
        assert_eq!(cfg.api_url.expect("url").port(), Some(9));
        let hook = crate::config::TelegramConfig {
            webhook_url: Some("https://bot.example.org/tg".into()),
            webhook_listen: "127.0.0.1:9443".into(),
            webhook_secret: Some(crate::config::Secret::new("s3cret_-x")),
            ..base.clone()
        };
        let web = TelegramConfig::from_config(&hook)
            .expect("ok")
            .webhook
            .expect("webhook");
        assert_eq!(web.listen.port(), 9443);
        assert_eq!(web.url.path(), "/tg");
        let no_secret = crate::config::TelegramConfig {
            webhook_secret: None,
            ..hook.clone()
        };
        let err = TelegramConfig::from_config(&no_secret).expect_err("needs a secret");
        assert!(err.to_string().contains("--webhook-secret"), "{err}");
        let bad_listen = crate::config::TelegramConfig {
            webhook_listen: "somewhere".into(),
            ..hook.clone()
        };
        assert!(TelegramConfig::from_config(&bad_listen).is_err());
        let bad_secret = crate::config::TelegramConfig {
            webhook_secret: Some(crate::config::Secret::new("has space")),
            ..hook
        };
        assert!(TelegramConfig::from_config(&bad_secret).is_err());
        let bad_url = crate::config::TelegramConfig {
            api_url: Some("not a url".into()),
            ..base
        };
        assert!(TelegramConfig::from_config(&bad_url).is_err());
    }

    /// The menu comes from the core's commands: valid Telegram names, descriptions of 3–256
    /// characters starting with a capital (in scripts that have one), translated in every
    /// language, `find` included.
    #[test]
    fn command_menu_from_core_is_valid_and_translated() {
        let en = command_menu(Lang::En);
        assert_eq!(en.len(), core::Bot::command_menu(Lang::En).len());
        assert!(en.iter().any(|c| c.command == "find"));
        for lang in Lang::ALL {
            let menu = command_menu(lang);
            assert_eq!(menu.len(), en.len(), "{lang}");
            for c in &menu {
                assert!(c.command.len() <= 32, "{}", c.command);
                assert!((3..=256).contains(&c.description.chars().count()));
                // A capital where the script has letter case (Sinhala, Tamil, Burmese have none).
                assert!(
                    c.description
                        .starts_with(|ch: char| ch.is_uppercase() || !ch.is_lowercase()),
                    "{}",
                    c.description
                );
            }
            if lang != Lang::En {
                assert_ne!(menu, en, "{lang} menu is not translated");
            }
        }
    }

    /// Inline cards become at most 50 articles with unique ids of at most 64 bytes.
    #[test]
    fn inline_results_respect_telegram_limits() {
        let card = |id: String| core::Card {
            id,
            title: "Mintek".into(),
            description: "Consulting".into(),
            message: text_reply("Mintek <consulting> & more", Lang::En),
        };
        let mut cards: Vec<core::Card> = (0..60).map(|i| card(format!("org-{i}"))).collect();
        cards.push(card("x".repeat(100)));
        cards.insert(0, card("org-1".into()));
        let results = inline_results(&core::InlineAnswer {
            cards,
            next_offset: None,
        });
        assert_eq!(results.len(), 50);
        let json = serde_json::to_value(&results).expect("serialises");
        let ids: std::collections::HashSet<_> = json
            .as_array()
            .expect("array")
            .iter()
            .map(|r| r["id"].as_str().expect("id").to_string())
            .collect();
        assert_eq!(ids.len(), 50);
        assert!(ids.iter().all(|id| id.len() <= 64));
        assert_eq!(
            json[0]["input_message_content"]["message_text"],
            "Mintek &lt;consulting&gt; &amp; more"
        );
    }
}

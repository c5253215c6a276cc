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
//!
//! Why `getUpdates` is driven here and not by teloxide's `Dispatcher`: each batch must be stored
//! in the durable inbox (`inbox.rs`, SQLite) before the next `getUpdates` tells Telegram it
//! arrived, so an update Telegram has forgotten is never lost to a `kill -9`; the Dispatcher
//! confirms batches on its own schedule.
//!
//! One file per concern: `config.rs` (settings), `dispatch.rs` (per-chat queues and the core
//! thread pool), `polling.rs` (long polling), `webhook.rs` (the webhook listener),
//! `handlers.rs` (messages, buttons, inline queries), `commands_menu.rs` (`setMyCommands`),
//! `inbox.rs` (the durable inbox), `incoming.rs` (update → `Incoming`), `render.rs` (HTML),
//! `outbox.rs` (sending with retries), `callback.rs` (button data), `pending.rs` (a rejection
//! waiting for its reason), `menu.rs` (the adapter's own short texts).

mod commands_menu;
mod config;
mod dispatch;
mod handlers;
mod polling;
mod webhook;

#[allow(unused_imports)]
use self::{commands_menu::*, config::*, dispatch::*, handlers::*, polling::*, webhook::*};
pub use commands_menu::command_menu;
pub use config::{TelegramConfig, WebhookConfig};
pub use dispatch::QueueLimits;
pub use handlers::inline_results;
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
    /// A notice that asked for a receipt was delivered; `message_ref` names the message that
    /// carries it (see [`core::Bot::delivered`]). Does nothing by default.
    fn delivered(&self, receipt: &core::Receipt, message_ref: &str) {
        let _ = (receipt, message_ref);
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
    fn delivered(&self, receipt: &core::Receipt, message_ref: &str) {
        core::Bot::delivered(self, receipt, message_ref)
    }
}

/// How long shutdown waits for updates already fetched to be answered.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
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
    /// Sends `notice` to its Telegram chat (editing the message it replaces, when that is
    /// one of this adapter's in the same chat); returns the reference of the message that now
    /// carries it (`telegram:<chat>:<message>`, for [`core::Bot::delivered`]), `None` when the
    /// notice had nothing to send.
    pub async fn send(&self, notice: &Notice) -> Result<Option<String>, Error> {
        send_notice(&self.outbox, notice).await
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

/// A core call handed to the [`CorePool`].
type Job = Box<dyn FnOnce() + Send>;

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

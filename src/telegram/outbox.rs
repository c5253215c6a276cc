//! Delivers rendered replies to Telegram and never drops one silently: 429 waits
//! `retry_after` and sends again, 5xx and network errors retry with bounded backoff, a group
//! upgraded to a supergroup is followed to its new id, HTML Telegram refuses falls back to plain
//! text, and what finally cannot be delivered is logged with its chat id. Errors are logged with
//! the token redacted (teloxide's network errors contain the request URL).

use super::callback::CallbackCodec;
use super::render::{self, MESSAGE_LIMIT};
use super::{Error, Secret};
use crate::core::{Action, ActionKind, Reply};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::payloads::{
    AnswerCallbackQuerySetters, AnswerInlineQuerySetters, EditMessageTextSetters,
    GetUpdatesSetters, SendMessageSetters,
};
use teloxide::prelude::*;
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQueryId, FileId, InlineKeyboardButton, InlineKeyboardMarkup,
    InlineQueryId, InlineQueryResult, InputFile, LinkPreviewOptions, MessageId, ParseMode, Update,
};
use teloxide::{ApiError, RequestError};

/// The teloxide client, with or without Telegram's rate limits applied (Throttle).
#[derive(Clone)]
enum Api {
    Plain(Bot),
    Throttled(Throttle<Bot>),
}

/// Runs `$body` with `$b` bound to whichever client `$api` holds.
macro_rules! with_api {
    ($api:expr, $b:ident => $body:expr) => {
        match $api {
            Api::Plain($b) => $body,
            Api::Throttled($b) => $body,
        }
    };
}

/// How often and how patiently a request is retried.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts for 5xx and network errors (the first try included).
    pub transient_attempts: u32,
    /// Times a 429 is waited out before giving up.
    pub rate_limited_attempts: u32,
    /// The first backoff; doubled after each failure.
    pub base_delay: Duration,
    /// The longest backoff.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            transient_attempts: 5,
            rate_limited_attempts: 20,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
        }
    }
}

/// Sends replies, edits, callback and inline answers to Telegram, with retries.
#[derive(Clone)]
pub struct Outbox {
    api: Api,
    token: Secret,
    codec: Arc<CallbackCodec>,
    retry: RetryPolicy,
    migrated: Arc<Mutex<HashMap<i64, i64>>>,
    /// Shared by every clone, so a hook set after cloning (see [`Outbox::set_migration_hook`])
    /// is seen by all of them.
    on_migrate: Arc<OnceLock<MigrationHook>>,
}

/// Called once for each group found upgraded to a supergroup: (old id, new id).
pub type MigrationHook = Arc<dyn Fn(i64, i64) + Send + Sync>;

/// What went wrong with one request, classified for retrying.
enum Failure {
    /// Wait this long, then try again (429).
    RetryAfter(Duration),
    /// The chat moved to this id.
    Migrated(i64),
    /// 5xx or network trouble: back off and try again.
    Transient,
    /// Telegram refused the request for good.
    Permanent,
}

fn classify(err: &RequestError) -> Failure {
    match err {
        RequestError::RetryAfter(s) => Failure::RetryAfter(s.duration()),
        RequestError::MigrateToChatId(id) => Failure::Migrated(id.0),
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
            Failure::Transient
        }
        RequestError::Api(ApiError::Unknown(desc)) => {
            let permanent = [
                "Bad Request",
                "Forbidden",
                "Unauthorized",
                "Not Found",
                "Conflict",
            ];
            if permanent.iter().any(|p| desc.starts_with(p)) {
                Failure::Permanent
            } else {
                Failure::Transient
            }
        }
        RequestError::Api(_) => Failure::Permanent,
    }
}

impl Outbox {
    /// A client for `token` at `api_url` (Telegram when `None`); with `throttle`, teloxide's
    /// Throttle holds Telegram's rates (it needs a running tokio runtime).
    pub fn new(
        token: &Secret,
        api_url: Option<&url::Url>,
        throttle: bool,
        codec: Arc<CallbackCodec>,
    ) -> Outbox {
        let mut bot = Bot::new(token.expose());
        if let Some(url) = api_url {
            bot = bot.set_api_url(url.clone());
        }
        let api = if throttle {
            // Telegram's limits, with a margin on the overall rate: teloxide counts it in
            // its own one-second windows, and releases measured at the server reached 45 in
            // one second with the default 30 (docs/benchmarks.md, limits-on run).
            Api::Throttled(bot.throttle(Limits {
                messages_per_sec_overall: 25,
                ..Limits::default()
            }))
        } else {
            Api::Plain(bot)
        };
        Outbox {
            api,
            token: token.clone(),
            codec,
            retry: RetryPolicy::default(),
            migrated: Arc::new(Mutex::new(HashMap::new())),
            on_migrate: Arc::new(OnceLock::new()),
        }
    }

    /// Calls `hook` (in this outbox and every clone of it) when a group turns out to be
    /// upgraded. Only the first hook set is kept; later ones are ignored with a warning.
    pub fn set_migration_hook(&self, hook: MigrationHook) {
        if self.on_migrate.set(hook).is_err() {
            log::warn!("telegram: a chat migration hook was already set; keeping the first");
        }
    }

    /// Records that chat `old` is now `new` (later sends go there) and, the first time,
    /// calls the migration hook.
    pub fn note_migration(&self, old: i64, new: i64) {
        let first = self
            .migrated
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(old, new)
            != Some(new);
        if first {
            log::warn!("telegram: chat {old} was upgraded to supergroup {new}; its settings move");
            if let Some(hook) = self.on_migrate.get() {
                hook(old, new);
            }
        }
    }

    /// The callback codec used for buttons.
    pub fn codec(&self) -> &Arc<CallbackCodec> {
        &self.codec
    }

    /// `err` as text, with the token removed.
    pub fn redact(&self, err: &dyn std::fmt::Display) -> String {
        self.token.redact(&err.to_string())
    }

    /// The chat id to use for `chat`, following group → supergroup migrations.
    pub fn current_chat(&self, chat: i64) -> i64 {
        let map = self.migrated.lock().unwrap_or_else(|e| e.into_inner());
        let mut id = chat;
        for _ in 0..4 {
            match map.get(&id) {
                Some(&next) => id = next,
                None => break,
            }
        }
        id
    }

    /// Chats that were found migrated, as (old id, new id), for moving their settings.
    pub fn migrations(&self) -> Vec<(i64, i64)> {
        let map = self.migrated.lock().unwrap_or_else(|e| e.into_inner());
        map.iter().map(|(a, b)| (*a, *b)).collect()
    }

    /// Runs `request` for `chat` until it succeeds or retrying is pointless; `what` and `chat`
    /// name it in logs (`chat` 0: a request not sent to a chat).
    async fn retrying<T, F, Fut>(&self, what: &str, chat: i64, mut request: F) -> Result<T, Error>
    where
        F: FnMut(i64) -> Fut,
        Fut: std::future::Future<Output = Result<T, RequestError>>,
    {
        let mut chat = self.current_chat(chat);
        let place = |chat: i64| {
            if chat == 0 {
                String::new()
            } else {
                format!(" to chat {chat}")
            }
        };
        let mut transient = 0u32;
        let mut limited = 0u32;
        let mut delay = self.retry.base_delay;
        loop {
            let err = match request(chat).await {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            match classify(&err) {
                Failure::RetryAfter(wait) if limited < self.retry.rate_limited_attempts => {
                    limited += 1;
                    log::warn!(
                        "telegram: {what}{} rate limited, retrying after {wait:?}",
                        place(chat)
                    );
                    tokio::time::sleep(wait).await;
                }
                Failure::Migrated(new) if new != chat => {
                    self.note_migration(chat, new);
                    chat = new;
                }
                Failure::Transient if transient + 1 < self.retry.transient_attempts => {
                    transient += 1;
                    log::warn!(
                        "telegram: {what}{} failed ({}), retry {transient} in {delay:?}",
                        place(chat),
                        self.redact(&err)
                    );
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(self.retry.max_delay);
                }
                failure => {
                    let text = self.redact(&err);
                    log::error!(
                        "telegram: {what}{} could not be delivered: {text}",
                        place(chat)
                    );
                    // Telegram did not answer (network, 5xx): a caller may try again later.
                    if matches!(failure, Failure::Transient) {
                        return Err(Error::Unreachable(text));
                    }
                    return Err(Error::Request(text));
                }
            }
        }
    }

    /// The inline keyboard for `actions`: page buttons share a row, Approve/Reject share a row,
    /// other commands get one row each.
    pub fn keyboard(&self, actions: &[Action]) -> Option<InlineKeyboardMarkup> {
        let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
        let mut pages = Vec::new();
        let mut moderation = Vec::new();
        for action in actions {
            let label = if action.label.trim().is_empty() {
                "…".to_string()
            } else {
                action.label.clone()
            };
            let button = InlineKeyboardButton::callback(label, self.codec.encode(&action.kind));
            match action.kind {
                ActionKind::Page { .. } => pages.push(button),
                ActionKind::Approve(_) | ActionKind::Reject(_) => moderation.push(button),
                ActionKind::Command(_) => rows.push(vec![button]),
            }
        }
        if !moderation.is_empty() {
            rows.insert(0, moderation);
        }
        if !pages.is_empty() {
            rows.push(pages);
        }
        (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
    }

    /// Sends `reply` to `chat`: its text split into messages of at most 4096 characters, the
    /// keyboard under the last one, then its photos. Returns the ids of the text messages.
    pub async fn send_reply(&self, chat: i64, reply: &Reply) -> Result<Vec<MessageId>, Error> {
        let parts = render::render_html(reply, MESSAGE_LIMIT);
        let keyboard = self.keyboard(&reply.actions);
        let mut ids = Vec::new();
        let last = parts.len().saturating_sub(1);
        for (i, part) in parts.iter().enumerate() {
            let markup = if i == last { keyboard.clone() } else { None };
            ids.push(self.send_html(chat, part, markup, reply.no_preview).await?);
        }
        // Photos sent from Matrix live on a Matrix server: Telegram cannot show them (the
        // reply's text already mentions them).
        for photo in reply
            .attachments
            .iter()
            .filter(|a| a.kind == "photo" && !a.is_matrix())
        {
            let file = FileId(photo.reference.clone());
            self.retrying("sendPhoto", chat, |c| {
                let file = InputFile::file_id(file.clone());
                let api = self.api.clone();
                async move { with_api!(api, b => b.send_photo(ChatId(c), file).await.map(|_| ())) }
            })
            .await?;
        }
        Ok(ids)
    }

    /// Sends one HTML message; if Telegram refuses the HTML, sends it again as plain text.
    async fn send_html(
        &self,
        chat: i64,
        html: &str,
        markup: Option<InlineKeyboardMarkup>,
        no_preview: bool,
    ) -> Result<MessageId, Error> {
        let sent = self
            .retrying("sendMessage", chat, |c| {
                let api = self.api.clone();
                let markup = markup.clone();
                let text = html.to_string();
                async move {
                    with_api!(api, b => {
                        let mut req = b
                            .send_message(ChatId(c), text)
                            .parse_mode(ParseMode::Html)
                            .link_preview_options(preview(no_preview));
                        if let Some(m) = markup {
                            req = req.reply_markup(m);
                        }
                        req.await.map(|m| m.id)
                    })
                }
            })
            .await;
        match sent {
            Err(Error::Request(e)) if e.contains("can't parse entities") => {
                log::error!("telegram: HTML refused for chat {chat}; sending as plain text");
                let plain = super::render::strip_tags(html);
                self.retrying("sendMessage", chat, |c| {
                    let api = self.api.clone();
                    let markup = markup.clone();
                    let text = plain.clone();
                    async move {
                        with_api!(api, b => {
                            let mut req = b.send_message(ChatId(c), text);
                            if let Some(m) = markup {
                                req = req.reply_markup(m);
                            }
                            req.await.map(|m| m.id)
                        })
                    }
                })
                .await
            }
            other => other,
        }
    }

    /// Replaces message `id` in `chat` with `reply` (its first part; further parts are sent as
    /// new messages). Falls back to sending when the message cannot be edited. Returns the ids
    /// of the messages that now carry the text, the edited one first.
    pub async fn edit_reply(
        &self,
        chat: i64,
        id: MessageId,
        reply: &Reply,
    ) -> Result<Vec<MessageId>, Error> {
        let parts = render::render_html(reply, MESSAGE_LIMIT);
        let Some(first) = parts.first() else {
            return Ok(Vec::new());
        };
        let keyboard = if parts.len() == 1 {
            self.keyboard(&reply.actions)
        } else {
            None
        };
        let edited = self
            .retrying("editMessageText", chat, |c| {
                let api = self.api.clone();
                let markup = keyboard.clone();
                let text = first.clone();
                let no_preview = reply.no_preview;
                async move {
                    with_api!(api, b => {
                        let mut req = b
                            .edit_message_text(ChatId(c), id, text)
                            .parse_mode(ParseMode::Html)
                            .link_preview_options(preview(no_preview));
                        if let Some(m) = markup {
                            req = req.reply_markup(m);
                        }
                        req.await.map(|_| ())
                    })
                }
            })
            .await;
        match edited {
            Ok(()) => {}
            Err(Error::Request(e)) if e.contains("message is not modified") => {}
            Err(_) => {
                // Too old, deleted or not editable: the user still gets the answer.
                return self.send_reply(chat, reply).await;
            }
        }
        let mut ids = vec![id];
        if parts.len() > 1 {
            let keyboard = self.keyboard(&reply.actions);
            let last = parts.len() - 1;
            for (i, part) in parts.iter().enumerate().skip(1) {
                let markup = if i == last { keyboard.clone() } else { None };
                ids.push(self.send_html(chat, part, markup, reply.no_preview).await?);
            }
        }
        Ok(ids)
    }

    /// Answers a callback query, with an optional short notification.
    pub async fn answer_callback(
        &self,
        id: &CallbackQueryId,
        text: Option<&str>,
    ) -> Result<(), Error> {
        self.retrying("answerCallbackQuery", 0, |_| {
            let api = self.api.clone();
            let id = id.clone();
            let text = text.map(str::to_string);
            async move {
                with_api!(api, b => {
                    let mut req = b.answer_callback_query(id);
                    if let Some(t) = text {
                        req = req.text(t);
                    }
                    req.await.map(|_| ())
                })
            }
        })
        .await
    }

    /// Answers an inline query with `results` and the offset of the next page.
    pub async fn answer_inline(
        &self,
        id: &InlineQueryId,
        results: Vec<InlineQueryResult>,
        next_offset: Option<String>,
    ) -> Result<(), Error> {
        self.retrying("answerInlineQuery", 0, |_| {
            let api = self.api.clone();
            let id = id.clone();
            let results = results.clone();
            let next = next_offset.clone();
            async move {
                with_api!(api, b => {
                    let mut req = b.answer_inline_query(id, results).cache_time(30);
                    if let Some(o) = next {
                        req = req.next_offset(o);
                    }
                    req.await.map(|_| ())
                })
            }
        })
        .await
    }

    /// Who the bot is (`getMe`): its id and username.
    pub async fn me(&self) -> Result<(UserId, String), Error> {
        self.retrying("getMe", 0, |_| {
            let api = self.api.clone();
            async move {
                with_api!(api, b => b.get_me().await.map(|me| (me.id, me.username().to_string())))
            }
        })
        .await
    }

    /// Registers `commands` as the menu for `language` (`None`: the default menu).
    pub async fn set_commands(
        &self,
        commands: Vec<BotCommand>,
        language: Option<&str>,
    ) -> Result<(), Error> {
        self.retrying("setMyCommands", 0, |_| {
            let api = self.api.clone();
            let commands = commands.clone();
            let language = language.map(str::to_string);
            async move {
                with_api!(api, b => {
                    let mut req = b.set_my_commands(commands);
                    if let Some(l) = language {
                        req = teloxide::payloads::SetMyCommandsSetters::language_code(req, l);
                    }
                    req.await.map(|_| ())
                })
            }
        })
        .await
    }

    /// Removes any webhook so long polling works.
    pub async fn delete_webhook(&self) -> Result<(), Error> {
        self.retrying("deleteWebhook", 0, |_| {
            let api = self.api.clone();
            async move { with_api!(api, b => b.delete_webhook().await.map(|_| ())) }
        })
        .await
    }

    /// Sets the webhook to `url` with `secret` expected back in every request.
    pub async fn set_webhook(&self, url: &url::Url, secret: &Secret) -> Result<(), Error> {
        self.retrying("setWebhook", 0, |_| {
            let api = self.api.clone();
            let url = url.clone();
            let secret = secret.expose().to_string();
            async move {
                with_api!(api, b => {
                    teloxide::payloads::SetWebhookSetters::allowed_updates(
                        teloxide::payloads::SetWebhookSetters::secret_token(b.set_webhook(url), secret),
                        allowed_updates(),
                    )
                    .await
                    .map(|_| ())
                })
            }
        })
        .await
    }

    /// One long poll: updates from `offset` on, waiting up to `timeout` seconds. A single
    /// attempt: the caller decides how to back off. When Telegram answers 429, this waits the
    /// `retry_after` it asked for before returning the error, so no caller polls again too
    /// early (dropping the future cancels the wait).
    pub async fn poll(&self, offset: i32, timeout: u32, limit: u8) -> Result<Vec<Update>, Error> {
        let res = with_api!(&self.api, b => {
            b.get_updates()
                .offset(offset)
                .timeout(timeout)
                .limit(limit)
                .allowed_updates(allowed_updates())
                .await
        });
        match res {
            Ok(updates) => Ok(updates),
            Err(e) => {
                if let Failure::RetryAfter(wait) = classify(&e) {
                    log::warn!("telegram: getUpdates rate limited, waiting {wait:?}");
                    tokio::time::sleep(wait).await;
                }
                Err(Error::Request(self.redact(&e)))
            }
        }
    }
}

/// The update kinds this bot handles.
fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::CallbackQuery,
        AllowedUpdate::InlineQuery,
    ]
}

/// Link preview options: off for result lists.
pub(crate) fn preview(disabled: bool) -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: disabled,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

//! The Telegram adapter's settings: the token, another Bot API server, and webhook mode, read
//! from the program's configuration ([`crate::config`]) and checked as Telegram would.

#[allow(unused_imports)]
use super::*;

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
pub(super) fn check_webhook_secret(secret: &str) -> Result<(), Error> {
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

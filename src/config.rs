//! The bot's settings, read once at start from the command line, environment variables and an
//! optional TOML file (in that order of precedence), then passed down as a typed [`Config`].
//! Secrets (tokens, passwords) live in [`Secret`], which never prints its value.

use crate::core::{ChatRef, Platform};
use clap::Args;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Why the configuration is not usable.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The config file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The config file is not valid TOML or has unknown keys.
    #[error("config file {path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A moderator is not written `platform:id`.
    #[error(
        "moderator {0:?} must be written platform:id, e.g. telegram:123456 or matrix:@ana:example.org"
    )]
    Moderator(String),
    /// The moderators' chat is not written `platform:id`.
    #[error("moderator chat {0:?} must be written platform:id, e.g. telegram:-1001234")]
    ModeratorChat(String),
    /// An expert is not written `platform:id`.
    #[error(
        "expert {0:?} must be written platform:id, e.g. telegram:123456 or matrix:@ana:example.org"
    )]
    Expert(String),
    /// The experts' chat is not written `platform:id`.
    #[error("expert chat {0:?} must be written platform:id, e.g. telegram:-1001234")]
    ExpertChat(String),
    /// `EXPERT_ATTRIBUTION` is neither `name` nor `anonymous`.
    #[error("EXPERT_ATTRIBUTION {0:?} must be name or anonymous")]
    ExpertAttribution(String),
    /// `METRICS_LISTEN` is not an address to listen on.
    #[error("METRICS_LISTEN {0:?} must be an address and port, e.g. 127.0.0.1:9090")]
    MetricsListen(String),
}

/// A secret value (token, password). `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for the one place that needs it (never for logs).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `text` with every occurrence of the secret (or, for a Telegram bot token, of its secret
    /// part after `:`) replaced by `<redacted>`: for error texts that may carry a request URL.
    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_string();
        if self.0.len() >= 4 {
            out = out.replace(&self.0, "<redacted>");
        }
        if let Some((_, secret)) = self.0.split_once(':')
            && secret.len() >= 4
        {
            out = out.replace(secret, "<redacted>");
        }
        out
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[hidden]")
    }
}

impl FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_string()))
    }
}

/// A moderator, named by platform and user id (`telegram:123456`, `matrix:@ana:example.org`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Moderator {
    /// The platform.
    pub platform: Platform,
    /// The platform's user id.
    pub id: String,
}

impl Moderator {
    /// The `platform:id` form, comparable with [`crate::core::UserRef::key`].
    pub fn key(&self) -> String {
        format!("{}:{}", self.platform, self.id)
    }
}

fn split_platform(s: &str) -> Option<(Platform, String)> {
    let (p, id) = s.trim().split_once(':')?;
    let platform = Platform::parse(&p.trim().to_ascii_lowercase())?;
    let id = id.trim();
    (!id.is_empty()).then(|| (platform, id.to_string()))
}

impl FromStr for Moderator {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        split_platform(s)
            .map(|(platform, id)| Moderator { platform, id })
            .ok_or_else(|| Error::Moderator(s.to_string()))
    }
}

/// Settings as given on the command line or in the environment; every one is optional here
/// and resolved against the config file and defaults by [`Config::resolve`].
#[derive(Debug, Clone, Default, Args)]
pub struct ConfigArgs {
    /// A TOML file with any of the settings below (keys as the long options, with `_`).
    #[arg(long, global = true, env = "MINERS_GUIDE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The knowledge-base folder [default: ./data].
    #[arg(long, global = true, env = "MINERS_GUIDE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The search index folder (rebuildable) [default: ./index].
    #[arg(
        long,
        global = true,
        env = "MINERS_GUIDE_INDEX_DIR",
        value_name = "DIR"
    )]
    pub index_dir: Option<PathBuf>,
    /// The SQLite database file [default: miners-guide.sqlite3 beside the index folder].
    #[arg(long, global = true, env = "MINERS_GUIDE_DB", value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// The Telegram bot token (also read from TELOXIDE_TOKEN).
    #[arg(
        long,
        global = true,
        env = "TELEGRAM_BOT_TOKEN",
        hide_env_values = true
    )]
    pub telegram_token: Option<Secret>,
    /// Another Bot API server (self-hosted or a test server).
    #[arg(long, global = true, env = "TELEGRAM_API_URL", value_name = "URL")]
    pub telegram_api_url: Option<String>,
    /// Telegram rate limits (`on`, the default, or `off` for benchmarks against a test server
    /// only: Telegram answers a bot that ignores its limits with 429s).
    #[arg(long, global = true, env = "TELEGRAM_THROTTLE", value_name = "on|off",
          value_parser = parse_switch)]
    pub telegram_throttle: Option<bool>,
    /// Telegram updates fetched and not yet answered, all chats together; fetching pauses at
    /// this many (Telegram keeps the rest) [default: 200].
    #[arg(long, global = true, env = "TELEGRAM_MAX_PENDING", value_name = "N")]
    pub telegram_max_pending: Option<usize>,
    /// Telegram updates one chat may have waiting; more from that chat are dropped, so one
    /// flooding chat cannot hold up the others [default: 20].
    #[arg(long, global = true, env = "TELEGRAM_CHAT_QUEUE", value_name = "N")]
    pub telegram_chat_queue: Option<usize>,
    /// Telegram webhook address; long polling when absent.
    #[arg(long, global = true, env = "TELEGRAM_WEBHOOK_URL", value_name = "URL")]
    pub webhook_url: Option<String>,
    /// Address the webhook server listens on [default: 127.0.0.1:8443].
    #[arg(
        long,
        global = true,
        env = "TELEGRAM_WEBHOOK_LISTEN",
        value_name = "ADDR"
    )]
    pub webhook_listen: Option<String>,
    /// Secret token Telegram sends with every webhook request.
    #[arg(
        long,
        global = true,
        env = "TELEGRAM_WEBHOOK_SECRET",
        hide_env_values = true
    )]
    pub webhook_secret: Option<Secret>,
    /// Matrix homeserver URL.
    #[arg(long, global = true, env = "MATRIX_HOMESERVER", value_name = "URL")]
    pub matrix_homeserver: Option<String>,
    /// Matrix user (`@bot:example.org` or `bot`).
    #[arg(long, global = true, env = "MATRIX_USER")]
    pub matrix_user: Option<String>,
    /// Matrix password.
    #[arg(long, global = true, env = "MATRIX_PASSWORD", hide_env_values = true)]
    pub matrix_password: Option<Secret>,
    /// Matrix access token (instead of a password).
    #[arg(
        long,
        global = true,
        env = "MATRIX_ACCESS_TOKEN",
        hide_env_values = true
    )]
    pub matrix_access_token: Option<Secret>,
    /// Folder for Matrix state and encryption keys [default: ./matrix-store].
    #[arg(long, global = true, env = "MATRIX_STORE_DIR", value_name = "DIR")]
    pub matrix_store_dir: Option<PathBuf>,
    /// Only join Matrix rooms when invited by these users or servers (comma-separated
    /// `@ana:example.org` or `example.org`); everyone when absent.
    #[arg(
        long,
        global = true,
        env = "MATRIX_ALLOWED_INVITERS",
        value_name = "LIST"
    )]
    pub matrix_allowed_inviters: Option<String>,
    /// Moderators, comma-separated `platform:id` (telegram:123456,matrix:@ana:example.org).
    #[arg(long, global = true, env = "MODERATORS", value_name = "LIST")]
    pub moderators: Option<String>,
    /// Chat or room where new submissions are announced (telegram:-1001234).
    #[arg(long, global = true, env = "MODERATOR_CHAT", value_name = "CHAT")]
    pub moderator_chat: Option<String>,
    /// How many submissions one person may send in any rolling hour [default: 5].
    #[arg(
        long,
        global = true,
        env = "MAX_SUBMISSIONS_PER_HOUR",
        value_name = "N"
    )]
    pub max_submissions_per_hour: Option<u32>,
    /// Experts who answer questions (`/ask`), comma-separated `platform:id`; moderators are
    /// experts too.
    #[arg(long, global = true, env = "EXPERTS", value_name = "LIST")]
    pub experts: Option<String>,
    /// Chat or room where new questions are announced (telegram:-1001234) [default: the
    /// moderators' chat].
    #[arg(long, global = true, env = "EXPERT_CHAT", value_name = "CHAT")]
    pub expert_chat: Option<String>,
    /// How answers are signed: `name` (the expert's name) or `anonymous` ("one of our
    /// experts") [default: anonymous].
    #[arg(long, global = true, env = "EXPERT_ATTRIBUTION", value_name = "HOW")]
    pub expert_attribution: Option<String>,
    /// How many questions one person may ask in any rolling hour [default: 5].
    #[arg(long, global = true, env = "MAX_QUESTIONS_PER_HOUR", value_name = "N")]
    pub max_questions_per_hour: Option<u32>,
    /// How many messages one person may send the bot a minute, after a burst; 0 turns the
    /// limit off (moderators are never limited) [default: 30].
    #[arg(long, global = true, env = "MAX_MESSAGES_PER_MINUTE", value_name = "N")]
    pub max_messages_per_minute: Option<u32>,
    /// How many messages one person may send at once before the per-minute limit applies
    /// [default: 20].
    #[arg(long, global = true, env = "MESSAGE_BURST", value_name = "N")]
    pub message_burst: Option<u32>,
    /// How many recent pages of search results are kept until the index changes; 0 turns the
    /// cache off [default: 512].
    #[arg(long, global = true, env = "SEARCH_CACHE", value_name = "N")]
    pub search_cache: Option<usize>,
    /// Address of a listener for operators (`127.0.0.1:9090`), in every mode (the terminal
    /// chat too): `/health` shows each platform's state as JSON there, `/metrics` the
    /// Prometheus metrics; off when absent.
    #[arg(long, global = true, env = "METRICS_LISTEN", value_name = "ADDR")]
    pub metrics_listen: Option<String>,
    /// How many days the words of recorded searches are kept before they are removed (the
    /// counts stay); at least 1 [default: 180].
    #[arg(long, global = true, env = "RETENTION_DAYS", value_name = "DAYS",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub retention_days: Option<u32>,
}

/// The config file's shape: the same settings as [`ConfigArgs`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    data_dir: Option<PathBuf>,
    index_dir: Option<PathBuf>,
    db: Option<PathBuf>,
    telegram_token: Option<Secret>,
    telegram_api_url: Option<String>,
    telegram_throttle: Option<bool>,
    telegram_max_pending: Option<usize>,
    telegram_chat_queue: Option<usize>,
    webhook_url: Option<String>,
    webhook_listen: Option<String>,
    webhook_secret: Option<Secret>,
    matrix_homeserver: Option<String>,
    matrix_user: Option<String>,
    matrix_password: Option<Secret>,
    matrix_access_token: Option<Secret>,
    matrix_store_dir: Option<PathBuf>,
    matrix_allowed_inviters: Option<String>,
    moderators: Option<Vec<String>>,
    moderator_chat: Option<String>,
    max_submissions_per_hour: Option<u32>,
    experts: Option<Vec<String>>,
    expert_chat: Option<String>,
    expert_attribution: Option<String>,
    max_questions_per_hour: Option<u32>,
    max_messages_per_minute: Option<u32>,
    message_burst: Option<u32>,
    search_cache: Option<usize>,
    metrics_listen: Option<String>,
    retention_days: Option<u32>,
}

/// Telegram settings, present when a token is configured.
#[derive(Debug, Clone)]
pub struct TelegramConfig {
    /// The bot token.
    pub token: Secret,
    /// Another Bot API server, if any.
    pub api_url: Option<String>,
    /// The webhook address; long polling when `None`.
    pub webhook_url: Option<String>,
    /// Where the webhook server listens.
    pub webhook_listen: String,
    /// The webhook secret token.
    pub webhook_secret: Option<Secret>,
    /// Whether requests keep to Telegram's rate limits (always, except in benchmarks).
    pub throttle: bool,
    /// Updates fetched and not yet answered, all chats together (`TELEGRAM_MAX_PENDING`).
    pub max_pending: usize,
    /// Updates one chat may have waiting (`TELEGRAM_CHAT_QUEUE`).
    pub chat_queue: usize,
}

/// Default for [`TelegramConfig::max_pending`]. Telegram lets a bot send about 30 messages a
/// second, so 200 updates are seconds of work; more would only wait in the bot's memory instead
/// of at Telegram (1,000 cost 8 MB more at the peak of a burst: docs/benchmarks.md).
pub const DEFAULT_TELEGRAM_MAX_PENDING: usize = 200;
/// Default for [`TelegramConfig::chat_queue`].
pub const DEFAULT_TELEGRAM_CHAT_QUEUE: usize = 20;
/// How many days the words of recorded searches are kept by default (`RETENTION_DAYS`).
pub const DEFAULT_RETENTION_DAYS: u32 = 180;

/// How the Matrix adapter logs in.
#[derive(Debug, Clone)]
pub enum MatrixLogin {
    /// With a password.
    Password(Secret),
    /// With an access token.
    AccessToken(Secret),
}

/// Matrix settings, present when homeserver, user and a password or token are configured.
#[derive(Debug, Clone)]
pub struct MatrixConfig {
    /// The homeserver URL.
    pub homeserver: String,
    /// The bot's user.
    pub user: String,
    /// How it logs in.
    pub login: MatrixLogin,
    /// State and crypto store folder.
    pub store_dir: PathBuf,
    /// Who may invite the bot into rooms (`MATRIX_ALLOWED_INVITERS`); empty: everyone.
    pub allowed_inviters: String,
}

/// The resolved configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The knowledge-base folder.
    pub data_dir: PathBuf,
    /// The search index folder.
    pub index_dir: PathBuf,
    /// The SQLite database file.
    pub db: PathBuf,
    /// Telegram, if configured.
    pub telegram: Option<TelegramConfig>,
    /// Matrix, if configured.
    pub matrix: Option<MatrixConfig>,
    /// Settings given for Matrix that are not enough to start it (to explain what is missing).
    pub matrix_incomplete: Vec<&'static str>,
    /// The moderators.
    pub moderators: Vec<Moderator>,
    /// Where new submissions are announced.
    pub moderator_chat: Option<ChatRef>,
    /// The experts (besides the moderators), as `platform:id`.
    pub experts: Vec<Moderator>,
    /// Where new questions are announced (`None`: the moderators' chat).
    pub expert_chat: Option<ChatRef>,
    /// How answers are signed.
    pub expert_attribution: crate::store::Attribution,
    /// The limits on submissions (length, per-person rate).
    pub limits: crate::store::Limits,
    /// The per-person message limit.
    pub user_rate: crate::core::UserRate,
    /// How many recent pages of search results are kept (0: none).
    pub search_cache: usize,
    /// Where the operators' listener (`/health`, `/metrics`) listens, if anywhere
    /// (`METRICS_LISTEN`).
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// How many days the words of recorded searches are kept (`RETENTION_DAYS`).
    pub retention_days: u32,
}

impl Config {
    /// Resolves command-line and environment settings against the config file and defaults.
    /// `teloxide_token` is the value of `TELOXIDE_TOKEN`, used when no Telegram token is given.
    pub fn resolve(args: &ConfigArgs, teloxide_token: Option<String>) -> Result<Config, Error> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let data_dir = args
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let index_dir = args
            .index_dir
            .clone()
            .or(file.index_dir)
            .unwrap_or_else(|| PathBuf::from("index"));
        let db = args
            .db
            .clone()
            .or(file.db)
            .unwrap_or_else(|| default_db(&index_dir));
        let token = args
            .telegram_token
            .clone()
            .or(file.telegram_token)
            .or_else(|| teloxide_token.filter(|t| !t.trim().is_empty()).map(Secret))
            .filter(|t| !t.0.trim().is_empty());
        let webhook_listen = args
            .webhook_listen
            .clone()
            .or(file.webhook_listen)
            .unwrap_or_else(|| "127.0.0.1:8443".into());
        let telegram = token.map(|token| TelegramConfig {
            token,
            api_url: args.telegram_api_url.clone().or(file.telegram_api_url),
            webhook_url: args.webhook_url.clone().or(file.webhook_url),
            webhook_listen,
            webhook_secret: args.webhook_secret.clone().or(file.webhook_secret),
            throttle: args
                .telegram_throttle
                .or(file.telegram_throttle)
                .unwrap_or(true),
            max_pending: args
                .telegram_max_pending
                .or(file.telegram_max_pending)
                .unwrap_or(DEFAULT_TELEGRAM_MAX_PENDING),
            chat_queue: args
                .telegram_chat_queue
                .or(file.telegram_chat_queue)
                .unwrap_or(DEFAULT_TELEGRAM_CHAT_QUEUE),
        });
        let homeserver = args.matrix_homeserver.clone().or(file.matrix_homeserver);
        let user = args.matrix_user.clone().or(file.matrix_user);
        let password = args.matrix_password.clone().or(file.matrix_password);
        let access_token = args
            .matrix_access_token
            .clone()
            .or(file.matrix_access_token);
        let login = access_token
            .map(MatrixLogin::AccessToken)
            .or(password.map(MatrixLogin::Password));
        let store_dir = args
            .matrix_store_dir
            .clone()
            .or(file.matrix_store_dir)
            .unwrap_or_else(|| PathBuf::from("matrix-store"));
        let allowed_inviters = args
            .matrix_allowed_inviters
            .clone()
            .or(file.matrix_allowed_inviters)
            .unwrap_or_default();
        let mut matrix_incomplete = Vec::new();
        let any_matrix = homeserver.is_some() || user.is_some() || login.is_some();
        let matrix = match (homeserver, user, login) {
            (Some(homeserver), Some(user), Some(login)) => Some(MatrixConfig {
                homeserver,
                user,
                login,
                store_dir,
                allowed_inviters,
            }),
            (h, u, l) => {
                if any_matrix {
                    if h.is_none() {
                        matrix_incomplete.push("MATRIX_HOMESERVER");
                    }
                    if u.is_none() {
                        matrix_incomplete.push("MATRIX_USER");
                    }
                    if l.is_none() {
                        matrix_incomplete.push("MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN");
                    }
                }
                None
            }
        };
        let moderator_list: Vec<String> = match &args.moderators {
            Some(list) => list.split([',', ' ']).map(str::to_string).collect(),
            None => file.moderators.unwrap_or_default(),
        };
        let moderators = moderator_list
            .iter()
            .filter(|m| !m.trim().is_empty())
            .map(|m| m.parse())
            .collect::<Result<Vec<Moderator>, Error>>()?;
        let moderator_chat = match args.moderator_chat.clone().or(file.moderator_chat) {
            Some(c) if !c.trim().is_empty() => {
                let (platform, id) =
                    split_platform(&c).ok_or_else(|| Error::ModeratorChat(c.clone()))?;
                Some(ChatRef { platform, id })
            }
            _ => None,
        };
        let expert_list: Vec<String> = match &args.experts {
            Some(list) => list.split([',', ' ']).map(str::to_string).collect(),
            None => file.experts.unwrap_or_default(),
        };
        let experts = expert_list
            .iter()
            .filter(|m| !m.trim().is_empty())
            .map(|m| m.parse().map_err(|_| Error::Expert(m.clone())))
            .collect::<Result<Vec<Moderator>, Error>>()?;
        let expert_chat = match args.expert_chat.clone().or(file.expert_chat) {
            Some(c) if !c.trim().is_empty() => {
                let (platform, id) =
                    split_platform(&c).ok_or_else(|| Error::ExpertChat(c.clone()))?;
                Some(ChatRef { platform, id })
            }
            _ => None,
        };
        let expert_attribution = match args.expert_attribution.clone().or(file.expert_attribution) {
            Some(a) if !a.trim().is_empty() => {
                a.parse().map_err(|_| Error::ExpertAttribution(a.clone()))?
            }
            _ => crate::store::Attribution::Anonymous,
        };
        let mut limits = crate::store::Limits::default();
        if let Some(n) = args.max_questions_per_hour.or(file.max_questions_per_hour) {
            limits.questions_per_hour = n;
        }
        if let Some(n) = args
            .max_submissions_per_hour
            .or(file.max_submissions_per_hour)
        {
            limits.per_hour = n;
        }
        let mut user_rate = crate::core::UserRate::default();
        if let Some(n) = args
            .max_messages_per_minute
            .or(file.max_messages_per_minute)
        {
            user_rate.per_minute = n;
        }
        if let Some(n) = args.message_burst.or(file.message_burst) {
            user_rate.burst = n.max(1);
        }
        let search_cache = args
            .search_cache
            .or(file.search_cache)
            .unwrap_or(crate::search::DEFAULT_RESULT_CACHE);
        let metrics_listen = match args.metrics_listen.clone().or(file.metrics_listen) {
            Some(a) if !a.trim().is_empty() => Some(
                a.trim()
                    .parse()
                    .map_err(|_| Error::MetricsListen(a.clone()))?,
            ),
            _ => None,
        };
        let retention_days = args
            .retention_days
            .or(file.retention_days)
            .unwrap_or(DEFAULT_RETENTION_DAYS)
            .max(1);
        Ok(Config {
            metrics_listen,
            retention_days,
            limits,
            user_rate,
            search_cache,
            data_dir,
            index_dir,
            db,
            telegram,
            matrix,
            matrix_incomplete,
            moderators,
            moderator_chat,
            experts,
            expert_chat,
            expert_attribution,
        })
    }

    /// The platforms with enough settings to start.
    pub fn platforms(&self) -> Vec<Platform> {
        let mut out = Vec::new();
        if self.telegram.is_some() {
            out.push(Platform::Telegram);
        }
        if self.matrix.is_some() {
            out.push(Platform::Matrix);
        }
        out
    }

    /// Whether `key` (`telegram:123`) names a moderator.
    pub fn is_moderator(&self, key: &str) -> bool {
        self.moderators.iter().any(|m| m.key() == key)
    }

    /// The experts' `platform:id` keys, for [`crate::core::BotBuilder::experts`].
    pub fn expert_keys(&self) -> Vec<String> {
        self.experts.iter().map(Moderator::key).collect()
    }

    /// The moderators' `platform:id` keys, for [`crate::core::BotBuilder::moderators`].
    pub fn moderator_keys(&self) -> Vec<String> {
        self.moderators.iter().map(Moderator::key).collect()
    }
}

fn default_db(index_dir: &Path) -> PathBuf {
    let parent = index_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent.join(crate::store::DEFAULT_FILE_NAME)
}

fn read_file(path: &Path) -> Result<FileConfig, Error> {
    let src = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    toml::from_str(&src).map_err(|e| Error::Parse {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// Parses `on`/`off` (also `true`/`false`, `yes`/`no`, `1`/`0`).
fn parse_switch(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        other => Err(format!("{other:?}: use on or off")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Secrets never show their value through Debug or Display, even inside a Config.
    #[test]
    fn secrets_do_not_print() {
        let args = ConfigArgs {
            telegram_token: Some(Secret::new("123:ABCsecret")),
            matrix_password: Some(Secret::new("hunter2")),
            matrix_homeserver: Some("http://127.0.0.1:8008".into()),
            matrix_user: Some("bot".into()),
            ..ConfigArgs::default()
        };
        let config = Config::resolve(&args, None).unwrap();
        let shown = format!("{config:?} {args:?} {}", Secret::new("hunter2"));
        assert!(
            !shown.contains("ABCsecret") && !shown.contains("hunter2"),
            "{shown}"
        );
        assert_eq!(config.telegram.unwrap().token.expose(), "123:ABCsecret");
    }

    /// Defaults: ./data, ./index, the database beside the index; no platform.
    #[test]
    fn defaults_and_db_beside_index() {
        let config = Config::resolve(&ConfigArgs::default(), None).unwrap();
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert_eq!(config.index_dir, PathBuf::from("index"));
        assert_eq!(config.db, PathBuf::from("./miners-guide.sqlite3"));
        assert!(config.platforms().is_empty());
        let args = ConfigArgs {
            index_dir: Some("/srv/bot/index".into()),
            ..ConfigArgs::default()
        };
        assert_eq!(
            Config::resolve(&args, None).unwrap().db,
            PathBuf::from("/srv/bot/miners-guide.sqlite3")
        );
    }

    /// TELOXIDE_TOKEN is a fallback for the Telegram token; incomplete Matrix settings are
    /// named, not started.
    #[test]
    fn platforms_from_settings() {
        let config = Config::resolve(&ConfigArgs::default(), Some("1:x".into())).unwrap();
        assert_eq!(config.platforms(), vec![Platform::Telegram]);
        let args = ConfigArgs {
            matrix_homeserver: Some("http://127.0.0.1:8008".into()),
            ..ConfigArgs::default()
        };
        let config = Config::resolve(&args, None).unwrap();
        assert!(config.platforms().is_empty());
        assert_eq!(
            config.matrix_incomplete,
            vec!["MATRIX_USER", "MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN"]
        );
    }

    /// Moderators and the moderators' chat parse as platform:id; bad ones are explained.
    #[test]
    fn moderators_parse() {
        let args = ConfigArgs {
            moderators: Some("telegram:123, matrix:@ana:example.org".into()),
            moderator_chat: Some("telegram:-1001234".into()),
            ..ConfigArgs::default()
        };
        let config = Config::resolve(&args, None).unwrap();
        assert!(config.is_moderator("telegram:123"));
        assert!(config.is_moderator("matrix:@ana:example.org"));
        assert!(!config.is_moderator("telegram:999"));
        assert_eq!(config.moderator_chat.unwrap().id, "-1001234");
        let bad = ConfigArgs {
            moderators: Some("123".into()),
            ..ConfigArgs::default()
        };
        let err = Config::resolve(&bad, None).unwrap_err().to_string();
        assert!(err.contains("platform:id"), "{err}");
    }

    /// Experts and their chat parse like moderators; answers are anonymous unless
    /// `EXPERT_ATTRIBUTION=name`; a bad expert or attribution is explained.
    #[test]
    fn experts_parse() {
        let args = ConfigArgs {
            experts: Some("telegram:7, matrix:@geo:example.org".into()),
            expert_chat: Some("matrix:!experts:example.org".into()),
            max_questions_per_hour: Some(9),
            ..ConfigArgs::default()
        };
        let config = Config::resolve(&args, None).unwrap();
        assert_eq!(
            config.expert_keys(),
            ["telegram:7", "matrix:@geo:example.org"]
        );
        assert_eq!(config.expert_chat.unwrap().id, "!experts:example.org");
        assert_eq!(
            config.expert_attribution,
            crate::store::Attribution::Anonymous
        );
        assert_eq!(config.limits.questions_per_hour, 9);
        let named = ConfigArgs {
            expert_attribution: Some("name".into()),
            ..ConfigArgs::default()
        };
        let config = Config::resolve(&named, None).unwrap();
        assert_eq!(config.expert_attribution, crate::store::Attribution::Name);
        assert!(
            config.expert_chat.is_none(),
            "the bot falls back on the moderators' chat"
        );
        for bad in [
            ConfigArgs {
                experts: Some("7".into()),
                ..ConfigArgs::default()
            },
            ConfigArgs {
                expert_attribution: Some("loud".into()),
                ..ConfigArgs::default()
            },
        ] {
            let err = Config::resolve(&bad, None).unwrap_err().to_string();
            assert!(err.contains("expert") || err.contains("EXPERT"), "{err}");
        }
    }

    /// The Telegram queue limits default to 200 pending and 20 per chat; the config file
    /// sets them and the command line (or environment) wins over the file.
    #[test]
    fn telegram_queue_limits_resolve() {
        let config = Config::resolve(&ConfigArgs::default(), Some("1:x".into())).unwrap();
        let tg = config.telegram.unwrap();
        assert_eq!((tg.max_pending, tg.chat_queue), (200, 20));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bot.toml");
        std::fs::write(
            &path,
            "telegram_max_pending = 300\ntelegram_chat_queue = 5\n",
        )
        .unwrap();
        let args = ConfigArgs {
            config: Some(path),
            telegram_token: Some(Secret::new("1:x")),
            ..ConfigArgs::default()
        };
        let tg = Config::resolve(&args, None).unwrap().telegram.unwrap();
        assert_eq!((tg.max_pending, tg.chat_queue), (300, 5));
        let args = ConfigArgs {
            telegram_chat_queue: Some(2),
            ..args
        };
        let tg = Config::resolve(&args, None).unwrap().telegram.unwrap();
        assert_eq!((tg.max_pending, tg.chat_queue), (300, 2));
    }

    /// A TOML config file fills what the command line leaves out; the command line wins;
    /// unknown keys are errors naming the file.
    #[test]
    fn config_file_and_precedence() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bot.toml");
        std::fs::write(
            &path,
            "data_dir = \"/srv/data\"\nindex_dir = \"/srv/index\"\nmoderators = [\"telegram:5\"]\nmax_submissions_per_hour = 50\nmax_messages_per_minute = 12\n",
        )
        .unwrap();
        let args = ConfigArgs {
            config: Some(path.clone()),
            index_dir: Some("/tmp/idx".into()),
            ..ConfigArgs::default()
        };
        let config = Config::resolve(&args, None).unwrap();
        assert_eq!(config.data_dir, PathBuf::from("/srv/data"));
        assert_eq!(config.index_dir, PathBuf::from("/tmp/idx"));
        assert!(config.is_moderator("telegram:5"));
        assert_eq!(config.moderator_keys(), vec!["telegram:5".to_string()]);
        assert_eq!(config.limits.per_hour, 50);
        // The per-person message limit: the file's rate, the default burst; the command line
        // turns it off.
        assert_eq!(
            config.user_rate,
            crate::core::UserRate {
                per_minute: 12,
                burst: 20
            }
        );
        let off = ConfigArgs {
            max_messages_per_minute: Some(0),
            ..args.clone()
        };
        assert_eq!(Config::resolve(&off, None).unwrap().user_rate.per_minute, 0);
        assert_eq!(config.search_cache, crate::search::DEFAULT_RESULT_CACHE);
        assert_eq!(config.retention_days, DEFAULT_RETENTION_DAYS);
        let short = ConfigArgs {
            retention_days: Some(30),
            ..ConfigArgs::default()
        };
        assert_eq!(Config::resolve(&short, None).unwrap().retention_days, 30);
        let no_cache = ConfigArgs {
            search_cache: Some(0),
            ..args.clone()
        };
        assert_eq!(Config::resolve(&no_cache, None).unwrap().search_cache, 0);
        assert_eq!(
            Config::resolve(&ConfigArgs::default(), None)
                .unwrap()
                .user_rate,
            crate::core::UserRate::default()
        );
        std::fs::write(&path, "data_directory = 1\n").unwrap();
        let err = Config::resolve(&args, None).unwrap_err().to_string();
        assert!(
            err.contains("bot.toml") && err.contains("data_directory"),
            "{err}"
        );
    }

    /// `METRICS_LISTEN` is off by default, an address when given (spaces trimmed), and an
    /// error naming the setting when it is not an address.
    #[test]
    fn metrics_listen_resolves() {
        let config = Config::resolve(&ConfigArgs::default(), None).unwrap();
        assert_eq!(config.metrics_listen, None);
        let listen = ConfigArgs {
            metrics_listen: Some(" 127.0.0.1:9090 ".into()),
            ..ConfigArgs::default()
        };
        assert_eq!(
            Config::resolve(&listen, None).unwrap().metrics_listen,
            Some(([127, 0, 0, 1], 9090).into())
        );
        let bad = ConfigArgs {
            metrics_listen: Some("localhost".into()),
            ..ConfigArgs::default()
        };
        let err = Config::resolve(&bad, None).unwrap_err().to_string();
        assert!(
            err.contains("METRICS_LISTEN") && err.contains("localhost"),
            "{err}"
        );
    }

    /// The program's own settings parser, flattened as `miners-guide` does (the test's
    /// arguments stand in for the environment: clap reads both through the same `#[arg]`).
    #[derive(Debug, clap::Parser)]
    struct Program {
        #[command(flatten)]
        args: ConfigArgs,
    }

    fn parse(argv: &[&str]) -> Result<ConfigArgs, clap::Error> {
        use clap::Parser;
        Program::try_parse_from(std::iter::once("miners-guide").chain(argv.iter().copied()))
            .map(|p| p.args)
    }

    /// The Telegram adapter's settings after the whole path (parse, resolve, adapter).
    fn telegram(argv: &[&str]) -> Result<crate::telegram::TelegramConfig, String> {
        let args = parse(argv).map_err(|e| e.to_string())?;
        let config = Config::resolve(&args, None).map_err(|e| e.to_string())?;
        let tg = config.telegram.ok_or("telegram is off")?;
        crate::telegram::TelegramConfig::from_config(&tg).map_err(|e| e.to_string())
    }

    /// Through the real parser: throttle defaults on, no API URL, long polling; a webhook
    /// listens on 127.0.0.1:8443 by default and serves the URL's path; a webhook without a
    /// secret, with a bad secret, or a throttle that is neither on nor off is refused; the
    /// queue limits default to 200 and 20, take values, and refuse a zero total or a word.
    #[test]
    fn telegram_settings_through_the_parser() {
        let cfg = telegram(&["--telegram-token", "1:abc"]).expect("ok");
        assert!(cfg.throttle && cfg.webhook.is_none() && cfg.api_url.is_none());
        assert_eq!(cfg.queue, crate::telegram::QueueLimits::default());
        assert_eq!((cfg.queue.max_pending, cfg.queue.max_per_chat), (200, 20));
        let cfg = telegram(&[
            "--telegram-token",
            "1:abc",
            "--telegram-api-url",
            "http://127.0.0.1:9/",
            "--telegram-throttle",
            "off",
            "--webhook-url",
            "https://bot.example.org/tg",
            "--webhook-secret",
            "s3cret_-x",
        ])
        .expect("ok");
        assert!(!cfg.throttle);
        assert_eq!(cfg.api_url.expect("url").port(), Some(9));
        let hook = cfg.webhook.expect("webhook");
        assert_eq!(hook.listen.to_string(), "127.0.0.1:8443");
        assert_eq!(hook.url.path(), "/tg");
        let hook = ["--webhook-url", "https://bot.example.org/tg"];
        let no_secret = [&["--telegram-token", "1:abc"][..], &hook[..]].concat();
        assert!(telegram(&no_secret).is_err());
        let bad_secret = [&no_secret[..], &["--webhook-secret", "has space"][..]].concat();
        assert!(telegram(&bad_secret).is_err());
        let err = telegram(&["--telegram-token", "1:abc", "--telegram-throttle", "maybe"])
            .expect_err("neither on nor off");
        assert!(err.contains("on or off"), "{err}");
        let cfg = telegram(&[
            "--telegram-token",
            "1:abc",
            "--telegram-max-pending",
            "50",
            "--telegram-chat-queue",
            "0",
        ])
        .expect("ok");
        assert_eq!((cfg.queue.max_pending, cfg.queue.max_per_chat), (50, 0));
        for bad in [
            ["--telegram-max-pending", "0"],
            ["--telegram-chat-queue", "many"],
        ] {
            let argv = [&["--telegram-token", "1:abc"][..], &bad[..]].concat();
            assert!(telegram(&argv).is_err(), "{bad:?}");
        }
    }

    /// Through the real parser: a Matrix token wins over a password, the store folder
    /// defaults to matrix-store, the inviter list carries over; without a homeserver, or
    /// without any credential, Matrix stays off and the missing settings are named.
    #[test]
    fn matrix_settings_through_the_parser() {
        let args = parse(&[
            "--matrix-homeserver",
            "https://hs.example",
            "--matrix-user",
            "@guide:hs.example",
            "--matrix-password",
            "pw",
            "--matrix-access-token",
            "tok",
            "--matrix-allowed-inviters",
            "@ana:coop.example, ngo.example",
        ])
        .expect("parses");
        let m = Config::resolve(&args, None).unwrap().matrix.expect("on");
        assert!(matches!(&m.login, MatrixLogin::AccessToken(t) if t.expose() == "tok"));
        assert_eq!(m.store_dir, PathBuf::from("matrix-store"));
        assert_eq!(m.allowed_inviters, "@ana:coop.example, ngo.example");
        let user_only = parse(&["--matrix-user", "bot"]).expect("parses");
        let config = Config::resolve(&user_only, None).unwrap();
        assert!(config.matrix.is_none());
        assert_eq!(config.matrix_incomplete[0], "MATRIX_HOMESERVER");
        let no_login = parse(&[
            "--matrix-homeserver",
            "https://hs.example",
            "--matrix-user",
            "guide",
        ])
        .expect("parses");
        let config = Config::resolve(&no_login, None).unwrap();
        assert!(config.matrix.is_none());
        assert_eq!(
            config.matrix_incomplete,
            vec!["MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN"]
        );
    }

    /// `--help` states the defaults the code uses (each `[default: N]` is the constant's).
    #[test]
    fn help_states_the_real_defaults() {
        use clap::CommandFactory;
        let cmd = Program::command();
        let help = |id: &str| {
            cmd.get_arguments()
                .find(|a| a.get_id() == id)
                .and_then(|a| a.get_help())
                .map(|h| h.to_string())
                .unwrap_or_default()
        };
        let limits = crate::store::Limits::default();
        let rate = crate::core::UserRate::default();
        for (id, default) in [
            ("telegram_max_pending", DEFAULT_TELEGRAM_MAX_PENDING),
            ("telegram_chat_queue", DEFAULT_TELEGRAM_CHAT_QUEUE),
            ("search_cache", crate::search::DEFAULT_RESULT_CACHE),
            ("max_submissions_per_hour", limits.per_hour as usize),
            ("max_messages_per_minute", rate.per_minute as usize),
            ("message_burst", rate.burst as usize),
            ("retention_days", DEFAULT_RETENTION_DAYS as usize),
        ] {
            let text = help(id);
            assert!(
                text.contains(&format!("[default: {default}]")),
                "{id}: {text}"
            );
        }
    }
}

//! `miners-guide serve`: every configured platform in one process, until SIGINT/SIGTERM.
//!
//! [`run`] connects the adapters (Telegram first, so the username `getMe` reports reaches the
//! core before any message is handled; then Matrix), routes [`Notice`]s between platforms (a
//! Telegram contributor's submission announced in a Matrix moderators' room, a Matrix
//! moderator's decision told to a Telegram contributor), runs the core's periodic work, and
//! on shutdown stops fetching, lets the adapters finish the replies in flight, delivers the
//! notices still queued, and returns, all within bounded time.
//!
//! The router is a small fan-out: every producer (the adapters' outlets, the periodic tick)
//! sends into one channel; one task per platform delivers that platform's notices in order,
//! so a slow platform never holds up another.

use crate::config::{Config, MatrixLogin};
use crate::core::{Bot, Capabilities, Notice, Platform};
use crate::matrix::{self, Credentials, InvitePolicy, MatrixAdapter, MatrixNotifier};
use crate::shutdown::{self, Shutdown};
use crate::telegram::{self, TelegramAdapter, TelegramNotifier};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

/// Why serving stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No platform has enough settings to start.
    #[error(
        "no platform is configured: set TELEGRAM_BOT_TOKEN (Telegram) or MATRIX_HOMESERVER, \
         MATRIX_USER and MATRIX_PASSWORD (Matrix), or try the bot with `miners-guide chat`"
    )]
    NoPlatform,
    /// The Telegram adapter could not start or failed.
    #[error(transparent)]
    Telegram(#[from] telegram::Error),
    /// The Matrix adapter could not start or failed.
    #[error(transparent)]
    Matrix(#[from] matrix::Error),
    /// A task of the server panicked.
    #[error("an internal task failed: {0}")]
    Task(String),
}

/// What each platform's adapter can do: the one line a new platform adds here.
pub fn capabilities(platform: Platform) -> Capabilities {
    match platform {
        Platform::Telegram => telegram::CAPABILITIES,
        Platform::Matrix => matrix::CAPABILITIES,
        Platform::Console => crate::console::CAPABILITIES,
    }
}

/// How often the core's periodic work runs (digests for the moderators' chat).
pub const TICK_EVERY: Duration = Duration::from_secs(5);
/// How long shutdown waits for queued notices to be delivered once the adapters stopped.
const NOTICE_DRAIN: Duration = Duration::from_secs(20);

/// Runs every platform configured in `config` with `bot` until `shutdown`, then stops them
/// cleanly. Fails at once if no platform is configured or one cannot connect; if one adapter
/// fails while running, the others are stopped too and its error is returned.
pub async fn run(bot: Bot, config: &Config, shutdown: Shutdown) -> Result<(), Error> {
    if config.platforms().is_empty() {
        return Err(Error::NoPlatform);
    }
    // Stops everything: on the outside signal, or when one adapter fails.
    let (stop, stopped) = shutdown::channel();
    let stop = Arc::new(stop);
    {
        let stop = stop.clone();
        let mut outside = shutdown;
        tokio::spawn(async move {
            outside.wait().await;
            stop.trigger();
        });
    }

    let (route, routed) = mpsc::unbounded_channel::<Notice>();

    // Telegram first: the username it reports goes into the core.
    let mut telegram_adapter = match &config.telegram {
        Some(c) => {
            let cfg = telegram::TelegramConfig::from_config(c)?;
            Some(TelegramAdapter::connect(cfg).await?)
        }
        None => None,
    };
    let bot = match &telegram_adapter {
        Some(t) => bot.with_username(t.username()),
        None => bot,
    };
    let matrix_adapter = match &config.matrix {
        Some(c) => Some(MatrixAdapter::connect(bot.clone(), matrix_config(c)).await?),
        None => None,
    };

    let mut outlets = Outlets::default();
    if let Some(t) = &mut telegram_adapter {
        t.forward_other_platforms(route.clone());
        outlets.telegram = Some(Sink::Telegram(t.notifier()));
    }
    if let Some(m) = &matrix_adapter {
        m.forward_other_platforms(route.clone());
        outlets.matrix = Some(Sink::Matrix(m.notifier()));
    }
    let (finish, finished) = tokio::sync::oneshot::channel::<()>();
    let router = tokio::spawn(route_notices(routed, outlets, finished));

    let mut adapters: JoinSet<(Platform, Result<(), Error>)> = JoinSet::new();
    if let Some(t) = telegram_adapter {
        let handler = Arc::new(bot.clone());
        let until = wait_for(stopped.clone());
        adapters.spawn(async move {
            let result = t.run(handler, until).await.map_err(Error::from);
            (Platform::Telegram, result)
        });
    }
    if let Some(m) = matrix_adapter {
        let until = wait_for(stopped.clone());
        adapters.spawn(async move {
            let result = m.run(until).await.map_err(Error::from);
            (Platform::Matrix, result)
        });
    }
    let ticker = tokio::spawn(tick_loop(bot.clone(), route.clone(), stopped.clone()));
    drop(route);

    let mut first_error = None;
    while let Some(done) = adapters.join_next().await {
        let (platform, result) = match done {
            Ok(v) => v,
            Err(e) => {
                stop.trigger();
                first_error.get_or_insert(Error::Task(e.to_string()));
                continue;
            }
        };
        match result {
            Ok(()) if stopped.is_triggered() => log::info!("serve: {platform} stopped"),
            Ok(()) => {
                log::error!("serve: {platform} stopped on its own; stopping the others");
                stop.trigger();
            }
            Err(e) => {
                log::error!("serve: {platform} failed: {e}; stopping the others");
                stop.trigger();
                first_error.get_or_insert(e);
            }
        }
    }
    if let Err(e) = ticker.await {
        log::error!("serve: the periodic task failed: {e}");
    }
    // The adapters have answered what they fetched; deliver what they queued for others.
    let _ = finish.send(());
    match tokio::time::timeout(NOTICE_DRAIN, router).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => log::error!("serve: the notice router failed: {e}"),
        Err(_) => log::error!("serve: gave up delivering the last notices after {NOTICE_DRAIN:?}"),
    }
    log::info!("serve: stopped");
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Resolves when `shutdown` is triggered (a future to hand to an adapter's `run`).
async fn wait_for(mut shutdown: Shutdown) {
    shutdown.wait().await
}

/// The Matrix adapter's settings from the resolved configuration.
///
/// An empty list of allowed inviters accepts every invitation (the Matrix adapter's default).
fn matrix_config(c: &crate::config::MatrixConfig) -> matrix::MatrixConfig {
    let credentials = match &c.login {
        MatrixLogin::Password(p) => Credentials::Password(p.clone()),
        MatrixLogin::AccessToken(t) => Credentials::AccessToken(t.clone()),
    };
    matrix::MatrixConfig {
        homeserver: c.homeserver.clone(),
        user: c.user.clone(),
        credentials,
        store_dir: c.store_dir.clone(),
        invites: InvitePolicy::parse(&c.allowed_inviters),
        device_name: matrix::DEFAULT_DEVICE_NAME.to_owned(),
    }
}

/// Something that delivers notices to one platform.
#[derive(Clone)]
enum Sink {
    Telegram(TelegramNotifier),
    Matrix(MatrixNotifier),
}

impl Sink {
    async fn send(&self, notice: &Notice) {
        let result = match self {
            Sink::Telegram(t) => t.send(notice).await.map(|_| ()).map_err(Error::from),
            Sink::Matrix(m) => m.send(notice).await.map(|_| ()).map_err(Error::from),
        };
        if let Err(e) = result {
            log::error!("serve: notice for {} lost: {e}", notice.to);
        }
    }
}

/// The running platforms' sinks.
#[derive(Default)]
struct Outlets {
    telegram: Option<Sink>,
    matrix: Option<Sink>,
}

impl Outlets {
    fn for_platform(&self, platform: Platform) -> Option<&Sink> {
        match platform {
            Platform::Telegram => self.telegram.as_ref(),
            Platform::Matrix => self.matrix.as_ref(),
            Platform::Console => None,
        }
    }
}

/// Routes notices to one delivery task per platform until `finished`, then delivers what is
/// still queued and waits for the delivery tasks to end.
async fn route_notices(
    mut routed: mpsc::UnboundedReceiver<Notice>,
    outlets: Outlets,
    mut finished: tokio::sync::oneshot::Receiver<()>,
) {
    let mut lanes: Vec<(Platform, mpsc::UnboundedSender<Notice>)> = Vec::new();
    let mut deliveries = JoinSet::new();
    for platform in [Platform::Telegram, Platform::Matrix] {
        if let Some(sink) = outlets.for_platform(platform).cloned() {
            let (tx, mut rx) = mpsc::unbounded_channel::<Notice>();
            deliveries.spawn(async move {
                while let Some(notice) = rx.recv().await {
                    sink.send(&notice).await;
                }
            });
            lanes.push((platform, tx));
        }
    }
    let dispatch = |notice: Notice| match lanes.iter().find(|(p, _)| *p == notice.to.platform) {
        Some((_, lane)) => {
            if lane.send(notice).is_err() {
                log::error!("serve: a notice delivery task stopped early");
            }
        }
        None => log::error!(
            "serve: notice for {} lost: that platform is not running",
            notice.to
        ),
    };
    loop {
        tokio::select! {
            next = routed.recv() => match next {
                Some(notice) => dispatch(notice),
                None => break,
            },
            _ = &mut finished => {
                while let Ok(notice) = routed.try_recv() {
                    dispatch(notice);
                }
                break;
            }
        }
    }
    drop(lanes);
    while let Some(done) = deliveries.join_next().await {
        if let Err(e) = done {
            log::error!("serve: a notice delivery task failed: {e}");
        }
    }
}

/// The core's periodic work, every [`TICK_EVERY`] until `stopped`: its notices (digests for
/// the moderators' chat) go through the router.
async fn tick_loop(bot: Bot, route: mpsc::UnboundedSender<Notice>, mut stopped: Shutdown) {
    // The first round one period after start, not at once: start-up is busy enough.
    let mut every = tokio::time::interval_at(tokio::time::Instant::now() + TICK_EVERY, TICK_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = stopped.wait() => break,
            _ = every.tick() => {}
        }
        let core = bot.clone();
        let notices = match tokio::task::spawn_blocking(move || periodic(&core)).await {
            Ok(n) => n,
            Err(e) => {
                log::error!("serve: the core's periodic work failed: {e}");
                continue;
            }
        };
        for notice in notices {
            if route.send(notice).is_err() {
                return;
            }
        }
    }
}

/// One round of the core's periodic work: the digest of submissions flood control held back.
fn periodic(bot: &Bot) -> Vec<Notice> {
    bot.tick(crate::store::unix_now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ConfigArgs;
    use crate::search::SearchIndex;
    use std::path::Path;

    /// Without any platform, `run` fails at once and points at `miners-guide chat`.
    #[tokio::test]
    async fn no_platform_is_an_error_with_advice() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let index = SearchIndex::open(&data, dir.path()).expect("index");
        let config = Config::resolve(&ConfigArgs::default(), None).expect("config");
        let (_trigger, shutdown) = shutdown::channel();
        let err = run(Bot::new(Arc::new(index)), &config, shutdown)
            .await
            .expect_err("nothing to serve");
        assert!(matches!(err, Error::NoPlatform));
        assert!(err.to_string().contains("miners-guide chat"), "{err}");
    }

    /// The Matrix settings carry over: homeserver, user, password or token, store folder, and
    /// whose invitations are accepted (everybody's when the list is empty).
    #[test]
    fn matrix_settings_carry_over() {
        let c = crate::config::MatrixConfig {
            homeserver: "http://127.0.0.1:8008".into(),
            user: "guide".into(),
            login: MatrixLogin::AccessToken(crate::config::Secret::new("tok")),
            store_dir: "/srv/matrix".into(),
            allowed_inviters: "@ana:coop.example, ngo.example".into(),
        };
        let m = matrix_config(&c);
        assert!(m.invites.allows("@ana:coop.example"));
        assert!(m.invites.allows("@bo:ngo.example"));
        assert!(!m.invites.allows("@eve:elsewhere.example"));
        assert_eq!(m.homeserver, "http://127.0.0.1:8008");
        assert_eq!(m.user, "guide");
        assert_eq!(
            m.credentials,
            Credentials::AccessToken(matrix::Secret::new("tok"))
        );
        assert_eq!(m.store_dir, Path::new("/srv/matrix"));
        let open = crate::config::MatrixConfig {
            allowed_inviters: String::new(),
            ..c
        };
        assert!(matrix_config(&open).invites.allows("@anyone:example.org"));
    }
}

//! `miners-guide serve`: every configured platform in one process, until SIGINT/SIGTERM.
//!
//! [`run`] connects the adapters, each in its own task and each trying again while its platform
//! cannot be reached (Telegram's `getMe` during a Bot API outage, a homeserver restarting),
//! so one platform's outage at start delays nobody else; the username `getMe` reports reaches
//! the core before Telegram's first message is handled. It routes [`Notice`]s between platforms (a Telegram contributor's
//! submission announced in a Matrix moderators' room, a Matrix moderator's decision told to a
//! Telegram contributor), runs the core's periodic work, and on shutdown stops fetching, lets
//! the adapters finish the replies in flight, delivers the notices still queued, and returns,
//! all within bounded time.
//!
//! One adapter's failure never stops another: each runs in its own task, retries its own
//! outages, and when one ends for good (wrong credentials, say) the others go on. `serve`
//! ends on shutdown, or when every adapter has ended. Each adapter's state is kept in a
//! [`Health`] registry, shown on `/health` by the webhook listener and by the `METRICS_LISTEN`
//! listener.
//!
//! The router is a small fan-out: every producer (the adapters' outlets, the periodic tick)
//! sends into one channel; one task per platform delivers that platform's notices in order,
//! so a slow platform never holds up another. Notices for a platform wait until it is connected.

use crate::config::Config;
#[cfg(feature = "matrix")]
use crate::config::MatrixLogin;
use crate::core::{Bot, Capabilities, Notice, Platform};
use crate::health::{self, Health};
use crate::matrix;
#[cfg(feature = "matrix")]
use crate::matrix::{Credentials, InvitePolicy, MatrixAdapter, MatrixNotifier};
use crate::shutdown::{self, Shutdown};
use crate::telegram::{self, TelegramAdapter, TelegramNotifier};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::sync::watch;
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
    #[cfg(feature = "matrix")]
    #[error(transparent)]
    Matrix(#[from] matrix::Error),
    /// Matrix is configured, but this program was built without the `matrix` feature.
    #[cfg(not(feature = "matrix"))]
    #[error(
        "Matrix is configured, but this build has no Matrix support: build with the default \
         `matrix` feature, or unset MATRIX_HOMESERVER"
    )]
    MatrixNotBuilt,
    /// The `METRICS_LISTEN` listener could not be opened.
    #[error(transparent)]
    Listen(#[from] health::ListenError),
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
/// cleanly. Fails at once if no platform is configured or a setting is unusable. An adapter
/// that ends for good (its error is logged) leaves the others running; `run` returns when
/// every adapter has ended, with the first adapter's error if one failed.
pub async fn run(bot: Bot, config: &Config, shutdown: Shutdown) -> Result<(), Error> {
    run_with_health(bot, config, Health::new(), shutdown).await
}

/// [`run`], reporting each adapter's state into `health` (for a caller that shows it).
pub async fn run_with_health(
    bot: Bot,
    config: &Config,
    health: Health,
    shutdown: Shutdown,
) -> Result<(), Error> {
    if config.platforms().is_empty() {
        return Err(Error::NoPlatform);
    }
    let telegram_config = match &config.telegram {
        Some(c) => Some(telegram::TelegramConfig::from_config(c)?),
        None => None,
    };
    // Stops everything: on the outside signal, or once every adapter has ended.
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
    let listener = match config.metrics_listen {
        Some(addr) => Some(health::serve(&health, addr, stopped.clone()).await?.1),
        None => None,
    };

    let (route, routed) = mpsc::unbounded_channel::<Notice>();
    let mut first_error = None;

    let mut outlets = Outlets::default();
    let mut adapters: JoinSet<(Platform, Result<(), Error>)> = JoinSet::new();
    if let Some(cfg) = telegram_config {
        // Connected in its own task too: a Bot API outage at start holds up nothing else, and
        // the bot comes up on Telegram once `getMe` answers.
        let (connected, notifier) = watch::channel::<Option<TelegramNotifier>>(None);
        outlets.telegram = Some(Sink::Telegram(notifier));
        let reporter = health.reporter(Platform::Telegram);
        let bot = bot.clone();
        let route = route.clone();
        let stopped = stopped.clone();
        adapters.spawn(async move {
            let connecting = TelegramAdapter::connect_retrying(cfg, reporter, stopped.clone());
            let mut adapter = match connecting.await {
                Ok(Some(adapter)) => adapter,
                Ok(None) => return (Platform::Telegram, Ok(())),
                Err(e) => return (Platform::Telegram, Err(Error::from(e))),
            };
            // The username `getMe` reported, so `/find@ThisBot` is recognised as ours.
            let handler = Arc::new(bot.with_username(adapter.username()));
            adapter.forward_other_platforms(route);
            connected.send_replace(Some(adapter.notifier()));
            let result = adapter.run(handler, wait_for(stopped)).await;
            (Platform::Telegram, result.map_err(Error::from))
        });
    }
    #[cfg(not(feature = "matrix"))]
    if config.matrix.is_some() {
        return Err(Error::MatrixNotBuilt);
    }
    #[cfg(feature = "matrix")]
    if let Some(c) = &config.matrix {
        // Connected in its own task: an unreachable homeserver holds up nothing else.
        let (connected, notifier) = watch::channel::<Option<MatrixNotifier>>(None);
        outlets.matrix = Some(Sink::Matrix(notifier));
        let reporter = health.reporter(Platform::Matrix);
        let cfg = matrix_config(c);
        let bot = bot.clone();
        let route = route.clone();
        let stopped = stopped.clone();
        adapters.spawn(async move {
            let connecting =
                MatrixAdapter::connect_retrying(bot, cfg, reporter.clone(), stopped.clone());
            let adapter = match connecting.await {
                Ok(Some(adapter)) => adapter,
                Ok(None) => return (Platform::Matrix, Ok(())),
                Err(e) => {
                    reporter.stopped(Some(&e.to_string()));
                    return (Platform::Matrix, Err(Error::from(e)));
                }
            };
            adapter.forward_other_platforms(route);
            connected.send_replace(Some(adapter.notifier()));
            let result = adapter.run(wait_for(stopped)).await.map_err(Error::from);
            (Platform::Matrix, result)
        });
    }
    let (finish, finished) = tokio::sync::oneshot::channel::<()>();
    let router = tokio::spawn(route_notices(bot.clone(), routed, outlets, finished));

    let ticker = tokio::spawn(tick_loop(bot.clone(), route.clone(), stopped.clone()));
    drop(route);

    while let Some(done) = adapters.join_next().await {
        let (platform, result) = match done {
            Ok(v) => v,
            Err(e) => {
                log::error!("serve: an adapter task failed: {e}; the others keep running");
                first_error.get_or_insert(Error::Task(e.to_string()));
                continue;
            }
        };
        match result {
            Ok(()) if stopped.is_triggered() => log::info!("serve: {platform} stopped"),
            Ok(()) => log::error!("serve: {platform} stopped on its own; the others keep running"),
            Err(e) => {
                log::error!("serve: {platform} failed for good: {e}; the others keep running");
                first_error.get_or_insert(e);
            }
        }
    }
    // Every adapter has ended: stop the rest too.
    stop.trigger();
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
    if let Some(listener) = listener
        && let Err(e) = listener.await
    {
        log::error!("serve: the health listener failed: {e}");
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
#[cfg(feature = "matrix")]
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
    /// Empty until the Telegram adapter is connected; closed if it ends before.
    Telegram(watch::Receiver<Option<TelegramNotifier>>),
    /// Empty until the Matrix adapter is connected; closed if it ends before.
    #[cfg(feature = "matrix")]
    Matrix(watch::Receiver<Option<MatrixNotifier>>),
}

impl Sink {
    /// Delivers `notice`; returns the adapter's reference to the message that carries it.
    async fn send(&self, notice: &Notice) -> Option<String> {
        let result = match self {
            Sink::Telegram(connected) => match once_connected(connected, notice).await {
                Some(t) => t.send(notice).await.map_err(Error::from),
                None => return None,
            },
            #[cfg(feature = "matrix")]
            Sink::Matrix(connected) => match once_connected(connected, notice).await {
                Some(m) => m.send(notice).await.map(Some).map_err(Error::from),
                None => return None,
            },
        };
        result
            .inspect_err(|e| log::error!("serve: notice for {} lost: {e}", notice.to))
            .ok()
            .flatten()
    }
}

/// The notifier of an adapter once it is connected; `None` (and the notice logged as lost) if
/// the adapter ended before it connected.
async fn once_connected<N: Clone>(
    connected: &watch::Receiver<Option<N>>,
    notice: &Notice,
) -> Option<N> {
    let mut connected = connected.clone();
    let notifier = connected
        .wait_for(Option::is_some)
        .await
        .ok()
        .and_then(|n| n.clone());
    if notifier.is_none() {
        log::error!(
            "serve: notice for {} lost: its platform ended before it connected",
            notice.to
        );
    }
    notifier
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
    bot: Bot,
    mut routed: mpsc::UnboundedReceiver<Notice>,
    outlets: Outlets,
    mut finished: tokio::sync::oneshot::Receiver<()>,
) {
    let mut lanes: Vec<(Platform, mpsc::UnboundedSender<Notice>)> = Vec::new();
    let mut deliveries = JoinSet::new();
    for platform in [Platform::Telegram, Platform::Matrix] {
        if let Some(sink) = outlets.for_platform(platform).cloned() {
            let (tx, mut rx) = mpsc::unbounded_channel::<Notice>();
            let bot = bot.clone();
            deliveries.spawn(async move {
                while let Some(notice) = rx.recv().await {
                    let sent = sink.send(&notice).await;
                    if let (Some(receipt), Some(sent)) = (notice.receipt, sent) {
                        let bot = bot.clone();
                        let noted =
                            tokio::task::spawn_blocking(move || bot.delivered(&receipt, &sent));
                        if let Err(e) = noted.await {
                            log::error!("serve: the core failed to note a delivered notice: {e}");
                        }
                    }
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

    #[cfg(feature = "matrix")]
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

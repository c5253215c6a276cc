//! The state of each running adapter, for operators: connected, retrying since when and why,
//! or stopped for good. Adapters report into one [`Health`] registry; `/health` shows it as
//! JSON, on the Telegram webhook listener and on the `METRICS_LISTEN` listener ([`serve`]),
//! beside `/metrics` ([`crate::metrics`]).
//!
//! `/health` answers 200 even while a platform is retrying: an outage of one platform is
//! routine and must not make a supervisor restart a bot that still serves the others; the
//! JSON's `status` (`ok`, `degraded`, `down`) says how things stand.

use crate::core::Platform;
use crate::shutdown::Shutdown;
use serde::Serialize;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

/// Where one adapter stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Configured, not connected yet (logging in, first contact).
    Starting,
    /// Talking to its platform.
    Connected,
    /// Its platform did not answer; it keeps trying.
    Retrying,
    /// Ended for good (shutdown, or an error retrying cannot fix).
    Stopped,
}

/// One adapter's state, as `/health` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdapterHealth {
    /// Where it stands.
    pub status: Status,
    /// Since when (Unix seconds): connected since, retrying since the first failed try, etc.
    pub since: i64,
    /// Failed tries in a row while retrying (0 otherwise).
    pub failures: u32,
    /// The last error, kept after reconnecting so the cause of the last outage stays visible.
    pub last_error: Option<String>,
    /// When the last error happened (Unix seconds).
    pub last_error_at: Option<i64>,
}

/// The registry every adapter reports into; cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Health {
    adapters: Arc<Mutex<BTreeMap<&'static str, AdapterHealth>>>,
}

/// One adapter's handle on the registry.
#[derive(Debug, Clone)]
pub struct Reporter {
    health: Health,
    name: &'static str,
}

/// The JSON body of `/health`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// `ok` when every adapter is connected, `down` when none is, `degraded` otherwise.
    pub status: &'static str,
    /// Each adapter's state, by platform name.
    pub adapters: BTreeMap<&'static str, AdapterHealth>,
}

impl Health {
    /// An empty registry.
    pub fn new() -> Health {
        Health::default()
    }

    /// The handle `platform`'s adapter reports with; registers it as starting.
    pub fn reporter(&self, platform: Platform) -> Reporter {
        let name = platform.as_str();
        self.lock().entry(name).or_insert_with(|| AdapterHealth {
            status: Status::Starting,
            since: crate::store::unix_now(),
            failures: 0,
            last_error: None,
            last_error_at: None,
        });
        Reporter {
            health: self.clone(),
            name,
        }
    }

    /// `platform`'s current state, if it was registered.
    pub fn adapter(&self, platform: Platform) -> Option<AdapterHealth> {
        self.lock().get(platform.as_str()).cloned()
    }

    /// Every adapter's state and the overall status.
    pub fn report(&self) -> Report {
        let adapters = self.lock().clone();
        let connected = adapters
            .values()
            .filter(|a| a.status == Status::Connected)
            .count();
        let status = if connected == adapters.len() && connected > 0 {
            "ok"
        } else if connected == 0 {
            "down"
        } else {
            "degraded"
        };
        Report { status, adapters }
    }

    /// An axum router serving `GET /health` with [`Health::report`] as JSON, and `GET /metrics`
    /// with the Prometheus text of [`crate::metrics::render`] (404 when no recorder is
    /// installed).
    pub fn router(&self) -> axum::Router {
        let health = self.clone();
        axum::Router::new()
            .route(
                "/health",
                axum::routing::get(move || {
                    let report = health.report();
                    async move { axum::Json(report) }
                }),
            )
            .route("/metrics", axum::routing::get(metrics_text))
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<&'static str, AdapterHealth>> {
        // The map stays consistent whatever panicked while holding the lock.
        self.adapters.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Reporter {
    /// The registry this handle reports into (to serve `/health` beside an adapter's own routes).
    pub fn registry(&self) -> Health {
        self.health.clone()
    }

    /// The adapter talks to its platform (again).
    pub fn connected(&self) {
        self.update(|a, now| {
            if a.status != Status::Connected {
                a.status = Status::Connected;
                a.since = now;
            }
            a.failures = 0;
        });
    }

    /// A try failed with `error` (never a secret: adapters pass redacted texts); the adapter
    /// tries again.
    pub fn retrying(&self, error: &str) {
        self.update(|a, now| {
            if a.status != Status::Retrying {
                a.status = Status::Retrying;
                a.since = now;
            }
            a.failures = a.failures.saturating_add(1);
            a.last_error = Some(error.to_owned());
            a.last_error_at = Some(now);
        });
    }

    /// The adapter ended for good, with `error` if it failed.
    pub fn stopped(&self, error: Option<&str>) {
        self.update(|a, now| {
            a.status = Status::Stopped;
            a.since = now;
            if let Some(error) = error {
                a.last_error = Some(error.to_owned());
                a.last_error_at = Some(now);
            }
        });
    }

    fn update(&self, change: impl FnOnce(&mut AdapterHealth, i64)) {
        let now = crate::store::unix_now();
        if let Some(a) = self.health.lock().get_mut(self.name) {
            change(a, now);
        }
    }
}

/// `GET /metrics`: the Prometheus text exposition, or 404 before a recorder is installed.
async fn metrics_text() -> axum::response::Response {
    use axum::response::IntoResponse;
    match crate::metrics::render() {
        Some(text) => (
            [(
                axum::http::header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        None => (axum::http::StatusCode::NOT_FOUND, "metrics are off\n").into_response(),
    }
}

/// Why the `METRICS_LISTEN` listener could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot listen on {addr} (METRICS_LISTEN): {source}")]
pub struct ListenError {
    /// The address.
    pub addr: SocketAddr,
    /// Why.
    pub source: std::io::Error,
}

/// Opens `addr` and serves [`Health::router`] there until `shutdown`, in the background (the
/// listener of `METRICS_LISTEN`, with `/metrics`). Returns the
/// address actually bound (port 0 picks a free one) and the server task.
pub async fn serve(
    health: &Health,
    addr: SocketAddr,
    mut shutdown: Shutdown,
) -> Result<(SocketAddr, tokio::task::JoinHandle<()>), ListenError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ListenError { addr, source })?;
    let bound = listener
        .local_addr()
        .map_err(|source| ListenError { addr, source })?;
    let app = health.router();
    let task = tokio::spawn(async move {
        let stopped = async move { shutdown.wait().await };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(stopped)
            .await
        {
            log::error!("health: the listener on {bound} failed: {e}");
        }
    });
    log::info!("health: /health served on http://{bound}");
    Ok((bound, task))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An adapter goes starting → connected → retrying (with the error and a count) →
    /// connected (the last error kept), and the overall status follows: down, degraded, ok.
    #[test]
    fn states_and_overall_status_follow_the_reports() {
        let health = Health::new();
        let matrix = health.reporter(Platform::Matrix);
        let telegram = health.reporter(Platform::Telegram);
        assert_eq!(health.report().status, "down");
        assert_eq!(
            health.adapter(Platform::Matrix).map(|a| a.status),
            Some(Status::Starting)
        );
        telegram.connected();
        matrix.connected();
        assert_eq!(health.report().status, "ok");
        matrix.retrying("connection refused");
        matrix.retrying("connection refused again");
        let m = health.adapter(Platform::Matrix).expect("registered");
        assert_eq!(m.status, Status::Retrying);
        assert_eq!(m.failures, 2);
        assert_eq!(m.last_error.as_deref(), Some("connection refused again"));
        assert_eq!(health.report().status, "degraded");
        matrix.connected();
        let m = health.adapter(Platform::Matrix).expect("registered");
        assert_eq!((m.status, m.failures), (Status::Connected, 0));
        assert_eq!(m.last_error.as_deref(), Some("connection refused again"));
        telegram.stopped(Some("wrong token"));
        assert_eq!(health.report().status, "degraded");
        assert_eq!(health.adapter(Platform::Console), None);
    }

    /// `/health` is JSON with the overall status and each adapter by platform name.
    #[tokio::test]
    async fn health_route_serves_json() {
        let health = Health::new();
        health.reporter(Platform::Telegram).connected();
        health
            .reporter(Platform::Matrix)
            .retrying("homeserver down");
        let (_trigger, shutdown) = crate::shutdown::channel();
        let (addr, _task) = serve(&health, ([127, 0, 0, 1], 0).into(), shutdown)
            .await
            .expect("listen");
        let answer = reqwest::get(format!("http://{addr}/health"))
            .await
            .expect("GET /health");
        assert_eq!(answer.status(), 200);
        let body = answer.text().await.expect("body");
        let json: serde_json::Value = serde_json::from_str(&body).expect("JSON body");
        assert_eq!(json["status"], "degraded", "{json}");
        assert_eq!(json["adapters"]["telegram"]["status"], "connected");
        assert_eq!(json["adapters"]["matrix"]["status"], "retrying");
        assert_eq!(json["adapters"]["matrix"]["last_error"], "homeserver down");
        assert!(json["adapters"]["matrix"]["since"].as_i64().unwrap_or(0) > 0);
    }
}

//! The shutdown signal handed to every long-running `run` (adapters, servers): a cheap,
//! cloneable handle that resolves once SIGINT/SIGTERM arrives or a test triggers it.

use tokio::sync::watch;

/// Resolves when the process should stop. Clone it into every task.
#[derive(Debug, Clone)]
pub struct Shutdown(watch::Receiver<bool>);

/// Triggers a [`Shutdown`] (kept by `main`, or by a test).
#[derive(Debug)]
pub struct Trigger(watch::Sender<bool>);

/// A connected trigger and signal.
pub fn channel() -> (Trigger, Shutdown) {
    let (tx, rx) = watch::channel(false);
    (Trigger(tx), Shutdown(rx))
}

impl Trigger {
    /// Tells every [`Shutdown`] holder to stop.
    pub fn trigger(&self) {
        self.0.send_replace(true);
    }
}

impl Shutdown {
    /// Whether shutdown was requested.
    pub fn is_triggered(&self) -> bool {
        *self.0.borrow()
    }

    /// Waits until shutdown is requested (or the trigger is gone).
    pub async fn wait(&mut self) {
        let _ = self.0.wait_for(|stop| *stop).await;
    }
}

/// A [`Shutdown`] triggered by Ctrl-C (SIGINT) or SIGTERM. Must be called inside a tokio
/// runtime.
pub fn on_signals() -> Shutdown {
    let (trigger, shutdown) = channel();
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            match signal(SignalKind::terminate()) {
                Ok(mut term) => {
                    tokio::select! {
                        _ = tokio::signal::ctrl_c() => {}
                        _ = term.recv() => {}
                    }
                }
                Err(e) => {
                    log::warn!("shutdown: cannot listen for SIGTERM: {e}");
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        log::info!("shutdown: signal received, stopping");
        trigger.trigger();
    });
    shutdown
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every clone sees the trigger, and `wait` returns after it.
    #[tokio::test]
    async fn trigger_reaches_every_clone() {
        let (trigger, shutdown) = channel();
        let mut a = shutdown.clone();
        assert!(!a.is_triggered());
        let task = tokio::spawn(async move { a.wait().await });
        trigger.trigger();
        tokio::time::timeout(std::time::Duration::from_secs(5), task)
            .await
            .expect("wait returned")
            .expect("task ok");
        assert!(shutdown.is_triggered());
    }
}

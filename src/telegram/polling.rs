//! Long polling: `getUpdates` driven by hand, not by teloxide's `Dispatcher`, because each
//! batch must be stored in the durable inbox (SQLite) before the next `getUpdates` confirms it
//! to Telegram — an update Telegram was told we have survives `kill -9`. Failed calls are
//! retried with capped backoff; shutdown stops fetching, drains what was fetched and confirms it.

#[allow(unused_imports)]
use super::*;

/// How long one `getUpdates` waits for news (below teloxide's 17 s client timeout).
pub(super) const POLL_TIMEOUT_SECS: u32 = 10;

/// The longest wait between two failed `getUpdates` (the first is 250 ms; they double).
pub(super) const MAX_POLL_RETRY: Duration = Duration::from_secs(30);

/// Long polling until `shutdown`; then drains and confirms the fetched updates.
pub(super) async fn poll_loop<H: Handler>(
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

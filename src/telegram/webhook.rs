//! Webhook mode: Telegram posts updates to an HTTPS address served here (axum), checked
//! against the secret token in constant time; `/health` shows every adapter's state. Each
//! update is stored in the durable inbox before Telegram is answered 200.

#[allow(unused_imports)]
use super::*;

/// Webhook mode until `shutdown`: an axum server with the update route and `/health`.
pub(super) async fn webhook_loop<H: Handler>(
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

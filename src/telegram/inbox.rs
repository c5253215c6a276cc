//! Fetched updates kept on disk until they are answered, so that a crash (even `kill -9`)
//! between confirming a batch to Telegram and answering it loses nothing.
//!
//! The poll loop hands every batch to [`Inbox::keep`] *before* it asks Telegram for the next
//! one (which confirms the batch: Telegram then forgets it); each worker calls
//! [`Inbox::answered`] when its update is done, and a background task removes answered
//! updates from the store in batches. At start-up [`Inbox::replay`] returns whatever a crash
//! left, to be answered before anything new. After a crash an update may be answered twice
//! (answered, but its removal not yet written): at-least-once, never lost. Without a store
//! (no submissions database) the inbox keeps nothing and the adapter behaves as before.

use crate::store::{InboxItem, Store};
use std::sync::Arc;
use std::time::Duration;
use teloxide::types::Update;
use tokio::sync::{mpsc, oneshot};

/// What the removal task is told.
enum Note {
    /// This update was answered.
    Answered(i64),
    /// Write what is waiting now, then say so.
    Flush(oneshot::Sender<()>),
}

/// The platform name the inbox rows are kept under.
const PLATFORM: &str = "telegram";
/// How often answered updates are removed from the store (one transaction per batch).
const FLUSH_EVERY: Duration = Duration::from_millis(100);
/// The most answered updates remembered for another try when their removal failed.
const RETRY_MAX: usize = 100_000;

/// The adapter's view of the updates inbox.
#[derive(Clone)]
pub(super) struct Inbox {
    store: Option<Arc<Store>>,
    answered: Option<mpsc::UnboundedSender<Note>>,
}

impl Inbox {
    /// An inbox on `store` (none: nothing is kept); starts the task that removes answered
    /// updates, which ends when the last handle to this inbox is dropped.
    pub(super) fn new(store: Option<Arc<Store>>) -> Inbox {
        let answered = store.clone().map(|store| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(remove_answered(store, rx));
            tx
        });
        Inbox { store, answered }
    }

    /// Keeps `updates` durably; false if they could not be written (the database is busy or
    /// the disk full: the caller answers them anyway, unprotected against a crash).
    pub(super) async fn keep(&self, updates: &[Update]) -> bool {
        let Some(store) = self.store.clone() else {
            return true;
        };
        if updates.is_empty() {
            return true;
        }
        let items: Vec<InboxItem> = updates
            .iter()
            .filter_map(|u| match serde_json::to_string(u) {
                Ok(body) => Some(InboxItem {
                    id: i64::from(u.id.0),
                    body,
                }),
                Err(e) => {
                    log::error!("telegram: update {} cannot be kept: {e}", u.id.0);
                    None
                }
            })
            .collect();
        let now = crate::store::unix_now();
        match tokio::task::spawn_blocking(move || store.inbox_put(PLATFORM, &items, now)).await {
            Ok(Ok(())) => true,
            Ok(Err(e)) => {
                log::error!("telegram: cannot keep fetched updates ({e}); fetching them again");
                false
            }
            Err(e) => {
                log::error!("telegram: keeping fetched updates failed: {e}");
                false
            }
        }
    }

    /// Marks update `id` as answered (or given up): it will not be replayed.
    pub(super) fn answered(&self, id: u32) {
        if let Some(tx) = &self.answered {
            let _ = tx.send(Note::Answered(i64::from(id)));
        }
    }

    /// Writes the removals of every update answered so far (at shutdown, so that a clean
    /// restart answers nothing twice).
    pub(super) async fn flush(&self) {
        let Some(tx) = &self.answered else {
            return;
        };
        let (done, wait) = oneshot::channel();
        if tx.send(Note::Flush(done)).is_ok() {
            let _ = tokio::time::timeout(Duration::from_secs(10), wait).await;
        }
    }

    /// The updates a previous run kept and did not answer, oldest first.
    pub(super) async fn replay(&self) -> Vec<Update> {
        let Some(store) = self.store.clone() else {
            return Vec::new();
        };
        let items = match tokio::task::spawn_blocking(move || store.inbox_pending(PLATFORM)).await {
            Ok(Ok(items)) => items,
            Ok(Err(e)) => {
                log::error!("telegram: cannot read kept updates: {e}");
                return Vec::new();
            }
            Err(e) => {
                log::error!("telegram: reading kept updates failed: {e}");
                return Vec::new();
            }
        };
        let mut updates = Vec::with_capacity(items.len());
        let mut unreadable = Vec::new();
        for item in items {
            match serde_json::from_str::<Update>(&item.body) {
                Ok(u) => updates.push(u),
                Err(e) => {
                    log::error!(
                        "telegram: kept update {} is unreadable ({e}); dropped",
                        item.id
                    );
                    unreadable.push(item.id);
                }
            }
        }
        for id in unreadable {
            if let Some(tx) = &self.answered {
                let _ = tx.send(Note::Answered(id));
            }
        }
        if !updates.is_empty() {
            log::info!(
                "telegram: answering {} updates kept from before a restart",
                updates.len()
            );
        }
        updates
    }
}

/// Removes answered updates in batches (every [`FLUSH_EVERY`], or at once when asked to
/// flush) until every sender is gone.
async fn remove_answered(store: Arc<Store>, mut rx: mpsc::UnboundedReceiver<Note>) {
    let mut ids: Vec<i64> = Vec::new();
    let mut waiting: Vec<oneshot::Sender<()>> = Vec::new();
    loop {
        let note = if ids.is_empty() {
            rx.recv().await
        } else {
            match tokio::time::timeout(FLUSH_EVERY, rx.recv()).await {
                Ok(note) => note,
                Err(_) => {
                    ids = write(&store, std::mem::take(&mut ids)).await;
                    continue;
                }
            }
        };
        match note {
            Some(Note::Answered(id)) => ids.push(id),
            Some(Note::Flush(done)) => {
                // Take whatever else is already queued, then write it all.
                while let Ok(note) = rx.try_recv() {
                    match note {
                        Note::Answered(id) => ids.push(id),
                        Note::Flush(other) => waiting.push(other),
                    }
                }
                ids = write(&store, std::mem::take(&mut ids)).await;
                let _ = done.send(());
                for other in waiting.drain(..) {
                    let _ = other.send(());
                }
            }
            None => {
                let _ = write(&store, std::mem::take(&mut ids)).await;
                return;
            }
        }
    }
}

/// Removes `ids` from the inbox; returns those to try again with the next batch (all of them
/// if the database was busy or full, at most [`RETRY_MAX`]: beyond that they are left to be
/// answered again after a restart, which is safe).
async fn write(store: &Arc<Store>, ids: Vec<i64>) -> Vec<i64> {
    if ids.is_empty() {
        return ids;
    }
    let store = store.clone();
    let n = ids.len();
    let result = tokio::task::spawn_blocking(move || {
        let r = store.inbox_done(PLATFORM, &ids);
        (r, ids)
    })
    .await;
    match result {
        Ok((Ok(()), _)) => {
            log::debug!("telegram: {n} answered updates removed from the inbox");
            Vec::new()
        }
        Ok((Err(e), mut ids)) => {
            log::warn!("telegram: cannot remove answered updates yet ({e})");
            ids.truncate(RETRY_MAX);
            ids
        }
        Err(e) => {
            log::warn!("telegram: removing answered updates failed: {e}");
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(id: u32, chat: i64, text: &str) -> Update {
        serde_json::from_value(serde_json::json!({
            "update_id": id,
            "message": {
                "message_id": id, "date": 1_700_000_000,
                "chat": {"id": chat, "type": "private", "first_name": "Ana"},
                "from": {"id": chat, "is_bot": false, "first_name": "Ana"},
                "text": text
            }
        }))
        .expect("an update")
    }

    /// Kept updates come back after a "crash" (a new inbox on the same file) until they are
    /// answered; answered ones are removed once flushed; text survives the round trip.
    #[tokio::test]
    async fn kept_until_answered_across_restarts() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("bot.sqlite3");
        let store = Arc::new(Store::open(&path).expect("store"));
        let inbox = Inbox::new(Some(store));
        let batch = [update(10, 1, "/find water"), update(11, 2, "hola")];
        assert!(inbox.keep(&batch).await);
        inbox.answered(10);
        inbox.flush().await;
        drop(inbox);

        let again = Inbox::new(Some(Arc::new(Store::open(&path).expect("reopen"))));
        let replayed = again.replay().await;
        assert_eq!(replayed, vec![batch[1].clone()]);
        again.answered(11);
        again.flush().await;
        assert!(again.replay().await.is_empty());
    }

    /// Without a store nothing is kept and keeping always succeeds.
    #[tokio::test]
    async fn without_a_store_nothing_is_kept() {
        let inbox = Inbox::new(None);
        assert!(inbox.keep(&[update(1, 1, "x")]).await);
        inbox.answered(1);
        inbox.flush().await;
        assert!(inbox.replay().await.is_empty());
    }
}

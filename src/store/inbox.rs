//! The updates inbox: updates a platform handed over, kept until they are answered.
//!
//! Telegram forgets an update once the bot asks for the next ones (`getUpdates` with a higher
//! offset), which the adapter does long before every update of a batch is answered. So that a
//! crash (even `kill -9`) between the two loses nothing, the adapter first writes the batch here
//! (one transaction, on disk before it returns), then confirms it to Telegram, and removes each
//! update once it has been answered. At start-up, whatever is still here is answered first.
//! Delivery after a crash is therefore at-least-once: an update answered just before the crash,
//! whose removal was not yet written, is answered again (the submissions store already refuses
//! the same story twice, so a contribution is never stored twice).

use super::Store;
use super::error::Result;
use rusqlite::{TransactionBehavior, named_params};

/// One kept update: the platform's id and its body as the platform sent it (JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxItem {
    /// The platform's update id (for Telegram, `update_id`).
    pub id: i64,
    /// The update, as received.
    pub body: String,
}

impl Store {
    /// Keeps `items` for `platform` (ignoring any already kept), durably, in one transaction.
    pub fn inbox_put(&self, platform: &str, items: &[InboxItem], now: i64) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO inbox (platform, update_id, body, received_at)
                 VALUES (:platform, :id, :body, :now)
                 ON CONFLICT (platform, update_id) DO NOTHING",
            )?;
            for item in items {
                stmt.execute(named_params! {
                    ":platform": platform, ":id": item.id, ":body": item.body, ":now": now,
                })?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Forgets the answered updates `ids` of `platform` (ids not kept are ignored).
    pub fn inbox_done(&self, platform: &str, ids: &[i64]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut stmt = tx.prepare_cached(
                "DELETE FROM inbox WHERE platform = :platform AND update_id = :id",
            )?;
            for id in ids {
                stmt.execute(named_params! {":platform": platform, ":id": id})?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The updates of `platform` kept and not yet answered, oldest first.
    pub fn inbox_pending(&self, platform: &str) -> Result<Vec<InboxItem>> {
        let conn = self.conn();
        let items = conn
            .prepare_cached(
                "SELECT update_id, body FROM inbox WHERE platform = :platform
                 ORDER BY update_id",
            )?
            .query_map(named_params! {":platform": platform}, |r| {
                Ok(InboxItem {
                    id: r.get(0)?,
                    body: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64) -> InboxItem {
        InboxItem {
            id,
            body: format!("{{\"update_id\":{id}}}"),
        }
    }

    #[test]
    fn kept_until_done_per_platform_in_order() {
        let store = Store::open_in_memory().expect("store");
        store
            .inbox_put("telegram", &[item(7), item(5), item(6)], 1)
            .expect("put");
        // Putting again changes nothing.
        store.inbox_put("telegram", &[item(5)], 2).expect("put");
        store.inbox_put("other", &[item(5)], 2).expect("put");
        let ids = |p: &str| -> Vec<i64> {
            store
                .inbox_pending(p)
                .expect("pending")
                .iter()
                .map(|i| i.id)
                .collect()
        };
        assert_eq!(ids("telegram"), vec![5, 6, 7]);
        store.inbox_done("telegram", &[5, 7, 99]).expect("done");
        assert_eq!(ids("telegram"), vec![6]);
        assert_eq!(ids("other"), vec![5]);
        assert_eq!(
            store.inbox_pending("telegram").expect("pending")[0],
            item(6)
        );
    }

    #[test]
    fn survives_reopening_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("inbox.sqlite3");
        {
            let store = Store::open(&path).expect("store");
            store
                .inbox_put("telegram", &[item(1), item(2)], 1)
                .expect("put");
            store.inbox_done("telegram", &[1]).expect("done");
        }
        let store = Store::open(&path).expect("reopen");
        assert_eq!(
            store.inbox_pending("telegram").expect("pending"),
            vec![item(2)]
        );
    }
}

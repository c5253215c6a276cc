//! Button actions as Telegram callback data (1–64 bytes) and back.
//!
//! Short forms carry everything: `p:<page>:<query>`, `c:<command>`, `a:<id>`, `r:<id>`.
//! A query or command too long for 64 bytes is kept in a bounded, least-recently-used table
//! on the server and the button carries a short token: `P:<page>:<token>`, `C:<token>`. After a
//! restart or an eviction such a button is stale and decodes to [`DecodeError::Expired`].

use crate::core::ActionKind;
use lru::LruCache;
use sha2::{Digest, Sha256};
use std::num::NonZeroUsize;
use std::sync::Mutex;

/// Telegram's limit on callback data, in bytes.
pub const CALLBACK_LIMIT: usize = 64;

/// Why callback data could not be turned back into an action.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The data does not have any form this adapter produces (forged or from another bot).
    #[error("callback data is not one of ours")]
    Forged,
    /// The data refers to a long query the server no longer remembers.
    #[error("callback data refers to an expired entry")]
    Expired,
}

/// Encodes and decodes callback data, remembering long texts in a bounded LRU table.
pub struct CallbackCodec {
    /// Token → long text, least recently used evicted first.
    table: Mutex<LruCache<String, String>>,
}

impl CallbackCodec {
    /// A codec remembering at most `capacity` long texts (at least one).
    pub fn new(capacity: usize) -> CallbackCodec {
        CallbackCodec {
            table: Mutex::new(LruCache::new(
                NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN),
            )),
        }
    }

    /// The callback data for `action`: always 1–64 bytes.
    pub fn encode(&self, action: &ActionKind) -> String {
        match action {
            ActionKind::Approve(id) => format!("a:{id}"),
            ActionKind::Reject(id) => format!("r:{id}"),
            ActionKind::Page { query, page } => {
                let short = format!("p:{page}:{query}");
                if short.len() <= CALLBACK_LIMIT {
                    short
                } else {
                    format!("P:{page}:{}", self.remember(query))
                }
            }
            ActionKind::Command(cmd) => {
                let short = format!("c:{cmd}");
                if short.len() <= CALLBACK_LIMIT {
                    short
                } else {
                    format!("C:{}", self.remember(cmd))
                }
            }
        }
    }

    /// The action `data` stands for.
    pub fn decode(&self, data: &str) -> Result<ActionKind, DecodeError> {
        let (tag, rest) = data.split_once(':').ok_or(DecodeError::Forged)?;
        match tag {
            "a" => parse_id(rest).map(ActionKind::Approve),
            "r" => parse_id(rest).map(ActionKind::Reject),
            "c" if !rest.is_empty() => Ok(ActionKind::Command(rest.to_string())),
            "C" => self.recall(rest).map(ActionKind::Command),
            "p" | "P" => {
                let (page, arg) = rest.split_once(':').ok_or(DecodeError::Forged)?;
                let page: u32 = page.parse().map_err(|_| DecodeError::Forged)?;
                if page > 10_000 {
                    return Err(DecodeError::Forged);
                }
                let query = if tag == "p" {
                    arg.to_string()
                } else {
                    self.recall(arg)?
                };
                Ok(ActionKind::Page { query, page })
            }
            _ => Err(DecodeError::Forged),
        }
    }

    /// Stores `text` and returns its token (16 hex digits of its SHA-256).
    fn remember(&self, text: &str) -> String {
        let token = hex::encode(&Sha256::digest(text.as_bytes())[..8]);
        let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
        t.put(token.clone(), text.to_string());
        token
    }

    /// The text stored under `token`, refreshing it.
    fn recall(&self, token: &str) -> Result<String, DecodeError> {
        if token.len() != 16 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(DecodeError::Forged);
        }
        let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
        t.get(token).cloned().ok_or(DecodeError::Expired)
    }
}

fn parse_id(s: &str) -> Result<i64, DecodeError> {
    s.parse().map_err(|_| DecodeError::Forged)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action round-trips and every encoding fits in 64 bytes, long and multibyte
    /// queries included.
    #[test]
    fn actions_round_trip_within_64_bytes() {
        let codec = CallbackCodec::new(100);
        let long = "coopérative minière d'Ambatondrazaka ".repeat(5);
        let actions = [
            ActionKind::Approve(42),
            ActionKind::Reject(-7),
            ActionKind::Page {
                query: "consulting".into(),
                page: 2,
            },
            ActionKind::Page {
                query: long.clone(),
                page: 9999,
            },
            ActionKind::Page {
                query: "a:b:c".into(),
                page: 0,
            },
            ActionKind::Command("/guide sediment".into()),
            ActionKind::Command(format!("/find {long}")),
        ];
        for action in actions {
            let data = codec.encode(&action);
            assert!(!data.is_empty() && data.len() <= CALLBACK_LIMIT, "{data}");
            assert_eq!(codec.decode(&data), Ok(action));
        }
        assert_eq!(codec.encode(&ActionKind::Approve(42)), "a:42");
        assert_eq!(codec.encode(&ActionKind::Reject(42)), "r:42");
    }

    /// Data this adapter never produces is recognised as forged, not guessed at.
    #[test]
    fn forged_data_is_rejected() {
        let codec = CallbackCodec::new(10);
        for data in [
            "",
            "x",
            "a:",
            "a:4x",
            "p:x:q",
            "p:1",
            "z:1",
            "C:nothex",
            "c:",
            "p:99999999:q",
        ] {
            assert_eq!(codec.decode(data), Err(DecodeError::Forged), "{data:?}");
        }
    }

    /// When the table is full the least recently used long query is evicted; its button then
    /// decodes as expired while recently used ones still work.
    #[test]
    fn lru_evicts_least_recently_used() {
        let codec = CallbackCodec::new(2);
        let q = |i: u32| format!("{} {i}", "long query ".repeat(8));
        let page = |i: u32| ActionKind::Page {
            query: q(i),
            page: 1,
        };
        let d0 = codec.encode(&page(0));
        let d1 = codec.encode(&page(1));
        assert_eq!(codec.decode(&d0), Ok(page(0))); // 0 is now the most recent
        let d2 = codec.encode(&page(2)); // evicts 1
        assert_eq!(codec.decode(&d1), Err(DecodeError::Expired));
        assert_eq!(codec.decode(&d0), Ok(page(0)));
        assert_eq!(codec.decode(&d2), Ok(page(2)));
    }
}

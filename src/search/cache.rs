//! The pages of results of recent searches, kept until the index changes. People in a
//! cooperative ask the same things (`/find consulting`, a list's "more" button pressed by many),
//! and a page from the cache costs a hash lookup and a copy instead of a search.
//!
//! A page is found again only for the same words (after the query is split into words and
//! lower-cased, which is all a search looks at), language, kinds, offset and limit, in the same
//! searcher generation: approving or removing a submission reloads the reader, which starts a
//! new generation and empties the cache. Bounded: when full, it is emptied.

use super::words::{Bounded, lock};
use super::{Results, SearchOptions};
use crate::kb::Kind;
use crate::lang::Lang;
use std::sync::{Arc, Mutex};

/// How many pages are kept by default (a page of 5 hits is about 2 kB).
pub const DEFAULT_ENTRIES: usize = 512;

/// What a page is looked up by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    words: Vec<String>,
    lang: Lang,
    kinds: Vec<Kind>,
    offset: usize,
    limit: usize,
}

impl Key {
    /// The key of a search for `words` (as `query_words` split them) with `opts`.
    pub(crate) fn new(words: Vec<String>, opts: &SearchOptions) -> Key {
        Key {
            words,
            lang: opts.lang,
            kinds: opts.kinds.clone(),
            offset: opts.offset,
            limit: opts.limit,
        }
    }

    /// The words the key was made of.
    pub(crate) fn words(&self) -> &[String] {
        &self.words
    }
}

/// The newest searcher generation seen (`None` before the first search), and its pages.
type Pages = (Option<u64>, Bounded<Key, Arc<Results>>);

/// Recent pages of results of one index.
pub(crate) struct ResultCache {
    inner: Mutex<Pages>,
}

impl ResultCache {
    /// A cache of at most `entries` pages (0: nothing is kept).
    pub(crate) fn new(entries: usize) -> ResultCache {
        ResultCache {
            inner: Mutex::new((None, Bounded::new(entries))),
        }
    }

    /// Keeps at most `entries` pages from now on (0: none), dropping what is kept.
    pub(crate) fn resize(&self, entries: usize) {
        lock(&self.inner).1 = Bounded::new(entries);
    }

    /// The page kept for `key` in searcher generation `generation`, if any.
    pub(crate) fn get(&self, generation: u64, key: &Key) -> Option<Arc<Results>> {
        let mut inner = lock(&self.inner);
        match inner.0 {
            Some(g) if g == generation => inner.1.get(key),
            // A search still on an older searcher: nothing of its generation is kept.
            Some(g) if g > generation => None,
            // A newer generation (the index changed): what was kept is stale.
            _ => {
                inner.0 = Some(generation);
                inner.1.clear();
                None
            }
        }
    }

    /// Keeps `results` for `key` if the cache is still at `generation`.
    pub(crate) fn put(&self, generation: u64, key: Key, results: Arc<Results>) {
        let mut inner = lock(&self.inner);
        if inner.0 == Some(generation) {
            inner.1.put(key, results);
        }
    }
}

impl std::fmt::Debug for ResultCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResultCache").finish_non_exhaustive()
    }
}

//! Multilingual full-text search over the knowledge base (tantivy), plus approved submissions.
//!
//! CONTRACT SKELETON: the signatures below are fixed (the core depends on them); the bodies are
//! being implemented.

use crate::kb::{Kind, KnowledgeBase};
use crate::lang::Lang;
use serde::Serialize;
use std::path::Path;

/// Why a search operation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The knowledge base could not be loaded.
    #[error(transparent)]
    Kb(#[from] crate::kb::Error),
    /// tantivy failed (index corrupt, disk full, …).
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index folder could not be created or read.
    #[error("index folder {path}: {source}")]
    Io {
        /// The folder or file.
        path: std::path::PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// What to search for and how many.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// The user's language: documents in it are preferred, and its analyzer is used first.
    pub lang: Lang,
    /// How many hits at most.
    pub limit: usize,
    /// How many hits to skip (paging).
    pub offset: usize,
    /// Only these kinds (empty: all).
    pub kinds: Vec<Kind>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            lang: Lang::En,
            limit: 5,
            offset: 0,
            kinds: Vec::new(),
        }
    }
}

/// A snippet of matching text with the matched parts marked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snippet {
    /// The snippet text (plain, unescaped).
    pub text: String,
    /// Byte ranges of `text` that matched the query.
    pub highlights: Vec<(usize, usize)>,
}

/// One search result: one knowledge-base entry (or approved submission), best language first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The entry id (`mintek`, `sediment`, `sub-42`).
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// The language of `title` and `snippet`.
    pub lang: Lang,
    /// The title in that language.
    pub title: String,
    /// The best-matching passage, highlighted.
    pub snippet: Snippet,
    /// The relevance score (higher is better).
    pub score: f32,
}

/// One page of results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    /// The hits of this page, best first.
    pub hits: Vec<Hit>,
    /// How many distinct entries matched in all (for "more").
    pub total: usize,
    /// Close terms from the index when nothing (or little) matched, for "did you mean".
    pub suggestions: Vec<String>,
}

/// An approved submission, indexed as a case study beside the curated entries.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraDoc {
    /// Its id in the index (`sub-42`).
    pub id: String,
    /// The language it was written in.
    pub lang: Lang,
    /// A title (topic and place).
    pub title: String,
    /// The full text.
    pub body: String,
}

/// The search index and the knowledge base it was built from.
pub struct SearchIndex {
    _private: (),
}

impl SearchIndex {
    /// Opens the index in `index_dir`, building it from `data_dir` when it is missing, corrupt
    /// or out of date (content hash of `data/`).
    pub fn open(data_dir: &Path, index_dir: &Path) -> Result<SearchIndex, Error> {
        let _ = (data_dir, index_dir);
        todo!()
    }

    /// Rebuilds the index in `index_dir` from `data_dir`, reporting progress lines.
    pub fn rebuild(
        data_dir: &Path,
        index_dir: &Path,
        progress: &mut dyn FnMut(&str),
    ) -> Result<SearchIndex, Error> {
        let _ = (data_dir, index_dir, progress);
        todo!()
    }

    /// An index in RAM over an already-loaded knowledge base (tests, benchmarks).
    pub fn in_ram(kb: KnowledgeBase) -> Result<SearchIndex, Error> {
        let _ = kb;
        todo!()
    }

    /// The knowledge base the index was built from.
    pub fn kb(&self) -> &KnowledgeBase {
        todo!()
    }

    /// Searches. Never fails on what a person typed: any text is a valid query.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<Results, Error> {
        let _ = (query, opts);
        todo!()
    }

    /// Adds or replaces an approved submission; searchable when this returns.
    pub fn upsert_extra(&self, doc: &ExtraDoc) -> Result<(), Error> {
        let _ = doc;
        todo!()
    }

    /// Removes an approved submission (reopened or withdrawn); gone when this returns.
    pub fn remove_extra(&self, id: &str) -> Result<(), Error> {
        let _ = id;
        todo!()
    }

    /// Makes the set of indexed submissions exactly `docs` (on start: the index agrees with the
    /// database).
    pub fn sync_extras(&self, docs: &[ExtraDoc]) -> Result<(), Error> {
        let _ = docs;
        todo!()
    }
}

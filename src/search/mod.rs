//! Multilingual full-text search over the knowledge base (tantivy), plus approved submissions.
//!
//! One tantivy document per entry and language, with per-language analysis (stemming for
//! en/fr/es/pt, accent folding everywhere), a `names` field for ids, aliases and titles, and
//! queries built from plain words (no query syntax ever reaches tantivy's parser). Results are
//! one hit per entry, in the user's language when the entry has it.
//!
//! The index lives in `index/` and is disposable: [`SearchIndex::open`] rebuilds it when it is
//! missing, corrupt or older than `data/` (content hash). Approved submissions ("extras") are
//! documents of their own, marked as such: a rebuild from `data/` drops them, so whoever rebuilds
//! must call [`SearchIndex::sync_extras`] again with the approved submissions of the store (the
//! bot does this on every start).

mod analysis;
mod cache;
mod collect;
mod disk;
pub mod filler;
pub mod outcome;
mod passage;
mod query;
mod schema;
mod suggest;
pub mod synonyms;
mod union;
mod words;

pub use filler::Filler;
pub use outcome::Outcome;
pub use synonyms::Synonyms;

use crate::kb::{Kind, KnowledgeBase};
use crate::lang::Lang;
use collect::{EntryCollector, EntryMatch};
use query::Typos;
use schema::{Fields, ORIGIN_DATA, ORIGIN_EXTRA};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Mutex, PoisonError};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};

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
    /// The synonyms file is not valid.
    #[error("{path}: {message}")]
    Synonyms {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The filler file is not valid.
    #[error("{path}: {message}")]
    Filler {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The index on disk does not match what it should hold (it is then rebuilt).
    #[error("search index does not match its data: {0}")]
    Corrupt(String),
    /// An approved submission cannot be indexed under this id.
    #[error("submission {id:?} cannot be indexed: {reason}")]
    InvalidExtra {
        /// The id given.
        id: String,
        /// Why not.
        reason: String,
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
    /// How many distinct entries matched in all (for "more"), when `total_is_exact`; otherwise
    /// a lower bound: at least this many matched (on a large index only the best candidates
    /// are counted: show it as "more than N").
    pub total: usize,
    /// Whether `total` is the exact count (always on an index of up to
    /// [`EXHAUSTIVE_MAX_DOCS`] documents, such as the knowledge base).
    pub total_is_exact: bool,
    /// Close terms from the index when nothing (or little) matched, for "did you mean".
    pub suggestions: Vec<String>,
    /// On the first page, the first hit's passage at answer length: two to four whole
    /// sentences (up to [`ANSWER_CHARS`] characters) around the query's words, for a reply
    /// that opens with the best answer ([`Outcome::clear_winner`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<Snippet>,
}

/// A document from the store, indexed beside the curated entries: an approved submission (a
/// case study) or a published answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraDoc {
    /// Its id in the index (`sub-42`, `answer-12`).
    pub id: String,
    /// The language it was written in.
    pub lang: Lang,
    /// What it is: [`Kind::Case`] for an approved submission, [`Kind::Answer`] for a
    /// published question.
    pub kind: Kind,
    /// A title (topic and place).
    pub title: String,
    /// The full text.
    pub body: String,
}

/// How many recent pages of results an index keeps by default.
pub const DEFAULT_RESULT_CACHE: usize = cache::DEFAULT_ENTRIES;

/// How much more a document in the user's language weighs than the same match in another.
const LANG_FACTOR: f32 = 1.2;
/// The longest snippet, in characters.
const SNIPPET_CHARS: usize = 200;
/// The longest answer passage ([`Results::answer`]), in characters: two to four sentences of
/// the knowledge base's texts (they run 80 – 180 characters).
pub const ANSWER_CHARS: usize = 420;
/// Below this many results, "did you mean" suggestions are offered.
const FEW_RESULTS: usize = 3;
/// How many suggestions at most.
const MAX_SUGGESTIONS: usize = 5;
/// Up to this many documents, every match is scored and counted (exact totals); above it, the
/// best candidates are found first with tantivy's pruning top-k search and only they are
/// scored in full (see [`SearchIndex::search`]).
pub const EXHAUSTIVE_MAX_DOCS: u64 = 5_000;
/// How many candidate documents a pruned search keeps at least (five languages per entry, so
/// at least 20 entries), in steps of this many: pages within one step share one candidate set,
/// so paging through them is stable. Ten documents per entry asked for (offset + limit).
const CANDIDATE_DOCS: usize = 100;
/// The longest text handed to the snippet generator, in bytes (it analyses all it is given):
/// at most half of it from the summary, half from the paragraph with a query word.
const SNIPPET_SOURCE_BYTES: usize = 800;
/// How much of a paragraph before its first query word goes to the snippet generator.
const SNIPPET_CONTEXT_BYTES: usize = 120;
/// The writer's memory budget (one thread).
const WRITER_BUDGET: usize = 32_000_000;
/// The longest id an approved submission may have.
const MAX_EXTRA_ID: usize = 64;

/// The search index and the knowledge base it was built from.
///
/// `Send + Sync`: share it behind an `Arc`; every search takes a fresh searcher, and the writer
/// for approved submissions sits behind a mutex.
pub struct SearchIndex {
    kb: KnowledgeBase,
    synonyms: Synonyms,
    /// Words and phrases dropped from queries before they are scored.
    filler: Filler,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Held while an approved submission is written (one writer at a time).
    writer: Mutex<()>,
    /// Name words for "did you mean".
    vocabulary: suggest::Vocabulary,
    /// Above this many documents, searches are pruned (a field so tests can lower it).
    exhaustive_max_docs: u64,
    /// The candidate budget of a pruned search, in documents (a field so tests can lower it).
    candidate_docs: usize,
    /// Word forms, synonyms and document frequencies looked up while building queries.
    words: words::WordCache,
    /// Recent pages of results.
    results: cache::ResultCache,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("entries", &self.kb.len())
            .field("synonym_groups", &self.synonyms.len())
            .finish_non_exhaustive()
    }
}

/// The hash an index on disk is checked against: data, synonyms and the index format.
fn combined_hash(kb: &KnowledgeBase, synonyms: &Synonyms) -> String {
    let mut h = Sha256::new();
    h.update(format!("format {}\0", schema::FORMAT_VERSION));
    h.update(kb.content_hash().as_bytes());
    h.update([0]);
    h.update(synonyms.content_hash().as_bytes());
    synonyms::hex(&h.finalize())
}

/// How many documents the curated part of the index holds for a knowledge base.
fn expected_docs(kb: &KnowledgeBase) -> usize {
    kb.entries().map(|e| e.text.len()).sum()
}

impl SearchIndex {
    /// Opens the index in `index_dir`, building it from `data_dir` when it is missing, corrupt
    /// or out of date (content hash of `data/`, including `data/synonyms.toml`).
    ///
    /// After a rebuild the index holds no approved submissions: call
    /// [`SearchIndex::sync_extras`] with the approved ones (the bot always does on start).
    pub fn open(data_dir: &Path, index_dir: &Path) -> Result<SearchIndex, Error> {
        let kb = KnowledgeBase::load(data_dir)?;
        let synonyms = Synonyms::load(data_dir)?;
        // Query-side only: the index does not depend on it, so it is not in the hash.
        let filler = Filler::load(data_dir)?;
        let hash = combined_hash(&kb, &synonyms);
        match disk::read_pointer(index_dir) {
            Some(p) if p.hash == hash => {
                match SearchIndex::open_build(&index_dir.join(&p.dir), &kb, &synonyms) {
                    Ok(index) => return Ok(index.with_filler(filler)),
                    Err(e) => log::warn!(
                        "search::open: index in {} is unusable ({e}); rebuilding",
                        index_dir.display()
                    ),
                }
            }
            Some(_) => log::info!(
                "search::open: {} changed since the index was built; rebuilding",
                data_dir.display()
            ),
            None => log::info!(
                "search::open: no index in {}; building it",
                index_dir.display()
            ),
        }
        Ok(
            SearchIndex::build_on_disk(kb, synonyms, &hash, index_dir, &mut |_| {})?
                .with_filler(filler),
        )
    }

    /// Rebuilds the index in `index_dir` from `data_dir`, reporting progress lines.
    ///
    /// The new index holds no approved submissions: call [`SearchIndex::sync_extras`] after.
    pub fn rebuild(
        data_dir: &Path,
        index_dir: &Path,
        progress: &mut dyn FnMut(&str),
    ) -> Result<SearchIndex, Error> {
        progress(&format!("reading {}", data_dir.display()));
        let kb = KnowledgeBase::load(data_dir)?;
        let synonyms = Synonyms::load(data_dir)?;
        let filler = Filler::load(data_dir)?;
        progress(&format!(
            "loaded {} entries ({} organisations, {} guides, {} case studies) and {} synonym groups",
            kb.len(),
            kb.of_kind(Kind::Org).count(),
            kb.of_kind(Kind::Guide).count(),
            kb.of_kind(Kind::Case).count(),
            synonyms.len()
        ));
        let hash = combined_hash(&kb, &synonyms);
        Ok(
            SearchIndex::build_on_disk(kb, synonyms, &hash, index_dir, progress)?
                .with_filler(filler),
        )
    }

    /// An index in RAM over an already-loaded knowledge base, without synonyms (tests,
    /// benchmarks).
    pub fn in_ram(kb: KnowledgeBase) -> Result<SearchIndex, Error> {
        SearchIndex::in_ram_with_synonyms(kb, Synonyms::empty())
    }

    /// An index in RAM over an already-loaded knowledge base and synonym groups.
    pub fn in_ram_with_synonyms(
        kb: KnowledgeBase,
        synonyms: Synonyms,
    ) -> Result<SearchIndex, Error> {
        let index = Index::create_in_ram(schema::build_schema());
        analysis::register(&index);
        let fields = SearchIndex::fields_of(&index)?;
        SearchIndex::populate(&index, &fields, &kb, &mut |_| {})?;
        SearchIndex::finish(index, fields, kb, synonyms)
    }

    /// The knowledge base the index was built from.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// The synonym groups in use.
    pub fn synonyms(&self) -> &Synonyms {
        &self.synonyms
    }

    /// The index with `filler` dropped from every query ([`SearchIndex::open`] and
    /// [`SearchIndex::rebuild`] load `data/filler.toml`; an index in RAM has none until given).
    pub fn with_filler(mut self, filler: Filler) -> SearchIndex {
        self.filler = filler;
        self
    }

    /// The filler dropped from queries.
    pub fn filler(&self) -> &Filler {
        &self.filler
    }

    fn fields_of(index: &Index) -> Result<Fields, Error> {
        Fields::from_schema(&index.schema())
            .ok_or_else(|| Error::Corrupt("the schema lacks a field this version needs".into()))
    }

    /// Opens a finished build folder and checks it holds what `kb` says it should.
    fn open_build(path: &Path, kb: &KnowledgeBase, synonyms: &Synonyms) -> Result<Self, Error> {
        let index = Index::open_in_dir(path)?;
        analysis::register(&index);
        let fields = SearchIndex::fields_of(&index)?;
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let curated = TermQuery::new(
            Term::from_field_text(fields.origin, ORIGIN_DATA),
            IndexRecordOption::Basic,
        );
        let found = searcher.search(&curated, &Count)?;
        let expected = expected_docs(kb);
        if found != expected {
            return Err(Error::Corrupt(format!(
                "{found} curated documents, expected {expected}"
            )));
        }
        // Reading one stored document proves the document store opens.
        if let Some((_, addr)) = searcher
            .search(&curated, &TopDocs::with_limit(1).order_by_score())?
            .first()
        {
            let _doc: TantivyDocument = searcher.doc(*addr)?;
        }
        Ok(SearchIndex {
            kb: kb.clone(),
            synonyms: synonyms.clone(),
            filler: Filler::empty(),
            vocabulary: suggest::Vocabulary::new(kb)?,
            exhaustive_max_docs: EXHAUSTIVE_MAX_DOCS,
            candidate_docs: CANDIDATE_DOCS,
            words: words::WordCache::default(),
            results: cache::ResultCache::new(cache::DEFAULT_ENTRIES),
            index,
            reader,
            fields,
            writer: Mutex::new(()),
        })
    }

    fn build_on_disk(
        kb: KnowledgeBase,
        synonyms: Synonyms,
        hash: &str,
        index_dir: &Path,
        progress: &mut dyn FnMut(&str),
    ) -> Result<SearchIndex, Error> {
        let (name, path) = disk::new_build_dir(index_dir, hash)?;
        let index = Index::create_in_dir(&path, schema::build_schema())?;
        analysis::register(&index);
        let fields = SearchIndex::fields_of(&index)?;
        SearchIndex::populate(&index, &fields, &kb, progress)?;
        disk::write_pointer(
            index_dir,
            &disk::Pointer {
                hash: hash.to_string(),
                dir: name.clone(),
            },
        )?;
        disk::remove_old_builds(index_dir, &name);
        progress(&format!("index written to {}", path.display()));
        SearchIndex::finish(index, fields, kb, synonyms)
    }

    /// Adds every entry's documents and commits.
    fn populate(
        index: &Index,
        fields: &Fields,
        kb: &KnowledgeBase,
        progress: &mut dyn FnMut(&str),
    ) -> Result<(), Error> {
        let mut writer: IndexWriter = index.writer_with_num_threads(1, WRITER_BUDGET)?;
        // Merged by hand below, all at once: a background merge would race with it.
        writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
        let mut docs = 0;
        for entry in kb.entries() {
            for doc in fields.entry_docs(entry) {
                writer.add_document(doc)?;
                docs += 1;
            }
        }
        writer.commit()?;
        // One segment: every query then looks each term up once instead of once per segment
        // (a large build leaves one segment per 32 MB of writer memory).
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            progress(&format!("merging {} segments into one", segments.len()));
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        progress(&format!(
            "indexed {docs} documents for {} entries in {} languages",
            kb.len(),
            Lang::ALL.len()
        ));
        Ok(())
    }

    fn finish(
        index: Index,
        fields: Fields,
        kb: KnowledgeBase,
        synonyms: Synonyms,
    ) -> Result<SearchIndex, Error> {
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            vocabulary: suggest::Vocabulary::new(&kb)?,
            exhaustive_max_docs: EXHAUSTIVE_MAX_DOCS,
            candidate_docs: CANDIDATE_DOCS,
            words: words::WordCache::default(),
            results: cache::ResultCache::new(cache::DEFAULT_ENTRIES),
            kb,
            synonyms,
            filler: Filler::empty(),
            index,
            reader,
            fields,
            writer: Mutex::new(()),
        })
    }

    /// Searches. Never fails on what a person typed: any text is a valid query.
    ///
    /// Typo tolerance first allows one edit per word (cheap); when that finds fewer than a few
    /// entries and a word is long enough for two, the search is run again with two.
    ///
    /// On an index of up to [`EXHAUSTIVE_MAX_DOCS`] documents every match is scored and the
    /// total is exact. On a larger one, the candidates are the best documents of the plain word
    /// matches (a top-k search that skips what cannot reach the top) plus every name match;
    /// only their entries are scored with the full query, and the total is then a lower bound
    /// when there were more matches than candidates (`total_is_exact` is false).
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<Results, Error> {
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        let key = cache::Key::new(self.filler.drop_from(analysis::query_words(query)), opts);
        if let Some(kept) = self.results.get(generation, &key) {
            return Ok((*kept).clone());
        }
        let results = self.search_uncached(&searcher, key.words(), opts)?;
        self.results
            .put(generation, key, std::sync::Arc::new(results.clone()));
        Ok(results)
    }

    /// Keeps at most `entries` recent pages of results (0 turns the cache off; default
    /// [`DEFAULT_RESULT_CACHE`]).
    pub fn set_result_cache(&self, entries: usize) {
        self.results.resize(entries);
    }

    /// [`SearchIndex::search`] without the cache of recent pages, for the query's words (as
    /// [`analysis::query_words`] split them).
    fn search_uncached(
        &self,
        searcher: &Searcher,
        query: &[String],
        opts: &SearchOptions,
    ) -> Result<Results, Error> {
        let Some(mut found) = self.find(searcher, query, opts, Typos::One)? else {
            return Ok(Results {
                hits: Vec::new(),
                total: 0,
                total_is_exact: true,
                suggestions: Vec::new(),
                answer: None,
            });
        };
        if found.total_is_exact
            && found.matches.len() < FEW_RESULTS
            && query::words_allow_more_typos(&found.built.words)
            && let Some(wider) = self.find(searcher, query, opts, Typos::Full)?
        {
            found = wider;
        }
        let Found {
            built,
            matches,
            total_is_exact,
        } = found;
        let total = matches.len();
        let mut generators: [Option<(SnippetGenerator, Vec<String>)>; Lang::COUNT] =
            Default::default();
        let mut hits = Vec::new();
        let mut answer = None;
        for (i, m) in matches
            .iter()
            .skip(opts.offset)
            .take(opts.limit)
            .enumerate()
        {
            // The first page's first hit also gets its passage at answer length.
            let answer_chars = (i == 0 && opts.offset == 0).then_some(ANSWER_CHARS);
            let (hit, longer) = self.hit(
                searcher,
                &built,
                m,
                opts.lang,
                &mut generators,
                answer_chars,
            )?;
            hits.push(hit);
            answer = answer.or(longer);
        }
        let suggestions = if total < FEW_RESULTS {
            self.suggest(&built.words)
        } else {
            Vec::new()
        };
        Ok(Results {
            hits,
            total,
            total_is_exact,
            suggestions,
            answer,
        })
    }

    /// Runs the query built with `typos`: every matching entry, best first (`None` when the
    /// text holds no word).
    fn find(
        &self,
        searcher: &Searcher,
        query: &[String],
        opts: &SearchOptions,
        typos: Typos,
    ) -> Result<Option<Found>, Error> {
        let pruned = searcher.num_docs() > self.exhaustive_max_docs;
        let parts = query::IndexParts {
            fields: &self.fields,
            searcher,
            synonyms: &self.synonyms,
            cache: &self.words,
            pruned,
        };
        let Some(built) = query::build(&parts, query, &opts.kinds, opts.lang, typos) else {
            return Ok(None);
        };
        let collector = EntryCollector {
            lang: opts.lang.code().to_string(),
            lang_factor: LANG_FACTOR,
        };
        let stats = query::Stats::new(searcher, &built);
        if !pruned {
            let matches =
                searcher.search_with_statistics_provider(&*built.query, &collector, &stats)?;
            drop(stats);
            return Ok(Some(Found {
                built,
                matches,
                total_is_exact: true,
            }));
        }
        // Candidates: the best documents of the plain word matches (pruned top-k) and of the
        // name matches; enough for the page asked for, in steps so that pages share them.
        let wanted = (opts.offset + opts.limit).saturating_mul(Lang::ALL.len() * 2);
        let step = self.candidate_docs.max(1);
        let k = wanted.div_ceil(step).max(1) * step;
        let mut addresses: Vec<DocAddress> = Vec::new();
        let mut complete = built.candidates_cover_all;
        for q in [&built.terms, &built.names].into_iter().flatten() {
            let top = searcher.search_with_statistics_provider(
                &**q,
                &TopDocs::with_limit(k).order_by_score(),
                &stats,
            )?;
            complete &= top.len() < k;
            addresses.extend(top.into_iter().map(|(_, a)| a));
        }
        // Each candidate scored with the full query, clause by clause: a clause's scorer seeks
        // from candidate to candidate (skipping through its postings), where running the whole
        // query restricted to the candidates would still fill its union's window around each.
        let matches =
            collect::score_candidates(searcher, &stats, &built.clauses, &addresses, &collector)?;
        drop(stats);
        Ok(Some(Found {
            built,
            matches,
            total_is_exact: complete,
        }))
    }

    /// The stored document of `id` in `lang`, if there is one.
    fn find_doc(
        &self,
        searcher: &Searcher,
        id: &str,
        lang: Lang,
    ) -> Result<Option<TantivyDocument>, Error> {
        let q = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.id, id),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.lang, lang.code()),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let top = searcher.search(&q, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(searcher.doc(*addr)?)),
            None => Ok(None),
        }
    }

    /// Makes the hit of one matching entry: in the user's language if the entry has it, else
    /// in English, else in the language that matched. A knowledge-base entry's texts are taken
    /// from the knowledge base in memory (the index was built from it, and every entry has
    /// English), an approved submission's from its stored document. With `answer_chars`, the
    /// passage at that length comes too (the same best sentence, more of its neighbours).
    fn hit(
        &self,
        searcher: &Searcher,
        built: &query::Built,
        m: &EntryMatch,
        lang: Lang,
        generators: &mut [Option<(SnippetGenerator, Vec<String>)>; Lang::COUNT],
        answer_chars: Option<usize>,
    ) -> Result<(Hit, Option<Snippet>), Error> {
        let shown = match self.kb.get(&m.id) {
            Some(entry) => {
                let doc_lang = if entry.text.contains_key(&lang) {
                    lang
                } else {
                    Lang::En
                };
                let text = entry.text(doc_lang);
                let summary = text.summary.trim();
                Shown {
                    kind: entry.kind,
                    lang: doc_lang,
                    title: text.title.clone(),
                    summary: summary.to_string(),
                    text: match &text.body {
                        Some(body) => format!("{summary}\n\n{}", body.trim()),
                        None => summary.to_string(),
                    },
                }
            }
            None => self.stored_hit(searcher, m, lang)?,
        };
        let li = shown.lang.index();
        let (generator, needles) = match &mut generators[li] {
            Some(g) => g,
            slot @ None => {
                let g =
                    snippet_generator(searcher, &*built.query, self.fields.body[li], shown.lang)?;
                slot.insert((g, snippet_needles(&self.words, &built.words, shown.lang)))
            }
        };
        // Where the query's words are, from the generator's best window of each piece; the
        // snippet itself is whole sentences of the passage that holds most of them.
        let mut marks: Vec<(usize, usize)> = Vec::new();
        for piece in snippet_source(&shown.text, needles) {
            let found = generator.snippet(piece);
            let fragment = found.fragment();
            let (Some(in_piece), Some(piece_at)) = (
                piece.find(fragment),
                (piece.as_ptr() as usize).checked_sub(shown.text.as_ptr() as usize),
            ) else {
                continue;
            };
            let base = piece_at + in_piece;
            let these: Vec<(usize, usize)> =
                tantivy::snippet::collapse_overlapped_ranges(found.highlighted())
                    .into_iter()
                    .map(|r| (base + r.start, base + r.end))
                    .collect();
            if these.len() > marks.len() {
                marks = these;
            }
        }
        let snippet =
            passage::passage(&shown.text, &marks, SNIPPET_CHARS).unwrap_or_else(|| Snippet {
                text: schema::summary_of(&shown.summary),
                highlights: Vec::new(),
            });
        // No query word in the text (a match on a name or a keyword only): the summary says
        // what the entry is about; its first sentences are the answer.
        let answer = answer_chars.map(|chars| {
            passage::answer(&shown.text, &marks, chars)
                .or_else(|| passage::opening(&shown.summary, chars))
                .unwrap_or_else(|| Snippet {
                    text: schema::summary_of(&shown.summary),
                    highlights: Vec::new(),
                })
        });
        let hit = Hit {
            id: m.id.clone(),
            kind: shown.kind,
            lang: shown.lang,
            title: shown.title,
            snippet,
            score: m.score,
        };
        Ok((hit, answer))
    }

    /// The texts of a match that is not a knowledge-base entry (an approved submission), from
    /// its stored document in the language [`SearchIndex::hit`] picks.
    fn stored_hit(&self, searcher: &Searcher, m: &EntryMatch, lang: Lang) -> Result<Shown, Error> {
        let matched: TantivyDocument = searcher.doc(m.doc)?;
        let matched_lang = self.stored_lang(&matched);
        let doc = if matched_lang == Some(lang) {
            matched
        } else if let Some(d) = self.find_doc(searcher, &m.id, lang)? {
            d
        } else if matched_lang == Some(Lang::En) {
            matched
        } else if let Some(d) = self.find_doc(searcher, &m.id, Lang::En)? {
            d
        } else {
            matched
        };
        let kind_text = stored(&doc, self.fields.kind);
        let kind = Kind::parse(&kind_text)
            .ok_or_else(|| Error::Corrupt(format!("document {} has kind {kind_text:?}", m.id)))?;
        Ok(Shown {
            kind,
            lang: self.stored_lang(&doc).unwrap_or(Lang::En),
            title: stored(&doc, self.fields.stored_title),
            summary: stored(&doc, self.fields.stored_summary),
            text: stored(&doc, self.fields.stored_text),
        })
    }

    fn stored_lang(&self, doc: &TantivyDocument) -> Option<Lang> {
        Lang::from_hint(&stored(doc, self.fields.lang))
    }

    /// Close name words for "did you mean", for the query words that are not names themselves.
    fn suggest(&self, words: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for word in words {
            let folded = self.words.forms(word).folded.clone();
            let Some(max) = query::typo_distance(folded.chars().count()) else {
                continue;
            };
            if self.vocabulary.contains(&folded) {
                continue;
            }
            let mut close = self.vocabulary.close(&folded, max, self.fields.names);
            close.sort();
            for (_, shown) in close.into_iter().take(3) {
                if out.len() < MAX_SUGGESTIONS && !out.contains(&shown) {
                    out.push(shown);
                }
            }
        }
        out
    }

    /// Adds or replaces an approved submission; searchable when this returns.
    pub fn upsert_extra(&self, doc: &ExtraDoc) -> Result<(), Error> {
        self.check_extra_id(&doc.id)?;
        let document = self.fields.extra_doc(doc);
        let delete = self.extra_query(Some(&doc.id));
        self.write(|w| {
            w.delete_query(delete)?;
            w.add_document(document)?;
            Ok(())
        })
    }

    /// Removes an approved submission (reopened or withdrawn); gone when this returns. Removing
    /// an id that is not indexed is not an error.
    pub fn remove_extra(&self, id: &str) -> Result<(), Error> {
        self.check_extra_id(id)?;
        let delete = self.extra_query(Some(id));
        self.write(|w| {
            w.delete_query(delete)?;
            Ok(())
        })
    }

    /// Makes the set of indexed submissions exactly `docs` (on start: the index agrees with the
    /// database; after a rebuild: the submissions come back).
    pub fn sync_extras(&self, docs: &[ExtraDoc]) -> Result<(), Error> {
        for d in docs {
            self.check_extra_id(&d.id)?;
        }
        let documents: Vec<TantivyDocument> =
            docs.iter().map(|d| self.fields.extra_doc(d)).collect();
        let delete = self.extra_query(None);
        self.write(|w| {
            w.delete_query(delete)?;
            for d in documents {
                w.add_document(d)?;
            }
            Ok(())
        })
    }

    /// How many approved submissions the index holds.
    pub fn extra_count(&self) -> Result<usize, Error> {
        let searcher = self.reader.searcher();
        Ok(searcher.search(&*self.extra_query(None), &Count)?)
    }

    fn check_extra_id(&self, id: &str) -> Result<(), Error> {
        let reason = if id.trim().is_empty() {
            "the id is empty"
        } else if id.len() > MAX_EXTRA_ID {
            "the id is too long"
        } else if self.kb.get(id).is_some() {
            "a knowledge-base entry has this id"
        } else {
            return Ok(());
        };
        Err(Error::InvalidExtra {
            id: id.chars().take(MAX_EXTRA_ID).collect(),
            reason: reason.into(),
        })
    }

    /// Every extra document, or the one with `id`.
    fn extra_query(&self, id: Option<&str>) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(self.fields.origin, ORIGIN_EXTRA),
                IndexRecordOption::Basic,
            )),
        )];
        if let Some(id) = id {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.id, id),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// Runs `change` with a writer of its own, commits, and reloads the reader so the change is
    /// visible when this returns. On failure nothing is committed: the writer is dropped with
    /// the change (tantivy discards what a writer did not commit).
    fn write(
        &self,
        change: impl FnOnce(&mut IndexWriter) -> tantivy::Result<()>,
    ) -> Result<(), Error> {
        let guard = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        // A writer per change, not one kept open: writes are rare (a moderator's decision), and
        // an open writer holds a thread and a 2.5 MB document queue for the life of the bot.
        let mut writer: IndexWriter = self.index.writer_with_num_threads(1, WRITER_BUDGET)?;
        change(&mut writer).and_then(|()| writer.commit().map(|_| ()))?;
        // Merges the commit started finish before the lock is given up.
        writer.wait_merging_threads()?;
        drop(guard);
        self.reader.reload()?;
        Ok(())
    }
}

/// The text of a stored field (empty when absent).
fn stored(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// The snippet generator of a query for texts in `lang` (its terms are those of `field`, the
/// language's body field): what [`SnippetGenerator::create`] makes (each term weighted by
/// `1 / (1 + document frequency)`), with the [`analysis::snippet_analyzer`] that stems only
/// the words that could be a term.
fn snippet_generator(
    searcher: &Searcher,
    query: &dyn Query,
    field: Field,
    lang: Lang,
) -> Result<SnippetGenerator, Error> {
    let mut terms: Vec<Term> = Vec::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field && !terms.contains(term) {
            terms.push(term.clone());
        }
    });
    let mut weighted: BTreeMap<String, f32> = BTreeMap::new();
    for term in &terms {
        let value = term.value();
        let Some(text) = value.as_str() else {
            continue;
        };
        let doc_freq = searcher.doc_freq(term)?;
        if doc_freq > 0 {
            weighted.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
        }
    }
    let analyzer = analysis::snippet_analyzer(lang, weighted.keys().map(String::as_str));
    Ok(SnippetGenerator::new(
        weighted,
        analyzer,
        field,
        SNIPPET_CHARS,
    ))
}

/// The texts a hit is made from, in the language it is shown in.
struct Shown {
    kind: Kind,
    lang: Lang,
    title: String,
    summary: String,
    text: String,
}

/// What a search found: the query, every matching entry best first, and whether that is all.
struct Found {
    built: query::Built,
    matches: Vec<EntryMatch>,
    total_is_exact: bool,
}

/// What [`snippet_source`] looks for in a text of `lang`: the query words folded, and their
/// stems in that language.
fn snippet_needles(cache: &words::WordCache, words: &[String], lang: Lang) -> Vec<String> {
    let mut needles: Vec<String> = Vec::new();
    for w in words {
        let forms = cache.forms(w);
        let stem = forms.langs[lang.index()].as_ref();
        for n in std::iter::once(&forms.folded).chain(stem) {
            if n.chars().count() >= 3 && !needles.contains(n) {
                needles.push(n.clone());
            }
        }
    }
    needles
}

/// The parts of a stored text handed to the snippet generator, each a slice of `text`: the
/// first paragraph (the summary) and, from a little before the first query word (or its
/// stem), the first later paragraph that holds one; at most [`SNIPPET_SOURCE_BYTES`] in all. The generator analyses (and stems) everything it is given, so
/// handing it a whole guide cost more than the search itself.
fn snippet_source<'a>(text: &'a str, needles: &[String]) -> Vec<&'a str> {
    if text.len() <= SNIPPET_SOURCE_BYTES / 2 {
        return vec![text];
    }
    let mut paragraphs = text.split("\n\n");
    let first = paragraphs.next().unwrap_or_default();
    let first = window(first, 0, SNIPPET_SOURCE_BYTES / 2);
    // The first later paragraph holding a query word, from a little before that word.
    let found = paragraphs.clone().find_map(|p| {
        let folded = crate::text::fold(p);
        needles
            .iter()
            .filter_map(|n| folded.find(n.as_str()))
            .min()
            .map(|at| (p, at))
    });
    let rest = match found {
        // `fold` never makes Latin text longer (a letter loses its accents; `ß`, `œ`, `æ` become
        // two letters of one byte each), so the offset found is at or a little before the word
        // in the original (the window snaps it to a character boundary).
        Some((p, at)) => window(
            p,
            at.saturating_sub(SNIPPET_CONTEXT_BYTES),
            SNIPPET_SOURCE_BYTES / 2,
        ),
        None => match paragraphs.next() {
            Some(p) => window(p, 0, SNIPPET_SOURCE_BYTES / 2),
            None => "",
        },
    };
    if rest.is_empty() {
        vec![first]
    } else {
        vec![first, rest]
    }
}

/// At most `len` bytes of `text` from about `start`, cut at white space on both sides (unless
/// that leaves nothing) so that no word is cut in two.
fn window(text: &str, start: usize, len: usize) -> &str {
    let mut a = start.min(text.len());
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    if a > 0 {
        // Start after the white space at or after `a`, so a cut word is not shown.
        a = text[a..]
            .find(char::is_whitespace)
            .map_or(a, |i| a + i + 1)
            .min(text.len());
        while !text.is_char_boundary(a) {
            a += 1;
        }
    }
    let mut b = (a + len).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    if b < text.len()
        && let Some(i) = text[a..b].rfind(char::is_whitespace)
        && i > 0
    {
        b = a + i;
    }
    &text[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index can be shared between threads.
    #[test]
    fn search_index_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<SearchIndex>();
    }

    /// The real knowledge base with its synonyms, in RAM.
    fn real_index() -> SearchIndex {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let kb = KnowledgeBase::load(&data).unwrap();
        let synonyms = Synonyms::load(&data).unwrap();
        SearchIndex::in_ram_with_synonyms(kb, synonyms).unwrap()
    }

    fn page(index: &SearchIndex, q: &str, lang: Lang, offset: usize, limit: usize) -> Results {
        let opts = SearchOptions {
            lang,
            limit,
            offset,
            kinds: Vec::new(),
        };
        index.search(q, &opts).unwrap()
    }

    /// The pruned search (used on large indexes, forced here on the real knowledge base) still
    /// puts an expected entry in the top 3 for every evaluation query, counts no more than the
    /// exhaustive search, and scores no hit above the exhaustive score of the same entry (its
    /// candidates are scored with the full query, but may miss an entry's best document).
    #[test]
    fn pruned_search_passes_the_evaluation_queries() {
        let mut index = real_index();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/example-queries.tsv");
        let text = std::fs::read_to_string(path).unwrap();
        let cases: Vec<(Lang, &str, Vec<&str>)> = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let lang = Lang::from_hint(cols.next()?)?;
                Some((lang, cols.next()?, cols.next()?.split('|').collect()))
            })
            .collect();
        assert!(cases.len() >= 10);
        let exhaustive: Vec<Results> = cases
            .iter()
            .map(|(lang, q, _)| page(&index, q, *lang, 0, 3))
            .collect();
        index.exhaustive_max_docs = 0;
        index.set_result_cache(0);
        for ((lang, q, expected), want) in cases.iter().zip(&exhaustive) {
            let got = page(&index, q, *lang, 0, 3);
            assert!(
                got.hits.iter().any(|h| expected.contains(&h.id.as_str())),
                "{q}: {:?}",
                got.hits.iter().map(|h| &h.id).collect::<Vec<_>>()
            );
            assert!(got.total <= want.total, "{q}");
            for g in &got.hits {
                if let Some(w) = want.hits.iter().find(|w| w.id == g.id) {
                    assert!(
                        g.score <= w.score + 1e-4,
                        "{q} {}: {} > {}",
                        g.id,
                        g.score,
                        w.score
                    );
                }
            }
        }
    }

    /// With a candidate budget far below the matches, the pruned search says its total is a
    /// lower bound, still ranks an expected entry first for the evaluation queries' best
    /// answers, and its pages (within one budget step) never repeat an entry.
    #[test]
    fn pruned_search_with_small_budget_is_capped_and_pages_cleanly() {
        let mut index = real_index();
        let full = page(&index, "mining", Lang::En, 0, 100);
        assert!(full.total_is_exact && full.total > 20, "{}", full.total);
        index.exhaustive_max_docs = 0;
        index.set_result_cache(0);
        // Pages of 2 up to offset 10: (10 + 2) x 10 = 120 candidate documents, one step.
        index.candidate_docs = 120;
        let mut seen: Vec<String> = Vec::new();
        for offset in (0..10).step_by(2) {
            let r = page(&index, "mining", Lang::En, offset, 2);
            assert!(
                !r.total_is_exact,
                "offset {offset}: {} of {}",
                r.total, full.total
            );
            assert!(r.total >= offset + r.hits.len() && r.total <= full.total);
            assert_eq!(r.hits.len(), 2, "offset {offset}");
            for h in r.hits {
                assert!(!seen.contains(&h.id), "{} shown twice", h.id);
                seen.push(h.id);
            }
        }
        // The best entries of the exhaustive ranking are among the capped search's first page.
        index.candidate_docs = 10;
        let capped = page(&index, "mining", Lang::En, 0, 5);
        assert!(!capped.total_is_exact);
        assert_eq!(capped.hits[0].id, full.hits[0].id);
    }

    /// Snippets are cut from the summary and a paragraph holding a query word, not from the
    /// whole text: a word only found late in a long text is still in the snippet source.
    #[test]
    fn snippet_source_is_bounded_and_holds_the_matching_paragraph() {
        let cache = words::WordCache::default();
        let filler = "Lorem ipsum dolor sit amet. ".repeat(30);
        let text =
            format!("The summary.\n\n{filler}\n\n{filler}\n\nWater is pumped back.\n\n{filler}");
        let source = snippet_source(
            &text,
            &snippet_needles(&cache, &["pumping".to_string()], Lang::En),
        )
        .join("\n\n");
        assert!(source.len() <= SNIPPET_SOURCE_BYTES, "{}", source.len());
        assert!(source.starts_with("The summary."), "{source}");
        assert!(source.contains("Water is pumped back."), "{source}");
        assert!(!source.contains("Lorem"), "{source}");
        let accents = format!("Résumé.\n\n{filler}\n\nLa Sécurité dans la mine.");
        let source = snippet_source(
            &accents,
            &snippet_needles(&cache, &["securite".to_string()], Lang::Fr),
        )
        .join("\n\n");
        assert!(source.contains("Sécurité"), "{source}");
        let short = "A short text.\n\nTwo paragraphs.";
        assert_eq!(
            snippet_source(
                short,
                &snippet_needles(&cache, &["x".to_string()], Lang::En)
            ),
            [short]
        );
    }
}

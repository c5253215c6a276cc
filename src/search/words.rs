//! What query building looks up again and again, computed once and kept: each word's analysed
//! form for the names field and every language, its synonyms, and how many documents hold a
//! term. The same words come back in query after query (`mine`, `cooperative`, `water`), and
//! running six analyzers (four of them stemmers) and sixteen term-dictionary lookups for each
//! word and each of its synonyms was most of the cost of building a query.
//!
//! Both caches are bounded: when one is full it is emptied and fills again with the words in
//! use. Word forms depend only on the analyzers (fixed in code) and synonyms only on the
//! synonym file the index was opened with, so they never go stale; document frequencies are
//! kept for one searcher generation and dropped when the index changes.

use super::analysis::{analyze, language_analyzer, names_analyzer};
use super::synonyms::Synonyms;
use crate::lang::Lang;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

/// How many words (with their forms and synonyms) are kept at most.
const MAX_WORDS: usize = 4096;
/// How many document frequencies are kept at most.
const MAX_TERMS: usize = 16_384;

/// The analyzers of one thread: the names analyzer, then one per language in [`Lang::ALL`]
/// order. Building them allocates, so each thread keeps its own set.
struct Analyzers {
    names: TextAnalyzer,
    langs: [TextAnalyzer; Lang::COUNT],
}

thread_local! {
    static ANALYZERS: RefCell<Analyzers> = RefCell::new(Analyzers {
        names: names_analyzer(),
        langs: Lang::ALL.map(language_analyzer),
    });
}

/// The one token an analyzer makes of `word`, if it makes exactly one.
fn one(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
    let mut tokens = analyze(analyzer, word);
    if tokens.len() == 1 {
        tokens.pop()
    } else {
        None
    }
}

/// `text` through the names analyzer (lower case, no accents), tokens joined by one space.
pub(crate) fn fold(text: &str) -> String {
    ANALYZERS.with(|a| analyze(&mut a.borrow_mut().names, text).join(" "))
}

/// `text` through the analyzer of `lang`'s fields (stemmed where the language has a stemmer).
pub(crate) fn analyze_lang(lang: Lang, text: &str) -> Vec<String> {
    let li = super::schema::lang_index(lang);
    ANALYZERS.with(|a| analyze(&mut a.borrow_mut().langs[li], text))
}

/// One word as each field's analyzer sees it (`None` where the analyzer makes no single token
/// of it: too long, or not a word).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Forms {
    /// The form in the names field (folded, not stemmed).
    pub names: Option<String>,
    /// The form in each language's fields, in [`Lang::ALL`] order.
    pub langs: [Option<String>; Lang::COUNT],
    /// The word folded (all its tokens, space-separated).
    pub folded: String,
}

impl Forms {
    /// Runs the analyzers over `word`.
    fn compute(word: &str) -> Forms {
        ANALYZERS.with(|a| {
            let mut a = a.borrow_mut();
            let tokens = analyze(&mut a.names, word);
            let folded = tokens.join(" ");
            let names = match <[String; 1]>::try_from(tokens) {
                Ok([name]) => Some(name),
                Err(_) => None,
            };
            let langs = std::array::from_fn(|li| one(&mut a.langs[li], word));
            Forms {
                names,
                langs,
                folded,
            }
        })
    }
}

/// A map that empties itself when it reaches its bound.
pub(crate) struct Bounded<K, V> {
    map: HashMap<K, V>,
    max: usize,
}

impl<K: std::hash::Hash + Eq, V: Clone> Bounded<K, V> {
    /// Empties the map (a bound of 0 keeps it empty).
    pub(crate) fn clear(&mut self) {
        self.map.clear();
    }

    pub(crate) fn new(max: usize) -> Self {
        Bounded {
            map: HashMap::new(),
            max,
        }
    }

    pub(crate) fn get<Q>(&self, k: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        self.map.get(k).cloned()
    }

    pub(crate) fn put(&mut self, k: K, v: V) {
        if self.max == 0 {
            return;
        }
        if self.map.len() >= self.max {
            self.map.clear();
        }
        self.map.insert(k, v);
    }
}

/// The caches of one search index (shared by every search on it).
pub(crate) struct WordCache {
    forms: Mutex<Bounded<String, Arc<Forms>>>,
    synonyms: Mutex<Bounded<String, Arc<[String]>>>,
    /// The newest searcher generation seen, and the document frequencies counted in it.
    doc_freqs: Mutex<(Option<u64>, Bounded<Term, u64>)>,
}

impl Default for WordCache {
    fn default() -> Self {
        WordCache {
            forms: Mutex::new(Bounded::new(MAX_WORDS)),
            synonyms: Mutex::new(Bounded::new(MAX_WORDS)),
            doc_freqs: Mutex::new((None, Bounded::new(MAX_TERMS))),
        }
    }
}

impl std::fmt::Debug for WordCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordCache").finish_non_exhaustive()
    }
}

impl WordCache {
    /// The forms of `word` (analysed on first use).
    pub(crate) fn forms(&self, word: &str) -> Arc<Forms> {
        if let Some(f) = lock(&self.forms).get(word) {
            return f;
        }
        let f = Arc::new(Forms::compute(word));
        lock(&self.forms).put(word.to_string(), Arc::clone(&f));
        f
    }

    /// The synonyms of `word` in `synonyms` (expanded on first use). The cache belongs to one
    /// index, which has one synonym list for its lifetime.
    pub(crate) fn synonyms(&self, synonyms: &Synonyms, word: &str) -> Arc<[String]> {
        if let Some(s) = lock(&self.synonyms).get(word) {
            return s;
        }
        let s: Arc<[String]> = synonyms.expand(word).into();
        lock(&self.synonyms).put(word.to_string(), Arc::clone(&s));
        s
    }

    /// How many documents of `searcher` hold `term` (0 when the lookup fails: such a term is
    /// left out of the query, as one the index does not hold).
    pub(crate) fn doc_freq(&self, searcher: &Searcher, term: &Term) -> u64 {
        let generation = searcher.generation().generation_id();
        {
            let mut cached = lock(&self.doc_freqs);
            match cached.0 {
                Some(g) if g == generation => {
                    if let Some(n) = cached.1.get(term) {
                        return n;
                    }
                }
                // An older searcher: its counts are not kept.
                Some(g) if g > generation => {}
                _ => {
                    cached.0 = Some(generation);
                    cached.1.clear();
                }
            }
        }
        let n = searcher.doc_freq(term).unwrap_or(0);
        let mut cached = lock(&self.doc_freqs);
        if cached.0 == Some(generation) {
            cached.1.put(term.clone(), n);
        }
        n
    }
}

/// Locks a cache; a panic elsewhere while it was held leaves nothing half-written (every
/// update is one insert or clear), so a poisoned lock is used as it is.
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cached forms are those the analyzers make, on the first call and the next.
    #[test]
    fn forms_match_the_analyzers() {
        let cache = WordCache::default();
        for word in ["coopératives", "mining", "uchimbaji", &"x".repeat(60)] {
            let expected = Forms::compute(word);
            assert_eq!(*cache.forms(word), expected);
            assert_eq!(*cache.forms(word), expected);
        }
        let f = cache.forms("coopératives");
        assert_eq!(f.names.as_deref(), Some("cooperatives"));
        assert_eq!(f.folded, "cooperatives");
        let mut fr = language_analyzer(Lang::Fr);
        assert_eq!(
            f.langs[1].as_deref(),
            one(&mut fr, "cooperative").as_deref()
        );
        assert_eq!(cache.forms(&"x".repeat(60)).names, None);
    }

    /// A full map empties itself rather than growing past its bound.
    #[test]
    fn bounded_map_never_exceeds_its_bound() {
        let mut m = Bounded::new(3);
        for i in 0..10 {
            m.put(i, i);
            assert!(m.map.len() <= 3);
            assert_eq!(m.get(&i), Some(i));
        }
    }
}

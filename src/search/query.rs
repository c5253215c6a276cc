//! Turns what a person typed into a tantivy query, without any query syntax: each word is
//! analysed for every field with that field's analyzer and matched with field boosts (names >
//! title > keywords > body), plus typo tolerance on names, synonyms at a lower weight, and a
//! bonus for words that appear next to each other.

use super::analysis::{drop_stop_words, fold_words};
use super::schema::Fields;
use super::synonyms::Synonyms;
use super::union::{Combine, SmallUnion};
use super::words::WordCache;
use crate::kb::Kind;
use crate::lang::Lang;
use rustc_hash::FxHashMap as HashMap;
use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

/// Weight of a match in the names field (id, aliases, titles in every language).
const W_NAMES: f32 = 3.0;
/// Weight of a match in the title.
const W_TITLE: f32 = 2.0;
/// Weight of a match in the keywords.
const W_KEYWORDS: f32 = 1.5;
/// Weight of a match in the summary and body.
const W_BODY: f32 = 1.0;
/// Score of a typo-tolerant match on a name (a constant: fuzzy matches are not BM25-scored).
const W_FUZZY: f32 = 2.5;
/// Score of a query that is exactly a name (an id, alias or title): it comes first.
const W_EXACT_NAME: f32 = 40.0;
/// Score of a query that is a name with a typo or two.
const W_FUZZY_NAME: f32 = 30.0;
/// Score of a query that is, word for word, one of a guide's topic phrases (an alias or a
/// keyword: "protective equipment", "first aid"); a phrase that is only part of the query
/// scores its share of the query's words. Over the knowledge base, entries that only mention
/// such a phrase (or offer it: an organisation's keywords) score 5 – 25 for it ("protective
/// equipment": Pact 15, Projekt-Consult 9, the health and safety guide 13.5 before this
/// bonus, 43.5 with it); a whole name
/// scores [`W_EXACT_NAME`], and a query that names an entry still wants that entry first.
const W_TOPIC: f32 = 30.0;
/// Topic phrases are looked for up to this many words long (the longest keywords, after stop
/// words, have five).
const MAX_TOPIC_WORDS: usize = 5;
/// Whole-name matching is tried for queries of at most this many words.
const MAX_NAME_WORDS: usize = 6;
/// Whole-name typo tolerance is tried for queries of at most this many characters.
const MAX_FUZZY_NAME_CHARS: usize = 48;
/// Factor for words found through synonyms.
const SYNONYM_FACTOR: f32 = 0.5;
/// How much the other synonyms of a word add beside the best one.
const SYNONYM_TIE: f32 = 0.1;
/// How many synonyms of one word are used at most.
const MAX_SYNONYMS: usize = 16;
/// Factor for two query words found next to each other.
const PHRASE_FACTOR: f32 = 0.7;
/// How many adjacent word pairs get a proximity bonus.
const MAX_PAIRS: usize = 6;
/// How many words get typo tolerance.
const MAX_FUZZY_WORDS: usize = 8;

/// A query ready to run, and the words it was made of (for suggestions).
pub(crate) struct Built {
    /// The tantivy query: every clause, scored as the results are ranked.
    pub query: Box<dyn Query>,
    /// The top-level clauses of `query` without the kinds filter: `query`'s score of a document
    /// is the sum of theirs, so candidates can be scored clause by clause.
    pub clauses: Vec<Box<dyn Query>>,
    /// Only the plain word matches (exact and synonym terms, in the names and in the combined
    /// field of the user's language and English) as one flat union of boosted term queries:
    /// tantivy can then skip blocks of documents that cannot reach the top (Block-WAND).
    /// Used to find the candidates on a large index; `None` when the query has no such term.
    pub terms: Option<Box<dyn Query>>,
    /// The constant-score name matches (whole name, typos on names): they match few documents,
    /// and on a large index they are collected beside `terms` so that no name match is missed.
    pub names: Option<Box<dyn Query>>,
    /// The query words after stop words were dropped.
    pub words: Vec<String>,
    /// Whether `terms` holds every plain word term of `query` (no field was left out): only
    /// then can a pruned search that collected all its matches call its total exact.
    pub candidates_cover_all: bool,
    /// The document frequency of the terms looked up while building (BM25 needs them again).
    pub doc_freqs: HashMap<Term, u64>,
}

/// BM25 statistics that reuse the document frequencies looked up while building the query and
/// look each field's token count up once (tantivy's own provider asks the index again for every
/// term of every clause).
pub(crate) struct Stats<'a> {
    searcher: &'a Searcher,
    doc_freqs: &'a HashMap<Term, u64>,
    tokens: std::sync::Mutex<HashMap<Field, u64>>,
}

impl<'a> Stats<'a> {
    /// Statistics for `built`'s terms over `searcher`.
    pub(crate) fn new(searcher: &'a Searcher, built: &'a Built) -> Self {
        Stats {
            searcher,
            doc_freqs: &built.doc_freqs,
            tokens: std::sync::Mutex::new(HashMap::default()),
        }
    }
}

impl Bm25StatisticsProvider for Stats<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let mut tokens = self
            .tokens
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(&n) = tokens.get(&field) {
            return Ok(n);
        }
        let n = Bm25StatisticsProvider::total_num_tokens(self.searcher, field)?;
        tokens.insert(field, n);
        Ok(n)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_docs(self.searcher)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        match self.doc_freqs.get(term) {
            Some(&n) => Ok(n),
            None => self.searcher.doc_freq(term),
        }
    }
}

/// How far typo tolerance goes when building a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Typos {
    /// At most one edit (cheap automata): the first try.
    One,
    /// One edit for words of 4–7 characters, two from 8 on: when the first try found little.
    Full,
}

impl Typos {
    fn distance(self, chars: usize) -> Option<u8> {
        let d = typo_distance(chars)?;
        Some(match self {
            Typos::One => d.min(1),
            Typos::Full => d,
        })
    }
}

/// Boosted terms, each (field, term) once with its weights summed (a BM25 term score is linear
/// in its boost, so one term with the summed boost scores exactly as the repeated terms did),
/// and terms absent from the index left out (they could not match).
struct TermBag<'a> {
    searcher: &'a Searcher,
    cache: &'a WordCache,
    /// Terms in the order first added, with their summed weights.
    terms: Vec<(Term, f32)>,
    /// How many documents hold each term looked up so far.
    known: HashMap<Term, u64>,
}

impl<'a> TermBag<'a> {
    fn new(searcher: &'a Searcher, cache: &'a WordCache) -> Self {
        TermBag {
            searcher,
            cache,
            terms: Vec::new(),
            known: HashMap::default(),
        }
    }

    /// Whether `term` occurs in the index (looked up once per query).
    fn exists(&mut self, term: &Term) -> bool {
        if let Some(&n) = self.known.get(term) {
            return n > 0;
        }
        let n = self.cache.doc_freq(self.searcher, term);
        self.known.insert(term.clone(), n);
        n > 0
    }

    fn add(&mut self, term: Term, weight: f32) {
        match self.terms.iter_mut().find(|(t, _)| *t == term) {
            Some((_, w)) => *w += weight,
            None => self.terms.push((term, weight)),
        }
    }

    fn queries(&self) -> Vec<(Occur, Box<dyn Query>)> {
        self.terms
            .iter()
            .map(|(t, w)| (Occur::Should, term_query(t.clone(), *w)))
            .collect()
    }
}

/// What a query is built against: the index's fields and searcher, its synonyms, and the
/// word cache of the index.
#[derive(Clone, Copy)]
pub(crate) struct IndexParts<'a> {
    pub fields: &'a Fields,
    pub searcher: &'a Searcher,
    pub synonyms: &'a Synonyms,
    pub cache: &'a WordCache,
    /// Whether the search is pruned (a large index): only then are the candidate terms
    /// (`Built::terms`) looked up and built.
    pub pruned: bool,
}

/// Builds the query for the words of a text (as [`query_words`] split it), or `None` when
/// there is none but stop words.
///
/// [`query_words`]: super::analysis::query_words
pub(crate) fn build(
    index: &IndexParts<'_>,
    all_words: &[String],
    kinds: &[Kind],
    lang: Lang,
    typos: Typos,
) -> Option<Built> {
    let IndexParts {
        fields,
        searcher,
        synonyms,
        cache,
        pruned,
    } = *index;
    let words = drop_stop_words(all_words.to_vec());
    if words.is_empty() {
        return None;
    }
    // The exact matches of every word, flattened into one bag (the sum is what the nested
    // per-word unions computed); synonyms keep their own "best synonym counts" structure.
    let mut exact_bag = TermBag::new(searcher, cache);
    // Every plain term, synonyms included, for finding candidates on a large index (pruned).
    let mut candidate_bag = TermBag::new(searcher, cache);
    // Candidates come from the names and the user's language and English only (their combined
    // fields, see `candidate_terms`): a term in another field leaves the candidates incomplete.
    let candidate_field = |t: &Term| {
        let f = t.field();
        f == fields.names
            || candidate_langs(lang).any(|l| {
                let li = l.index();
                f == fields.title[li] || f == fields.keywords[li] || f == fields.body[li]
            })
    };
    let mut left_out = false;
    let mut other: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut names: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    // A word found nowhere in the index may be a misspelt name: only then is typo tolerance
    // tried (a fuzzy automaton costs more than all the exact terms of a word).
    let exact: Vec<Vec<(Term, f32)>> = words
        .iter()
        .map(|w| exact_terms(fields, cache, &mut exact_bag, w, 1.0, &Lang::ALL))
        .collect();
    let any_unknown = exact.iter().any(Vec::is_empty);
    let synonym_langs = synonym_langs(fields, lang, &exact);
    if all_words.len() <= MAX_NAME_WORDS {
        names.extend(
            whole_name(
                fields,
                &mut exact_bag,
                all_words,
                &words,
                typos,
                any_unknown || words.len() == 1,
            )
            .into_iter()
            .map(|q| (Occur::Should, q)),
        );
    }
    names.extend(
        topic_phrases(fields, &mut exact_bag, &words)
            .into_iter()
            .map(|q| (Occur::Should, q)),
    );
    for (i, (word, terms)) in words.iter().zip(exact).enumerate() {
        let known = !terms.is_empty();
        for (term, weight) in terms {
            left_out |= !candidate_field(&term);
            exact_bag.add(term, weight);
        }
        if known && pruned {
            candidate_terms(fields, cache, &mut candidate_bag, word, 1.0, lang);
        }
        if i < MAX_FUZZY_WORDS
            && !known
            && let Some(q) = fuzzy(fields, cache, &mut exact_bag, word, typos)
        {
            names.push((Occur::Should, q));
        }
        // The best synonym counts (a text dense in a group's words is not a better match).
        let mut via_synonyms: Vec<Box<dyn Query>> = Vec::new();
        for other_word in cache.synonyms(synonyms, word).iter().take(MAX_SYNONYMS) {
            let parts: Vec<&str> = other_word.split(' ').collect();
            let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            // Whether a part was found in a field the candidate terms do not cover.
            let mut outside = false;
            for p in &parts {
                let terms = exact_terms(
                    fields,
                    cache,
                    &mut exact_bag,
                    p,
                    SYNONYM_FACTOR,
                    &synonym_langs,
                );
                if terms.is_empty() {
                    break;
                }
                let should: Vec<Box<dyn Query>> = terms
                    .iter()
                    .map(|(t, w)| term_query(t.clone(), *w))
                    .collect();
                must.push((Occur::Must, SmallUnion::boxed(should, Combine::Sum)));
                outside |= terms.iter().any(|(t, _)| !candidate_field(t));
            }
            if must.len() == parts.len() && !must.is_empty() {
                let q: Box<dyn Query> = if must.len() == 1 {
                    // One word: its union of terms as it is (a one-clause intersection would
                    // only add a layer of scorers).
                    must.pop().map_or_else(
                        || Box::new(BooleanQuery::new(Vec::new())) as Box<dyn Query>,
                        |(_, q)| q,
                    )
                } else {
                    Box::new(BooleanQuery::new(must))
                };
                via_synonyms.push(q);
                // A word the index holds finds its candidates by itself: its synonyms (at half
                // the weight) would make the pruned top-k search walk their postings too.
                if known {
                    left_out = true;
                } else {
                    left_out |= outside;
                    for p in parts.iter().filter(|_| pruned) {
                        candidate_terms(fields, cache, &mut candidate_bag, p, SYNONYM_FACTOR, lang);
                    }
                }
            }
        }
        if !via_synonyms.is_empty() {
            let q = SmallUnion::boxed(via_synonyms, Combine::Max(SYNONYM_TIE));
            other.push((Occur::Should, q));
        }
    }
    for pair in words.windows(2).take(MAX_PAIRS) {
        other.extend(
            proximity(fields, cache, &mut exact_bag, &pair[0], &pair[1])
                .into_iter()
                .map(|q| (Occur::Should, q)),
        );
    }
    let mut clauses = exact_bag.queries();
    clauses.extend(other);
    let names_clauses: Vec<(Occur, Box<dyn Query>)> =
        names.iter().map(|(o, q)| (*o, q.box_clone())).collect();
    clauses.extend(names_clauses);
    if clauses.is_empty() {
        return None;
    }
    let filter = kind_filter(fields, kinds);
    let filtered = |q: Box<dyn Query>| -> Box<dyn Query> {
        match &filter {
            // A filter: documents of other kinds are left out; it adds nothing to the score.
            Some(f) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, q),
                (Occur::Must, f.box_clone()),
            ])),
            None => q,
        }
    };
    let candidates = candidate_bag.queries();
    let mut doc_freqs = exact_bag.known;
    doc_freqs.extend(candidate_bag.known);
    let top: Vec<Box<dyn Query>> = clauses.iter().map(|(_, q)| q.box_clone()).collect();
    Some(Built {
        query: filtered(Box::new(BooleanQuery::new(clauses))),
        clauses: top,
        terms: (!candidates.is_empty()).then(|| filtered(Box::new(BooleanQuery::new(candidates)))),
        names: (!names.is_empty()).then(|| filtered(Box::new(BooleanQuery::new(names)))),
        words,
        candidates_cover_all: !left_out,
        doc_freqs,
    })
}

/// The languages whose fields a query's synonyms are looked for in: the user's, English (every
/// entry of the knowledge base has those texts), and the languages the query is written in —
/// those in whose titles or bodies every word found there was found (a synonym group is in
/// one language, the words'). Looking for them in every language cost a third of the search:
/// each term is a scorer, and stems shared across languages (`abandon`, `rehabilit`) found
/// nothing the user's and English fields did not.
fn synonym_langs(fields: &Fields, lang: Lang, exact: &[Vec<(Term, f32)>]) -> Vec<Lang> {
    // Titles and bodies only: keywords and names are shared by the texts of every language.
    let lang_of = |f: Field| {
        Lang::ALL.into_iter().find(|&l| {
            let li = l.index();
            f == fields.title[li] || f == fields.body[li]
        })
    };
    let mut common: Option<Vec<Lang>> = None;
    for terms in exact {
        let found: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|&l| terms.iter().any(|(t, _)| lang_of(t.field()) == Some(l)))
            .collect();
        if found.is_empty() {
            continue;
        }
        common = Some(match common {
            None => found,
            Some(c) => c.into_iter().filter(|l| found.contains(l)).collect(),
        });
    }
    // No word found in any title or body: nothing tells the language, so every one is tried
    // (such a query has few terms to look for anyway).
    let mut out = vec![lang];
    for l in std::iter::once(Lang::En).chain(common.unwrap_or(Lang::ALL.to_vec())) {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// A constant-score-zero filter on the kinds asked for (none: no filter).
fn kind_filter(fields: &Fields, kinds: &[Kind]) -> Option<Box<dyn Query>> {
    if kinds.is_empty() {
        return None;
    }
    let kind_terms: Vec<(Occur, Box<dyn Query>)> = kinds
        .iter()
        .map(|k| {
            let t = Term::from_field_text(fields.kind, k.as_str());
            (
                Occur::Should,
                Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    Some(Box::new(ConstScoreQuery::new(
        Box::new(BooleanQuery::new(kind_terms)),
        0.0,
    )))
}

fn term_query(term: Term, weight: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
        weight,
    ))
}

/// The exact (analysed) terms of one word in the names and in the fields of `langs`, weighted
/// by field, leaving out the terms the index does not hold.
fn exact_terms(
    fields: &Fields,
    cache: &WordCache,
    bag: &mut TermBag<'_>,
    word: &str,
    factor: f32,
    langs: &[Lang],
) -> Vec<(Term, f32)> {
    let mut out: Vec<(Term, f32)> = Vec::new();
    let mut push = |bag: &mut TermBag<'_>, term: Term, weight: f32| {
        if bag.exists(&term) {
            out.push((term, weight));
        }
    };
    let forms = cache.forms(word);
    if let Some(t) = &forms.names {
        push(
            bag,
            Term::from_field_text(fields.names, t),
            W_NAMES * factor,
        );
    }
    for &lang in langs {
        let li = lang.index();
        if let Some(t) = &forms.langs[li] {
            push(
                bag,
                Term::from_field_text(fields.title[li], t),
                W_TITLE * factor,
            );
            push(
                bag,
                Term::from_field_text(fields.keywords[li], t),
                W_KEYWORDS * factor,
            );
            push(
                bag,
                Term::from_field_text(fields.body[li], t),
                W_BODY * factor,
            );
        }
    }
    out
}

/// Adds the terms one word finds candidates with on a large index: its names term and its term
/// in the combined field (title, keywords, body) of the user's language and of English, those
/// the index holds. Two or three terms a word instead of seven: the pruned top-k search sorts
/// its term scorers at every step.
fn candidate_terms(
    fields: &Fields,
    cache: &WordCache,
    bag: &mut TermBag<'_>,
    word: &str,
    factor: f32,
    lang: Lang,
) {
    let forms = cache.forms(word);
    if let Some(t) = &forms.names {
        let term = Term::from_field_text(fields.names, t);
        if bag.exists(&term) {
            bag.add(term, W_NAMES * factor);
        }
    }
    for l in candidate_langs(lang) {
        let li = l.index();
        if let Some(t) = &forms.langs[li] {
            let term = Term::from_field_text(fields.all[li], t);
            if bag.exists(&term) {
                bag.add(term, W_BODY * factor);
            }
        }
    }
}

/// The languages whose fields candidates come from: the user's and English (every
/// knowledge-base entry has English), each once.
fn candidate_langs(lang: Lang) -> impl Iterator<Item = Lang> {
    std::iter::once(lang).chain((lang != Lang::En).then_some(Lang::En))
}

/// The edit distance allowed for a word of `chars` characters (none under 4).
pub(crate) fn typo_distance(chars: usize) -> Option<u8> {
    match chars {
        0..=3 => None,
        4..=7 => Some(1),
        _ => Some(2),
    }
}

/// Typo-tolerant matching of one word on names, when the word is not itself a name word:
/// `mintec` → Mintek, `cooperacion` → CooperAcción, `wardel` → Wardell (as a prefix).
fn fuzzy(
    fields: &Fields,
    cache: &WordCache,
    bag: &mut TermBag<'_>,
    word: &str,
    typos: Typos,
) -> Option<Box<dyn Query>> {
    let forms = cache.forms(word);
    let t = forms.names.as_deref()?;
    let chars = t.chars().count();
    let distance = typos.distance(chars)?;
    let term = Term::from_field_text(fields.names, t);
    if bag.exists(&term) {
        return None;
    }
    let q = if chars >= 5 {
        FuzzyTermQuery::new_prefix(term, distance, true)
    } else {
        FuzzyTermQuery::new(term, distance, true)
    };
    Some(Box::new(BoostQuery::new(Box::new(q), W_FUZZY)))
}

/// A large bonus when the whole query is a name (`GIA`, `practical action`), or a name with a
/// typo (`cooperacion`, `practicle action`; tried only when `fuzzy_allowed`: one word, or a
/// word found nowhere in the index).
fn whole_name(
    fields: &Fields,
    bag: &mut TermBag<'_>,
    all_words: &[String],
    words: &[String],
    typos: Typos,
    fuzzy_allowed: bool,
) -> Vec<Box<dyn Query>> {
    let mut forms = vec![fold_words(all_words), fold_words(words)];
    forms.dedup();
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    let mut any_exact = false;
    for form in &forms {
        let term = Term::from_field_text(fields.name_exact, form);
        if bag.exists(&term) {
            any_exact = true;
            let q = TermQuery::new(term, IndexRecordOption::Basic);
            out.push(Box::new(ConstScoreQuery::new(Box::new(q), W_EXACT_NAME)));
        }
    }
    if !any_exact && fuzzy_allowed {
        for form in &forms {
            let chars = form.chars().count();
            let Some(distance) = typos
                .distance(chars)
                .filter(|_| chars <= MAX_FUZZY_NAME_CHARS)
            else {
                continue;
            };
            let term = Term::from_field_text(fields.name_exact, form);
            let q = FuzzyTermQuery::new(term, distance, true);
            out.push(Box::new(BoostQuery::new(Box::new(q), W_FUZZY_NAME)));
        }
    }
    out
}

/// A bonus for each of a guide's topic phrases (aliases, keywords) that the query holds as
/// consecutive words: [`W_TOPIC`] times the share of the query's words it covers. So a query
/// about a topic ranks the guide about it above entries that only mention its words.
fn topic_phrases(fields: &Fields, bag: &mut TermBag<'_>, words: &[String]) -> Vec<Box<dyn Query>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    let folded: Vec<String> = words
        .iter()
        .map(|w| fold_words(std::slice::from_ref(w)))
        .collect();
    let n = folded.len();
    for len in 1..=n.min(MAX_TOPIC_WORDS) {
        for start in 0..=n - len {
            let phrase = folded[start..start + len]
                .iter()
                .filter(|w| !w.is_empty())
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ");
            if phrase.is_empty() {
                continue;
            }
            let term = Term::from_field_text(fields.topic_exact, &phrase);
            if bag.exists(&term) {
                let q = TermQuery::new(term, IndexRecordOption::Basic);
                let score = W_TOPIC * len as f32 / n as f32;
                out.push(Box::new(ConstScoreQuery::new(Box::new(q), score)));
            }
        }
    }
    out
}

/// A bonus when two adjacent query words appear close together in a name, title or body
/// (only where both words occur in that field at all).
fn proximity(
    fields: &Fields,
    cache: &WordCache,
    bag: &mut TermBag<'_>,
    a: &str,
    b: &str,
) -> Vec<Box<dyn Query>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    let mut phrase =
        |bag: &mut TermBag<'_>, field: Field, ta: &str, tb: &str, slop: u32, weight: f32| {
            let term_a = Term::from_field_text(field, ta);
            let term_b = Term::from_field_text(field, tb);
            if !bag.exists(&term_a) || !bag.exists(&term_b) {
                return;
            }
            let q = PhraseQuery::new_with_offset_and_slop(vec![(0, term_a), (1, term_b)], slop);
            out.push(Box::new(BoostQuery::new(
                Box::new(q),
                weight * PHRASE_FACTOR,
            )));
        };
    let (fa, fb) = (cache.forms(a), cache.forms(b));
    if let (Some(ta), Some(tb)) = (&fa.names, &fb.names) {
        phrase(bag, fields.names, ta, tb, 0, W_NAMES);
    }
    for lang in Lang::ALL {
        let li = lang.index();
        if let (Some(ta), Some(tb)) = (&fa.langs[li], &fb.langs[li]) {
            phrase(bag, fields.title[li], ta, tb, 1, W_TITLE);
            phrase(bag, fields.body[li], ta, tb, 2, W_BODY);
        }
    }
    out
}

/// Whether a search with [`Typos::Full`] could match more than one with [`Typos::One`]: a word,
/// or the words together (whole-name matching), long enough for two edits.
pub(crate) fn words_allow_more_typos(words: &[String]) -> bool {
    let long = |chars: usize| typo_distance(chars).is_some_and(|d| d > 1);
    let joined: usize = words.iter().map(|w| w.chars().count() + 1).sum();
    words.iter().any(|w| long(w.chars().count()))
        || (words.len() > 1 && joined <= MAX_FUZZY_NAME_CHARS + 1 && long(joined - 1))
}

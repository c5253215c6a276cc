//! Turns what a person typed into a tantivy query, without any query syntax: each word is
//! analysed for every field with that field's analyzer and matched with field boosts (names >
//! title > keywords > body), plus typo tolerance on names, synonyms at a lower weight, and a
//! bonus for words that appear next to each other.

use super::analysis::{analyze, drop_stop_words, names_analyzer, query_words};
use super::schema::{Fields, fold_words, lang_index};
use super::synonyms::Synonyms;
use crate::kb::Kind;
use crate::lang::Lang;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
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

/// The analyzers used to build queries, one per language plus the names analyzer.
pub(crate) struct Analyzers {
    names: TextAnalyzer,
    langs: [TextAnalyzer; 5],
}

impl Analyzers {
    /// Fresh analyzers (cheap; one set per query keeps the index free of locks).
    pub(crate) fn new() -> Analyzers {
        use super::analysis::language_analyzer as la;
        Analyzers {
            names: names_analyzer(),
            langs: [
                la(Lang::En),
                la(Lang::Fr),
                la(Lang::Es),
                la(Lang::Pt),
                la(Lang::Sw),
            ],
        }
    }

    fn one(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
        let mut tokens = analyze(analyzer, word);
        if tokens.len() == 1 {
            tokens.pop()
        } else {
            None
        }
    }
}

/// A query ready to run, and the words it was made of (for suggestions).
pub(crate) struct Built {
    /// The tantivy query.
    pub query: Box<dyn Query>,
    /// The query words after stop words were dropped.
    pub words: Vec<String>,
}

/// Builds the query for `text`, or `None` when it holds no word at all.
pub(crate) fn build(
    fields: &Fields,
    searcher: &Searcher,
    synonyms: &Synonyms,
    text: &str,
    kinds: &[Kind],
) -> Option<Built> {
    let all_words = query_words(text);
    let words = drop_stop_words(all_words.clone());
    if words.is_empty() {
        return None;
    }
    let mut an = Analyzers::new();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if all_words.len() <= MAX_NAME_WORDS {
        clauses.extend(
            whole_name(fields, searcher, &all_words, &words)
                .into_iter()
                .map(|q| (Occur::Should, q)),
        );
    }
    for (i, word) in words.iter().enumerate() {
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(q) = exact(fields, &mut an, word, 1.0) {
            alternatives.push((Occur::Should, q));
        }
        if i < MAX_FUZZY_WORDS
            && let Some(q) = fuzzy(fields, searcher, &mut an, word)
        {
            alternatives.push((Occur::Should, q));
        }
        // The best synonym counts (a text dense in a group's words is not a better match).
        let mut via_synonyms: Vec<Box<dyn Query>> = Vec::new();
        for other in synonyms.expand(word).into_iter().take(MAX_SYNONYMS) {
            let parts: Vec<&str> = other.split(' ').collect();
            let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for p in &parts {
                if let Some(q) = exact(fields, &mut an, p, SYNONYM_FACTOR) {
                    must.push((Occur::Must, q));
                }
            }
            if must.len() == parts.len() && !must.is_empty() {
                via_synonyms.push(Box::new(BooleanQuery::new(must)));
            }
        }
        if !via_synonyms.is_empty() {
            let q = DisjunctionMaxQuery::with_tie_breaker(via_synonyms, SYNONYM_TIE);
            alternatives.push((Occur::Should, Box::new(q)));
        }
        if !alternatives.is_empty() {
            clauses.push((Occur::Should, Box::new(BooleanQuery::new(alternatives))));
        }
    }
    for pair in words.windows(2).take(MAX_PAIRS) {
        clauses.extend(
            proximity(fields, &mut an, &pair[0], &pair[1])
                .into_iter()
                .map(|q| (Occur::Should, q)),
        );
    }
    if clauses.is_empty() {
        return None;
    }
    let mut query = BooleanQuery::new(clauses);
    if !kinds.is_empty() {
        // A filter: documents of other kinds are left out; it adds nothing to the score.
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
        let filter = ConstScoreQuery::new(Box::new(BooleanQuery::new(kind_terms)), 0.0);
        query = BooleanQuery::new(vec![
            (Occur::Must, Box::new(query)),
            (Occur::Must, Box::new(filter)),
        ]);
    }
    Some(Built {
        query: Box::new(query),
        words,
    })
}

fn term_query(field: Field, text: &str, weight: f32) -> Box<dyn Query> {
    let t = Term::from_field_text(field, text);
    Box::new(BoostQuery::new(
        Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)),
        weight,
    ))
}

/// The exact (analysed) matches of one word in every field, weighted by field.
fn exact(fields: &Fields, an: &mut Analyzers, word: &str, factor: f32) -> Option<Box<dyn Query>> {
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(t) = Analyzers::one(&mut an.names, word) {
        should.push((
            Occur::Should,
            term_query(fields.names, &t, W_NAMES * factor),
        ));
    }
    for lang in Lang::ALL {
        let li = lang_index(lang);
        if let Some(t) = Analyzers::one(&mut an.langs[li], word) {
            should.push((
                Occur::Should,
                term_query(fields.title[li], &t, W_TITLE * factor),
            ));
            should.push((
                Occur::Should,
                term_query(fields.keywords[li], &t, W_KEYWORDS * factor),
            ));
            should.push((
                Occur::Should,
                term_query(fields.body[li], &t, W_BODY * factor),
            ));
        }
    }
    if should.is_empty() {
        None
    } else {
        Some(Box::new(BooleanQuery::new(should)))
    }
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
    searcher: &Searcher,
    an: &mut Analyzers,
    word: &str,
) -> Option<Box<dyn Query>> {
    let t = Analyzers::one(&mut an.names, word)?;
    let chars = t.chars().count();
    let distance = typo_distance(chars)?;
    let term = Term::from_field_text(fields.names, &t);
    if searcher.doc_freq(&term).unwrap_or(0) > 0 {
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
/// typo (`cooperacion`, `practicle action`).
fn whole_name(
    fields: &Fields,
    searcher: &Searcher,
    all_words: &[String],
    words: &[String],
) -> Vec<Box<dyn Query>> {
    let mut forms = vec![fold_words(all_words), fold_words(words)];
    forms.dedup();
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    let mut any_exact = false;
    for form in &forms {
        let term = Term::from_field_text(fields.name_exact, form);
        if searcher.doc_freq(&term).unwrap_or(0) > 0 {
            any_exact = true;
            let q = TermQuery::new(term, IndexRecordOption::Basic);
            out.push(Box::new(ConstScoreQuery::new(Box::new(q), W_EXACT_NAME)));
        }
    }
    if !any_exact {
        for form in &forms {
            let chars = form.chars().count();
            let Some(distance) = typo_distance(chars).filter(|_| chars <= MAX_FUZZY_NAME_CHARS)
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

/// A bonus when two adjacent query words appear close together in a name, title or body.
fn proximity(fields: &Fields, an: &mut Analyzers, a: &str, b: &str) -> Vec<Box<dyn Query>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    let mut phrase = |field: Field, ta: String, tb: String, slop: u32, weight: f32| {
        let terms = vec![
            (0, Term::from_field_text(field, &ta)),
            (1, Term::from_field_text(field, &tb)),
        ];
        let q = PhraseQuery::new_with_offset_and_slop(terms, slop);
        out.push(Box::new(BoostQuery::new(
            Box::new(q),
            weight * PHRASE_FACTOR,
        )));
    };
    if let (Some(ta), Some(tb)) = (
        Analyzers::one(&mut an.names, a),
        Analyzers::one(&mut an.names, b),
    ) {
        phrase(fields.names, ta, tb, 0, W_NAMES);
    }
    for lang in Lang::ALL {
        let li = lang_index(lang);
        if let (Some(ta), Some(tb)) = (
            Analyzers::one(&mut an.langs[li], a),
            Analyzers::one(&mut an.langs[li], b),
        ) {
            phrase(fields.title[li], ta.clone(), tb.clone(), 1, W_TITLE);
            phrase(fields.body[li], ta, tb, 2, W_BODY);
        }
    }
    out
}

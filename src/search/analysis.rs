//! Text analysis: the tokenizer chain of each language (stemming for en/fr/es/pt, accent folding
//! everywhere, no stemming for Swahili), the name analyzer, and the query-side word splitting and
//! stop words.

use crate::lang::Lang;
use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Tokens longer than this (in bytes) are dropped: they are noise (hashes, pasted junk).
const MAX_TOKEN_BYTES: usize = 40;

/// The tokenizer name of the names/keywords-free "identity" analyzer: fold, no stemming.
pub(crate) const NAMES_TOKENIZER: &str = "mg_names";

/// The tokenizer name registered for a language's analyzer.
pub(crate) fn tokenizer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "mg_en",
        Lang::Fr => "mg_fr",
        Lang::Es => "mg_es",
        Lang::Pt => "mg_pt",
        Lang::Sw => "mg_sw",
        Lang::Mg => "mg_mg",
        Lang::Si => "mg_si",
        Lang::Ta => "mg_ta",
        Lang::My => "mg_my",
    }
}

/// The Snowball stemmer for a language, if it has one: the language table's column (Swahili has
/// none that is safe to use: its grammar works by prefixes, and stripping them blindly merges
/// unrelated words).
fn stemmer_language(lang: Lang) -> Option<Language> {
    lang.stemmer()
}

/// The analyzer of a language's title, body and keywords fields: simple tokenizer, lower case,
/// ASCII folding (so `coopérative` and `cooperative` meet), then the language's stemmer.
pub(crate) fn language_analyzer(lang: Lang) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match stemmer_language(lang) {
        Some(language) => base.filter(Stemmer::new(language)).build(),
        None => base.build(),
    }
}

/// The analyzer a snippet is found with, for a text in `lang` and the query terms `terms` (as
/// the language's analyzer made them): the same tokens as [`language_analyzer`], except that
/// a token is stemmed only when it starts like one of `terms` (its first two bytes, or its
/// first for a one-byte term). Snowball stemmers change a word within regions that begin
/// after its second letter (R1, RV) and keep the first two letters of every word but English's
/// irregular `dying`, `lying` and `tying` (always stemmed here), so a token that starts
/// otherwise can neither stem to a term nor be one: the snippet is the same, and most tokens
/// skip the stemmer (stemming a whole text was a quarter of a search's time). A test checks
/// the property over the whole knowledge base.
pub(crate) fn snippet_analyzer<'a>(
    lang: Lang,
    terms: impl IntoIterator<Item = &'a str>,
) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match stemmer_algorithm(lang) {
        Some(algorithm) => {
            let mut gate = Gate {
                short: [false; 256],
                prefixes: Vec::new(),
            };
            for t in terms {
                match *t.as_bytes() {
                    [] => {}
                    [b] => gate.short[usize::from(b)] = true,
                    [a, b, ..] => gate.prefixes.push([a, b]),
                }
            }
            gate.prefixes.sort_unstable();
            gate.prefixes.dedup();
            base.filter(GatedStemmer { algorithm, gate }).build()
        }
        None => base.build(),
    }
}

/// The Snowball algorithm of a language's stemmer, the one [`stemmer_language`] names (the
/// test `snippet_analyzer_finds_the_terms_the_full_analyzer_finds` fails if they differ).
fn stemmer_algorithm(lang: Lang) -> Option<frostem::Algorithm> {
    match lang {
        Lang::En => Some(frostem::Algorithm::English),
        Lang::Fr => Some(frostem::Algorithm::French),
        Lang::Es => Some(frostem::Algorithm::Spanish),
        Lang::Pt => Some(frostem::Algorithm::Portuguese),
        Lang::Ta => Some(frostem::Algorithm::Tamil),
        Lang::Sw | Lang::Mg | Lang::Si | Lang::My => None,
    }
}

/// English words whose stem does not keep their first two letters (Snowball's exceptions).
const IRREGULAR_STARTS: &[&str] = &["dying", "lying", "tying"];

/// Which tokens [`snippet_analyzer`] stems.
#[derive(Clone)]
struct Gate {
    /// First bytes of the one-byte terms.
    short: [bool; 256],
    /// First two bytes of the longer terms, sorted.
    prefixes: Vec<[u8; 2]>,
}

impl Gate {
    fn lets_in(&self, token: &str) -> bool {
        match *token.as_bytes() {
            [] => false,
            [a, ..] if self.short[usize::from(a)] => true,
            [a, b, ..] => {
                self.prefixes.binary_search(&[a, b]).is_ok() || IRREGULAR_STARTS.contains(&token)
            }
            [_] => false,
        }
    }
}

/// A stemmer filter that stems only the tokens its [`Gate`] lets in (see
/// [`snippet_analyzer`]).
#[derive(Clone)]
struct GatedStemmer {
    algorithm: frostem::Algorithm,
    gate: Gate,
}

impl TokenFilter for GatedStemmer {
    type Tokenizer<T: Tokenizer> = GatedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> GatedStemmerFilter<T> {
        GatedStemmerFilter { gated: self, inner }
    }
}

#[derive(Clone)]
struct GatedStemmerFilter<T> {
    gated: GatedStemmer,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for GatedStemmerFilter<T> {
    type TokenStream<'a> = GatedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        GatedStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.gated.algorithm),
            gate: &self.gated.gate,
        }
    }
}

struct GatedStemmerStream<'a, T> {
    tail: T,
    stemmer: frostem::Stemmer,
    gate: &'a Gate,
}

impl<T: TokenStream> TokenStream for GatedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if self.gate.lets_in(&token.text)
            && let std::borrow::Cow::Owned(stem) = self.stemmer.stem(&token.text)
        {
            token.text = stem;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The analyzer of the `names` field: like the language analyzers, without stemming, so that
/// names match as typed (and typo tolerance works on whole names).
pub(crate) fn names_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer with an index (needed after creating and after opening one: tantivy
/// does not persist tokenizers).
pub(crate) fn register(index: &Index) {
    let manager = index.tokenizers();
    manager.register(NAMES_TOKENIZER, names_analyzer());
    for lang in Lang::ALL {
        manager.register(tokenizer_name(lang), language_analyzer(lang));
    }
}

/// Runs `text` through an analyzer and returns the token texts.
pub(crate) fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// How much of a query is looked at, in bytes: a 100 kB message is cut here.
const MAX_QUERY_BYTES: usize = 1024;
/// How many words of a query are used at most.
pub(crate) const MAX_QUERY_WORDS: usize = 24;

/// Splits what a person typed into lower-case words, the way the index tokenizer does (runs of
/// letters and digits): query syntax (`title:(`, quotes, `*`, brackets) becomes plain
/// separators, and control characters, emoji and punctuation disappear.
pub(crate) fn query_words(text: &str) -> Vec<String> {
    let mut end = text.len().min(MAX_QUERY_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.len() <= MAX_TOKEN_BYTES)
        .map(str::to_lowercase)
        .take(MAX_QUERY_WORDS * 2)
        .collect()
}

/// Drops the small words that carry no meaning in any of the bot's languages ("the", "de",
/// "la", "na", "ya", …), unless nothing else is left.
pub(crate) fn drop_stop_words(words: Vec<String>) -> Vec<String> {
    let kept: Vec<String> = words.iter().filter(|w| !is_stop_word(w)).cloned().collect();
    let mut kept = if kept.is_empty() { words } else { kept };
    kept.truncate(MAX_QUERY_WORDS);
    kept
}

/// Whether a lower-case word is a stop word in one of the bot's languages. The lists are short
/// on purpose: a word that means something in one language is never dropped because it is a
/// function word in another (so "mine" and "mina" stay).
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// English, French, Spanish, Portuguese and Swahili function words, sorted (a test checks).
const STOP_WORDS: &[&str] = &[
    "a", "about", "al", "an", "and", "are", "as", "at", "au", "aux", "be", "by", "ce", "ces",
    "cha", "como", "con", "cual", "da", "das", "de", "del", "des", "do", "does", "dos", "du", "e",
    "el", "em", "en", "est", "et", "for", "from", "hii", "hiyo", "how", "i", "il", "in", "is",
    "it", "its", "je", "ka", "kama", "katika", "kwa", "kwenye", "l", "la", "las", "le", "les",
    "lo", "los", "me", "my", "na", "nao", "ni", "no", "nos", "o", "of", "on", "or", "os", "ou",
    "para", "pia", "por", "pour", "que", "qui", "se", "sur", "the", "to", "um", "uma", "un", "una",
    "une", "vya", "wa", "what", "where", "which", "who", "with", "y", "ya", "za", "à", "é",
];

/// Lower-cases and strips accents the way the analyzers do, for one word or a phrase.
pub(crate) fn fold_text(text: &str) -> String {
    super::words::fold(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stop-word list is sorted (binary search depends on it) and holds no duplicates.
    #[test]
    fn stop_words_sorted() {
        for pair in STOP_WORDS.windows(2) {
            assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
        }
    }

    /// Query syntax and control characters become separators; case is lowered.
    #[test]
    fn query_words_neutralise_syntax() {
        assert_eq!(query_words("title:(Mintek"), vec!["title", "mintek"]);
        assert_eq!(
            query_words("\"unpaired *AND\u{0}x"),
            vec!["unpaired", "and", "x"]
        );
        assert!(query_words("[[ ]] ** \u{1F600}").is_empty());
    }

    /// Stop words go unless they are all there is.
    #[test]
    fn stop_words_dropped_unless_alone() {
        let w = |s: &str| query_words(s);
        assert_eq!(
            drop_stop_words(w("seguridad en la mina")),
            vec!["seguridad", "mina"]
        );
        assert_eq!(drop_stop_words(w("AND OR")), vec!["and", "or"]);
    }

    /// The knowledge base in `data/`.
    fn knowledge_base() -> crate::kb::KnowledgeBase {
        crate::kb::KnowledgeBase::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data"
        )))
        .expect("the knowledge base loads")
    }

    /// Every title, summary and body the knowledge base has in `lang`, one after another.
    fn kb_text(kb: &crate::kb::KnowledgeBase, lang: Lang) -> String {
        let mut text = String::new();
        for t in kb.entries().filter_map(|e| e.text.get(&lang)) {
            for part in [Some(&t.title), Some(&t.summary), t.body.as_ref()]
                .into_iter()
                .flatten()
            {
                text.push(' ');
                text.push_str(part);
            }
        }
        text
    }

    /// Every stemmer keeps a word's first two bytes (its first, when the stem is shorter), but
    /// for the listed irregular words: what [`snippet_analyzer`] relies on. Checked over every
    /// word of the knowledge base in each language, and words whose stems are irregular.
    #[test]
    fn stemmers_keep_the_first_two_bytes() {
        let kb = knowledge_base();
        let irregular = "dying lying tying skies skis idly gently ugly early only singly news \
                         yield yelling cries ties quietly aïeux yeux queue as is us ass aing \
                         eed bed feed agreed ied ies dies";
        let mut checked = 0;
        for lang in Lang::ALL {
            let Some(algorithm) = stemmer_algorithm(lang) else {
                continue;
            };
            let stemmer = frostem::Stemmer::new(algorithm);
            let mut base = language_analyzer(Lang::Sw); // no stemming: the folded words
            let text = format!("{irregular} {}", kb_text(&kb, lang));
            for word in analyze(&mut base, &text) {
                let stem = stemmer.stem(&word);
                let keep = stem.len().min(word.len()).min(2);
                assert!(
                    stem.as_bytes()[..keep] == word.as_bytes()[..keep]
                        || (lang == Lang::En && IRREGULAR_STARTS.contains(&word.as_str())),
                    "{lang:?}: {word:?} stems to {stem:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 1_000, "only {checked} words checked");
    }

    /// Over the whole knowledge base, a word is a query term after the snippet analyzer exactly
    /// when it is one after the language's analyzer (terms: every fifth distinct stem).
    #[test]
    fn snippet_analyzer_finds_the_terms_the_full_analyzer_finds() {
        let kb = knowledge_base();
        for lang in Lang::ALL {
            let text = kb_text(&kb, lang);
            if text.trim().is_empty() {
                continue; // a language the knowledge base has no text in yet
            }
            let full = analyze(&mut language_analyzer(lang), &text);
            let mut distinct = full.clone();
            distinct.sort();
            distinct.dedup();
            let terms: Vec<&str> = distinct.iter().step_by(5).map(String::as_str).collect();
            let gated = analyze(&mut snippet_analyzer(lang, terms.iter().copied()), &text);
            assert_eq!(full.len(), gated.len(), "{lang:?}");
            let mut found = 0;
            for (f, g) in full.iter().zip(&gated) {
                let is_term = terms.contains(&f.as_str());
                assert_eq!(
                    is_term,
                    terms.contains(&g.as_str()),
                    "{lang:?}: {f:?} / {g:?}"
                );
                found += usize::from(is_term);
            }
            assert!(found > 100, "{lang:?}: only {found} term occurrences");
        }
    }

    /// The snippet analyzer gives the language analyzer's tokens for words that start like a
    /// term, and leaves the others unstemmed.
    #[test]
    fn snippet_analyzer_stems_only_gated_words() {
        let mut full = language_analyzer(Lang::En);
        let mut gated = snippet_analyzer(Lang::En, ["pond", "sediment", "die", "a"]);
        let text = "Settling ponds hold sediments; mining wastes settle; dying trees, a dams";
        assert_eq!(
            analyze(&mut gated, text),
            vec![
                "settl", "pond", "hold", "sediment", "mining", "wastes", "settl", "die", "trees",
                "a", "dams"
            ]
        );
        assert_eq!(
            analyze(&mut full, "ponds sediments"),
            vec!["pond", "sediment"]
        );
        let mut sw = snippet_analyzer(Lang::Sw, ["maji"]);
        assert_eq!(analyze(&mut sw, "Maji safi"), vec!["maji", "safi"]);
    }

    /// French stemming with folding maps the plural with accents to the singular without.
    #[test]
    fn french_analyzer_stems_and_folds() {
        let mut fr = language_analyzer(Lang::Fr);
        assert_eq!(
            analyze(&mut fr, "coopératives"),
            analyze(&mut fr, "cooperative")
        );
        let mut sw = language_analyzer(Lang::Sw);
        assert_eq!(analyze(&mut sw, "Uchimbaji"), vec!["uchimbaji"]);
    }
}

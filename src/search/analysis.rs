//! Text analysis: the tokenizer chain of each language (the words of [`crate::text`] in every
//! script, folded; then the language's Snowball stemmer where it has one), the name analyzer,
//! the query-side word splitting and stop words, and the folding of words for the names fields.
//! The rest of search analyses text only through here.

use crate::lang::Lang;
use crate::text;
use std::borrow::Cow;
use tantivy::Index;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Words longer than this (in characters) are dropped: they are noise (hashes, pasted junk).
const MAX_WORD_CHARS: usize = 40;

/// The tokenizer name of the names analyzer: fold, no stemming. Every name starts with
/// `miners_`, which no language code can be mistaken for.
pub(crate) const NAMES_TOKENIZER: &str = "miners_names";

/// How one language's fields are analysed: the one table a new language adds a line to.
#[derive(Debug, Clone, Copy)]
struct LangAnalysis {
    /// The name its analyzer is registered under.
    tokenizer: &'static str,
    /// Its Snowball stemmer, if it has one that is safe to use. Languages without one (Swahili,
    /// whose grammar works by prefixes; Malagasy, Sinhala, Burmese, which Snowball lacks) are
    /// matched on folded words, with synonyms, typo tolerance and (Burmese) syllable pairs.
    stemmer: Option<frostem::Algorithm>,
}

/// The analysis of each language: its tokenizer's name, and the language table's stemmer.
fn lang_analysis(lang: Lang) -> LangAnalysis {
    // The stemmer is the language table's column (src/lang.rs); the names only need to differ.
    let tokenizer = match lang {
        Lang::En => "miners_en",
        Lang::Fr => "miners_fr",
        Lang::Es => "miners_es",
        Lang::Pt => "miners_pt",
        Lang::Sw => "miners_sw",
        Lang::Mg => "miners_mg",
        Lang::Si => "miners_si",
        Lang::Ta => "miners_ta",
        Lang::My => "miners_my",
    };
    LangAnalysis {
        tokenizer,
        stemmer: lang.stemmer(),
    }
}

/// The tokenizer name registered for a language's analyzer.
pub(crate) fn tokenizer_name(lang: Lang) -> &'static str {
    lang_analysis(lang).tokenizer
}

/// The Snowball algorithm of a language's stemmer, if it has one.
pub(crate) fn stemmer_algorithm(lang: Lang) -> Option<frostem::Algorithm> {
    lang_analysis(lang).stemmer
}

/// The tokenizer of every field: the words of [`text::for_each_word`] (NFC, Unicode word
/// boundaries, Burmese syllables, Zawgyi converted to Unicode), folded by [`text::fold`], and
/// none longer than [`MAX_WORD_CHARS`].
#[derive(Clone, Default)]
pub(crate) struct WordTokenizer {
    token: Token,
}

/// The tokens of one text (see [`WordTokenizer`]).
pub(crate) struct WordStream<'a> {
    words: std::vec::IntoIter<(std::ops::Range<usize>, Cow<'a, str>)>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        self.token.position = usize::MAX;
        let mut words = Vec::new();
        text::for_each_word(text, |span, word| {
            if word.chars().nth(MAX_WORD_CHARS).is_none() {
                words.push((span, word));
            }
        });
        WordStream {
            words: words.into_iter(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((span, word)) = self.words.next() else {
            return false;
        };
        self.token.text.clear();
        text::fold_into(&word, &mut self.token.text);
        self.token.offset_from = span.start;
        self.token.offset_to = span.end;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The analyzer of a language's title, body and keywords fields: [`WordTokenizer`] (so
/// `coopérative` and `cooperative` meet), then the language's stemmer.
pub(crate) fn language_analyzer(lang: Lang) -> TextAnalyzer {
    let base = TextAnalyzer::builder(WordTokenizer::default());
    match stemmer_algorithm(lang) {
        Some(algorithm) => base
            .filter(GatedStemmer {
                algorithm,
                gate: Gate::All,
            })
            .build(),
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
    let base = TextAnalyzer::builder(WordTokenizer::default());
    match stemmer_algorithm(lang) {
        Some(algorithm) => {
            let mut short = [false; 256];
            let mut prefixes = Vec::new();
            for t in terms {
                match *t.as_bytes() {
                    [] => {}
                    [b] => short[usize::from(b)] = true,
                    [a, b, ..] => prefixes.push([a, b]),
                }
            }
            prefixes.sort_unstable();
            prefixes.dedup();
            let gate = Gate::Terms(Box::new(TermStarts { short, prefixes }));
            base.filter(GatedStemmer { algorithm, gate }).build()
        }
        None => base.build(),
    }
}

/// English words whose stem does not keep their first two letters (Snowball's exceptions).
const IRREGULAR_STARTS: &[&str] = &["dying", "lying", "tying"];

/// Which tokens a [`GatedStemmer`] stems.
#[derive(Clone)]
enum Gate {
    /// Every token (the fields' analyzers).
    All,
    /// Tokens that start like a query term ([`snippet_analyzer`]).
    Terms(Box<TermStarts>),
}

/// How the query terms start (see [`snippet_analyzer`]).
#[derive(Clone)]
struct TermStarts {
    /// First bytes of the one-byte terms.
    short: [bool; 256],
    /// First two bytes of the longer terms, sorted.
    prefixes: Vec<[u8; 2]>,
}

impl Gate {
    fn lets_in(&self, token: &str) -> bool {
        let Gate::Terms(t) = self else {
            return true;
        };
        match *token.as_bytes() {
            [] => false,
            [a, ..] if t.short[usize::from(a)] => true,
            [a, b, ..] => {
                t.prefixes.binary_search(&[a, b]).is_ok() || IRREGULAR_STARTS.contains(&token)
            }
            [_] => false,
        }
    }
}

/// A stemmer filter (frostem's Snowball stemmers, the ones tantivy uses) that stems the tokens
/// its [`Gate`] lets in.
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
    TextAnalyzer::builder(WordTokenizer::default()).build()
}

/// The analyzers of one thread: the names analyzer, then one per language in [`Lang::ALL`]
/// order. Building them allocates, so each thread keeps its own set.
pub(crate) struct Analyzers {
    /// [`names_analyzer`].
    pub names: TextAnalyzer,
    /// [`language_analyzer`] of each language, by [`Lang::index`].
    pub langs: [TextAnalyzer; Lang::COUNT],
}

thread_local! {
    static ANALYZERS: std::cell::RefCell<Analyzers> = std::cell::RefCell::new(Analyzers {
        names: names_analyzer(),
        langs: Lang::ALL.map(language_analyzer),
    });
}

/// Runs `f` with this thread's analyzers.
pub(crate) fn with_analyzers<R>(f: impl FnOnce(&mut Analyzers) -> R) -> R {
    ANALYZERS.with(|a| f(&mut a.borrow_mut()))
}

/// `text` through the analyzer of `lang`'s fields (stemmed where the language has a stemmer).
pub(crate) fn analyze_lang(lang: Lang, text: &str) -> Vec<String> {
    with_analyzers(|a| analyze(&mut a.langs[lang.index()], text))
}

/// The languages whose analyzers stem.
pub(crate) fn stemmed_langs() -> impl Iterator<Item = Lang> {
    Lang::ALL
        .into_iter()
        .filter(|&lang| stemmer_algorithm(lang).is_some())
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

/// Splits what a person typed into lower-case words, the way the index tokenizer does
/// ([`text::for_each_word`]): query syntax (`title:(`, quotes, `*`, brackets) becomes plain
/// separators, and control characters, emoji and punctuation disappear; Burmese becomes
/// syllables (in Unicode, when it was typed in Zawgyi).
pub(crate) fn query_words(text: &str) -> Vec<String> {
    let mut end = text.len().min(MAX_QUERY_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut words = Vec::new();
    text::for_each_word(&text[..end], |_, w| {
        if words.len() < MAX_QUERY_WORDS * 2 && w.chars().nth(MAX_WORD_CHARS).is_none() {
            words.push(w.to_lowercase());
        }
    });
    words
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

/// The words of `text` folded as the names field holds them, joined by one space (the word
/// normaliser of [`text::fold_words`], which the names analyzer's tokens are).
pub(crate) fn fold_text(text: &str) -> String {
    text::fold_words(text)
}

/// Folds words and joins them with single spaces.
pub(crate) fn fold_words(words: &[String]) -> String {
    let mut out = String::new();
    for w in words {
        let folded = fold_text(w);
        if !folded.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&folded);
        }
    }
    out
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

    /// Every language's analyzer and the names analyzer keep a Tamil or Sinhala word whole (one
    /// token: the word, or its stem where the language stems, as Tamil does) and cut Burmese into
    /// syllables; a query typed in Zawgyi gives the Unicode syllables.
    #[test]
    fn analyzers_keep_words_of_every_script_whole() {
        let tamil = "இரத்தினக்கல்";
        let mut analyzers: Vec<(Option<frostem::Algorithm>, TextAnalyzer)> = Lang::ALL
            .map(|l| (stemmer_algorithm(l), language_analyzer(l)))
            .into();
        analyzers.push((None, names_analyzer()));
        for (algorithm, a) in &mut analyzers {
            let whole = match algorithm {
                Some(alg) => frostem::Stemmer::new(*alg).stem(tamil).to_string(),
                None => tamil.to_string(),
            };
            assert_eq!(analyze(a, tamil), [whole]);
            assert_eq!(analyze(a, "ශ්‍රී"), ["ශ්‍රී"]);
            assert_eq!(analyze(a, "ကျောက်မျက်"), ["ကျောက်", "မျက်"]);
        }
        assert_eq!(query_words("ေက်ာက္မ်က္"), ["ကျောက်", "မျက်"]);
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

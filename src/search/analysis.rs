//! Text analysis: the tokenizer chain of each language (stemming for en/fr/es/pt, accent folding
//! everywhere, no stemming for Swahili), the name analyzer, and the query-side word splitting and
//! stop words.

use crate::lang::Lang;
use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenStream,
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
    }
}

/// The Snowball stemmer for a language, if it has one (Swahili has none that is safe to use:
/// its grammar works by prefixes, and stripping them blindly merges unrelated words).
fn stemmer_language(lang: Lang) -> Option<Language> {
    match lang {
        Lang::En => Some(Language::English),
        Lang::Fr => Some(Language::French),
        Lang::Es => Some(Language::Spanish),
        Lang::Pt => Some(Language::Portuguese),
        Lang::Sw => None,
    }
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

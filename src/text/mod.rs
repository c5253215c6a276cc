//! Words and folding: the one place that decides where a word starts and ends, and when two
//! spellings are the same word. The search analyzers, query splitting, name lookups in the
//! knowledge base and the filters of commands all go through here, so a name lookup and the
//! index can never fold a letter differently.
//!
//! - [`fold`]: lower case and accents off, with a fixed treatment of the letters that have no
//!   accent to strip (see [`fold`]); every other character kept.
//! - [`fold_phrase`]: [`fold`], with white space collapsed (names as written, punctuation kept).
//! - [`words`]: the words of a text in every script: NFC, then Unicode word boundaries (UAX #29)
//!   cut further at punctuation; Burmese (no spaces between words) cut into syllables, and
//!   Zawgyi-encoded Burmese converted to Unicode first.
//! - [`fold_words`]: the words of a text, folded, joined by one space: the word normaliser.

pub mod myanmar;

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use unicode_segmentation::UnicodeSegmentation;

/// Lower case without accents: `Sécurité` → `securite`, `ÀÉÎÕÜ` → `aeiou`.
///
/// Accents are the combining diacritical marks U+0300–U+036F (the acute, grave, circumflex,
/// tilde, diaeresis, cedilla, ring, caron, … of Latin, Greek and Cyrillic letters): a letter
/// that decomposes into a base and such marks keeps its base. The marks of other scripts (Tamil
/// pulli, Sinhala al-lakuna, Myanmar asat and virama, Devanagari vowel signs, …) are part of
/// their letters and are kept. Letters with no decomposition are mapped by a fixed table:
/// `œ` → `oe`, `æ` → `ae`, `ø` → `o`, `ß`/`ẞ` → `ss`, `ł` → `l`, `đ`/`ð` → `d`, `þ` → `th`,
/// `ħ` → `h`, `ı` → `i`, `ŀ` → `l`, `ŧ` → `t`; Latin ligatures (`ﬁ`, `ĳ`) and full-width
/// forms become their letters. Everything else (digits, punctuation, spaces, other scripts) is
/// kept as it is; text that is not in NFC is normalised first.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    // Fast path, measured: runs of ASCII are copied whole and lower-cased in place (snippets fold
    // paragraph after paragraph, and a character at a time was a tenth of a reply's time).
    let start = out.len();
    let text: Cow<'_, str> = if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    };
    let mut rest: &str = &text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.push_str(&rest[..ascii]);
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            for lower in c.to_lowercase() {
                fold_char(lower, out);
            }
        }
        rest = chars.as_str();
    }
    // Only the ASCII copied above can be upper case: the rest was lowered.
    out[start..].make_ascii_lowercase();
}

/// Appends a lower-case character without its accents (see [`fold`]).
fn fold_char(c: char, out: &mut String) {
    let special = match c {
        'œ' => "oe",
        'æ' => "ae",
        'ø' => "o",
        'ß' => "ss",
        'ł' | 'ŀ' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ħ' => "h",
        'ı' => "i",
        'ŧ' => "t",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
    } else if is_accent(c) {
        // A combining accent on its own (decomposed input): dropped.
    } else if matches!(c, '\u{FB00}'..='\u{FB06}' | '\u{FF01}'..='\u{FF5E}' | 'ĳ') {
        // Latin ligatures and full-width forms: their letters (compatibility decomposition).
        unicode_normalization::char::decompose_compatible(c, |d| {
            for lower in d.to_lowercase() {
                out.push(lower);
            }
        });
    } else if c.is_ascii() || !has_accent(c) {
        out.push(c);
    } else {
        unicode_normalization::char::decompose_canonical(c, |d| {
            if !is_accent(d) {
                out.push(d);
            }
        });
    }
}

/// Whether `c` is one of the combining diacritical marks that [`fold`] takes off.
fn is_accent(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Whether `c` decomposes into a base and at least one accent (`é`, `ǖ`; not Tamil `ொ`).
fn has_accent(c: char) -> bool {
    let mut found = false;
    unicode_normalization::char::decompose_canonical(c, |d| found |= is_accent(d));
    found
}

/// [`fold`] with runs of white space made one space and none at either end: names as they are
/// written (`"  CooperAcción  Perú "` → `"cooperaccion peru"`), punctuation kept.
pub fn fold_phrase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for part in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        fold_into(part, &mut out);
    }
    out
}

/// The words of `text`, folded, joined by one space (`"Coopératives-minières (2024)"` →
/// `"cooperatives minieres 2024"`): for comparing names, filters and phrases word by word.
pub fn fold_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for_each_word(text, |_, word| {
        if !out.is_empty() {
            out.push(' ');
        }
        fold_into(&word, &mut out);
    });
    out
}

/// One word of a text: where it is in the text (byte offsets) and its text in NFC (for
/// Zawgyi-encoded Burmese, converted to Unicode; then `span` covers the whole run converted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offsets of the word in the text it came from.
    pub span: std::ops::Range<usize>,
    /// The word, normalised (not folded).
    pub text: Cow<'a, str>,
}

/// The words of `text`, in order (see [`for_each_word`]).
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for_each_word(text, |span, text| out.push(Word { span, text }));
    out
}

/// Calls `f` with each word of `text`: its byte range and its normalised text.
///
/// A word is a run of letters, digits and the marks that belong to them: the text is cut at
/// Unicode word boundaries (UAX #29, which keeps combining marks, viramas and ZWJ/ZWNJ inside a
/// word) and then at every grapheme that does not start with a letter or digit (so `l'eau` is
/// `l` and `eau`, `title:foo` is `title` and `foo`, `a_b` is `a` and `b`). Runs of Burmese,
/// which UAX #29 does not cut into words, are cut into syllables ([`myanmar::syllables`]),
/// after conversion to Unicode if they are in the Zawgyi encoding. Words are in NFC.
pub fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(std::ops::Range<usize>, Cow<'a, str>)) {
    // Zawgyi or not is decided once for the text: a short word can be valid in both.
    let zawgyi =
        !text.is_ascii() && text.chars().any(myanmar::is_myanmar) && myanmar::is_zawgyi(text);
    let mut offset = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let base = offset;
        offset += chunk.len();
        if chunk.is_ascii() {
            // Fast path: in ASCII, UAX #29 plus the cut at punctuation is exactly runs of
            // letters and digits.
            ascii_words(chunk, base, &mut f);
        } else {
            unicode_words(chunk, base, zawgyi, &mut f);
        }
    }
}

/// The runs of ASCII letters and digits of `chunk` (which starts at `base` in the text).
fn ascii_words<'a>(
    chunk: &'a str,
    base: usize,
    f: &mut impl FnMut(std::ops::Range<usize>, Cow<'a, str>),
) {
    let mut start = None;
    for (i, b) in chunk.bytes().enumerate() {
        match (b.is_ascii_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(base + s..base + i, Cow::Borrowed(&chunk[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        f(base + s..base + chunk.len(), Cow::Borrowed(&chunk[s..]));
    }
}

/// The words of a chunk that holds non-ASCII text (see [`for_each_word`]).
fn unicode_words<'a>(
    chunk: &'a str,
    base: usize,
    zawgyi: bool,
    f: &mut impl FnMut(std::ops::Range<usize>, Cow<'a, str>),
) {
    // A run of Burmese segments not yet handed out: UAX #29 cuts Burmese at every letter.
    let mut myanmar_run: Option<std::ops::Range<usize>> = None;
    let flush = |run: &mut Option<std::ops::Range<usize>>,
                 f: &mut dyn FnMut(std::ops::Range<usize>, Cow<'a, str>)| {
        if let Some(r) = run.take() {
            myanmar::words(&chunk[r.clone()], base + r.start, zawgyi, f);
        }
    };
    for (at, segment) in chunk.split_word_bound_indices() {
        let first = segment.chars().next().unwrap_or(' ');
        if myanmar::is_myanmar(first) {
            let run = myanmar_run.get_or_insert(at..at);
            run.end = at + segment.len();
            continue;
        }
        flush(&mut myanmar_run, f);
        let mut start: Option<usize> = None;
        for (g, grapheme) in segment.grapheme_indices(true) {
            let letter = grapheme.chars().next().is_some_and(char::is_alphanumeric);
            match (letter, start) {
                (true, None) => start = Some(g),
                (false, Some(s)) => {
                    emit(&segment[s..g], base + at + s, f);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            emit(&segment[s..], base + at + s, f);
        }
    }
    flush(&mut myanmar_run, f);
}

/// Hands out one word (at `at` in the text) in NFC.
fn emit<'a>(
    word: &'a str,
    at: usize,
    f: &mut (impl FnMut(std::ops::Range<usize>, Cow<'a, str>) + ?Sized),
) {
    f(at..at + word.len(), nfc(word));
}

/// `text` in NFC (borrowed when it already is).
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .map(|w| w.text.into_owned())
            .collect()
    }

    /// The fixed treatment of letters without a decomposition, and accents off everywhere.
    #[test]
    fn fold_treats_special_letters_the_documented_way() {
        assert_eq!(
            fold("Œuvre Ærø Straße STRAẞE"),
            "oeuvre aero strasse strasse"
        );
        assert_eq!(fold("Łódź Đakovo Þór Ħal ı"), "lodz dakovo thor hal i");
        assert_eq!(fold("ﬁne ĳzer ＡＢＣ"), "fine ijzer abc");
        assert_eq!(
            fold("Sécurité des COOPÉRATIVES"),
            "securite des cooperatives"
        );
        assert_eq!(fold("İstanbul Ñandú ǖ"), "istanbul nandu u");
        // Decomposed input folds like composed input.
        assert_eq!(fold("Se\u{301}curite\u{301}"), "securite");
    }

    /// Marks of other scripts are part of their letters: folding keeps them.
    #[test]
    fn fold_keeps_the_marks_of_other_scripts() {
        for word in ["இரத்தினக்கல்", "ශ්‍රී", "ကျောက်မျက်", "रत्न", "кристалл"]
        {
            assert_eq!(fold(word), word.to_lowercase(), "{word}");
        }
        // Cyrillic and Greek accents are accents too.
        assert_eq!(fold("Ё ά"), "е α");
    }

    /// The fast ASCII path gives what folding one character at a time gives.
    #[test]
    fn fold_fast_path_matches_folding_each_character() {
        for text in [
            "",
            "Settling PONDS",
            "Sécurité des COOPÉRATIVES, à Ilakaka",
            "İstanbul ÀÉÎÕÜ Ñandú 💎 “quotes” — dash",
            "mixed Ünïcödé and ascii ÇA",
        ] {
            let mut slow = String::new();
            for c in text.chars().flat_map(char::to_lowercase) {
                fold_char(c, &mut slow);
            }
            assert_eq!(fold(text), slow, "{text:?}");
        }
    }

    /// Phrases keep punctuation and lose extra white space.
    #[test]
    fn fold_phrase_collapses_white_space() {
        assert_eq!(fold_phrase("  CooperAcción  Perú "), "cooperaccion peru");
        assert_eq!(
            fold_phrase("Mintek (South\tAfrica)"),
            "mintek (south africa)"
        );
    }

    /// Words are cut at punctuation and apostrophes, in ASCII and beyond.
    #[test]
    fn words_are_cut_at_punctuation() {
        assert_eq!(texts("title:(Mintek"), ["title", "Mintek"]);
        assert_eq!(
            texts("l'eau d’amont a_b 3.5"),
            ["l", "eau", "d", "amont", "a", "b", "3", "5"]
        );
        assert_eq!(
            texts("Coopératives-minières (2024)"),
            ["Coopératives", "minières", "2024"]
        );
        assert!(texts("[[ ]] ** \u{1F600} — …").is_empty());
        assert_eq!(
            fold_words("Coopératives-minières (2024)"),
            "cooperatives minieres 2024"
        );
    }

    /// Offsets point at the word in the original text, also after normalisation.
    #[test]
    fn word_spans_point_into_the_text() {
        let text = "Se\u{301}curite\u{301}, l'eau";
        for w in words(text) {
            assert_eq!(nfc(&text[w.span.clone()]), w.text, "{w:?}");
        }
        assert_eq!(texts(text), ["Sécurité", "l", "eau"]);
    }

    /// Tamil is not cut at the pulli: `இரத்தினக்கல்` (gemstone) is one word.
    #[test]
    fn tamil_word_is_not_cut_at_the_pulli() {
        assert_eq!(texts("இரத்தினக்கல் சுரங்கம்."), ["இரத்தினக்கல்", "சுரங்கம்"]);
    }

    /// Sinhala keeps the al-lakuna and the zero-width joiner inside its words.
    #[test]
    fn sinhala_keeps_al_lakuna_and_zwj() {
        let words = texts("ශ්‍රී ලංකාවේ මැණික් පතල්");
        assert_eq!(words, ["ශ්‍රී", "ලංකාවේ", "මැණික්", "පතල්"]);
        assert!(words[0].contains('\u{0DCA}') && words[0].contains('\u{200D}'));
    }

    /// Devanagari conjuncts stay whole too (virama and vowel signs inside the word).
    #[test]
    fn devanagari_word_is_whole() {
        assert_eq!(texts("रत्न खनन"), ["रत्न", "खनन"]);
    }
}

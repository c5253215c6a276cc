//! Burmese text: syllables (Burmese writes no spaces between words) and the Zawgyi encoding
//! (much Burmese typed on phones is Zawgyi, which reuses Unicode's Myanmar code points in
//! another order and meaning), so that a Zawgyi query finds the Unicode text.
//!
//! Hand-written, with the reason: crates.io has no Zawgyi detector or converter (google's
//! myanmar-tools has no Rust client; Rabbit's Rust port is not published and needs
//! fancy-regex), and the one syllable crate (`myanmar_util`, one release) pulls clap and
//! fancy-regex and returns a joined string. The detector is rule-based (code points and orders
//! that only Zawgyi uses), not google's statistical model: it misreads Unicode Shan text
//! (which uses the code points Zawgyi took over) and very short ambiguous strings stay as typed.

use std::borrow::Cow;
use std::ops::Range;

/// Whether `c` belongs to the Myanmar script (the Myanmar block and its extensions).
pub fn is_myanmar(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{109F}' | '\u{A9E0}'..='\u{A9FF}' | '\u{AA60}'..='\u{AA7F}')
}

/// A consonant (or the great sa), which starts a syllable.
fn is_consonant(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}' | '\u{103F}')
}

/// A letter that starts a syllable: a consonant or an independent vowel.
fn starts_syllable(c: char) -> bool {
    is_consonant(c) || matches!(c, '\u{1023}'..='\u{102A}')
}

const VIRAMA: char = '\u{1039}';
const ASAT: char = '\u{103A}';
const DOT_BELOW: char = '\u{1037}';

/// The syllables of a run of Unicode Burmese, as byte ranges of `run`, by the sylbreak rule
/// (Ye Kyaw Thu): a syllable starts at a consonant or independent vowel, unless it is stacked
/// under the previous one (after a virama) or is a final (followed, perhaps after a medial, by
/// an asat, virama or dot below). Digits and symbols are syllables of their own.
pub fn syllables(run: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let mut starts = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        let begins = if starts_syllable(c) {
            let mut next = chars.get(i + 1).map(|&(_, n)| n);
            if matches!(next, Some('\u{103B}' | '\u{103E}')) {
                next = chars.get(i + 2).map(|&(_, n)| n);
            }
            prev != Some(VIRAMA) && !matches!(next, Some(VIRAMA | ASAT | DOT_BELOW))
        } else {
            // Digits, punctuation and anything that is not a mark start a syllable.
            !is_mark(c) && !prev.is_some_and(|p| is_digit(p) && is_digit(c))
        };
        if begins || i == 0 {
            starts.push(at);
        }
    }
    let mut out: Vec<Range<usize>> = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(run.len());
        out.push(s..e);
    }
    out
}

/// Myanmar digits.
fn is_digit(c: char) -> bool {
    matches!(c, '\u{1040}'..='\u{1049}')
}

/// A vowel sign, medial, tone mark or other mark that belongs to the syllable before it (and
/// the joiners, which do too).
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{102B}'..='\u{103E}' | '\u{1056}'..='\u{1059}' | '\u{105E}'..='\u{1060}'
            | '\u{1062}'..='\u{1064}' | '\u{1067}'..='\u{106D}' | '\u{1071}'..='\u{1074}'
            | '\u{1082}'..='\u{108D}' | '\u{108F}' | '\u{109A}'..='\u{109D}'
            | '\u{200C}' | '\u{200D}'
    )
}

/// Hands out the words of a run of Burmese (at `base` in the text): its syllables, each with
/// its range in the text, after conversion to Unicode when the text is `zawgyi` (then each
/// syllable's range is the whole run: Zawgyi orders letters differently).
pub fn words<'a>(
    run: &'a str,
    base: usize,
    zawgyi: bool,
    f: &mut dyn FnMut(Range<usize>, Cow<'a, str>),
) {
    if zawgyi {
        let unicode = zawgyi_to_unicode(run);
        for s in syllables(&unicode) {
            let syllable = &unicode[s];
            if syllable.chars().any(char::is_alphanumeric) {
                f(base..base + run.len(), Cow::Owned(syllable.to_string()));
            }
        }
        return;
    }
    for s in syllables(run) {
        let syllable = &run[s.clone()];
        if syllable.chars().any(char::is_alphanumeric) {
            f(base + s.start..base + s.end, super::nfc(syllable));
        }
    }
}

/// Whether a text's Burmese is in the Zawgyi encoding: it holds code points or orders that
/// only Zawgyi uses (more of them than signs of Unicode). Decided for a whole text (a query,
/// a field), since a short word can be valid in both encodings.
///
/// Zawgyi signs: the code points U+1033–U+1034 and U+105A–U+1097 (stacked letters, kinzi,
/// variants), none of which Burmese uses in Unicode; the vowel sign e (U+1031) or Zawgyi's
/// medial ra (U+103B) before their consonant (at the start, or after something that is not a
/// consonant or mark); a virama (Zawgyi's asat) with no consonant after it. Unicode signs: the
/// medial ha U+103E and the kinzi sequence, which Zawgyi writes otherwise.
pub fn is_zawgyi(run: &str) -> bool {
    let chars: Vec<char> = run.chars().collect();
    let (mut zawgyi, mut unicode) = (0u32, 0u32);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        // In Unicode the vowel e and the medials follow a consonant or another medial.
        let after_letter =
            prev.is_some_and(|p| starts_syllable(p) || matches!(p, '\u{103B}'..='\u{103E}'));
        match c {
            '\u{1033}' | '\u{1034}' | '\u{105A}'..='\u{1097}' => zawgyi += 1,
            '\u{1031}' | '\u{103B}' if !after_letter => zawgyi += 1,
            VIRAMA if !next.is_some_and(is_consonant) => zawgyi += 1,
            '\u{103E}' => unicode += 1,
            '\u{1004}' if next == Some(ASAT) && chars.get(i + 2) == Some(&VIRAMA) => unicode += 1,
            _ => {}
        }
    }
    zawgyi > unicode
}

/// One unit of Zawgyi text read as Unicode, before it is put in Unicode's order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// A letter that starts a syllable, or any character that is not a mark.
    Base(char),
    /// A consonant stacked under the syllable's (virama + consonant).
    Stack(char),
    /// The kinzi (nga + asat + virama), which Unicode writes before the syllable's consonant.
    Kinzi,
    /// A mark of the syllable.
    Mark(char),
    /// The vowel sign e or the medial ra, which Zawgyi writes before the consonant.
    Before(char),
}

/// What a Zawgyi code point is in Unicode (one to three pieces).
fn zawgyi_pieces(c: char, out: &mut Vec<Piece>) {
    use Piece::{Base, Before, Kinzi, Mark, Stack};
    let stacked = |c: u32| Stack(char::from_u32(c).unwrap_or('\u{1000}'));
    match c {
        '\u{1031}' => out.push(Before('\u{1031}')),
        '\u{103B}' | '\u{107E}'..='\u{1084}' => out.push(Before('\u{103C}')),
        '\u{1033}' => out.push(Mark('\u{102F}')),
        '\u{1034}' => out.push(Mark('\u{1030}')),
        '\u{1039}' => out.push(Mark(ASAT)),
        '\u{103A}' => out.push(Mark('\u{103B}')),
        '\u{103C}' => out.push(Mark('\u{103D}')),
        '\u{103D}' | '\u{1087}' => out.push(Mark('\u{103E}')),
        '\u{1088}' => out.extend([Mark('\u{103E}'), Mark('\u{102F}')]),
        '\u{1089}' => out.extend([Mark('\u{103E}'), Mark('\u{1030}')]),
        '\u{108A}' => out.extend([Mark('\u{103D}'), Mark('\u{103E}')]),
        '\u{105A}' => out.extend([Mark('\u{102B}'), Mark(ASAT)]),
        '\u{1064}' => out.push(Kinzi),
        '\u{108B}' => out.extend([Kinzi, Mark('\u{102D}')]),
        '\u{108C}' => out.extend([Kinzi, Mark('\u{102E}')]),
        '\u{108D}' => out.extend([Kinzi, Mark('\u{1036}')]),
        '\u{108E}' => out.extend([Mark('\u{102D}'), Mark('\u{1036}')]),
        '\u{1094}' | '\u{1095}' => out.push(Mark(DOT_BELOW)),
        '\u{106A}' => out.push(Base('\u{1009}')),
        '\u{106B}' => out.push(Base('\u{100A}')),
        '\u{108F}' => out.push(Base('\u{1014}')),
        '\u{1090}' => out.push(Base('\u{101B}')),
        '\u{1086}' => out.push(Base('\u{103F}')),
        '\u{104E}' => out.extend([
            Base('\u{104E}'),
            Base('\u{1004}'),
            Mark(ASAT),
            Mark('\u{1038}'),
        ]),
        '\u{1060}'..='\u{1063}' => out.push(stacked(c as u32 - 0x1060 + 0x1000)),
        '\u{1065}' => out.push(stacked(0x1005)),
        '\u{1066}' | '\u{1067}' => out.push(stacked(0x1006)),
        '\u{1068}' => out.push(stacked(0x1007)),
        '\u{1069}' => out.push(stacked(0x1008)),
        '\u{106C}' => out.push(stacked(0x100B)),
        '\u{106D}' => out.push(stacked(0x100C)),
        '\u{1070}' => out.push(stacked(0x100F)),
        '\u{1071}' | '\u{1072}' => out.push(stacked(0x1010)),
        '\u{1073}' | '\u{1074}' => out.push(stacked(0x1011)),
        '\u{1075}' => out.push(stacked(0x1012)),
        '\u{1076}' => out.push(stacked(0x1013)),
        '\u{1077}' => out.push(stacked(0x1014)),
        '\u{1078}' => out.push(stacked(0x1015)),
        '\u{1079}' => out.push(stacked(0x1016)),
        '\u{107A}' => out.push(stacked(0x1017)),
        '\u{107B}' | '\u{1093}' => out.push(stacked(0x1018)),
        '\u{107C}' => out.push(stacked(0x1019)),
        '\u{1085}' => out.push(stacked(0x101C)),
        '\u{1096}' => out.extend([stacked(0x1010), Mark('\u{103D}')]),
        '\u{106E}' => out.extend([Base('\u{100D}'), stacked(0x100D)]),
        '\u{106F}' => out.extend([Base('\u{100D}'), stacked(0x100E)]),
        '\u{1091}' => out.extend([Base('\u{100F}'), stacked(0x100D)]),
        '\u{1092}' => out.extend([Base('\u{100B}'), stacked(0x100C)]),
        '\u{1097}' => out.extend([Base('\u{100B}'), stacked(0x100B)]),
        c if is_mark(c) => out.push(Mark(c)),
        c => out.push(Base(c)),
    }
}

/// Where a mark goes in a Unicode syllable (after its consonant and stacked consonants), by
/// Unicode's order (UTN #11): medials y, r, w, h; vowel e; upper, lower and tall vowels;
/// anusvara; then asat, dot below and visarga (NFC orders dot below and asat).
fn mark_order(c: char) -> u8 {
    match c {
        '\u{103B}' => 1,
        '\u{103C}' => 2,
        '\u{103D}' => 3,
        '\u{103E}' => 4,
        '\u{1031}' => 5,
        '\u{102D}' | '\u{102E}' | '\u{1032}' => 6,
        '\u{102F}' | '\u{1030}' => 7,
        '\u{102B}' | '\u{102C}' => 8,
        '\u{1036}' => 9,
        _ => 10,
    }
}

/// Converts Zawgyi text to Unicode: each code point to what it means, then each syllable in
/// Unicode's order (kinzi, consonant, stacked consonant, medials, vowel e, other vowels and
/// signs), then NFC.
pub fn zawgyi_to_unicode(text: &str) -> String {
    let mut pieces = Vec::with_capacity(text.len());
    for c in text.chars() {
        zawgyi_pieces(c, &mut pieces);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut before: Vec<char> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        match pieces[i] {
            Piece::Before(c) => {
                before.push(c);
                i += 1;
            }
            Piece::Base(c) if starts_syllable(c) => {
                // One syllable: this letter and the stacks and marks after it.
                let mut kinzi = false;
                let mut stacks = Vec::new();
                let mut marks: Vec<char> = std::mem::take(&mut before);
                i += 1;
                while let Some(p) = pieces.get(i) {
                    match *p {
                        Piece::Kinzi => kinzi = true,
                        Piece::Stack(s) => stacks.push(s),
                        Piece::Mark(m) => marks.push(m),
                        _ => break,
                    }
                    i += 1;
                }
                if kinzi {
                    out.push_str("\u{1004}\u{103A}\u{1039}");
                }
                out.push(c);
                for s in stacks {
                    out.push(VIRAMA);
                    out.push(s);
                }
                marks.sort_by_key(|&m| mark_order(m));
                marks.dedup_by(|a, b| a == b && mark_order(*a) < 10);
                out.extend(marks);
            }
            Piece::Base(c) | Piece::Mark(c) => {
                out.extend(before.drain(..));
                out.push(c);
                i += 1;
            }
            Piece::Stack(s) => {
                out.push(VIRAMA);
                out.push(s);
                i += 1;
            }
            Piece::Kinzi => {
                out.push_str("\u{1004}\u{103A}\u{1039}");
                i += 1;
            }
        }
    }
    out.extend(before);
    super::nfc(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(run: &str) -> Vec<&str> {
        syllables(run).into_iter().map(|r| &run[r]).collect()
    }

    /// Burmese is cut into syllables, keeping finals (asat), stacked letters and kinzi whole.
    #[test]
    fn burmese_is_cut_into_syllables() {
        assert_eq!(split("ကျောက်မျက်"), ["ကျောက်", "မျက်"]);
        assert_eq!(split("မင်္ဂလာပါ"), ["မင်္ဂ", "လာ", "ပါ"]);
        assert_eq!(split("သတ္တုတွင်း၂၀၂၄။"), ["သတ္တု", "တွင်း", "၂၀၂၄", "။"]);
    }

    /// Zawgyi text is detected and converted; Unicode text is left alone.
    #[test]
    fn zawgyi_is_detected_and_converted() {
        let cases = [
            // (Zawgyi, Unicode): gemstone, hello, a sentence of Rabbit's examples.
            ("ေက်ာက္မ်က္", "ကျောက်မျက်"),
            ("မဂၤလာပါ", "မင်္ဂလာပါ"),
            ("သီဟိုဠ္မွ ဉာဏ္ႀကီးရွင္သည္", "သီဟိုဠ်မှ ဉာဏ်ကြီးရှင်သည်"),
        ];
        for (zawgyi, unicode) in cases {
            assert!(is_zawgyi(zawgyi), "{zawgyi} not detected as Zawgyi");
            assert!(!is_zawgyi(unicode), "{unicode} taken for Zawgyi");
            assert_eq!(zawgyi_to_unicode(zawgyi), unicode);
        }
    }

    /// Zawgyi text gives the same words as the same text in Unicode.
    #[test]
    fn zawgyi_words_are_the_unicode_words() {
        let of = |t: &str| -> Vec<String> {
            crate::text::words(t)
                .into_iter()
                .map(|w| w.text.into_owned())
                .collect()
        };
        assert_eq!(of("ေက်ာက္မ်က္ တူးေဖာ္ျခင္း"), of("ကျောက်မျက် တူးဖော်ခြင်း"));
        assert_eq!(of("ကျောက်မျက်"), ["ကျောက်", "မျက်"]);
    }
}

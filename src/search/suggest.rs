//! "Did you mean": the name words of the knowledge base (id words, aliases, titles, keywords)
//! in a small in-memory term dictionary (an FST), searched with a Levenshtein automaton, so that
//! finding the close words does not scan the whole vocabulary.

use super::Error;
use super::analysis;
use crate::kb::KnowledgeBase;
use tantivy::Term;
use tantivy::directory::FileSlice;
use tantivy::postings::TermInfo;
use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::termdict::{TermDictionary, TermDictionaryBuilder};

/// The name words, each folded (as matched) with the form shown (lower case, as written).
pub(crate) struct Vocabulary {
    /// Folded words, sorted and unique; a word's term ordinal is its position in `shown`.
    dict: TermDictionary,
    /// The shown form of each word, in the dictionary's order.
    shown: Vec<String>,
}

impl Vocabulary {
    /// The vocabulary of a knowledge base: words of at least four letters.
    pub(crate) fn new(kb: &KnowledgeBase) -> Result<Vocabulary, Error> {
        let mut words: Vec<(String, String)> = Vec::new();
        let mut add = |text: &str| {
            for w in analysis::query_words(text) {
                if w.chars().count() >= 4 {
                    let folded = analysis::fold_text(&w);
                    if !folded.is_empty() {
                        words.push((folded, w));
                    }
                }
            }
        };
        for e in kb.entries() {
            add(&e.id.replace('-', " "));
            for a in &e.aliases {
                add(a);
            }
            for k in &e.keywords {
                add(k);
            }
            for t in e.text.values() {
                add(&t.title);
            }
        }
        words.sort();
        words.dedup_by(|a, b| a.0 == b.0);
        let io = |source: std::io::Error| Error::Io {
            path: "(suggestions dictionary in memory)".into(),
            source,
        };
        let mut builder = TermDictionaryBuilder::create(Vec::new()).map_err(io)?;
        let none = TermInfo {
            doc_freq: 0,
            postings_range: 0..0,
            positions_range: 0..0,
        };
        for (folded, _) in &words {
            builder.insert(folded.as_bytes(), &none).map_err(io)?;
        }
        let bytes = builder.finish().map_err(io)?;
        let dict = TermDictionary::open(FileSlice::from(bytes)).map_err(io)?;
        Ok(Vocabulary {
            dict,
            shown: words.into_iter().map(|(_, shown)| shown).collect(),
        })
    }

    /// Whether a folded word is in the vocabulary.
    pub(crate) fn contains(&self, folded: &str) -> bool {
        matches!(self.dict.term_ord(folded), Ok(Some(_)))
    }

    /// The words within `max` edits of a folded word, with their distance (unsorted). `field`
    /// is any text field: the automaton only uses the word.
    pub(crate) fn close(&self, folded: &str, max: u8, field: Field) -> Vec<(usize, String)> {
        let query = FuzzyTermQuery::new(Term::from_field_text(field, folded), max, true);
        let automaton = match query.automaton() {
            Ok(a) => a,
            Err(e) => {
                log::warn!("search::suggest: no automaton for {folded:?}: {e}");
                return Vec::new();
            }
        };
        let mut stream = match self.dict.search(automaton).into_stream() {
            Ok(s) => s,
            Err(e) => {
                log::warn!("search::suggest: cannot search the vocabulary: {e}");
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        while stream.advance() {
            let Ok(word) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            // The automaton counts a swap of two letters as one edit; the distance shown and
            // the bound are plain edit distance, as they always were.
            let Some(d) = bounded_levenshtein(folded, word, max as usize) else {
                continue;
            };
            if let Some(shown) = usize::try_from(stream.term_ord())
                .ok()
                .and_then(|i| self.shown.get(i))
            {
                out.push((d, shown.clone()));
            }
        }
        out
    }
}

/// The edit distance between two strings, if it is at most `max`.
pub(crate) fn bounded_levenshtein(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Edit distances are right, and give up beyond the bound.
    #[test]
    fn levenshtein_bounded() {
        assert_eq!(bounded_levenshtein("mintec", "mintek", 1), Some(1));
        assert_eq!(
            bounded_levenshtein("cooperacion", "cooperaccion", 2),
            Some(1)
        );
        assert_eq!(bounded_levenshtein("abc", "xyz", 2), None);
        assert_eq!(bounded_levenshtein("abcdef", "ab", 2), None);
    }
}

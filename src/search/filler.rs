//! Filler (`data/filler.toml`): greetings, polite words and question phrases ("hello", "how can
//! I", "what should we do", "tafadhali", "comment faire", "por favor") that say nothing about
//! what a person asks. They are dropped from a query before it is scored, so they never decide
//! the ranking, in any language; a query of nothing but filler searches for nothing (the reply
//! then says what to ask). A new language is a new line in the file, not code.
//!
//! Each item is a word or a phrase, split and folded as a query is (accents and case do not
//! matter; Burmese is split into syllables). A phrase is dropped only where its words follow
//! each other in the query: "how can I" goes, "can" alone stays. Every language's list applies
//! to every query (a message often mixes languages), so an item must mean nothing in the other
//! languages either.

use super::Error;
use super::analysis::{fold_text, query_words};
use crate::lang::Lang;
use std::collections::BTreeMap;
use std::path::Path;

/// The file name of the filler inside the data folder.
pub const FILE_NAME: &str = "filler.toml";

/// The filler phrases of every language, folded, longest first.
#[derive(Debug, Clone, Default)]
pub struct Filler {
    /// Each phrase's folded words; longer phrases first, so the longest match wins.
    phrases: Vec<Vec<String>>,
}

impl Filler {
    /// No filler: every word of a query counts.
    pub fn empty() -> Filler {
        Filler::default()
    }

    /// Loads `data_dir/filler.toml`; no file means no filler.
    pub fn load(data_dir: &Path) -> Result<Filler, Error> {
        let path = data_dir.join(FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(src) => Filler::parse(&src).map_err(|message| Error::Filler { path, message }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Filler::empty()),
            Err(source) => Err(Error::Io { path, source }),
        }
    }

    /// Parses the TOML text of a filler file: one list per language code,
    /// `en = ["hello", "how can i"]`. The error names the language or the item at fault.
    pub fn parse(src: &str) -> Result<Filler, String> {
        let raw: BTreeMap<String, Vec<String>> = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut phrases: Vec<Vec<String>> = Vec::new();
        for (code, items) in raw {
            if Lang::ALL.iter().all(|l| l.code() != code) {
                return Err(format!("{code:?} is not a language the bot speaks"));
            }
            for item in items {
                let words: Vec<String> = query_words(&item).iter().map(|w| fold_text(w)).collect();
                if words.is_empty() || words.iter().any(String::is_empty) {
                    return Err(format!("{code}: {item:?} holds no word"));
                }
                if !phrases.contains(&words) {
                    phrases.push(words);
                }
            }
        }
        phrases.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        Ok(Filler { phrases })
    }

    /// How many phrases there are.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The words of a query (as the search splits them) without its filler: at each word the
    /// longest phrase that starts there is dropped. May leave nothing.
    pub(crate) fn drop_from(&self, words: Vec<String>) -> Vec<String> {
        if self.phrases.is_empty() || words.is_empty() {
            return words;
        }
        let folded: Vec<String> = words.iter().map(|w| fold_text(w)).collect();
        let mut kept = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            let rest = &folded[i..];
            match self
                .phrases
                .iter()
                .find(|p| p.len() <= rest.len() && rest[..p.len()] == p[..])
            {
                Some(p) => i += p.len(),
                None => {
                    kept.push(words[i].clone());
                    i += 1;
                }
            }
        }
        kept
    }

    /// Whether `query` holds words and all of them are filler ("hello", "habari, tafadhali").
    pub fn is_only_filler(&self, query: &str) -> bool {
        let words = query_words(query);
        !words.is_empty() && self.drop_from(words).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        query_words(text)
    }

    /// Phrases go only where their words follow each other; the longest phrase wins; accents
    /// and case do not matter; what is left keeps its order.
    #[test]
    fn phrases_are_dropped_where_they_stand() {
        let filler = Filler::parse(
            "en = [\"hello\", \"how can i\", \"how\"]\nfr = [\"comment faire\", \"s'il vous plaît\"]\nsw = [\"tafadhali\", \"habari\"]",
        )
        .unwrap();
        assert_eq!(
            filler.drop_from(words("Hello, how can I get a permit?")),
            words("get a permit")
        );
        assert_eq!(filler.drop_from(words("can I sell")), words("can I sell"));
        assert_eq!(
            filler.drop_from(words("Comment faire une coopérative, s'il vous plait")),
            words("une coopérative")
        );
        assert_eq!(
            filler.drop_from(words("habari, tafadhali leseni")),
            words("leseni")
        );
        assert!(filler.is_only_filler("Habari! Tafadhali"));
        assert!(!filler.is_only_filler("habari leseni"));
        assert!(!filler.is_only_filler("   "));
    }

    /// A language the bot does not speak, or an item with no word, is refused by name.
    #[test]
    fn bad_files_are_refused_by_name() {
        let err = Filler::parse("xx = [\"hello\"]").unwrap_err();
        assert!(err.contains("xx"), "{err}");
        let err = Filler::parse("en = [\"?!\"]").unwrap_err();
        assert!(err.contains("?!"), "{err}");
        assert!(Filler::parse("en = 3").is_err());
    }

    /// The real file parses, and none of its items is a word the knowledge base is about: a
    /// filler item never hides what a miner asks for.
    #[test]
    fn the_real_file_parses_and_holds_no_topic_word() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let filler = Filler::load(&data).unwrap();
        assert!(filler.len() > 20, "{}", filler.len());
        let kb = crate::kb::KnowledgeBase::load(&data).unwrap();
        for entry in kb.entries() {
            let mut names: Vec<&str> = entry.aliases.iter().map(String::as_str).collect();
            names.extend(entry.keywords.iter().map(String::as_str));
            names.extend(entry.text.values().map(|t| t.title.as_str()));
            for name in names {
                assert!(
                    !filler.is_only_filler(name),
                    "{}: {name:?} would be dropped as filler",
                    entry.id
                );
            }
        }
    }
}

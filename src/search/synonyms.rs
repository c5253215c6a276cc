//! Synonym groups (`data/synonyms.toml`): words people use for the same thing (silt, sediment,
//! mud), so a query in one word also finds texts written with another, at a lower weight.

use super::Error;
use super::analysis::{analyze_lang, fold_text, stemmed_langs};
use crate::lang::Lang;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// The file name of the synonym groups inside the data folder.
pub const FILE_NAME: &str = "synonyms.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    groups: Vec<Vec<String>>,
}

/// Groups of equivalent words or phrases, with a lookup by word (folded, or stemmed in any
/// language, so "consultants" finds the group of "consultant").
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// Each group's members, folded (`sédiment` → `sediment`).
    groups: Vec<Vec<String>>,
    /// Folded word → groups it belongs to.
    by_word: HashMap<String, Vec<usize>>,
    /// `lang:stem` → groups.
    by_stem: HashMap<String, Vec<usize>>,
    /// A hash of the source text (part of the index's content hash).
    hash: String,
}

impl Synonyms {
    /// No synonyms.
    pub fn empty() -> Synonyms {
        Synonyms::default()
    }

    /// Loads `data_dir/synonyms.toml`; no file means no synonyms.
    pub fn load(data_dir: &Path) -> Result<Synonyms, Error> {
        let path = data_dir.join(FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(src) => Synonyms::parse(&src).map_err(|message| Error::Synonyms { path, message }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Synonyms::empty()),
            Err(source) => Err(Error::Io { path, source }),
        }
    }

    /// Parses the TOML text of a synonyms file: `groups = [["silt", "sediment"], …]`. The error
    /// names the group at fault.
    pub fn parse(src: &str) -> Result<Synonyms, String> {
        let raw: RawFile = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut syn = Synonyms {
            hash: hex(&Sha256::digest(src.as_bytes())),
            ..Synonyms::default()
        };
        for (i, group) in raw.groups.iter().enumerate() {
            let members: Vec<String> = group.iter().map(|w| fold_text(w)).collect();
            if members.len() < 2 {
                return Err(format!("groups[{i}]: a group needs at least two words"));
            }
            if let Some(j) = members.iter().position(String::is_empty) {
                return Err(format!("groups[{i}][{j}]: {:?} has no letters", group[j]));
            }
            let gi = syn.groups.len();
            for m in &members {
                if !m.contains(' ') {
                    push_unique(syn.by_word.entry(m.clone()).or_default(), gi);
                    for lang in stemmed_langs() {
                        if let Some(stem) = stem(lang, m) {
                            push_unique(syn.by_stem.entry(stem).or_default(), gi);
                        }
                    }
                }
            }
            syn.groups.push(members);
        }
        Ok(syn)
    }

    /// How many groups there are.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// A hash of the file's text (empty when there is no file).
    pub fn content_hash(&self) -> &str {
        &self.hash
    }

    /// The other members of the groups of a (lower-case) query word, folded; phrases keep their
    /// spaces. The word's own forms are left out.
    pub fn expand(&self, word: &str) -> Vec<String> {
        let folded = fold_text(word);
        if folded.is_empty() || folded.contains(' ') {
            return Vec::new();
        }
        let mut groups: Vec<usize> = self.by_word.get(&folded).cloned().unwrap_or_default();
        if groups.is_empty() {
            for lang in stemmed_langs() {
                if let Some(gs) = stem(lang, &folded).and_then(|s| self.by_stem.get(&s)) {
                    for &g in gs {
                        push_unique(&mut groups, g);
                    }
                }
            }
        }
        let mut out: Vec<String> = Vec::new();
        for g in groups {
            for m in &self.groups[g] {
                if *m != folded && !out.contains(m) {
                    out.push(m.clone());
                }
            }
        }
        out
    }
}

/// `lang:stem` of a single folded word, when the language's stemmer changes nothing else.
fn stem(lang: Lang, word: &str) -> Option<String> {
    let tokens = analyze_lang(lang, word);
    match tokens.as_slice() {
        [one] => Some(format!("{lang}:{one}")),
        _ => None,
    }
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word expands to the other members of its group, folded; stemmed forms find the group.
    #[test]
    fn expands_words_and_stems() {
        let s = Synonyms::parse(
            r#"groups = [["silt", "sediment", "mud"], ["consultant", "advisor", "Sédiment fin"]]"#,
        )
        .unwrap();
        assert_eq!(s.expand("Silt"), vec!["sediment", "mud"]);
        assert_eq!(
            s.expand("consultants"),
            vec!["consultant", "advisor", "sediment fin"]
        );
        assert!(s.expand("gold").is_empty());
    }

    /// A group of one word and a malformed file are errors naming the problem.
    #[test]
    fn rejects_bad_groups() {
        let err = Synonyms::parse(r#"groups = [["alone"]]"#).unwrap_err();
        assert!(err.contains("groups[0]"), "{err}");
        assert!(Synonyms::parse("groups = 3").is_err());
        assert!(
            Synonyms::parse(r#"groups = [["a", "!!"]]"#)
                .unwrap_err()
                .contains("[0][1]")
        );
    }
}

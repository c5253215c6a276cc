//! The curated knowledge base in `data/`: organisations, guides, case studies and country
//! pages, loaded from TOML files and validated, with errors that name the file and the field.

use crate::lang::{Lang, Review};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why the knowledge base could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data folder or one of its files could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file is not valid TOML or does not fit the schema.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the field where the parser knows it.
        message: String,
    },
    /// A field has a value the schema does not allow.
    #[error("{path}: field `{field}`: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The field, dotted (`text.fr.title`).
        field: String,
        /// What is wrong.
        message: String,
    },
    /// Two files declare the same id.
    #[error("{path}: id `{id}` is already used by {other}")]
    Duplicate {
        /// The second file.
        path: PathBuf,
        /// The id.
        id: String,
        /// The first file.
        other: PathBuf,
    },
}

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An organisation that helps miners.
    Org,
    /// Practical guidance on a topic.
    Guide,
    /// A case study (curated, or an approved submission).
    Case,
    /// One country's rules for small miners: licences, groups, markets, organisations.
    Country,
    /// A question answered by an expert and published (`/publish`): never a file in `data/`,
    /// always from the store.
    Answer,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 5] = [
        Kind::Org,
        Kind::Guide,
        Kind::Case,
        Kind::Country,
        Kind::Answer,
    ];

    /// The name used in files, the index and JSON (`org`, `guide`, `case`, `country`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Org => "org",
            Kind::Guide => "guide",
            Kind::Case => "case",
            Kind::Country => "country",
            Kind::Answer => "answer",
        }
    }

    /// Whether a data folder must have this kind's sub-folder. `country/` came later, so a data
    /// folder without it still loads (with no country pages).
    pub fn folder_required(self) -> bool {
        !matches!(self, Kind::Country | Kind::Answer)
    }

    /// Parses `org`, `guide`, `case` or `country`.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Part of the world an organisation or case belongs to, for `/orgs africa`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// Africa.
    Africa,
    /// South America.
    SouthAmerica,
    /// North America.
    NorthAmerica,
    /// Europe.
    Europe,
    /// Asia.
    Asia,
    /// Worldwide.
    Global,
}

impl Region {
    /// Every region.
    pub const ALL: [Region; 6] = [
        Region::Africa,
        Region::SouthAmerica,
        Region::NorthAmerica,
        Region::Europe,
        Region::Asia,
        Region::Global,
    ];

    /// The kebab-case name used in files (`south-america`).
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::SouthAmerica => "south-america",
            Region::NorthAmerica => "north-america",
            Region::Europe => "europe",
            Region::Asia => "asia",
            Region::Global => "global",
        }
    }
}

/// What kind of organisation it is, for `/orgs consulting`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Advocacy organisations.
    Advocacy,
    /// Regional organisations and resource centres.
    RegionalCentre,
    /// Consulting agencies and companies.
    Consulting,
    /// Non-governmental development organisations.
    Ngo,
    /// Industry bodies and labs.
    Industry,
    /// Government authorities.
    Government,
    /// Funders and foundations.
    Funder,
    /// Miners' own associations.
    Association,
    /// Research and knowledge centres.
    Research,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 9] = [
        Category::Advocacy,
        Category::RegionalCentre,
        Category::Consulting,
        Category::Ngo,
        Category::Industry,
        Category::Government,
        Category::Funder,
        Category::Association,
        Category::Research,
    ];

    /// The kebab-case name used in files (`regional-centre`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Advocacy => "advocacy",
            Category::RegionalCentre => "regional-centre",
            Category::Consulting => "consulting",
            Category::Ngo => "ngo",
            Category::Industry => "industry",
            Category::Government => "government",
            Category::Funder => "funder",
            Category::Association => "association",
            Category::Research => "research",
        }
    }
}

/// Whether an organisation still exists under the name shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Working today.
    Active,
    /// No longer exists.
    Closed,
    /// Continues under another name (the title gives it).
    Renamed,
    /// Could not be identified from any source.
    Unidentified,
    /// Not confirmed by the sources read: its link to mining, or whether it is active today
    /// (the English body says which).
    Unconfirmed,
}

impl Status {
    /// The lowercase name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Closed => "closed",
            Status::Renamed => "renamed",
            Status::Unidentified => "unidentified",
            Status::Unconfirmed => "unconfirmed",
        }
    }
}

/// Organisation-only fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgInfo {
    /// What kind of organisation.
    pub category: Category,
    /// Its website as of `checked`, if it has one.
    #[serde(default)]
    pub website: Option<String>,
    /// Whether it still exists.
    pub status: Status,
}

/// An entry's text in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The title (for an organisation, its name).
    pub title: String,
    /// One to three sentences.
    pub summary: String,
    /// The full text: paragraphs separated by blank lines, `- ` bullets. Required in English.
    #[serde(default)]
    pub body: Option<String>,
    /// Whether a native speaker has checked this translation (`review = "draft"` or
    /// `"reviewed"`); `None` where the file does not say (texts written before the field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// One knowledge-base entry, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, used by deep links, translations and tests.
    pub id: String,
    /// What the entry is.
    pub kind: Kind,
    /// When the sources were checked (`YYYY-MM-DD`).
    pub checked: String,
    /// The addresses the facts come from.
    pub sources: Vec<String>,
    /// Other names and abbreviations.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Extra search words, in any language.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Country, as an English name.
    #[serde(default)]
    pub country: Option<String>,
    /// Region.
    #[serde(default)]
    pub region: Option<Region>,
    /// Organisation fields, for `kind = "org"`.
    #[serde(default)]
    pub org: Option<OrgInfo>,
    /// Texts by language.
    pub text: BTreeMap<Lang, Text>,
}

impl Entry {
    /// The text in `lang`, falling back to English.
    pub fn text(&self, lang: Lang) -> &Text {
        self.text
            .get(&lang)
            .or_else(|| self.text.get(&Lang::En))
            .expect("validated entries have English text")
    }

    /// The English body (always present in validated entries).
    pub fn body(&self, lang: Lang) -> &str {
        self.text(lang)
            .body
            .as_deref()
            .or_else(|| self.text(Lang::En).body.as_deref())
            .unwrap_or_default()
    }

    /// Checks an entry read from `path` against the schema.
    pub fn validate(&self, path: &Path, folder_kind: Option<Kind>) -> Result<(), Error> {
        let invalid = |field: &str, message: String| Error::Invalid {
            path: path.to_path_buf(),
            field: field.to_string(),
            message,
        };
        if !is_valid_id(&self.id) {
            return Err(invalid(
                "id",
                format!("{:?} must be 1–48 characters of a-z, 0-9 and '-'", self.id),
            ));
        }
        if let Some(stem) = path.file_stem().and_then(|s| s.to_str())
            && stem != self.id
        {
            return Err(invalid(
                "id",
                format!("{:?} must equal the file name {stem:?}", self.id),
            ));
        }
        if let Some(k) = folder_kind
            && k != self.kind
        {
            return Err(invalid(
                "kind",
                format!("{:?} but the file is in the {k} folder", self.kind.as_str()),
            ));
        }
        if !is_iso_date(&self.checked) {
            return Err(invalid(
                "checked",
                format!("{:?} must be a date YYYY-MM-DD", self.checked),
            ));
        }
        if self.sources.is_empty() {
            return Err(invalid("sources", "needs at least one address".into()));
        }
        for (i, s) in self.sources.iter().enumerate() {
            if s.trim().is_empty() {
                return Err(invalid(&format!("sources[{i}]"), "is empty".into()));
            }
        }
        match (self.kind, &self.org) {
            (Kind::Org, None) => {
                return Err(invalid("org", "is required for kind = \"org\"".into()));
            }
            (Kind::Guide | Kind::Case | Kind::Country | Kind::Answer, Some(_)) => {
                return Err(invalid("org", "is only allowed for kind = \"org\"".into()));
            }
            _ => {}
        }
        if matches!(self.kind, Kind::Org | Kind::Case | Kind::Country) {
            if self.country.as_deref().is_none_or(|c| c.trim().is_empty()) {
                return Err(invalid(
                    "country",
                    "is required for organisations, cases and countries".into(),
                ));
            }
            if self.region.is_none() {
                return Err(invalid(
                    "region",
                    "is required for organisations, cases and countries".into(),
                ));
            }
        }
        if self.kind == Kind::Country && !self.id.starts_with("country-") {
            return Err(invalid(
                "id",
                format!(
                    "{:?}: a country page's id starts with \"country-\"",
                    self.id
                ),
            ));
        }
        // Only English is required: a language an entry lacks is shown in English.
        if !self.text.contains_key(&Lang::En) {
            return Err(invalid(
                "text.en",
                "is missing: every entry needs its English text".into(),
            ));
        }
        for (lang, t) in &self.text {
            if t.title.trim().is_empty() {
                return Err(invalid(&format!("text.{lang}.title"), "is empty".into()));
            }
            if t.summary.trim().is_empty() {
                return Err(invalid(&format!("text.{lang}.summary"), "is empty".into()));
            }
        }
        if self.text[&Lang::En]
            .body
            .as_deref()
            .is_none_or(|b| b.trim().is_empty())
        {
            return Err(invalid("text.en.body", "is required in English".into()));
        }
        Ok(())
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Raw TOML shape: `checked` is a TOML date, which we keep as its string.
fn parse_entry(path: &Path, src: &str) -> Result<Entry, Error> {
    let mut value: toml::Table = toml::from_str(src).map_err(|e| Error::Parse {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    if let Some(toml::Value::Datetime(d)) = value.get("checked") {
        let s = d.to_string();
        value.insert("checked".into(), toml::Value::String(s));
    }
    Entry::deserialize(value).map_err(|e| Error::Parse {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// How far one language's translation of the knowledge base goes ([`KnowledgeBase::coverage`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage<'a> {
    /// Texts marked `review = "reviewed"`.
    pub reviewed: usize,
    /// Ids of the entries whose text is marked `review = "draft"`.
    pub draft: Vec<&'a str>,
    /// Texts that do not say whether they were reviewed.
    pub unstated: usize,
    /// Ids of the entries with no text in the language (shown in English).
    pub missing: Vec<&'a str>,
}

/// All entries of the knowledge base, validated, by id.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    entries: BTreeMap<String, Entry>,
    hash: String,
}

impl KnowledgeBase {
    /// Loads and validates every `*.toml` under `dir/org`, `dir/guide`, `dir/case` and
    /// `dir/country` (which may be absent).
    pub fn load(dir: &Path) -> Result<KnowledgeBase, Error> {
        let mut files = Vec::new();
        for kind in Kind::ALL {
            let sub = dir.join(kind.as_str());
            let read = match std::fs::read_dir(&sub) {
                Ok(read) => read,
                Err(e) if !kind.folder_required() && e.kind() == std::io::ErrorKind::NotFound => {
                    continue;
                }
                Err(source) => {
                    return Err(Error::Io {
                        path: sub.clone(),
                        source,
                    });
                }
            };
            for item in read {
                let item = item.map_err(|source| Error::Io {
                    path: sub.clone(),
                    source,
                })?;
                let path = item.path();
                if path.extension().is_some_and(|e| e == "toml") {
                    files.push((kind, path));
                }
            }
        }
        files.sort_by(|a, b| a.1.cmp(&b.1));
        let mut hasher = Sha256::new();
        let mut entries = BTreeMap::new();
        let mut paths: BTreeMap<String, PathBuf> = BTreeMap::new();
        for (kind, path) in files {
            let src = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            hasher.update(
                path.strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .as_bytes(),
            );
            hasher.update([0]);
            hasher.update(src.as_bytes());
            hasher.update([0]);
            let entry = parse_entry(&path, &src)?;
            entry.validate(&path, Some(kind))?;
            if let Some(other) = paths.get(&entry.id) {
                return Err(Error::Duplicate {
                    path,
                    id: entry.id,
                    other: other.clone(),
                });
            }
            paths.insert(entry.id.clone(), path);
            entries.insert(entry.id.clone(), entry);
        }
        let hash = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(KnowledgeBase { entries, hash })
    }

    /// Builds a knowledge base from entries already in memory (tests, generated corpora).
    /// Entries are validated; the hash covers their serialised form.
    pub fn from_entries(entries: Vec<Entry>) -> Result<KnowledgeBase, Error> {
        let mut hasher = Sha256::new();
        let mut map = BTreeMap::new();
        for e in entries {
            let path = PathBuf::from(format!("<memory>/{}.toml", e.id));
            e.validate(&path, None)?;
            hasher.update(serde_json::to_vec(&e).unwrap_or_default());
            if map.contains_key(&e.id) {
                return Err(Error::Duplicate {
                    path: path.clone(),
                    id: e.id,
                    other: path,
                });
            }
            map.insert(e.id.clone(), e);
        }
        let hash = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(KnowledgeBase { entries: map, hash })
    }

    /// How far `lang`'s translation goes: the entries that have a text in it (by review
    /// status) and the ids of those that do not (shown in English).
    pub fn coverage(&self, lang: Lang) -> Coverage<'_> {
        let mut c = Coverage::default();
        for e in self.entries.values() {
            match e.text.get(&lang) {
                None => c.missing.push(&e.id),
                Some(t) => match t.review {
                    Some(Review::Reviewed) => c.reviewed += 1,
                    Some(Review::Draft) => c.draft.push(&e.id),
                    None => c.unstated += 1,
                },
            }
        }
        c
    }

    /// A hex SHA-256 over every file's path and content: it changes whenever `data/` does.
    pub fn content_hash(&self) -> &str {
        &self.hash
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// Every entry, ordered by id.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.values()
    }

    /// Every entry of one kind, ordered by id.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.values().filter(move |e| e.kind == kind)
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Finds an entry by id, by a title in any language, or by an alias, ignoring case and
    /// accents (`/org mintek`, `/org CooperAcción`, `/org AMGC`).
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        let fold = crate::text::fold_phrase;
        let wanted = fold(name);
        if wanted.is_empty() {
            return None;
        }
        if let Some(e) = self.entries.get(&wanted) {
            return Some(e);
        }
        let exact = self.entries.values().find(|e| {
            fold(&e.id.replace('-', " ")) == wanted
                || e.aliases.iter().any(|a| fold(a) == wanted)
                || e.text.values().any(|t| fold(&t.title) == wanted)
        });
        exact.or_else(|| {
            self.entries.values().find(|e| {
                e.text
                    .values()
                    .any(|t| fold(&t.title).split(" (").next() == Some(wanted.as_str()))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "x-org"
kind = "org"
checked = 2026-11-27
sources = ["https://example.org/a"]
aliases = ["XO"]
country = "Peru"
region = "south-america"
[org]
category = "consulting"
status = "active"
[text.en]
title = "X Organisation"
summary = "Helps."
body = "Body."
[text.fr]
title = "X"
summary = "Aide."
[text.es]
title = "X"
summary = "Ayuda."
[text.pt]
title = "X"
summary = "Ajuda."
[text.sw]
title = "X"
summary = "Husaidia."
"#;

    fn write(dir: &Path, kind: &str, name: &str, src: &str) {
        for k in ["org", "guide", "case"] {
            std::fs::create_dir_all(dir.join(k)).unwrap();
        }
        std::fs::write(dir.join(kind).join(name), src).unwrap();
    }

    /// A valid file loads, and lookups ignore case and accents and accept aliases.
    #[test]
    fn loads_valid_entry_and_looks_up_by_alias() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "org", "x-org.toml", GOOD);
        let kb = KnowledgeBase::load(dir.path()).unwrap();
        assert_eq!(kb.len(), 1);
        assert_eq!(kb.get("x-org").unwrap().checked, "2026-11-27");
        assert_eq!(kb.lookup("xo").unwrap().id, "x-org");
        assert_eq!(kb.lookup("X ORGANISATION").unwrap().id, "x-org");
        assert!(kb.lookup("nothing").is_none());
    }

    /// An entry without a language's text loads, shows English for it, and is reported as
    /// missing in that language; `review` is read per language, and anything but "draft" or
    /// "reviewed" is refused with its field.
    #[test]
    fn missing_translation_falls_back_to_english_and_review_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let src = GOOD
            .replace("[text.sw]\ntitle = \"X\"\nsummary = \"Husaidia.\"\n", "")
            .replace(
                "summary = \"Aide.\"\n",
                "summary = \"Aide.\"\nreview = \"draft\"\n",
            )
            .replace(
                "summary = \"Ayuda.\"\n",
                "summary = \"Ayuda.\"\nreview = \"reviewed\"\n",
            );
        write(dir.path(), "org", "x-org.toml", &src);
        let kb = KnowledgeBase::load(dir.path()).unwrap();
        let e = kb.get("x-org").unwrap();
        assert_eq!(e.text(Lang::Sw).title, "X Organisation");
        assert_eq!(e.text(Lang::Mg).summary, "Helps.");
        assert_eq!(e.text[&Lang::Fr].review, Some(Review::Draft));
        assert_eq!(e.text[&Lang::Es].review, Some(Review::Reviewed));
        assert_eq!(e.text[&Lang::Pt].review, None);
        let sw = kb.coverage(Lang::Sw);
        assert_eq!(
            (sw.missing, sw.reviewed, sw.unstated),
            (vec!["x-org"], 0, 0)
        );
        assert_eq!(kb.coverage(Lang::Fr).draft, vec!["x-org"]);
        assert_eq!(kb.coverage(Lang::Es).reviewed, 1);
        assert_eq!(kb.coverage(Lang::Pt).unstated, 1);

        let bad = GOOD.replace(
            "summary = \"Aide.\"\n",
            "summary = \"Aide.\"\nreview = \"maybe\"\n",
        );
        write(dir.path(), "org", "x-org.toml", &bad);
        let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("x-org.toml") && err.contains("review"),
            "{err}"
        );

        let no_english = GOOD.replace(
            "[text.en]\ntitle = \"X Organisation\"\nsummary = \"Helps.\"\nbody = \"Body.\"\n",
            "",
        );
        write(dir.path(), "org", "x-org.toml", &no_english);
        let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("text.en"), "{err}");
    }

    /// An id that does not match the file name, a wrong folder and an unknown field are errors.
    #[test]
    fn schema_violations_are_rejected() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "org", "other.toml", GOOD);
        let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("`id`"), "{err}");

        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "guide", "x-org.toml", GOOD);
        let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("`kind`"), "{err}");

        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "org",
            "x-org.toml",
            &GOOD.replace("aliases", "alias"),
        );
        let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("alias"), "{err}");
    }

    /// The content hash changes when any file changes.
    #[test]
    fn content_hash_tracks_changes() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "org", "x-org.toml", GOOD);
        let a = KnowledgeBase::load(dir.path())
            .unwrap()
            .content_hash()
            .to_string();
        write(
            dir.path(),
            "org",
            "x-org.toml",
            &GOOD.replace("Helps.", "Helps a lot."),
        );
        let b = KnowledgeBase::load(dir.path())
            .unwrap()
            .content_hash()
            .to_string();
        assert_ne!(a, b);
    }

    /// A country page in `country/` loads as kind `country`; one without its country, with an
    /// `[org]` table or with an id that does not start with `country-` is rejected, naming the
    /// field. A data folder without `country/` still loads (the other tests write none).
    #[test]
    fn country_pages_load_and_are_validated() {
        let country = GOOD
            .replace("id = \"x-org\"", "id = \"country-peru\"")
            .replace("kind = \"org\"", "kind = \"country\"")
            .replace(
                "[org]\ncategory = \"consulting\"\nstatus = \"active\"\n",
                "",
            );
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "org", "x-org.toml", GOOD);
        std::fs::create_dir_all(dir.path().join("country")).unwrap();
        write(dir.path(), "country", "country-peru.toml", &country);
        let kb = KnowledgeBase::load(dir.path()).unwrap();
        assert_eq!(kb.get("country-peru").unwrap().kind, Kind::Country);
        assert_eq!(kb.of_kind(Kind::Country).count(), 1);
        assert_eq!(Kind::parse("country"), Some(Kind::Country));

        for (bad, field) in [
            (country.replace("country = \"Peru\"\n", ""), "`country`"),
            (
                country.replace("region = \"south-america\"\n", ""),
                "`region`",
            ),
            (
                country.replace(
                    "[text.en]",
                    "[org]\ncategory = \"ngo\"\nstatus = \"active\"\n[text.en]",
                ),
                "`org`",
            ),
        ] {
            let dir = tempfile::tempdir().unwrap();
            std::fs::create_dir_all(dir.path().join("country")).unwrap();
            write(dir.path(), "country", "country-peru.toml", &bad);
            let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
            assert!(
                err.contains("country-peru.toml") && err.contains(field),
                "{err}"
            );
        }

        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("country")).unwrap();
        let misnamed = country.replace("id = \"country-peru\"", "id = \"peru\"");
        write(dir.path(), "country", "peru.toml", &misnamed);
        let err = KnowledgeBase::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("`id`") && err.contains("country-"), "{err}");
    }
}

//! The index schema (one document per entry and language) and how entries and approved
//! submissions become documents.

use super::ExtraDoc;
use super::analysis::{NAMES_TOKENIZER, drop_stop_words, fold_words, query_words, tokenizer_name};
use crate::kb::{Entry, Kind};
use crate::lang::Lang;
use tantivy::TantivyDocument;
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Bump when the schema or an analyzer changes: an index of another version is rebuilt.
pub(crate) const FORMAT_VERSION: u32 = 5;

/// `origin` of the documents built from `data/`.
pub(crate) const ORIGIN_DATA: &str = "data";
/// `origin` of approved submissions (kept apart so a rebuild or a sync can find them).
pub(crate) const ORIGIN_EXTRA: &str = "extra";

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    /// Entry id (`mintek`, `sub-42`): raw, stored, fast (for de-duplication).
    pub id: Field,
    /// `org`, `guide` or `case`.
    pub kind: Field,
    /// The language of this document (`en`, …): raw, stored, fast.
    pub lang: Field,
    /// `data` or `extra`.
    pub origin: Field,
    /// Id words, aliases and every language's title; folded, not stemmed.
    pub names: Field,
    /// Whole names (id words, aliases, titles and their short forms), folded, one term each:
    /// a query that *is* a name matches here.
    pub name_exact: Field,
    /// What a guide is about: its aliases and keywords ("first aid", "bad air"), folded, one
    /// term each; a query that holds one is about that guide's topic. Guides only: an
    /// organisation's keywords say what it offers ("protective equipment" for a training
    /// programme), and a query about the topic wants the guide first.
    pub topic_exact: Field,
    /// Title, per language (analysed with that language's analyzer).
    pub title: [Field; Lang::COUNT],
    /// Summary and body, per language.
    pub body: [Field; Lang::COUNT],
    /// Keywords, country and category, per language.
    pub keywords: [Field; Lang::COUNT],
    /// Title, keywords and body together, per language, without positions: one term per word
    /// and language, for finding candidates on a large index (the pruned top-k search costs
    /// per term it walks; the full query then scores them field by field).
    pub all: [Field; Lang::COUNT],
    /// The title as shown.
    pub stored_title: Field,
    /// The summary as shown.
    pub stored_summary: Field,
    /// Summary and body as one text, for snippets.
    pub stored_text: Field,
}

fn text_options(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// The schema of the index.
pub(crate) fn build_schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("id", STRING | STORED | FAST);
    b.add_text_field("kind", STRING | STORED);
    b.add_text_field("lang", STRING | STORED | FAST);
    b.add_text_field("origin", STRING | STORED);
    b.add_text_field("names", text_options(NAMES_TOKENIZER));
    b.add_text_field("name_exact", STRING);
    b.add_text_field("topic_exact", STRING);
    for lang in Lang::ALL {
        b.add_text_field(&format!("title_{lang}"), text_options(tokenizer_name(lang)));
        b.add_text_field(&format!("body_{lang}"), text_options(tokenizer_name(lang)));
        b.add_text_field(
            &format!("keywords_{lang}"),
            text_options(tokenizer_name(lang)),
        );
        b.add_text_field(
            &format!("all_{lang}"),
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        );
    }
    b.add_text_field("stored_title", STORED);
    b.add_text_field("stored_summary", STORED);
    b.add_text_field("stored_text", STORED);
    b.build()
}

impl Fields {
    /// Looks every field up in a schema; `None` when one is missing (an index of another shape).
    pub(crate) fn from_schema(schema: &Schema) -> Option<Fields> {
        let f = |name: &str| schema.get_field(name).ok();
        let per_lang = |prefix: &str| -> Option<[Field; Lang::COUNT]> {
            let fields: Vec<Field> = Lang::ALL
                .iter()
                .map(|lang| f(&format!("{prefix}_{lang}")))
                .collect::<Option<_>>()?;
            fields.try_into().ok()
        };
        Some(Fields {
            id: f("id")?,
            kind: f("kind")?,
            lang: f("lang")?,
            origin: f("origin")?,
            names: f("names")?,
            name_exact: f("name_exact")?,
            topic_exact: f("topic_exact")?,
            title: per_lang("title")?,
            body: per_lang("body")?,
            keywords: per_lang("keywords")?,
            all: per_lang("all")?,
            stored_title: f("stored_title")?,
            stored_summary: f("stored_summary")?,
            stored_text: f("stored_text")?,
        })
    }

    /// The documents of one knowledge-base entry: one per language it has text in.
    pub(crate) fn entry_docs(&self, entry: &Entry) -> Vec<TantivyDocument> {
        let mut docs = Vec::new();
        for (&lang, text) in &entry.text {
            let li = lang.index();
            let mut doc = TantivyDocument::default();
            doc.add_text(self.id, &entry.id);
            doc.add_text(self.kind, entry.kind.as_str());
            doc.add_text(self.lang, lang.code());
            doc.add_text(self.origin, ORIGIN_DATA);
            doc.add_text(self.names, entry.id.replace('-', " "));
            for alias in &entry.aliases {
                doc.add_text(self.names, alias);
            }
            for t in entry.text.values() {
                doc.add_text(self.names, &t.title);
            }
            for form in name_forms(entry) {
                doc.add_text(self.name_exact, form);
            }
            for form in topic_forms(entry) {
                doc.add_text(self.topic_exact, form);
            }
            let mut keywords: Vec<String> = entry.keywords.clone();
            keywords.extend(entry.country.clone());
            if let Some(org) = &entry.org {
                keywords.push(org.category.as_str().replace('-', " "));
            }
            for kw in &keywords {
                doc.add_text(self.keywords[li], kw);
                doc.add_text(self.all[li], kw);
            }
            doc.add_text(self.title[li], &text.title);
            doc.add_text(self.all[li], &text.title);
            let full = match &text.body {
                Some(body) => format!("{}\n\n{}", text.summary.trim(), body.trim()),
                None => text.summary.trim().to_string(),
            };
            doc.add_text(self.body[li], &full);
            doc.add_text(self.all[li], &full);
            doc.add_text(self.stored_title, &text.title);
            doc.add_text(self.stored_summary, text.summary.trim());
            doc.add_text(self.stored_text, &full);
            docs.push(doc);
        }
        docs
    }

    /// The document of an approved submission or a published answer (in one language).
    pub(crate) fn extra_doc(&self, extra: &ExtraDoc) -> TantivyDocument {
        let li = extra.lang.index();
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, &extra.id);
        doc.add_text(self.kind, extra.kind.as_str());
        doc.add_text(self.lang, extra.lang.code());
        doc.add_text(self.origin, ORIGIN_EXTRA);
        doc.add_text(self.names, &extra.title);
        for form in exact_forms(&extra.title) {
            doc.add_text(self.name_exact, form);
        }
        doc.add_text(self.title[li], &extra.title);
        doc.add_text(self.body[li], &extra.body);
        doc.add_text(self.all[li], &extra.title);
        doc.add_text(self.all[li], &extra.body);
        doc.add_text(self.stored_title, &extra.title);
        doc.add_text(self.stored_summary, summary_of(&extra.body));
        doc.add_text(self.stored_text, &extra.body);
        doc
    }
}

/// The whole-name forms of an entry: id words, aliases, titles, and the titles' short forms
/// (before " (", " – ", ": "), folded, with and without stop words.
pub(crate) fn name_forms(entry: &Entry) -> Vec<String> {
    let mut forms = exact_forms(&entry.id.replace('-', " "));
    for alias in &entry.aliases {
        forms.extend(exact_forms(alias));
    }
    for t in entry.text.values() {
        forms.extend(exact_forms(&t.title));
        for sep in [" (", " – ", " — ", " - ", ": "] {
            if let Some((short, _)) = t.title.split_once(sep) {
                forms.extend(exact_forms(short));
            }
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

/// The topic phrases of a guide: its aliases and keywords, folded, with and without stop
/// words (none for the other kinds).
pub(crate) fn topic_forms(entry: &Entry) -> Vec<String> {
    if entry.kind != Kind::Guide {
        return Vec::new();
    }
    let mut forms: Vec<String> = entry
        .aliases
        .iter()
        .chain(&entry.keywords)
        .flat_map(|k| exact_forms(k))
        .collect();
    forms.sort();
    forms.dedup();
    forms
}

/// A name folded as a query would be, with and without its stop words.
pub(crate) fn exact_forms(name: &str) -> Vec<String> {
    let words = query_words(name);
    let mut out = Vec::new();
    let full = fold_words(&words);
    let content = fold_words(&drop_stop_words(words));
    if !full.is_empty() {
        out.push(full.clone());
    }
    if !content.is_empty() && content != full {
        out.push(content);
    }
    out
}

/// How long a summary cut from a text may be, in characters.
const SUMMARY_CHARS: usize = 200;

/// The beginning of a text, cut at a word boundary, with "…" when cut.
pub(crate) fn summary_of(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= SUMMARY_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SUMMARY_CHARS).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > SUMMARY_CHARS / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema built here is found again by name (the open path depends on it).
    #[test]
    fn fields_found_in_schema() {
        assert!(Fields::from_schema(&build_schema()).is_some());
        assert!(Fields::from_schema(&Schema::builder().build()).is_none());
    }

    /// Long texts are cut at a word boundary and marked; short ones are kept whole.
    #[test]
    fn summary_cuts_long_text() {
        assert_eq!(summary_of("  short text "), "short text");
        let long = "word ".repeat(100);
        let s = summary_of(&long);
        assert!(
            s.ends_with('…') && s.chars().count() <= SUMMARY_CHARS + 1,
            "{s}"
        );
    }
}

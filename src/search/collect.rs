//! A tantivy collector that folds the per-language documents of an entry into one result: the
//! best score of its documents (documents in the user's language weigh a little more), so that
//! results are de-duplicated by id and the total counts distinct entries.

use rustc_hash::FxHashMap as HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Query, Weight};
use tantivy::{DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, TERMINATED};

/// One matching entry: its id, its best (language-weighted) score, and the document that gave it.
#[derive(Debug, Clone)]
pub(crate) struct EntryMatch {
    /// The entry id.
    pub id: String,
    /// The best score of its documents.
    pub score: Score,
    /// The best-scoring document.
    pub doc: DocAddress,
}

/// Collects every matching document and keeps the best one per entry id.
pub(crate) struct EntryCollector {
    /// The user's language code; documents in it are multiplied by `lang_factor`.
    pub lang: String,
    /// The preference for the user's language (> 1).
    pub lang_factor: Score,
}

/// The per-segment half of [`EntryCollector`].
pub(crate) struct EntrySegmentCollector {
    segment: SegmentOrdinal,
    columns: Option<(StrColumn, StrColumn)>,
    user_lang_ord: Option<u64>,
    lang_factor: Score,
    best: HashMap<u64, (Score, DocId)>,
}

impl Collector for EntryCollector {
    type Fruit = Vec<EntryMatch>;
    type Child = EntrySegmentCollector;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<EntrySegmentCollector> {
        let ff = reader.fast_fields();
        let columns = match (ff.str("id")?, ff.str("lang")?) {
            (Some(id), Some(lang)) => Some((id, lang)),
            _ => None,
        };
        let user_lang_ord = match &columns {
            Some((_, lang)) => lang.dictionary().term_ord(self.lang.as_bytes())?,
            None => None,
        };
        Ok(EntrySegmentCollector {
            segment,
            columns,
            user_lang_ord,
            lang_factor: self.lang_factor,
            best: HashMap::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<EntryMatch>>) -> tantivy::Result<Vec<EntryMatch>> {
        let mut by_id: HashMap<String, EntryMatch> = HashMap::default();
        for m in fruits.into_iter().flatten() {
            match by_id.get(&m.id) {
                Some(old) if old.score >= m.score => {}
                _ => {
                    by_id.insert(m.id.clone(), m);
                }
            }
        }
        let mut all: Vec<EntryMatch> = by_id.into_values().collect();
        all.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        Ok(all)
    }
}

impl SegmentCollector for EntrySegmentCollector {
    type Fruit = Vec<EntryMatch>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let Some((id_col, lang_col)) = &self.columns else {
            return;
        };
        let Some(id_ord) = id_col.ords().first(doc) else {
            return;
        };
        let lang_ord = lang_col.ords().first(doc);
        let score = if lang_ord.is_some() && lang_ord == self.user_lang_ord {
            score * self.lang_factor
        } else {
            score
        };
        let slot = self.best.entry(id_ord).or_insert((Score::MIN, doc));
        if score > slot.0 {
            *slot = (score, doc);
        }
    }

    fn harvest(self) -> Vec<EntryMatch> {
        let Some((id_col, _)) = &self.columns else {
            return Vec::new();
        };
        // Ids are resolved in ordinal order in one pass over the id dictionary: resolving each
        // ordinal on its own decompresses and scans a dictionary block per matching entry, which
        // was most of a query's time (see docs/benchmarks.md).
        let segment = self.segment;
        let mut best: Vec<(u64, (Score, DocId))> = self.best.into_iter().collect();
        best.sort_unstable_by_key(|&(ord, _)| ord);
        let ords: Vec<u64> = best.iter().map(|&(ord, _)| ord).collect();
        let mut out = Vec::with_capacity(best.len());
        let mut matches = best.iter();
        let resolved = id_col.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            if let (Some(&(_, (score, doc))), Ok(id)) = (matches.next(), std::str::from_utf8(bytes))
            {
                out.push(EntryMatch {
                    id: id.to_string(),
                    score,
                    doc: DocAddress::new(segment, doc),
                });
            }
        });
        if let Err(e) = resolved {
            log::warn!("search::collect: cannot read entry ids: {e}");
        }
        out
    }
}

/// Scores some documents with a query given as its top-level clauses (the query's score is
/// their sum), one clause at a time: each clause's scorer seeks through the documents in order.
/// Returns the matching entries as [`EntryCollector`] would have collected them from the whole
/// query (documents that match no clause are left out).
pub(crate) fn score_candidates(
    searcher: &tantivy::Searcher,
    stats: &dyn Bm25StatisticsProvider,
    clauses: &[Box<dyn Query>],
    docs: &[DocAddress],
    collector: &EntryCollector,
) -> tantivy::Result<Vec<EntryMatch>> {
    let enable = EnableScoring::enabled_from_statistics_provider(stats, searcher);
    let weights: Vec<Box<dyn Weight>> = clauses
        .iter()
        .map(|q| q.weight(enable))
        .collect::<tantivy::Result<_>>()?;
    let mut by_segment: HashMap<SegmentOrdinal, Vec<DocId>> = HashMap::default();
    for d in docs {
        by_segment.entry(d.segment_ord).or_default().push(d.doc_id);
    }
    let mut fruits = Vec::with_capacity(by_segment.len());
    for (segment, mut doc_ids) in by_segment {
        let Some(reader) = searcher.segment_readers().get(segment as usize) else {
            continue;
        };
        doc_ids.sort_unstable();
        doc_ids.dedup();
        if let Some(alive) = reader.alive_bitset() {
            doc_ids.retain(|&d| alive.is_alive(d));
        }
        let mut scores: Vec<Option<Score>> = vec![None; doc_ids.len()];
        for weight in &weights {
            let mut scorer = weight.scorer(reader, 1.0)?;
            for (i, &doc) in doc_ids.iter().enumerate() {
                let at = if scorer.doc() >= doc {
                    scorer.doc()
                } else {
                    scorer.seek(doc)
                };
                if at == TERMINATED {
                    break;
                }
                if at == doc {
                    *scores[i].get_or_insert(0.0) += scorer.score();
                }
            }
        }
        let mut child = collector.for_segment(segment, reader)?;
        for (doc, score) in doc_ids.iter().zip(scores) {
            if let Some(score) = score {
                child.collect(*doc, score);
            }
        }
        fruits.push(child.harvest());
    }
    collector.merge_fruits(fruits)
}

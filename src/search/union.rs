//! A union of a few scorers that moves them in step, one document at a time.
//!
//! tantivy's own union (what a `BooleanQuery` of `Should` clauses and a `DisjunctionMaxQuery`
//! become) scores a window of 4,096 documents ahead into a buffer. That is fast for walking
//! every match of a large union, but each union allocates and clears its buffers when its
//! scorer is made, and a `seek` past the window refills a whole new window: scoring a hundred
//! candidates of a large index walked thousands of postings per candidate and synonym group
//! (docs/benchmarks.md). The synonym groups of a query are small (a few terms each), so here
//! the union simply keeps its scorers on the current document: `seek` is each scorer's own
//! (skip-list) seek, and making one allocates a vector of its scorers.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, TantivyError, Term};

/// How the scores of the clauses that match a document are combined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Combine {
    /// Their sum (a `BooleanQuery` of `Should` clauses).
    Sum,
    /// The best, plus this share of the others (a `DisjunctionMaxQuery` with a tie breaker).
    Max(Score),
}

impl Combine {
    fn score(self, scores: impl Iterator<Item = Score>) -> Score {
        let (mut max, mut sum) = (0.0 as Score, 0.0 as Score);
        for s in scores {
            max = max.max(s);
            sum += s;
        }
        match self {
            Combine::Sum => sum,
            Combine::Max(tie) => max + (sum - max) * tie,
        }
    }
}

/// Documents matching any of `clauses`, scored by `combine`.
#[derive(Debug)]
pub(crate) struct SmallUnion {
    clauses: Vec<Box<dyn Query>>,
    combine: Combine,
}

impl Clone for SmallUnion {
    fn clone(&self) -> Self {
        SmallUnion {
            clauses: self.clauses.iter().map(|q| q.box_clone()).collect(),
            combine: self.combine,
        }
    }
}

impl SmallUnion {
    /// The union of `clauses`; one clause is returned as it is.
    pub(crate) fn boxed(mut clauses: Vec<Box<dyn Query>>, combine: Combine) -> Box<dyn Query> {
        if clauses.len() == 1
            && let Some(q) = clauses.pop()
        {
            return q;
        }
        Box::new(SmallUnion { clauses, combine })
    }
}

impl Query for SmallUnion {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|q| q.weight(enable_scoring))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(SmallUnionWeight {
            weights,
            combine: self.combine,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for q in &self.clauses {
            q.query_terms(visitor);
        }
    }
}

struct SmallUnionWeight {
    weights: Vec<Box<dyn Weight>>,
    combine: Combine,
}

impl Weight for SmallUnionWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for w in &self.weights {
            let s = w.scorer(reader, boost)?;
            if s.doc() != TERMINATED {
                scorers.push(s);
            }
        }
        let mut union = SmallUnionScorer {
            scorers,
            doc: TERMINATED,
            combine: self.combine,
        };
        union.doc = union.first_doc();
        Ok(Box::new(union))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut details = Vec::new();
        for w in &self.weights {
            if let Ok(e) = w.explain(reader, doc) {
                details.push(e);
            }
        }
        if details.is_empty() {
            return Err(TantivyError::InvalidArgument(format!(
                "document #{doc} does not match"
            )));
        }
        let score = self.combine.score(details.iter().map(|e| e.value()));
        let mut out = Explanation::new_with_string(format!("{:?} of", self.combine), score);
        for d in details {
            out.add_detail(d);
        }
        Ok(out)
    }
}

struct SmallUnionScorer {
    /// The scorers not yet exhausted, each on its current document.
    scorers: Vec<Box<dyn Scorer>>,
    /// The smallest of their documents.
    doc: DocId,
    combine: Combine,
}

impl SmallUnionScorer {
    /// Drops the exhausted scorers and returns the smallest current document.
    fn first_doc(&mut self) -> DocId {
        self.scorers.retain(|s| s.doc() != TERMINATED);
        self.scorers
            .iter()
            .map(|s| s.doc())
            .min()
            .unwrap_or(TERMINATED)
    }
}

impl DocSet for SmallUnionScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let doc = self.doc;
        for s in &mut self.scorers {
            if s.doc() == doc {
                s.advance();
            }
        }
        self.doc = self.first_doc();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for s in &mut self.scorers {
            if s.doc() < target {
                s.seek(target);
            }
        }
        self.doc = self.first_doc();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.scorers
            .iter()
            .map(|s| s.size_hint())
            .fold(0u32, u32::saturating_add)
    }
}

impl Scorer for SmallUnionScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        self.combine.score(
            self.scorers
                .iter_mut()
                .filter(|s| s.doc() == doc)
                .map(|s| s.score()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, DisjunctionMaxQuery, Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{DocAddress, Index, IndexWriter, doc};

    /// Scores every document of a small index with tantivy's union and with this one: the same
    /// documents match with the same scores (sum and max-with-tie), through `advance` (a full
    /// search) and through `seek` (document by document, skipping some).
    #[test]
    fn matches_tantivys_unions() {
        let mut b = Schema::builder();
        let body = b.add_text_field("body", TEXT);
        let index = Index::create_in_ram(b.build());
        let mut w: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let words = ["water", "pond", "silt", "sediment", "forest", "mine"];
        // Deterministic mix: document i holds word j when (i * (j + 3) + j) % 11 < 2, repeated
        // one to three times (83 documents match the sum case, 136 the max case, 27 of them
        // more than one of its words).
        for i in 0..300usize {
            let text: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|(j, _)| (i * (j + 3) + j) % 11 < 2)
                .flat_map(|(j, w)| std::iter::repeat_n(*w, 1 + (i + j) % 3))
                .collect();
            w.add_document(doc!(body => text.join(" "))).unwrap();
        }
        w.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let terms = |ws: &[&str]| -> Vec<Box<dyn Query>> {
            ws.iter()
                .map(|t| {
                    Box::new(TermQuery::new(
                        Term::from_field_text(body, t),
                        IndexRecordOption::WithFreqs,
                    )) as Box<dyn Query>
                })
                .collect()
        };
        let cases: Vec<(Box<dyn Query>, Box<dyn Query>)> = vec![
            (
                Box::new(BooleanQuery::new(
                    terms(&["water", "silt", "absent"])
                        .into_iter()
                        .map(|q| (Occur::Should, q))
                        .collect(),
                )),
                SmallUnion::boxed(terms(&["water", "silt", "absent"]), Combine::Sum),
            ),
            (
                Box::new(DisjunctionMaxQuery::with_tie_breaker(
                    terms(&["pond", "sediment", "mine"]),
                    0.1,
                )),
                SmallUnion::boxed(terms(&["pond", "sediment", "mine"]), Combine::Max(0.1)),
            ),
        ];
        for (theirs, ours) in &cases {
            let all = TopDocs::with_limit(1000).order_by_score();
            let a = searcher.search(&**theirs, &all).unwrap();
            let b = searcher.search(&**ours, &all).unwrap();
            assert!(a.len() > 20 && a.len() < 300, "{}", a.len());
            let by_doc = |v: &[(Score, DocAddress)]| {
                let mut v: Vec<(u32, Score)> = v.iter().map(|(s, d)| (d.doc_id, *s)).collect();
                v.sort_by_key(|&(d, _)| d);
                v
            };
            let (a, b) = (by_doc(&a), by_doc(&b));
            assert_eq!(a.len(), b.len());
            for ((da, sa), (db, sb)) in a.iter().zip(&b) {
                assert_eq!(da, db);
                assert!((sa - sb).abs() < 1e-4, "doc {da}: {sa} vs {sb}");
            }
            // Seeking to every third matching document gives the same scores.
            let reader = searcher.segment_reader(0);
            let weight = ours
                .weight(EnableScoring::enabled_from_searcher(&searcher))
                .unwrap();
            let mut scorer = weight.scorer(reader, 1.0).unwrap();
            for &(doc, score) in a.iter().step_by(3) {
                assert_eq!(scorer.seek(doc), doc);
                assert!((scorer.score() - score).abs() < 1e-4);
                assert!(weight.explain(reader, doc).is_ok());
            }
            assert_eq!(scorer.seek(TERMINATED), TERMINATED);
        }
    }
}

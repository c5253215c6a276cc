//! Whether a search answered: [`Outcome`] of a page of [`Results`] (found, weak, empty), and
//! whether one hit clearly wins ([`Outcome::clear_winner`]). The replies use it to open with
//! the best answer or to say plainly that the bot does not know; the metrics count searches by
//! it (`miners_guide_searches_total{lang,outcome}`), so its names are stable.
//!
//! The thresholds are scores of this index's ranking (BM25 over weighted fields plus the
//! constant name and topic bonuses of `query.rs`), chosen from real scores over the knowledge
//! base: the example queries of `tests/fixtures/example-queries.tsv` and nonsense queries. See
//! [`WEAK_SCORE`] and [`CLEAR_LEAD`] for the figures; `tests/eval.rs` checks them against the
//! same queries, so a change to the ranking that moves the scores shows there.

use super::{Hit, Results};
use serde::Serialize;

/// Below this score the best hit is weak: it shares a word or two with the query, nothing
/// more. Measured over the knowledge base on 2026-12-03 (`tests/eval.rs` prints them): the
/// right first answers of the example queries score 41 or more (the lowest: the Tamil
/// one-word query for cooperatives), while off-topic queries ("football results", "how to cook rice", "car
/// repair", "weather tomorrow rain", "mpira wa miguu") find nothing or a best hit of at most
/// 3.7: a common word met once in a long body. 8 lies between the two groups, with room on
/// both sides.
pub const WEAK_SCORE: f32 = 8.0;

/// One hit clearly wins when its score is at least this many times the second's (and it is
/// not weak): then the reply opens with its answer. Over the example queries (2026-12-03), a
/// first hit that is the one right answer ("recycle water", "AMGC", "topsoil", "seguridad en
/// la mina", "financiamento", "small scale mining division south africa") leads the second
/// by 1.69 – 40 times; queries with several good answers ("consultants", "CRAFT code", "form
/// a miners association", "responsible mining certification": ARM and its Fairmined case,
/// "ruby mines backfilled") have their first two within 1.56 times of each other.
pub const CLEAR_LEAD: f32 = 1.6;

/// What a search found, for the reply and for the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// At least one hit at or above [`WEAK_SCORE`].
    Found,
    /// Hits, but the best is below [`WEAK_SCORE`]: they only share a word with the query.
    Weak,
    /// No hit at all.
    Empty,
}

impl Outcome {
    /// Every outcome, best first.
    pub const ALL: [Outcome; 3] = [Outcome::Found, Outcome::Weak, Outcome::Empty];

    /// Parses [`Outcome::as_str`]'s names.
    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// Whether the search missed (weak or empty): what the report lists.
    pub fn is_miss(self) -> bool {
        self != Outcome::Found
    }

    /// The outcome of a page of results (of the first page: on a later one the best hit of
    /// that page is compared).
    pub fn of(results: &Results) -> Outcome {
        match results.hits.first() {
            None => Outcome::Empty,
            Some(best) if best.score < WEAK_SCORE => Outcome::Weak,
            Some(_) => Outcome::Found,
        }
    }

    /// The stable name, for metrics and logs: `found`, `weak` or `empty`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Found => "found",
            Outcome::Weak => "weak",
            Outcome::Empty => "empty",
        }
    }

    /// The first hit, when it clearly wins: not weak, and at least [`CLEAR_LEAD`] times the
    /// second's score (or alone).
    pub fn clear_winner(results: &Results) -> Option<&Hit> {
        let best = results.hits.first()?;
        if best.score < WEAK_SCORE {
            return None;
        }
        match results.hits.get(1) {
            Some(second) if best.score < CLEAR_LEAD * second.score => None,
            _ => Some(best),
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Kind;
    use crate::lang::Lang;
    use crate::search::Snippet;

    fn results(scores: &[f32]) -> Results {
        Results {
            hits: scores
                .iter()
                .enumerate()
                .map(|(i, &score)| Hit {
                    id: format!("e{i}"),
                    kind: Kind::Guide,
                    lang: Lang::En,
                    title: format!("Entry {i}"),
                    snippet: Snippet {
                        text: String::new(),
                        highlights: Vec::new(),
                    },
                    score,
                })
                .collect(),
            total: scores.len(),
            total_is_exact: true,
            suggestions: Vec::new(),
            answer: None,
        }
    }

    /// No hit is empty, a best hit under the threshold weak, one at or above it found; the
    /// names are the metrics' label values.
    #[test]
    fn outcome_follows_the_best_score() {
        assert_eq!(Outcome::of(&results(&[])), Outcome::Empty);
        assert_eq!(
            Outcome::of(&results(&[WEAK_SCORE - 0.1, 1.0])),
            Outcome::Weak
        );
        assert_eq!(Outcome::of(&results(&[WEAK_SCORE, 1.0])), Outcome::Found);
        let names: Vec<&str> = [Outcome::Found, Outcome::Weak, Outcome::Empty]
            .iter()
            .map(|o| o.as_str())
            .collect();
        assert_eq!(names, ["found", "weak", "empty"]);
        assert_eq!(Outcome::Weak.to_string(), "weak");
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
        assert!(Outcome::Weak.is_miss() && Outcome::Empty.is_miss() && !Outcome::Found.is_miss());
    }

    /// A hit wins clearly when it is alone or far enough ahead of the second, and never when
    /// it is weak.
    #[test]
    fn clear_winner_needs_a_lead_and_a_strong_score() {
        let id = |r: &Results| Outcome::clear_winner(r).map(|h| h.id.clone());
        assert_eq!(id(&results(&[20.0])), Some("e0".into()));
        assert_eq!(id(&results(&[20.0, 20.0 / CLEAR_LEAD])), Some("e0".into()));
        assert_eq!(id(&results(&[20.0, 19.0])), None);
        assert_eq!(id(&results(&[WEAK_SCORE - 0.5])), None);
        assert_eq!(id(&results(&[])), None);
    }
}

//! How well a search answered: [`Outcome::Found`], [`Outcome::Weak`] or [`Outcome::Empty`],
//! from the best hit's score. What the search log records and the metrics count, so a content
//! team sees what people looked for and did not find.
//!
//! The rule is deliberately simple: no hit is `Empty`; a best hit scoring below [`WEAK_SCORE`]
//! is `Weak` (it matched a stray word, a typo-tolerant guess or a synonym far from the point);
//! anything else is `Found`.

use super::Results;
use serde::Serialize;

/// Below this score, the best hit of a search counts as weak.
///
/// Picked from the scores `miners-guide search` gives on the knowledge base (2026-12): words an
/// entry is about score 16 to 93 at the top (`consulting` 61, `water` 90, `how to stop mud going
/// into the river` 73, `help` 16, `mine` 28); words that entries only mention in passing score
/// 0.6 to 7.3 (`visa` 0.6, `diamond` 1.1, `cyanide` 1.7, `pump` 3.8, `mercury` 5.0, `flood` 6.3,
/// `geology` 7.3). Scores grow with the knowledge base: check again when it doubles.
pub const WEAK_SCORE: f32 = 8.0;

/// How well a search answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The best hit scored at least [`WEAK_SCORE`].
    Found,
    /// There were hits, but the best scored below [`WEAK_SCORE`].
    Weak,
    /// Nothing matched.
    Empty,
}

impl Outcome {
    /// Every outcome, best first.
    pub const ALL: [Outcome; 3] = [Outcome::Found, Outcome::Weak, Outcome::Empty];

    /// The lowercase name (`found`, `weak`, `empty`), as stored and as a metrics label.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Found => "found",
            Outcome::Weak => "weak",
            Outcome::Empty => "empty",
        }
    }

    /// Parses [`Outcome::as_str`]'s names.
    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// The outcome of a first page of results (its hits best first).
    pub fn of(results: &Results) -> Outcome {
        let best = results
            .hits
            .iter()
            .map(|h| h.score)
            .fold(None, |best, s| Some(best.map_or(s, |b: f32| b.max(s))));
        match best {
            None => Outcome::Empty,
            Some(score) if score < WEAK_SCORE => Outcome::Weak,
            Some(_) => Outcome::Found,
        }
    }

    /// Whether the search missed (weak or empty): what the search log keeps the words of.
    pub fn is_miss(self) -> bool {
        self != Outcome::Found
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
    use crate::search::{Hit, Snippet};

    fn results(scores: &[f32]) -> Results {
        Results {
            hits: scores
                .iter()
                .map(|&score| Hit {
                    id: "x".into(),
                    kind: Kind::Guide,
                    lang: Lang::En,
                    title: "x".into(),
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
        }
    }

    /// No hit is empty, a best hit below the threshold weak, one at or above it found; the
    /// best hit counts wherever it is on the page.
    #[test]
    fn outcome_follows_the_best_score() {
        assert_eq!(Outcome::of(&results(&[])), Outcome::Empty);
        assert_eq!(Outcome::of(&results(&[WEAK_SCORE - 0.1])), Outcome::Weak);
        assert_eq!(Outcome::of(&results(&[WEAK_SCORE])), Outcome::Found);
        assert_eq!(
            Outcome::of(&results(&[1.0, WEAK_SCORE + 3.0])),
            Outcome::Found
        );
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
        assert!(Outcome::Weak.is_miss() && Outcome::Empty.is_miss() && !Outcome::Found.is_miss());
    }
}

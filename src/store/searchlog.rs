//! The search log: what people searched for and how well the knowledge base answered, so a
//! content team sees what to write next (`miners-guide report`, `/report`).
//!
//! Privacy, by design: a row holds the words searched, their language, the platform, the
//! outcome and the time **rounded down to the hour** — never who searched or in which chat, and
//! the time is too coarse to match a row to one message. The words of every search are kept
//! (the report's "top queries" needs the found ones too) until `RETENTION_DAYS`, when
//! [`Store::sweep_retention`] (`privacy.rs`) sets them to NULL; the counts by language,
//! platform and outcome stay.
//!
//! Questions to experts (open questions by age, the share of answers marked helpful) are read
//! from the questions table ([`question_report`]).

use super::Store;
use super::error::Result;
use crate::lang::Lang;
use crate::search::Outcome;
use rusqlite::{Connection, TransactionBehavior, named_params};
use serde::Serialize;

/// How many query groups each list of the report holds at most.
pub const REPORT_ROWS: usize = 20;
/// The longest query text stored, in characters (searches are cut at 256 before they run).
const MAX_QUERY_CHARS: usize = 256;

/// One search, as the log records it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRecord {
    /// When (unix seconds; stored rounded down to the hour).
    pub at: i64,
    /// The platform's lowercase name (`telegram`, `matrix`, `console`).
    pub platform: &'static str,
    /// The language the search was made in.
    pub lang: Lang,
    /// How well it was answered.
    pub outcome: Outcome,
    /// The words as searched.
    pub query: String,
}

/// A group of searches with the same words (folded: case, accents and spacing do not count).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryCount {
    /// The words, as one of the searches of the group typed them.
    pub query: String,
    /// How many searches the group holds.
    pub searches: u64,
    /// How many of them found only weak hits.
    pub weak: u64,
    /// How many found nothing.
    pub empty: u64,
}

/// The searches of one language or platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupCount {
    /// The language code or platform name.
    pub name: String,
    /// How many searches.
    pub searches: u64,
    /// How many of them found only weak hits.
    pub weak: u64,
    /// How many found nothing.
    pub empty: u64,
}

/// Open questions whose age falls in one range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgeCount {
    /// The youngest age in the range, in days.
    pub from_days: u32,
    /// The oldest (exclusive), in days; `None`: no upper bound.
    pub to_days: Option<u32>,
    /// How many open questions are that old.
    pub open: u64,
}

/// How askers rated the answers they got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpfulShare {
    /// Answers marked "this helped".
    pub helped: u64,
    /// Answers marked "it did not".
    pub not_helped: u64,
}

impl HelpfulShare {
    /// The share marked helpful, in whole percent (`None` with no rating).
    pub fn percent(&self) -> Option<u64> {
        let all = self.helped + self.not_helped;
        (all > 0).then(|| (self.helped * 100 + all / 2) / all)
    }
}

/// The questions part of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionReport {
    /// Open questions by age, youngest range first.
    pub open_by_age: Vec<AgeCount>,
    /// How the answers were rated (`None` when no ratings are recorded).
    pub helpful: Option<HelpfulShare>,
}

/// What people searched for over a period, for a content team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchReport {
    /// The start of the period (unix seconds).
    pub since: i64,
    /// The end of the period (unix seconds, when the report was made).
    pub until: i64,
    /// Every search of the period.
    pub searches: u64,
    /// Searches whose best hit was good.
    pub found: u64,
    /// Searches whose best hit was weak.
    pub weak: u64,
    /// Searches that found nothing.
    pub empty: u64,
    /// The words that found nothing or little, most frequent first (at most [`REPORT_ROWS`]).
    pub misses: Vec<QueryCount>,
    /// The words searched most, whatever they found (at most [`REPORT_ROWS`]).
    pub top: Vec<QueryCount>,
    /// Searches per language, most first.
    pub by_lang: Vec<GroupCount>,
    /// Searches per platform, most first.
    pub by_platform: Vec<GroupCount>,
    /// Open questions and ratings, when the questions tables exist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<QuestionReport>,
}

/// `at` rounded down to the hour.
fn hour_of(at: i64) -> i64 {
    at - at.rem_euclid(3600)
}

/// The first `max` characters of `text`.
fn clip(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

impl Store {
    /// Appends `records` to the search log in one transaction (a batch from the core's log
    /// writer). Records with no words are skipped.
    pub fn record_searches(&self, records: &[SearchRecord]) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO search_log (at, platform, lang, outcome, query, folded)
                 VALUES (:at, :platform, :lang, :outcome, :query, :folded)",
            )?;
            for r in records {
                let query = clip(r.query.trim(), MAX_QUERY_CHARS);
                let folded = crate::text::fold_words(query);
                if folded.is_empty() {
                    continue;
                }
                insert.execute(named_params! {
                    ":at": hour_of(r.at),
                    ":platform": r.platform,
                    ":lang": r.lang.code(),
                    ":outcome": r.outcome.as_str(),
                    ":query": query,
                    ":folded": folded,
                })?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The report of the searches since `since` (unix seconds) until `now`.
    pub fn search_report(&self, since: i64, now: i64) -> Result<SearchReport> {
        let conn = self.conn();
        let (searches, weak, empty) = conn
            .prepare_cached(
                "SELECT count(*), coalesce(sum(outcome = 'weak'), 0),
                        coalesce(sum(outcome = 'empty'), 0)
                 FROM search_log WHERE at >= :since",
            )?
            .query_row(named_params! {":since": hour_of(since)}, |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
        let misses = query_counts(&conn, since, true)?;
        let top = query_counts(&conn, since, false)?;
        let by_lang = group_counts(&conn, since, "lang")?;
        let by_platform = group_counts(&conn, since, "platform")?;
        let questions = question_report(&conn, now);
        Ok(SearchReport {
            since,
            until: now,
            searches: searches.unsigned_abs(),
            found: (searches - weak - empty).unsigned_abs(),
            weak: weak.unsigned_abs(),
            empty: empty.unsigned_abs(),
            misses,
            top,
            by_lang,
            by_platform,
            questions,
        })
    }
}

/// The query groups of the period, most searched first: only the misses, or all.
fn query_counts(conn: &Connection, since: i64, misses: bool) -> Result<Vec<QueryCount>> {
    let filter = if misses {
        "AND outcome IN ('weak', 'empty')"
    } else {
        ""
    };
    let sql = format!(
        "SELECT min(query), count(*), sum(outcome = 'weak'), sum(outcome = 'empty')
         FROM search_log
         WHERE at >= :since AND folded IS NOT NULL {filter}
         GROUP BY folded
         ORDER BY count(*) DESC, folded
         LIMIT :limit"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        named_params! {":since": hour_of(since), ":limit": REPORT_ROWS as i64},
        |r| {
            Ok(QueryCount {
                query: r.get(0)?,
                searches: r.get::<_, i64>(1)?.unsigned_abs(),
                weak: r.get::<_, i64>(2)?.unsigned_abs(),
                empty: r.get::<_, i64>(3)?.unsigned_abs(),
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The searches of the period per value of `column` (`lang` or `platform`), most first.
fn group_counts(conn: &Connection, since: i64, column: &str) -> Result<Vec<GroupCount>> {
    debug_assert!(matches!(column, "lang" | "platform"));
    let sql = format!(
        "SELECT {column}, count(*), sum(outcome = 'weak'), sum(outcome = 'empty')
         FROM search_log WHERE at >= :since
         GROUP BY {column} ORDER BY count(*) DESC, {column}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(named_params! {":since": hour_of(since)}, |r| {
        Ok(GroupCount {
            name: r.get(0)?,
            searches: r.get::<_, i64>(1)?.unsigned_abs(),
            weak: r.get::<_, i64>(2)?.unsigned_abs(),
            empty: r.get::<_, i64>(3)?.unsigned_abs(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The age ranges of open questions, in days: under 1, 1–7, 7–30, 30 and more.
const AGE_RANGES: [(u32, Option<u32>); 4] = [(0, Some(1)), (1, Some(7)), (7, Some(30)), (30, None)];

/// The questions part of the report, from the questions table (`questions.rs`): open
/// questions by age, and the share of answers the askers marked helpful (each question keeps
/// its asker's last verdict). `None` (logged) if the table cannot be read.
pub(crate) fn question_report(conn: &Connection, now: i64) -> Option<QuestionReport> {
    let read = || -> rusqlite::Result<QuestionReport> {
        let mut open_by_age = Vec::with_capacity(AGE_RANGES.len());
        let mut stmt = conn.prepare_cached(
            "SELECT count(*) FROM questions
             WHERE status = 'open' AND created_at <= :young AND created_at > :old",
        )?;
        for (from, to) in AGE_RANGES {
            let young = now - i64::from(from) * 86_400;
            let old = to.map_or(i64::MIN, |to| now - i64::from(to) * 86_400);
            let open: i64 =
                stmt.query_row(named_params! {":young": young, ":old": old}, |r| r.get(0))?;
            open_by_age.push(AgeCount {
                from_days: from,
                to_days: to,
                open: open.unsigned_abs(),
            });
        }
        let (helped, rated): (i64, i64) = conn.query_row(
            "SELECT coalesce(sum(feedback = 'helped'), 0), count(feedback) FROM questions",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let helpful = (rated > 0).then(|| HelpfulShare {
            helped: helped.unsigned_abs(),
            not_helped: (rated - helped).unsigned_abs(),
        });
        Ok(QuestionReport {
            open_by_age,
            helpful,
        })
    };
    read()
        .map_err(|e| {
            log::warn!("store::searchlog: the questions part of the report is left out: {e}")
        })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(at: i64, lang: Lang, outcome: Outcome, query: &str) -> SearchRecord {
        SearchRecord {
            at,
            platform: "telegram",
            lang,
            outcome,
            query: query.into(),
        }
    }

    /// Misses are grouped by their folded words (case, accents, spacing), most frequent first;
    /// found searches count in the top queries and the totals but not among the misses.
    #[test]
    fn report_groups_misses_by_folded_words() -> std::result::Result<(), Box<dyn std::error::Error>>
    {
        let store = Store::open_in_memory()?;
        let now = 1_800_000_000;
        store.record_searches(&[
            record(now, Lang::Fr, Outcome::Empty, "Sécurité  Puits"),
            record(now, Lang::Fr, Outcome::Weak, "securite puits"),
            record(now, Lang::En, Outcome::Empty, "SECURITE PUITS"),
            record(now, Lang::En, Outcome::Empty, "dragon"),
            record(now, Lang::En, Outcome::Found, "mercury"),
            record(now, Lang::En, Outcome::Found, "Mercury"),
            record(now, Lang::En, Outcome::Found, "mercury"),
            record(now, Lang::En, Outcome::Found, "   "),
        ])?;
        let r = store.search_report(now - 86_400, now)?;
        assert_eq!((r.searches, r.found, r.weak, r.empty), (7, 3, 1, 3));
        assert_eq!(r.misses.len(), 2);
        assert_eq!(
            (r.misses[0].searches, r.misses[0].weak, r.misses[0].empty),
            (3, 1, 2)
        );
        assert_eq!(
            crate::text::fold_words(&r.misses[0].query),
            "securite puits"
        );
        assert_eq!(r.misses[1].query, "dragon");
        assert_eq!(r.top[0].searches, 3);
        assert_eq!(r.top[0].query.to_lowercase(), "mercury");
        assert_eq!(r.by_lang[0].name, "en");
        assert_eq!((r.by_lang[0].searches, r.by_lang[1].searches), (5, 2));
        assert_eq!(r.by_platform[0].name, "telegram");
        let q = r.questions.ok_or("the questions section")?;
        assert!(
            q.open_by_age.iter().all(|a| a.open == 0),
            "no question asked"
        );
        assert_eq!(q.helpful, None, "no answer rated");
        Ok(())
    }

    /// Times are stored to the hour, and only searches since the start of the period count.
    #[test]
    fn report_counts_only_the_period() -> std::result::Result<(), Box<dyn std::error::Error>> {
        let store = Store::open_in_memory()?;
        let now = 1_800_000_000;
        store.record_searches(&[
            record(now - 10 * 86_400, Lang::En, Outcome::Empty, "old"),
            record(now - 100, Lang::En, Outcome::Empty, "new"),
        ])?;
        let at: i64 =
            store
                .conn()
                .query_row("SELECT at FROM search_log WHERE query = 'new'", [], |r| {
                    r.get(0)
                })?;
        assert_eq!(at % 3600, 0);
        assert!(now - 100 - at < 3600);
        let r = store.search_report(now - 7 * 86_400, now)?;
        assert_eq!(r.searches, 1);
        assert_eq!(r.misses[0].query, "new");
        Ok(())
    }

    /// The report counts open questions by age and the share of answers marked helpful (no
    /// share while nobody has rated an answer).
    #[test]
    fn report_counts_open_questions_and_the_helpful_share()
    -> std::result::Result<(), Box<dyn std::error::Error>> {
        let store = Store::open_in_memory()?;
        let now = 1_800_000_000;
        let insert = |status: &str, at: i64, feedback: Option<&str>| {
            store.conn().execute(
                "INSERT INTO questions (platform, chat_id, reply_chat, in_group, user_id,
                     display_name, lang, body, status, created_at, updated_at, content_hash,
                     feedback)
                 VALUES ('telegram', '1', '1', 0, '1', 'Ana', 'en', 'How deep?', ?1, ?2, ?2,
                     'h', ?3)",
                rusqlite::params![status, at, feedback],
            )
        };
        insert("open", now - 3600, None)?;
        insert("open", now - 3 * 86_400, None)?;
        insert("open", now - 3 * 86_400 - 5, None)?;
        insert("answered", now - 3 * 86_400 - 5, None)?;
        insert("open", now - 90 * 86_400, None)?;
        let q = store.search_report(now - 86_400, now)?.questions;
        let q = q.ok_or("the questions section")?;
        let open: Vec<u64> = q.open_by_age.iter().map(|a| a.open).collect();
        assert_eq!(open, [1, 2, 0, 1]);
        assert_eq!(q.helpful, None);
        insert("answered", now - 10, Some("helped"))?;
        insert("published", now - 10, Some("helped"))?;
        insert("answered", now - 10, Some("not-helped"))?;
        let q = store.search_report(now - 86_400, now)?.questions;
        let share = q.and_then(|q| q.helpful).ok_or("a helpful share")?;
        assert_eq!(
            (share.helped, share.not_helped, share.percent()),
            (2, 1, Some(67))
        );
        Ok(())
    }
}

//! `/report [days]` for moderators (and `miners-guide report`, which prints the same reply in
//! English): what people searched for and did not find, grouped and most frequent first; the
//! top queries; searches per language and platform; and, once the questions tables exist, open
//! questions by age and the share of answers marked helpful. This is what tells a content team
//! what to write next.
//!
//! The reply fits one Telegram message (4096 characters): at most [`CHAT_ROWS`] lines per list,
//! each query cut to [`QUERY_CHARS`] characters.

use super::i18n::{Msg, tr};
use super::message::{Block, Inline, Reply, Response};
use super::view::{para, shorten};
use super::{Bot, Incoming, answer, reply};
use crate::lang::Lang;
use crate::store::{GroupCount, SearchReport};

/// The period `/report` and `miners-guide report` cover without a number of days.
pub const DEFAULT_REPORT_DAYS: u32 = 30;
/// The longest period a report covers, in days.
pub const MAX_REPORT_DAYS: u32 = 3660;
/// How many queries each list of the chat reply shows.
const CHAT_ROWS: usize = 10;
/// How much of a query a line shows.
const QUERY_CHARS: usize = 60;

impl Bot {
    /// `/report [days]`: refused to anyone but a moderator.
    pub(super) fn report(&self, arg: &str, msg: &Incoming, lang: Lang) -> Response {
        if !self.is_moderator(&msg.user) {
            log::warn!(
                "core::report: refused /report to a non-moderator on {}",
                msg.chat.platform
            );
            return answer(Bot::message_reply(Msg::ModeratorsOnly, lang));
        }
        let Some(store) = self.store.clone() else {
            return answer(Bot::message_reply(Msg::ReportUnavailable, lang));
        };
        let days = match parse_days(arg) {
            Some(days) => days,
            None => {
                let example = format!("{} 7", Bot::typed("report"));
                let text = tr(
                    Msg::ReportDaysWanted,
                    lang,
                    &[&MAX_REPORT_DAYS.to_string(), &example],
                );
                return answer(Bot::message_text(text, lang));
            }
        };
        self.flush_search_log();
        let now = (self.clock)();
        let since = now.saturating_sub(i64::from(days) * 86_400);
        match store.search_report(since, now) {
            Ok(r) => answer(report_reply(&r, days, lang)),
            Err(e) => answer(self.store_failure("report", &e, msg, lang)),
        }
    }
}

/// The number of days of `/report 7` (empty: [`DEFAULT_REPORT_DAYS`]); `None` for anything
/// but a whole number from 1 to [`MAX_REPORT_DAYS`].
pub fn parse_days(arg: &str) -> Option<u32> {
    let arg = arg.trim();
    if arg.is_empty() {
        return Some(DEFAULT_REPORT_DAYS);
    }
    arg.parse::<u32>()
        .ok()
        .filter(|d| (1..=MAX_REPORT_DAYS).contains(d))
}

/// One list line: the query in quotes as code, then its counts.
fn query_line(query: &str, counts: String) -> Vec<Inline> {
    vec![
        Inline::Code(shorten(query, QUERY_CHARS)),
        Inline::Text(format!(" {counts}")),
    ]
}

/// `en 12 · fr 3`.
fn group_list(groups: &[GroupCount]) -> String {
    groups
        .iter()
        .map(|g| format!("{} {}", g.name, g.searches))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The report of the last `days` days as a reply in `lang`.
pub fn report_reply(r: &SearchReport, days: u32, lang: Lang) -> Reply {
    let mut blocks = vec![Block::Heading(tr(
        Msg::ReportHeading,
        lang,
        &[&days.to_string()],
    ))];
    if r.searches == 0 {
        blocks.push(para(Msg::ReportNoSearches.get(lang)));
    } else {
        blocks.push(para(tr(
            Msg::ReportTotals,
            lang,
            &[
                &r.searches.to_string(),
                &r.found.to_string(),
                &r.weak.to_string(),
                &r.empty.to_string(),
            ],
        )));
        if !r.misses.is_empty() {
            blocks.push(Block::Heading(Msg::ReportMissesHeading.get(lang).into()));
            blocks.push(Block::List(
                r.misses
                    .iter()
                    .take(CHAT_ROWS)
                    .map(|q| {
                        let counts = tr(
                            Msg::ReportMissLine,
                            lang,
                            &[&q.searches.to_string(), &q.empty.to_string()],
                        );
                        query_line(&q.query, counts)
                    })
                    .collect(),
            ));
        }
        if !r.top.is_empty() {
            blocks.push(Block::Heading(Msg::ReportTopHeading.get(lang).into()));
            blocks.push(Block::List(
                r.top
                    .iter()
                    .take(CHAT_ROWS)
                    .map(|q| {
                        let counts = tr(Msg::ReportTopLine, lang, &[&q.searches.to_string()]);
                        query_line(&q.query, counts)
                    })
                    .collect(),
            ));
        }
        blocks.push(para(tr(
            Msg::ReportByLanguage,
            lang,
            &[&group_list(&r.by_lang)],
        )));
        blocks.push(para(tr(
            Msg::ReportByPlatform,
            lang,
            &[&group_list(&r.by_platform)],
        )));
    }
    if let Some(q) = &r.questions {
        let open: Vec<String> = q.open_by_age.iter().map(|a| a.open.to_string()).collect();
        if let [day, week, month, older] = open.as_slice() {
            blocks.push(para(tr(
                Msg::ReportQuestionsOpen,
                lang,
                &[day.as_str(), week.as_str(), month.as_str(), older.as_str()],
            )));
        }
        if let Some(share) = &q.helpful
            && let Some(percent) = share.percent()
        {
            let rated = share.helped + share.not_helped;
            blocks.push(para(tr(
                Msg::ReportHelpful,
                lang,
                &[&percent.to_string(), &rated.to_string()],
            )));
        }
    }
    reply(lang, blocks, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{AgeCount, HelpfulShare, QueryCount, QuestionReport};

    fn long_report() -> SearchReport {
        let q = |i: usize| QueryCount {
            query: format!("{i} {}", "ጠ<b>&".repeat(200)),
            searches: 1000 + i as u64,
            weak: 500,
            empty: 500,
        };
        let g = |name: &str| GroupCount {
            name: name.into(),
            searches: 123_456,
            weak: 1,
            empty: 1,
        };
        SearchReport {
            since: 0,
            until: 1,
            searches: 9_999_999,
            found: 3_333_333,
            weak: 3_333_333,
            empty: 3_333_333,
            misses: (0..20).map(q).collect(),
            top: (0..20).map(q).collect(),
            by_lang: Lang::ALL.iter().map(|l| g(l.code())).collect(),
            by_platform: ["telegram", "matrix", "console"].map(g).to_vec(),
            questions: Some(QuestionReport {
                open_by_age: vec![
                    AgeCount {
                        from_days: 0,
                        to_days: Some(1),
                        open: 3,
                    };
                    4
                ],
                helpful: Some(HelpfulShare {
                    helped: 2,
                    not_helped: 1,
                }),
            }),
        }
    }

    /// The longest report (20 groups per list, long queries in a wide script, every language,
    /// the questions part) renders as one valid Telegram message, in every language.
    #[test]
    fn longest_report_fits_one_telegram_message() {
        for lang in Lang::ALL {
            let reply = report_reply(&long_report(), MAX_REPORT_DAYS, lang);
            let messages = crate::telegram::render::render_html(
                &reply,
                crate::telegram::render::MESSAGE_LIMIT,
            );
            assert_eq!(messages.len(), 1, "{lang}: {} messages", messages.len());
            let text = crate::console::render(&reply);
            assert!(text.contains("67"), "{lang}: the helpful share\n{text}");
        }
    }

    /// Without the questions part, no line about questions is shown; with no search, the
    /// report says so instead of listing empty sections.
    #[test]
    fn sections_follow_the_data() {
        let mut r = long_report();
        r.questions = None;
        let text = crate::console::render(&report_reply(&r, 7, Lang::En));
        assert!(!text.contains("questions"), "{text}");
        assert!(text.contains("Found nothing or little"), "{text}");
        let empty = SearchReport {
            searches: 0,
            found: 0,
            weak: 0,
            empty: 0,
            misses: Vec::new(),
            top: Vec::new(),
            by_lang: Vec::new(),
            by_platform: Vec::new(),
            ..r
        };
        let text = crate::console::render(&report_reply(&empty, 7, Lang::En));
        assert!(text.contains("No search was recorded"), "{text}");
        assert!(!text.contains("Found nothing or little"), "{text}");
    }

    /// `/report` takes nothing (the default period) or 1 to the maximum number of days.
    #[test]
    fn days_are_parsed_strictly() {
        assert_eq!(parse_days(""), Some(DEFAULT_REPORT_DAYS));
        assert_eq!(parse_days(" 7 "), Some(7));
        assert_eq!(
            parse_days(&MAX_REPORT_DAYS.to_string()),
            Some(MAX_REPORT_DAYS)
        );
        for bad in [
            "0",
            "-1",
            "seven",
            "7d",
            "99999999999",
            &(MAX_REPORT_DAYS + 1).to_string(),
        ] {
            assert_eq!(parse_days(bad), None, "{bad}");
        }
    }
}

//! `/find <words>` (and free text in a private chat, a deep link `find-…`, a "More" button):
//! one page of search hits, the best answer first when one entry clearly answers, or a plain
//! "I don't know" with the nearest topics and a way on when nothing does.
//!
//! The first page has three shapes, chosen by the search's [`Outcome`]:
//! - **best answer first** when one hit clearly wins ([`Outcome::clear_winner`]: at least
//!   [`WEAK_SCORE`](crate::search::outcome::WEAK_SCORE) and
//!   [`CLEAR_LEAD`](crate::search::outcome::CLEAR_LEAD) times the second): its title, the two
//!   to four whole sentences that answer ([`Results::answer`](crate::search::Results)), how to
//!   open it, then the other hits as one line each;
//! - **a compact list** when several answer about as well (as every later page is);
//! - **"I don't know"** when the best hit is weak or there is none: said plainly, with the
//!   nearest topics and [`offer_a_person`].

use crate::core::i18n::{Msg, tr};
use crate::core::message::{Action, ActionKind, Block, Inline, OpenCommands, Reply};
use crate::core::view::{
    answer_blocks, entry_line, hit_blocks, hit_line, open_inline, para, shorten,
};
use crate::core::{
    Bot, ECHO_CHARS, MAX_PAGE, MAX_QUERY_CHARS, PAGE_SIZE, command_action, reply, truncate,
};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::{Outcome, Results, SearchIndex, SearchOptions};

/// `/find` with nothing to find: how to use it, with an example.
pub(in crate::core) fn without_query(lang: Lang) -> Reply {
    reply(lang, vec![with_example(Msg::FindEmpty, lang)], Vec::new())
}

/// A paragraph of `msg` whose `$example` is an example search, shown as code.
fn with_example(msg: Msg, lang: Lang) -> Block {
    let example = format!("/find {}", Msg::ExampleQuery.get(lang));
    let text = tr(msg, lang, &["\u{0}"]);
    let (before, after) = text.split_once('\u{0}').unwrap_or((text.as_str(), ""));
    Block::Paragraph(vec![
        Inline::Text(before.to_string()),
        Inline::Code(example),
        Inline::Text(after.to_string()),
    ])
}

/// The reply for a search: one page of hits with a "More" action (the best answer first when
/// one clearly wins, on the first page), or what the bot does not know and what to try.
/// `open` is how the platform writes the command that opens a hit.
pub(in crate::core) fn search_reply(
    index: &SearchIndex,
    raw: &str,
    page: u32,
    lang: Lang,
    open: OpenCommands,
) -> Reply {
    search_reply_and_outcome(index, raw, page, lang, open).0
}

/// [`search_reply`], and the [`Outcome`] of the search it showed (`None` when it ran none: an
/// empty query, a page past the last one, a failed search). The search log counts that outcome
/// instead of searching a second time (with the cache of recent pages off, `SEARCH_CACHE=0`,
/// a second search was a second full search: 580 – 760 against 330 – 440 µs of the bot's CPU
/// a reply in the load bench, docs/benchmarks.md "Fifteenth session").
pub(in crate::core) fn search_reply_and_outcome(
    index: &SearchIndex,
    raw: &str,
    page: u32,
    lang: Lang,
    open: OpenCommands,
) -> (Reply, Option<Outcome>) {
    let (query, cut) = truncate(raw.trim(), MAX_QUERY_CHARS);
    let mut blocks = Vec::new();
    if cut {
        let n = MAX_QUERY_CHARS.to_string();
        blocks.push(Block::Paragraph(vec![Inline::Em(tr(
            Msg::QueryShortened,
            lang,
            &[&n],
        ))]));
    }
    let echo = shorten(query, ECHO_CHARS);
    if query.is_empty() {
        blocks.push(para(Msg::EmptyMessage.get(lang)));
        return (reply(lang, blocks, Vec::new()), None);
    }
    if page > MAX_PAGE {
        blocks.push(para(tr(Msg::NoMoreResults, lang, &[&echo])));
        return (reply(lang, blocks, Vec::new()), None);
    }
    let offset = page as usize * PAGE_SIZE;
    let opts = SearchOptions {
        lang,
        limit: PAGE_SIZE,
        offset,
        kinds: Vec::new(),
    };
    let results = match index.search(query, &opts) {
        Ok(r) => r,
        Err(e) => {
            log::warn!("core::find: search failed: {e}");
            return (Bot::error_reply(lang), None);
        }
    };
    let outcome = Outcome::of(&results);
    let reply = 'reply: {
        if page > 0 && results.hits.is_empty() {
            blocks.push(para(tr(Msg::NoMoreResults, lang, &[&echo])));
            break 'reply reply(lang, blocks, Vec::new());
        }
        if page == 0 {
            match outcome {
                Outcome::Empty if index.filler().is_only_filler(query) => {
                    break 'reply only_filler(index, blocks, lang, open);
                }
                Outcome::Empty | Outcome::Weak => {
                    break 'reply dont_know(index, blocks, query, &echo, &results, lang, open);
                }
                Outcome::Found => {}
            }
        }
        let kb = index.kb();
        let first = offset + 1;
        let last = offset + results.hits.len();
        let total = results.total.max(last);
        // A large index counts only its best candidates: "more than N" is then shown as "N+".
        let more_than_total = !results.total_is_exact;
        let total_text = if more_than_total {
            format!("{total}+")
        } else {
            total.to_string()
        };
        match Outcome::clear_winner(&results).filter(|_| page == 0) {
            Some(best) => {
                // The best answer: its title, kind, the sentences that answer and how to open it.
                blocks.push(Block::Heading(best.title.clone()));
                let mut answer = answer_blocks(results.answer.as_ref().unwrap_or(&best.snippet));
                if answer.is_empty() {
                    answer = answer_blocks(&best.snippet);
                }
                blocks.extend(answer);
                blocks.push(Block::Paragraph(vec![
                    Inline::Em(crate::core::i18n::kind(best.kind, lang).into()),
                    Inline::Text(format!(" · {} ", Msg::Open.get(lang))),
                    open_inline(best.kind, &best.id, open),
                ]));
                if results.hits.len() > 1 {
                    blocks.push(Block::Paragraph(vec![Inline::Strong(tr(
                        Msg::ResultsOthers,
                        lang,
                        &[
                            &echo,
                            &(first + 1).to_string(),
                            &last.to_string(),
                            &total_text,
                        ],
                    ))]));
                    blocks.push(Block::List(
                        results.hits[1..]
                            .iter()
                            .map(|h| hit_line(h, lang, open))
                            .collect(),
                    ));
                }
            }
            None => {
                blocks.push(Block::Heading(tr(
                    Msg::ResultsHeading,
                    lang,
                    &[&echo, &first.to_string(), &last.to_string(), &total_text],
                )));
                for (i, hit) in results.hits.iter().enumerate() {
                    let summary = kb.get(&hit.id).map(|e| e.text(lang).summary.as_str());
                    blocks.extend(hit_blocks(first + i, hit, summary, lang, open));
                }
            }
        }
        let mut actions = Vec::new();
        if last < total || more_than_total {
            actions.push(Action {
                label: Msg::More.get(lang).to_string(),
                kind: ActionKind::Page {
                    query: query.to_string(),
                    page: page + 1,
                },
            });
        }
        reply(lang, blocks, actions)
    };
    (reply, Some(outcome))
}

/// Nothing answers (no hit, or only weak ones): the bot says so plainly, offers the spelling
/// suggestions as tappable searches, shows the nearest topics (the weak hits, or every guide
/// when there is none) and a way on ([`offer_a_person`]).
fn dont_know(
    index: &SearchIndex,
    mut blocks: Vec<Block>,
    query: &str,
    echo: &str,
    results: &Results,
    lang: Lang,
    open: OpenCommands,
) -> Reply {
    blocks.push(para(tr(Msg::FindDontKnow, lang, &[echo])));
    let mut actions = Vec::new();
    let suggestions: Vec<&String> = results
        .suggestions
        .iter()
        .filter(|s| !s.trim().is_empty())
        .take(5)
        .collect();
    if !suggestions.is_empty() {
        let mut line = vec![Inline::Text(format!("{} ", Msg::DidYouMean.get(lang)))];
        for (i, s) in suggestions.iter().enumerate() {
            if i > 0 {
                line.push(Inline::Text(", ".into()));
            }
            let cmd = format!("/find {s}");
            line.push(Inline::Code(cmd.clone()));
            actions.push(command_action(s.as_str(), cmd));
        }
        blocks.push(Block::Paragraph(line));
    }
    if results.hits.is_empty() {
        blocks.extend(guide_list(index, Msg::TryTopics, lang, open));
    } else {
        blocks.push(para(Msg::FindNearest.get(lang)));
        blocks.push(Block::List(
            results
                .hits
                .iter()
                .map(|h| hit_line(h, lang, open))
                .collect(),
        ));
    }
    let (offer, offer_actions) = offer_a_person(query, lang);
    blocks.extend(offer);
    actions.extend(offer_actions);
    reply(lang, blocks, actions)
}

/// A message of nothing but greetings and question words ("hello", "habari, tafadhali"):
/// what to ask, with an example, and the topics.
fn only_filler(
    index: &SearchIndex,
    mut blocks: Vec<Block>,
    lang: Lang,
    open: OpenCommands,
) -> Reply {
    blocks.push(with_example(Msg::FindOnlyFiller, lang));
    blocks.extend(guide_list(index, Msg::TryTopics, lang, open));
    reply(
        lang,
        blocks,
        vec![command_action(Msg::AllTopics.get(lang), "/topics")],
    )
}

/// `lead`, then every guide as one line (title and how to open it).
fn guide_list(index: &SearchIndex, lead: Msg, lang: Lang, open: OpenCommands) -> Vec<Block> {
    let topics: Vec<Vec<Inline>> = index
        .kb()
        .of_kind(Kind::Guide)
        .map(|e| entry_line(e, lang, None, open))
        .collect();
    if topics.is_empty() {
        return Vec::new();
    }
    vec![para(lead.get(lang)), Block::List(topics)]
}

/// The way on when the bot cannot answer `query`: the one place that says what a person can
/// do next. It offers to pass the question to a person ("Ask a person", `/ask <query>` with the
/// searched words filled in: `core/ask.rs`), and the topics and `/share` beside it.
pub(crate) fn offer_a_person(query: &str, lang: Lang) -> (Vec<Block>, Vec<Action>) {
    let ask = crate::core::ask::ask_command(query);
    (
        vec![crate::core::moderation::with_codes(
            Msg::FindOfferAsk.get(lang),
            &[&ask],
        )],
        vec![
            crate::core::ask::ask_action(query, lang),
            command_action(Msg::AllTopics.get(lang), "/topics"),
            command_action(Msg::OfferShare.get(lang), "/share"),
        ],
    )
}

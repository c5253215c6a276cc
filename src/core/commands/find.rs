//! `/find <words>` (and free text in a private chat, a deep link `find-…`, a "More" button):
//! one page of search hits, or what to try when nothing matched.

use crate::core::i18n::{Msg, tr};
use crate::core::message::{Action, ActionKind, Block, Inline, Reply};
use crate::core::view::{entry_line, hit_blocks, para, shorten};
use crate::core::{
    Bot, ECHO_CHARS, MAX_PAGE, MAX_QUERY_CHARS, PAGE_SIZE, command_action, reply, truncate,
};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::{SearchIndex, SearchOptions};

/// `/find` with nothing to find: how to use it, with an example.
pub(in crate::core) fn without_query(lang: Lang) -> Reply {
    let example = format!("/find {}", Msg::ExampleQuery.get(lang));
    let text = tr(Msg::FindEmpty, lang, &["\u{0}"]);
    let (before, after) = text.split_once('\u{0}').unwrap_or((text.as_str(), ""));
    reply(
        lang,
        vec![Block::Paragraph(vec![
            Inline::Text(before.to_string()),
            Inline::Code(example),
            Inline::Text(after.to_string()),
        ])],
        Vec::new(),
    )
}

/// The reply for a search: one page of hits with a "More" action, or what to try instead.
pub(in crate::core) fn search_reply(
    index: &SearchIndex,
    raw: &str,
    page: u32,
    lang: Lang,
    kinds: &[Kind],
) -> Reply {
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
        return reply(lang, blocks, Vec::new());
    }
    if page > MAX_PAGE {
        blocks.push(para(tr(Msg::NoMoreResults, lang, &[&echo])));
        return reply(lang, blocks, Vec::new());
    }
    let offset = page as usize * PAGE_SIZE;
    let opts = SearchOptions {
        lang,
        limit: PAGE_SIZE,
        offset,
        kinds: kinds.to_vec(),
    };
    let results = match index.search(query, &opts) {
        Ok(r) => r,
        Err(e) => {
            log::warn!("core::find: search failed: {e}");
            return Bot::error_reply(lang);
        }
    };
    if results.hits.is_empty() {
        if page > 0 {
            blocks.push(para(tr(Msg::NoMoreResults, lang, &[&echo])));
            return reply(lang, blocks, Vec::new());
        }
        return no_results(index, blocks, &echo, &results.suggestions, lang);
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
    blocks.push(Block::Heading(tr(
        Msg::ResultsHeading,
        lang,
        &[&echo, &first.to_string(), &last.to_string(), &total_text],
    )));
    for (i, hit) in results.hits.iter().enumerate() {
        let summary = kb.get(&hit.id).map(|e| e.text(lang).summary.as_str());
        blocks.extend(hit_blocks(first + i, hit, summary, lang));
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
}

/// Nothing matched: the spelling suggestions as tappable searches, then the topics.
fn no_results(
    index: &SearchIndex,
    mut blocks: Vec<Block>,
    echo: &str,
    suggestions: &[String],
    lang: Lang,
) -> Reply {
    blocks.push(para(tr(Msg::NoResults, lang, &[echo])));
    let mut actions = Vec::new();
    let suggestions: Vec<&String> = suggestions
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
    blocks.push(para(Msg::TryTopics.get(lang)));
    let topics: Vec<Vec<Inline>> = index
        .kb()
        .of_kind(Kind::Guide)
        .map(|e| entry_line(e, lang, None))
        .collect();
    if !topics.is_empty() {
        blocks.push(Block::List(topics));
    }
    actions.push(command_action(Msg::AllTopics.get(lang), "/topics"));
    reply(lang, blocks, actions)
}

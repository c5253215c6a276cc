//! `/orgs [category, region or country]`: the organisations, grouped by category, or those of
//! one category, region or country.

use crate::core::i18n::{self, Msg, fold_words, tr};
use crate::core::message::{Block, Inline, OpenCommands, Reply};
use crate::core::view::{entry_line, para, shorten};
use crate::core::{ECHO_CHARS, MAX_QUERY_CHARS, command_action, reply, truncate};
use crate::kb::{Category, Entry, Kind, KnowledgeBase, Region};
use crate::lang::Lang;

/// The organisations matching `filter` (empty: all of them, by category).
pub(super) fn run(kb: &KnowledgeBase, filter: &str, lang: Lang, open: OpenCommands) -> Reply {
    let wanted = fold_words(filter);
    let line = |e: &Entry| {
        let mut detail = Vec::new();
        if let Some(c) = &e.country {
            detail.push(c.clone());
        }
        if let Some(o) = &e.org {
            detail.push(i18n::category(o.category, lang).to_string());
        }
        entry_line(
            e,
            lang,
            (!detail.is_empty()).then(|| detail.join(", ")),
            open,
        )
    };
    if wanted.is_empty() {
        let mut blocks = vec![Block::Heading(Msg::OrgsHeading.get(lang).to_string())];
        for c in Category::ALL {
            let items: Vec<Vec<Inline>> = kb
                .of_kind(Kind::Org)
                .filter(|e| e.org.as_ref().is_some_and(|o| o.category == c))
                .map(|e| {
                    let detail = e.country.clone();
                    entry_line(e, lang, detail, open)
                })
                .collect();
            if !items.is_empty() {
                blocks.push(Block::Paragraph(vec![Inline::Strong(
                    i18n::category(c, lang).to_string(),
                )]));
                blocks.push(Block::List(items));
            }
        }
        blocks.push(para(Msg::OrgsFilterHint.get(lang)));
        return reply(lang, blocks, Vec::new());
    }
    let (label, selected): (String, Vec<&Entry>) = if let Some(c) = i18n::category_named(filter) {
        (
            i18n::category(c, lang).to_string(),
            kb.of_kind(Kind::Org)
                .filter(|e| e.org.as_ref().is_some_and(|o| o.category == c))
                .collect(),
        )
    } else if let Some(r) = i18n::region_named(filter) {
        (
            i18n::region(r, lang).to_string(),
            kb.of_kind(Kind::Org)
                .filter(|e| e.region == Some(r))
                .collect(),
        )
    } else {
        let by_country: Vec<&Entry> = kb
            .of_kind(Kind::Org)
            .filter(|e| {
                e.country
                    .as_deref()
                    .is_some_and(|c| fold_words(c) == wanted)
            })
            .collect();
        if by_country.is_empty() {
            return unknown_filter(kb, filter, lang);
        }
        (
            by_country[0].country.clone().unwrap_or_default(),
            by_country,
        )
    };
    if selected.is_empty() {
        return reply(
            lang,
            vec![para(tr(Msg::OrgsNone, lang, &[&label]))],
            vec![command_action(Msg::AllOrgs.get(lang), "/orgs")],
        );
    }
    let mut blocks = vec![Block::Heading(format!(
        "{} — {label}",
        Msg::OrgsHeading.get(lang)
    ))];
    blocks.push(Block::List(selected.into_iter().map(line).collect()));
    reply(
        lang,
        blocks,
        vec![command_action(Msg::AllOrgs.get(lang), "/orgs")],
    )
}

/// A filter that is no category, region or country: the ones there are.
fn unknown_filter(kb: &KnowledgeBase, filter: &str, lang: Lang) -> Reply {
    let (filter, _) = truncate(filter.trim(), MAX_QUERY_CHARS);
    let echo = shorten(filter, ECHO_CHARS);
    let categories: Vec<Vec<Inline>> = Category::ALL
        .iter()
        .filter(|c| {
            kb.of_kind(Kind::Org)
                .any(|e| e.org.as_ref().is_some_and(|o| o.category == **c))
        })
        .map(|c| {
            vec![
                Inline::Code(format!("/orgs {}", c.as_str())),
                Inline::Text(format!(" — {}", i18n::category(*c, lang))),
            ]
        })
        .collect();
    let regions: Vec<Vec<Inline>> = Region::ALL
        .iter()
        .map(|r| {
            vec![
                Inline::Code(format!("/orgs {}", r.as_str())),
                Inline::Text(format!(" — {}", i18n::region(*r, lang))),
            ]
        })
        .collect();
    let mut blocks = vec![para(tr(Msg::OrgsUnknownFilter, lang, &[&echo]))];
    if !categories.is_empty() {
        blocks.push(para(Msg::CategoriesLabel.get(lang)));
        blocks.push(Block::List(categories));
    }
    blocks.push(para(Msg::RegionsLabel.get(lang)));
    blocks.push(Block::List(regions));
    reply(
        lang,
        blocks,
        vec![command_action(Msg::AllOrgs.get(lang), "/orgs")],
    )
}

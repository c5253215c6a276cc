//! `/cases [id]`: the case studies (curated ones and approved contributions, `sub-42`), or one
//! of them in full.

use super::lookup::{closest, find_entry};
use crate::core::i18n::{Msg, tr};
use crate::core::message::{Action, ActionKind, Block, Inline, OpenCommands, Reply};
use crate::core::moderation::attachments;
use crate::core::share::{case_title, credit_line, parse_id, topic_and_place};
use crate::core::view::{body_blocks, entry_card, entry_line, open_command, para, shorten};
use crate::core::{command_action, reply};
use crate::kb::{Entry, Kind};
use crate::lang::Lang;
use crate::search::SearchIndex;
use crate::store::{Status, Store};

/// The case study `id` (a curated id or `sub-N`), or the list of curated ones.
pub(super) fn run(
    index: &SearchIndex,
    store: Option<&Store>,
    id: &str,
    lang: Lang,
    open: OpenCommands,
) -> Reply {
    if let Some(n) = id.trim().strip_prefix("sub-") {
        return submitted(store, n, lang);
    }
    if !id.trim().is_empty() {
        return match find_entry(index.kb(), id, &[Kind::Case]) {
            Some(e) => entry_card(e, lang),
            None => closest(index, id, Kind::Case, Msg::CaseNotFound, lang, open),
        };
    }
    let cases: Vec<&Entry> = index.kb().of_kind(Kind::Case).collect();
    let mut blocks = vec![Block::Heading(Msg::CasesHeading.get(lang).to_string())];
    blocks.push(Block::List(
        cases
            .iter()
            .map(|e| {
                let mut line = entry_line(e, lang, e.country.clone(), open);
                line.push(Inline::Text(format!("\n{}", e.text(lang).summary)));
                line
            })
            .collect(),
    ));
    if let Some(first) = cases.first() {
        let example = open_command(first.kind, &first.id);
        blocks.push(para(tr(Msg::CasesHint, lang, &[&example])));
    }
    let actions = cases
        .iter()
        .map(|e| command_action(e.text(lang).title.clone(), open_command(e.kind, &e.id)))
        .collect();
    reply(lang, blocks, actions)
}

/// `/cases sub-42`: an approved contribution as a case study.
pub(super) fn submitted(store: Option<&Store>, n: &str, lang: Lang) -> Reply {
    let found = store
        .zip(parse_id(n))
        .and_then(|(store, id)| match store.get(id) {
            Ok(s) => s,
            Err(e) => {
                log::warn!("core::cases: cannot read submission {id}: {e}");
                None
            }
        })
        .filter(|s| s.status == Status::Approved);
    let Some(sub) = found else {
        let echo = format!("sub-{}", shorten(n.trim(), 20));
        return reply(
            lang,
            vec![para(tr(Msg::CaseNotFound, lang, &[&echo]))],
            vec![command_action(Msg::AllCases.get(lang), "/cases")],
        );
    };
    let mut blocks = vec![Block::Heading(case_title(&sub, sub.lang))];
    blocks.push(Block::List(topic_and_place(&sub, lang)));
    blocks.extend(body_blocks(&sub.text));
    blocks.push(Block::Paragraph(vec![Inline::Em(credit_line(&sub, lang))]));
    blocks.push(Block::Paragraph(vec![Inline::Em(
        Msg::CommunityCase.get(lang).to_string(),
    )]));
    let mut r = reply(
        lang,
        blocks,
        vec![Action {
            label: Msg::AllCases.get(lang).into(),
            kind: ActionKind::Command("/cases".into()),
        }],
    );
    r.attachments = attachments(&sub);
    r
}

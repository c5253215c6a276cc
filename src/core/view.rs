//! Turning knowledge-base entries and search hits into reply blocks: cards, result lists,
//! entry lists. Pure functions of their inputs, so they are tested without an index.

use crate::core::command::joined_open_command;
use crate::core::i18n::{self, Msg, tr};
use crate::core::message::{Action, ActionKind, Block, Inline, OpenCommands, Reply};
use crate::kb::{Entry, Kind};
use crate::lang::Lang;
use crate::search::{Hit, Snippet};

/// The command that opens an entry: `/org mintek`, `/guide sediment`, `/cases case-fairmined`,
/// `/country country-kenya`.
pub fn open_command(kind: Kind, id: &str) -> String {
    match kind {
        Kind::Org => format!("/org {id}"),
        Kind::Guide => format!("/guide {id}"),
        Kind::Country => format!("/country {id}"),
        Kind::Case => format!("/cases {id}"),
        Kind::Answer => format!("/start {id}"),
    }
}

/// The command that opens an entry as the platform writes it ([`OpenCommands`]): one tappable
/// word (`/org_mintek`) where the platform links commands, otherwise code to copy
/// (`/org mintek`).
pub fn open_inline(kind: Kind, id: &str, open: OpenCommands) -> Inline {
    match open {
        OpenCommands::Joined => match joined_open_command(kind, id) {
            Some(cmd) => Inline::Command(cmd),
            None => Inline::Code(open_command(kind, id)),
        },
        OpenCommands::Spaced => Inline::Code(open_command(kind, id)),
    }
}

/// A paragraph of plain text.
pub fn para(text: impl Into<String>) -> Block {
    Block::Paragraph(vec![Inline::Text(text.into())])
}

/// Shortens `text` to `max` characters, adding `…` when it was cut (for echoing a query).
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
    }
}

/// A snippet as inline pieces, the matched parts as [`Inline::Mark`]. Ranges that overlap,
/// fall outside the text or split a character are ignored.
pub fn snippet_inlines(snippet: &Snippet) -> Vec<Inline> {
    let text = snippet.text.as_str();
    let mut ranges = snippet.highlights.clone();
    ranges.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start < at || end <= start {
            continue;
        }
        let (Some(before), Some(mark)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push(Inline::Text(before.to_string()));
        }
        out.push(Inline::Mark(mark.to_string()));
        at = end;
    }
    if let Some(rest) = text.get(at..)
        && !rest.is_empty()
    {
        out.push(Inline::Text(rest.to_string()));
    }
    out
}

/// An answer passage as blocks: its lines (an answer from a list is several items, one per
/// line) as paragraphs, and bullet items (`- `) as one list.
pub fn answer_blocks(snippet: &Snippet) -> Vec<Block> {
    let mut lines: Vec<Vec<Inline>> = vec![Vec::new()];
    for piece in snippet_inlines(snippet) {
        match piece {
            Inline::Text(t) if t.contains('\n') => {
                for (i, part) in t.split('\n').enumerate() {
                    if i > 0 {
                        lines.push(Vec::new());
                    }
                    if !part.is_empty()
                        && let Some(line) = lines.last_mut()
                    {
                        line.push(Inline::Text(part.to_string()));
                    }
                }
            }
            other => {
                if let Some(line) = lines.last_mut() {
                    line.push(other);
                }
            }
        }
    }
    let mut blocks = Vec::new();
    let mut items: Vec<Vec<Inline>> = Vec::new();
    for mut line in lines.into_iter().filter(|l| !l.is_empty()) {
        let bullet = match line.first_mut() {
            Some(Inline::Text(t)) => match t.strip_prefix("- ") {
                Some(rest) => {
                    *t = rest.to_string();
                    true
                }
                None => false,
            },
            _ => false,
        };
        if bullet {
            line.retain(|i| !matches!(i, Inline::Text(t) if t.is_empty()));
            items.push(line);
        } else {
            if !items.is_empty() {
                blocks.push(Block::List(std::mem::take(&mut items)));
            }
            blocks.push(Block::Paragraph(line));
        }
    }
    if !items.is_empty() {
        blocks.push(Block::List(items));
    }
    blocks
}

/// The blocks of one search hit: numbered title and kind, snippet, and how to open it.
/// `summary` stands in for an empty snippet.
pub fn hit_blocks(
    n: usize,
    hit: &Hit,
    summary: Option<&str>,
    lang: Lang,
    open: OpenCommands,
) -> Vec<Block> {
    let mut blocks = vec![Block::Paragraph(vec![
        Inline::Text(format!("{n}. ")),
        Inline::Strong(hit.title.clone()),
        Inline::Text(" · ".into()),
        Inline::Em(i18n::kind(hit.kind, lang).into()),
    ])];
    let snippet = snippet_inlines(&hit.snippet);
    if !snippet.is_empty() {
        blocks.push(Block::Paragraph(snippet));
    } else if let Some(s) = summary {
        blocks.push(para(s));
    }
    blocks.push(Block::Paragraph(vec![
        Inline::Text(format!("{} ", Msg::Open.get(lang))),
        open_inline(hit.kind, &hit.id, open),
    ]));
    blocks
}

/// One line for a search hit: its title, its kind and how to open it (the other hits under a
/// best answer, the nearest topics when nothing answers).
pub fn hit_line(hit: &Hit, lang: Lang, open: OpenCommands) -> Vec<Inline> {
    vec![
        Inline::Strong(hit.title.clone()),
        Inline::Text(" · ".into()),
        Inline::Em(i18n::kind(hit.kind, lang).into()),
        Inline::Text(" · ".into()),
        open_inline(hit.kind, &hit.id, open),
    ]
}

/// Splits an entry body into blocks: blank lines separate paragraphs, `- ` lines are bullets,
/// and a short line right before bullets is shown as a bold lead-in.
pub fn body_blocks(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let mut items: Vec<Vec<Inline>> = Vec::new();
    fn flush_para(lines: &mut Vec<&str>, blocks: &mut Vec<Block>, before_list: bool) {
        if lines.is_empty() {
            return;
        }
        let text = lines.join(" ");
        lines.clear();
        let lead_in = before_list
            && text.chars().count() <= 60
            && !text.ends_with(['.', ':', '!', '?', ';', ',']);
        blocks.push(Block::Paragraph(vec![if lead_in {
            Inline::Strong(text)
        } else {
            Inline::Text(text)
        }]));
    }
    fn flush_list(items: &mut Vec<Vec<Inline>>, blocks: &mut Vec<Block>) {
        if !items.is_empty() {
            blocks.push(Block::List(std::mem::take(items)));
        }
    }
    for raw in body.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush_para(&mut lines, &mut blocks, false);
            flush_list(&mut items, &mut blocks);
        } else if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            flush_para(&mut lines, &mut blocks, true);
            items.push(vec![Inline::Text(item.trim().to_string())]);
        } else if !items.is_empty() && raw.starts_with([' ', '\t']) {
            // A wrapped bullet line continues the previous item.
            if let Some(Inline::Text(t)) = items.last_mut().and_then(|i| i.last_mut()) {
                t.push(' ');
                t.push_str(line);
            }
        } else {
            flush_list(&mut items, &mut blocks);
            lines.push(line);
        }
    }
    flush_para(&mut lines, &mut blocks, false);
    flush_list(&mut items, &mut blocks);
    blocks
}

/// Text shown for a source link: the address without its scheme, shortened.
pub fn link_text(url: &str) -> String {
    let bare = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/');
    shorten(bare, 60)
}

fn fact(label: Msg, lang: Lang, value: Vec<Inline>) -> Vec<Inline> {
    let mut line = vec![
        Inline::Strong(label.get(lang).to_string()),
        Inline::Text(": ".into()),
    ];
    line.extend(value);
    line
}

/// The facts list of an entry: category, country and region, status, website as of the check.
pub fn facts(entry: &Entry, lang: Lang) -> Option<Block> {
    let mut items = Vec::new();
    if let Some(org) = &entry.org {
        items.push(fact(
            Msg::Category,
            lang,
            vec![Inline::Text(i18n::category(org.category, lang).into())],
        ));
    }
    let place = match (&entry.country, entry.region) {
        (Some(c), Some(r)) if !c.trim().is_empty() => {
            let region = i18n::region(r, lang);
            if crate::text::fold_phrase(c) == crate::text::fold_phrase(region) {
                Some(c.clone())
            } else {
                Some(format!("{c} ({region})"))
            }
        }
        (Some(c), None) if !c.trim().is_empty() => Some(c.clone()),
        (_, Some(r)) => Some(i18n::region(r, lang).to_string()),
        _ => None,
    };
    if let Some(place) = place {
        items.push(fact(Msg::Country, lang, vec![Inline::Text(place)]));
    }
    if let Some(org) = &entry.org {
        items.push(fact(
            Msg::Status,
            lang,
            vec![Inline::Text(i18n::status(org.status, lang).into())],
        ));
        if let Some(site) = &org.website {
            items.push(fact(
                Msg::Website,
                lang,
                vec![
                    Inline::Link {
                        text: link_text(site),
                        url: site.clone(),
                    },
                    Inline::Text(" ".into()),
                    Inline::Em(format!("({})", tr(Msg::AsOf, lang, &[&entry.checked]))),
                ],
            ));
        }
    }
    (!items.is_empty()).then_some(Block::List(items))
}

/// The full card of an entry in `lang`: title, facts, text, sources.
///
/// Where the entry has no body in `lang`, the translated summary comes first, then a note that
/// the full text is in English, then the English body.
pub fn entry_card(entry: &Entry, lang: Lang) -> Reply {
    let text = entry.text(lang);
    let mut blocks = vec![Block::Heading(text.title.clone())];
    blocks.extend(facts(entry, lang));
    let own_body = entry
        .text
        .get(&lang)
        .and_then(|t| t.body.as_deref())
        .filter(|b| !b.trim().is_empty());
    match own_body {
        Some(body) => blocks.extend(body_blocks(body)),
        None => {
            blocks.push(para(text.summary.clone()));
            if lang != Lang::En {
                blocks.push(Block::Paragraph(vec![Inline::Em(
                    Msg::FullTextInEnglish.get(lang).into(),
                )]));
            }
            blocks.extend(body_blocks(entry.body(Lang::En)));
        }
    }
    blocks.extend(sources(entry, lang));
    let back = match entry.kind {
        Kind::Org => Action {
            label: Msg::AllOrgs.get(lang).into(),
            kind: ActionKind::Command("/orgs".into()),
        },
        Kind::Guide => Action {
            label: Msg::AllTopics.get(lang).into(),
            kind: ActionKind::Command("/topics".into()),
        },
        Kind::Country => Action {
            label: Msg::CountriesHeading.get(lang).into(),
            kind: ActionKind::Command("/country".into()),
        },
        Kind::Case | Kind::Answer => Action {
            label: Msg::AllCases.get(lang).into(),
            kind: ActionKind::Command("/cases".into()),
        },
    };
    Reply {
        lang: Some(lang),
        blocks,
        actions: vec![back],
        attachments: Vec::new(),
        no_preview: false,
    }
}

/// The sources of an entry as links, with the date they were checked.
pub fn sources(entry: &Entry, lang: Lang) -> Vec<Block> {
    if entry.sources.is_empty() {
        return Vec::new();
    }
    let links = entry
        .sources
        .iter()
        .map(|s| {
            let s = s.trim();
            if s.starts_with("http://") || s.starts_with("https://") {
                vec![Inline::Link {
                    text: link_text(s),
                    url: s.to_string(),
                }]
            } else {
                vec![Inline::Text(s.to_string())]
            }
        })
        .collect();
    vec![
        Block::Paragraph(vec![
            Inline::Strong(Msg::Sources.get(lang).into()),
            Inline::Text(" ".into()),
            Inline::Em(format!("({})", tr(Msg::Checked, lang, &[&entry.checked]))),
        ]),
        Block::List(links),
    ]
}

/// A short card for sharing (inline mode): title, facts, summary and how to open the rest.
pub fn short_card(entry: &Entry, lang: Lang, open: OpenCommands) -> Reply {
    let text = entry.text(lang);
    let mut blocks = vec![Block::Heading(text.title.clone())];
    blocks.extend(facts(entry, lang));
    blocks.push(para(text.summary.clone()));
    blocks.push(Block::Paragraph(vec![
        Inline::Text(format!("{} ", Msg::Open.get(lang))),
        open_inline(entry.kind, &entry.id, open),
    ]));
    Reply {
        lang: Some(lang),
        blocks,
        actions: Vec::new(),
        attachments: Vec::new(),
        no_preview: true,
    }
}

/// One list line for an entry: its title, an optional detail, and the command that opens it.
pub fn entry_line(
    entry: &Entry,
    lang: Lang,
    detail: Option<String>,
    open: OpenCommands,
) -> Vec<Inline> {
    let mut line = vec![Inline::Strong(entry.text(lang).title.clone())];
    if let Some(d) = detail {
        line.push(Inline::Text(format!(" — {d}")));
    }
    line.push(Inline::Text(" · ".into()));
    line.push(open_inline(entry.kind, &entry.id, open));
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Highlights become marks; bad ranges (overlap, out of bounds, inside a character) are
    /// skipped without losing text.
    #[test]
    fn snippet_marks_and_bad_ranges() {
        let s = Snippet {
            text: "mintek consulting".into(),
            highlights: vec![(7, 17), (0, 6)],
        };
        assert_eq!(
            snippet_inlines(&s),
            vec![
                Inline::Mark("mintek".into()),
                Inline::Text(" ".into()),
                Inline::Mark("consulting".into())
            ]
        );
        let s = Snippet {
            text: "é ab".into(),
            highlights: vec![(1, 2), (3, 99), (0, 2), (1, 1)],
        };
        let joined: String = snippet_inlines(&s)
            .iter()
            .map(|i| match i {
                Inline::Text(t) | Inline::Mark(t) => t.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(joined, "é ab");
    }

    /// An answer from a list becomes a list of its items, marks kept; one from a paragraph
    /// stays one paragraph.
    #[test]
    fn answer_lines_become_list_items() {
        let text = "- Keep air moving.\n- Wear a mask.";
        let at = text.find("mask").unwrap();
        let s = Snippet {
            text: text.into(),
            highlights: vec![(at, at + 4)],
        };
        assert_eq!(
            answer_blocks(&s),
            vec![Block::List(vec![
                vec![Inline::Text("Keep air moving.".into())],
                vec![
                    Inline::Text("Wear a ".into()),
                    Inline::Mark("mask".into()),
                    Inline::Text(".".into())
                ],
            ])]
        );
        let s = Snippet {
            text: "Pits collapse. Check walls.".into(),
            highlights: Vec::new(),
        };
        assert_eq!(answer_blocks(&s), vec![para("Pits collapse. Check walls.")]);
    }

    /// Bodies split into paragraphs and bullet lists; a short lead-in before bullets is bold.
    #[test]
    fn body_splits_paragraphs_and_bullets() {
        let body = "First para\ncontinues.\n\nTanzania\n- one\n- two\n  wrapped\n\nLast.";
        let blocks = body_blocks(body);
        assert_eq!(
            blocks,
            vec![
                para("First para continues."),
                Block::Paragraph(vec![Inline::Strong("Tanzania".into())]),
                Block::List(vec![
                    vec![Inline::Text("one".into())],
                    vec![Inline::Text("two wrapped".into())]
                ]),
                para("Last."),
            ]
        );
    }

    fn sample_org() -> Entry {
        use crate::kb::{Category, OrgInfo, Region, Status, Text};
        let mut text = std::collections::BTreeMap::new();
        text.insert(
            Lang::En,
            Text {
                title: "Example Centre".into(),
                summary: "Helps miners.".into(),
                body: Some("It closed in 2010.\n\nWhat it did\n- training\n- loans".into()),
                review: None,
            },
        );
        text.insert(
            Lang::Fr,
            Text {
                title: "Centre Exemple".into(),
                summary: "Aide les mineurs.".into(),
                body: None,
                review: None,
            },
        );
        Entry {
            id: "example".into(),
            kind: Kind::Org,
            checked: "2026-11-27".into(),
            sources: vec!["https://example.org/a".into(), "Annual report 2009".into()],
            aliases: Vec::new(),
            keywords: Vec::new(),
            country: Some("Tanzania".into()),
            region: Some(Region::Africa),
            org: Some(OrgInfo {
                category: Category::RegionalCentre,
                website: Some("https://example.org".into()),
                status: Status::Closed,
            }),
            text,
        }
    }

    fn plain(blocks: &[Block]) -> String {
        let mut out = String::new();
        let mut add = |p: &[Inline]| {
            for i in p {
                match i {
                    Inline::Text(t)
                    | Inline::Strong(t)
                    | Inline::Em(t)
                    | Inline::Code(t)
                    | Inline::Command(t)
                    | Inline::Mark(t) => out.push_str(t),
                    Inline::Link { url, .. } => out.push_str(url),
                }
            }
            out.push('\n');
        };
        for b in blocks {
            match b {
                Block::Heading(h) => add(&[Inline::Text(h.clone())]),
                Block::Paragraph(p) => add(p),
                Block::List(items) => items.iter().for_each(|i| add(i)),
            }
        }
        out
    }

    /// A French card shows the French title and summary, translated facts, a note that the
    /// full text is in English, the English body, and the sources with their check date.
    #[test]
    fn card_in_french_falls_back_to_english_body() {
        let card = entry_card(&sample_org(), Lang::Fr);
        let text = plain(&card.blocks);
        assert_eq!(card.blocks[0], Block::Heading("Centre Exemple".into()));
        for needle in [
            "Catégorie: Centre régional de ressources",
            "Pays: Tanzania (Afrique)",
            "Statut: fermée",
            "https://example.org (au 2026-11-27)",
            "Aide les mineurs.",
            "Le texte complet n'existe qu'en anglais",
            "It closed in 2010.",
            "training",
            "Sources (lues le 2026-11-27)",
            "https://example.org/a",
            "Annual report 2009",
        ] {
            assert!(text.contains(needle), "{needle:?} missing in:\n{text}");
        }
        assert_eq!(card.actions[0].kind, ActionKind::Command("/orgs".into()));
        let en = plain(&entry_card(&sample_org(), Lang::En).blocks);
        assert!(
            !en.contains("Helps miners.") && en.contains("Status: closed"),
            "{en}"
        );
        assert!(!en.contains("only available in English"), "{en}");
    }

    /// Long echoes are shortened with an ellipsis; source links drop the scheme.
    #[test]
    fn shorten_and_link_text() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("abcdef", 3), "abc…");
        assert_eq!(link_text("https://www.mintek.co.za/"), "mintek.co.za");
    }
}

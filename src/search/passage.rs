//! A readable snippet: whole sentences of one passage of an entry.
//!
//! tantivy's snippet generator picks the best window of a fixed number of characters, which
//! starts and ends mid-sentence and, given a text made of two pieces, can straddle the join
//! ("studies.  formalising …"). Here the generator only says where the query's words are; the
//! snippet is then rebuilt from the entry's own text: the passage (a line: a paragraph, a
//! bullet or a numbered step) holding most of those words, the sentence of that passage that
//! holds most of them, and the sentences around it while they fit, with "…" where the passage
//! goes on before or after. Sentences are Unicode sentence boundaries (UAX #29, from
//! `unicode-segmentation`, already used for words), so `။` (Burmese) and `?` end one too.

use super::Snippet;
use unicode_segmentation::UnicodeSegmentation;

/// What marks text left out.
pub(crate) const ELLIPSIS: &str = "…";

/// The snippet of `text` around `highlights` (byte ranges of `text`, sorted or not): at most
/// about `max_chars` characters of whole sentences of one line, highlights carried over.
/// `None` when there are no highlights inside `text`.
pub(crate) fn passage(
    text: &str,
    highlights: &[(usize, usize)],
    max_chars: usize,
) -> Option<Snippet> {
    let valid: Vec<(usize, usize)> = highlights
        .iter()
        .copied()
        .filter(|&(a, b)| {
            a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        })
        .collect();
    if valid.is_empty() {
        return None;
    }
    let (lines, line_index) = best_line(text, &valid)?;
    let (la, lb) = lines[line_index];
    let weight = |a: usize, b: usize| -> usize {
        valid
            .iter()
            .map(|&(x, y)| y.min(b).saturating_sub(x.max(a)))
            .sum()
    };
    let line = &text[la..lb];
    // Its sentences, as absolute byte ranges, white space at their ends left out.
    let sentences: Vec<(usize, usize)> = line
        .split_sentence_bound_indices()
        .filter_map(|(i, s)| {
            let lead = s.len() - s.trim_start().len();
            let t = s.trim();
            (!t.is_empty()).then(|| (la + i + lead, la + i + lead + t.len()))
        })
        .collect();
    // Initials ("E. F. Schumacher") end no sentence: a piece of three characters or fewer
    // goes with the next one.
    let mut sentences = sentences;
    let mut i = 0;
    while i + 1 < sentences.len() {
        if text[sentences[i].0..sentences[i].1].chars().count() <= 3 {
            sentences[i + 1].0 = sentences[i].0;
            sentences.remove(i);
        } else {
            i += 1;
        }
    }
    let best = (0..sentences.len())
        .max_by_key(|&i| (weight(sentences[i].0, sentences[i].1), usize::MAX - i))
        .unwrap_or(0);
    let chars = |a: usize, b: usize| text[a..b].chars().count();
    let (mut first, mut last) = (best, best);
    let mut used = chars(sentences[best].0, sentences[best].1);
    // The sentences after the best one, then those before, while they fit.
    while last + 1 < sentences.len() {
        let more = chars(sentences[last + 1].0, sentences[last + 1].1) + 1;
        if used + more > max_chars {
            break;
        }
        used += more;
        last += 1;
    }
    while first > 0 {
        let more = chars(sentences[first - 1].0, sentences[first - 1].1) + 1;
        if used + more > max_chars {
            break;
        }
        used += more;
        first -= 1;
    }
    let (mut a, mut b) = (sentences[first].0, sentences[last].1);
    // One sentence longer than the limit: a window of whole words around its highlights.
    if used > max_chars {
        (a, b) = word_window(text, a, b, &valid, max_chars);
    }
    // A bullet's or a numbered step's marker stays with the passage's first sentence.
    if first == 0 && a == sentences[0].0 {
        a = la + (line.len() - line.trim_start().len());
    }
    let before = if text[la..a].trim().is_empty() {
        ""
    } else {
        ELLIPSIS
    };
    let after = if text[b..lb].trim().is_empty() {
        ""
    } else {
        ELLIPSIS
    };
    let mut segments = vec![(a, b)];
    let mut joint = " ";
    // A lead-in ("Use settling ponds:") or a heading says little alone: the next line follows,
    // if it fits.
    let shown = text[a..b].trim_end();
    let heading = shown.chars().count() < 40 && !shown.ends_with(['.', '!', '?', '။', ';']);
    if before.is_empty() && after.is_empty() && (shown.ends_with(':') || heading) {
        let next = lines
            .iter()
            .skip_while(|&&(x, _)| x <= la)
            .find(|&&(x, y)| !text[x..y].trim().is_empty());
        if let Some(&(x, y)) = next {
            let item = text[x..y].trim();
            let item = item.strip_prefix("- ").unwrap_or(item);
            // `item` is a slice of `text`: its offset is where it starts there.
            let start = item.as_ptr() as usize - text.as_ptr() as usize;
            if used + 2 + item.chars().count() <= max_chars {
                if !shown.ends_with(':') {
                    joint = ": ";
                }
                segments.push((start, start + item.len()));
            }
        }
    }
    Some(compact(before, text, &segments, joint, after, &valid))
}

/// The lines of `text` (byte ranges, without their `\n`) and which one holds the most
/// highlighted bytes (the first of equals); `None` when no line holds any.
fn best_line(text: &str, valid: &[(usize, usize)]) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        lines.push((at, at + line.len()));
        at += line.len() + 1;
    }
    let weight = |a: usize, b: usize| -> usize {
        valid
            .iter()
            .map(|&(x, y)| y.min(b).saturating_sub(x.max(a)))
            .sum()
    };
    let best = lines
        .iter()
        .enumerate()
        .filter(|&(_, &(a, b))| !text[a..b].trim().is_empty())
        .fold(None, |best: Option<(usize, usize)>, (i, &(a, b))| {
            let w = weight(a, b);
            match best {
                Some((_, bw)) if bw >= w => best,
                _ => Some((i, w)),
            }
        })
        .filter(|&(_, w)| w > 0)?
        .0;
    Some((lines, best))
}

/// Whether a line is an item of a list: a bullet (`- `, `* `) or a numbered step (`1. `).
fn is_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ")
        || t.starts_with("* ")
        || t.split_once(". ").is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
        })
}

/// How many items of a list an answer shows at most.
const ANSWER_ITEMS: usize = 3;

/// The answer passage around `highlights`, for a reply that opens with the best answer: the
/// [`passage`] at `max_chars`, except when the best line is an item of a list (one bullet is
/// often a single short sentence): then that item and the items after it in the same list
/// (the one before when it is the last), whole, at most [`ANSWER_ITEMS`], while they fit, one
/// per line (`\n` between them).
pub(crate) fn answer(
    text: &str,
    highlights: &[(usize, usize)],
    max_chars: usize,
) -> Option<Snippet> {
    let valid: Vec<(usize, usize)> = highlights
        .iter()
        .copied()
        .filter(|&(a, b)| {
            a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        })
        .collect();
    let (lines, best) = best_line(text, &valid)?;
    let item = |i: usize| {
        let (a, b) = lines[i];
        is_item(&text[a..b])
    };
    let chars = |i: usize| {
        let (a, b) = lines[i];
        text[a..b].trim().chars().count()
    };
    if !item(best) || chars(best) > max_chars {
        return passage(text, highlights, max_chars);
    }
    let (mut first, mut last) = (best, best);
    let mut used = chars(best);
    let fits = |used: usize, i: usize| item(i) && used + 1 + chars(i) <= max_chars;
    while last - first + 1 < ANSWER_ITEMS && last + 1 < lines.len() && fits(used, last + 1) {
        last += 1;
        used += 1 + chars(last);
    }
    // The item before only when the answer is the last of its list.
    if first == last && first > 0 && fits(used, first - 1) {
        first -= 1;
    }
    let segments: Vec<(usize, usize)> = (first..=last)
        .map(|i| {
            let (a, b) = lines[i];
            let line = &text[a..b];
            let lead = line.len() - line.trim_start().len();
            (a + lead, a + line.trim_end().len())
        })
        .collect();
    Some(compact("", text, &segments, "\n", "", &valid))
}

/// The opening of `text`: its first sentences while they fit in about `max_chars` characters
/// (a window of whole words with "…" when the first alone is longer), nothing highlighted.
/// `None` for a text with no word.
pub(crate) fn opening(text: &str, max_chars: usize) -> Option<Snippet> {
    let start = text.find(|c: char| !c.is_whitespace())?;
    let first = text[start..].chars().next()?;
    let mut snippet = passage(text, &[(start, start + first.len_utf8())], max_chars)?;
    snippet.highlights.clear();
    Some(snippet)
}

/// At most `max_chars` characters of `text[a..b]`, cut at white space, holding the first
/// highlight inside it (and as many after it as fit).
fn word_window(
    text: &str,
    a: usize,
    b: usize,
    highlights: &[(usize, usize)],
    max_chars: usize,
) -> (usize, usize) {
    let first = highlights
        .iter()
        .map(|h| h.0)
        .filter(|&h| h >= a && h < b)
        .min()
        .unwrap_or(a);
    // Start a few words before the first highlight, at white space.
    let lead = max_chars / 4;
    let mut start = first;
    let mut seen = 0;
    for (i, c) in text[a..first].char_indices().rev() {
        seen += 1;
        if seen > lead {
            break;
        }
        if c.is_whitespace() {
            start = a + i + c.len_utf8();
        }
    }
    if seen <= lead {
        start = a;
    }
    // End at the last white space within the limit (or the sentence's end).
    let mut end = b;
    let mut count = 0;
    let mut last_space = None;
    for (i, c) in text[start..b].char_indices() {
        count += 1;
        if count > max_chars {
            end = last_space.unwrap_or(start + i);
            break;
        }
        if c.is_whitespace() {
            last_space = Some(start + i);
        }
    }
    (start, end.max(start))
}

/// `before` + the `segments` of `text` (`joint` between them) + `after`, white space runs
/// (newlines too) made one space, highlights moved along.
fn compact(
    before: &str,
    text: &str,
    segments: &[(usize, usize)],
    joint: &str,
    after: &str,
    highlights: &[(usize, usize)],
) -> Snippet {
    let mut out = String::with_capacity(
        before.len() + after.len() + 2 + segments.iter().map(|s| s.1 - s.0 + 1).sum::<usize>(),
    );
    if !before.is_empty() {
        out.push_str(before);
        out.push(' ');
    }
    let mut marks = Vec::new();
    for (n, &(offset, end)) in segments.iter().enumerate() {
        if n > 0 {
            out.push_str(joint);
        }
        let body = &text[offset..end];
        // map[i]: where byte i of `body` lands in `out`.
        let mut map = vec![0usize; body.len() + 1];
        let mut space = false;
        for (i, c) in body.char_indices() {
            // Where this character lands: a collapsed white space lands on the space before it.
            let pos = if c.is_whitespace() && space {
                out.len() - 1
            } else {
                out.len()
            };
            if c.is_whitespace() {
                if !space {
                    out.push(' ');
                }
                space = true;
            } else {
                space = false;
                out.push(c);
            }
            for slot in map.iter_mut().skip(i).take(c.len_utf8()) {
                *slot = pos;
            }
        }
        map[body.len()] = out.len();
        for &(x, y) in highlights {
            let (x, y) = (x.max(offset), y.min(end));
            if x < y {
                let (s, e) = (map[x - offset], map[y - offset]);
                // A range that began on white space starts at the next character.
                let s = if out[s..].starts_with(' ') && s < e {
                    s + 1
                } else {
                    s
                };
                if s < e && out.is_char_boundary(s) && out.is_char_boundary(e) {
                    marks.push((s, e));
                }
            }
        }
    }
    if !after.is_empty() {
        out.push(' ');
        out.push_str(after);
    }
    marks.sort_unstable();
    Snippet {
        text: out,
        highlights: marks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(s: &Snippet) -> Vec<&str> {
        s.highlights.iter().map(|&(a, b)| &s.text[a..b]).collect()
    }

    fn at(text: &str, word: &str) -> (usize, usize) {
        let i = text.find(word).expect(word);
        (i, i + word.len())
    }

    /// The example of the issue: the answer is one bullet, shown whole, never glued to the
    /// summary before it.
    #[test]
    fn a_bullet_is_shown_whole_and_alone() {
        let text = "Safety training and studies.\n\nWhat it does:\n- Work on miners' access to finance.\n- Health-and-safety training: first aid, ventilation and ground support.";
        let s = passage(text, &[at(text, "first aid")], 200).unwrap();
        assert_eq!(
            s.text,
            "- Health-and-safety training: first aid, ventilation and ground support."
        );
        assert_eq!(marks(&s), ["first aid"]);
    }

    /// Sentences around the best one are added while they fit; what is left out is marked.
    #[test]
    fn whole_sentences_with_ellipses() {
        let text =
            "One sentence here. Two is about ponds. Three is long enough to be left out of it all.";
        let s = passage(text, &[at(text, "ponds")], 30).unwrap();
        assert_eq!(s.text, "… Two is about ponds. …");
        assert_eq!(marks(&s), ["ponds"]);
        let s = passage(text, &[at(text, "ponds")], 60).unwrap();
        assert_eq!(s.text, "One sentence here. Two is about ponds. …");
    }

    /// A sentence longer than the limit is cut at white space around its highlight.
    #[test]
    fn a_long_sentence_is_cut_between_words() {
        let text = format!("{}pond {}", "Word ".repeat(80), "more ".repeat(80));
        let text = text.trim_end().to_string() + ".";
        let s = passage(&text, &[at(&text, "pond")], 100).unwrap();
        assert!(s.text.starts_with("… Word"), "{}", s.text);
        assert!(s.text.ends_with("more …"), "{}", s.text);
        assert!(s.text.chars().count() <= 100 + 4, "{}", s.text);
        assert_eq!(marks(&s), ["pond"]);
        assert!(!s.text.contains("  "));
    }

    /// A lead-in line is followed by its first item, without the bullet's dash.
    #[test]
    fn a_lead_in_brings_its_first_item() {
        let text = "Summary.\n\nColombia\nThe law of 2001 asked miners to formalise.";
        let s = passage(text, &[at(text, "Colombia")], 200).unwrap();
        assert_eq!(
            s.text,
            "Colombia: The law of 2001 asked miners to formalise."
        );
        let text =
            "Summary.\n\nUse settling ponds:\n- Let dirty water flow into a pond.\n- Dig two.";
        let s = passage(text, &[at(text, "settling ponds")], 200).unwrap();
        assert_eq!(
            s.text,
            "Use settling ponds: Let dirty water flow into a pond."
        );
        assert_eq!(marks(&s), ["settling ponds"]);
    }

    /// The line with most of the query's words wins; Burmese sentence ends count.
    #[test]
    fn the_best_line_and_other_scripts() {
        let text = "Water and mud.\nThe settling pond keeps mud out of the river water.";
        let s = passage(
            text,
            &[
                at(text, "mud"),
                at(text, "settling pond"),
                at(text, "river"),
            ],
            200,
        )
        .unwrap();
        assert_eq!(
            s.text,
            "The settling pond keeps mud out of the river water."
        );
        let my = "ပထမ စာကြောင်း။ ဒုတိယ ကျောက်မျက် စာကြောင်း။";
        let s = passage(my, &[at(my, "ကျောက်မျက်")], 30).unwrap();
        assert!(s.text.starts_with("… ဒုတိယ"), "{}", s.text);
        assert_eq!(marks(&s), ["ကျောက်မျက်"]);
        assert!(passage(text, &[], 200).is_none());
        assert!(passage(text, &[(3, 999)], 200).is_none());
    }

    /// The opening of a text is its first whole sentences while they fit, nothing marked;
    /// a text with no word has none.
    #[test]
    fn opening_is_the_first_whole_sentences() {
        let text = "  Pits collapse after rain. Check the walls every morning. Keep an exit.";
        let s = opening(text, 60).unwrap();
        assert_eq!(
            s.text,
            "Pits collapse after rain. Check the walls every morning. …"
        );
        assert!(s.highlights.is_empty());
        assert_eq!(opening(text, 200).unwrap().text, text.trim());
        assert!(opening("   ", 60).is_none());
    }

    /// An answer in a list is the item that answers and its neighbours, whole, one per line,
    /// while they fit; elsewhere it is the passage.
    #[test]
    fn an_answer_in_a_list_takes_its_neighbours() {
        let text = "Summary.\n\nWhat to do:\n- Keep air moving.\n- Wear a dust mask and protective gear.\n- Learn first aid.\n\nLast paragraph.";
        let s = answer(text, &[at(text, "protective")], 200).unwrap();
        assert_eq!(
            s.text,
            "- Wear a dust mask and protective gear.\n- Learn first aid."
        );
        assert_eq!(marks(&s), ["protective"]);
        let s = answer(text, &[at(text, "first aid")], 200).unwrap();
        assert_eq!(
            s.text,
            "- Wear a dust mask and protective gear.\n- Learn first aid."
        );
        let s = answer(text, &[at(text, "air moving")], 200).unwrap();
        assert_eq!(
            s.text,
            "- Keep air moving.\n- Wear a dust mask and protective gear.\n- Learn first aid."
        );
        let s = answer(text, &[at(text, "protective")], 45).unwrap();
        assert_eq!(s.text, "- Wear a dust mask and protective gear.");
        let s = answer(text, &[at(text, "Last")], 200).unwrap();
        assert_eq!(s.text, "Last paragraph.");
        assert!(answer(text, &[], 200).is_none());
    }
}

//! Decides whether a Matrix message speaks to the bot, and strips the mention that Element
//! puts in front of it (`Guide: !find consulting`), so the core sees only the request.

use super::render::MORE_COMMAND;

/// How the bot is named in a room: the names a person may write in front of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotNames {
    /// The full user id (`@guide:example.org`).
    pub user_id: String,
    /// The localpart (`guide`).
    pub localpart: String,
    /// The display name (`Miner's Guide`), if one is set.
    pub display_name: Option<String>,
}

impl BotNames {
    /// Names for `user_id` with an optional display name.
    pub fn new(user_id: &str, display_name: Option<String>) -> BotNames {
        let localpart = user_id
            .trim_start_matches('@')
            .split(':')
            .next()
            .unwrap_or_default()
            .to_owned();
        BotNames {
            user_id: user_id.to_owned(),
            localpart,
            display_name: display_name.filter(|n| !n.trim().is_empty()),
        }
    }
}

/// A message body, read from the bot's point of view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressing {
    /// The text with a leading mention of the bot removed.
    pub text: String,
    /// Whether the text names the bot (a leading mention or the full user id anywhere).
    pub mentioned: bool,
    /// Whether the text is a command (`!find …` or `/find …`).
    pub command: bool,
}

/// Reads `body` (already without a reply fallback) for the bot called `names`.
pub fn read(body: &str, names: &BotNames) -> Addressing {
    let trimmed = body.trim();
    let mut candidates: Vec<&str> = vec![names.user_id.as_str()];
    if let Some(display) = &names.display_name {
        candidates.push(display.as_str());
    }
    candidates.push(names.localpart.as_str());

    let mut text = trimmed;
    let mut mentioned = false;
    for name in candidates {
        if let Some(rest) = strip_leading_name(trimmed, name) {
            text = rest;
            mentioned = true;
            break;
        }
    }
    if !mentioned && contains_ignore_case(trimmed, &names.user_id) {
        mentioned = true;
    }
    let text = text.trim().to_owned();
    let command = is_command(&text);
    Addressing {
        text,
        mentioned,
        command,
    }
}

/// Whether `text` is a command: `!` or `/` directly followed by a letter.
pub fn is_command(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('!' | '/')) && chars.next().is_some_and(char::is_alphabetic)
}

/// Whether `text` asks for the next page of the last result list (`!more`, `/more`).
pub fn is_more(text: &str) -> bool {
    let text = text.trim();
    let bare = MORE_COMMAND.trim_start_matches('!');
    text.strip_prefix(['!', '/'])
        .is_some_and(|rest| rest.eq_ignore_ascii_case(bare))
}

/// `body` without a leading `name` followed by `:`, `,`, whitespace or nothing; `None` when it
/// does not start with `name`.
fn strip_leading_name<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    if name.is_empty() {
        return None;
    }
    let body = body
        .strip_prefix('@')
        .filter(|_| !name.starts_with('@'))
        .unwrap_or(body);
    let head = body.get(..name.len())?;
    if !head.eq_ignore_ascii_case(name) && head.to_lowercase() != name.to_lowercase() {
        return None;
    }
    let rest = &body[name.len()..];
    match rest.chars().next() {
        None => Some(rest),
        Some(':' | ',') => Some(&rest[1..]),
        Some(c) if c.is_whitespace() => Some(rest),
        Some(_) => None,
    }
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    !needle.is_empty() && haystack.to_lowercase().contains(&needle.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> BotNames {
        BotNames::new("@guide:example.org", Some("Miner's Guide".into()))
    }

    /// Element's mention pill (`Display Name: …`) is removed and marks the message addressed.
    #[test]
    fn strips_display_name_mention() {
        let a = read("Miner's Guide: !find consulting", &names());
        assert_eq!(a.text, "!find consulting");
        assert!(a.mentioned);
        assert!(a.command);
    }

    /// The user id and the localpart work as leading mentions too, case-insensitively.
    #[test]
    fn strips_user_id_and_localpart_mentions() {
        let a = read("@guide:example.org, what is a cooperative?", &names());
        assert_eq!(a.text, "what is a cooperative?");
        assert!(a.mentioned && !a.command);
        let b = read("GUIDE: licensing", &names());
        assert_eq!(b.text, "licensing");
        assert!(b.mentioned);
        let c = read("@guide help", &names());
        assert_eq!(c.text, "help");
        assert!(c.mentioned);
    }

    /// Ordinary chatter that merely contains the word "guide" is not addressed to the bot.
    #[test]
    fn chatter_is_not_addressed() {
        let a = read("this guidebook is nice", &names());
        assert!(!a.mentioned && !a.command);
        assert_eq!(a.text, "this guidebook is nice");
        let b = read("we need a guide for licensing", &names());
        assert!(!b.mentioned && !b.command);
    }

    /// The full user id anywhere in the text counts as a mention.
    #[test]
    fn user_id_anywhere_is_a_mention() {
        let a = read("hey @guide:example.org can you help", &names());
        assert!(a.mentioned);
    }

    /// `!` and `/` start commands; punctuation or numbers alone do not.
    #[test]
    fn recognises_commands() {
        assert!(is_command("!find consulting"));
        assert!(is_command("/help"));
        assert!(!is_command("!!!"));
        assert!(!is_command("/ 2"));
        assert!(!is_command("hello"));
        assert!(!is_command(""));
    }

    /// `!more` and `/more` ask for the next page, nothing else does.
    #[test]
    fn recognises_more() {
        assert!(is_more("!more"));
        assert!(is_more(" /MORE "));
        assert!(!is_more("!more please"));
        assert!(!is_more("more"));
    }

    /// Non-ASCII display names are matched without slicing inside a character.
    #[test]
    fn non_ascii_names_are_safe() {
        let n = BotNames::new("@g:e.org", Some("Guía Minera".into()));
        let a = read("guía minera: !find água", &n);
        assert_eq!(a.text, "!find água");
        let b = read("é", &n);
        assert!(!b.mentioned);
    }
}

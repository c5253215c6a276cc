//! The one command set of every platform, its parser, and the input clean-up that runs before
//! it (control characters, length).
//!
//! `/find consulting`, `!find consulting` (Matrix) and `/find@ThisBot consulting` (Telegram
//! groups) all parse to [`Command::Find`]. The help text and the platforms' command menus are
//! generated from [`COMMANDS`].

use crate::core::i18n::Msg;
use crate::kb::Kind;
use crate::lang::Lang;

/// The longest query the bot searches for, in characters; longer text is cut and the user told.
pub const MAX_QUERY_CHARS: usize = 256;

/// A command the bot understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start [param]`: welcome, or open a deep link (`org-mintek`, `guide-sediment`, an id).
    Start(Option<String>),
    /// `/help`: the command list.
    Help,
    /// `/find <query>`: search everything.
    Find(String),
    /// `/org <id or name>`: one organisation's card.
    Org(String),
    /// `/orgs [category or region]`: the organisations, optionally filtered.
    Orgs(String),
    /// `/topics`: the practical guides.
    Topics,
    /// `/guide <topic>`: one guide.
    Guide(String),
    /// `/cases [id]`: the case studies, or one of them.
    Cases(String),
    /// `/country [name]` (also `/countries`): a country's page (permits, groups, where to sell),
    /// or the list of country pages.
    Country(String),
    /// `/language [code]`: choose the reply language (no code: show the choices).
    Language(String),
    /// `/share [text]`: send a case study in one message, or start the guided flow.
    Share(String),
    /// `/mine`: the sender's own contributions and their status.
    Mine,
    /// `/withdraw <id>`: take back one's own pending contribution.
    Withdraw(String),
    /// `/cancel`: stop the guided `/share` flow or a pending "send me the reason".
    Cancel,
    /// `/pending [page]` (moderators): the review queue, paged from 1.
    Pending(String),
    /// `/review <id>` (moderators): one contribution in full.
    Review(String),
    /// `/approve <id> [note]` (moderators).
    Approve(String),
    /// `/reject <id> <reason>` (moderators).
    Reject(String),
    /// `/reopen <id>` (moderators): back to pending.
    Reopen(String),
    /// `/stats` (moderators): counts by status.
    Stats,
    /// `/ask <question>`: a question for the experts; `/ask Q-12 <text>` follows one up.
    Ask(String),
    /// `/answer <ref> <text>` (experts): answer a question.
    Answer(String),
    /// `/questions [page]` (experts): the open questions, oldest first.
    Questions(String),
    /// `/publish <ref>` (experts): make an answered question a searchable entry.
    Publish(String),
    /// `/unpublish <ref>` (experts): withdraw a published answer.
    Unpublish(String),
    /// `/helped <ref>`: the asker's "this helped" (the answer's first button).
    Helped(String),
    /// `/nothelped <ref>`: the asker's "it did not" (the answer's second button).
    NotHelped(String),
    /// `/report [days]` (moderators): what people searched for and did not find.
    Report(String),
    /// `/forget`: remove the sender's name and chat from their pending contributions.
    Forget,
}

/// What a message is, once parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A known command.
    Command(Command),
    /// A command word the bot does not know (`/frobnicate`), without its prefix.
    Unknown(String),
    /// A command for another bot (`/find@OtherBot`): never answered.
    OtherBot,
    /// Free text (a search in private chats).
    Text(String),
}

/// The name of a command, its argument and its description: the one definition behind the
/// parser, `/help` and the platforms' command menus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandSpec {
    /// The command word, without prefix (`find`).
    pub name: &'static str,
    /// Other words accepted for it (`search`).
    pub aliases: &'static [&'static str],
    /// The argument's translated placeholder, if it takes one.
    pub arg: Option<Msg>,
    /// Whether the argument may be left out.
    pub arg_optional: bool,
    /// The translated one-line description.
    pub about: Msg,
}

impl CommandSpec {
    /// The usage line in `lang`, e.g. `/find <question>` or `/orgs [category or region]`.
    pub fn usage(&self, prefix: char, lang: Lang) -> String {
        match self.arg {
            None => format!("{prefix}{}", self.name),
            Some(arg) if self.arg_optional => format!("{prefix}{} [{}]", self.name, arg.get(lang)),
            Some(arg) => format!("{prefix}{} <{}>", self.name, arg.get(lang)),
        }
    }
}

/// Every command anyone may use, in the order `/help` lists them.
pub const COMMANDS: [CommandSpec; 16] = [
    CommandSpec {
        name: "start",
        aliases: &[],
        arg: None,
        arg_optional: true,
        about: Msg::AboutStart,
    },
    CommandSpec {
        name: "help",
        aliases: &["aide", "ayuda", "ajuda", "msaada"],
        arg: None,
        arg_optional: true,
        about: Msg::AboutHelp,
    },
    CommandSpec {
        name: "find",
        aliases: &["search", "s", "f"],
        arg: Some(Msg::ArgQuery),
        arg_optional: false,
        about: Msg::AboutFind,
    },
    CommandSpec {
        name: "org",
        aliases: &["organisation", "organization"],
        arg: Some(Msg::ArgName),
        arg_optional: false,
        about: Msg::AboutOrg,
    },
    CommandSpec {
        name: "orgs",
        aliases: &["organisations", "organizations"],
        arg: Some(Msg::ArgFilter),
        arg_optional: true,
        about: Msg::AboutOrgs,
    },
    CommandSpec {
        name: "topics",
        aliases: &["guides"],
        arg: None,
        arg_optional: true,
        about: Msg::AboutTopics,
    },
    CommandSpec {
        name: "guide",
        aliases: &["topic"],
        arg: Some(Msg::ArgTopic),
        arg_optional: false,
        about: Msg::AboutGuide,
    },
    CommandSpec {
        name: "cases",
        aliases: &["case"],
        arg: Some(Msg::ArgCase),
        arg_optional: true,
        about: Msg::AboutCases,
    },
    CommandSpec {
        name: "country",
        aliases: &["countries", "pays", "pais", "nchi"],
        arg: Some(Msg::ArgCountry),
        arg_optional: true,
        about: Msg::AboutCountry,
    },
    CommandSpec {
        name: "language",
        aliases: &["lang", "langue", "idioma", "lugha"],
        arg: Some(Msg::ArgCode),
        arg_optional: true,
        about: Msg::AboutLanguage,
    },
    CommandSpec {
        name: "share",
        aliases: &[
            "partager",
            "compartir",
            "partilhar",
            "shiriki",
            "contribute",
        ],
        arg: Some(Msg::ArgStory),
        arg_optional: true,
        about: Msg::AboutShare,
    },
    CommandSpec {
        name: "ask",
        aliases: &["question", "demander", "preguntar", "perguntar", "uliza"],
        arg: Some(Msg::ArgQuestion),
        arg_optional: false,
        about: Msg::AboutAsk,
    },
    CommandSpec {
        name: "mine",
        aliases: &["my"],
        arg: None,
        arg_optional: true,
        about: Msg::AboutMine,
    },
    CommandSpec {
        name: "withdraw",
        aliases: &["retirer", "retirar"],
        arg: Some(Msg::ArgNumber),
        arg_optional: false,
        about: Msg::AboutWithdraw,
    },
    CommandSpec {
        name: "cancel",
        aliases: &["annuler", "cancelar", "ghairi"],
        arg: None,
        arg_optional: true,
        about: Msg::AboutCancel,
    },
    CommandSpec {
        name: "forget",
        aliases: &["oublier", "olvidar", "esquecer", "sahau"],
        arg: None,
        arg_optional: true,
        about: Msg::AboutForget,
    },
];

/// The moderators' commands: parsed for everyone (and refused to non-moderators), listed in
/// `/help` only for moderators.
pub const MODERATOR_COMMANDS: [CommandSpec; 7] = [
    CommandSpec {
        name: "pending",
        aliases: &["queue"],
        arg: Some(Msg::ArgPage),
        arg_optional: true,
        about: Msg::AboutPending,
    },
    CommandSpec {
        name: "review",
        aliases: &[],
        arg: Some(Msg::ArgNumber),
        arg_optional: false,
        about: Msg::AboutReview,
    },
    CommandSpec {
        name: "approve",
        aliases: &[],
        arg: Some(Msg::ArgNumberNote),
        arg_optional: false,
        about: Msg::AboutApprove,
    },
    CommandSpec {
        name: "reject",
        aliases: &[],
        arg: Some(Msg::ArgNumberReason),
        arg_optional: false,
        about: Msg::AboutReject,
    },
    CommandSpec {
        name: "reopen",
        aliases: &[],
        arg: Some(Msg::ArgNumber),
        arg_optional: false,
        about: Msg::AboutReopen,
    },
    CommandSpec {
        name: "stats",
        aliases: &[],
        arg: None,
        arg_optional: true,
        about: Msg::AboutStats,
    },
    CommandSpec {
        name: "report",
        aliases: &[],
        arg: Some(Msg::ArgDays),
        arg_optional: true,
        about: Msg::AboutReport,
    },
];

/// The experts' commands (moderators are experts too): parsed for everyone (and refused to
/// anyone else), listed in `/help` only for experts.
pub const EXPERT_COMMANDS: [CommandSpec; 4] = [
    CommandSpec {
        name: "questions",
        aliases: &[],
        arg: Some(Msg::ArgPage),
        arg_optional: true,
        about: Msg::AboutQuestions,
    },
    CommandSpec {
        name: "answer",
        aliases: &["reply"],
        arg: Some(Msg::ArgRefText),
        arg_optional: false,
        about: Msg::AboutAnswer,
    },
    CommandSpec {
        name: "publish",
        aliases: &[],
        arg: Some(Msg::ArgRef),
        arg_optional: false,
        about: Msg::AboutPublish,
    },
    CommandSpec {
        name: "unpublish",
        aliases: &[],
        arg: Some(Msg::ArgRef),
        arg_optional: false,
        about: Msg::AboutUnpublish,
    },
];

/// The answer's two buttons as commands (`/helped Q-12`, `/nothelped Q-12`): parsed, never
/// listed (they are typed from the buttons' labels on platforms without buttons).
pub const FEEDBACK_COMMANDS: [CommandSpec; 2] = [
    CommandSpec {
        name: "helped",
        aliases: &[],
        arg: Some(Msg::ArgRef),
        arg_optional: false,
        about: Msg::ButtonHelped,
    },
    CommandSpec {
        name: "nothelped",
        aliases: &["not-helped", "unhelpful"],
        arg: Some(Msg::ArgRef),
        arg_optional: false,
        about: Msg::ButtonNotHelped,
    },
];

/// How to read a message: which prefixes start a command and the bot's own username.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions<'a> {
    /// Whether `!` starts a command too (Matrix's convention; the terminal accepts it).
    pub bang: bool,
    /// The bot's username (`ThisBot`), so `/find@ThisBot` is ours and `/find@OtherBot` is not.
    pub username: Option<&'a str>,
}

/// The longest command word Telegram links in a text (`a-z0-9_`, without the `/`).
pub const MAX_COMMAND_CHARS: usize = 32;

/// The command words of the joined open-commands (`/org_mintek`), one table for the writer
/// ([`joined_open_command`]) and the parser: the word, the kind it opens, and the id prefix it
/// stands for (`/case_fairmined` is the id `case-fairmined`; `/cases_sub_42` is `sub-42`).
const JOINED: [(&str, Kind, &str); 7] = [
    ("org", Kind::Org, ""),
    ("guide", Kind::Guide, ""),
    ("case", Kind::Case, "case-"),
    ("cases", Kind::Case, ""),
    ("country", Kind::Country, "country-"),
    ("countries", Kind::Country, ""),
    // A published answer (`answer-12`) opens with `/start answer-12`; `/qa_12` is its one tap
    // (not `/answer_…`, which is the experts' command).
    ("qa", Kind::Answer, "answer-"),
];

/// The command that opens an entry as one word Telegram makes tappable: `/org_mintek`,
/// `/guide_health_safety`, `/case_fairmined` (id `case-fairmined`), `/country_kenya`
/// (`country-kenya`), `/cases_sub_42` (`sub-42`). `None` when the id holds anything but
/// `a-z`, `0-9` and `-`, or the word would be longer than [`MAX_COMMAND_CHARS`].
///
/// [`parse`] maps every such word back to the id it was made from: ids never hold `_` (the
/// knowledge base's schema allows `a-z`, `0-9` and `-`), so `-` ↔ `_` loses nothing.
pub fn joined_open_command(kind: Kind, id: &str) -> Option<String> {
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return None;
    }
    // The word whose prefix the id carries, else the plain word of the kind.
    let (word, rest) =
        JOINED
            .iter()
            .filter(|(_, k, _)| *k == kind)
            .find_map(|(w, _, prefix)| {
                let rest = id.strip_prefix(prefix)?;
                (!rest.is_empty()).then_some((*w, rest))
            })?;
    let joined = format!("{word}_{}", rest.replace('-', "_"));
    (joined.len() <= MAX_COMMAND_CHARS).then(|| format!("/{joined}"))
}

/// The command of a joined open-command word (`org_mintek` → `/org mintek`), or `None` when
/// the word is not one.
fn parse_joined(word: &str) -> Option<Command> {
    let (head, rest) = word.split_once('_')?;
    if rest.is_empty()
        || rest.starts_with('_')
        || !rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return None;
    }
    let (_, kind, prefix) = JOINED.iter().find(|(w, _, _)| *w == head)?;
    let id = format!("{prefix}{}", rest.replace('_', "-"));
    Some(match kind {
        Kind::Org => Command::Org(id),
        Kind::Guide => Command::Guide(id),
        Kind::Case => Command::Cases(id),
        Kind::Country => Command::Country(id),
        Kind::Answer => Command::Start(Some(id)),
    })
}

/// Parses one (already cleaned) message.
pub fn parse(text: &str, opts: &ParseOptions<'_>) -> Parsed {
    let text = text.trim();
    let Some(first) = text.chars().next() else {
        return Parsed::Text(String::new());
    };
    let is_prefix = first == '/' || (opts.bang && first == '!');
    let rest = &text[first.len_utf8()..];
    if !is_prefix || !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Parsed::Text(text.to_string());
    }
    let (word, args) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let (name, target) = match word.split_once('@') {
        Some((n, t)) => (n, Some(t)),
        None => (word, None),
    };
    if let Some(target) = target {
        let ours = opts
            .username
            .map(|u| u.trim_start_matches('@'))
            .is_some_and(|u| !u.is_empty() && u.eq_ignore_ascii_case(target));
        if !ours {
            return Parsed::OtherBot;
        }
    }
    let name = name.to_ascii_lowercase();
    if let Some(cmd) = parse_joined(&name) {
        return Parsed::Command(cmd);
    }
    let Some(spec) = COMMANDS
        .iter()
        .chain(MODERATOR_COMMANDS.iter())
        .chain(EXPERT_COMMANDS.iter())
        .chain(FEEDBACK_COMMANDS.iter())
        .find(|s| s.name == name || s.aliases.contains(&name.as_str()))
    else {
        return Parsed::Unknown(name);
    };
    let arg = args.to_string();
    let cmd = match spec.name {
        "start" => Command::Start((!arg.is_empty()).then_some(arg)),
        "help" => Command::Help,
        "find" => Command::Find(arg),
        "org" => Command::Org(arg),
        "orgs" => Command::Orgs(arg),
        "topics" => Command::Topics,
        "guide" => Command::Guide(arg),
        "cases" => Command::Cases(arg),
        "country" => Command::Country(arg),
        "share" => Command::Share(arg),
        "mine" => Command::Mine,
        "withdraw" => Command::Withdraw(arg),
        "cancel" => Command::Cancel,
        "pending" => Command::Pending(arg),
        "review" => Command::Review(arg),
        "approve" => Command::Approve(arg),
        "reject" => Command::Reject(arg),
        "reopen" => Command::Reopen(arg),
        "stats" => Command::Stats,
        "ask" => Command::Ask(arg),
        "answer" => Command::Answer(arg),
        "questions" => Command::Questions(arg),
        "publish" => Command::Publish(arg),
        "unpublish" => Command::Unpublish(arg),
        "helped" => Command::Helped(arg),
        "nothelped" => Command::NotHelped(arg),
        "report" => Command::Report(arg),
        "forget" => Command::Forget,
        _ => Command::Language(arg),
    };
    Parsed::Command(cmd)
}

/// Cleans what a person typed: control characters become spaces (line breaks and tabs too),
/// invisible formatting characters (zero-width spaces, byte-order marks, direction overrides)
/// are removed, and runs of spaces collapse. Right-to-left letters and emoji are kept.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(1 << 20));
    let mut space = false;
    for c in text.chars() {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if is_invisible(c) {
            continue;
        }
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Cuts `text` to at most `max` characters, at a word boundary when one is near. Returns the
/// text and whether it was cut.
pub fn truncate(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        None => (text, false),
        Some((end, _)) => {
            let head = &text[..end];
            let cut = match head.rfind(' ') {
                Some(space) if space >= end * 3 / 4 => &head[..space],
                _ => head,
            };
            (cut.trim_end(), true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Parsed {
        parse(
            text,
            &ParseOptions {
                bang: false,
                username: Some("MinersGuideBot"),
            },
        )
    }

    /// Each command word parses to its command with the rest of the line as argument.
    #[test]
    fn commands_parse_with_arguments() {
        assert_eq!(p("/start"), Parsed::Command(Command::Start(None)));
        assert_eq!(
            p("/start org-mintek"),
            Parsed::Command(Command::Start(Some("org-mintek".into())))
        );
        assert_eq!(p("/help"), Parsed::Command(Command::Help));
        assert_eq!(
            p("  /find   sediment  in river "),
            Parsed::Command(Command::Find("sediment  in river".into()))
        );
        assert_eq!(p("/FIND x"), Parsed::Command(Command::Find("x".into())));
        assert_eq!(p("/org AMGC"), Parsed::Command(Command::Org("AMGC".into())));
        assert_eq!(p("/orgs"), Parsed::Command(Command::Orgs(String::new())));
        assert_eq!(p("/topics"), Parsed::Command(Command::Topics));
        assert_eq!(
            p("/guide sediment"),
            Parsed::Command(Command::Guide("sediment".into()))
        );
        assert_eq!(p("/cases"), Parsed::Command(Command::Cases(String::new())));
        assert_eq!(
            p("/language fr"),
            Parsed::Command(Command::Language("fr".into()))
        );
        assert_eq!(p("/ayuda"), Parsed::Command(Command::Help));
        assert_eq!(
            p("/share We dug ponds"),
            Parsed::Command(Command::Share("We dug ponds".into()))
        );
        assert_eq!(p("/mine"), Parsed::Command(Command::Mine));
        assert_eq!(
            p("/reject 4 not a case study"),
            Parsed::Command(Command::Reject("4 not a case study".into()))
        );
        assert_eq!(p("/stats"), Parsed::Command(Command::Stats));
    }

    /// `@ThisBot` suffixes are ours (any case); other bots' commands are recognised as such.
    #[test]
    fn bot_suffix_selects_the_addressee() {
        assert_eq!(
            p("/find@minersguidebot mica"),
            Parsed::Command(Command::Find("mica".into()))
        );
        assert_eq!(p("/find@OtherBot mica"), Parsed::OtherBot);
        assert_eq!(p("/help@OtherBot"), Parsed::OtherBot);
        let anonymous = ParseOptions::default();
        assert_eq!(parse("/help@SomeBot", &anonymous), Parsed::OtherBot);
    }

    /// `!` starts a command only where allowed (Matrix, terminal); elsewhere it is text.
    #[test]
    fn bang_prefix_is_an_option() {
        let bang = ParseOptions {
            bang: true,
            username: None,
        };
        assert_eq!(
            parse("!find consulting", &bang),
            Parsed::Command(Command::Find("consulting".into()))
        );
        assert_eq!(
            p("!find consulting"),
            Parsed::Text("!find consulting".into())
        );
        assert_eq!(parse("!!!", &bang), Parsed::Text("!!!".into()));
    }

    /// Unknown words are reported; slashes not followed by a letter are plain text.
    #[test]
    fn unknown_commands_and_non_commands() {
        assert_eq!(p("/frobnicate now"), Parsed::Unknown("frobnicate".into()));
        assert_eq!(p("/"), Parsed::Text("/".into()));
        assert_eq!(p("/ hello"), Parsed::Text("/ hello".into()));
        assert_eq!(p("/123"), Parsed::Text("/123".into()));
        assert_eq!(p("sediment"), Parsed::Text("sediment".into()));
        assert_eq!(p(""), Parsed::Text(String::new()));
    }

    /// Control and invisible characters go, spaces collapse, RTL and emoji stay.
    #[test]
    fn clean_strips_controls_keeps_scripts() {
        assert_eq!(clean("a\u{0}b\u{7}\n\n c\t"), "a b c");
        assert_eq!(clean("\u{202E}abc\u{200B}d\u{FEFF}"), "abcd");
        assert_eq!(clean("  مرحبا 💎 "), "مرحبا 💎");
        assert_eq!(clean("\u{1b}[31m"), "[31m");
        assert_eq!(clean("\n\t \r"), "");
    }

    /// Truncation counts characters (not bytes), prefers a word boundary, and says it cut.
    #[test]
    fn truncate_counts_characters() {
        assert_eq!(truncate("short", 10), ("short", false));
        let long = "word ".repeat(100);
        let (cut, was) = truncate(&long, 256);
        assert!(was);
        assert!(
            cut.chars().count() <= 256 && cut.ends_with("word"),
            "{cut:?}"
        );
        let emoji = "💎".repeat(300);
        let (cut, was) = truncate(&emoji, 256);
        assert!(was);
        assert_eq!(cut.chars().count(), 256);
    }

    /// Joined open-commands (`/org_mintek`, as Telegram links them) parse to the command that
    /// opens the id they were written from, with or without `@ThisBot`; other `_` words are
    /// unknown commands.
    #[test]
    fn joined_open_commands_parse_back_to_their_ids() {
        for (kind, id, joined, cmd) in [
            (
                Kind::Org,
                "mintek",
                "/org_mintek",
                Command::Org("mintek".into()),
            ),
            (
                Kind::Guide,
                "health-safety",
                "/guide_health_safety",
                Command::Guide("health-safety".into()),
            ),
            (
                Kind::Case,
                "case-merelani-tanzanite",
                "/case_merelani_tanzanite",
                Command::Cases("case-merelani-tanzanite".into()),
            ),
            (
                Kind::Case,
                "sub-42",
                "/cases_sub_42",
                Command::Cases("sub-42".into()),
            ),
            (
                Kind::Country,
                "country-sri-lanka",
                "/country_sri_lanka",
                Command::Country("country-sri-lanka".into()),
            ),
            (
                Kind::Country,
                "atlantis",
                "/countries_atlantis",
                Command::Country("atlantis".into()),
            ),
            (
                Kind::Answer,
                "answer-12",
                "/qa_12",
                Command::Start(Some("answer-12".into())),
            ),
        ] {
            assert_eq!(joined_open_command(kind, id).as_deref(), Some(joined));
            assert_eq!(p(joined), Parsed::Command(cmd.clone()), "{joined}");
            assert_eq!(
                p(&format!("{joined}@MinersGuideBot")),
                Parsed::Command(cmd),
                "{joined}"
            );
        }
        assert_eq!(p("/org_mintek@OtherBot"), Parsed::OtherBot);
        assert_eq!(p("/frob_nicate"), Parsed::Unknown("frob_nicate".into()));
        assert_eq!(p("/org_"), Parsed::Unknown("org_".into()));
        assert_eq!(p("/org__x"), Parsed::Unknown("org__x".into()));
        // What cannot be one tappable word is not written as one.
        assert_eq!(joined_open_command(Kind::Org, "Mintek"), None);
        assert_eq!(joined_open_command(Kind::Org, "a_b"), None);
        assert_eq!(joined_open_command(Kind::Org, &"x".repeat(40)), None);
    }

    /// Usage lines come from the same definitions, translated.
    #[test]
    fn usage_lines_are_translated() {
        let find = COMMANDS.iter().find(|c| c.name == "find").unwrap();
        assert_eq!(find.usage('/', Lang::En), "/find <question>");
        assert_eq!(find.usage('!', Lang::Sw), "!find <swali>");
        let orgs = COMMANDS.iter().find(|c| c.name == "orgs").unwrap();
        assert_eq!(orgs.usage('/', Lang::Fr), "/orgs [catégorie ou région]");
    }
}

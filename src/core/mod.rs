//! The transport-agnostic core: `Bot::handle(&Incoming) -> Response`.
//!
//! Every adapter (Telegram, Matrix, the terminal) turns a platform message into an
//! [`Incoming`], calls [`Bot::handle`], and renders the [`Reply`] it gets back. The core
//! parses commands ([`command`]), picks the reply language ([`language`]), searches the
//! knowledge base and builds the reply blocks ([`view`]) from translated texts ([`i18n`]).

mod adapter_facts;
pub mod command;
pub mod i18n;
pub mod language;
mod message;
mod moderation;
pub mod ratelimit;
mod share;
pub mod view;

pub use command::{COMMANDS, Command, CommandSpec, MAX_QUERY_CHARS, MODERATOR_COMMANDS, Parsed};
pub use language::{LanguageStore, MemoryLanguageStore, StoreLanguageStore};
pub use message::*;
pub use moderation::{
    ANNOUNCE_BURST, ANNOUNCE_WINDOW_SECS, DIGEST_MAX_WAIT_SECS, DIGEST_QUIET_SECS,
};
pub use share::{case_doc, case_doc_id, format_rfc3339, format_time};

use crate::kb::{Category, Entry, Kind, Region, fold};
use crate::lang::Lang;
use crate::search::{SearchIndex, SearchOptions};
use crate::store::Store;
use command::{ParseOptions, clean, parse, truncate};
use i18n::{Msg, fold_words, tr};
pub use ratelimit::UserRate;
use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};
use view::{entry_card, entry_line, hit_blocks, open_command, para, short_card, shorten};

/// How many results one page shows.
pub const PAGE_SIZE: usize = 5;
/// The most inline cards in one answer (Telegram's limit).
pub const INLINE_PAGE_SIZE: usize = 50;
/// The deepest result page served; deeper (forged) pages say there is nothing more.
const MAX_PAGE: u32 = 200;
/// How much of a query is echoed back in a reply.
const ECHO_CHARS: usize = 80;

/// One card for Telegram inline mode (or any "share this entry" feature).
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The entry id (unique within one answer).
    pub id: String,
    /// The title shown in the inline list.
    pub title: String,
    /// A one-line description shown under the title.
    pub description: String,
    /// The message sent into the chat when the card is chosen.
    pub message: Reply,
}

/// One page of inline cards.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineAnswer {
    /// The cards of this page (at most 50).
    pub cards: Vec<Card>,
    /// The offset of the next page, if there is one (≤ 64 bytes).
    pub next_offset: Option<String>,
}

/// The clock the bot reads (unix seconds); tests inject their own.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// The bot: every platform adapter hands it messages and renders what it answers.
/// Cheap to clone and safe to share between tasks.
#[derive(Clone)]
pub struct Bot {
    index: Arc<SearchIndex>,
    username: Option<Arc<str>>,
    languages: Arc<dyn LanguageStore>,
    store: Option<Arc<Store>>,
    moderators: Arc<HashSet<String>>,
    moderator_chat: Option<ChatRef>,
    clock: Clock,
    flood: Arc<Mutex<moderation::Flood>>,
    rates: Arc<Mutex<ratelimit::RateTable>>,
    drafts: Arc<language::DraftNotices>,
}

/// Builds a [`Bot`] with optional settings.
pub struct BotBuilder {
    index: Arc<SearchIndex>,
    username: Option<Arc<str>>,
    languages: Option<Arc<dyn LanguageStore>>,
    store: Option<Arc<Store>>,
    moderators: HashSet<String>,
    moderator_chat: Option<ChatRef>,
    clock: Clock,
    user_rate: UserRate,
}

impl BotBuilder {
    /// The bot's own username (`ThisBot`, without `@`): `/cmd@ThisBot` is then addressed to it
    /// and `@ThisBot` mentions are removed from searches.
    pub fn username(mut self, name: impl AsRef<str>) -> BotBuilder {
        let name = name.as_ref().trim().trim_start_matches('@');
        self.username = (!name.is_empty()).then(|| Arc::from(name));
        self
    }

    /// Where `/language` choices are kept (default: the submissions store when one is given,
    /// so choices survive restarts; else in memory).
    pub fn language_store(mut self, store: Arc<dyn LanguageStore>) -> BotBuilder {
        self.languages = Some(store);
        self
    }

    /// The submissions store: enables `/share`, `/mine`, `/withdraw` and moderation. Without
    /// one, `/share` answers that contributions are not enabled here.
    pub fn store(mut self, store: Arc<Store>) -> BotBuilder {
        self.store = Some(store);
        self
    }

    /// The moderators, as `platform:id` keys (`telegram:123456`, `matrix:@ana:example.org`,
    /// `console:operator`); added to any given before.
    pub fn moderators<I, S>(mut self, keys: I) -> BotBuilder
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.moderators.extend(
            keys.into_iter()
                .map(|k| k.as_ref().trim().to_string())
                .filter(|k| !k.is_empty()),
        );
        self
    }

    /// The chat where new submissions are announced (`None`: not announced; moderators use
    /// `/pending`).
    pub fn moderator_chat(mut self, chat: Option<ChatRef>) -> BotBuilder {
        self.moderator_chat = chat;
        self
    }

    /// The per-person message limit (default [`UserRate::OFF`]; the program turns on
    /// [`UserRate::default`]). Moderators are never limited.
    pub fn user_rate(mut self, rate: UserRate) -> BotBuilder {
        self.user_rate = rate;
        self
    }

    /// The clock (unix seconds) used for submissions, decisions and flood control (default:
    /// the system clock).
    pub fn clock(mut self, clock: Clock) -> BotBuilder {
        self.clock = clock;
        self
    }

    /// The bot. With a store, the search index is first made to hold exactly the approved
    /// submissions (a failure is logged: searches then miss or keep some of them until the
    /// next start).
    pub fn build(self) -> Bot {
        let languages = match (self.languages, &self.store) {
            (Some(l), _) => l,
            (None, Some(store)) => {
                Arc::new(StoreLanguageStore::new(store.clone(), self.clock.clone()))
            }
            (None, None) => Arc::new(MemoryLanguageStore::new()),
        };
        if let Some(store) = &self.store {
            share::sync_index(&self.index, store);
        }
        Bot {
            index: self.index,
            username: self.username,
            languages,
            store: self.store,
            moderators: Arc::new(self.moderators),
            moderator_chat: self.moderator_chat,
            clock: self.clock,
            flood: Arc::new(Mutex::new(moderation::Flood::default())),
            rates: Arc::new(Mutex::new(ratelimit::RateTable::new(self.user_rate))),
            drafts: Arc::new(language::DraftNotices::default()),
        }
    }
}

fn reply(lang: Lang, blocks: Vec<Block>, actions: Vec<Action>) -> Reply {
    Reply {
        lang: Some(lang),
        blocks,
        actions,
        attachments: Vec::new(),
        no_preview: true,
    }
}

fn answer(r: Reply) -> Response {
    Response {
        reply: Some(r),
        notices: Vec::new(),
    }
}

fn command_action(label: impl Into<String>, command: impl Into<String>) -> Action {
    Action {
        label: label.into(),
        kind: ActionKind::Command(command.into()),
    }
}

impl Bot {
    /// A bot answering from `index`, with no username and in-memory language choices.
    pub fn new(index: Arc<SearchIndex>) -> Bot {
        Bot::builder(index).build()
    }

    /// A builder for a bot answering from `index`.
    pub fn builder(index: Arc<SearchIndex>) -> BotBuilder {
        BotBuilder {
            index,
            username: None,
            languages: None,
            store: None,
            moderators: HashSet::new(),
            moderator_chat: None,
            clock: Arc::new(crate::store::unix_now),
            user_rate: UserRate::OFF,
        }
    }

    /// The search index the bot answers from.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// The bot's username, if configured.
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// The language to answer `msg` in (and to prefer in search): the person's `/language`
    /// choice in that chat, else the platform's hint, else the language the message is
    /// written in when that is clear ([`language::detect`]), else English.
    pub fn language_for(&self, msg: &Incoming) -> Lang {
        self.languages
            .get(&msg.chat, &msg.user)
            .or_else(|| msg.language_hint.as_deref().and_then(Lang::from_hint))
            .or_else(|| language::detect(&msg.text))
            .unwrap_or(Lang::En)
    }

    /// `response` with, once per person and chat, one line saying that the texts of `lang`
    /// are an unchecked draft and how to switch to English or French.
    fn with_draft_notice(&self, msg: &Incoming, lang: Lang, mut response: Response) -> Response {
        if i18n::review(lang) == crate::lang::Review::Draft
            && let Some(reply) = response.reply.as_mut()
            && reply.lang == Some(lang)
            && self.drafts.first_time(&msg.chat, &msg.user)
        {
            reply.blocks.push(para(Msg::DraftNotice.get(lang)));
        }
        response
    }

    /// The short, neutral, translated reply for an internal failure (for adapters' error
    /// boundaries).
    pub fn error_reply(lang: Lang) -> Reply {
        reply(lang, vec![para(Msg::InternalError.get(lang))], Vec::new())
    }

    /// A translated message as a one-paragraph reply (e.g. [`Msg::NothingMore`] for a
    /// terminal `/more` with nothing to continue).
    pub fn message_reply(msg: Msg, lang: Lang) -> Reply {
        reply(lang, vec![para(msg.get(lang))], Vec::new())
    }

    /// The command menu in `lang`: `(command, description)` pairs from the same definitions as
    /// the parser and `/help` (for Telegram's `setMyCommands`).
    pub fn command_menu(lang: Lang) -> Vec<(&'static str, String)> {
        COMMANDS
            .iter()
            .map(|c| (c.name, c.about.get(lang).to_string()))
            .collect()
    }

    /// Answers one message. Never panics on any input; in groups, returns no reply to
    /// messages that were not addressed to the bot.
    pub fn handle(&self, msg: &Incoming) -> Response {
        let counted = msg.chat_kind == ChatKind::Private || msg.addressed;
        if counted && let Some(response) = self.over_limit(msg) {
            return localise_response(msg.chat.platform, response);
        }
        let lang = self.language_for(msg);
        match catch_unwind(AssertUnwindSafe(|| self.dispatch(msg, lang))) {
            Ok(response) => localise_response(
                msg.chat.platform,
                self.with_draft_notice(msg, lang, response),
            ),
            Err(_) => {
                log::error!(
                    "core::handle panicked: chat={} user={} len={}",
                    msg.chat,
                    msg.user.key(),
                    msg.text.len()
                );
                if msg.chat_kind == ChatKind::Private || msg.addressed {
                    answer(Bot::error_reply(lang))
                } else {
                    Response::default()
                }
            }
        }
    }

    /// Runs a button's action for the person in `ctx` (its `text` is ignored).
    pub fn handle_action(&self, ctx: &Incoming, action: &ActionKind) -> Response {
        if matches!(action, ActionKind::Page { .. })
            && let Some(response) = self.over_limit(ctx)
        {
            return localise_response(ctx.chat.platform, response);
        }
        let lang = self.language_for(ctx);
        let response = match action {
            ActionKind::Page { query, page } => {
                let query = clean(query);
                let result = catch_unwind(AssertUnwindSafe(|| {
                    self.search_reply(&query, *page, lang, &[])
                }));
                answer(result.unwrap_or_else(|_| {
                    log::error!("core::handle_action panicked: chat={}", ctx.chat);
                    Bot::error_reply(lang)
                }))
            }
            ActionKind::Command(command) => {
                let msg = Incoming {
                    text: command.clone(),
                    addressed: true,
                    ..ctx.clone()
                };
                self.handle(&msg)
            }
            ActionKind::Approve(_) | ActionKind::Reject(_) => {
                catch_unwind(AssertUnwindSafe(|| {
                    self.moderation_action(ctx, action, lang)
                }))
                .unwrap_or_else(|_| {
                    log::error!("core::handle_action panicked: chat={}", ctx.chat);
                    answer(Bot::error_reply(lang))
                })
            }
        };
        localise_response(ctx.chat.platform, response)
    }

    /// Counts one message from the person in `msg` against their limit: `None` to handle it,
    /// else what to answer instead (a "please wait" the first time, then nothing).
    fn over_limit(&self, msg: &Incoming) -> Option<Response> {
        if self.is_moderator(&msg.user) {
            return None;
        }
        let now = (self.clock)();
        let key = msg.user.key();
        let verdict = match self.rates.lock() {
            Ok(mut table) => table.check(&key, now),
            // A panic elsewhere while holding the table: limit nobody rather than everybody.
            Err(_) => ratelimit::Verdict::Allow,
        };
        match verdict {
            ratelimit::Verdict::Allow => None,
            ratelimit::Verdict::Drop => {
                log::debug!("core: dropped a message over the limit from {key}");
                Some(Response::default())
            }
            ratelimit::Verdict::Warn(wait) => {
                log::warn!("core: {key} is over the message limit; asked to wait {wait} s");
                let lang = self.language_for(msg);
                let text = tr(Msg::SlowDown, lang, &[&wait.to_string()]);
                Some(answer(reply(lang, vec![para(text)], vec![])))
            }
        }
    }

    /// Cards for an inline query (`@ThisBot query`), starting at `offset`.
    pub fn inline(&self, query: &str, lang: Lang, offset: &str) -> InlineAnswer {
        catch_unwind(AssertUnwindSafe(|| self.inline_cards(query, lang, offset))).unwrap_or_else(
            |_| {
                log::error!("core::inline panicked");
                InlineAnswer {
                    cards: Vec::new(),
                    next_offset: None,
                }
            },
        )
    }

    fn inline_cards(&self, query: &str, lang: Lang, offset: &str) -> InlineAnswer {
        let start = offset.trim().parse::<usize>().unwrap_or(0).min(10_000);
        let cleaned = clean(query);
        let (query, _) = truncate(&cleaned, MAX_QUERY_CHARS);
        let kb = self.index.kb();
        let mut cards = Vec::new();
        let mut seen = HashSet::new();
        let total;
        if query.is_empty() {
            let guides: Vec<&Entry> = kb.of_kind(Kind::Guide).collect();
            total = guides.len();
            for e in guides.into_iter().skip(start).take(INLINE_PAGE_SIZE) {
                seen.insert(e.id.clone());
                cards.push(entry_as_card(e, lang));
            }
        } else {
            let opts = SearchOptions {
                lang,
                limit: INLINE_PAGE_SIZE,
                offset: start,
                kinds: Vec::new(),
            };
            let results = match self.index.search(query, &opts) {
                Ok(r) => r,
                Err(e) => {
                    log::warn!("core::inline: search failed: {e}");
                    return InlineAnswer {
                        cards: Vec::new(),
                        next_offset: None,
                    };
                }
            };
            // A large index counts only its best candidates: then there may be more.
            total = if results.total_is_exact {
                results.total
            } else {
                usize::MAX
            };
            for hit in results.hits {
                if !seen.insert(hit.id.clone()) {
                    continue;
                }
                let card = match kb.get(&hit.id) {
                    Some(e) => entry_as_card(e, lang),
                    None => Card {
                        id: hit.id.clone(),
                        title: hit.title.clone(),
                        description: shorten(&hit.snippet.text, 120),
                        message: reply(
                            lang,
                            vec![
                                Block::Heading(hit.title.clone()),
                                para(hit.snippet.text.clone()),
                            ],
                            Vec::new(),
                        ),
                    },
                };
                cards.push(card);
            }
        }
        let next = start + cards.len();
        InlineAnswer {
            next_offset: (!cards.is_empty() && next < total).then(|| next.to_string()),
            cards,
        }
    }

    fn prefix(msg: &Incoming) -> char {
        if msg.chat.platform == Platform::Matrix {
            '!'
        } else {
            '/'
        }
    }

    /// Removes `@username` mentions of this bot from free text.
    fn strip_mention(&self, text: &str) -> String {
        let Some(name) = self.username.as_deref() else {
            return text.to_string();
        };
        let mention = format!("@{}", name.to_lowercase());
        text.split(' ')
            .filter(|w| {
                w.to_lowercase()
                    .trim_end_matches([',', ':', '.', '!', '?'])
                    .ne(&mention)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn parse_options(&self, msg: &Incoming) -> ParseOptions<'_> {
        ParseOptions {
            bang: msg.chat.platform != Platform::Telegram,
            username: self.username.as_deref(),
        }
    }

    fn dispatch(&self, msg: &Incoming, lang: Lang) -> Response {
        let group = msg.chat_kind == ChatKind::Group;
        if let Some(response) = self.awaited_reason(msg, lang) {
            return response;
        }
        if let Some(response) = self.continue_flow(msg, lang) {
            return response;
        }
        let cleaned = clean(&msg.text);
        let opts = self.parse_options(msg);
        match parse(&cleaned, &opts) {
            Parsed::OtherBot => Response::default(),
            Parsed::Command(cmd) => self.command(cmd, msg, lang),
            Parsed::Unknown(word) => {
                if group && !msg.addressed {
                    return Response::default();
                }
                let shown = format!("{}{}", Bot::prefix(msg), shorten(&word, 32));
                answer(reply(
                    lang,
                    vec![para(tr(Msg::UnknownCommand, lang, &[&shown]))],
                    vec![command_action(Msg::AboutHelp.get(lang), "/help")],
                ))
            }
            Parsed::Text(text) => {
                if group && !msg.addressed {
                    return Response::default();
                }
                let text = self.strip_mention(&text);
                let text = text.trim();
                if text.is_empty() {
                    return answer(reply(lang, vec![para(Msg::EmptyMessage.get(lang))], vec![]));
                }
                answer(self.search_reply(text, 0, lang, &[]))
            }
        }
    }

    fn command(&self, cmd: Command, msg: &Incoming, lang: Lang) -> Response {
        match cmd {
            Command::Share(text) => self.share(&text, msg, lang),
            Command::Mine => answer(self.mine(msg, lang)),
            Command::Withdraw(id) => answer(self.withdraw(&id, msg, lang)),
            Command::Cancel => answer(self.cancel(msg, lang)),
            Command::Pending(_)
            | Command::Review(_)
            | Command::Approve(_)
            | Command::Reject(_)
            | Command::Reopen(_)
            | Command::Stats => self.moderate(cmd, msg, lang),
            other => answer(self.read_command(other, msg, lang)),
        }
    }

    fn read_command(&self, cmd: Command, msg: &Incoming, lang: Lang) -> Reply {
        match cmd {
            Command::Start(None) => self.welcome(msg, lang, None),
            Command::Start(Some(param)) => self.deep_link(&param, msg, lang),
            Command::Help => self.help(msg, lang),
            Command::Find(q) if q.trim().is_empty() => {
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
            Command::Find(q) => self.search_reply(&q, 0, lang, &[]),
            Command::Org(name) => self.org(&name, lang),
            Command::Orgs(filter) => self.orgs(&filter, lang),
            Command::Topics => self.topics(lang, None),
            Command::Guide(topic) => self.guide(&topic, lang),
            Command::Cases(id) => self.cases(&id, lang),
            Command::Language(code) => self.language(&code, msg, lang),
            Command::Share(_)
            | Command::Mine
            | Command::Withdraw(_)
            | Command::Cancel
            | Command::Pending(_)
            | Command::Review(_)
            | Command::Approve(_)
            | Command::Reject(_)
            | Command::Reopen(_)
            | Command::Stats => Bot::error_reply(lang),
        }
    }

    fn usage_paragraph(msg: &Incoming, lang: Lang) -> Block {
        if msg.chat_kind == ChatKind::Group {
            para(Msg::AskGroup.get(lang))
        } else {
            let text = tr(Msg::AskPrivate, lang, &["\u{0}"]);
            let (before, after) = text.split_once('\u{0}').unwrap_or((text.as_str(), ""));
            Block::Paragraph(vec![
                Inline::Text(before.to_string()),
                Inline::Em(Msg::ExampleQuery.get(lang).to_string()),
                Inline::Text(after.to_string()),
            ])
        }
    }

    fn command_list(&self, msg: &Incoming, lang: Lang) -> Vec<Block> {
        let prefix = Bot::prefix(msg);
        let items = |specs: &[CommandSpec]| -> Vec<Vec<Inline>> {
            specs
                .iter()
                .map(|c| {
                    vec![
                        Inline::Code(c.usage(prefix, lang)),
                        Inline::Text(format!(" — {}", c.about.get(lang))),
                    ]
                })
                .collect()
        };
        let mut blocks = vec![
            Block::Heading(Msg::CommandsHeading.get(lang).to_string()),
            Block::List(items(&COMMANDS)),
        ];
        if self.is_moderator(&msg.user) {
            blocks.push(Block::Paragraph(vec![Inline::Strong(
                Msg::ModeratorsHeading.get(lang).to_string(),
            )]));
            blocks.push(Block::List(items(&MODERATOR_COMMANDS)));
        }
        blocks
    }

    fn welcome(&self, msg: &Incoming, lang: Lang, note: Option<Msg>) -> Reply {
        let mut blocks = Vec::new();
        if let Some(note) = note {
            blocks.push(Block::Paragraph(vec![Inline::Em(
                note.get(lang).to_string(),
            )]));
        }
        blocks.push(para(Msg::Welcome.get(lang)));
        blocks.push(Bot::usage_paragraph(msg, lang));
        blocks.extend(self.command_list(msg, lang));
        reply(
            lang,
            blocks,
            vec![
                command_action(Msg::AllTopics.get(lang), "/topics"),
                command_action(Msg::AllOrgs.get(lang), "/orgs"),
                command_action(Msg::AllCases.get(lang), "/cases"),
            ],
        )
    }

    fn help(&self, msg: &Incoming, lang: Lang) -> Reply {
        let mut blocks = self.command_list(msg, lang);
        blocks.push(Bot::usage_paragraph(msg, lang));
        reply(lang, blocks, Vec::new())
    }

    fn deep_link(&self, param: &str, msg: &Incoming, lang: Lang) -> Reply {
        let kb = self.index.kb();
        let param = param.trim();
        if let Some(n) = param
            .strip_prefix("case-sub-")
            .or_else(|| param.strip_prefix("sub-"))
        {
            return self.submitted_case(n, lang);
        }
        let found = kb.get(param).or_else(|| {
            [
                ("org-", Kind::Org),
                ("guide-", Kind::Guide),
                ("case-", Kind::Case),
            ]
            .into_iter()
            .find_map(|(prefix, kind)| {
                let id = param.strip_prefix(prefix)?;
                kb.get(id).filter(|e| e.kind == kind)
            })
        });
        if let Some(entry) = found {
            return entry_card(entry, lang);
        }
        if let Some(q) = param
            .strip_prefix("find-")
            .or_else(|| param.strip_prefix("find_"))
        {
            let q = q.replace(['_', '-'], " ");
            if !q.trim().is_empty() {
                return self.search_reply(q.trim(), 0, lang, &[]);
            }
        }
        self.welcome(msg, lang, Some(Msg::DeepLinkUnknown))
    }

    /// The reply for a search: one page of hits with a "More" action, or what to try instead.
    fn search_reply(&self, raw: &str, page: u32, lang: Lang, kinds: &[Kind]) -> Reply {
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
        let results = match self.index.search(query, &opts) {
            Ok(r) => r,
            Err(e) => {
                log::warn!("core::search_reply: search failed: {e}");
                return Bot::error_reply(lang);
            }
        };
        if results.hits.is_empty() {
            if page > 0 {
                blocks.push(para(tr(Msg::NoMoreResults, lang, &[&echo])));
                return reply(lang, blocks, Vec::new());
            }
            return self.no_results(blocks, &echo, &results.suggestions, lang);
        }
        let kb = self.index.kb();
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

    fn no_results(
        &self,
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
        let topics: Vec<Vec<Inline>> = self
            .index
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

    /// Finds an entry of one of `kinds` by id, name or alias; then by a unique id prefix or
    /// id part (`health` → `health-safety`, `fairmined` → `case-fairmined`).
    fn find_entry(&self, name: &str, kinds: &[Kind]) -> Option<&Entry> {
        let kb = self.index.kb();
        if let Some(e) = kb.lookup(name).filter(|e| kinds.contains(&e.kind)) {
            return Some(e);
        }
        let wanted = fold_words(name);
        if wanted.is_empty() {
            return None;
        }
        let candidates: Vec<&Entry> = kb
            .entries()
            .filter(|e| kinds.contains(&e.kind))
            .filter(|e| {
                let id = e.id.replace('-', " ");
                id.starts_with(&wanted) || id.split(' ').any(|part| part == wanted)
            })
            .collect();
        match candidates.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    fn closest(&self, name: &str, kind: Kind, not_found: Msg, lang: Lang) -> Reply {
        let (name, _) = truncate(name.trim(), MAX_QUERY_CHARS);
        let echo = shorten(name, ECHO_CHARS);
        let mut blocks = vec![para(tr(not_found, lang, &[&echo]))];
        let opts = SearchOptions {
            lang,
            limit: PAGE_SIZE,
            offset: 0,
            kinds: vec![kind],
        };
        let hits = match self.index.search(name, &opts) {
            Ok(r) => r.hits,
            Err(e) => {
                log::warn!("core::closest: search failed: {e}");
                Vec::new()
            }
        };
        let kb = self.index.kb();
        if hits.is_empty() {
            let list: Vec<Vec<Inline>> = kb
                .of_kind(kind)
                .map(|e| entry_line(e, lang, None))
                .collect();
            if !list.is_empty() {
                blocks.push(Block::List(list));
            }
        } else {
            blocks.push(para(Msg::ClosestMatches.get(lang)));
            for (i, hit) in hits.iter().enumerate() {
                let summary = kb.get(&hit.id).map(|e| e.text(lang).summary.as_str());
                blocks.extend(hit_blocks(i + 1, hit, summary, lang));
            }
        }
        let all = match kind {
            Kind::Org => command_action(Msg::AllOrgs.get(lang), "/orgs"),
            Kind::Guide => command_action(Msg::AllTopics.get(lang), "/topics"),
            Kind::Case => command_action(Msg::AllCases.get(lang), "/cases"),
        };
        reply(lang, blocks, vec![all])
    }

    fn org(&self, name: &str, lang: Lang) -> Reply {
        if name.trim().is_empty() {
            return reply(
                lang,
                vec![para(Msg::OrgNeedsName.get(lang))],
                vec![command_action(Msg::AllOrgs.get(lang), "/orgs")],
            );
        }
        match self.find_entry(name, &[Kind::Org]) {
            Some(e) => entry_card(e, lang),
            None => self.closest(name, Kind::Org, Msg::OrgNotFound, lang),
        }
    }

    fn orgs(&self, filter: &str, lang: Lang) -> Reply {
        let kb = self.index.kb();
        let wanted = fold_words(filter);
        let line = |e: &Entry| {
            let mut detail = Vec::new();
            if let Some(c) = &e.country {
                detail.push(c.clone());
            }
            if let Some(o) = &e.org {
                detail.push(i18n::category(o.category, lang).to_string());
            }
            entry_line(e, lang, (!detail.is_empty()).then(|| detail.join(", ")))
        };
        if wanted.is_empty() {
            let mut blocks = vec![Block::Heading(Msg::OrgsHeading.get(lang).to_string())];
            for c in Category::ALL {
                let items: Vec<Vec<Inline>> = kb
                    .of_kind(Kind::Org)
                    .filter(|e| e.org.as_ref().is_some_and(|o| o.category == c))
                    .map(|e| {
                        let detail = e.country.clone();
                        entry_line(e, lang, detail)
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
        let (label, selected): (String, Vec<&Entry>) = if let Some(c) = i18n::category_named(filter)
        {
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
                return self.unknown_filter(filter, lang);
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

    fn unknown_filter(&self, filter: &str, lang: Lang) -> Reply {
        let (filter, _) = truncate(filter.trim(), MAX_QUERY_CHARS);
        let echo = shorten(filter, ECHO_CHARS);
        let categories: Vec<Vec<Inline>> = Category::ALL
            .iter()
            .filter(|c| {
                self.index
                    .kb()
                    .of_kind(Kind::Org)
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

    fn topics(&self, lang: Lang, lead: Option<Block>) -> Reply {
        let guides: Vec<&Entry> = self.index.kb().of_kind(Kind::Guide).collect();
        let mut blocks: Vec<Block> = lead.into_iter().collect();
        blocks.push(Block::Heading(Msg::TopicsHeading.get(lang).to_string()));
        blocks.push(Block::List(
            guides.iter().map(|e| entry_line(e, lang, None)).collect(),
        ));
        blocks.push(para(Msg::TopicsHint.get(lang)));
        let actions = guides
            .iter()
            .map(|e| command_action(e.text(lang).title.clone(), open_command(e.kind, &e.id)))
            .collect();
        reply(lang, blocks, actions)
    }

    fn guide(&self, topic: &str, lang: Lang) -> Reply {
        if topic.trim().is_empty() {
            return self.topics(lang, Some(para(Msg::GuideNeedsTopic.get(lang))));
        }
        match self.find_entry(topic, &[Kind::Guide, Kind::Case]) {
            Some(e) => entry_card(e, lang),
            None => self.closest(topic, Kind::Guide, Msg::GuideNotFound, lang),
        }
    }

    fn cases(&self, id: &str, lang: Lang) -> Reply {
        if let Some(n) = id.trim().strip_prefix("sub-") {
            return self.submitted_case(n, lang);
        }
        if !id.trim().is_empty() {
            return match self.find_entry(id, &[Kind::Case]) {
                Some(e) => entry_card(e, lang),
                None => self.closest(id, Kind::Case, Msg::CaseNotFound, lang),
            };
        }
        let cases: Vec<&Entry> = self.index.kb().of_kind(Kind::Case).collect();
        let mut blocks = vec![Block::Heading(Msg::CasesHeading.get(lang).to_string())];
        blocks.push(Block::List(
            cases
                .iter()
                .map(|e| {
                    let mut line = entry_line(e, lang, e.country.clone());
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

    fn language_choices(lang: Lang, lead: Block) -> Reply {
        let items = Lang::ALL
            .iter()
            .map(|l| {
                vec![
                    Inline::Code(format!("/language {}", l.code())),
                    Inline::Text(format!(" — {}", l.native_name())),
                ]
            })
            .collect();
        let actions = Lang::ALL
            .iter()
            .map(|l| command_action(l.native_name(), format!("/language {}", l.code())))
            .collect();
        reply(lang, vec![lead, Block::List(items)], actions)
    }

    fn language(&self, code: &str, msg: &Incoming, lang: Lang) -> Reply {
        let code = code.trim();
        if code.is_empty() {
            return Bot::language_choices(lang, para(Msg::LanguageChoose.get(lang)));
        }
        let chosen = Lang::from_hint(code).or_else(|| {
            let f = fold(code);
            Lang::ALL.into_iter().find(|l| fold(l.native_name()) == f)
        });
        match chosen {
            Some(new) => {
                self.languages.set(&msg.chat, &msg.user, new);
                log::info!(
                    "core::language: chat={} user={} lang={new}",
                    msg.chat,
                    msg.user.key()
                );
                reply(new, vec![para(Msg::LanguageSet.get(new))], Vec::new())
            }
            None => {
                let echo = shorten(code, 32);
                Bot::language_choices(
                    lang,
                    para(format!(
                        "{} {}",
                        tr(Msg::LanguageUnknown, lang, &[&echo]),
                        Msg::LanguageChoose.get(lang)
                    )),
                )
            }
        }
    }
}

fn entry_as_card(e: &Entry, lang: Lang) -> Card {
    let text = e.text(lang);
    Card {
        id: e.id.clone(),
        title: text.title.clone(),
        description: shorten(&text.summary, 120),
        message: short_card(e, lang),
    }
}

/// Rewrites every `/command` mentioned in a response's texts to the prefix of the platform each
/// part goes to (`!find` on Matrix), so translated messages never tell a Matrix user to type a
/// `/` command. Idempotent; other platforms are left as they are.
fn localise_response(platform: Platform, mut response: Response) -> Response {
    if let Some(reply) = response.reply.as_mut() {
        localise_reply(platform, reply);
    }
    for notice in &mut response.notices {
        localise_reply(notice.to.platform, &mut notice.reply);
    }
    response
}

fn localise_reply(platform: Platform, reply: &mut Reply) {
    if platform != Platform::Matrix {
        return;
    }
    let fix = |s: &mut String| *s = Bot::localise_prefix(platform, std::mem::take(s));
    let fix_inline = |i: &mut Inline| match i {
        Inline::Text(s) | Inline::Strong(s) | Inline::Em(s) | Inline::Code(s) => fix(s),
        Inline::Mark(_) | Inline::Link { .. } => {}
    };
    for block in &mut reply.blocks {
        match block {
            Block::Heading(s) => fix(s),
            Block::Paragraph(items) => items.iter_mut().for_each(fix_inline),
            Block::List(lines) => lines.iter_mut().flatten().for_each(fix_inline),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bot can be shared between threads and tasks, as the adapters need.
    #[test]
    fn bot_is_clone_send_sync() {
        fn check<T: Clone + Send + Sync + 'static>() {}
        check::<Bot>();
    }

    /// The command menu lists every command once, with a translated description.
    #[test]
    fn command_menu_is_translated() {
        let en = Bot::command_menu(Lang::En);
        let sw = Bot::command_menu(Lang::Sw);
        assert_eq!(en.len(), COMMANDS.len());
        assert!(
            en.iter()
                .any(|(c, d)| *c == "find" && d == "search everything")
        );
        assert!(
            sw.iter()
                .any(|(c, d)| *c == "find" && d == "tafuta kila kitu")
        );
        for (name, _) in &en {
            assert!(name.chars().all(|c| c.is_ascii_lowercase()) && name.len() <= 32);
        }
    }
}

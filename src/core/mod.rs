//! The transport-agnostic core: `Bot::handle(&Incoming) -> Response`.
//!
//! Every adapter (Telegram, Matrix, the terminal) turns a platform message into an
//! [`Incoming`], calls [`Bot::handle`], and renders the [`Reply`] it gets back. The core
//! parses commands ([`command`]), picks the reply language ([`language`]), searches the
//! knowledge base and builds the reply blocks ([`view`]) from translated texts ([`i18n`]).

mod adapter_facts;
mod ask;
pub mod command;
mod commands;
mod forget;
pub mod i18n;
pub mod language;
mod message;
mod moderation;
pub mod ratelimit;
mod report;
mod searchlog;
mod share;
pub mod view;

pub use ask::{answer_doc, answer_doc_id, answer_question, ask_action, ask_command};
pub use command::{
    COMMANDS, Command, CommandSpec, EXPERT_COMMANDS, MAX_QUERY_CHARS, MODERATOR_COMMANDS, Parsed,
};
pub use language::{LanguageStore, MemoryLanguageStore, StoreLanguageStore};
pub use message::*;
pub use moderation::{
    ANNOUNCE_BURST, ANNOUNCE_WINDOW_SECS, DIGEST_MAX_WAIT_SECS, DIGEST_QUIET_SECS, Decision, decide,
};
pub use report::{DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS, report_reply};
pub use searchlog::{BATCH_WAIT, SWEEP_EVERY_SECS};
pub use share::{case_doc, case_doc_id, format_rfc3339, format_time};

use crate::kb::{Entry, Kind};
use crate::lang::Lang;
use crate::search::{SearchIndex, SearchOptions};
use crate::store::Store;
use command::{ParseOptions, clean, parse, truncate};
use i18n::{Msg, tr};
pub use ratelimit::UserRate;
use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};
use view::{para, short_card, shorten};

/// How many results one page shows.
pub const PAGE_SIZE: usize = 5;

/// The page a list command (`/pending 2`, `/questions 3`) asks for: its number (1 when the
/// argument is none, 100,000 at most), [`PAGE_SIZE`] items from `offset`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ListPage {
    /// The page's number, from 1.
    pub no: u64,
    /// How many items a page has.
    pub limit: u32,
    /// How many items come before it.
    pub offset: u64,
}

impl ListPage {
    /// The page `arg` names.
    pub(crate) fn parse(arg: &str) -> ListPage {
        let no = arg.trim().parse::<u64>().unwrap_or(1).clamp(1, 100_000);
        let limit = u32::try_from(PAGE_SIZE).unwrap_or(5);
        ListPage {
            no,
            limit,
            offset: (no - 1) * u64::from(limit),
        }
    }

    /// Whether a list of `total` items goes on after this page.
    pub(crate) fn has_more(&self, total: u64) -> bool {
        self.no * u64::from(self.limit) < total
    }

    /// The list reply: `blocks`, then this page's `items` (or "nothing more" past the end),
    /// `actions`, and a next-page action (`command` with the next number) when the list of
    /// `total` goes on.
    pub(crate) fn reply(
        &self,
        lang: Lang,
        (mut blocks, items): (Vec<message::Block>, Vec<Vec<message::Inline>>),
        mut actions: Vec<Action>,
        (command, total): (&str, u64),
    ) -> Reply {
        if items.is_empty() {
            blocks.push(para(Msg::NothingMore.get(lang)));
        } else {
            blocks.push(message::Block::List(items));
        }
        if self.has_more(total) {
            actions.push(command_action(
                Msg::NextPage.get(lang),
                format!("{} {}", Bot::typed(command), self.no + 1),
            ));
        }
        reply(lang, blocks, actions)
    }
}
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
    experts: Arc<HashSet<String>>,
    expert_chat: Option<ChatRef>,
    expert_attribution: crate::store::Attribution,
    clock: Clock,
    flood: Arc<Mutex<moderation::Flood>>,
    question_flood: Arc<Mutex<moderation::Flood>>,
    rates: Arc<Mutex<ratelimit::RateTable>>,
    drafts: Arc<language::DraftNotices>,
    /// The search log's writer (with a store).
    search_log: Option<Arc<searchlog::SearchLog>>,
    /// How many days searches keep their words.
    retention_days: u32,
    /// When the periodic upkeep last swept and last refreshed the gauges (unix seconds).
    upkeep_at: Arc<(std::sync::atomic::AtomicI64, std::sync::atomic::AtomicI64)>,
}

/// Builds a [`Bot`] with optional settings.
pub struct BotBuilder {
    index: Arc<SearchIndex>,
    username: Option<Arc<str>>,
    store: Option<Arc<Store>>,
    moderators: HashSet<String>,
    moderator_chat: Option<ChatRef>,
    experts: HashSet<String>,
    expert_chat: Option<ChatRef>,
    expert_attribution: crate::store::Attribution,
    clock: Clock,
    user_rate: UserRate,
    retention_days: u32,
}

impl BotBuilder {
    /// The bot's own username (`ThisBot`, without `@`): `/cmd@ThisBot` is then addressed to it
    /// and `@ThisBot` mentions are removed from searches.
    pub fn username(mut self, name: impl AsRef<str>) -> BotBuilder {
        let name = name.as_ref().trim().trim_start_matches('@');
        self.username = (!name.is_empty()).then(|| Arc::from(name));
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

    /// The experts, as `platform:id` keys (moderators are experts too); added to any given
    /// before.
    pub fn experts<I, S>(mut self, keys: I) -> BotBuilder
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.experts.extend(
            keys.into_iter()
                .map(|k| k.as_ref().trim().to_string())
                .filter(|k| !k.is_empty()),
        );
        self
    }

    /// The chat where new questions are announced (default: the moderators' chat).
    pub fn expert_chat(mut self, chat: Option<ChatRef>) -> BotBuilder {
        self.expert_chat = chat;
        self
    }

    /// How answers are signed for the asker and in published entries: the expert's name, or
    /// "one of our experts" (the default, [`Attribution::Anonymous`](crate::store::Attribution)).
    pub fn expert_attribution(mut self, attribution: crate::store::Attribution) -> BotBuilder {
        self.expert_attribution = attribution;
        self
    }

    /// The per-person message limit (default [`UserRate::OFF`]; the program turns on
    /// [`UserRate::default`]). Moderators are never limited.
    pub fn user_rate(mut self, rate: UserRate) -> BotBuilder {
        self.user_rate = rate;
        self
    }

    /// How many days recorded searches keep their words (default
    /// [`crate::config::DEFAULT_RETENTION_DAYS`]; at least 1).
    pub fn retention_days(mut self, days: u32) -> BotBuilder {
        self.retention_days = days.max(1);
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
        // `/language` choices are kept in the store when there is one (they survive
        // restarts), else in memory.
        let languages: Arc<dyn LanguageStore> = match &self.store {
            Some(store) => Arc::new(StoreLanguageStore::new(store.clone(), self.clock.clone())),
            None => Arc::new(MemoryLanguageStore::new()),
        };
        if let Some(store) = &self.store {
            share::sync_index(&self.index, store);
        }
        let search_log = self
            .store
            .clone()
            .and_then(searchlog::SearchLog::start)
            .map(Arc::new);
        let bot = Bot {
            index: self.index,
            username: self.username,
            languages,
            store: self.store,
            moderators: Arc::new(self.moderators),
            expert_chat: self.expert_chat.or_else(|| self.moderator_chat.clone()),
            moderator_chat: self.moderator_chat,
            experts: Arc::new(self.experts),
            expert_attribution: self.expert_attribution,
            clock: self.clock,
            flood: Arc::new(Mutex::new(moderation::Flood::default())),
            question_flood: Arc::new(Mutex::new(moderation::Flood::default())),
            rates: Arc::new(Mutex::new(ratelimit::RateTable::new(self.user_rate))),
            drafts: Arc::new(language::DraftNotices::default()),
            search_log,
            retention_days: self.retention_days,
            upkeep_at: Arc::default(),
        };
        // The privacy sweep at start-up; then hourly from `tick`.
        let now = (bot.clock)();
        bot.sweep_retention(now);
        bot.upkeep_at
            .0
            .store(now, std::sync::atomic::Ordering::Relaxed);
        bot
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
            store: None,
            moderators: HashSet::new(),
            moderator_chat: None,
            experts: HashSet::new(),
            expert_chat: None,
            expert_attribution: crate::store::Attribution::Anonymous,
            clock: Arc::new(crate::store::unix_now),
            user_rate: UserRate::OFF,
            retention_days: crate::config::DEFAULT_RETENTION_DAYS,
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
    /// messages that were not addressed to the bot. A reply is counted in the metrics, with
    /// the time it took, by platform.
    pub fn handle(&self, msg: &Incoming) -> Response {
        let started = std::time::Instant::now();
        let response = self.answer_message(msg);
        if response.reply.is_some() {
            crate::metrics::reply(msg.chat.platform, started.elapsed().as_secs_f64());
        }
        response
    }

    /// [`Bot::handle`] without the metrics.
    fn answer_message(&self, msg: &Incoming) -> Response {
        let counted = msg.chat_kind == ChatKind::Private || msg.addressed;
        if counted && let Some(response) = self.over_limit(msg) {
            return response;
        }
        let lang = self.language_for(msg);
        match catch_unwind(AssertUnwindSafe(|| self.dispatch(msg, lang))) {
            Ok(response) => self.with_draft_notice(msg, lang, response),
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
            return response;
        }
        let lang = self.language_for(ctx);
        match action {
            ActionKind::Page { query, page } => {
                let query = clean(query);
                let result = catch_unwind(AssertUnwindSafe(|| {
                    commands::find::search_reply(
                        &self.index,
                        &query,
                        *page,
                        lang,
                        ctx.caps.open_commands,
                    )
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
        }
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

    /// Cards for an inline query (`@ThisBot query`), starting at `offset`; `open` is how the
    /// platform writes the command that opens an entry (inline mode: Telegram's joined form).
    pub fn inline(
        &self,
        query: &str,
        lang: Lang,
        offset: &str,
        open: OpenCommands,
    ) -> InlineAnswer {
        catch_unwind(AssertUnwindSafe(|| {
            self.inline_cards(query, lang, offset, open)
        }))
        .unwrap_or_else(|_| {
            log::error!("core::inline panicked");
            InlineAnswer {
                cards: Vec::new(),
                next_offset: None,
            }
        })
    }

    fn inline_cards(
        &self,
        query: &str,
        lang: Lang,
        offset: &str,
        open: OpenCommands,
    ) -> InlineAnswer {
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
                cards.push(entry_as_card(e, lang, open));
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
                    Some(e) => entry_as_card(e, lang, open),
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
            bang: msg.caps.accepts_bang,
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
        if let Some(response) = self.reply_to_question(msg, lang) {
            return response;
        }
        let cleaned = clean(&msg.text);
        let opts = self.parse_options(msg);
        match parse(&cleaned, &opts) {
            // In a group, another bot's command is none of ours; in a private chat only this
            // bot reads it, so it is answered as a command this bot does not know.
            Parsed::OtherBot if group => Response::default(),
            Parsed::Command(cmd) => self.command(cmd, msg, lang),
            parsed @ (Parsed::Unknown(_) | Parsed::OtherBot) => {
                if group && !msg.addressed {
                    return Response::default();
                }
                let word = match parsed {
                    Parsed::Unknown(word) => word,
                    _ => cleaned
                        .trim()
                        .chars()
                        .skip(1)
                        .take_while(|c| !c.is_whitespace())
                        .collect(),
                };
                let shown = format!("{}{}", msg.caps.command_prefix, shorten(&word, 32));
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
                answer(self.search_and_log(text, msg, lang))
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
            Command::Ask(_)
            | Command::Answer(_)
            | Command::Questions(_)
            | Command::Publish(_)
            | Command::Unpublish(_)
            | Command::Helped(_)
            | Command::NotHelped(_) => self.question_command(cmd, msg, lang),
            Command::Report(days) => self.report(&days, msg, lang),
            Command::Forget => answer(self.forget(msg, lang)),
            other => answer(self.read_command(other, msg, lang)),
        }
    }
}

fn entry_as_card(e: &Entry, lang: Lang, open: OpenCommands) -> Card {
    let text = e.text(lang);
    Card {
        id: e.id.clone(),
        title: text.title.clone(),
        description: shorten(&text.summary, 120),
        message: short_card(e, lang, open),
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

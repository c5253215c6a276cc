//! Contributing case studies: `/share` in one message or as a short guided flow, `/mine`,
//! `/withdraw`, `/cancel`, and approved submissions shown as case studies (`/cases sub-42`).
//!
//! One-message form: `/share <story>`; `/share anonymous <story>` publishes without a name
//! (the default credits the display name); a first word naming a topic and ending with `:`
//! sets the topic (`/share water: we recycled…`), else the topic is "other".
//!
//! Guided flow (`/share` alone, private chats): topic → place (or `/skip`) → story → optional
//! photo (or `/skip`) → confirm with `/send` (name) or `/send anonymous`; `/cancel` at any
//! step. The draft is kept per platform, chat and person in the store's key-value table, so a
//! restart does not lose it. Other commands still work during the flow. In a group, `/share`
//! alone asks for the one-message form and, on Telegram (where the private chat id is the
//! user id), continues the flow in the person's private chat with a notice.
//!
//! The contributor is acknowledged ("received, reference #42") only after the store returned
//! [`SubmitOutcome::Accepted`], i.e. after the commit; transient store failures answer
//! "please try again", never an acknowledgement.
//!
//! `/mine`, `/withdraw` and `/cancel` are files of their own beside this one (`mine.rs`,
//! `withdraw.rs`, `cancel.rs`); this file is `/share` and its guided flow.

mod cancel;
mod mine;
mod withdraw;

use super::i18n::{self, Msg, tr};
use super::message::{
    Action, Attachment, Block, ChatKind, ChatRef, Incoming, Inline, Reply, Response, UserRef,
};
use super::view::{body_blocks, para, shorten};
use super::{Bot, answer, command_action, reply};
use crate::lang::Lang;
use crate::search::{ExtraDoc, SearchIndex};
use crate::store::{
    self, Actor, Attribution, NewSubmission, Status, Store, Submission, SubmissionId,
    SubmitOutcome, Topic,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// A guided-flow draft older than this (seconds) is forgotten.
const DRAFT_TTL_SECS: i64 = 7 * 24 * 3600;
/// Words that make a one-message `/share` anonymous.
const ANONYMOUS_WORDS: [&str; 6] = [
    "anonymous",
    "anon",
    "anonyme",
    "anonimo",
    "anónimo",
    "bila-jina",
];

/// The index id of an approved submission (`sub-42`).
pub fn case_doc_id(id: SubmissionId) -> String {
    format!("sub-{}", id.0)
}

/// The search document of an approved submission: titled by topic and place, its text followed
/// by the attribution the contributor chose, in the submission's language.
pub fn case_doc(sub: &Submission) -> ExtraDoc {
    ExtraDoc {
        id: case_doc_id(sub.id),
        lang: sub.lang,
        kind: crate::kb::Kind::Case,
        title: case_title(sub, sub.lang),
        body: format!("{}\n\n{}", sub.text, credit_line(sub, sub.lang)),
    }
}

pub(super) fn case_title(sub: &Submission, lang: Lang) -> String {
    let topic = i18n::topic(sub.topic, lang);
    if sub.place.trim().is_empty() {
        topic.to_string()
    } else {
        format!("{topic} — {}", sub.place.trim())
    }
}

pub(super) fn credit_line(sub: &Submission, lang: Lang) -> String {
    match sub.credited_name() {
        Some(name) if !name.trim().is_empty() => tr(Msg::SharedBy, lang, &[name.trim()]),
        _ => Msg::SharedAnonymously.get(lang).to_string(),
    }
}

/// Makes the index hold exactly the approved submissions and the published answers of
/// `store` (logged on failure).
pub(super) fn sync_index(index: &SearchIndex, store: &Store) {
    let subs = match store.approved() {
        Ok(subs) => subs,
        Err(e) => {
            log::error!("core: cannot read the approved submissions: {e}");
            return;
        }
    };
    let mut docs: Vec<ExtraDoc> = subs.iter().map(case_doc).collect();
    let cases = docs.len();
    match store.published_questions() {
        Ok(questions) => {
            for q in questions {
                match store.thread(q.id) {
                    Ok(thread) => docs.extend(super::ask::answer_doc(&q, &thread)),
                    Err(e) => log::error!("core: cannot read {}: {e}", q.id),
                }
            }
        }
        Err(e) => log::error!("core: cannot read the published answers: {e}"),
    }
    match index.sync_extras(&docs) {
        Ok(()) => log::info!(
            "core: {cases} approved submissions and {} published answers indexed",
            docs.len() - cases
        ),
        Err(e) => log::error!("core: cannot index the approved submissions: {e}"),
    }
}

/// `YYYY-MM-DD HH:MM UTC` for unix seconds (shown to people); the bare number for a time
/// outside years -9999 to 9999.
pub fn format_time(unix: i64) -> String {
    match jiff::Timestamp::from_second(unix) {
        Ok(t) => t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
        Err(_) => format!("{unix} s"),
    }
}

/// RFC 3339 (`2026-11-27T13:10:00Z`) for unix seconds (exports); the bare number for a time
/// outside years -9999 to 9999.
pub fn format_rfc3339(unix: i64) -> String {
    match jiff::Timestamp::from_second(unix) {
        Ok(t) => t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        Err(_) => format!("{unix} s"),
    }
}

/// The store's view of a person.
pub(super) fn actor(user: &UserRef) -> Actor {
    Actor::new(user.platform.as_str(), &user.id, &user.display_name)
}

/// Where a step of the guided flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Step {
    Topic,
    Place,
    Story,
    Photo,
    Confirm,
}

/// A guided `/share` in progress, kept in the store between messages.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Draft {
    step: Step,
    topic: Option<Topic>,
    place: String,
    text: String,
    attachments: Vec<store::Attachment>,
    since: i64,
}

impl Draft {
    fn new(now: i64) -> Draft {
        Draft {
            step: Step::Topic,
            topic: None,
            place: String::new(),
            text: String::new(),
            attachments: Vec::new(),
            since: now,
        }
    }
}

/// The key of the draft of `user` in `chat` (hashed when the ids are long).
fn draft_key(chat: &ChatRef, user: &UserRef) -> String {
    let raw = format!("share-draft:{}:{}:{}", chat.platform, chat.id, user.id);
    if raw.len() <= 200 {
        return raw;
    }
    let digest = Sha256::digest(raw.as_bytes());
    let mut hex = String::from("share-draft:");
    for b in digest {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// What a flow message is.
enum FlowInput<'a> {
    Cancel,
    Skip,
    Send(&'a str),
    /// `/share` again: show the current step.
    Again,
    /// Another known command: run it normally.
    OtherCommand,
    /// An unknown command word: show the current step.
    Unknown,
    Text(&'a str),
}

impl Bot {
    /// A command as the core writes it (`/skip`): adapters whose people type another prefix
    /// (Matrix's `!`) rewrite it when they render the reply.
    pub(super) fn typed(command: &str) -> String {
        format!("/{command}")
    }

    fn disabled(lang: Lang) -> Reply {
        Bot::message_reply(Msg::SharingDisabled, lang)
    }

    fn now(&self) -> i64 {
        (self.clock)()
    }

    /// `/share [anonymous] [topic:] <text>`, or `/share` alone.
    pub(super) fn share(&self, arg: &str, msg: &Incoming, lang: Lang) -> Response {
        let Some(store) = &self.store else {
            return answer(Bot::disabled(lang));
        };
        let mut rest = arg.trim();
        let mut attribution = Attribution::Name;
        if let Some((first, after)) = split_word(rest)
            && ANONYMOUS_WORDS.contains(&first.to_lowercase().as_str())
        {
            attribution = Attribution::Anonymous;
            rest = after;
        }
        let mut topic = Topic::Other;
        if let Some((first, after)) = split_word(rest)
            && let Some(name) = first.strip_suffix(':')
            && let Some(t) = i18n::topic_named(name)
        {
            topic = t;
            rest = after;
        }
        if rest.is_empty() {
            return self.start_flow(store, msg, lang);
        }
        let new = NewSubmission {
            author: actor(&msg.user),
            chat_id: msg.chat.id.clone(),
            attribution,
            lang,
            topic,
            place: String::new(),
            text: rest.to_string(),
            attachments: msg
                .attachments
                .iter()
                .take(store.limits().max_attachments)
                .map(|a| store::Attachment {
                    kind: a.kind.clone(),
                    reference: a.reference.clone(),
                })
                .collect(),
        };
        self.submit(store, &new, msg, lang).0
    }

    /// Stores `new` and answers: the acknowledgement (only when accepted) plus the moderators'
    /// announcement, or why not. The flag says whether it was accepted or refused for good
    /// (duplicate), i.e. whether a draft can be dropped.
    fn submit(
        &self,
        store: &Store,
        new: &NewSubmission,
        msg: &Incoming,
        lang: Lang,
    ) -> (Response, bool) {
        let now = self.now();
        // Held until the new submission is announced or folded: see `announce_new`.
        let mut flood = self.flood.lock().unwrap_or_else(|p| p.into_inner());
        let text = match store.submit(new, now) {
            Ok(SubmitOutcome::Accepted(id)) => {
                let ack = reply(
                    lang,
                    vec![para(tr(Msg::ShareReceived, lang, &[&id.to_string()]))],
                    vec![command_action(Msg::AboutMine.get(lang), Bot::typed("mine"))],
                );
                let notices = self.announce_new(&mut flood, id, now);
                return (
                    Response {
                        reply: Some(ack),
                        notices,
                    },
                    true,
                );
            }
            Ok(SubmitOutcome::Duplicate(id)) => {
                return (
                    answer(Bot::message_text(
                        tr(Msg::ShareDuplicate, lang, &[&id.to_string()]),
                        lang,
                    )),
                    true,
                );
            }
            Ok(SubmitOutcome::RateLimited { retry_after }) => {
                let minutes = retry_after.as_secs().div_ceil(60).max(1);
                tr(Msg::ShareRateLimited, lang, &[&minutes.to_string()])
            }
            Ok(SubmitOutcome::TooShort { min, len }) => tr(
                Msg::ShareTooShort,
                lang,
                &[&min.to_string(), &len.to_string()],
            ),
            Ok(SubmitOutcome::TooLong { max, len }) => tr(
                Msg::ShareTooLong,
                lang,
                &[&max.to_string(), &len.to_string()],
            ),
            Err(e) if e.is_transient() => {
                log::warn!(
                    "core::share: not stored (transient): user={} chat={}: {e}",
                    msg.user.key(),
                    msg.chat
                );
                Msg::TryAgain.get(lang).to_string()
            }
            Err(store::Error::InvalidInput { field, problem }) => {
                tr(Msg::ShareInvalid, lang, &[&format!("{field}: {problem}")])
            }
            Err(e) => {
                log::error!(
                    "core::share: submit failed: user={} chat={}: {e}",
                    msg.user.key(),
                    msg.chat
                );
                return (answer(Bot::error_reply(lang)), false);
            }
        };
        (answer(Bot::message_text(text, lang)), false)
    }

    /// A one-paragraph reply from a ready text.
    pub(super) fn message_text(text: String, lang: Lang) -> Reply {
        reply(lang, vec![para(text)], Vec::new())
    }

    fn save_draft(&self, store: &Store, key: &str, draft: &Draft) -> bool {
        let saved = serde_json::to_string(draft)
            .map_err(store::Error::from)
            .and_then(|json| store.kv_set(key, &json, self.now()));
        match saved {
            Ok(()) => true,
            Err(e) => {
                log::warn!("core::share: cannot save draft {key}: {e}");
                false
            }
        }
    }

    fn load_draft(&self, store: &Store, key: &str) -> Option<Draft> {
        let json = match store.kv_get(key) {
            Ok(found) => found?,
            Err(e) => {
                log::warn!("core::share: cannot read draft {key}: {e}");
                return None;
            }
        };
        match serde_json::from_str::<Draft>(&json) {
            Ok(d) if self.now().saturating_sub(d.since) <= DRAFT_TTL_SECS => Some(d),
            Ok(_) => {
                let _ = store.kv_delete(key);
                None
            }
            Err(e) => {
                log::warn!("core::share: dropping unreadable draft {key}: {e}");
                let _ = store.kv_delete(key);
                None
            }
        }
    }

    fn start_flow(&self, store: &Store, msg: &Incoming, lang: Lang) -> Response {
        let now = self.now();
        if msg.chat_kind == ChatKind::Group {
            let example = format!("{} {}", Bot::typed("share"), Msg::ArgStory.get(lang));
            let group_reply = reply(
                lang,
                vec![para(tr(Msg::ShareGroup, lang, &[&example]))],
                Vec::new(),
            );
            let mut notices = Vec::new();
            if msg.caps.private_by_user_id {
                let private = ChatRef {
                    platform: msg.chat.platform,
                    id: msg.user.id.clone(),
                };
                let key = draft_key(&private, &msg.user);
                if self.save_draft(store, &key, &Draft::new(now)) {
                    let mut prompt = self.flow_prompt(&Draft::new(now), msg, lang);
                    prompt
                        .blocks
                        .insert(0, para(Msg::ShareGroupNotice.get(lang)));
                    notices.push(super::message::Notice::new(private, prompt));
                }
            }
            return Response {
                reply: Some(group_reply),
                notices,
            };
        }
        let key = draft_key(&msg.chat, &msg.user);
        let draft = self
            .load_draft(store, &key)
            .unwrap_or_else(|| Draft::new(now));
        if !self.save_draft(store, &key, &draft) {
            return answer(Bot::message_reply(Msg::TryAgain, lang));
        }
        answer(self.flow_prompt(&draft, msg, lang))
    }

    /// The question of the draft's current step, with its buttons.
    fn flow_prompt(&self, draft: &Draft, msg: &Incoming, lang: Lang) -> Reply {
        let cancel = command_action(Msg::Cancel.get(lang), Bot::typed("cancel"));
        let skip = command_action(Msg::Skip.get(lang), Bot::typed("skip"));
        let min = self
            .store
            .as_ref()
            .map(|s| s.limits().min_chars)
            .unwrap_or_default();
        match draft.step {
            Step::Topic => {
                let items = Topic::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        vec![Inline::Text(format!(
                            "{}. {}",
                            i + 1,
                            i18n::topic(*t, lang)
                        ))]
                    })
                    .collect();
                let mut actions: Vec<Action> = Topic::ALL
                    .iter()
                    .map(|t| command_action(i18n::topic(*t, lang), t.as_str()))
                    .collect();
                actions.push(cancel);
                reply(
                    lang,
                    vec![
                        para(Msg::FlowTopic.get(lang).to_string()),
                        Block::List(items),
                    ],
                    actions,
                )
            }
            Step::Place => reply(
                lang,
                vec![para(Msg::FlowPlace.get(lang).to_string())],
                vec![skip, cancel],
            ),
            Step::Story => reply(
                lang,
                vec![para(tr(Msg::FlowStory, lang, &[&min.to_string()]))],
                vec![cancel],
            ),
            Step::Photo => reply(
                lang,
                vec![para(Msg::FlowPhoto.get(lang).to_string())],
                vec![skip, cancel],
            ),
            Step::Confirm => {
                let mut blocks = vec![para(Msg::FlowConfirm.get(lang).to_string())];
                let mut facts = vec![labelled(
                    Msg::LabelTopic,
                    lang,
                    i18n::topic(draft.topic.unwrap_or(Topic::Other), lang),
                )];
                if !draft.place.is_empty() {
                    facts.push(labelled(Msg::LabelPlace, lang, &draft.place));
                }
                facts.push(labelled(Msg::LabelCredit, lang, &msg.user.display_name));
                if !draft.attachments.is_empty() {
                    facts.push(labelled(
                        Msg::LabelPhotos,
                        lang,
                        &draft.attachments.len().to_string(),
                    ));
                }
                blocks.push(Block::List(facts));
                blocks.extend(body_blocks(&draft.text));
                reply(
                    lang,
                    blocks,
                    vec![
                        command_action(Msg::SendWithName.get(lang), Bot::typed("send")),
                        command_action(
                            Msg::SendAnonymously.get(lang),
                            format!("{} anonymous", Bot::typed("send")),
                        ),
                        cancel,
                    ],
                )
            }
        }
    }

    fn classify<'a>(&self, msg: &Incoming, text: &'a str) -> FlowInput<'a> {
        let bang = msg.caps.accepts_bang;
        let Some(rest) = text
            .strip_prefix('/')
            .or_else(|| text.strip_prefix('!').filter(|_| bang))
        else {
            return FlowInput::Text(text);
        };
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return FlowInput::Text(text);
        }
        let (word, args) = split_word(rest).unwrap_or((rest, ""));
        let word = word.split('@').next().unwrap_or(word).to_ascii_lowercase();
        match word.as_str() {
            "skip" | "passer" | "omitir" | "saltar" | "ruka" => FlowInput::Skip,
            "send" | "envoyer" | "enviar" | "tuma" => FlowInput::Send(args),
            _ => match super::command::parse(text, &self.parse_options(msg)) {
                super::Parsed::Command(super::Command::Cancel) => FlowInput::Cancel,
                super::Parsed::Command(super::Command::Share(_)) => FlowInput::Again,
                super::Parsed::Command(_) | super::Parsed::OtherBot => FlowInput::OtherCommand,
                _ => FlowInput::Unknown,
            },
        }
    }

    /// A message in a chat where the person has a guided `/share` in progress: the next step,
    /// or `None` to handle the message normally (no draft, or another command).
    pub(super) fn continue_flow(&self, msg: &Incoming, lang: Lang) -> Option<Response> {
        let store = self.store.as_ref()?;
        if msg.chat_kind != ChatKind::Private {
            return None;
        }
        let key = draft_key(&msg.chat, &msg.user);
        let mut draft = self.load_draft(store, &key)?;
        let cleaned = super::command::clean(&msg.text);
        let text = cleaned.trim();
        let limits = store.limits().clone();
        let input = self.classify(msg, text);
        let mut notice_lead: Option<Block> = None;
        match input {
            FlowInput::OtherCommand => return None,
            FlowInput::Cancel => {
                return Some(answer(match store.kv_delete(&key) {
                    Ok(_) => Bot::message_reply(Msg::Cancelled, lang),
                    Err(e) => {
                        log::warn!("core::share: cannot drop draft {key}: {e}");
                        Bot::message_reply(Msg::TryAgain, lang)
                    }
                }));
            }
            FlowInput::Again | FlowInput::Unknown => {}
            FlowInput::Skip => match draft.step {
                Step::Place => {
                    draft.place.clear();
                    draft.step = Step::Story;
                }
                Step::Photo => draft.step = Step::Confirm,
                _ => {}
            },
            FlowInput::Send(args) => {
                if draft.step == Step::Confirm {
                    let anonymous = args
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| ANONYMOUS_WORDS.contains(&w.to_lowercase().as_str()));
                    let new = NewSubmission {
                        author: actor(&msg.user),
                        chat_id: msg.chat.id.clone(),
                        attribution: if anonymous {
                            Attribution::Anonymous
                        } else {
                            Attribution::Name
                        },
                        lang,
                        topic: draft.topic.unwrap_or(Topic::Other),
                        place: draft.place.clone(),
                        text: draft.text.clone(),
                        attachments: draft.attachments.clone(),
                    };
                    let (mut response, done) = self.submit(store, &new, msg, lang);
                    if done {
                        if let Err(e) = store.kv_delete(&key) {
                            log::warn!("core::share: cannot drop draft {key}: {e}");
                        }
                    } else if let Some(r) = response.reply.as_mut() {
                        r.blocks
                            .push(para(Msg::FlowDraftKept.get(lang).to_string()));
                    }
                    return Some(response);
                }
            }
            FlowInput::Text(text) => match draft.step {
                Step::Topic => match i18n::topic_named(text) {
                    Some(t) => {
                        draft.topic = Some(t);
                        draft.step = Step::Place;
                    }
                    None => notice_lead = Some(para(Msg::FlowTopicUnknown.get(lang))),
                },
                Step::Place => {
                    if text.chars().count() > limits.max_place_chars {
                        let n = limits.max_place_chars.to_string();
                        return Some(answer(reply(
                            lang,
                            vec![para(tr(Msg::FlowPlaceTooLong, lang, &[&n]))],
                            Vec::new(),
                        )));
                    }
                    draft.place = text.to_string();
                    draft.step = Step::Story;
                }
                Step::Story => match limits.check_length(text) {
                    Ok(()) => {
                        draft.text = text.to_string();
                        draft.step = Step::Photo;
                        self.add_attachments(&mut draft, &msg.attachments, &limits);
                        if !draft.attachments.is_empty() {
                            draft.step = Step::Confirm;
                        }
                    }
                    Err(problem) => {
                        let text = match problem {
                            store::LengthProblem::TooShort { min, len } => tr(
                                Msg::ShareTooShort,
                                lang,
                                &[&min.to_string(), &len.to_string()],
                            ),
                            store::LengthProblem::TooLong { max, len } => tr(
                                Msg::ShareTooLong,
                                lang,
                                &[&max.to_string(), &len.to_string()],
                            ),
                        };
                        return Some(answer(Bot::message_text(text, lang)));
                    }
                },
                Step::Photo => {
                    if !msg.attachments.is_empty() {
                        self.add_attachments(&mut draft, &msg.attachments, &limits);
                        draft.step = Step::Confirm;
                    }
                }
                Step::Confirm => {}
            },
        }
        if !self.save_draft(store, &key, &draft) {
            return Some(answer(Bot::message_reply(Msg::TryAgain, lang)));
        }
        let mut prompt = self.flow_prompt(&draft, msg, lang);
        if let Some(lead) = notice_lead {
            prompt.blocks.insert(0, lead);
        }
        Some(answer(prompt))
    }

    fn add_attachments(&self, draft: &mut Draft, new: &[Attachment], limits: &store::Limits) {
        for a in new {
            if draft.attachments.len() >= limits.max_attachments {
                break;
            }
            draft.attachments.push(store::Attachment {
                kind: a.kind.clone(),
                reference: a.reference.clone(),
            });
        }
    }

    /// The translated reply for a store error about submission `id`.
    pub(super) fn store_refusal(
        &self,
        e: &store::Error,
        id: SubmissionId,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        let n = id.to_string();
        let text = match e {
            store::Error::NotFound(_) => tr(Msg::NotFound, lang, &[&n]),
            store::Error::NotOwner(_) => tr(Msg::NotYours, lang, &[&n]),
            store::Error::OwnSubmission(_) => tr(Msg::OwnSubmission, lang, &[&n]),
            store::Error::InvalidTransition { from, .. } => tr(
                Msg::WrongStatus,
                lang,
                &[&n, i18n::submission_status(*from, lang)],
            ),
            store::Error::ReasonRequired => tr(Msg::AskReason, lang, &[&n]),
            _ => return self.store_failure("decision", e, msg, lang),
        };
        Bot::message_text(text, lang)
    }

    /// The reply for a failed store read or write: "try again" when transient, else the
    /// neutral internal error (logged).
    pub(super) fn store_failure(
        &self,
        what: &str,
        e: &store::Error,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        if e.is_transient() {
            log::warn!(
                "core::{what}: transient store failure: user={} chat={}: {e}",
                msg.user.key(),
                msg.chat
            );
            Bot::message_reply(Msg::TryAgain, lang)
        } else {
            log::error!(
                "core::{what}: store failure: user={} chat={}: {e}",
                msg.user.key(),
                msg.chat
            );
            Bot::error_reply(lang)
        }
    }
}

/// A submission's topic and (when given) place, as list lines.
pub(super) fn topic_and_place(sub: &Submission, lang: Lang) -> Vec<Vec<Inline>> {
    let mut facts = vec![labelled(
        Msg::LabelTopic,
        lang,
        i18n::topic(sub.topic, lang),
    )];
    if !sub.place.trim().is_empty() {
        facts.push(labelled(Msg::LabelPlace, lang, sub.place.trim()));
    }
    facts
}

/// `label: value` as a list line.
pub(super) fn labelled(label: Msg, lang: Lang, value: &str) -> Vec<Inline> {
    vec![
        Inline::Strong(label.get(lang).to_string()),
        Inline::Text(format!(": {value}")),
    ]
}

/// The first word and the trimmed rest.
fn split_word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match text.find(char::is_whitespace) {
        Some(i) => (&text[..i], text[i..].trim()),
        None => (text, ""),
    })
}

/// A submission number from the first word of `arg` (`42` or `#42`).
pub(super) fn parse_id(arg: &str) -> Option<SubmissionId> {
    split_word(arg).and_then(|(w, _)| w.parse().ok())
}

/// The first word of `arg` as a number and the rest (note or reason).
pub(super) fn parse_id_and_rest(arg: &str) -> Option<(SubmissionId, &str)> {
    let (w, rest) = split_word(arg)?;
    Some((w.parse().ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Platform;

    /// Unix seconds format as UTC calendar dates, across leap years.
    #[test]
    fn times_format_as_utc_dates() {
        assert_eq!(format_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_time(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(format_time(1_795_785_000), "2026-11-27 13:10 UTC");
        assert_eq!(format_rfc3339(1_795_785_007), "2026-11-27T13:10:07Z");
    }

    /// Submission numbers are read from the first word; the rest is the note or reason.
    #[test]
    fn ids_and_reasons_parse() {
        assert_eq!(parse_id(" #42 "), Some(SubmissionId(42)));
        assert_eq!(parse_id("x"), None);
        assert_eq!(
            parse_id_and_rest("7 not a case study"),
            Some((SubmissionId(7), "not a case study"))
        );
        assert_eq!(parse_id_and_rest("7"), Some((SubmissionId(7), "")));
    }

    /// Long chat or user ids still give a key the store accepts.
    #[test]
    fn draft_keys_are_bounded() {
        let chat = ChatRef {
            platform: Platform::Matrix,
            id: "!".repeat(300),
        };
        let user = UserRef {
            platform: Platform::Matrix,
            id: "@a:b".into(),
            display_name: "A".into(),
        };
        assert!(draft_key(&chat, &user).len() <= 256);
    }
}

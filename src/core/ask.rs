//! Asking a person: `/ask`, the experts' announcements, `/answer` (or a reply to the
//! announcement), the asker's "this helped" / "it did not", follow-ups, `/questions`,
//! `/publish` and `/unpublish`.
//!
//! A question is stored like a contribution ([`Store::ask`]: length, duplicate and rate checks
//! in the transaction that stores it) and acknowledged with its reference (`Q-12`) only after
//! the commit. Every message of a question's thread is queued in the store and claimed once by
//! whoever takes it up: the chat path at once (an announcement in the experts' chat, the
//! answer for the asker), or [`Bot::tick`] for the rest (answers given on the command line,
//! questions folded by flood control into one digest, anything a killed bot left behind).
//!
//! Experts are the keys given to [`BotBuilder::experts`](super::BotBuilder::experts) plus the
//! moderators. Only they may answer, list, publish or unpublish (typed commands, replies and
//! buttons alike: a button is a command); only the asker may follow up or say whether an
//! answer helped. Every refusal is logged with the platform and the question (never a user id).
//!
//! The answer reaches the asker in the chat chosen when they asked: their private chat when
//! the platform's user id is one ([`Capabilities::private_by_user_id`]), else the chat they
//! asked in, in the expert's own words, under the expert's name or "one of our experts" as
//! configured.
//!
//! [`Capabilities::private_by_user_id`]: super::Capabilities::private_by_user_id

use super::command::{Command, MAX_QUERY_CHARS, Parsed, clean, truncate};
use super::i18n::{Msg, tr};
use super::message::{Action, Block, ChatKind, ChatRef, Incoming, Inline, Notice};
use super::message::{Platform, Reply, Response, UserRef};
use super::moderation::with_codes;
use super::share::{actor, format_time, labelled};
use super::view::{body_blocks, para, shorten};
use super::{Bot, answer, command_action, reply};
use crate::lang::Lang;
use crate::search::ExtraDoc;
use crate::store::{
    self, Actor, AskOutcome, Attribution, Feedback, LengthProblem, NewQuestion, Question,
    QuestionId, QuestionStatus, Store, ThreadKind, ThreadMessage,
};

/// How many queued thread messages one tick takes up.
const THREAD_PER_TICK: u32 = 200;
/// How many references a digest names.
const DIGEST_REFS: usize = 20;

/// The index id of a published question (`answer-12`).
pub fn answer_doc_id(id: QuestionId) -> String {
    format!("answer-{}", id.0)
}

/// The command that asks `words` as a question (`/ask settling pond depth`): what a "don't
/// know" reply offers. The words are cleaned and cut to a search query's length.
pub fn ask_command(words: &str) -> String {
    let cleaned = clean(words);
    let (words, _) = truncate(cleaned.trim(), MAX_QUERY_CHARS);
    if words.is_empty() {
        Bot::typed("ask")
    } else {
        format!("{} {words}", Bot::typed("ask"))
    }
}

/// A button "Ask a person" that asks `words` (see [`ask_command`]).
pub fn ask_action(words: &str, lang: Lang) -> Action {
    command_action(Msg::AskAPerson.get(lang), ask_command(words))
}

/// The search document of a published question: titled by the question, its text the
/// question, the latest answer and the attribution the expert chose, in the question's
/// language. `None` while it has no answer.
pub fn answer_doc(question: &Question, thread: &[ThreadMessage]) -> Option<ExtraDoc> {
    let latest = thread.iter().rev().find(|m| m.kind == ThreadKind::Answer)?;
    let lang = question.lang;
    Some(ExtraDoc {
        id: answer_doc_id(question.id),
        lang,
        kind: crate::kb::Kind::Answer,
        title: shorten(&question.text, 120),
        body: format!(
            "{}\n\n{}\n\n{}",
            question.text,
            latest.text,
            credit(latest, lang)
        ),
    })
}

/// Answers question `id` as `expert`, the one way an answer is given (chat and command line):
/// the answer is stored with the expert's attribution and queued for delivery to the asker
/// (a running bot delivers it, at once from a chat, else on its next [`Bot::tick`]). Returns
/// the question and the answer's sequence number.
pub fn answer_question(
    store: &Store,
    id: QuestionId,
    expert: &Actor,
    attribution: Attribution,
    text: &str,
    now: i64,
) -> Result<(Question, i64), store::Error> {
    let done = store.answer_question(id, expert, attribution, text, now)?;
    log::info!("core::ask: {id} answered ({})", expert.platform);
    Ok(done)
}

/// "Answered by Ana" or "Answered by one of our experts".
fn credit(answer: &ThreadMessage, lang: Lang) -> String {
    match answer.credited_name() {
        Some(name) => tr(Msg::AnsweredBy, lang, &[name.trim()]),
        None => Msg::AnsweredByExpert.get(lang).to_string(),
    }
}

/// The single question reference on the first line of `text` (a heading such as
/// "Question Q-12"); `None` when it names none or several (a digest).
fn reference_in(text: &str) -> Result<Option<QuestionId>, ()> {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut found = Vec::new();
    let chars: Vec<char> = first.chars().collect();
    for i in 0..chars.len() {
        if chars[i] != 'Q' || chars.get(i + 1) != Some(&'-') {
            continue;
        }
        if i > 0 && chars[i - 1].is_alphanumeric() {
            continue;
        }
        let digits: String = chars[i + 2..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if let Ok(n) = digits.parse::<i64>()
            && n > 0
            && !found.contains(&n)
        {
            found.push(n);
        }
    }
    match found.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(QuestionId(*one))),
        _ => Err(()),
    }
}

/// A question reference as the first word of `arg` (`Q-12`, `q12`), and the rest. A bare
/// number is not taken (a question may start with one) unless `bare` is set.
fn reference_and_rest(arg: &str, bare: bool) -> Option<(QuestionId, &str)> {
    let arg = arg.trim();
    let (word, rest) = match arg.find(char::is_whitespace) {
        Some(i) => (&arg[..i], arg[i..].trim()),
        None => (arg, ""),
    };
    if !bare && !word.starts_with(['Q', 'q']) {
        return None;
    }
    Some((word.parse().ok()?, rest))
}

impl Bot {
    /// Whether `user` is an expert (named in `EXPERTS`, or a moderator).
    pub fn is_expert(&self, user: &UserRef) -> bool {
        self.experts.contains(&user.key()) || self.is_moderator(user)
    }

    /// The experts' chat, if any (default: the moderators' chat).
    pub fn expert_chat(&self) -> Option<&ChatRef> {
        self.expert_chat.as_ref()
    }

    fn refuse_expert(
        &self,
        what: &str,
        id: Option<QuestionId>,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        // No user or chat id in the log: the platform and the question are enough to notice
        // repeated attempts.
        log::warn!(
            "core::ask: refused {what} by a non-expert on {} question={}",
            msg.user.platform,
            id.map(|i| i.to_string()).unwrap_or_else(|| "-".into())
        );
        answer(Bot::message_reply(Msg::ExpertsOnly, lang))
    }

    /// The question commands: `/ask`, `/answer`, `/questions`, `/publish`, `/unpublish`,
    /// `/helped`, `/nothelped`.
    pub(super) fn question_command(&self, cmd: Command, msg: &Incoming, lang: Lang) -> Response {
        let Some(store) = self.store.clone() else {
            return answer(Bot::message_reply(Msg::QuestionsDisabled, lang));
        };
        let expert_only = |what: &str, arg: &str| -> Option<Response> {
            (!self.is_expert(&msg.user)).then(|| {
                let id = reference_and_rest(arg, true).map(|(id, _)| id);
                self.refuse_expert(what, id, msg, lang)
            })
        };
        let publish = matches!(cmd, Command::Publish(_));
        let feedback = if matches!(cmd, Command::Helped(_)) {
            Feedback::Helped
        } else {
            Feedback::NotHelped
        };
        match cmd {
            Command::Ask(arg) => self.ask(&store, &arg, msg, lang),
            Command::Answer(arg) => {
                if let Some(refused) = expert_only("/answer", &arg) {
                    return refused;
                }
                match reference_and_rest(&arg, true) {
                    Some((id, text)) if !text.trim().is_empty() => {
                        self.answer_in_chat(&store, id, text, msg, lang)
                    }
                    Some((id, _)) => self.need_answer_text(id, lang),
                    None => self.need_answer_text(QuestionId(12), lang),
                }
            }
            Command::Questions(arg) => {
                if let Some(refused) = expert_only("/questions", "") {
                    return refused;
                }
                answer(self.open_questions(&store, &arg, msg, lang))
            }
            Command::Publish(arg) | Command::Unpublish(arg) => {
                let what = if publish { "/publish" } else { "/unpublish" };
                if let Some(refused) = expert_only(what, &arg) {
                    return refused;
                }
                match reference_and_rest(&arg, true) {
                    Some((id, _)) => answer(self.publish(&store, id, publish, msg, lang)),
                    None => {
                        let example = format!("{} Q-12", Bot::typed(&what[1..]));
                        answer(Bot::message_text(
                            tr(Msg::NeedReference, lang, &[&example]),
                            lang,
                        ))
                    }
                }
            }
            Command::Helped(arg) | Command::NotHelped(arg) => {
                match reference_and_rest(&arg, true) {
                    Some((id, _)) => answer(self.feedback(&store, id, feedback, msg, lang)),
                    None => answer(Bot::message_text(
                        tr(Msg::NeedReference, lang, &["/helped Q-12"]),
                        lang,
                    )),
                }
            }
            _ => answer(Bot::error_reply(lang)),
        }
    }

    fn need_answer_text(&self, id: QuestionId, lang: Lang) -> Response {
        let example = format!("{} {id} …", Bot::typed("answer"));
        answer(Bot::message_text(
            tr(Msg::AnswerNeedsText, lang, &[&example]),
            lang,
        ))
    }

    /// `/ask <question>`, or `/ask Q-12 <follow-up>`.
    fn ask(&self, store: &Store, arg: &str, msg: &Incoming, lang: Lang) -> Response {
        let arg = self.strip_mention(arg);
        let arg = arg.trim();
        if arg.is_empty() {
            let example = format!("{} {}", Bot::typed("ask"), Msg::ExampleQuestion.get(lang));
            return answer(Bot::message_text(
                tr(Msg::AskUsage, lang, &[&example]),
                lang,
            ));
        }
        if let Some((id, text)) = reference_and_rest(arg, false) {
            if text.is_empty() {
                let example = format!("{} {id} …", Bot::typed("ask"));
                return answer(Bot::message_text(
                    tr(Msg::AskUsage, lang, &[&example]),
                    lang,
                ));
            }
            return self.follow_up_question(store, id, text, msg, lang);
        }
        let group = msg.chat_kind == ChatKind::Group;
        let private_answer = !group || msg.caps.private_by_user_id;
        let new = NewQuestion {
            asker: actor(&msg.user),
            chat_id: msg.chat.id.clone(),
            reply_chat: if group && msg.caps.private_by_user_id {
                msg.user.id.clone()
            } else {
                msg.chat.id.clone()
            },
            in_group: group,
            lang: super::language::detect(arg).unwrap_or(lang),
            text: arg.to_string(),
        };
        let now = self.now_secs();
        // Held from before the question is stored until it is claimed for its announcement,
        // so the tick never sees it stored but not yet announced.
        let mut flood = self
            .question_flood
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let outcome = match store.ask(&new, now) {
            Ok(o) => o,
            Err(e) => return answer(self.store_failure("ask", &e, msg, lang)),
        };
        let text = match outcome {
            AskOutcome::Accepted(id) => {
                let notices = self.announce_question(store, &mut flood, id, now);
                drop(flood);
                let received = if private_answer {
                    Msg::AskReceived
                } else {
                    Msg::AskReceivedHere
                };
                return Response {
                    reply: Some(Bot::message_text(
                        tr(received, lang, &[&id.to_string()]),
                        lang,
                    )),
                    notices,
                };
            }
            AskOutcome::Duplicate(id) => tr(Msg::AskDuplicate, lang, &[&id.to_string()]),
            AskOutcome::RateLimited { retry_after } => {
                let minutes = retry_after.as_secs().div_ceil(60).max(1);
                tr(Msg::AskRateLimited, lang, &[&minutes.to_string()])
            }
            AskOutcome::Length(LengthProblem::TooShort { min, len }) => tr(
                Msg::AskTooShort,
                lang,
                &[&min.to_string(), &len.to_string()],
            ),
            AskOutcome::Length(LengthProblem::TooLong { max, .. }) => {
                tr(Msg::AskTooLong, lang, &[&max.to_string()])
            }
        };
        answer(Bot::message_text(text, lang))
    }

    /// The asker adds `text` to question `id` (a reply to the answer, or `/ask Q-12 …`).
    fn follow_up_question(
        &self,
        store: &Store,
        id: QuestionId,
        text: &str,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        if let Err(problem) = store.limits().check_question_length(text) {
            let text = match problem {
                LengthProblem::TooShort { min, len } => tr(
                    Msg::AskTooShort,
                    lang,
                    &[&min.to_string(), &len.to_string()],
                ),
                LengthProblem::TooLong { max, .. } => {
                    tr(Msg::AskTooLong, lang, &[&max.to_string()])
                }
            };
            return answer(Bot::message_text(text, lang));
        }
        let now = self.now_secs();
        let mut flood = self
            .question_flood
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        match store.follow_up(id, &actor(&msg.user), text, now) {
            Ok((_, seq)) => {
                let notices = self.announce_thread_message(store, &mut flood, seq, now);
                drop(flood);
                Response {
                    reply: Some(Bot::message_text(
                        tr(Msg::FollowUpReceived, lang, &[&id.to_string()]),
                        lang,
                    )),
                    notices,
                }
            }
            Err(e) => {
                if matches!(e, store::Error::NotAsker(_)) {
                    log::warn!("core::ask: refused follow-up on {id}: not the asker");
                }
                answer(self.question_refusal(&e, id, msg, lang))
            }
        }
    }

    /// The announcement of a just-stored question, unless flood control folds it.
    fn announce_question(
        &self,
        store: &Store,
        flood: &mut super::moderation::Flood,
        id: QuestionId,
        now: i64,
    ) -> Vec<Notice> {
        let seq = match store.thread(id) {
            Ok(thread) => thread.first().map(|m| m.seq),
            Err(e) => {
                log::warn!("core::ask: cannot read {id} to announce it: {e}");
                None
            }
        };
        match seq {
            Some(seq) => self.announce_thread_message(store, flood, seq, now),
            None => Vec::new(),
        }
    }

    /// Announces thread message `seq` (a question or follow-up) in the experts' chat now,
    /// unless there is no such chat or flood control folds it (the tick then sends a digest).
    fn announce_thread_message(
        &self,
        store: &Store,
        flood: &mut super::moderation::Flood,
        seq: i64,
        now: i64,
    ) -> Vec<Notice> {
        let Some(chat) = &self.expert_chat else {
            return Vec::new();
        };
        if !flood.admit(now) {
            log::info!("core::ask: thread message {seq} folded into the next digest");
            return Vec::new();
        }
        match store.claim_thread_message(seq, now) {
            Ok(true) => {}
            Ok(false) => return Vec::new(),
            Err(e) => {
                log::warn!("core::ask: cannot claim thread message {seq}: {e}");
                return Vec::new();
            }
        }
        let found = store.thread_message(seq).and_then(|m| match m {
            Some(m) => Ok(store.question(m.question)?.map(|q| (q, m))),
            None => Ok(None),
        });
        match found {
            Ok(Some((q, m))) => {
                let lang = self.moderators_lang(chat);
                vec![Notice::new(
                    chat.clone(),
                    self.question_announcement(&q, &m, lang),
                )]
            }
            Ok(None) => Vec::new(),
            Err(e) => {
                log::warn!("core::ask: cannot read thread message {seq}: {e}");
                Vec::new()
            }
        }
    }

    /// A question (or a follow-up) as the experts see it: heading with the reference, who
    /// asked and when, the text, and how to answer.
    pub fn question_announcement(&self, q: &Question, m: &ThreadMessage, lang: Lang) -> Reply {
        let n = q.id.to_string();
        let heading = match m.kind {
            ThreadKind::FollowUp => tr(Msg::FollowUpHeading, lang, &[&n]),
            _ => tr(Msg::QuestionHeading, lang, &[&n]),
        };
        let mut blocks = vec![Block::Heading(heading)];
        blocks.push(Block::List(self.question_facts(q, lang)));
        if m.kind == ThreadKind::FollowUp {
            blocks.push(Block::Paragraph(vec![Inline::Em(shorten(&q.text, 300))]));
        }
        blocks.extend(body_blocks(&m.text));
        let command = format!("{} {n}", Bot::typed("answer"));
        blocks.push(with_codes(Msg::QuestionHint.get(lang), &[&command]));
        reply(lang, blocks, Vec::new())
    }

    fn question_facts(&self, q: &Question, lang: Lang) -> Vec<Vec<Inline>> {
        vec![
            labelled(
                Msg::LabelAskedBy,
                lang,
                &format!("{} ({})", q.asker.name, q.asker.key()),
            ),
            labelled(
                Msg::LabelSent,
                lang,
                &format!("{} ({})", format_time(q.created_at), q.lang),
            ),
            labelled(Msg::LabelStatus, lang, question_status(q.status, lang)),
        ]
    }

    /// An expert's answer from a chat: stored, then delivered to the asker at once (unless the
    /// tick already did).
    fn answer_in_chat(
        &self,
        store: &Store,
        id: QuestionId,
        text: &str,
        msg: &Incoming,
        lang: Lang,
    ) -> Response {
        let now = self.now_secs();
        let text = self.strip_mention(text);
        let done = answer_question(
            store,
            id,
            &actor(&msg.user),
            self.expert_attribution,
            &text,
            now,
        );
        match done {
            Ok((q, seq)) => {
                let notices = match store.claim_thread_message(seq, now) {
                    Ok(true) => self.delivery(store, &q, seq).into_iter().collect(),
                    Ok(false) => Vec::new(),
                    Err(e) => {
                        log::warn!("core::ask: cannot claim the delivery of {id}: {e}");
                        self.delivery(store, &q, seq).into_iter().collect()
                    }
                };
                if q.status == QuestionStatus::Published {
                    self.index_answer(store, &q);
                }
                Response {
                    reply: Some(Bot::message_text(
                        tr(Msg::AnswerSent, lang, &[&id.to_string()]),
                        lang,
                    )),
                    notices,
                }
            }
            Err(store::Error::InvalidInput { .. }) => self.need_answer_text(id, lang),
            Err(e) => answer(self.question_refusal(&e, id, msg, lang)),
        }
    }

    /// The asker's notice of answer `seq` to `q`.
    fn delivery(&self, store: &Store, q: &Question, seq: i64) -> Option<Notice> {
        let m = match store.thread_message(seq) {
            Ok(Some(m)) => m,
            Ok(None) => return None,
            Err(e) => {
                log::warn!("core::ask: cannot read answer {seq} of {}: {e}", q.id);
                return None;
            }
        };
        self.answer_notice(q, &m)
    }

    /// The answer `m` for the asker of `q`: in their language, in the chat chosen when they
    /// asked, with the two feedback buttons and how to follow up.
    pub fn answer_notice(&self, q: &Question, m: &ThreadMessage) -> Option<Notice> {
        let platform = Platform::parse(&q.asker.platform)?;
        let chat = ChatRef {
            platform,
            id: q.reply_chat.clone(),
        };
        let user = UserRef {
            platform,
            id: q.asker.user_id.clone(),
            display_name: q.asker.name.clone(),
        };
        let lang = self.languages.get(&chat, &user).unwrap_or(q.lang);
        let n = q.id.to_string();
        let mut blocks = vec![Block::Heading(tr(Msg::AnswerHeading, lang, &[&n]))];
        if q.in_group && q.reply_chat == q.chat_id && !q.asker.name.is_empty() {
            blocks.push(para(tr(Msg::AnswerFor, lang, &[&q.asker.name])));
        }
        blocks.push(Block::Paragraph(vec![Inline::Em(shorten(&q.text, 300))]));
        blocks.extend(body_blocks(&m.text));
        blocks.push(Block::Paragraph(vec![Inline::Strong(credit(m, lang))]));
        let follow = format!("{} {n} …", Bot::typed("ask"));
        blocks.push(with_codes(Msg::AnswerHint.get(lang), &[&follow]));
        let actions = vec![
            command_action(
                Msg::ButtonHelped.get(lang),
                format!("{} {n}", Bot::typed("helped")),
            ),
            command_action(
                Msg::ButtonNotHelped.get(lang),
                format!("{} {n}", Bot::typed("nothelped")),
            ),
        ];
        Some(Notice::new(chat, reply(lang, blocks, actions)))
    }

    /// The asker's "this helped" / "it did not".
    fn feedback(
        &self,
        store: &Store,
        id: QuestionId,
        feedback: Feedback,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        match store.record_feedback(id, &actor(&msg.user), feedback, self.now_secs()) {
            Ok(_) => Bot::message_reply(Msg::FeedbackThanks, lang),
            Err(e) => {
                if matches!(e, store::Error::NotAsker(_)) {
                    log::warn!("core::ask: refused feedback on {id}: not the asker");
                }
                self.question_refusal(&e, id, msg, lang)
            }
        }
    }

    /// `/publish` or `/unpublish`: the store's check and audit line, then the index.
    fn publish(
        &self,
        store: &Store,
        id: QuestionId,
        publish: bool,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        match store.set_published(id, &actor(&msg.user), publish, self.now_secs()) {
            Ok(q) if publish => {
                self.index_answer(store, &q);
                let find = format!("{} {}", Bot::typed("find"), shorten(&q.text, 40));
                Bot::message_text(tr(Msg::Published, lang, &[&id.to_string(), &find]), lang)
            }
            Ok(_) => {
                if let Err(e) = self.index.remove_extra(&answer_doc_id(id)) {
                    log::error!("core::ask: {id} unpublished but still indexed: {e}");
                }
                Bot::message_text(tr(Msg::Unpublished, lang, &[&id.to_string()]), lang)
            }
            Err(e) => self.question_refusal(&e, id, msg, lang),
        }
    }

    /// Puts the published `q` (with its latest answer) in the index.
    fn index_answer(&self, store: &Store, q: &Question) {
        let doc = store.thread(q.id).map(|thread| answer_doc(q, &thread));
        match doc {
            Ok(Some(doc)) => {
                if let Err(e) = self.index.upsert_extra(&doc) {
                    log::error!("core::ask: {} published but not indexed: {e}", q.id);
                }
            }
            Ok(None) => {}
            Err(e) => log::error!("core::ask: cannot read {} to index it: {e}", q.id),
        }
    }

    /// `/questions [page]`: the open questions, oldest first.
    fn open_questions(&self, store: &Store, arg: &str, msg: &Incoming, lang: Lang) -> Reply {
        let wanted = super::ListPage::parse(arg);
        let page = match store.questions(Some(QuestionStatus::Open), wanted.limit, wanted.offset) {
            Ok(p) => p,
            Err(e) => return self.store_failure("questions", &e, msg, lang),
        };
        if page.total == 0 {
            return Bot::message_reply(Msg::QuestionsEmpty, lang);
        }
        let blocks = vec![Block::Heading(tr(
            Msg::QuestionsHeading,
            lang,
            &[&page.total.to_string()],
        ))];
        let items: Vec<Vec<Inline>> = page
            .items
            .iter()
            .map(|q| {
                vec![
                    Inline::Strong(q.id.to_string()),
                    Inline::Text(format!(
                        " · {} · {}\n{} ",
                        q.asker.name,
                        format_time(q.created_at),
                        shorten(&q.text, 160)
                    )),
                    Inline::Code(format!("{} {}", Bot::typed("answer"), q.id)),
                ]
            })
            .collect();
        wanted.reply(lang, (blocks, items), Vec::new(), ("questions", page.total))
    }

    /// A message replying to one of this bot's messages that names one question on its first
    /// line (an announcement, an answer): the asker's follow-up, or an expert's answer.
    /// `None` for anything else, which is then handled as usual.
    pub(super) fn reply_to_question(&self, msg: &Incoming, lang: Lang) -> Option<Response> {
        let to = msg.reply_to.as_ref().filter(|r| r.from_bot)?;
        let store = self.store.clone()?;
        let cleaned = clean(&msg.text);
        let Parsed::Text(text) = super::command::parse(&cleaned, &self.parse_options(msg)) else {
            return None;
        };
        let text = self.strip_mention(&text);
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let expert = self.is_expert(&msg.user);
        let id = match reference_in(&to.text) {
            Ok(Some(id)) => id,
            Ok(None) => return None,
            Err(()) if expert => {
                let example = format!("{} Q-12 …", Bot::typed("answer"));
                return Some(answer(Bot::message_text(
                    tr(Msg::ReplyToOne, lang, &[&example]),
                    lang,
                )));
            }
            Err(()) => return None,
        };
        let q = match store.question(id) {
            Ok(Some(q)) => q,
            Ok(None) => return None,
            Err(e) => return Some(answer(self.store_failure("ask", &e, msg, lang))),
        };
        if q.asker.same_account(&actor(&msg.user)) {
            Some(self.follow_up_question(&store, id, text, msg, lang))
        } else if expert {
            Some(self.answer_in_chat(&store, id, text, msg, lang))
        } else {
            None
        }
    }

    /// The question part of [`Bot::tick`]: answers waiting for delivery are delivered;
    /// questions and follow-ups waiting for the experts are announced (alone, or folded into
    /// one digest) once flood control allows.
    pub(super) fn questions_tick(&self, store: &Store, now: i64) -> Vec<Notice> {
        let mut flood = self
            .question_flood
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let waiting = match store.unclaimed_thread(THREAD_PER_TICK) {
            Ok(w) => w,
            Err(e) => {
                log::warn!("core::ask: cannot read the questions queue: {e}");
                return Vec::new();
            }
        };
        let mut notices = Vec::new();
        let mut for_experts = Vec::new();
        for m in waiting {
            if m.kind != ThreadKind::Answer {
                for_experts.push(m);
                continue;
            }
            match store.claim_thread_message(m.seq, now) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    log::warn!("core::ask: cannot claim answer {}: {e}", m.seq);
                    continue;
                }
            }
            match store.question(m.question) {
                Ok(Some(q)) => {
                    log::info!("core::ask: delivering the answer to {}", q.id);
                    if q.status == QuestionStatus::Published {
                        self.index_answer(store, &q);
                    }
                    notices.extend(self.answer_notice(&q, &m));
                }
                Ok(None) => {}
                Err(e) => log::warn!("core::ask: cannot read {}: {e}", m.question),
            }
        }
        let Some(chat) = &self.expert_chat else {
            return notices;
        };
        let Some(oldest) = for_experts.first() else {
            flood.digest_sent(None);
            return notices;
        };
        if !flood.digest_due(now, oldest.at) {
            return notices;
        }
        let mut claimed = Vec::new();
        for m in for_experts {
            match store.claim_thread_message(m.seq, now) {
                Ok(true) => claimed.push(m),
                Ok(false) => {}
                Err(e) => log::warn!("core::ask: cannot claim thread message {}: {e}", m.seq),
            }
        }
        let lang = self.moderators_lang(chat);
        let reply = match claimed.as_slice() {
            [] => return notices,
            [one] => match store.question(one.question) {
                Ok(Some(q)) => self.question_announcement(&q, one, lang),
                _ => return notices,
            },
            many => {
                let mut refs: Vec<String> = Vec::new();
                for m in many {
                    let r = m.question.to_string();
                    if !refs.contains(&r) {
                        refs.push(r);
                    }
                }
                let count = refs.len();
                refs.truncate(DIGEST_REFS);
                if count > DIGEST_REFS {
                    refs.push("…".into());
                }
                let list = Bot::typed("questions");
                reply(
                    lang,
                    vec![
                        Block::Heading(tr(
                            Msg::QuestionDigestHeading,
                            lang,
                            &[&count.to_string(), &refs.join(" ")],
                        )),
                        with_codes(Msg::DigestHint.get(lang), &[&list]),
                    ],
                    vec![command_action(Msg::AboutQuestions.get(lang), list)],
                )
            }
        };
        flood.digest_sent(Some(now));
        log::info!("core::ask: questions digest to {chat}");
        notices.push(Notice::new(chat.clone(), reply));
        notices
    }

    /// The reply for a refused question action (unknown reference, not the asker, wrong
    /// status), or a store failure.
    fn question_refusal(
        &self,
        e: &store::Error,
        id: QuestionId,
        msg: &Incoming,
        lang: Lang,
    ) -> Reply {
        let n = id.to_string();
        let text = match e {
            store::Error::QuestionNotFound(_) => tr(Msg::QuestionNotFound, lang, &[&n]),
            store::Error::NotAsker(_) => tr(Msg::NotYourQuestion, lang, &[&n]),
            store::Error::QuestionState { from, .. } => tr(
                Msg::QuestionWrongStatus,
                lang,
                &[&n, question_status(*from, lang)],
            ),
            _ => return self.store_failure("ask", e, msg, lang),
        };
        Bot::message_text(text, lang)
    }
}

/// A published answer (`/start answer-12`, the open command of a search hit of kind
/// `answer`): the question, the latest answer and its attribution.
pub(super) fn published_reply(store: Option<&Store>, n: &str, lang: Lang) -> Reply {
    let found = store
        .zip(n.trim().parse::<QuestionId>().ok())
        .and_then(|(store, id)| {
            let q = store.question(id).ok().flatten()?;
            let thread = store.thread(id).ok()?;
            (q.status == QuestionStatus::Published).then_some((q, thread))
        });
    let Some((q, thread)) = found else {
        let echo = format!("answer-{}", shorten(n.trim(), 20));
        return Bot::message_text(tr(Msg::CaseNotFound, lang, &[&echo]), lang);
    };
    let mut blocks = vec![Block::Heading(shorten(&q.text, 120))];
    blocks.extend(body_blocks(&q.text));
    if let Some(latest) = thread.iter().rev().find(|m| m.kind == ThreadKind::Answer) {
        blocks.extend(body_blocks(&latest.text));
        blocks.push(Block::Paragraph(vec![Inline::Em(credit(latest, lang))]));
    }
    reply(lang, blocks, Vec::new())
}

/// A question's status in `lang`.
pub(super) fn question_status(s: QuestionStatus, lang: Lang) -> &'static str {
    match s {
        QuestionStatus::Open => Msg::QuestionOpen.get(lang),
        QuestionStatus::Answered => Msg::QuestionAnswered.get(lang),
        QuestionStatus::Published => Msg::QuestionPublished.get(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only the first line's single reference counts; a digest's several are ambiguous.
    #[test]
    fn references_come_from_the_first_line() {
        assert_eq!(
            reference_in("Question Q-12\nAsked by…"),
            Ok(Some(QuestionId(12)))
        );
        assert_eq!(
            reference_in("\nAnswer to your question Q-3\nsee Q-9"),
            Ok(Some(QuestionId(3)))
        );
        assert_eq!(reference_in("3 new questions: Q-1 Q-2 Q-3"), Err(()));
        assert_eq!(reference_in("New contribution #4"), Ok(None));
        assert_eq!(reference_in("FAQ-12 and Q-0"), Ok(None));
    }

    /// `/ask Q-12 more` is a follow-up; `/ask 12 miners…` is a new question; `/answer 12 x`
    /// takes a bare number.
    #[test]
    fn references_parse_from_the_first_word() {
        assert_eq!(
            reference_and_rest("Q-12 and in the rain?", false),
            Some((QuestionId(12), "and in the rain?"))
        );
        assert_eq!(reference_and_rest("12 miners ask", false), None);
        assert_eq!(
            reference_and_rest("12 two metres", true),
            Some((QuestionId(12), "two metres"))
        );
        assert_eq!(reference_and_rest("Quartz?", false), None);
    }

    /// The offer pre-fills `/ask` with the searched words, cleaned and bounded.
    #[test]
    fn ask_command_prefills_the_words() {
        assert_eq!(ask_command("  pond\tdepth "), "/ask pond depth");
        assert_eq!(ask_command(""), "/ask");
        assert!(ask_command(&"word ".repeat(200)).chars().count() <= MAX_QUERY_CHARS + 5);
    }
}

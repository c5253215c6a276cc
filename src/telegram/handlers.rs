//! What each kind of update does: a message goes to the core and its reply is rendered and
//! sent; a button press is decoded, answered and run; an inline query gets article cards.
//! Every failure here is logged and answered briefly, never shown with internal detail.

#[allow(unused_imports)]
use super::*;

/// Handles one update; every failure is logged here and never stops the adapter.
pub(super) async fn handle_update<H: Handler>(ctx: &Arc<Context<H>>, update: Update) {
    match update.kind {
        UpdateKind::Message(msg) => on_message(ctx, msg).await,
        UpdateKind::CallbackQuery(q) => on_callback(ctx, q).await,
        UpdateKind::InlineQuery(q) => on_inline(ctx, q).await,
        _ => log::debug!("telegram: update {} ignored", update.id.0),
    }
}

/// The language for the adapter's own short texts.
pub(super) fn hint_lang(hint: Option<&str>) -> Lang {
    hint.and_then(Lang::from_hint).unwrap_or(Lang::En)
}

/// A one-paragraph reply.
pub(super) fn text_reply(text: &str, lang: Lang) -> core::Reply {
    core::Reply {
        lang: Some(lang),
        blocks: vec![core::Block::Paragraph(vec![core::Inline::Text(
            text.into(),
        )])],
        ..core::Reply::default()
    }
}

pub(super) async fn on_message<H: Handler>(ctx: &Arc<Context<H>>, msg: Message) {
    if let Some(new) = msg.migrate_to_chat_id() {
        let (outbox, old, new) = (ctx.outbox.clone(), msg.chat.id.0, new.0);
        call_core(ctx, move || outbox.note_migration(old, new)).await;
        return;
    }
    let Some(incoming) = incoming::to_incoming(&msg, &ctx.me) else {
        return;
    };
    let chat = msg.chat.id.0;
    let lang = hint_lang(incoming.language_hint.as_deref());
    let addressed = incoming.addressed;
    let from = msg.from.as_ref().map(|u| u.id.0);
    let command = command_word(&incoming.text);
    let handler = ctx.handler.clone();
    let response = call_core(ctx, move || handler.handle(&incoming)).await;
    let response = match response {
        Some(r) => r,
        None if addressed => Response {
            reply: Some(text_reply(menu::failure(lang), lang)),
            notices: Vec::new(),
        },
        None => return,
    };
    // The reason for a rejection: when this moderator pressed Reject here and this plain
    // text brought the decision, the decision replaces the announcement (as an approval does)
    // and is not sent again as a new message; if the announcement cannot be edited any more,
    // the outbox sends it as a new message instead. Like the core, plain text uses up the
    // wait and so does /cancel; other commands (even `/reject 43 …`, a decision about another
    // submission) leave both the wait and the announcement alone.
    let pending = from.and_then(|user| {
        let id = ctx.rejections.get(chat, user, std::time::Instant::now())?;
        Some((user, id))
    });
    let mut edit = None;
    if let Some((user, id)) = pending {
        match command.as_deref() {
            None => {
                if is_decision(chat, &response) {
                    edit = Some(id);
                }
                ctx.rejections.forget(chat, user, id);
            }
            Some("cancel") => ctx.rejections.forget(chat, user, id),
            Some(_) => {}
        }
    }
    deliver(ctx, chat, edit, response).await;
}

/// The command `text` starts with, lower-cased and without `/` or `@bot` (`/Cancel@Bot` →
/// `cancel`); `None` for plain text.
pub(super) fn command_word(text: &str) -> Option<String> {
    let word = text
        .trim_start()
        .strip_prefix('/')?
        .split_whitespace()
        .next()?;
    let name = word.split('@').next().unwrap_or(word);
    Some(name.to_lowercase())
}

/// Whether `response`, answering a moderator in `chat`, is a moderation decision: the core
/// tells the contributor, so it carries a notice for a chat other than the moderators' own.
pub(super) fn is_decision(chat: i64, response: &Response) -> bool {
    let here = chat.to_string();
    response.reply.is_some()
        && response
            .notices
            .iter()
            .any(|n| n.to.platform != Platform::Telegram || n.to.id != here)
}

/// Sends a response: the reply to `chat` (editing `edit` when given), then the notices. A
/// notice that would replace the message the reply just edited (the announcement a button
/// decided) is not sent again: that message already shows the decision, and its receipt is
/// reported with the message that now carries the reply.
pub(super) async fn deliver<H: Handler>(
    ctx: &Arc<Context<H>>,
    chat: i64,
    edit: Option<teloxide::types::MessageId>,
    response: Response,
) {
    let edited = edit.map(|id| message_ref(chat, id));
    let mut reply_ref = None;
    if let Some(reply) = &response.reply {
        let sent = match edit {
            Some(id) => ctx.outbox.edit_reply(chat, id, reply).await,
            None => ctx.outbox.send_reply(chat, reply).await,
        };
        match sent {
            Ok(ids) => reply_ref = ids.last().map(|id| message_ref(chat, *id)),
            Err(e) => log::error!("telegram: reply to chat {chat} lost: {e}"),
        }
    }
    for notice in response.notices {
        let sent = if edited.is_some() && notice.replaces == edited {
            Ok(reply_ref.clone())
        } else if notice.to.platform != Platform::Telegram {
            let to = notice.to.clone();
            match &ctx.outlet {
                Some(outlet) if outlet.send(notice).is_ok() => {}
                _ => log::error!("telegram: a notice for {to} has no adapter to deliver it"),
            }
            continue;
        } else {
            send_notice(&ctx.outbox, &notice).await
        };
        match sent {
            Ok(sent) => {
                if let (Some(receipt), Some(sent)) = (notice.receipt, sent) {
                    let handler = ctx.handler.clone();
                    call_core(ctx, move || handler.delivered(&receipt, &sent)).await;
                }
            }
            Err(e) => log::error!("telegram: notice to chat {} lost: {e}", notice.to.id),
        }
    }
}

/// Delivers a notice to its Telegram chat: edits the message it replaces when that is one of
/// this adapter's messages in the same chat, sends a new one otherwise. Returns the reference
/// ([`message_ref`]) of the message that now carries it (the last one, under which the
/// buttons are), or `None` when nothing was sent.
pub(super) async fn send_notice(outbox: &Outbox, notice: &Notice) -> Result<Option<String>, Error> {
    if notice.to.platform != Platform::Telegram {
        return Err(Error::Config(format!(
            "a notice for {} cannot be sent to Telegram",
            notice.to
        )));
    }
    let chat = notice
        .to
        .id
        .parse::<i64>()
        .map_err(|_| Error::Config(format!("invalid Telegram chat id {:?}", notice.to.id)))?;
    let replaces = notice
        .replaces
        .as_deref()
        .and_then(parse_message_ref)
        .filter(|(in_chat, _)| *in_chat == chat);
    let ids = match replaces {
        Some((_, id)) => outbox.edit_reply(chat, id, &notice.reply).await?,
        None => outbox.send_reply(chat, &notice.reply).await?,
    };
    Ok(ids.last().map(|id| message_ref(chat, *id)))
}

/// This adapter's name for message `id` in `chat`, as the core keeps it
/// ([`Notice::replaces`]): `telegram:<chat>:<message>`.
pub(super) fn message_ref(chat: i64, id: teloxide::types::MessageId) -> String {
    format!("telegram:{chat}:{}", id.0)
}

/// The chat and message a [`message_ref`] names; `None` for anything else (another
/// platform's reference, the core's placeholders).
pub(super) fn parse_message_ref(r: &str) -> Option<(i64, teloxide::types::MessageId)> {
    let (chat, id) = r.strip_prefix("telegram:")?.rsplit_once(':')?;
    Some((
        chat.parse().ok()?,
        teloxide::types::MessageId(id.parse().ok()?),
    ))
}

pub(super) async fn on_callback<H: Handler>(ctx: &Arc<Context<H>>, q: CallbackQuery) {
    let lang = hint_lang(q.from.language_code.as_deref());
    let decoded = match q.data.as_deref() {
        Some(data) => ctx.outbox.codec().decode(data),
        None => Err(DecodeError::Forged),
    };
    let message = q.message.as_ref();
    let (action, message) = match (decoded, message) {
        (Ok(action), Some(m)) => (action, m),
        (Ok(_), None) | (Err(DecodeError::Expired), _) => {
            answer_callback(ctx, &q, Some(menu::expired(lang))).await;
            return;
        }
        (Err(DecodeError::Forged), _) => {
            log::warn!("telegram: unknown callback data from user {}", q.from.id.0);
            answer_callback(ctx, &q, Some(menu::unknown_button(lang))).await;
            return;
        }
    };
    // Answer at once so the button stops spinning, then do the work.
    answer_callback(ctx, &q, None).await;
    let chat = message.chat();
    let ctx_msg = Incoming {
        chat: ChatRef {
            platform: Platform::Telegram,
            id: chat.id.0.to_string(),
        },
        chat_kind: if chat.is_private() {
            ChatKind::Private
        } else {
            ChatKind::Group
        },
        caps: CAPABILITIES,
        user: incoming::user_ref(&q.from),
        language_hint: q.from.language_code.clone(),
        text: String::new(),
        addressed: true,
        attachments: Vec::new(),
        reply_to: None,
    };
    let edit = match (&action, message) {
        // Buttons that change the view edit their message; commands answer anew.
        (ActionKind::Command(_), _) => None,
        (_, MaybeInaccessibleMessage::Regular(m)) => Some(m.id),
        (_, MaybeInaccessibleMessage::Inaccessible(_)) => None,
    };
    let moderation = matches!(action, ActionKind::Approve(_) | ActionKind::Reject(_));
    let rejecting = matches!(action, ActionKind::Reject(_));
    let announcement = edit;
    let handler = ctx.handler.clone();
    let response = call_core(ctx, move || handler.handle_action(&ctx_msg, &action)).await;
    let response = response.unwrap_or_else(|| Response {
        reply: Some(text_reply(menu::failure(lang), lang)),
        notices: Vec::new(),
    });
    // A decision (the contributor is told: the response carries their notice) replaces the
    // announcement and its buttons; anything else (a refusal, the question for a rejection's
    // reason) is a new message, so the announcement keeps its buttons for the next try.
    let decided = !response.notices.is_empty();
    let edit = if moderation && !decided { None } else { edit };
    if let Some(id) = announcement {
        if rejecting && !decided {
            // The core asked for the reason: the moderator's next message here carries it,
            // and the decision it brings will replace this announcement.
            ctx.rejections
                .remember(chat.id.0, q.from.id.0, id, std::time::Instant::now());
        } else if moderation && decided {
            ctx.rejections.forget(chat.id.0, q.from.id.0, id);
        }
    }
    deliver(ctx, chat.id.0, edit, response).await;
}

pub(super) async fn answer_callback<H: Handler>(
    ctx: &Arc<Context<H>>,
    q: &CallbackQuery,
    text: Option<&str>,
) {
    if let Err(e) = ctx.outbox.answer_callback(&q.id, text).await {
        log::error!(
            "telegram: callback from user {} could not be answered: {e}",
            q.from.id.0
        );
    }
}

/// Telegram's limits for inline answers.
pub(super) const INLINE_MAX_RESULTS: usize = 50;

pub(super) const INLINE_MAX_OFFSET: usize = 64;

pub(super) const INLINE_MAX_QUERY: usize = 256;

pub(super) async fn on_inline<H: Handler>(ctx: &Arc<Context<H>>, q: InlineQuery) {
    let lang = hint_lang(q.from.language_code.as_deref());
    let query: String = q.query.chars().take(INLINE_MAX_QUERY).collect();
    let offset = q.offset.clone();
    let handler = ctx.handler.clone();
    let answer = call_core(ctx, move || handler.inline(&query, lang, &offset))
        .await
        .unwrap_or(core::InlineAnswer {
            cards: Vec::new(),
            next_offset: None,
        });
    let results = inline_results(&answer);
    let next = answer.next_offset.filter(|o| {
        let fits = o.len() <= INLINE_MAX_OFFSET;
        if !fits {
            log::error!("telegram: inline next_offset longer than 64 bytes dropped");
        }
        fits && !o.is_empty()
    });
    if let Err(e) = ctx.outbox.answer_inline(&q.id, results, next).await {
        log::error!(
            "telegram: inline query from user {} not answered: {e}",
            q.from.id.0
        );
    }
}

/// Article results for the cards: HTML messages without buttons (an inline message has no
/// chat to answer a button in), at most 50, ids unique and within 64 bytes.
pub fn inline_results(answer: &core::InlineAnswer) -> Vec<InlineQueryResult> {
    let mut seen = std::collections::HashSet::new();
    answer
        .cards
        .iter()
        .filter_map(|card| {
            let text = render::render_html(&card.message, render::MESSAGE_LIMIT)
                .into_iter()
                .next()?;
            let id = if card.id.is_empty() || card.id.len() > 64 {
                use sha2::Digest;
                hex::encode(&sha2::Sha256::digest(card.id.as_bytes())[..16])
            } else {
                card.id.clone()
            };
            if !seen.insert(id.clone()) {
                return None;
            }
            let title = if card.title.trim().is_empty() {
                id.clone()
            } else {
                card.title.clone()
            };
            let content = InputMessageContent::Text(
                InputMessageContentText::new(text)
                    .parse_mode(ParseMode::Html)
                    .link_preview_options(outbox::preview(card.message.no_preview)),
            );
            let mut article = InlineQueryResultArticle::new(id, title, content);
            if !card.description.is_empty() {
                article = article.description(card.description.clone());
            }
            Some(InlineQueryResult::Article(article))
        })
        .take(INLINE_MAX_RESULTS)
        .collect()
}

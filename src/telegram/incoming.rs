//! Turns Telegram messages into core [`Incoming`] values, deciding whether a group message
//! was addressed to this bot (`/find@ThisBot`, plain `/find`, `@ThisBot` mentions, replies to
//! the bot) and dropping what was meant for another bot.

use crate::core::{Attachment, ChatKind, ChatRef, Incoming, Platform, ReplyTo, UserRef};
use teloxide::types::{Message, User, UserId};

/// Who this bot is on Telegram.
#[derive(Debug, Clone)]
pub struct BotIdentity {
    /// The bot's user id.
    pub id: UserId,
    /// The bot's username, without `@`.
    pub username: String,
}

/// The core's view of a Telegram user.
pub fn user_ref(user: &User) -> UserRef {
    UserRef {
        platform: Platform::Telegram,
        id: user.id.0.to_string(),
        display_name: user.full_name(),
    }
}

/// Converts `msg` into an [`Incoming`], or `None` when the bot must not see it: messages from
/// bots, service messages, channel posts, cards sent through this bot's inline mode, and
/// commands addressed to another bot.
pub fn to_incoming(msg: &Message, me: &BotIdentity) -> Option<Incoming> {
    let from = msg.from.as_ref()?;
    if from.is_bot {
        return None;
    }
    if msg.via_bot.as_ref().is_some_and(|b| b.id == me.id) {
        return None;
    }
    let chat_kind = if msg.chat.is_private() {
        ChatKind::Private
    } else if msg.chat.is_group() || msg.chat.is_supergroup() {
        ChatKind::Group
    } else {
        return None;
    };
    let attachments: Vec<Attachment> = msg
        .photo()
        .and_then(|sizes| sizes.iter().max_by_key(|p| p.width * p.height))
        .map(|p| Attachment {
            kind: "photo".into(),
            reference: p.file.id.0.clone(),
        })
        .into_iter()
        .collect();
    let raw = msg.text().or(msg.caption()).unwrap_or("");
    if raw.trim().is_empty() && attachments.is_empty() {
        return None;
    }
    let (text, command_for_us) = match address_command(raw, &me.username) {
        CommandTarget::Other => return None,
        CommandTarget::Us(text) => (text, true),
        CommandTarget::NotACommand => (raw.to_string(), false),
    };
    let (text, mentioned) = strip_mention(&text, &me.username);
    let replied_to_us = msg
        .reply_to_message()
        .and_then(|r| r.from.as_ref())
        .is_some_and(|u| u.id == me.id);
    let addressed = chat_kind == ChatKind::Private || command_for_us || mentioned || replied_to_us;
    let reply_to = msg.reply_to_message().map(|r| ReplyTo {
        message_id: r.id.0.to_string(),
        from_bot: r.from.as_ref().is_some_and(|u| u.id == me.id),
        text: r.text().or(r.caption()).unwrap_or("").to_string(),
    });
    Some(Incoming {
        chat: ChatRef {
            platform: Platform::Telegram,
            id: msg.chat.id.0.to_string(),
        },
        chat_kind,
        caps: super::CAPABILITIES,
        user: user_ref(from),
        language_hint: from.language_code.clone(),
        text,
        addressed,
        attachments,
        reply_to,
    })
}

/// Whom a command is for.
#[derive(Debug, PartialEq)]
pub(crate) enum CommandTarget {
    /// Not a command.
    NotACommand,
    /// For this bot (plain `/cmd` or `/cmd@ThisBot`): the text with `@ThisBot` removed.
    Us(String),
    /// `/cmd@OtherBot`.
    Other,
}

/// Classifies the command at the start of `text`, if any.
pub(crate) fn address_command(text: &str, username: &str) -> CommandTarget {
    let trimmed = text.trim_start();
    if !trimmed.starts_with('/') {
        return CommandTarget::NotACommand;
    }
    let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
    let (word, rest) = trimmed.split_at(end);
    match word.split_once('@') {
        None => CommandTarget::Us(trimmed.to_string()),
        Some((cmd, target)) if target.eq_ignore_ascii_case(username) => {
            CommandTarget::Us(format!("{cmd}{rest}"))
        }
        Some(_) => CommandTarget::Other,
    }
}

/// Removes every `@username` mention (case-insensitive, as a whole word) and reports whether
/// there was one.
pub(crate) fn strip_mention(text: &str, username: &str) -> (String, bool) {
    let needle = format!("@{}", username.to_ascii_lowercase());
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    for word in text.split_inclusive(char::is_whitespace) {
        let bare = word.trim_end();
        let core = bare.trim_end_matches([',', ':', '.', '!', '?']);
        if core.to_ascii_lowercase() == needle {
            found = true;
            out.push_str(&bare[core.len()..]);
            out.push_str(&word[bare.len()..]);
        } else {
            out.push_str(word);
        }
    }
    if found {
        let cleaned = out.split_whitespace().collect::<Vec<_>>().join(" ");
        let cleaned = cleaned.trim_start_matches([',', ':']).trim().to_string();
        (cleaned, true)
    } else {
        (text.to_string(), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn me() -> BotIdentity {
        BotIdentity {
            id: UserId(999),
            username: "MinersGuideBot".into(),
        }
    }

    fn message(chat: serde_json::Value, text: &str, extra: serde_json::Value) -> Message {
        let mut m = json!({
            "message_id": 5, "date": 0, "chat": chat,
            "from": {"id": 7, "is_bot": false, "first_name": "Ana", "last_name": "Rakoto", "language_code": "fr"},
            "text": text,
        });
        if let (Some(obj), Some(extra)) = (m.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                obj.insert(k.clone(), v.clone());
            }
        }
        serde_json::from_value(m).expect("valid message JSON")
    }

    fn private(text: &str) -> Message {
        message(
            json!({"id": 7, "type": "private", "first_name": "Ana"}),
            text,
            json!({}),
        )
    }

    fn group(text: &str) -> Message {
        message(
            json!({"id": -1001, "type": "supergroup", "title": "Coop"}),
            text,
            json!({}),
        )
    }

    /// Private messages are addressed; the user, chat and language hint are carried over.
    #[test]
    fn private_message_is_addressed() {
        let inc = to_incoming(&private("sediment ponds"), &me()).expect("kept");
        assert_eq!(inc.chat_kind, ChatKind::Private);
        assert_eq!(inc.chat.id, "7");
        assert_eq!(inc.user.id, "7");
        assert_eq!(inc.user.display_name, "Ana Rakoto");
        assert_eq!(inc.language_hint.as_deref(), Some("fr"));
        assert_eq!(inc.text, "sediment ponds");
        assert!(inc.addressed);
    }

    /// In groups, `/find@ThisBot` (any case) and plain `/find` are addressed with the mention
    /// removed; `/find@OtherBot` is dropped; chatter is passed on unaddressed.
    #[test]
    fn group_commands_are_addressed_by_target() {
        let inc = to_incoming(&group("/find@minersguidebot consulting"), &me()).expect("kept");
        assert_eq!(
            (inc.text.as_str(), inc.addressed),
            ("/find consulting", true)
        );
        assert_eq!(inc.chat_kind, ChatKind::Group);
        let inc = to_incoming(&group("/find consulting"), &me()).expect("kept");
        assert_eq!(
            (inc.text.as_str(), inc.addressed),
            ("/find consulting", true)
        );
        assert!(to_incoming(&group("/find@OtherBot consulting"), &me()).is_none());
        assert!(to_incoming(&private("/start@OtherBot"), &me()).is_none());
        let inc = to_incoming(&group("nice weather at the pit"), &me()).expect("kept");
        assert!(!inc.addressed);
    }

    /// A mention of the bot addresses it and is stripped; a reply to the bot's message
    /// addresses it; a reply to someone else does not.
    #[test]
    fn mentions_and_replies_address_the_bot() {
        let inc = to_incoming(&group("@MinersGuideBot, sediment ponds?"), &me()).expect("kept");
        assert_eq!(
            (inc.text.as_str(), inc.addressed),
            ("sediment ponds?", true)
        );
        let inc = to_incoming(&group("what does @minersguidebot say"), &me()).expect("kept");
        assert_eq!((inc.text.as_str(), inc.addressed), ("what does say", true));
        let inc = to_incoming(&group("ask @OtherBot"), &me()).expect("kept");
        assert!(!inc.addressed);

        let bot_msg = json!({"message_id": 1, "date": 0, "chat": {"id": -1001, "type": "supergroup", "title": "Coop"},
            "from": {"id": 999, "is_bot": true, "first_name": "Guide", "username": "MinersGuideBot"}, "text": "hi"});
        let reply = message(
            json!({"id": -1001, "type": "supergroup", "title": "Coop"}),
            "and water?",
            json!({"reply_to_message": bot_msg}),
        );
        let inc = to_incoming(&reply, &me()).expect("kept");
        assert!(inc.addressed);
        assert_eq!(
            inc.reply_to,
            Some(crate::core::ReplyTo {
                message_id: "1".into(),
                from_bot: true,
                text: "hi".into(),
            }),
            "the replied-to message reaches the core (an expert's answer to an announcement)"
        );
        let other_msg = json!({"message_id": 1, "date": 0, "chat": {"id": -1001, "type": "supergroup", "title": "Coop"},
            "from": {"id": 8, "is_bot": false, "first_name": "Bo"}, "text": "hi"});
        let reply = message(
            json!({"id": -1001, "type": "supergroup", "title": "Coop"}),
            "and water?",
            json!({"reply_to_message": other_msg}),
        );
        let inc = to_incoming(&reply, &me()).expect("kept");
        assert!(!inc.addressed);
        assert_eq!(inc.reply_to.map(|r| r.from_bot), Some(false));
    }

    /// A photo becomes an attachment by its largest size's file id, with the caption as text.
    #[test]
    fn photo_becomes_attachment() {
        let m: Message = serde_json::from_value(json!({
            "message_id": 5, "date": 0, "chat": {"id": 7, "type": "private", "first_name": "Ana"},
            "from": {"id": 7, "is_bot": false, "first_name": "Ana"},
            "photo": [
                {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 60},
                {"file_id": "big", "file_unique_id": "b", "width": 1280, "height": 853}
            ],
            "caption": "/share our settling pond"
        }))
        .expect("valid");
        let inc = to_incoming(&m, &me()).expect("kept");
        assert_eq!(inc.text, "/share our settling pond");
        assert_eq!(
            inc.attachments,
            vec![Attachment {
                kind: "photo".into(),
                reference: "big".into()
            }]
        );
    }

    /// Messages from bots and cards sent through this bot's inline mode are never handled.
    #[test]
    fn bots_and_own_inline_cards_are_ignored() {
        let m: Message = serde_json::from_value(json!({
            "message_id": 5, "date": 0, "chat": {"id": 7, "type": "private", "first_name": "Ana"},
            "from": {"id": 8, "is_bot": true, "first_name": "Spam"}, "text": "/find x"
        }))
        .expect("valid");
        assert!(to_incoming(&m, &me()).is_none());
        let card = message(
            json!({"id": -1001, "type": "supergroup", "title": "Coop"}),
            "Mintek",
            json!({"via_bot": {"id": 999, "is_bot": true, "first_name": "Guide", "username": "MinersGuideBot"}}),
        );
        assert!(to_incoming(&card, &me()).is_none());
    }
}

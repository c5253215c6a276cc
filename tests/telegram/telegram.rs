//! The Telegram adapter end to end: the real teloxide client against the test Bot API server
//! on 127.0.0.1 (`telegram_testkit`).
//!
//! Three groups: the server's own strictness (so the other tests mean something); the
//! adapter's plumbing driven by a small scripted core (`Scripted`), which needs nothing but
//! the adapter; and scenarios through the real core and knowledge base.

use miners_guide::core::{
    self, Action, ActionKind, Attachment, Block, Card, ChatRef, Incoming, Inline, InlineAnswer,
    Notice, Platform, Reply, Response,
};
use miners_guide::lang::Lang;
use miners_guide::telegram::{self, Handler, Secret, TelegramConfig, WebhookConfig};
use std::sync::Arc;
use std::time::{Duration, Instant};
use telegram_testkit::{Fault, RateLimits, SentMessage, ServerOptions, TelegramServer, TestUser};
use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};
use teloxide::{ApiError, RequestError};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const WAIT: Duration = Duration::from_secs(20);

fn client(server: &TelegramServer) -> Bot {
    Bot::new(server.token()).set_api_url(server.url())
}

fn ana() -> TestUser {
    TestUser::new(1001, "Ana")
}

// ---------------------------------------------------------------------------------------
// The test server is as strict as Telegram.

/// Malformed HTML (unclosed, unknown tag, bare `<`, bare `&`) is refused with Telegram's
/// "can't parse entities" error; escaped HTML is accepted.
#[tokio::test]
async fn server_rejects_malformed_html() {
    let server = TelegramServer::start().await.expect("server");
    let bot = client(&server);
    for bad in [
        "<b>bold",
        "<script>x</script>",
        "a < b",
        "AT&T",
        "<b><i>x</b></i>",
    ] {
        let res = bot
            .send_message(ChatId(1), bad)
            .parse_mode(ParseMode::Html)
            .await;
        assert!(
            matches!(res, Err(RequestError::Api(ApiError::CantParseEntities(ref e))) if e.starts_with("Bad Request: can't parse entities: ")),
            "{bad:?} gave {res:?}"
        );
    }
    let ok = bot
        .send_message(
            ChatId(1),
            "<b>a &lt; b</b> &amp; <a href=\"https://x.org\">x</a>",
        )
        .parse_mode(ParseMode::Html)
        .await;
    assert!(ok.is_ok(), "{ok:?}");
    assert_eq!(server.sent()[0].visible, "a < b & x");
}

/// 4096 characters (after entity parsing) are accepted, 4097 refused; empty text refused.
#[tokio::test]
async fn server_rejects_4097_characters() {
    let server = TelegramServer::start().await.expect("server");
    let bot = client(&server);
    let ok = bot
        .send_message(ChatId(1), format!("<b>{}</b>", "x".repeat(4096)))
        .parse_mode(ParseMode::Html)
        .await;
    assert!(ok.is_ok(), "{ok:?}");
    let long = bot.send_message(ChatId(1), "x".repeat(4097)).await;
    assert!(
        matches!(long, Err(RequestError::Api(ApiError::MessageIsTooLong))),
        "{long:?}"
    );
    let empty = bot.send_message(ChatId(1), "  ").await;
    assert!(
        matches!(empty, Err(RequestError::Api(ApiError::MessageTextIsEmpty))),
        "{empty:?}"
    );
}

/// Callback data of 64 bytes is accepted, 65 bytes refused with BUTTON_DATA_INVALID.
#[tokio::test]
async fn server_rejects_65_byte_callback_data() {
    let server = TelegramServer::start().await.expect("server");
    let bot = client(&server);
    let markup = |n: usize| {
        InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
            "More",
            format!("{}{}", "é".repeat(n / 2), "x".repeat(n % 2)),
        )]])
    };
    let ok = bot
        .send_message(ChatId(1), "x")
        .reply_markup(markup(64))
        .await;
    assert!(ok.is_ok(), "{ok:?}");
    let bad = bot
        .send_message(ChatId(1), "x")
        .reply_markup(markup(65))
        .await;
    assert!(
        matches!(bad, Err(RequestError::Api(ApiError::ButtonDataInvalid))),
        "{bad:?}"
    );
}

/// `getUpdates` long-polls: it returns as soon as an update is pushed, and asking for a later
/// offset confirms (drops) what was fetched.
#[tokio::test]
async fn server_long_polls_with_offsets() {
    let server = Arc::new(TelegramServer::start().await.expect("server"));
    let bot = client(&server);
    let pusher = server.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        pusher.private_text(&ana(), "hello");
    });
    let started = Instant::now();
    let updates = bot.get_updates().timeout(5).await.expect("updates");
    assert_eq!(updates.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(3));
    let next = updates[0].id.0 as i32 + 1;
    let again = bot
        .get_updates()
        .offset(next)
        .timeout(0)
        .await
        .expect("updates");
    assert!(again.is_empty());
    assert_eq!(server.confirmed_offset(), i64::from(next));
    assert_eq!(server.pending_updates(), 0);
}

/// Injected faults reach the client as Telegram's: 429 with `retry_after`.
#[tokio::test]
async fn server_injects_429_with_retry_after() {
    let server = TelegramServer::start().await.expect("server");
    let bot = client(&server);
    server.inject("sendMessage", Fault::TooManyRequests { retry_after: 3 }, 1);
    let res = bot.send_message(ChatId(1), "x").await;
    assert!(
        matches!(res, Err(RequestError::RetryAfter(s)) if s.seconds() == 3),
        "{res:?}"
    );
    assert!(bot.send_message(ChatId(1), "x").await.is_ok());
}

/// With rate limits on, a burst into one chat beyond its allowance gets 429 like Telegram.
#[tokio::test]
async fn server_rate_limits_like_telegram() {
    let server = TelegramServer::start_with(ServerOptions {
        rate_limits: Some(RateLimits::default()),
        ..ServerOptions::default()
    })
    .await
    .expect("server");
    let bot = client(&server);
    let burst = RateLimits::default().per_chat_burst as usize;
    for _ in 0..burst {
        bot.send_message(ChatId(5), "x")
            .await
            .expect("within burst");
    }
    let res = bot.send_message(ChatId(5), "x").await;
    assert!(matches!(res, Err(RequestError::RetryAfter(_))), "{res:?}");
    assert!(bot.send_message(ChatId(6), "other chat").await.is_ok());
}

/// `setMyCommands` is validated as Telegram does: a leading `/` is dropped, names must be
/// 1–32 of `a-z0-9_`, descriptions must not be empty.
#[tokio::test]
async fn server_validates_set_my_commands() {
    use teloxide::types::BotCommand;
    let server = TelegramServer::start().await.expect("server");
    let bot = client(&server);
    bot.set_my_commands(vec![BotCommand::new("/help", "How to use this bot")])
        .await
        .expect("accepted");
    assert_eq!(
        server.commands(""),
        vec![("help".to_string(), "How to use this bot".to_string())]
    );
    let bad = bot
        .set_my_commands(vec![BotCommand::new("Bad-Cmd", "x y z")])
        .await;
    assert!(bad.is_err(), "{bad:?}");
    let empty = bot.set_my_commands(vec![BotCommand::new("ok", " ")]).await;
    assert!(empty.is_err(), "{empty:?}");
}

/// Inline answers are limited to 50 results and a 64-byte `next_offset`; callback and inline
/// query ids must be ones Telegram issued and can be answered once.
#[tokio::test]
async fn server_enforces_inline_and_callback_limits() {
    use teloxide::payloads::AnswerInlineQuerySetters;
    use teloxide::types::{
        CallbackQueryId, InlineQueryId, InlineQueryResult, InlineQueryResultArticle,
        InputMessageContent, InputMessageContentText,
    };
    let server = TelegramServer::start().await.expect("server");
    let bot = client(&server);
    let article = |i: usize| {
        InlineQueryResult::Article(InlineQueryResultArticle::new(
            format!("r{i}"),
            "t",
            InputMessageContent::Text(InputMessageContentText::new("x")),
        ))
    };
    let id = InlineQueryId(server.inline_query(&ana(), "q", ""));
    let too_many = bot
        .answer_inline_query(id.clone(), (0..51).map(article).collect::<Vec<_>>())
        .await;
    assert!(too_many.is_err(), "{too_many:?}");
    let long_offset = bot
        .answer_inline_query(id.clone(), vec![article(0)])
        .next_offset("x".repeat(65))
        .await;
    assert!(long_offset.is_err(), "{long_offset:?}");
    bot.answer_inline_query(id.clone(), (0..50).map(article).collect::<Vec<_>>())
        .next_offset("x".repeat(64))
        .await
        .expect("50 results and a 64-byte offset are fine");
    assert!(
        bot.answer_inline_query(id, vec![article(0)]).await.is_err(),
        "answered twice"
    );
    let unknown = bot
        .answer_callback_query(CallbackQueryId("nope".into()))
        .await;
    assert!(unknown.is_err(), "{unknown:?}");
}

// ---------------------------------------------------------------------------------------
// The adapter, driven by a scripted core.

/// The moderators' group of the scripted core.
const MODERATORS: i64 = -1_000_000_000_777;

/// A small scripted core for adapter tests: echoes addressed messages with a page button and
/// a command button, answers page buttons with the page number, and can ask for long
/// replies, photos and notices.
struct Scripted;

fn paragraph(parts: Vec<Inline>) -> Reply {
    Reply {
        lang: Some(Lang::En),
        blocks: vec![Block::Paragraph(parts)],
        ..Reply::default()
    }
}

impl Handler for Scripted {
    fn handle(&self, msg: &Incoming) -> Response {
        if !msg.addressed {
            return Response::default();
        }
        let text = msg.text.as_str();
        if text == "slow" {
            std::thread::sleep(Duration::from_millis(1500));
        }
        let reply = if text == "long" {
            Reply {
                blocks: (0..400)
                    .map(|i| {
                        Block::Paragraph(vec![
                            Inline::Strong(format!("Entry {i}")),
                            Inline::Text(" <data> & more ".repeat(4)),
                        ])
                    })
                    .collect(),
                ..Reply::default()
            }
        } else if text == "photo" {
            Reply {
                attachments: vec![Attachment {
                    kind: "photo".into(),
                    reference: "AgAD-photo".into(),
                }],
                ..paragraph(vec![Inline::Text("with photo".into())])
            }
        } else if text == "announce" {
            return Response {
                reply: Some(paragraph(vec![Inline::Text("thanks".into())])),
                notices: vec![Notice {
                    to: ChatRef {
                        platform: Platform::Telegram,
                        id: MODERATORS.to_string(),
                    },
                    reply: Reply {
                        actions: vec![
                            Action {
                                label: "Approve".into(),
                                kind: ActionKind::Approve(42),
                            },
                            Action {
                                label: "Reject".into(),
                                kind: ActionKind::Reject(42),
                            },
                        ],
                        ..paragraph(vec![Inline::Text("New submission #42".into())])
                    },
                    replaces: None,
                    receipt: None,
                }],
            };
        } else if let Some(reason) = text.strip_prefix("reason: ") {
            // Like the core: the moderator's reason completes a rejection, a decision that
            // tells the contributor.
            let decision = format!("#42 rejected: {reason}");
            return Response {
                reply: Some(paragraph(vec![Inline::Text(decision.clone())])),
                notices: vec![Notice {
                    to: ChatRef {
                        platform: Platform::Telegram,
                        id: ana().id.to_string(),
                    },
                    reply: paragraph(vec![Inline::Text(decision)]),
                    replaces: None,
                    receipt: None,
                }],
            };
        } else if let Some(to) = text.strip_prefix("notice ") {
            return Response {
                reply: Some(paragraph(vec![Inline::Text("noted".into())])),
                notices: vec![Notice {
                    to: ChatRef {
                        platform: Platform::Telegram,
                        id: to.into(),
                    },
                    reply: paragraph(vec![Inline::Text(format!(
                        "notice from {}",
                        msg.user.display_name
                    ))]),
                    replaces: None,
                    receipt: None,
                }],
            };
        } else {
            Reply {
                actions: vec![
                    Action {
                        label: "More".into(),
                        kind: ActionKind::Page {
                            query: text.into(),
                            page: 1,
                        },
                    },
                    Action {
                        label: "Help".into(),
                        kind: ActionKind::Command("/help".into()),
                    },
                ],
                no_preview: true,
                ..paragraph(vec![
                    Inline::Text("echo: ".into()),
                    Inline::Mark(text.into()),
                ])
            }
        };
        Response {
            reply: Some(reply),
            notices: Vec::new(),
        }
    }

    fn handle_action(&self, ctx: &Incoming, action: &ActionKind) -> Response {
        let reply = match action {
            ActionKind::Page { query, page } => Reply {
                actions: vec![Action {
                    label: "More".into(),
                    kind: ActionKind::Page {
                        query: query.clone(),
                        page: page + 1,
                    },
                }],
                ..paragraph(vec![Inline::Text(format!("page {page} of {query}"))])
            },
            other => paragraph(vec![Inline::Text(format!(
                "ran {other:?} for {} ({:?}, {}) in {}",
                ctx.user.display_name,
                ctx.chat_kind,
                ctx.language_hint.as_deref().unwrap_or("-"),
                ctx.chat.id
            ))]),
        };
        // Like the core: an approval is a decision and tells the contributor; a rejection
        // first asks for the reason.
        let notices = match action {
            ActionKind::Approve(id) => vec![Notice {
                to: ChatRef {
                    platform: Platform::Telegram,
                    id: ana().id.to_string(),
                },
                reply: paragraph(vec![Inline::Text(format!("#{id} approved"))]),
                replaces: None,
                receipt: None,
            }],
            _ => Vec::new(),
        };
        Response {
            reply: Some(reply),
            notices,
        }
    }

    fn inline(&self, query: &str, _lang: Lang, offset: &str) -> InlineAnswer {
        let start: usize = offset.parse().unwrap_or(0);
        InlineAnswer {
            cards: (start..start + 60)
                .map(|i| Card {
                    id: format!("card-{i}"),
                    title: format!("{query} {i}"),
                    description: "a card".into(),
                    message: paragraph(vec![Inline::Strong(format!("{query} <{i}>"))]),
                })
                .collect(),
            next_offset: Some((start + 50).to_string()),
        }
    }
}

/// A running adapter against a test server.
struct Harness {
    server: Arc<TelegramServer>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), telegram::Error>>,
}

impl Harness {
    fn config(server: &TelegramServer, throttle: bool) -> TelegramConfig {
        TelegramConfig {
            token: Secret::new(server.token()),
            api_url: Some(server.url()),
            throttle,
            webhook: None,
            queue: telegram::QueueLimits::default(),
        }
    }

    async fn start<H: Handler>(handler: H, opts: ServerOptions, throttle: bool) -> Harness {
        let server = Arc::new(TelegramServer::start_with(opts).await.expect("server"));
        let cfg = Harness::config(&server, throttle);
        Harness::start_on(server, Arc::new(handler), cfg).await
    }

    async fn start_on<H: Handler>(
        server: Arc<TelegramServer>,
        handler: Arc<H>,
        cfg: TelegramConfig,
    ) -> Harness {
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(telegram::run_with(handler, cfg, async {
            let _ = stopped.await;
        }));
        Harness {
            server,
            stop: Some(stop),
            task,
        }
    }

    /// Stops the adapter and waits (bounded) for it to return.
    async fn stop(mut self) -> Result<(), telegram::Error> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match tokio::time::timeout(Duration::from_secs(40), &mut self.task).await {
            Ok(Ok(res)) => res,
            Ok(Err(e)) => panic!("adapter task failed: {e}"),
            Err(_) => panic!("adapter did not stop within 40 s"),
        }
    }

    /// Ana's submission is announced to the moderators; `moderator` presses its Reject
    /// button. Returns the announcement and the bot's request for the reason.
    async fn announce_and_press_reject(&self, moderator: &TestUser) -> (SentMessage, SentMessage) {
        self.server.private_text(&ana(), "announce");
        let announcement = self.wait_sent_to(MODERATORS, 1).await.remove(0);
        self.server
            .callback(&announcement, moderator, "r:42")
            .expect("callback");
        let asked = self.wait_sent_to(MODERATORS, 2).await.remove(1);
        (announcement, asked)
    }

    async fn wait_sent_to(&self, chat: i64, n: usize) -> Vec<SentMessage> {
        let deadline = Instant::now() + WAIT;
        loop {
            let sent = self.server.sent_to(chat);
            if sent.len() >= n {
                return sent;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {n} messages to {chat}; got {sent:?}"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

/// A private message is answered in HTML with the highlight in bold, link previews off, and
/// the actions as an inline keyboard with compact callback data.
#[tokio::test]
async fn private_message_gets_html_reply_with_keyboard() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "sediment <ponds> & silt");
    let sent = h.wait_sent_to(ana().id, 1).await;
    let m = &sent[0];
    assert_eq!(m.parse_mode.as_deref(), Some("HTML"));
    assert_eq!(m.text, "echo: <b>sediment &lt;ponds&gt; &amp; silt</b>");
    assert!(m.no_preview);
    assert_eq!(
        m.buttons(),
        vec![
            ("Help".to_string(), Some("c:/help".to_string())),
            (
                "More".to_string(),
                Some("p:1:sediment <ponds> & silt".to_string())
            ),
        ]
    );
    h.stop().await.expect("clean stop");
}

/// In a group: `/cmd@OtherBot` and chatter get nothing, `/cmd@ThisBot`, plain commands,
/// mentions and replies to the bot are answered with the mention stripped.
#[tokio::test]
async fn group_answers_only_what_is_addressed_to_the_bot() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let group = -1_001_234_567_890;
    let bot = h.server.bot_username().to_string();
    h.server
        .group_text(group, &ana(), "/find@OtherBot consulting");
    h.server
        .group_text(group, &ana(), "nice weather at the pit");
    h.server.group_text(
        group,
        &ana(),
        &format!("/find@{} consulting", bot.to_lowercase()),
    );
    let sent = h.wait_sent_to(group, 1).await;
    assert_eq!(sent[0].visible, "echo: /find consulting");
    h.server.group_text(group, &ana(), "/find water");
    h.server
        .group_text(group, &ana(), &format!("@{bot} sediment?"));
    let sent = h.wait_sent_to(group, 3).await;
    assert_eq!(sent[1].visible, "echo: /find water");
    assert_eq!(sent[2].visible, "echo: sediment?");
    h.server
        .reply_to(&sent[2], &ana(), "and water")
        .expect("reply");
    let sent = h.wait_sent_to(group, 4).await;
    assert_eq!(sent[3].visible, "echo: and water");
    let server = h.server.clone();
    h.stop().await.expect("clean stop");
    assert_eq!(
        server.sent_to(group).len(),
        4,
        "chatter or another bot's command was answered"
    );
}

/// Each chat's messages are answered in the order they were written, chats in parallel: a
/// slow answer in one chat does not hold up another chat.
#[tokio::test]
async fn chats_are_ordered_and_parallel() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let users: Vec<TestUser> = (0..5)
        .map(|i| TestUser::new(5000 + i, &format!("P{i}")))
        .collect();
    let slow = TestUser::new(5999, "Slow");
    h.server.private_text(&slow, "slow");
    for n in 0..10 {
        for u in &users {
            h.server.private_text(u, &format!("n{n}"));
        }
    }
    for u in &users {
        let sent = h.wait_sent_to(u.id, 10).await;
        let got: Vec<_> = sent.iter().map(|m| m.visible.clone()).collect();
        let want: Vec<_> = (0..10).map(|n| format!("echo: n{n}")).collect();
        assert_eq!(got, want, "user {}", u.id);
    }
    assert!(
        h.server.sent_to(slow.id).is_empty(),
        "other chats waited for the slow one"
    );
    h.wait_sent_to(slow.id, 1).await;
    h.stop().await.expect("clean stop");
}

/// Pressing "More" answers the callback and edits the same message to the next page, with a
/// new button; "Help" (a command) answers with a new message.
#[tokio::test]
async fn page_button_edits_the_message_and_callback_is_answered() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "consulting");
    let first = h.wait_sent_to(ana().id, 1).await.remove(0);
    let more = first
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with("p:"))
        .expect("more");
    let cb = h.server.callback(&first, &ana(), &more).expect("callback");
    let sent = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(sent[1].method, "editMessageText");
    assert_eq!(sent[1].message_id, first.message_id);
    assert_eq!(sent[1].visible, "page 1 of consulting");
    assert_eq!(sent[1].callback_data(), vec!["p:2:consulting".to_string()]);
    assert!(h.server.callback_answers().iter().any(|a| a.id == cb));
    h.server
        .callback(&first, &ana(), "c:/help")
        .expect("callback");
    let sent = h.wait_sent_to(ana().id, 3).await;
    assert_eq!(sent[2].method, "sendMessage");
    assert_eq!(
        sent[2].visible,
        format!(
            "ran Command(\"/help\") for Ana (Private, en) in {}",
            ana().id
        )
    );
    assert_eq!(h.server.callback_answers().len(), 2);
    h.stop().await.expect("clean stop");
}

/// A moderation announcement carries Approve / Reject buttons (`a:42`, `r:42`). Reject (the
/// core asks for the reason, no decision yet) answers in a new message and leaves the
/// announcement and its buttons; Approve (a decision: the contributor is told) edits the
/// announcement with the core's answer, which knows the moderator and the group.
#[tokio::test]
async fn moderation_buttons_edit_the_announcement() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "announce");
    let announcement = h.wait_sent_to(MODERATORS, 1).await.remove(0);
    assert_eq!(
        announcement.callback_data(),
        vec!["a:42".to_string(), "r:42".to_string()]
    );
    let moderator = TestUser::new(77, "Mod").with_language("sw");
    h.server
        .callback(&announcement, &moderator, "r:42")
        .expect("callback");
    let asked = h.wait_sent_to(MODERATORS, 2).await.remove(1);
    assert_eq!(asked.method, "sendMessage");
    assert_ne!(asked.message_id, announcement.message_id);
    let cb = h
        .server
        .callback(&announcement, &moderator, "a:42")
        .expect("callback");
    let sent = h.wait_sent_to(MODERATORS, 3).await;
    assert_eq!(sent[2].method, "editMessageText");
    assert_eq!(sent[2].message_id, announcement.message_id);
    assert_eq!(
        sent[2].visible,
        format!("ran Approve(42) for Mod (Group, sw) in {MODERATORS}")
    );
    assert!(h.server.callback_answers().iter().any(|a| a.id == cb));
    // "thanks" for the announcement, then the decision's notice.
    let told = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(told[1].visible, "#42 approved");
    h.stop().await.expect("clean stop");
}

/// Reject asks for the reason in a new message; the decision the moderator's reason brings
/// then replaces the announcement itself (same message id, not a new message), other chatter
/// from the moderator does not, and the contributor is told.
#[tokio::test]
async fn rejection_reason_edits_the_announcement() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let moderator = TestUser::new(77, "Mod");
    let (announcement, asked) = h.announce_and_press_reject(&moderator).await;
    assert_eq!(asked.method, "sendMessage");
    assert_ne!(asked.message_id, announcement.message_id);
    // Another command is answered as usual and leaves the announcement and the wait alone.
    h.server
        .reply_to(&asked, &moderator, "/help")
        .expect("reply");
    let chatter = h.wait_sent_to(MODERATORS, 3).await.remove(2);
    assert_eq!(chatter.method, "sendMessage");
    assert_eq!(chatter.visible, "echo: /help");
    h.server
        .reply_to(&asked, &moderator, "reason: blurry photo")
        .expect("reply");
    let sent = h.wait_sent_to(MODERATORS, 4).await;
    assert_eq!(sent[3].method, "editMessageText");
    assert_eq!(sent[3].message_id, announcement.message_id);
    assert_eq!(sent[3].visible, "#42 rejected: blurry photo");
    // "thanks" for the announcement, then the decision's notice.
    let told = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(told[1].visible, "#42 rejected: blurry photo");
    // The decision is not sent a second time as a new message.
    assert_eq!(h.server.sent_to(MODERATORS).len(), 4);
    // The pending rejection is used up: a later decision-like message is a new message.
    h.server
        .reply_to(&asked, &moderator, "reason: again")
        .expect("reply");
    let sent = h.wait_sent_to(MODERATORS, 5).await;
    assert_eq!(sent[4].method, "sendMessage");
    assert_eq!(sent[4].visible, "#42 rejected: again");
    // /cancel ends the wait too: what follows is answered anew.
    h.server
        .callback(&announcement, &moderator, "r:42")
        .expect("callback");
    h.wait_sent_to(MODERATORS, 6).await;
    h.server
        .reply_to(&asked, &moderator, "/cancel")
        .expect("reply");
    h.wait_sent_to(MODERATORS, 7).await;
    h.server
        .reply_to(&asked, &moderator, "reason: late")
        .expect("reply");
    let sent = h.wait_sent_to(MODERATORS, 8).await;
    assert_eq!(sent[7].method, "sendMessage");
    assert_eq!(sent[7].visible, "#42 rejected: late");
    h.stop().await.expect("clean stop");
}

/// When the announcement can no longer be edited, the rejection's decision still reaches the
/// moderators as a new message, once.
#[tokio::test]
async fn rejection_decision_falls_back_to_a_new_message() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let moderator = TestUser::new(77, "Mod");
    let (_announcement, asked) = h.announce_and_press_reject(&moderator).await;
    h.server.inject(
        "editMessageText",
        Fault::BadRequest("message can't be edited".into()),
        1,
    );
    h.server
        .reply_to(&asked, &moderator, "reason: too old")
        .expect("reply");
    let sent = h.wait_sent_to(MODERATORS, 3).await;
    assert_eq!(sent[2].method, "sendMessage");
    assert_eq!(sent[2].visible, "#42 rejected: too old");
    let told = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(told[1].visible, "#42 rejected: too old");
    assert_eq!(h.server.sent_to(MODERATORS).len(), 3);
    assert_eq!(
        h.server.calls_of("editMessageText").len(),
        1,
        "one edit tried"
    );
    h.stop().await.expect("clean stop");
}

/// Forged and stale callback data are still answered (with a short message) and never reach
/// the core.
#[tokio::test]
async fn forged_and_stale_callbacks_are_answered() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "x");
    let first = h.wait_sent_to(ana().id, 1).await.remove(0);
    let forged = h
        .server
        .callback(&first, &ana(), "drop table")
        .expect("callback");
    let stale = h
        .server
        .callback(&first, &ana(), "P:1:0123456789abcdef")
        .expect("callback");
    let deadline = Instant::now() + WAIT;
    while h.server.callback_answers().len() < 2 {
        assert!(Instant::now() < deadline, "callbacks not answered");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let answers = h.server.callback_answers();
    let text_of = |id: &str| {
        answers
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.text.clone())
    };
    assert_eq!(
        text_of(&forged).as_deref(),
        Some("This button is not recognised.")
    );
    assert_eq!(
        text_of(&stale).as_deref(),
        Some("This button has expired. Please send the command again.")
    );
    assert_eq!(
        h.server.sent_to(ana().id).len(),
        1,
        "no reply for bad buttons"
    );
    h.stop().await.expect("clean stop");
}

/// A page query too long for 64 bytes is carried by a token and still pages correctly.
#[tokio::test]
async fn long_page_query_uses_a_token_within_64_bytes() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let query = "coopérative minière sédiments et eau de rivière à Ambatondrazaka";
    h.server.private_text(&ana(), query);
    let first = h.wait_sent_to(ana().id, 1).await.remove(0);
    let more = first
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with('P'))
        .expect("token form");
    assert!(more.len() <= 64);
    h.server.callback(&first, &ana(), &more).expect("callback");
    let sent = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(sent[1].visible, format!("page 1 of {query}"));
    h.stop().await.expect("clean stop");
}

/// A reply far over 4096 characters arrives as several valid messages, none over the limit,
/// in order, losing nothing.
#[tokio::test]
async fn long_reply_is_split_into_valid_messages() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "long");
    let deadline = Instant::now() + WAIT;
    let mut sent;
    loop {
        sent = h.server.sent_to(ana().id);
        if sent.iter().any(|m| m.visible.contains("Entry 399")) {
            break;
        }
        assert!(Instant::now() < deadline, "long reply incomplete");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(sent.len() >= 5, "{} parts", sent.len());
    let all: String = sent
        .iter()
        .map(|m| m.visible.clone())
        .collect::<Vec<_>>()
        .join("\n");
    for i in 0..400 {
        assert!(
            all.contains(&format!("Entry {i} <data> & more")),
            "lost entry {i}"
        );
    }
    assert!(
        sent.iter()
            .all(|m| m.visible.encode_utf16().count() <= 4096)
    );
    let rejected: Vec<_> = h
        .server
        .calls_of("sendMessage")
        .into_iter()
        .filter(|c| c.status != 200)
        .collect();
    assert!(rejected.is_empty(), "{rejected:?}");
    h.stop().await.expect("clean stop");
}

/// A storm of 429s (retry_after) on sendMessage still delivers every reply, through the
/// adapter's own retries (throttle off).
#[tokio::test]
async fn storm_of_429_still_delivers_every_reply() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server
        .inject("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 12);
    let users: Vec<TestUser> = (0..8)
        .map(|i| TestUser::new(2000 + i, &format!("U{i}")))
        .collect();
    for u in &users {
        h.server.private_text(u, &format!("hello {}", u.id));
    }
    h.server
        .wait_for_messages(users.len(), Duration::from_secs(60))
        .await
        .expect("all replies");
    for u in &users {
        let sent = h.server.sent_to(u.id);
        assert_eq!(sent.len(), 1, "user {}", u.id);
        assert_eq!(sent[0].visible, format!("echo: hello {}", u.id));
    }
    let throttled = h
        .server
        .calls_of("sendMessage")
        .into_iter()
        .filter(|c| c.status == 429)
        .count();
    assert_eq!(throttled, 12);
    h.stop().await.expect("clean stop");
}

/// With teloxide's Throttle on and Telegram-like flood limits on the server, a burst into one
/// chat is delivered completely and in order.
#[tokio::test]
async fn throttled_burst_is_delivered_in_order() {
    let opts = ServerOptions {
        rate_limits: Some(RateLimits::default()),
        ..ServerOptions::default()
    };
    let h = Harness::start(Scripted, opts, true).await;
    for i in 0..6 {
        h.server.private_text(&ana(), &format!("m{i}"));
    }
    let sent = h.wait_sent_to(ana().id, 6).await;
    let texts: Vec<_> = sent.iter().map(|m| m.visible.clone()).collect();
    assert_eq!(
        texts,
        (0..6).map(|i| format!("echo: m{i}")).collect::<Vec<_>>()
    );
    h.stop().await.expect("clean stop");
}

/// If Telegram refuses a reply's HTML, the reply is still delivered, as plain text.
#[tokio::test]
async fn refused_html_falls_back_to_plain_text() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.inject(
        "sendMessage",
        Fault::BadRequest(
            "can't parse entities: Unsupported start tag \"x\" at byte offset 0".into(),
        ),
        1,
    );
    h.server.private_text(&ana(), "a < b & c");
    let sent = h.wait_sent_to(ana().id, 1).await;
    assert_eq!(sent[0].parse_mode, None);
    assert_eq!(sent[0].text, "echo: a < b & c");
    assert_eq!(sent[0].callback_data().len(), 2, "the buttons are kept");
    h.stop().await.expect("clean stop");
}

/// When the message under a page button can no longer be edited, the page arrives as a new
/// message.
#[tokio::test]
async fn uneditable_message_gets_the_page_as_a_new_message() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "consulting");
    let first = h.wait_sent_to(ana().id, 1).await.remove(0);
    h.server.inject(
        "editMessageText",
        Fault::BadRequest("message can't be edited".into()),
        1,
    );
    h.server
        .callback(&first, &ana(), "p:1:consulting")
        .expect("callback");
    let sent = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(sent[1].method, "sendMessage");
    assert_eq!(sent[1].visible, "page 1 of consulting");
    h.stop().await.expect("clean stop");
}

/// A 500 and dropped connections are retried and the reply still arrives (one 5xx only:
/// teloxide waits 10 s after each).
#[tokio::test]
async fn server_errors_and_dropped_connections_are_retried() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.inject("sendMessage", Fault::DropConnection, 2);
    h.server.inject("sendMessage", Fault::ServerError(500), 1);
    h.server.private_text(&ana(), "resilient");
    let sent = h.wait_sent_to(ana().id, 1).await;
    assert_eq!(sent[0].visible, "echo: resilient");
    assert_eq!(h.server.sent_to(ana().id).len(), 1);
    h.stop().await.expect("clean stop");
}

/// The scripted core, also recording the chat migrations the adapter reports.
#[derive(Default)]
struct Recording {
    migrations: std::sync::Mutex<Vec<(String, String)>>,
}

impl Handler for Recording {
    fn handle(&self, msg: &Incoming) -> Response {
        Scripted.handle(msg)
    }
    fn handle_action(&self, ctx: &Incoming, action: &ActionKind) -> Response {
        Scripted.handle_action(ctx, action)
    }
    fn inline(&self, query: &str, lang: Lang, offset: &str) -> InlineAnswer {
        Scripted.inline(query, lang, offset)
    }
    fn chat_migrated(&self, old: &ChatRef, new: &ChatRef) {
        let mut m = self.migrations.lock().unwrap_or_else(|e| e.into_inner());
        m.push((old.id.clone(), new.id.clone()));
    }
}

/// A group upgraded to a supergroup: the reply follows `migrate_to_chat_id` and the core is
/// told once, so the chat's settings can move.
#[tokio::test]
async fn migrated_group_reply_reaches_the_supergroup() {
    let server = Arc::new(TelegramServer::start().await.expect("server"));
    let core = Arc::new(Recording::default());
    let cfg = Harness::config(&server, false);
    let h = Harness::start_on(server, core.clone(), cfg).await;
    h.server.migrate_group(-42, -1_000_000_000_042);
    h.server.group_text(-42, &ana(), "/find water");
    h.server.group_text(-42, &ana(), "/find silt");
    let sent = h.wait_sent_to(-1_000_000_000_042, 2).await;
    assert_eq!(sent[0].visible, "echo: /find water");
    assert_eq!(sent[1].visible, "echo: /find silt");
    // The service message for another group is noticed before any send fails.
    h.server
        .push_migration_notice(-43, -1_000_000_000_043, &ana());
    h.server.group_text(-43, &ana(), "/find water");
    h.wait_sent_to(-1_000_000_000_043, 1).await;
    let failed_to_old = h
        .server
        .calls_of("sendMessage")
        .into_iter()
        .filter(|c| c.params["chat_id"] == -43 && c.status != 200)
        .count();
    assert_eq!(
        failed_to_old, 0,
        "the service message should have redirected the reply"
    );
    h.stop().await.expect("clean stop");
    let migrations = core
        .migrations
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    assert_eq!(
        migrations,
        vec![
            ("-42".to_string(), "-1000000000042".to_string()),
            ("-43".to_string(), "-1000000000043".to_string()),
        ]
    );
}

/// Photos in a reply are sent by file id; notices go to their chat.
#[tokio::test]
async fn photos_and_notices_are_delivered() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.private_text(&ana(), "photo");
    let sent = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(sent[1].method, "sendPhoto");
    assert_eq!(sent[1].photo.as_deref(), Some("AgAD-photo"));
    h.server.private_text(&ana(), "notice -1009");
    let notices = h.wait_sent_to(-1009, 1).await;
    assert_eq!(notices[0].visible, "notice from Ana");
    h.stop().await.expect("clean stop");
}

/// Inline queries get at most 50 article cards with HTML messages and the next offset.
#[tokio::test]
async fn inline_query_gets_50_articles_and_next_offset() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let id = h.server.inline_query(&ana(), "mintek", "");
    let deadline = Instant::now() + WAIT;
    let answer = loop {
        if let Some(a) = h.server.inline_answers().into_iter().find(|a| a.id == id) {
            break a;
        }
        assert!(Instant::now() < deadline, "inline query not answered");
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert_eq!(answer.results.len(), 50);
    assert_eq!(answer.next_offset.as_deref(), Some("50"));
    assert_eq!(answer.results[0]["type"], "article");
    assert_eq!(
        answer.results[0]["input_message_content"]["message_text"],
        "<b>mintek &lt;0&gt;</b>"
    );
    assert_eq!(
        answer.results[0]["input_message_content"]["parse_mode"],
        "HTML"
    );
    h.stop().await.expect("clean stop");
}

/// A wrong token makes `run` fail at once with an error that does not contain the token.
#[tokio::test]
async fn wrong_token_fails_fast_without_leaking_it() {
    let server = Arc::new(TelegramServer::start().await.expect("server"));
    let mut cfg = Harness::config(&server, false);
    cfg.token = Secret::new("999:WRONG-secret-value-xyz");
    let res = tokio::time::timeout(
        WAIT,
        telegram::run_with(Arc::new(Scripted), cfg, std::future::pending()),
    )
    .await
    .expect("returns promptly");
    let err = res.expect_err("a wrong token must fail");
    assert!(!err.to_string().contains("WRONG-secret-value-xyz"), "{err}");
}

/// On start the command menu is registered in English (default) and in fr, es, pt, sw.
#[tokio::test]
async fn command_menu_is_registered_in_every_language() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    let ok = h.server.wait_for_successes("setMyCommands", 6, WAIT).await;
    assert!(
        ok,
        "menus not registered: {:?}",
        h.server.calls_of("setMyCommands")
    );
    let default = h.server.commands("");
    assert!(
        default
            .iter()
            .any(|(c, d)| c == "find" && d.starts_with("Search"))
    );
    for code in ["fr", "es", "pt", "sw"] {
        let menu = h.server.commands(code);
        assert_eq!(menu.len(), default.len(), "{code}");
        assert_ne!(menu, default, "{code} is not translated");
    }
    h.stop().await.expect("clean stop");
}

/// Shutdown during traffic: every update fetched before the stop is answered, confirmed to
/// the server, and `run` returns.
#[tokio::test]
async fn shutdown_during_traffic_answers_what_was_fetched() {
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server
        .inject("sendMessage", Fault::Delay(Duration::from_millis(100)), 30);
    let users: Vec<TestUser> = (0..20)
        .map(|i| TestUser::new(3000 + i, &format!("S{i}")))
        .collect();
    let mut last = 0;
    for u in &users {
        last = h.server.private_text(u, "busy");
    }
    // Wait until the adapter has fetched them (its next poll asks for a later offset).
    let server = h.server.clone();
    let deadline = Instant::now() + WAIT;
    let mut fetched = false;
    while !fetched && Instant::now() < deadline {
        fetched = server.confirmed_offset() > last;
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(fetched, "updates were not fetched");
    let answered_before_stop = server.sent_count();
    assert!(
        answered_before_stop < users.len(),
        "replies were not in flight at the stop"
    );
    let stopping = Instant::now();
    h.stop().await.expect("clean stop");
    assert!(
        stopping.elapsed() < Duration::from_secs(8),
        "shutdown waited for the long poll ({:?})",
        stopping.elapsed()
    );
    for u in &users {
        assert_eq!(server.sent_to(u.id).len(), 1, "user {} unanswered", u.id);
    }
    assert!(server.confirmed_offset() > last);
}

/// Webhook mode: requests without the secret token are refused, updates with it are
/// answered, and `/health` answers beside the update route.
#[tokio::test]
async fn webhook_checks_secret_and_serves_health() {
    let server = Arc::new(TelegramServer::start().await.expect("server"));
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        l.local_addr().expect("addr").port()
    };
    let mut cfg = Harness::config(&server, false);
    cfg.webhook = Some(WebhookConfig {
        url: url::Url::parse("https://bot.example.org/tg-hook").expect("url"),
        listen: ([127, 0, 0, 1], port).into(),
        secret_token: Secret::new("s3cret-token"),
    });
    let h = Harness::start_on(server.clone(), Arc::new(Scripted), cfg).await;
    let http = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + WAIT;
    loop {
        match http.get(format!("{base}/health")).send().await {
            Ok(r) if r.status() == 200 => break,
            _ => {
                assert!(Instant::now() < deadline, "health endpoint never came up");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    }
    assert_eq!(server.calls_of("setWebhook").len(), 1);
    assert_eq!(
        server.calls_of("setWebhook")[0].params["secret_token"],
        "s3cret-token"
    );
    let update = serde_json::json!({
        "update_id": 1,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 77, "type": "private", "first_name": "W"},
                    "from": {"id": 77, "is_bot": false, "first_name": "W"}, "text": "via hook"}
    });
    let refused = http
        .post(format!("{base}/tg-hook"))
        .json(&update)
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), 401);
    let wrong = http
        .post(format!("{base}/tg-hook"))
        .header("X-Telegram-Bot-Api-Secret-Token", "guess")
        .json(&update)
        .send()
        .await
        .expect("post");
    assert_eq!(wrong.status(), 401);
    let accepted = http
        .post(format!("{base}/tg-hook"))
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-token")
        .json(&update)
        .send()
        .await
        .expect("post");
    assert_eq!(accepted.status(), 200);
    let sent = h.wait_sent_to(77, 1).await;
    assert_eq!(sent.len(), 1, "only the authenticated update is answered");
    assert_eq!(sent[0].visible, "echo: via hook");
    h.stop().await.expect("clean stop");
}

// ---------------------------------------------------------------------------------------
// Through the real core and knowledge base (these need the core and search to be in place).

fn real_core() -> (core::Bot, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    (core::Bot::new(crate::chat::real_index()), dir)
}

async fn start_real() -> (Harness, tempfile::TempDir) {
    let (bot, dir) = real_core();
    let server = Arc::new(TelegramServer::start().await.expect("server"));
    let cfg = Harness::config(&server, false);
    (Harness::start_on(server, Arc::new(bot), cfg).await, dir)
}

/// Private `/find consulting` lists Mintek, in valid HTML with links previews off.
#[tokio::test]
async fn real_private_find_consulting_lists_mintek() {
    let (h, _dir) = start_real().await;
    h.server.private_text(&ana(), "/find consulting");
    let sent = h.wait_sent_to(ana().id, 1).await;
    assert!(
        sent.iter().any(|m| m.visible.contains("Mintek")),
        "{sent:?}"
    );
    assert!(sent[0].no_preview);
    h.stop().await.expect("clean stop");
}

/// One tap to open (issue 16): a search reply names each hit as a command Telegram links
/// (`/org_mintek` as text, not inside `<code>`, which only copies), and sending that command,
/// as a tap does, opens Mintek's card.
#[tokio::test]
async fn real_hits_open_with_one_tap() {
    let (h, _dir) = start_real().await;
    h.server.private_text(&ana(), "/find mintek");
    let sent = h.wait_sent_to(ana().id, 1).await;
    assert!(sent[0].text.contains("/org_mintek"), "{:?}", sent[0].text);
    assert!(!sent[0].text.contains("<code>/org"), "{:?}", sent[0].text);
    h.server.private_text(&ana(), "/org_mintek");
    let sent = h.wait_sent_to(ana().id, 2).await;
    assert!(
        sent[1].visible.starts_with("Mintek and its") && sent[1].visible.contains("mintek.co.za"),
        "{:?}",
        sent[1].visible
    );
    h.stop().await.expect("clean stop");
}

/// In a group, `/find@ThisBot` is answered, `/find@OtherBot` and chatter are not.
#[tokio::test]
async fn real_group_find_addressed_and_others_ignored() {
    let (h, _dir) = start_real().await;
    let group = -1_001_000_000_001;
    let bot = h.server.bot_username().to_string();
    h.server
        .group_text(group, &ana(), "/find@OtherBot consulting");
    h.server
        .group_text(group, &ana(), "the river is high today");
    h.server
        .group_text(group, &ana(), &format!("/find@{bot} consulting"));
    let sent = h.wait_sent_to(group, 1).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    h.server.group_text(group, &ana(), "more chatter");
    h.server.group_text(group, &ana(), "/find water");
    let sent = h.wait_sent_to(group, 2).await;
    assert_eq!(sent.len(), 2, "chatter must not be answered: {sent:?}");
    h.stop().await.expect("clean stop");
}

/// The deep link `t.me/ThisBot?start=org-mintek` opens Mintek's card.
#[tokio::test]
async fn real_deep_link_opens_the_card() {
    let (h, _dir) = start_real().await;
    h.server.private_text(&ana(), "/start org-mintek");
    let sent = h.wait_sent_to(ana().id, 1).await;
    assert!(sent[0].visible.contains("Mintek"), "{:?}", sent[0].visible);
    h.stop().await.expect("clean stop");
}

/// A results page with a "more" button: pressing it shows the next page in place.
#[tokio::test]
async fn real_pagination_by_button() {
    let (h, _dir) = start_real().await;
    h.server.private_text(&ana(), "/find mining");
    let first = h.wait_sent_to(ana().id, 1).await.remove(0);
    let more = first
        .callback_data()
        .into_iter()
        .find(|d| d.starts_with('p') || d.starts_with('P'))
        .expect("a page button");
    h.server.callback(&first, &ana(), &more).expect("callback");
    let sent = h.wait_sent_to(ana().id, 2).await;
    assert_eq!(sent[1].method, "editMessageText");
    assert_ne!(sent[1].visible, first.visible);
    assert_eq!(h.server.callback_answers().len(), 1);
    h.stop().await.expect("clean stop");
}

/// Inline mode returns organisation cards for a query.
#[tokio::test]
async fn real_inline_query_returns_cards() {
    let (h, _dir) = start_real().await;
    let id = h.server.inline_query(&ana(), "mintek", "");
    let deadline = Instant::now() + WAIT;
    let answer = loop {
        if let Some(a) = h.server.inline_answers().into_iter().find(|a| a.id == id) {
            break a;
        }
        assert!(Instant::now() < deadline, "inline query not answered");
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert!(!answer.results.is_empty() && answer.results.len() <= 50);
    assert!(
        answer
            .results
            .iter()
            .any(|r| r["title"].as_str().unwrap_or("").contains("Mintek"))
    );
    h.stop().await.expect("clean stop");
}

/// A group upgraded to a supergroup keeps its settings: a language chosen with `/language`
/// in the group (kept in the real SQLite store) still applies in the supergroup after
/// Telegram's `migrate_to_chat_id` service message.
#[tokio::test]
async fn real_migrated_group_keeps_its_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = miners_guide::store::Store::open(dir.path().join("bot.db")).expect("store");
    let bot = core::Bot::builder(crate::chat::real_index())
        .store(Arc::new(store))
        .build();
    let server = Arc::new(TelegramServer::start().await.expect("server"));
    let cfg = Harness::config(&server, false);
    let h = Harness::start_on(server, Arc::new(bot), cfg).await;
    let (old, new, control) = (-4242, -1_000_000_004_242, -4343);
    h.server.group_text(control, &ana(), "/help");
    let english = h.wait_sent_to(control, 1).await.remove(0).visible;
    h.server.group_text(old, &ana(), "/language fr");
    h.wait_sent_to(old, 1).await;
    h.server.group_text(old, &ana(), "/help");
    let french = h.wait_sent_to(old, 2).await.remove(1).visible;
    assert_ne!(french, english, "/language fr had no effect");
    h.server.push_migration_notice(old, new, &ana());
    // A late message in the old group is handled after the service message (same chat, in
    // order) and its reply follows the group to the supergroup: once it arrived, the
    // migration has been handled.
    h.server.group_text(old, &ana(), "/find water");
    h.wait_sent_to(new, 1).await;
    h.server.group_text(new, &ana(), "/help");
    let after = h.wait_sent_to(new, 2).await.remove(1).visible;
    assert_eq!(after, french, "the supergroup lost the group's language");
    h.stop().await.expect("clean stop");
}

/// The user's Telegram language picks the reply language: a French user's `/help` is in
/// French.
#[tokio::test]
async fn real_language_code_picks_reply_language() {
    let (h, _dir) = start_real().await;
    let marie = TestUser::new(4242, "Marie").with_language("fr");
    h.server.private_text(&marie, "/help");
    h.server.private_text(&ana(), "/help");
    let fr = h.wait_sent_to(marie.id, 1).await;
    let en = h.wait_sent_to(ana().id, 1).await;
    assert_ne!(fr[0].visible, en[0].visible);
    h.stop().await.expect("clean stop");
}

// ---------------------------------------------------------------------------------------
// The token never reaches the logs.

/// Every log record of this test binary, formatted.
static LOGS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        let line = format!("{} {} {}", record.level(), record.target(), record.args());
        LOGS.lock().unwrap_or_else(|e| e.into_inner()).push(line);
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture;

/// Network failures on every path (polling, sending, giving up) are logged with the chat id
/// and without the token, although teloxide's errors carry the request URL.
#[tokio::test]
async fn token_never_appears_in_logs() {
    let _ = log::set_logger(&CAPTURE);
    log::set_max_level(log::LevelFilter::Trace);
    let h = Harness::start(Scripted, ServerOptions::default(), false).await;
    h.server.inject("getUpdates", Fault::DropConnection, 2);
    h.server.inject("sendMessage", Fault::DropConnection, 5);
    h.server.private_text(&ana(), "first");
    h.server.private_text(&ana(), "second");
    let sent = h.wait_sent_to(ana().id, 1).await;
    assert_eq!(
        sent[0].visible, "echo: second",
        "the first reply was given up after 5 tries"
    );
    h.stop().await.expect("clean stop");
    let secret = ServerOptions::default().token;
    let secret = secret
        .split_once(':')
        .map_or(secret.as_str(), |(_, s)| s)
        .to_string();
    let logs = LOGS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert!(
        logs.iter()
            .any(|l| l.contains("could not be delivered") && l.contains(&ana().id.to_string())),
        "the lost reply must be logged with its chat: {logs:#?}"
    );
    assert!(
        logs.iter().any(|l| l.contains("for url (")),
        "errors carrying request URLs were logged: {logs:#?}"
    );
    let leaks: Vec<_> = logs.iter().filter(|l| l.contains(&secret)).collect();
    assert!(leaks.is_empty(), "token in logs: {leaks:#?}");
}

//! The Matrix adapter against a REAL Synapse homeserver, with a second matrix-sdk client
//! acting as a person (and a third for group rooms).
//!
//! How the homeserver is provided: the tests start it themselves. The first test to need it
//! runs `.ci/synapse start` on a free 127.0.0.1 port in a temporary folder (see
//! `tests/support/synapse.rs`); Synapse is stopped and the folder deleted when the test
//! process exits. Synapse itself must be installed once with `.ci/synapse install` (cached in
//! `$MINERS_GUIDE_CACHE/synapse-venv`, default `~/.cache/miners-guide/synapse-venv`).
//! Without it, `cargo test` reports them ignored (build.rs sets the `synapse` cfg when it is
//! installed) and they print a SKIPPED banner if run anyway, unless `CI=true`, where a
//! missing Synapse fails them.
//!
//! Run locally: `.ci/synapse install && cargo test --test matrix matrix::`.
//!
//! Every test registers its own users and creates its own rooms, and is bounded by a timeout.
#![cfg(feature = "matrix")]

use crate::synapse;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::EncryptionInfo;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    AddMentions, ForwardThread, MessageType, OriginalSyncRoomMessageEvent, Relation, ReplyMetadata,
    RoomMessageEventContent,
};
use matrix_sdk::ruma::events::{InitialStateEvent, Mentions};
use matrix_sdk::ruma::{DeviceId, OwnedEventId, OwnedRoomId, OwnedUserId, RoomId, UserId};
use matrix_sdk::{Client, Room};
use miners_guide::core::i18n::Msg;
use miners_guide::core::{
    Action, ActionKind, Block, Bot, ChatRef, Inline, Notice, Platform, Reply,
};
use miners_guide::lang::Lang;
use miners_guide::matrix::render::render;
use miners_guide::matrix::{
    Credentials, InvitePolicy, MatrixAdapter, MatrixConfig, MatrixNotifier, Secret,
};
use miners_guide::search::SearchIndex;
use miners_guide::store::{Status, Store, SubmissionId};
use std::future::Future;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use synapse::{Account, Homeserver};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

/// The bound on every test.
const TEST_TIMEOUT: Duration = Duration::from_secs(150);
/// How long to wait for one answer from the bot.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs `body` against the shared homeserver within [`TEST_TIMEOUT`]; skips when there is none.
async fn with_homeserver<F, Fut>(name: &str, body: F)
where
    F: FnOnce(&'static Homeserver) -> Fut,
    Fut: Future<Output = ()>,
{
    let _ = env_logger::builder().is_test(true).try_init();
    let Some(hs) = tokio::task::block_in_place(synapse::homeserver) else {
        let _ = writeln!(std::io::stderr(), "SKIPPED {name}: no Synapse");
        return;
    };
    if tokio::time::timeout(TEST_TIMEOUT, body(hs)).await.is_err() {
        panic!("{name} did not finish within {TEST_TIMEOUT:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The bot under test
// ---------------------------------------------------------------------------------------------

/// What the bot is built with (moderation settings come with the submissions store).
#[derive(Default)]
struct BotSetup {
    /// Moderators as `matrix:@user:localhost`.
    moderators: Vec<String>,
    /// The moderators' room.
    moderator_chat: Option<ChatRef>,
}

/// The submissions database in a scene's `work` folder.
const SUBMISSIONS_FILE: &str = "submissions.sqlite";

/// The core bot over the repository's knowledge base (its index in `work`), with a real
/// SQLite submissions store in `work` and the moderators of `setup`.
fn core_bot(work: &Path, setup: &BotSetup) -> Bot {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let index = SearchIndex::open(&data, &work.join("index")).expect("search index over data/");
    let store = Store::open(work.join(SUBMISSIONS_FILE)).expect("submissions store");
    Bot::builder(Arc::new(index))
        .store(Arc::new(store))
        .moderators(&setup.moderators)
        .moderator_chat(setup.moderator_chat.clone())
        .build()
}

/// A running adapter.
struct RunningBot {
    user_id: OwnedUserId,
    device_id: String,
    notifier: MatrixNotifier,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), miners_guide::matrix::Error>>>,
}

impl RunningBot {
    /// Connects the adapter for `account` with its state in `store` and starts it.
    async fn start(
        hs: &Homeserver,
        account: &Account,
        store: &Path,
        bot: Bot,
        invites: InvitePolicy,
    ) -> RunningBot {
        let cfg = MatrixConfig {
            homeserver: hs.url.clone(),
            user: account.localpart.clone(),
            credentials: Credentials::Password(Secret::new(account.password.clone())),
            store_dir: store.to_owned(),
            invites,
            device_name: "miners-guide test bot".into(),
        };
        let adapter = MatrixAdapter::connect(bot, cfg)
            .await
            .expect("adapter connects");
        let user_id = UserId::parse(adapter.user_id()).expect("bot user id");
        let device_id = adapter.device_id();
        let notifier = adapter.notifier();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(adapter.run(async move {
            let _ = stopped.await;
        }));
        RunningBot {
            user_id,
            device_id,
            notifier,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Shuts the adapter down and checks that it stopped cleanly.
    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let result = tokio::time::timeout(Duration::from_secs(10), task)
                .await
                .expect("adapter stops within 10 s")
                .expect("adapter task did not panic");
            result.expect("adapter ran without error");
        }
    }
}

impl Drop for RunningBot {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A person with a real client
// ---------------------------------------------------------------------------------------------

/// A message as the person's client saw it (decrypted if it was encrypted).
#[derive(Debug, Clone)]
struct Seen {
    room: OwnedRoomId,
    event_id: OwnedEventId,
    sender: OwnedUserId,
    body: String,
    html: Option<String>,
    in_reply_to: Option<OwnedEventId>,
    /// For an edit (`m.replace`): the event it replaces.
    replaces: Option<OwnedEventId>,
    encrypted: bool,
    /// For a picture: the `mxc://` address of its media.
    media: Option<String>,
}

/// A person: a logged-in client with E2EE, syncing in the background.
struct Person {
    client: Client,
    account: Account,
    seen: mpsc::UnboundedReceiver<Seen>,
    sync: JoinHandle<()>,
    _store: tempfile::TempDir,
}

impl Drop for Person {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

impl Person {
    async fn login(hs: &Homeserver, account: Account) -> Person {
        let store = tempfile::tempdir().expect("temp dir");
        let client = Client::builder()
            .homeserver_url(&hs.url)
            .sqlite_store(store.path(), None)
            .build()
            .await
            .expect("person client");
        client
            .matrix_auth()
            .login_username(&account.localpart, &account.password)
            .initial_device_display_name("person")
            .send()
            .await
            .expect("person logs in");
        // Upload the device keys before anything else.
        client
            .sync_once(SyncSettings::default())
            .await
            .expect("first sync");
        let (tx, seen) = mpsc::unbounded_channel();
        client.add_event_handler(
            move |ev: OriginalSyncRoomMessageEvent, room: Room, info: Option<EncryptionInfo>| {
                let tx = tx.clone();
                async move {
                    let mut media = None;
                    let (body, html) = match &ev.content.msgtype {
                        MessageType::Text(t) => {
                            (t.body.clone(), t.formatted.as_ref().map(|f| f.body.clone()))
                        }
                        MessageType::Notice(n) => {
                            (n.body.clone(), n.formatted.as_ref().map(|f| f.body.clone()))
                        }
                        MessageType::Image(i) => {
                            media = Some(match &i.source {
                                MediaSource::Plain(uri) => uri.to_string(),
                                MediaSource::Encrypted(file) => file.url.to_string(),
                            });
                            (i.body.clone(), None)
                        }
                        _ => return,
                    };
                    let in_reply_to = match &ev.content.relates_to {
                        Some(Relation::Reply(r)) => Some(r.in_reply_to.event_id.clone()),
                        Some(Relation::Thread(t)) => {
                            t.in_reply_to.as_ref().map(|r| r.event_id.clone())
                        }
                        _ => None,
                    };
                    let replaces = match &ev.content.relates_to {
                        Some(Relation::Replacement(r)) => Some(r.event_id.clone()),
                        _ => None,
                    };
                    let _ = tx.send(Seen {
                        room: room.room_id().to_owned(),
                        event_id: ev.event_id.clone(),
                        sender: ev.sender.clone(),
                        body,
                        html,
                        in_reply_to,
                        replaces,
                        encrypted: info.is_some(),
                        media,
                    });
                }
            },
        );
        let syncing = client.clone();
        let sync = tokio::spawn(async move {
            let settings = SyncSettings::default().timeout(Duration::from_secs(5));
            if let Err(err) = syncing.sync(settings).await {
                eprintln!("person sync stopped: {err}");
            }
        });
        Person {
            client,
            account,
            seen,
            sync,
            _store: store,
        }
    }

    fn user_id(&self) -> OwnedUserId {
        UserId::parse(&self.account.user_id).expect("person user id")
    }

    /// Creates a room inviting `invite`; encrypted when `encrypted`.
    async fn create_room(&self, invite: &[&UserId], encrypted: bool, direct: bool) -> Room {
        let mut request = CreateRoom::new();
        request.invite = invite.iter().map(|u| (*u).to_owned()).collect();
        request.is_direct = direct;
        request.preset = Some(RoomPreset::PrivateChat);
        if encrypted {
            request.initial_state = vec![
                InitialStateEvent::with_empty_state_key(
                    RoomEncryptionEventContent::with_recommended_defaults(),
                )
                .to_raw_any(),
            ];
        }
        self.client.create_room(request).await.expect("create room")
    }

    /// The room with `room_id` once the person's client knows it.
    async fn room(&self, room_id: &RoomId) -> Room {
        for _ in 0..200 {
            if let Some(room) = self.client.get_room(room_id) {
                return room;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{} never saw room {room_id}", self.account.user_id);
    }

    /// Accepts an invitation to `room_id`.
    async fn join(&self, room_id: &RoomId) -> Room {
        for _ in 0..100 {
            if self.client.join_room_by_id(room_id).await.is_ok() {
                return self.room(room_id).await;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("{} could not join {room_id}", self.account.user_id);
    }

    /// Waits until `user` has `membership` in `room`, as this person's client sees it.
    async fn wait_membership(&self, room: &Room, user: &UserId, membership: MembershipState) {
        let deadline = tokio::time::Instant::now() + ANSWER_TIMEOUT;
        loop {
            if let Ok(Some(member)) = room.get_member_no_sync(user).await
                && *member.membership() == membership
            {
                return;
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "{user} did not reach {membership:?} in {} within {ANSWER_TIMEOUT:?}",
                    room.room_id()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until this person's client sees `device` of `user` as cross-signed by its owner.
    async fn wait_cross_signed(&self, user: &UserId, device: &str) {
        let deadline = tokio::time::Instant::now() + ANSWER_TIMEOUT;
        loop {
            let device_id: &DeviceId = device.into();
            if let Ok(Some(found)) = self.client.encryption().get_device(user, device_id).await
                && found.is_cross_signed_by_owner()
            {
                return;
            }
            if tokio::time::Instant::now() > deadline {
                panic!("{user}'s device {device} is not cross-signed by its owner");
            }
            // Ask the homeserver again for the user's keys.
            let _ = self.client.encryption().request_user_identity(user).await;
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Sends a plain text message; returns its event id.
    async fn say(&self, room: &Room, text: &str) -> OwnedEventId {
        self.send(room, RoomMessageEventContent::text_plain(text))
            .await
    }

    async fn send(&self, room: &Room, content: RoomMessageEventContent) -> OwnedEventId {
        room.send(content)
            .await
            .expect("send message")
            .response
            .event_id
    }

    /// The next message from `sender` in `room`, within [`ANSWER_TIMEOUT`].
    async fn next_from(&mut self, room: &Room, sender: &UserId) -> Seen {
        let deadline = tokio::time::Instant::now() + ANSWER_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match tokio::time::timeout(left, self.seen.recv()).await {
                Ok(Some(seen)) if seen.room == room.room_id() && seen.sender == sender => {
                    return seen;
                }
                Ok(Some(_)) => continue,
                Ok(None) => panic!("person's client stopped"),
                Err(_) => panic!(
                    "no message from {sender} in {} within {ANSWER_TIMEOUT:?}",
                    room.room_id()
                ),
            }
        }
    }
}

/// Whether a reply lists a consulting organisation from the knowledge base.
fn names_a_consultancy(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["wardell", "projekt"]
        .iter()
        .any(|name| lower.contains(name))
}

/// Asserts that `reply` answers `asked` as a rich reply with an HTML body naming a consultancy.
fn assert_find_consulting_answer(reply: &Seen, asked: &OwnedEventId) {
    assert_eq!(
        reply.in_reply_to.as_ref(),
        Some(asked),
        "the answer is a reply to the question"
    );
    let html = reply
        .html
        .as_deref()
        .expect("the answer has an HTML formatted_body");
    assert!(
        names_a_consultancy(&reply.body),
        "plain body names a consultancy: {}",
        reply.body
    );
    assert!(
        names_a_consultancy(html),
        "HTML body names a consultancy: {html}"
    );
    assert!(html.contains("</"), "the HTML body has markup: {html}");
    for tag in ["<p>", "<li>", "<strong>", "<h4>", "<code>"] {
        assert!(
            !reply.body.contains(tag),
            "plain body carries no HTML tag {tag}: {}",
            reply.body
        );
    }
}

struct Scene {
    hs: &'static Homeserver,
    bot_account: Account,
    bot_store: tempfile::TempDir,
    work: tempfile::TempDir,
}

impl Scene {
    async fn new(hs: &'static Homeserver, prefix: &str) -> Scene {
        Scene {
            hs,
            bot_account: hs.register(&format!("{prefix}-bot")).await,
            bot_store: tempfile::tempdir().expect("temp dir"),
            work: tempfile::tempdir().expect("temp dir"),
        }
    }

    async fn start_bot(&self, setup: &BotSetup, invites: InvitePolicy) -> RunningBot {
        let bot = core_bot(self.work.path(), setup);
        RunningBot::start(
            self.hs,
            &self.bot_account,
            self.bot_store.path(),
            bot,
            invites,
        )
        .await
    }

    async fn person(&self, prefix: &str) -> Person {
        Person::login(self.hs, self.hs.register(prefix).await).await
    }

    /// The bot with the default setup, and a new person (`prefix`) in a new room with it
    /// (`encrypted`, `direct`), once the bot has joined.
    async fn bot_and_person_in_room(
        &self,
        prefix: &str,
        encrypted: bool,
        direct: bool,
    ) -> (RunningBot, Person, Room) {
        let bot = self
            .start_bot(&BotSetup::default(), InvitePolicy::default())
            .await;
        let person = self.person(prefix).await;
        let room = person.create_room(&[&bot.user_id], encrypted, direct).await;
        person
            .wait_membership(&room, &bot.user_id, MembershipState::Join)
            .await;
        (bot, person, room)
    }

    fn bot_store(&self) -> PathBuf {
        self.bot_store.path().to_owned()
    }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

/// Inviting the bot to a room makes it join on its own.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bot_joins_room_when_invited() {
    with_homeserver("bot_joins_room_when_invited", |hs| async move {
        let scene = Scene::new(hs, "join").await;
        let (bot, _person, _room) = scene.bot_and_person_in_room("join-ana", false, true).await;
        bot.stop().await;
    })
    .await;
}

/// An invitation from someone outside the allowed inviters is declined, not joined.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitation_from_unlisted_user_is_declined() {
    with_homeserver(
        "invitation_from_unlisted_user_is_declined",
        |hs| async move {
            let scene = Scene::new(hs, "decline").await;
            let bot = scene
                .start_bot(
                    &BotSetup::default(),
                    InvitePolicy::parse("@nobody:elsewhere.example"),
                )
                .await;
            let person = scene.person("decline-eve").await;
            let room = person.create_room(&[&bot.user_id], false, true).await;
            person
                .wait_membership(&room, &bot.user_id, MembershipState::Leave)
                .await;
            bot.stop().await;
        },
    )
    .await;
}

/// An invitation sent while the bot was offline is accepted when it starts.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitation_sent_while_offline_is_accepted_on_start() {
    with_homeserver(
        "invitation_sent_while_offline_is_accepted_on_start",
        |hs| async move {
            let scene = Scene::new(hs, "offline").await;
            let person = scene.person("offline-ana").await;
            let bot_id = UserId::parse(&scene.bot_account.user_id).expect("bot id");
            let room = person.create_room(&[&bot_id], false, true).await;
            let bot = scene
                .start_bot(&BotSetup::default(), InvitePolicy::default())
                .await;
            person
                .wait_membership(&room, &bot_id, MembershipState::Join)
                .await;
            bot.stop().await;
        },
    )
    .await;
}

/// With an access token instead of a password, the adapter runs as that token's device and
/// works (joins when invited).
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_token_login_uses_the_tokens_device() {
    with_homeserver(
        "access_token_login_uses_the_tokens_device",
        |hs| async move {
            let scene = Scene::new(hs, "token").await;
            let login = Client::builder()
                .homeserver_url(&hs.url)
                .build()
                .await
                .expect("client");
            login
                .matrix_auth()
                .login_username(&scene.bot_account.localpart, &scene.bot_account.password)
                .send()
                .await
                .expect("login for a token");
            let session = login.matrix_auth().session().expect("session");
            let token = session.tokens.access_token.clone();
            let device = session.meta.device_id.to_string();
            drop(login);

            let cfg = MatrixConfig {
                homeserver: hs.url.clone(),
                user: scene.bot_account.user_id.clone(),
                credentials: Credentials::AccessToken(Secret::new(token)),
                store_dir: scene.bot_store(),
                invites: InvitePolicy::default(),
                device_name: "unused".into(),
            };
            let bot = core_bot(scene.work.path(), &BotSetup::default());
            let adapter = MatrixAdapter::connect(bot, cfg)
                .await
                .expect("adapter connects with a token");
            assert_eq!(
                adapter.device_id(),
                device,
                "the adapter is the token's device"
            );
            let bot_id = UserId::parse(adapter.user_id()).expect("bot id");
            let (stop, stopped) = oneshot::channel::<()>();
            let task = tokio::spawn(adapter.run(async move {
                let _ = stopped.await;
            }));
            let person = scene.person("token-ana").await;
            let room = person.create_room(&[&bot_id], true, true).await;
            person
                .wait_membership(&room, &bot_id, MembershipState::Join)
                .await;
            let _ = stop.send(());
            task.await.expect("no panic").expect("clean stop");
        },
    )
    .await;
}

/// `!find consulting` in an unencrypted direct room gets an HTML reply to that message.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn find_is_answered_in_plain_room() {
    with_homeserver("find_is_answered_in_plain_room", |hs| async move {
        let scene = Scene::new(hs, "plain").await;
        let (bot, mut person, room) = scene.bot_and_person_in_room("plain-ana", false, true).await;
        let asked = person.say(&room, "!find consulting").await;
        let reply = person.next_from(&room, &bot.user_id).await;
        assert!(!reply.encrypted, "the room is not encrypted");
        assert_find_consulting_answer(&reply, &asked);
        bot.stop().await;
    })
    .await;
}

/// In a room encrypted the way Element creates it, the bot decrypts `!find consulting` and
/// its encrypted answer decrypts on the person's device.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn find_is_answered_in_encrypted_room() {
    with_homeserver("find_is_answered_in_encrypted_room", |hs| async move {
        let scene = Scene::new(hs, "e2ee").await;
        let (bot, mut person, room) = scene.bot_and_person_in_room("e2ee-ana", true, true).await;
        let asked = person.say(&room, "!find consulting").await;
        let reply = person.next_from(&room, &bot.user_id).await;
        assert!(reply.encrypted, "the answer was sent encrypted");
        assert_find_consulting_answer(&reply, &asked);
        // The bot's device is cross-signed by its owner, as strict clients require.
        person.wait_cross_signed(&bot.user_id, &bot.device_id).await;
        bot.stop().await;
    })
    .await;
}

/// In a group room the bot answers a command, a mention and a reply to itself, and stays
/// silent on chatter.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_room_answers_commands_mentions_and_replies_not_chatter() {
    with_homeserver(
        "group_room_answers_commands_mentions_and_replies_not_chatter",
        |hs| async move {
            let scene = Scene::new(hs, "group").await;
            let bot = scene
                .start_bot(&BotSetup::default(), InvitePolicy::default())
                .await;
            let mut ana = scene.person("group-ana").await;
            let ben = scene.person("group-ben").await;
            let room = ana
                .create_room(&[&bot.user_id, &ben.user_id()], false, false)
                .await;
            ben.join(room.room_id()).await;
            ana.wait_membership(&room, &bot.user_id, MembershipState::Join)
                .await;
            ana.wait_membership(&room, &ben.user_id(), MembershipState::Join)
                .await;

            // Chatter, then a command: the first thing the bot says answers the command.
            let ben_room = ben.room(room.room_id()).await;
            let chatter = ben
                .say(&ben_room, "see you at the washing plant tomorrow")
                .await;
            let chatter2 = ana.say(&room, "consulting firms are expensive").await;
            let command = ana.say(&room, "/find consulting").await;
            let reply = ana.next_from(&room, &bot.user_id).await;
            assert_ne!(
                reply.in_reply_to.as_ref(),
                Some(&chatter),
                "chatter was answered"
            );
            assert_ne!(
                reply.in_reply_to.as_ref(),
                Some(&chatter2),
                "chatter was answered"
            );
            assert_find_consulting_answer(&reply, &command);

            // `!` is the Matrix command prefix.
            let bang = ana.say(&room, "!find consulting").await;
            let reply = ana.next_from(&room, &bot.user_id).await;
            assert_find_consulting_answer(&reply, &bang);

            // A mention with m.mentions and the localpart in front.
            let mention = ana
                .send(
                    &room,
                    RoomMessageEventContent::text_plain(format!(
                        "{}: consulting",
                        scene.bot_account.localpart
                    ))
                    .add_mentions(Mentions::with_user_ids([bot.user_id.clone()])),
                )
                .await;
            let reply = ana.next_from(&room, &bot.user_id).await;
            assert_eq!(
                reply.in_reply_to.as_ref(),
                Some(&mention),
                "a mention is answered"
            );

            // A reply to the bot's message, without a command or mention.
            let bot_event = reply.event_id.clone();
            let answer_to_bot = ana
                .send(
                    &room,
                    RoomMessageEventContent::text_plain("consulting").make_reply_to(
                        ReplyMetadata::new(&bot_event, &bot.user_id, None),
                        ForwardThread::No,
                        AddMentions::No,
                    ),
                )
                .await;
            let reply = ana.next_from(&room, &bot.user_id).await;
            assert_eq!(
                reply.in_reply_to.as_ref(),
                Some(&answer_to_bot),
                "a reply to the bot is answered"
            );

            // More chatter, then a command: again only the command is answered.
            let chatter3 = ana.say(&room, "the river is high this week").await;
            let command = ana.say(&room, "!find consulting").await;
            let reply = ana.next_from(&room, &bot.user_id).await;
            assert_ne!(
                reply.in_reply_to.as_ref(),
                Some(&chatter3),
                "chatter was answered"
            );
            assert_eq!(reply.in_reply_to.as_ref(), Some(&command));
            bot.stop().await;
        },
    )
    .await;
}

/// `!more` shows the next page of the last result list in the room (Matrix has no buttons:
/// the adapter maps it back to the core's page action); before any search it says there is
/// nothing more.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_shows_the_next_page_of_the_last_results() {
    with_homeserver(
        "more_shows_the_next_page_of_the_last_results",
        |hs| async move {
            let scene = Scene::new(hs, "more").await;
            let (bot, mut person, room) =
                scene.bot_and_person_in_room("more-ana", false, true).await;
            // Nothing to continue yet: `!more` says so (not "unknown command").
            let early = person.say(&room, "!more").await;
            let nothing = person.next_from(&room, &bot.user_id).await;
            assert_eq!(nothing.in_reply_to.as_ref(), Some(&early));
            let expected = render(&Bot::message_reply(Msg::NothingMore, Lang::En)).plain;
            assert_eq!(nothing.body, expected, "!more without results");

            // A broad query: the knowledge base has more entries about mining than fit one page.
            let asked = person.say(&room, "!find mining").await;
            let first = person.next_from(&room, &bot.user_id).await;
            assert_eq!(first.in_reply_to.as_ref(), Some(&asked));
            assert!(
                first.body.contains("!more"),
                "the first page offers !more: {}",
                first.body
            );
            let more = person.say(&room, "!more").await;
            let second = person.next_from(&room, &bot.user_id).await;
            assert_eq!(
                second.in_reply_to.as_ref(),
                Some(&more),
                "!more is answered"
            );
            assert_ne!(second.body, first.body, "!more shows another page");
            bot.stop().await;
        },
    )
    .await;
}

/// A notice from the core reaches its Matrix room as a new HTML message showing the decision
/// commands; a 👍 reaction on it runs the approval in the core (refused here: the person is
/// no moderator), answered as a reply to the notice.
/// Notices for unknown rooms or other platforms are refused with an error.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notices_reach_rooms_and_reactions_decide() {
    with_homeserver(
        "notices_reach_rooms_and_reactions_decide",
        |hs| async move {
            let scene = Scene::new(hs, "notice").await;
            let (bot, mut moderator, room) = scene
                .bot_and_person_in_room("notice-mod", true, false)
                .await;

            let notice = Notice {
                to: ChatRef {
                    platform: Platform::Matrix,
                    id: room.room_id().to_string(),
                },
                reply: Reply {
                    blocks: vec![Block::Paragraph(vec![
                        Inline::Strong("New tip #77".into()),
                        Inline::Text(" from <ana> & co".into()),
                    ])],
                    actions: vec![
                        Action {
                            label: "Approve".into(),
                            kind: ActionKind::Approve(77),
                        },
                        Action {
                            label: "Reject".into(),
                            kind: ActionKind::Reject(77),
                        },
                    ],
                    ..Reply::default()
                },
                replaces: None,
                receipt: None,
            };
            let sent = bot.notifier.send(&notice).await.expect("notice delivered");
            let seen = moderator.next_from(&room, &bot.user_id).await;
            assert_eq!(
                sent,
                format!("matrix:{}/{}", room.room_id(), seen.event_id),
                "the notifier names the room and event it sent"
            );
            assert_eq!(seen.in_reply_to, None, "a notice starts a new message");
            assert_eq!(seen.replaces, None, "a new message, not an edit");
            assert!(
                seen.encrypted,
                "the notice is encrypted in an encrypted room"
            );
            assert!(
                seen.body.contains("New tip #77 from <ana> & co"),
                "{}",
                seen.body
            );
            assert!(seen.body.contains("!approve 77"), "{}", seen.body);
            let html = seen.html.as_deref().expect("HTML body");
            assert!(
                html.contains("<strong>New tip #77</strong> from &lt;ana&gt; &amp; co"),
                "{html}"
            );
            assert!(html.contains("<code>!approve 77</code>"), "{html}");

            let reaction =
                ReactionEventContent::new(Annotation::new(seen.event_id.clone(), "👍".into()));
            room.send(reaction).await.expect("react");
            let answer = moderator.next_from(&room, &bot.user_id).await;
            assert_eq!(
                answer.in_reply_to.as_ref(),
                Some(&seen.event_id),
                "the reaction is answered"
            );
            // It reached the core as a decision: this person is no moderator, so it is refused.
            assert_eq!(
                answer.body,
                render(&Bot::message_reply(Msg::ModeratorsOnly, Lang::En)).plain,
                "a non-moderator's 👍 is refused"
            );

            // A decision made elsewhere edits the announcement: an m.replace of the original
            // event, which keeps naming it; a reference to another room's event is never
            // edited (a new message instead).
            let decided = Notice {
                replaces: Some(sent.clone()),
                ..Notice::new(
                    notice.to.clone(),
                    Reply {
                        blocks: vec![Block::Paragraph(vec![Inline::Text(
                            "Tip #77 approved by operator".into(),
                        )])],
                        ..Reply::default()
                    },
                )
            };
            let edited = bot.notifier.send(&decided).await.expect("edit delivered");
            assert_eq!(edited, sent, "the edited message is still the announcement");
            let seen_edit = moderator.next_from(&room, &bot.user_id).await;
            assert_eq!(seen_edit.replaces.as_ref(), Some(&seen.event_id));
            assert!(seen_edit.encrypted, "the edit is encrypted too");
            assert!(
                seen_edit.body.contains("Tip #77 approved by operator"),
                "{}",
                seen_edit.body
            );
            let elsewhere = Notice {
                replaces: Some(format!("matrix:!other:localhost/{}", seen.event_id)),
                ..decided.clone()
            };
            let fresh = bot.notifier.send(&elsewhere).await.expect("sent anew");
            let seen_fresh = moderator.next_from(&room, &bot.user_id).await;
            assert_eq!(seen_fresh.replaces, None, "{seen_fresh:?}");
            assert_eq!(
                fresh,
                format!("matrix:{}/{}", room.room_id(), seen_fresh.event_id)
            );

            let nowhere = Notice {
                to: ChatRef {
                    platform: Platform::Matrix,
                    id: "!nowhere:localhost".into(),
                },
                reply: notice.reply.clone(),
                replaces: None,
                receipt: None,
            };
            assert!(
                bot.notifier.send(&nowhere).await.is_err(),
                "unknown room is an error"
            );
            let telegram = Notice {
                to: ChatRef {
                    platform: Platform::Telegram,
                    id: "42".into(),
                },
                reply: notice.reply,
                replaces: None,
                receipt: None,
            };
            assert!(
                bot.notifier.send(&telegram).await.is_err(),
                "other platforms are refused"
            );
            bot.stop().await;
        },
    )
    .await;
}

/// Restarting the adapter with the same store folder reuses the same device (same id, no new
/// device on the server) and its keys: it still answers in an encrypted room afterwards.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_keeps_the_same_device() {
    with_homeserver("restart_keeps_the_same_device", |hs| async move {
        let scene = Scene::new(hs, "restart").await;
        let (bot, mut person, room) = scene
            .bot_and_person_in_room("restart-ana", true, true)
            .await;
        let first_device = bot.device_id.clone();
        assert!(!first_device.is_empty());
        // The account also has the device its registration created.
        let devices = server_devices(hs, &scene.bot_store()).await;
        assert!(
            devices.contains(&first_device),
            "{devices:?} lists {first_device}"
        );
        bot.stop().await;

        let bot = scene
            .start_bot(&BotSetup::default(), InvitePolicy::default())
            .await;
        assert_eq!(
            bot.device_id, first_device,
            "the restarted adapter is the same device"
        );
        assert_eq!(
            server_devices(hs, &scene.bot_store()).await,
            devices,
            "no new device"
        );

        // The keys survived too: an encrypted request is decrypted and answered.
        let asked = person.say(&room, "!find consulting").await;
        let reply = person.next_from(&room, &bot.user_id).await;
        assert!(reply.encrypted);
        assert_find_consulting_answer(&reply, &asked);
        bot.stop().await;
        assert_eq!(
            server_devices(hs, &scene.bot_store()).await,
            devices,
            "still no new device"
        );
    })
    .await;
}

/// The bot account's devices as the homeserver lists them, asked with the saved session
/// (a client that never syncs, so it creates no device of its own).
async fn server_devices(hs: &Homeserver, store: &Path) -> Vec<String> {
    let bytes =
        std::fs::read(store.join(miners_guide::matrix::SESSION_FILE)).expect("saved session");
    let session: matrix_sdk::authentication::matrix::MatrixSession =
        serde_json::from_slice(&bytes).expect("session JSON");
    let client = Client::builder()
        .homeserver_url(&hs.url)
        .build()
        .await
        .expect("client");
    client
        .matrix_auth()
        .restore_session(session, matrix_sdk::store::RoomLoadSettings::default())
        .await
        .expect("restore");
    let mut ids: Vec<String> = client
        .devices()
        .await
        .expect("devices")
        .devices
        .into_iter()
        .map(|d| d.device_id.to_string())
        .collect();
    ids.sort();
    ids
}

/// How the moderator decides in the share scenario.
#[derive(Clone, Copy, PartialEq)]
enum Decide {
    /// `!approve <id>` typed in the moderators' room.
    Command,
    /// A 👍 reaction on the announcement.
    Reaction,
    /// A 👎 reaction on the announcement, then the reason the bot asks for.
    RejectByReaction,
}

/// The reason given in the rejection scenario.
const REJECT_REASON: &str = "Please say which river and which season";

/// A contributor shares a tip in an encrypted direct room; the moderators' room is told; the
/// contributor's own `!approve` is refused; a moderator approves it with `!approve` in the
/// moderators' room; the contributor is told; `!find` then finds it.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_tip_is_approved_by_moderator_and_then_found() {
    with_homeserver("shared_tip_is_approved_by_moderator_and_then_found", |hs| {
        share_scenario(hs, "share", Decide::Command)
    })
    .await;
}

/// The same with a 👍 reaction on the moderators' announcement instead of a command.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_tip_is_approved_by_reaction_and_then_found() {
    with_homeserver("shared_tip_is_approved_by_reaction_and_then_found", |hs| {
        share_scenario(hs, "react", Decide::Reaction)
    })
    .await;
}

/// A 👎 reaction on the announcement makes the bot ask for the reason; the moderator's next
/// message is the reason; the contributor is told it, and the submission is rejected.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_tip_is_rejected_by_reaction_with_a_reason() {
    with_homeserver("shared_tip_is_rejected_by_reaction_with_a_reason", |hs| {
        share_scenario(hs, "reject", Decide::RejectByReaction)
    })
    .await;
}

/// A moderated bot: a moderator with the moderators' (encrypted) room, the bot started with
/// them, and a contributor in an encrypted direct room with the bot, everyone joined.
struct Moderated {
    moderator: Person,
    contributor: Person,
    mod_room: Room,
    bot: RunningBot,
    dm: Room,
}

impl Moderated {
    async fn start(scene: &Scene, prefix: &str) -> Moderated {
        let bot_id = UserId::parse(&scene.bot_account.user_id).expect("bot id");
        let moderator = scene.person(&format!("{prefix}-mod")).await;
        let contributor = scene.person(&format!("{prefix}-ana")).await;
        // The moderators' room exists before the bot starts (MODERATOR_CHAT names it).
        let mod_room = moderator.create_room(&[&bot_id], true, false).await;
        let setup = BotSetup {
            moderators: vec![format!("matrix:{}", moderator.account.user_id)],
            moderator_chat: Some(ChatRef {
                platform: Platform::Matrix,
                id: mod_room.room_id().to_string(),
            }),
        };
        let bot = scene.start_bot(&setup, InvitePolicy::default()).await;
        moderator
            .wait_membership(&mod_room, &bot.user_id, MembershipState::Join)
            .await;
        let dm = contributor.create_room(&[&bot.user_id], true, true).await;
        contributor
            .wait_membership(&dm, &bot.user_id, MembershipState::Join)
            .await;
        Moderated {
            moderator,
            contributor,
            mod_room,
            bot,
            dm,
        }
    }
}

/// A contributor goes through the guided `!share` flow in an encrypted direct room and sends a
/// photo at the photo step; the contribution keeps it, and the moderators' (encrypted) room
/// is shown the same picture after the announcement.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_photo_reaches_the_moderators_room() {
    with_homeserver("shared_photo_reaches_the_moderators_room", |hs| async move {
        let scene = Scene::new(hs, "photo").await;
        let Moderated {
            mut moderator,
            mut contributor,
            mod_room,
            bot,
            dm,
        } = Moderated::start(&scene, "photo").await;
        for step in [
            "!share",
            "water",
            "Mogok",
            "We dug a second settling pond below the washing site and the stream ran clear again",
        ] {
            contributor.say(&dm, step).await;
            contributor.next_from(&dm, &bot.user_id).await;
        }
        // The photo step: a real upload (encrypted, as the room is).
        let png = mime::IMAGE_PNG;
        dm.send_attachment("pond.png", &png, TINY_PNG.to_vec(), Default::default())
            .await
            .expect("send photo");
        // The contributor's own picture comes back through their sync before the bot's answer.
        let own = contributor.user_id();
        let uploaded = contributor
            .next_from(&dm, &own)
            .await
            .media
            .expect("the photo's media address");
        let confirm = contributor.next_from(&dm, &bot.user_id).await;
        assert!(
            confirm.body.to_lowercase().contains("photo"),
            "the photo is in the draft: {}",
            confirm.body
        );
        contributor.say(&dm, "!send").await;
        let ack = contributor.next_from(&dm, &bot.user_id).await;
        assert!(ack.body.contains('#'), "acknowledged: {}", ack.body);

        let announcement = moderator.next_from(&mod_room, &bot.user_id).await;
        assert!(announcement.body.contains("settling pond"), "{}", announcement.body);
        let picture = moderator.next_from(&mod_room, &bot.user_id).await;
        assert_eq!(
            picture.media.as_deref(),
            Some(uploaded.as_str()),
            "the moderators see the contributor's own picture"
        );
        assert!(picture.encrypted, "sent encrypted in the encrypted room");
        bot.stop().await;
    })
    .await;
}

/// A 1×1 PNG.
const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

async fn share_scenario(hs: &'static Homeserver, prefix: &str, decide: Decide) {
    let scene = Scene::new(hs, prefix).await;
    let Moderated {
        mut moderator,
        mut contributor,
        mod_room,
        bot,
        dm,
    } = Moderated::start(&scene, prefix).await;
    let word = format!("zircontip{}{prefix}", std::process::id());
    let share = contributor
        .say(
            &dm,
            &format!("!share Rinse {word} gravel twice in the settling pond before sorting"),
        )
        .await;
    let ack = contributor.next_from(&dm, &bot.user_id).await;
    assert_eq!(
        ack.in_reply_to.as_ref(),
        Some(&share),
        "the share is acknowledged"
    );

    // The moderators are told, with an approve command carrying the submission id.
    let announcement = moderator.next_from(&mod_room, &bot.user_id).await;
    assert!(
        announcement.body.contains(&word),
        "announcement shows the tip: {}",
        announcement.body
    );
    let id = approve_id(&announcement.body).expect("announcement offers `!approve <id>`");
    let number = format!("#{id}");

    if decide == Decide::Command {
        // The contributor is no moderator: their own `!approve` is refused (the adapter's
        // Matrix identity is what the core checks against MODERATORS).
        let attempt = contributor.say(&dm, &format!("!approve {id}")).await;
        let refused = contributor.next_from(&dm, &bot.user_id).await;
        assert_eq!(refused.in_reply_to.as_ref(), Some(&attempt));
        assert!(
            !refused.body.contains(&number),
            "a non-moderator's approval is refused: {}",
            refused.body
        );
    }

    let decision = match decide {
        Decide::Command => moderator.say(&mod_room, &format!("!approve {id}")).await,
        Decide::Reaction => {
            let reaction = ReactionEventContent::new(Annotation::new(
                announcement.event_id.clone(),
                "👍".into(),
            ));
            mod_room.send(reaction).await.expect("react");
            announcement.event_id.clone()
        }
        Decide::RejectByReaction => {
            let reaction = ReactionEventContent::new(Annotation::new(
                announcement.event_id.clone(),
                "👎".into(),
            ));
            mod_room.send(reaction).await.expect("react");
            let ask = moderator.next_from(&mod_room, &bot.user_id).await;
            assert_eq!(
                ask.in_reply_to.as_ref(),
                Some(&announcement.event_id),
                "the 👎 is answered"
            );
            assert!(
                ask.body.contains(&number),
                "the bot asks for the reason to reject {number}: {}",
                ask.body
            );
            // A plain message, no command: the core takes it as the awaited reason.
            moderator.say(&mod_room, REJECT_REASON).await
        }
    };
    let done = moderator.next_from(&mod_room, &bot.user_id).await;
    assert_eq!(
        done.in_reply_to.as_ref(),
        Some(&decision),
        "the decision is confirmed"
    );
    assert!(
        done.body.contains(&number) && done.body.contains(moderator.account.user_id.as_str()),
        "the confirmation names the submission and the moderator: {}",
        done.body
    );
    // However it was decided, the announcement itself now shows the decision: an edit of
    // its event, with nothing left to approve.
    let shown = moderator.next_from(&mod_room, &bot.user_id).await;
    assert_eq!(
        shown.replaces.as_ref(),
        Some(&announcement.event_id),
        "the announcement is edited: {shown:?}"
    );
    assert!(shown.encrypted);
    assert!(
        shown.body.contains(&number) && shown.body.contains(moderator.account.user_id.as_str()),
        "{}",
        shown.body
    );
    assert!(
        !shown.body.contains(&format!("!approve {id}")),
        "decided: no approval offered: {}",
        shown.body
    );

    // The contributor is told in their room.
    let told = contributor.next_from(&dm, &bot.user_id).await;
    assert_eq!(
        told.in_reply_to, None,
        "the outcome is a new message, not a reply"
    );
    assert!(told.encrypted);
    assert!(
        told.body.contains(&number),
        "the contributor is told about their submission: {}",
        told.body
    );

    if decide == Decide::RejectByReaction {
        assert!(
            told.body.contains(REJECT_REASON),
            "the contributor is told the reason: {}",
            told.body
        );
        // Recorded as rejected with that reason (the store the bot wrote).
        let store = Store::open(scene.work.path().join(SUBMISSIONS_FILE)).expect("store");
        let sub = store
            .get(SubmissionId(id))
            .expect("read submission")
            .expect("submission exists");
        assert_eq!(sub.status, Status::Rejected);
        assert_eq!(sub.note.as_deref(), Some(REJECT_REASON));
        bot.stop().await;
        return;
    }

    // And the tip is found.
    let asked = contributor.say(&dm, &format!("!find {word}")).await;
    let found = contributor.next_from(&dm, &bot.user_id).await;
    assert_eq!(found.in_reply_to.as_ref(), Some(&asked));
    assert!(
        found.body.to_lowercase().contains(&word),
        "the approved tip is found: {}",
        found.body
    );
    bot.stop().await;
}

/// The submission id in an `!approve <id>` hint.
fn approve_id(text: &str) -> Option<i64> {
    let at = text.find("!approve ")?;
    text[at + "!approve ".len()..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|digits| digits.parse().ok())
}

/// Asking a person on Matrix against the real Synapse: `!ask` in an encrypted direct room is
/// acknowledged with its reference and announced in the experts' room (the moderators' room
/// by default; moderators are experts); the expert answers with a Matrix reply to the
/// announcement; the asker is told in their room in the expert's words with the two typed
/// actions; a 👍 on the answer records "this helped", a typed `!nothelped` replaces it.
#[cfg_attr(
    not(synapse),
    ignore = "Synapse is not installed: run `.ci/synapse install`"
)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_is_answered_by_a_reply_in_the_experts_room() {
    with_homeserver(
        "ask_is_answered_by_a_reply_in_the_experts_room",
        |hs| async move {
            let scene = Scene::new(hs, "ask").await;
            let mut m = Moderated::start(&scene, "ask").await;
            let bot_id = m.bot.user_id.clone();
            m.contributor
                .say(
                    &m.dm,
                    "!ask How deep can a settling pond be near the river?",
                )
                .await;
            let ack = m.contributor.next_from(&m.dm, &bot_id).await;
            assert!(ack.body.contains("Q-1"), "{}", ack.body);
            let announced = m.moderator.next_from(&m.mod_room, &bot_id).await;
            assert!(
                announced.body.contains("Question Q-1") && announced.body.contains("!answer Q-1"),
                "{}",
                announced.body
            );
            m.moderator
                .send(
                    &m.mod_room,
                    RoomMessageEventContent::text_plain("Two metres at most, with a spillway.")
                        .make_reply_to(
                            ReplyMetadata::new(&announced.event_id, &bot_id, None),
                            ForwardThread::No,
                            AddMentions::No,
                        ),
                )
                .await;
            let saved = m.moderator.next_from(&m.mod_room, &bot_id).await;
            assert!(saved.body.contains("saved"), "{}", saved.body);
            let told = m.contributor.next_from(&m.dm, &bot_id).await;
            assert!(
                told.body.contains("Answer to your question Q-1")
                    && told.body.contains("Two metres at most, with a spillway.")
                    && told.body.contains("helped Q-1"),
                "{}",
                told.body
            );
            // A 👍 on the answer is "this helped"; typing `!nothelped Q-1` changes the verdict.
            let reaction =
                ReactionEventContent::new(Annotation::new(told.event_id.clone(), "👍".into()));
            m.dm.send(reaction).await.expect("react");
            let thanks = m.contributor.next_from(&m.dm, &bot_id).await;
            assert!(thanks.body.contains("Thank you"), "{}", thanks.body);
            let store = Store::open(scene.work.path().join(SUBMISSIONS_FILE)).expect("store");
            let q = |store: &Store| {
                store
                    .question(miners_guide::store::QuestionId(1))
                    .expect("read")
                    .expect("Q-1")
                    .feedback
            };
            assert_eq!(q(&store), Some(miners_guide::store::Feedback::Helped));
            m.contributor.say(&m.dm, "!nothelped Q-1").await;
            let thanks = m.contributor.next_from(&m.dm, &bot_id).await;
            assert!(thanks.body.contains("Thank you"), "{}", thanks.body);
            assert_eq!(q(&store), Some(miners_guide::store::Feedback::NotHelped));
            m.bot.stop().await;
        },
    )
    .await;
}

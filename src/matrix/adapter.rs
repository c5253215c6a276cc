//! The Matrix adapter itself (built with the `matrix` feature): login, sync with capped
//! backoff, invitations, messages and reactions in, the core's answers out. See the module
//! header in `matrix/mod.rs` for what it does and why.

use super::address::{self, BotNames};
use super::{CAPABILITIES, Credentials, InvitePolicy, MatrixConfig, media, render, session};
use crate::backoff::{Backoff, RECONNECT_CAP};
use crate::core::i18n::Msg;
use crate::core::{
    ActionKind, Bot, ChatKind, ChatRef, Incoming, Notice, Platform, Reply, ReplyTo, Response,
    UserRef,
};
use crate::health::Reporter;
use crate::shutdown::Shutdown;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::reaction::OriginalSyncReactionEvent;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{
    AddMentions, ForwardThread, MessageType, OriginalSyncRoomMessageEvent, Relation,
    ReplacementMetadata, ReplyMetadata, RoomMessageEventContent,
    sanitize::remove_plain_reply_fallback,
};
use matrix_sdk::ruma::{EventId, OwnedEventId, OwnedRoomId, OwnedUserId, RoomId};
use matrix_sdk::{Client, Room, RoomState};
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use tokio::sync::mpsc;

/// Errors of the Matrix adapter.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A required setting is missing or inconsistent.
    #[error("Matrix configuration: {0}")]
    Config(&'static str),
    /// The client could not be built (bad homeserver URL, unusable store folder).
    #[error("cannot build the Matrix client: {0}")]
    Build(Box<matrix_sdk::ClientBuildError>),
    /// A Matrix operation failed (login, sync, send).
    #[error("Matrix request failed: {0}")]
    Sdk(Box<matrix_sdk::Error>),
    /// An HTTP request to the homeserver failed.
    #[error("Matrix HTTP request failed: {0}")]
    Http(Box<matrix_sdk::HttpError>),
    /// The saved session could not be read or written.
    #[error("Matrix session file {path}: {source}")]
    SessionIo {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The saved session is not valid JSON.
    #[error("Matrix session file {path} is invalid: {source}")]
    SessionFormat {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: serde_json::Error,
    },
    /// The store folder holds another account's session and keys.
    #[error("Matrix store folder {store} belongs to {user}; use another MATRIX_STORE_DIR")]
    StoreOfOtherUser {
        /// The store folder.
        store: PathBuf,
        /// The account whose session it holds.
        user: String,
    },
    /// A Matrix id (room, user) is malformed.
    #[error("invalid Matrix id {0:?}")]
    InvalidId(String),
    /// A notice names a room the bot is not in.
    #[error("the bot is not in Matrix room {0}")]
    UnknownRoom(String),
    /// A notice for another platform reached the Matrix adapter.
    #[error("notice for {0} is not for Matrix")]
    NotMatrix(ChatRef),
    /// The adapter is logging in again; nothing can be sent for the moment.
    #[error("the Matrix adapter is reconnecting")]
    Reconnecting,
    /// The configured access token is no longer accepted, and there is no password to log in
    /// again with.
    #[error(
        "the homeserver no longer accepts MATRIX_ACCESS_TOKEN: configure a new token, or \
         MATRIX_PASSWORD so that the bot can log in again by itself"
    )]
    TokenRevoked,
}

impl Error {
    /// Whether trying again later may succeed: the homeserver could not be reached, or
    /// answered with a server error or a rate limit. Wrong credentials, a broken store or a
    /// bad setting are not transient.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Http(http) => is_transient_http(http),
            Error::Sdk(sdk) => match sdk.as_ref() {
                matrix_sdk::Error::Http(http) => is_transient_http(http),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether the homeserver said the access token is unknown (revoked, expired, logged out).
    fn is_unknown_token(&self) -> bool {
        let kind = match self {
            Error::Http(http) => http.client_api_error_kind(),
            Error::Sdk(sdk) => sdk.client_api_error_kind(),
            _ => None,
        };
        matches!(
            kind,
            Some(matrix_sdk::ruma::api::error::ErrorKind::UnknownToken { .. })
        )
    }
}

/// A network failure, a 5xx answer or a 429 (a reverse proxy in front of a restarting
/// homeserver answers 502 or 503).
fn is_transient_http(err: &matrix_sdk::HttpError) -> bool {
    match err {
        matrix_sdk::HttpError::Reqwest(_) => true,
        matrix_sdk::HttpError::Cached(inner) => is_transient_http(inner),
        _ => err
            .as_client_api_error()
            .is_some_and(|e| e.status_code.is_server_error() || e.status_code.as_u16() == 429),
    }
}

impl From<matrix_sdk::ClientBuildError> for Error {
    fn from(err: matrix_sdk::ClientBuildError) -> Error {
        Error::Build(Box::new(err))
    }
}

impl From<matrix_sdk::Error> for Error {
    fn from(err: matrix_sdk::Error) -> Error {
        Error::Sdk(Box::new(err))
    }
}

impl From<matrix_sdk::HttpError> for Error {
    fn from(err: matrix_sdk::HttpError) -> Error {
        Error::Http(Box::new(err))
    }
}

/// How many of its own event ids the bot remembers, to recognise replies to itself quickly.
const REMEMBERED_SENT_EVENTS: usize = 1024;
/// The first wait after the homeserver did not answer; waits double up to [`RECONNECT_CAP`].
const FIRST_RETRY: Duration = Duration::from_millis(500);
/// How long one sync request waits on the homeserver for news.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);

/// State shared by the event handlers.
struct State {
    bot: Bot,
    own_user: OwnedUserId,
    names: BotNames,
    invites: InvitePolicy,
    /// The last "next page" action shown in each room, for `!more`.
    pages: Mutex<HashMap<OwnedRoomId, ActionKind>>,
    /// Recently sent event ids (replies to them address the bot).
    sent: Mutex<VecDeque<OwnedEventId>>,
    /// Recently sent messages offering a decision on one submission (for reactions).
    decisions: Mutex<VecDeque<(OwnedEventId, i64)>>,
    /// Recently sent answers offering "this helped" / "it did not" on one question (its
    /// reference, for reactions: 👍 is the first, 👎 the second).
    feedback: Mutex<VecDeque<(OwnedEventId, String)>>,
    /// Where notices for other platforms go, when several adapters run in one process.
    outlet: OnceLock<mpsc::UnboundedSender<Notice>>,
}

/// A connected Matrix adapter: logged in, caught up with the homeserver, handlers in place.
/// Call [`MatrixAdapter::run`] to start answering.
pub struct MatrixAdapter {
    link: Link,
    state: Arc<State>,
    cfg: MatrixConfig,
    health: Option<Reporter>,
}

/// Sends [`Notice`]s to Matrix rooms; for other adapters running in the same process.
#[derive(Clone)]
pub struct MatrixNotifier {
    link: Link,
    state: Arc<State>,
}

/// The logged-in client, shared by the adapter and its notifiers; replaced when the adapter
/// logs in again, empty while it does.
#[derive(Clone)]
struct Link(Arc<Mutex<Option<Client>>>);

impl Link {
    fn new(client: Client) -> Link {
        Link(Arc::new(Mutex::new(Some(client))))
    }

    fn get(&self) -> Option<Client> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn set(&self, client: Option<Client>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = client;
    }
}

/// Connects with `cfg` and answers Matrix messages with `bot` until `shutdown` completes.
pub async fn run(
    bot: Bot,
    cfg: MatrixConfig,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), Error> {
    MatrixAdapter::connect(bot, cfg).await?.run(shutdown).await
}

impl MatrixAdapter {
    /// Logs in (restoring the saved session if there is one), syncs once so that older
    /// messages are never answered, joins pending invitations and installs the handlers.
    pub async fn connect(bot: Bot, cfg: MatrixConfig) -> Result<MatrixAdapter, Error> {
        let client = logged_in(&cfg).await?;
        let own_user = client
            .user_id()
            .ok_or(Error::Config("no user id after login"))?
            .to_owned();
        let display_name = client.account().get_display_name().await.ok().flatten();
        let state = Arc::new(State {
            bot,
            names: BotNames::new(own_user.as_str(), display_name),
            own_user,
            invites: cfg.invites.clone(),
            pages: Mutex::new(HashMap::new()),
            sent: Mutex::new(VecDeque::new()),
            decisions: Mutex::new(VecDeque::new()),
            feedback: Mutex::new(VecDeque::new()),
            outlet: OnceLock::new(),
        });

        // Catch up first: everything before this point is history, not a request.
        client.sync_once(SyncSettings::default()).await?;
        // Invitations that arrived while the bot was away.
        for room in client.invited_rooms() {
            let inviter = match room.invite_details().await {
                Ok(details) => details.inviter.map(|m| m.user_id().to_owned()),
                Err(err) => {
                    log::warn!(
                        "matrix: room {}: cannot read invitation: {err}",
                        room.room_id()
                    );
                    None
                }
            };
            answer_invitation(&state, room, inviter);
        }

        install_handlers(&client, &state);
        log::info!(
            "matrix: connected as {} (device {})",
            state.own_user,
            client
                .device_id()
                .map(|d| d.to_string())
                .unwrap_or_default()
        );
        Ok(MatrixAdapter {
            link: Link::new(client),
            state,
            cfg,
            health: None,
        })
    }

    /// [`MatrixAdapter::connect`], tried again with capped backoff for as long as the
    /// homeserver cannot be reached, with each failure reported to `health`. Returns `None`
    /// when `shutdown` comes first, and the error when retrying cannot fix it (wrong
    /// credentials, an unusable store).
    pub async fn connect_retrying(
        bot: Bot,
        cfg: MatrixConfig,
        health: Reporter,
        mut shutdown: Shutdown,
    ) -> Result<Option<MatrixAdapter>, Error> {
        let mut backoff = Backoff::new(FIRST_RETRY, RECONNECT_CAP);
        loop {
            let attempt = tokio::select! {
                () = shutdown.wait() => return Ok(None),
                attempt = MatrixAdapter::connect(bot.clone(), cfg.clone()) => attempt,
            };
            match attempt {
                Ok(mut adapter) => {
                    health.connected();
                    adapter.health = Some(health);
                    return Ok(Some(adapter));
                }
                Err(err) if err.is_transient() => {
                    let delay = backoff.next_delay();
                    log::warn!(
                        "matrix: cannot reach the homeserver ({err}); try {} in {delay:?}",
                        backoff.tries() + 1
                    );
                    health.retrying(&err.to_string());
                    tokio::select! {
                        () = shutdown.wait() => return Ok(None),
                        () = tokio::time::sleep(delay) => {}
                    }
                }
                Err(err) => return Err(err),
            }
        }
    }

    /// Reports the adapter's state (connected, retrying, stopped) to `health` from now on.
    pub fn report_health(&mut self, health: Reporter) {
        health.connected();
        self.health = Some(health);
    }

    /// The bot's Matrix user id.
    pub fn user_id(&self) -> String {
        self.state.own_user.to_string()
    }

    /// The bot's device id (the same across restarts with the same store folder).
    pub fn device_id(&self) -> String {
        self.link
            .get()
            .and_then(|c| c.device_id().map(|d| d.to_string()))
            .unwrap_or_default()
    }

    /// A handle other adapters use to deliver notices to Matrix rooms.
    pub fn notifier(&self) -> MatrixNotifier {
        MatrixNotifier {
            link: self.link.clone(),
            state: self.state.clone(),
        }
    }

    /// Sends notices addressed to other platforms to `outlet` instead of dropping them
    /// (e.g. a Telegram contributor told that a Matrix moderator approved their entry).
    pub fn forward_other_platforms(&self, outlet: mpsc::UnboundedSender<Notice>) {
        if self.state.outlet.set(outlet).is_err() {
            log::warn!("matrix: notice outlet already set; keeping the first one");
        }
    }

    /// Answers messages until `shutdown` completes (then returns `Ok`). A sync that fails is
    /// tried again with capped backoff, from where the last one ended; a token the homeserver
    /// no longer accepts leads to a new login with the password. Returns an error only when
    /// that cannot be fixed by trying again ([`Error::TokenRevoked`], wrong credentials).
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send) -> Result<(), Error> {
        let result = self.sync_until(shutdown).await;
        if let Some(health) = &self.health {
            health.stopped(result.as_ref().err().map(|e| e.to_string()).as_deref());
        }
        result
    }

    async fn sync_until(&self, shutdown: impl Future<Output = ()> + Send) -> Result<(), Error> {
        let settings = SyncSettings::default().timeout(SYNC_TIMEOUT);
        let mut backoff = Backoff::new(FIRST_RETRY, RECONNECT_CAP);
        tokio::pin!(shutdown);
        loop {
            let attempt = async {
                let client = match self.link.get() {
                    Some(client) => client,
                    None => self.log_in_again().await?,
                };
                // Resumes from the last sync token the store holds.
                client.sync_once(settings.clone()).await?;
                Ok::<(), Error>(())
            };
            let result = tokio::select! {
                () = &mut shutdown => {
                    log::info!("matrix: shutting down");
                    return Ok(());
                }
                result = attempt => result,
            };
            let err = match result {
                Ok(()) => {
                    if backoff.tries() > 0 {
                        log::info!(
                            "matrix: the homeserver answers again after {} failed tries",
                            backoff.tries()
                        );
                        backoff.reset();
                    }
                    if let Some(health) = &self.health {
                        health.connected();
                    }
                    continue;
                }
                Err(err) => err,
            };
            if err.is_unknown_token() {
                if !matches!(self.cfg.credentials, Credentials::Password(_)) {
                    log::error!("matrix: {}", Error::TokenRevoked);
                    return Err(Error::TokenRevoked);
                }
                log::warn!("matrix: the homeserver no longer accepts the token; logging in again");
                // The next try logs in again, at once.
                self.link.set(None);
                continue;
            }
            if !err.is_transient() && self.link.get().is_none() {
                // Logging in again failed for a reason retrying cannot fix.
                log::error!("matrix: cannot log in again: {err}");
                return Err(err);
            }
            let delay = backoff.next_delay();
            log::warn!(
                "matrix: sync failed ({err}); try {} in {delay:?}",
                backoff.tries() + 1
            );
            if let Some(health) = &self.health {
                health.retrying(&err.to_string());
            }
            tokio::select! {
                () = &mut shutdown => {
                    log::info!("matrix: shutting down");
                    return Ok(());
                }
                () = tokio::time::sleep(delay) => {}
            }
        }
    }

    /// Logs in again with the password (the saved session's token was refused), keeping the
    /// device, and puts the new client in place with the same handlers.
    async fn log_in_again(&self) -> Result<Client, Error> {
        let client = logged_in(&self.cfg).await?;
        install_handlers(&client, &self.state);
        self.link.set(Some(client.clone()));
        log::info!("matrix: logged in again as {}", self.state.own_user);
        Ok(client)
    }
}

/// A logged-in client for `cfg`, its encryption set up.
async fn logged_in(cfg: &MatrixConfig) -> Result<Client, Error> {
    let client = session::login(cfg).await?;
    // Device keys and (after a password login) cross-signing are set up in the background.
    client
        .encryption()
        .wait_for_e2ee_initialization_tasks()
        .await;
    Ok(client)
}

/// Puts the adapter's event handlers on `client`.
fn install_handlers(client: &Client, state: &Arc<State>) {
    client.add_event_handler_context(state.clone());
    client.add_event_handler(on_invite);
    client.add_event_handler(on_message);
    client.add_event_handler(on_reaction);
    client.add_event_handler(on_undecryptable);
}

impl MatrixNotifier {
    /// Sends `notice` to its Matrix room; returns the new event's id.
    pub async fn send(&self, notice: &Notice) -> Result<String, Error> {
        let client = self.link.get().ok_or(Error::Reconnecting)?;
        let carrier = deliver(&client, notice).await?;
        remember_sent(&self.state, carrier.clone(), &notice.reply);
        Ok(message_ref(room_of(notice)?, &carrier))
    }
}

/// The room a notice is for.
fn room_of(notice: &Notice) -> Result<&RoomId, Error> {
    if notice.to.platform != Platform::Matrix {
        return Err(Error::NotMatrix(notice.to.clone()));
    }
    <&RoomId>::try_from(notice.to.id.as_str()).map_err(|_| Error::InvalidId(notice.to.id.clone()))
}

/// This adapter's name for event `event` in `room`, as the core keeps it
/// ([`Notice::replaces`]): `matrix:<room>/<event>` (a room id has no `/`).
pub(crate) fn message_ref(room: &RoomId, event: &EventId) -> String {
    format!("matrix:{room}/{event}")
}

/// The event a [`message_ref`] names, when it is in `room`; `None` for anything else
/// (another room's, another platform's, the core's placeholders).
fn replaced_event(message_ref: &str, room: &RoomId) -> Option<OwnedEventId> {
    let (in_room, event) = message_ref.strip_prefix("matrix:")?.split_once('/')?;
    if in_room != room.as_str() {
        return None;
    }
    OwnedEventId::try_from(event).ok()
}

/// Sends a notice to its Matrix room (not as a reply: it starts a new conversation there),
/// or, when it replaces one of this adapter's messages in that room, as an edit of it (an
/// `m.replace` event; clients show the original message with the new text). Returns the
/// event that now carries the notice (for an edit the original one, which replies and
/// reactions still address).
async fn deliver(client: &Client, notice: &Notice) -> Result<OwnedEventId, Error> {
    let room_id = room_of(notice)?;
    let room = client
        .get_room(room_id)
        .filter(|r| r.state() == RoomState::Joined)
        .ok_or_else(|| Error::UnknownRoom(notice.to.id.clone()))?;
    let rendered = render::render(&notice.reply);
    let mut content = RoomMessageEventContent::text_html(rendered.plain, rendered.html);
    let replaced = notice
        .replaces
        .as_deref()
        .and_then(|r| replaced_event(r, room_id));
    if let Some(original) = &replaced {
        content = content.make_replacement(ReplacementMetadata::new(original.clone(), None));
    }
    let sent = room.send(content).await?.response.event_id;
    send_photos(&room, &notice.reply).await;
    Ok(replaced.unwrap_or(sent))
}

/// Sends, after a reply's text, the photos of it that live on Matrix (a contribution's
/// pictures in its announcement, say); a failure is logged and the rest still go.
async fn send_photos(room: &Room, reply: &Reply) {
    for a in reply.attachments.iter().filter(|a| a.is_matrix()) {
        let Some(image) = media::image_message(a, "photo") else {
            log::warn!(
                "matrix: room {}: unreadable photo reference",
                room.room_id()
            );
            continue;
        };
        if let Err(err) = room.send(RoomMessageEventContent::new(image)).await {
            log::error!(
                "matrix: room {}: cannot send a photo: {err}",
                room.room_id()
            );
        }
    }
}

/// Accepts or declines an invitation according to the invite policy, in the background
/// (joining waits for the next sync, which the handler must not block).
fn answer_invitation(state: &State, room: Room, inviter: Option<OwnedUserId>) {
    let allowed = inviter
        .as_ref()
        .is_some_and(|i| state.invites.allows(i.as_str()))
        || (inviter.is_none() && state.invites.allowed.is_empty());
    let inviter = inviter
        .map(|i| i.to_string())
        .unwrap_or_else(|| "unknown".to_owned());
    if !allowed {
        log::info!(
            "matrix: declining invitation to {} from {inviter}",
            room.room_id()
        );
        tokio::spawn(async move {
            if let Err(err) = room.leave().await {
                log::warn!(
                    "matrix: room {}: cannot decline invitation: {err}",
                    room.room_id()
                );
            }
        });
        return;
    }
    log::info!("matrix: joining {} (invited by {inviter})", room.room_id());
    tokio::spawn(join_with_retry(room));
}

/// Joins `room`, retrying with backoff (a homeserver may not be ready right after the invite).
async fn join_with_retry(room: Room) {
    let mut backoff = Backoff::new(Duration::from_millis(250), RECONNECT_CAP);
    for attempt in 1..=10 {
        match room.join().await {
            Ok(()) => {
                log::info!("matrix: joined {}", room.room_id());
                return;
            }
            Err(err) => {
                let delay = backoff.next_delay();
                log::warn!(
                    "matrix: room {}: join attempt {attempt} failed: {err}; retrying in {delay:?}",
                    room.room_id()
                );
                tokio::time::sleep(delay).await;
            }
        }
    }
    log::error!("matrix: room {}: giving up joining", room.room_id());
}

async fn on_invite(ev: StrippedRoomMemberEvent, room: Room, Ctx(state): Ctx<Arc<State>>) {
    if ev.state_key != state.own_user || ev.content.membership != MembershipState::Invite {
        return;
    }
    if room.state() != RoomState::Invited {
        return;
    }
    answer_invitation(&state, room, Some(ev.sender));
}

async fn on_undecryptable(ev: OriginalSyncRoomEncryptedEvent, room: Room) {
    log::warn!(
        "matrix: room {}: cannot decrypt event {} from {} (keys not shared with this device)",
        room.room_id(),
        ev.event_id,
        ev.sender
    );
}

async fn on_message(ev: OriginalSyncRoomMessageEvent, room: Room, Ctx(state): Ctx<Arc<State>>) {
    if room.state() != RoomState::Joined || ev.sender == state.own_user {
        return;
    }
    // Text is a request; a photo (with its caption, if any) is a contribution's picture.
    // Notices are other bots talking; other media and emotes are not requests.
    let (body, attachments) = match &ev.content.msgtype {
        MessageType::Text(text) => (text.body.as_str(), Vec::new()),
        MessageType::Image(image) => match media::attachment(&image.source) {
            Some(a) => (image.caption().unwrap_or(""), vec![a]),
            None => return,
        },
        _ => return,
    };
    if is_before_own_join(&room, &state, &ev).await {
        return;
    }
    let body = remove_plain_reply_fallback(body);
    let reading = address::read(body, &state.names);
    let chat_kind = if joined_members(&room).await <= 2 {
        ChatKind::Private
    } else {
        ChatKind::Group
    };
    let mentioned_explicitly = ev
        .content
        .mentions
        .as_ref()
        .is_some_and(|m| m.user_ids.contains(&state.own_user));
    let addressed = chat_kind == ChatKind::Private
        || reading.command
        || reading.mentioned
        || mentioned_explicitly
        || is_reply_to_bot(&room, &state, &ev).await;
    let reply_to = reply_target(&room, &state, &ev).await;

    let display_name = match room.get_member_no_sync(&ev.sender).await {
        Ok(Some(member)) => member.name().to_owned(),
        _ => ev.sender.localpart().to_owned(),
    };
    log::debug!(
        "matrix: room {} event {}: {chat_kind:?}, addressed {addressed}",
        room.room_id(),
        ev.event_id
    );
    let incoming = Incoming {
        chat: ChatRef {
            platform: Platform::Matrix,
            id: room.room_id().to_string(),
        },
        chat_kind,
        caps: CAPABILITIES,
        user: UserRef {
            platform: Platform::Matrix,
            id: ev.sender.to_string(),
            display_name,
        },
        language_hint: None,
        text: reading.text.clone(),
        addressed,
        attachments,
        reply_to,
    };

    let request = if addressed && address::is_more(&reading.text) {
        let page = state
            .pages
            .lock()
            .ok()
            .and_then(|pages| pages.get(room.room_id()).cloned());
        match page {
            Some(action) => Request::Action(action),
            None => Request::NothingMore,
        }
    } else {
        Request::Message
    };
    let response = match ask_core(&state.bot, incoming, request).await {
        Some(response) => response,
        None => return,
    };

    respond(&room, &state, &response, (&ev).into()).await;
}

/// A moderator's reaction on a message offering a decision runs that decision.
async fn on_reaction(ev: OriginalSyncReactionEvent, room: Room, Ctx(state): Ctx<Arc<State>>) {
    if room.state() != RoomState::Joined || ev.sender == state.own_user {
        return;
    }
    let target = &ev.content.relates_to.event_id;
    let key = &ev.content.relates_to.key;
    let decision = state.decisions.lock().ok().and_then(|d| {
        d.iter()
            .find(|(event, _)| event == target)
            .map(|(_, id)| *id)
    });
    let action = match decision {
        Some(id) => reaction_action(key, id),
        None => state
            .feedback
            .lock()
            .ok()
            .and_then(|f| {
                f.iter()
                    .find(|(event, _)| event == target)
                    .map(|(_, r)| r.clone())
            })
            .and_then(|r| feedback_action(key, &r)),
    };
    let Some(action) = action else {
        return;
    };
    let chat_kind = if joined_members(&room).await <= 2 {
        ChatKind::Private
    } else {
        ChatKind::Group
    };
    let display_name = match room.get_member_no_sync(&ev.sender).await {
        Ok(Some(member)) => member.name().to_owned(),
        _ => ev.sender.localpart().to_owned(),
    };
    let incoming = Incoming {
        chat: ChatRef {
            platform: Platform::Matrix,
            id: room.room_id().to_string(),
        },
        chat_kind,
        caps: CAPABILITIES,
        user: UserRef {
            platform: Platform::Matrix,
            id: ev.sender.to_string(),
            display_name,
        },
        language_hint: None,
        text: String::new(),
        addressed: true,
        attachments: Vec::new(),
        reply_to: None,
    };
    log::info!(
        "matrix: room {}: {} reacted {action:?}",
        room.room_id(),
        ev.sender
    );
    let Some(response) = ask_core(&state.bot, incoming, Request::Action(action)).await else {
        return;
    };
    let own = state.own_user.clone();
    respond(
        &room,
        &state,
        &response,
        ReplyMetadata::new(target, &own, None),
    )
    .await;
}

/// Whether a reaction `key` says yes (👍, ✅…) or no (👎, ❌…); `None` for any other.
fn reaction_polarity(key: &str) -> Option<bool> {
    // Strip variation selectors and skin tones: 👍🏽 and 👍️ are 👍.
    let bare: String = key
        .chars()
        .filter(|c| !matches!(*c as u32, 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF))
        .collect();
    match bare.as_str() {
        "👍" | "✅" | "✔" | "☑" => Some(true),
        "👎" | "❌" | "✖" => Some(false),
        _ => None,
    }
}

/// The decision a reaction `key` stands for on a message about submission `id`.
fn reaction_action(key: &str, id: i64) -> Option<ActionKind> {
    reaction_polarity(key).map(|yes| {
        if yes {
            ActionKind::Approve(id)
        } else {
            ActionKind::Reject(id)
        }
    })
}

/// The asker's verdict a reaction `key` stands for on the answer to question `reference`:
/// the same command as the answer's first (👍) or second (👎) action.
fn feedback_action(key: &str, reference: &str) -> Option<ActionKind> {
    reaction_polarity(key).map(|yes| {
        let command = if yes { "/helped" } else { "/nothelped" };
        ActionKind::Command(format!("{command} {reference}"))
    })
}

/// Sends the core's reply (as a reply to `reply_to`) and its notices.
async fn respond(room: &Room, state: &State, response: &Response, reply_to: ReplyMetadata<'_>) {
    if let Some(reply) = &response.reply {
        remember_page(state, room.room_id(), reply);
        let rendered = render::render(reply);
        let content = RoomMessageEventContent::text_html(rendered.plain, rendered.html)
            .make_reply_to(reply_to, ForwardThread::Yes, AddMentions::Yes);
        match room.send(content).await {
            Ok(sent) => remember_sent(state, sent.response.event_id, reply),
            Err(err) => log::error!("matrix: room {}: cannot send reply: {err}", room.room_id()),
        }
        send_photos(room, reply).await;
    }
    for notice in &response.notices {
        send_notice(room.client(), state, notice).await;
    }
}

/// What the adapter asks the core about one incoming event.
enum Request {
    /// Answer the message's text.
    Message,
    /// Run an action the person chose by typing (`!more`) or reacting (👍).
    Action(ActionKind),
    /// `!more` with no result list to continue in this room.
    NothingMore,
}

/// Runs the core off the async threads (it may search and touch SQLite). A panic in the core
/// is logged and answered with silence rather than taking the adapter down.
async fn ask_core(bot: &Bot, incoming: Incoming, request: Request) -> Option<Response> {
    let bot = bot.clone();
    let chat = incoming.chat.clone();
    let result = tokio::task::spawn_blocking(move || match request {
        Request::Message => bot.handle(&incoming),
        Request::Action(action) => bot.handle_action(&incoming, &action),
        Request::NothingMore => Response {
            reply: Some(Bot::message_reply(
                Msg::NothingMore,
                bot.language_for(&incoming),
            )),
            notices: Vec::new(),
        },
    })
    .await;
    match result {
        Ok(response) => Some(response),
        Err(err) => {
            log::error!("matrix: chat {chat}: the core failed: {err}");
            None
        }
    }
}

async fn send_notice(client: Client, state: &State, notice: &Notice) {
    if notice.to.platform != Platform::Matrix {
        match state.outlet.get() {
            Some(outlet) if outlet.send(notice.clone()).is_ok() => {}
            _ => log::warn!("matrix: no adapter for notice to {}; dropped", notice.to),
        }
        return;
    }
    match deliver(&client, notice).await {
        Ok(carrier) => {
            remember_sent(state, carrier.clone(), &notice.reply);
            if let (Some(receipt), Ok(room)) = (notice.receipt, room_of(notice)) {
                let sent = message_ref(room, &carrier);
                let bot = state.bot.clone();
                if let Err(e) =
                    tokio::task::spawn_blocking(move || bot.delivered(&receipt, &sent)).await
                {
                    log::error!("matrix: the core failed to note a delivered notice: {e}");
                }
            }
        }
        Err(err) => log::error!("matrix: cannot send notice to {}: {err}", notice.to),
    }
}

/// Keeps the reply's "next page" action (or forgets the old one) for `!more` in this room.
fn remember_page(state: &State, room_id: &RoomId, reply: &Reply) {
    let next = reply
        .actions
        .iter()
        .find(|a| matches!(a.kind, ActionKind::Page { .. }))
        .map(|a| a.kind.clone());
    if let Ok(mut pages) = state.pages.lock() {
        match next {
            Some(action) => {
                pages.insert(room_id.to_owned(), action);
            }
            None => {
                pages.remove(room_id);
            }
        }
    }
}

/// Remembers a sent message: replies to it address the bot, and reactions to it decide the
/// submission it offers a decision on.
fn remember_sent(state: &State, event_id: OwnedEventId, reply: &Reply) {
    if let Some(id) = offered_decision(reply)
        && let Ok(mut decisions) = state.decisions.lock()
    {
        if decisions.len() >= REMEMBERED_SENT_EVENTS {
            decisions.pop_front();
        }
        decisions.push_back((event_id.clone(), id));
    }
    if let Some(reference) = offered_feedback(reply)
        && let Ok(mut feedback) = state.feedback.lock()
    {
        if feedback.len() >= REMEMBERED_SENT_EVENTS {
            feedback.pop_front();
        }
        feedback.push_back((event_id.clone(), reference));
    }
    if let Ok(mut sent) = state.sent.lock() {
        if sent.len() >= REMEMBERED_SENT_EVENTS {
            sent.pop_front();
        }
        sent.push_back(event_id);
    }
}

/// The submission a reply offers to approve or reject, when it offers exactly one.
fn offered_decision(reply: &Reply) -> Option<i64> {
    let mut ids = reply.actions.iter().filter_map(|a| match a.kind {
        ActionKind::Approve(id) | ActionKind::Reject(id) => Some(id),
        _ => None,
    });
    let first = ids.next()?;
    ids.all(|id| id == first).then_some(first)
}

/// The question whose answer a reply offers "this helped" for (`/helped Q-12`), if any.
fn offered_feedback(reply: &Reply) -> Option<String> {
    reply.actions.iter().find_map(|a| match &a.kind {
        ActionKind::Command(c) => c.strip_prefix("/helped ").map(str::to_string),
        _ => None,
    })
}

/// Whether the message replies to one of the bot's own messages.
async fn is_reply_to_bot(room: &Room, state: &State, ev: &OriginalSyncRoomMessageEvent) -> bool {
    let Some(target) = replied_to(ev) else {
        return false;
    };
    if state
        .sent
        .lock()
        .is_ok_and(|sent| sent.iter().any(|id| id == target))
    {
        return true;
    }
    // Older than this process: ask the homeserver who wrote it.
    match room.load_or_fetch_event(target, None).await {
        Ok(event) => event
            .raw()
            .get_field::<OwnedUserId>("sender")
            .ok()
            .flatten()
            .is_some_and(|sender| sender == state.own_user),
        Err(err) => {
            log::debug!(
                "matrix: room {}: cannot load replied-to event: {err}",
                room.room_id()
            );
            false
        }
    }
}

/// The message `ev` replies to (`m.in_reply_to`, in a reply or a thread), with its sender and
/// plain body, for the core (an expert's reply to a question's announcement is an answer).
async fn reply_target(
    room: &Room,
    state: &State,
    ev: &OriginalSyncRoomMessageEvent,
) -> Option<ReplyTo> {
    let target = replied_to(ev)?;
    let event = match room.load_or_fetch_event(target, None).await {
        Ok(event) => event,
        Err(err) => {
            log::debug!(
                "matrix: room {}: cannot load replied-to event: {err}",
                room.room_id()
            );
            return None;
        }
    };
    let raw = event.raw();
    let sender = raw.get_field::<OwnedUserId>("sender").ok().flatten();
    let text = raw
        .get_field::<serde_json::Value>("content")
        .ok()
        .flatten()
        .and_then(|c| c.get("body").and_then(|b| b.as_str()).map(str::to_string))
        .unwrap_or_default();
    Some(ReplyTo {
        message_id: target.to_string(),
        from_bot: sender.as_ref() == Some(&state.own_user),
        text,
    })
}

fn replied_to(ev: &OriginalSyncRoomMessageEvent) -> Option<&EventId> {
    match ev.content.relates_to.as_ref()? {
        Relation::Reply(reply) => Some(&reply.in_reply_to.event_id),
        Relation::Thread(thread) if !thread.is_falling_back => {
            thread.in_reply_to.as_ref().map(|r| r.event_id.as_ref())
        }
        _ => None,
    }
}

/// How many people (the bot included) have joined `room`. The sync summary count is only
/// filled in with lazy-loaded members, so the member list in the store is counted too.
async fn joined_members(room: &Room) -> u64 {
    let stored = match room.joined_user_ids().await {
        Ok(ids) => ids.len() as u64,
        Err(err) => {
            log::warn!(
                "matrix: room {}: cannot read members: {err}",
                room.room_id()
            );
            0
        }
    };
    stored.max(room.joined_members_count())
}

/// Whether the message was written before the bot joined the room (history shown on join).
async fn is_before_own_join(room: &Room, state: &State, ev: &OriginalSyncRoomMessageEvent) -> bool {
    match room.get_member_no_sync(&state.own_user).await {
        Ok(Some(me)) => me
            .event()
            .origin_server_ts()
            .is_some_and(|joined| ev.origin_server_ts < joined),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Action;
    use matrix_sdk::ruma::api::client::uiaa::UiaaResponse;
    use matrix_sdk::ruma::api::error::{
        Error as ApiError, ErrorBody, ErrorKind, FromHttpResponseError, StandardErrorBody,
        UnknownTokenErrorData,
    };

    /// A homeserver error answer with `status` and `kind`, as matrix-sdk reports it.
    fn answered(status: u16, kind: ErrorKind) -> matrix_sdk::HttpError {
        let status = axum::http::StatusCode::from_u16(status).expect("a status code");
        let body = ErrorBody::Standard(StandardErrorBody::new(kind, "test".into()));
        matrix_sdk::HttpError::Api(Box::new(FromHttpResponseError::Server(
            UiaaResponse::MatrixError(ApiError::new(status, body)),
        )))
    }

    /// Server errors (a restarting homeserver behind a proxy) are tried again, however
    /// matrix-sdk wraps them; wrong credentials, a refused token and bad settings are not; a
    /// refused token is recognised as such.
    #[test]
    fn transient_errors_are_told_from_permanent_ones() {
        let sdk = |http| Error::Sdk(Box::new(matrix_sdk::Error::Http(Box::new(http))));
        let http = |http| Error::Http(Box::new(http));
        assert!(http(answered(502, ErrorKind::Unknown)).is_transient());
        assert!(sdk(answered(503, ErrorKind::Unknown)).is_transient());
        assert!(!sdk(answered(403, ErrorKind::Forbidden)).is_transient());
        let refused = || answered(401, ErrorKind::UnknownToken(UnknownTokenErrorData::new()));
        assert!(!http(refused()).is_transient());
        assert!(http(refused()).is_unknown_token());
        assert!(sdk(refused()).is_unknown_token());
        assert!(!sdk(answered(403, ErrorKind::Forbidden)).is_unknown_token());
        assert!(!Error::Config("MATRIX_USER is not set").is_transient());
        assert!(!Error::TokenRevoked.is_transient());
    }

    /// Thumbs up (any skin tone) and check marks approve; thumbs down and crosses reject;
    /// other reactions decide nothing.
    #[test]
    fn reactions_map_to_decisions() {
        assert_eq!(reaction_action("👍", 7), Some(ActionKind::Approve(7)));
        assert_eq!(reaction_action("👍🏽", 7), Some(ActionKind::Approve(7)));
        assert_eq!(reaction_action("✅", 7), Some(ActionKind::Approve(7)));
        assert_eq!(reaction_action("✔️", 7), Some(ActionKind::Approve(7)));
        assert_eq!(reaction_action("👎", 7), Some(ActionKind::Reject(7)));
        assert_eq!(reaction_action("❌", 7), Some(ActionKind::Reject(7)));
        assert_eq!(reaction_action("🎉", 7), None);
        assert_eq!(reaction_action("", 7), None);
    }

    /// On an answer, 👍 and 👎 are the asker's two buttons, found from the answer's actions.
    #[test]
    fn reactions_on_an_answer_are_feedback() {
        assert_eq!(
            feedback_action("👍🏽", "Q-3"),
            Some(ActionKind::Command("/helped Q-3".into()))
        );
        assert_eq!(
            feedback_action("👎", "Q-3"),
            Some(ActionKind::Command("/nothelped Q-3".into()))
        );
        assert_eq!(feedback_action("🎉", "Q-3"), None);
        let answer = Reply {
            actions: vec![
                Action {
                    label: "This helped".into(),
                    kind: ActionKind::Command("/helped Q-3".into()),
                },
                Action {
                    label: "It did not".into(),
                    kind: ActionKind::Command("/nothelped Q-3".into()),
                },
            ],
            ..Reply::default()
        };
        assert_eq!(offered_feedback(&answer).as_deref(), Some("Q-3"));
        assert_eq!(offered_feedback(&Reply::default()), None);
    }

    /// Only a message about exactly one submission can be decided by a reaction.
    #[test]
    fn decision_needs_exactly_one_submission() {
        let action = |kind| Action {
            label: "x".into(),
            kind,
        };
        let one = Reply {
            actions: vec![
                action(ActionKind::Approve(3)),
                action(ActionKind::Reject(3)),
            ],
            ..Reply::default()
        };
        assert_eq!(offered_decision(&one), Some(3));
        let two = Reply {
            actions: vec![
                action(ActionKind::Approve(3)),
                action(ActionKind::Approve(4)),
            ],
            ..Reply::default()
        };
        assert_eq!(offered_decision(&two), None);
        let none = Reply {
            actions: vec![action(ActionKind::Command("/help".into()))],
            ..Reply::default()
        };
        assert_eq!(offered_decision(&none), None);
    }
}

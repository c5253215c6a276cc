//! Case-study submissions and moderation through `Bot::handle` and `Bot::handle_action`, with a
//! real SQLite file and a real tantivy index on disk (both in temporary folders), and through
//! the real binary (`submissions`, `export`, the terminal chat).

use crate::chat::{self, data_dir};
use miners_guide::console::render;
use miners_guide::core::{
    ActionKind, Attachment, Bot, ChatKind, ChatRef, Incoming, Notice, Platform, Reply, Response,
    UserRef,
};
use miners_guide::lang::Lang;
use miners_guide::search::{SearchIndex, SearchOptions};
use miners_guide::store::{Attribution, Limits, Status, Store, SubmissionId, Topic};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The moderators' group.
const MOD_CHAT: &str = "-100999";
/// A moderator (Telegram user 900) and a second one (901).
const MODERATOR: &str = "900";
const MODERATOR2: &str = "901";
/// A story long enough to be accepted.
const STORY: &str = "We dug three settling ponds below the washing site and the river ran clear";

/// Warnings logged by the library in this test process (for "the attempt is logged").
fn warnings() -> &'static Mutex<Vec<String>> {
    static LOG: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    LOG.get_or_init(|| Mutex::new(Vec::new()))
}

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, meta: &log::Metadata<'_>) -> bool {
        meta.level() <= log::Level::Warn
    }
    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata())
            && let Ok(mut w) = warnings().lock()
        {
            w.push(record.args().to_string());
        }
    }
    fn flush(&self) {}
}

fn capture_warnings() {
    static CAPTURE: Capture = Capture;
    if log::set_logger(&CAPTURE).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}

/// An index over `data/` built once, copied for each test (each test changes its own extras).
fn template_index() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        chat::real_index();
        chat::real_index_dir()
    })
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create index copy");
    for entry in std::fs::read_dir(from).expect("read index") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.file_name() != ".tantivy-writer.lock" {
            std::fs::copy(entry.path(), &target).expect("copy index file");
        }
    }
}

/// One test's world: a database file, an index folder, a controllable clock.
struct World {
    dir: tempfile::TempDir,
    index: Arc<SearchIndex>,
    store: Arc<Store>,
    clock: Arc<AtomicI64>,
}

impl World {
    fn new() -> World {
        World::with_limits(Limits::default())
    }

    fn with_limits(limits: Limits) -> World {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(template_index(), &dir.path().join("index"));
        let index = Arc::new(
            SearchIndex::open(&data_dir(), &dir.path().join("index")).expect("copied index"),
        );
        let store = Arc::new(
            Store::open_with_limits(dir.path().join("db.sqlite3"), limits).expect("store"),
        );
        World {
            dir,
            index,
            store,
            clock: Arc::new(AtomicI64::new(1_800_000_000)),
        }
    }

    /// A bot over this world (moderators 900 and 901, the moderators' group announced to).
    fn bot(&self) -> Bot {
        let clock = self.clock.clone();
        Bot::builder(self.index.clone())
            .store(self.store.clone())
            .moderators([
                format!("telegram:{MODERATOR}"),
                format!("telegram:{MODERATOR2}"),
            ])
            .moderator_chat(Some(mod_chat()))
            .clock(Arc::new(move || clock.load(Ordering::SeqCst)))
            .build()
    }

    fn advance(&self, secs: i64) -> i64 {
        self.clock.fetch_add(secs, Ordering::SeqCst) + secs
    }

    fn now(&self) -> i64 {
        self.clock.load(Ordering::SeqCst)
    }
}

fn mod_chat() -> ChatRef {
    ChatRef {
        platform: Platform::Telegram,
        id: MOD_CHAT.into(),
    }
}

fn user(id: &str) -> UserRef {
    UserRef {
        platform: Platform::Telegram,
        id: id.into(),
        display_name: format!("User{id}"),
    }
}

/// A private message from Telegram user `id`.
fn private(id: &str, text: &str) -> Incoming {
    Incoming {
        user: user(id),
        ..chat::telegram_private(id, text)
    }
}

/// A message from `id` in the moderators' group.
fn in_mod_chat(id: &str, text: &str) -> Incoming {
    Incoming {
        chat: mod_chat(),
        user: user(id),
        ..chat::incoming(Platform::Telegram, ChatKind::Group, id, text)
    }
}

fn text_of(r: &Response) -> String {
    chat::response_text(r)
}

fn say(bot: &Bot, msg: Incoming) -> (String, Response) {
    let r = bot.handle(&msg);
    (text_of(&r), r)
}

fn notices_to<'a>(r: &'a Response, chat: &ChatRef) -> Vec<&'a Notice> {
    r.notices.iter().filter(|n| &n.to == chat).collect()
}

/// The reference in an acknowledgement ("reference #42").
fn reference(text: &str) -> Option<i64> {
    let at = text.find("reference #")? + "reference #".len();
    text[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

fn find(bot: &Bot, who: &str, query: &str) -> String {
    say(bot, private(who, &format!("/find {query}"))).0
}

fn index_has(index: &SearchIndex, query: &str, id: &str) -> bool {
    let opts = SearchOptions {
        lang: Lang::En,
        limit: 20,
        ..SearchOptions::default()
    };
    index
        .search(query, &opts)
        .expect("search")
        .hits
        .iter()
        .any(|h| h.id == id)
}

/// How many Approve / Reject buttons a notice carries.
fn decision_buttons(n: &Notice) -> usize {
    n.reply
        .actions
        .iter()
        .filter(|a| matches!(a.kind, ActionKind::Approve(_) | ActionKind::Reject(_)))
        .count()
}

/// Submit → pending → approve → found by /find and opened by /cases sub-N → reopen → gone; the
/// moderators and the contributor are told at each step.
#[test]
fn lifecycle_submit_approve_find_reopen() {
    let w = World::new();
    let bot = w.bot();
    let story = format!("{STORY} thanks to zirconwash terraces on the slope");
    let (ack, r) = say(&bot, private("42", &format!("/share {story}")));
    let id = reference(&ack).unwrap_or_else(|| panic!("no reference in {ack}"));
    let announced = notices_to(&r, &mod_chat());
    assert_eq!(announced.len(), 1, "one announcement: {:?}", r.notices);
    let shown = render(&announced[0].reply);
    assert!(shown.contains("zirconwash"), "{shown}");
    assert!(shown.contains(&format!("/approve {id}")), "{shown}");
    assert_eq!(
        announced[0]
            .reply
            .actions
            .iter()
            .map(|a| a.kind.clone())
            .collect::<Vec<_>>(),
        vec![ActionKind::Approve(id), ActionKind::Reject(id)]
    );
    let (mine, _) = say(&bot, private("42", "/mine"));
    assert!(
        mine.contains(&format!("#{id}")) && mine.contains("waiting for review"),
        "{mine}"
    );
    assert!(!find(&bot, "42", "zirconwash").contains(&format!("sub-{id}")));

    let (done, r) = say(
        &bot,
        in_mod_chat(MODERATOR, &format!("/approve {id} useful")),
    );
    assert!(
        done.contains(&format!("#{id} approved by User{MODERATOR}")),
        "{done}"
    );
    let told = notices_to(
        &r,
        &ChatRef {
            platform: Platform::Telegram,
            id: "42".into(),
        },
    );
    assert_eq!(told.len(), 1);
    assert!(render(&told[0].reply).contains("approved"), "{:?}", told[0]);
    let found = find(&bot, "43", "zirconwash");
    // On Telegram the hit opens with one tap: `/cases_sub_1` is the command for `sub-1`.
    assert!(found.contains(&format!("/cases_sub_{id}")), "{found}");
    let (tapped, _) = say(&bot, private("43", &format!("/cases_sub_{id}")));
    assert!(tapped.contains("zirconwash"), "{tapped}");
    let (case, _) = say(&bot, private("43", &format!("/cases sub-{id}")));
    assert!(
        case.contains("zirconwash") && case.contains("Shared by User42"),
        "{case}"
    );
    let (deep, _) = say(&bot, private("43", &format!("/start case-sub-{id}")));
    assert!(deep.contains("zirconwash"), "{deep}");

    let (reopened, r) = say(&bot, in_mod_chat(MODERATOR2, &format!("/reopen {id}")));
    assert!(reopened.contains("reopened"), "{reopened}");
    assert_eq!(
        notices_to(&r, &private("42", "").chat).len(),
        1,
        "the contributor is told"
    );
    let shown = notices_to(&r, &mod_chat());
    assert_eq!(
        shown.len(),
        1,
        "the moderators' chat shows it: {:?}",
        r.notices
    );
    assert_eq!(
        shown[0]
            .reply
            .actions
            .iter()
            .filter(|a| a.kind == ActionKind::Approve(id))
            .count(),
        1,
        "pending again, with its buttons"
    );
    assert!(!find(&bot, "43", "zirconwash").contains(&format!("sub_{id}")));
    let (case, _) = say(&bot, private("43", &format!("/cases sub-{id}")));
    assert!(!case.contains("zirconwash"), "{case}");
    let sub = w
        .store
        .get(SubmissionId(id))
        .expect("read")
        .expect("exists");
    assert_eq!(sub.status, Status::Pending);
}

/// On build, the index is made to agree with the database: an approved submission missing from
/// the index comes back; one no longer approved disappears.
#[test]
fn build_syncs_index_with_database() {
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(
        &bot,
        private("42", &format!("/share {STORY} with quartzbund nets")),
    );
    let id = reference(&ack).expect("accepted");
    say(&bot, in_mod_chat(MODERATOR, &format!("/approve {id}")));
    w.index.sync_extras(&[]).expect("wipe extras");
    assert!(!index_has(&w.index, "quartzbund", &format!("sub-{id}")));
    let _rebuilt = w.bot();
    assert!(index_has(&w.index, "quartzbund", &format!("sub-{id}")));
    w.store
        .reopen(
            SubmissionId(id),
            &miners_guide::store::Actor::new("cli", "operator", "op"),
            w.now(),
        )
        .expect("reopen");
    let _rebuilt = w.bot();
    assert!(!index_has(&w.index, "quartzbund", &format!("sub-{id}")));
}

/// A contributor withdraws their own pending submission; nobody else can, and not twice.
#[test]
fn withdraw_own_pending_only() {
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(&bot, private("42", &format!("/share {STORY}")));
    let id = reference(&ack).expect("accepted");
    let (other, _) = say(&bot, private("43", &format!("/withdraw {id}")));
    assert!(
        other.contains("is not one of your contributions"),
        "{other}"
    );
    let (bad, _) = say(&bot, private("42", "/withdraw soon"));
    assert!(bad.contains("/withdraw 42"), "{bad}");
    let (ok, _) = say(&bot, private("42", &format!("/withdraw #{id}")));
    assert!(ok.contains("withdrawn"), "{ok}");
    let (again, _) = say(&bot, private("42", &format!("/withdraw {id}")));
    assert!(again.contains("cannot be done now"), "{again}");
    let (missing, _) = say(&bot, private("42", "/withdraw 999"));
    assert!(missing.contains("no contribution #999"), "{missing}");
    let status = w
        .store
        .get(SubmissionId(id))
        .expect("read")
        .map(|s| s.status);
    assert_eq!(status, Some(Status::Withdrawn));
}

/// Every moderator command and both moderation buttons are refused to a non-moderator, in a
/// private chat and in the moderators' group; nothing changes in the store.
#[test]
fn non_moderators_are_refused_on_every_path() {
    capture_warnings();
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(&bot, private("42", &format!("/share {STORY}")));
    let id = reference(&ack).expect("accepted");
    let commands = [
        "/pending".to_string(),
        "/pending 2".to_string(),
        format!("/review {id}"),
        format!("/approve {id}"),
        format!("/approve {id} looks good"),
        format!("/reject {id}"),
        format!("/reject {id} spam"),
        format!("/reopen {id}"),
        "/stats".to_string(),
    ];
    for who in ["42", "43"] {
        for c in &commands {
            for msg in [private(who, c), in_mod_chat(who, c)] {
                let (text, r) = say(&bot, msg);
                assert!(text.contains("Only moderators"), "{c} by {who}: {text}");
                assert!(r.notices.is_empty(), "{c}: {:?}", r.notices);
            }
        }
        for action in [ActionKind::Approve(id), ActionKind::Reject(id)] {
            let r = bot.handle_action(&in_mod_chat(who, ""), &action);
            assert!(text_of(&r).contains("Only moderators"), "{action:?}");
        }
    }
    // The moderator section of /help is not shown to them.
    let (help, _) = say(&bot, private("43", "/help"));
    assert!(!help.contains("/approve"), "{help}");
    let (help, _) = say(&bot, private(MODERATOR, "/help"));
    assert!(
        help.contains("/approve") && help.contains("For moderators"),
        "{help}"
    );
    let sub = w
        .store
        .get(SubmissionId(id))
        .expect("read")
        .expect("exists");
    assert_eq!(sub.status, Status::Pending);
    assert_eq!(w.store.audit_for(SubmissionId(id)).expect("audit").len(), 1);
    let logged = warnings().lock().map(|w| w.clone()).unwrap_or_default();
    for what in [
        "/approve",
        "/reject",
        "/reopen",
        "/review",
        "Approve button",
        "Reject button",
    ] {
        assert!(
            logged
                .iter()
                .any(|l| l.contains(&format!("refused {what} "))
                    && l.contains("user=telegram:43")
                    && l.contains(&format!("submission=#{id}"))),
            "{what} not logged: {logged:?}"
        );
    }
}

/// A moderator cannot decide on their own submission, by command or button; another can.
#[test]
fn moderator_cannot_decide_own_submission() {
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(&bot, private(MODERATOR, &format!("/share {STORY}")));
    let id = reference(&ack).expect("accepted");
    let (own, _) = say(&bot, in_mod_chat(MODERATOR, &format!("/approve {id}")));
    assert!(own.contains("your own contribution"), "{own}");
    let r = bot.handle_action(&in_mod_chat(MODERATOR, ""), &ActionKind::Approve(id));
    assert!(text_of(&r).contains("your own contribution"));
    let (own, _) = say(&bot, in_mod_chat(MODERATOR, &format!("/reject {id} no")));
    assert!(own.contains("your own contribution"), "{own}");
    let (other, _) = say(&bot, in_mod_chat(MODERATOR2, &format!("/approve {id}")));
    assert!(other.contains("approved by"), "{other}");
}

/// Too short, too long, duplicates and the hourly rate each get their own reply, and none is
/// acknowledged or stored.
#[test]
fn limits_and_duplicates_have_clear_replies() {
    let w = World::with_limits(Limits {
        per_hour: 2,
        ..Limits::default()
    });
    let bot = w.bot();
    let (short, _) = say(&bot, private("42", "/share ponds work"));
    assert!(
        short.contains("too short") && !short.contains("reference"),
        "{short}"
    );
    let long = "word ".repeat(900);
    let (long, _) = say(&bot, private("42", &format!("/share {long}")));
    assert!(long.contains("too long") && long.contains("4000"), "{long}");
    let (ack, _) = say(&bot, private("42", &format!("/share {STORY}")));
    let first = reference(&ack).expect("accepted");
    let (dup, _) = say(
        &bot,
        private("42", &format!("/share  {}", STORY.to_uppercase())),
    );
    assert!(
        dup.contains(&format!(
            "already sent this text: it was received as #{first}"
        )),
        "{dup}"
    );
    let (ack2, _) = say(&bot, private("42", &format!("/share {STORY} twice")));
    assert!(reference(&ack2).is_some(), "{ack2}");
    let (limited, _) = say(&bot, private("42", &format!("/share {STORY} three times")));
    assert!(limited.contains("wait about 60 minutes"), "{limited}");
    assert_eq!(w.store.counts().expect("counts").total(), 2);
}

/// While another connection holds the write lock, /share answers "try again" and never an
/// acknowledgement; once it is released the same story is accepted.
#[test]
fn busy_database_asks_to_try_again() {
    let w = World::new();
    let bot = w.bot();
    w.store
        .set_busy_timeout(Duration::from_millis(50))
        .expect("timeout");
    let other = rusqlite::Connection::open(w.dir.path().join("db.sqlite3")).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    let (busy, _) = say(&bot, private("42", &format!("/share {STORY}")));
    assert!(
        busy.contains("try again") && !busy.contains("reference"),
        "{busy}"
    );
    other.execute_batch("ROLLBACK").expect("unlock");
    let (ack, _) = say(&bot, private("42", &format!("/share {STORY}")));
    assert!(reference(&ack).is_some(), "{ack}");
}

/// The guided flow: topic, place, story, photo, confirm anonymously; the draft survives a
/// rebuilt bot (a restart); other commands still work; /cancel drops a draft.
#[test]
fn guided_flow_survives_restart_and_cancels() {
    let w = World::new();
    let bot = w.bot();
    let (topic, _) = say(&bot, private("42", "/share"));
    assert!(
        topic.contains("Choose a topic") && topic.contains("2. Water"),
        "{topic}"
    );
    let (again, _) = say(&bot, private("42", "plumbing"));
    assert!(again.contains("did not recognise that topic"), "{again}");
    let (place, _) = say(&bot, private("42", "water"));
    assert!(place.contains("Where did it happen"), "{place}");
    let (help, _) = say(&bot, private("42", "/help"));
    assert!(help.contains("/share"), "other commands still work: {help}");
    drop(bot);
    let bot = w.bot();
    let (story, _) = say(&bot, private("42", "Mwadui, Tanzania"));
    assert!(story.contains("tell your story"), "{story}");
    let (short, _) = say(&bot, private("42", "too short"));
    assert!(short.contains("too short"), "{short}");
    let (photo, _) = say(&bot, private("42", STORY));
    assert!(photo.contains("send a photo"), "{photo}");
    let mut with_photo = private("42", "");
    with_photo.attachments = vec![Attachment {
        kind: "photo".into(),
        reference: "AgACphoto1".into(),
    }];
    let (confirm, r) = say(&bot, with_photo);
    assert!(
        confirm.contains("Mwadui") && confirm.contains("Water and ponds"),
        "{confirm}"
    );
    let confirm_actions: Vec<ActionKind> = r
        .reply
        .iter()
        .flat_map(|r| r.actions.iter().map(|a| a.kind.clone()))
        .collect();
    assert!(confirm_actions.contains(&ActionKind::Command("/send anonymous".into())));
    let r = bot.handle_action(
        &private("42", ""),
        &ActionKind::Command("/send anonymous".into()),
    );
    let id = reference(&text_of(&r)).unwrap_or_else(|| panic!("{}", text_of(&r)));
    let sub = w
        .store
        .get(SubmissionId(id))
        .expect("read")
        .expect("stored");
    assert_eq!(sub.topic, Topic::Water);
    assert_eq!(sub.place, "Mwadui, Tanzania");
    assert_eq!(sub.attribution, Attribution::Anonymous);
    assert_eq!(sub.attachments.len(), 1);
    assert_eq!(sub.text, STORY);
    // The flow is over: free text is a search again.
    let (search, _) = say(&bot, private("42", "settling ponds"));
    assert!(search.contains("/guide_sediment"), "{search}");

    say(&bot, private("42", "/share"));
    let (cancelled, _) = say(&bot, private("42", "/cancel"));
    assert!(cancelled.contains("Cancelled"), "{cancelled}");
    let (nothing, _) = say(&bot, private("42", "/cancel"));
    assert!(nothing.contains("nothing to cancel"), "{nothing}");
}

/// In a group, /share alone asks for the one-message form and continues in the person's
/// private chat; /share with text is accepted in the group.
#[test]
fn group_share_moves_to_private_chat() {
    let w = World::new();
    let bot = w.bot();
    let group = |text: &str| Incoming {
        chat: ChatRef {
            platform: Platform::Telegram,
            id: "-100777".into(),
        },
        user: user("42"),
        ..chat::incoming(Platform::Telegram, ChatKind::Group, "42", text)
    };
    let (hint, r) = say(&bot, group("/share"));
    assert!(
        hint.contains("one message") && hint.contains("/share"),
        "{hint}"
    );
    let private_chat = ChatRef {
        platform: Platform::Telegram,
        id: "42".into(),
    };
    let moved = notices_to(&r, &private_chat);
    assert_eq!(moved.len(), 1, "{:?}", r.notices);
    assert!(render(&moved[0].reply).contains("Choose a topic"));
    let (place, _) = say(&bot, private("42", "3"));
    assert!(place.contains("Where did it happen"), "{place}");
    let (ack, _) = say(&bot, group(&format!("/share {STORY}")));
    assert!(reference(&ack).is_some(), "{ack}");
}

/// A Reject button asks the moderator for the reason; their next message in that chat is the
/// reason; the contributor is told it in the language they chose.
#[test]
fn reject_button_asks_reason_and_tells_contributor() {
    let w = World::new();
    let bot = w.bot();
    say(&bot, private("42", "/language fr"));
    let (ack, _) = say(&bot, private("42", &format!("/share {STORY}")));
    let id = reference(&ack).or_else(|| {
        // The acknowledgement is in French: "référence #N".
        let at = ack.find("référence #")? + "référence #".len();
        ack[at..]
            .split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    });
    let id = id.unwrap_or_else(|| panic!("{ack}"));
    let r = bot.handle_action(&in_mod_chat(MODERATOR, ""), &ActionKind::Reject(id));
    assert!(text_of(&r).contains("Send the reason"), "{}", text_of(&r));
    // Another command in between does not consume the request.
    let (stats, _) = say(&bot, in_mod_chat(MODERATOR, "/stats"));
    assert!(stats.contains("waiting 1"), "{stats}");
    let (done, r) = say(&bot, in_mod_chat(MODERATOR, "Not about mining"));
    assert!(
        done.contains("rejected by User900") && done.contains("Not about mining"),
        "{done}"
    );
    let told = &r.notices[0];
    assert_eq!(told.to.id, "42");
    let text = render(&told.reply);
    assert!(
        text.contains("n'a pas été acceptée") && text.contains("Not about mining"),
        "{text}"
    );
    // The reason request is used up: the next message is a search, not another reason.
    let (after, _) = say(&bot, in_mod_chat(MODERATOR, "/review 1"));
    assert!(after.contains("rejected"), "{after}");
}

/// One moderation path: a decision made with `core::decide` outside any chat (as the command
/// line does) has the same audit as one made in chat, and the next tick follows it up once:
/// the story becomes searchable, the contributor is told, the moderators' chat is shown who
/// decided. A decision made in chat is followed up at once and never again by a tick.
#[test]
fn decisions_outside_chat_are_followed_up_by_the_tick_once() {
    use miners_guide::core::{Decision, decide};
    use miners_guide::store::Actor;
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(
        &bot,
        private("42", &format!("/share {STORY} with tourmalinetrap sacks")),
    );
    let id = SubmissionId(reference(&ack).expect("accepted"));
    let operator = Actor::new("cli", "operator", "operator");
    let decision = Decision::Approve { note: Some(" ") };
    let sub = decide(&w.store, id, decision, &operator, w.now()).expect("approved");
    assert_eq!(sub.status, Status::Approved);
    assert_eq!(sub.note, None, "a blank note is no note");
    let again = decide(&w.store, id, decision, &operator, w.now());
    assert!(
        again.is_err(),
        "the same state checks: it is no longer pending"
    );
    let audit = w.store.audit_for(id).expect("audit");
    assert_eq!(
        audit.last().map(|a| a.actor.key()),
        Some("cli:operator".into())
    );
    assert!(!index_has(
        &w.index,
        "tourmalinetrap",
        &format!("sub-{}", id.0)
    ));

    let notices = bot.tick(w.advance(1));
    let to_contributor: Vec<_> = notices.iter().filter(|n| n.to.id == "42").collect();
    assert_eq!(to_contributor.len(), 1, "{notices:#?}");
    assert!(render(&to_contributor[0].reply).contains("was approved"));
    let to_mods: Vec<_> = notices.iter().filter(|n| n.to == mod_chat()).collect();
    assert_eq!(to_mods.len(), 1, "{notices:#?}");
    let shown = render(&to_mods[0].reply);
    assert!(
        shown.contains(&format!("#{} approved by operator (cli:operator)", id.0)),
        "{shown}"
    );
    assert!(index_has(
        &w.index,
        "tourmalinetrap",
        &format!("sub-{}", id.0)
    ));
    assert!(bot.tick(w.advance(10)).is_empty(), "followed up once");

    // In chat: told at once, and the tick has nothing left to do.
    let (ack, _) = say(
        &bot,
        private("43", &format!("/share {STORY} with a spinel screen")),
    );
    let second = reference(&ack).expect("accepted");
    let r = bot.handle(&in_mod_chat(
        MODERATOR,
        &format!("/reject {second} too short"),
    ));
    assert_eq!(
        notices_to(
            &r,
            &ChatRef {
                platform: Platform::Telegram,
                id: "43".into()
            }
        )
        .len(),
        1
    );
    let later = bot.tick(w.advance(30));
    assert!(later.iter().all(|n| n.to.id != "43"), "{later:#?}");
}

/// A decision made elsewhere edits the announcement the adapter confirmed it delivered: the
/// announcement asks for a receipt, the adapter's reference is kept, and the tick's notice to
/// the moderators replaces that message (reopened: with its buttons again). An announcement
/// never confirmed (a crash between sending and noting), and a digest naming several, are
/// never replaced: the decision is a new message there.
#[test]
fn decisions_elsewhere_edit_the_announcement() {
    use miners_guide::core::{Decision, Receipt, decide};
    use miners_guide::store::Actor;
    let w = World::new();
    let bot = w.bot();
    let operator = Actor::new("cli", "operator", "operator");
    let tick_to_mods = |secs: i64| -> Vec<Notice> {
        let notices = bot.tick(w.advance(secs));
        notices.into_iter().filter(|n| n.to == mod_chat()).collect()
    };

    let (ack, r) = say(&bot, private("44", &format!("/share {STORY} with a jig")));
    let id = SubmissionId(reference(&ack).expect("accepted"));
    let announced = notices_to(&r, &mod_chat());
    assert_eq!(announced.len(), 1);
    assert_eq!(announced[0].receipt, Some(Receipt::Announcement(id.0)));
    assert_eq!(
        announced[0].replaces, None,
        "an announcement is a new message"
    );
    assert_eq!(decision_buttons(announced[0]), 2);
    bot.delivered(&Receipt::Announcement(id.0), "telegram:-100999:555");

    decide(
        &w.store,
        id,
        Decision::Approve { note: None },
        &operator,
        w.now(),
    )
    .expect("approved");
    let to_mods = tick_to_mods(1);
    assert_eq!(to_mods.len(), 1, "{to_mods:#?}");
    assert_eq!(to_mods[0].replaces.as_deref(), Some("telegram:-100999:555"));
    assert_eq!(decision_buttons(&to_mods[0]), 0, "decided: no buttons");
    assert!(render(&to_mods[0].reply).contains("approved by operator"));
    // The adapter edited it: the same message still carries the submission's state.
    bot.delivered(
        to_mods[0].receipt.as_ref().expect("a receipt"),
        "telegram:-100999:555",
    );

    decide(&w.store, id, Decision::Reopen, &operator, w.now()).expect("reopened");
    let to_mods = tick_to_mods(1);
    assert_eq!(to_mods.len(), 1, "{to_mods:#?}");
    assert_eq!(to_mods[0].replaces.as_deref(), Some("telegram:-100999:555"));
    assert_eq!(
        decision_buttons(&to_mods[0]),
        2,
        "pending again: the buttons are back"
    );
    assert!(render(&to_mods[0].reply).contains("reopened by operator"));

    // Never confirmed: a new message.
    let (ack, _) = say(
        &bot,
        private("45", &format!("/share {STORY} with a sluice")),
    );
    let unconfirmed = SubmissionId(reference(&ack).expect("accepted"));
    decide(
        &w.store,
        unconfirmed,
        Decision::Reject { reason: "vague" },
        &operator,
        w.now(),
    )
    .expect("rejected");
    let to_mods = tick_to_mods(1);
    assert_eq!(to_mods.len(), 1, "{to_mods:#?}");
    assert_eq!(to_mods[0].replaces, None);

    // A digest asks for no receipt; a decision on one of its submissions is a new message.
    w.advance(120);
    let mut folded = Vec::new();
    for n in 0..5 {
        let (ack, _) = say(
            &bot,
            private(&format!("6{n}"), &format!("/share {STORY} pan {n}")),
        );
        folded.push(SubmissionId(reference(&ack).expect("accepted")));
        w.advance(1);
    }
    let digest = bot.tick(w.advance(30));
    assert_eq!(digest.len(), 1, "{digest:#?}");
    assert!(render(&digest[0].reply).contains("new contributions"));
    assert_eq!(digest[0].receipt, None, "a digest is never edited");
    let last = *folded.last().expect("folded");
    decide(
        &w.store,
        last,
        Decision::Approve { note: None },
        &operator,
        w.now(),
    )
    .expect("ok");
    let to_mods = tick_to_mods(1);
    assert_eq!(to_mods.len(), 1, "{to_mods:#?}");
    assert_eq!(to_mods[0].replaces, None, "the digest stays as it was");
}

/// A decision made in chat (a typed command, in the moderators' chat or a moderator's private
/// one, or a button) edits the announcement too: the same notice the tick sends for one made
/// elsewhere, at once, and the tick has nothing left to show.
#[test]
fn decisions_in_chat_edit_the_announcement() {
    use miners_guide::core::Receipt;
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(
        &bot,
        private("46", &format!("/share {STORY} with a rocker box")),
    );
    let id = reference(&ack).expect("accepted");
    bot.delivered(&Receipt::Announcement(id), "telegram:-100999:777");

    let (done, r) = say(&bot, in_mod_chat(MODERATOR, &format!("/approve {id}")));
    assert!(
        done.contains(&format!("#{id} approved by User{MODERATOR}")),
        "{done}"
    );
    let shown = notices_to(&r, &mod_chat());
    assert_eq!(shown.len(), 1, "{:?}", r.notices);
    assert_eq!(shown[0].replaces.as_deref(), Some("telegram:-100999:777"));
    assert_eq!(shown[0].receipt, Some(Receipt::Announcement(id)));
    assert_eq!(
        decision_buttons(shown[0]),
        0,
        "decided: nothing left to press"
    );
    assert!(render(&shown[0].reply).contains(&format!("#{id} approved by User{MODERATOR}")));
    assert!(
        bot.tick(w.advance(1)).iter().all(|n| n.to != mod_chat()),
        "shown once"
    );

    // From a moderator's private chat: the announcement in the moderators' chat is edited.
    let r = bot.handle(&private(MODERATOR2, &format!("/reopen {id}")));
    let shown = notices_to(&r, &mod_chat());
    assert_eq!(shown.len(), 1, "{:?}", r.notices);
    assert_eq!(shown[0].replaces.as_deref(), Some("telegram:-100999:777"));
    assert_eq!(
        decision_buttons(shown[0]),
        2,
        "pending again: its buttons are back"
    );

    // A button: the response carries the same edit (an adapter that edits the pressed
    // message with the reply leaves it out).
    let r = bot.handle_action(&in_mod_chat(MODERATOR, ""), &ActionKind::Approve(id));
    let shown = notices_to(&r, &mod_chat());
    assert_eq!(shown.len(), 1, "{:?}", r.notices);
    assert_eq!(shown[0].replaces.as_deref(), Some("telegram:-100999:777"));

    // A refusal (already decided) edits nothing.
    let (refused, r) = say(&bot, in_mod_chat(MODERATOR2, &format!("/approve {id}")));
    assert!(refused.contains("cannot be done now"), "{refused}");
    assert!(r.notices.is_empty(), "{:?}", r.notices);
}

/// Flood control: three announcements go out at once; the next ones are folded and sent as
/// one digest by `tick` once the burst is over; later submissions are announced again.
#[test]
fn burst_is_folded_into_one_digest() {
    let w = World::new();
    let bot = w.bot();
    let mut ids = Vec::new();
    for n in 0..6 {
        let who = format!("5{n}");
        let (ack, r) = say(&bot, private(&who, &format!("/share {STORY} number {n}")));
        ids.push(reference(&ack).expect("accepted"));
        let announced = notices_to(&r, &mod_chat()).len();
        assert_eq!(announced, usize::from(n < 3), "submission {n}");
        w.advance(2);
    }
    assert!(bot.tick(w.now()).is_empty(), "the burst is not over yet");
    let t = w.advance(25);
    let digest = bot.tick(t);
    assert_eq!(digest.len(), 1);
    let text = render(&digest[0].reply);
    assert!(text.contains("3 new contributions"), "{text}");
    for id in &ids[3..] {
        assert!(text.contains(&format!("#{id}")), "{text}");
    }
    assert!(text.contains("/pending"), "{text}");
    assert!(bot.tick(w.advance(30)).is_empty(), "sent once");
    w.advance(60);
    let (_, r) = say(&bot, private("60", &format!("/share {STORY} later")));
    assert_eq!(
        notices_to(&r, &mod_chat()).len(),
        1,
        "announced at once again"
    );
}

/// Folded submissions survive a restart: a new bot's first tick announces them.
#[test]
fn folded_announcements_survive_restart() {
    let w = World::new();
    let bot = w.bot();
    for n in 0..4 {
        say(
            &bot,
            private(&format!("7{n}"), &format!("/share {STORY} take {n}")),
        );
    }
    drop(bot);
    let bot = w.bot();
    let notices = bot.tick(w.advance(1));
    assert_eq!(notices.len(), 1);
    let text = render(&notices[0].reply);
    assert!(
        text.contains("New contribution #4"),
        "a single one is announced in full: {text}"
    );
}

/// /pending pages through the queue; /review shows the full text, metadata and attachments.
#[test]
fn pending_pages_and_review_shows_everything() {
    let w = World::new();
    let bot = w.bot();
    for n in 0..7 {
        let mut msg = private(
            &format!("8{n}"),
            &format!("/share water: {STORY} variant {n}"),
        );
        msg.attachments = vec![Attachment {
            kind: "photo".into(),
            reference: format!("file{n}"),
        }];
        say(&bot, msg);
    }
    let (first, r) = say(&bot, private(MODERATOR, "/pending"));
    assert!(first.contains("Waiting for review: 7"), "{first}");
    let next = r
        .reply
        .as_ref()
        .and_then(|r| r.actions.iter().find(|a| a.label == "Next page"))
        .map(|a| a.kind.clone());
    assert_eq!(next, Some(ActionKind::Command("/pending 2".into())));
    let (second, _) = say(&bot, private(MODERATOR, "/pending 2"));
    assert!(
        second.contains("#6") && second.contains("#7") && !second.contains("#1 "),
        "{second}"
    );
    let r = bot.handle(&private(MODERATOR, "/review 3"));
    let reply: &Reply = r.reply.as_ref().expect("reply");
    let text = render(reply);
    assert!(
        text.contains("variant 2") && text.contains("Water and ponds"),
        "{text}"
    );
    assert!(text.contains("User82 (telegram:82)"), "{text}");
    assert_eq!(reply.attachments[0].reference, "file2");
    assert!(
        reply
            .actions
            .iter()
            .any(|a| a.kind == ActionKind::Approve(3))
    );
}

/// The chosen language is kept in the database: a rebuilt bot still answers in it.
#[test]
fn language_choice_survives_rebuild() {
    let w = World::new();
    say(&w.bot(), private("42", "/language sw"));
    let (help, r) = say(&w.bot(), private("42", "/help"));
    assert_eq!(r.reply.and_then(|r| r.lang), Some(Lang::Sw), "{help}");
}

/// Without a store, /share and /mine say contributions are not enabled.
#[test]
fn without_store_sharing_is_disabled() {
    let w = World::new();
    let bot = Bot::new(w.index.clone());
    for c in ["/share something worth sharing here", "/share", "/mine"] {
        let (text, _) = say(&bot, private("42", c));
        assert!(text.contains("not enabled"), "{c}: {text}");
    }
}

/// Many people submitting at once through `Bot::handle` from threads: every acknowledgement has
/// its own reference, and the store holds exactly those.
#[test]
fn concurrent_submissions_from_many_users() {
    let w = World::with_limits(Limits {
        per_hour: 100,
        ..Limits::default()
    });
    let bot = w.bot();
    let threads: Vec<_> = (0..12)
        .map(|t| {
            let bot = bot.clone();
            std::thread::spawn(move || {
                (0..6)
                    .map(|n| {
                        let text = format!("/share {STORY} from thread {t} story {n}");
                        let (ack, _) = say(&bot, private(&format!("9{t:02}"), &text));
                        (reference(&ack).expect("accepted"), t, n)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in threads {
        all.extend(t.join().expect("thread"));
    }
    let mut ids: Vec<i64> = all.iter().map(|(id, _, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 72);
    assert_eq!(w.store.counts().expect("counts").pending, 72);
    for (id, t, n) in all {
        let sub = w
            .store
            .get(SubmissionId(id))
            .expect("read")
            .expect("stored");
        assert!(
            sub.text.ends_with(&format!("thread {t} story {n}")),
            "{}",
            sub.text
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The real binary
// ---------------------------------------------------------------------------------------------

fn bin(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_miners-guide"));
    cmd.arg("--data-dir")
        .arg(data_dir())
        .arg("--index-dir")
        .arg(dir.join("index"))
        .arg("--db")
        .arg(dir.join("db.sqlite3"))
        .env("LANG", "C.UTF-8")
        .env("RUST_LOG", "warn")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("MATRIX_HOMESERVER")
        .env_remove("MODERATORS")
        .env_remove("MODERATOR_CHAT")
        .env_remove("MINERS_GUIDE_CONFIG");
    cmd
}

fn run(mut cmd: Command, input: &str) -> String {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start miners-guide");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The terminal chat runs the whole flow: a contributor shares, the operator (a moderator)
/// sees the announcement and approves, and the story is then found.
#[test]
fn terminal_chat_runs_the_whole_flow() {
    let dir = tempfile::tempdir().expect("temp");
    let mut cmd = bin(dir.path());
    cmd.arg("chat");
    let out = run(
        cmd,
        &format!(
            "/as ana\n/share {STORY} with berylsieve mats\n/as operator\n/pending\n/approve 1\n/find berylsieve\n"
        ),
    );
    assert!(out.contains("reference #1"), "{out}");
    assert!(
        out.contains("(to console:console)") && out.contains("/approve 1"),
        "{out}"
    );
    assert!(
        out.contains("#1 approved by operator (console:operator)"),
        "{out}"
    );
    assert!(out.contains("/cases sub-1"), "{out}");
}

/// `submissions list/show/approve/reject` and `export --format json|csv` on the real binary:
/// a decision on the command line is followed up (index, contributors told) by the next bot;
/// `list --json` prints only JSON even without `RUST_LOG`.
#[test]
fn cli_submissions_and_export() {
    let dir = tempfile::tempdir().expect("temp");
    {
        let store = Store::open(dir.path().join("db.sqlite3")).expect("store");
        for (n, text) in [
            (1, format!("{STORY} with garnetweir dams, \"really\"")),
            (2, format!("{STORY} with a second method")),
        ] {
            let new = miners_guide::store::NewSubmission {
                author: miners_guide::store::Actor::new("telegram", format!("4{n}"), "Ana"),
                chat_id: format!("4{n}"),
                attribution: if n == 1 {
                    Attribution::Name
                } else {
                    Attribution::Anonymous
                },
                lang: Lang::En,
                topic: Topic::Sediment,
                place: "Ilakaka, Madagascar".into(),
                text,
                attachments: Vec::new(),
            };
            store.submit(&new, 1_800_000_000).expect("submit");
        }
    }
    let list = |extra: &[&str]| {
        let mut cmd = bin(dir.path());
        cmd.arg("submissions").arg("list").args(extra);
        run(cmd, "")
    };
    let json: serde_json::Value =
        serde_json::from_str(&list(&["--json"])).expect("list --json is JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(2));
    // Without RUST_LOG a one-shot command logs only warnings: `list --json 2>&1` is JSON,
    // even on a new database (whose creation is logged at INFO).
    let fresh = tempfile::tempdir().expect("temp");
    let mut cmd = bin(fresh.path());
    cmd.args(["submissions", "list", "--json"])
        .env_remove("RUST_LOG");
    let out = cmd.output().expect("run");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "nothing but JSON");
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
    assert_eq!(json[0]["status"], "pending");

    let mut cmd = bin(dir.path());
    cmd.args(["submissions", "show", "1"]);
    let shown = run(cmd, "");
    assert!(
        shown.contains("garnetweir") && shown.contains("submit by Ana"),
        "{shown}"
    );

    let mut cmd = bin(dir.path());
    cmd.args(["submissions", "approve", "1", "--note", "clear"]);
    assert!(run(cmd, "").contains("#1 approved (as sub-1)"));
    let mut cmd = bin(dir.path());
    cmd.args(["submissions", "reject", "2", "--reason", "same as #1"]);
    assert!(run(cmd, "").contains("#2 rejected"));
    // The command line leaves the index to the bot: the next bot (here the terminal chat)
    // finds the approved story and tells the contributors (tests/process/serve.rs: the real bot).
    let mut cmd = bin(dir.path());
    cmd.arg("chat");
    let chat = run(cmd, "/find garnetweir\n");
    assert!(chat.contains("/cases sub-1"), "{chat}");
    assert!(
        chat.contains("(to telegram:41)") && chat.contains("was approved"),
        "{chat}"
    );
    assert!(
        chat.contains("(to telegram:42)") && chat.contains("same as #1"),
        "{chat}"
    );
    let pending = list(&["--status", "pending"]);
    assert!(pending.contains("No submissions"), "{pending}");

    let mut cmd = bin(dir.path());
    cmd.args(["export", "--format", "json"]);
    let exported: serde_json::Value = serde_json::from_str(&run(cmd, "")).expect("export json");
    assert_eq!(exported.as_array().map(Vec::len), Some(1));
    assert_eq!(exported[0]["id"], "sub-1");
    assert_eq!(exported[0]["topic"], "sediment");
    assert_eq!(exported[0]["attribution"], "Ana");
    assert_eq!(exported[0]["place"], "Ilakaka, Madagascar");
    assert!(
        exported[0]["approved_at"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    let mut cmd = bin(dir.path());
    cmd.args(["export", "--format", "csv"]);
    let csv = run(cmd, "");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,topic,place,lang,text,attribution,approved_at")
    );
    let row = lines.next().expect("one row");
    assert!(
        row.starts_with("sub-1,sediment,\"Ilakaka, Madagascar\",en,\""),
        "{row}"
    );
    assert!(row.contains("\"\"really\"\"\""), "{row}");

    for args in [
        vec!["submissions", "--help"],
        vec!["submissions", "reject", "--help"],
        vec!["export", "--help"],
    ] {
        let mut cmd = bin(dir.path());
        cmd.args(&args);
        assert!(run(cmd, "").contains("Usage"), "{args:?}");
    }
    let mut cmd = bin(dir.path());
    cmd.args(["submissions", "reject", "1"]);
    let out = cmd.output().expect("run");
    assert!(!out.status.success(), "a rejection needs --reason");
}

/// An Approve button pressed by a moderator decides at once; the answer (which adapters put in
/// place of the announcement) says who decided and when and still shows the story; a second
/// press is refused as already decided.
#[test]
fn approve_button_decides_and_keeps_the_story() {
    let w = World::new();
    let bot = w.bot();
    let (ack, _) = say(
        &bot,
        private("42", &format!("/share {STORY} using spinelmesh")),
    );
    let id = reference(&ack).expect("accepted");
    let r = bot.handle_action(&in_mod_chat(MODERATOR, ""), &ActionKind::Approve(id));
    let text = text_of(&r);
    assert!(
        text.contains(&format!(
            "#{id} approved by User{MODERATOR} (telegram:{MODERATOR}) on 2027-01-15"
        )),
        "{text}"
    );
    assert!(text.contains("spinelmesh"), "{text}");
    assert_eq!(
        notices_to(&r, &private("42", "").chat).len(),
        1,
        "the contributor is told"
    );
    let shown = notices_to(&r, &mod_chat());
    assert_eq!(shown.len(), 1, "and the moderators' chat: {:?}", r.notices);
    assert!(
        !shown[0]
            .reply
            .actions
            .iter()
            .any(|a| matches!(a.kind, ActionKind::Approve(_) | ActionKind::Reject(_))),
        "decided: its buttons are gone"
    );
    let again = bot.handle_action(&in_mod_chat(MODERATOR2, ""), &ActionKind::Approve(id));
    assert!(
        text_of(&again).contains("cannot be done now"),
        "{}",
        text_of(&again)
    );
}

//! The per-chat dispatcher and the core thread pool: updates of one chat are answered in
//! order, chats in parallel, at most [`ACTIVE_HANDLERS`] at once; each chat's queue and the
//! number of updates held in memory are bounded ([`QueueLimits`]). Core calls run on a fixed
//! pool of threads ([`call_core`]) so a slow search never blocks the async runtime.

#[allow(unused_imports)]
use super::*;

/// How many updates are answered at once (each holds a core call or an HTTP request to
/// Telegram in progress); the others wait in their chat's queue.
pub(super) const ACTIVE_HANDLERS: usize = 64;

/// Limits on the updates the adapter holds in memory (issue 6, security review: one
/// flooding chat must not starve the others, and a burst must not grow memory without bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueLimits {
    /// Updates fetched and not yet answered, all chats together. At this many, `getUpdates`
    /// pauses (Telegram keeps the rest) until a quarter of them are answered; in webhook mode
    /// further posts are refused with 503 (Telegram posts them again later).
    pub max_pending: usize,
    /// Updates waiting in one chat behind the one being answered; more from that chat are
    /// dropped (and logged), so a flood takes at most this many places.
    pub max_per_chat: usize,
}

impl QueueLimits {
    /// Default for [`QueueLimits::max_pending`].
    pub const DEFAULT_MAX_PENDING: usize = crate::config::DEFAULT_TELEGRAM_MAX_PENDING;
    /// Default for [`QueueLimits::max_per_chat`].
    pub const DEFAULT_MAX_PER_CHAT: usize = crate::config::DEFAULT_TELEGRAM_CHAT_QUEUE;
}

impl QueueLimits {
    /// Limits of `max_pending` in all and `max_per_chat` waiting per chat; `max_pending`
    /// must be at least 1.
    pub fn new(max_pending: usize, max_per_chat: usize) -> Result<QueueLimits, Error> {
        if max_pending == 0 {
            return Err(Error::Config(
                "the pending-update limit (TELEGRAM_MAX_PENDING) must be at least 1".into(),
            ));
        }
        Ok(QueueLimits {
            max_pending,
            max_per_chat,
        })
    }
}

impl Default for QueueLimits {
    fn default() -> Self {
        QueueLimits {
            max_pending: QueueLimits::DEFAULT_MAX_PENDING,
            max_per_chat: QueueLimits::DEFAULT_MAX_PER_CHAT,
        }
    }
}

/// One chat's waiting updates; present in [`Queues::chats`] exactly while a worker runs for
/// that chat.
#[derive(Default)]
pub(super) struct ChatQueue {
    pub(super) waiting: std::collections::VecDeque<Update>,
    /// Updates dropped since the chat's worker started (for the log).
    pub(super) dropped: u64,
}

/// The state shared by the dispatcher and its workers.
pub(super) struct Queues {
    pub(super) chats: Mutex<HashMap<i64, ChatQueue>>,
    /// Updates accepted and not yet answered (queued or being handled).
    pub(super) pending: AtomicUsize,
    /// Signalled whenever an update has been answered.
    pub(super) freed: Notify,
    /// Updates being answered at once (see [`ACTIVE_HANDLERS`]).
    pub(super) active: Semaphore,
}

impl Queues {
    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, ChatQueue>> {
        // The map stays consistent if a holder panicked: every change is one call.
        self.chats.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn finished(&self, n: usize) {
        self.pending.fetch_sub(n, Ordering::AcqRel);
        self.freed.notify_one();
    }
}

/// Ends a chat's worker: when the worker did not finish normally (a panic), its chat entry is
/// removed and its waiting updates are given up, so the chat gets a fresh worker next time and
/// the pending count stays right.
pub(super) struct WorkerGuard {
    pub(super) queues: Arc<Queues>,
    pub(super) key: i64,
    /// The update in hand is counted in `pending` and not finished yet.
    pub(super) holding: bool,
}

impl Drop for WorkerGuard {
    fn drop(&mut self) {
        if !self.holding {
            return;
        }
        let lost = self
            .queues
            .lock()
            .remove(&self.key)
            .map_or(0, |q| q.waiting.len());
        log::error!(
            "telegram: the worker of chat {} stopped early; {lost} waiting updates dropped",
            self.key
        );
        self.queues.finished(lost + 1);
    }
}

/// Hands updates to one worker task per busy chat, so a chat's updates are handled in order
/// and chats in parallel; a worker ends as soon as its chat has nothing waiting. Holds at most
/// [`QueueLimits::max_per_chat`] waiting updates per chat and tells the fetcher how much room
/// is left under [`QueueLimits::max_pending`].
pub(super) struct Dispatcher<H: Handler> {
    pub(super) ctx: Arc<Context<H>>,
    pub(super) queues: Arc<Queues>,
    pub(super) limits: QueueLimits,
    pub(super) workers: JoinSet<()>,
}

impl<H: Handler> Dispatcher<H> {
    pub(super) fn new(ctx: Arc<Context<H>>, limits: QueueLimits) -> Dispatcher<H> {
        Dispatcher {
            ctx,
            queues: Arc::new(Queues {
                chats: Mutex::new(HashMap::new()),
                pending: AtomicUsize::new(0),
                freed: Notify::new(),
                active: Semaphore::new(ACTIVE_HANDLERS),
            }),
            limits: QueueLimits {
                max_pending: limits.max_pending.max(1),
                max_per_chat: limits.max_per_chat,
            },
            workers: JoinSet::new(),
        }
    }

    /// Updates accepted and not answered yet.
    pub(super) fn pending(&self) -> usize {
        self.queues.pending.load(Ordering::Acquire)
    }

    /// How many more updates may be fetched now.
    pub(super) fn room(&self) -> usize {
        self.limits.max_pending.saturating_sub(self.pending())
    }

    /// Waits until enough updates were answered to fetch again: at least a quarter of
    /// `max_pending` (at most 100, Telegram's largest batch) free.
    pub(super) async fn wait_for_room(&self) {
        let want = (self.limits.max_pending / 4).clamp(1, 100);
        while self.room() < want {
            self.queues.freed.notified().await;
        }
    }

    /// Queues `update` behind its chat's earlier ones; false when it was dropped because its
    /// chat already has [`QueueLimits::max_per_chat`] updates waiting.
    pub(super) fn dispatch(&mut self, update: Update) -> bool {
        let key = order_key(&update);
        {
            let mut chats = self.queues.lock();
            if let Some(chat) = chats.get_mut(&key) {
                if chat.waiting.len() >= self.limits.max_per_chat {
                    chat.dropped += 1;
                    if chat.dropped.is_power_of_two() {
                        log::warn!(
                            "telegram: chat {key} is flooding; {} of its updates dropped",
                            chat.dropped
                        );
                    }
                    self.ctx.inbox.answered(update.id.0);
                    return false;
                }
                chat.waiting.push_back(update);
                self.queues.pending.fetch_add(1, Ordering::AcqRel);
                return true;
            }
            chats.insert(key, ChatQueue::default());
            self.queues.pending.fetch_add(1, Ordering::AcqRel);
        }
        let ctx = self.ctx.clone();
        let queues = self.queues.clone();
        self.workers.spawn(async move {
            let mut guard = WorkerGuard {
                queues,
                key,
                holding: true,
            };
            let mut next = Some(update);
            while let Some(update) = next {
                // A waiting update costs its own size; one being answered costs the whole
                // handling future (tens of kB with the HTTP requests in it), so only
                // ACTIVE_HANDLERS are answered at once, first come first served. The future
                // is boxed so that a worker waiting here stays small.
                let slot = guard.queues.active.acquire().await;
                let id = update.id.0;
                Box::pin(handle_update(&ctx, update)).await;
                drop(slot);
                ctx.inbox.answered(id);
                next = {
                    let mut chats = guard.queues.lock();
                    let more = chats.get_mut(&key).and_then(|c| c.waiting.pop_front());
                    if more.is_none() {
                        chats.remove(&key);
                    }
                    more
                };
                guard.holding = next.is_some();
                guard.queues.finished(1);
            }
        });
        // Reap finished workers so the set stays small.
        while let Some(done) = self.workers.try_join_next() {
            if let Err(e) = done {
                log::error!("telegram: an update worker failed: {e}");
            }
        }
        true
    }

    /// Stops taking updates and waits (bounded) for the workers to finish theirs.
    pub(super) async fn drain(mut self) {
        let all = async {
            while let Some(done) = self.workers.join_next().await {
                if let Err(e) = done {
                    log::error!("telegram: an update worker failed: {e}");
                }
            }
        };
        if tokio::time::timeout(DRAIN_TIMEOUT, all).await.is_err() {
            log::error!("telegram: shutdown gave up waiting for replies in progress");
        }
    }
}

/// The key whose updates must be handled in order: the chat, or the user for inline queries.
pub(super) fn order_key(update: &Update) -> i64 {
    match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => m.chat.id.0,
        UpdateKind::CallbackQuery(q) => q
            .message
            .as_ref()
            .map_or(q.from.id.0 as i64, |m| m.chat().id.0),
        UpdateKind::InlineQuery(q) => q.from.id.0 as i64,
        _ => 0,
    }
}

/// A fixed set of threads that run the core's calls (searches, SQLite writes) off the async
/// threads. Fixed, unlike `spawn_blocking`, so a burst neither starts a thread per update
/// nor spreads its allocations over a malloc arena per thread (each arena keeps its peak).
/// The threads end when the pool is dropped.
pub(super) struct CorePool {
    pub(super) jobs: Mutex<std::sync::mpsc::Sender<Job>>,
}

impl CorePool {
    /// Two threads per core: one computing, one waiting on the disk (a `/share` commits to
    /// SQLite with `synchronous=FULL`).
    pub(super) fn new() -> CorePool {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..threads {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("core-{i}"))
                .spawn(move || {
                    loop {
                        // One thread waits in `recv` at a time; the others wait for the lock.
                        let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        match job {
                            Ok(job) => job(),
                            Err(_) => break,
                        }
                    }
                });
            if let Err(e) = spawned {
                log::error!("telegram: could not start core thread {i}: {e}");
            }
        }
        CorePool {
            jobs: Mutex::new(tx),
        }
    }

    pub(super) fn submit(&self, job: Job) -> bool {
        self.jobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(job)
            .is_ok()
    }
}

/// Runs a core call on the [`CorePool`]; a panic in the core becomes `None`.
pub(super) async fn call_core<H, T: Send + 'static>(
    ctx: &Context<H>,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    });
    if !ctx.core.submit(job) {
        log::error!("telegram: no core thread is running");
        return None;
    }
    match rx.await {
        Ok(Ok(v)) => Some(v),
        Ok(Err(_)) | Err(_) => {
            log::error!("telegram: the core failed while answering");
            None
        }
    }
}

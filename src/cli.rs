//! The command line: `miners-guide [chat|search|index|serve|submissions|questions|export|report]`. Parsing is
//! clap derive; the work is here in the library so tests can drive it; `main.rs` only calls
//! [`run`].

use crate::config::{Config, ConfigArgs};
use crate::console::Console;
use crate::core::{Bot, ChatRef, Decision, Platform, case_doc_id, format_rfc3339, format_time};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::{SearchIndex, SearchOptions};
use crate::shutdown::Shutdown;
use crate::store::{Actor, QuestionId, QuestionStatus, Status, Store, Submission, SubmissionId};
use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

/// A multilingual chatbot for artisanal and small-scale gemstone miners and their cooperatives.
///
/// Without a command it opens the terminal chat, or serves the configured platforms
/// (Telegram, Matrix) when a token is set.
#[derive(Debug, Parser)]
#[command(name = "miners-guide", version, about, long_about)]
pub struct Cli {
    /// Settings (each also from an environment variable or --config FILE).
    #[command(flatten)]
    pub config: ConfigArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

impl Cli {
    /// The log filter when `RUST_LOG` is not set: warnings only for the one-shot commands
    /// (`search`, `submissions`, `export`, `index`), whose standard output is for scripts and
    /// whose standard error should stay quiet; the bot's own INFO lines for a running bot.
    pub fn log_filter(&self) -> &'static str {
        match self.command {
            Some(
                CliCommand::Search(_)
                | CliCommand::Submissions(_)
                | CliCommand::Questions(_)
                | CliCommand::Export(_)
                | CliCommand::Report(_)
                | CliCommand::Index,
            ) => "warn",
            Some(CliCommand::Chat(_) | CliCommand::Serve) | None => "warn,miners_guide=info",
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Chat with the bot in the terminal; reads one message per line (works piped too:
    /// printf '/find consulting\n' | miners-guide chat).
    Chat(ChatArgs),
    /// Search the knowledge base and print the hits.
    Search(SearchArgs),
    /// Rebuild the search index from the knowledge base folder.
    Index,
    /// Run every configured platform (Telegram, Matrix) until Ctrl-C or SIGTERM.
    Serve,
    /// List, read and decide case-study submissions (as the local operator, `cli:operator`).
    #[command(subcommand)]
    Submissions(SubmissionsCommand),
    /// List, read and answer the questions people asked the experts (`/ask`), as the local
    /// operator (`cli:operator`).
    #[command(subcommand)]
    Questions(QuestionsCommand),
    /// Write the approved case studies (id, topic, place, lang, text, attribution,
    /// approved_at) as JSON or CSV.
    Export(ExportArgs),
    /// What people searched for over the last days: the searches that found nothing or little
    /// (grouped, most frequent first), the top searches, searches per language and platform
    /// (and open questions and the share of helpful answers, once questions exist).
    Report(ReportArgs),
}

/// Options of `report`.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// How many days back, from 1 to 3660.
    #[arg(long, default_value_t = crate::core::DEFAULT_REPORT_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::core::MAX_REPORT_DAYS)))]
    pub days: u32,
    /// Print JSON (every group, not only the first ten of each list).
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Print CSV (section, query or name, searches, weak, empty), every cell spreadsheet-safe.
    #[arg(long)]
    pub csv: bool,
}

/// `submissions` subcommands.
#[derive(Debug, Subcommand)]
pub enum SubmissionsCommand {
    /// List submissions, oldest first.
    List(ListArgs),
    /// Show one submission in full, with its audit log.
    Show {
        /// The submission number (42 or #42).
        id: SubmissionId,
        /// Print it as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Approve a pending submission, as a moderator in chat would: the running bot (or the
    /// next one started) makes it searchable and tells the contributor and the moderators.
    Approve {
        /// The submission number.
        id: SubmissionId,
        /// A note kept with the decision.
        #[arg(long)]
        note: Option<String>,
    },
    /// Reject a pending submission with a reason; the running bot (or the next one started)
    /// tells the contributor and the moderators.
    Reject {
        /// The submission number.
        id: SubmissionId,
        /// Why (the contributor's record keeps it).
        #[arg(long, required = true)]
        reason: String,
    },
    /// Take a decision back: the submission is pending again (an approved story leaves the
    /// search); the running bot (or the next one started) tells the contributor and shows it
    /// to the moderators with its buttons again.
    Reopen {
        /// The submission number.
        id: SubmissionId,
    },
}

/// `questions` subcommands.
#[derive(Debug, Subcommand)]
pub enum QuestionsCommand {
    /// List questions, oldest first.
    List {
        /// Only this status (open, answered, published).
        #[arg(long)]
        status: Option<QuestionStatus>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// How many at most.
        #[arg(long, default_value_t = 1000)]
        limit: u32,
    },
    /// Show one question with its thread (follow-ups, answers) and audit log.
    Show {
        /// The question's reference (Q-12 or 12).
        id: QuestionId,
        /// Print it as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Answer a question, as an expert in chat would: the running bot (or the next one
    /// started) delivers the answer to the person who asked.
    Answer {
        /// The question's reference (Q-12 or 12).
        id: QuestionId,
        /// The answer, in your own words.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
}

/// Options of `submissions list`.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only this status (pending, approved, rejected, withdrawn).
    #[arg(long)]
    pub status: Option<Status>,
    /// Print a JSON array.
    #[arg(long)]
    pub json: bool,
    /// How many at most.
    #[arg(long, default_value_t = 1000)]
    pub limit: u32,
}

/// The formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A JSON array of objects.
    Json,
    /// CSV with a header line (RFC 4180 quoting).
    Csv,
}

/// Options of `export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

/// Options of `chat`.
#[derive(Debug, Clone, Default, Args)]
pub struct ChatArgs {
    /// Reply language hint (en, fr, es, pt, sw); defaults to the terminal's LANG.
    #[arg(long, env = "LANG", hide_env_values = true)]
    pub lang: Option<String>,
}

/// Options of `search`.
#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// Print the hits as a JSON array (id, kind, lang, title, snippet, score).
    #[arg(long)]
    pub json: bool,
    /// The searcher's language (en, fr, es, pt, sw): preferred results and titles.
    #[arg(long, default_value = "en")]
    pub lang: Lang,
    /// How many hits at most.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub limit: u16,
    /// Only this kind of entry (org, guide, case).
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<Kind>,
    /// What to look for.
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    Kind::parse(s).ok_or_else(|| format!("{s:?} is not a kind: use org, guide or case"))
}

/// Runs the command line. `teloxide_token` is `TELOXIDE_TOKEN` (the alternative name of the
/// Telegram token).
pub fn run(cli: Cli, teloxide_token: Option<String>) -> anyhow::Result<()> {
    let config = Config::resolve(&cli.config, teloxide_token)?;
    match cli.command {
        Some(CliCommand::Chat(args)) => chat(&config, &args),
        Some(CliCommand::Search(args)) => search(&config, &args),
        Some(CliCommand::Index) => index(&config),
        Some(CliCommand::Serve) => serve_blocking(&config),
        Some(CliCommand::Submissions(cmd)) => submissions(&config, cmd),
        Some(CliCommand::Questions(cmd)) => questions(&config, cmd),
        Some(CliCommand::Export(args)) => export(&config, &args),
        Some(CliCommand::Report(args)) => report(&config, &args),
        None if config.platforms().is_empty() => chat(
            &config,
            &ChatArgs {
                lang: std::env::var("LANG").ok(),
            },
        ),
        None => serve_blocking(&config),
    }
}

/// Checks that `dir` looks like a knowledge base, with advice when it does not.
pub fn check_data_dir(dir: &Path) -> anyhow::Result<()> {
    let missing: Vec<&str> = Kind::ALL
        .iter()
        .filter(|k| k.folder_required())
        .map(|k| k.as_str())
        .filter(|k| !dir.join(k).is_dir())
        .collect();
    if !missing.is_empty() {
        bail!(
            "the knowledge base folder {} was not found or is incomplete (missing {}/): run \
             miners-guide from the repository folder, or pass --data-dir DIR (or set \
             MINERS_GUIDE_DATA_DIR)",
            dir.display(),
            missing.join("/, ")
        );
    }
    Ok(())
}

/// Opens (building if needed) the search index of `config`.
pub fn open_index(config: &Config) -> anyhow::Result<Arc<SearchIndex>> {
    check_data_dir(&config.data_dir)?;
    let index = SearchIndex::open(&config.data_dir, &config.index_dir).with_context(|| {
        format!(
            "cannot open the search index in {} (built from {}); fix the file named above, or \
             delete the index folder and run `miners-guide index`",
            config.index_dir.display(),
            config.data_dir.display()
        )
    })?;
    index.set_result_cache(config.search_cache);
    Ok(Arc::new(index))
}

/// Opens the submissions database of `config` with its limits.
pub fn open_store(config: &Config) -> anyhow::Result<Arc<Store>> {
    let store = Store::open_with_limits(&config.db, config.limits.clone()).with_context(|| {
        format!(
            "cannot open the submissions database {} (set another file with --db FILE)",
            config.db.display()
        )
    })?;
    Ok(Arc::new(store))
}

/// The bot of `config`: its index, its submissions store, moderators and moderators' chat.
pub fn build_bot(config: &Config) -> anyhow::Result<Bot> {
    Ok(Bot::builder(open_index(config)?)
        .store(open_store(config)?)
        .moderators(config.moderator_keys())
        .moderator_chat(config.moderator_chat.clone())
        .experts(config.expert_keys())
        .expert_chat(config.expert_chat.clone())
        .expert_attribution(config.expert_attribution)
        .user_rate(config.user_rate)
        .retention_days(config.retention_days)
        .build())
}

fn chat(config: &Config, args: &ChatArgs) -> anyhow::Result<()> {
    // The local operator moderates, and the terminal is the moderators' chat: the whole
    // contribution flow can be tried without any platform account.
    let bot = Bot::builder(open_index(config)?)
        .store(open_store(config)?)
        .moderators(config.moderator_keys())
        .moderators([crate::console::OPERATOR_KEY])
        .moderator_chat(Some(ChatRef {
            platform: Platform::Console,
            id: crate::console::CHAT_ID.to_string(),
        }))
        .experts(config.expert_keys())
        .expert_attribution(config.expert_attribution)
        .user_rate(config.user_rate)
        .retention_days(config.retention_days)
        .build();
    // `/health` and `/metrics` for the terminal chat too, on a small runtime of their own.
    let (_stop_listener, listener) = crate::shutdown::channel();
    let _runtime = match config.metrics_listen {
        Some(addr) => Some(listen_beside_chat(addr, listener)?),
        None => None,
    };
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let interactive = stdin.is_terminal() && stdout.is_terminal();
    let mut console = Console::new(bot, args.lang.clone());
    console
        .run(stdin.lock(), stdout.lock(), interactive)
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e)
            }
        })
        .context("terminal chat")
}

/// Serves `/health` and `/metrics` on `addr` from a one-thread runtime (kept alive by the
/// returned value) while the terminal chat reads lines; the bound address goes to standard
/// error, so a script or test can find a free port it asked for with `:0`.
fn listen_beside_chat(
    addr: std::net::SocketAddr,
    shutdown: Shutdown,
) -> anyhow::Result<tokio::runtime::Runtime> {
    crate::metrics::install()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let health = crate::health::Health::new();
    health.reporter(Platform::Console).connected();
    let (bound, _task) = runtime.block_on(crate::health::serve(&health, addr, shutdown))?;
    eprintln!("metrics: http://{bound}/metrics");
    Ok(runtime)
}

fn search(config: &Config, args: &SearchArgs) -> anyhow::Result<()> {
    let index = open_index(config)?;
    let query = args.query.join(" ");
    let opts = SearchOptions {
        lang: args.lang,
        limit: args.limit.into(),
        offset: 0,
        kinds: args.kind.into_iter().collect(),
    };
    let results = index.search(&query, &opts).context("search failed")?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &results.hits)?;
        writeln!(out)?;
        return Ok(());
    }
    if results.hits.is_empty() {
        writeln!(out, "No results for {query:?}.")?;
        if !results.suggestions.is_empty() {
            writeln!(out, "Did you mean: {}", results.suggestions.join(", "))?;
        }
        return Ok(());
    }
    // On a very large index the total may be a lower bound.
    let plus = if results.total_is_exact { "" } else { "+" };
    writeln!(
        out,
        "{} of {}{plus} results for {query:?} ({}):",
        results.hits.len(),
        results.total,
        crate::search::Outcome::of(&results)
    )?;
    for (i, hit) in results.hits.iter().enumerate() {
        writeln!(
            out,
            "\n{}. {} [{} {}, score {:.2}]\n   {}\n   {}",
            i + 1,
            hit.title,
            hit.kind,
            hit.lang,
            hit.score,
            hit.snippet.text.replace('\n', " "),
            crate::core::view::open_command(hit.kind, &hit.id)
        )?;
    }
    Ok(())
}

fn index(config: &Config) -> anyhow::Result<()> {
    check_data_dir(&config.data_dir)?;
    let mut out = std::io::stdout().lock();
    let index = SearchIndex::rebuild(&config.data_dir, &config.index_dir, &mut |line| {
        let _ = writeln!(out, "{line}");
    })
    .with_context(|| {
        format!(
            "cannot build the index from {} into {}",
            config.data_dir.display(),
            config.index_dir.display()
        )
    })?;
    drop(out);
    let kb = index.kb();
    let count = |k: Kind| kb.of_kind(k).count();
    println!(
        "Indexed {} entries ({} organisations, {} guides, {} case studies, {} country pages) in \
         {} languages \
         from {} into {}.",
        kb.len(),
        count(Kind::Org),
        count(Kind::Guide),
        count(Kind::Case),
        count(Kind::Country),
        Lang::ALL.len(),
        config.data_dir.display(),
        config.index_dir.display()
    );
    for line in translation_report(kb) {
        println!("{line}");
    }
    Ok(())
}

/// One line per language other than English: how many entries it has a text for (reviewed,
/// draft, not saying), the entries shown in English instead, and the bot's own messages it
/// lacks. For `miners-guide index`, so translators see what is left.
pub fn translation_report(kb: &crate::kb::KnowledgeBase) -> Vec<String> {
    use crate::core::i18n;
    let mut lines = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let c = kb.coverage(lang);
        let texts = c.reviewed + c.draft.len() + c.unstated;
        let mut line = format!(
            "{lang} ({}): {texts} of {} entries translated ({} reviewed, {} draft, {} not saying)",
            lang.native_name(),
            kb.len(),
            c.reviewed,
            c.draft.len(),
            c.unstated
        );
        if !c.missing.is_empty() {
            line.push_str(&format!("; shown in English: {}", c.missing.join(", ")));
        }
        let messages = i18n::missing_messages(lang);
        if !messages.is_empty() {
            line.push_str(&format!("; messages missing: {}", messages.join(", ")));
        }
        if i18n::review(lang) == crate::lang::Review::Draft {
            line.push_str("; the bot's messages are a draft");
        }
        lines.push(line);
    }
    lines
}

/// Describes which platforms are configured, one line each (never showing a secret).
pub fn describe_platforms(config: &Config) -> Vec<String> {
    let mut lines = Vec::new();
    match &config.telegram {
        Some(t) => lines.push(format!(
            "telegram: configured ({}, {})",
            t.api_url
                .as_deref()
                .map(|u| format!("Bot API at {u}"))
                .unwrap_or_else(|| "api.telegram.org".into()),
            if t.webhook_url.is_some() {
                "webhook"
            } else {
                "long polling"
            }
        )),
        None => lines.push(
            "telegram: not configured (set TELEGRAM_BOT_TOKEN or TELOXIDE_TOKEN)".to_string(),
        ),
    }
    match (&config.matrix, config.matrix_incomplete.is_empty()) {
        (Some(m), _) => lines.push(format!(
            "matrix: configured ({} on {})",
            m.user, m.homeserver
        )),
        (None, true) => lines.push(
            "matrix: not configured (set MATRIX_HOMESERVER, MATRIX_USER and MATRIX_PASSWORD or \
             MATRIX_ACCESS_TOKEN)"
                .to_string(),
        ),
        (None, false) => lines.push(format!(
            "matrix: incomplete, missing {}",
            config.matrix_incomplete.join(", ")
        )),
    }
    lines
}

fn serve_blocking(config: &Config) -> anyhow::Result<()> {
    if config.metrics_listen.is_some()
        || config
            .telegram
            .as_ref()
            .is_some_and(|t| t.webhook_url.is_some())
    {
        crate::metrics::install()?;
    }
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let shutdown = crate::shutdown::on_signals();
        let bot = build_bot(config)?;
        serve(bot, config, shutdown).await
    })
}

/// Prints which platforms are configured, then runs them all with `bot` until `shutdown`
/// ([`crate::serve::run`]: adapters, notice routing between platforms, periodic work).
pub async fn serve(bot: Bot, config: &Config, shutdown: Shutdown) -> anyhow::Result<()> {
    for line in describe_platforms(config) {
        eprintln!("{line}");
    }
    crate::serve::run(bot, config, shutdown)
        .await
        .map_err(anyhow::Error::from)
}

/// The operator acting from the command line.
fn cli_operator() -> Actor {
    Actor::new("cli", "operator", "operator")
}

fn submissions(config: &Config, cmd: SubmissionsCommand) -> anyhow::Result<()> {
    let store = open_store(config)?;
    let mut out = std::io::stdout().lock();
    let now = crate::store::unix_now();
    match cmd {
        SubmissionsCommand::List(args) => {
            let page = store.list(args.status, args.limit, 0)?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &page.items)?;
                writeln!(out)?;
                return Ok(());
            }
            if page.items.is_empty() {
                writeln!(out, "No submissions.")?;
                return Ok(());
            }
            for s in &page.items {
                writeln!(
                    out,
                    "{:>6}  {:<9}  {:<16}  {}  {} ({})  {}",
                    s.id.to_string(),
                    s.status.as_str(),
                    s.topic.as_str(),
                    format_time(s.created_at),
                    s.author.name,
                    s.author.key(),
                    crate::core::view::shorten(&s.text.replace('\n', " "), 60)
                )?;
            }
            writeln!(out, "{} of {} shown.", page.items.len(), page.total)?;
        }
        SubmissionsCommand::Show { id, json } => {
            let Some(s) = store.get(id)? else {
                bail!("there is no submission {id}");
            };
            let audit = store.audit_for(id)?;
            if json {
                let value = serde_json::json!({ "submission": s, "audit": audit });
                serde_json::to_writer_pretty(&mut out, &value)?;
                writeln!(out)?;
                return Ok(());
            }
            write_submission(&mut out, &s)?;
            writeln!(out, "\nAudit log:")?;
            for a in audit {
                writeln!(
                    out,
                    "  {}  {} by {} ({}): {} -> {}{}",
                    format_time(a.at),
                    a.action.as_str(),
                    a.actor.name,
                    a.actor.key(),
                    a.from.map(|f| f.as_str()).unwrap_or("-"),
                    a.to.as_str(),
                    a.reason.map(|r| format!(" — {r}")).unwrap_or_default()
                )?;
            }
        }
        SubmissionsCommand::Approve { id, note } => {
            let decision = Decision::Approve {
                note: note.as_deref(),
            };
            crate::core::decide(&store, id, decision, &cli_operator(), now)
                .with_context(|| format!("cannot approve {id}"))?;
            writeln!(
                out,
                "{id} approved (as {}). The running bot makes it searchable, tells the \
                 contributor and the moderators' chat within seconds; a bot started later does \
                 it when it starts.",
                case_doc_id(id)
            )?;
        }
        SubmissionsCommand::Reject { id, reason } => {
            let decision = Decision::Reject { reason: &reason };
            crate::core::decide(&store, id, decision, &cli_operator(), now)
                .with_context(|| format!("cannot reject {id}"))?;
            writeln!(
                out,
                "{id} rejected. The running bot tells the contributor and the moderators' chat \
                 within seconds; a bot started later does it when it starts."
            )?;
        }
        SubmissionsCommand::Reopen { id } => {
            crate::core::decide(&store, id, Decision::Reopen, &cli_operator(), now)
                .with_context(|| format!("cannot reopen {id}"))?;
            writeln!(
                out,
                "{id} is pending again. The running bot takes it out of the search, tells the \
                 contributor and the moderators' chat within seconds; a bot started later does \
                 it when it starts."
            )?;
        }
    }
    Ok(())
}

fn questions(config: &Config, cmd: QuestionsCommand) -> anyhow::Result<()> {
    let store = open_store(config)?;
    let mut out = std::io::stdout().lock();
    match cmd {
        QuestionsCommand::List {
            status,
            json,
            limit,
        } => {
            let page = store.questions(status, limit, 0)?;
            if json {
                serde_json::to_writer_pretty(&mut out, &page.items)?;
                writeln!(out)?;
                return Ok(());
            }
            if page.items.is_empty() {
                writeln!(out, "No questions.")?;
                return Ok(());
            }
            for q in &page.items {
                writeln!(
                    out,
                    "{:>7}  {:<9}  {}  {} ({})  {}",
                    q.id.to_string(),
                    q.status.as_str(),
                    format_time(q.created_at),
                    q.asker.name,
                    q.asker.key(),
                    crate::core::view::shorten(&q.text.replace('\n', " "), 60)
                )?;
            }
            writeln!(out, "{} of {} shown.", page.items.len(), page.total)?;
        }
        QuestionsCommand::Show { id, json } => {
            let Some(q) = store.question(id)? else {
                bail!("there is no question {id}");
            };
            let thread = store.thread(id)?;
            let audit = store.question_audit(id)?;
            if json {
                let value = serde_json::json!({ "question": q, "thread": thread, "audit": audit });
                serde_json::to_writer_pretty(&mut out, &value)?;
                writeln!(out)?;
                return Ok(());
            }
            writeln!(out, "Question {} ({})", q.id, q.status.as_str())?;
            writeln!(
                out,
                "From:     {} ({}) in chat {}",
                q.asker.name,
                q.asker.key(),
                q.chat_id
            )?;
            writeln!(out, "Language: {}", q.lang)?;
            writeln!(out, "Asked:    {}", format_time(q.created_at))?;
            if let Some(f) = q.feedback {
                writeln!(out, "Feedback: {}", f.as_str())?;
            }
            for m in &thread {
                writeln!(
                    out,
                    "\n[{}] {} by {} ({}){}:\n{}",
                    format_time(m.at),
                    m.kind.as_str(),
                    m.author.name,
                    m.author.key(),
                    if m.claimed_at.is_none() {
                        ", waiting for a running bot"
                    } else {
                        ""
                    },
                    m.text
                )?;
            }
            writeln!(out, "\nAudit log:")?;
            for a in audit {
                writeln!(
                    out,
                    "  {}  {} by {} ({}) -> {}",
                    format_time(a.at),
                    a.action.as_str(),
                    a.actor.name,
                    a.actor.key(),
                    a.to.as_str()
                )?;
            }
        }
        QuestionsCommand::Answer { id, text } => {
            let text = text.join(" ");
            crate::core::answer_question(
                &store,
                id,
                &cli_operator(),
                config.expert_attribution,
                &text,
                crate::store::unix_now(),
            )
            .with_context(|| format!("cannot answer {id}"))?;
            writeln!(
                out,
                "{id} answered. The running bot delivers the answer to the person who asked \
                 within seconds; a bot started later does it when it starts."
            )?;
        }
    }
    Ok(())
}

fn write_submission(out: &mut impl Write, s: &Submission) -> std::io::Result<()> {
    writeln!(out, "Submission {} ({})", s.id, s.status.as_str())?;
    writeln!(
        out,
        "From:     {} ({}) in chat {}",
        s.author.name,
        s.author.key(),
        s.chat_id
    )?;
    writeln!(
        out,
        "Credit:   {}",
        s.credited_name().unwrap_or("anonymous")
    )?;
    writeln!(out, "Topic:    {}", s.topic.as_str())?;
    writeln!(out, "Place:    {}", s.place)?;
    writeln!(out, "Language: {}", s.lang)?;
    writeln!(out, "Sent:     {}", format_time(s.created_at))?;
    if let (Some(by), Some(at)) = (&s.decided_by, s.decided_at) {
        writeln!(
            out,
            "Decided:  {} by {} ({})",
            format_time(at),
            by.name,
            by.key()
        )?;
    }
    if let Some(note) = &s.note {
        writeln!(out, "Note:     {note}")?;
    }
    for a in &s.attachments {
        writeln!(out, "Attached: {} {}", a.kind, a.reference)?;
    }
    writeln!(out, "\n{}", s.text)
}

/// One approved case study as exported.
#[derive(Debug, serde::Serialize)]
struct ExportedCase {
    id: String,
    topic: &'static str,
    place: String,
    lang: &'static str,
    text: String,
    attribution: String,
    approved_at: String,
}

fn export(config: &Config, args: &ExportArgs) -> anyhow::Result<()> {
    let store = open_store(config)?;
    let cases: Vec<ExportedCase> = store
        .approved()?
        .into_iter()
        .map(|s| ExportedCase {
            id: case_doc_id(s.id),
            topic: s.topic.as_str(),
            place: s.place.clone(),
            lang: s.lang.code(),
            attribution: s.credited_name().unwrap_or("anonymous").to_string(),
            approved_at: format_rfc3339(s.decided_at.unwrap_or(s.updated_at)),
            text: s.text,
        })
        .collect();
    let mut buf = Vec::new();
    match args.format {
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut buf, &cases)?;
            buf.push(b'\n');
        }
        ExportFormat::Csv => write_csv(&cases, &mut buf)?,
    }
    match &args.output {
        Some(path) => std::fs::write(path, &buf)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(&buf)?,
    }
    Ok(())
}

fn report(config: &Config, args: &ReportArgs) -> anyhow::Result<()> {
    let store = open_store(config)?;
    let now = crate::store::unix_now();
    let since = now.saturating_sub(i64::from(args.days) * 86_400);
    let report = store.search_report(since, now)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else if args.csv {
        write_report_csv(&report, &mut out)?;
    } else {
        let reply = crate::core::report_reply(&report, args.days, Lang::En);
        writeln!(out, "{}", crate::console::render(&reply))?;
    }
    Ok(())
}

/// Writes a report as CSV with a header line: one row per total, query group, language,
/// platform and (when questions exist) age range and rating, every cell [`spreadsheet_safe`].
fn write_report_csv(r: &crate::store::SearchReport, out: impl Write) -> csv::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(["section", "name", "searches", "weak", "empty"])?;
    let mut row = |section: &str, name: &str, searches: u64, weak: u64, empty: u64| {
        w.write_record(
            [
                section,
                name,
                &searches.to_string(),
                &weak.to_string(),
                &empty.to_string(),
            ]
            .map(spreadsheet_safe),
        )
    };
    row("total", "", r.searches, r.weak, r.empty)?;
    for q in &r.misses {
        row("miss", &q.query, q.searches, q.weak, q.empty)?;
    }
    for q in &r.top {
        row("top", &q.query, q.searches, q.weak, q.empty)?;
    }
    for g in &r.by_lang {
        row("language", &g.name, g.searches, g.weak, g.empty)?;
    }
    for g in &r.by_platform {
        row("platform", &g.name, g.searches, g.weak, g.empty)?;
    }
    if let Some(q) = &r.questions {
        for a in &q.open_by_age {
            let name = match a.to_days {
                Some(to) => format!("{}-{to} days", a.from_days),
                None => format!("{}+ days", a.from_days),
            };
            row("open questions", &name, a.open, 0, 0)?;
        }
        if let Some(h) = &q.helpful {
            row("answers rated", "helped", h.helped, 0, 0)?;
            row("answers rated", "did not help", h.not_helped, 0, 0)?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Writes `cases` as CSV with a header line (RFC 4180: CRLF line ends, fields quoted when they
/// need it), every field [`spreadsheet_safe`].
fn write_csv(cases: &[ExportedCase], out: impl Write) -> csv::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record([
        "id",
        "topic",
        "place",
        "lang",
        "text",
        "attribution",
        "approved_at",
    ])?;
    for c in cases {
        w.write_record(
            [
                c.id.as_str(),
                c.topic,
                c.place.as_str(),
                c.lang,
                c.text.as_str(),
                c.attribution.as_str(),
                c.approved_at.as_str(),
            ]
            .map(spreadsheet_safe),
        )?;
    }
    w.flush()?;
    Ok(())
}

/// A CSV cell that a spreadsheet shows as text and never runs as a formula: one that begins
/// with `=`, `+`, `-` or `@` (also after leading whitespace), or with a tab or a carriage
/// return, gets a leading `'` (OWASP's advice for CSV injection).
fn spreadsheet_safe(cell: &str) -> String {
    let risky =
        cell.starts_with(['\t', '\r']) || cell.trim_start().starts_with(['=', '+', '-', '@']);
    if risky {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(place: &str, text: &str, attribution: &str) -> ExportedCase {
        ExportedCase {
            id: "sub-1".into(),
            topic: "water",
            place: place.into(),
            lang: "en",
            text: text.into(),
            attribution: attribution.into(),
            approved_at: "2027-01-15T10:00:00Z".into(),
        }
    }

    fn read_back(cases: &[ExportedCase]) -> Vec<Vec<String>> {
        let mut buf = Vec::new();
        write_csv(cases, &mut buf).expect("csv");
        csv::Reader::from_reader(buf.as_slice())
            .records()
            .map(|r| r.expect("record").iter().map(str::to_string).collect())
            .collect()
    }

    /// Commas, quotes and line breaks round-trip through a CSV reader; lines end in CRLF and
    /// plain fields are not quoted.
    #[test]
    fn csv_quotes_and_newlines_round_trip() {
        let text = "we said \"dig here\", then\nwe dug,\r\nand waited";
        let cases = [case("Ilakaka, Madagascar", text, "Ana")];
        let rows = read_back(&cases);
        assert_eq!(rows[0][2], "Ilakaka, Madagascar");
        assert_eq!(rows[0][4], text);
        let mut buf = Vec::new();
        write_csv(&cases, &mut buf).expect("csv");
        let raw = String::from_utf8(buf).expect("utf-8");
        assert!(raw.starts_with("id,topic,place,lang,text,attribution,approved_at\r\n"));
        assert!(raw.contains("sub-1,water,\"Ilakaka, Madagascar\",en,\"we said \"\"dig"));
    }

    /// A cell that begins with `=`, `+`, `-` or `@`, also after spaces, or with a tab or a
    /// carriage return, is exported with a leading `'`, so a spreadsheet shows it as text
    /// instead of running it; ordinary cells are unchanged.
    #[test]
    fn csv_cells_cannot_run_as_formulas() {
        for risky in [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1+1",
            "-2+3",
            "@SUM(A1:A9)",
            "  =1+1",
            "\t=1+1",
            "\r=1+1",
            "\tplain",
        ] {
            let rows = read_back(&[case(risky, risky, risky)]);
            for cell in [&rows[0][2], &rows[0][4], &rows[0][5]] {
                assert_eq!(*cell, format!("'{risky}"), "{risky:?}");
            }
        }
        let rows = read_back(&[case("Mogok, Myanmar", "a = b", "Ana-Maria")]);
        assert_eq!(
            rows[0][2..6],
            ["Mogok, Myanmar", "en", "a = b", "Ana-Maria"]
        );
    }
}

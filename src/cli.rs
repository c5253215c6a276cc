//! The command line: `miners-guide [chat|search|index|serve]`. Parsing is clap derive; the
//! work is here in the library so tests can drive it; `main.rs` only calls [`run`].

use crate::config::{Config, ConfigArgs};
use crate::console::Console;
use crate::core::{Bot, Platform};
use crate::kb::Kind;
use crate::lang::Lang;
use crate::search::{SearchIndex, SearchOptions};
use crate::shutdown::Shutdown;
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
    Ok(Arc::new(index))
}

fn chat(config: &Config, args: &ChatArgs) -> anyhow::Result<()> {
    let bot = Bot::new(open_index(config)?);
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
    writeln!(
        out,
        "{} of {} results for {query:?}:",
        results.hits.len(),
        results.total
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
        "Indexed {} entries ({} organisations, {} guides, {} case studies) in {} languages \
         from {} into {}.",
        kb.len(),
        count(Kind::Org),
        count(Kind::Guide),
        count(Kind::Case),
        Lang::ALL.len(),
        config.data_dir.display(),
        config.index_dir.display()
    );
    Ok(())
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
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let shutdown = crate::shutdown::on_signals();
        let bot = Bot::new(open_index(config)?);
        serve(bot, config, shutdown).await
    })
}

/// Runs every configured platform adapter with `bot` until `shutdown`.
///
/// This is the extension point for the adapters: each platform module provides
/// `async fn run(bot: Bot, config: &Config, shutdown: Shutdown) -> anyhow::Result<()>`, and is
/// spawned here when its settings are present.
pub async fn serve(bot: Bot, config: &Config, shutdown: Shutdown) -> anyhow::Result<()> {
    for line in describe_platforms(config) {
        eprintln!("{line}");
    }
    let platforms = config.platforms();
    if platforms.is_empty() {
        bail!(
            "no platform is configured: set TELEGRAM_BOT_TOKEN (Telegram) or MATRIX_HOMESERVER, \
             MATRIX_USER and MATRIX_PASSWORD (Matrix), or try the bot with `miners-guide chat`"
        );
    }
    let _ = (&bot, &shutdown);
    let missing: Vec<&str> = platforms.iter().map(|p: &Platform| p.as_str()).collect();
    bail!(
        "this build has no adapter for {} yet; use `miners-guide chat` meanwhile",
        missing.join(" and ")
    )
}

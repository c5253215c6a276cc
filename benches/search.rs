//! Search benchmark: index build time and per-query latency (p50/p99) over the real knowledge
//! base in `data/` and over a generated corpus in the same schema (default 100,000 entries, five
//! languages each), with the targets of issue 6 (p99 ≤ 1 ms on the knowledge base, ≤ 10 ms on
//! the generated corpus).
//!
//! `cargo bench --bench search` runs it in release. Settings (environment):
//! - `SEARCH_BENCH_ENTRIES`: entries in the generated corpus (default 100000; each entry is one
//!   index document per language, so five documents);
//! - `SEARCH_BENCH_ITERS`: timed runs of every query (default 200 on the knowledge base, a
//!   quarter of that on the generated corpus);
//! - `SEARCH_BENCH_SKIP_BIG=1`: only the knowledge base;
//! - `SEARCH_BENCH_QUERY`: only the queries containing this text (for profiling).
//!
//! Run without `--bench` (as `cargo test --all-targets` does), it makes a quick smoke run over a
//! tiny corpus so that it stays fast and still checks that every query runs.

use miners_guide::kb::{Category, Entry, Kind, KnowledgeBase, OrgInfo, Region, Status, Text};
use miners_guide::lang::Lang;
use miners_guide::search::{SearchIndex, SearchOptions, Synonyms};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// p99 target on the real knowledge base.
const KB_TARGET: Duration = Duration::from_millis(1);
/// p99 target on the generated corpus.
const BIG_TARGET: Duration = Duration::from_millis(10);

/// Queries beside the fixture file: typos, other languages, synonyms, hostile input.
const EXTRA_QUERIES: &[(&str, &str)] = &[
    ("en", "mintec"),
    ("es", "cooperacion"),
    ("en", "practicle action"),
    ("en", "wardel"),
    ("en", "silt in the river"),
    ("en", "money for our cooperative"),
    ("en", "mining licence"),
    ("en", "permit"),
    ("fr", "saphir madagascar"),
    ("fr", "sécurité dans la mine"),
    ("es", "esmeraldas colombia"),
    ("pt", "água limpa"),
    ("pt", "cooperativa de garimpeiros"),
    ("sw", "usalama mgodini"),
    ("sw", "tanzanite mererani"),
    ("sw", "maji safi"),
    ("en", "the"),
    ("en", "<b>gems</b> & \"miners\""),
    ("en", "title:foo AND (bar OR"),
    ("en", "zzzzqqqq"),
];

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let queries = load_queries(&data);
    let iters = env_usize("SEARCH_BENCH_ITERS").unwrap_or(if full { 200 } else { 2 });
    println!(
        "# search benchmark ({} mode)",
        if full { "full" } else { "smoke" }
    );
    println!("# machine: {} cores, {}", cores(), cpu_model());

    // The real knowledge base.
    let t = Instant::now();
    let kb = KnowledgeBase::load(&data).unwrap_or_else(|e| fail(&format!("load data/: {e}")));
    let synonyms = Synonyms::load(&data).unwrap_or_else(|e| fail(&format!("synonyms: {e}")));
    let load_time = t.elapsed();
    let entries = kb.len();
    let tmp = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
    let index_dir = tmp.path().join("index");
    let t = Instant::now();
    let on_disk = SearchIndex::rebuild(&data, &index_dir, &mut |_| {})
        .unwrap_or_else(|e| fail(&format!("build on disk: {e}")));
    let disk_build = t.elapsed();
    drop(on_disk);
    let t = Instant::now();
    let reopened = SearchIndex::open(&data, &index_dir)
        .unwrap_or_else(|e| fail(&format!("open on disk: {e}")));
    let disk_open = t.elapsed();
    let t = Instant::now();
    let in_ram = SearchIndex::in_ram_with_synonyms(kb.clone(), synonyms.clone())
        .unwrap_or_else(|e| fail(&format!("build in RAM: {e}")));
    let ram_build = t.elapsed();
    drop(in_ram);
    println!(
        "\n## knowledge base: {entries} entries, {} documents",
        entries * Lang::ALL.len()
    );
    println!("load data/ (parse + validate): {}", ms(load_time));
    println!(
        "index build on disk (SearchIndex::rebuild): {}",
        ms(disk_build)
    );
    println!(
        "index open, already built (SearchIndex::open): {}",
        ms(disk_open)
    );
    println!("index build in RAM: {}", ms(ram_build));
    let kb_p99 = run_queries(&reopened, &queries, iters);
    verdict("knowledge base", kb_p99, KB_TARGET);
    drop(reopened);

    if std::env::var("SEARCH_BENCH_SKIP_BIG").is_ok_and(|v| v == "1") {
        return;
    }
    // The generated corpus.
    let n = env_usize("SEARCH_BENCH_ENTRIES").unwrap_or(if full { 100_000 } else { 200 });
    let vocab = Vocabulary::from_kb(&kb);
    let t = Instant::now();
    let generated: Vec<Entry> = {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        (0..n).map(|i| vocab.entry(i, &mut rng)).collect()
    };
    let gen_time = t.elapsed();
    let t = Instant::now();
    let big_kb = KnowledgeBase::from_entries(generated)
        .unwrap_or_else(|e| fail(&format!("generated corpus: {e}")));
    let validate_time = t.elapsed();
    let t = Instant::now();
    let big = SearchIndex::in_ram_with_synonyms(big_kb, synonyms)
        .unwrap_or_else(|e| fail(&format!("build generated index: {e}")));
    let big_build = t.elapsed();
    println!(
        "\n## generated corpus: {n} entries, {} documents (vocabulary of {} words from data/)",
        n * Lang::ALL.len(),
        vocab.size()
    );
    println!(
        "generate: {}, validate: {}",
        ms(gen_time),
        ms(validate_time)
    );
    println!("index build in RAM: {}", ms(big_build));
    let mut big_queries = queries.clone();
    let mut rng = Rng(0x0bad_cafe);
    for _ in 0..10 {
        let lang = Lang::ALL[rng.below(5)];
        let words: Vec<&str> = (0..1 + rng.below(3))
            .map(|_| vocab.word(lang, &mut rng))
            .collect();
        big_queries.push((lang, words.join(" ")));
    }
    let big_iters = (iters / 4).max(1);
    let big_p99 = run_queries(&big, &big_queries, big_iters);
    verdict("generated corpus", big_p99, BIG_TARGET);
}

/// Times every query `iters` times (after one warm-up run) and prints p50/p99 per query and over
/// all runs; returns the overall p99.
fn run_queries(index: &SearchIndex, queries: &[(Lang, String)], iters: usize) -> Duration {
    // Every run searches: the cache of recent pages would answer all but the first.
    index.set_result_cache(0);
    println!(
        "\n{:<48} {:>6} {:>10} {:>10} {:>10}",
        "query", "total", "p50", "p99", "max"
    );
    let mut all: Vec<Duration> = Vec::new();
    let only = std::env::var("SEARCH_BENCH_QUERY").ok();
    for (lang, q) in queries {
        if only.as_deref().is_some_and(|o| !q.contains(o)) {
            continue;
        }
        let opts = SearchOptions {
            lang: *lang,
            limit: 5,
            ..SearchOptions::default()
        };
        let warm = index
            .search(q, &opts)
            .unwrap_or_else(|e| fail(&format!("query {q:?}: {e}")));
        let mut times: Vec<Duration> = Vec::with_capacity(iters);
        for _ in 0..iters {
            let t = Instant::now();
            let r = index.search(black_box(q), &opts);
            times.push(t.elapsed());
            black_box(r.ok());
        }
        times.sort();
        let label: String = format!("[{}] {q}", lang.code()).chars().take(48).collect();
        println!(
            "{label:<48} {:>6} {:>10} {:>10} {:>10}",
            warm.total,
            us(pct(&times, 50.0)),
            us(pct(&times, 99.0)),
            us(times[times.len() - 1])
        );
        all.extend(times);
    }
    if all.is_empty() {
        return Duration::ZERO;
    }
    all.sort();
    let p99 = pct(&all, 99.0);
    println!(
        "all {} queries x {iters} runs: p50 {}, p90 {}, p99 {}, max {}",
        queries.len(),
        us(pct(&all, 50.0)),
        us(pct(&all, 90.0)),
        us(p99),
        us(all[all.len() - 1])
    );
    // The same queries again with the cache of recent pages on (what a repeated query costs).
    index.set_result_cache(miners_guide::search::DEFAULT_RESULT_CACHE);
    let mut cached: Vec<Duration> = Vec::new();
    for (lang, q) in queries {
        let opts = SearchOptions {
            lang: *lang,
            limit: 5,
            ..SearchOptions::default()
        };
        black_box(index.search(q, &opts).ok());
        for _ in 0..iters {
            let t = Instant::now();
            black_box(index.search(black_box(q), &opts).ok());
            cached.push(t.elapsed());
        }
    }
    cached.sort();
    println!(
        "repeated (from the cache of recent pages): p50 {}, p99 {}, max {}",
        us(pct(&cached, 50.0)),
        us(pct(&cached, 99.0)),
        us(cached[cached.len() - 1])
    );
    p99
}

fn verdict(what: &str, p99: Duration, target: Duration) {
    let ok = if p99 <= target { "MEETS" } else { "MISSES" };
    println!("{what}: p99 {} {ok} the target of {}", us(p99), us(target));
}

/// The fixture queries plus the extra ones, with their languages.
fn load_queries(data: &Path) -> Vec<(Lang, String)> {
    let fixture: PathBuf = data
        .parent()
        .unwrap_or(Path::new("."))
        .join("tests/fixtures/example-queries.tsv");
    let text = std::fs::read_to_string(&fixture)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", fixture.display())));
    let mut out: Vec<(Lang, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        if let (Some(lang), Some(q)) = (cols.next(), cols.next())
            && let Some(lang) = Lang::from_hint(lang)
        {
            out.push((lang, q.to_string()));
        }
    }
    for (lang, q) in EXTRA_QUERIES {
        if let Some(lang) = Lang::from_hint(lang) {
            out.push((lang, (*q).to_string()));
        }
    }
    out
}

/// Words of the real knowledge base per language, with their natural frequencies (a word that
/// occurs often in `data/` is drawn often).
struct Vocabulary {
    words: BTreeMap<Lang, Vec<String>>,
    countries: Vec<String>,
}

impl Vocabulary {
    fn from_kb(kb: &KnowledgeBase) -> Vocabulary {
        let mut words: BTreeMap<Lang, Vec<String>> = BTreeMap::new();
        let mut countries: Vec<String> = Vec::new();
        for e in kb.entries() {
            if let Some(c) = &e.country {
                countries.push(c.clone());
            }
            for (lang, t) in &e.text {
                let list = words.entry(*lang).or_default();
                for part in [Some(&t.title), Some(&t.summary), t.body.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    for w in part.split(|c: char| !c.is_alphanumeric()) {
                        if w.chars().count() >= 2 {
                            list.push(w.to_lowercase());
                        }
                    }
                }
            }
        }
        if countries.is_empty() {
            countries.push("Tanzania".into());
        }
        Vocabulary { words, countries }
    }

    fn size(&self) -> usize {
        let mut all: Vec<&String> = self.words.values().flatten().collect();
        all.sort();
        all.dedup();
        all.len()
    }

    fn word<'a>(&'a self, lang: Lang, rng: &mut Rng) -> &'a str {
        match self.words.get(&lang).or_else(|| self.words.get(&Lang::En)) {
            Some(list) if !list.is_empty() => &list[rng.below(list.len())],
            _ => "gem",
        }
    }

    fn sentence(&self, lang: Lang, words: usize, rng: &mut Rng) -> String {
        let mut s = String::new();
        for i in 0..words {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(self.word(lang, rng));
        }
        s.push('.');
        s
    }

    /// A valid entry: an organisation, guide or case with texts in every language, an English
    /// body of a few paragraphs.
    fn entry(&self, i: usize, rng: &mut Rng) -> Entry {
        let kind = Kind::ALL[rng.below(3)];
        let mut text = BTreeMap::new();
        for lang in Lang::ALL {
            let title_words = 2 + rng.below(4);
            let title = self.sentence(lang, title_words, rng);
            let summary = self.sentence(lang, 15 + rng.below(25), rng);
            let body = if lang == Lang::En {
                let paras: Vec<String> = (0..2 + rng.below(4))
                    .map(|_| self.sentence(lang, 30 + rng.below(60), rng))
                    .collect();
                Some(paras.join("\n\n"))
            } else {
                None
            };
            text.insert(
                lang,
                Text {
                    title: title.trim_end_matches('.').to_string(),
                    summary,
                    body,
                    review: None,
                },
            );
        }
        let placed = kind != Kind::Guide;
        Entry {
            id: format!("gen-{i}"),
            kind,
            checked: "2026-11-01".into(),
            sources: vec![format!("https://example.org/generated/{i}")],
            aliases: if rng.below(4) == 0 {
                vec![format!("G{i}")]
            } else {
                Vec::new()
            },
            keywords: (0..rng.below(4))
                .map(|_| self.word(Lang::En, rng).to_string())
                .collect(),
            country: placed.then(|| self.countries[rng.below(self.countries.len())].clone()),
            region: placed.then(|| Region::ALL[rng.below(Region::ALL.len())]),
            org: (kind == Kind::Org).then(|| OrgInfo {
                category: Category::ALL[rng.below(Category::ALL.len())],
                website: Some(format!("https://example.org/{i}")),
                status: Status::Active,
            }),
            text,
        }
    }
}

/// A small deterministic PRNG (SplitMix64): the same corpus on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn us(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn env_usize(name: &str) -> Option<usize> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn fail(msg: &str) -> ! {
    eprintln!("search bench: {msg}");
    std::process::exit(1)
}

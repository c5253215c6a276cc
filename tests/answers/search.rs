//! Search scenarios through the public API, over a small knowledge base written into a temp
//! folder by the tests themselves (so they do not depend on the contents of `data/`): the index
//! on disk (staleness, corruption, crash leftovers), language analysis, typo tolerance, synonyms,
//! hostile input, approved submissions, paging and de-duplication.

use miners_guide::kb::{Kind, KnowledgeBase};
use miners_guide::lang::Lang;
use miners_guide::search::{Error, ExtraDoc, SearchIndex, SearchOptions, Synonyms};
use std::path::{Path, PathBuf};

/// One test entry: texts in en, fr, es, pt, sw as (title, summary).
struct E<'a> {
    id: &'a str,
    kind: &'a str,
    aliases: &'a [&'a str],
    keywords: &'a [&'a str],
    texts: [(&'a str, &'a str); 5],
    body: &'a str,
}

fn toml_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

fn write_entry(data: &Path, e: &E) {
    let mut s = format!(
        "id = {:?}\nkind = {:?}\nchecked = 2026-11-27\nsources = [\"https://example.org/{}\"]\naliases = {}\nkeywords = {}\n",
        e.id,
        e.kind,
        e.id,
        toml_list(e.aliases),
        toml_list(e.keywords)
    );
    if e.kind != "guide" {
        s.push_str("country = \"Peru\"\nregion = \"south-america\"\n");
    }
    if e.kind == "org" {
        s.push_str("[org]\ncategory = \"consulting\"\nstatus = \"active\"\n");
    }
    for (lang, (title, summary)) in ["en", "fr", "es", "pt", "sw"].iter().zip(e.texts.iter()) {
        s.push_str(&format!(
            "[text.{lang}]\ntitle = {title:?}\nsummary = {summary:?}\n"
        ));
        if *lang == "en" {
            s.push_str(&format!("body = {:?}\n", e.body));
        }
    }
    let dir = data.join(e.kind);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{}.toml", e.id)), s).unwrap();
}

const SYNONYMS: &str = r#"
groups = [
  ["mud", "sediment", "silt"],
  ["money", "funding", "grant", "donor"],
  ["licence", "license", "permit"],
]
"#;

/// Writes the test knowledge base into `data`.
fn write_data(data: &Path) {
    for k in ["org", "guide", "case"] {
        std::fs::create_dir_all(data.join(k)).unwrap();
    }
    write_entry(
        data,
        &E {
            id: "mintek",
            kind: "org",
            aliases: &["Small-Scale Mining Board"],
            keywords: &["laboratory"],
            texts: [
                (
                    "Mintek (South Africa)",
                    "A national minerals research council that trains small miners.",
                ),
                (
                    "Mintek (Afrique du Sud)",
                    "Un conseil national de recherche qui forme les petits mineurs.",
                ),
                (
                    "Mintek (Sudáfrica)",
                    "Un consejo nacional de investigación que capacita a pequeños mineros.",
                ),
                (
                    "Mintek (África do Sul)",
                    "Um conselho nacional de pesquisa que capacita pequenos mineiros.",
                ),
                (
                    "Mintek (Afrika Kusini)",
                    "Baraza la taifa la utafiti linalofundisha wachimbaji wadogo.",
                ),
            ],
            body: "Mintek runs a small-scale mining division with practical training for miners.",
        },
    );
    write_entry(
        data,
        &E {
            id: "cooperaccion",
            kind: "org",
            aliases: &[],
            keywords: &[],
            texts: [
                (
                    "CooperAcción (Peru)",
                    "An advocacy group for mining communities in Peru.",
                ),
                (
                    "CooperAcción (Pérou)",
                    "Un groupe de plaidoyer pour les communautés minières du Pérou.",
                ),
                (
                    "CooperAcción (Perú)",
                    "Un grupo de incidencia para comunidades mineras del Perú.",
                ),
                (
                    "CooperAcción (Peru)",
                    "Um grupo de advocacia para comunidades mineiras do Peru.",
                ),
                (
                    "CooperAcción (Peru)",
                    "Kikundi cha utetezi kwa jamii za wachimbaji nchini Peru.",
                ),
            ],
            body: "CooperAcción works with mining communities on rights and water.",
        },
    );
    write_entry(
        data,
        &E {
            id: "wardell-armstrong",
            kind: "org",
            aliases: &["WA"],
            keywords: &[],
            texts: [
                (
                    "Wardell Armstrong",
                    "Engineering consultants for mine planning.",
                ),
                (
                    "Wardell Armstrong",
                    "Ingénieurs-conseils pour la planification minière.",
                ),
                (
                    "Wardell Armstrong",
                    "Ingenieros consultores para la planificación minera.",
                ),
                (
                    "Wardell Armstrong",
                    "Engenheiros consultores para o planejamento de minas.",
                ),
                (
                    "Wardell Armstrong",
                    "Wahandisi washauri wa mipango ya migodi.",
                ),
            ],
            body: "Wardell Armstrong is an engineering consultancy based in the United Kingdom.",
        },
    );
    write_entry(
        data,
        &E {
            id: "cooperatives",
            kind: "guide",
            aliases: &[],
            keywords: &[],
            texts: [
                (
                    "Forming a group of miners",
                    "Miners who join together share risks and costs.",
                ),
                (
                    "Former un groupe",
                    "Les coopératives permettent aux mineurs de partager les risques.",
                ),
                (
                    "Formar un grupo",
                    "Las cooperativas permiten a los mineros compartir riesgos.",
                ),
                (
                    "Formar um grupo",
                    "As cooperativas permitem aos mineiros dividir os riscos.",
                ),
                (
                    "Kuunda kikundi",
                    "Ushirika huwasaidia wachimbaji kugawana hatari.",
                ),
            ],
            body: "Register the group, elect leaders and open a bank account together.",
        },
    );
    write_entry(
        data,
        &E {
            id: "sediment",
            kind: "guide",
            aliases: &[],
            keywords: &[],
            texts: [
                (
                    "Keeping streams clear",
                    "Settling ponds catch sediment before it reaches the river.",
                ),
                (
                    "Garder les rivières propres",
                    "Des bassins de décantation retiennent les sédiments.",
                ),
                (
                    "Mantener limpios los ríos",
                    "Las piscinas de sedimentación retienen los sedimentos.",
                ),
                (
                    "Manter os rios limpos",
                    "Bacias de decantação retêm os sedimentos.",
                ),
                (
                    "Kuweka mito safi",
                    "Mabwawa ya kutuliza huzuia tope kufika mtoni.",
                ),
            ],
            body: "Dig settling ponds below the washing site; the river stays clear.",
        },
    );
    write_entry(
        data,
        &E {
            id: "funding",
            kind: "guide",
            aliases: &[],
            keywords: &[],
            texts: [
                (
                    "Paying for improvements",
                    "Donors and small grants pay for safer equipment.",
                ),
                (
                    "Payer les améliorations",
                    "Des bailleurs financent un équipement plus sûr.",
                ),
                (
                    "Pagar las mejoras",
                    "Los donantes financian equipos más seguros.",
                ),
                (
                    "Pagar as melhorias",
                    "Doadores financiam equipamentos mais seguros.",
                ),
                ("Kulipia maboresho", "Wafadhili hulipia vifaa salama zaidi."),
            ],
            body: "Write a short plan before asking donors.",
        },
    );
    write_entry(
        data,
        &E {
            id: "case-pits",
            kind: "case",
            aliases: &[],
            keywords: &[],
            texts: [
                (
                    "Backfilled pits",
                    "Miners backfilled old pits and planted trees.",
                ),
                (
                    "Fosses remblayées",
                    "Les mineurs ont remblayé les fosses et planté des arbres.",
                ),
                (
                    "Fosas rellenadas",
                    "Los mineros rellenaron las fosas y plantaron árboles.",
                ),
                (
                    "Covas aterradas",
                    "Os mineiros aterraram as covas e plantaram árvores.",
                ),
                (
                    "Mashimo yaliyofukiwa",
                    "Wachimbaji walifukia mashimo na kupanda miti.",
                ),
            ],
            body: "A mining licence required the miners to restore the land.",
        },
    );
    std::fs::write(data.join("synonyms.toml"), SYNONYMS).unwrap();
}

/// A data folder and an index folder in one temp dir.
struct Fixture {
    _tmp: tempfile::TempDir,
    data: PathBuf,
    index: PathBuf,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let index = tmp.path().join("index");
    write_data(&data);
    std::fs::create_dir_all(&index).unwrap();
    std::fs::write(index.join(".gitkeep"), "").unwrap();
    Fixture {
        _tmp: tmp,
        data,
        index,
    }
}

fn open(f: &Fixture) -> SearchIndex {
    SearchIndex::open(&f.data, &f.index).unwrap()
}

fn opts(lang: Lang) -> SearchOptions {
    SearchOptions {
        lang,
        limit: 10,
        ..SearchOptions::default()
    }
}

fn ids(index: &SearchIndex, q: &str, lang: Lang) -> Vec<String> {
    index
        .search(q, &opts(lang))
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn top(index: &SearchIndex, q: &str, lang: Lang) -> Option<String> {
    ids(index, q, lang).into_iter().next()
}

fn current_pointer(index_dir: &Path) -> String {
    std::fs::read_to_string(index_dir.join("CURRENT")).unwrap()
}

/// Opening twice without changes reuses the index; changing a data file rebuilds it and the new
/// text is searchable.
#[test]
fn changed_data_file_triggers_rebuild() {
    let f = fixture();
    let first = open(&f);
    assert!(ids(&first, "zirconium", Lang::En).is_empty());
    drop(first);
    let before = current_pointer(&f.index);
    let again = open(&f);
    assert_eq!(
        current_pointer(&f.index),
        before,
        "unchanged data: no rebuild"
    );
    drop(again);

    let path = f.data.join("guide/funding.toml");
    let src = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        src.replace("Write a short plan", "Zirconium buyers want a plan"),
    )
    .unwrap();
    let rebuilt = open(&f);
    assert_ne!(current_pointer(&f.index), before, "changed data: rebuilt");
    assert_eq!(
        top(&rebuilt, "zirconium", Lang::En).as_deref(),
        Some("funding")
    );
    assert!(
        f.index.join(".gitkeep").exists(),
        ".gitkeep is never removed"
    );
}

/// Changing the synonyms file also rebuilds (it is part of the content hash).
#[test]
fn changed_synonyms_trigger_rebuild() {
    let f = fixture();
    drop(open(&f));
    let before = current_pointer(&f.index);
    std::fs::write(
        f.data.join("synonyms.toml"),
        r#"groups = [["gravel", "sediment"]]"#,
    )
    .unwrap();
    let index = open(&f);
    assert_ne!(current_pointer(&f.index), before);
    assert_eq!(top(&index, "gravel", Lang::En).as_deref(), Some("sediment"));
}

/// A corrupt index (garbage pointer, deleted or overwritten tantivy files) is rebuilt, and
/// searching works afterwards.
#[test]
fn corrupt_index_folder_is_rebuilt() {
    let f = fixture();
    drop(open(&f));
    let build_dir = |f: &Fixture| -> PathBuf {
        let text = current_pointer(&f.index);
        let name = text
            .lines()
            .find_map(|l| l.strip_prefix("dir="))
            .unwrap()
            .to_string();
        f.index.join(name)
    };

    // 1. Garbage in the pointer file.
    std::fs::write(f.index.join("CURRENT"), "\u{0}\u{7f}garbage").unwrap();
    assert_eq!(
        top(&open(&f), "mintek", Lang::En).as_deref(),
        Some("mintek")
    );

    // 2. tantivy's meta.json deleted.
    std::fs::remove_file(build_dir(&f).join("meta.json")).unwrap();
    assert_eq!(
        top(&open(&f), "mintek", Lang::En).as_deref(),
        Some("mintek")
    );

    // 3. Every file of the build overwritten with junk.
    for item in std::fs::read_dir(build_dir(&f)).unwrap() {
        let p = item.unwrap().path();
        if p.is_file() && !p.ends_with(".tantivy-writer.lock") {
            std::fs::write(&p, b"not an index").unwrap();
        }
    }
    assert_eq!(
        top(&open(&f), "mintek", Lang::En).as_deref(),
        Some("mintek")
    );

    // 4. The build folder removed altogether.
    std::fs::remove_dir_all(build_dir(&f)).unwrap();
    assert_eq!(
        top(&open(&f), "mintek", Lang::En).as_deref(),
        Some("mintek")
    );
    assert!(f.index.join(".gitkeep").exists());
}

/// A build interrupted by a crash (a half-written build folder, a stray temp pointer) does not
/// break the next start, and its leftovers are cleaned up by the next build once they are old
/// enough not to be another process's build in progress.
#[test]
fn crash_leftovers_do_not_break_start() {
    let f = fixture();
    let junk = f.index.join("idx-deadbeef-1-1");
    std::fs::create_dir_all(&junk).unwrap();
    std::fs::write(junk.join("meta.json"), "{ half").unwrap();
    std::fs::write(f.index.join("CURRENT.tmp-1"), "hash=x").unwrap();
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::open(&junk)
        .unwrap()
        .set_modified(past)
        .unwrap();
    std::fs::File::options()
        .write(true)
        .open(f.index.join("CURRENT.tmp-1"))
        .unwrap()
        .set_modified(past)
        .unwrap();
    let index = open(&f);
    assert_eq!(top(&index, "mintek", Lang::En).as_deref(), Some("mintek"));
    assert!(!junk.exists(), "the interrupted build was removed");
    assert!(!f.index.join("CURRENT.tmp-1").exists());
}

/// `rebuild` always builds and reports what it indexed.
#[test]
fn rebuild_reports_progress() {
    let f = fixture();
    let mut lines = Vec::new();
    let index =
        SearchIndex::rebuild(&f.data, &f.index, &mut |l| lines.push(l.to_string())).unwrap();
    assert_eq!(index.kb().len(), 7);
    let all = lines.join("\n");
    assert!(all.contains("7 entries"), "{all}");
    assert!(all.contains("35 documents"), "{all}");
}

/// French, Spanish and Portuguese words find other inflections of themselves (stemming):
/// "coopérative" finds "coopératives", "cooperativa" finds "cooperativas".
#[test]
fn per_language_stemming() {
    let f = fixture();
    let index = open(&f);
    assert_eq!(
        top(&index, "coopérative", Lang::Fr).as_deref(),
        Some("cooperatives")
    );
    assert_eq!(
        top(&index, "cooperativa", Lang::Es).as_deref(),
        Some("cooperatives")
    );
    assert_eq!(
        top(&index, "cooperativa", Lang::Pt).as_deref(),
        Some("cooperatives")
    );
    // English: "consultant" finds "consultants" and "consultancy".
    assert_eq!(
        top(&index, "consultant", Lang::En).as_deref(),
        Some("wardell-armstrong")
    );
    // Swahili has no stemmer, but whole words match.
    assert_eq!(
        top(&index, "ushirika", Lang::Sw).as_deref(),
        Some("cooperatives")
    );
}

/// Accents and case do not matter, in either direction.
#[test]
fn accent_and_case_folding() {
    let f = fixture();
    let index = open(&f);
    assert_eq!(
        top(&index, "COOPERACCION", Lang::En).as_deref(),
        Some("cooperaccion")
    );
    assert_eq!(
        top(&index, "cooperacción", Lang::Es).as_deref(),
        Some("cooperaccion")
    );
    assert_eq!(
        top(&index, "decantacao", Lang::Pt).as_deref(),
        Some("sediment")
    );
    assert_eq!(
        top(&index, "sédiments", Lang::Fr).as_deref(),
        Some("sediment")
    );
}

/// A knowledge base of guides in other scripts (in the Swahili slot: the analyzers treat
/// every script alike) and one named with letters that fold to two (`Œ`, `ß`) or lose a
/// stroke (`ø`, `ł`).
fn scripts_fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let index = tmp.path().join("index");
    for k in ["org", "guide", "case"] {
        std::fs::create_dir_all(data.join(k)).unwrap();
    }
    let guides: [(&str, &str, &str); 4] = [
        ("gem-ta", "இரத்தினக்கல் சுரங்கம்", "இரத்தினக்கல் பாதுகாப்பு வழிகாட்டி."),
        ("gem-si", "ශ්‍රී ලංකාවේ මැණික් පතල්", "මැණික් පතල් ආරක්ෂාව."),
        ("gem-my", "ကျောက်မျက် တူးဖော်ခြင်း", "ကျောက်မျက်တွင်း လုံခြုံရေး လမ်းညွှန်။"),
        (
            "oeuvre",
            "Œuvre Søren Straße Łódź",
            "Named with letters that fold to others.",
        ),
    ];
    for (id, title, summary) in guides {
        // Written by hand: `write_entry` quotes with Rust's escapes, which TOML does not read.
        let mut toml = format!(
            "id = \"{id}\"\nkind = \"guide\"\nchecked = 2026-11-27\n\
             sources = [\"https://example.org/{id}\"]\n"
        );
        for (lang, title, summary) in [
            ("en", &*format!("Guide {id}"), "A guide."),
            ("fr", &*format!("Guide {id}"), "Un guide."),
            ("es", &*format!("Guía {id}"), "Una guía."),
            ("pt", &*format!("Guia {id}"), "Um guia."),
            ("sw", title, summary),
        ] {
            toml.push_str(&format!(
                "[text.{lang}]\ntitle = \"{title}\"\nsummary = \"{summary}\"\n"
            ));
            if lang == "en" {
                toml.push_str("body = \"Body.\"\n");
            }
        }
        std::fs::write(data.join("guide").join(format!("{id}.toml")), toml).unwrap();
    }
    Fixture {
        _tmp: tmp,
        data,
        index,
    }
}

/// Words in Tamil, Sinhala and Burmese are found whole (no word is cut at a combining mark),
/// Burmese by its syllables, and a Burmese query typed in Zawgyi finds the Unicode text.
#[test]
fn words_of_every_script_are_found() {
    let f = scripts_fixture();
    let index = open(&f);
    for (query, id) in [
        ("இரத்தினக்கல்", "gem-ta"),
        ("ශ්‍රී ලංකාවේ", "gem-si"),
        ("මැණික්", "gem-si"),
        ("ကျောက်မျက်", "gem-my"),
        ("တူးဖော်ခြင်း", "gem-my"),
        // The same two words in Zawgyi.
        ("ေက်ာက္မ်က္", "gem-my"),
        ("တူးေဖာ္ျခင္း", "gem-my"),
    ] {
        assert_eq!(top(&index, query, Lang::Sw).as_deref(), Some(id), "{query}");
    }
    // A fragment of a Tamil word is not a word of the index.
    assert_eq!(top(&index, "இரத", Lang::Sw), None);
}

/// A name lookup in the knowledge base and the index fold `œ`, `ø`, `ß`, `ł` the same way: the
/// folded spelling finds the entry through both, and so does the spelling as written.
#[test]
fn name_lookup_and_index_fold_alike() {
    let f = scripts_fixture();
    let kb = KnowledgeBase::load(&f.data).unwrap();
    let index = open(&f);
    for name in [
        "Œuvre Søren Straße Łódź",
        "oeuvre soren strasse lodz",
        "OEUVRE SOREN STRASSE LODZ",
    ] {
        assert_eq!(
            kb.lookup(name).map(|e| e.id.as_str()),
            Some("oeuvre"),
            "{name}"
        );
        assert_eq!(
            top(&index, name, Lang::Sw).as_deref(),
            Some("oeuvre"),
            "{name}"
        );
    }
    for word in ["strasse", "Straße", "oeuvre", "soren", "Søren", "lodz"] {
        assert_eq!(
            top(&index, word, Lang::En).as_deref(),
            Some("oeuvre"),
            "{word}"
        );
    }
}

/// Misspelt names still find their entry: `mintec`, `cooperacion`, `wardel armstrong`.
#[test]
fn typo_tolerance_on_names() {
    let f = fixture();
    let index = open(&f);
    assert_eq!(top(&index, "mintec", Lang::En).as_deref(), Some("mintek"));
    assert_eq!(
        top(&index, "cooperacion", Lang::Es).as_deref(),
        Some("cooperaccion")
    );
    assert_eq!(
        top(&index, "wardel armstrong", Lang::En).as_deref(),
        Some("wardell-armstrong")
    );
    // Words under four letters get no typo tolerance: "mintk" finds Mintek, "xq" nothing.
    assert_eq!(top(&index, "mintk", Lang::En).as_deref(), Some("mintek"));
    assert!(ids(&index, "xq", Lang::En).is_empty());
}

/// When little matches, close name words are offered ("did you mean").
#[test]
fn suggestions_for_misspelt_words() {
    let f = fixture();
    let index = open(&f);
    let r = index.search("mintec", &opts(Lang::En)).unwrap();
    assert!(
        r.suggestions.iter().any(|s| s == "mintek"),
        "{:?}",
        r.suggestions
    );
    let r = index.search("mining", &opts(Lang::En)).unwrap();
    assert!(
        r.total >= 3 && r.suggestions.is_empty(),
        "{:?}",
        r.suggestions
    );
}

/// A word of a synonym group finds texts that use another word of the group, ranked below an
/// exact match; without the synonyms it finds nothing.
#[test]
fn synonyms_expand_queries() {
    let f = fixture();
    let index = open(&f);
    assert_eq!(top(&index, "mud", Lang::En).as_deref(), Some("sediment"));
    assert_eq!(top(&index, "money", Lang::En).as_deref(), Some("funding"));
    // "permit" also matches Spanish and Portuguese "permiten"/"permitem" by stemming; the
    // licence text is found through the synonym group.
    assert!(ids(&index, "permit", Lang::En).contains(&"case-pits".to_string()));
    assert_eq!(index.synonyms().len(), 3);

    let bare = SearchIndex::in_ram(KnowledgeBase::load(&f.data).unwrap()).unwrap();
    assert!(ids(&bare, "mud", Lang::En).is_empty());
    let with = SearchIndex::in_ram_with_synonyms(
        KnowledgeBase::load(&f.data).unwrap(),
        Synonyms::parse(SYNONYMS).unwrap(),
    )
    .unwrap();
    assert_eq!(top(&with, "mud", Lang::En).as_deref(), Some("sediment"));
}

/// Synonyms are looked for in the language the query is written in, even when it is not the
/// reader's: an English reader typing French finds a French-only submission through a French
/// synonym, whether or not the typed word itself occurs anywhere.
#[test]
fn synonyms_follow_the_language_of_the_query() {
    let f = fixture();
    let index = SearchIndex::in_ram_with_synonyms(
        KnowledgeBase::load(&f.data).unwrap(),
        Synonyms::parse(r#"groups = [["boue", "vase", "limon"]]"#).unwrap(),
    )
    .unwrap();
    index
        .upsert_extra(&extra(
            "sub-vase",
            Lang::Fr,
            "Bassin de décantation",
            "La vase reste dans le bassin au lieu de descendre vers la rivière.",
        ))
        .unwrap();
    // "boue" occurs nowhere: every language is tried.
    assert_eq!(ids(&index, "boue", Lang::En), vec!["sub-vase".to_string()]);
    index
        .upsert_extra(&extra(
            "sub-boue",
            Lang::Fr,
            "Boue",
            "La boue des puits a bouché le ruisseau.",
        ))
        .unwrap();
    // Now "boue" is a French word of the index: its French synonyms are looked for in French.
    let found = ids(&index, "boue", Lang::En);
    assert_eq!(
        found.first().map(String::as_str),
        Some("sub-boue"),
        "{found:?}"
    );
    assert!(found.contains(&"sub-vase".to_string()), "{found:?}");
}

/// An invalid synonyms file is an error naming the file.
#[test]
fn invalid_synonyms_file_is_reported() {
    let f = fixture();
    std::fs::write(f.data.join("synonyms.toml"), "groups = [[\"lonely\"]]").unwrap();
    let err = SearchIndex::open(&f.data, &f.index).unwrap_err();
    assert!(matches!(err, Error::Synonyms { .. }), "{err}");
    assert!(err.to_string().contains("synonyms.toml"), "{err}");
}

/// Query syntax, control characters, huge and odd text never cause an error.
#[test]
fn hostile_input_never_fails() {
    let f = fixture();
    let index = open(&f);
    let huge = "mintek ".repeat(15_000);
    let inputs = [
        "",
        "   ",
        "title:(",
        "title:(mintek",
        "AND OR NOT",
        "*",
        "\"unpaired",
        "[[",
        "]]{}^~:\\/",
        "mintek^100",
        "id:mintek OR kind:org",
        "\u{0}\u{1}\u{7}\u{1b}[31m",
        "<b>mintek</b> &amp;",
        "**bold** _x_ [link](http://x)",
        "مرحبا بالعالم",
        "שלום",
        "⛏️💎🙂",
        "\u{202e}kettnim",
        huge.as_str(),
    ];
    for input in inputs {
        for lang in Lang::ALL {
            let r = index.search(input, &opts(lang));
            assert!(r.is_ok(), "{input:?}: {r:?}");
        }
    }
    assert_eq!(
        top(&index, "title:(mintek", Lang::En).as_deref(),
        Some("mintek")
    );
    assert_eq!(top(&index, &huge, Lang::En).as_deref(), Some("mintek"));
    assert!(index.search("", &opts(Lang::En)).unwrap().hits.is_empty());
}

/// Each entry appears once whatever the number of its language versions that match; the hit is
/// shown in the user's language (in English where the entry lacks it); `total` counts entries.
#[test]
fn one_hit_per_entry_in_users_language() {
    let f = fixture();
    let index = open(&f);
    for lang in Lang::ALL {
        let r = index.search("Mintek", &opts(lang)).unwrap();
        assert_eq!(r.total, 1, "{lang}");
        assert_eq!(r.hits.len(), 1);
        assert_eq!(r.hits[0].id, "mintek");
        assert_eq!(r.hits[0].kind, Kind::Org);
        // A language the entry has no text in is shown in English.
        let has_text = index.kb().get("mintek").unwrap().text.contains_key(&lang);
        let shown = if has_text { lang } else { Lang::En };
        assert_eq!(r.hits[0].lang, shown, "{lang}");
        assert!(
            r.hits[0].title.starts_with("Mintek ("),
            "{}",
            r.hits[0].title
        );
    }
    // An English query by a French user is shown in French.
    let r = index.search("settling ponds", &opts(Lang::Fr)).unwrap();
    assert_eq!(r.hits[0].id, "sediment");
    assert_eq!(r.hits[0].lang, Lang::Fr);
    assert_eq!(r.hits[0].title, "Garder les rivières propres");
}

/// Snippets highlight the matched words of the shown text.
#[test]
fn snippet_highlights_matches() {
    let f = fixture();
    let index = open(&f);
    let r = index.search("settling ponds", &opts(Lang::En)).unwrap();
    let h = &r.hits[0];
    assert_eq!(h.lang, Lang::En);
    let marked: Vec<String> = h
        .snippet
        .highlights
        .iter()
        .map(|&(a, b)| h.snippet.text[a..b].to_lowercase())
        .collect();
    assert!(
        marked.iter().any(|m| m == "settling"),
        "{marked:?} in {:?}",
        h.snippet.text
    );
    assert!(marked.iter().any(|m| m == "ponds"), "{marked:?}");
    assert!(h.score > 0.0);
}

/// Pages of results cover every matching entry exactly once, best first, with a stable total.
#[test]
fn paging_covers_all_results_once() {
    let f = fixture();
    let index = open(&f);
    let all = index
        .search(
            "miners mining",
            &SearchOptions {
                limit: 100,
                ..opts(Lang::En)
            },
        )
        .unwrap();
    assert!(all.total >= 5, "{}", all.total);
    assert_eq!(all.hits.len(), all.total);
    let mut paged = Vec::new();
    let mut offset = 0;
    loop {
        let page = index
            .search(
                "miners mining",
                &SearchOptions {
                    limit: 2,
                    offset,
                    ..opts(Lang::En)
                },
            )
            .unwrap();
        assert_eq!(page.total, all.total);
        if page.hits.is_empty() {
            break;
        }
        assert!(page.hits.len() <= 2);
        paged.extend(page.hits.into_iter().map(|h| h.id));
        offset += 2;
    }
    let expected: Vec<String> = all.hits.into_iter().map(|h| h.id).collect();
    assert_eq!(paged, expected);
}

/// The kinds filter keeps only the kinds asked for.
#[test]
fn kinds_filter() {
    let f = fixture();
    let index = open(&f);
    let o = SearchOptions {
        kinds: vec![Kind::Guide],
        ..opts(Lang::En)
    };
    let r = index.search("miners", &o).unwrap();
    assert!(!r.hits.is_empty());
    assert!(r.hits.iter().all(|h| h.kind == Kind::Guide), "{:?}", r.hits);
}

fn extra(id: &str, lang: Lang, title: &str, body: &str) -> ExtraDoc {
    ExtraDoc {
        id: id.into(),
        lang,
        kind: Kind::Case,
        title: title.into(),
        body: body.into(),
    }
}

/// Approved submissions are searchable as soon as `upsert_extra` returns, replaced by a second
/// upsert, gone after `remove_extra`, and made exactly the given set by `sync_extras`.
#[test]
fn extras_upsert_remove_sync() {
    let f = fixture();
    let index = open(&f);
    index
        .upsert_extra(&extra(
            "sub-1",
            Lang::En,
            "Sluice box in Ratnapura",
            "We built a bamboo sluice.",
        ))
        .unwrap();
    let r = index.search("bamboo sluice", &opts(Lang::En)).unwrap();
    assert_eq!(r.hits[0].id, "sub-1");
    assert_eq!(r.hits[0].kind, Kind::Case);
    assert_eq!(r.hits[0].title, "Sluice box in Ratnapura");

    index
        .upsert_extra(&extra(
            "sub-1",
            Lang::En,
            "Sluice box",
            "We built a wooden sluice.",
        ))
        .unwrap();
    assert!(!ids(&index, "bamboo", Lang::En).contains(&"sub-1".to_string()));
    assert_eq!(top(&index, "wooden", Lang::En).as_deref(), Some("sub-1"));
    assert_eq!(index.extra_count().unwrap(), 1);

    index.remove_extra("sub-1").unwrap();
    assert!(ids(&index, "wooden", Lang::En).is_empty());
    index.remove_extra("sub-404").unwrap();

    index
        .sync_extras(&[
            extra(
                "sub-2",
                Lang::Sw,
                "Maji safi",
                "Tulitumia bwawa la kutuliza maji.",
            ),
            extra(
                "sub-3",
                Lang::Fr,
                "Reboisement",
                "Nous avons replanté des acacias.",
            ),
        ])
        .unwrap();
    assert_eq!(index.extra_count().unwrap(), 2);
    // A Swahili submission is shown in Swahili even to an English reader (it has no English).
    let r = index.search("bwawa", &opts(Lang::En)).unwrap();
    assert_eq!((r.hits[0].id.as_str(), r.hits[0].lang), ("sub-2", Lang::Sw));
    assert_eq!(top(&index, "acacias", Lang::Fr).as_deref(), Some("sub-3"));
    index.sync_extras(&[]).unwrap();
    assert_eq!(index.extra_count().unwrap(), 0);
    assert!(ids(&index, "acacias", Lang::Fr).is_empty());
    // Curated entries are untouched by all of this.
    assert_eq!(top(&index, "mintek", Lang::En).as_deref(), Some("mintek"));
}

/// A repeated search is answered from the cache of recent pages with exactly what a search
/// finds, and never with a page from before the index changed: a search repeated after
/// approving a submission finds it, and after removing it no longer does.
#[test]
fn repeated_search_sees_every_index_change() {
    let f = fixture();
    let index = open(&f);
    let uncached = open(&f);
    uncached.set_result_cache(0);
    for q in ["mud", "money", "mintek", "permit", "zzzz"] {
        let first = index.search(q, &opts(Lang::En)).unwrap();
        let again = index.search(q, &opts(Lang::En)).unwrap();
        assert_eq!(first, again, "{q}");
        assert_eq!(again, uncached.search(q, &opts(Lang::En)).unwrap(), "{q}");
    }
    // The same words typed differently share a page; other options do not.
    let page = |q: &str, lang: Lang, offset: usize| {
        let mut o = opts(lang);
        o.offset = offset;
        index.search(q, &o).unwrap()
    };
    assert_eq!(page("Money!", Lang::En, 0), page("money", Lang::En, 0));
    assert_ne!(page("money", Lang::En, 0), page("money", Lang::En, 1));
    assert!(ids(&index, "acacias", Lang::Fr).is_empty());
    assert!(ids(&index, "acacias", Lang::Fr).is_empty());
    index
        .upsert_extra(&extra(
            "sub-9",
            Lang::Fr,
            "Reboisement",
            "Nous avons replanté des acacias.",
        ))
        .unwrap();
    assert_eq!(ids(&index, "acacias", Lang::Fr), vec!["sub-9".to_string()]);
    index.remove_extra("sub-9").unwrap();
    assert!(ids(&index, "acacias", Lang::Fr).is_empty());
}

/// An extra may not take a curated entry's id or an empty one.
#[test]
fn extras_cannot_shadow_curated_entries() {
    let f = fixture();
    let index = open(&f);
    let err = index
        .upsert_extra(&extra("mintek", Lang::En, "x", "y"))
        .unwrap_err();
    assert!(matches!(err, Error::InvalidExtra { .. }), "{err}");
    assert!(index.upsert_extra(&extra(" ", Lang::En, "x", "y")).is_err());
    assert_eq!(top(&index, "mintek", Lang::En).as_deref(), Some("mintek"));
}

/// Extras survive a restart with unchanged data; a rebuild drops them until `sync_extras`.
#[test]
fn extras_persist_until_rebuild() {
    let f = fixture();
    let index = open(&f);
    index
        .upsert_extra(&extra(
            "sub-7",
            Lang::En,
            "Gravel pump",
            "A gravel pump story.",
        ))
        .unwrap();
    drop(index);
    let reopened = open(&f);
    assert_eq!(
        top(&reopened, "gravel pump", Lang::En).as_deref(),
        Some("sub-7")
    );
    drop(reopened);
    let rebuilt = SearchIndex::rebuild(&f.data, &f.index, &mut |_| {}).unwrap();
    assert_eq!(rebuilt.extra_count().unwrap(), 0);
    rebuilt
        .sync_extras(&[extra(
            "sub-7",
            Lang::En,
            "Gravel pump",
            "A gravel pump story.",
        )])
        .unwrap();
    assert_eq!(
        top(&rebuilt, "gravel pump", Lang::En).as_deref(),
        Some("sub-7")
    );
}

/// Documents in the user's language rank above the same match in another language.
#[test]
fn users_language_preferred() {
    let f = fixture();
    let index = open(&f);
    index
        .sync_extras(&[
            extra(
                "sub-en",
                Lang::En,
                "Gravel pump",
                "Gravel pump at the river.",
            ),
            extra(
                "sub-fr",
                Lang::Fr,
                "Gravel pump",
                "Gravel pump at the river.",
            ),
        ])
        .unwrap();
    assert_eq!(
        top(&index, "gravel pump", Lang::Fr).as_deref(),
        Some("sub-fr")
    );
    assert_eq!(
        top(&index, "gravel pump", Lang::En).as_deref(),
        Some("sub-en")
    );
}

/// Searches from many threads run while submissions are written, without errors.
#[test]
fn concurrent_search_and_writes() {
    let f = fixture();
    let index = std::sync::Arc::new(open(&f));
    let mut handles = Vec::new();
    for t in 0..4 {
        let index = index.clone();
        handles.push(std::thread::spawn(move || {
            for i in 0..10 {
                if t == 0 {
                    let id = format!("sub-{i}");
                    index
                        .upsert_extra(&extra(&id, Lang::En, "Pump", "A pump story."))
                        .unwrap();
                } else {
                    let r = index.search("mintek", &opts(Lang::En)).unwrap();
                    assert_eq!(r.hits[0].id, "mintek");
                }
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(index.extra_count().unwrap(), 10);
}

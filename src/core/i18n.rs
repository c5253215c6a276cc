//! Every user-facing text of the bot, looked up by [`Msg`] and language: the Fluent files in
//! `locales/<code>/main.ftl` (one folder per language, embedded in the binary), plus the names
//! of categories, regions, statuses and topics, which are messages there too.
//!
//! `build.rs` generates [`Msg`] from the English file, so a message id English lacks does not
//! compile; `tests::every_language_has_every_message_with_the_same_variables` fails when another
//! language lacks a message or changes its variables. A message missing in a language is shown
//! in English. Fluent's Unicode isolation marks are off: they would reach chats as U+2068/U+2069.
//!
//! The loader is `fluent-bundle` itself (the reference implementation that `fluent-templates`
//! and `i18n-embed` wrap): the bot answers each chat in its own language, so it wants one bundle
//! per language looked up by [`Lang`], not a process-wide language selection or locale
//! negotiation per lookup, and `build.rs` gives the compile-time id check either crate's macro would.

use crate::kb::{Category, Kind, Region, Status};
use crate::lang::{Lang, Review};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

#[cfg(test)]
mod ftl;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Msg {
    /// The message in `lang` (in English if `lang` lacks it). A message with variables comes
    /// with `{0}`, `{1}`… where they go, in the order of [`Msg::variables`], for [`fill`] or for
    /// callers that put something other than text there; [`tr`] fills them properly (with
    /// plural forms).
    pub fn get(self, lang: Lang) -> &'static str {
        &CATALOGUE.templates[self as usize][lang.index()]
    }
}

/// The loaded Fluent bundles, and every message pre-rendered as a [`Msg::get`] template.
struct Catalogue {
    /// One bundle per language, by [`Lang::index`]; a language without a file has an empty one.
    bundles: Vec<FluentBundle<FluentResource>>,
    /// By message, then language.
    templates: Vec<Vec<String>>,
    /// Each language's review status, by [`Lang::index`].
    reviews: Vec<Review>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::load);

impl Catalogue {
    fn load() -> Catalogue {
        let bundles = Lang::ALL
            .iter()
            .map(|lang| {
                let locale = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![locale]);
                bundle.set_use_isolating(false);
                if let Some(source) = source(*lang) {
                    // build.rs has parsed every file: a syntax error cannot reach this point.
                    let resource = FluentResource::try_new(source.to_string())
                        .unwrap_or_else(|(resource, _)| resource);
                    if let Err(errors) = bundle.add_resource(resource) {
                        log::warn!("core::i18n: locales/{lang}/main.ftl: {errors:?}");
                    }
                }
                bundle
            })
            .collect();
        let reviews = Lang::ALL
            .iter()
            .map(|lang| source(*lang).map_or(Review::Draft, declared_review))
            .collect();
        let mut catalogue = Catalogue {
            bundles,
            templates: Vec::new(),
            reviews,
        };
        catalogue.templates = Msg::ALL
            .iter()
            .map(|msg| {
                let mut args = FluentArgs::new();
                for (i, name) in msg.variables().iter().enumerate() {
                    args.set(*name, format!("{{{i}}}"));
                }
                Lang::ALL
                    .iter()
                    .map(|lang| catalogue.format(*msg, *lang, Some(&args)))
                    .collect()
            })
            .collect();
        catalogue
    }

    /// `msg` in `lang`, or in English if `lang` lacks it.
    fn format(&self, msg: Msg, lang: Lang, args: Option<&FluentArgs>) -> String {
        let found = [lang, Lang::En].iter().find_map(|l| {
            let bundle = &self.bundles[l.index()];
            let pattern = bundle.get_message(msg.id())?.value()?;
            Some((bundle, pattern))
        });
        let Some((bundle, pattern)) = found else {
            return msg.id().to_string();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log::warn!("core::i18n: {} in {lang}: {errors:?}", msg.id());
        }
        text.into_owned()
    }
}

/// The Fluent source of `lang`'s texts, if it has a file.
pub(crate) fn source(lang: Lang) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map(|(_, source)| *source)
}

/// Whether a native speaker has reviewed `lang`'s texts: the `### review: …` line of its
/// file (a file without one counts as a draft).
pub fn review(lang: Lang) -> Review {
    CATALOGUE.reviews[lang.index()]
}

/// What a file's `### review: …` line says.
fn declared_review(source: &str) -> Review {
    let line = source
        .lines()
        .find_map(|l| l.trim().strip_prefix("### review:").map(str::trim));
    match line {
        Some(l) if l.starts_with("reviewed") => Review::Reviewed,
        _ => Review::Draft,
    }
}

/// The ids of the messages English has and `lang` lacks (shown in English until translated).
pub fn missing_messages(lang: Lang) -> Vec<&'static str> {
    let bundle = &CATALOGUE.bundles[lang.index()];
    Msg::ALL
        .iter()
        .map(|m| m.id())
        .filter(|id| !bundle.has_message(id))
        .collect()
}

/// Replaces `{0}`, `{1}`… in `template` with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let digits = after.find('}').map(|end| &after[..end]);
        match digits.and_then(|d| d.parse::<usize>().ok().map(|i| (i, d.len()))) {
            Some((i, len)) if i < args.len() => {
                out.push_str(args[i]);
                rest = &after[len + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The message in `lang` with its variables filled by `args`, in the order of
/// [`Msg::variables`]. An argument that is a whole number is passed as a number, so the
/// language's plural rules choose the form ("1 second", "2 seconds").
pub fn tr(msg: Msg, lang: Lang, args: &[&str]) -> String {
    let names = msg.variables();
    debug_assert_eq!(names.len(), args.len(), "arguments of {msg:?}");
    if names.is_empty() {
        return msg.get(lang).to_string();
    }
    let mut fluent_args = FluentArgs::with_capacity(names.len());
    for (name, value) in names.iter().zip(args) {
        fluent_args.set(*name, fluent_value(value));
    }
    CATALOGUE.format(msg, lang, Some(&fluent_args))
}

/// A number for Fluent when `text` is one written the way Fluent writes it back (`42`, not
/// `042` or `1.50`), so the text shown is exactly `text`; otherwise the text itself.
fn fluent_value(text: &str) -> FluentValue<'_> {
    match text.parse::<i64>() {
        Ok(n) if n.to_string() == text && n.unsigned_abs() < (1 << 53) => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

/// A category's translated name.
pub fn category(c: Category, lang: Lang) -> &'static str {
    match c {
        Category::Advocacy => Msg::CategoryAdvocacy,
        Category::RegionalCentre => Msg::CategoryRegionalCentre,
        Category::Consulting => Msg::CategoryConsulting,
        Category::Ngo => Msg::CategoryNgo,
        Category::Industry => Msg::CategoryIndustry,
        Category::Government => Msg::CategoryGovernment,
        Category::Funder => Msg::CategoryFunder,
        Category::Association => Msg::CategoryAssociation,
        Category::Research => Msg::CategoryResearch,
    }
    .get(lang)
}

/// Words (folded: lowercase, no accents) that select a category in `/orgs`, in every language.
pub fn category_words(c: Category) -> &'static [&'static str] {
    match c {
        Category::Advocacy => &[
            "advocacy",
            "plaidoyer",
            "incidencia",
            "advocacia",
            "utetezi",
        ],
        Category::RegionalCentre => &[
            "regional-centre",
            "regional centre",
            "regional center",
            "regional",
            "resource centre",
            "resource center",
            "centre regional",
            "centre regional de ressources",
            "centro regional",
            "centro regional de recursos",
            "kikanda",
            "kituo cha kikanda",
            "kituo cha rasilimali cha kikanda",
        ],
        Category::Consulting => &[
            "consulting",
            "consultancy",
            "consultants",
            "consultant",
            "conseil",
            "consultoria",
            "consultores",
            "ushauri",
            "ushauri wa kitaalamu",
        ],
        Category::Ngo => &[
            "ngo",
            "ngos",
            "ong",
            "ongs",
            "development",
            "development organisation",
            "organisation de developpement",
            "organizacion de desarrollo",
            "organizacao de desenvolvimento",
            "shirika la maendeleo",
        ],
        Category::Industry => &[
            "industry",
            "industrie",
            "industria",
            "setor",
            "sector",
            "sekta",
            "lab",
            "laboratory",
            "laboratoire",
            "laboratorio",
            "maabara",
        ],
        Category::Government => &[
            "government",
            "gouvernement",
            "gobierno",
            "governo",
            "serikali",
            "authority",
            "autorite publique",
            "autoridad publica",
            "autoridade publica",
        ],
        Category::Funder => &[
            "funder",
            "funders",
            "bailleur",
            "bailleurs",
            "bailleur de fonds",
            "financiador",
            "financiadores",
            "mfadhili",
            "wafadhili",
        ],
        Category::Association => &[
            "association",
            "associations",
            "miners association",
            "association de mineurs",
            "asociacion",
            "asociacion de mineros",
            "associacao",
            "associacao de mineiros",
            "chama",
            "chama cha wachimbaji",
        ],
        Category::Research => &[
            "research",
            "recherche",
            "investigacion",
            "pesquisa",
            "utafiti",
            "knowledge",
        ],
    }
}

/// Words (folded) that select a region in `/orgs`, in every language.
pub fn region_words(r: Region) -> &'static [&'static str] {
    match r {
        Region::Africa => &["africa", "afrique", "afrika"],
        Region::SouthAmerica => &[
            "south-america",
            "south america",
            "latin america",
            "amerique du sud",
            "amerique latine",
            "america del sur",
            "sudamerica",
            "suramerica",
            "america latina",
            "america do sul",
            "amerika kusini",
        ],
        Region::NorthAmerica => &[
            "north-america",
            "north america",
            "amerique du nord",
            "america del norte",
            "norteamerica",
            "america do norte",
            "amerika kaskazini",
        ],
        Region::Europe => &["europe", "europa", "ulaya"],
        Region::Asia => &["asia", "asie"],
        Region::Global => &[
            "global",
            "worldwide",
            "international",
            "mondial",
            "monde",
            "monde entier",
            "mundial",
            "todo el mundo",
            "mundo inteiro",
            "kimataifa",
            "dunia",
            "duniani kote",
        ],
    }
}

/// A region's translated name.
pub fn region(r: Region, lang: Lang) -> &'static str {
    match r {
        Region::Africa => Msg::RegionAfrica,
        Region::SouthAmerica => Msg::RegionSouthAmerica,
        Region::NorthAmerica => Msg::RegionNorthAmerica,
        Region::Europe => Msg::RegionEurope,
        Region::Asia => Msg::RegionAsia,
        Region::Global => Msg::RegionGlobal,
    }
    .get(lang)
}

/// Folds a filter or name for comparison: its words, lowercase, no accents, one space apart
/// (`-`, `_` and other punctuation separate words).
pub fn fold_words(s: &str) -> String {
    crate::text::fold_words(s)
}

/// The category a `/orgs` filter names: a filter word or the translated name in any language.
pub fn category_named(filter: &str) -> Option<Category> {
    let wanted = fold_words(filter);
    Category::ALL.into_iter().find(|c| {
        category_words(*c).iter().any(|w| fold_words(w) == wanted)
            || Lang::ALL
                .iter()
                .any(|l| fold_words(category(*c, *l)) == wanted)
    })
}

/// The region a `/orgs` filter names: a filter word or the translated name in any language.
pub fn region_named(filter: &str) -> Option<Region> {
    let wanted = fold_words(filter);
    Region::ALL.into_iter().find(|r| {
        region_words(*r).iter().any(|w| fold_words(w) == wanted)
            || Lang::ALL
                .iter()
                .any(|l| fold_words(region(*r, *l)) == wanted)
    })
}

/// A status's translated description.
pub fn status(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::Active => Msg::StatusActive,
        Status::Closed => Msg::StatusClosed,
        Status::Renamed => Msg::StatusRenamed,
        Status::Unidentified => Msg::StatusUnidentified,
        Status::Unconfirmed => Msg::StatusUnconfirmed,
    }
    .get(lang)
}

/// A kind's translated name.
pub fn kind(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Org => Msg::KindOrg.get(lang),
        Kind::Guide => Msg::KindGuide.get(lang),
        Kind::Case => Msg::KindCase.get(lang),
        Kind::Country => Msg::KindCountry.get(lang),
        Kind::Answer => Msg::KindAnswer.get(lang),
    }
}

/// A case-study topic's translated name (for the `/share` flow and moderators' views).
pub fn topic(t: crate::store::Topic, lang: Lang) -> &'static str {
    use crate::store::Topic;
    match t {
        Topic::Sediment => Msg::TopicSediment,
        Topic::Water => Msg::TopicWater,
        Topic::Waste => Msg::TopicWaste,
        Topic::ForestsWildlife => Msg::TopicForestsWildlife,
        Topic::Reclamation => Msg::TopicReclamation,
        Topic::Cooperatives => Msg::TopicCooperatives,
        Topic::Funding => Msg::TopicFunding,
        Topic::HealthSafety => Msg::TopicHealthSafety,
        Topic::Other => Msg::TopicOther,
    }
    .get(lang)
}

/// The topic a person typed: its kebab name, its number in [`crate::store::Topic::ALL`]
/// (from 1), or its translated name in any language.
pub fn topic_named(text: &str) -> Option<crate::store::Topic> {
    use crate::store::Topic;
    let text = text.trim();
    if let Ok(n) = text.trim_end_matches('.').parse::<usize>() {
        return n.checked_sub(1).and_then(|i| Topic::ALL.get(i)).copied();
    }
    if let Ok(t) = text.parse::<Topic>() {
        return Some(t);
    }
    let wanted = fold_words(text);
    Topic::ALL.iter().copied().find(|t| {
        Lang::ALL
            .iter()
            .any(|l| fold_words(topic(*t, *l)) == wanted)
    })
}

/// A submission status's translated name.
pub fn submission_status(s: crate::store::Status, lang: Lang) -> &'static str {
    use crate::store::Status;
    match s {
        Status::Pending => Msg::SubmissionPending,
        Status::Approved => Msg::SubmissionApproved,
        Status::Rejected => Msg::SubmissionRejected,
        Status::Withdrawn => Msg::SubmissionWithdrawn,
    }
    .get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language's file parses, has every message English has, and each message uses
    /// exactly English's variables (a translator may reorder them, not rename or drop one).
    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        use fluent_syntax::ast::Entry;
        fn messages(source: &str) -> Vec<(String, Vec<String>)> {
            let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| {
                panic!("syntax errors: {e:?}");
            });
            resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    Entry::Message(m) => {
                        let mut vars = m.value.as_ref().map(ftl::used_variables)?;
                        vars.sort();
                        Some((m.id.name.to_string(), vars))
                    }
                    _ => None,
                })
                .collect()
        }
        let english = messages(source(Lang::En).expect("English file"));
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            let Some(source) = source(lang) else {
                problems.push(format!("{lang}: no locales/{lang}/main.ftl"));
                continue;
            };
            let theirs = messages(source);
            for (id, vars) in &english {
                match theirs.iter().find(|(i, _)| i == id) {
                    None => problems.push(format!("{lang}: {id} is missing")),
                    Some((_, v)) if v != vars => {
                        problems.push(format!("{lang}: {id} uses {v:?}, English {vars:?}"))
                    }
                    Some(_) => {}
                }
            }
            for (id, _) in &theirs {
                if !english.iter().any(|(i, _)| i == id) {
                    problems.push(format!("{lang}: {id} is not in English"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Each message's variables, in the order `tr` takes them, are the ones English's
    /// `# Variables:` comment lists, and the ones its text uses.
    #[test]
    fn argument_order_is_the_documented_order() {
        use fluent_syntax::ast::Entry;
        let english = fluent_syntax::parser::parse(source(Lang::En).expect("English file"))
            .unwrap_or_else(|(_, e)| panic!("syntax errors: {e:?}"));
        for msg in Msg::ALL {
            let m = english
                .body
                .iter()
                .find_map(|e| match e {
                    Entry::Message(m) if m.id.name == msg.id() => Some(m),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{} not in English", msg.id()));
            let documented = m
                .comment
                .as_ref()
                .map(|c| ftl::documented_variables(&c.content))
                .unwrap_or_default();
            assert_eq!(documented, msg.variables(), "{}", msg.id());
            let mut used = m
                .value
                .as_ref()
                .map(ftl::used_variables)
                .unwrap_or_default();
            let mut sorted = documented.clone();
            used.sort();
            sorted.sort();
            assert_eq!(used, sorted, "{}", msg.id());
        }
        assert_eq!(Msg::ShareTooShort.variables(), ["min", "count"]);
    }

    /// Every folder under `locales/` is a language of [`Lang::ALL`], and the other way round.
    #[test]
    fn locale_folders_are_the_languages() {
        let mut folders: Vec<&str> = SOURCES.iter().map(|(code, _)| *code).collect();
        let mut codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        folders.sort_unstable();
        codes.sort_unstable();
        assert_eq!(folders, codes);
    }

    /// The non-English texts are really translated: most differ from the English text.
    #[test]
    fn translations_differ_from_english() {
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let same = Msg::ALL
                .iter()
                .filter(|m| m.get(lang) == m.get(Lang::En))
                .count();
            assert!(same <= 8, "{lang}: {same} messages identical to English");
        }
    }

    /// Templates keep positional placeholders; `tr` fills named variables by position, with no
    /// isolation marks, and picks plural forms by the number.
    #[test]
    fn tr_fills_variables_and_plurals_without_isolation_marks() {
        assert_eq!(
            Msg::ResultsHeading.get(Lang::En),
            "Results for “{0}” ({1}–{2} of {3})"
        );
        let text = tr(Msg::ResultsHeading, Lang::En, &["mud", "1", "5", "12"]);
        assert_eq!(text, "Results for “mud” (1–5 of 12)");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        assert_eq!(
            tr(Msg::SlowDown, Lang::En, &["1"]),
            "You are sending messages faster than I can answer everyone. Please wait 1 second, then try again."
        );
        assert!(tr(Msg::SlowDown, Lang::En, &["2"]).contains("wait 2 seconds,"));
        assert!(tr(Msg::SlowDown, Lang::Fr, &["1"]).contains("1 seconde,"));
        assert!(tr(Msg::SlowDown, Lang::Fr, &["30"]).contains("30 secondes,"));
        // The minimum comes first in the arguments, the count second, whatever the text's order.
        let short = tr(Msg::ShareTooShort, Lang::En, &["80", "1"]);
        assert!(short.contains("(1 character; at least 80)"), "{short}");
        // Text that looks like a number but is not written as Fluent writes one stays as typed.
        assert_eq!(
            tr(Msg::NoResults, Lang::En, &["007"]),
            "I found nothing for “007”."
        );
        assert_eq!(
            tr(Msg::NoResults, Lang::En, &["{1}"]),
            "I found nothing for “{1}”."
        );
    }

    /// Placeholders are filled by position; unknown or malformed braces stay as written.
    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(fill("a {0} b {1} {0}", &["x", "y"]), "a x b y x");
        assert_eq!(fill("{2} {x} {", &["x"]), "{2} {x} {");
        assert_eq!(fill("{0}", &["{1}"]), "{1}");
    }

    /// English is reviewed; every translation is a draft until a native speaker has read it
    /// (none has yet); a language whose file says `draft` (or nothing) is a draft.
    #[test]
    fn review_status_comes_from_the_file() {
        assert_eq!(review(Lang::En), Review::Reviewed);
        for lang in [Lang::Fr, Lang::Es, Lang::Pt, Lang::Sw, Lang::Mg] {
            assert_eq!(review(lang), Review::Draft, "{lang}");
        }
        for lang in Lang::ALL {
            let declared = source(lang)
                .is_some_and(|s| s.lines().any(|l| l.starts_with("### review: reviewed")));
            assert_eq!(review(lang) == Review::Reviewed, declared, "{lang}");
        }
    }

    /// Every translated category and region name, and the kebab names, select themselves in
    /// `/orgs`; unrelated words select nothing.
    #[test]
    fn translated_names_are_filter_words() {
        for lang in Lang::ALL {
            for c in Category::ALL {
                assert_eq!(
                    category_named(category(c, lang)),
                    Some(c),
                    "{c:?} in {lang}"
                );
                assert_eq!(category_named(&category(c, lang).to_uppercase()), Some(c));
                assert_eq!(category_named(c.as_str()), Some(c));
            }
            for r in Region::ALL {
                assert_eq!(region_named(region(r, lang)), Some(r), "{r:?} in {lang}");
                assert_eq!(region_named(r.as_str()), Some(r));
            }
        }
        assert_eq!(category_named("consultoría"), Some(Category::Consulting));
        assert_eq!(category_named("ushauri"), Some(Category::Consulting));
        assert_eq!(region_named("Afrique"), Some(Region::Africa));
        assert_eq!(region_named("amerika kusini"), Some(Region::SouthAmerica));
        assert_eq!(category_named("sapphire"), None);
        assert_eq!(region_named("sapphire"), None);
    }
}

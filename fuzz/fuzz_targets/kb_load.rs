//! Fuzz target: the data-file loader (`kb`), and the synonyms file parser (`search::synonyms`).
//!
//! The input is the TOML text of one knowledge-base entry. It is written as the only file of a
//! scratch `data/` folder (in the folder its `kind` names, under the name its `id` gives, so
//! valid entries get past the file checks) and loaded with the real `KnowledgeBase::load`; the
//! same text is parsed as a `synonyms.toml`.
//!
//! Invariants: nothing panics; a refused file gives an error that names the file; a loaded
//! entry has text in every language, and once indexed its card and a search for its title
//! render as valid Telegram and Matrix messages.

#![no_main]

use libfuzzer_sys::fuzz_target;
use miners_guide::core::Bot;
use miners_guide::core::view::open_command;
use miners_guide::kb::KnowledgeBase;
use miners_guide::lang::Lang;
use miners_guide::search::{SearchIndex, Synonyms};
use miners_guide::telegram::callback::CallbackCodec;
use miners_guide_fuzz::{Setup, check_matrix, check_telegram, replies};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// A scratch data folder for this process, with the three kind folders.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = PathBuf::from("/dev/shm");
        let base = if shm.is_dir() {
            shm
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("miners-guide-fuzz-kb-{}", std::process::id()));
        for kind in ["org", "guide", "case"] {
            std::fs::create_dir_all(dir.join(kind)).expect("scratch folder");
        }
        dir
    })
}

/// The string value of a top-level key, if the text is TOML and has it.
fn top_string(table: Option<&toml::Table>, key: &str) -> Option<String> {
    table?.get(key)?.as_str().map(str::to_string)
}

/// Indexes the one loaded entry and checks its card and a search for its title.
fn check_indexed(kb: KnowledgeBase) {
    let entry = kb.entries().next().expect("one entry").clone();
    let index = match SearchIndex::in_ram(kb) {
        Ok(index) => index,
        Err(e) => panic!("a validated entry cannot be indexed: {e}"),
    };
    let bot = Bot::new(Arc::new(index));
    let codec = CallbackCodec::new(64);
    for (byte, text) in [
        (0b0000_1000, open_command(entry.kind, &entry.id)),
        (0b0001_0001, open_command(entry.kind, &entry.id)),
        (0b1010_0000, entry.text(Lang::Sw).title.clone()),
    ] {
        let setup = Setup::from_byte(byte);
        for reply in replies(&bot.handle(&setup.incoming(&text))) {
            if let Err(e) = check_telegram(reply, &codec).and_then(|()| check_matrix(reply)) {
                panic!("the reply to {text:?} for entry {:?}: {e}", entry.id);
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(synonyms) = Synonyms::parse(src) {
        assert_eq!(synonyms.content_hash().len(), 64, "synonyms hash");
    }
    let table = toml::from_str::<toml::Table>(src).ok();
    let folder = match top_string(table.as_ref(), "kind").as_deref() {
        Some("guide") => "guide",
        Some("case") => "case",
        _ => "org",
    };
    let name = top_string(table.as_ref(), "id")
        .filter(|id| {
            !id.is_empty()
                && id.len() <= 48
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .unwrap_or_else(|| "entry".to_string());
    let dir = scratch();
    let path = dir.join(folder).join(format!("{name}.toml"));
    std::fs::write(&path, data).expect("scratch file");
    let loaded = KnowledgeBase::load(dir);
    std::fs::remove_file(&path).expect("scratch file removed");
    match loaded {
        Ok(kb) => {
            assert_eq!(kb.len(), 1, "one file, one entry");
            let entry = kb.entries().next().expect("one entry");
            for lang in Lang::ALL {
                assert!(!entry.text(lang).title.trim().is_empty(), "title in {lang}");
                let _ = entry.body(lang);
            }
            let title = entry.text(Lang::En).title.clone();
            assert!(kb.lookup(&title).is_some(), "lookup by its title {title:?}");
            check_indexed(kb);
        }
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.contains(&format!("{name}.toml")),
                "the error does not name the file: {message}"
            );
        }
    }
});

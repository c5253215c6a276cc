//! The command menu registered with `setMyCommands`, in every language, from the core's one
//! command table, filtered to what Telegram accepts.

#[allow(unused_imports)]
use super::*;

/// The command menu for `lang` from the core's command definitions, as Telegram accepts it:
/// names of 1–32 characters of `a-z0-9_`, descriptions of 3–256 characters starting with a
/// capital letter. Entries Telegram would refuse are left out (and logged).
pub fn command_menu(lang: Lang) -> Vec<BotCommand> {
    core::Bot::command_menu(lang)
        .into_iter()
        .filter_map(|(name, about)| {
            let name_ok = (1..=32).contains(&name.len())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            let mut chars = about.trim().chars();
            let about: String = match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
            let about_ok = (3..=256).contains(&about.chars().count());
            if name_ok && about_ok {
                Some(BotCommand::new(name, about))
            } else {
                log::warn!("telegram: command {name:?} left out of the {lang} menu");
                None
            }
        })
        .collect()
}

/// Registers the command menu: English as the default, then each other language.
pub(super) async fn register_commands(outbox: &Outbox) {
    for lang in Lang::ALL {
        let commands = command_menu(lang);
        let code = (lang != Lang::En).then(|| lang.code());
        if let Err(e) = outbox.set_commands(commands.clone(), code).await {
            log::warn!("telegram: command menu for {lang} not registered: {e}");
        }
        if lang == Lang::En
            && let Err(e) = outbox.set_commands(commands, Some("en")).await
        {
            log::warn!("telegram: command menu for en not registered: {e}");
        }
    }
}

//! The few short texts the Telegram adapter sends on its own (expired or unknown buttons,
//! failures inside the bot), in every supported language (messages of `locales/<code>/main.ftl`). The command menu itself comes from
//! the core's command definitions ([`crate::core::Bot::command_menu`]).

use crate::core::i18n::Msg;
use crate::lang::Lang;

/// Shown when a button refers to something the bot no longer remembers.
pub fn expired(lang: Lang) -> &'static str {
    Msg::ButtonExpired.get(lang)
}

/// Shown when a button's data is not one this bot made.
pub fn unknown_button(lang: Lang) -> &'static str {
    Msg::ButtonUnknown.get(lang)
}

/// Sent when answering failed inside the bot.
pub fn failure(lang: Lang) -> &'static str {
    Msg::TelegramFailure.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every adapter text is translated in every language (none falls back to English).
    #[test]
    fn adapter_texts_are_translated() {
        for text in [expired, unknown_button, failure] {
            for lang in Lang::ALL {
                assert!(!text(lang).is_empty());
                if lang != Lang::En {
                    assert_ne!(text(lang), text(Lang::En), "untranslated in {lang}");
                }
            }
        }
    }
}

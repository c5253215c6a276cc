//! The few short texts the Telegram adapter sends on its own (expired or unknown buttons,
//! failures inside the bot), in every supported language. The command menu itself comes from
//! the core's command definitions ([`crate::core::Bot::command_menu`]).

use crate::lang::Lang;

/// Shown when a button refers to something the bot no longer remembers.
pub fn expired(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This button has expired. Please send the command again.",
        Lang::Fr => "Ce bouton a expiré. Envoyez à nouveau la commande.",
        Lang::Es => "Este botón ha caducado. Envíe de nuevo el comando.",
        Lang::Pt => "Este botão expirou. Envie o comando novamente.",
        Lang::Sw => "Kitufe hiki kimepitwa na wakati. Tuma amri tena.",
    }
}

/// Shown when a button's data is not one this bot made.
pub fn unknown_button(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This button is not recognised.",
        Lang::Fr => "Ce bouton n'est pas reconnu.",
        Lang::Es => "Este botón no se reconoce.",
        Lang::Pt => "Este botão não é reconhecido.",
        Lang::Sw => "Kitufe hiki hakitambuliki.",
    }
}

/// Sent when answering failed inside the bot.
pub fn failure(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Sorry, something went wrong. Please try again later.",
        Lang::Fr => "Désolé, une erreur s'est produite. Réessayez plus tard.",
        Lang::Es => "Lo sentimos, algo salió mal. Inténtelo más tarde.",
        Lang::Pt => "Desculpe, algo correu mal. Tente novamente mais tarde.",
        Lang::Sw => "Samahani, kuna hitilafu. Tafadhali jaribu tena baadaye.",
    }
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

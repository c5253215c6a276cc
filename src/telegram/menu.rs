//! The command menu registered with `setMyCommands`, in every supported language, and the few
//! short texts the adapter itself sends (expired buttons, failures).
//!
//! The core does not (yet) expose its command definitions, so the menu lives here; keep it in
//! step with the core's commands.

use crate::lang::Lang;

/// The public commands shown in Telegram's menu, in menu order.
pub const COMMANDS: [&str; 11] = [
    "find", "org", "orgs", "topics", "guide", "cases", "share", "mine", "language", "help", "start",
];

/// The menu description of `command` in `lang` (3–256 characters, as Telegram requires).
pub fn description(command: &str, lang: Lang) -> &'static str {
    use Lang::*;
    match (command, lang) {
        ("find", En) => "Search organisations, guides and cases",
        ("find", Fr) => "Rechercher organisations, guides et études de cas",
        ("find", Es) => "Buscar organizaciones, guías y casos",
        ("find", Pt) => "Pesquisar organizações, guias e casos",
        ("find", Sw) => "Tafuta mashirika, miongozo na mifano",
        ("org", En) => "Show one organisation",
        ("org", Fr) => "Afficher une organisation",
        ("org", Es) => "Ver una organización",
        ("org", Pt) => "Ver uma organização",
        ("org", Sw) => "Onyesha shirika moja",
        ("orgs", En) => "List organisations by category or region",
        ("orgs", Fr) => "Lister les organisations par catégorie ou région",
        ("orgs", Es) => "Listar organizaciones por categoría o región",
        ("orgs", Pt) => "Listar organizações por categoria ou região",
        ("orgs", Sw) => "Orodha ya mashirika kwa aina au eneo",
        ("topics", En) => "Practical guidance topics",
        ("topics", Fr) => "Thèmes de conseils pratiques",
        ("topics", Es) => "Temas de orientación práctica",
        ("topics", Pt) => "Temas de orientação prática",
        ("topics", Sw) => "Mada za mwongozo wa vitendo",
        ("guide", En) => "Read a guide (e.g. sediment, water)",
        ("guide", Fr) => "Lire un guide (ex. sédiments, eau)",
        ("guide", Es) => "Leer una guía (p. ej. sedimentos, agua)",
        ("guide", Pt) => "Ler um guia (ex. sedimentos, água)",
        ("guide", Sw) => "Soma mwongozo (mf. mashapo, maji)",
        ("cases", En) => "Case studies from mining communities",
        ("cases", Fr) => "Études de cas de communautés minières",
        ("cases", Es) => "Casos de comunidades mineras",
        ("cases", Pt) => "Estudos de caso de comunidades mineiras",
        ("cases", Sw) => "Mifano kutoka jamii za wachimbaji",
        ("share", En) => "Share your cooperative's experience",
        ("share", Fr) => "Partager l'expérience de votre coopérative",
        ("share", Es) => "Compartir la experiencia de su cooperativa",
        ("share", Pt) => "Partilhar a experiência da sua cooperativa",
        ("share", Sw) => "Shiriki uzoefu wa chama chenu cha ushirika",
        ("mine", En) => "Your submissions and their status",
        ("mine", Fr) => "Vos contributions et leur statut",
        ("mine", Es) => "Sus aportes y su estado",
        ("mine", Pt) => "As suas contribuições e o seu estado",
        ("mine", Sw) => "Michango yako na hali yake",
        ("language", En) => "Choose the reply language",
        ("language", Fr) => "Choisir la langue des réponses",
        ("language", Es) => "Elegir el idioma de las respuestas",
        ("language", Pt) => "Escolher o idioma das respostas",
        ("language", Sw) => "Chagua lugha ya majibu",
        ("help", En) => "How to use this bot",
        ("help", Fr) => "Comment utiliser ce bot",
        ("help", Es) => "Cómo usar este bot",
        ("help", Pt) => "Como usar este bot",
        ("help", Sw) => "Jinsi ya kutumia boti hii",
        ("start", En) => "Welcome and what I can do",
        ("start", Fr) => "Bienvenue et ce que je sais faire",
        ("start", Es) => "Bienvenida y lo que puedo hacer",
        ("start", Pt) => "Boas-vindas e o que posso fazer",
        ("start", Sw) => "Karibu na ninachoweza kufanya",
        _ => "Miners' Guide",
    }
}

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

    /// Every command has a description in every language that Telegram accepts (3–256
    /// characters), translated rather than falling back, and a valid command name.
    #[test]
    fn every_command_is_described_validly_in_every_language() {
        for cmd in COMMANDS {
            assert!(cmd.len() <= 32 && cmd.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            for lang in Lang::ALL {
                let d = description(cmd, lang);
                assert_ne!(d, "Miners' Guide", "{cmd} has no {lang} description");
                assert!((3..=256).contains(&d.chars().count()));
                if lang != Lang::En {
                    assert_ne!(
                        d,
                        description(cmd, Lang::En),
                        "{cmd} untranslated in {lang}"
                    );
                }
            }
        }
    }
}

//! Every user-facing sentence of the core, in English, French, Spanish, Portuguese and Swahili,
//! plus the translated names of categories, regions, statuses and kinds.
//!
//! Texts are looked up by a [`Msg`] key; `{0}`, `{1}`… are filled by [`fill`].

use crate::kb::{Category, Kind, Region, Status};
use crate::lang::Lang;

/// A user-facing message. [`Msg::texts`] gives it in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Msg {
    Welcome,
    AskPrivate,
    ExampleQuery,
    AskGroup,
    CommandsHeading,
    AboutStart,
    AboutHelp,
    AboutFind,
    AboutOrg,
    AboutOrgs,
    AboutTopics,
    AboutGuide,
    AboutCases,
    AboutLanguage,
    ArgQuery,
    ArgName,
    ArgFilter,
    ArgTopic,
    ArgCode,
    ArgCase,
    FindEmpty,
    EmptyMessage,
    NoResults,
    DidYouMean,
    TryTopics,
    ResultsHeading,
    NoMoreResults,
    More,
    Open,
    KindOrg,
    KindGuide,
    KindCase,
    Category,
    Country,
    Status,
    Website,
    AsOf,
    Sources,
    Checked,
    FullTextInEnglish,
    OrgNeedsName,
    OrgNotFound,
    ClosestMatches,
    OrgsHeading,
    OrgsFilterHint,
    OrgsUnknownFilter,
    CategoriesLabel,
    RegionsLabel,
    OrgsNone,
    TopicsHeading,
    TopicsHint,
    GuideNeedsTopic,
    GuideNotFound,
    CasesHeading,
    CasesHint,
    CaseNotFound,
    LanguageChoose,
    LanguageSet,
    LanguageUnknown,
    UnknownCommand,
    QueryShortened,
    InternalError,
    DeepLinkUnknown,
    NothingMore,
    AllTopics,
    AllOrgs,
    AllCases,
    ModeratorsOnly,
    ConsoleIntro,
}

impl Msg {
    /// Every message, for completeness checks.
    pub const ALL: [Msg; 69] = [
        Msg::Welcome,
        Msg::AskPrivate,
        Msg::ExampleQuery,
        Msg::AskGroup,
        Msg::CommandsHeading,
        Msg::AboutStart,
        Msg::AboutHelp,
        Msg::AboutFind,
        Msg::AboutOrg,
        Msg::AboutOrgs,
        Msg::AboutTopics,
        Msg::AboutGuide,
        Msg::AboutCases,
        Msg::AboutLanguage,
        Msg::ArgQuery,
        Msg::ArgName,
        Msg::ArgFilter,
        Msg::ArgTopic,
        Msg::ArgCode,
        Msg::ArgCase,
        Msg::FindEmpty,
        Msg::EmptyMessage,
        Msg::NoResults,
        Msg::DidYouMean,
        Msg::TryTopics,
        Msg::ResultsHeading,
        Msg::NoMoreResults,
        Msg::More,
        Msg::Open,
        Msg::KindOrg,
        Msg::KindGuide,
        Msg::KindCase,
        Msg::Category,
        Msg::Country,
        Msg::Status,
        Msg::Website,
        Msg::AsOf,
        Msg::Sources,
        Msg::Checked,
        Msg::FullTextInEnglish,
        Msg::OrgNeedsName,
        Msg::OrgNotFound,
        Msg::ClosestMatches,
        Msg::OrgsHeading,
        Msg::OrgsFilterHint,
        Msg::OrgsUnknownFilter,
        Msg::CategoriesLabel,
        Msg::RegionsLabel,
        Msg::OrgsNone,
        Msg::TopicsHeading,
        Msg::TopicsHint,
        Msg::GuideNeedsTopic,
        Msg::GuideNotFound,
        Msg::CasesHeading,
        Msg::CasesHint,
        Msg::CaseNotFound,
        Msg::LanguageChoose,
        Msg::LanguageSet,
        Msg::LanguageUnknown,
        Msg::UnknownCommand,
        Msg::QueryShortened,
        Msg::InternalError,
        Msg::DeepLinkUnknown,
        Msg::NothingMore,
        Msg::AllTopics,
        Msg::AllOrgs,
        Msg::AllCases,
        Msg::ModeratorsOnly,
        Msg::ConsoleIntro,
    ];

    /// The message in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        self.texts()[index(lang)]
    }

    /// The message in en, fr, es, pt and sw (the order of [`Lang::ALL`]).
    pub fn texts(self) -> [&'static str; 5] {
        match self {
            Msg::Welcome => [
                "Hello! I am Miners' Guide, a helper for artisanal and small-scale gemstone miners and their cooperatives. I know organisations that can help, practical guides (sediment, water, licences, funding, safety…) and real case studies, each with its sources.",
                "Bonjour ! Je suis Miners' Guide, un assistant pour les mineurs artisanaux et à petite échelle de pierres précieuses et leurs coopératives. Je connais des organisations qui peuvent vous aider, des guides pratiques (sédiments, eau, permis, financement, sécurité…) et des études de cas réelles, chacun avec ses sources.",
                "¡Hola! Soy Miners' Guide, un asistente para los mineros artesanales y de pequeña escala de piedras preciosas y sus cooperativas. Conozco organizaciones que pueden ayudar, guías prácticas (sedimentos, agua, licencias, financiación, seguridad…) y casos reales, cada uno con sus fuentes.",
                "Olá! Sou o Miners' Guide, um assistente para garimpeiros e mineiros artesanais e de pequena escala de pedras preciosas e para as suas cooperativas. Conheço organizações que podem ajudar, guias práticos (sedimentos, água, licenças, financiamento, segurança…) e estudos de caso reais, cada um com as suas fontes.",
                "Habari! Mimi ni Miners' Guide, msaidizi wa wachimbaji wadogo wa vito na vyama vyao vya ushirika. Ninajua mashirika yanayoweza kusaidia, miongozo ya vitendo (tope, maji, leseni, fedha, usalama…) na mifano halisi, kila kimoja pamoja na vyanzo vyake.",
            ],
            Msg::AskPrivate => [
                "Just type your question in your own words, for example: {0}",
                "Écrivez simplement votre question avec vos mots, par exemple : {0}",
                "Escriba su pregunta con sus propias palabras, por ejemplo: {0}",
                "Escreva a sua pergunta com as suas palavras, por exemplo: {0}",
                "Andika swali lako kwa maneno yako mwenyewe, kwa mfano: {0}",
            ],
            Msg::ExampleQuery => [
                "how to stop mud going into the river",
                "comment empêcher la boue d'aller dans la rivière",
                "cómo evitar que el lodo llegue al río",
                "como evitar que a lama chegue ao rio",
                "jinsi ya kuzuia tope lisiingie mtoni",
            ],
            Msg::AskGroup => [
                "In a group, start your message with /find or mention me.",
                "Dans un groupe, commencez votre message par /find ou mentionnez-moi.",
                "En un grupo, empiece su mensaje con /find o mencióneme.",
                "Num grupo, comece a mensagem com /find ou mencione-me.",
                "Katika kikundi, anza ujumbe wako kwa /find au unitaje.",
            ],
            Msg::CommandsHeading => ["Commands", "Commandes", "Comandos", "Comandos", "Amri"],
            Msg::AboutStart => [
                "welcome and how to use the bot",
                "accueil et mode d'emploi",
                "bienvenida y cómo usar el bot",
                "boas-vindas e como usar o bot",
                "karibu na jinsi ya kunitumia",
            ],
            Msg::AboutHelp => [
                "this list of commands",
                "cette liste de commandes",
                "esta lista de comandos",
                "esta lista de comandos",
                "orodha hii ya amri",
            ],
            Msg::AboutFind => [
                "search everything",
                "chercher partout",
                "buscar en todo",
                "pesquisar em tudo",
                "tafuta kila kitu",
            ],
            Msg::AboutOrg => [
                "one organisation's card",
                "la fiche d'une organisation",
                "la ficha de una organización",
                "a ficha de uma organização",
                "taarifa za shirika moja",
            ],
            Msg::AboutOrgs => [
                "organisations, by category or region",
                "les organisations, par catégorie ou région",
                "organizaciones, por categoría o región",
                "organizações, por categoria ou região",
                "mashirika, kwa aina au kanda",
            ],
            Msg::AboutTopics => [
                "practical guides",
                "guides pratiques",
                "guías prácticas",
                "guias práticos",
                "miongozo ya vitendo",
            ],
            Msg::AboutGuide => [
                "read one guide",
                "lire un guide",
                "leer una guía",
                "ler um guia",
                "soma mwongozo mmoja",
            ],
            Msg::AboutCases => [
                "case studies",
                "études de cas",
                "casos de estudio",
                "estudos de caso",
                "mifano halisi",
            ],
            Msg::AboutLanguage => [
                "choose the language",
                "choisir la langue",
                "elegir el idioma",
                "escolher o idioma",
                "chagua lugha",
            ],
            Msg::ArgQuery => ["question", "question", "pregunta", "pergunta", "swali"],
            Msg::ArgName => ["name", "nom", "nombre", "nome", "jina"],
            Msg::ArgFilter => [
                "category or region",
                "catégorie ou région",
                "categoría o región",
                "categoria ou região",
                "aina au kanda",
            ],
            Msg::ArgTopic => ["topic", "sujet", "tema", "tema", "mada"],
            Msg::ArgCode => ["code", "code", "código", "código", "msimbo"],
            Msg::ArgCase => ["case", "cas", "caso", "caso", "mfano"],
            Msg::FindEmpty => [
                "What should I look for? Write it after /find, for example: {0}",
                "Que dois-je chercher ? Écrivez-le après /find, par exemple : {0}",
                "¿Qué debo buscar? Escríbalo después de /find, por ejemplo: {0}",
                "O que devo procurar? Escreva-o depois de /find, por exemplo: {0}",
                "Nitafute nini? Liandike baada ya /find, kwa mfano: {0}",
            ],
            Msg::EmptyMessage => [
                "Your message is empty. Type a question, or /help to see what I can do.",
                "Votre message est vide. Écrivez une question, ou /help pour voir ce que je sais faire.",
                "Su mensaje está vacío. Escriba una pregunta, o /help para ver lo que puedo hacer.",
                "A sua mensagem está vazia. Escreva uma pergunta, ou /help para ver o que posso fazer.",
                "Ujumbe wako hauna maandishi. Andika swali, au /help kuona ninachoweza kufanya.",
            ],
            Msg::NoResults => [
                "I found nothing for “{0}”.",
                "Je n'ai rien trouvé pour « {0} ».",
                "No encontré nada para «{0}».",
                "Não encontrei nada para «{0}».",
                "Sikupata chochote kuhusu “{0}”.",
            ],
            Msg::DidYouMean => [
                "Did you mean:",
                "Vouliez-vous dire :",
                "Quizás quiso decir:",
                "Será que quis dizer:",
                "Labda ulimaanisha:",
            ],
            Msg::TryTopics => [
                "Or start from a topic:",
                "Ou partez d'un sujet :",
                "O empiece por un tema:",
                "Ou comece por um tema:",
                "Au anza na mada:",
            ],
            Msg::ResultsHeading => [
                "Results for “{0}” ({1}–{2} of {3})",
                "Résultats pour « {0} » ({1}–{2} sur {3})",
                "Resultados para «{0}» ({1}–{2} de {3})",
                "Resultados para «{0}» ({1}–{2} de {3})",
                "Matokeo ya “{0}” ({1}–{2} kati ya {3})",
            ],
            Msg::NoMoreResults => [
                "There are no more results for “{0}”.",
                "Il n'y a plus de résultats pour « {0} ».",
                "No hay más resultados para «{0}».",
                "Não há mais resultados para «{0}».",
                "Hakuna matokeo zaidi ya “{0}”.",
            ],
            Msg::More => ["More", "Plus", "Más", "Mais", "Zaidi"],
            Msg::Open => ["Open:", "Ouvrir :", "Abrir:", "Abrir:", "Fungua:"],
            Msg::KindOrg => [
                "organisation",
                "organisation",
                "organización",
                "organização",
                "shirika",
            ],
            Msg::KindGuide => ["guide", "guide", "guía", "guia", "mwongozo"],
            Msg::KindCase => [
                "case study",
                "étude de cas",
                "caso de estudio",
                "estudo de caso",
                "mfano halisi",
            ],
            Msg::Category => ["Category", "Catégorie", "Categoría", "Categoria", "Aina"],
            Msg::Country => ["Country", "Pays", "País", "País", "Nchi"],
            Msg::Status => ["Status", "Statut", "Estado", "Situação", "Hali"],
            Msg::Website => ["Website", "Site web", "Sitio web", "Site", "Tovuti"],
            Msg::AsOf => [
                "as of {0}",
                "au {0}",
                "a fecha de {0}",
                "em {0}",
                "kufikia {0}",
            ],
            Msg::Sources => ["Sources", "Sources", "Fuentes", "Fontes", "Vyanzo"],
            Msg::Checked => [
                "checked on {0}",
                "vérifiées le {0}",
                "verificadas el {0}",
                "verificadas em {0}",
                "vilikaguliwa tarehe {0}",
            ],
            Msg::FullTextInEnglish => [
                "The full text is only available in English:",
                "Le texte complet n'existe qu'en anglais :",
                "El texto completo solo está disponible en inglés:",
                "O texto completo só está disponível em inglês:",
                "Maandishi kamili yanapatikana kwa Kiingereza tu:",
            ],
            Msg::OrgNeedsName => [
                "Which organisation? For example: /org mintek. /orgs lists them all.",
                "Quelle organisation ? Par exemple : /org mintek. /orgs les liste toutes.",
                "¿Qué organización? Por ejemplo: /org mintek. /orgs las muestra todas.",
                "Qual organização? Por exemplo: /org mintek. /orgs mostra todas.",
                "Shirika gani? Kwa mfano: /org mintek. /orgs inaorodhesha yote.",
            ],
            Msg::OrgNotFound => [
                "I know no organisation called “{0}”.",
                "Je ne connais aucune organisation appelée « {0} ».",
                "No conozco ninguna organización llamada «{0}».",
                "Não conheço nenhuma organização chamada «{0}».",
                "Sijui shirika lolote linaloitwa “{0}”.",
            ],
            Msg::ClosestMatches => [
                "These are the closest matches:",
                "Voici les résultats les plus proches :",
                "Estos son los resultados más cercanos:",
                "Estes são os resultados mais próximos:",
                "Haya ndiyo yanayokaribiana zaidi:",
            ],
            Msg::OrgsHeading => [
                "Organisations",
                "Organisations",
                "Organizaciones",
                "Organizações",
                "Mashirika",
            ],
            Msg::OrgsFilterHint => [
                "Narrow the list by category or region, for example /orgs consulting or /orgs africa.",
                "Filtrez la liste par catégorie ou région, par exemple /orgs conseil ou /orgs afrique.",
                "Filtre la lista por categoría o región, por ejemplo /orgs consultoría o /orgs áfrica.",
                "Filtre a lista por categoria ou região, por exemplo /orgs consultoria ou /orgs áfrica.",
                "Chuja orodha kwa aina au kanda, kwa mfano /orgs ushauri au /orgs afrika.",
            ],
            Msg::OrgsUnknownFilter => [
                "I don't know the category or region “{0}”.",
                "Je ne connais pas la catégorie ou la région « {0} ».",
                "No conozco la categoría o región «{0}».",
                "Não conheço a categoria ou região «{0}».",
                "Sijui aina au kanda inayoitwa “{0}”.",
            ],
            Msg::CategoriesLabel => [
                "Categories:",
                "Catégories :",
                "Categorías:",
                "Categorias:",
                "Aina:",
            ],
            Msg::RegionsLabel => ["Regions:", "Régions :", "Regiones:", "Regiões:", "Kanda:"],
            Msg::OrgsNone => [
                "No organisation matches “{0}” yet.",
                "Aucune organisation ne correspond encore à « {0} ».",
                "Todavía ninguna organización corresponde a «{0}».",
                "Ainda nenhuma organização corresponde a «{0}».",
                "Bado hakuna shirika linalolingana na “{0}”.",
            ],
            Msg::TopicsHeading => [
                "Practical guides",
                "Guides pratiques",
                "Guías prácticas",
                "Guias práticos",
                "Miongozo ya vitendo",
            ],
            Msg::TopicsHint => [
                "Open one with /guide and its name, for example /guide sediment.",
                "Ouvrez-en un avec /guide et son nom, par exemple /guide sediment.",
                "Abra una con /guide y su nombre, por ejemplo /guide sediment.",
                "Abra um com /guide e o nome, por exemplo /guide sediment.",
                "Fungua mmoja kwa /guide na jina lake, kwa mfano /guide sediment.",
            ],
            Msg::GuideNeedsTopic => [
                "Which topic? Pick one:",
                "Quel sujet ? Choisissez :",
                "¿Qué tema? Elija uno:",
                "Qual tema? Escolha um:",
                "Mada gani? Chagua moja:",
            ],
            Msg::GuideNotFound => [
                "There is no guide called “{0}”.",
                "Il n'y a pas de guide appelé « {0} ».",
                "No hay ninguna guía llamada «{0}».",
                "Não há nenhum guia chamado «{0}».",
                "Hakuna mwongozo unaoitwa “{0}”.",
            ],
            Msg::CasesHeading => [
                "Case studies",
                "Études de cas",
                "Casos de estudio",
                "Estudos de caso",
                "Mifano halisi",
            ],
            Msg::CasesHint => [
                "Open one with /cases and its name, for example {0}.",
                "Ouvrez-en une avec /cases et son nom, par exemple {0}.",
                "Abra uno con /cases y su nombre, por ejemplo {0}.",
                "Abra um com /cases e o nome, por exemplo {0}.",
                "Fungua mmoja kwa /cases na jina lake, kwa mfano {0}.",
            ],
            Msg::CaseNotFound => [
                "There is no case study called “{0}”.",
                "Il n'y a pas d'étude de cas appelée « {0} ».",
                "No hay ningún caso de estudio llamado «{0}».",
                "Não há nenhum estudo de caso chamado «{0}».",
                "Hakuna mfano halisi unaoitwa “{0}”.",
            ],
            Msg::LanguageChoose => [
                "Choose your language:",
                "Choisissez votre langue :",
                "Elija su idioma:",
                "Escolha o seu idioma:",
                "Chagua lugha yako:",
            ],
            Msg::LanguageSet => [
                "From now on I will answer in English.",
                "Désormais, je vous répondrai en français.",
                "A partir de ahora le responderé en español.",
                "A partir de agora vou responder em português.",
                "Kuanzia sasa nitakujibu kwa Kiswahili.",
            ],
            Msg::LanguageUnknown => [
                "I don't speak “{0}” yet.",
                "Je ne parle pas encore « {0} ».",
                "Todavía no hablo «{0}».",
                "Ainda não falo «{0}».",
                "Bado sizungumzi “{0}”.",
            ],
            Msg::UnknownCommand => [
                "I don't know the command {0}. Type /help to see the commands.",
                "Je ne connais pas la commande {0}. Tapez /help pour voir les commandes.",
                "No conozco el comando {0}. Escriba /help para ver los comandos.",
                "Não conheço o comando {0}. Escreva /help para ver os comandos.",
                "Sijui amri {0}. Andika /help kuona amri zilizopo.",
            ],
            Msg::QueryShortened => [
                "Your message was very long, so I searched for its first {0} characters only.",
                "Votre message était très long : je n'ai cherché que ses {0} premiers caractères.",
                "Su mensaje era muy largo, así que solo busqué sus primeros {0} caracteres.",
                "A sua mensagem era muito longa, por isso só pesquisei os primeiros {0} caracteres.",
                "Ujumbe wako ulikuwa mrefu sana, kwa hiyo nimetafuta herufi {0} za kwanza tu.",
            ],
            Msg::InternalError => [
                "Sorry, something went wrong on my side. Please try again in a moment.",
                "Désolé, un problème est survenu de mon côté. Réessayez dans un instant.",
                "Lo siento, algo falló por mi parte. Vuelva a intentarlo en un momento.",
                "Desculpe, algo correu mal do meu lado. Tente novamente daqui a pouco.",
                "Samahani, kuna tatizo upande wangu. Tafadhali jaribu tena baada ya muda mfupi.",
            ],
            Msg::DeepLinkUnknown => [
                "That link points to something I don't know.",
                "Ce lien mène à quelque chose que je ne connais pas.",
                "Ese enlace apunta a algo que no conozco.",
                "Esse link aponta para algo que não conheço.",
                "Kiungo hicho kinaelekeza kwenye kitu nisichokijua.",
            ],
            Msg::NothingMore => [
                "There is nothing more to show. Search with /find first.",
                "Il n'y a rien de plus à afficher. Cherchez d'abord avec /find.",
                "No hay nada más que mostrar. Busque primero con /find.",
                "Não há mais nada para mostrar. Pesquise primeiro com /find.",
                "Hakuna zaidi ya kuonyesha. Tafuta kwanza kwa /find.",
            ],
            Msg::AllTopics => [
                "All topics",
                "Tous les sujets",
                "Todos los temas",
                "Todos os temas",
                "Mada zote",
            ],
            Msg::AllOrgs => [
                "All organisations",
                "Toutes les organisations",
                "Todas las organizaciones",
                "Todas as organizações",
                "Mashirika yote",
            ],
            Msg::AllCases => [
                "All case studies",
                "Toutes les études de cas",
                "Todos los casos",
                "Todos os estudos de caso",
                "Mifano yote",
            ],
            Msg::ModeratorsOnly => [
                "Only moderators can do that.",
                "Seuls les modérateurs peuvent faire cela.",
                "Solo los moderadores pueden hacer eso.",
                "Só os moderadores podem fazer isso.",
                "Wasimamizi pekee ndio wanaoweza kufanya hivyo.",
            ],
            Msg::ConsoleIntro => [
                "Type a question, /help for the commands, /quit to leave.",
                "Écrivez une question, /help pour les commandes, /quit pour quitter.",
                "Escriba una pregunta, /help para los comandos, /quit para salir.",
                "Escreva uma pergunta, /help para os comandos, /quit para sair.",
                "Andika swali, /help kwa amri, /quit kuondoka.",
            ],
        }
    }
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Es => 2,
        Lang::Pt => 3,
        Lang::Sw => 4,
    }
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

/// The message in `lang` with its placeholders filled.
pub fn tr(msg: Msg, lang: Lang, args: &[&str]) -> String {
    fill(msg.get(lang), args)
}

/// A category's translated name.
pub fn category(c: Category, lang: Lang) -> &'static str {
    let t: [&str; 5] = match c {
        Category::Advocacy => [
            "Advocacy",
            "Plaidoyer",
            "Incidencia",
            "Advocacia",
            "Utetezi",
        ],
        Category::RegionalCentre => [
            "Regional resource centre",
            "Centre régional de ressources",
            "Centro regional de recursos",
            "Centro regional de recursos",
            "Kituo cha rasilimali cha kikanda",
        ],
        Category::Consulting => [
            "Consulting",
            "Conseil",
            "Consultoría",
            "Consultoria",
            "Ushauri wa kitaalamu",
        ],
        Category::Ngo => [
            "Development organisation (NGO)",
            "Organisation de développement (ONG)",
            "Organización de desarrollo (ONG)",
            "Organização de desenvolvimento (ONG)",
            "Shirika la maendeleo (NGO)",
        ],
        Category::Industry => [
            "Industry body or laboratory",
            "Organisme professionnel ou laboratoire",
            "Organismo del sector o laboratorio",
            "Entidade do setor ou laboratório",
            "Chama cha sekta au maabara",
        ],
        Category::Government => [
            "Government authority",
            "Autorité publique",
            "Autoridad pública",
            "Autoridade pública",
            "Mamlaka ya serikali",
        ],
        Category::Funder => [
            "Funder",
            "Bailleur de fonds",
            "Financiador",
            "Financiador",
            "Mfadhili",
        ],
        Category::Association => [
            "Miners' association",
            "Association de mineurs",
            "Asociación de mineros",
            "Associação de mineiros",
            "Chama cha wachimbaji",
        ],
        Category::Research => [
            "Research and knowledge centre",
            "Centre de recherche et de savoir",
            "Centro de investigación y conocimiento",
            "Centro de pesquisa e conhecimento",
            "Kituo cha utafiti na maarifa",
        ],
    };
    t[index(lang)]
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

/// A region's translated name.
pub fn region(r: Region, lang: Lang) -> &'static str {
    let t: [&str; 5] = match r {
        Region::Africa => ["Africa", "Afrique", "África", "África", "Afrika"],
        Region::SouthAmerica => [
            "South America",
            "Amérique du Sud",
            "América del Sur",
            "América do Sul",
            "Amerika Kusini",
        ],
        Region::NorthAmerica => [
            "North America",
            "Amérique du Nord",
            "América del Norte",
            "América do Norte",
            "Amerika Kaskazini",
        ],
        Region::Europe => ["Europe", "Europe", "Europa", "Europa", "Ulaya"],
        Region::Asia => ["Asia", "Asie", "Asia", "Ásia", "Asia"],
        Region::Global => [
            "Worldwide",
            "Monde entier",
            "Todo el mundo",
            "Mundo inteiro",
            "Duniani kote",
        ],
    };
    t[index(lang)]
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

/// Folds a filter or name for comparison: lowercase, no accents, `-`/`_` as spaces.
pub fn fold_words(s: &str) -> String {
    crate::kb::fold(&s.replace(['-', '_'], " "))
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
    let t: [&str; 5] = match s {
        Status::Active => ["active", "en activité", "activa", "ativa", "inafanya kazi"],
        Status::Closed => ["closed", "fermée", "cerrada", "encerrada", "imefungwa"],
        Status::Renamed => [
            "renamed",
            "renommée",
            "cambió de nombre",
            "mudou de nome",
            "imebadilishwa jina",
        ],
        Status::Unidentified => [
            "could not be identified",
            "non identifiée",
            "no identificada",
            "não identificada",
            "haikuweza kutambuliwa",
        ],
        Status::Unconfirmed => [
            "link to mining not confirmed",
            "lien avec l'exploitation minière non confirmé",
            "vínculo con la minería no confirmado",
            "ligação à mineração não confirmada",
            "uhusiano na uchimbaji haujathibitishwa",
        ],
    };
    t[index(lang)]
}

/// A kind's translated name.
pub fn kind(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Org => Msg::KindOrg.get(lang),
        Kind::Guide => Msg::KindGuide.get(lang),
        Kind::Case => Msg::KindCase.get(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(s: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut rest = s;
        while let Some(i) = rest.find('{') {
            if let Some(j) = rest[i..].find('}') {
                out.insert(rest[i..i + j + 1].to_string());
                rest = &rest[i + j + 1..];
            } else {
                break;
            }
        }
        out
    }

    /// Every message exists in all five languages, non-empty, with the same placeholders.
    #[test]
    fn every_message_is_translated_with_same_placeholders() {
        for msg in Msg::ALL {
            let t = msg.texts();
            let en = placeholders(t[0]);
            for (i, text) in t.iter().enumerate() {
                assert!(!text.trim().is_empty(), "{msg:?} empty in language {i}");
                assert_eq!(
                    placeholders(text),
                    en,
                    "{msg:?} placeholders differ in language {i}"
                );
            }
        }
    }

    /// The non-English texts are really translated: most differ from the English text.
    #[test]
    fn translations_differ_from_english() {
        for lang in [Lang::Fr, Lang::Es, Lang::Pt, Lang::Sw] {
            let same = Msg::ALL
                .iter()
                .filter(|m| m.get(lang) == m.get(Lang::En))
                .count();
            assert!(same <= 7, "{lang}: {same} messages identical to English");
        }
    }

    /// Placeholders are filled by position; unknown or malformed braces stay as written.
    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(fill("a {0} b {1} {0}", &["x", "y"]), "a x b y x");
        assert_eq!(fill("{2} {x} {", &["x"]), "{2} {x} {");
        assert_eq!(fill("{0}", &["{1}"]), "{1}");
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

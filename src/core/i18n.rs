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
    KindCountry,
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
    AboutShare,
    AboutMine,
    AboutWithdraw,
    AboutCancel,
    AboutPending,
    AboutReview,
    AboutApprove,
    AboutReject,
    AboutReopen,
    AboutStats,
    ArgStory,
    ArgNumber,
    ArgNumberNote,
    ArgNumberReason,
    ArgPage,
    ModeratorsHeading,
    SharingDisabled,
    ShareReceived,
    ShareTooShort,
    ShareTooLong,
    ShareRateLimited,
    SlowDown,
    ShareDuplicate,
    TryAgain,
    ShareInvalid,
    ShareGroup,
    ShareGroupNotice,
    FlowTopic,
    FlowPlace,
    FlowStory,
    FlowPhoto,
    FlowConfirm,
    FlowTopicUnknown,
    FlowPlaceTooLong,
    FlowDraftKept,
    SendWithName,
    SendAnonymously,
    Cancel,
    Skip,
    Cancelled,
    NothingToCancel,
    LabelTopic,
    LabelPlace,
    LabelStory,
    LabelAuthor,
    LabelCredit,
    LabelAnonymous,
    LabelPhotos,
    LabelStatus,
    LabelSent,
    LabelDecision,
    MineHeading,
    MineEmpty,
    NeedNumber,
    NotFound,
    NotYours,
    WrongStatus,
    Withdrawn,
    OwnSubmission,
    PendingHeading,
    PendingEmpty,
    NextPage,
    Review,
    Approve,
    Reject,
    Reopen,
    ReviewHeading,
    DecidedApproved,
    DecidedRejected,
    DecidedReopened,
    AskReason,
    StatsHeading,
    StatsLine,
    AnnounceHeading,
    AnnounceHint,
    DigestHeading,
    DigestHint,
    OutcomeApproved,
    OutcomeRejected,
    OutcomeReopened,
    ModeratorNote,
    SharedBy,
    SharedAnonymously,
    CommunityCase,
}

impl Msg {
    /// Every message, for completeness checks.
    pub const ALL: [Msg; 154] = [
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
        Msg::KindCountry,
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
        Msg::AboutShare,
        Msg::AboutMine,
        Msg::AboutWithdraw,
        Msg::AboutCancel,
        Msg::AboutPending,
        Msg::AboutReview,
        Msg::AboutApprove,
        Msg::AboutReject,
        Msg::AboutReopen,
        Msg::AboutStats,
        Msg::ArgStory,
        Msg::ArgNumber,
        Msg::ArgNumberNote,
        Msg::ArgNumberReason,
        Msg::ArgPage,
        Msg::ModeratorsHeading,
        Msg::SharingDisabled,
        Msg::ShareReceived,
        Msg::ShareTooShort,
        Msg::ShareTooLong,
        Msg::ShareRateLimited,
        Msg::SlowDown,
        Msg::ShareDuplicate,
        Msg::TryAgain,
        Msg::ShareInvalid,
        Msg::ShareGroup,
        Msg::ShareGroupNotice,
        Msg::FlowTopic,
        Msg::FlowPlace,
        Msg::FlowStory,
        Msg::FlowPhoto,
        Msg::FlowConfirm,
        Msg::FlowTopicUnknown,
        Msg::FlowPlaceTooLong,
        Msg::FlowDraftKept,
        Msg::SendWithName,
        Msg::SendAnonymously,
        Msg::Cancel,
        Msg::Skip,
        Msg::Cancelled,
        Msg::NothingToCancel,
        Msg::LabelTopic,
        Msg::LabelPlace,
        Msg::LabelStory,
        Msg::LabelAuthor,
        Msg::LabelCredit,
        Msg::LabelAnonymous,
        Msg::LabelPhotos,
        Msg::LabelStatus,
        Msg::LabelSent,
        Msg::LabelDecision,
        Msg::MineHeading,
        Msg::MineEmpty,
        Msg::NeedNumber,
        Msg::NotFound,
        Msg::NotYours,
        Msg::WrongStatus,
        Msg::Withdrawn,
        Msg::OwnSubmission,
        Msg::PendingHeading,
        Msg::PendingEmpty,
        Msg::NextPage,
        Msg::Review,
        Msg::Approve,
        Msg::Reject,
        Msg::Reopen,
        Msg::ReviewHeading,
        Msg::DecidedApproved,
        Msg::DecidedRejected,
        Msg::DecidedReopened,
        Msg::AskReason,
        Msg::StatsHeading,
        Msg::StatsLine,
        Msg::AnnounceHeading,
        Msg::AnnounceHint,
        Msg::DigestHeading,
        Msg::DigestHint,
        Msg::OutcomeApproved,
        Msg::OutcomeRejected,
        Msg::OutcomeReopened,
        Msg::ModeratorNote,
        Msg::SharedBy,
        Msg::SharedAnonymously,
        Msg::CommunityCase,
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
            Msg::KindCountry => ["country", "pays", "país", "país", "nchi"],
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
                "read on {0}",
                "lues le {0}",
                "leídas el {0}",
                "lidas em {0}",
                "vilisomwa tarehe {0}",
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
            Msg::AboutShare => [
                "share what worked for you (a case study)",
                "partager ce qui a marché pour vous (étude de cas)",
                "compartir lo que le funcionó (un caso)",
                "partilhar o que resultou para si (estudo de caso)",
                "shiriki kilichofanikiwa kwako (mfano halisi)",
            ],
            Msg::AboutMine => [
                "your contributions and their status",
                "vos contributions et leur statut",
                "sus aportes y su estado",
                "as suas contribuições e o seu estado",
                "michango yako na hali yake",
            ],
            Msg::AboutWithdraw => [
                "take back a contribution still waiting for review",
                "retirer une contribution encore en attente",
                "retirar un aporte aún pendiente de revisión",
                "retirar uma contribuição ainda pendente",
                "ondoa mchango ambao bado unasubiri ukaguzi",
            ],
            Msg::AboutCancel => [
                "stop what is in progress",
                "arrêter ce qui est en cours",
                "detener lo que está en curso",
                "parar o que está em curso",
                "simamisha kinachoendelea",
            ],
            Msg::AboutPending => [
                "contributions waiting for review",
                "contributions en attente de relecture",
                "aportes pendientes de revisión",
                "contribuições à espera de revisão",
                "michango inayosubiri ukaguzi",
            ],
            Msg::AboutReview => [
                "read one contribution in full",
                "lire une contribution en entier",
                "leer un aporte completo",
                "ler uma contribuição por inteiro",
                "soma mchango mmoja wote",
            ],
            Msg::AboutApprove => [
                "approve and publish a contribution",
                "approuver et publier une contribution",
                "aprobar y publicar un aporte",
                "aprovar e publicar uma contribuição",
                "idhinisha na uchapishe mchango",
            ],
            Msg::AboutReject => [
                "reject a contribution, with the reason",
                "refuser une contribution, avec la raison",
                "rechazar un aporte, con el motivo",
                "recusar uma contribuição, com o motivo",
                "kataa mchango, pamoja na sababu",
            ],
            Msg::AboutReopen => [
                "reopen a decision",
                "rouvrir une décision",
                "reabrir una decisión",
                "reabrir uma decisão",
                "fungua upya uamuzi",
            ],
            Msg::AboutStats => [
                "numbers of contributions by status",
                "nombre de contributions par statut",
                "número de aportes por estado",
                "número de contribuições por estado",
                "idadi ya michango kwa hali",
            ],
            Msg::ArgStory => [
                "your story",
                "votre histoire",
                "su historia",
                "a sua história",
                "hadithi yako",
            ],
            Msg::ArgNumber => ["number", "numéro", "número", "número", "namba"],
            Msg::ArgNumberNote => [
                "number and note",
                "numéro et note",
                "número y nota",
                "número e nota",
                "namba na maelezo",
            ],
            Msg::ArgNumberReason => [
                "number and reason",
                "numéro et raison",
                "número y motivo",
                "número e motivo",
                "namba na sababu",
            ],
            Msg::ArgPage => ["page", "page", "página", "página", "ukurasa"],
            Msg::ModeratorsHeading => [
                "For moderators",
                "Pour les modérateurs",
                "Para moderadores",
                "Para moderadores",
                "Kwa wasimamizi",
            ],
            Msg::SharingDisabled => [
                "Contributions are not enabled here.",
                "Les contributions ne sont pas activées ici.",
                "Los aportes no están habilitados aquí.",
                "As contribuições não estão ativadas aqui.",
                "Michango haijawezeshwa hapa.",
            ],
            Msg::ShareReceived => [
                "Thank you! Received, reference {0}. A moderator will review it and you will be told the outcome.",
                "Merci ! Bien reçu, référence {0}. Un modérateur va la relire et vous serez informé de la décision.",
                "¡Gracias! Recibido, referencia {0}. Un moderador lo revisará y se le informará del resultado.",
                "Obrigado! Recebido, referência {0}. Um moderador vai revê-la e será informado do resultado.",
                "Asante! Imepokelewa, namba {0}. Msimamizi ataikagua na utaarifiwa matokeo.",
            ],
            Msg::ShareTooShort => [
                "Your story is too short to be useful ({1} characters; at least {0}). Say what the problem was, what you did and what changed.",
                "Votre histoire est trop courte pour être utile ({1} caractères ; au moins {0}). Dites quel était le problème, ce que vous avez fait et ce qui a changé.",
                "Su historia es demasiado corta para ser útil ({1} caracteres; al menos {0}). Diga cuál era el problema, qué hicieron y qué cambió.",
                "A sua história é curta demais para ser útil ({1} caracteres; pelo menos {0}). Diga qual era o problema, o que fizeram e o que mudou.",
                "Hadithi yako ni fupi mno kuwa na manufaa (herufi {1}; angalau {0}). Eleza tatizo lilikuwa nini, mlifanya nini na nini kilibadilika.",
            ],
            Msg::ShareTooLong => [
                "Your story is too long for one contribution ({1} characters; at most {0}). Please shorten it.",
                "Votre histoire est trop longue pour une contribution ({1} caractères ; au plus {0}). Merci de la raccourcir.",
                "Su historia es demasiado larga para un aporte ({1} caracteres; como máximo {0}). Por favor, acórtela.",
                "A sua história é longa demais para uma contribuição ({1} caracteres; no máximo {0}). Por favor, encurte-a.",
                "Hadithi yako ni ndefu mno kwa mchango mmoja (herufi {1}; zisizozidi {0}). Tafadhali ifupishe.",
            ],
            Msg::ShareRateLimited => [
                "You have sent many contributions in the last hour. Please wait about {0} minutes before sending another.",
                "Vous avez envoyé beaucoup de contributions dans la dernière heure. Merci d'attendre environ {0} minutes avant d'en envoyer une autre.",
                "Ha enviado muchos aportes en la última hora. Espere unos {0} minutos antes de enviar otro.",
                "Enviou muitas contribuições na última hora. Aguarde cerca de {0} minutos antes de enviar outra.",
                "Umetuma michango mingi katika saa iliyopita. Tafadhali subiri takriban dakika {0} kabla ya kutuma mwingine.",
            ],
            Msg::SlowDown => [
                "You are sending messages faster than I can answer everyone. Please wait {0} seconds, then try again.",
                "Vous envoyez des messages plus vite que je ne peux répondre à tout le monde. Merci d'attendre {0} secondes, puis de réessayer.",
                "Está enviando mensajes más rápido de lo que puedo responder a todos. Espere {0} segundos y vuelva a intentarlo.",
                "Está enviando mensagens mais rápido do que consigo responder a todos. Aguarde {0} segundos e tente novamente.",
                "Unatuma ujumbe kwa kasi kuliko ninavyoweza kumjibu kila mtu. Tafadhali subiri sekunde {0} kisha ujaribu tena.",
            ],
            Msg::ShareDuplicate => [
                "You already sent this text: it was received as {0}.",
                "Vous avez déjà envoyé ce texte : il a été reçu sous la référence {0}.",
                "Ya envió este texto: se recibió como {0}.",
                "Já enviou este texto: foi recebido como {0}.",
                "Tayari ulituma maandishi haya: yalipokelewa kama {0}.",
            ],
            Msg::TryAgain => [
                "I could not save that just now, and nothing was stored. Please try again in a moment.",
                "Je n'ai pas pu l'enregistrer pour l'instant, et rien n'a été conservé. Merci de réessayer dans un moment.",
                "No pude guardarlo ahora y no se almacenó nada. Inténtelo de nuevo en un momento.",
                "Não consegui guardar isso agora e nada foi armazenado. Tente novamente daqui a pouco.",
                "Sikuweza kuhifadhi hilo sasa hivi, na hakuna kilichohifadhiwa. Tafadhali jaribu tena baada ya muda mfupi.",
            ],
            Msg::ShareInvalid => [
                "That contribution cannot be accepted: {0}.",
                "Cette contribution ne peut pas être acceptée : {0}.",
                "Ese aporte no se puede aceptar: {0}.",
                "Essa contribuição não pode ser aceite: {0}.",
                "Mchango huo hauwezi kukubaliwa: {0}.",
            ],
            Msg::ShareGroup => [
                "To keep this group readable, please share your story in one message: {0}. Or continue with me in a private chat.",
                "Pour que ce groupe reste lisible, partagez votre histoire en un seul message : {0}. Ou continuez avec moi en privé.",
                "Para que este grupo siga legible, comparta su historia en un solo mensaje: {0}. O continúe conmigo en un chat privado.",
                "Para manter este grupo legível, partilhe a sua história numa só mensagem: {0}. Ou continue comigo numa conversa privada.",
                "Ili kikundi hiki kisomeke, shiriki hadithi yako kwa ujumbe mmoja: {0}. Au endelea nami kwenye mazungumzo ya faragha.",
            ],
            Msg::ShareGroupNotice => [
                "You asked to share a story in a group; let's continue here, step by step.",
                "Vous avez demandé à partager une histoire dans un groupe ; continuons ici, pas à pas.",
                "Pidió compartir una historia en un grupo; sigamos aquí, paso a paso.",
                "Pediu para partilhar uma história num grupo; vamos continuar aqui, passo a passo.",
                "Uliomba kushiriki hadithi katika kikundi; tuendelee hapa, hatua kwa hatua.",
            ],
            Msg::FlowTopic => [
                "What is your story about? Choose a topic (type its name or number), or /cancel.",
                "De quoi parle votre histoire ? Choisissez un thème (tapez son nom ou son numéro), ou /cancel.",
                "¿De qué trata su historia? Elija un tema (escriba su nombre o número), o /cancel.",
                "De que trata a sua história? Escolha um tema (escreva o nome ou o número), ou /cancel.",
                "Hadithi yako inahusu nini? Chagua mada (andika jina au namba yake), au /cancel.",
            ],
            Msg::FlowPlace => [
                "Where did it happen? A village, district or country — or /skip.",
                "Où cela s'est-il passé ? Un village, un district ou un pays — ou /skip.",
                "¿Dónde ocurrió? Un pueblo, distrito o país — o /skip.",
                "Onde aconteceu? Uma aldeia, distrito ou país — ou /skip.",
                "Ilitokea wapi? Kijiji, wilaya au nchi — au /skip.",
            ],
            Msg::FlowStory => [
                "Now tell your story: what was the problem, what did you do, what changed? (at least {0} characters)",
                "Racontez maintenant votre histoire : quel était le problème, qu'avez-vous fait, qu'est-ce qui a changé ? (au moins {0} caractères)",
                "Ahora cuente su historia: ¿cuál era el problema, qué hicieron, qué cambió? (al menos {0} caracteres)",
                "Agora conte a sua história: qual era o problema, o que fizeram, o que mudou? (pelo menos {0} caracteres)",
                "Sasa simulia hadithi yako: tatizo lilikuwa nini, mlifanya nini, nini kilibadilika? (angalau herufi {0})",
            ],
            Msg::FlowPhoto => [
                "You can send a photo now, or /skip.",
                "Vous pouvez envoyer une photo maintenant, ou /skip.",
                "Puede enviar una foto ahora, o /skip.",
                "Pode enviar uma foto agora, ou /skip.",
                "Unaweza kutuma picha sasa, au /skip.",
            ],
            Msg::FlowConfirm => [
                "Here is your contribution. Send it with your name or anonymously, or /cancel.",
                "Voici votre contribution. Envoyez-la avec votre nom ou anonymement, ou /cancel.",
                "Este es su aporte. Envíelo con su nombre o de forma anónima, o /cancel.",
                "Esta é a sua contribuição. Envie-a com o seu nome ou anonimamente, ou /cancel.",
                "Huu ndio mchango wako. Utume kwa jina lako au bila jina, au /cancel.",
            ],
            Msg::FlowTopicUnknown => [
                "I did not recognise that topic. Please choose one of these:",
                "Je n'ai pas reconnu ce thème. Choisissez l'un de ceux-ci :",
                "No reconocí ese tema. Elija uno de estos:",
                "Não reconheci esse tema. Escolha um destes:",
                "Sikuitambua mada hiyo. Tafadhali chagua mojawapo ya hizi:",
            ],
            Msg::FlowPlaceTooLong => [
                "That place is too long (at most {0} characters). Please write it shorter, or /skip.",
                "Ce lieu est trop long (au plus {0} caractères). Écrivez-le plus court, ou /skip.",
                "Ese lugar es demasiado largo (como máximo {0} caracteres). Escríbalo más corto, o /skip.",
                "Esse local é longo demais (no máximo {0} caracteres). Escreva-o mais curto, ou /skip.",
                "Mahali hapo ni pefu mno (herufi zisizozidi {0}). Tafadhali andika kwa ufupi, au /skip.",
            ],
            Msg::FlowDraftKept => [
                "Your draft is kept: send /send again later, or /cancel.",
                "Votre brouillon est conservé : renvoyez /send plus tard, ou /cancel.",
                "Su borrador se conserva: envíe /send más tarde, o /cancel.",
                "O seu rascunho fica guardado: envie /send mais tarde, ou /cancel.",
                "Rasimu yako imehifadhiwa: tuma /send tena baadaye, au /cancel.",
            ],
            Msg::SendWithName => [
                "Send with my name",
                "Envoyer avec mon nom",
                "Enviar con mi nombre",
                "Enviar com o meu nome",
                "Tuma kwa jina langu",
            ],
            Msg::SendAnonymously => [
                "Send anonymously",
                "Envoyer anonymement",
                "Enviar de forma anónima",
                "Enviar anonimamente",
                "Tuma bila jina",
            ],
            Msg::Cancel => ["Cancel", "Annuler", "Cancelar", "Cancelar", "Ghairi"],
            Msg::Skip => ["Skip", "Passer", "Omitir", "Saltar", "Ruka"],
            Msg::Cancelled => [
                "Cancelled. Nothing was sent.",
                "Annulé. Rien n'a été envoyé.",
                "Cancelado. No se envió nada.",
                "Cancelado. Nada foi enviado.",
                "Imeghairiwa. Hakuna kilichotumwa.",
            ],
            Msg::NothingToCancel => [
                "There is nothing to cancel.",
                "Il n'y a rien à annuler.",
                "No hay nada que cancelar.",
                "Não há nada para cancelar.",
                "Hakuna cha kughairi.",
            ],
            Msg::LabelTopic => ["Topic", "Thème", "Tema", "Tema", "Mada"],
            Msg::LabelPlace => ["Place", "Lieu", "Lugar", "Local", "Mahali"],
            Msg::LabelStory => ["Story", "Histoire", "Historia", "História", "Hadithi"],
            Msg::LabelAuthor => [
                "From",
                "De la part de",
                "Enviado por",
                "Enviado por",
                "Kutoka kwa",
            ],
            Msg::LabelCredit => ["Credit", "Crédit", "Crédito", "Crédito", "Sifa"],
            Msg::LabelAnonymous => ["anonymous", "anonyme", "anónimo", "anónimo", "bila jina"],
            Msg::LabelPhotos => [
                "Attachments",
                "Pièces jointes",
                "Adjuntos",
                "Anexos",
                "Viambatisho",
            ],
            Msg::LabelStatus => ["Status", "Statut", "Estado", "Estado", "Hali"],
            Msg::LabelSent => ["Sent", "Envoyé le", "Enviado el", "Enviado em", "Ilitumwa"],
            Msg::LabelDecision => ["Decision", "Décision", "Decisión", "Decisão", "Uamuzi"],
            Msg::MineHeading => [
                "Your contributions",
                "Vos contributions",
                "Sus aportes",
                "As suas contribuições",
                "Michango yako",
            ],
            Msg::MineEmpty => [
                "You have not shared anything yet. Use {0} to share what worked for you.",
                "Vous n'avez encore rien partagé. Utilisez {0} pour partager ce qui a marché pour vous.",
                "Aún no ha compartido nada. Use {0} para compartir lo que le funcionó.",
                "Ainda não partilhou nada. Use {0} para partilhar o que resultou para si.",
                "Bado hujashiriki chochote. Tumia {0} kushiriki kilichofanikiwa kwako.",
            ],
            Msg::NeedNumber => [
                "Please give a contribution number, for example {0}.",
                "Indiquez un numéro de contribution, par exemple {0}.",
                "Indique un número de aporte, por ejemplo {0}.",
                "Indique um número de contribuição, por exemplo {0}.",
                "Tafadhali taja namba ya mchango, kwa mfano {0}.",
            ],
            Msg::NotFound => [
                "There is no contribution {0}.",
                "Il n'y a pas de contribution {0}.",
                "No hay ningún aporte {0}.",
                "Não existe a contribuição {0}.",
                "Hakuna mchango {0}.",
            ],
            Msg::NotYours => [
                "{0} is not one of your contributions.",
                "{0} ne fait pas partie de vos contributions.",
                "{0} no es uno de sus aportes.",
                "{0} não é uma das suas contribuições.",
                "{0} si mmoja wa michango yako.",
            ],
            Msg::WrongStatus => [
                "{0} is {1}: that cannot be done now.",
                "{0} est {1} : ce n'est pas possible maintenant.",
                "{0} está {1}: eso no se puede hacer ahora.",
                "{0} está {1}: isso não pode ser feito agora.",
                "{0} iko katika hali ya {1}: hilo haliwezekani sasa.",
            ],
            Msg::Withdrawn => [
                "{0} has been withdrawn.",
                "{0} a été retirée.",
                "{0} ha sido retirado.",
                "{0} foi retirada.",
                "{0} imeondolewa.",
            ],
            Msg::OwnSubmission => [
                "You cannot decide on your own contribution {0}: another moderator must.",
                "Vous ne pouvez pas décider de votre propre contribution {0} : un autre modérateur doit le faire.",
                "No puede decidir sobre su propio aporte {0}: debe hacerlo otro moderador.",
                "Não pode decidir sobre a sua própria contribuição {0}: outro moderador tem de o fazer.",
                "Huwezi kuamua kuhusu mchango wako mwenyewe {0}: msimamizi mwingine anapaswa kufanya hivyo.",
            ],
            Msg::PendingHeading => [
                "Waiting for review: {0}",
                "En attente de relecture : {0}",
                "Pendientes de revisión: {0}",
                "À espera de revisão: {0}",
                "Inayosubiri ukaguzi: {0}",
            ],
            Msg::PendingEmpty => [
                "Nothing is waiting for review.",
                "Rien n'attend de relecture.",
                "No hay nada pendiente de revisión.",
                "Não há nada à espera de revisão.",
                "Hakuna kinachosubiri ukaguzi.",
            ],
            Msg::NextPage => [
                "Next page",
                "Page suivante",
                "Página siguiente",
                "Página seguinte",
                "Ukurasa unaofuata",
            ],
            Msg::Review => ["Review", "Relire", "Revisar", "Rever", "Kagua"],
            Msg::Approve => ["Approve", "Approuver", "Aprobar", "Aprovar", "Idhinisha"],
            Msg::Reject => ["Reject", "Refuser", "Rechazar", "Recusar", "Kataa"],
            Msg::Reopen => ["Reopen", "Rouvrir", "Reabrir", "Reabrir", "Fungua upya"],
            Msg::ReviewHeading => [
                "Contribution {0}",
                "Fiche de la contribution {0}",
                "Aporte {0}",
                "Contribuição {0}",
                "Mchango {0}",
            ],
            Msg::DecidedApproved => [
                "{0} approved by {1} on {2}.",
                "{0} approuvée par {1} le {2}.",
                "{0} aprobado por {1} el {2}.",
                "{0} aprovada por {1} em {2}.",
                "{0} imeidhinishwa na {1} tarehe {2}.",
            ],
            Msg::DecidedRejected => [
                "{0} rejected by {1} on {2}. Reason: {3}",
                "{0} refusée par {1} le {2}. Raison : {3}",
                "{0} rechazado por {1} el {2}. Motivo: {3}",
                "{0} recusada por {1} em {2}. Motivo: {3}",
                "{0} imekataliwa na {1} tarehe {2}. Sababu: {3}",
            ],
            Msg::DecidedReopened => [
                "{0} reopened by {1} on {2}: it is waiting for review again.",
                "{0} rouverte par {1} le {2} : elle attend de nouveau une relecture.",
                "{0} reabierto por {1} el {2}: vuelve a estar pendiente de revisión.",
                "{0} reaberta por {1} em {2}: está de novo à espera de revisão.",
                "{0} imefunguliwa upya na {1} tarehe {2}: inasubiri ukaguzi tena.",
            ],
            Msg::AskReason => [
                "Send the reason for rejecting {0} in your next message (the contributor will see it), or /cancel.",
                "Envoyez la raison du refus de {0} dans votre prochain message (le contributeur la verra), ou /cancel.",
                "Envíe el motivo del rechazo de {0} en su próximo mensaje (el autor lo verá), o /cancel.",
                "Envie o motivo da recusa de {0} na sua próxima mensagem (o autor vai vê-lo), ou /cancel.",
                "Tuma sababu ya kukataa {0} katika ujumbe wako unaofuata (mchangiaji ataiona), au /cancel.",
            ],
            Msg::StatsHeading => [
                "Contributions",
                "Contributions reçues",
                "Aportes",
                "Contribuições",
                "Michango",
            ],
            Msg::StatsLine => [
                "waiting {0} · approved {1} · rejected {2} · withdrawn {3} · total {4}",
                "en attente {0} · approuvées {1} · refusées {2} · retirées {3} · total {4}",
                "pendientes {0} · aprobados {1} · rechazados {2} · retirados {3} · total {4}",
                "pendentes {0} · aprovadas {1} · recusadas {2} · retiradas {3} · total {4}",
                "zinasubiri {0} · zimeidhinishwa {1} · zimekataliwa {2} · zimeondolewa {3} · jumla {4}",
            ],
            Msg::AnnounceHeading => [
                "New contribution {0}",
                "Nouvelle contribution {0}",
                "Nuevo aporte {0}",
                "Nova contribuição {0}",
                "Mchango mpya {0}",
            ],
            Msg::AnnounceHint => [
                "Decide with {0} or {1}.",
                "Décidez avec {0} ou {1}.",
                "Decida con {0} o {1}.",
                "Decida com {0} ou {1}.",
                "Amua kwa {0} au {1}.",
            ],
            Msg::DigestHeading => [
                "{0} new contributions: {1}",
                "{0} nouvelles contributions : {1}",
                "{0} aportes nuevos: {1}",
                "{0} novas contribuições: {1}",
                "Michango mipya {0}: {1}",
            ],
            Msg::DigestHint => [
                "See them with {0}.",
                "Consultez-les avec {0}.",
                "Véalos con {0}.",
                "Veja-as com {0}.",
                "Ziangalie kwa {0}.",
            ],
            Msg::OutcomeApproved => [
                "Good news: your contribution {0} was approved and is now among the case studies. Thank you for sharing!",
                "Bonne nouvelle : votre contribution {0} a été approuvée et fait maintenant partie des études de cas. Merci du partage !",
                "Buenas noticias: su aporte {0} fue aprobado y ya está entre los casos. ¡Gracias por compartir!",
                "Boas notícias: a sua contribuição {0} foi aprovada e já faz parte dos estudos de caso. Obrigado por partilhar!",
                "Habari njema: mchango wako {0} umeidhinishwa na sasa uko kwenye mifano halisi. Asante kwa kushiriki!",
            ],
            Msg::OutcomeRejected => [
                "Your contribution {0} was not accepted. Reason: {1}",
                "Votre contribution {0} n'a pas été acceptée. Raison : {1}",
                "Su aporte {0} no fue aceptado. Motivo: {1}",
                "A sua contribuição {0} não foi aceite. Motivo: {1}",
                "Mchango wako {0} haukukubaliwa. Sababu: {1}",
            ],
            Msg::OutcomeReopened => [
                "Your contribution {0} is being reviewed again.",
                "Votre contribution {0} est de nouveau en relecture.",
                "Su aporte {0} se está revisando de nuevo.",
                "A sua contribuição {0} está de novo em revisão.",
                "Mchango wako {0} unakaguliwa tena.",
            ],
            Msg::ModeratorNote => [
                "Moderator's note: {0}",
                "Note du modérateur : {0}",
                "Nota del moderador: {0}",
                "Nota do moderador: {0}",
                "Maelezo ya msimamizi: {0}",
            ],
            Msg::SharedBy => [
                "Shared by {0}",
                "Partagé par {0}",
                "Compartido por {0}",
                "Partilhado por {0}",
                "Imeshirikiwa na {0}",
            ],
            Msg::SharedAnonymously => [
                "Shared anonymously",
                "Partagé anonymement",
                "Compartido de forma anónima",
                "Partilhado anonimamente",
                "Imeshirikiwa bila jina",
            ],
            Msg::CommunityCase => [
                "Shared by a miner through this bot and approved by a moderator.",
                "Partagé par un mineur via ce bot et approuvé par un modérateur.",
                "Compartido por un minero a través de este bot y aprobado por un moderador.",
                "Partilhado por um mineiro através deste bot e aprovado por um moderador.",
                "Imeshirikiwa na mchimbaji kupitia boti hii na kuidhinishwa na msimamizi.",
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
            "not confirmed by our sources (see the text)",
            "non confirmé par nos sources (voir le texte)",
            "no confirmado por nuestras fuentes (vea el texto)",
            "não confirmado pelas nossas fontes (veja o texto)",
            "haijathibitishwa na vyanzo vyetu (soma maandishi)",
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
        Kind::Country => Msg::KindCountry.get(lang),
    }
}

/// A case-study topic's translated name (for the `/share` flow and moderators' views).
pub fn topic(t: crate::store::Topic, lang: Lang) -> &'static str {
    use crate::store::Topic;
    let t: [&str; 5] = match t {
        Topic::Sediment => [
            "Sediment and silt",
            "Sédiments et boues",
            "Sedimentos y lodo",
            "Sedimentos e lama",
            "Tope na mchanga",
        ],
        Topic::Water => [
            "Water and ponds",
            "Eau et bassins",
            "Agua y estanques",
            "Água e lagoas",
            "Maji na mabwawa",
        ],
        Topic::Waste => [
            "Waste and chemicals",
            "Déchets et produits chimiques",
            "Residuos y químicos",
            "Resíduos e químicos",
            "Taka na kemikali",
        ],
        Topic::ForestsWildlife => [
            "Forests and wildlife",
            "Forêts et faune",
            "Bosques y fauna",
            "Florestas e fauna",
            "Misitu na wanyamapori",
        ],
        Topic::Reclamation => [
            "Reclaiming land",
            "Réhabilitation des terres",
            "Recuperación de tierras",
            "Recuperação de terras",
            "Kurejesha ardhi",
        ],
        Topic::Cooperatives => [
            "Cooperatives",
            "Coopératives",
            "Cooperativas",
            "Cooperativas",
            "Vyama vya ushirika",
        ],
        Topic::Funding => [
            "Funding and prices",
            "Financement et prix",
            "Financiación y precios",
            "Financiamento e preços",
            "Fedha na bei",
        ],
        Topic::HealthSafety => [
            "Health and safety",
            "Santé et sécurité",
            "Salud y seguridad",
            "Saúde e segurança",
            "Afya na usalama",
        ],
        Topic::Other => ["Other", "Autre", "Otro", "Outro", "Nyingine"],
    };
    t[index(lang)]
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
    let t: [&str; 5] = match s {
        Status::Pending => [
            "waiting for review",
            "en attente de relecture",
            "pendiente de revisión",
            "à espera de revisão",
            "inasubiri ukaguzi",
        ],
        Status::Approved => [
            "approved",
            "approuvée",
            "aprobado",
            "aprovada",
            "imeidhinishwa",
        ],
        Status::Rejected => [
            "rejected",
            "refusée",
            "rechazado",
            "recusada",
            "imekataliwa",
        ],
        Status::Withdrawn => [
            "withdrawn",
            "retirée",
            "retirado",
            "retirada",
            "imeondolewa",
        ],
    };
    t[index(lang)]
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

### Miners' Guide: every text the bot shows, in French.
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence. `[one]` / `*[other]` are
### plural forms (CLDR rules for the language); keep the `*` on the default.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft

## Conversation, search and cards

welcome = Bonjour ! Je suis Miners' Guide, un assistant pour les mineurs artisanaux et à petite échelle de pierres précieuses et leurs coopératives. Je connais des organisations qui peuvent vous aider, des guides pratiques (sédiments, eau, permis, financement, sécurité…) et des études de cas réelles, chacun avec ses sources.
ask-private = Écrivez simplement votre question avec vos mots, par exemple : { $example }
example-query = comment empêcher la boue d'aller dans la rivière
ask-group = Dans un groupe, commencez votre message par /find ou mentionnez-moi.
commands-heading = Commandes
about-start = accueil et mode d'emploi
about-help = cette liste de commandes
about-find = chercher partout
about-org = la fiche d'une organisation
about-orgs = les organisations, par catégorie ou région
about-topics = guides pratiques
about-guide = lire un guide
about-cases = études de cas
about-country = les règles d'un pays : permis, groupements, où vendre
about-language = choisir la langue
arg-query = question
arg-name = nom
arg-filter = catégorie ou région
arg-topic = sujet
arg-code = code
arg-case = cas
arg-country = pays
find-empty = Que dois-je chercher ? Écrivez-le après /find, par exemple : { $example }
empty-message = Votre message est vide. Écrivez une question, ou /help pour voir ce que je sais faire.
no-results = Je n'ai rien trouvé pour « { $query } ».
did-you-mean = Vouliez-vous dire :
try-topics = Ou partez d'un sujet :
results-others = Autres résultats pour « { $query } » ({ $first }–{ $last } sur { $total }) :
find-dont-know = Je ne connais pas la réponse à « { $query } » : rien de ce que j'ai n'en parle.
find-nearest = Les sujets les plus proches que j'ai :
find-offer = Personne n'a encore écrit à ce sujet ici. Si vous savez ce qui marche, dites-le aux autres avec /share, ou parcourez tous les sujets avec /topics.
offer-share = Partager ce que vous savez
find-offer-ask = Personne n'a encore écrit à ce sujet ici. Une personne qui s'y connaît peut vous répondre : touchez « Demander à une personne » ou envoyez { $command }. Vous pouvez aussi parcourir tous les sujets avec /topics, ou dire aux autres ce qui marche avec /share.
find-only-filler = Bonjour ! Que voulez-vous savoir ? Posez la question en quelques mots, par exemple : { $example }
results-heading = Résultats pour « { $query } » ({ $first }–{ $last } sur { $total })
no-more-results = Il n'y a plus de résultats pour « { $query } ».
more = Plus
open = Ouvrir :
kind-org = organisation
kind-guide = guide
kind-case = étude de cas
kind-country = pays
category = Catégorie
country = Pays
status = Statut
website = Site web
as-of = au { $date }
sources = Sources
checked = lues le { $date }
full-text-in-english = Le texte complet n'existe qu'en anglais :
org-needs-name = Quelle organisation ? Par exemple : /org mintek. /orgs les liste toutes.
org-not-found = Je ne connais aucune organisation appelée « { $name } ».
closest-matches = Voici les résultats les plus proches :
orgs-heading = Organisations
orgs-filter-hint = Filtrez la liste par catégorie ou région, par exemple /orgs conseil ou /orgs afrique.
orgs-unknown-filter = Je ne connais pas la catégorie ou la région « { $filter } ».
categories-label = Catégories :
regions-label = Régions :
orgs-none = Aucune organisation ne correspond encore à « { $filter } ».
topics-heading = Guides pratiques
topics-hint = Ouvrez-en un avec /guide et son nom, par exemple /guide sediment.
guide-needs-topic = Quel sujet ? Choisissez :
guide-not-found = Il n'y a pas de guide appelé « { $name } ».
cases-heading = Études de cas
cases-hint = Ouvrez-en une avec /cases et son nom, par exemple { $example }.
case-not-found = Il n'y a pas d'étude de cas appelée « { $name } ».
countries-heading = Pages pays
country-not-found = Il n'y a pas de page pour le pays « { $name } ».
language-choose = Choisissez votre langue :
language-set = Désormais, je vous répondrai en français.
language-unknown = Je ne parle pas encore « { $code } ».
draft-notice = Cette traduction est un brouillon, pas encore relue par un locuteur natif : /language en pour l'anglais.
unknown-command = Je ne connais pas la commande { $command }. Tapez /help pour voir les commandes.
query-shortened = Votre message était très long : je n'ai cherché que { $count ->
        [one] son premier caractère
       *[other] ses { $count } premiers caractères
    }.
internal-error = Désolé, un problème est survenu de mon côté. Réessayez dans un instant.
deep-link-unknown = Ce lien mène à quelque chose que je ne connais pas.
nothing-more = Il n'y a rien de plus à afficher. Cherchez d'abord avec /find.
all-topics = Tous les sujets
all-orgs = Toutes les organisations
all-cases = Toutes les études de cas
moderators-only = Seuls les modérateurs peuvent faire cela.
console-intro = Écrivez une question, /help pour les commandes, /quit pour quitter.
about-share = partager ce qui a marché pour vous (étude de cas)
about-mine = vos contributions et leur statut
about-withdraw = retirer une contribution encore en attente
about-cancel = arrêter ce qui est en cours
about-pending = contributions en attente de relecture
about-review = lire une contribution en entier
about-approve = approuver et publier une contribution
about-reject = refuser une contribution, avec la raison
about-reopen = rouvrir une décision
about-stats = nombre de contributions par statut
arg-story = votre histoire
arg-number = numéro
arg-number-note = numéro et note
arg-number-reason = numéro et raison
arg-page = page
moderators-heading = Pour les modérateurs
sharing-disabled = Les contributions ne sont pas activées ici.
share-received = Merci ! Bien reçu, référence { $reference }. Un modérateur va la relire et vous serez informé de la décision.
share-too-short = Votre histoire est trop courte pour être utile ({ $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } ; au moins { $min }). Dites quel était le problème, ce que vous avez fait et ce qui a changé.
share-too-long = Votre histoire est trop longue pour une contribution ({ $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } ; au plus { $max }). Merci de la raccourcir.
share-rate-limited = Vous avez envoyé beaucoup de contributions dans la dernière heure. Merci d'attendre environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } avant d'en envoyer une autre.
slow-down = Vous envoyez des messages plus vite que je ne peux répondre à tout le monde. Merci d'attendre { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, puis de réessayer.
share-duplicate = Vous avez déjà envoyé ce texte : il a été reçu sous la référence { $reference }.
try-again = Je n'ai pas pu l'enregistrer pour l'instant, et rien n'a été conservé. Merci de réessayer dans un moment.
share-invalid = Cette contribution ne peut pas être acceptée : { $problem }.
share-group = Pour que ce groupe reste lisible, partagez votre histoire en un seul message : { $example }. Ou continuez avec moi en privé.
share-group-notice = Vous avez demandé à partager une histoire dans un groupe ; continuons ici, pas à pas.
flow-topic = De quoi parle votre histoire ? Choisissez un thème (tapez son nom ou son numéro), ou /cancel.
flow-place = Où cela s'est-il passé ? Un village, un district ou un pays — ou /skip.
flow-story = Racontez maintenant votre histoire : quel était le problème, qu'avez-vous fait, qu'est-ce qui a changé ? (au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    })
flow-photo = Vous pouvez envoyer une photo maintenant, ou /skip.
flow-confirm = Voici votre contribution. Envoyez-la avec votre nom ou anonymement, ou /cancel.
flow-topic-unknown = Je n'ai pas reconnu ce thème. Choisissez l'un de ceux-ci :
flow-place-too-long = Ce lieu est trop long (au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }). Écrivez-le plus court, ou /skip.
flow-draft-kept = Votre brouillon est conservé : renvoyez /send plus tard, ou /cancel.
send-with-name = Envoyer avec mon nom
send-anonymously = Envoyer anonymement
cancel = Annuler
skip = Passer
cancelled = Annulé. Rien n'a été envoyé.
nothing-to-cancel = Il n'y a rien à annuler.
label-topic = Thème
label-place = Lieu
label-story = Histoire
label-author = De la part de
label-credit = Crédit
label-anonymous = anonyme
label-photos = Pièces jointes
label-status = Statut
label-sent = Envoyé le
label-decision = Décision
mine-heading = Vos contributions
mine-empty = Vous n'avez encore rien partagé. Utilisez { $command } pour partager ce qui a marché pour vous.
need-number = Indiquez un numéro de contribution, par exemple { $example }.
not-found = Il n'y a pas de contribution { $reference }.
not-yours = { $reference } ne fait pas partie de vos contributions.
wrong-status = { $reference } est { $status } : ce n'est pas possible maintenant.
withdrawn = { $reference } a été retirée.
own-submission = Vous ne pouvez pas décider de votre propre contribution { $reference } : un autre modérateur doit le faire.
pending-heading = En attente de relecture : { $count }
pending-empty = Rien n'attend de relecture.
next-page = Page suivante
review = Relire
approve = Approuver
reject = Refuser
reopen = Rouvrir
review-heading = Fiche de la contribution { $reference }
decided-approved = { $reference } approuvée par { $moderator } le { $date }.
decided-rejected = { $reference } refusée par { $moderator } le { $date }. Raison : { $reason }
decided-reopened = { $reference } rouverte par { $moderator } le { $date } : elle attend de nouveau une relecture.
ask-reason = Envoyez la raison du refus de { $reference } dans votre prochain message (le contributeur la verra), ou /cancel.
stats-heading = Contributions reçues
stats-line = en attente { $pending } · approuvées { $approved } · refusées { $rejected } · retirées { $withdrawn } · total { $total }
announce-heading = Nouvelle contribution { $reference }
announce-hint = Décidez avec { $approve } ou { $reject }.
digest-heading = { $count ->
        [one] { $count } nouvelle contribution
       *[other] { $count } nouvelles contributions
    } : { $references }
digest-hint = Consultez-les avec { $command }.
outcome-approved = Bonne nouvelle : votre contribution { $reference } a été approuvée et fait maintenant partie des études de cas. Merci du partage !
outcome-rejected = Votre contribution { $reference } n'a pas été acceptée. Raison : { $reason }
outcome-reopened = Votre contribution { $reference } est de nouveau en relecture.
moderator-note = Note du modérateur : { $note }
shared-by = Partagé par { $name }
shared-anonymously = Partagé anonymement
community-case = Partagé par un mineur via ce bot et approuvé par un modérateur.

## Organisation categories

category-advocacy = Plaidoyer
category-regional-centre = Centre régional de ressources
category-consulting = Conseil
category-ngo = Organisation de développement (ONG)
category-industry = Organisme professionnel ou laboratoire
category-government = Autorité publique
category-funder = Bailleur de fonds
category-association = Association de mineurs
category-research = Centre de recherche et de savoir

## Regions

region-africa = Afrique
region-south-america = Amérique du Sud
region-north-america = Amérique du Nord
region-europe = Europe
region-asia = Asie
region-global = Monde entier

## Organisation statuses

status-active = en activité
status-closed = fermée
status-renamed = renommée
status-unidentified = non identifiée
status-unconfirmed = non confirmé par nos sources (voir le texte)

## Case-study topics

topic-sediment = Sédiments et boues
topic-water = Eau et bassins
topic-waste = Déchets et produits chimiques
topic-forests-wildlife = Forêts et faune
topic-reclamation = Réhabilitation des terres
topic-cooperatives = Coopératives
topic-funding = Financement et prix
topic-health-safety = Santé et sécurité
topic-other = Autre

## Contribution statuses

submission-pending = en attente de relecture
submission-approved = approuvée
submission-rejected = refusée
submission-withdrawn = retirée

## Texts the Telegram adapter sends on its own

button-expired = Ce bouton a expiré. Envoyez à nouveau la commande.
button-unknown = Ce bouton n'est pas reconnu.
telegram-failure = Désolé, une erreur s'est produite. Réessayez plus tard.

## Questions aux experts (/ask, /answer, /questions, /publish) — brouillon, pas encore relu

about-ask = demander à une personne : une question pour nos experts
arg-question = votre question
about-questions = questions qui attendent un expert
about-answer = répondre à une question
about-publish = rendre une question répondue consultable
about-unpublish = retirer une réponse publiée
arg-ref-text = référence et réponse
arg-ref = référence
experts-heading = Pour les experts
kind-answer = réponse d'expert
ask-a-person = Demander à une personne
example-question = quelle profondeur pour un bassin de décantation ?
questions-disabled = Les questions aux experts ne sont pas activées ici.
experts-only = Seuls les experts peuvent faire cela.
ask-usage = Écrivez votre question après la commande, par exemple : { $example }
ask-received = Merci ! Votre question est bien reçue, référence { $reference }. Un expert va y répondre et la réponse vous arrivera en message privé.
ask-received-here = Merci ! Votre question est bien reçue, référence { $reference }. Un expert va y répondre et la réponse arrivera ici.
ask-duplicate = Vous avez déjà posé cette question : référence { $reference }. Un expert va y répondre.
ask-rate-limited = Vous avez posé beaucoup de questions dans la dernière heure. Attendez environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } puis reposez-la.
ask-too-short = Votre question est trop courte ({ $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } ; au moins { $min }). Dites ce que vous voulez savoir.
ask-too-long = Votre message est trop long (au plus { $max } caractères). Raccourcissez-le.
follow-up-received = Merci ! Votre complément a été ajouté à { $reference } ; les experts le verront.
question-heading = Nouvelle question { $reference }
follow-up-heading = Complément à { $reference }
question-hint = Répondez avec { $command } suivi de votre réponse, ou répondez à ce message.
label-asked-by = Posée par
question-digest-heading = { $count ->
        [one] { $count } nouvelle question
       *[other] { $count } nouvelles questions
    } : { $references }
answer-sent = Votre réponse à { $reference } est enregistrée ; la personne qui a demandé va la recevoir.
answer-needs-text = Écrivez la réponse après la référence, par exemple : { $example }
need-reference = Donnez la référence de la question, par exemple : { $example }
reply-to-one = Répondez à l'annonce d'une seule question, ou utilisez { $example }
answer-heading = Réponse à votre question { $reference }
answer-for = Pour { $name } :
answered-by = Réponse de { $name }
answered-by-expert = Réponse d'un de nos experts
answer-hint = Cela vous a-t-il aidé ? Dites-le avec un bouton. Pour en demander plus, répondez à ce message ou envoyez { $command }
button-helped = Cela m'a aidé
button-not-helped = Cela ne m'a pas aidé
feedback-thanks = Merci de nous l'avoir dit.
questions-heading = { $count ->
        [one] { $count } question ouverte
       *[other] { $count } questions ouvertes
    }
questions-empty = Aucune question n'attend d'expert.
published = { $reference } est publiée : on la trouve maintenant avec { $command }
unpublished = { $reference } n'est plus consultable.
question-not-found = Il n'y a pas de question { $reference }.
not-your-question = La question { $reference } a été posée par quelqu'un d'autre.
question-wrong-status = La question { $reference } est { $status } : ce n'est pas possible maintenant.
question-open = en attente d'un expert
question-answered = répondue
question-published = publiée
## Ce qui manque : /report (modérateurs) et /forget (brouillon : pas encore relu par un locuteur natif)

about-report = ce que les gens ont cherché sans le trouver
about-forget = retirer votre nom et votre discussion de vos contributions en attente
arg-days = jours
report-unavailable = Aucun journal des recherches n'est tenu ici : le bot n'a pas de base de données.
report-days-wanted = Donnez un nombre de jours de 1 à { $max }, par exemple { $example }.
report-heading = { $days ->
        [one] Recherches du dernier jour
       *[other] Recherches des { $days } derniers jours
    }
report-no-searches = Aucune recherche n'a été enregistrée sur cette période.
report-totals = { $searches } recherches : { $found } bien servies, { $weak } faiblement, { $empty } sans résultat.
report-misses-heading = Rien ou presque trouvé
report-miss-line = { $count } fois ({ $empty } sans résultat)
report-top-heading = Les plus cherchées
report-top-line = { $count } fois
report-by-language = Par langue : { $list }
report-by-platform = Par plateforme : { $list }
report-questions-open = Questions ouvertes par ancienneté : moins d'un jour { $day } · 1 à 7 jours { $week } · 7 à 30 jours { $month } · plus { $older }
report-helpful = Réponses jugées utiles : { $percent } % sur { $count } notées.
forget-done = C'est fait : votre nom et votre discussion ont été retirés { $count ->
        [one] de votre contribution en attente
       *[other] de vos { $count } contributions en attente
    }. Elles restent à examiner, sans votre nom ; la décision ne vous sera pas annoncée ici, mais /mine l'affiche.
forget-nothing = Il n'y avait rien à retirer : aucune de vos contributions en attente ne porte votre nom ou votre discussion. Les recherches ne sont jamais enregistrées avec votre nom ou votre compte.
forget-done-questions = Votre nom a été retiré { $count ->
        [one] de votre question en attente
       *[other] de vos { $count } questions en attente
    } ; la réponse vous parviendra quand même.

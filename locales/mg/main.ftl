### Miners' Guide: every text the bot shows, in Malagasy.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence.

## Conversation, search and cards

welcome = Manao ahoana! Izaho no Miners' Guide, mpanampy ho an'ny mpitrandraka vatosoa madinika sy ny kaoperativany. Mahafantatra fikambanana afaka manampy aho, torolalana azo ampiharina (fotaka, rano, fahazoan-dalana, famatsiam-bola, fiarovana…) ary tranga tena nisy, samy miaraka amin'ny loharanony avy.
ask-private = Soraty fotsiny amin'ny teninao ny fanontanianao, ohatra: { $example }
example-query = ahoana no hisorohana ny fotaka tsy hiditra ao anaty renirano
ask-group = Ao anaty vondrona, atombohy amin'ny /find ny hafatrao na tononinao ny anarako.
commands-heading = Baiko
about-start = fandraisana sy ny fomba fampiasana ny bot
about-help = ity lisitry ny baiko ity
about-find = hitady amin'ny zava-drehetra
about-org = ny karatry ny fikambanana iray
about-orgs = fikambanana, araka ny sokajy na faritra
about-topics = torolalana azo ampiharina
about-guide = hamaky torolalana iray
about-cases = tranga tena nisy
about-country = ny fitsipiky ny firenena: fahazoan-dalana, fikambanana, toerana hivarotana
about-language = hisafidy ny fiteny
arg-query = fanontaniana
arg-name = anarana
arg-filter = sokajy na faritra
arg-topic = lohahevitra
arg-code = kaody
arg-case = tranga
arg-country = firenena
find-empty = Inona no tadiaviko? Soraty aorian'ny /find, ohatra: { $example }
empty-message = Foana ny hafatrao. Manorata fanontaniana, na /help raha hijery izay azoko atao.
no-results = Tsy nahita na inona na inona momba ny “{ $query }” aho.
did-you-mean = Angamba ity no tianao holazaina:
try-topics = Na manomboka amin'ny lohahevitra iray:
results-others = Valiny hafa ho an'ny “{ $query }” ({ $first }–{ $last } amin'ny { $total }):
find-dont-know = Tsy fantatro ny valin'ny “{ $query }”: tsy misy miresaka momba izany amin'izay ananako.
find-nearest = Ireo lohahevitra akaiky indrindra ananako:
find-offer = Mbola tsy nisy nanoratra momba izany teto. Raha fantatrao izay mandaitra, lazao amin'ny hafa amin'ny /share, na jereo ny lohahevitra rehetra amin'ny /topics.
offer-share = Zarao izay fantatrao
find-offer-ask = Mbola tsy nisy nanoratra momba izany teto. Misy olona mahafantatra afaka mamaly anao: tsindrio ny “Manontania olona” na alefaso { $command }. Azonao jerena koa ny lohahevitra rehetra amin'ny /topics, na lazao amin'ny hafa izay mandaitra amin'ny /share.
find-only-filler = Manao ahoana! Inona no tianao ho fantatra? Manontania amin'ny teny vitsivitsy, ohatra: { $example }
results-heading = Valiny ho an'ny “{ $query }” ({ $first }–{ $last } amin'ny { $total })
no-more-results = Tsy misy valiny hafa intsony ho an'ny “{ $query }”.
more = Fanampiny
open = Sokafy:
kind-org = fikambanana
kind-guide = torolalana
kind-case = tranga tena nisy
kind-country = firenena
category = Sokajy
country = Firenena
status = Toe-javatra
website = Tranonkala
as-of = tamin'ny { $date }
sources = Loharano
checked = novakina tamin'ny { $date }
full-text-in-english = Amin'ny teny anglisy ihany no misy ny lahatsoratra feno:
org-needs-name = Fikambanana inona? Ohatra: /org mintek. /orgs no mampiseho azy rehetra.
org-not-found = Tsy mahafantatra fikambanana antsoina hoe “{ $name }” aho.
closest-matches = Ireto no akaiky indrindra:
orgs-heading = Fikambanana
orgs-filter-hint = Ferana araka ny sokajy na faritra ny lisitra, ohatra /orgs consulting na /orgs afrika.
orgs-unknown-filter = Tsy fantatro ny sokajy na faritra “{ $filter }”.
categories-label = Sokajy:
regions-label = Faritra:
orgs-none = Mbola tsy misy fikambanana mifanaraka amin'ny “{ $filter }”.
topics-heading = Torolalana azo ampiharina
topics-hint = Sokafy amin'ny /guide sy ny anarany ny iray, ohatra /guide sediment.
guide-needs-topic = Lohahevitra inona? Misafidiana iray:
guide-not-found = Tsy misy torolalana antsoina hoe “{ $name }”.
cases-heading = Tranga tena nisy
cases-hint = Sokafy amin'ny /cases sy ny anarany ny iray, ohatra { $example }.
case-not-found = Tsy misy tranga antsoina hoe “{ $name }”.
countries-heading = Pejy isam-pirenena
country-not-found = Tsy misy pejy ho an'ny firenena “{ $name }”.
language-choose = Safidio ny fiteninao:
language-set = Manomboka izao dia amin'ny teny malagasy no hamaliako.
language-unknown = Mbola tsy mahay ny fiteny “{ $code }” aho.
draft-notice = Dika mbola tsy nohamarinin'ny teratany ity: /language en raha teny anglisy, /language fr raha teny frantsay.
unknown-command = Tsy fantatro ny baiko { $command }. Soraty /help raha hijery ny baiko.
query-shortened = Lava loatra ny hafatrao, ka ny litera { $count } voalohany ihany no notadiaviko.
internal-error = Miala tsiny, nisy olana teo amiko. Andramo indray afaka kelikely.
deep-link-unknown = Mitondra any amin'ny zavatra tsy fantatro io rohy io.
nothing-more = Tsy misy zavatra hafa haseho intsony. Mitadiava amin'ny /find aloha.
all-topics = Lohahevitra rehetra
all-orgs = Fikambanana rehetra
all-cases = Tranga rehetra
moderators-only = Ny mpandrindra ihany no afaka manao izany.
console-intro = Manorata fanontaniana, /help ho an'ny baiko, /quit raha hiala.
about-share = zarao izay nahomby taminao (tranga tena nisy)
about-mine = ny fandraisanao anjara sy ny toe-javatra misy azy
about-withdraw = hisintona fandraisana anjara mbola miandry fandinihana
about-cancel = hampiato izay efa natomboka
about-pending = fandraisana anjara miandry fandinihana
about-review = hamaky feno fandraisana anjara iray
about-approve = hankatoa sy hamoaka fandraisana anjara
about-reject = handà fandraisana anjara, miaraka amin'ny antony
about-reopen = hamerina handinika fanapahan-kevitra
about-stats = isan'ny fandraisana anjara araka ny toe-javatra
arg-story = ny tantaranao
arg-number = laharana
arg-number-note = laharana sy fanamarihana
arg-number-reason = laharana sy antony
arg-page = pejy
moderators-heading = Ho an'ny mpandrindra
sharing-disabled = Tsy alefa eto ny fandraisana anjara.
share-received = Misaotra! Voaray, laharana { $reference }. Hodinihin'ny mpandrindra iray izy ary hampahafantarina anao ny vokany.
share-too-short = Fohy loatra ny tantaranao mba hahasoa (litera { $count }; farafahakeliny { $min }). Lazao hoe inona ny olana, inona no nataonareo ary inona no niova.
share-too-long = Lava loatra ny tantaranao ho fandraisana anjara iray (litera { $count }; { $max } farafahabetsany). Fohezo azafady.
share-rate-limited = Maro ny fandraisana anjara nalefanao tao anatin'ny ora farany. Andraso eo amin'ny { $minutes } minitra eo ho eo vao mandefa hafa.
slow-down = Haingana kokoa noho izay hahafahako mamaly ny rehetra ny fandefasanao hafatra. Andraso { $seconds } segondra, dia andramo indray.
share-duplicate = Efa nalefanao io lahatsoratra io: voaray ho { $reference } izy.
try-again = Tsy afaka nitahiry izany aho izao, ary tsy nisy voatahiry. Andramo indray afaka kelikely.
share-invalid = Tsy azo raisina io fandraisana anjara io: { $problem }.
share-group = Mba hamakiana mora ity vondrona ity, zarao amin'ny hafatra iray ny tantaranao: { $example }. Na tohizo miaraka amiko amin'ny resaka manokana.
share-group-notice = Nangataka hizara tantara tao anaty vondrona ianao; andao hanohy eto, dingana tsirairay.
flow-topic = Momba ny inona ny tantaranao? Misafidiana lohahevitra (soraty ny anarany na ny laharany), na /cancel.
flow-place = Taiza no nitrangan'izany? Tanàna, distrika na firenena — na /skip.
flow-story = Tantarao izao: inona ny olana, inona no nataonareo, inona no niova? (litera { $min } farafahakeliny)
flow-photo = Afaka mandefa sary ianao izao, na /skip.
flow-confirm = Ity ny fandraisanao anjara. Alefaso miaraka amin'ny anaranao na tsy misy anarana, na /cancel.
flow-topic-unknown = Tsy fantatro io lohahevitra io. Misafidiana iray amin'ireto:
flow-place-too-long = Lava loatra io toerana io (litera { $max } farafahabetsany). Soraty fohy kokoa, na /skip.
flow-draft-kept = Voatahiry ny drafitrao: alefaso indray ny /send any aoriana, na /cancel.
send-with-name = Alefaso miaraka amin'ny anarako
send-anonymously = Alefaso tsy misy anarana
cancel = Foanana
skip = Dingana
cancelled = Nofoanana. Tsy nisy nalefa.
nothing-to-cancel = Tsy misy hofoanana.
label-topic = Lohahevitra
label-place = Toerana
label-story = Tantara
label-author = Avy amin'i
label-credit = Fankasitrahana
label-anonymous = tsy misy anarana
label-photos = Rakitra miaraka
label-status = Toe-javatra
label-sent = Nalefa
label-decision = Fanapahan-kevitra
mine-heading = Ny fandraisanao anjara
mine-empty = Mbola tsy nizara na inona na inona ianao. Ampiasao ny { $command } hizarana izay nahomby taminao.
need-number = Omeo ny laharan'ny fandraisana anjara, ohatra { $example }.
not-found = Tsy misy fandraisana anjara { $reference }.
not-yours = Tsy anisan'ny fandraisanao anjara ny { $reference }.
wrong-status = { $reference } dia { $status }: tsy azo atao izao izany.
withdrawn = Voasintona ny { $reference }.
own-submission = Tsy afaka manapa-kevitra amin'ny fandraisanao anjara { $reference } ianao: mpandrindra hafa no tsy maintsy manao izany.
pending-heading = Miandry fandinihana: { $count }
pending-empty = Tsy misy miandry fandinihana.
next-page = Pejy manaraka
review = Dinihina
approve = Ekena
reject = Lavina
reopen = Averina sokafana
review-heading = Fandraisana anjara { $reference }
decided-approved = { $reference } nekein'i { $moderator } tamin'ny { $date }.
decided-rejected = { $reference } nolavin'i { $moderator } tamin'ny { $date }. Antony: { $reason }
decided-reopened = { $reference } naverin'i { $moderator } nosokafana tamin'ny { $date }: miandry fandinihana indray izy.
ask-reason = Alefaso amin'ny hafatra manaraka ny antony handavana ny { $reference } (ho hitan'ny mpandray anjara izany), na /cancel.
stats-heading = Fandraisana anjara
stats-line = miandry { $pending } · nekena { $approved } · nolavina { $rejected } · nosintonina { $withdrawn } · totaliny { $total }
announce-heading = Fandraisana anjara vaovao { $reference }
announce-hint = Manapaha hevitra amin'ny { $approve } na { $reject }.
digest-heading = Fandraisana anjara vaovao { $count }: { $references }
digest-hint = Jereo amin'ny { $command }.
outcome-approved = Vaovao tsara: nekena ny fandraisanao anjara { $reference } ary anisan'ny tranga tena nisy izy izao. Misaotra nizara!
outcome-rejected = Tsy nekena ny fandraisanao anjara { $reference }. Antony: { $reason }
outcome-reopened = Hodinihina indray ny fandraisanao anjara { $reference }.
moderator-note = Fanamarihan'ny mpandrindra: { $note }
shared-by = Nozarain'i { $name }
shared-anonymously = Nozaraina tsy misy anarana
community-case = Nozarain'ny mpitrandraka iray tamin'ity bot ity ary nekein'ny mpandrindra iray.

## Organisation categories

category-advocacy = Fiarovana ny zo
category-regional-centre = Foibe loharanon-kevitra isam-paritra
category-consulting = Mpanolo-tsaina
category-ngo = Fikambanana ho an'ny fampandrosoana (ONG)
category-industry = Sehatra indostria na laboratoara
category-government = Manam-pahefana ara-panjakana
category-funder = Mpamatsy vola
category-association = Fikambanan'ny mpitrandraka
category-research = Foibe fikarohana sy fahalalana

## Regions

region-africa = Afrika
region-south-america = Amerika Atsimo
region-north-america = Amerika Avaratra
region-europe = Eoropa
region-asia = Azia
region-global = Eran-tany

## Organisation statuses

status-active = miasa
status-closed = mihidy
status-renamed = niova anarana
status-unidentified = tsy fantatra mazava
status-unconfirmed = tsy voamarin'ny loharanonay (jereo ny lahatsoratra)

## Case-study topics

topic-sediment = Fotaka sy fasika
topic-water = Rano sy dobo
topic-waste = Fako sy akora simika
topic-forests-wildlife = Ala sy biby
topic-reclamation = Fanarenana ny tany
topic-cooperatives = Kaoperativa
topic-funding = Famatsiam-bola sy vidiny
topic-health-safety = Fahasalamana sy fiarovana
topic-other = Hafa

## Contribution statuses

submission-pending = miandry fandinihana
submission-approved = nekena
submission-rejected = nolavina
submission-withdrawn = nosintonina

## Texts the Telegram adapter sends on its own

button-expired = Lany daty ity bokotra ity. Alefaso indray ny baiko.
button-unknown = Tsy fantatra ity bokotra ity.
telegram-failure = Miala tsiny, nisy olana. Andramo indray any aoriana.

## Fanontaniana ho an'ny manam-pahaizana (/ask, /answer, /questions, /publish) — drafitra

about-ask = manontania olona: fanontaniana ho an'ny manam-pahaizanay
arg-question = ny fanontanianao
about-questions = fanontaniana miandry manam-pahaizana
about-answer = hamaly fanontaniana
about-publish = hahitana amin'ny fikarohana fanontaniana efa voavaly
about-unpublish = hanala valiny efa navoaka
arg-ref-text = laharana sy valiny
arg-ref = laharana
experts-heading = Ho an'ny manam-pahaizana
kind-answer = valin'ny manam-pahaizana
ask-a-person = Manontania olona
example-question = hafiriana ny halalin'ny dobo fampitoniana fotaka?
questions-disabled = Tsy alefa eto ny fanontaniana ho an'ny manam-pahaizana.
experts-only = Ny manam-pahaizana ihany no afaka manao izany.
ask-usage = Soraty aorian'ny baiko ny fanontanianao, ohatra: { $example }
ask-received = Misaotra! Voaray ny fanontanianao, laharana { $reference }. Hisy manam-pahaizana hamaly azy, ary ho tonga aminao amin'ny hafatra manokana ny valiny.
ask-received-here = Misaotra! Voaray ny fanontanianao, laharana { $reference }. Hisy manam-pahaizana hamaly azy, ary ho tonga eto ny valiny.
ask-duplicate = Efa nametraka io fanontaniana io ianao: laharana { $reference }. Hisy manam-pahaizana hamaly azy.
ask-rate-limited = Fanontaniana maro no napetrakao tao anatin'ny ora farany. Miandrasa eo amin'ny { $minutes } minitra eo ho eo, dia manontania indray.
ask-too-short = Fohy loatra ny fanontanianao ({ $count } litera; farafahakeliny { $min }). Lazao izay tianao ho fantatra.
ask-too-long = Lava loatra ny hafatrao ({ $max } litera farafahabetsany). Fohezo azafady.
follow-up-received = Misaotra! Nampiana tamin'ny { $reference } ny fanampianao; ho hitan'ny manam-pahaizana izany.
question-heading = Fanontaniana { $reference }
follow-up-heading = Fanampiana ny { $reference }
question-hint = Valio amin'ny { $command } arahin'ny valinao, na valio ity hafatra ity.
label-asked-by = Napetraky
question-digest-heading = Fanontaniana vaovao { $count }: { $references }
answer-sent = Voatahiry ny valinao ho an'ny { $reference }; ho raisin'ilay nanontany izany.
answer-needs-text = Soraty aorian'ny laharana ny valiny, ohatra: { $example }
need-reference = Omeo ny laharan'ny fanontaniana, ohatra: { $example }
reply-to-one = Valio ny fanambarana fanontaniana iray monja, na ampiasao { $example }
answer-heading = Valin'ny fanontanianao { $reference }
answer-for = Ho an'i { $name }:
answered-by = Novalian'i { $name }
answered-by-expert = Novalian'ny iray amin'ireo manam-pahaizanay
answer-hint = Nanampy ve izany? Lazao aminay amin'ny bokotra. Raha hanontany bebe kokoa, valio ity hafatra ity na alefaso { $command }
button-helped = Nanampy
button-not-helped = Tsy nanampy
feedback-thanks = Misaotra nilaza taminay.
questions-heading = Fanontaniana misokatra { $count }
questions-empty = Tsy misy fanontaniana miandry manam-pahaizana.
published = Navoaka ny { $reference }: hita amin'ny { $command } izy izao
unpublished = Tsy hita amin'ny fikarohana intsony ny { $reference }.
question-not-found = Tsy misy fanontaniana { $reference }.
not-your-question = Olon-kafa no nametraka ny fanontaniana { $reference }.
question-wrong-status = Ny fanontaniana { $reference } dia { $status }: tsy azo atao izany izao.
question-open = miandry manam-pahaizana
question-answered = voavaly
question-published = navoaka
## Izay tsy ampy: /report (mpandrindra) sy /forget

about-report = izay notadiavin'ny olona fa tsy hitany
about-forget = esory ny anaranao sy ny resakao amin'ny fandraisana anjara miandry
arg-days = andro
report-unavailable = Tsy misy firaketana fikarohana eto: tsy manana tahiry ny bot.
report-days-wanted = Omeo isan'andro 1 hatramin'ny { $max }, ohatra { $example }.
report-heading = Fikarohana tao anatin'ny andro { $days } farany
report-no-searches = Tsy nisy fikarohana voarakitra tamin'io fotoana io.
report-totals = Fikarohana { $searches }: { $found } voavaly tsara, { $weak } malemy, { $empty } tsy nahitana na inona na inona.
report-misses-heading = Tsy nahitana na kely dia kely
report-miss-line = in-{ $count } ({ $empty } tsy nahitana)
report-top-heading = Be mpitady indrindra
report-top-line = in-{ $count }
report-by-language = Isaky ny fiteny: { $list }
report-by-platform = Isaky ny sehatra: { $list }
report-questions-open = Fanontaniana misokatra araka ny taonany: latsaky ny iray andro { $day } · andro 1–7 { $week } · andro 7–30 { $month } · mihoatra { $older }
report-helpful = Valiny voamarika ho nanampy: { $percent } % amin'ny { $count } nomena naoty.
forget-done = Vita: nesorina tamin'ny fandraisana anjara { $count } miandry anao ny anaranao sy ny resakao. Mijanona ao amin'ny lisitra hodinihina tsy misy anaranao izy ireo; tsy hampahafantarina anao eto ny fanapahan-kevitra, fa asehon'ny /mine.
forget-nothing = Tsy nisy nesorina: tsy misy fandraisana anjara miandry anao mitondra ny anaranao na ny resakao. Tsy voatahiry miaraka amin'ny anaranao na ny kaontinao mihitsy ny fikarohana.
forget-done-questions = Nesorina tamin'ny fanontanianao { $count } miandry ny anaranao; ho tonga aminao ihany ny valiny.

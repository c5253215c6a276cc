### Miners' Guide: every text the bot shows, in Swahili.
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence. `[one]` / `*[other]` are
### plural forms (CLDR rules for the language); keep the `*` on the default.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft

## Conversation, search and cards

welcome = Habari! Mimi ni Miners' Guide, msaidizi wa wachimbaji wadogo wa vito na vyama vyao vya ushirika. Ninajua mashirika yanayoweza kusaidia, miongozo ya vitendo (tope, maji, leseni, fedha, usalama…) na mifano halisi, kila kimoja pamoja na vyanzo vyake.
ask-private = Andika swali lako kwa maneno yako mwenyewe, kwa mfano: { $example }
example-query = jinsi ya kuzuia tope lisiingie mtoni
ask-group = Katika kikundi, anza ujumbe wako kwa /find au unitaje.
commands-heading = Amri
about-start = karibu na jinsi ya kunitumia
about-help = orodha hii ya amri
about-find = tafuta kila kitu
about-org = taarifa za shirika moja
about-orgs = mashirika, kwa aina au kanda
about-topics = miongozo ya vitendo
about-guide = soma mwongozo mmoja
about-cases = mifano halisi
about-country = sheria za nchi: leseni, vikundi, mahali pa kuuza
about-language = chagua lugha
arg-query = swali
arg-name = jina
arg-filter = aina au kanda
arg-topic = mada
arg-code = msimbo
arg-case = mfano
arg-country = nchi
find-empty = Nitafute nini? Liandike baada ya /find, kwa mfano: { $example }
empty-message = Ujumbe wako hauna maandishi. Andika swali, au /help kuona ninachoweza kufanya.
no-results = Sikupata chochote kuhusu “{ $query }”.
did-you-mean = Labda ulimaanisha:
try-topics = Au anza na mada:
results-others = Matokeo mengine ya “{ $query }” ({ $first }–{ $last } kati ya { $total }):
find-dont-know = Sijui jibu la “{ $query }”: hakuna ninachojua kinachohusu jambo hili.
find-nearest = Mada zilizo karibu zaidi nilizo nazo:
find-offer = Bado hakuna aliyeandika kuhusu jambo hili hapa. Ukijua kinachofanya kazi, waambie wengine kwa /share, au angalia mada zote kwa /topics.
offer-share = Shiriki unachojua
find-offer-ask = Bado hakuna aliyeandika kuhusu jambo hili hapa. Mtu anayejua anaweza kukujibu: gusa “Uliza mtu” au tuma { $command }. Unaweza pia kuangalia mada zote kwa /topics, au kuwaambia wengine kinachofanya kazi kwa /share.
find-only-filler = Habari! Ungependa kujua nini? Uliza kwa maneno machache, kwa mfano: { $example }
results-heading = Matokeo ya “{ $query }” ({ $first }–{ $last } kati ya { $total })
no-more-results = Hakuna matokeo zaidi ya “{ $query }”.
more = Zaidi
open = Fungua:
kind-org = shirika
kind-guide = mwongozo
kind-case = mfano halisi
kind-country = nchi
category = Aina
country = Nchi
status = Hali
website = Tovuti
as-of = kufikia { $date }
sources = Vyanzo
checked = vilisomwa tarehe { $date }
full-text-in-english = Maandishi kamili yanapatikana kwa Kiingereza tu:
org-needs-name = Shirika gani? Kwa mfano: /org mintek. /orgs inaorodhesha yote.
org-not-found = Sijui shirika lolote linaloitwa “{ $name }”.
closest-matches = Haya ndiyo yanayokaribiana zaidi:
orgs-heading = Mashirika
orgs-filter-hint = Chuja orodha kwa aina au kanda, kwa mfano /orgs ushauri au /orgs afrika.
orgs-unknown-filter = Sijui aina au kanda inayoitwa “{ $filter }”.
categories-label = Aina:
regions-label = Kanda:
orgs-none = Bado hakuna shirika linalolingana na “{ $filter }”.
topics-heading = Miongozo ya vitendo
topics-hint = Fungua mmoja kwa /guide na jina lake, kwa mfano /guide sediment.
guide-needs-topic = Mada gani? Chagua moja:
guide-not-found = Hakuna mwongozo unaoitwa “{ $name }”.
cases-heading = Mifano halisi
cases-hint = Fungua mmoja kwa /cases na jina lake, kwa mfano { $example }.
case-not-found = Hakuna mfano halisi unaoitwa “{ $name }”.
countries-heading = Kurasa za nchi
country-not-found = Hakuna ukurasa wa nchi “{ $name }”.
language-choose = Chagua lugha yako:
language-set = Kuanzia sasa nitakujibu kwa Kiswahili.
language-unknown = Bado sizungumzi “{ $code }”.
draft-notice = Tafsiri hii ni rasimu, bado haijakaguliwa na mzungumzaji asilia: /language en kwa Kiingereza, /language fr kwa Kifaransa.
unknown-command = Sijui amri { $command }. Andika /help kuona amri zilizopo.
query-shortened = Ujumbe wako ulikuwa mrefu sana, kwa hiyo nimetafuta herufi { $count } za kwanza tu.
internal-error = Samahani, kuna tatizo upande wangu. Tafadhali jaribu tena baada ya muda mfupi.
deep-link-unknown = Kiungo hicho kinaelekeza kwenye kitu nisichokijua.
nothing-more = Hakuna zaidi ya kuonyesha. Tafuta kwanza kwa /find.
all-topics = Mada zote
all-orgs = Mashirika yote
all-cases = Mifano yote
moderators-only = Wasimamizi pekee ndio wanaoweza kufanya hivyo.
console-intro = Andika swali, /help kwa amri, /quit kuondoka.
about-share = shiriki kilichofanikiwa kwako (mfano halisi)
about-mine = michango yako na hali yake
about-withdraw = ondoa mchango ambao bado unasubiri ukaguzi
about-cancel = simamisha kinachoendelea
about-pending = michango inayosubiri ukaguzi
about-review = soma mchango mmoja wote
about-approve = idhinisha na uchapishe mchango
about-reject = kataa mchango, pamoja na sababu
about-reopen = fungua upya uamuzi
about-stats = idadi ya michango kwa hali
arg-story = hadithi yako
arg-number = namba
arg-number-note = namba na maelezo
arg-number-reason = namba na sababu
arg-page = ukurasa
moderators-heading = Kwa wasimamizi
sharing-disabled = Michango haijawezeshwa hapa.
share-received = Asante! Imepokelewa, namba { $reference }. Msimamizi ataikagua na utaarifiwa matokeo.
share-too-short = Hadithi yako ni fupi mno kuwa na manufaa (herufi { $count }; angalau { $min }). Eleza tatizo lilikuwa nini, mlifanya nini na nini kilibadilika.
share-too-long = Hadithi yako ni ndefu mno kwa mchango mmoja (herufi { $count }; zisizozidi { $max }). Tafadhali ifupishe.
share-rate-limited = Umetuma michango mingi katika saa iliyopita. Tafadhali subiri takriban dakika { $minutes } kabla ya kutuma mwingine.
slow-down = Unatuma ujumbe kwa kasi kuliko ninavyoweza kumjibu kila mtu. Tafadhali subiri sekunde { $seconds } kisha ujaribu tena.
share-duplicate = Tayari ulituma maandishi haya: yalipokelewa kama { $reference }.
try-again = Sikuweza kuhifadhi hilo sasa hivi, na hakuna kilichohifadhiwa. Tafadhali jaribu tena baada ya muda mfupi.
share-invalid = Mchango huo hauwezi kukubaliwa: { $problem }.
share-group = Ili kikundi hiki kisomeke, shiriki hadithi yako kwa ujumbe mmoja: { $example }. Au endelea nami kwenye mazungumzo ya faragha.
share-group-notice = Uliomba kushiriki hadithi katika kikundi; tuendelee hapa, hatua kwa hatua.
flow-topic = Hadithi yako inahusu nini? Chagua mada (andika jina au namba yake), au /cancel.
flow-place = Ilitokea wapi? Kijiji, wilaya au nchi — au /skip.
flow-story = Sasa simulia hadithi yako: tatizo lilikuwa nini, mlifanya nini, nini kilibadilika? (angalau herufi { $min })
flow-photo = Unaweza kutuma picha sasa, au /skip.
flow-confirm = Huu ndio mchango wako. Utume kwa jina lako au bila jina, au /cancel.
flow-topic-unknown = Sikuitambua mada hiyo. Tafadhali chagua mojawapo ya hizi:
flow-place-too-long = Mahali hapo ni pefu mno (herufi zisizozidi { $max }). Tafadhali andika kwa ufupi, au /skip.
flow-draft-kept = Rasimu yako imehifadhiwa: tuma /send tena baadaye, au /cancel.
send-with-name = Tuma kwa jina langu
send-anonymously = Tuma bila jina
cancel = Ghairi
skip = Ruka
cancelled = Imeghairiwa. Hakuna kilichotumwa.
nothing-to-cancel = Hakuna cha kughairi.
label-topic = Mada
label-place = Mahali
label-story = Hadithi
label-author = Kutoka kwa
label-credit = Sifa
label-anonymous = bila jina
label-photos = Viambatisho
label-status = Hali
label-sent = Ilitumwa
label-decision = Uamuzi
mine-heading = Michango yako
mine-empty = Bado hujashiriki chochote. Tumia { $command } kushiriki kilichofanikiwa kwako.
need-number = Tafadhali taja namba ya mchango, kwa mfano { $example }.
not-found = Hakuna mchango { $reference }.
not-yours = { $reference } si mmoja wa michango yako.
wrong-status = { $reference } iko katika hali ya { $status }: hilo haliwezekani sasa.
withdrawn = { $reference } imeondolewa.
own-submission = Huwezi kuamua kuhusu mchango wako mwenyewe { $reference }: msimamizi mwingine anapaswa kufanya hivyo.
pending-heading = Inayosubiri ukaguzi: { $count }
pending-empty = Hakuna kinachosubiri ukaguzi.
next-page = Ukurasa unaofuata
review = Kagua
approve = Idhinisha
reject = Kataa
reopen = Fungua upya
review-heading = Mchango { $reference }
decided-approved = { $reference } imeidhinishwa na { $moderator } tarehe { $date }.
decided-rejected = { $reference } imekataliwa na { $moderator } tarehe { $date }. Sababu: { $reason }
decided-reopened = { $reference } imefunguliwa upya na { $moderator } tarehe { $date }: inasubiri ukaguzi tena.
ask-reason = Tuma sababu ya kukataa { $reference } katika ujumbe wako unaofuata (mchangiaji ataiona), au /cancel.
stats-heading = Michango
stats-line = zinasubiri { $pending } · zimeidhinishwa { $approved } · zimekataliwa { $rejected } · zimeondolewa { $withdrawn } · jumla { $total }
announce-heading = Mchango mpya { $reference }
announce-hint = Amua kwa { $approve } au { $reject }.
digest-heading = { $count ->
        [one] Mchango mpya { $count }
       *[other] Michango mipya { $count }
    }: { $references }
digest-hint = Ziangalie kwa { $command }.
outcome-approved = Habari njema: mchango wako { $reference } umeidhinishwa na sasa uko kwenye mifano halisi. Asante kwa kushiriki!
outcome-rejected = Mchango wako { $reference } haukukubaliwa. Sababu: { $reason }
outcome-reopened = Mchango wako { $reference } unakaguliwa tena.
moderator-note = Maelezo ya msimamizi: { $note }
shared-by = Imeshirikiwa na { $name }
shared-anonymously = Imeshirikiwa bila jina
community-case = Imeshirikiwa na mchimbaji kupitia boti hii na kuidhinishwa na msimamizi.

## Organisation categories

category-advocacy = Utetezi
category-regional-centre = Kituo cha rasilimali cha kikanda
category-consulting = Ushauri wa kitaalamu
category-ngo = Shirika la maendeleo (NGO)
category-industry = Chama cha sekta au maabara
category-government = Mamlaka ya serikali
category-funder = Mfadhili
category-association = Chama cha wachimbaji
category-research = Kituo cha utafiti na maarifa

## Regions

region-africa = Afrika
region-south-america = Amerika Kusini
region-north-america = Amerika Kaskazini
region-europe = Ulaya
region-asia = Asia
region-global = Duniani kote

## Organisation statuses

status-active = inafanya kazi
status-closed = imefungwa
status-renamed = imebadilishwa jina
status-unidentified = haikuweza kutambuliwa
status-unconfirmed = haijathibitishwa na vyanzo vyetu (soma maandishi)

## Case-study topics

topic-sediment = Tope na mchanga
topic-water = Maji na mabwawa
topic-waste = Taka na kemikali
topic-forests-wildlife = Misitu na wanyamapori
topic-reclamation = Kurejesha ardhi
topic-cooperatives = Vyama vya ushirika
topic-funding = Fedha na bei
topic-health-safety = Afya na usalama
topic-other = Nyingine

## Contribution statuses

submission-pending = inasubiri ukaguzi
submission-approved = imeidhinishwa
submission-rejected = imekataliwa
submission-withdrawn = imeondolewa

## Texts the Telegram adapter sends on its own

button-expired = Kitufe hiki kimepitwa na wakati. Tuma amri tena.
button-unknown = Kitufe hiki hakitambuliki.
telegram-failure = Samahani, kuna hitilafu. Tafadhali jaribu tena baadaye.

## Maswali kwa wataalamu (/ask, /answer, /questions, /publish) — rasimu

about-ask = uliza mtu: swali kwa wataalamu wetu
arg-question = swali lako
about-questions = maswali yanayosubiri mtaalamu
about-answer = jibu swali
about-publish = fanya swali lililojibiwa litafutike
about-unpublish = ondoa jibu lililochapishwa
arg-ref-text = namba ya kumbukumbu na jibu
arg-ref = namba ya kumbukumbu
experts-heading = Kwa wataalamu
kind-answer = jibu la mtaalamu
ask-a-person = Uliza mtu
example-question = bwawa la kutuliza tope linaweza kuwa na kina gani?
questions-disabled = Maswali kwa wataalamu hayajawashwa hapa.
experts-only = Wataalamu pekee wanaweza kufanya hivyo.
ask-usage = Andika swali lako baada ya amri, kwa mfano: { $example }
ask-received = Asante! Swali lako limepokelewa, kumbukumbu { $reference }. Mtaalamu atalijibu na jibu litakufikia kwa ujumbe wa faragha.
ask-received-here = Asante! Swali lako limepokelewa, kumbukumbu { $reference }. Mtaalamu atalijibu na jibu litakuja hapa.
ask-duplicate = Tayari uliuliza swali hili: kumbukumbu { $reference }. Mtaalamu atalijibu.
ask-rate-limited = Umeuliza maswali mengi katika saa iliyopita. Tafadhali subiri takriban { $minutes ->
        [one] dakika { $minutes }
       *[other] dakika { $minutes }
    } kisha uulize tena.
ask-too-short = Swali lako ni fupi mno ({ $count ->
        [one] herufi { $count }
       *[other] herufi { $count }
    }; angalau { $min }). Sema unachotaka kujua.
ask-too-long = Ujumbe wako ni mrefu mno (herufi { $max } zaidi). Tafadhali ufupishe.
follow-up-received = Asante! Nyongeza yako imeongezwa kwa { $reference }; wataalamu wataiona.
question-heading = Swali { $reference }
follow-up-heading = Nyongeza kwa { $reference }
question-hint = Jibu kwa { $command } na jibu lako, au jibu ujumbe huu.
label-asked-by = Limeulizwa na
question-digest-heading = { $count ->
        [one] swali { $count } jipya
       *[other] maswali { $count } mapya
    }: { $references }
answer-sent = Jibu lako kwa { $reference } limehifadhiwa; aliyeuliza atalipokea.
answer-needs-text = Andika jibu baada ya kumbukumbu, kwa mfano: { $example }
need-reference = Taja kumbukumbu ya swali, kwa mfano: { $example }
reply-to-one = Jibu tangazo la swali moja tu, au tumia { $example }
answer-heading = Jibu la swali lako { $reference }
answer-for = Kwa { $name }:
answered-by = Limejibiwa na { $name }
answered-by-expert = Limejibiwa na mmoja wa wataalamu wetu
answer-hint = Je, limesaidia? Tuambie kwa kitufe. Kuuliza zaidi, jibu ujumbe huu au tuma { $command }
button-helped = Limesaidia
button-not-helped = Halikusaidia
feedback-thanks = Asante kwa kutuambia.
questions-heading = { $count ->
        [one] swali { $count } lililo wazi
       *[other] maswali { $count } yaliyo wazi
    }
questions-empty = Hakuna swali linalosubiri mtaalamu.
published = { $reference } limechapishwa: sasa linapatikana kwa { $command }
unpublished = { $reference } halitafutiki tena.
question-not-found = Hakuna swali { $reference }.
not-your-question = Swali { $reference } liliulizwa na mtu mwingine.
question-wrong-status = Swali { $reference } ni { $status }: hilo haliwezekani sasa.
question-open = linasubiri mtaalamu
question-answered = limejibiwa
question-published = limechapishwa
## Kinachokosekana: /report (wasimamizi) na /forget (rasimu: bado haijakaguliwa na mzungumzaji asilia)

about-report = watu walichotafuta bila kukipata
about-forget = ondoa jina lako na gumzo lako kwenye michango yako inayosubiri
arg-days = siku
report-unavailable = Hakuna kumbukumbu ya utafutaji hapa: boti haina hifadhidata.
report-days-wanted = Taja idadi ya siku kuanzia 1 hadi { $max }, kwa mfano { $example }.
report-heading = { $days ->
        [one] Utafutaji wa siku iliyopita
       *[other] Utafutaji wa siku { $days } zilizopita
    }
report-no-searches = Hakuna utafutaji uliorekodiwa katika kipindi hiki.
report-totals = Utafutaji { $searches }: { $found } ulijibiwa vizuri, { $weak } kwa udhaifu, { $empty } haukupata kitu.
report-misses-heading = Hakikupatikana kitu au kidogo tu
report-miss-line = mara { $count } ({ $empty } bila kitu)
report-top-heading = Vilivyotafutwa zaidi
report-top-line = mara { $count }
report-by-language = Kwa lugha: { $list }
report-by-platform = Kwa jukwaa: { $list }
report-questions-open = Maswali yaliyo wazi kwa umri: chini ya siku { $day } · siku 1–7 { $week } · siku 7–30 { $month } · zaidi { $older }
report-helpful = Majibu yaliyoonekana kusaidia: { $percent } % kati ya { $count } yaliyokadiriwa.
forget-done = Imekamilika: jina lako na gumzo lako vimeondolewa kwenye michango yako { $count } inayosubiri. Inabaki kwenye foleni ya ukaguzi bila jina lako; hutaambiwa uamuzi hapa, lakini /mine inauonyesha.
forget-nothing = Hakukuwa na cha kuondoa: hakuna mchango wako unaosubiri wenye jina lako au gumzo lako. Utafutaji hauhifadhiwi kamwe pamoja na jina lako au akaunti yako.
forget-done-questions = Jina lako limeondolewa kwenye maswali yako { $count } yanayosubiri; jibu bado litakufikia.

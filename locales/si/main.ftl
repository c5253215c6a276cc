### Miners' Guide: every text the bot shows, in Sinhala.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence.

## Conversation, search and cards

welcome = ආයුබෝවන්! මම Miners' Guide, අත්කම් සහ කුඩා පරිමාණ මැණික් පතල්කරුවන්ට සහ ඔවුන්ගේ සමුපකාරවලට උදව් කරන සහායකයෙක්. උදව් කළ හැකි ආයතන, ප්‍රායෝගික මාර්ගෝපදේශ (රොන්මඩ, ජලය, බලපත්‍ර, මූල්‍ය, ආරක්ෂාව…) සහ සැබෑ සිද්ධි අධ්‍යයන මම දනිමි, එක් එක්කක් එහි මූලාශ්‍ර සමඟ.
ask-private = ඔබේ ප්‍රශ්නය ඔබේම වචනවලින් ලියන්න, උදාහරණයක් ලෙස: { $example }
example-query = මඩ ගඟට යාම නවත්වන්නේ කෙසේද
ask-group = කණ්ඩායමක, ඔබේ පණිවිඩය /find වලින් අරඹන්න හෝ මා සඳහන් කරන්න.
commands-heading = විධාන
about-start = පිළිගැනීම සහ බොට් භාවිත කරන ආකාරය
about-help = මෙම විධාන ලැයිස්තුව
about-find = සියල්ලෙහිම සොයන්න
about-org = එක් ආයතනයක තොරතුරු පත
about-orgs = ආයතන, වර්ගය හෝ කලාපය අනුව
about-topics = ප්‍රායෝගික මාර්ගෝපදේශ
about-guide = එක් මාර්ගෝපදේශයක් කියවන්න
about-cases = සිද්ධි අධ්‍යයන
about-country = රටක නීති: බලපත්‍ර, කණ්ඩායම්, විකිණිය හැකි තැන්
about-language = භාෂාව තෝරන්න
arg-query = ප්‍රශ්නය
arg-name = නම
arg-filter = වර්ගය හෝ කලාපය
arg-topic = මාතෘකාව
arg-code = කේතය
arg-case = සිද්ධිය
arg-country = රට
find-empty = මා සෙවිය යුත්තේ කුමක්ද? එය /find ට පසුව ලියන්න, උදාහරණයක් ලෙස: { $example }
empty-message = ඔබේ පණිවිඩය හිස්ය. ප්‍රශ්නයක් ලියන්න, නැතහොත් මට කළ හැකි දේ බැලීමට /help.
no-results = “{ $query }” සඳහා මට කිසිවක් හමු නොවීය.
did-you-mean = ඔබ අදහස් කළේ මෙයද:
try-topics = නැතහොත් මාතෘකාවකින් අරඹන්න:
results-others = “{ $query }” සඳහා වෙනත් ප්‍රතිඵල ({ $total } න් { $first }–{ $last }):
find-dont-know = “{ $query }” ට පිළිතුර මම නොදනිමි: මා සතු කිසිවක් ඒ ගැන නොවේ.
find-nearest = මා සතු ළඟම මාතෘකා:
find-offer = මෙහි කිසිවෙකු තවම මේ ගැන ලියා නැත. සාර්ථක වන දේ ඔබ දන්නේ නම්, /share මගින් අන් අයට කියන්න, නැතහොත් /topics මගින් සියලු මාතෘකා බලන්න.
offer-share = ඔබ දන්නා දේ බෙදාගන්න
find-offer-ask = මෙහි කිසිවෙකු තවම මේ ගැන ලියා නැත. දන්නා කෙනෙකුට ඔබට පිළිතුරු දිය හැක: “පුද්ගලයෙකුගෙන් අහන්න” ඔබන්න, නැතහොත් { $command } යවන්න. /topics මගින් සියලු මාතෘකා බැලීමට, හෝ /share මගින් සාර්ථක දේ අන් අයට කීමට ද ඔබට හැක.
find-only-filler = ආයුබෝවන්! ඔබට දැනගැනීමට අවශ්‍ය කුමක්ද? වචන කිහිපයකින් අසන්න, උදාහරණයක් ලෙස: { $example }
results-heading = “{ $query }” සඳහා ප්‍රතිඵල ({ $total } න් { $first }–{ $last })
no-more-results = “{ $query }” සඳහා තවත් ප්‍රතිඵල නැත.
more = තවත්
open = විවෘත කරන්න:
kind-org = ආයතනය
kind-guide = මාර්ගෝපදේශය
kind-case = සිද්ධි අධ්‍යයනය
kind-country = රට
category = වර්ගය
country = රට
status = තත්ත්වය
website = වෙබ් අඩවිය
as-of = { $date } වන විට
sources = මූලාශ්‍ර
checked = { $date } දින කියවන ලදී
full-text-in-english = සම්පූර්ණ පාඨය ඉංග්‍රීසියෙන් පමණක් ඇත:
org-needs-name = කුමන ආයතනයද? උදාහරණයක් ලෙස: /org mintek. /orgs සියල්ල ලැයිස්තුගත කරයි.
org-not-found = “{ $name }” නමින් ආයතනයක් මා දන්නේ නැත.
closest-matches = ආසන්නතම ප්‍රතිඵල මේවාය:
orgs-heading = ආයතන
orgs-filter-hint = වර්ගය හෝ කලාපය අනුව ලැයිස්තුව පටු කරන්න, උදාහරණයක් ලෙස /orgs consulting හෝ /orgs asia.
orgs-unknown-filter = “{ $filter }” වර්ගය හෝ කලාපය මා දන්නේ නැත.
categories-label = වර්ග:
regions-label = කලාප:
orgs-none = “{ $filter }” ට ගැළපෙන ආයතනයක් තවම නැත.
topics-heading = ප්‍රායෝගික මාර්ගෝපදේශ
topics-hint = /guide සහ එහි නම සමඟ එකක් විවෘත කරන්න, උදාහරණයක් ලෙස /guide sediment.
guide-needs-topic = කුමන මාතෘකාවද? එකක් තෝරන්න:
guide-not-found = “{ $name }” නමින් මාර්ගෝපදේශයක් නැත.
cases-heading = සිද්ධි අධ්‍යයන
cases-hint = /cases සහ එහි නම සමඟ එකක් විවෘත කරන්න, උදාහරණයක් ලෙස { $example }.
case-not-found = “{ $name }” නමින් සිද්ධි අධ්‍යයනයක් නැත.
countries-heading = රටවල් පිටු
country-not-found = “{ $name }” සඳහා රට පිටුවක් නැත.
language-choose = ඔබේ භාෂාව තෝරන්න:
language-set = මෙතැන් සිට මම සිංහලෙන් පිළිතුරු දෙමි.
language-unknown = මම තවම “{ $code }” භාෂාව කතා නොකරමි.
draft-notice = මෙම පරිවර්තනය කෙටුම්පතකි, මව් භාෂාව කතා කරන්නෙකු තවම පරීක්ෂා කර නැත: ඉංග්‍රීසි සඳහා /language en, ප්‍රංශ සඳහා /language fr.
unknown-command = { $command } විධානය මා දන්නේ නැත. විධාන බැලීමට /help ලියන්න.
query-shortened = ඔබේ පණිවිඩය ඉතා දිගු බැවින්, මම එහි මුල් අකුරු { $count } පමණක් සෙව්වෙමි.
internal-error = සමාවන්න, මගේ පැත්තෙන් යමක් වැරදුණා. ටික වේලාවකින් නැවත උත්සාහ කරන්න.
deep-link-unknown = එම සබැඳිය මා නොදන්නා දෙයකට යොමු කරයි.
nothing-more = පෙන්වීමට තවත් කිසිවක් නැත. මුලින්ම /find මගින් සොයන්න.
all-topics = සියලු මාතෘකා
all-orgs = සියලු ආයතන
all-cases = සියලු සිද්ධි අධ්‍යයන
moderators-only = එය කළ හැක්කේ පරිපාලකයින්ට පමණි.
console-intro = ප්‍රශ්නයක් ලියන්න, විධාන සඳහා /help, පිටවීමට /quit.
about-share = ඔබට සාර්ථක වූ දේ බෙදාගන්න (සිද්ධි අධ්‍යයනයක්)
about-mine = ඔබේ දායකත්ව සහ ඒවායේ තත්ත්වය
about-withdraw = සමාලෝචනය සඳහා තවම රැඳී සිටින දායකත්වයක් ආපසු ගන්න
about-cancel = කෙරෙමින් පවතින දේ නවත්වන්න
about-pending = සමාලෝචනය සඳහා රැඳී සිටින දායකත්ව
about-review = එක් දායකත්වයක් සම්පූර්ණයෙන් කියවන්න
about-approve = දායකත්වයක් අනුමත කර ප්‍රකාශයට පත් කරන්න
about-reject = හේතුව සමඟ දායකත්වයක් ප්‍රතික්ෂේප කරන්න
about-reopen = තීරණයක් නැවත විවෘත කරන්න
about-stats = තත්ත්වය අනුව දායකත්ව ගණන
arg-story = ඔබේ කතාව
arg-number = අංකය
arg-number-note = අංකය සහ සටහන
arg-number-reason = අංකය සහ හේතුව
arg-page = පිටුව
moderators-heading = පරිපාලකයින් සඳහා
sharing-disabled = මෙහි දායකත්ව සක්‍රිය කර නැත.
share-received = ස්තූතියි! ලැබුණා, යොමු අංකය { $reference }. පරිපාලකයෙකු එය සමාලෝචනය කරනු ඇත, ප්‍රතිඵලය ඔබට දන්වනු ලැබේ.
share-too-short = ඔබේ කතාව ප්‍රයෝජනවත් වීමට ඉතා කෙටිය (අකුරු { $count }; අවම වශයෙන් { $min }). ගැටලුව කුමක්ද, ඔබ කළේ කුමක්ද, වෙනස් වූයේ කුමක්ද කියන්න.
share-too-long = එක් දායකත්වයකට ඔබේ කතාව ඉතා දිගුය (අකුරු { $count }; උපරිම { $max }). කරුණාකර එය කෙටි කරන්න.
share-rate-limited = පසුගිය පැයේ ඔබ දායකත්ව බොහොමයක් එවා ඇත. තවත් එකක් එවීමට පෙර විනාඩි { $minutes } ක් පමණ රැඳී සිටින්න.
slow-down = මට සැමට පිළිතුරු දිය හැකි වේගයට වඩා වේගයෙන් ඔබ පණිවිඩ එවයි. තත්පර { $seconds } ක් රැඳී සිට නැවත උත්සාහ කරන්න.
share-duplicate = ඔබ මෙම පාඨය දැනටමත් එවා ඇත: එය { $reference } ලෙස ලැබුණා.
try-again = මට එය දැන් සුරැකීමට නොහැකි වූ අතර කිසිවක් සුරැකුණේ නැත. ටික වේලාවකින් නැවත උත්සාහ කරන්න.
share-invalid = එම දායකත්වය පිළිගත නොහැක: { $problem }.
share-group = මෙම කණ්ඩායම කියවීමට පහසු ලෙස තබා ගැනීමට, ඔබේ කතාව එක් පණිවිඩයකින් බෙදාගන්න: { $example }. නැතහොත් මා සමඟ පෞද්ගලික කතාබහක දිගටම කරගෙන යන්න.
share-group-notice = ඔබ කණ්ඩායමක කතාවක් බෙදාගැනීමට ඉල්ලා සිටියා; අපි මෙහි පියවරෙන් පියවර දිගටම කරගෙන යමු.
flow-topic = ඔබේ කතාව කුමක් ගැනද? මාතෘකාවක් තෝරන්න (එහි නම හෝ අංකය ලියන්න), නැතහොත් /cancel.
flow-place = එය සිදු වූයේ කොහේද? ගමක්, දිස්ත්‍රික්කයක් හෝ රටක් — නැතහොත් /skip.
flow-story = දැන් ඔබේ කතාව කියන්න: ගැටලුව කුමක්ද, ඔබ කළේ කුමක්ද, වෙනස් වූයේ කුමක්ද? (අවම වශයෙන් අකුරු { $min })
flow-photo = ඔබට දැන් ඡායාරූපයක් එවිය හැක, නැතහොත් /skip.
flow-confirm = මෙන්න ඔබේ දායකත්වය. ඔබේ නම සමඟ හෝ නිර්නාමිකව එවන්න, නැතහොත් /cancel.
flow-topic-unknown = මට එම මාතෘකාව හඳුනාගත නොහැකි විය. කරුණාකර මේවායින් එකක් තෝරන්න:
flow-place-too-long = එම ස්ථානය ඉතා දිගුය (උපරිම අකුරු { $max }). කෙටියෙන් ලියන්න, නැතහොත් /skip.
flow-draft-kept = ඔබේ කෙටුම්පත තබා ඇත: පසුව නැවත /send එවන්න, නැතහොත් /cancel.
send-with-name = මගේ නම සමඟ එවන්න
send-anonymously = නිර්නාමිකව එවන්න
cancel = අවලංගු කරන්න
skip = මඟ හරින්න
cancelled = අවලංගු කළා. කිසිවක් එවා නැත.
nothing-to-cancel = අවලංගු කිරීමට කිසිවක් නැත.
label-topic = මාතෘකාව
label-place = ස්ථානය
label-story = කතාව
label-author = එවූයේ
label-credit = ගෞරවය
label-anonymous = නිර්නාමික
label-photos = ඇමුණුම්
label-status = තත්ත්වය
label-sent = එවූ දිනය
label-decision = තීරණය
mine-heading = ඔබේ දායකත්ව
mine-empty = ඔබ තවම කිසිවක් බෙදාගෙන නැත. ඔබට සාර්ථක වූ දේ බෙදාගැනීමට { $command } භාවිත කරන්න.
need-number = කරුණාකර දායකත්ව අංකයක් දෙන්න, උදාහරණයක් ලෙස { $example }.
not-found = { $reference } දායකත්වයක් නැත.
not-yours = { $reference } ඔබේ දායකත්වයක් නොවේ.
wrong-status = { $reference } දැන් { $status }: එය දැන් කළ නොහැක.
withdrawn = { $reference } ආපසු ගෙන ඇත.
own-submission = ඔබේම දායකත්වය { $reference } ගැන ඔබට තීරණය කළ නොහැක: වෙනත් පරිපාලකයෙකු කළ යුතුය.
pending-heading = සමාලෝචනය සඳහා රැඳී සිටින: { $count }
pending-empty = සමාලෝචනය සඳහා කිසිවක් රැඳී නැත.
next-page = ඊළඟ පිටුව
review = සමාලෝචනය
approve = අනුමත කරන්න
reject = ප්‍රතික්ෂේප කරන්න
reopen = නැවත විවෘත කරන්න
review-heading = දායකත්වය { $reference }
decided-approved = { $reference } { $date } දින { $moderator } විසින් අනුමත කළා.
decided-rejected = { $reference } { $date } දින { $moderator } විසින් ප්‍රතික්ෂේප කළා. හේතුව: { $reason }
decided-reopened = { $reference } { $date } දින { $moderator } විසින් නැවත විවෘත කළා: එය නැවතත් සමාලෝචනය සඳහා රැඳී සිටී.
ask-reason = { $reference } ප්‍රතික්ෂේප කිරීමට හේතුව ඔබේ ඊළඟ පණිවිඩයෙන් එවන්න (දායකයා එය දකිනු ඇත), නැතහොත් /cancel.
stats-heading = දායකත්ව
stats-line = රැඳී සිටින { $pending } · අනුමත { $approved } · ප්‍රතික්ෂේපිත { $rejected } · ආපසු ගත් { $withdrawn } · මුළු { $total }
announce-heading = නව දායකත්වය { $reference }
announce-hint = { $approve } හෝ { $reject } මගින් තීරණය කරන්න.
digest-heading = නව දායකත්ව { $count }: { $references }
digest-hint = ඒවා { $command } මගින් බලන්න.
outcome-approved = සුබ පුවතක්: ඔබේ දායකත්වය { $reference } අනුමත වූ අතර දැන් එය සිද්ධි අධ්‍යයන අතර ඇත. බෙදාගැනීමට ස්තූතියි!
outcome-rejected = ඔබේ දායකත්වය { $reference } පිළිගනු නොලැබීය. හේතුව: { $reason }
outcome-reopened = ඔබේ දායකත්වය { $reference } නැවත සමාලෝචනය කෙරේ.
moderator-note = පරිපාලකගේ සටහන: { $note }
shared-by = බෙදාගත්තේ { $name }
shared-anonymously = නිර්නාමිකව බෙදාගත්තා
community-case = පතල්කරුවෙකු මෙම බොට් හරහා බෙදාගත් අතර පරිපාලකයෙකු අනුමත කළා.

## Organisation categories

category-advocacy = උපදේශනය සහ අයිතිවාසිකම්
category-regional-centre = කලාපීය සම්පත් මධ්‍යස්ථානය
category-consulting = උපදේශන සේවා
category-ngo = සංවර්ධන සංවිධානය (රාජ්‍ය නොවන)
category-industry = කර්මාන්ත ආයතනය හෝ රසායනාගාරය
category-government = රජයේ අධිකාරිය
category-funder = අරමුදල් සපයන්නා
category-association = පතල්කරුවන්ගේ සංගමය
category-research = පර්යේෂණ සහ දැනුම් මධ්‍යස්ථානය

## Regions

region-africa = අප්‍රිකාව
region-south-america = දකුණු ඇමරිකාව
region-north-america = උතුරු ඇමරිකාව
region-europe = යුරෝපය
region-asia = ආසියාව
region-global = ලොව පුරා

## Organisation statuses

status-active = ක්‍රියාත්මකයි
status-closed = වසා ඇත
status-renamed = නම වෙනස් කර ඇත
status-unidentified = හඳුනාගත නොහැකි විය
status-unconfirmed = අපගේ මූලාශ්‍රවලින් තහවුරු කර නැත (පාඨය බලන්න)

## Case-study topics

topic-sediment = රොන්මඩ සහ මඩ
topic-water = ජලය සහ පොකුණු
topic-waste = අපද්‍රව්‍ය සහ රසායන ද්‍රව්‍ය
topic-forests-wildlife = වනාන්තර සහ වනජීවී
topic-reclamation = ඉඩම් ප්‍රතිසංස්කරණය
topic-cooperatives = සමුපකාර
topic-funding = මූල්‍ය සහ මිල
topic-health-safety = සෞඛ්‍යය සහ ආරක්ෂාව
topic-other = වෙනත්

## Contribution statuses

submission-pending = සමාලෝචනය සඳහා රැඳී සිටී
submission-approved = අනුමතයි
submission-rejected = ප්‍රතික්ෂේපිතයි
submission-withdrawn = ආපසු ගෙන ඇත

## Texts the Telegram adapter sends on its own

button-expired = මෙම බොත්තම කල් ඉකුත් වී ඇත. කරුණාකර විධානය නැවත එවන්න.
button-unknown = මෙම බොත්තම හඳුනාගත නොහැක.
telegram-failure = සමාවන්න, යමක් වැරදුණා. කරුණාකර පසුව නැවත උත්සාහ කරන්න.

## විශේෂඥයින්ට ප්‍රශ්න (/ask, /answer, /questions, /publish) — කෙටුම්පත

about-ask = පුද්ගලයෙකුගෙන් අහන්න: අපේ විශේෂඥයින්ට ප්‍රශ්නයක්
arg-question = ඔබේ ප්‍රශ්නය
about-questions = විශේෂඥයෙකු බලාපොරොත්තු වන ප්‍රශ්න
about-answer = ප්‍රශ්නයකට පිළිතුරු දෙන්න
about-publish = පිළිතුරු ලැබූ ප්‍රශ්නයක් සෙවිය හැකි කරන්න
about-unpublish = ප්‍රකාශිත පිළිතුරක් ඉවත් කරන්න
arg-ref-text = යොමු අංකය සහ පිළිතුර
arg-ref = යොමු අංකය
experts-heading = විශේෂඥයින් සඳහා
kind-answer = විශේෂඥ පිළිතුර
ask-a-person = පුද්ගලයෙකුගෙන් අහන්න
example-question = රොන්මඩ තැන්පත් කරන පොකුණක ගැඹුර කොපමණ විය හැකිද?
questions-disabled = විශේෂඥයින්ට ප්‍රශ්න මෙහි සක්‍රිය කර නැත.
experts-only = එය කළ හැක්කේ විශේෂඥයින්ට පමණි.
ask-usage = විධානයට පසුව ඔබේ ප්‍රශ්නය ලියන්න, උදාහරණයක්: { $example }
ask-received = ස්තූතියි! ඔබේ ප්‍රශ්නය ලැබුණා, යොමු අංකය { $reference }. විශේෂඥයෙක් පිළිතුරු දෙනු ඇති අතර පිළිතුර පුද්ගලික පණිවිඩයකින් ඔබට ලැබේ.
ask-received-here = ස්තූතියි! ඔබේ ප්‍රශ්නය ලැබුණා, යොමු අංකය { $reference }. විශේෂඥයෙක් පිළිතුරු දෙනු ඇති අතර පිළිතුර මෙහි ලැබේ.
ask-duplicate = ඔබ මෙම ප්‍රශ්නය දැනටමත් ඇසුවා: යොමු අංකය { $reference }. විශේෂඥයෙක් පිළිතුරු දෙනු ඇත.
ask-rate-limited = පසුගිය පැයේ ඔබ ප්‍රශ්න බොහොමයක් ඇසුවා. කරුණාකර මිනිත්තු { $minutes } ක් පමණ රැඳී නැවත අහන්න.
ask-too-short = ඔබේ ප්‍රශ්නය කෙටි වැඩියි (අකුරු { $count }; අවම වශයෙන් { $min }). ඔබට දැනගැනීමට අවශ්‍ය දේ කියන්න.
ask-too-long = ඔබේ පණිවිඩය දිග වැඩියි (උපරිම අකුරු { $max }). කරුණාකර කෙටි කරන්න.
follow-up-received = ස්තූතියි! ඔබේ අමතර ප්‍රශ්නය { $reference } වෙත එක් කළා; විශේෂඥයින් එය දකිනු ඇත.
question-heading = ප්‍රශ්නය { $reference }
follow-up-heading = { $reference } ට අමතර ප්‍රශ්නය
question-hint = { $command } සහ ඔබේ පිළිතුර සමඟ පිළිතුරු දෙන්න, නැතහොත් මෙම පණිවිඩයට පිළිතුරු දෙන්න.
label-asked-by = ඇසුවේ
question-digest-heading = නව ප්‍රශ්න { $count }: { $references }
answer-sent = { $reference } සඳහා ඔබේ පිළිතුර සුරැකුණා; ඇසූ පුද්ගලයාට එය ලැබේ.
answer-needs-text = යොමු අංකයට පසුව පිළිතුර ලියන්න, උදාහරණයක්: { $example }
need-reference = ප්‍රශ්නයේ යොමු අංකය දෙන්න, උදාහරණයක්: { $example }
reply-to-one = එක් ප්‍රශ්නයක නිවේදනයකට පමණක් පිළිතුරු දෙන්න, නැතහොත් { $example } භාවිතා කරන්න
answer-heading = ඔබේ ප්‍රශ්නයට පිළිතුර { $reference }
answer-for = { $name } සඳහා:
answered-by = පිළිතුරු දුන්නේ { $name }
answered-by-expert = අපේ විශේෂඥයෙකු පිළිතුරු දුන්නා
answer-hint = මෙය උදව් වුණාද? බොත්තමකින් අපට කියන්න. තවත් ඇසීමට, මෙම පණිවිඩයට පිළිතුරු දෙන්න හෝ { $command } යවන්න
button-helped = උදව් වුණා
button-not-helped = උදව් වුණේ නැහැ
feedback-thanks = අපට කීවාට ස්තූතියි.
questions-heading = විවෘත ප්‍රශ්න { $count }
questions-empty = විශේෂඥයෙකු බලාපොරොත්තු වන ප්‍රශ්නයක් නැත.
published = { $reference } ප්‍රකාශිතයි: දැන් එය { $command } මඟින් සොයාගත හැක
unpublished = { $reference } තවදුරටත් සෙවිය නොහැක.
question-not-found = { $reference } ප්‍රශ්නයක් නැත.
not-your-question = { $reference } ප්‍රශ්නය ඇසුවේ වෙනත් කෙනෙකි.
question-wrong-status = { $reference } ප්‍රශ්නය { $status }: එය දැන් කළ නොහැක.
question-open = විශේෂඥයෙකු බලාපොරොත්තුවෙන්
question-answered = පිළිතුරු ලැබුණා
question-published = ප්‍රකාශිතයි
## අඩුව ඇති දේ: /report (පරිපාලකයින්) සහ /forget

about-report = මිනිසුන් සෙව්වත් සොයා නොගත් දේ
about-forget = ඔබගේ පොරොත්තු දායකත්වලින් ඔබගේ නම සහ කතාබහ ඉවත් කරන්න
arg-days = දින
report-unavailable = මෙහි සෙවුම් ලොගයක් තබා නැත: බොට්ට දත්ත සමුදායක් නැත.
report-days-wanted = 1 සිට { $max } දක්වා දින ගණනක් දෙන්න, උදාහරණයක් ලෙස { $example }.
report-heading = පසුගිය දින { $days } තුළ සෙවුම්
report-no-searches = මෙම කාලය තුළ කිසිදු සෙවුමක් සටහන් වී නැත.
report-totals = සෙවුම් { $searches }: { $found } හොඳින් පිළිතුරු ලැබූ, { $weak } දුර්වල ලෙස, { $empty } කිසිවක් නොලැබූ.
report-misses-heading = කිසිවක් හෝ ස්වල්පයක් පමණක් හමු වූ
report-miss-line = වාර { $count } ({ $empty } කිසිවක් නැත)
report-top-heading = වැඩිපුරම සෙවූ
report-top-line = වාර { $count }
report-by-language = භාෂාව අනුව: { $list }
report-by-platform = වේදිකාව අනුව: { $list }
report-questions-open = වයස අනුව විවෘත ප්‍රශ්න: දිනකට අඩු { $day } · දින 1–7 { $week } · දින 7–30 { $month } · ඊට වැඩි { $older }
report-helpful = ප්‍රයෝජනවත් යැයි සලකුණු කළ පිළිතුරු: ශ්‍රේණිගත කළ { $count } න් { $percent } %.
forget-done = නිම විය: ඔබගේ පොරොත්තු දායකත්ව { $count } කින් ඔබගේ නම සහ කතාබහ ඉවත් කරන ලදී. ඒවා ඔබගේ නමින් තොරව සමාලෝචන පෝලිමේ පවතී; තීරණය මෙහි ඔබට නොදන්වනු ඇත, නමුත් /mine එය පෙන්වයි.
forget-nothing = ඉවත් කිරීමට කිසිවක් නොතිබුණි: ඔබගේ පොරොත්තු දායකත්ව කිසිවක ඔබගේ නම හෝ කතාබහ නැත. සෙවුම් කිසි විටෙක ඔබගේ නම හෝ ගිණුම සමඟ ගබඩා නොකෙරේ.
forget-done-questions = ඔබගේ විවෘත ප්‍රශ්න { $count } කින් ඔබගේ නම ඉවත් කරන ලදී; පිළිතුර තවමත් ඔබට ලැබෙනු ඇත.

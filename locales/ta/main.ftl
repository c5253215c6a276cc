### Miners' Guide: every text the bot shows, in Tamil.
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence. `[one]` / `*[other]` are
### plural forms; keep the `*` on the default.

## Conversation, search and cards

welcome = வணக்கம்! நான் Miners' Guide, கைவினை மற்றும் சிறிய அளவிலான இரத்தினக்கல் சுரங்கத் தொழிலாளர்களுக்கும் அவர்களின் கூட்டுறவுகளுக்கும் உதவும் ஒரு உதவியாளர். உதவக்கூடிய நிறுவனங்கள், நடைமுறை வழிகாட்டிகள் (வண்டல், நீர், உரிமங்கள், நிதி, பாதுகாப்பு…) மற்றும் உண்மையான எடுத்துக்காட்டுகள் எனக்குத் தெரியும், ஒவ்வொன்றும் அதன் மூலங்களுடன்.
ask-private = உங்கள் கேள்வியை உங்கள் சொந்த வார்த்தைகளில் எழுதுங்கள், எடுத்துக்காட்டாக: { $example }
example-query = சேறு ஆற்றுக்குள் போவதை எப்படி தடுப்பது
ask-group = குழுவில், உங்கள் செய்தியை /find உடன் தொடங்குங்கள் அல்லது என்னைக் குறிப்பிடுங்கள்.
commands-heading = கட்டளைகள்
about-start = வரவேற்பும் பாட்டைப் பயன்படுத்தும் முறையும்
about-help = இந்தக் கட்டளைப் பட்டியல்
about-find = எல்லாவற்றிலும் தேடு
about-org = ஒரு நிறுவனத்தின் விவர அட்டை
about-orgs = நிறுவனங்கள், வகை அல்லது பகுதி வாரியாக
about-topics = நடைமுறை வழிகாட்டிகள்
about-guide = ஒரு வழிகாட்டியைப் படி
about-cases = உண்மை எடுத்துக்காட்டுகள்
about-country = ஒரு நாட்டின் விதிகள்: உரிமங்கள், குழுக்கள், விற்கும் இடங்கள்
about-language = மொழியைத் தேர்ந்தெடு
arg-query = கேள்வி
arg-name = பெயர்
arg-filter = வகை அல்லது பகுதி
arg-topic = தலைப்பு
arg-code = குறியீடு
arg-case = எடுத்துக்காட்டு
arg-country = நாடு
find-empty = நான் எதைத் தேட வேண்டும்? அதை /find க்குப் பிறகு எழுதுங்கள், எடுத்துக்காட்டாக: { $example }
empty-message = உங்கள் செய்தி காலியாக உள்ளது. ஒரு கேள்வியை எழுதுங்கள், அல்லது நான் என்ன செய்ய முடியும் என்று பார்க்க /help.
no-results = “{ $query }” க்கு எதுவும் கிடைக்கவில்லை.
did-you-mean = நீங்கள் இதைக் குறிப்பிட்டீர்களா:
try-topics = அல்லது ஒரு தலைப்பிலிருந்து தொடங்குங்கள்:
results-others = “{ $query }” க்கான பிற முடிவுகள் ({ $total } இல் { $first }–{ $last }):
find-dont-know = “{ $query }” க்கான பதில் எனக்குத் தெரியாது: என்னிடம் உள்ள எதுவும் அதைப் பற்றியது அல்ல.
find-nearest = என்னிடம் உள்ள மிக நெருக்கமான தலைப்புகள்:
find-offer = இதைப் பற்றி இங்கு இன்னும் யாரும் எழுதவில்லை. எது பயன்படும் என்று உங்களுக்குத் தெரிந்தால், /share மூலம் மற்றவர்களுக்குச் சொல்லுங்கள், அல்லது /topics மூலம் அனைத்துத் தலைப்புகளையும் பாருங்கள்.
offer-share = உங்களுக்குத் தெரிந்ததைப் பகிருங்கள்
find-offer-ask = இதைப் பற்றி இங்கு இன்னும் யாரும் எழுதவில்லை. தெரிந்த ஒருவர் உங்களுக்குப் பதில் தரலாம்: “ஒருவரிடம் கேளுங்கள்” என்பதைத் தொடுங்கள் அல்லது { $command } அனுப்புங்கள். /topics மூலம் எல்லாத் தலைப்புகளையும் பார்க்கலாம், அல்லது /share மூலம் பயன்படுவதை மற்றவர்களுக்குச் சொல்லலாம்.
find-only-filler = வணக்கம்! நீங்கள் என்ன தெரிந்துகொள்ள விரும்புகிறீர்கள்? சில வார்த்தைகளில் கேளுங்கள், எடுத்துக்காட்டாக: { $example }
results-heading = “{ $query }” க்கான முடிவுகள் ({ $total } இல் { $first }–{ $last })
no-more-results = “{ $query }” க்கு மேலும் முடிவுகள் இல்லை.
more = மேலும்
open = திற:
kind-org = நிறுவனம்
kind-guide = வழிகாட்டி
kind-case = உண்மை எடுத்துக்காட்டு
kind-country = நாடு
category = வகை
country = நாடு
status = நிலை
website = இணையதளம்
as-of = { $date } நிலவரப்படி
sources = மூலங்கள்
checked = { $date } அன்று படிக்கப்பட்டது
full-text-in-english = முழு உரை ஆங்கிலத்தில் மட்டுமே உள்ளது:
org-needs-name = எந்த நிறுவனம்? எடுத்துக்காட்டாக: /org mintek. /orgs அனைத்தையும் பட்டியலிடும்.
org-not-found = “{ $name }” என்ற பெயரில் எந்த நிறுவனமும் எனக்குத் தெரியாது.
closest-matches = இவையே மிக நெருக்கமானவை:
orgs-heading = நிறுவனங்கள்
orgs-filter-hint = வகை அல்லது பகுதி மூலம் பட்டியலைச் சுருக்குங்கள், எடுத்துக்காட்டாக /orgs consulting அல்லது /orgs asia.
orgs-unknown-filter = “{ $filter }” என்ற வகையோ பகுதியோ எனக்குத் தெரியாது.
categories-label = வகைகள்:
regions-label = பகுதிகள்:
orgs-none = “{ $filter }” உடன் பொருந்தும் நிறுவனம் இன்னும் இல்லை.
topics-heading = நடைமுறை வழிகாட்டிகள்
topics-hint = /guide மற்றும் அதன் பெயருடன் ஒன்றைத் திறக்கவும், எடுத்துக்காட்டாக /guide sediment.
guide-needs-topic = எந்தத் தலைப்பு? ஒன்றைத் தேர்ந்தெடுங்கள்:
guide-not-found = “{ $name }” என்ற வழிகாட்டி இல்லை.
cases-heading = உண்மை எடுத்துக்காட்டுகள்
cases-hint = /cases மற்றும் அதன் பெயருடன் ஒன்றைத் திறக்கவும், எடுத்துக்காட்டாக { $example }.
case-not-found = “{ $name }” என்ற எடுத்துக்காட்டு இல்லை.
countries-heading = நாட்டுப் பக்கங்கள்
country-not-found = “{ $name }” என்ற நாட்டுக்குப் பக்கம் இல்லை.
language-choose = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்:
language-set = இனிமேல் நான் தமிழில் பதிலளிப்பேன்.
language-unknown = எனக்கு இன்னும் “{ $code }” மொழி தெரியாது.
draft-notice = இந்த மொழிபெயர்ப்பு ஒரு வரைவு, தாய்மொழியாளரால் இன்னும் சரிபார்க்கப்படவில்லை: ஆங்கிலத்திற்கு /language en, பிரெஞ்சுக்கு /language fr.
unknown-command = { $command } என்ற கட்டளை எனக்குத் தெரியாது. கட்டளைகளைப் பார்க்க /help என்று எழுதுங்கள்.
query-shortened = உங்கள் செய்தி மிக நீளமாக இருந்ததால், அதன் முதல் { $count } எழுத்துகளை மட்டுமே தேடினேன்.
internal-error = மன்னிக்கவும், என் பக்கம் ஏதோ தவறு நடந்தது. சிறிது நேரத்தில் மீண்டும் முயற்சிக்கவும்.
deep-link-unknown = அந்த இணைப்பு எனக்குத் தெரியாத ஒன்றைக் குறிக்கிறது.
nothing-more = காட்ட மேலும் எதுவும் இல்லை. முதலில் /find மூலம் தேடுங்கள்.
all-topics = அனைத்துத் தலைப்புகள்
all-orgs = அனைத்து நிறுவனங்கள்
all-cases = அனைத்து எடுத்துக்காட்டுகள்
moderators-only = நடுவர்கள் மட்டுமே அதைச் செய்ய முடியும்.
console-intro = ஒரு கேள்வியை எழுதுங்கள், கட்டளைகளுக்கு /help, வெளியேற /quit.
about-share = உங்களுக்குப் பயன்பட்டதைப் பகிருங்கள் (ஒரு எடுத்துக்காட்டு)
about-mine = உங்கள் பங்களிப்புகளும் அவற்றின் நிலையும்
about-withdraw = மதிப்பாய்வுக்குக் காத்திருக்கும் பங்களிப்பைத் திரும்பப் பெறு
about-cancel = நடந்துகொண்டிருப்பதை நிறுத்து
about-pending = மதிப்பாய்வுக்குக் காத்திருக்கும் பங்களிப்புகள்
about-review = ஒரு பங்களிப்பை முழுமையாகப் படி
about-approve = ஒரு பங்களிப்பை ஏற்று வெளியிடு
about-reject = ஒரு பங்களிப்பைக் காரணத்துடன் நிராகரி
about-reopen = ஒரு முடிவை மீண்டும் திற
about-stats = நிலை வாரியாகப் பங்களிப்புகளின் எண்ணிக்கை
arg-story = உங்கள் அனுபவம்
arg-number = எண்
arg-number-note = எண் மற்றும் குறிப்பு
arg-number-reason = எண் மற்றும் காரணம்
arg-page = பக்கம்
moderators-heading = நடுவர்களுக்கு
sharing-disabled = இங்கே பங்களிப்புகள் இயக்கப்படவில்லை.
share-received = நன்றி! பெறப்பட்டது, குறிப்பு எண் { $reference }. ஒரு நடுவர் அதை மதிப்பாய்வு செய்வார், முடிவு உங்களுக்குத் தெரிவிக்கப்படும்.
share-too-short = உங்கள் அனுபவம் பயனுள்ளதாக இருக்க மிகச் சிறியது ({ $count } எழுத்துகள்; குறைந்தது { $min }). பிரச்சினை என்ன, நீங்கள் என்ன செய்தீர்கள், என்ன மாறியது என்று சொல்லுங்கள்.
share-too-long = ஒரு பங்களிப்புக்கு உங்கள் அனுபவம் மிக நீளமானது ({ $count } எழுத்துகள்; அதிகபட்சம் { $max }). தயவுசெய்து சுருக்குங்கள்.
share-rate-limited = கடந்த ஒரு மணி நேரத்தில் நீங்கள் பல பங்களிப்புகளை அனுப்பியுள்ளீர்கள். இன்னொன்றை அனுப்பும் முன் சுமார் { $minutes ->
        [one] { $minutes } நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    } காத்திருங்கள்.
slow-down = எல்லோருக்கும் நான் பதிலளிப்பதை விட வேகமாக நீங்கள் செய்திகளை அனுப்புகிறீர்கள். { $seconds ->
        [one] { $seconds } வினாடி
       *[other] { $seconds } வினாடிகள்
    } காத்திருந்து, பின் மீண்டும் முயற்சிக்கவும்.
share-duplicate = இந்த உரையை நீங்கள் ஏற்கனவே அனுப்பியுள்ளீர்கள்: அது { $reference } ஆகப் பெறப்பட்டது.
try-again = இப்போது அதைச் சேமிக்க முடியவில்லை, எதுவும் சேமிக்கப்படவில்லை. சிறிது நேரத்தில் மீண்டும் முயற்சிக்கவும்.
share-invalid = அந்தப் பங்களிப்பை ஏற்க முடியாது: { $problem }.
share-group = இந்தக் குழுவை எளிதாகப் படிக்க, உங்கள் அனுபவத்தை ஒரே செய்தியில் பகிருங்கள்: { $example }. அல்லது என்னுடன் தனிப்பட்ட உரையாடலில் தொடருங்கள்.
share-group-notice = குழுவில் ஒரு அனுபவத்தைப் பகிரக் கேட்டீர்கள்; இங்கே படிப்படியாகத் தொடர்வோம்.
flow-topic = உங்கள் அனுபவம் எதைப் பற்றியது? ஒரு தலைப்பைத் தேர்ந்தெடுங்கள் (அதன் பெயர் அல்லது எண்ணை எழுதுங்கள்), அல்லது /cancel.
flow-place = இது எங்கே நடந்தது? ஒரு கிராமம், மாவட்டம் அல்லது நாடு — அல்லது /skip.
flow-story = இப்போது உங்கள் அனுபவத்தைச் சொல்லுங்கள்: பிரச்சினை என்ன, நீங்கள் என்ன செய்தீர்கள், என்ன மாறியது? (குறைந்தது { $min } எழுத்துகள்)
flow-photo = இப்போது ஒரு புகைப்படத்தை அனுப்பலாம், அல்லது /skip.
flow-confirm = இதோ உங்கள் பங்களிப்பு. உங்கள் பெயருடன் அல்லது பெயரின்றி அனுப்புங்கள், அல்லது /cancel.
flow-topic-unknown = அந்தத் தலைப்பை என்னால் அடையாளம் காண முடியவில்லை. இவற்றில் ஒன்றைத் தேர்ந்தெடுங்கள்:
flow-place-too-long = அந்த இடப்பெயர் மிக நீளமானது (அதிகபட்சம் { $max } எழுத்துகள்). சுருக்கமாக எழுதுங்கள், அல்லது /skip.
flow-draft-kept = உங்கள் வரைவு வைக்கப்பட்டுள்ளது: பின்னர் மீண்டும் /send அனுப்புங்கள், அல்லது /cancel.
send-with-name = என் பெயருடன் அனுப்பு
send-anonymously = பெயரின்றி அனுப்பு
cancel = ரத்து செய்
skip = தவிர்
cancelled = ரத்து செய்யப்பட்டது. எதுவும் அனுப்பப்படவில்லை.
nothing-to-cancel = ரத்து செய்ய எதுவும் இல்லை.
label-topic = தலைப்பு
label-place = இடம்
label-story = அனுபவம்
label-author = அனுப்பியவர்
label-credit = நன்றிக்குரியவர்
label-anonymous = பெயரில்லாதவர்
label-photos = இணைப்புகள்
label-status = நிலை
label-sent = அனுப்பப்பட்டது
label-decision = முடிவு
mine-heading = உங்கள் பங்களிப்புகள்
mine-empty = நீங்கள் இன்னும் எதையும் பகிரவில்லை. உங்களுக்குப் பயன்பட்டதைப் பகிர { $command } ஐப் பயன்படுத்துங்கள்.
need-number = ஒரு பங்களிப்பு எண்ணைக் கொடுங்கள், எடுத்துக்காட்டாக { $example }.
not-found = { $reference } என்ற பங்களிப்பு இல்லை.
not-yours = { $reference } உங்கள் பங்களிப்புகளில் ஒன்றல்ல.
wrong-status = { $reference } இப்போது { $status }: அதை இப்போது செய்ய முடியாது.
withdrawn = { $reference } திரும்பப் பெறப்பட்டது.
own-submission = உங்கள் சொந்தப் பங்களிப்பு { $reference } குறித்து நீங்கள் முடிவெடுக்க முடியாது: வேறொரு நடுவர் செய்ய வேண்டும்.
pending-heading = மதிப்பாய்வுக்குக் காத்திருப்பவை: { $count }
pending-empty = மதிப்பாய்வுக்கு எதுவும் காத்திருக்கவில்லை.
next-page = அடுத்த பக்கம்
review = மதிப்பாய்வு
approve = ஏற்கவும்
reject = நிராகரிக்கவும்
reopen = மீண்டும் திறக்கவும்
review-heading = பங்களிப்பு { $reference }
decided-approved = { $reference } ஐ { $moderator } { $date } அன்று ஏற்றார்.
decided-rejected = { $reference } ஐ { $moderator } { $date } அன்று நிராகரித்தார். காரணம்: { $reason }
decided-reopened = { $reference } ஐ { $moderator } { $date } அன்று மீண்டும் திறந்தார்: அது மீண்டும் மதிப்பாய்வுக்குக் காத்திருக்கிறது.
ask-reason = { $reference } ஐ நிராகரிப்பதற்கான காரணத்தை உங்கள் அடுத்த செய்தியில் அனுப்புங்கள் (பங்களிப்பாளர் அதைப் பார்ப்பார்), அல்லது /cancel.
stats-heading = பங்களிப்புகள்
stats-line = காத்திருப்பவை { $pending } · ஏற்கப்பட்டவை { $approved } · நிராகரிக்கப்பட்டவை { $rejected } · திரும்பப் பெறப்பட்டவை { $withdrawn } · மொத்தம் { $total }
announce-heading = புதிய பங்களிப்பு { $reference }
announce-hint = { $approve } அல்லது { $reject } மூலம் முடிவெடுங்கள்.
digest-heading = { $count ->
        [one] { $count } புதிய பங்களிப்பு
       *[other] { $count } புதிய பங்களிப்புகள்
    }: { $references }
digest-hint = அவற்றை { $command } மூலம் பாருங்கள்.
outcome-approved = நல்ல செய்தி: உங்கள் பங்களிப்பு { $reference } ஏற்கப்பட்டது, இப்போது எடுத்துக்காட்டுகளில் உள்ளது. பகிர்ந்ததற்கு நன்றி!
outcome-rejected = உங்கள் பங்களிப்பு { $reference } ஏற்கப்படவில்லை. காரணம்: { $reason }
outcome-reopened = உங்கள் பங்களிப்பு { $reference } மீண்டும் மதிப்பாய்வு செய்யப்படுகிறது.
moderator-note = நடுவரின் குறிப்பு: { $note }
shared-by = பகிர்ந்தவர் { $name }
shared-anonymously = பெயரின்றிப் பகிரப்பட்டது
community-case = ஒரு சுரங்கத் தொழிலாளர் இந்தப் பாட் மூலம் பகிர்ந்து, ஒரு நடுவர் ஏற்றது.

## Organisation categories

category-advocacy = உரிமைக் குரல்
category-regional-centre = பிராந்திய வள மையம்
category-consulting = ஆலோசனை
category-ngo = வளர்ச்சி நிறுவனம் (தொண்டு நிறுவனம்)
category-industry = தொழில்துறை அமைப்பு அல்லது ஆய்வகம்
category-government = அரசு அதிகார அமைப்பு
category-funder = நிதியளிப்பவர்
category-association = சுரங்கத் தொழிலாளர் சங்கம்
category-research = ஆராய்ச்சி மற்றும் அறிவு மையம்

## Regions

region-africa = ஆப்பிரிக்கா
region-south-america = தென் அமெரிக்கா
region-north-america = வட அமெரிக்கா
region-europe = ஐரோப்பா
region-asia = ஆசியா
region-global = உலகம் முழுவதும்

## Organisation statuses

status-active = செயல்பாட்டில்
status-closed = மூடப்பட்டது
status-renamed = பெயர் மாற்றப்பட்டது
status-unidentified = அடையாளம் காண முடியவில்லை
status-unconfirmed = எங்கள் மூலங்களால் உறுதிப்படுத்தப்படவில்லை (உரையைப் பார்க்கவும்)

## Case-study topics

topic-sediment = வண்டலும் சேறும்
topic-water = நீரும் குளங்களும்
topic-waste = கழிவுகளும் வேதிப்பொருட்களும்
topic-forests-wildlife = காடுகளும் வனவிலங்குகளும்
topic-reclamation = நிலத்தை மீட்டெடுத்தல்
topic-cooperatives = கூட்டுறவுகள்
topic-funding = நிதியும் விலைகளும்
topic-health-safety = உடல்நலமும் பாதுகாப்பும்
topic-other = மற்றவை

## Contribution statuses

submission-pending = மதிப்பாய்வுக்குக் காத்திருக்கிறது
submission-approved = ஏற்கப்பட்டது
submission-rejected = நிராகரிக்கப்பட்டது
submission-withdrawn = திரும்பப் பெறப்பட்டது

## Texts the Telegram adapter sends on its own

button-expired = இந்தப் பொத்தான் காலாவதியாகிவிட்டது. கட்டளையை மீண்டும் அனுப்புங்கள்.
button-unknown = இந்தப் பொத்தான் அடையாளம் காணப்படவில்லை.
telegram-failure = மன்னிக்கவும், ஏதோ தவறு நடந்தது. பின்னர் மீண்டும் முயற்சிக்கவும்.

## நிபுணர்களுக்கான கேள்விகள் (/ask, /answer, /questions, /publish) — வரைவு

about-ask = ஒருவரிடம் கேளுங்கள்: எங்கள் நிபுணர்களுக்கு ஒரு கேள்வி
arg-question = உங்கள் கேள்வி
about-questions = நிபுணருக்காகக் காத்திருக்கும் கேள்விகள்
about-answer = ஒரு கேள்விக்குப் பதில் அளிக்க
about-publish = பதில் அளிக்கப்பட்ட கேள்வியைத் தேடக்கூடியதாக்க
about-unpublish = வெளியிட்ட பதிலைத் திரும்பப் பெற
arg-ref-text = குறிப்பு எண்ணும் பதிலும்
arg-ref = குறிப்பு எண்
experts-heading = நிபுணர்களுக்கு
kind-answer = நிபுணர் பதில்
ask-a-person = ஒருவரிடம் கேளுங்கள்
example-question = வண்டல் படியும் குளம் எவ்வளவு ஆழமாக இருக்கலாம்?
questions-disabled = நிபுணர்களுக்கான கேள்விகள் இங்கு இயக்கப்படவில்லை.
experts-only = நிபுணர்கள் மட்டுமே அதைச் செய்ய முடியும்.
ask-usage = கட்டளைக்குப் பிறகு உங்கள் கேள்வியை எழுதுங்கள், எடுத்துக்காட்டு: { $example }
ask-received = நன்றி! உங்கள் கேள்வி கிடைத்தது, குறிப்பு எண் { $reference }. ஒரு நிபுணர் பதில் அளிப்பார்; பதில் தனிப்பட்ட செய்தியில் உங்களுக்கு வரும்.
ask-received-here = நன்றி! உங்கள் கேள்வி கிடைத்தது, குறிப்பு எண் { $reference }. ஒரு நிபுணர் பதில் அளிப்பார்; பதில் இங்கே வரும்.
ask-duplicate = இந்தக் கேள்வியை ஏற்கனவே கேட்டீர்கள்: குறிப்பு எண் { $reference }. ஒரு நிபுணர் பதில் அளிப்பார்.
ask-rate-limited = கடந்த ஒரு மணி நேரத்தில் நீங்கள் பல கேள்விகள் கேட்டீர்கள். சுமார் { $minutes } நிமிடங்கள் காத்திருந்து மீண்டும் கேளுங்கள்.
ask-too-short = உங்கள் கேள்வி மிகவும் சிறியது ({ $count } எழுத்துகள்; குறைந்தது { $min }). நீங்கள் அறிய விரும்புவதைச் சொல்லுங்கள்.
ask-too-long = உங்கள் செய்தி மிக நீளமானது (அதிகபட்சம் { $max } எழுத்துகள்). தயவுசெய்து சுருக்குங்கள்.
follow-up-received = நன்றி! உங்கள் தொடர் கேள்வி { $reference } உடன் சேர்க்கப்பட்டது; நிபுணர்கள் அதைப் பார்ப்பார்கள்.
question-heading = கேள்வி { $reference }
follow-up-heading = { $reference } க்கான தொடர் கேள்வி
question-hint = { $command } மற்றும் உங்கள் பதிலுடன் பதில் அளியுங்கள், அல்லது இந்தச் செய்திக்குப் பதில் அனுப்புங்கள்.
label-asked-by = கேட்டவர்
question-digest-heading = புதிய கேள்விகள் { $count }: { $references }
answer-sent = { $reference } க்கான உங்கள் பதில் சேமிக்கப்பட்டது; கேட்டவருக்கு அது கிடைக்கும்.
answer-needs-text = குறிப்பு எண்ணுக்குப் பிறகு பதிலை எழுதுங்கள், எடுத்துக்காட்டு: { $example }
need-reference = கேள்வியின் குறிப்பு எண்ணைக் கொடுங்கள், எடுத்துக்காட்டு: { $example }
reply-to-one = ஒரே ஒரு கேள்வியின் அறிவிப்புக்குப் பதில் அனுப்புங்கள், அல்லது { $example } பயன்படுத்துங்கள்
answer-heading = உங்கள் கேள்விக்கான பதில் { $reference }
answer-for = { $name } க்கு:
answered-by = பதில் அளித்தவர் { $name }
answered-by-expert = எங்கள் நிபுணர்களில் ஒருவர் பதில் அளித்தார்
answer-hint = இது உதவியதா? ஒரு பொத்தானால் சொல்லுங்கள். மேலும் கேட்க, இந்தச் செய்திக்குப் பதில் அனுப்புங்கள் அல்லது { $command } அனுப்புங்கள்
button-helped = உதவியது
button-not-helped = உதவவில்லை
feedback-thanks = எங்களிடம் சொன்னதற்கு நன்றி.
questions-heading = திறந்த கேள்விகள் { $count }
questions-empty = நிபுணருக்காகக் காத்திருக்கும் கேள்வி எதுவும் இல்லை.
published = { $reference } வெளியிடப்பட்டது: இப்போது { $command } மூலம் கண்டுபிடிக்கலாம்
unpublished = { $reference } இனி தேடலில் வராது.
question-not-found = { $reference } என்ற கேள்வி இல்லை.
not-your-question = { $reference } கேள்வியை வேறொருவர் கேட்டார்.
question-wrong-status = { $reference } கேள்வி { $status }: அதை இப்போது செய்ய முடியாது.
question-open = நிபுணருக்காகக் காத்திருக்கிறது
question-answered = பதில் அளிக்கப்பட்டது
question-published = வெளியிடப்பட்டது
## இல்லாதது: /report (நெறியாளர்கள்) மற்றும் /forget

about-report = மக்கள் தேடியும் கிடைக்காதவை
about-forget = நிலுவையிலுள்ள உங்கள் பங்களிப்புகளிலிருந்து உங்கள் பெயரையும் உரையாடலையும் நீக்கு
arg-days = நாட்கள்
report-unavailable = இங்கே தேடல் பதிவு வைக்கப்படவில்லை: பாட்டுக்குத் தரவுத்தளம் இல்லை.
report-days-wanted = 1 முதல் { $max } வரை நாட்களின் எண்ணிக்கையைத் தாருங்கள், எடுத்துக்காட்டாக { $example }.
report-heading = கடந்த { $days } நாட்களின் தேடல்கள்
report-no-searches = இந்தக் காலத்தில் எந்தத் தேடலும் பதிவாகவில்லை.
report-totals = { $searches } தேடல்கள்: { $found } நன்றாகப் பதில் பெற்றவை, { $weak } பலவீனமாக, { $empty } எதுவும் கிடைக்காதவை.
report-misses-heading = எதுவும் அல்லது சிறிதளவே கிடைத்தவை
report-miss-line = { $count } முறை ({ $empty } எதுவும் இல்லை)
report-top-heading = அதிகம் தேடப்பட்டவை
report-top-line = { $count } முறை
report-by-language = மொழி வாரியாக: { $list }
report-by-platform = தளம் வாரியாக: { $list }
report-questions-open = வயது வாரியாகத் திறந்த கேள்விகள்: ஒரு நாளுக்குள் { $day } · 1–7 நாட்கள் { $week } · 7–30 நாட்கள் { $month } · அதற்கு மேல் { $older }
report-helpful = உதவியது எனக் குறிக்கப்பட்ட பதில்கள்: மதிப்பிடப்பட்ட { $count } இல் { $percent } %.
forget-done = முடிந்தது: நிலுவையிலுள்ள உங்கள் { $count } பங்களிப்புகளிலிருந்து உங்கள் பெயரும் உரையாடலும் நீக்கப்பட்டன. அவை உங்கள் பெயரின்றி மதிப்பாய்வு வரிசையில் இருக்கும்; முடிவு இங்கே உங்களுக்குத் தெரிவிக்கப்படாது, ஆனால் /mine அதைக் காட்டும்.
forget-nothing = நீக்க எதுவும் இல்லை: நிலுவையிலுள்ள உங்கள் பங்களிப்புகள் எதிலும் உங்கள் பெயரோ உரையாடலோ இல்லை. தேடல்கள் ஒருபோதும் உங்கள் பெயருடனோ கணக்குடனோ சேமிக்கப்படுவதில்லை.
forget-done-questions = நிலுவையிலுள்ள உங்கள் { $count } கேள்விகளிலிருந்து உங்கள் பெயர் நீக்கப்பட்டது; பதில் இன்னும் உங்களுக்கு வரும்.

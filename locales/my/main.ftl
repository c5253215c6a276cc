### Miners' Guide: every text the bot shows, in Burmese (Unicode, not Zawgyi).
### DRAFT: written without a native speaker's check. A reviewer who has read every line
### changes the next line to `### review: reviewed` (and says so in the commit message).
### review: draft
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence.

## Conversation, search and cards

welcome = မင်္ဂလာပါ! ကျွန်ုပ်သည် Miners' Guide ဖြစ်ပြီး လက်မှုနှင့် အသေးစား ကျောက်မျက်ရတနာ တူးဖော်သူများနှင့် ၎င်းတို့၏ သမဝါယမအဖွဲ့များအတွက် အကူအညီပေးသူ ဖြစ်ပါသည်။ ကူညီနိုင်သော အဖွဲ့အစည်းများ၊ လက်တွေ့လမ်းညွှန်များ (နုန်း၊ ရေ၊ လိုင်စင်၊ ငွေကြေး၊ ဘေးကင်းရေး…) နှင့် တကယ့်ဖြစ်ရပ်လေ့လာချက်များကို ရင်းမြစ်များနှင့်တကွ သိပါသည်။
ask-private = သင့်မေးခွန်းကို သင့်စကားဖြင့် ရေးပါ၊ ဥပမာ - { $example }
example-query = ရွှံ့များ မြစ်ထဲ မဝင်အောင် ဘယ်လို တားမလဲ
ask-group = အုပ်စုထဲတွင် သင့်စာကို /find ဖြင့် စပါ သို့မဟုတ် ကျွန်ုပ်ကို ဖော်ပြပါ။
commands-heading = အမိန့်များ
about-start = ကြိုဆိုခြင်းနှင့် ဘော့ကို အသုံးပြုပုံ
about-help = ဤအမိန့်စာရင်း
about-find = အားလုံးတွင် ရှာပါ
about-org = အဖွဲ့အစည်းတစ်ခု၏ ကတ်
about-orgs = အဖွဲ့အစည်းများ၊ အမျိုးအစား သို့မဟုတ် ဒေသအလိုက်
about-topics = လက်တွေ့လမ်းညွှန်များ
about-guide = လမ်းညွှန်တစ်ခု ဖတ်ပါ
about-cases = ဖြစ်ရပ်လေ့လာချက်များ
about-country = နိုင်ငံတစ်ခု၏ စည်းမျဉ်းများ- လိုင်စင်၊ အဖွဲ့များ၊ ရောင်းချနိုင်သည့်နေရာ
about-language = ဘာသာစကား ရွေးပါ
arg-query = မေးခွန်း
arg-name = အမည်
arg-filter = အမျိုးအစား သို့မဟုတ် ဒေသ
arg-topic = ခေါင်းစဉ်
arg-code = ကုဒ်
arg-case = ဖြစ်ရပ်
arg-country = နိုင်ငံ
find-empty = ဘာကို ရှာရမလဲ။ /find နောက်တွင် ရေးပါ၊ ဥပမာ - { $example }
empty-message = သင့်စာ ဗလာဖြစ်နေသည်။ မေးခွန်းတစ်ခု ရေးပါ သို့မဟုတ် ကျွန်ုပ် ဘာလုပ်နိုင်သည်ကို ကြည့်ရန် /help။
no-results = “{ $query }” အတွက် ဘာမှ မတွေ့ပါ။
did-you-mean = ဤသည်ကို ဆိုလိုပါသလား -
try-topics = သို့မဟုတ် ခေါင်းစဉ်တစ်ခုမှ စပါ -
results-others = “{ $query }” အတွက် အခြားရလဒ်များ ({ $total } ခုအနက် { $first }–{ $last }) -
find-dont-know = “{ $query }” ၏ အဖြေကို ကျွန်ုပ် မသိပါ - ကျွန်ုပ်ထံရှိသည့် မည်သည့်အရာမှ ၎င်းအကြောင်း မဟုတ်ပါ။
find-nearest = ကျွန်ုပ်ထံရှိသည့် အနီးစပ်ဆုံး ခေါင်းစဉ်များ -
find-offer = ဤအကြောင်းကို ဤနေရာတွင် မည်သူမျှ မရေးရသေးပါ။ အလုပ်ဖြစ်သည့်နည်းကို သင်သိလျှင် /share ဖြင့် အခြားသူများကို ပြောပြပါ၊ သို့မဟုတ် /topics ဖြင့် ခေါင်းစဉ်အားလုံးကို ကြည့်ပါ။
offer-share = သင်သိသည်ကို မျှဝေပါ
find-offer-ask = ဤအကြောင်းကို ဤနေရာတွင် မည်သူမျှ မရေးရသေးပါ။ သိသူတစ်ဦးက သင့်ကို ဖြေပေးနိုင်ပါသည်: “လူတစ်ဦးကို မေးပါ” ကို နှိပ်ပါ သို့မဟုတ် { $command } ကို ပို့ပါ။ /topics ဖြင့် ခေါင်းစဉ်အားလုံးကို ကြည့်နိုင်သည်၊ သို့မဟုတ် /share ဖြင့် အလုပ်ဖြစ်သည့်နည်းကို အခြားသူများအား ပြောပြနိုင်သည်။
find-only-filler = မင်္ဂလာပါ။ ဘာကို သိချင်ပါသလဲ။ စကားလုံးအနည်းငယ်ဖြင့် မေးပါ၊ ဥပမာ - { $example }
results-heading = “{ $query }” အတွက် ရလဒ်များ ({ $total } ခုအနက် { $first }–{ $last })
no-more-results = “{ $query }” အတွက် နောက်ထပ် ရလဒ် မရှိတော့ပါ။
more = နောက်ထပ်
open = ဖွင့်ပါ -
kind-org = အဖွဲ့အစည်း
kind-guide = လမ်းညွှန်
kind-case = ဖြစ်ရပ်လေ့လာချက်
kind-country = နိုင်ငံ
category = အမျိုးအစား
country = နိုင်ငံ
status = အခြေအနေ
website = ဝက်ဘ်ဆိုက်
as-of = { $date } အထိ
sources = ရင်းမြစ်များ
checked = { $date } တွင် ဖတ်ခဲ့သည်
full-text-in-english = စာသားအပြည့်အစုံကို အင်္ဂလိပ်ဘာသာဖြင့်သာ ရနိုင်သည် -
org-needs-name = မည်သည့်အဖွဲ့အစည်းလဲ။ ဥပမာ - /org mintek။ /orgs က အားလုံးကို ပြသည်။
org-not-found = “{ $name }” ဟုခေါ်သော အဖွဲ့အစည်းကို မသိပါ။
closest-matches = အနီးစပ်ဆုံး ရလဒ်များ -
orgs-heading = အဖွဲ့အစည်းများ
orgs-filter-hint = အမျိုးအစား သို့မဟုတ် ဒေသအလိုက် စာရင်းကို ချဲ့ချုံ့ပါ၊ ဥပမာ /orgs consulting သို့မဟုတ် /orgs asia။
orgs-unknown-filter = “{ $filter }” အမျိုးအစား သို့မဟုတ် ဒေသကို မသိပါ။
categories-label = အမျိုးအစားများ -
regions-label = ဒေသများ -
orgs-none = “{ $filter }” နှင့် ကိုက်ညီသော အဖွဲ့အစည်း မရှိသေးပါ။
topics-heading = လက်တွေ့လမ်းညွှန်များ
topics-hint = /guide နှင့် ၎င်း၏အမည်ဖြင့် တစ်ခုကို ဖွင့်ပါ၊ ဥပမာ /guide sediment။
guide-needs-topic = မည်သည့်ခေါင်းစဉ်လဲ။ တစ်ခု ရွေးပါ -
guide-not-found = “{ $name }” ဟုခေါ်သော လမ်းညွှန် မရှိပါ။
cases-heading = ဖြစ်ရပ်လေ့လာချက်များ
cases-hint = /cases နှင့် ၎င်း၏အမည်ဖြင့် တစ်ခုကို ဖွင့်ပါ၊ ဥပမာ { $example }။
case-not-found = “{ $name }” ဟုခေါ်သော ဖြစ်ရပ်လေ့လာချက် မရှိပါ။
countries-heading = နိုင်ငံ စာမျက်နှာများ
country-not-found = “{ $name }” အတွက် နိုင်ငံ စာမျက်နှာ မရှိပါ။
language-choose = သင့်ဘာသာစကားကို ရွေးပါ -
language-set = ယခုမှစ၍ မြန်မာဘာသာဖြင့် ဖြေပါမည်။
language-unknown = “{ $code }” ဘာသာစကားကို မပြောတတ်သေးပါ။
draft-notice = ဤဘာသာပြန်သည် မူကြမ်းဖြစ်ပြီး မိခင်ဘာသာစကားပြောသူ မစစ်ဆေးရသေးပါ - အင်္ဂလိပ်အတွက် /language en၊ ပြင်သစ်အတွက် /language fr။
unknown-command = { $command } အမိန့်ကို မသိပါ။ အမိန့်များကို ကြည့်ရန် /help ဟု ရေးပါ။
query-shortened = သင့်စာ အလွန်ရှည်သဖြင့် ပထမ စာလုံး { $count } လုံးကိုသာ ရှာခဲ့သည်။
internal-error = စိတ်မကောင်းပါ၊ ကျွန်ုပ်ဘက်တွင် တစ်ခုခု မှားသွားသည်။ ခဏနေ ထပ်ကြိုးစားပါ။
deep-link-unknown = ထိုလင့်ခ်သည် ကျွန်ုပ် မသိသော အရာကို ညွှန်ပြနေသည်။
nothing-more = ပြစရာ နောက်ထပ် မရှိတော့ပါ။ ဦးစွာ /find ဖြင့် ရှာပါ။
all-topics = ခေါင်းစဉ်အားလုံး
all-orgs = အဖွဲ့အစည်းအားလုံး
all-cases = ဖြစ်ရပ်လေ့လာချက်အားလုံး
moderators-only = စီမံသူများသာ ထိုသို့ လုပ်နိုင်သည်။
console-intro = မေးခွန်းတစ်ခု ရေးပါ၊ အမိန့်များအတွက် /help၊ ထွက်ရန် /quit။
about-share = သင့်အတွက် အောင်မြင်ခဲ့သည်ကို မျှဝေပါ (ဖြစ်ရပ်လေ့လာချက်)
about-mine = သင့်ပံ့ပိုးမှုများနှင့် ၎င်းတို့၏ အခြေအနေ
about-withdraw = စိစစ်ရန် စောင့်ဆိုင်းနေဆဲ ပံ့ပိုးမှုကို ပြန်ရုပ်သိမ်းပါ
about-cancel = လုပ်ဆောင်နေသည်ကို ရပ်ပါ
about-pending = စိစစ်ရန် စောင့်ဆိုင်းနေသော ပံ့ပိုးမှုများ
about-review = ပံ့ပိုးမှုတစ်ခုကို အပြည့်အစုံ ဖတ်ပါ
about-approve = ပံ့ပိုးမှုကို အတည်ပြုပြီး ထုတ်ဝေပါ
about-reject = အကြောင်းပြချက်နှင့်အတူ ပံ့ပိုးမှုကို ပယ်ချပါ
about-reopen = ဆုံးဖြတ်ချက်ကို ပြန်ဖွင့်ပါ
about-stats = အခြေအနေအလိုက် ပံ့ပိုးမှု အရေအတွက်
arg-story = သင့်ဇာတ်လမ်း
arg-number = နံပါတ်
arg-number-note = နံပါတ်နှင့် မှတ်ချက်
arg-number-reason = နံပါတ်နှင့် အကြောင်းပြချက်
arg-page = စာမျက်နှာ
moderators-heading = စီမံသူများအတွက်
sharing-disabled = ဤနေရာတွင် ပံ့ပိုးမှုများကို ဖွင့်မထားပါ။
share-received = ကျေးဇူးတင်ပါသည်! လက်ခံရရှိပြီး၊ ရည်ညွှန်းနံပါတ် { $reference }။ စီမံသူတစ်ဦးက စိစစ်မည်ဖြစ်ပြီး ရလဒ်ကို သင့်အား အကြောင်းကြားပါမည်။
share-too-short = သင့်ဇာတ်လမ်းသည် အသုံးဝင်ရန် တိုလွန်းသည် (စာလုံး { $count } လုံး၊ အနည်းဆုံး { $min })။ ပြဿနာက ဘာလဲ၊ ဘာလုပ်ခဲ့သလဲ၊ ဘာပြောင်းလဲသွားသလဲ ပြောပါ။
share-too-long = ပံ့ပိုးမှုတစ်ခုအတွက် သင့်ဇာတ်လမ်း ရှည်လွန်းသည် (စာလုံး { $count } လုံး၊ အများဆုံး { $max })။ ကျေးဇူးပြု၍ တိုအောင် လုပ်ပါ။
share-rate-limited = နောက်ဆုံးတစ်နာရီအတွင်း ပံ့ပိုးမှုများစွာ ပို့ခဲ့ပြီ။ နောက်တစ်ခု မပို့မီ { $minutes } မိနစ်ခန့် စောင့်ပါ။
slow-down = ကျွန်ုပ် လူတိုင်းကို ဖြေနိုင်သည်ထက် မြန်မြန် စာပို့နေသည်။ { $seconds } စက္ကန့် စောင့်ပြီးမှ ထပ်ကြိုးစားပါ။
share-duplicate = ဤစာသားကို ပို့ပြီးဖြစ်သည် - { $reference } အဖြစ် လက်ခံရရှိခဲ့သည်။
try-again = ယခု သိမ်းဆည်း၍ မရပါ၊ ဘာမှ မသိမ်းရသေးပါ။ ခဏနေ ထပ်ကြိုးစားပါ။
share-invalid = ထိုပံ့ပိုးမှုကို လက်ခံ၍ မရပါ - { $problem }။
share-group = ဤအုပ်စုကို ဖတ်ရလွယ်စေရန် သင့်ဇာတ်လမ်းကို စာတစ်စောင်တည်းဖြင့် မျှဝေပါ - { $example }။ သို့မဟုတ် ကျွန်ုပ်နှင့် သီးသန့်စကားဝိုင်းတွင် ဆက်လုပ်ပါ။
share-group-notice = အုပ်စုထဲတွင် ဇာတ်လမ်းမျှဝေရန် တောင်းဆိုခဲ့သည်၊ ဤနေရာတွင် တစ်ဆင့်ချင်း ဆက်လုပ်ကြစို့။
flow-topic = သင့်ဇာတ်လမ်းက ဘာအကြောင်းလဲ။ ခေါင်းစဉ်တစ်ခု ရွေးပါ (အမည် သို့မဟုတ် နံပါတ် ရေးပါ)၊ သို့မဟုတ် /cancel။
flow-place = ဘယ်မှာ ဖြစ်ခဲ့သလဲ။ ရွာ၊ ခရိုင် သို့မဟုတ် နိုင်ငံ — သို့မဟုတ် /skip။
flow-story = ယခု သင့်ဇာတ်လမ်းကို ပြောပါ - ပြဿနာက ဘာလဲ၊ ဘာလုပ်ခဲ့သလဲ၊ ဘာပြောင်းလဲသွားသလဲ။ (အနည်းဆုံး စာလုံး { $min } လုံး)
flow-photo = ယခု ဓာတ်ပုံတစ်ပုံ ပို့နိုင်သည်၊ သို့မဟုတ် /skip။
flow-confirm = ဤသည်မှာ သင့်ပံ့ပိုးမှု ဖြစ်သည်။ သင့်အမည်ဖြင့် သို့မဟုတ် အမည်မဖော်ဘဲ ပို့ပါ၊ သို့မဟုတ် /cancel။
flow-topic-unknown = ထိုခေါင်းစဉ်ကို မသိပါ။ ဤအထဲမှ တစ်ခု ရွေးပါ -
flow-place-too-long = ထိုနေရာအမည် ရှည်လွန်းသည် (အများဆုံး စာလုံး { $max } လုံး)။ တိုအောင် ရေးပါ၊ သို့မဟုတ် /skip။
flow-draft-kept = သင့်မူကြမ်းကို သိမ်းထားသည် - နောက်မှ /send ကို ထပ်ပို့ပါ၊ သို့မဟုတ် /cancel။
send-with-name = ကျွန်ုပ်အမည်ဖြင့် ပို့ပါ
send-anonymously = အမည်မဖော်ဘဲ ပို့ပါ
cancel = ပယ်ဖျက်ပါ
skip = ကျော်ပါ
cancelled = ပယ်ဖျက်ပြီး။ ဘာမှ မပို့ရသေးပါ။
nothing-to-cancel = ပယ်ဖျက်စရာ မရှိပါ။
label-topic = ခေါင်းစဉ်
label-place = နေရာ
label-story = ဇာတ်လမ်း
label-author = ပို့သူ
label-credit = ချီးကျူးဖော်ပြချက်
label-anonymous = အမည်မဖော်
label-photos = ပူးတွဲဖိုင်များ
label-status = အခြေအနေ
label-sent = ပို့ခဲ့သည့်ရက်
label-decision = ဆုံးဖြတ်ချက်
mine-heading = သင့်ပံ့ပိုးမှုများ
mine-empty = သင် ဘာမှ မမျှဝေရသေးပါ။ သင့်အတွက် အောင်မြင်ခဲ့သည်ကို မျှဝေရန် { $command } ကို သုံးပါ။
need-number = ပံ့ပိုးမှုနံပါတ် ပေးပါ၊ ဥပမာ { $example }။
not-found = ပံ့ပိုးမှု { $reference } မရှိပါ။
not-yours = { $reference } သည် သင့်ပံ့ပိုးမှု မဟုတ်ပါ။
wrong-status = { $reference } သည် { $status } ဖြစ်နေသည် - ယခု မလုပ်နိုင်ပါ။
withdrawn = { $reference } ကို ပြန်ရုပ်သိမ်းပြီး။
own-submission = သင့်ကိုယ်ပိုင် ပံ့ပိုးမှု { $reference } ကို သင် ဆုံးဖြတ်၍ မရပါ - အခြားစီမံသူ ဆုံးဖြတ်ရမည်။
pending-heading = စိစစ်ရန် စောင့်ဆိုင်းနေသည် - { $count }
pending-empty = စိစစ်ရန် ဘာမှ စောင့်ဆိုင်းမနေပါ။
next-page = နောက်စာမျက်နှာ
review = စိစစ်ပါ
approve = အတည်ပြုပါ
reject = ပယ်ချပါ
reopen = ပြန်ဖွင့်ပါ
review-heading = ပံ့ပိုးမှု { $reference }
decided-approved = { $reference } ကို { $moderator } က { $date } တွင် အတည်ပြုခဲ့သည်။
decided-rejected = { $reference } ကို { $moderator } က { $date } တွင် ပယ်ချခဲ့သည်။ အကြောင်းပြချက် - { $reason }
decided-reopened = { $reference } ကို { $moderator } က { $date } တွင် ပြန်ဖွင့်ခဲ့သည် - စိစစ်ရန် ထပ်မံ စောင့်ဆိုင်းနေသည်။
ask-reason = { $reference } ကို ပယ်ချရသည့် အကြောင်းပြချက်ကို နောက်စာတွင် ပို့ပါ (ပံ့ပိုးသူ မြင်ရမည်)၊ သို့မဟုတ် /cancel။
stats-heading = ပံ့ပိုးမှုများ
stats-line = စောင့်ဆိုင်း { $pending } · အတည်ပြု { $approved } · ပယ်ချ { $rejected } · ရုပ်သိမ်း { $withdrawn } · စုစုပေါင်း { $total }
announce-heading = ပံ့ပိုးမှုအသစ် { $reference }
announce-hint = { $approve } သို့မဟုတ် { $reject } ဖြင့် ဆုံးဖြတ်ပါ။
digest-heading = ပံ့ပိုးမှုအသစ် { $count } ခု - { $references }
digest-hint = ၎င်းတို့ကို { $command } ဖြင့် ကြည့်ပါ။
outcome-approved = သတင်းကောင်း - သင့်ပံ့ပိုးမှု { $reference } ကို အတည်ပြုပြီး ယခု ဖြစ်ရပ်လေ့လာချက်များထဲတွင် ပါဝင်ပြီ။ မျှဝေပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်!
outcome-rejected = သင့်ပံ့ပိုးမှု { $reference } ကို လက်မခံခဲ့ပါ။ အကြောင်းပြချက် - { $reason }
outcome-reopened = သင့်ပံ့ပိုးမှု { $reference } ကို ထပ်မံ စိစစ်နေသည်။
moderator-note = စီမံသူ၏ မှတ်ချက် - { $note }
shared-by = မျှဝေသူ { $name }
shared-anonymously = အမည်မဖော်ဘဲ မျှဝေခဲ့သည်
community-case = တူးဖော်သူတစ်ဦးက ဤဘော့မှတစ်ဆင့် မျှဝေပြီး စီမံသူတစ်ဦးက အတည်ပြုခဲ့သည်။

## Organisation categories

category-advocacy = အခွင့်အရေး ထောက်ခံရေး
category-regional-centre = ဒေသဆိုင်ရာ အရင်းအမြစ်စင်တာ
category-consulting = အတိုင်ပင်ခံ
category-ngo = ဖွံ့ဖြိုးရေးအဖွဲ့ (NGO)
category-industry = စက်မှုလုပ်ငန်းအဖွဲ့ သို့မဟုတ် ဓာတ်ခွဲခန်း
category-government = အစိုးရ အာဏာပိုင်
category-funder = ရန်ပုံငွေ ပေးသူ
category-association = တူးဖော်သူများ အသင်း
category-research = သုတေသနနှင့် အသိပညာ စင်တာ

## Regions

region-africa = အာဖရိက
region-south-america = တောင်အမေရိက
region-north-america = မြောက်အမေရိက
region-europe = ဥရောပ
region-asia = အာရှ
region-global = ကမ္ဘာတစ်ဝှမ်း

## Organisation statuses

status-active = လုပ်ဆောင်နေဆဲ
status-closed = ပိတ်သိမ်းပြီး
status-renamed = အမည်ပြောင်းပြီး
status-unidentified = ခွဲခြားသိရှိ၍ မရပါ
status-unconfirmed = ကျွန်ုပ်တို့၏ ရင်းမြစ်များက အတည်မပြုရသေးပါ (စာသားကို ကြည့်ပါ)

## Case-study topics

topic-sediment = နုန်းနှင့် ရွှံ့
topic-water = ရေနှင့် ကန်များ
topic-waste = စွန့်ပစ်ပစ္စည်းနှင့် ဓာတုပစ္စည်း
topic-forests-wildlife = သစ်တောနှင့် တောရိုင်းတိရစ္ဆာန်
topic-reclamation = မြေပြန်လည်ထူထောင်ခြင်း
topic-cooperatives = သမဝါယမအဖွဲ့များ
topic-funding = ငွေကြေးနှင့် ဈေးနှုန်း
topic-health-safety = ကျန်းမာရေးနှင့် ဘေးကင်းရေး
topic-other = အခြား

## Contribution statuses

submission-pending = စိစစ်ရန် စောင့်ဆိုင်းနေသည်
submission-approved = အတည်ပြုပြီး
submission-rejected = ပယ်ချပြီး
submission-withdrawn = ရုပ်သိမ်းပြီး

## Texts the Telegram adapter sends on its own

button-expired = ဤခလုတ် သက်တမ်းကုန်သွားပြီ။ အမိန့်ကို ထပ်ပို့ပါ။
button-unknown = ဤခလုတ်ကို မသိပါ။
telegram-failure = စိတ်မကောင်းပါ၊ တစ်ခုခု မှားသွားသည်။ နောက်မှ ထပ်ကြိုးစားပါ။

## ကျွမ်းကျင်သူများထံ မေးခွန်းများ (/ask, /answer, /questions, /publish) — မူကြမ်း

about-ask = လူတစ်ဦးကို မေးပါ: ကျွန်ုပ်တို့၏ ကျွမ်းကျင်သူများထံ မေးခွန်း
arg-question = သင့်မေးခွန်း
about-questions = ကျွမ်းကျင်သူကို စောင့်နေသော မေးခွန်းများ
about-answer = မေးခွန်းကို ဖြေရန်
about-publish = ဖြေပြီးသော မေးခွန်းကို ရှာဖွေနိုင်အောင် လုပ်ရန်
about-unpublish = ထုတ်ပြန်ထားသော အဖြေကို ပြန်ရုပ်သိမ်းရန်
arg-ref-text = ရည်ညွှန်းနံပါတ်နှင့် အဖြေ
arg-ref = ရည်ညွှန်းနံပါတ်
experts-heading = ကျွမ်းကျင်သူများအတွက်
kind-answer = ကျွမ်းကျင်သူ၏ အဖြေ
ask-a-person = လူတစ်ဦးကို မေးပါ
example-question = နုန်းထိုင်ကန် ဘယ်လောက်နက်နိုင်သလဲ?
questions-disabled = ကျွမ်းကျင်သူများထံ မေးခွန်းများကို ဤနေရာတွင် ဖွင့်မထားပါ။
experts-only = ကျွမ်းကျင်သူများသာ ထိုသို့ လုပ်နိုင်သည်။
ask-usage = အမိန့်၏နောက်တွင် သင့်မေးခွန်းကို ရေးပါ၊ ဥပမာ: { $example }
ask-received = ကျေးဇူးတင်ပါသည်! သင့်မေးခွန်းကို လက်ခံရရှိပြီး၊ ရည်ညွှန်းနံပါတ် { $reference }။ ကျွမ်းကျင်သူတစ်ဦးက ဖြေမည်ဖြစ်ပြီး အဖြေကို သီးသန့်စာဖြင့် ရရှိပါမည်။
ask-received-here = ကျေးဇူးတင်ပါသည်! သင့်မေးခွန်းကို လက်ခံရရှိပြီး၊ ရည်ညွှန်းနံပါတ် { $reference }။ ကျွမ်းကျင်သူတစ်ဦးက ဖြေမည်ဖြစ်ပြီး အဖြေသည် ဤနေရာသို့ ရောက်လာပါမည်။
ask-duplicate = ဤမေးခွန်းကို သင် မေးပြီးပါပြီ: ရည်ညွှန်းနံပါတ် { $reference }။ ကျွမ်းကျင်သူတစ်ဦးက ဖြေပါမည်။
ask-rate-limited = ပြီးခဲ့သော တစ်နာရီအတွင်း မေးခွန်းများစွာ မေးခဲ့ပါသည်။ မိနစ် { $minutes } ခန့် စောင့်ပြီး ထပ်မေးပါ။
ask-too-short = သင့်မေးခွန်း တိုလွန်းသည် (စာလုံး { $count }; အနည်းဆုံး { $min })။ သိလိုသည်ကို ပြောပါ။
ask-too-long = သင့်စာ ရှည်လွန်းသည် (အများဆုံး စာလုံး { $max })။ တိုအောင် ပြင်ပါ။
follow-up-received = ကျေးဇူးတင်ပါသည်! သင့်ဖြည့်စွက်မေးခွန်းကို { $reference } တွင် ထည့်ပြီးပါပြီ; ကျွမ်းကျင်သူများ မြင်ရပါမည်။
question-heading = မေးခွန်း { $reference }
follow-up-heading = { $reference } အတွက် ဖြည့်စွက်မေးခွန်း
question-hint = { $command } နှင့် သင့်အဖြေဖြင့် ဖြေပါ၊ သို့မဟုတ် ဤစာကို ပြန်စာပို့ပါ။
label-asked-by = မေးသူ
question-digest-heading = မေးခွန်းအသစ် { $count }: { $references }
answer-sent = { $reference } အတွက် သင့်အဖြေကို သိမ်းပြီးပါပြီ; မေးသူ ရရှိပါမည်။
answer-needs-text = ရည်ညွှန်းနံပါတ်၏နောက်တွင် အဖြေကို ရေးပါ၊ ဥပမာ: { $example }
need-reference = မေးခွန်း၏ ရည်ညွှန်းနံပါတ်ကို ပေးပါ၊ ဥပမာ: { $example }
reply-to-one = မေးခွန်းတစ်ခုတည်း၏ ကြေညာချက်ကို ပြန်စာပို့ပါ၊ သို့မဟုတ် { $example } ကို သုံးပါ
answer-heading = သင့်မေးခွန်း { $reference } ၏ အဖြေ
answer-for = { $name } အတွက်:
answered-by = ဖြေဆိုသူ { $name }
answered-by-expert = ကျွန်ုပ်တို့၏ ကျွမ်းကျင်သူတစ်ဦးက ဖြေဆိုသည်
answer-hint = အထောက်အကူ ဖြစ်ပါသလား? ခလုတ်ဖြင့် ပြောပါ။ ထပ်မေးရန် ဤစာကို ပြန်စာပို့ပါ သို့မဟုတ် { $command } ပို့ပါ
button-helped = အထောက်အကူဖြစ်သည်
button-not-helped = အထောက်အကူမဖြစ်ပါ
feedback-thanks = ပြောပြသည့်အတွက် ကျေးဇူးတင်ပါသည်။
questions-heading = ဖွင့်ထားသော မေးခွန်း { $count }
questions-empty = ကျွမ်းကျင်သူကို စောင့်နေသော မေးခွန်း မရှိပါ။
published = { $reference } ကို ထုတ်ပြန်ပြီး: ယခု { $command } ဖြင့် ရှာတွေ့နိုင်သည်
unpublished = { $reference } ကို ရှာဖွေ၍ မရတော့ပါ။
question-not-found = { $reference } မေးခွန်း မရှိပါ။
not-your-question = { $reference } မေးခွန်းကို အခြားသူက မေးခဲ့သည်။
question-wrong-status = { $reference } မေးခွန်းသည် { $status }: ယခု မလုပ်နိုင်ပါ။
question-open = ကျွမ်းကျင်သူကို စောင့်နေသည်
question-answered = ဖြေပြီး
question-published = ထုတ်ပြန်ပြီး
## မရှိသေးသည်များ: /report (စီမံသူများ) နှင့် /forget

about-report = လူများ ရှာဖွေခဲ့သော်လည်း မတွေ့ခဲ့သည်များ
about-forget = စောင့်ဆိုင်းနေသော သင့်ပံ့ပိုးမှုများမှ သင့်အမည်နှင့် ချတ်ကို ဖယ်ရှားပါ
arg-days = ရက်
report-unavailable = ဤနေရာတွင် ရှာဖွေမှုမှတ်တမ်း မထားပါ: ဘော့တွင် ဒေတာဘေ့စ် မရှိပါ။
report-days-wanted = ရက်အရေအတွက် 1 မှ { $max } အထိ ပေးပါ၊ ဥပမာ { $example }။
report-heading = နောက်ဆုံး { $days } ရက်အတွင်း ရှာဖွေမှုများ
report-no-searches = ဤကာလအတွင်း ရှာဖွေမှု မှတ်တမ်းမရှိပါ။
report-totals = ရှာဖွေမှု { $searches }: { $found } ကောင်းစွာ ဖြေကြားနိုင်၊ { $weak } အားနည်းစွာ၊ { $empty } ဘာမျှမတွေ့။
report-misses-heading = ဘာမျှမတွေ့ သို့မဟုတ် အနည်းငယ်သာ တွေ့
report-miss-line = { $count } ကြိမ် ({ $empty } ဘာမျှမတွေ့)
report-top-heading = အများဆုံး ရှာဖွေခဲ့သည်များ
report-top-line = { $count } ကြိမ်
report-by-language = ဘာသာစကားအလိုက်: { $list }
report-by-platform = ပလက်ဖောင်းအလိုက်: { $list }
report-questions-open = သက်တမ်းအလိုက် ဖွင့်ထားသော မေးခွန်းများ: တစ်ရက်အောက် { $day } · 1–7 ရက် { $week } · 7–30 ရက် { $month } · ထို့ထက်ကြာ { $older }
report-helpful = အကူအညီဖြစ်သည်ဟု မှတ်သားသော အဖြေများ: အဆင့်သတ်မှတ်ထားသော { $count } ခုမှ { $percent } %။
forget-done = ပြီးပါပြီ: စောင့်ဆိုင်းနေသော သင့်ပံ့ပိုးမှု { $count } ခုမှ သင့်အမည်နှင့် ချတ်ကို ဖယ်ရှားပြီးပါပြီ။ ၎င်းတို့သည် သင့်အမည်မပါဘဲ စိစစ်ရန်တန်းစီတွင် ရှိနေမည်၊ ဆုံးဖြတ်ချက်ကို ဤနေရာတွင် အကြောင်းကြားမည်မဟုတ်သော်လည်း /mine တွင် ပြပါသည်။
forget-nothing = ဖယ်ရှားစရာ မရှိပါ: စောင့်ဆိုင်းနေသော သင့်ပံ့ပိုးမှုတစ်ခုမှ သင့်အမည် သို့မဟုတ် ချတ် မပါပါ။ ရှာဖွေမှုများကို သင့်အမည် သို့မဟုတ် အကောင့်နှင့်အတူ ဘယ်တော့မှ သိမ်းမထားပါ။
forget-done-questions = စောင့်ဆိုင်းနေသော သင့်မေးခွန်း { $count } ခုမှ သင့်အမည်ကို ဖယ်ရှားပြီးပါပြီ; အဖြေကို သင် ဆက်လက်ရရှိပါမည်။

### Miners' Guide: every text the bot shows, in English.
### A message's id is on the left of `=`; only the text on the right is translated. `{ $name }`
### is a variable the bot fills in: keep it, anywhere in the sentence. `[one]` / `*[other]` are
### plural forms (CLDR rules for the language); keep the `*` on the default.
### review: reviewed (the source language: every other file follows this one)

## Conversation, search and cards

welcome = Hello! I am Miners' Guide, a helper for artisanal and small-scale gemstone miners and their cooperatives. I know organisations that can help, practical guides (sediment, water, licences, funding, safety…) and real case studies, each with its sources.
# Variables:
#   $example - an example command or question, shown as code
ask-private = Just type your question in your own words, for example: { $example }
example-query = how to stop mud going into the river
ask-group = In a group, start your message with /find or mention me.
commands-heading = Commands
about-start = welcome and how to use the bot
about-help = this list of commands
about-find = search everything
about-org = one organisation's card
about-orgs = organisations, by category or region
about-topics = practical guides
about-guide = read one guide
about-cases = case studies
about-country = a country's rules: permits, groups, where to sell
about-language = choose the language
arg-query = question
arg-name = name
arg-filter = category or region
arg-topic = topic
arg-code = code
arg-case = case
arg-country = country
# Variables:
#   $example - an example command or question, shown as code
find-empty = What should I look for? Write it after /find, for example: { $example }
empty-message = Your message is empty. Type a question, or /help to see what I can do.
# Variables:
#   $query - what the person searched for
no-results = I found nothing for “{ $query }”.
did-you-mean = Did you mean:
try-topics = Or start from a topic:
# Variables:
#   $query - what the person searched for
#   $first - the number of the first result shown
#   $last - the number of the last result shown
#   $total - how many there are in all
results-others = Other results for “{ $query }” ({ $first }–{ $last } of { $total }):
# Variables:
#   $query - what the person searched for
find-dont-know = I don't know the answer to “{ $query }”: nothing I have is about it.
find-nearest = The nearest topics I have:
find-offer = Nobody has written about this here yet. If you know what works, tell others with /share, or look through all the topics with /topics.
offer-share = Share what you know
# Variables:
#   $example - an example command or question, shown as code
find-only-filler = Hello! What would you like to know? Ask in a few words, for example: { $example }
# Variables:
#   $query - what the person searched for
#   $first - the number of the first result shown
#   $last - the number of the last result shown
#   $total - how many there are in all
results-heading = Results for “{ $query }” ({ $first }–{ $last } of { $total })
# Variables:
#   $query - what the person searched for
no-more-results = There are no more results for “{ $query }”.
more = More
open = Open:
kind-org = organisation
kind-guide = guide
kind-case = case study
kind-country = country
category = Category
country = Country
status = Status
website = Website
# Variables:
#   $date - a date, as YYYY-MM-DD
as-of = as of { $date }
sources = Sources
# Variables:
#   $date - a date, as YYYY-MM-DD
checked = read on { $date }
full-text-in-english = The full text is only available in English:
org-needs-name = Which organisation? For example: /org mintek. /orgs lists them all.
# Variables:
#   $name - the name the person typed
org-not-found = I know no organisation called “{ $name }”.
closest-matches = These are the closest matches:
orgs-heading = Organisations
orgs-filter-hint = Narrow the list by category or region, for example /orgs consulting or /orgs africa.
# Variables:
#   $filter - the category or region the person typed
orgs-unknown-filter = I don't know the category or region “{ $filter }”.
categories-label = Categories:
regions-label = Regions:
# Variables:
#   $filter - the category or region the person typed
orgs-none = No organisation matches “{ $filter }” yet.
topics-heading = Practical guides
topics-hint = Open one with /guide and its name, for example /guide sediment.
guide-needs-topic = Which topic? Pick one:
# Variables:
#   $name - the name the person typed
guide-not-found = There is no guide called “{ $name }”.
cases-heading = Case studies
# Variables:
#   $example - an example command or question, shown as code
cases-hint = Open one with /cases and its name, for example { $example }.
# Variables:
#   $name - the name the person typed
case-not-found = There is no case study called “{ $name }”.
countries-heading = Country pages
# Variables:
#   $name - the name the person typed
country-not-found = There is no country page for “{ $name }”.
language-choose = Choose your language:
language-set = From now on I will answer in English.
# Variables:
#   $code - the language code the person typed
language-unknown = I don't speak “{ $code }” yet.
draft-notice = This translation is a draft, not yet checked by a native speaker: /language en for English, /language fr for French.
# Variables:
#   $command - a command, such as /share
unknown-command = I don't know the command { $command }. Type /help to see the commands.
# Variables:
#   $count - a number of items or characters
query-shortened = Your message was very long, so I searched for { $count ->
        [one] its first character only
       *[other] its first { $count } characters only
    }.
internal-error = Sorry, something went wrong on my side. Please try again in a moment.
deep-link-unknown = That link points to something I don't know.
nothing-more = There is nothing more to show. Search with /find first.
all-topics = All topics
all-orgs = All organisations
all-cases = All case studies
moderators-only = Only moderators can do that.
console-intro = Type a question, /help for the commands, /quit to leave.
about-share = share what worked for you (a case study)
about-mine = your contributions and their status
about-withdraw = take back a contribution still waiting for review
about-cancel = stop what is in progress
about-pending = contributions waiting for review
about-review = read one contribution in full
about-approve = approve and publish a contribution
about-reject = reject a contribution, with the reason
about-reopen = reopen a decision
about-stats = numbers of contributions by status
arg-story = your story
arg-number = number
arg-number-note = number and note
arg-number-reason = number and reason
arg-page = page
moderators-heading = For moderators
sharing-disabled = Contributions are not enabled here.
# Variables:
#   $reference - a contribution reference, such as #42
share-received = Thank you! Received, reference { $reference }. A moderator will review it and you will be told the outcome.
# Variables:
#   $min - the fewest characters accepted
#   $count - a number of items or characters
share-too-short = Your story is too short to be useful ({ $count ->
        [one] { $count } character
       *[other] { $count } characters
    }; at least { $min }). Say what the problem was, what you did and what changed.
# Variables:
#   $max - the most characters accepted
#   $count - a number of items or characters
share-too-long = Your story is too long for one contribution ({ $count ->
        [one] { $count } character
       *[other] { $count } characters
    }; at most { $max }). Please shorten it.
# Variables:
#   $minutes - a number of minutes
share-rate-limited = You have sent many contributions in the last hour. Please wait about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before sending another.
# Variables:
#   $seconds - a number of seconds
slow-down = You are sending messages faster than I can answer everyone. Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }, then try again.
# Variables:
#   $reference - a contribution reference, such as #42
share-duplicate = You already sent this text: it was received as { $reference }.
try-again = I could not save that just now, and nothing was stored. Please try again in a moment.
# Variables:
#   $problem - what is wrong with the contribution (a field and a short English phrase)
share-invalid = That contribution cannot be accepted: { $problem }.
# Variables:
#   $example - an example command or question, shown as code
share-group = To keep this group readable, please share your story in one message: { $example }. Or continue with me in a private chat.
share-group-notice = You asked to share a story in a group; let's continue here, step by step.
flow-topic = What is your story about? Choose a topic (type its name or number), or /cancel.
flow-place = Where did it happen? A village, district or country — or /skip.
# Variables:
#   $min - the fewest characters accepted
flow-story = Now tell your story: what was the problem, what did you do, what changed? (at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    })
flow-photo = You can send a photo now, or /skip.
flow-confirm = Here is your contribution. Send it with your name or anonymously, or /cancel.
flow-topic-unknown = I did not recognise that topic. Please choose one of these:
# Variables:
#   $max - the most characters accepted
flow-place-too-long = That place is too long (at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }). Please write it shorter, or /skip.
flow-draft-kept = Your draft is kept: send /send again later, or /cancel.
send-with-name = Send with my name
send-anonymously = Send anonymously
cancel = Cancel
skip = Skip
cancelled = Cancelled. Nothing was sent.
nothing-to-cancel = There is nothing to cancel.
label-topic = Topic
label-place = Place
label-story = Story
label-author = From
label-credit = Credit
label-anonymous = anonymous
label-photos = Attachments
label-status = Status
label-sent = Sent
label-decision = Decision
mine-heading = Your contributions
# Variables:
#   $command - a command, such as /share
mine-empty = You have not shared anything yet. Use { $command } to share what worked for you.
# Variables:
#   $example - an example command or question, shown as code
need-number = Please give a contribution number, for example { $example }.
# Variables:
#   $reference - a contribution reference, such as #42
not-found = There is no contribution { $reference }.
# Variables:
#   $reference - a contribution reference, such as #42
not-yours = { $reference } is not one of your contributions.
# Variables:
#   $reference - a contribution reference, such as #42
#   $status - a contribution status, already translated
wrong-status = { $reference } is { $status }: that cannot be done now.
# Variables:
#   $reference - a contribution reference, such as #42
withdrawn = { $reference } has been withdrawn.
# Variables:
#   $reference - a contribution reference, such as #42
own-submission = You cannot decide on your own contribution { $reference }: another moderator must.
# Variables:
#   $count - a number of items or characters
pending-heading = Waiting for review: { $count }
pending-empty = Nothing is waiting for review.
next-page = Next page
review = Review
approve = Approve
reject = Reject
reopen = Reopen
# Variables:
#   $reference - a contribution reference, such as #42
review-heading = Contribution { $reference }
# Variables:
#   $reference - a contribution reference, such as #42
#   $moderator - the moderator's name
#   $date - a date, as YYYY-MM-DD
decided-approved = { $reference } approved by { $moderator } on { $date }.
# Variables:
#   $reference - a contribution reference, such as #42
#   $moderator - the moderator's name
#   $date - a date, as YYYY-MM-DD
#   $reason - the reason a moderator gave
decided-rejected = { $reference } rejected by { $moderator } on { $date }. Reason: { $reason }
# Variables:
#   $reference - a contribution reference, such as #42
#   $moderator - the moderator's name
#   $date - a date, as YYYY-MM-DD
decided-reopened = { $reference } reopened by { $moderator } on { $date }: it is waiting for review again.
# Variables:
#   $reference - a contribution reference, such as #42
ask-reason = Send the reason for rejecting { $reference } in your next message (the contributor will see it), or /cancel.
stats-heading = Contributions
# Variables:
#   $pending - how many wait for review
#   $approved - how many were approved
#   $rejected - how many were rejected
#   $withdrawn - how many were withdrawn
#   $total - how many there are in all
stats-line = waiting { $pending } · approved { $approved } · rejected { $rejected } · withdrawn { $withdrawn } · total { $total }
# Variables:
#   $reference - a contribution reference, such as #42
announce-heading = New contribution { $reference }
# Variables:
#   $approve - the approve command
#   $reject - the reject command
announce-hint = Decide with { $approve } or { $reject }.
# Variables:
#   $count - a number of items or characters
#   $references - contribution references separated by spaces
digest-heading = { $count ->
        [one] { $count } new contribution
       *[other] { $count } new contributions
    }: { $references }
# Variables:
#   $command - a command, such as /share
digest-hint = See them with { $command }.
# Variables:
#   $reference - a contribution reference, such as #42
outcome-approved = Good news: your contribution { $reference } was approved and is now among the case studies. Thank you for sharing!
# Variables:
#   $reference - a contribution reference, such as #42
#   $reason - the reason a moderator gave
outcome-rejected = Your contribution { $reference } was not accepted. Reason: { $reason }
# Variables:
#   $reference - a contribution reference, such as #42
outcome-reopened = Your contribution { $reference } is being reviewed again.
# Variables:
#   $note - a moderator's note
moderator-note = Moderator's note: { $note }
# Variables:
#   $name - the name the person typed
shared-by = Shared by { $name }
shared-anonymously = Shared anonymously
community-case = Shared by a miner through this bot and approved by a moderator.

## Organisation categories

category-advocacy = Advocacy
category-regional-centre = Regional resource centre
category-consulting = Consulting
category-ngo = Development organisation (NGO)
category-industry = Industry body or laboratory
category-government = Government authority
category-funder = Funder
category-association = Miners' association
category-research = Research and knowledge centre

## Regions

region-africa = Africa
region-south-america = South America
region-north-america = North America
region-europe = Europe
region-asia = Asia
region-global = Worldwide

## Organisation statuses

status-active = active
status-closed = closed
status-renamed = renamed
status-unidentified = could not be identified
status-unconfirmed = not confirmed by our sources (see the text)

## Case-study topics

topic-sediment = Sediment and silt
topic-water = Water and ponds
topic-waste = Waste and chemicals
topic-forests-wildlife = Forests and wildlife
topic-reclamation = Reclaiming land
topic-cooperatives = Cooperatives
topic-funding = Funding and prices
topic-health-safety = Health and safety
topic-other = Other

## Contribution statuses

submission-pending = waiting for review
submission-approved = approved
submission-rejected = rejected
submission-withdrawn = withdrawn

## Texts the Telegram adapter sends on its own

button-expired = This button has expired. Please send the command again.
button-unknown = This button is not recognised.
telegram-failure = Sorry, something went wrong. Please try again later.

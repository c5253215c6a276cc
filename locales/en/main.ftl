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
#   $command - the command that asks the searched words as a question
find-offer-ask = Nobody has written about this here yet. A person who knows can answer you: tap “Ask a person” or send { $command }. You can also look through all the topics with /topics, or tell others what works with /share.
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

## Questions for experts (/ask, /answer, /questions, /publish)

about-ask = ask a person: a question for our experts
arg-question = your question
about-questions = questions waiting for an expert
about-answer = answer a question
about-publish = make an answered question searchable
about-unpublish = withdraw a published answer
arg-ref-text = reference and answer
arg-ref = reference
experts-heading = For experts
kind-answer = expert answer
ask-a-person = Ask a person
example-question = how deep can a settling pond be?
questions-disabled = Questions for experts are not enabled here.
experts-only = Only experts can do that.
# Variables:
#   $example - an example of the command
ask-usage = Write your question after the command, for example: { $example }
# Variables:
#   $reference - a question reference, such as Q-12
ask-received = Thank you! Your question was received, reference { $reference }. An expert will answer it, and the answer will come to you in a private message.
# Variables:
#   $reference - a question reference, such as Q-12
ask-received-here = Thank you! Your question was received, reference { $reference }. An expert will answer it, and the answer will come here.
# Variables:
#   $reference - a question reference, such as Q-12
ask-duplicate = You already asked this question: reference { $reference }. An expert will answer it.
# Variables:
#   $minutes - a number of minutes
ask-rate-limited = You have asked many questions in the last hour. Please wait about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and ask again.
# Variables:
#   $min - the fewest characters accepted
#   $count - a number of items or characters
ask-too-short = Your question is too short ({ $count ->
        [one] { $count } character
       *[other] { $count } characters
    }; at least { $min }). Say what you want to know.
# Variables:
#   $max - the most characters accepted
ask-too-long = Your message is too long (at most { $max } characters). Please shorten it.
# Variables:
#   $reference - a question reference, such as Q-12
follow-up-received = Thank you! Your follow-up was added to { $reference }; the experts will see it.
# Variables:
#   $reference - a question reference, such as Q-12
question-heading = Question { $reference }
# Variables:
#   $reference - a question reference, such as Q-12
follow-up-heading = Follow-up on { $reference }
# Variables:
#   $command - a command, such as /share
question-hint = Answer with { $command } and your answer, or reply to this message.
label-asked-by = Asked by
# Variables:
#   $count - a number of items or characters
#   $references - question references separated by spaces
question-digest-heading = { $count ->
        [one] { $count } new question
       *[other] { $count } new questions
    }: { $references }
# Variables:
#   $reference - a question reference, such as Q-12
answer-sent = Your answer to { $reference } was saved; the person who asked will receive it.
# Variables:
#   $example - an example of the command
answer-needs-text = Write the answer after the reference, for example: { $example }
# Variables:
#   $example - an example of the command
need-reference = Give the question's reference, for example: { $example }
# Variables:
#   $example - an example of the command
reply-to-one = Reply to the announcement of a single question, or use { $example }
# Variables:
#   $reference - a question reference, such as Q-12
answer-heading = Answer to your question { $reference }
# Variables:
#   $name - a person's name
answer-for = For { $name }:
# Variables:
#   $name - a person's name
answered-by = Answered by { $name }
answered-by-expert = Answered by one of our experts
# Variables:
#   $command - a command, such as /share
answer-hint = Did this help? Tell us with a button. To ask more, reply to this message or send { $command }
button-helped = This helped
button-not-helped = It did not
feedback-thanks = Thank you for telling us.
# Variables:
#   $count - a number of items or characters
questions-heading = { $count ->
        [one] { $count } open question
       *[other] { $count } open questions
    }
questions-empty = No question is waiting for an expert.
# Variables:
#   $reference - a question reference, such as Q-12
#   $command - a command, such as /share
published = { $reference } is published: people now find it with { $command }
# Variables:
#   $reference - a question reference, such as Q-12
unpublished = { $reference } is no longer searchable.
# Variables:
#   $reference - a question reference, such as Q-12
question-not-found = There is no question { $reference }.
# Variables:
#   $reference - a question reference, such as Q-12
not-your-question = Question { $reference } was asked by someone else.
# Variables:
#   $reference - a question reference, such as Q-12
#   $status - a status, such as answered
question-wrong-status = Question { $reference } is { $status }: that cannot be done now.
question-open = waiting for an expert
question-answered = answered
question-published = published
## Learning what is missing: /report (moderators) and /forget

about-report = what people searched for and did not find
about-forget = remove your name and chat from your pending contributions
arg-days = days
report-unavailable = No search log is kept here: the bot has no database.
# Variables:
#   $max - the largest number of days
#   $example - an example command, shown as code
report-days-wanted = Give a number of days from 1 to { $max }, for example { $example }.
# Variables:
#   $days - how many days the report covers
report-heading = { $days ->
        [one] Searches in the last day
       *[other] Searches in the last { $days } days
    }
report-no-searches = No search was recorded in this period.
# Variables:
#   $searches - how many searches in all
#   $found - how many found a good answer
#   $weak - how many found only weak answers
#   $empty - how many found nothing
report-totals = { $searches } searches: { $found } answered well, { $weak } weakly, { $empty } found nothing.
report-misses-heading = Found nothing or little
# Variables:
#   $count - how many times it was searched
#   $empty - how many of those found nothing
report-miss-line = { $count ->
        [one] once
       *[other] { $count } times
    } ({ $empty } found nothing)
report-top-heading = Searched most
# Variables:
#   $count - how many times it was searched
report-top-line = { $count ->
        [one] once
       *[other] { $count } times
    }
# Variables:
#   $list - language codes with their numbers of searches
report-by-language = By language: { $list }
# Variables:
#   $list - platform names with their numbers of searches
report-by-platform = By platform: { $list }
# Variables:
#   $day - open questions younger than a day
#   $week - open questions 1 to 7 days old
#   $month - open questions 7 to 30 days old
#   $older - open questions older than 30 days
report-questions-open = Open questions by age: under a day { $day } · 1–7 days { $week } · 7–30 days { $month } · older { $older }
# Variables:
#   $percent - a percentage, without the % sign
#   $count - how many answers were rated
report-helpful = Answers marked helpful: { $percent } % of { $count } rated.
# Variables:
#   $count - how many pending contributions were changed
forget-done = Done: your name and chat were removed from { $count ->
        [one] your pending contribution
       *[other] your { $count } pending contributions
    }. They stay in the review queue without your name; you will not be told the decision here, but /mine shows it.
forget-nothing = There was nothing to remove: none of your pending contributions carries your name or chat. Searches are never stored with your name or account.
# Variables:
#   $count - how many open questions were changed
forget-done-questions = Your name was removed from { $count ->
        [one] your open question
       *[other] your { $count } open questions
    }; the answer will still come to you.

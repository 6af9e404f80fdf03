# The core's words: dates, kinds of record, vocabularies. Shared by the pack, the CLI and
# the app. See docs/translating.md.

## Dates

# A day: 20 March 2012.
date-day = { $day } { $month } { $year }
# A month: March 2012.
date-month = { $month } { $year }
# A year on its own.
date-year = { $year }
# A range of dates.
date-range = { $from } – { $to }
# Days of one month: 10–11 April 2012.
date-span-days = { $from }–{ $to } { $month } { $year }
# Days of one year: 30 April – 2 May 2012.
date-span-months = { $from } { $monthFrom } – { $to } { $monthTo } { $year }

## Months: on their own (month-N) and in a date (month-of-N).

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December

## Kinds of record

kind-negotiation = negotiation
kind-round = round
kind-concern_area = concern area
kind-benchmark = benchmark
kind-assessment = assessment
kind-commitment = commitment
kind-incident = incident
kind-ask = ask
kind-source = source
kind-pack = pack

## Vocabularies

status-not_met = Not met
status-partially_met = Partially met
status-met = Met
status-regressed = Regressed
round-status-scheduled = Scheduled
round-status-held = Held
round-status-cancelled = Cancelled
verification-confirmed = Confirmed
verification-credible = Credible
verification-unverified = Unverified
verification-none = —
sensitivity-public = Public
sensitivity-restricted = Restricted

## Counts

count-incidents = { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }

## Problems with a record's language and translations

problem-language-tag = { $tag } is not a language tag (such as en, ru or kk)
problem-translation-own-language = is a translation into the record's own language ({ $tag }): edit the text itself instead
problem-translation-field = { $name } cannot be translated (the fields that can: { $fields })

# The readiness check: a record without a translation into the pack's language.
finding-untranslated = No translation into { $language } of: { $fields }. The pack prints the original text, marked { $mark }: add a translation to the record.

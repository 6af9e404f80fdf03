# The fixed words of a briefing pack. See docs/translating.md.

pack-eyebrow = Briefing pack
pack-title = Briefing pack: { $negotiation } — { $round }
pack-subject = Human-rights benchmarks, commitments and incidents for { $round }
# A round with its dates: Round 3 (10–11 April 2012).
round-label = { $round } ({ $dates })
page-of = Page { $page } of { $pages }

## Audience markings (cover and every footer)

marking-internal = Internal — do not distribute
marking-external = For { $party } officials
marking-external-any = For officials
restricted-mark = RESTRICTED

## Cover

cover-round = Round
cover-dates = Dates
cover-place = Place
cover-previous-round = Previous round
cover-prepared-by = Prepared by
cover-illustrative = Illustrative
cover-illustrative-value = This pack contains example material, not fact: see Illustrative material, after the contents
cover-date-prepared = Date prepared

## Illustrative material

band-illustrative = ILLUSTRATIVE — this pack contains example material, not fact: see Illustrative material, after the contents
heading-illustrative = Illustrative material
illustrative-lead = Parts of this pack are example material, not fact: invented dates, places, statuses or records. Do not use them with officials as they stand.
illustrative-library = This library
# The demo library's note on what in it is illustrative (a library setting): a pack
# prints it in its own language.
demo-library-illustrative = This is Roundbook's demo library, built from the appeal of 20 March 2012 by the Norwegian Helsinki Committee, IPHR and the Netherlands Helsinki Committee. Its concern areas, commitments and incidents come from the appeal; the rounds, their dates and places, and some marks are invented for the example.
illustrative-negotiation = Negotiation: { $title }
illustrative-area = Concern area: { $title }
illustrative-benchmark = Benchmark: { $title }
illustrative-assessment = Assessment of { $title } ({ $date })
illustrative-ask = Ask: { $text }
illustrative-outcome = What { $round } produced (the EU's statement, our asks raised)
illustrative-commitment = Commitment: { $title }
illustrative-incident = Incident: { $title } ({ $date })
illustrative-case = Case: { $title }
illustrative-case-entry = Case timeline: { $title } ({ $date })
illustrative-source = Source [{ $number }]: { $title }

## Summary

heading-contents = Contents
heading-summary = Summary
summary-lead = This pack covers { $areas ->
        [one] one concern area
       *[other] { $areas } concern areas
    } and { $benchmarks ->
        [one] one benchmark
       *[other] { $benchmarks } benchmarks
    } for { $round }.
summary-since-round = Changes are measured since { $round }.
summary-since-date = Changes are measured since { $date }.
summary-recent = { $count ->
        [0] No incident was recorded in that period.
        [one] One incident was recorded in that period.
       *[other] { $count } incidents were recorded in that period.
    }
# "3 not met": the count and the status, in lower case.
tally-status = { $count } { $status }
tally-not-assessed = { $count } not yet assessed
tally-as-of = · statuses as of { $date }
heading-scorecard = Scorecard
column-area = Concern area
column-benchmark = Benchmark
column-status-now = Status now
column-since = Since { $round }
since-round = Since { $round } ({ $date })
since-date = Since { $date }
all-dates = All dates
as-of = as of { $date }
status-not-assessed = Not assessed
heading-top-asks = Top asks
ask-this-round = (this round)

## How a benchmark moved since the previous round

change-not-assessed = Not yet assessed
change-new = No earlier assessment
change-unchanged = Unchanged: { $status }
change-better = Better (was { $was })
change-worse = Worse (was { $was })
change-better-since = Better since { $round } (was { $was })
change-worse-since = Worse since { $round } (was { $was })
change-better-since-date = Better since { $date } (was { $was })
change-worse-since-date = Worse since { $date } (was { $was })

## A concern area's section

label-background = Background
heading-benchmarks = Benchmarks
how-verified = How it is verified:
trend = Trend:
heading-commitments = Commitments and what happened
what-happened = What happened
heading-incidents-since-round = Incidents since { $round }
heading-incidents-since-date = Incidents since { $date }
heading-incidents = Incidents
no-incidents-period = No incidents recorded in this period.
column-date = Date
column-what-happened = What happened
earlier-incidents = { $count ->
        [one] One earlier incident is listed in
       *[other] { $count } earlier incidents are listed in
    }
annex-a = Annex A
asks-callout = Asks for this round
incident-involved = Involved: { $people }

## Individual cases

heading-cases = Individual cases
cases-lead = The people whose cases we raise, linked to the concern areas of this pack, with their status as of the round and how it changed.
cases-lead-anonymised = Some of them asked not to be named: their cases are described without their names.
# The heading of a case whose person is not named in the pack.
case-anonymous = Case { $number }
case-status-since = since { $date }
case-change-new = No earlier status
case-no-status = No status recorded
case-changed = Changed (was { $was })
case-changed-since = Changed since { $round } (was { $was })
case-changed-since-date = Changed since { $date } (was { $was })
column-status = Status
case-asks = Our asks for this case
summary-cases = { $count ->
        [one] One individual case is raised
       *[other] { $count } individual cases are raised
    } ({ $statuses }); { $changed ->
        [0] none changed status in that period.
        [one] one changed status in that period.
       *[other] { $changed } changed status in that period.
    }
# Printed instead of the name of a person who did not consent to be named in this pack.
name-withheld = [name withheld]

## Annexes and sources

heading-annex-incidents = Annex A — Incidents
annex-incidents-none = No incidents are linked to the selected concern areas and benchmarks.
annex-incidents-lead = Every incident linked to the selected concern areas and benchmarks, oldest first.
column-incident = Incident
column-verification = Verification
heading-annex-commitments = Annex B — Commitments
annex-commitments-none = No commitments are linked to the selected concern areas and benchmarks.
column-made = Made
column-commitment = Commitment
column-by = By / instrument
heading-sources = Sources
sources-none = No sources are cited.
sources-lead = Note numbers in the text refer to this list.
source-accessed = Accessed { $date }.

# A pack in one language whose records lack a translation into it.
untranslated-lead = Passages marked { $marks } have no English translation yet: they are given in the language they were written in.

## Why a pack could not be made. $id, $area, $round and $benchmark are records' ids, as they are.

pack-error-unknown-round = there is no round with id "{ $id }"
pack-error-unknown-area = there is no concern area with id "{ $id }"
pack-error-area-of-other-negotiation = concern area "{ $area }" belongs to another negotiation than round "{ $round }"
pack-error-unknown-benchmark = there is no benchmark with id "{ $id }"
pack-error-benchmark-outside-areas = benchmark "{ $benchmark }" belongs to concern area "{ $area }", which is not selected
pack-error-no-areas = round "{ $id }" has no concern areas to report on: add concern areas to its negotiation, or select some
# $reason is the typesetter's own description of the fault.
pack-error-render = the PDF could not be made: { $reason }
# pack --strict: the readiness check found blockers. The first: $kind (kind-…), the record's $id, the finding's $message.
pack-error-blocked = the pack was not written: the readiness check found { $count } { $count ->
        [one] blocker
       *[other] blockers
    } (the first: { $kind } { $id }: { $message })
pack-error-recorded-by-newer = pack "{ $id }" was recorded by a newer version of Roundbook (pack format { $format }; this program reads up to { $known }): update Roundbook to write it again
pack-error-compare-other-negotiation = pack "{ $id }" was made for another negotiation: the changes part compares packs of one negotiation
pack-error-compare-internal = pack "{ $id }" is an internal pack: an external pack's changes can only be shown against an earlier external pack, or they would show restricted material
pack-error-compare-other-language = pack "{ $id }" is in another language: compare with a pack in the same language
pack-error-cancelled = cancelled: nothing was written

## The part "Changes since our last briefing". $count is a number of items.
heading-changes = Changes since our last briefing
# $date: the day the earlier pack was made; $round: the title of its round.
changes-lead = Compared with our briefing pack of { $date } for { $round }.
changes-none = Nothing in this pack has changed since then.
changes-benchmarks = Benchmarks whose status changed ({ $count })
changes-status = { $was } → { $now }
changes-cases = Individual cases whose status changed ({ $count })
changes-case-new = new in this pack: { $now }
changes-case-anonymised = A person not named in this pack
changes-no-status = no status
changes-incidents-added = New incidents ({ $count })
changes-incidents-updated = Incidents updated ({ $count })
changes-incidents-removed = Incidents no longer in the pack ({ $count })
changes-commitments-added = New commitments ({ $count })
changes-commitments-updated = Commitments updated ({ $count })
changes-commitments-removed = Commitments no longer in the pack ({ $count })
changes-asks-added = New asks ({ $count })
changes-asks-reworded = Asks reworded ({ $count })
changes-asks-dropped = Asks dropped ({ $count })
changes-more = … and { $count } more.
# $text: an ask's earlier wording.
changes-was = was: “{ $text }”
# $fields: a list of changes-field values.
changes-what = changed: { $fields }
changes-field = { $field ->
        [title] title
        [occurred_on] date
        [made_on] date
        [location] place
        [summary] summary
        [people] people
        [verification] verification
        [made_by] made by
        [instrument] instrument
        [kind] kind
        [quote] quotation
       *[other] { $field }
    }

# The outcome of the previous round, in the changes part. $round: the round's title.
changes-outcome = What { $round } produced
outcome-tally = The EU raised { $raised } of our { $total } { $total ->
        [one] ask
       *[other] asks
    }{ $partly ->
        [0] {""}
       *[other] , { $partly } in part
    }{ $not_raised ->
        [0] {""}
       *[other] ; { $not_raised } not raised
    }{ $unknown ->
        [0] {""}
       *[other] ; not known for { $unknown }
    }.
outcome-raised = Raised
outcome-partly-raised = Partly raised
outcome-not-raised = Not raised
outcome-unknown = Not known
outcome-statement = The EU's statement
outcome-statement-on = The EU's statement of { $date }
outcome-commitments = { $count ->
        [one] Commitment the government made there
       *[other] Commitments the government made there
    }
outcome-debrief = From our debrief

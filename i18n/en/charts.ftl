# Charts of the pack: the status grid, the incident timelines, the asks raised at each round.
# See docs/translating.md. Chart labels are small (7–8 pt): keep them short.

## Months on a chart's axis. $month: the month's number, 1–12. $year: four digits.

chart-month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# $month: a short month name from chart-month-short.
chart-month-year = { $month } { $year }

## The status grid (summary): benchmarks down, rounds across.

chart-grid-heading = Status by round
chart-grid-lead = Each cell is a benchmark's status as of the last day of the round: its latest assessment on or before that day.
# An area's name again at the top of a grid that continues one from the page before.
chart-grid-continued = { $area } (continued)
chart-grid-earlier-rounds = { $count ->
        [one] One earlier round is not shown.
       *[other] { $count } earlier rounds are not shown.
    }
# The text alternative of the grid. $rounds: the rounds' titles; $rows: each benchmark
# with its statuses (chart-grid-alt-row), separated by semicolons.
chart-grid-alt = Status of { $count ->
        [one] one benchmark
       *[other] { $count } benchmarks
    } at { $rounds }: { $rows }.
chart-grid-alt-row = { $benchmark }: { $statuses }

## The incident timeline of a concern area: incidents per month.

# $from, $to: months (chart-month-year).
chart-timeline-title = Incidents per month, { $from } – { $to }
chart-timeline-note = Each incident is counted in the month of its earliest possible date.
chart-timeline-before = { $count ->
        [one] One earlier incident is not shown.
       *[other] { $count } earlier incidents are not shown.
    }
# $counts: each month with its count ("Jan 2012: 3"), separated by commas.
chart-timeline-alt = Incidents per month from { $from } to { $to }: { $counts }.
chart-timeline-alt-month = { $month }: { $count }
chart-timeline-alt-round = { $round } began on { $date }.

## The asks raised at each past round (summary).

chart-asks-title = Did the EU raise our asks?
chart-asks-raised = Raised
chart-asks-partly = Partly raised
chart-asks-not-raised = Not raised
chart-asks-unknown = Unknown
chart-asks-total = { $count ->
        [one] { $count } ask
       *[other] { $count } asks
    }
# $rounds: each round's line (chart-asks-alt-round), separated by semicolons.
chart-asks-alt = Whether the EU raised our asks at each past round: { $rounds }.
chart-asks-alt-round = { $round }: { $raised } raised, { $partly } partly raised, { $not_raised } not raised, { $unknown } unknown

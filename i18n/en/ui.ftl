# The desktop app's own words: screens, buttons, labels, notices. Ids start with the
# screen or component they belong to. See docs/translating.md.

## Vocabularies (lib/labels.ts)

vocab-status-not-met = Not met
vocab-status-partially-met = Partially met
vocab-status-met = Met
vocab-status-regressed = Regressed
vocab-round-status-scheduled = Scheduled
vocab-round-status-held = Held
vocab-round-status-cancelled = Cancelled
vocab-verification-confirmed = Confirmed
vocab-verification-credible = Credible
vocab-verification-unverified = Unverified
vocab-sensitivity-public = Public
vocab-sensitivity-restricted = Restricted
vocab-case-status-at-risk = At risk
vocab-case-status-detained = Detained
vocab-case-status-charged = Charged
vocab-case-status-on-trial = On trial
vocab-case-status-sentenced = Sentenced
vocab-case-status-imprisoned = Imprisoned
vocab-case-status-released = Released
vocab-case-status-acquitted = Acquitted
vocab-case-status-restricted = Under restrictions (ban, probation)
vocab-case-status-in-exile = In exile
vocab-case-status-deceased = Deceased
vocab-case-status-closed = Closed
vocab-consent-named = Named
vocab-consent-anonymised = Anonymised
vocab-consent-internal = Internal only
vocab-ask-raised-raised = Raised
vocab-ask-raised-partly-raised = Partly raised
vocab-ask-raised-not-raised = Not raised
vocab-ask-raised-unknown = Unknown
vocab-commitment-kind-pledge = Pledge
vocab-commitment-kind-legal-obligation = Legal obligation
vocab-commitment-kind-accepted-recommendation = Accepted recommendation
vocab-commitment-kind-recommendation = Recommendation
vocab-commitment-kind-statement = Statement
vocab-source-kind-report = Report
vocab-source-kind-statement = Statement
vocab-source-kind-resolution = Resolution
vocab-source-kind-news = News
vocab-source-kind-legal-text = Legal text
vocab-source-kind-observation-report = Observation report
vocab-source-kind-other = Other
vocab-audience-external = External — for officials
vocab-audience-internal = Internal — team only
vocab-audience-short-external = external
vocab-audience-short-internal = internal
vocab-paper-a4 = A4
vocab-paper-letter = Letter
vocab-kind-negotiation = Negotiation
vocab-kind-round = Round
vocab-kind-concern-area = Concern area
vocab-kind-benchmark = Benchmark
vocab-kind-assessment = Assessment
vocab-kind-commitment = Commitment
vocab-kind-incident = Incident
vocab-kind-ask = Ask
vocab-kind-round-outcome = Round outcome
vocab-kind-ask-result = Ask result
vocab-kind-case = Case
vocab-kind-case-entry = Case timeline entry
vocab-kind-source = Source
vocab-kind-pack = Pack
vocab-kinds-negotiation = Negotiations
vocab-kinds-round = Rounds
vocab-kinds-concern-area = Concern areas
vocab-kinds-benchmark = Benchmarks
vocab-kinds-assessment = Assessments
vocab-kinds-commitment = Commitments
vocab-kinds-incident = Incidents
vocab-kinds-ask = Asks
vocab-kinds-round-outcome = Round outcomes
vocab-kinds-ask-result = Ask results
vocab-kinds-case = Cases
vocab-kinds-case-entry = Case timeline entries
vocab-kinds-source = Sources
vocab-kinds-pack = Packs
vocab-incident-field-title = Title
vocab-incident-field-date = Date
vocab-incident-field-location = Place
vocab-incident-field-summary = Summary
vocab-incident-field-people = People and organisations
vocab-incident-field-area = Concern areas
vocab-incident-field-benchmark = Benchmarks
vocab-incident-field-verification = Verification
vocab-incident-field-sensitivity = Sensitivity
vocab-incident-field-source-url = Source web addresses
vocab-incident-field-source-title = Source title
vocab-incident-field-id = Incident id
vocab-incident-field-language = Language of the text
vocab-row-action-create = New
vocab-row-action-update = Updated
vocab-row-action-unchanged = Unchanged
vocab-row-action-keep = Kept as in the library
vocab-row-action-invalid = Has problems
vocab-choice-keep-mine = Keep mine
vocab-choice-take-theirs = Take theirs
vocab-choice-take-theirs-keep-restricted = Take theirs, keep it restricted
vocab-choice-keep-both = Keep both
vocab-separator-comma = comma (,)
vocab-separator-semicolon = semicolon (;)
vocab-separator-tab = tab

## Counts of records

counts-negotiations = { $count ->
        [one] { $count } negotiation
       *[other] { $count } negotiations
    }
counts-rounds = { $count ->
        [one] { $count } round
       *[other] { $count } rounds
    }
counts-concern-areas = { $count ->
        [one] { $count } concern area
       *[other] { $count } concern areas
    }
counts-benchmarks = { $count ->
        [one] { $count } benchmark
       *[other] { $count } benchmarks
    }
counts-assessments = { $count ->
        [one] { $count } assessment
       *[other] { $count } assessments
    }
counts-commitments = { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }
counts-incidents = { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }
counts-asks = { $count ->
        [one] { $count } ask
       *[other] { $count } asks
    }
counts-round-outcomes = { $count ->
        [one] { $count } round outcome
       *[other] { $count } round outcomes
    }
counts-ask-results = { $count ->
        [one] { $count } ask result
       *[other] { $count } ask results
    }
counts-cases = { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
counts-case-entries = { $count ->
        [one] { $count } timeline entry
       *[other] { $count } timeline entries
    }
counts-sources = { $count ->
        [one] { $count } source
       *[other] { $count } sources
    }
counts-packs = { $count ->
        [one] { $count } pack
       *[other] { $count } packs
    }

## The window: menu, search, notices (App.svelte)

app-skip-to-content = Skip to content
app-screen-home = Home
app-screen-rounds = Rounds
app-screen-areas = Concern areas & benchmarks
app-screen-incidents = Incidents
app-screen-cases = Cases
app-screen-commitments = Commitments
app-screen-sources = Sources
app-screen-asks = Asks
app-screen-pack = Build a pack
app-screen-settings = Settings
app-screen-search = Search
app-record-saved = { $kind ->
        [negotiation] Negotiation saved.
        [round] Round saved.
        [concern_area] Concern area saved.
        [benchmark] Benchmark saved.
        [assessment] Assessment saved.
        [commitment] Commitment saved.
        [incident] Incident saved.
        [ask] Ask saved.
        [case] Case saved.
        [case_entry] Timeline entry saved.
        [source] Source saved.
        [pack] Pack saved.
       *[other] Saved.
    }
app-record-deleted = { $kind ->
        [negotiation] Negotiation deleted.
        [round] Round deleted.
        [concern_area] Concern area deleted.
        [benchmark] Benchmark deleted.
        [assessment] Assessment deleted.
        [commitment] Commitment deleted.
        [incident] Incident deleted.
        [ask] Ask deleted.
        [case] Case deleted.
        [case_entry] Timeline entry deleted.
        [source] Source deleted.
        [pack] Pack deleted.
       *[other] Deleted.
    }
app-start-failed = Roundbook could not start
app-opening = Opening the library…
app-nav-label = Main
app-lock-now = Lock now
app-encrypted = Encrypted
app-encrypted-locks-after = Encrypted · locks after { $minutes ->
        [0] less than a minute
       *[other] { $minutes } min
    } idle
app-offline = Works offline · library on this computer
app-search-label = Search the library
app-search-placeholder = Search the library (Ctrl+K)
app-dismiss = Dismiss
app-loading = Loading…

## Home (screens/Home.svelte)

home-demo-loaded = The demo library is loaded: the EU–Kazakhstan talks of 2012.
home-empty-ready = Your library is ready. Start with a negotiation.
home-date-passed = date has passed
home-days-until = { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }
home-welcome = Welcome to Roundbook
home-welcome-lead = Keep what you know about a negotiation — concern areas, benchmarks, commitments, incidents and sources — in one library on this computer, and turn it into a sourced briefing pack for each round.
home-welcome-offline = Nothing leaves this computer: Roundbook works offline.
home-start-demo = Start with the demo library
home-start-demo-what = The EU–Kazakhstan partnership talks of 2012, from the NGOs' appeal of 20 March 2012.
home-start-empty = Start empty
home-start-empty-what = An empty library for your own negotiation.
home-next-round = Next round
home-pack-ready = Pack ready: { $count } generated, the latest { $date } ({ $audience }, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }).
home-no-pack = No pack yet for this round.
home-build-pack = Build the pack for { $round }
home-all-rounds = All rounds
home-library-empty = Your library is empty. Start with the negotiation you follow, then plan its rounds.
home-add-negotiation = Add a negotiation
home-no-round-scheduled = No round is scheduled.
home-plan-round = Plan a round
home-negotiations = Negotiations
home-add = Add
home-pack-tag = pack
home-no-rounds = No rounds yet.
home-no-negotiations = No negotiations yet.
home-recent-packs = Recent packs
home-in-library = In the library

## Rounds (screens/Rounds.svelte)

rounds-lead = Each round is one meeting of a negotiation. A pack is built for a round.
rounds-add-negotiation = Add negotiation
rounds-add-round = Add round
rounds-edit-negotiation = Edit negotiation
rounds-column-date = Date
rounds-column-round = Round
rounds-column-place = Place
rounds-column-status = Status
rounds-column-packs = Packs
rounds-column-actions = Actions
rounds-date-passed = (date passed)
rounds-build-pack = Build pack
rounds-none-planned = No rounds planned yet.
rounds-no-negotiations = No negotiations yet. Add the negotiation you follow, then its rounds.
rounds-back = All rounds
rounds-edit-round = Edit round
rounds-history = History
rounds-outcome-record = Record the outcome
rounds-outcome-edit = Edit the outcome
rounds-outcome-record-title = Record the outcome of { $round }
rounds-outcome-edit-title = Edit the outcome of { $round }
rounds-outcome-statement = The EU's statement
# $date: the day of the statement, e.g. 25 January 2012.
rounds-outcome-statement-of = The EU's statement of { $date }
rounds-outcome-no-statement = No statement recorded.
# $sources: the titles of the statement's sources, separated by semicolons.
rounds-outcome-sources = Sources: { $sources }
rounds-outcome-debrief = Debrief
rounds-outcome-debrief-restricted-note = Restricted: the debrief never leaves in a bundle unless restricted material is sent, and is never printed for an external audience
rounds-outcome-asks = Our asks
rounds-outcome-asks-help = For each ask, say whether the EU raised it. An ask left without a result is not recorded.
rounds-outcome-standing-ask = standing ask
rounds-outcome-result = Result
rounds-outcome-result-none = — not recorded —
rounds-outcome-result-sensitivity = Who may see it
rounds-outcome-choose = Choose…
rounds-outcome-choose-sensitivity = Choose who may see this result: there is no default.
rounds-outcome-evidence = Evidence (a quote or a debrief note)
rounds-outcome-evidence-example = e.g. "The EU called for an independent investigation."
rounds-outcome-no-asks = This round has no asks, and its negotiation's areas have no standing ones.
rounds-outcome-save = Save the outcome
# $raised counts the asks raised fully or partly, $total the asks with a result.
rounds-outcome-tally = The EU raised { $raised } of { $total } { $total ->
        [one] ask
       *[other] asks
    }
rounds-outcome-tally-partly = ({ $count } only partly)
rounds-outcome-no-results = No ask has a result yet.
rounds-outcome-none = No outcome recorded yet. Once the debrief is done, record what the round produced.
rounds-outcome-not-held = The outcome can be recorded once the round is held.
rounds-outcome-commitments = Commitments made at this round
# $note: what is invented, as the record says.
rounds-outcome-illustrative = Illustrative: { $note }

## Asks (screens/Asks.svelte)

asks-filter = Filter asks
asks-round = Round
asks-all = All asks
asks-standing-only = Standing asks only
asks-add = Add ask
asks-add-here = Add ask here
asks-round-only = { $round } only
asks-standing = Standing
asks-no-match = No ask matches.
asks-none = No asks yet. An ask is what you want officials to raise.

## Commitments (screens/Commitments.svelte)

commitments-filter = Filter commitments
commitments-filter-example = e.g. Madrid, action plan
commitments-area = Concern area
commitments-all-areas = All areas
commitments-add = Add commitment
commitments-column-made = Made
commitments-column-commitment = Commitment
commitments-column-made-by = Made by
commitments-column-instrument = Instrument
commitments-column-kind = Kind
commitments-quote = “{ $quote }”
commitments-no-match = No commitment matches.
commitments-none = No commitments yet.

## Sources (screens/Sources.svelte)

sources-opened-in-browser = Opened in your web browser.
sources-imported = { $created ->
        [one] Imported { $created } new source
       *[other] Imported { $created } new sources
    }{ $updated ->
        [0] {""}
       *[other] {" "}and { $updated } updated
    }.
sources-filter = Filter sources
sources-filter-example = e.g. resolution, Ashton
sources-newest-first = Newest first
sources-reading = Reading…
sources-import-zotero = Import from Zotero (CSL JSON)…
sources-export-csl = Export as CSL JSON…
sources-add = Add source
sources-column-source = Source
sources-column-publisher = Publisher
sources-column-published = Published
sources-column-kind = Kind
sources-column-url = Web address
sources-open-url = Open { $url } in your web browser
sources-no-match = No source matches.
sources-empty = No sources yet.

## Search results (screens/SearchResults.svelte)

search-searching = Searching…
search-summary = { $count ->
        [one] { $count } result
       *[other] { $count } results
    } for “{ $query }”
search-nothing = Nothing matches “{ $query }”. Every word must match the start of a word; case, accents and Kazakh letters do not matter.

## Concern areas and benchmarks (screens/Areas.svelte)

areas-filter = Filter areas and benchmarks
areas-add-area = Add concern area
areas-add-benchmark = Add benchmark
areas-list-label = Concern areas
areas-no-match = Nothing matches.
areas-none = No concern areas yet.
areas-edit-area = Edit area
areas-no-background = No background written yet.
areas-sources = Sources: { $sources }
areas-benchmarks = Benchmarks
areas-as-of = as of { $date }
areas-how-verified = How it is verified
areas-why-it-matters = Why it matters
areas-target-date = Target date
areas-edit-benchmark = Edit benchmark
areas-add-assessment = Add assessment
areas-assessment-history = Assessment history
areas-assessments-oldest-first = Assessments, oldest first
areas-edit = Edit
areas-not-assessed = Not assessed yet.
areas-no-benchmark-matches = No benchmarks match.
areas-no-benchmarks = No benchmarks yet.
areas-start = Add a concern area to start: a theme you push on, such as media freedoms.

## Unlocking (screens/Unlock.svelte)

unlock-locked-idle = The library was locked because Roundbook was not used for a while.
unlock-locked = The library is locked.
unlock-nothing-open = Nothing of it is open until the passphrase is given.
unlock-encrypted = This library is encrypted. Enter its passphrase to open it.
unlock-passphrase = Passphrase
unlock-opening = Opening…
unlock-open = Open library
unlock-could-not-open = The library could not be opened.
unlock-library-file = Library file:

## Incidents (screens/Incidents.svelte)

incidents-imported = Imported { $created ->
        [one] { $created } new incident
       *[other] { $created } new incidents
    }{ $updated ->
        [0] {""}
       *[other] {" "}and { $updated } updated
    }{ $sources ->
        [0] {""}
        [one] , { $sources } new source
       *[other] , { $sources } new sources
    }{ $skipped ->
        [0] {""}
        [one] ; { $skipped } row with problems skipped
       *[other] ; { $skipped } rows with problems skipped
    }.
incidents-filter = Filter incidents
incidents-words = Words
incidents-words-example = e.g. Zhanaozen, Жаңаөзен, strike
incidents-area = Concern area
incidents-all-areas = All areas
incidents-benchmark = Benchmark
incidents-all-benchmarks = All benchmarks
incidents-from = From
incidents-until = Until
incidents-verification = Verification
incidents-sensitivity = Sensitivity
incidents-any = Any
incidents-total-none = No incidents
incidents-total-none-matching = No incidents matching
incidents-total = { $first }–{ $last } of { $total ->
        [one] { $total } incident
       *[other] { $total } incidents
    }
incidents-total-matching = { $first }–{ $last } of { $total ->
        [one] { $total } incident
       *[other] { $total } incidents
    } matching
incidents-loading = loading…
incidents-clear-filters = Clear filters
incidents-reading = Reading…
incidents-import-csv = Import from spreadsheet…
incidents-add = Add incident
incidents-date-error = { $error }. Try 2012, 2012-01 or 16.12.2011.
incidents-column-date = Date
incidents-sorted-newest-first = , sorted newest first; change
incidents-sorted-oldest-first = , sorted oldest first; change
incidents-column-incident = Incident
incidents-column-place = Place
incidents-column-areas = Areas
incidents-column-verification = Verification
incidents-no-match = No incident matches these filters.
incidents-none = No incidents yet.
incidents-pages = Pages
incidents-previous = ← Previous
incidents-page = Page { $page } of { $pages }
incidents-next = Next →

## Cases (screens/Cases.svelte)

cases-filter-label = Filter cases
cases-filter = Find a case
cases-filter-example = Name in any spelling, role…
cases-status = Current status
cases-any-status = Any status
cases-no-status = No timeline yet
cases-area = Concern area
cases-all-areas = All areas
cases-consent = Consent
cases-any-consent = Any
cases-total-matching = { $shown } of { $total ->
        [one] { $total } case
       *[other] { $total } cases
    }
cases-clear-filters = Clear filters
cases-add = Add case
cases-column-case = Case
cases-column-status = Current status
cases-column-consent = Consent
cases-column-areas = Areas
cases-since = since { $date }
cases-no-match = No case matches these filters.
cases-none = No cases yet. Add the people whose situation you follow; what happens to them goes in each case's timeline.
cases-back = All cases
cases-edit = Edit case
cases-also-written = Also written: { $names }
cases-now = Now
cases-consent-named-note = Named: packs may print the person's name.
cases-consent-anonymised-note = Anonymised: external packs describe the case without its names.
cases-consent-internal-note = Internal only: the case appears in internal packs, never in one for an external audience.
cases-timeline = Status timeline
cases-timeline-newest-first = Status timeline, newest first
cases-add-entry = Add entry
cases-new-entry = New timeline entry
cases-entry-note-example = The charge, the sentence, the court
cases-entry-choose-status = Choose a status.
cases-entry-cancel = Cancel
cases-entry-save = Save entry
cases-entry-edit = Edit
cases-entry-delete = Delete…
cases-entry-sources = Sources: { $sources }
cases-entry-delete-message = The entry “{ $status }, { $date }” will be deleted from the case's timeline. This cannot be undone.
cases-no-entries = No timeline yet. Add the first entry: since when, and what status.
cases-links = Links
cases-no-links = Not linked to any area, benchmark, incident, ask or source yet. Edit the case to link it.

## Settings (screens/Settings.svelte)

settings-language = Language
settings-language-help = The language of the app, and of its messages. A pack's language is chosen when it is built.
settings-saved = Settings saved.
settings-merged = Merged: { $inserted } new, { $updated } updated, { $unchanged } unchanged{ $kept ->
        [0] {""}
       *[other] , { $kept } kept as yours
    }.
settings-packs = Packs
settings-organisation = Preparing organisation(s)
settings-organisation-example = e.g. Norwegian Helsinki Committee · IPHR
settings-organisation-help = Printed on the cover of every pack and as the PDF's author.
settings-pack-language = Language of packs
settings-pack-language-help = The language packs are written in, unless you choose another when you build one.
settings-default-paper = Default paper size
settings-default-audience = Default audience
settings-illustrative = This library is example material
settings-illustrative-help = For a demo or training library: say what it is. Every page of every pack made from it then says “Illustrative”, and a pack for officials has a blocker. Empty it only for a library of real material.
settings-saving = Saving…
settings-save = Save settings
settings-library = Library
settings-library-file = Library file
settings-library-file-help = Everything you keep is in this one file on this computer.
settings-share = Share with colleagues
settings-share-lead = A bundle file holds the library, or one negotiation or some of its concern areas. Merging a colleague's bundle shows first what would change and lets you choose where you both changed a record; nothing is duplicated and nothing is deleted.
settings-export-bundle = Export a bundle…
settings-reading = Reading…
settings-merge-bundle = Merge a colleague's bundle…
settings-version = Roundbook { $version } · works offline; nothing is sent over the network.

## Backups (components/BackupsPanel.svelte)

backups-made = Backup made.
backups-size-kb = { $size } KB
backups-size-mb = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
backups-why-manual = Made by you
backups-why-before-restore = Before a restore
backups-why-before-upgrade = Before an update of Roundbook
backups-why-daily = Daily
backups-enter-passphrase = Enter the library's passphrase.
backups-restored = The library is restored from the backup of { $when }. The library as it was before is kept among the backups.
backups-title = Backups
backups-backing-up = Backing up…
backups-back-up-now = Back up now
backups-lead = Roundbook makes a backup each day you use it and keeps the last { $kept }.
backups-lead-encrypted = Roundbook makes a backup each day you use it and keeps the last { $kept }, encrypted like the library.
backups-where = They are in
backups-problem = Today's backup could not be made: { $problem }
backups-column-made = Made
backups-column-why = Why
backups-column-size = Size
backups-column-restore = Restore
backups-restore = Restore…
backups-none = No backups yet.
backups-restore-title = Restore a backup?
backups-restore-what = The library will be replaced by the backup of { $when }: what was added or changed since then will no longer be in it.
backups-restore-safe = Roundbook first backs up the library as it is now, so you can return to it.
backups-passphrase = The library's passphrase
backups-restoring = Restoring…
backups-cancel = Cancel
backups-restore-confirm = Restore this backup

## Filter box (components/FilterBox.svelte)

filter-box-placeholder = Filter…

## Exporting a bundle (components/BundleExport.svelte)

bundle-export-choose-negotiation = Choose a negotiation.
bundle-export-tick-area = Tick at least one concern area.
bundle-export-done = Exported { $records } records to { $path }.
bundle-export-done-sealed = Exported { $records } records to { $path } (encrypted).
bundle-export-title = Export a bundle
bundle-export-what = What to export
bundle-export-everything = Everything in the library
bundle-export-one-negotiation = One negotiation
bundle-export-some-areas = Some concern areas of a negotiation
bundle-export-negotiation = Negotiation
bundle-export-areas = Concern areas
bundle-export-no-areas = This negotiation has no concern areas.
bundle-export-complete = A bundle holds the records with everything they point at, so it is complete on its own.
bundle-export-leaving = What will leave this library
bundle-export-leaving-choose = Choose what to export to see what it holds.
bundle-export-leaving-total = { $records ->
        [one] { $records } record in all:
       *[other] { $records } records in all:
    }
bundle-export-and-more = …and { $count } more
bundle-export-restricted-tag = restricted
bundle-export-restricted-stay = { $count ->
        [one] { $count } restricted record stays here, with every link to it
       *[other] { $count } restricted records stay here, with every link to them
    }
bundle-export-include-restricted = Also send restricted records ({ $count })
bundle-export-restricted-warning = { $count ->
        [one] { $count } restricted record will leave this library. Send the file only to people who may see it.
       *[other] { $count } restricted records will leave this library. Send the file only to people who may see them.
    }
bundle-export-protect = Protect it
bundle-export-seal = Encrypt the bundle with a passphrase
bundle-export-passphrase = Passphrase for the bundle
bundle-export-passphrase-help = Give it to your colleague another way than the file: in person or by phone.
bundle-export-passphrase-again = The same passphrase again
bundle-export-age = Encrypted with age; your colleague opens it in Roundbook, or with any age tool.
bundle-export-unsealed-encrypted = This library is encrypted, but this bundle will not be: anyone who gets the file can read everything in it.
bundle-export-unsealed = Without a passphrase, anyone who gets the file can read it.
bundle-export-export = Export
bundle-export-cancel = Cancel
bundle-export-exporting = Exporting…
bundle-export-submit = Export…

## Exporting sources as CSL JSON (components/CslExport.svelte)

csl-export-done = Exported { $exported } sources{ $left ->
        [0] {""}
       *[other] {" "}({ $left } restricted left out)
    } to { $path }
csl-export-title = Export sources as CSL JSON
csl-export-lead = The library's { $total } sources as a CSL JSON file, which Zotero, Mendeley and pandoc can import.
csl-export-include-restricted = Include the { $restricted ->
        [one] { $restricted } restricted source
       *[other] { $restricted } restricted sources
    }
csl-export-restricted-warning = Restricted sources are confidential: keep this file inside the team.
csl-export-restricted-left-out = Restricted sources are left out.
csl-export-cancel = Cancel
csl-export-exporting = Exporting…
csl-export-submit = Export…

## Importing sources from Zotero (components/CslImport.svelte)

csl-import-title = Import sources from “{ $file }”
csl-import-lead = Titles, publishers, dates, web addresses and kinds come from the file. Sources imported before from the same Zotero items are updated, not duplicated; whether a source is restricted stays as you set it.
csl-import-column-item = Item
csl-import-column-source = Source
csl-import-column-action = What happens
csl-import-more = and { $count } more.
csl-import-warnings = Worth knowing ({ $count })
csl-import-item = Item { $item }
csl-import-item-field = Item { $item }, { $field }
csl-import-nothing = Nothing can be imported from this file:
csl-import-all-there = Nothing to import: every item is already in the library.
csl-import-cancel = Cancel
csl-import-close = Close
csl-import-importing = Importing…
csl-import-submit = Import

## Merging a colleague's bundle (components/BundleMerge.svelte)

merge-enter-passphrase = Enter the passphrase of the bundle.
merge-column-field = Field
merge-column-yours = Yours
merge-column-theirs = Theirs
merge-lowers-sensitivity = Their version is public; yours is restricted. Taking theirs as it is would let it into external packs.
merge-what-to-keep = What to keep for { $label }
merge-as-copy = (theirs as a copy)
merge-for-all = For all of them:
merge-more-not-shown = { $count } more are not shown; they get the choice for all.
merge-title = Merge “{ $file }”
merge-sealed = This bundle is encrypted. Enter the passphrase your colleague gave you.
merge-passphrase = Passphrase of the bundle
merge-from-exported = From { $sender }, exported { $date }.
merge-from = From { $sender }.
merge-exported = Exported { $date }.
merge-last-exchange = Your last merge from them was of a bundle exported { $date }.
merge-first-exchange = The first bundle from this sender: where the versions differ, the newer one is proposed.
merge-count-kept = Kept as yours
merge-count-conflicts = Conflicts
merge-nothing-to-do = Everything in this bundle is already in your library: merging changes nothing.
merge-conflicts = Conflicts
merge-conflicts-help = Changed on both sides. Yours is kept unless you choose otherwise.
merge-updates = Updates
merge-updates-help = Changed only in the bundle: theirs replaces yours unless you choose otherwise.
merge-kept = Kept as yours
merge-kept-help = The bundle has an older version of these: yours is kept unless you choose otherwise.
merge-new-records = New records ({ $count })
merge-and-more = and { $count } more.
merge-never-deletes = Records only in your library stay as they are: a merge never deletes.
merge-in-bundle = In the bundle: { $counts }.
merge-cancel = Cancel
merge-opening = Opening…
merge-open = Open
merge-choose-public = Choose for { $count ->
        [one] { $count } record
       *[other] { $count } records
    } that would become public.
merge-merging = Merging…
merge-merge = Merge

## Asking before deleting (components/ConfirmDialog.svelte)

confirm-in-use = { $message }. Remove those links first, then delete it.
confirm-close = Close
confirm-cancel = Cancel
confirm-delete = Delete

## Importing incidents from a spreadsheet (components/CsvImport.svelte)

csv-title = Import incidents from “{ $file }”
csv-separator = Separator:
csv-rows-with-content = { $count ->
        [one] { $count } row with content
       *[other] { $count } rows with content
    }
csv-nothing-until-import = Nothing is imported until you choose Import.
csv-column-in-file = Column in the file
csv-goes-into = Goes into
csv-column-number = Column { $number }
csv-not-imported = — not imported —
csv-update-existing = Update incidents the library already holds with the file's filled-in cells
csv-count-kept = Kept as in the library
csv-count-with-problems = With problems
csv-sources-to-make = { $count ->
        [one] { $count } new source
       *[other] { $count } new sources
    } will be made for web addresses the library does not have yet.
csv-rows-kept = { $count ->
        [one] { $count } row differs
       *[other] { $count } rows differ
    } from incidents already in the library, which are kept as they are (tick “Update incidents…” to take the file's cells).
csv-problems = Problems ({ $count })
csv-row = Row { $row }
csv-row-column = Row { $row }, column { $column }
csv-warnings = Worth knowing ({ $count })
csv-every-row = Every row ({ $count })
csv-column-row = Row
csv-column-incident = Incident
csv-column-action = What happens
csv-more-rows = and { $count } more rows.
csv-why-invalid = { $count ->
        [one] { $count } row has
       *[other] { $count } rows have
    } problems: fix the file and choose it again, or import the valid rows only.
csv-all-there = Nothing to import: every row is already in the library.
csv-sensitivity-question = { $count ->
    [one] { $count } new incident has
   *[other] { $count } new incidents have
} no sensitivity in the file. Import { $count ->
    [one] it
   *[other] them
} as:
csv-sensitivity-hint = Restricted incidents stay out of external packs and shared bundles. Rows that say “public” or “restricted” keep their own.
csv-why-sensitivity = Choose a sensitivity for the incidents the file leaves open.
csv-cancel = Cancel
csv-import-valid = Import the { $count ->
        [one] { $count } valid row
       *[other] { $count } valid rows
    }
csv-importing = Importing…
csv-checking = Checking…
csv-import = Import

## A form field (components/Field.svelte)

field-needs-day = needs a day, e.g. 2012-04-10 or 10 April 2012
field-filter-placeholder = Filter…
field-filter = Filter { $field }
field-nothing-to-choose = Nothing to choose from yet.
field-nothing-matches = Nothing matches “{ $filter }”.
new-source-open = New source…
new-source-title = New source
new-source-save = Add source
new-source-cancel = Cancel
field-selected = { $count } selected

## What an import would do (components/Counts.svelte)

import-count-new = New
import-count-updated = Updated
import-count-unchanged = Unchanged

## Dialogs (components/Modal.svelte)

modal-close = Close

## Readiness (components/ReadinessPanel.svelte)

readiness-blockers = Blockers
readiness-blockers-help = An official cannot trust the pack as it is.
readiness-warnings = Warnings
readiness-warnings-help = These weaken the pack; fix them if there is time.
readiness-notes = Notes
readiness-notes-help = Worth knowing.
readiness-title = Readiness
readiness-counts = { $blockers ->
        [one] { $blockers } blocker
       *[other] { $blockers } blockers
    } · { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
readiness-clear = Nothing found: every claim is sourced, every benchmark assessed.
readiness-open-settings = Open settings
readiness-open-record = { $kind ->
        [negotiation] Open the negotiation
        [round] Open the round
        [concern_area] Open the concern area
        [benchmark] Open the benchmark
        [assessment] Open the assessment
        [commitment] Open the commitment
        [incident] Open the incident
        [ask] Open the ask
        [case] Open the case
        [case_entry] Open the case's timeline
        [source] Open the source
        [pack] Open the pack
       *[other] Open the record
    }

## Recent packs (components/RecentPacks.svelte)

recent-packs-saved-again = Saved again as { $path }
recent-packs-column-round = Round
recent-packs-column-audience = Audience
recent-packs-column-pages = Pages
recent-packs-column-made = Made
recent-packs-column-actions = Actions
recent-packs-not-saved = Not saved
recent-packs-open = Open PDF
recent-packs-saving = Saving…
recent-packs-export-again = Export again
recent-packs-none = No packs yet. Packs you export appear here.


## Adding and editing a record (components/RecordForm.svelte)

record-form-add = { $kind ->
        [negotiation] Add negotiation
        [round] Add round
        [concern_area] Add concern area
        [benchmark] Add benchmark
        [assessment] Add assessment
        [commitment] Add commitment
        [incident] Add incident
        [ask] Add ask
        [case] Add case
        [case_entry] Add timeline entry
        [source] Add source
        [pack] Add pack
       *[other] Add record
    }
record-form-edit = { $kind ->
        [negotiation] Edit negotiation
        [round] Edit round
        [concern_area] Edit concern area
        [benchmark] Edit benchmark
        [assessment] Edit assessment
        [commitment] Edit commitment
        [incident] Edit incident
        [ask] Edit ask
        [case] Edit case
        [case_entry] Edit timeline entry
        [source] Edit source
        [pack] Edit pack
       *[other] Edit record
    }
record-form-save = Save
record-form-delete = Delete…
record-form-cancel = Cancel
record-form-saving = Saving…
record-form-save-changes = Save changes
record-view-edit = Edit
record-view-close = Close
record-view-restricted = restricted
record-form-choose-one = Choose one: there is no default.
record-form-discard-title = Discard your changes?
record-form-discard-message = { $kind ->
        [negotiation] You changed this negotiation but did not save it.
        [round] You changed this round but did not save it.
        [concern_area] You changed this concern area but did not save it.
        [benchmark] You changed this benchmark but did not save it.
        [assessment] You changed this assessment but did not save it.
        [commitment] You changed this commitment but did not save it.
        [incident] You changed this incident but did not save it.
        [ask] You changed this ask but did not save it.
        [case] You changed this case but did not save it.
        [case_entry] You changed this timeline entry but did not save it.
        [source] You changed this source but did not save it.
        [pack] You changed this pack but did not save it.
       *[other] You changed this record but did not save it.
    }
record-form-discard = Discard changes
record-form-delete-title = { $kind ->
        [negotiation] Delete this negotiation?
        [round] Delete this round?
        [concern_area] Delete this concern area?
        [benchmark] Delete this benchmark?
        [assessment] Delete this assessment?
        [commitment] Delete this commitment?
        [incident] Delete this incident?
        [ask] Delete this ask?
        [case] Delete this case?
        [case_entry] Delete this timeline entry?
        [source] Delete this source?
        [pack] Delete this pack?
       *[other] Delete this record?
    }
record-form-delete-message = “{ $label }” will be deleted from the library. This cannot be undone.
record-form-delete-message-unnamed = { $kind ->
        [negotiation] This negotiation will be deleted from the library. This cannot be undone.
        [round] This round will be deleted from the library. This cannot be undone.
        [concern_area] This concern area will be deleted from the library. This cannot be undone.
        [benchmark] This benchmark will be deleted from the library. This cannot be undone.
        [assessment] This assessment will be deleted from the library. This cannot be undone.
        [commitment] This commitment will be deleted from the library. This cannot be undone.
        [incident] This incident will be deleted from the library. This cannot be undone.
        [ask] This ask will be deleted from the library. This cannot be undone.
        [case] This case and its timeline will be deleted from the library. This cannot be undone.
        [case_entry] This timeline entry will be deleted from the library. This cannot be undone.
        [source] This source will be deleted from the library. This cannot be undone.
        [pack] This pack will be deleted from the library. This cannot be undone.
       *[other] This record will be deleted from the library. This cannot be undone.
    }

## Restricted material (components/Restricted.svelte, components/StatusPill.svelte)

restricted = Restricted
restricted-note = Restricted: never printed in a pack for an external audience
status-pill-not-assessed = Not assessed
case-status-pill-none = No status yet

## Security (components/SecurityPanel.svelte)

security-encrypt-title = Encrypt the library
security-rekey-title = Change the passphrase
security-decrypt-title = Decrypt the library
security-encrypt-action = Encrypt
security-rekey-action = Change passphrase
security-decrypt-action = Decrypt
security-encrypt-working = Encrypting the library and its backups…
security-rekey-working = Changing the passphrase of the library and its backups…
security-decrypt-working = Decrypting the library and its backups…
security-encrypted = The library is encrypted.
security-rekeyed = The passphrase is changed.
security-decrypted = The library is no longer encrypted.
security-backups-converted = { $count ->
        [one] { $count } backup was converted too.
       *[other] { $count } backups were converted too.
    }
security-backups-skipped = { $count ->
        [one] { $count } older backup did not open with this passphrase and was left as it was.
       *[other] { $count } older backups did not open with this passphrase and were left as they were.
    }
security-enter-current = Enter the passphrase the library has now.
security-lock-after-saved = The library will lock after { $minutes } minutes without use.
security-never-lock-saved = The library will not lock itself.
security-title = Security
security-state-encrypted = Encrypted
security-state-not-encrypted = Not encrypted
security-encrypted-lead = The library file and its backups are encrypted with your passphrase. Without it, the file on this computer shows nothing — if the passphrase is lost, so is the library.
security-rekey = Change passphrase…
security-decrypt = Decrypt…
security-not-encrypted-lead = Anyone with this computer, or a copy of its disk, can read the library. Encrypt it before you travel with it: Roundbook then asks for the passphrase when it starts, and locks itself when you step away.
security-encrypt = Encrypt the library…
security-lock-after = Lock the library after
security-never = Never
security-minutes-without-use = { $minutes } minutes without use
security-lock-help = Roundbook closes the library, clears the window and asks for the passphrase again. Lock it at once with Lock now, at the bottom left.
security-lock-help-unencrypted = Applies once the library is encrypted.
security-decrypt-warning = The library and its backups will be stored unencrypted: anyone with this computer can then read them, restricted incidents and sources included.
security-passphrase-advice = Use several unrelated words, at least 8 characters. Write it down somewhere safe: without it the library cannot be opened, by you or anyone else.
security-current-passphrase = Current passphrase
security-new-passphrase = New passphrase
security-passphrase = Passphrase
security-passphrase-again = The same passphrase again
security-few-seconds = This takes a few seconds.
security-cancel = Cancel
security-working = Working…

## Building a pack (screens/PackBuilder.svelte)

pack-builder-since-needs-day = needs a day, e.g. 2012-01-24
pack-builder-step-choosing = Choose where to save
pack-builder-step-assembling = Gathering the content
pack-builder-step-rendering = Laying out the PDF
pack-builder-step-saving = Saving the file
pack-builder-step-recording = Recording the pack
pack-builder-export-cancelled = Export cancelled: no file was written.
pack-builder-change-improved = ↑ improved
pack-builder-change-worsened = ↓ worsened
pack-builder-change-unchanged = no change
pack-builder-change-new = first assessed
pack-builder-state-included = In the pack
pack-builder-state-left-out = Left out
pack-builder-state-withheld = Withheld: restricted
pack-builder-state-withheld-internal = Withheld: internal packs only
pack-builder-state-not-cited = Not cited
pack-builder-no-rounds = A pack is built for a round. Plan a round first.
pack-builder-go-to-rounds = Go to rounds
pack-builder-selection-label = What the pack covers
pack-builder-round = Round
pack-builder-started-from-last = Started from the last pack made for this round ({ $date }).
pack-builder-audience = Audience
pack-builder-audience-external-help = Restricted incidents and sources are kept out, and anything that rests only on them.
pack-builder-audience-internal-help = Everything is included; every page is marked “Internal — do not distribute”.
pack-builder-language = Language of the pack
pack-builder-paper = Paper
pack-builder-since = Recent since
pack-builder-since-placeholder = YYYY-MM-DD
pack-builder-since-previous-round = Incidents since the previous round, { $round } ({ $date }).
pack-builder-since-date = Incidents since { $date }.
pack-builder-since-help = Leave empty for “since the previous round”.
pack-builder-areas = Concern areas and benchmarks
pack-builder-no-areas = This negotiation has no concern areas yet.
pack-builder-add-area = Add a concern area…
pack-builder-preview-label = What the pack will contain
pack-builder-pages = { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }
pack-builder-withheld-note = Restricted material never reaches an external pack
pack-builder-withheld = { $count } restricted withheld
pack-builder-tick-area = Tick at least one concern area.
pack-builder-previewing = Working out the pack…
pack-builder-laying-out = Laying out the pages…
pack-builder-pages-failed = The pages could not be laid out
pack-builder-exporting = Exporting…
pack-builder-export = Export PDF…
pack-builder-starting = Starting…
pack-builder-ready = The pack is ready: { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }.
pack-builder-open-pdf = Open PDF
pack-builder-show-in-folder = Show in folder
pack-builder-dismiss = Dismiss
pack-builder-outline = Outline
pack-builder-scorecard = Scorecard
pack-builder-scorecard-columns = status now · since the previous round
pack-builder-incidents-since = Incidents since { $date }
pack-builder-incidents-all = Incidents since the start
pack-builder-no-incidents = No incidents since then for these areas.
pack-builder-earlier-incidents = Earlier incidents ({ $count }), summarised in the annex
pack-builder-list-all = List all { $count } incidents
pack-builder-commitments = Commitments
pack-builder-no-commitments = No commitments linked to these areas.
pack-builder-asks = Asks
pack-builder-ask-this-round = This round
pack-builder-ask-standing = Standing
pack-builder-no-asks = No asks for these areas.
pack-builder-cases = Individual cases
pack-builder-case-since = since { $date }
pack-builder-no-cases = No case is linked to these areas or benchmarks.
pack-builder-sources = Sources cited
pack-builder-blockers-title = Export a pack for officials with blockers?
pack-builder-blockers-message = The readiness check found { $count ->
        [one] { $count } blocker
       *[other] { $count } blockers
    }: an official could not trust this pack as it is.
pack-builder-export-anyway = Export anyway

## Record forms: fields (lib/specs.ts)

spec-fuzzy-date-help = A day, a month or a year, or a range: 2011-12-16, Jan 2012, 2012, 16–17 Dec 2011.
spec-illustrative = Illustrative (example material)
spec-illustrative-help = Only for invented dates, places or records: say what is invented. Packs that contain it say so on every page, and a pack for officials with it has a blocker. Empty it to remove the mark.
spec-day-help = A day: 2012-04-10 or 10 April 2012.
spec-negotiation-title = Title
spec-negotiation-title-example = EU–Kazakhstan Partnership and Cooperation Agreement
spec-parties = Parties
spec-parties-help = One per line.
spec-description = Description
spec-round-title = Title
spec-round-title-example = Round 3
spec-negotiation-id = Negotiation
spec-starts-on = Starts on
spec-ends-on = Ends on
spec-ends-on-help = Leave empty for a one-day meeting.
spec-location = Place
spec-status = Status
spec-notes = Notes
spec-source-ids = Sources
spec-source-ids-help = What says the round is scheduled or was held.
spec-concern-area-title = Title
spec-concern-area-title-example = Media freedoms
spec-negotiation-id-empty = — any —
spec-concern-area-summary = Background
spec-concern-area-summary-help = Printed at the start of the area's section of a pack.
spec-position = Order
spec-position-help = Areas are listed by this number.
spec-benchmark-title = Benchmark
spec-benchmark-title-example = Register the opposition parties denied registration
spec-concern-area-id = Concern area
spec-target-date = Target date
spec-measure = How it is verified
spec-rationale = Why it matters
spec-assessed-on = Assessed on
spec-evidence = Evidence
spec-commitment-title = Title
spec-made-on = Made on
spec-made-by = Made by
spec-made-by-example = Government of Kazakhstan
spec-instrument = Instrument
spec-instrument-example = National Human Rights Action Plan 2009–2012
spec-kind = Kind
spec-quote = The words as said or written
spec-quote-help = Verbatim only: printed in quotation marks, and needs a source officials may see. Leave empty if you have no exact words.
spec-quote-language = Language of the words
spec-quote-language-example = en
spec-quote-language-help = The language they were said in: en, ru, kk.
spec-commitment-summary = Our summary
spec-commitment-summary-help = In your own words: printed as plain text, never in quotation marks.
spec-concern-area-ids = Concern areas
spec-commitment-benchmark-ids = Benchmarks
spec-incident-title = What happened
spec-occurred-on = Date
spec-occurred-on-example = 2012-01-28
spec-verification = Verification
spec-sensitivity = Sensitivity
spec-incident-sensitivity-help = Restricted incidents never appear in a pack for an external audience.
spec-incident-summary = Summary
spec-people = People and organisations
spec-people-help = One per line, as written in the sources.
spec-incident-benchmark-ids = Benchmarks
spec-text = What officials should raise
spec-round-id = For round
spec-round-id-empty = Every round (standing ask)
spec-commitment-round-id = Made at round
spec-commitment-round-id-empty = No round
spec-statement-on = Date of the EU's statement
spec-statement-url = Link to the statement
spec-statement-quote = Quotation from the statement
spec-statement-quote-help = The words as published, verbatim. A quotation is never translated.
spec-statement-source-ids = Sources of the statement
spec-debrief = Debrief notes
spec-debrief-help = What officials said at the debrief, what the EU will follow up.
spec-debrief-sensitivity = Who may see the debrief
spec-debrief-sensitivity-help = Restricted unless you choose otherwise: a restricted debrief never leaves in a bundle unless restricted material is sent.
spec-ask-result-ask = Ask
spec-ask-result-result = Result
spec-ask-result-sensitivity-help = Restricted results never appear in a pack for an external audience, nor in a bundle unless restricted material is sent.
spec-ask-result-evidence = Evidence
spec-ask-result-evidence-help = A quote, or a note from the debrief.
spec-ask-benchmark-ids = Benchmarks it is about
spec-benchmark-ids-help = So that officials see what progress the ask is for.
spec-source-title = Title
spec-publisher = Publisher
spec-published-on = Published
spec-url = Web address
spec-url-example = https://…
spec-accessed-on = Accessed on
spec-source-sensitivity-help = A restricted source (e.g. a confidential contact) is never cited in an external pack.
spec-case-name = Name
spec-case-name-help = As the person writes it.
spec-other-names = Other spellings
spec-other-names-help = One per line: transliterations, the name in other scripts. Search finds the case by any of them.
spec-role = Role
spec-role-example = Journalist, lawyer, trade unionist…
spec-organisation = Organisation
spec-consent = Consent to be named
spec-consent-help = There is no default: a name is printed only when you choose Named. An anonymised case appears in external packs without its names; an internal-only case stays out of them.
spec-case-sensitivity-help = A restricted case never appears in a pack for an external audience.
spec-case-summary = Summary
spec-case-summary-help = Printed in packs. For an anonymised case, write it without the person's name.
spec-case-benchmark-ids = Benchmarks
spec-case-incident-ids = Incidents
spec-case-ask-ids = Asks
spec-case-entry-date = Since
spec-case-entry-date-example = 2012-01
spec-case-entry-status-empty = Choose a status…
spec-case-entry-note = Note
spec-case-entry-note-help = What happened: the charge, the sentence, the court.

## Fields of records, in a merge preview (lib/merge.ts)

merge-field-title = Title
merge-field-text = Text
merge-field-occurred-on = Date
merge-field-made-on = Made on
merge-field-made-by = Made by
merge-field-published-on = Published
merge-field-accessed-on = Accessed
merge-field-assessed-on = Assessed on
merge-field-starts-on = Starts
merge-field-ends-on = Ends
merge-field-target-date = Target date
merge-field-location = Place
merge-field-summary = Summary
merge-field-description = Description
merge-field-notes = Notes
merge-field-measure = How it is measured
merge-field-rationale = Rationale
merge-field-evidence = Evidence
merge-field-people = People and organisations
merge-field-verification = Verification
merge-field-sensitivity = Sensitivity
merge-field-status = Status
merge-field-instrument = Instrument
merge-field-parties = Parties
merge-field-publisher = Publisher
merge-field-url = Web address
merge-field-kind = Kind
merge-field-position = Position
merge-field-negotiation-id = Negotiation
merge-field-round-id = Round
merge-field-concern-area-id = Concern area
merge-field-concern-area-ids = Concern areas
merge-field-benchmark-id = Benchmark
merge-field-benchmark-ids = Benchmarks
merge-field-source-ids = Sources
merge-field-name = Name
merge-field-other-names = Other spellings
merge-field-role = Role
merge-field-organisation = Organisation
merge-field-consent = Consent
merge-field-incident-ids = Incidents
merge-field-ask-ids = Asks
merge-field-case-id = Case
merge-field-date = Date
merge-field-note = Note

## A new passphrase (lib/passphrase.ts)

passphrase-too-short = Use at least { $min } characters (a few unrelated words are best).
passphrase-not-the-same = The two passphrases are not the same.

## The record editor: the record's language and its translations, side by side.
record-translations-heading = Language and translations
record-translations-written-in = Written in
record-translations-into = Translation into
record-translations-progress = { $done } of { $total } translated
record-translations-original = Original ({ $language })
record-translations-translation = Translation ({ $language })

## The pack builder: the changes since our last briefing. $count is a number of items.
pack-builder-compare = Changes since our last briefing
pack-builder-compare-last = Our last briefing (same audience)
pack-builder-compare-nothing = None: no changes part
# $round: the earlier pack's round; $audience: its audience; $date: when it was made.
pack-builder-compare-pack = The pack for { $round } ({ $audience }, { $date })
pack-builder-changes = Changes since our last briefing
pack-builder-changes-since = against the pack for { $round } of { $date }
pack-builder-changes-none = Nothing has changed since then.
pack-builder-changes-benchmarks = Status changed ({ $count })
pack-builder-changes-cases = Cases whose status changed ({ $count })
pack-builder-changes-anonymised = A person not named in this pack
pack-builder-changes-incidents-added = New incidents ({ $count })
pack-builder-changes-incidents-updated = Incidents updated ({ $count })
pack-builder-changes-incidents-removed = Incidents no longer in the pack ({ $count })
pack-builder-changes-commitments-added = New commitments ({ $count })
pack-builder-changes-commitments-updated = Commitments updated ({ $count })
pack-builder-changes-commitments-removed = Commitments no longer in the pack ({ $count })
pack-builder-changes-asks-added = New asks ({ $count })
pack-builder-changes-asks-reworded = Asks reworded ({ $count })
pack-builder-changes-asks-dropped = Asks dropped ({ $count })
pack-builder-changes-was = was: “{ $text }”

## A negotiation's status grid (the rounds screen).
status-grid-heading = Status by round
status-grid-label = Status of each benchmark at each round
status-grid-benchmark = Benchmark
status-grid-rule = each cell is the benchmark's latest assessment on or before the round's last day; rounds still to come are empty.

## The pack builder's pages: the pack as it will be exported (components/PackPages.svelte).
# $page: a page number; $pages: how many pages the pack has.
pack-pages-title = Pages
pack-pages-label = Pages of the pack, as it will be exported
pack-pages-help = Use the arrow keys, Page Up and Page Down to move through the pages.
pack-pages-page-alt = Page { $page } of { $pages }
pack-pages-position = Page { $page } of { $pages }
pack-pages-previous = Previous page
pack-pages-next = Next page
pack-pages-updating = Updating…
pack-pages-laying-out = Laying out the pages…
pack-pages-coming = Being written…
pack-pages-failed = The pages could not be shown: { $reason }
pack-pages-go-to = { $text }: show page { $page }
readiness-show-page = Page { $page }
readiness-show-all = Show all { $count }
readiness-show-page-label = Show page { $page } of the pack
pack-builder-cancel-export = Cancel
pack-builder-cancel-export-label = Cancel the export: no file is written
pack-builder-cancelling = Cancelling…

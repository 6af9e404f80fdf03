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
kind-round_outcome = round outcome
kind-ask_result = ask result
kind-case = case
kind-case_entry = case timeline entry
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
case-status-at_risk = At risk
case-status-detained = Detained
case-status-charged = Charged
case-status-on_trial = On trial
case-status-sentenced = Sentenced
case-status-imprisoned = Imprisoned
case-status-released = Released
case-status-acquitted = Acquitted
case-status-restricted = Under restrictions
case-status-in_exile = In exile
case-status-deceased = Deceased
case-status-closed = Closed
consent-named = Named
consent-anonymised = Anonymised
consent-internal = Internal only
ask-raised-raised = Raised
ask-raised-partly_raised = Partly raised
ask-raised-not_raised = Not raised
ask-raised-unknown = Unknown

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

## A number of records of a kind (in lists such as "2 incidents, 1 ask")

count-kind-negotiation = { $count ->
        [one] { $count } negotiation
       *[other] { $count } negotiations
    }
count-kind-round = { $count ->
        [one] { $count } round
       *[other] { $count } rounds
    }
count-kind-concern_area = { $count ->
        [one] { $count } concern area
       *[other] { $count } concern areas
    }
count-kind-benchmark = { $count ->
        [one] { $count } benchmark
       *[other] { $count } benchmarks
    }
count-kind-assessment = { $count ->
        [one] { $count } assessment
       *[other] { $count } assessments
    }
count-kind-commitment = { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }
count-kind-incident = { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }
count-kind-ask = { $count ->
        [one] { $count } ask
       *[other] { $count } asks
    }
count-kind-round_outcome = { $count ->
        [one] { $count } round outcome
       *[other] { $count } round outcomes
    }
count-kind-ask_result = { $count ->
        [one] { $count } ask result
       *[other] { $count } ask results
    }
count-kind-case = { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
count-kind-case_entry = { $count ->
        [one] { $count } case timeline entry
       *[other] { $count } case timeline entries
    }
count-kind-source = { $count ->
        [one] { $count } source
       *[other] { $count } sources
    }
count-kind-pack = { $count ->
        [one] { $count } pack
       *[other] { $count } packs
    }

## Errors of the library. $kind is a kind of record's name (kind-…); $id a record's id,
## $field a field's name and $path a file's path, all as they are (not translated).

# A record with no problem named.
error-invalid-record = { $kind } is invalid
# A record's problem: $problem is "field: what is wrong".
error-invalid-field = { $kind } { $problem }
error-invalid-fields = { $kind } { $problem } (and { $more } more { $more ->
        [one] problem
       *[other] problems
    })
error-invalid-setting = setting { $problem }
error-not-found = there is no { $kind } with id "{ $id }"
error-already-exists = a { $kind } with id "{ $id }" already exists
error-dangling-reference = { $field }: there is no { $target } with id "{ $id }"
# $usedBy lists the records that point at it: "2 incidents, 1 ask" (count-kind-…).
error-in-use = cannot delete { $kind } "{ $id }": it is still referenced by { $usedBy }
error-library-too-new = this library was written by a newer version of Roundbook (library version { $found }, this program knows up to { $known }); it was not opened so it cannot be damaged — update Roundbook
error-wrong-passphrase = the passphrase is wrong, or the file is not a Roundbook library
error-conversion-finished = an interrupted change of the library's encryption was finished just now: open it with the passphrase that change set (or none, if it was decrypted)
error-passphrase-required = this library is encrypted: a passphrase is needed to open it
error-weak-passphrase = the passphrase is too short: use at least 8 characters (a few unrelated words are best)
error-not-encrypted = this library is not encrypted
# "rekey" is the command (and the app's action) that changes the passphrase.
error-already-encrypted = this library is already encrypted (to change its passphrase, rekey it)
# $reason says what is wrong with the backup.
error-bad-backup = { $path } is not a usable backup: { $reason }
error-busy = the library is in use by another program and could not be written; try again in a moment
error-library-being-converted = the library is being encrypted, decrypted, re-keyed or restored by another program; try again when that has finished
error-library-open-elsewhere = the library is open in another program (the Roundbook app, or another roundbook command); close it, then try again
error-not-a-library = { $path } is not a Roundbook library (it is another program's database); it was left untouched
error-library-file = { $path } is the library itself or one of its files; choose another file to write
# A path to write that is not a file.
error-not-a-file = { $path } is { $what ->
        [folder] a folder
        [device] a device
        [named_pipe] a named pipe
        [socket] a socket
       *[other] not a regular file
    }, not a file: choose a file to write to
# $reason is the database's own message.
error-database = library database error: { $reason }

## The readiness check's findings: what is wrong and how to fix it, in one or two
## sentences. $audience is "external" (a pack for officials) or "internal" (for the team).

finding-illustrative-library-external = This whole library is marked as example material (Settings): a pack for officials must be made from a library of real material.
finding-illustrative-library = This whole library is marked as example material (Settings): every page of this internal pack says so.
# $what names the record as the pack does: "Incident: Arrest of … (20 March 2012)".
finding-illustrative-external = { $what } is marked illustrative (example material): a pack for officials must hold only real material — replace it or leave it out; if it is real, remove the mark.
finding-illustrative = { $what } is marked illustrative: every page of this internal pack says so.
# $round is the round's title, $date the day it began.
finding-round-passed = { $round } began on { $date }, which has passed: check the round and its date before you hand the pack over.
finding-unsourced-area = The background of “{ $title }” cites no source { $audience ->
        [external] officials
       *[internal] the team
    } may see: add a source to the concern area.
finding-not-assessed = This benchmark has no assessment: add one (its status on a date, with evidence and a source), or leave the benchmark out.
# $status is the assessment's status (status-…), in lower case.
finding-unsourced-assessment = The assessment of { $date } (“{ $status }”) cites no source { $audience ->
        [external] officials
       *[internal] the team
    } may see: add one to the assessment.
finding-not-reviewed = The latest assessment is of { $date }, before the previous round: review the status for this round and add an assessment, even if it is unchanged.
finding-restricted-evidence = Its latest assessment rests only on restricted sources, so this pack shows an older status (or none): add a public source to that assessment if one exists.
finding-ask-without-benchmark = This ask is tied to no benchmark in the pack, so an official cannot see what progress it asks for: link it to the benchmark it is about.
finding-unsourced-quote = The words quoted cite no source { $audience ->
        [external] officials
       *[internal] the team
    } may see: add the source they were said or written in.
finding-unsourced-commitment = This commitment cites no source { $audience ->
        [external] officials
       *[internal] the team
    } may see: add the instrument or statement it comes from.
finding-commitment-unlinked = This commitment is linked to no benchmark in the pack, so the pack cannot show what happened against it: link it to the benchmarks it bears on.
finding-unsourced-incident = This incident cites no source { $audience ->
        [external] officials
       *[internal] the team
    } may see: add the report or statement it rests on.
finding-verification-missing = How this incident was verified is not recorded: say whether it is confirmed, credible or unverified.
# The readiness check: a text that names a person who did not consent to be named in the pack. $field is the field's name.
finding-name-withheld = This text ({ $field }) names the person of the case { $case }, who did not consent to be named in this pack: the pack prints “[name withheld]” there. Reword it without the name, or change the case's consent.
finding-unverified = This incident is unverified: confirm it, or say so where you present it.
# $title and $id are the other incident's.
finding-likely-duplicate = This incident looks like “{ $title }” ({ $id }): same date and place, similar title — merge them if they are one event.
# $number is the source's number in the pack's list of sources.
finding-untraceable = Source [{ $number }] has no web address, and no publisher with a date: an official cannot trace it — add one or the other.
# $text is the start of the text concerned.
finding-unbalanced-quotes = A quotation mark has no partner in “{ $text }”: close the quotation, or remove the mark.
# $char is the character, $code its Unicode number (hexadecimal).
finding-unprintable = “{ $char }” (U+{ $code }) cannot be printed with the pack's fonts and shows as a white square: write it in Latin or Cyrillic script, or leave it out.

## Problems with a record's fields, shown after the field's name ("title: is empty").
## Values quoted between "" are what was typed, as it was typed.

problem-empty = is empty
problem-listed-twice = "{ $id }" is listed twice
# A value only one record of its kind may have (the round of an outcome).
problem-taken = is already taken by another { $kind }
# $count is the text's length, $max the most it may have.
problem-too-long = is too long ({ $count } characters, at most { $max })
problem-too-long-max = is too long (at most { $max } characters)
# $char is the character, $code its Unicode number (hexadecimal).
problem-undrawable = contains “{ $char }” (U+{ $code }), a character the pack's fonts cannot print (they cover Latin, Cyrillic with Kazakh, Greek and common symbols); write it in one of those scripts, or leave it out
problem-not-a-url = "{ $url }" is not a web address (it must start with http:// or https://)
# An id may hold Latin letters, digits and . _ : - (the characters themselves are not translated).
problem-invalid-id = "{ $id }" is not a valid id (letters, digits and . _ : - only, starting with a letter or digit, at most { $max })
# Dates as stored: 2012-04-10.
problem-end-before-start = { $end } is before the start date { $start }
problem-not-a-date = "{ $text }" is not a date (expected YYYY-MM-DD)
problem-not-a-fuzzy-date = "{ $text }" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or START/END)
problem-reversed-range = "{ $text }" is a range whose end is before its start
problem-human-not-a-date = "{ $text }" is not a date
# $first, $second: the two days the value could mean.
problem-ambiguous-date = "{ $text }" is ambiguous ({ $first } or { $second }?); write it as YYYY-MM-DD
problem-two-digit-year = "{ $text }" is not a date (write the year with four digits)
problem-not-a-timestamp = "{ $text }" is not a date-time (expected RFC 3339, e.g. 2012-03-20T09:00:00Z)

## Bundles (the exchange files): why one was refused. Values quoted between "" are what
## the file holds; $field names such as sources[0].title are not translated.

# $format is the name every bundle carries: "roundbook-bundle".
bundle-not-a-bundle = "{ $value }" is not a Roundbook bundle (expected "{ $format }")
bundle-version-unsupported = bundle version { $version } is not supported (this version of Roundbook reads versions { $oldest } to { $newest }; a newer bundle needs a newer Roundbook)
# Sizes in bytes.
bundle-too-large = the bundle is too large ({ $size } bytes; at most { $max } bytes are accepted)
bundle-passphrase-required = the bundle is encrypted: a passphrase is needed to read it
bundle-wrong-passphrase = the bundle's passphrase is wrong, or the file is damaged
# $reason says what the sealed file asks for that is out of bounds.
bundle-hostile-seal = the sealed bundle was refused: { $reason }; it was not written by Roundbook
bundle-not-utf8 = the bundle is not UTF-8 text (invalid byte at offset { $offset })
# $message is the JSON reader's own description of the fault.
bundle-syntax = the bundle is not valid JSON: { $message } (line { $line }, column { $column })
bundle-invalid = the bundle is invalid
# $problem is the first problem, "field: what is wrong".
bundle-problems = { $problem } (and { $more } more { $more ->
        [one] problem
       *[other] problems
    })
# $example is the start of a bundle, as JSON.
bundle-not-an-object = a bundle is a JSON object ({ $example })
bundle-null = must not be null: give a value, or leave the field out
# $value is the value as the file has it (JSON).
bundle-invalid-value = { $value } is not a valid value here
bundle-wrong-type = has a value of the wrong type
bundle-trailing = there is more after the end of the bundle
bundle-truncated = the file ends too early (is it truncated?)
bundle-version-2-field = is a field of bundle version 2, but the bundle says it is version 1
bundle-dangling-reference = there is no { $kind } with id "{ $id }" in the bundle or the library
# $other is where the same id was used first: records[3].
bundle-id-used-twice = "{ $id }" is used twice (also by { $other })
# Why a sealed (encrypted) bundle was refused before it was opened; shown in bundle-hostile-seal.
seal-header-too-long = its header is longer than { $max } bytes
# A stanza is one block of the encrypted file's header.
seal-too-many-stanzas = it has { $count } recipient stanzas (at most { $max })
# The work is a power of two: 2^20.
seal-excessive-work = it asks for a key derivation of work 2^{ $required } (at most 2^{ $max } is accepted)

## Imports of other programs' files (spreadsheets, reference managers): what stopped them.

# No problem was named.
import-has-problems = the file has problems
# $problem is the first problem, as the file's row or item words it.
import-problems = { $problem } (and { $more } more { $more ->
        [one] problem
       *[other] problems
    })

## Spreadsheets (CSV) of incidents. $column is a column's header as the file writes it;
## values quoted between "" are a cell's, as it is. Rows as the spreadsheet numbers them.

csv-row-problem = row { $row }, column { $column }: { $message }
csv-row-problem-no-column = row { $row }: { $message }
# The fields a column can fill, in messages ("no column holds the date").
csv-field-id = id
csv-field-title = title
csv-field-date = date
csv-field-location = location
csv-field-summary = summary
csv-field-people = people
csv-field-area = concern area
csv-field-benchmark = benchmark
csv-field-verification = verification
csv-field-sensitivity = sensitivity
csv-field-source_url = source URL
csv-field-source_title = source title
csv-field-language = language
# Sizes in bytes.
csv-too-large = the file is too large ({ $size } bytes; at most { $max } bytes are accepted)
# "CSV UTF-8" is the name of the format in the spreadsheet's Save As dialog.
csv-utf16 = the file is UTF-16 text; save it from the spreadsheet as "CSV UTF-8" instead
csv-not-utf8 = the file is not UTF-8 text (line { $line }); save it from the spreadsheet as "CSV UTF-8" (Excel) or with the character set "Unicode (UTF-8)" (LibreOffice)
csv-no-header = the file has no header row: its first row must name the columns (title, date, location, …)
csv-unclosed-quote = row { $row }: a quoted cell is never closed (a " is missing), so the rest of the file would be read into it
# $message is the CSV reader's own description of the fault.
csv-unreadable = row { $row }: { $message }
csv-mapping-length = the column mapping names { $mapped } columns but the file has { $columns }
# $field is a field (csv-field-…); $headers lists the file's columns.
csv-missing-column = no column holds the { $field } (the columns are: { $headers })
csv-duplicate-column = columns "{ $first }" and "{ $second }" both hold the { $field }; map only one of them
# $invalid is the number of rows with problems.
csv-invalid-rows = nothing was imported: { $problem } (rows with problems: { $invalid })
# $rows is the number of new incidents whose row states no sensitivity.
csv-sensitivity-not-chosen = nothing was imported: { $rows ->
    [one] { $rows } new incident states
   *[other] { $rows } new incidents state
} no sensitivity; choose Public or Restricted for the whole file
# The import dialog, when the columns lack the title or the date.
csv-preview-missing-column = No column holds the { $field }: choose the column that holds it.
# The codes en, ru and kk are written as they are.
csv-not-a-language = "{ $value }" is not a language tag: write en, ru or kk (or leave it empty for English)
csv-no-title = is empty (every incident needs a title)
csv-no-date = is empty (every incident needs a date; a year is enough)
csv-extra-cells = the row has more cells than the header has columns ({ $columns }); the extra cells are ignored
csv-unknown-area = there is no concern area with the title or id "{ $value }" (add it to the library first, or correct the name)
csv-unknown-benchmark = there is no benchmark with the title or id "{ $value }"
# $records counts the records with that title (count-kind-…): "2 concern areas"; $ids lists their ids.
csv-ambiguous-title = "{ $value }" is the title of { $records } ({ $ids }); write the id instead
# The words to write (confirmed, credible, unverified; public, restricted) are what the importer reads: not translated.
csv-not-a-verification = "{ $value }" is not a verification (write confirmed, credible or unverified)
csv-not-a-sensitivity = "{ $value }" is not a sensitivity (write public or restricted)
# A problem with the title of a source the row would create: $problem is what is wrong with it ("is too long …").
csv-source-title = the source title { $problem }
# A problem with one of the people named: $problem is what is wrong with the name.
csv-person = "{ $name }" { $problem }
csv-id-used-twice = "{ $id }" is also the id of row { $first }
csv-repeated-row = same date, title and place as row { $first }; imported as a separate incident
csv-stays-restricted = incident { $id } is restricted in the library and stays restricted (the file says public)

## Spreadsheets (CSV) of cases (import-csv cases). $column is a column's name as the
## documentation writes it (other_names, status_date): not translated.

csv-cases-missing-column = the file has no column "{ $column }", which every file of cases needs (the columns are: { $headers })
csv-cases-duplicate-column = columns "{ $first }" and "{ $second }" are both the column "{ $column }"; keep only one of them
# A header that names no column of the case import; $columns lists the columns it reads.
csv-cases-ignored-column = is not a column of a file of cases and is ignored (the columns are: { $columns })
# $cases is the number of new cases whose rows state no sensitivity.
csv-cases-sensitivity-not-chosen = nothing was imported: { $cases ->
    [one] { $cases } new case states
   *[other] { $cases } new cases state
} no sensitivity; choose public or restricted for the whole file
csv-no-case-name = is empty (every case needs a name)
# $allowed lists the statuses the importer reads (at_risk, detained, …): not translated.
csv-no-case-status = is empty (every row is one status of the case: write one of { $allowed })
csv-not-a-case-status = "{ $value }" is not a case status (write one of { $allowed })
csv-no-status-date = is empty (every status needs the date since when it holds; a year is enough)
# The words named, anonymised and internal are what the importer reads: not translated.
csv-not-a-consent = "{ $value }" is not a consent (write named, anonymised or internal)
csv-no-consent = is empty (a new case needs the person's consent on every row: named, anonymised or internal; nothing is named by default)
# $value is the consent (or sensitivity) an earlier row of the same case gives, $first that row.
csv-case-consent-differs = differs from row { $first } ("{ $value }"): a case has one consent
csv-case-sensitivity-differs = differs from row { $first } ("{ $value }"): a case has one sensitivity
# $ours is the consent the library holds, $theirs the file's (named, anonymised, internal).
csv-case-consent-kept = case { $id } keeps its consent "{ $ours }" (the file says "{ $theirs }"): an import never lowers a consent; change it in the library if the person agreed
csv-case-stays-restricted = case { $id } is restricted in the library and stays restricted (the file says public)
csv-repeated-entry = same case, status and date as row { $first }: one timeline entry

## Sources from a reference manager (CSL-JSON, as Zotero exports it). $item is the item's
## place in the file (1, 2, …), $id its CSL id, $field a CSL field name (issued, URL, …):
## not translated.

csl-item-problem = item { $item }: { $message }
csl-item-field-problem = item { $item }, { $field }: { $message }
csl-item-id-problem = item { $item } ("{ $id }"): { $message }
csl-item-id-field-problem = item { $item } ("{ $id }"), { $field }: { $message }
# Sizes in bytes.
csl-too-large = the file is too large ({ $size } bytes; at most { $max } bytes are accepted)
csl-not-utf8 = the file is not UTF-8 text (invalid byte at offset { $offset })
# $message is the JSON reader's own description of the fault.
csl-syntax = the file is not valid JSON: { $message } (line { $line }, column { $column })
# $example is the start of a CSL-JSON file, as JSON.
csl-not-a-list = the file is not CSL-JSON: it should be a list of items ({ $example })
# $problem is the first problem (csl-item-…).
csl-nothing-imported = nothing was imported: { $problem }
csl-not-an-item = is not a CSL item (a JSON object)
csl-id-used-twice = is also the id of item { $first }
# $title is the title the source is given instead (another field's text, or csl-untitled).
csl-title-missing = is missing; the source is called "{ $title }"
csl-shortened = is { $count } characters long; shortened to { $max }
csl-not-a-url = "{ $url }" is not a web address; left out
csl-url-too-long = is longer than { $max } characters; left out
csl-not-a-date = is not a CSL date
# $value is the date as the file has it (JSON).
csl-bad-date-parts = { $value } is not a date
# A date that is not a whole day (a month, a year or a range), where only a day will do.
csl-not-a-day = { $date } is not a whole day; left out
# $problem says what is wrong with the date (problem-…).
csl-date-left-out = { $problem }; left out

## Merging a bundle: why a record is inserted, updated or kept (shown beside each record
## of the merge). $since is when the last exchange with this sender was (a date-time as
## stored: 2012-03-20T09:00:00Z).

merge-reason-new = new to this library
merge-reason-same = the same on both sides
merge-reason-newer-first-exchange = the bundle's version is newer (first exchange with this sender: neither side's changes can be dated against an earlier one)
merge-reason-differ-first-exchange = the versions differ and the bundle's is not newer (first exchange with this sender)
merge-reason-changed-both = changed on both sides since the last exchange ({ $since })
merge-reason-changed-theirs = changed only in the bundle since the last exchange ({ $since })
merge-reason-changed-ours = changed only in this library since the last exchange ({ $since }); the bundle has the older version
merge-reason-not-taken = the bundle has a version this library did not take at an earlier exchange
# $reason is one of the reasons above; "take theirs as it is" is a choice of the merge.
merge-reason-stays-restricted = { $reason }; but the bundle's version is public and this library's is restricted: it stays restricted unless you choose to take theirs as it is
# $reason is one of the reasons above; $fields names fields of a record (debrief, translations).
merge-reason-fields-kept = { $reason }; the bundle's version has no debrief (a bundle sent without restricted material leaves a restricted debrief out), so this library's is kept whatever you choose ({ $fields })
# A choice for a record the bundle does not hold. $kind is a kind of record (kind-…).
merge-choice-not-in-bundle = the bundle has no { $kind } with id "{ $id }"
# "keep both", "keep mine" and "take theirs" are the merge's choices (vocab-choice-… in the app).
merge-choice-keep-both-refused = { $kind } "{ $id }": keep both is only possible for incidents, commitments, asks and sources (two copies of a { $kind } would split what belongs to it); choose keep mine or take theirs

## Backups: why a file cannot be restored (shown after error-bad-backup's "is not a usable backup:").

backup-problem-missing = the file is missing or empty
backup-problem-not-a-library = it is not a Roundbook library
# $check is the database's own report of the damage.
backup-problem-damaged = it is damaged ({ $check })
backup-problem-not-encrypted = it is not encrypted, and restoring it would leave this encrypted library unencrypted (to restore it anyway: decrypt the library, restore, encrypt again)
# Encrypting, decrypting or re-keying writes a converted copy of the library first; $check is the database's own report.
backup-problem-conversion-failed = the converted copy failed its check ({ $check })

## The library's settings: what is wrong with one (shown after the setting's name).

setting-problem-lock-after = is more than a day (at most 1440 minutes; 0 means never)

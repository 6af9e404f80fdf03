# The messages of the command line (`roundbook`). See docs/translating.md.
#
# Errors are printed after "roundbook: " on one line; results on standard output. Ids,
# file paths, `--options`, `roundbook` commands and environment variables ($ROUNDBOOK_…)
# stay as they are in every language: the user types them. The tags BLOCKER, warning and
# note before each finding of the readiness check are not translated either (scripts look
# for them).

## Any command: the library, passphrases

cli-no-library-path = no library path: pass --db PATH or set ROUNDBOOK_DB
# $path: the library file that does not exist.
cli-no-library = no library at { $path } (create one with `roundbook init`)
# Printed on stderr after "roundbook: " when a library opens but today's automatic
# backup failed; $problem says why.
cli-backup-not-made = note: today's automatic backup could not be made ({ $problem }); the library itself is unchanged
# No passphrase in the environment and no terminal to ask it on. $var: the environment
# variable, e.g. $ROUNDBOOK_PASSPHRASE.
cli-passphrase-needed = a passphrase is needed: set { $var } or run this in a terminal
cli-passphrases-differ = the two passphrases differ; nothing was changed
# Prompts on the terminal; the answer is typed after them (a space is added).
cli-prompt-passphrase-library = Passphrase of the library:
cli-prompt-passphrase-bundle = Passphrase of the bundle:
cli-prompt-passphrase-backup = Passphrase of the backup:
cli-prompt-new-passphrase-library = New passphrase for the library:
cli-prompt-new-passphrase-new-library = New passphrase for the new library:
cli-prompt-new-passphrase-bundle = New passphrase for the bundle:
cli-prompt-passphrase-again = The same passphrase again:
# A --lang value Roundbook does not speak; $supported: "en, ru".
cli-unsupported-language = unsupported language "{ $language }": the supported languages are { $supported }

## init

cli-library-exists = a library with records already exists at { $path } (to add the demo to it, use `roundbook import`)
cli-plain-library-exists = an empty plain library exists at { $path }: encrypt it with `roundbook encrypt`
cli-created = created { $path }
cli-created-demo = created { $path } with the demo library ({ $records } records)

## import (a bundle from a colleague)

cli-imported-bundle = imported { $file }: { $inserted } inserted, { $updated } updated, { $unchanged } unchanged, { $conflicts } conflicts kept
# A record both sides changed. $kind: a kind of record ("incident"), $id its id, $label
# its title.
cli-import-conflict = conflict: { $kind } { $id } ({ $label }) — the library's version was kept
cli-import-kept-restricted = kept restricted: { $kind } { $id } ({ $label }) — the bundle's version is public; the library's restriction was kept
# A record taken from the bundle with fields of the library's kept; $fields names them
# (debrief, translations).
cli-import-fields-kept = kept: { $kind } { $id } ({ $label }) — the bundle's version has no debrief; the library's was kept ({ $fields })

## export (a bundle)

cli-exported-bundle = exported { $records } records to { $file } (bundle version { $version })
cli-exported-bundle-encrypted = exported { $records } records to { $file } (bundle version { $version }) (encrypted)
# Writing an older bundle format: $field (e.g. commitments.summary) is not in it.
cli-export-left-out = left out (version 1 cannot carry it): { $field } of { $records ->
        [one] { $records } record
       *[other] { $records } records
    }
cli-export-restricted-left-out = { $records ->
        [one] { $records } restricted record stayed behind
       *[other] { $records } restricted records stayed behind
    } (add --include-restricted to send restricted material).
cli-export-not-encrypted = note: the library is encrypted but this bundle is not; use --encrypt to protect it

## rounds (the status column of the list)

cli-round-status = { $status ->
        [scheduled] scheduled
        [held] held
        [cancelled] cancelled
       *[other] { $status }
    }

## pack and check

# $audience: external or internal.
cli-pack-written = wrote { $file } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $audience } audience, { $areas ->
        [one] { $areas } concern area
       *[other] { $areas } concern areas
    }, { $incidents ->
        [one] { $incidents } incident
       *[other] { $incidents } incidents
    }, { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    })
# pack --strict, when the check finds blockers (they are listed on the lines before).
cli-pack-blocked = the pack was not written: the readiness check found { $count ->
        [one] { $count } blocker
       *[other] { $count } blockers
    } (listed above)
# The first line of `roundbook check`. $audience: external or internal; $round: the
# round's id.
cli-check-summary = { $audience } pack for { $round }: { $blockers ->
        [one] { $blockers } blocker
       *[other] { $blockers } blockers
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }
# One finding: $severity is the tag (BLOCKER, warning, note), $kind and $id name the
# record to fix, $title is its title, $message what is wrong.
cli-finding = { $severity }  { $kind } { $id } (“{ $title }”): { $message }

## encrypt, decrypt, rekey

cli-already-encrypted = this library is already encrypted (to change its passphrase: roundbook rekey)
cli-not-encrypted = this library is not encrypted
cli-not-encrypted-rekey = this library is not encrypted (to encrypt it: roundbook encrypt)
cli-encrypted = encrypted { $path }
cli-decrypted = decrypted { $path }
cli-rekeyed = changed the passphrase of { $path }
cli-backups-converted = { $count } backup(s) converted the same way
cli-backups-skipped = { $count } backup(s) did not open with this passphrase (made before an earlier change) and were left as they are

## backups, backup, restore

cli-no-backups = no backups of { $path } (they are kept in { $dir })
# One backup: when it was made (2024-01-31 09:00 UTC), its size in bytes (padded to
# line up), its file.
cli-backup-line = { $when }  { $size } bytes  { $path }
cli-backed-up = backed up to { $path }
cli-restored = restored { $path } from { $backup } (the library as it was is kept among the backups)

## import-csv, import-csl: what happens to a row (or an item) of the file

cli-row-would-create = would create
cli-row-created = created
cli-row-would-update = would update
cli-row-updated = updated
cli-row-unchanged = unchanged
cli-row-kept = kept as the library has it
cli-row-invalid = invalid
# Headings of the lists of problems and warnings, followed by a colon.
cli-list-problems = problems
cli-list-warnings = warnings
# After the first 200 lines of a list (indented like them).
cli-list-more = … and { $count } more
# A title, quoted.
cli-quoted = "{ $text }"

## import-csv

# $separator: tab, comma, semicolon, or the character itself.
cli-csv-read = { $file }: { $rows } rows, separated by { $separator ->
        [tab] tab
        [comma] ","
        [semicolon] ";"
       *[other] "{ $separator }"
    }
cli-csv-columns = columns: { $columns }
# A column of the file that fills no field of an incident.
cli-csv-column-ignored = { $header } → (ignored)
# A row in a dry run, followed by the incident's id and title. $action: would create, …
cli-csv-row = row { $row }: { $action }
# $changes: the incident's fields, e.g. "date, summary".
cli-csv-row-changes = (changes: { $changes })
cli-csv-row-differs = (the file differs in: { $changes })
cli-csv-kept = { $count } incidents are already in the library in another version and were left as they are (--update-existing takes the file's values)
# $first: the first problem.
cli-csv-dry-run-invalid = { $invalid } of { $rows } rows have problems, so importing would write nothing (fix them, or use --valid-rows-only); first: { $first }
# $written: no for a dry run (nothing written), yes for an import; $invalid: the rows
# with problems (skipped by an import).
cli-csv-summary = { $written ->
        [no] dry run: { $created } would be created, { $updated } updated, { $unchanged } unchanged, { $kept } kept as the library has them, { $invalid } invalid; { $sources } new sources; nothing was written
       *[yes] imported { $file }: { $created } created, { $updated } updated, { $unchanged } unchanged, { $kept } kept as the library has them, { $invalid } rows skipped; { $sources } new sources
    }
cli-csv-nothing-imported = nothing was imported: { $invalid } rows have problems (fix them, or use --valid-rows-only); first: { $first }
# $rows: new incidents whose row states no sensitivity (a dry run without --sensitivity).
cli-csv-sensitivity-needed = { $rows ->
    [one] { $rows } new incident states
   *[other] { $rows } new incidents state
} no sensitivity: importing needs --sensitivity public or --sensitivity restricted for them
cli-csv-sensitivity-not-chosen = nothing was imported: { $rows ->
    [one] { $rows } new incident states
   *[other] { $rows } new incidents state
} no sensitivity; say which with --sensitivity public or --sensitivity restricted

## import-csv cases

# A case in a dry run: its id and name (quoted); $action: create, update, unchanged.
cli-csv-cases-case = case { $case } { $name }: { $action ->
        [create] would be created
        [update] would be updated
       *[unchanged] unchanged
    }
# A valid row in a dry run: the timeline entry it gives and its case.
cli-csv-cases-row = row { $row }: timeline entry { $entry } of case { $case }: { $action ->
        [create] would be created
        [update] would be updated
       *[unchanged] unchanged
    }
# $written: no for a dry run (nothing written), yes for an import; $invalid: the rows
# with problems (skipped by an import).
cli-csv-cases-summary = { $written ->
        [no] dry run: cases: { $cases_created } would be created, { $cases_updated } updated, { $cases_unchanged } unchanged; timeline entries: { $entries_created } would be created, { $entries_updated } updated, { $entries_unchanged } unchanged; { $invalid } rows invalid; { $sources } new sources; nothing was written
       *[yes] imported { $file }: cases: { $cases_created } created, { $cases_updated } updated, { $cases_unchanged } unchanged; timeline entries: { $entries_created } created, { $entries_updated } updated, { $entries_unchanged } unchanged; { $invalid } rows skipped; { $sources } new sources
    }
# $cases: new cases whose rows state no sensitivity (a dry run without --sensitivity).
cli-csv-cases-sensitivity-needed = { $cases ->
    [one] { $cases } new case states
   *[other] { $cases } new cases state
} no sensitivity: importing needs --sensitivity public or --sensitivity restricted for them
cli-csv-cases-sensitivity-not-chosen = nothing was imported: { $cases ->
    [one] { $cases } new case states
   *[other] { $cases } new cases state
} no sensitivity; say which with --sensitivity public or --sensitivity restricted

## import-csl, export-csl (sources for and from Zotero)

# An item of the file in a dry run: $action (would create, …), the source's id, its title.
cli-csl-item = item { $item }: { $action } { $source } { $title }
# $written: no for a dry run (nothing written), yes for an import.
cli-csl-summary = { $written ->
        [no] dry run { $file }: { $created } sources would be created, { $updated } updated, { $unchanged } unchanged; nothing was written
       *[yes] imported { $file }: { $created } sources created, { $updated } updated, { $unchanged } unchanged
    }
cli-csl-exported = exported { $count } sources to { $file }
cli-csl-exported-restricted = exported { $count } sources to { $file } ({ $restricted } restricted sources left out; --include-restricted adds them)

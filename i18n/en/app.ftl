# The desktop app's own errors (the window shows them as they are worded here). See
# docs/translating.md.

app-error-pack-not-deleted = packs are kept as the record of what was sent
app-error-no-url = this source has no web address
app-error-browser = could not open the browser: { $problem }
app-error-open-file = could not open the file: { $problem }
app-error-show-folder = could not show the folder: { $problem }
app-error-not-written-here = only files Roundbook wrote can be opened from here
app-error-file-gone = { $path } is no longer there
# What was to be imported: spreadsheet, csl (a reference manager's CSL JSON file),
# sealed (a bundle sealed with a passphrase), bundle.
app-error-nothing-to-import = { $what ->
        [spreadsheet] no spreadsheet is open for import; choose the file again
        [csl] no CSL JSON file is open for import; choose the file again
        [sealed] no sealed bundle is open for import; choose the file again
       *[bundle] no bundle is open for import; choose the file again
    }
app-error-no-backup = there is no backup “{ $file }”
app-error-folder = { $folder }: { $problem }
app-error-not-open = the library is not open
app-error-lock-unencrypted = only an encrypted library can be locked: encrypt it in Settings → Security
# The pack builder's page viewer: a page of the preview could not be drawn.
app-error-preview-unreadable = the preview's PDF could not be read to draw its pages
app-error-preview-no-page = page { $page } asked for, but the preview has { $pages } { $pages ->
        [one] page
       *[other] pages
    }
app-error-preview-width = a page { $width } pixels wide was asked for; it must be 1 to { $max }
app-error-preview-page = page { $page } of the preview could not be drawn
# A form's first problem (shown next to its field), and how many more there are.
app-error-more-problems = { $problem } (and { $more } more { $more ->
        [one] problem
       *[other] problems
    })

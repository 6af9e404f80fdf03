//! CSV import of incidents: spreadsheets as Excel and LibreOffice export them, the dry
//! run's report, problems named by row and column, all or nothing, re-import without
//! duplicates, and files that cannot be read.

mod common;

use common::*;
use roundbook_core::exchange::csv_incidents::{read_csv_file, RowAction};
use roundbook_core::exchange::{CsvError, CsvOptions, IncidentField, MAX_CSV_BYTES};
use roundbook_core::model::*;
use roundbook_core::Library;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_root().join("crates/core/tests/fixtures").join(name)).expect("fixture")
}

/// Options for files whose rows leave their sensitivity open: chosen public once for
/// the whole file, as the import asks.
fn rest_public() -> CsvOptions {
    CsvOptions {
        sensitivity: Some(Sensitivity::Public),
        ..CsvOptions::default()
    }
}

fn now() -> Timestamp {
    ts("2026-11-25T10:00:00Z")
}

fn counts(lib: &Library) -> Vec<(Kind, usize)> {
    lib.counts().unwrap()
}

fn by_title(lib: &Library, title: &str) -> Incident {
    lib.list::<Incident>()
        .unwrap()
        .into_iter()
        .find(|i| i.title == title)
        .unwrap_or_else(|| panic!("no incident {title:?}"))
}

#[test]
fn an_excel_export_with_bom_semicolons_crlf_and_line_breaks_in_cells_imports() {
    let mut lib = demo_library();
    let csv = fixture("incidents-excel.csv");
    let before = counts(&lib);

    let plan = lib
        .plan_csv_incidents(&csv, &CsvOptions::default())
        .unwrap();
    assert_eq!(plan.delimiter, ";");
    let fields: Vec<(&str, Option<IncidentField>)> = plan
        .columns
        .iter()
        .map(|c| (c.header.as_str(), c.field))
        .collect();
    use IncidentField as F;
    assert_eq!(
        fields,
        vec![
            ("Date", Some(F::Date)),
            ("Title", Some(F::Title)),
            ("Location", Some(F::Location)),
            ("Description", Some(F::Summary)),
            ("People involved", Some(F::People)),
            ("Concern area", Some(F::Area)),
            ("Benchmark", Some(F::Benchmark)),
            ("Verification", Some(F::Verification)),
            ("Confidential", Some(F::Sensitivity)),
            ("Source URL", Some(F::SourceUrl)),
        ]
    );
    // Rows as the spreadsheet numbers them: row 7 is empty.
    let rows: Vec<(usize, RowAction)> = plan.rows.iter().map(|r| (r.row, r.action)).collect();
    assert_eq!(
        rows,
        [2, 3, 4, 5, 6, 8]
            .iter()
            .map(|&n| (n, RowAction::Create))
            .collect::<Vec<_>>()
    );
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(
        (plan.created, plan.sources_created, plan.written),
        (6, 3, false)
    );
    assert_eq!(counts(&lib), before, "a dry run writes nothing");

    let report = lib
        .import_csv_incidents(&csv, &rest_public(), now())
        .unwrap();
    assert!(report.written);
    assert_eq!(report.created, 6);

    let rally = by_title(&lib, "Unsanctioned rally dispersed in the city centre");
    assert_eq!(rally.occurred_on.to_string(), "2012-01-28");
    assert_eq!(rally.location.as_deref(), Some("Almaty (Алматы)"));
    assert_eq!(
        rally.summary.as_deref(),
        Some("Police dispersed a rally of about 200 people.\r\nSeveral participants were held for a few hours.")
    );
    assert_eq!(rally.people, vec!["Activist A.", "Activist B."]);
    assert_eq!(rally.concern_area_ids, vec!["area-peaceful-assembly"]);
    assert_eq!(rally.verification, Some(Verification::Credible));
    assert_eq!(rally.sensitivity, Sensitivity::Public);
    assert_eq!(rally.updated_at, Some(now()));
    assert!(
        rally.id.starts_with("csv-") && rally.id.len() == 24,
        "{}",
        rally.id
    );
    let source = lib.get::<Source>(&rally.source_ids[0]).unwrap();
    assert_eq!(
        source.url.as_deref(),
        Some("https://example.org/reports/rally-2012-01-28")
    );

    // Area titles in any case; quotes doubled inside quoted cells.
    let weekly = by_title(
        &lib,
        "Copies of an opposition weekly seized at the printing house",
    );
    assert_eq!(weekly.concern_area_ids, vec!["area-media-freedoms"]);
    let released = by_title(&lib, "Labour activist released after serving sentence");
    assert_eq!(released.occurred_on.to_string(), "2012-03-08");
    assert_eq!(
        released.summary.as_deref(),
        Some("Released from prison; \"conditions of release\" unclear.")
    );
    // A web address the library knows finds its source instead of making a new one.
    assert_eq!(released.source_ids, vec!["src-appeal-2012"]);
    // Month dates, benchmarks by title, areas by id.
    let refused = by_title(&lib, "Registration of the opposition party refused again");
    assert_eq!(refused.occurred_on.to_string(), "2012-03");
    assert_eq!(refused.benchmark_ids, vec!["bm-register-opposition"]);
    assert_eq!(
        refused.concern_area_ids,
        vec!["area-political-participation"]
    );
    let witness = by_title(&lib, "Witness statements on Zhanaozen detainees collected");
    assert_eq!(witness.occurred_on.to_string(), "2012");
    assert_eq!(witness.sensitivity, Sensitivity::Restricted);
    assert_eq!(
        witness.concern_area_ids,
        vec!["area-zhanaozen-investigation"]
    );
    // A source made for a restricted row alone is restricted too.
    let interviews = lib.get::<Source>(&witness.source_ids[0]).unwrap();
    assert_eq!(interviews.sensitivity, Sensitivity::Restricted);
    let strike = by_title(&lib, "Hunger strike by relatives of detained oil workers");
    assert_eq!(strike.occurred_on.to_string(), "2012-01-15/2012-01-20");

    // Importing the same file again changes nothing and duplicates nothing.
    let after_first = lib.snapshot().unwrap();
    let again = lib
        .import_csv_incidents(&csv, &CsvOptions::default(), ts("2027-01-01T00:00:00Z"))
        .unwrap();
    assert_eq!(
        (
            again.created,
            again.updated,
            again.unchanged,
            again.sources_created
        ),
        (0, 0, 6, 0)
    );
    assert_eq!(lib.snapshot().unwrap(), after_first);
}

#[test]
fn a_libreoffice_export_with_commas_and_written_out_dates_imports() {
    let mut lib = demo_library();
    let report = lib
        .import_csv_incidents(
            &fixture("incidents-libreoffice.csv"),
            &CsvOptions::default(),
            now(),
        )
        .unwrap();
    assert_eq!(report.delimiter, ",");
    assert_eq!(report.created, 3);
    let ignored: Vec<&str> = report
        .columns
        .iter()
        .filter(|c| c.field.is_none())
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(ignored, vec!["Internal note"]);
    let journalist = by_title(&lib, "Journalist detained after reporting on a strike");
    assert_eq!(
        journalist.summary.as_deref(),
        Some("Detained for 10 days.\nReleased without charge.")
    );
    let prayer = by_title(&lib, "Prayer house closed, community fined");
    assert_eq!(prayer.occurred_on.to_string(), "2012-02");
    assert_eq!(prayer.people, vec!["Religious community", "its leader"]);
    // A source named by its title (in another case) is found.
    assert_eq!(prayer.source_ids, vec!["src-appeal-2012"]);
    let picket = by_title(&lib, "Peaceful picket ends in fines");
    assert_eq!(picket.occurred_on.to_string(), "2012-02-25");
    assert_eq!(picket.sensitivity, Sensitivity::Restricted);
    assert_eq!(picket.source_ids.len(), 2, "two web addresses in one cell");
}

#[test]
fn every_bad_row_is_named_by_row_and_column_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    {
        let mut lib = Library::open(&path, None).unwrap();
        lib.import_bundle(&demo_bundle()).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let csv = fixture("incidents-with-problems.csv");
    let mut lib = Library::open(&path, None).unwrap();
    let counts_before = counts(&lib);

    let plan = lib
        .plan_csv_incidents(&csv, &CsvOptions::default())
        .unwrap();
    let problems: Vec<String> = plan.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        problems,
        vec![
            "row 14, column date: \"31.02.2012\" is not a date",
            "row 15, column area: there is no concern area with the title or id \"Media\" (add it to the library first, or correct the name)",
            "row 16, column title: is empty (every incident needs a title)",
            "row 17, column verification: \"maybe\" is not a verification (write confirmed, credible or unverified)",
            "row 18, column date: \"03/08/2012\" is ambiguous (8 March 2012 or 3 August 2012?); write it as YYYY-MM-DD",
            "row 19, column source url: \"ftp://example.org/list.txt\" is not a web address (it must start with http:// or https://)",
            "row 20, column title: is too long (303 characters, at most 300)",
        ]
    );
    assert_eq!((plan.created, plan.invalid), (13, 7));
    let invalid_rows: Vec<usize> = plan
        .rows
        .iter()
        .filter(|r| r.action == RowAction::Invalid)
        .map(|r| r.row)
        .collect();
    assert_eq!(invalid_rows, (14..=20).collect::<Vec<_>>());

    // All or nothing: the import is refused with every problem, and the library file is
    // byte-for-byte what it was.
    match lib.import_csv_incidents(&csv, &CsvOptions::default(), now()) {
        Err(CsvError::InvalidRows {
            invalid_rows,
            problems,
        }) => {
            assert_eq!(invalid_rows, 7);
            assert_eq!(problems.len(), 7);
        }
        other => panic!("expected InvalidRows, got {other:?}"),
    }
    assert_eq!(counts(&lib), counts_before);
    drop(lib);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the library file is unchanged"
    );

    // Valid rows only: the 13 good rows go in.
    let mut lib = Library::open(&path, None).unwrap();
    let options = CsvOptions {
        valid_rows_only: true,
        ..rest_public()
    };
    let report = lib.import_csv_incidents(&csv, &options, now()).unwrap();
    assert_eq!(
        (report.created, report.invalid, report.problems.len()),
        (13, 7, 7)
    );
    assert_eq!(
        lib.list::<Incident>().unwrap().len(),
        demo_bundle().records.incidents.len() + 13
    );
}

#[test]
fn the_mapping_can_be_overridden_and_is_checked() {
    let mut lib = demo_library();
    let csv = "Wann;Was;Ort;Bereich\n2012-03-08;Picket dispersed;Almaty;Peaceful assembly\n";
    // Headers in another language are not guessed: no title or date column.
    let e = lib
        .plan_csv_incidents(csv.as_bytes(), &CsvOptions::default())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "no column holds the title (the columns are: Wann, Was, Ort, Bereich)"
    );
    use IncidentField as F;
    let options = CsvOptions {
        mapping: Some(vec![
            Some(F::Date),
            Some(F::Title),
            Some(F::Location),
            Some(F::Area),
        ]),
        ..rest_public()
    };
    let report = lib
        .import_csv_incidents(csv.as_bytes(), &options, now())
        .unwrap();
    assert_eq!(report.created, 1);
    let i = by_title(&lib, "Picket dispersed");
    assert_eq!(i.location.as_deref(), Some("Almaty"));
    assert_eq!(i.concern_area_ids, vec!["area-peaceful-assembly"]);

    let short = CsvOptions {
        mapping: Some(vec![Some(F::Date), Some(F::Title)]),
        ..CsvOptions::default()
    };
    assert!(matches!(
        lib.plan_csv_incidents(csv.as_bytes(), &short),
        Err(CsvError::MappingLength {
            columns: 4,
            mapped: 2
        })
    ));
    let twice = CsvOptions {
        mapping: Some(vec![Some(F::Date), Some(F::Title), Some(F::Title), None]),
        ..CsvOptions::default()
    };
    assert_eq!(
        lib.plan_csv_incidents(csv.as_bytes(), &twice)
            .unwrap_err()
            .to_string(),
        "columns \"Was\" and \"Ort\" both hold the title; map only one of them"
    );
}

#[test]
fn reimporting_keeps_library_edits_unless_asked_and_never_unrestricts() {
    let mut lib = demo_library();
    let csv = fixture("incidents-excel.csv");
    lib.import_csv_incidents(&csv, &rest_public(), now())
        .unwrap();
    // Edited in the library after the import.
    let mut rally = by_title(&lib, "Unsanctioned rally dispersed in the city centre");
    rally.summary = Some("Corrected in the library.".into());
    rally.sensitivity = Sensitivity::Restricted;
    rally.benchmark_ids = vec!["bm-register-opposition".into()];
    let rally = lib.update(rally, ts("2026-12-01T00:00:00Z")).unwrap();
    let mut weekly = by_title(
        &lib,
        "Copies of an opposition weekly seized at the printing house",
    );
    weekly.sensitivity = Sensitivity::Restricted;
    let weekly = lib.update(weekly, ts("2026-12-01T00:00:00Z")).unwrap();

    // Default: the library's version is kept, and the report says what differs.
    let report = lib
        .import_csv_incidents(&csv, &CsvOptions::default(), now())
        .unwrap();
    assert_eq!(
        (
            report.created,
            report.updated,
            report.kept,
            report.unchanged
        ),
        (0, 0, 1, 5)
    );
    let kept = report
        .rows
        .iter()
        .find(|r| r.action == RowAction::Keep)
        .unwrap();
    assert_eq!(kept.row, 2);
    assert_eq!(kept.changes, vec!["summary"]);
    assert_eq!(lib.get::<Incident>(&rally.id).unwrap(), rally);

    // Asked to update: the file's summary comes back, the benchmark added in the library
    // stays, and restricted stays restricted (with a warning).
    let options = CsvOptions {
        update_existing: true,
        ..CsvOptions::default()
    };
    let report = lib
        .import_csv_incidents(&csv, &options, ts("2026-12-02T00:00:00Z"))
        .unwrap();
    assert_eq!(report.updated, 1);
    let after = lib.get::<Incident>(&rally.id).unwrap();
    assert!(after
        .summary
        .unwrap()
        .starts_with("Police dispersed a rally"));
    assert_eq!(after.benchmark_ids, vec!["bm-register-opposition"]);
    assert_eq!(after.sensitivity, Sensitivity::Restricted);
    // The file says "no" (public) for the weekly, which the library has restricted.
    assert_eq!(lib.get::<Incident>(&weekly.id).unwrap(), weekly);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.row == 3 && w.message.contains("stays restricted")),
        "{:?}",
        report.warnings
    );
    assert_eq!(
        lib.list::<Incident>().unwrap().len(),
        demo_bundle().records.incidents.len() + 6,
        "no duplicates"
    );
}

#[test]
fn repeated_rows_explicit_ids_and_blank_cells() {
    let lib = demo_library();
    let csv = "id,title,date,place\n\
               ,Picket,2012-03-08,Almaty\n\
               ,picket ,08.03.2012,  almaty\n\
               inc-from-sheet-1,Strike,2012-02,Aktau\n\
               inc-from-sheet-1,Strike again,2012-02,Aktau\n\
               bad id!,Other,2012,\n";
    let plan = lib
        .plan_csv_incidents(csv.as_bytes(), &CsvOptions::default())
        .unwrap();
    let problems: Vec<String> = plan.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        problems[0],
        "row 5, column id: \"inc-from-sheet-1\" is also the id of row 4"
    );
    assert!(
        problems[1].starts_with("row 6, column id: \"bad id!\" is not a valid id"),
        "{}",
        problems[1]
    );
    // The same date, title and place twice (after normalising): two incidents, a warning.
    assert_ne!(plan.rows[0].incident_id, plan.rows[1].incident_id);
    assert_eq!(
        plan.warnings[0].to_string(),
        "row 3: same date, title and place as row 2; imported as a separate incident"
    );
    assert_eq!(
        plan.rows[2].incident_id.as_deref(),
        Some("inc-from-sheet-1")
    );
}

#[test]
fn unreadable_files_are_refused_clearly() {
    let lib = demo_library();
    let plan = |bytes: &[u8]| lib.plan_csv_incidents(bytes, &CsvOptions::default());
    // Latin-1 (Excel's "CSV (Comma delimited)" on Windows), UTF-16, no header, an open quote.
    let latin1 = b"Title;Date\nCaf\xe9 closed;2012\n";
    assert_eq!(
        plan(latin1).unwrap_err().to_string(),
        "the file is not UTF-8 text (line 2); save it from the spreadsheet as \"CSV UTF-8\" (Excel) or with the character set \"Unicode (UTF-8)\" (LibreOffice)"
    );
    assert!(matches!(plan(b"\xff\xfeT\x00i\x00"), Err(CsvError::Utf16)));
    assert!(matches!(plan(b""), Err(CsvError::NoHeader)));
    assert_eq!(
        plan(b"Title,Date\n\"Open quote,2012\nNext,2013\n").unwrap_err().to_string(),
        "row 2: a quoted cell is never closed (a \" is missing), so the rest of the file would be read into it"
    );
    // A header alone is a file with nothing to import.
    let empty = plan(b"Title,Date\r\n").unwrap();
    assert_eq!((empty.rows.len(), empty.created), (0, 0));
}

#[test]
fn a_file_over_the_limit_is_refused_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_CSV_BYTES + 1).unwrap(); // sparse: nothing is read
    match read_csv_file(&path) {
        Err(CsvError::TooLarge { size, max }) => {
            assert_eq!((size, max), (MAX_CSV_BYTES + 1, MAX_CSV_BYTES))
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    let mut lib = demo_library();
    assert!(matches!(
        lib.import_csv_incidents_file(&path, &CsvOptions::default(), now()),
        Err(CsvError::TooLarge { .. })
    ));
}

/// A small deterministic generator of awkward inputs.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn text(&mut self, pieces: &[&str], n: usize) -> String {
        (0..n)
            .map(|_| pieces[(self.next() % pieces.len() as u64) as usize])
            .collect()
    }
}

#[test]
fn no_input_makes_it_panic() {
    let lib = demo_library();
    let pieces = [
        "\"",
        "\"\"",
        ";",
        ",",
        "\t",
        "\r\n",
        "\n",
        "\r",
        " ",
        "2012",
        "-",
        ".",
        "/",
        "03",
        "31",
        "13",
        "0",
        "March",
        "марта",
        "–",
        " - ",
        "title",
        "date",
        "area",
        "source url",
        "people",
        "Media freedoms",
        "http://",
        "https://x.org",
        "www.",
        "ftp://",
        "é",
        "Ә",
        "\u{feff}",
        "sep=;",
        "x",
        "yes",
        "restricted",
        "id",
        "csv-",
        "?",
        "*",
        "T10:00",
    ];
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
    for round in 0..3_000 {
        let len = 1 + (noise.next() % 60) as usize;
        let mut bytes = noise.text(&pieces, len).into_bytes();
        if round % 7 == 0 {
            // Raw bytes, including invalid UTF-8.
            let at = (noise.next() as usize) % (bytes.len() + 1);
            bytes.insert(at, (noise.next() % 256) as u8);
        }
        let with_header = [b"title;date;area;source url;people;id\n".as_slice(), &bytes].concat();
        for input in [&bytes, &with_header] {
            let _ = lib.plan_csv_incidents(input, &CsvOptions::default());
        }
    }
}

#[test]
fn the_preview_shows_the_guessed_columns_when_the_date_column_is_not_recognised() {
    let lib = Library::open_in_memory().unwrap();
    let csv = "Headline;Datum;Place;Notes\nStrike;2012-01-05;Aktau;x\n";
    let preview = lib
        .preview_csv_incidents(csv.as_bytes(), &CsvOptions::default())
        .unwrap();
    assert!(preview.report.is_none());
    assert!(preview.problem.as_deref().unwrap().contains("date"));
    let fields: Vec<_> = preview.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            Some(IncidentField::Title),
            None,
            Some(IncidentField::Location),
            Some(IncidentField::Summary)
        ]
    );

    // Mapped by the user, the dry run comes back.
    let options = CsvOptions {
        mapping: Some(vec![
            Some(IncidentField::Title),
            Some(IncidentField::Date),
            Some(IncidentField::Location),
            None,
        ]),
        ..CsvOptions::default()
    };
    let preview = lib.preview_csv_incidents(csv.as_bytes(), &options).unwrap();
    let report = preview.report.unwrap();
    assert_eq!((report.created, report.delimiter.as_str()), (1, ";"));
}

#[test]
fn a_language_column_says_what_language_each_row_is_written_in() {
    let mut lib = demo_library();
    let csv = "title,date,place,язык\n\
               Пикет у акимата,2012-03-08,Алматы,ru\n\
               Picket at the akimat,2012-03-09,Almaty,\n";
    let plan = lib
        .plan_csv_incidents(csv.as_bytes(), &CsvOptions::default())
        .unwrap();
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(
        plan.columns
            .iter()
            .find(|c| c.header == "язык")
            .and_then(|c| c.field),
        Some(IncidentField::Language)
    );
    lib.import_csv_incidents(csv.as_bytes(), &rest_public(), now())
        .unwrap();
    assert_eq!(
        by_title(&lib, "Пикет у акимата").language.as_deref(),
        Some("ru")
    );
    assert_eq!(by_title(&lib, "Picket at the akimat").language, None);

    // Not a language: the row and column are named, nothing is written.
    let before = counts(&lib);
    let bad = "title,date,language\nStrike,2012-02,Russian language\n";
    let plan = lib
        .plan_csv_incidents(bad.as_bytes(), &CsvOptions::default())
        .unwrap();
    let problems: Vec<String> = plan.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .starts_with("row 2, column language: \"russian language\" is not a language tag"),
        "{}",
        problems[0]
    );
    assert!(lib
        .import_csv_incidents(bad.as_bytes(), &CsvOptions::default(), now())
        .is_err());
    assert_eq!(counts(&lib), before);
}

#[test]
fn a_file_without_sensitivity_asks_once_for_the_whole_file_and_never_defaults_to_public() {
    let mut lib = demo_library();
    // Row 3 says it is restricted; rows 2 and 4 say nothing.
    let csv = "title,date,sensitivity\n\
               Detention of a blogger,2012-03-01,\n\
               Search of an office,2012-03-02,restricted\n\
               Trial adjourned,2012-03-03,\n";
    let before = counts(&lib);

    let plan = lib
        .plan_csv_incidents(csv.as_bytes(), &CsvOptions::default())
        .unwrap();
    assert_eq!((plan.created, plan.unstated_sensitivity), (3, 2));

    // Without the file's choice nothing is written, and the error says how many rows.
    match lib.import_csv_incidents(csv.as_bytes(), &CsvOptions::default(), now()) {
        Err(e @ CsvError::SensitivityNotChosen { rows: 2 }) => {
            assert_eq!(e.code(), roundbook_core::ErrorCode::SensitivityNotChosen);
            let text = e.to_string();
            assert!(
                text.contains("2 new incidents state no sensitivity"),
                "{text}"
            );
        }
        other => panic!("expected SensitivityNotChosen, got {other:?}"),
    }
    assert_eq!(counts(&lib), before);

    // Chosen once: the open rows take it, the stated row keeps its own.
    let restricted = CsvOptions {
        sensitivity: Some(Sensitivity::Restricted),
        ..CsvOptions::default()
    };
    lib.import_csv_incidents(csv.as_bytes(), &restricted, now())
        .unwrap();
    for title in [
        "Detention of a blogger",
        "Search of an office",
        "Trial adjourned",
    ] {
        assert_eq!(by_title(&lib, title).sensitivity, Sensitivity::Restricted);
    }

    // A file with no sensitivity column at all, chosen public; re-importing it changes
    // nothing and asks nothing, since no incident is new.
    let mut lib = demo_library();
    let plain = "title,date\nPress conference banned,2012-04-01\n";
    let public = CsvOptions {
        sensitivity: Some(Sensitivity::Public),
        ..CsvOptions::default()
    };
    lib.import_csv_incidents(plain.as_bytes(), &public, now())
        .unwrap();
    assert_eq!(
        by_title(&lib, "Press conference banned").sensitivity,
        Sensitivity::Public
    );
    let again = lib
        .import_csv_incidents(plain.as_bytes(), &CsvOptions::default(), now())
        .unwrap();
    assert_eq!((again.unchanged, again.unstated_sensitivity), (1, 0));
}

//! CSV import of cases and their status timelines (`import-csv cases`): a spreadsheet as
//! Excel exports it, a timeline from several rows, re-imports that update instead of
//! duplicating, problems named by row and column with nothing written, the valid rows
//! only, and consent and sensitivity that are never assumed.

mod common;

use common::*;
use roundbook_core::exchange::csv_cases::CaseColumn;
use roundbook_core::exchange::csv_incidents::RowAction;
use roundbook_core::exchange::{CaseCsvOptions, CsvError};
use roundbook_core::model::*;
use roundbook_core::{ErrorCode, Library};

const HEADER: &str = "name,other_names,description,status,status_date,consent,area";

fn now() -> Timestamp {
    ts("2026-12-03T10:00:00Z")
}

/// Rows whose sensitivity is open take public, chosen once for the whole file.
fn rest_public() -> CaseCsvOptions {
    CaseCsvOptions {
        sensitivity: Some(Sensitivity::Public),
        ..CaseCsvOptions::default()
    }
}

fn counts(lib: &Library) -> Vec<(Kind, usize)> {
    lib.counts().unwrap()
}

/// How many records of a kind the library holds.
fn count(lib: &Library, kind: Kind) -> usize {
    counts(lib)
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map_or(0, |(_, n)| n)
}

fn case_named(lib: &Library, name: &str) -> Case {
    lib.list::<Case>()
        .unwrap()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no case {name:?}"))
}

/// The case's timeline as the library orders it: (date, status).
fn timeline(lib: &Library, case_id: &str) -> Vec<(String, CaseStatus)> {
    lib.list::<CaseEntry>()
        .unwrap()
        .into_iter()
        .filter(|e| e.case_id == case_id)
        .map(|e| (e.date.to_string(), e.status))
        .collect()
}

/// A library file with the demo material, for byte-for-byte comparisons.
fn demo_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let mut lib = Library::open(&path, None).unwrap();
    lib.import_bundle(&demo_bundle()).unwrap();
    (dir, path)
}

#[test]
fn an_excel_export_with_bom_semicolons_and_crlf_imports() {
    let (_dir, path) = demo_file();
    let mut lib = Library::open(&path, None).unwrap();
    let demo_cases = count(&lib, Kind::Case);
    let csv = "\u{feff}Name;Other names;Description;Status;Status date;Consent;Area;Role;Source URL;Benchmark;Sensitivity\r\n\
        Dana Seitkali;\"Дана Сейткали; Seitkali D.\";\"Oil worker; a strike leader.\r\nHeld in Aktau.\";Detained;08.06.2012;Named;Crackdown on labour activists, opposition members and journalists;Trade unionist;https://example.org/reports/seitkali;;\r\n\
        Arman Zhunusov;;Leader of an opposition party.;on trial;16 August 2012;anonymised;political participation;Party leader;www.example.org/zhunusov;Register the major opposition party that has been denied registration;restricted\r\n"
        .as_bytes();
    let before = counts(&lib);

    let plan = lib.plan_csv_cases(csv, &CaseCsvOptions::default()).unwrap();
    assert_eq!(plan.delimiter, ";");
    let columns: Vec<(&str, Option<CaseColumn>)> = plan
        .columns
        .iter()
        .map(|c| (c.header.as_str(), c.column))
        .collect();
    use CaseColumn as C;
    assert_eq!(
        columns,
        vec![
            ("Name", Some(C::Name)),
            ("Other names", Some(C::OtherNames)),
            ("Description", Some(C::Description)),
            ("Status", Some(C::Status)),
            ("Status date", Some(C::StatusDate)),
            ("Consent", Some(C::Consent)),
            ("Area", Some(C::Area)),
            ("Role", Some(C::Role)),
            ("Source URL", Some(C::SourceUrl)),
            ("Benchmark", Some(C::Benchmark)),
            ("Sensitivity", Some(C::Sensitivity)),
        ]
    );
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(
        (
            plan.cases_created,
            plan.entries_created,
            plan.sources_created,
            plan.unstated_sensitivity,
            plan.written
        ),
        (2, 2, 2, 1, false)
    );
    assert_eq!(
        plan.rows
            .iter()
            .map(|r| (r.row, r.action))
            .collect::<Vec<_>>(),
        vec![(2, RowAction::Create), (3, RowAction::Create)]
    );
    assert_eq!(counts(&lib), before, "a dry run writes nothing");

    let report = lib.import_csv_cases(csv, &rest_public(), now()).unwrap();
    assert!(report.written);
    assert_eq!((report.cases_created, report.entries_created), (2, 2));

    let dana = case_named(&lib, "Dana Seitkali");
    assert!(
        dana.id.starts_with("csv-case-") && dana.id.len() == 29,
        "{}",
        dana.id
    );
    assert_eq!(dana.other_names, vec!["Дана Сейткали", "Seitkali D."]);
    assert_eq!(
        dana.summary.as_deref(),
        Some("Oil worker; a strike leader.\r\nHeld in Aktau.")
    );
    assert_eq!(dana.role.as_deref(), Some("Trade unionist"));
    assert_eq!(dana.consent, Consent::Named);
    assert_eq!(dana.sensitivity, Sensitivity::Public, "chosen for the file");
    assert_eq!(dana.concern_area_ids, vec!["area-crackdown"]);
    assert_eq!(dana.updated_at, Some(now()));
    let entries: Vec<CaseEntry> = lib
        .list::<CaseEntry>()
        .unwrap()
        .into_iter()
        .filter(|e| e.case_id == dana.id)
        .collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].date.to_string(), "2012-06-08");
    assert_eq!(entries[0].status, CaseStatus::Detained);
    assert!(entries[0].id.starts_with("csv-entry-"), "{}", entries[0].id);
    let source = lib.get::<Source>(&entries[0].source_ids[0]).unwrap();
    assert_eq!(
        source.url.as_deref(),
        Some("https://example.org/reports/seitkali")
    );
    assert_eq!(
        source.sensitivity,
        Sensitivity::Public,
        "cited by a public case that may be named"
    );

    // Area titles in any case and without their first word's capital; statuses with
    // spaces; the consent in any case; the row's own sensitivity.
    let zhunusov = case_named(&lib, "Arman Zhunusov");
    assert_eq!(
        zhunusov.concern_area_ids,
        vec!["area-political-participation"]
    );
    assert_eq!(zhunusov.benchmark_ids, vec!["bm-register-opposition"]);
    assert_eq!(zhunusov.consent, Consent::Anonymised);
    assert_eq!(zhunusov.sensitivity, Sensitivity::Restricted);
    assert_eq!(
        timeline(&lib, &zhunusov.id),
        vec![("2012-08-16".to_string(), CaseStatus::OnTrial)]
    );
    let entry = lib
        .list::<CaseEntry>()
        .unwrap()
        .into_iter()
        .find(|e| e.case_id == zhunusov.id)
        .unwrap();
    let source = lib.get::<Source>(&entry.source_ids[0]).unwrap();
    assert_eq!(
        source.url.as_deref(),
        Some("https://www.example.org/zhunusov")
    );
    assert_eq!(
        source.sensitivity,
        Sensitivity::Restricted,
        "a source of a restricted, anonymised case stays restricted"
    );

    // The library file holds them after it is closed and opened again.
    drop(lib);
    let lib = Library::open(&path, None).unwrap();
    assert_eq!(count(&lib, Kind::Case), demo_cases + 2);
    assert_eq!(timeline(&lib, &dana.id).len(), 1);
}

#[test]
fn several_rows_make_a_timeline_ordered_by_date_partial_dates_included() {
    let mut lib = demo_library();
    // Out of order, with a year, a month, days in three forms and a range.
    let csv = format!(
        "{HEADER},note\n\
         Marat Esenov,,Sentenced to five years.,sentenced,28.11.2016,named,Peaceful assembly,Five years in a penal colony\n\
         Marat Esenov,,Activist in Atyrau.,at risk,2016,named,Peaceful assembly,\n\
         Marat Esenov,Марат Есенов,,detained,2016-05,named,area-crackdown,\n\
         Marat Esenov,,,on trial,October 2016,named,,\n\
         Marat Esenov,,Released after serving the sentence.,released,2021-02-04,named,,\n\
         Marat Esenov,,,charged,2016-05-17 – 2016-05-20,named,,\n"
    );
    let report = lib
        .import_csv_cases(csv.as_bytes(), &rest_public(), now())
        .unwrap();
    assert_eq!(
        (report.cases_created, report.entries_created, report.invalid),
        (1, 6, 0)
    );
    let marat = case_named(&lib, "Marat Esenov");
    assert_eq!(
        timeline(&lib, &marat.id),
        vec![
            ("2016".to_string(), CaseStatus::AtRisk),
            ("2016-05".to_string(), CaseStatus::Detained),
            ("2016-05-17/2016-05-20".to_string(), CaseStatus::Charged),
            ("2016-10".to_string(), CaseStatus::OnTrial),
            ("2016-11-28".to_string(), CaseStatus::Sentenced),
            ("2021-02-04".to_string(), CaseStatus::Released),
        ]
    );
    // The case's summary is the one of its latest status that has one, whatever the
    // order of the rows; lists gather every row's.
    assert_eq!(
        marat.summary.as_deref(),
        Some("Released after serving the sentence.")
    );
    assert_eq!(marat.other_names, vec!["Марат Есенов"]);
    assert_eq!(
        marat.concern_area_ids,
        vec!["area-peaceful-assembly", "area-crackdown"]
    );
    let sentenced = lib
        .list::<CaseEntry>()
        .unwrap()
        .into_iter()
        .find(|e| e.case_id == marat.id && e.status == CaseStatus::Sentenced)
        .unwrap();
    assert_eq!(
        sentenced.note.as_deref(),
        Some("Five years in a penal colony")
    );
}

#[test]
fn reimporting_updates_instead_of_duplicating() {
    let mut lib = demo_library();
    let (demo_cases, demo_entries) = (count(&lib, Kind::Case), count(&lib, Kind::CaseEntry));
    let first = format!(
        "{HEADER},source_url\n\
         Dana Seitkali,,Oil worker.,detained,2012-06,named,area-crackdown,https://example.org/a\n\
         Dana Seitkali,,,sentenced,2012-06-25,named,,\n\
         Nurlan Temirov,,Lawyer.,imprisoned,2012-12-07,internal,area-crackdown,\n"
    );
    lib.import_csv_cases(first.as_bytes(), &rest_public(), now())
        .unwrap();
    let after_first = counts(&lib);
    let cases = lib.list::<Case>().unwrap();
    let entries = lib.list::<CaseEntry>().unwrap();
    assert_eq!(
        (cases.len(), entries.len()),
        (demo_cases + 2, demo_entries + 3)
    );

    // The same file again: nothing changes, nothing is written.
    let again = lib
        .import_csv_cases(first.as_bytes(), &rest_public(), ts("2027-01-01T00:00:00Z"))
        .unwrap();
    assert_eq!(
        (
            again.cases_created,
            again.cases_updated,
            again.cases_unchanged,
            again.entries_created,
            again.entries_updated,
            again.entries_unchanged,
            again.sources_created
        ),
        (0, 0, 2, 0, 0, 3, 0)
    );
    assert_eq!(counts(&lib), after_first);
    assert_eq!(lib.list::<Case>().unwrap(), cases, "not even updated_at");
    assert_eq!(lib.list::<CaseEntry>().unwrap(), entries);

    // A later version of the file, with the name written in other case and spacing, a new
    // description, a new status and a new source for an old one: the case is updated,
    // one entry is added, one gains a source.
    let second = format!(
        "{HEADER},source_url\n\
         dana  SEITKALI,Дана Сейткали,Oil worker from Zhanaozen.,detained,2012-06,named,area-crackdown,https://example.org/a; https://example.org/b\n\
         Dana Seitkali,,,sentenced,2012-06-25,named,,\n\
         Dana Seitkali,,,released,2014-12,named,,\n"
    );
    let later = ts("2027-01-02T00:00:00Z");
    let report = lib
        .import_csv_cases(second.as_bytes(), &rest_public(), later)
        .unwrap();
    assert_eq!(
        (
            report.cases_created,
            report.cases_updated,
            report.entries_created,
            report.entries_updated,
            report.entries_unchanged
        ),
        (0, 1, 1, 1, 1)
    );
    assert_eq!(
        report.cases[0].changes,
        vec!["other_names".to_string(), "summary".to_string()]
    );
    let rows: Vec<(usize, RowAction)> = report.rows.iter().map(|r| (r.row, r.action)).collect();
    assert_eq!(
        rows,
        vec![
            (2, RowAction::Update),
            (3, RowAction::Unchanged),
            (4, RowAction::Create)
        ]
    );
    let cases = lib.list::<Case>().unwrap();
    assert_eq!(cases.len(), demo_cases + 2, "no duplicate case");
    let dana = case_named(&lib, "Dana Seitkali");
    assert_eq!(dana.name, "Dana Seitkali", "the name, the key, stays");
    assert_eq!(dana.summary.as_deref(), Some("Oil worker from Zhanaozen."));
    assert_eq!(dana.other_names, vec!["Дана Сейткали"]);
    assert_eq!(dana.updated_at, Some(later));
    assert_eq!(
        timeline(&lib, &dana.id),
        vec![
            ("2012-06".to_string(), CaseStatus::Detained),
            ("2012-06-25".to_string(), CaseStatus::Sentenced),
            ("2014-12".to_string(), CaseStatus::Released),
        ]
    );
    let detained = lib
        .list::<CaseEntry>()
        .unwrap()
        .into_iter()
        .find(|e| e.case_id == dana.id && e.status == CaseStatus::Detained)
        .unwrap();
    assert_eq!(detained.source_ids.len(), 2);

    // A case made by hand in the library is found by its name, not duplicated.
    let hand_made = Case {
        id: "case-esenov".to_string(),
        name: "Marat Esenov".to_string(),
        other_names: vec![],
        role: None,
        organisation: None,
        summary: None,
        consent: Consent::Named,
        sensitivity: Sensitivity::Public,
        concern_area_ids: vec![],
        benchmark_ids: vec![],
        incident_ids: vec![],
        ask_ids: vec![],
        source_ids: vec![],
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    };
    lib.create(hand_made, now()).unwrap();
    let third = format!("{HEADER}\nmarat esenov,,,detained,2016-05-17,,area-peaceful-assembly\n");
    let report = lib
        .import_csv_cases(third.as_bytes(), &CaseCsvOptions::default(), now())
        .unwrap();
    assert_eq!(
        (
            report.cases_created,
            report.cases_updated,
            report.entries_created
        ),
        (0, 1, 1),
        "consent and sensitivity may be left empty for a case the library holds"
    );
    assert_eq!(report.rows[0].case_id.as_deref(), Some("case-esenov"));
    assert_eq!(count(&lib, Kind::Case), demo_cases + 3);
}

#[test]
fn unknown_status_impossible_date_and_missing_consent_name_the_row_and_column_and_write_nothing() {
    let (_dir, path) = demo_file();
    let before = std::fs::read(&path).unwrap();
    let mut lib = Library::open(&path, None).unwrap();
    let counts_before = counts(&lib);
    let csv = format!(
        "{HEADER}\n\
         Dana Seitkali,,,detained,2012-06-08,named,area-crackdown\n\
         Nurlan Temirov,,,jailed,2012-12-07,internal,area-crackdown\n\
         Saule Ibraeva,,,imprisoned,2012-02-30,named,area-crackdown\n\
         Aizhan Bekova,,,charged,2017-02-10,,area-media-freedoms\n\
         Yerlan Ospanov,,,detained,2015-10-01,public,area-media-freedoms\n\
         ,,,detained,2015-10-01,named,area-media-freedoms\n\
         Bolat Karimov,,,in exile,2019,named,Media\n\
         Nurlan Temirov,,,detained,31.02.2013,,area-crackdown\n"
    );

    let plan = lib.plan_csv_cases(csv.as_bytes(), &rest_public()).unwrap();
    let problems: Vec<String> = plan.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        problems,
        vec![
            "row 3, column status: \"jailed\" is not a case status (write one of at_risk, detained, charged, on_trial, sentenced, imprisoned, released, acquitted, restricted, in_exile, deceased, closed)",
            "row 4, column status_date: \"2012-02-30\" is not a date",
            "row 5, column consent: is empty (a new case needs the person's consent on every row: named, anonymised or internal; nothing is named by default)",
            "row 6, column consent: \"public\" is not a consent (write named, anonymised or internal)",
            "row 7, column name: is empty (every case needs a name)",
            "row 8, column area: there is no concern area with the title or id \"Media\" (add it to the library first, or correct the name)",
            // A row with several problems has them all named.
            "row 9, column status_date: \"31.02.2013\" is not a date",
            "row 9, column consent: is empty (a new case needs the person's consent on every row: named, anonymised or internal; nothing is named by default)",
        ]
    );
    assert_eq!((plan.cases_created, plan.invalid), (1, 7));

    // All or nothing: refused with every problem, the library file byte for byte as it was.
    match lib.import_csv_cases(csv.as_bytes(), &rest_public(), now()) {
        Err(e @ CsvError::InvalidRows { .. }) => {
            assert_eq!(e.code(), ErrorCode::InvalidRows);
            let CsvError::InvalidRows {
                invalid_rows,
                problems,
            } = &e
            else {
                unreachable!()
            };
            assert_eq!((*invalid_rows, problems.len()), (7, 8));
            assert!(
                e.to_string()
                    .starts_with("nothing was imported: row 3, column status: \"jailed\""),
                "{e}"
            );
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
}

#[test]
fn valid_rows_only_imports_the_good_rows() {
    let mut lib = demo_library();
    let demo_cases = count(&lib, Kind::Case);
    let csv = format!(
        "{HEADER}\n\
         Dana Seitkali,,,detained,2012-06-08,named,area-crackdown\n\
         Dana Seitkali,,,sentenced,2012-31-12,named,area-crackdown\n\
         Dana Seitkali,,,released,2014-12,named,area-crackdown\n\
         Nurlan Temirov,,,imprisoned,2012-12-07,,area-crackdown\n"
    );
    let options = CaseCsvOptions {
        valid_rows_only: true,
        ..rest_public()
    };
    let report = lib
        .import_csv_cases(csv.as_bytes(), &options, now())
        .unwrap();
    assert_eq!(
        (
            report.cases_created,
            report.entries_created,
            report.invalid,
            report.problems.len()
        ),
        (1, 2, 2, 2)
    );
    assert_eq!(report.problems[0].row, 3);
    assert_eq!(report.problems[0].column.as_deref(), Some("status_date"));
    assert_eq!(report.problems[1].row, 5);
    assert_eq!(report.problems[1].column.as_deref(), Some("consent"));
    let dana = case_named(&lib, "Dana Seitkali");
    assert_eq!(
        timeline(&lib, &dana.id),
        vec![
            ("2012-06-08".to_string(), CaseStatus::Detained),
            ("2014-12".to_string(), CaseStatus::Released),
        ]
    );
    assert_eq!(count(&lib, Kind::Case), demo_cases + 1);
}

#[test]
fn no_consent_or_sensitivity_is_ever_assumed() {
    let mut lib = demo_library();
    let before = counts(&lib);
    let csv = format!(
        "{HEADER}\n\
         Dana Seitkali,,,detained,2012-06-08,named,area-crackdown\n\
         Dana Seitkali,,,sentenced,2012-06-25,internal,area-crackdown\n"
    );
    // The rows of a case must agree on its consent.
    let plan = lib.plan_csv_cases(csv.as_bytes(), &rest_public()).unwrap();
    assert_eq!(
        plan.problems[0].to_string(),
        "row 3, column consent: differs from row 2 (\"named\"): a case has one consent"
    );

    // New cases whose rows state no sensitivity need one chosen for the whole file.
    let csv = format!("{HEADER}\nDana Seitkali,,,detained,2012-06-08,named,area-crackdown\n");
    let plan = lib
        .plan_csv_cases(csv.as_bytes(), &CaseCsvOptions::default())
        .unwrap();
    assert_eq!(plan.unstated_sensitivity, 1);
    match lib.import_csv_cases(csv.as_bytes(), &CaseCsvOptions::default(), now()) {
        Err(e @ CsvError::CaseSensitivityNotChosen { cases: 1 }) => {
            assert_eq!(e.code(), ErrorCode::SensitivityNotChosen);
            assert_eq!(
                e.to_string(),
                "nothing was imported: 1 new case states no sensitivity; choose public or restricted for the whole file"
            );
        }
        other => panic!("expected CaseSensitivityNotChosen, got {other:?}"),
    }
    assert_eq!(counts(&lib), before);
    let restricted = CaseCsvOptions {
        sensitivity: Some(Sensitivity::Restricted),
        ..CaseCsvOptions::default()
    };
    lib.import_csv_cases(csv.as_bytes(), &restricted, now())
        .unwrap();
    let dana = case_named(&lib, "Dana Seitkali");
    assert_eq!(
        (dana.consent, dana.sensitivity),
        (Consent::Named, Sensitivity::Restricted)
    );

    // A re-import never lowers the consent nor makes a restricted case public; it may
    // raise the consent's protection.
    let csv = format!(
        "{HEADER},sensitivity\nDana Seitkali,,,detained,2012-06-08,anonymised,area-crackdown,public\n"
    );
    let report = lib
        .import_csv_cases(csv.as_bytes(), &CaseCsvOptions::default(), now())
        .unwrap();
    assert_eq!(
        report
            .warnings
            .iter()
            .map(|w| w.to_string())
            .collect::<Vec<_>>(),
        vec![format!(
            "row 2: case {} is restricted in the library and stays restricted (the file says public)",
            dana.id
        )]
    );
    let dana = case_named(&lib, "Dana Seitkali");
    assert_eq!(
        (dana.consent, dana.sensitivity),
        (Consent::Anonymised, Sensitivity::Restricted)
    );
    let csv = format!("{HEADER}\nDana Seitkali,,,detained,2012-06-08,named,area-crackdown\n");
    let report = lib
        .import_csv_cases(csv.as_bytes(), &CaseCsvOptions::default(), now())
        .unwrap();
    assert_eq!(report.cases_unchanged, 1);
    assert!(
        report.warnings[0]
            .to_string()
            .contains("keeps its consent \"anonymised\" (the file says \"named\")"),
        "{:?}",
        report.warnings
    );
    assert_eq!(
        case_named(&lib, "Dana Seitkali").consent,
        Consent::Anonymised
    );
}

#[test]
fn files_without_the_columns_of_cases_are_refused() {
    let lib = demo_library();
    let csv = "name,description,status,status_date,consent,area\nA,,detained,2012,named,\n";
    match lib.plan_csv_cases(csv.as_bytes(), &rest_public()) {
        Err(
            e @ CsvError::MissingCaseColumn {
                column: CaseColumn::OtherNames,
                ..
            },
        ) => {
            assert_eq!(e.code(), ErrorCode::MissingColumn);
            assert_eq!(
                e.to_string(),
                "the file has no column \"other_names\", which every file of cases needs (the columns are: name, description, status, status_date, consent, area)"
            );
        }
        other => panic!("expected MissingCaseColumn, got {other:?}"),
    }
    // Unknown columns are ignored, with a warning; a repeated entry is one entry.
    let csv = format!(
        "{HEADER},Comments\nA. B.,,,detained,2012,named,,checked\nA. B.,,,Detained,2012,named,,\n"
    );
    let plan = lib.plan_csv_cases(csv.as_bytes(), &rest_public()).unwrap();
    let warnings: Vec<String> = plan.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].starts_with("row 1, column Comments: is not a column of a file of cases"),
        "{warnings:?}"
    );
    assert_eq!(
        warnings[1],
        "row 3: same case, status and date as row 2: one timeline entry"
    );
    assert_eq!((plan.cases_created, plan.entries_created), (1, 1));
}

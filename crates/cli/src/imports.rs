//! `import-csv`, `import-csl` and `export-csl`: incidents and cases from spreadsheets and
//! sources from reference managers, in and out.

use std::path::Path;

use roundbook_core::exchange::csv_cases::CaseCsvReport;
use roundbook_core::exchange::csv_incidents::{CsvReport, RowAction};
use roundbook_core::exchange::{csl, csv_incidents, CaseCsvOptions, CsvError, CsvOptions};
use roundbook_core::model::{Sensitivity, Timestamp};
use roundbook_core::{m, Library};

/// What the rows of a CSV file are.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum CsvKind {
    Incidents,
    /// Cases, one status of a case per row (its timeline).
    Cases,
}

/// The sensitivity of the new incidents (or cases) whose rows state none.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum SensitivityArg {
    Public,
    Restricted,
}

impl From<SensitivityArg> for Sensitivity {
    fn from(s: SensitivityArg) -> Sensitivity {
        match s {
            SensitivityArg::Public => Sensitivity::Public,
            SensitivityArg::Restricted => Sensitivity::Restricted,
        }
    }
}

/// At most this many problems or warnings are printed; the rest are counted.
const PRINT_AT_MOST: usize = 200;

fn action_word(action: RowAction, dry_run: bool) -> String {
    match (action, dry_run) {
        (RowAction::Create, true) => m!("cli-row-would-create"),
        (RowAction::Create, false) => m!("cli-row-created"),
        (RowAction::Update, true) => m!("cli-row-would-update"),
        (RowAction::Update, false) => m!("cli-row-updated"),
        (RowAction::Unchanged, _) => m!("cli-row-unchanged"),
        (RowAction::Keep, _) => m!("cli-row-kept"),
        (RowAction::Invalid, _) => m!("cli-row-invalid"),
    }
}

/// Titles in listings: at most 80 characters, quoted, on one line.
fn clip(title: &str) -> String {
    let title = if title.chars().count() <= 80 {
        title.to_string()
    } else {
        format!("{}…", title.chars().take(79).collect::<String>())
    };
    m!("cli-quoted", text = crate::one_line(&title))
}

/// The heading of a list of problems or warnings.
#[derive(Clone, Copy)]
enum Heading {
    Problems,
    Warnings,
}

/// A dry run of a spreadsheet with rows that have problems (and no --valid-rows-only):
/// the error line, naming the first problem.
fn dry_run_invalid<P: std::fmt::Display>(invalid: usize, rows: usize, problems: &[P]) -> String {
    m!(
        "cli-csv-dry-run-invalid",
        invalid = invalid,
        rows = rows,
        first = problems.first().map(|p| p.to_string()).unwrap_or_default()
    )
}

/// An import of a spreadsheet refused for rows with problems: every problem listed,
/// then the error line.
fn nothing_imported<P: std::fmt::Display>(invalid_rows: usize, problems: &[P]) -> String {
    print_list(Heading::Problems, problems);
    m!(
        "cli-csv-nothing-imported",
        invalid = invalid_rows,
        first = problems.first().map(|p| p.to_string()).unwrap_or_default()
    )
}

fn print_list<T: std::fmt::Display>(heading: Heading, items: &[T]) {
    if items.is_empty() {
        return;
    }
    let heading = match heading {
        Heading::Problems => m!("cli-list-problems"),
        Heading::Warnings => m!("cli-list-warnings"),
    };
    println!("{heading}:");
    for item in items.iter().take(PRINT_AT_MOST) {
        println!("  {item}");
    }
    if items.len() > PRINT_AT_MOST {
        println!(
            "  {}",
            m!("cli-list-more", count = items.len() - PRINT_AT_MOST)
        );
    }
}

/// What an import of a spreadsheet did, or would do (`dry_run`), in one line.
fn csv_summary(file: &Path, report: &CsvReport, dry_run: bool) -> String {
    m!(
        "cli-csv-summary",
        written = if dry_run { "no" } else { "yes" },
        file = file.display().to_string(),
        created = report.created,
        updated = report.updated,
        unchanged = report.unchanged,
        kept = report.kept,
        invalid = report.invalid,
        sources = report.sources_created
    )
}

/// The line that says what file was read: its rows and its separator.
fn print_csv_read(file: &Path, delimiter: &str, rows: usize) {
    let separator = match delimiter {
        "\t" => "tab".to_string(),
        "," => "comma".to_string(),
        ";" => "semicolon".to_string(),
        d => d.escape_debug().to_string(),
    };
    println!(
        "{}",
        m!(
            "cli-csv-read",
            file = file.display().to_string(),
            rows = rows,
            separator = separator
        )
    );
}

fn print_csv_report(file: &Path, report: &CsvReport, dry_run: bool) {
    print_csv_read(file, &report.delimiter, report.rows.len());
    let columns: Vec<String> = report
        .columns
        .iter()
        .map(|c| match c.field {
            Some(f) => format!("{} → {}", c.header, f.name()),
            None => m!("cli-csv-column-ignored", header = &c.header),
        })
        .collect();
    println!("{}", m!("cli-csv-columns", columns = columns.join(", ")));
    if dry_run {
        for row in &report.rows {
            let mut line = m!(
                "cli-csv-row",
                row = row.row,
                action = action_word(row.action, true)
            );
            if let Some(id) = &row.incident_id {
                line.push_str(&format!(" {id}"));
            }
            line.push_str(&format!(" {}", clip(&row.title)));
            if !row.changes.is_empty() {
                let changes = row.changes.join(", ");
                let what = if row.action == RowAction::Keep {
                    m!("cli-csv-row-differs", changes = changes)
                } else {
                    m!("cli-csv-row-changes", changes = changes)
                };
                line.push_str(&format!(" {what}"));
            }
            println!("{line}");
        }
    }
    print_list(Heading::Problems, &report.problems);
    print_list(Heading::Warnings, &report.warnings);
    if report.kept > 0 {
        println!("{}", m!("cli-csv-kept", count = report.kept));
    }
}

pub fn import_csv(
    lib: &mut Library,
    kind: CsvKind,
    file: &Path,
    dry_run: bool,
    options: CsvOptions,
    now: Timestamp,
) -> Result<(), String> {
    if let CsvKind::Cases = kind {
        let options = CaseCsvOptions {
            valid_rows_only: options.valid_rows_only,
            sensitivity: options.sensitivity,
        };
        return import_csv_cases(lib, file, dry_run, options, now);
    }
    let valid_rows_only = options.valid_rows_only;
    let bytes = csv_incidents::read_csv_file(file).map_err(|e| e.to_string())?;
    if dry_run {
        let report = lib
            .plan_csv_incidents(&bytes, &options)
            .map_err(|e| e.to_string())?;
        print_csv_report(file, &report, true);
        println!("{}", csv_summary(file, &report, true));
        if report.invalid > 0 && !valid_rows_only {
            return Err(dry_run_invalid(
                report.invalid,
                report.rows.len(),
                &report.problems,
            ));
        }
        if report.unstated_sensitivity > 0 && options.sensitivity.is_none() {
            println!(
                "{}",
                m!(
                    "cli-csv-sensitivity-needed",
                    rows = report.unstated_sensitivity
                )
            );
        }
        return Ok(());
    }
    match lib.import_csv_incidents(&bytes, &options, now) {
        Ok(report) => {
            print_csv_report(file, &report, false);
            println!("{}", csv_summary(file, &report, false));
            Ok(())
        }
        Err(CsvError::InvalidRows {
            invalid_rows,
            problems,
        }) => Err(nothing_imported(invalid_rows, &problems)),
        Err(CsvError::SensitivityNotChosen { rows }) => {
            Err(m!("cli-csv-sensitivity-not-chosen", rows = rows))
        }
        Err(e) => Err(e.to_string()),
    }
}

/// What happens to a case or an entry, as the dry run's lines select on it.
fn action_key(action: RowAction) -> &'static str {
    match action {
        RowAction::Create => "create",
        RowAction::Update => "update",
        _ => "unchanged",
    }
}

fn print_case_report(file: &Path, report: &CaseCsvReport, dry_run: bool) {
    print_csv_read(file, &report.delimiter, report.rows.len());
    let columns: Vec<String> = report
        .columns
        .iter()
        .map(|c| match c.column {
            Some(column) => format!("{} → {column}", c.header),
            None => m!("cli-csv-column-ignored", header = &c.header),
        })
        .collect();
    println!("{}", m!("cli-csv-columns", columns = columns.join(", ")));
    if dry_run {
        for case in &report.cases {
            let mut line = m!(
                "cli-csv-cases-case",
                case = &case.case_id,
                name = clip(&case.name),
                action = action_key(case.action)
            );
            if !case.changes.is_empty() {
                let changes = m!("cli-csv-row-changes", changes = case.changes.join(", "));
                line.push_str(&format!(" {changes}"));
            }
            println!("{line}");
        }
        for row in &report.rows {
            let mut line = match (&row.case_id, &row.entry_id) {
                (Some(case), Some(entry)) => m!(
                    "cli-csv-cases-row",
                    row = row.row,
                    entry = entry,
                    case = case,
                    action = action_key(row.action)
                ),
                _ => m!(
                    "cli-csv-row",
                    row = row.row,
                    action = action_word(row.action, true)
                ),
            };
            if !row.changes.is_empty() {
                let changes = m!("cli-csv-row-changes", changes = row.changes.join(", "));
                line.push_str(&format!(" {changes}"));
            }
            println!("{line}");
        }
    }
    print_list(Heading::Problems, &report.problems);
    print_list(Heading::Warnings, &report.warnings);
}

fn case_summary(file: &Path, report: &CaseCsvReport, dry_run: bool) -> String {
    m!(
        "cli-csv-cases-summary",
        written = if dry_run { "no" } else { "yes" },
        file = file.display().to_string(),
        cases_created = report.cases_created,
        cases_updated = report.cases_updated,
        cases_unchanged = report.cases_unchanged,
        entries_created = report.entries_created,
        entries_updated = report.entries_updated,
        entries_unchanged = report.entries_unchanged,
        invalid = report.invalid,
        sources = report.sources_created
    )
}

/// `import-csv cases`: the same contract as for incidents (a dry run that fails when
/// rows have problems, all or nothing unless `--valid-rows-only`, a sensitivity chosen
/// for the whole file when new cases state none).
fn import_csv_cases(
    lib: &mut Library,
    file: &Path,
    dry_run: bool,
    options: CaseCsvOptions,
    now: Timestamp,
) -> Result<(), String> {
    let bytes = csv_incidents::read_csv_file(file).map_err(|e| e.to_string())?;
    if dry_run {
        let report = lib
            .plan_csv_cases(&bytes, &options)
            .map_err(|e| e.to_string())?;
        print_case_report(file, &report, true);
        println!("{}", case_summary(file, &report, true));
        if report.invalid > 0 && !options.valid_rows_only {
            return Err(dry_run_invalid(
                report.invalid,
                report.rows.len(),
                &report.problems,
            ));
        }
        if report.unstated_sensitivity > 0 && options.sensitivity.is_none() {
            println!(
                "{}",
                m!(
                    "cli-csv-cases-sensitivity-needed",
                    cases = report.unstated_sensitivity
                )
            );
        }
        return Ok(());
    }
    match lib.import_csv_cases(&bytes, &options, now) {
        Ok(report) => {
            print_case_report(file, &report, false);
            println!("{}", case_summary(file, &report, false));
            Ok(())
        }
        Err(CsvError::InvalidRows {
            invalid_rows,
            problems,
        }) => Err(nothing_imported(invalid_rows, &problems)),
        Err(CsvError::CaseSensitivityNotChosen { cases }) => {
            Err(m!("cli-csv-cases-sensitivity-not-chosen", cases = cases))
        }
        Err(e) => Err(e.to_string()),
    }
}

pub fn import_csl(
    lib: &mut Library,
    file: &Path,
    dry_run: bool,
    now: Timestamp,
) -> Result<(), String> {
    let bytes = csl::read_csl_file(file).map_err(|e| e.to_string())?;
    let report = if dry_run {
        lib.plan_csl_sources(&bytes)
    } else {
        lib.import_csl_sources(&bytes, now)
    }
    .map_err(|e| match e {
        csl::CslError::InvalidItems { problems } => {
            print_list(Heading::Problems, &problems);
            csl::CslError::InvalidItems { problems }.to_string()
        }
        other => other.to_string(),
    })?;
    if dry_run {
        for item in &report.items {
            let mut line = m!(
                "cli-csl-item",
                item = item.item,
                action = action_word(item.action, true),
                source = &item.source_id,
                title = clip(&item.title)
            );
            if !item.changes.is_empty() {
                line.push_str(&format!(" ({})", item.changes.join(", ")));
            }
            println!("{line}");
        }
    }
    print_list(Heading::Warnings, &report.warnings);
    let file = file.display().to_string();
    let said = m!(
        "cli-csl-summary",
        written = if dry_run { "no" } else { "yes" },
        file = file,
        created = report.created,
        updated = report.updated,
        unchanged = report.unchanged
    );
    println!("{said}");
    Ok(())
}

pub fn export_csl(lib: &Library, file: &Path, include_restricted: bool) -> Result<(), String> {
    let export = lib
        .write_csl(include_restricted, file)
        .map_err(|e| e.to_string())?;
    let file = file.display().to_string();
    let said = if export.restricted_left_out > 0 {
        m!(
            "cli-csl-exported-restricted",
            count = export.exported,
            file = file,
            restricted = export.restricted_left_out
        )
    } else {
        m!("cli-csl-exported", count = export.exported, file = file)
    };
    println!("{said}");
    Ok(())
}

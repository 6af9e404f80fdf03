//! `import-csv`, `import-csl` and `export-csl`: incidents from spreadsheets and sources from
//! reference managers, in and out.

use std::path::Path;

use roundbook_core::exchange::csv_incidents::{CsvReport, RowAction};
use roundbook_core::exchange::{csl, csv_incidents, CsvError, CsvOptions};
use roundbook_core::model::Timestamp;
use roundbook_core::Library;

/// What the rows of a CSV file are. Only incidents can be imported from CSV.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum CsvKind {
    Incidents,
}

/// At most this many problems or warnings are printed; the rest are counted.
const PRINT_AT_MOST: usize = 200;

fn action_word(action: RowAction, dry_run: bool) -> &'static str {
    match (action, dry_run) {
        (RowAction::Create, true) => "would create",
        (RowAction::Create, false) => "created",
        (RowAction::Update, true) => "would update",
        (RowAction::Update, false) => "updated",
        (RowAction::Unchanged, _) => "unchanged",
        (RowAction::Keep, _) => "kept as the library has it",
        (RowAction::Invalid, _) => "invalid",
    }
}

/// Titles in listings: at most 80 characters.
fn clip(title: &str) -> String {
    if title.chars().count() <= 80 {
        title.to_string()
    } else {
        format!("{}…", title.chars().take(79).collect::<String>())
    }
}

fn print_list<T: std::fmt::Display>(heading: &str, items: &[T]) {
    if items.is_empty() {
        return;
    }
    println!("{heading}:");
    for item in items.iter().take(PRINT_AT_MOST) {
        println!("  {item}");
    }
    if items.len() > PRINT_AT_MOST {
        println!("  … and {} more", items.len() - PRINT_AT_MOST);
    }
}

fn print_csv_report(file: &Path, report: &CsvReport, dry_run: bool) {
    let separator = match report.delimiter.as_str() {
        "\t" => "tab".to_string(),
        d => format!("{d:?}"),
    };
    println!(
        "{}: {} rows, separated by {separator}",
        file.display(),
        report.rows.len()
    );
    let columns: Vec<String> = report
        .columns
        .iter()
        .map(|c| match c.field {
            Some(f) => format!("{} → {}", c.header, f.label()),
            None => format!("{} → (ignored)", c.header),
        })
        .collect();
    println!("columns: {}", columns.join(", "));
    if dry_run {
        for row in &report.rows {
            let mut line = format!("row {}: {}", row.row, action_word(row.action, true));
            if let Some(id) = &row.incident_id {
                line.push_str(&format!(" {id}"));
            }
            line.push_str(&format!(" {:?}", clip(&row.title)));
            if !row.changes.is_empty() {
                let what = if row.action == RowAction::Keep {
                    "the file differs in"
                } else {
                    "changes"
                };
                line.push_str(&format!(" ({what}: {})", row.changes.join(", ")));
            }
            println!("{line}");
        }
    }
    print_list("problems", &report.problems);
    print_list("warnings", &report.warnings);
    if report.kept > 0 {
        println!(
            "{} incidents are already in the library in another version and were left as they are (--update-existing takes the file's values)",
            report.kept
        );
    }
}

pub fn import_csv(
    lib: &mut Library,
    _kind: CsvKind,
    file: &Path,
    dry_run: bool,
    valid_rows_only: bool,
    update_existing: bool,
    now: Timestamp,
) -> Result<(), String> {
    let options = CsvOptions {
        mapping: None,
        valid_rows_only,
        update_existing,
    };
    let bytes = csv_incidents::read_csv_file(file).map_err(|e| e.to_string())?;
    if dry_run {
        let report = lib
            .plan_csv_incidents(&bytes, &options)
            .map_err(|e| e.to_string())?;
        print_csv_report(file, &report, true);
        println!(
            "dry run: {} would be created, {} updated, {} unchanged, {} kept as the library has them, {} invalid; {} new sources; nothing was written",
            report.created, report.updated, report.unchanged, report.kept, report.invalid, report.sources_created
        );
        if report.invalid > 0 && !valid_rows_only {
            return Err(format!(
                "{} of {} rows have problems, so importing would write nothing (fix them, or use --valid-rows-only); first: {}",
                report.invalid,
                report.rows.len(),
                report.problems.first().map(|p| p.to_string()).unwrap_or_default()
            ));
        }
        return Ok(());
    }
    match lib.import_csv_incidents(&bytes, &options, now) {
        Ok(report) => {
            print_csv_report(file, &report, false);
            println!(
                "imported {}: {} created, {} updated, {} unchanged, {} kept as the library has them, {} rows skipped; {} new sources",
                file.display(),
                report.created,
                report.updated,
                report.unchanged,
                report.kept,
                report.invalid,
                report.sources_created
            );
            Ok(())
        }
        Err(CsvError::InvalidRows {
            invalid_rows,
            problems,
        }) => {
            print_list("problems", &problems);
            Err(format!(
                "nothing was imported: {invalid_rows} rows have problems (fix them, or use --valid-rows-only); first: {}",
                problems.first().map(|p| p.to_string()).unwrap_or_default()
            ))
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
            print_list("problems", &problems);
            csl::CslError::InvalidItems { problems }.to_string()
        }
        other => other.to_string(),
    })?;
    if dry_run {
        for item in &report.items {
            let mut line = format!(
                "item {}: {} {} {:?}",
                item.item,
                action_word(item.action, true),
                item.source_id,
                clip(&item.title)
            );
            if !item.changes.is_empty() {
                line.push_str(&format!(" ({})", item.changes.join(", ")));
            }
            println!("{line}");
        }
    }
    print_list("warnings", &report.warnings);
    let verb = if dry_run { "dry run" } else { "imported" };
    println!(
        "{verb} {}: {} sources {}created, {} updated, {} unchanged{}",
        file.display(),
        report.created,
        if dry_run { "would be " } else { "" },
        report.updated,
        report.unchanged,
        if dry_run { "; nothing was written" } else { "" }
    );
    Ok(())
}

pub fn export_csl(lib: &Library, file: &Path, include_restricted: bool) -> Result<(), String> {
    let export = lib
        .write_csl(include_restricted, file)
        .map_err(|e| e.to_string())?;
    print!("exported {} sources to {}", export.exported, file.display());
    if export.restricted_left_out > 0 {
        print!(
            " ({} restricted sources left out; --include-restricted adds them)",
            export.restricted_left_out
        );
    }
    println!();
    Ok(())
}

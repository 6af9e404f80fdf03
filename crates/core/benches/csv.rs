//! Release benchmark of the CSV import of incidents:
//!   cargo bench -p roundbook-core --bench csv
//! Generates a 50 000-row spreadsheet export (`;`, BOM, CRLF, quoted cells with line
//! breaks, dates in three forms, areas by title, a source URL per row), then measures the
//! dry run, the import into a library file, and the re-import of the same file.
//! Prints one line per measurement; docs/benchmarks.md records the figures.
//! Not a test: nothing here fails on a slow machine.

use std::fmt::Write as _;
use std::time::Instant;

use roundbook_core::dates::Date;
use roundbook_core::exchange::{synthetic, CsvOptions};
use roundbook_core::model::{ConcernArea, Incident, Timestamp};
use roundbook_core::Library;

const ROWS: usize = 50_000;

/// A spreadsheet as Excel or LibreOffice exports it in Europe.
fn spreadsheet(areas: &[ConcernArea]) -> Vec<u8> {
    let mut out = String::from("\u{feff}Date;Title;Place;Description;People;Concern area;Verification;Sensitivity;Source URL\r\n");
    let places = [
        "Almaty (Алматы)",
        "Astana (Астана)",
        "Zhanaozen (Жаңаөзен)",
        "Aktau (Ақтау)",
        "Shymkent",
    ];
    let verification = ["confirmed", "credible", "unverified"];
    for i in 0..ROWS {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let year = 2008 + (i / 336) % 6;
        let date = match i % 3 {
            0 => format!("{year}-{month:02}-{day:02}"),
            1 => format!("{day:02}.{month:02}.{year}"),
            _ => Date::new(year as i32, month as u32, day as u32)
                .map_or_else(String::new, Date::long),
        };
        let area = &areas[i % areas.len()].title;
        let _ = write!(
            out,
            "{date};Activists detained at protest no. {i};{};\"Police dispersed the protest; {n} people were detained.\r\nA second line: \"\"quoted\"\" words, Жаңаөзен.\";\"Person {a}; Person {b}\";\"{area}\";{};{};https://example.org/reports/{s}\r\n",
            places[i % places.len()],
            verification[i % 3],
            if i % 97 == 0 { "restricted" } else { "public" },
            n = 3 + i % 40,
            a = i % 5000,
            b = (i + 7) % 5000,
            s = i % 500,
        );
    }
    out.into_bytes()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.roundbook");
    let mut lib = Library::open(&path, None).expect("open");
    // A library with areas to link to (8 areas, 32 benchmarks, 200 sources, no incidents).
    let mut base = synthetic::bundle(synthetic::Size::incidents(0), 3);
    base.records.incidents.clear();
    lib.import_bundle(&base).expect("base library");
    let areas = lib.list::<ConcernArea>().expect("areas");
    let csv = spreadsheet(&areas);
    println!(
        "CSV: {ROWS} rows, {:.1} MB (`;`, BOM, CRLF, quoted line breaks, 3 date forms, areas by title, a source URL per row)",
        csv.len() as f64 / 1e6
    );
    let now: Timestamp = "2026-11-25T10:00:00Z".parse().expect("timestamp");
    // Rows without a sensitivity take the one chosen for the whole file.
    let options = CsvOptions {
        sensitivity: Some(roundbook_core::model::Sensitivity::Public),
        ..CsvOptions::default()
    };

    let t = Instant::now();
    let plan = lib.plan_csv_incidents(&csv, &options).expect("dry run");
    let dry = t.elapsed();
    assert_eq!(
        (plan.created, plan.invalid),
        (ROWS, 0),
        "{:?}",
        plan.problems.first()
    );
    println!(
        "dry run (read, check every row, nothing written): {:.2} s",
        dry.as_secs_f64()
    );

    let t = Instant::now();
    let report = lib
        .import_csv_incidents(&csv, &options, now)
        .expect("import");
    let import = t.elapsed();
    assert_eq!(report.created, ROWS);
    println!(
        "import into a library file (one transaction, {} incidents and {} sources created, indexed for search): {:.2} s",
        report.created,
        report.sources_created,
        import.as_secs_f64()
    );

    let t = Instant::now();
    let again = lib
        .import_csv_incidents(&csv, &options, now)
        .expect("re-import");
    let reimport = t.elapsed();
    assert_eq!(again.unchanged, ROWS);
    println!(
        "re-import of the same file (every row unchanged, nothing written): {:.2} s",
        reimport.as_secs_f64()
    );
    assert_eq!(lib.list::<Incident>().expect("incidents").len(), ROWS);
    println!(
        "target: import of {ROWS} rows ≤ 5 s — {}",
        if import.as_secs_f64() <= 5.0 {
            "met"
        } else {
            "NOT met"
        }
    );
}

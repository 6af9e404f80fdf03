//! Release benchmark of the CSV imports of incidents and of cases:
//!   cargo bench -p roundbook-core --bench csv [-- incidents | cases]
//! Incidents: generates a 50 000-row spreadsheet export (`;`, BOM, CRLF, quoted cells with
//! line breaks, dates in three forms, areas by title, a source URL per row), then measures
//! the dry run, the import into a library file, and the re-import of the same file.
//! Cases: 10 000 cases with a timeline of 5 statuses each, one row per status (50 000
//! rows; partial and full dates in four forms, other names, areas by title, a source URL
//! per row), measured the same way.
//! Prints one line per measurement; docs/benchmarks.md records the figures.
//! Not a test: nothing here fails on a slow machine.

use std::fmt::Write as _;
use std::time::Instant;

use roundbook_core::dates::Date;
use roundbook_core::exchange::{synthetic, CaseCsvOptions, CsvOptions};
use roundbook_core::model::{Case, CaseEntry, ConcernArea, Incident, Sensitivity, Timestamp};
use roundbook_core::Library;

const ROWS: usize = 50_000;
const CASES: usize = 10_000;
const STATUSES_PER_CASE: usize = 5;

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

/// A spreadsheet of cases as an advocacy group keeps it: one row per status of a case,
/// the case's columns repeated on each row.
fn case_spreadsheet(areas: &[ConcernArea]) -> Vec<u8> {
    let mut out = String::from(
        "\u{feff}name;other_names;description;status;status_date;consent;area;role;source_url\r\n",
    );
    let consents = ["named", "anonymised", "internal"];
    let roles = [
        "journalist",
        "lawyer",
        "trade unionist",
        "blogger",
        "opposition member",
    ];
    for c in 0..CASES {
        let year = 2008 + (c % 12) as i32;
        let month = 1 + (c % 9) as u32;
        let day = 1 + (c % 27) as u32;
        let area = &areas[c % areas.len()].title;
        // At risk since a year, detained since a month, then days in three forms.
        let statuses = [
            ("at risk", format!("{year}")),
            ("detained", format!("{year}-{month:02}")),
            ("charged", format!("{day:02}.{:02}.{year}", month + 1)),
            (
                "on trial",
                Date::new(year, month + 2, day).map_or_else(String::new, Date::long),
            ),
            ("sentenced", format!("{}-{:02}-{day:02}", year + 1, month)),
        ];
        for (n, (status, date)) in statuses.iter().enumerate().take(STATUSES_PER_CASE) {
            let _ = write!(
                out,
                "Person {c} Example;\"Персона {c}; Person {c} Ekzampl\";\"{role} from Zhanaozen (Жаңаөзен); status {n}.\";{status};{date};{};\"{area}\";{role};https://example.org/cases/{s}\r\n",
                consents[c % 3],
                role = roles[c % roles.len()],
                s = (c * STATUSES_PER_CASE + n) % 500,
            );
        }
    }
    out.into_bytes()
}

/// The CPU time this thread has used so far, in seconds (Linux: `/proc/thread-self/stat`,
/// in clock ticks of 10 ms; 0 elsewhere). Unlike the wall clock it leaves out the time
/// other programs on this shared machine held the CPU.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    // utime and stime: fields 14 and 15, the 12th and 13th after the command's `)`.
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: u64 = after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse::<u64>().ok())
        .sum();
    ticks as f64 / 100.0
}

/// A library file with areas to link to (8 areas, 32 benchmarks, 200 sources, no
/// incidents).
fn base_library(path: &std::path::Path) -> Library {
    let mut lib = Library::open(path, None).expect("open");
    let mut base = synthetic::bundle(synthetic::Size::incidents(0), 3);
    base.records.incidents.clear();
    lib.import_bundle(&base).expect("base library");
    lib
}

fn main() {
    // `cargo bench -- cases` runs only the cases; cargo adds `--bench`.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted =
        |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    if wanted("incidents") {
        incidents();
    }
    if wanted("cases") {
        cases();
    }
}

fn cases() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench-cases.roundbook");
    let mut lib = base_library(&path);
    let areas = lib.list::<ConcernArea>().expect("areas");
    let csv = case_spreadsheet(&areas);
    let rows = CASES * STATUSES_PER_CASE;
    println!(
        "CSV of cases: {CASES} cases × {STATUSES_PER_CASE} statuses = {rows} rows, {:.1} MB (`;`, BOM, CRLF, other names, partial dates and 4 date forms, areas by title, a source URL per row)",
        csv.len() as f64 / 1e6
    );
    let now: Timestamp = "2026-12-03T10:00:00Z".parse().expect("timestamp");
    let options = CaseCsvOptions {
        sensitivity: Some(Sensitivity::Restricted),
        ..CaseCsvOptions::default()
    };

    let (t, cpu) = (Instant::now(), cpu_seconds());
    let plan = lib.plan_csv_cases(&csv, &options).expect("dry run");
    let (dry, dry_cpu) = (t.elapsed(), cpu_seconds() - cpu);
    assert_eq!(
        (plan.cases_created, plan.entries_created, plan.invalid),
        (CASES, rows, 0),
        "{:?}",
        plan.problems.first()
    );
    println!(
        "cases dry run (read, check every row, gather timelines, nothing written): {:.2} s (CPU {dry_cpu:.2} s)",
        dry.as_secs_f64()
    );

    let (t, cpu) = (Instant::now(), cpu_seconds());
    let report = lib.import_csv_cases(&csv, &options, now).expect("import");
    let (import, import_cpu) = (t.elapsed(), cpu_seconds() - cpu);
    assert_eq!(
        (report.cases_created, report.entries_created),
        (CASES, rows)
    );
    println!(
        "cases import into a library file (one transaction, {} cases, {} timeline entries and {} sources created, indexed for search): {:.2} s (CPU {import_cpu:.2} s)",
        report.cases_created,
        report.entries_created,
        report.sources_created,
        import.as_secs_f64()
    );

    let (t, cpu) = (Instant::now(), cpu_seconds());
    let again = lib
        .import_csv_cases(&csv, &options, now)
        .expect("re-import");
    let (reimport, reimport_cpu) = (t.elapsed(), cpu_seconds() - cpu);
    assert_eq!(
        (again.cases_unchanged, again.entries_unchanged),
        (CASES, rows)
    );
    println!(
        "cases re-import of the same file (every case and entry unchanged, nothing written): {:.2} s (CPU {reimport_cpu:.2} s)",
        reimport.as_secs_f64()
    );
    assert_eq!(lib.list::<Case>().expect("cases").len(), CASES);
    assert_eq!(lib.list::<CaseEntry>().expect("entries").len(), rows);
    println!(
        "target: import of {CASES} cases × {STATUSES_PER_CASE} statuses ≤ 3 s — {}",
        if import.as_secs_f64().min(import_cpu) <= 3.0 {
            "met"
        } else {
            "NOT met"
        }
    );
}

fn incidents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.roundbook");
    let mut lib = base_library(&path);
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

//! Spreadsheets (CSV) of cases: planning an import against a library never panics, and
//! importing the valid rows of a file into an empty library either works or fails with an
//! error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundbook_core::exchange::CaseCsvOptions;
use roundbook_core::model::Sensitivity;
use roundbook_core::Library;

mod demo_library;

fuzz_target!(|data: &[u8]| {
    let options = CaseCsvOptions {
        valid_rows_only: true,
        sensitivity: match data.first().map(|b| b & 3) {
            Some(1) => Some(Sensitivity::Public),
            Some(2) => Some(Sensitivity::Restricted),
            _ => None,
        },
    };
    let plan = demo_library::with(|lib| lib.plan_csv_cases(data, &options));
    if let Ok(report) = plan {
        if report.cases_created > 0 {
            let mut empty = Library::open_in_memory().expect("in-memory library");
            let now = "2012-04-01T00:00:00Z".parse().unwrap();
            let _ = empty.import_csv_cases(data, &options, now);
        }
    }
});

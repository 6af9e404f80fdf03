//! Moving records in and out of a library: bundle files (the format of
//! `docs/bundle-v1.schema.json`), incidents from spreadsheets (CSV) and sources from
//! reference managers (CSL-JSON).

mod bundle;
pub mod csl;
pub mod csv_incidents;
pub mod demo;
mod export;
mod human_dates;
mod import;
pub mod merge;
pub mod sealed;
pub mod synthetic;

pub use bundle::{Bundle, BundleError, MAX_BUNDLE_BYTES};
pub use csl::{export_csl, CslError, CslExport, CslReport, MAX_CSL_BYTES};
pub use csv_incidents::{CsvError, CsvOptions, CsvReport, IncidentField, MAX_CSV_BYTES};
pub use export::{export, ExportScope};
pub use import::{Conflict, ImportReport, KindCounts};
pub use merge::{Choice, ImportPlan, MergeAction, PlanItem, Resolutions};

/// An import error's summary: the first problem, and how many more there are.
fn first_problem<T: std::fmt::Display>(problems: &[T]) -> String {
    match problems {
        [] => "the file has problems".into(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!(
            "{first} (and {} more problem{})",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
    }
}

//! Moving records in and out of a library: bundle files (the format of
//! `docs/bundle-v1.schema.json`), incidents and cases from spreadsheets (CSV) and sources
//! from reference managers (CSL-JSON).

mod bundle;
pub mod csl;
pub mod csv_cases;
pub(crate) mod csv_common;
pub mod csv_incidents;
pub mod demo;
mod export;
pub mod human_dates;
pub mod merge;
pub mod sealed;
pub mod synthetic;

pub use bundle::{Bundle, BundleError, MAX_BUNDLE_BYTES, OLDEST_VERSION, VERSION};
pub use csl::{export_csl, CslError, CslExport, CslReport, CslWritten, MAX_CSL_BYTES};
pub use csv_cases::{CaseColumn, CaseCsvOptions, CaseCsvReport};
pub use csv_incidents::{CsvError, CsvOptions, CsvReport, IncidentField, MAX_CSV_BYTES};
pub use export::{
    export, without_restricted, BundleItem, BundlePreview, BundleWritten, ExportScope, KindCount,
    LeftOut, RestrictedRecords,
};
pub use merge::{
    Choice, Conflict, FieldsKept, ImportPlan, ImportReport, KindCounts, MergeAction, PlanItem,
    Resolutions,
};

/// An import error's summary: the first problem, and how many more there are.
fn first_problem<T: std::fmt::Display>(problems: &[T]) -> String {
    match problems {
        [] => crate::m!("import-has-problems"),
        [one] => one.to_string(),
        [first, rest @ ..] => crate::m!(
            "import-problems",
            problem = first.to_string(),
            more = rest.len()
        ),
    }
}

/// Reads a bundle file's bytes, refusing more than `MAX_BUNDLE_BYTES`.
fn read_bundle_bytes(path: &std::path::Path) -> crate::Result<Vec<u8>> {
    crate::files::read_bounded(path, MAX_BUNDLE_BYTES).map_err(|e| match e {
        crate::files::ReadError::TooLarge { size, max } => {
            BundleError::TooLarge { size, max }.into()
        }
        crate::files::ReadError::Io(e) => crate::Error::io(path, e),
    })
}

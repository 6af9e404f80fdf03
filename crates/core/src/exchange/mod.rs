//! Moving records in and out of a library: bundle files (the format of
//! `docs/bundle-v1.schema.json`).

mod bundle;
pub mod demo;
pub mod synthetic;
mod export;
mod import;

pub use bundle::{Bundle, BundleError, MAX_BUNDLE_BYTES};
pub use export::{export, ExportScope};
pub use import::{Conflict, ImportReport, KindCounts};

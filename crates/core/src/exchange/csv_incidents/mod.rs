//! Importing incidents from a spreadsheet's CSV export.
//!
//! - The header row names the columns; `columns` maps them to incident fields by name, and
//!   the caller may override the mapping (`CsvOptions::mapping`).
//! - Every row is checked before anything is written. A dry run (`plan_csv_incidents`)
//!   reports per row whether its incident would be created, updated or left unchanged, and
//!   every problem as `row 14, column Date: "31.02.2012" is not a date` (rows as the
//!   spreadsheet numbers them: the header is row 1).
//! - Importing is all or nothing unless `valid_rows_only` is set; either way it is one
//!   transaction.
//! - A row without an id column gets the id `csv-<hash of date, title and place>`, so
//!   importing the same file again finds the incidents it made instead of duplicating them.
//!   Two rows with the same date, title and place are two incidents (the second gets an id
//!   that includes its occurrence) and a warning.
//! - A row whose incident the library already holds leaves it as it is (the report says
//!   which fields differ), so edits made in the library survive a re-import. With
//!   `update_existing` the row's non-empty cells replace the mapped fields, people, areas,
//!   benchmarks and sources are added (never removed), unmapped fields are kept, and a
//!   restricted incident never becomes public.
//! - A new incident whose row states no sensitivity (no such column, or an empty cell)
//!   takes the one chosen once for the whole file (`CsvOptions::sensitivity`); without a
//!   choice the import is refused (`CsvError::SensitivityNotChosen`) and the dry run counts
//!   those rows (`CsvReport::unstated_sensitivity`), so nothing becomes public by default.
//! - Concern areas and benchmarks are found by id or title (case-insensitive); an unknown one
//!   is a problem of that row, never a new area. A web address in the source column finds
//!   the library's source with that address or creates one (id `csv-src-<hash>`); other text
//!   there finds a source by id or title, or creates one with that title.
//! - Reading the file, finding areas, benchmarks and sources, and the ids of sources are
//!   shared with the import of cases (`csv_common`, `csv_cases`).

mod columns;
mod plan;
mod row;
mod stable_ids;

use std::path::Path;

use serde::Serialize;

pub use super::csv_common::{read_csv_file, CsvError, RowAction, RowProblem, MAX_CSV_BYTES};
pub use columns::{CsvColumn, IncidentField};

use super::csv_common::{check_size, reader};
use crate::error::Result as CoreResult;
use crate::model::Timestamp;
use crate::store::{self, Library};

/// How to import a CSV file.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CsvOptions {
    /// The field of each column, in column order (`null`: ignore the column). Absent: the
    /// mapping guessed from the header (it is in every report's `columns`).
    #[serde(default)]
    pub mapping: Option<Vec<Option<IncidentField>>>,
    /// Import the valid rows and skip the others, instead of importing nothing when any
    /// row has a problem.
    #[serde(default)]
    pub valid_rows_only: bool,
    /// Let the file's non-empty cells replace what the library has for incidents it
    /// already holds. Off: such incidents are kept as they are, and the report lists what
    /// differs.
    #[serde(default)]
    pub update_existing: bool,
    /// The sensitivity of the new incidents whose row states none (the file has no
    /// sensitivity column, or the cell is empty). Asked once for the whole file: an import
    /// that would create such incidents is refused while this is absent, so nothing
    /// becomes public by default.
    #[serde(default)]
    pub sensitivity: Option<crate::model::Sensitivity>,
}

/// What an import did, or a dry run would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CsvReport {
    /// The separator found: `","`, `";"` or `"\t"`.
    pub delimiter: String,
    /// Every column of the header and the field it was mapped to.
    pub columns: Vec<CsvColumn>,
    /// Every row that has content, in file order.
    pub rows: Vec<CsvRow>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows whose incident the library already holds in another version, kept as it is
    /// (see `CsvOptions::update_existing`).
    pub kept: usize,
    /// Rows with at least one problem (skipped, or the reason nothing was imported).
    pub invalid: usize,
    /// Sources created for web addresses (or source titles) the library did not have.
    pub sources_created: usize,
    /// New incidents whose row states no sensitivity: they take `CsvOptions::sensitivity`,
    /// which the import needs when this is not zero.
    pub unstated_sensitivity: usize,
    /// Every problem, by row and column.
    pub problems: Vec<RowProblem>,
    /// Things worth knowing that do not stop a row (a repeated row, an ignored value).
    pub warnings: Vec<RowProblem>,
    /// True when the library was written (false for a dry run).
    pub written: bool,
}

/// What happens to one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CsvRow {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: usize,
    pub action: RowAction,
    /// The incident the row creates or updates (none for an invalid row).
    pub incident_id: Option<String>,
    pub title: String,
    /// For an update: the incident fields that change; for a kept incident: the fields in
    /// which the file differs from the library.
    pub changes: Vec<String>,
}

/// The field each header names, as the importer guesses it when no mapping is given (a
/// field named by two columns goes to the first). Shown to the user to correct when the
/// guess lacks the title or the date.
pub fn guess_columns(headers: &[String]) -> Vec<CsvColumn> {
    headers
        .iter()
        .zip(columns::guess(headers))
        .enumerate()
        .map(|(index, (header, field))| CsvColumn {
            index,
            header: header.clone(),
            field,
        })
        .collect()
}

/// A spreadsheet's dry run as the import dialog shows it: the columns with the field each
/// fills and, when the mapping lacks a column the import needs, what is missing instead
/// of the dry run.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct CsvPreview {
    /// Every column of the header and the field it fills.
    pub columns: Vec<CsvColumn>,
    /// The dry run; none while the mapping lacks a column the import needs (`problem`).
    pub report: Option<CsvReport>,
    /// Why there is no dry run, e.g. "No column holds the date".
    pub problem: Option<String>,
}

impl Library {
    /// The dry run: what importing `bytes` would do, with every problem. Writes nothing.
    pub fn plan_csv_incidents(
        &self,
        bytes: &[u8],
        options: &CsvOptions,
    ) -> Result<CsvReport, CsvError> {
        check_size(bytes)?;
        let table = reader::read(bytes)?;
        let mut outcome: Result<CsvReport, CsvError> = Err(CsvError::NoHeader);
        self.read(|conn| -> CoreResult<()> {
            outcome = plan::plan(conn, &table, options).map(|plan| plan.report);
            Ok(())
        })?;
        outcome
    }

    /// Imports the incidents of `bytes` in one transaction. All or nothing (an error
    /// listing every problem) unless `options.valid_rows_only`. `now` becomes the
    /// `updated_at` of what is created or changed.
    #[tracing::instrument(skip_all, fields(bytes = bytes.len()))]
    pub fn import_csv_incidents(
        &mut self,
        bytes: &[u8],
        options: &CsvOptions,
        now: Timestamp,
    ) -> Result<CsvReport, CsvError> {
        check_size(bytes)?;
        let table = reader::read(bytes)?;
        let mut outcome: Result<CsvReport, CsvError> = Err(CsvError::NoHeader);
        let written = self.write(|tx| -> CoreResult<bool> {
            let plan = match plan::plan(tx, &table, options) {
                Ok(plan) => plan,
                Err(e) => {
                    outcome = Err(e);
                    return Ok(false);
                }
            };
            if plan.report.invalid > 0 && !options.valid_rows_only {
                outcome = Err(CsvError::InvalidRows {
                    invalid_rows: plan.report.invalid,
                    problems: plan.report.problems,
                });
                return Ok(false);
            }
            if plan.report.unstated_sensitivity > 0 && options.sensitivity.is_none() {
                outcome = Err(CsvError::SensitivityNotChosen {
                    rows: plan.report.unstated_sensitivity,
                });
                return Ok(false);
            }
            for mut source in plan.new_sources {
                source.updated_at = Some(now);
                store::put(tx, &source, true)?;
            }
            for (mut incident, is_new) in plan.writes {
                incident.updated_at = Some(now);
                store::put(tx, &incident, is_new)?;
            }
            let mut report = plan.report;
            report.written = true;
            outcome = Ok(report);
            Ok(true)
        });
        match written {
            Ok(_) => outcome,
            Err(e) => Err(e.into()),
        }
    }

    /// The dry run with `options`; when the mapping lacks the title or the date, the
    /// columns (with the fields guessed or mapped) and what is missing, so the user can
    /// map it. Writes nothing.
    pub fn preview_csv_incidents(
        &self,
        bytes: &[u8],
        options: &CsvOptions,
    ) -> Result<CsvPreview, CsvError> {
        match self.plan_csv_incidents(bytes, options) {
            Ok(report) => Ok(CsvPreview {
                columns: report.columns.clone(),
                report: Some(report),
                problem: None,
            }),
            Err(CsvError::MissingColumn { field, headers }) => {
                let columns = match &options.mapping {
                    Some(mapping) => headers
                        .iter()
                        .enumerate()
                        .map(|(index, header)| CsvColumn {
                            index,
                            header: header.clone(),
                            field: mapping.get(index).copied().flatten(),
                        })
                        .collect(),
                    None => guess_columns(&headers),
                };
                Ok(CsvPreview {
                    columns,
                    report: None,
                    problem: Some(crate::m!(
                        "csv-preview-missing-column",
                        field = field.name()
                    )),
                })
            }
            Err(e) => Err(e),
        }
    }

    /// `plan_csv_incidents` of a file (refused when over `MAX_CSV_BYTES`).
    pub fn plan_csv_incidents_file(
        &self,
        path: &Path,
        options: &CsvOptions,
    ) -> Result<CsvReport, CsvError> {
        self.plan_csv_incidents(&read_csv_file(path)?, options)
    }

    /// `import_csv_incidents` of a file (refused when over `MAX_CSV_BYTES`).
    pub fn import_csv_incidents_file(
        &mut self,
        path: &Path,
        options: &CsvOptions,
        now: Timestamp,
    ) -> Result<CsvReport, CsvError> {
        let bytes = read_csv_file(path)?;
        self.import_csv_incidents(&bytes, options, now)
    }
}

//! Importing cases and their status timelines from a spreadsheet's CSV export
//! (`roundbook import-csv cases FILE`).
//!
//! - The file is read as the incident import reads it (`csv_common`): UTF-8 with or
//!   without a byte order mark, `,`, `;` or tab between cells, quoted cells with line
//!   breaks, dates as people write them (`2012-03-08`, `08.03.2012`, `8 March 2012`,
//!   `2012-03`, `2012`, …; `human_dates`).
//! - The first row names the columns (case, spaces, `_` and `-` do not matter):
//!   `name`, `other_names` (separated by `;` or line breaks), `description` (the case's
//!   summary), `status` (`at_risk`, `detained`, `charged`, `on_trial`, `sentenced`,
//!   `imprisoned`, `released`, `acquitted`, `restricted`, `in_exile`, `deceased`,
//!   `closed`; written with spaces too: `on trial`), `status_date` (since when the status
//!   holds; partial dates allowed), `consent` (`named`, `anonymised` or `internal`) and
//!   `area` (concern areas by title or id, separated by `;`) are required; `id`, `role`,
//!   `organisation`, `source_url` (web addresses or source titles, separated by `;`),
//!   `benchmark` (by title or id), `sensitivity` (`public` or `restricted`) and `note`
//!   (what happened: the entry's note) are optional. Other columns are ignored, with a
//!   warning.
//! - One row is one status of one case: the case's fields and one dated timeline entry
//!   (`status` since `status_date`, with `source_url` as its source and `note`). Several
//!   rows of the same case with other statuses or dates are several entries: that is how
//!   a file carries a timeline.
//! - **The stable key.** A case is its `id` cell when the file has one; else its `name`,
//!   compared without regard to case, spacing or how accents are composed: the case an
//!   earlier import made for that name (id `csv-case-<hash of the name>`), else the
//!   library's one case with that name (two: a problem of the row, to be told apart with
//!   an `id` column), else a new case with id `csv-case-<hash of the name>`. A timeline
//!   entry is its case, its date (as stored: `2012-03` stays a month) and its status: the
//!   library's entry with those three, else a new one with id `csv-entry-<hash of the
//!   three>`. Importing the same file again therefore changes nothing, and a file with
//!   more rows adds only the new entries.
//! - A case's fields come from its rows in timeline order (by date, then by row): the
//!   last row with a filled `description`, `role` or `organisation` gives it;
//!   `other_names`, `area` and `benchmark` are gathered from every row. For a case the
//!   library holds, filled cells replace its summary, role and organisation, lists gain
//!   what they lack (nothing is removed), the name stays, and consent and sensitivity only
//!   ever become more protective (`named` → `anonymised` → `internal`; public →
//!   restricted): the file saying otherwise is a warning. An entry the library holds
//!   gains the row's sources, and its note when the row has one.
//! - There is no default consent: every row of a case the library does not hold must
//!   state it, and the rows of a case must agree on it (and on the sensitivity). A new
//!   case whose rows state no sensitivity takes the one chosen for the whole file
//!   (`CaseCsvOptions::sensitivity`); without a choice the import is refused
//!   (`CsvError::CaseSensitivityNotChosen`), so nothing becomes public by default.
//! - Every row is checked before anything is written; every problem names its row and
//!   column (`row 4, column status_date: "2012-02-30" is not a date`). The import is all
//!   or nothing unless `valid_rows_only` is set; either way it is one transaction.
//! - A new source made for a web address is restricted unless a public case with consent
//!   `named` cites it (its title or address may name the person).

mod columns;
mod plan;
mod row;

use std::path::Path;

use serde::Serialize;

pub use columns::{CaseColumn, CaseCsvColumn};

use super::csv_common::{
    check_size, read_csv_file, reader, with_write_cache, CsvError, RowAction, RowProblem,
};
use crate::error::Result as CoreResult;
use crate::model::{Sensitivity, Timestamp};
use crate::store::{self, Library};

/// How to import a file of cases.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, Serialize)]
pub struct CaseCsvOptions {
    /// Import the valid rows and skip the others, instead of importing nothing when any
    /// row has a problem.
    #[serde(default)]
    pub valid_rows_only: bool,
    /// The sensitivity of the new cases whose rows state none. Asked once for the whole
    /// file: an import that would create such cases is refused while this is absent.
    #[serde(default)]
    pub sensitivity: Option<Sensitivity>,
}

/// What an import of cases did, or a dry run would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseCsvReport {
    /// The separator found: `","`, `";"` or `"\t"`.
    pub delimiter: String,
    /// Every column of the header and what it holds.
    pub columns: Vec<CaseCsvColumn>,
    /// Every row that has content, in file order.
    pub rows: Vec<CaseCsvRow>,
    /// Every case the valid rows name, in the order the file first names them.
    pub cases: Vec<CaseCsvCase>,
    pub cases_created: usize,
    pub cases_updated: usize,
    pub cases_unchanged: usize,
    pub entries_created: usize,
    pub entries_updated: usize,
    pub entries_unchanged: usize,
    /// Rows with at least one problem (skipped, or the reason nothing was imported).
    pub invalid: usize,
    /// Sources created for web addresses (or source titles) the library did not have.
    pub sources_created: usize,
    /// New cases whose rows state no sensitivity: they take `CaseCsvOptions::sensitivity`,
    /// which the import needs when this is not zero.
    pub unstated_sensitivity: usize,
    /// Every problem, by row and column.
    pub problems: Vec<RowProblem>,
    /// Things worth knowing that do not stop a row (an ignored column, a repeated entry, a
    /// consent kept).
    pub warnings: Vec<RowProblem>,
    /// True when the library was written (false for a dry run).
    pub written: bool,
}

/// What happens to one row: to its timeline entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseCsvRow {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: usize,
    /// What happens to the row's entry (`Invalid`: the row has problems).
    pub action: RowAction,
    pub case_id: Option<String>,
    pub entry_id: Option<String>,
    /// The name as the row writes it.
    pub name: String,
    /// For an update: the entry's fields that change.
    pub changes: Vec<String>,
}

/// What happens to one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseCsvCase {
    pub case_id: String,
    pub name: String,
    pub action: RowAction,
    /// For an update: the case's fields that change.
    pub changes: Vec<String>,
    /// Its valid rows.
    pub rows: Vec<usize>,
}

impl Library {
    /// The dry run: what importing the cases of `bytes` would do, with every problem.
    /// Writes nothing.
    pub fn plan_csv_cases(
        &self,
        bytes: &[u8],
        options: &CaseCsvOptions,
    ) -> Result<CaseCsvReport, CsvError> {
        check_size(bytes)?;
        let table = reader::read(bytes)?;
        let mut outcome: Result<CaseCsvReport, CsvError> = Err(CsvError::NoHeader);
        self.read(|conn| -> CoreResult<()> {
            outcome = plan::plan(conn, &table, options).map(|plan| plan.report);
            Ok(())
        })?;
        outcome
    }

    /// Imports the cases and timeline entries of `bytes` in one transaction. All or
    /// nothing (an error listing every problem) unless `options.valid_rows_only`. `now`
    /// becomes the `updated_at` of what is created or changed.
    #[tracing::instrument(skip_all, fields(bytes = bytes.len()))]
    pub fn import_csv_cases(
        &mut self,
        bytes: &[u8],
        options: &CaseCsvOptions,
        now: Timestamp,
    ) -> Result<CaseCsvReport, CsvError> {
        check_size(bytes)?;
        let table = reader::read(bytes)?;
        let mut outcome: Result<CaseCsvReport, CsvError> = Err(CsvError::NoHeader);
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
                outcome = Err(CsvError::CaseSensitivityNotChosen {
                    cases: plan.report.unstated_sensitivity,
                });
                return Ok(false);
            }
            // Written in the order of their ids, the key of most of the indexes they go
            // into: a quarter faster than in the (random) order of their hashes.
            let mut plan = plan;
            plan.cases.sort_unstable_by(|a, b| a.0.id.cmp(&b.0.id));
            plan.entries.sort_unstable_by(|a, b| a.0.id.cmp(&b.0.id));
            let records = plan.new_sources.len() + plan.cases.len() + plan.entries.len();
            with_write_cache(tx, records, || {
                for mut source in plan.new_sources {
                    source.updated_at = Some(now);
                    store::put(tx, &source, true)?;
                }
                for (mut case, is_new) in plan.cases {
                    case.updated_at = Some(now);
                    store::put(tx, &case, is_new)?;
                }
                for (mut entry, is_new) in plan.entries {
                    entry.updated_at = Some(now);
                    store::put(tx, &entry, is_new)?;
                }
                Ok(())
            })?;
            let mut report = plan.report;
            report.written = true;
            tracing::info!(
                cases_created = report.cases_created,
                entries_created = report.entries_created,
                "cases imported"
            );
            outcome = Ok(report);
            Ok(true)
        });
        match written {
            Ok(_) => outcome,
            Err(e) => Err(e.into()),
        }
    }

    /// `plan_csv_cases` of a file (refused when over `MAX_CSV_BYTES`).
    pub fn plan_csv_cases_file(
        &self,
        path: &Path,
        options: &CaseCsvOptions,
    ) -> Result<CaseCsvReport, CsvError> {
        self.plan_csv_cases(&read_csv_file(path)?, options)
    }

    /// `import_csv_cases` of a file (refused when over `MAX_CSV_BYTES`).
    pub fn import_csv_cases_file(
        &mut self,
        path: &Path,
        options: &CaseCsvOptions,
        now: Timestamp,
    ) -> Result<CaseCsvReport, CsvError> {
        let bytes = read_csv_file(path)?;
        self.import_csv_cases(&bytes, options, now)
    }
}

//! What the spreadsheet imports (incidents, cases) share: reading the file (`reader`),
//! its cells (`cells`), finding the library's areas, benchmarks and sources a row names
//! (`lookup`), citing sources by web address or title (`sources`), ids that survive a
//! re-import (`stable_ids`), and the errors, row problems and row actions they report.
//! Dates are read by `exchange::human_dates`, the same for every importer.

pub(crate) mod cells;
pub(crate) mod lookup;
pub(crate) mod reader;
pub(crate) mod sources;
pub(crate) mod stable_ids;

use std::path::Path;

use serde::Serialize;

use super::csv_cases::CaseColumn;
use super::csv_incidents::IncidentField;
use crate::error::{Error, ErrorCode};

/// Files larger than this are refused by their size, before they are read.
pub const MAX_CSV_BYTES: u64 = 128 * 1024 * 1024;

/// What an imported item does to the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum RowAction {
    Create,
    Update,
    Unchanged,
    /// The library already holds the record in another version and keeps it.
    Keep,
    /// The row has problems and is not imported.
    Invalid,
}

/// One problem (or warning) of one row: `row 14, column Date: "31.02.2012" is not a date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RowProblem {
    pub row: usize,
    /// The column's header as written in the file, when one column is concerned.
    pub column: Option<String>,
    pub message: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let row = self.row.to_string();
        f.write_str(&match &self.column {
            Some(c) => crate::m!(
                "csv-row-problem",
                row = row,
                column = c,
                message = &self.message
            ),
            None => crate::m!(
                "csv-row-problem-no-column",
                row = row,
                message = &self.message
            ),
        })
    }
}

/// Why a CSV file was refused. Nothing is written when an import fails.
#[derive(Debug)]
pub enum CsvError {
    TooLarge {
        size: u64,
        max: u64,
    },
    Utf16,
    NotUtf8 {
        line: usize,
    },
    NoHeader,
    UnclosedQuote {
        row: usize,
    },
    Unreadable {
        row: usize,
        message: String,
    },
    MappingLength {
        columns: usize,
        mapped: usize,
    },
    MissingColumn {
        field: IncidentField,
        headers: Vec<String>,
    },
    DuplicateColumn {
        field: IncidentField,
        first: String,
        second: String,
    },
    /// The file of cases lacks a column every case import needs.
    MissingCaseColumn {
        column: CaseColumn,
        headers: Vec<String>,
    },
    /// Two columns of a file of cases have the same name.
    DuplicateCaseColumn {
        column: CaseColumn,
        first: String,
        second: String,
    },
    /// New incidents state no sensitivity and none was chosen for the file: nothing was
    /// written.
    SensitivityNotChosen {
        rows: usize,
    },
    /// New cases state no sensitivity and none was chosen for the file: nothing was
    /// written.
    CaseSensitivityNotChosen {
        cases: usize,
    },
    /// Some rows have problems and the import was all or nothing: nothing was written.
    InvalidRows {
        invalid_rows: usize,
        problems: Vec<RowProblem>,
    },
    Library(Error),
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::escaped;
        use crate::m;
        let text = match self {
            CsvError::TooLarge { size, max } => {
                m!("csv-too-large", size = *size, max = max.to_string())
            }
            CsvError::Utf16 => m!("csv-utf16"),
            CsvError::NotUtf8 { line } => m!("csv-not-utf8", line = line.to_string()),
            CsvError::NoHeader => m!("csv-no-header"),
            CsvError::UnclosedQuote { row } => m!("csv-unclosed-quote", row = row.to_string()),
            CsvError::Unreadable { row, message } => {
                m!("csv-unreadable", row = row.to_string(), message = message)
            }
            CsvError::MappingLength { columns, mapped } => m!(
                "csv-mapping-length",
                mapped = *mapped,
                columns = columns.to_string()
            ),
            CsvError::MissingColumn { field, headers } => m!(
                "csv-missing-column",
                field = field.name(),
                headers = headers.join(", ")
            ),
            CsvError::DuplicateColumn {
                field,
                first,
                second,
            } => m!(
                "csv-duplicate-column",
                field = field.name(),
                first = escaped(first),
                second = escaped(second)
            ),
            CsvError::MissingCaseColumn { column, headers } => m!(
                "csv-cases-missing-column",
                column = column.header(),
                headers = headers.join(", ")
            ),
            CsvError::DuplicateCaseColumn {
                column,
                first,
                second,
            } => m!(
                "csv-cases-duplicate-column",
                column = column.header(),
                first = escaped(first),
                second = escaped(second)
            ),
            CsvError::SensitivityNotChosen { rows } => {
                m!("csv-sensitivity-not-chosen", rows = *rows)
            }
            CsvError::CaseSensitivityNotChosen { cases } => {
                m!("csv-cases-sensitivity-not-chosen", cases = *cases)
            }
            CsvError::InvalidRows {
                invalid_rows,
                problems,
            } => m!(
                "csv-invalid-rows",
                problem = super::first_problem(problems),
                invalid = invalid_rows.to_string()
            ),
            CsvError::Library(e) => return e.fmt(f),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CsvError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CsvError::Library(e) => Some(e),
            _ => None,
        }
    }
}

impl From<Error> for CsvError {
    fn from(e: Error) -> CsvError {
        CsvError::Library(e)
    }
}

impl CsvError {
    /// A stable code the UI branches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            CsvError::TooLarge { .. } => ErrorCode::TooLarge,
            CsvError::Utf16 | CsvError::NotUtf8 { .. } => ErrorCode::NotUtf8,
            CsvError::NoHeader => ErrorCode::NoHeader,
            CsvError::UnclosedQuote { .. } | CsvError::Unreadable { .. } => ErrorCode::Unreadable,
            CsvError::MappingLength { .. } => ErrorCode::BadMapping,
            CsvError::MissingColumn { .. } | CsvError::MissingCaseColumn { .. } => {
                ErrorCode::MissingColumn
            }
            CsvError::DuplicateColumn { .. } | CsvError::DuplicateCaseColumn { .. } => {
                ErrorCode::DuplicateColumn
            }
            CsvError::SensitivityNotChosen { .. } | CsvError::CaseSensitivityNotChosen { .. } => {
                ErrorCode::SensitivityNotChosen
            }
            CsvError::InvalidRows { .. } => ErrorCode::InvalidRows,
            CsvError::Library(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for CsvError {
    fn from(e: rusqlite::Error) -> CsvError {
        CsvError::Library(Error::from(e))
    }
}

/// Reads a CSV file, refusing more than `MAX_CSV_BYTES` (whatever the file is).
pub fn read_csv_file(path: &Path) -> Result<Vec<u8>, CsvError> {
    crate::files::read_bounded(path, MAX_CSV_BYTES).map_err(|e| match e {
        crate::files::ReadError::TooLarge { size, max } => CsvError::TooLarge { size, max },
        crate::files::ReadError::Io(e) => Error::io(path, e).into(),
    })
}

/// Above this many records, an import is written with a larger page cache.
const LARGE_WRITE: usize = 1_000;
/// The page cache while a large import is written, in KiB.
const WRITE_CACHE_KIB: i64 = 64 * 1024;

/// Runs `write` (the writes of an import of `records` records, inside its transaction)
/// with a page cache large enough for them: with SQLite's default (2 MiB), the pages of a
/// large import are spilled to the WAL in the middle of the transaction and written
/// again, which made writing 60 000 records a third slower. The cache is set back after.
pub(crate) fn with_write_cache<T>(
    conn: &rusqlite::Connection,
    records: usize,
    write: impl FnOnce() -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    if records <= LARGE_WRITE {
        return write();
    }
    let cache: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -WRITE_CACHE_KIB)?;
    let written = write();
    conn.pragma_update(None, "cache_size", cache)?;
    written
}

/// Refuses bytes over `MAX_CSV_BYTES`.
pub(crate) fn check_size(bytes: &[u8]) -> Result<(), CsvError> {
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            size: bytes.len() as u64,
            max: MAX_CSV_BYTES,
        });
    }
    Ok(())
}

//! The columns of a file of cases, found by name in the header row (case, spaces,
//! `_` and `-` do not matter: `other_names`, `Other names` and `OTHER-NAMES` are one
//! column).

use serde::Serialize;

use crate::exchange::csv_common::cells::{column_name, normalise_header};
use crate::exchange::csv_common::CsvError;

/// A column of a file of cases, by the name its header must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseColumn {
    /// The person's name as they write it: with `id`, the key of the case.
    Name,
    /// Other spellings, separated by `;` or line breaks.
    OtherNames,
    /// A short account: the case's summary.
    Description,
    /// The status since `status_date` (`detained`, `on trial`, …): one timeline entry.
    Status,
    StatusDate,
    /// `named`, `anonymised` or `internal`: required for every row of a new case.
    Consent,
    /// Concern areas by title or id, separated by `;` or line breaks.
    Area,
    /// Optional: the case's id, when the file keeps one (else it is derived from the name).
    Id,
    /// Optional.
    Role,
    /// Optional.
    Organisation,
    /// Optional: the source of the status (web addresses or source titles).
    SourceUrl,
    /// Optional: benchmarks by title or id.
    Benchmark,
    /// Optional: `public` or `restricted` (else the one chosen for the whole file).
    Sensitivity,
    /// Optional: what happened (the charge, the sentence): the entry's note.
    Note,
}

impl CaseColumn {
    pub const ALL: [CaseColumn; 14] = [
        CaseColumn::Name,
        CaseColumn::OtherNames,
        CaseColumn::Description,
        CaseColumn::Status,
        CaseColumn::StatusDate,
        CaseColumn::Consent,
        CaseColumn::Area,
        CaseColumn::Id,
        CaseColumn::Role,
        CaseColumn::Organisation,
        CaseColumn::SourceUrl,
        CaseColumn::Benchmark,
        CaseColumn::Sensitivity,
        CaseColumn::Note,
    ];

    /// The columns every file of cases must have (their cells may be empty where the
    /// rules allow).
    pub const REQUIRED: [CaseColumn; 7] = [
        CaseColumn::Name,
        CaseColumn::OtherNames,
        CaseColumn::Description,
        CaseColumn::Status,
        CaseColumn::StatusDate,
        CaseColumn::Consent,
        CaseColumn::Area,
    ];

    /// The header as documented: `other_names`, `status_date`.
    pub fn header(self) -> &'static str {
        match self {
            CaseColumn::Name => "name",
            CaseColumn::OtherNames => "other_names",
            CaseColumn::Description => "description",
            CaseColumn::Status => "status",
            CaseColumn::StatusDate => "status_date",
            CaseColumn::Consent => "consent",
            CaseColumn::Area => "area",
            CaseColumn::Id => "id",
            CaseColumn::Role => "role",
            CaseColumn::Organisation => "organisation",
            CaseColumn::SourceUrl => "source_url",
            CaseColumn::Benchmark => "benchmark",
            CaseColumn::Sensitivity => "sensitivity",
            CaseColumn::Note => "note",
        }
    }

    /// The column a header names, if any.
    fn of_header(header: &str) -> Option<CaseColumn> {
        let name = normalise_header(header);
        let name = match name.as_str() {
            // Other spellings of the same names.
            "organization" => "organisation",
            "source" | "url" => "source url",
            other => other,
        };
        CaseColumn::ALL
            .into_iter()
            .find(|c| normalise_header(c.header()) == name)
    }
}

impl std::fmt::Display for CaseColumn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.header())
    }
}

/// One column of the file and what it holds (none: not a column of the case import,
/// ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseCsvColumn {
    /// 0-based position in the row.
    pub index: usize,
    /// The header as written in the file.
    pub header: String,
    pub column: Option<CaseColumn>,
}

/// Where each column of the file is.
pub(crate) struct Columns<'a> {
    pub header: &'a [String],
    at: [Option<usize>; CaseColumn::ALL.len()],
}

impl<'a> Columns<'a> {
    /// Finds the columns by their headers: every required column once, the others at
    /// most once.
    pub fn find(header: &'a [String]) -> Result<Columns<'a>, CsvError> {
        let mut at: [Option<usize>; CaseColumn::ALL.len()] = Default::default();
        for (i, h) in header.iter().enumerate() {
            let Some(column) = CaseColumn::of_header(h) else {
                continue;
            };
            if let Some(first) = at[column as usize] {
                return Err(CsvError::DuplicateCaseColumn {
                    column,
                    first: header[first].clone(),
                    second: header[i].clone(),
                });
            }
            at[column as usize] = Some(i);
        }
        for required in CaseColumn::REQUIRED {
            if at[required as usize].is_none() {
                return Err(CsvError::MissingCaseColumn {
                    column: required,
                    headers: header.to_vec(),
                });
            }
        }
        Ok(Columns { header, at })
    }

    /// The position of a column in the row, if the file has it.
    pub fn of(&self, column: CaseColumn) -> Option<usize> {
        self.at[column as usize]
    }

    /// The positions of a column, as the list readers take them (none or one).
    pub fn all_of(&self, column: CaseColumn) -> &[usize] {
        self.at[column as usize].as_slice()
    }

    /// The header of a column as the file writes it, for messages.
    pub fn name(&self, column: CaseColumn) -> String {
        self.of(column)
            .map_or_else(|| column.header().to_string(), |i| self.name_at(i))
    }

    /// The header of the column at `index`, for messages.
    pub fn name_at(&self, index: usize) -> String {
        column_name(self.header, index)
    }

    /// Every column of the header and what it holds, for the report.
    pub fn report(&self) -> Vec<CaseCsvColumn> {
        self.header
            .iter()
            .enumerate()
            .map(|(index, h)| CaseCsvColumn {
                index,
                header: h.clone(),
                column: CaseColumn::ALL
                    .into_iter()
                    .find(|c| self.of(*c) == Some(index)),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn columns_are_found_by_name_in_any_case_and_spelling() {
        let h = header(&[
            "Name",
            "Other names",
            "DESCRIPTION",
            "Status",
            "Status-Date",
            "consent",
            "Area",
            "Source URL",
            "Comment",
        ]);
        let cols = Columns::find(&h).unwrap();
        assert_eq!(cols.of(CaseColumn::OtherNames), Some(1));
        assert_eq!(cols.of(CaseColumn::StatusDate), Some(4));
        assert_eq!(cols.of(CaseColumn::SourceUrl), Some(7));
        assert_eq!(cols.of(CaseColumn::Role), None);
        assert_eq!(cols.report()[8].column, None);
    }

    #[test]
    fn a_missing_or_doubled_column_is_refused() {
        let h = header(&[
            "name",
            "other_names",
            "description",
            "status",
            "status_date",
            "area",
        ]);
        assert!(matches!(
            Columns::find(&h),
            Err(CsvError::MissingCaseColumn {
                column: CaseColumn::Consent,
                ..
            })
        ));
        let h = header(&[
            "name",
            "other_names",
            "description",
            "status",
            "status_date",
            "consent",
            "area",
            "Status",
        ]);
        assert!(matches!(
            Columns::find(&h),
            Err(CsvError::DuplicateCaseColumn {
                column: CaseColumn::Status,
                ..
            })
        ));
    }
}

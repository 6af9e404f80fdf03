//! One row of a file of cases read into what it says of the case and of one timeline
//! entry: each cell into its field, the areas, benchmarks and sources it names found in
//! the library (or, for sources, planned), and every problem named by its column.

use super::columns::{CaseColumn, Columns};
use crate::dates::{FuzzyDate, PartialDate};
use crate::exchange::csv_common::cells::{
    extra_cells, list_items, optional, parse_sensitivity, push_unique,
};
use crate::exchange::csv_common::lookup::Lookups;
use crate::exchange::csv_common::reader::Row;
use crate::exchange::csv_common::sources::{self, NewSources};
use crate::exchange::csv_common::RowProblem;
use crate::exchange::human_dates::{self, SlashOrder};
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::{id_problem, truncate, Validate};
use crate::model::*;

/// The id of the case and entry of a row until the plan gives them theirs.
const PENDING: &str = "pending";

/// A row read: the case as the row gives it, and its timeline entry.
pub(crate) struct CaseRow {
    pub number: usize,
    /// The id column's value, if any.
    pub explicit_id: Option<String>,
    /// The case's fields as the row gives them. Its id is the case the row belongs to
    /// once the plan has found it (`has_case`); its consent and sensitivity are
    /// placeholders: the row's own are `consent` and `sensitivity`.
    pub case: Case,
    pub has_case: bool,
    /// Whether the consent cell is filled (with a consent or something else).
    pub consent_stated: bool,
    pub consent: Option<Consent>,
    pub sensitivity: Option<Sensitivity>,
    /// The timeline entry (`status` since `status_date`); its id and case are given in
    /// the plan.
    pub entry: CaseEntry,
    /// The sources of `NewSources` the row cites.
    pub new_sources: Vec<usize>,
    pub problems: Vec<RowProblem>,
    pub warnings: Vec<RowProblem>,
}

impl CaseRow {
    pub fn problem(&mut self, column: String, message: impl Into<String>) {
        self.problems.push(RowProblem {
            row: self.number,
            column: Some(column),
            message: message.into(),
        });
    }

    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The trimmed cell of a column ("" when the file has no such column).
fn cell<'r>(row: &'r Row, cols: &Columns<'_>, column: CaseColumn) -> &'r str {
    cols.of(column).map_or("", |i| row.cell(i))
}

pub(crate) fn read(
    row: &Row,
    cols: &Columns<'_>,
    order: SlashOrder,
    lib: &Lookups,
    new_sources: &mut NewSources,
) -> CaseRow {
    use CaseColumn as C;
    let mut p = CaseRow {
        number: row.number,
        explicit_id: optional(cell(row, cols, C::Id)),
        case: Case {
            id: PENDING.to_string(),
            name: cell(row, cols, C::Name).to_string(),
            other_names: Vec::new(),
            role: optional(cell(row, cols, C::Role)),
            organisation: optional(cell(row, cols, C::Organisation)),
            summary: optional(cell(row, cols, C::Description)),
            consent: Consent::Internal,
            sensitivity: Sensitivity::Restricted,
            concern_area_ids: Vec::new(),
            benchmark_ids: Vec::new(),
            incident_ids: Vec::new(),
            ask_ids: Vec::new(),
            source_ids: Vec::new(),
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        },
        has_case: false,
        consent_stated: !cell(row, cols, C::Consent).is_empty(),
        consent: None,
        sensitivity: None,
        entry: CaseEntry {
            id: PENDING.to_string(),
            case_id: PENDING.to_string(),
            date: FuzzyDate {
                start: PartialDate {
                    year: 1,
                    month: None,
                    day: None,
                },
                end: None,
            },
            status: CaseStatus::AtRisk,
            note: optional(cell(row, cols, C::Note)),
            source_ids: Vec::new(),
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        },
        new_sources: Vec::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    if p.case.name.is_empty() {
        p.problem(cols.name(C::Name), m!("csv-no-case-name"));
    }
    if let Some(warning) = extra_cells(row, cols.header.len()) {
        p.warnings.push(warning);
    }
    if let Some(id) = &p.explicit_id {
        if let Some(message) = id_problem(id) {
            p.problem(cols.name(C::Id), message);
        }
    }
    for (_, name) in list_items(row, cols.all_of(C::OtherNames)) {
        push_unique(&mut p.case.other_names, name.to_string());
    }
    read_entry(row, cols, order, &mut p);
    read_vocabularies(row, cols, &mut p);

    let problems = lib.areas.find_all(
        &list_items(row, cols.all_of(C::Area)),
        &mut p.case.concern_area_ids,
        |value| m!("csv-unknown-area", value = escaped(&truncate(value))),
    );
    for (column, message) in problems {
        p.problem(cols.name_at(column), message);
    }
    let problems = lib.benchmarks.find_all(
        &list_items(row, cols.all_of(C::Benchmark)),
        &mut p.case.benchmark_ids,
        |value| m!("csv-unknown-benchmark", value = escaped(&truncate(value))),
    );
    for (column, message) in problems {
        p.problem(cols.name_at(column), message);
    }
    let cited = sources::cite(
        &list_items(row, cols.all_of(C::SourceUrl)),
        None,
        lib,
        new_sources,
    );
    p.entry.source_ids = cited.ids;
    p.new_sources = cited.new;
    for (column, message) in cited.problems {
        p.problem(cols.name_at(column), message);
    }
    check_records(&mut p, cols);
    p
}

/// The status and its date.
fn read_entry(row: &Row, cols: &Columns<'_>, order: SlashOrder, p: &mut CaseRow) {
    use CaseColumn as C;
    let status = cell(row, cols, C::Status);
    if status.is_empty() {
        p.problem(
            cols.name(C::Status),
            m!("csv-no-case-status", allowed = allowed_statuses()),
        );
    } else {
        match parse_status(status) {
            Some(s) => p.entry.status = s,
            None => p.problem(
                cols.name(C::Status),
                m!(
                    "csv-not-a-case-status",
                    value = escaped(&truncate(status)),
                    allowed = allowed_statuses()
                ),
            ),
        }
    }
    let date = cell(row, cols, C::StatusDate);
    if date.is_empty() {
        p.problem(cols.name(C::StatusDate), m!("csv-no-status-date"));
    } else {
        match human_dates::parse(date, order) {
            Ok(d) => p.entry.date = d,
            Err(message) => p.problem(cols.name(C::StatusDate), message),
        }
    }
}

fn read_vocabularies(row: &Row, cols: &Columns<'_>, p: &mut CaseRow) {
    use CaseColumn as C;
    let consent = cell(row, cols, C::Consent);
    if !consent.is_empty() {
        match parse_consent(consent) {
            Some(c) => p.consent = Some(c),
            None => p.problem(
                cols.name(C::Consent),
                m!("csv-not-a-consent", value = escaped(&truncate(consent))),
            ),
        }
    }
    let sensitivity = cell(row, cols, C::Sensitivity);
    if !sensitivity.is_empty() {
        match parse_sensitivity(sensitivity) {
            Some(s) => p.sensitivity = Some(s),
            None => p.problem(
                cols.name(C::Sensitivity),
                m!(
                    "csv-not-a-sensitivity",
                    value = escaped(&truncate(sensitivity))
                ),
            ),
        }
    }
}

/// The statuses as the file may write them: `on_trial`, `On trial`, `on-trial`.
pub(crate) fn parse_status(s: &str) -> Option<CaseStatus> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    CaseStatus::parse(&words.join("_"))
}

/// `at_risk, detained, …`: what the status column accepts.
fn allowed_statuses() -> String {
    CaseStatus::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_consent(s: &str) -> Option<Consent> {
    match s.trim().to_lowercase().as_str() {
        "named" => Some(Consent::Named),
        "anonymised" | "anonymized" => Some(Consent::Anonymised),
        "internal" => Some(Consent::Internal),
        _ => None,
    }
}

/// The records' own rules (lengths), named by the column that holds the field.
fn check_records(p: &mut CaseRow, cols: &Columns<'_>) {
    use CaseColumn as C;
    let problems = p
        .case
        .validate()
        .err()
        .into_iter()
        .flatten()
        .chain(p.entry.validate().err().into_iter().flatten());
    let mut found = Vec::new();
    for fe in problems {
        let (base, index) = match fe.field.split_once('[') {
            Some((base, rest)) => (base, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (fe.field.as_str(), None),
        };
        let column = match base {
            // An empty name is reported as such.
            "name" if p.case.name.is_empty() => continue,
            "name" => C::Name,
            "other_names" => C::OtherNames,
            "role" => C::Role,
            "organisation" => C::Organisation,
            "summary" => C::Description,
            "concern_area_ids" => C::Area,
            "benchmark_ids" => C::Benchmark,
            "source_ids" => C::SourceUrl,
            "note" => C::Note,
            _ => C::Name,
        };
        let message = match (column, index) {
            (C::OtherNames, Some(i)) => match p.case.other_names.get(i) {
                Some(name) => m!(
                    "csv-person",
                    name = escaped(&truncate(name)),
                    problem = fe.message
                ),
                None => fe.message,
            },
            _ => fe.message,
        };
        found.push((cols.name(column), message));
    }
    for (column, message) in found {
        p.problem(column, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_read_with_spaces_hyphens_or_underscores_in_any_case() {
        assert_eq!(parse_status("On trial"), Some(CaseStatus::OnTrial));
        assert_eq!(parse_status(" in-exile "), Some(CaseStatus::InExile));
        assert_eq!(parse_status("AT_RISK"), Some(CaseStatus::AtRisk));
        assert_eq!(parse_status("detained"), Some(CaseStatus::Detained));
        assert_eq!(parse_status("jailed"), None);
        assert_eq!(parse_consent("Anonymized"), Some(Consent::Anonymised));
        assert_eq!(parse_consent("public"), None);
    }
}

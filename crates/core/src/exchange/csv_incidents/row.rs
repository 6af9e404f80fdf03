//! One row read into an incident: each cell into its field, the areas, benchmarks and
//! sources it names found in the library (or, for sources, planned), and every problem
//! named by its column.

use super::columns::{ColumnIndex, IncidentField};
use super::RowProblem;
use crate::dates::{FuzzyDate, PartialDate};
use crate::exchange::csv_common::cells::{extra_cells, list_items, optional, parse_sensitivity};
use crate::exchange::csv_common::lookup::Lookups;
use crate::exchange::csv_common::reader::Row;
use crate::exchange::csv_common::sources::{self, NewSources};
use crate::exchange::human_dates::{self, SlashOrder};
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::{id_problem, truncate, Validate};
use crate::model::*;

/// A row read into an incident (its id is given later, see `stable_ids`).
pub(crate) struct ParsedRow {
    pub number: usize,
    pub incident: Incident,
    /// The single-valued fields whose cell was not empty (bits by `IncidentField`).
    filled: u16,
    /// The sensitivity the row states, if it states one.
    pub sensitivity: Option<Sensitivity>,
    /// The id column's value, if any.
    pub explicit_id: Option<String>,
    /// The sources of `NewSources` the row cites.
    pub new_sources: Vec<usize>,
    pub problems: Vec<RowProblem>,
    pub warnings: Vec<RowProblem>,
}

impl ParsedRow {
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

    /// Whether the row's cell for a single-valued field was not empty.
    pub fn filled(&self, field: IncidentField) -> bool {
        self.filled & (1 << field as u16) != 0
    }
}

/// The single cell of a single-valued field ("" when unmapped).
fn cell<'r>(row: &'r Row, cols: &ColumnIndex<'_>, field: IncidentField) -> &'r str {
    cols.of(field).first().map_or("", |&i| row.cell(i))
}

pub(crate) fn read(
    row: &Row,
    cols: &ColumnIndex<'_>,
    order: SlashOrder,
    lib: &Lookups,
    new_sources: &mut NewSources,
) -> ParsedRow {
    use IncidentField as F;
    let mut p = ParsedRow {
        number: row.number,
        incident: Incident {
            id: String::new(),
            title: cell(row, cols, F::Title).to_string(),
            occurred_on: FuzzyDate {
                start: PartialDate {
                    year: 1,
                    month: None,
                    day: None,
                },
                end: None,
            },
            location: optional(cell(row, cols, F::Location)),
            summary: optional(cell(row, cols, F::Summary)),
            people: Vec::new(),
            verification: None,
            sensitivity: Sensitivity::Public,
            concern_area_ids: Vec::new(),
            benchmark_ids: Vec::new(),
            source_ids: Vec::new(),
            updated_at: None,
            illustrative: None,
            language: optional(cell(row, cols, F::Language)).map(|l| l.to_ascii_lowercase()),
            translations: Default::default(),
        },
        filled: 0,
        sensitivity: None,
        explicit_id: optional(cell(row, cols, F::Id)),
        new_sources: Vec::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    if let Some(language) = &p.incident.language {
        if !crate::model::translations::is_language_tag(language) {
            let message = m!("csv-not-a-language", value = escaped(&truncate(language)));
            p.problem(cols.name(F::Language), message);
            // Reported here, by its column: not again by the incident's own check.
            p.incident.language = None;
        }
    }
    for f in [
        F::Location,
        F::Summary,
        F::Verification,
        F::Sensitivity,
        F::Language,
    ] {
        if !cell(row, cols, f).is_empty() {
            p.filled |= 1 << f as u16;
        }
    }
    if p.incident.title.is_empty() {
        p.problem(cols.name(F::Title), m!("csv-no-title"));
    }
    if let Some(warning) = extra_cells(row, cols.header.len()) {
        p.warnings.push(warning);
    }
    let date = cell(row, cols, F::Date);
    if date.trim().is_empty() {
        p.problem(cols.name(F::Date), m!("csv-no-date"));
    } else {
        match human_dates::parse(date, order) {
            Ok(d) => p.incident.occurred_on = d,
            Err(message) => p.problem(cols.name(F::Date), message),
        }
    }
    if let Some(id) = &p.explicit_id {
        if let Some(message) = id_problem(id) {
            p.problem(cols.name(F::Id), message);
        }
    }
    for (_, name) in list_items(row, cols.of(F::People)) {
        if !p.incident.people.iter().any(|n| n == name) {
            p.incident.people.push(name.to_string());
        }
    }
    read_vocabularies(row, cols, &mut p);
    let problems = lib.areas.find_all(
        &list_items(row, cols.of(F::Area)),
        &mut p.incident.concern_area_ids,
        |value| m!("csv-unknown-area", value = escaped(&truncate(value))),
    );
    for (column, message) in problems {
        p.problem(cols.name_at(column), message);
    }
    let problems = lib.benchmarks.find_all(
        &list_items(row, cols.of(F::Benchmark)),
        &mut p.incident.benchmark_ids,
        |value| m!("csv-unknown-benchmark", value = escaped(&truncate(value))),
    );
    for (column, message) in problems {
        p.problem(cols.name_at(column), message);
    }
    let cited = sources::cite(
        &list_items(row, cols.of(F::SourceUrl)),
        optional(cell(row, cols, F::SourceTitle)).as_deref(),
        lib,
        new_sources,
    );
    // Only the source column fills these: each holds every value once.
    p.incident.source_ids = cited.ids;
    p.new_sources = cited.new;
    for (column, message) in cited.problems {
        p.problem(cols.name_at(column), message);
    }
    check_incident(&mut p, cols);
    p
}

fn read_vocabularies(row: &Row, cols: &ColumnIndex<'_>, p: &mut ParsedRow) {
    use IncidentField as F;
    let verification = cell(row, cols, F::Verification);
    if !verification.is_empty() {
        match parse_verification(verification) {
            Some(v) => p.incident.verification = Some(v),
            None => p.problem(
                cols.name(F::Verification),
                m!(
                    "csv-not-a-verification",
                    value = escaped(&truncate(verification))
                ),
            ),
        }
    }
    let sensitivity = cell(row, cols, F::Sensitivity);
    if !sensitivity.is_empty() {
        match parse_sensitivity(sensitivity) {
            Some(s) => {
                p.incident.sensitivity = s;
                p.sensitivity = Some(s);
            }
            None => p.problem(
                cols.name(F::Sensitivity),
                m!(
                    "csv-not-a-sensitivity",
                    value = escaped(&truncate(sensitivity))
                ),
            ),
        }
    }
}

fn parse_verification(s: &str) -> Option<Verification> {
    match s.trim().to_lowercase().as_str() {
        "confirmed" | "verified" | "yes" => Some(Verification::Confirmed),
        "credible" | "probable" | "likely" => Some(Verification::Credible),
        "unverified" | "unconfirmed" | "alleged" | "no" => Some(Verification::Unverified),
        _ => None,
    }
}

/// The record's own rules (lengths, ids), named by the column that holds the field.
fn check_incident(p: &mut ParsedRow, cols: &ColumnIndex<'_>) {
    let Err(problems) = p.incident.validate() else {
        return;
    };
    for fe in problems {
        if fe.field == "id" || (fe.field == "title" && p.incident.title.trim().is_empty()) {
            continue; // the id is checked when it is given; an empty title is reported
        }
        let (base, index) = match fe.field.split_once('[') {
            Some((base, rest)) => (base, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (fe.field.as_str(), None),
        };
        let field = match base {
            "location" => IncidentField::Location,
            "summary" => IncidentField::Summary,
            "people" => IncidentField::People,
            "concern_area_ids" => IncidentField::Area,
            "benchmark_ids" => IncidentField::Benchmark,
            "source_ids" => IncidentField::SourceUrl,
            _ => IncidentField::Title,
        };
        let message = match (field, index) {
            (IncidentField::People, Some(i)) => match p.incident.people.get(i) {
                Some(name) => m!(
                    "csv-person",
                    name = escaped(&truncate(name)),
                    problem = fe.message
                ),
                None => fe.message,
            },
            _ => fe.message,
        };
        p.problem(cols.name(field), message);
    }
}

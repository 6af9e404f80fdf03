//! One row read into an incident: each cell into its field, the areas, benchmarks and
//! sources it names found in the library (or, for sources, planned), and every problem
//! named by its column.

use std::collections::HashMap;

use super::columns::{ColumnIndex, IncidentField};
use super::library_lookup::Lookups;
use super::reader::Row;
use super::stable_ids::{title_source_id, url_source_id};
use super::RowProblem;
use crate::dates::{FuzzyDate, PartialDate};
use crate::exchange::human_dates::{self, SlashOrder};
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::{id_problem, truncate, Validate, TITLE_MAX};
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

/// Sources the file names that the library lacks, planned once each.
#[derive(Default)]
pub(crate) struct NewSources {
    pub sources: Vec<Source>,
    at: HashMap<String, usize>,
}

impl NewSources {
    fn add(&mut self, source: Source) -> usize {
        if let Some(&i) = self.at.get(&source.id) {
            return i;
        }
        self.at.insert(source.id.clone(), self.sources.len());
        self.sources.push(source);
        self.sources.len() - 1
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.at.get(id).copied()
    }
}

/// The values of a list field: every mapped column's cell, split on `;` and line breaks.
fn list_items<'r>(row: &'r Row, columns: &[usize]) -> Vec<(usize, &'r str)> {
    let mut out = Vec::new();
    for &c in columns {
        for item in row.cell(c).split([';', '\n', '\r']) {
            let item = item.trim();
            if !item.is_empty() {
                out.push((c, item));
            }
        }
    }
    out
}

fn optional(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn push_unique(list: &mut Vec<String>, id: String) {
    if !list.contains(&id) {
        list.push(id);
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
    if row
        .cells
        .iter()
        .skip(cols.header.len())
        .any(|c| !c.trim().is_empty())
    {
        p.warnings.push(RowProblem {
            row: row.number,
            column: None,
            message: m!("csv-extra-cells", columns = cols.header.len().to_string()),
        });
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
    for (column, value) in list_items(row, cols.of(F::Area)) {
        match lib.areas.find(value) {
            Ok(Some(id)) => push_unique(&mut p.incident.concern_area_ids, id),
            Ok(None) => p.problem(
                cols.name_at(column),
                m!("csv-unknown-area", value = escaped(&truncate(value))),
            ),
            Err(message) => p.problem(cols.name_at(column), message),
        }
    }
    for (column, value) in list_items(row, cols.of(F::Benchmark)) {
        match lib.benchmarks.find(value) {
            Ok(Some(id)) => push_unique(&mut p.incident.benchmark_ids, id),
            Ok(None) => p.problem(
                cols.name_at(column),
                m!("csv-unknown-benchmark", value = escaped(&truncate(value))),
            ),
            Err(message) => p.problem(cols.name_at(column), message),
        }
    }
    read_sources(row, cols, lib, new_sources, &mut p);
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

fn parse_sensitivity(s: &str) -> Option<Sensitivity> {
    match s.trim().to_lowercase().as_str() {
        "public" | "open" | "no" | "false" | "0" => Some(Sensitivity::Public),
        "restricted" | "confidential" | "internal" | "private" | "sensitive" | "yes" | "true"
        | "1" | "x" => Some(Sensitivity::Restricted),
        _ => None,
    }
}

/// The source column: web addresses find the library's source with that address or plan
/// one; other text finds a source by id or title, or plans one with that title.
fn read_sources(
    row: &Row,
    cols: &ColumnIndex<'_>,
    lib: &Lookups,
    new_sources: &mut NewSources,
    p: &mut ParsedRow,
) {
    let source_title = optional(cell(row, cols, IncidentField::SourceTitle));
    for (column, item) in list_items(row, cols.of(IncidentField::SourceUrl)) {
        let words: Vec<&str> = item
            .split_whitespace()
            .map(|w| w.trim_end_matches(','))
            .collect();
        if let Some(other) = words
            .iter()
            .find(|w| w.contains("://") && !looks_like_url(w))
        {
            p.problem(
                cols.name_at(column),
                m!("problem-not-a-url", url = escaped(&truncate(other))),
            );
            continue;
        }
        if words.iter().all(|w| looks_like_url(w)) {
            for word in words {
                let url = with_scheme(word);
                if let Some(id) = lib.source_urls.get(&url) {
                    push_unique(&mut p.incident.source_ids, id.clone());
                    continue;
                }
                let id = url_source_id(&url);
                let title = source_title
                    .clone()
                    .unwrap_or_else(|| clip(&url, TITLE_MAX));
                cite_new_source(p, cols, column, lib, new_sources, id, title, Some(url));
            }
            continue;
        }
        match lib.sources.find(item) {
            Ok(Some(id)) => push_unique(&mut p.incident.source_ids, id),
            Ok(None) => {
                let id = title_source_id(item);
                cite_new_source(
                    p,
                    cols,
                    column,
                    lib,
                    new_sources,
                    id,
                    item.to_string(),
                    None,
                );
            }
            Err(message) => p.problem(cols.name_at(column), message),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn cite_new_source(
    p: &mut ParsedRow,
    cols: &ColumnIndex<'_>,
    column: usize,
    lib: &Lookups,
    new_sources: &mut NewSources,
    id: String,
    title: String,
    url: Option<String>,
) {
    if lib.sources.has_id(&id) {
        // Made by an earlier import (its address was since edited in the library).
        push_unique(&mut p.incident.source_ids, id);
        return;
    }
    let index = match new_sources.find(&id) {
        Some(i) => i,
        None => {
            let source = Source {
                id: id.clone(),
                title,
                publisher: None,
                published_on: None,
                url,
                accessed_on: None,
                kind: None,
                sensitivity: Sensitivity::Restricted,
                updated_at: None,
                illustrative: None,
            };
            if let Err(problems) = source.validate() {
                for fe in problems {
                    let message = match fe.field.as_str() {
                        "title" => m!("csv-source-title", problem = fe.message),
                        _ => fe.message,
                    };
                    p.problem(cols.name_at(column), message);
                }
                return;
            }
            new_sources.add(source)
        }
    };
    push_unique(&mut p.incident.source_ids, id);
    if !p.new_sources.contains(&index) {
        p.new_sources.push(index);
    }
}

fn looks_like_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

fn with_scheme(s: &str) -> String {
    if s.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        format!("https://{s}")
    } else {
        s.to_string()
    }
}

/// At most `max` characters, with "…" when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
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

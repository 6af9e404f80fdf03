//! From rows to incidents: reading each cell into its field, finding the areas,
//! benchmarks and sources a row names, deriving stable ids, and deciding per row whether
//! its incident is created, updated or unchanged. Nothing here writes.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use super::columns::{self, CsvColumn, IncidentField};
use super::reader::{Row, Table};
use super::{CsvError, CsvOptions, CsvReport, CsvRow, RowAction, RowProblem};
use crate::dates::{FuzzyDate, PartialDate};
use crate::exchange::human_dates::{self, SlashOrder};
use crate::model::validate::{id_problem, truncate, Validate, TITLE_MAX};
use crate::model::*;
use crate::store::Record;

/// What an import would write, and the report of it.
pub(crate) struct Plan {
    pub report: CsvReport,
    pub new_sources: Vec<Source>,
    /// Incidents to write, with whether each is new.
    pub writes: Vec<(Incident, bool)>,
}

/// Above this many incidents to compare, the library's incidents are read in one pass.
const BULK_READ_FROM: usize = 2_000;

pub(crate) fn plan(
    conn: &Connection,
    table: &Table,
    options: &CsvOptions,
) -> Result<Plan, CsvError> {
    let mapping = match &options.mapping {
        Some(m) => m.clone(),
        None => columns::guess(&table.header),
    };
    columns::check(&table.header, &mapping)?;
    let cols = Columns::new(&table.header, &mapping);
    let slash_order = SlashOrder::detect(
        table
            .rows
            .iter()
            .flat_map(|r| cols.of(IncidentField::Date).iter().map(move |&i| r.cell(i))),
    );
    let library = Lookups::load(conn)?;

    let mut parsed: Vec<ParsedRow> = Vec::with_capacity(table.rows.len());
    let mut keys: HashMap<String, (usize, usize)> = HashMap::new();
    let mut explicit_ids: HashMap<String, usize> = HashMap::new();
    let mut warnings = Vec::new();
    for row in &table.rows {
        let mut p = read_row(row, &cols, slash_order, &library);
        if p.problems.is_empty() {
            assign_id(&mut p, &cols, &mut keys, &mut explicit_ids, &mut warnings);
        }
        check_incident(&mut p, &cols);
        parsed.push(p);
    }

    // Sources the valid rows need that the library does not have.
    let mut new_sources: Vec<Source> = Vec::new();
    let mut new_source_at: HashMap<String, usize> = HashMap::new();
    for p in parsed.iter().filter(|p| p.problems.is_empty()) {
        for s in &p.new_sources {
            match new_source_at.get(&s.id) {
                Some(&i) => {
                    if s.sensitivity == Sensitivity::Public {
                        new_sources[i].sensitivity = Sensitivity::Public;
                    }
                }
                None => {
                    new_source_at.insert(s.id.clone(), new_sources.len());
                    new_sources.push(s.clone());
                }
            }
        }
    }

    let wanted: Vec<&str> = parsed
        .iter()
        .filter(|p| p.problems.is_empty() && library.incident_ids.contains(&p.incident.id))
        .map(|p| p.incident.id.as_str())
        .collect();
    let existing = load_incidents(conn, &wanted)?;

    let mut report = CsvReport {
        delimiter: (table.delimiter as char).to_string(),
        columns: cols.report(),
        rows: Vec::with_capacity(parsed.len()),
        created: 0,
        updated: 0,
        unchanged: 0,
        kept: 0,
        invalid: 0,
        sources_created: new_sources.len(),
        problems: Vec::new(),
        warnings,
        written: false,
    };
    let mut writes = Vec::new();
    for p in parsed {
        if !p.problems.is_empty() {
            report.invalid += 1;
            report.rows.push(CsvRow {
                row: p.number,
                action: RowAction::Invalid,
                incident_id: None,
                title: p.incident.title.clone(),
                changes: Vec::new(),
            });
            report.problems.extend(p.problems);
            continue;
        }
        report.warnings.extend(p.warnings.iter().cloned());
        let (action, changes, write) = match existing.get(&p.incident.id) {
            None => (
                RowAction::Create,
                Vec::new(),
                Some((p.incident.clone(), true)),
            ),
            Some(ours) => {
                let merged = merge_into(ours, &p, &mut report.warnings);
                let changes = changed_fields(ours, &merged);
                if changes.is_empty() {
                    (RowAction::Unchanged, changes, None)
                } else if options.update_existing {
                    (RowAction::Update, changes, Some((merged, false)))
                } else {
                    (RowAction::Keep, changes, None)
                }
            }
        };
        match action {
            RowAction::Create => report.created += 1,
            RowAction::Update => report.updated += 1,
            RowAction::Keep => report.kept += 1,
            _ => report.unchanged += 1,
        }
        report.rows.push(CsvRow {
            row: p.number,
            action,
            incident_id: Some(p.incident.id.clone()),
            title: p.incident.title.clone(),
            changes,
        });
        writes.extend(write);
    }
    Ok(Plan {
        report,
        new_sources,
        writes,
    })
}

// ----- columns ---------------------------------------------------------------------------

struct Columns<'a> {
    header: &'a [String],
    mapping: &'a [Option<IncidentField>],
    by_field: HashMap<IncidentField, Vec<usize>>,
}

impl<'a> Columns<'a> {
    fn new(header: &'a [String], mapping: &'a [Option<IncidentField>]) -> Columns<'a> {
        let mut by_field: HashMap<IncidentField, Vec<usize>> = HashMap::new();
        for (i, f) in mapping.iter().enumerate() {
            if let Some(f) = f {
                by_field.entry(*f).or_default().push(i);
            }
        }
        Columns {
            header,
            mapping,
            by_field,
        }
    }

    fn of(&self, field: IncidentField) -> &[usize] {
        self.by_field.get(&field).map_or(&[], Vec::as_slice)
    }

    /// The header of the (first) column holding `field`, for messages.
    fn name(&self, field: IncidentField) -> String {
        self.of(field)
            .first()
            .map_or_else(|| field.label().to_string(), |&i| self.name_at(i))
    }

    fn name_at(&self, index: usize) -> String {
        match self.header.get(index).map(|h| h.trim()) {
            Some(h) if !h.is_empty() => h.to_string(),
            _ => format!("{}", index + 1),
        }
    }

    /// The single cell of a single-valued field ("" when unmapped).
    fn cell<'r>(&self, row: &'r Row, field: IncidentField) -> &'r str {
        self.of(field).first().map_or("", |&i| row.cell(i))
    }

    fn report(&self) -> Vec<CsvColumn> {
        self.header
            .iter()
            .enumerate()
            .map(|(index, h)| CsvColumn {
                index,
                header: h.clone(),
                field: self.mapping.get(index).copied().flatten(),
            })
            .collect()
    }
}

// ----- the library's records, for finding what rows name ----------------------------------

/// Records found by id or by title (case and spacing do not matter).
struct Finder {
    kind: Kind,
    ids: HashSet<String>,
    titles: HashMap<String, Vec<String>>,
}

impl Finder {
    fn new<'a>(kind: Kind, records: impl Iterator<Item = (&'a str, &'a str)>) -> Finder {
        let mut f = Finder {
            kind,
            ids: HashSet::new(),
            titles: HashMap::new(),
        };
        for (id, title) in records {
            f.ids.insert(id.to_string());
            f.titles
                .entry(normalise(title))
                .or_default()
                .push(id.to_string());
        }
        f
    }

    /// Ok(None): nothing has that id or title.
    fn find(&self, value: &str) -> Result<Option<String>, String> {
        if self.ids.contains(value) {
            return Ok(Some(value.to_string()));
        }
        match self.titles.get(&normalise(value)).map(Vec::as_slice) {
            None | Some([]) => Ok(None),
            Some([one]) => Ok(Some(one.clone())),
            Some(many) => Err(format!(
                "{:?} is the title of {} {}s ({}); write the id instead",
                truncate(value),
                many.len(),
                self.kind.noun(),
                many.join(", ")
            )),
        }
    }
}

struct Lookups {
    areas: Finder,
    benchmarks: Finder,
    sources: Finder,
    source_urls: HashMap<String, String>,
    incident_ids: HashSet<String>,
}

impl Lookups {
    fn load(conn: &Connection) -> rusqlite::Result<Lookups> {
        let areas = ConcernArea::read_all(conn)?;
        let benchmarks = Benchmark::read_all(conn)?;
        let sources = Source::read_all(conn)?;
        let mut source_urls = HashMap::new();
        for s in &sources {
            if let Some(url) = &s.url {
                source_urls
                    .entry(url.trim().to_string())
                    .or_insert_with(|| s.id.clone());
            }
        }
        let mut stmt = conn.prepare("SELECT id FROM incidents")?;
        let incident_ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<String>>>()?;
        Ok(Lookups {
            areas: Finder::new(
                Kind::ConcernArea,
                areas.iter().map(|a| (a.id.as_str(), a.title.as_str())),
            ),
            benchmarks: Finder::new(
                Kind::Benchmark,
                benchmarks.iter().map(|b| (b.id.as_str(), b.title.as_str())),
            ),
            sources: Finder::new(
                Kind::Source,
                sources.iter().map(|s| (s.id.as_str(), s.title.as_str())),
            ),
            source_urls,
            incident_ids,
        })
    }
}

fn load_incidents(conn: &Connection, ids: &[&str]) -> rusqlite::Result<HashMap<String, Incident>> {
    if ids.len() >= BULK_READ_FROM {
        let wanted: HashSet<&str> = ids.iter().copied().collect();
        return Ok(Incident::read_all(conn)?
            .into_iter()
            .filter(|i| wanted.contains(i.id.as_str()))
            .map(|i| (i.id.clone(), i))
            .collect());
    }
    let mut out = HashMap::new();
    for id in ids {
        if let Some(i) = Incident::read(conn, id)? {
            out.insert(i.id.clone(), i);
        }
    }
    Ok(out)
}

// ----- one row ---------------------------------------------------------------------------

struct ParsedRow {
    number: usize,
    incident: Incident,
    /// The single-valued fields whose cell was not empty.
    filled: HashSet<IncidentField>,
    sensitivity: Option<Sensitivity>,
    /// The explicit id cell, if any.
    explicit_id: Option<String>,
    new_sources: Vec<Source>,
    problems: Vec<RowProblem>,
    warnings: Vec<RowProblem>,
}

impl ParsedRow {
    fn problem(&mut self, column: String, message: impl Into<String>) {
        self.problems.push(RowProblem {
            row: self.number,
            column: Some(column),
            message: message.into(),
        });
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

fn read_row(row: &Row, cols: &Columns<'_>, order: SlashOrder, lib: &Lookups) -> ParsedRow {
    use IncidentField as F;
    let title = cols.cell(row, F::Title).to_string();
    let mut p = ParsedRow {
        number: row.number,
        incident: Incident {
            id: String::new(),
            title,
            occurred_on: FuzzyDate {
                start: PartialDate {
                    year: 1,
                    month: None,
                    day: None,
                },
                end: None,
            },
            location: optional(cols.cell(row, F::Location)),
            summary: optional(cols.cell(row, F::Summary)),
            people: Vec::new(),
            verification: None,
            sensitivity: Sensitivity::Public,
            concern_area_ids: Vec::new(),
            benchmark_ids: Vec::new(),
            source_ids: Vec::new(),
            updated_at: None,
        },
        filled: HashSet::new(),
        sensitivity: None,
        explicit_id: optional(cols.cell(row, F::Id)),
        new_sources: Vec::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    for f in [
        F::Title,
        F::Date,
        F::Location,
        F::Summary,
        F::Verification,
        F::Sensitivity,
    ] {
        if !cols.cell(row, f).is_empty() {
            p.filled.insert(f);
        }
    }
    if p.incident.title.is_empty() {
        p.problem(
            cols.name(F::Title),
            "is empty (every incident needs a title)",
        );
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
            message: format!(
                "the row has more cells than the header has columns ({}); the extra cells are ignored",
                cols.header.len()
            ),
        });
    }
    match human_dates::parse(cols.cell(row, F::Date), order) {
        Ok(d) => p.incident.occurred_on = d,
        Err(message) if message == "is empty" => p.problem(
            cols.name(F::Date),
            "is empty (every incident needs a date; a year is enough)",
        ),
        Err(message) => p.problem(cols.name(F::Date), message),
    }
    if let Some(id) = &p.explicit_id {
        if let Some(message) = id_problem(id) {
            p.problem(cols.name(F::Id), message);
        }
    }
    let mut people: Vec<String> = Vec::new();
    for (_, name) in list_items(row, cols.of(F::People)) {
        if !people.iter().any(|n| n == name) {
            people.push(name.to_string());
        }
    }
    p.incident.people = people;

    let verification = cols.cell(row, F::Verification);
    if !verification.is_empty() {
        match parse_verification(verification) {
            Some(v) => p.incident.verification = Some(v),
            None => p.problem(
                cols.name(F::Verification),
                format!(
                    "{:?} is not a verification (write confirmed, credible or unverified)",
                    truncate(verification)
                ),
            ),
        }
    }
    let sensitivity = cols.cell(row, F::Sensitivity);
    if !sensitivity.is_empty() {
        match parse_sensitivity(sensitivity) {
            Some(s) => {
                p.incident.sensitivity = s;
                p.sensitivity = Some(s);
            }
            None => p.problem(
                cols.name(F::Sensitivity),
                format!(
                    "{:?} is not a sensitivity (write public or restricted)",
                    truncate(sensitivity)
                ),
            ),
        }
    }

    for (column, value) in list_items(row, cols.of(F::Area)) {
        match lib.areas.find(value) {
            Ok(Some(id)) => push_unique(&mut p.incident.concern_area_ids, id),
            Ok(None) => p.problem(
                cols.name_at(column),
                format!(
                    "there is no concern area with the title or id {:?} (add it to the library first, or correct the name)",
                    truncate(value)
                ),
            ),
            Err(message) => p.problem(cols.name_at(column), message),
        }
    }
    for (column, value) in list_items(row, cols.of(F::Benchmark)) {
        match lib.benchmarks.find(value) {
            Ok(Some(id)) => push_unique(&mut p.incident.benchmark_ids, id),
            Ok(None) => p.problem(
                cols.name_at(column),
                format!(
                    "there is no benchmark with the title or id {:?}",
                    truncate(value)
                ),
            ),
            Err(message) => p.problem(cols.name_at(column), message),
        }
    }
    read_sources(row, cols, lib, &mut p);
    p
}

fn push_unique(list: &mut Vec<String>, id: String) {
    if !list.contains(&id) {
        list.push(id);
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

/// The source column: web addresses find or create a source by address; other text finds
/// a source by id or title, or creates one with that title.
fn read_sources(row: &Row, cols: &Columns<'_>, lib: &Lookups, p: &mut ParsedRow) {
    let source_title = optional(cols.cell(row, IncidentField::SourceTitle));
    let sensitivity = p.incident.sensitivity;
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
                format!(
                    "{:?} is not a web address (it must start with http:// or https://)",
                    truncate(other)
                ),
            );
            continue;
        }
        let all_urls = words.iter().all(|w| looks_like_url(w));
        if all_urls {
            for word in words {
                let url = with_scheme(word);
                if let Some(id) = lib.source_urls.get(&url) {
                    push_unique(&mut p.incident.source_ids, id.clone());
                    continue;
                }
                let title = source_title
                    .clone()
                    .unwrap_or_else(|| clip(&url, TITLE_MAX));
                let source = Source {
                    id: format!("csv-src-{}", short_hash(&["url", &url])),
                    title,
                    publisher: None,
                    published_on: None,
                    url: Some(url),
                    accessed_on: None,
                    kind: None,
                    sensitivity,
                    updated_at: None,
                };
                add_new_source(p, cols, column, source, lib);
            }
            continue;
        }
        match lib.sources.find(item) {
            Ok(Some(id)) => push_unique(&mut p.incident.source_ids, id),
            Ok(None) => {
                let source = Source {
                    id: format!("csv-src-{}", short_hash(&["title", &normalise(item)])),
                    title: item.to_string(),
                    publisher: None,
                    published_on: None,
                    url: None,
                    accessed_on: None,
                    kind: None,
                    sensitivity,
                    updated_at: None,
                };
                add_new_source(p, cols, column, source, lib);
            }
            Err(message) => p.problem(cols.name_at(column), message),
        }
    }
}

fn add_new_source(
    p: &mut ParsedRow,
    cols: &Columns<'_>,
    column: usize,
    source: Source,
    lib: &Lookups,
) {
    if lib.sources.ids.contains(&source.id) {
        // Made by an earlier import (its address was since edited in the library).
        push_unique(&mut p.incident.source_ids, source.id);
        return;
    }
    if let Err(problems) = source.validate() {
        for fe in problems {
            let message = match fe.field.as_str() {
                "title" => format!("the source title {}", fe.message),
                _ => fe.message,
            };
            p.problem(cols.name_at(column), message);
        }
        return;
    }
    push_unique(&mut p.incident.source_ids, source.id.clone());
    if !p.new_sources.iter().any(|s| s.id == source.id) {
        p.new_sources.push(source);
    }
}

fn looks_like_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

fn with_scheme(s: &str) -> String {
    if s.to_ascii_lowercase().starts_with("www.") {
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
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

/// Gives the row its incident id: the id column's, or one derived from date, title and
/// place (the n-th repeat of the same three in the file gets its own).
fn assign_id(
    p: &mut ParsedRow,
    cols: &Columns<'_>,
    keys: &mut HashMap<String, (usize, usize)>,
    explicit_ids: &mut HashMap<String, usize>,
    warnings: &mut Vec<RowProblem>,
) {
    if let Some(id) = p.explicit_id.clone() {
        if let Some(first) = explicit_ids.get(&id) {
            p.problem(
                cols.name(IncidentField::Id),
                format!("{:?} is also the id of row {first}", truncate(&id)),
            );
        } else {
            explicit_ids.insert(id.clone(), p.number);
        }
        p.incident.id = id;
        return;
    }
    let key = row_key(&p.incident);
    let entry = keys.entry(key.clone()).or_insert((p.number, 0));
    entry.1 += 1;
    let (first, n) = *entry;
    p.incident.id = if n == 1 {
        format!("csv-{}", short_hash(&[&key]))
    } else {
        warnings.push(RowProblem {
            row: p.number,
            column: None,
            message: format!(
                "same date, title and place as row {first}; imported as a separate incident"
            ),
        });
        format!("csv-{}", short_hash(&[&key, &n.to_string()]))
    };
}

/// The stable key of a row: its date, title and place, normalised.
fn row_key(i: &Incident) -> String {
    format!(
        "{}\u{1f}{}\u{1f}{}",
        i.occurred_on,
        normalise(&i.title),
        normalise(i.location.as_deref().unwrap_or(""))
    )
}

/// NFC, lower case, single spaces.
fn normalise(s: &str) -> String {
    let lowered: String = s.nfc().flat_map(char::to_lowercase).collect();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first 20 hex digits of the SHA-256 of the parts (separated unambiguously).
fn short_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for part in parts {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize()
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The record's own rules (lengths, ids), named by the column that holds the field.
fn check_incident(p: &mut ParsedRow, cols: &Columns<'_>) {
    let Err(problems) = p.incident.validate() else {
        return;
    };
    for fe in problems {
        if fe.field == "id" && p.incident.id.is_empty() {
            continue; // the row had no id yet because of its other problems
        }
        if fe.field == "title" && p.incident.title.trim().is_empty() {
            continue; // reported by `read_row`
        }
        let (base, index) = match fe.field.split_once('[') {
            Some((base, rest)) => (base, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (fe.field.as_str(), None),
        };
        let field = match base {
            "id" => IncidentField::Id,
            "title" => IncidentField::Title,
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
                Some(name) => format!("{:?} {}", truncate(name), fe.message),
                None => fe.message,
            },
            _ => fe.message,
        };
        p.problem(cols.name(field), message);
    }
}

// ----- re-import ---------------------------------------------------------------------------

/// The library's incident with the row applied: the row's non-empty cells win for the
/// single-valued fields, lists gain what they lack, and restricted stays restricted.
fn merge_into(ours: &Incident, row: &ParsedRow, warnings: &mut Vec<RowProblem>) -> Incident {
    use IncidentField as F;
    let theirs = &row.incident;
    let mut out = ours.clone();
    out.title = theirs.title.clone();
    out.occurred_on = theirs.occurred_on;
    if row.filled.contains(&F::Location) {
        out.location = theirs.location.clone();
    }
    if row.filled.contains(&F::Summary) {
        out.summary = theirs.summary.clone();
    }
    if let Some(v) = theirs.verification {
        out.verification = Some(v);
    }
    match row.sensitivity {
        Some(Sensitivity::Public) if ours.sensitivity.is_restricted() => warnings.push(RowProblem {
            row: row.number,
            column: None,
            message: format!(
                "incident {} is restricted in the library and stays restricted (the file says public)",
                ours.id
            ),
        }),
        Some(s) => out.sensitivity = s,
        None => {}
    }
    for (list, add) in [
        (&mut out.people, &theirs.people),
        (&mut out.concern_area_ids, &theirs.concern_area_ids),
        (&mut out.benchmark_ids, &theirs.benchmark_ids),
        (&mut out.source_ids, &theirs.source_ids),
    ] {
        for item in add {
            if !list.contains(item) {
                list.push(item.clone());
            }
        }
    }
    out
}

fn changed_fields(a: &Incident, b: &Incident) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |name: &str, differs: bool| {
        if differs {
            out.push(name.to_string());
        }
    };
    check("title", a.title != b.title);
    check("occurred_on", a.occurred_on != b.occurred_on);
    check("location", a.location != b.location);
    check("summary", a.summary != b.summary);
    check("people", a.people != b.people);
    check("verification", a.verification != b.verification);
    check("sensitivity", a.sensitivity != b.sensitivity);
    check("concern_area_ids", a.concern_area_ids != b.concern_area_ids);
    check("benchmark_ids", a.benchmark_ids != b.benchmark_ids);
    check("source_ids", a.source_ids != b.source_ids);
    out
}

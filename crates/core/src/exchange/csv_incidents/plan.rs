//! What importing a file would do: every row read and checked, ids given, and per row
//! whether its incident is created, updated, unchanged or kept. Nothing here writes.

use std::collections::HashMap;

use rusqlite::Connection;

use super::columns::{self, ColumnIndex, IncidentField};
use super::row::{self, ParsedRow};
use super::stable_ids::IncidentIds;
use super::{CsvError, CsvOptions, CsvReport, CsvRow, RowAction, RowProblem};
use crate::exchange::csv_common::lookup::{ids_of, load_records, Lookups};
use crate::exchange::csv_common::reader::Table;
use crate::exchange::csv_common::sources::{cited_sources, NewSources};
use crate::exchange::human_dates::SlashOrder;
use crate::i18n::escaped;
use crate::model::validate::truncate;
use crate::model::*;

/// What an import would write, and the report of it.
pub(crate) struct Plan {
    pub report: CsvReport,
    pub new_sources: Vec<Source>,
    /// Incidents to write, with whether each is new.
    pub writes: Vec<(Incident, bool)>,
}

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
    let cols = ColumnIndex::new(&table.header, &mapping);
    let slash_order = SlashOrder::detect(
        table
            .rows
            .iter()
            .flat_map(|r| cols.of(IncidentField::Date).iter().map(move |&i| r.cell(i))),
    );
    let library = Lookups::load(conn)?;
    let incident_ids = ids_of::<Incident>(conn)?;

    let mut new_sources = NewSources::default();
    let mut ids = IncidentIds::default();
    let mut explicit_ids: HashMap<String, usize> = HashMap::new();
    let mut parsed: Vec<ParsedRow> = Vec::with_capacity(table.rows.len());
    for r in &table.rows {
        let mut p = row::read(r, &cols, slash_order, &library, &mut new_sources);
        if p.is_valid() {
            give_id(&mut p, &cols, &mut ids, &mut explicit_ids);
        }
        parsed.push(p);
    }

    // New incidents whose row states no sensitivity take the one chosen for the file;
    // until one is chosen they are planned as restricted, the safe side.
    let mut unstated_sensitivity = 0;
    for p in parsed.iter_mut().filter(|p| {
        p.is_valid() && p.sensitivity.is_none() && !incident_ids.contains(&p.incident.id)
    }) {
        p.incident.sensitivity = options.sensitivity.unwrap_or(Sensitivity::Restricted);
        unstated_sensitivity += 1;
    }

    // The planned sources the valid rows cite; public when a public row cites them.
    let mut cited = vec![false; new_sources.sources.len()];
    let mut public = vec![false; new_sources.sources.len()];
    for p in parsed.iter().filter(|p| p.is_valid()) {
        for &i in &p.new_sources {
            cited[i] = true;
            public[i] |= !p.incident.sensitivity.is_restricted();
        }
    }
    let new_sources = cited_sources(new_sources, &cited, &public);

    let wanted: Vec<&str> = parsed
        .iter()
        .filter(|p| p.is_valid() && incident_ids.contains(&p.incident.id))
        .map(|p| p.incident.id.as_str())
        .collect();
    let existing = load_records::<Incident>(conn, &wanted)?;

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
        unstated_sensitivity,
        problems: Vec::new(),
        warnings: Vec::new(),
        written: false,
    };
    let mut writes = Vec::new();
    for mut p in parsed {
        report.warnings.append(&mut p.warnings);
        if !p.is_valid() {
            report.invalid += 1;
            report.rows.push(CsvRow {
                row: p.number,
                action: RowAction::Invalid,
                incident_id: None,
                title: p.incident.title,
                changes: Vec::new(),
            });
            report.problems.append(&mut p.problems);
            continue;
        }
        let (action, changes) = match existing.get(&p.incident.id) {
            None => (RowAction::Create, Vec::new()),
            Some(ours) => {
                let merged = merge_into(ours, &p, &mut report.warnings);
                let changes = changed_fields(ours, &merged);
                if changes.is_empty() {
                    (RowAction::Unchanged, changes)
                } else if options.update_existing {
                    writes.push((merged, false));
                    (RowAction::Update, changes)
                } else {
                    (RowAction::Keep, changes)
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
        if action == RowAction::Create {
            writes.push((p.incident, true));
        }
    }
    Ok(Plan {
        report,
        new_sources,
        writes,
    })
}

/// Gives the row its incident id: the id column's, or one derived from date, title and
/// place (see `stable_ids`).
fn give_id(
    p: &mut ParsedRow,
    cols: &ColumnIndex<'_>,
    ids: &mut IncidentIds,
    explicit_ids: &mut HashMap<String, usize>,
) {
    if let Some(id) = p.explicit_id.clone() {
        if let Some(first) = explicit_ids.get(&id) {
            p.problem(
                cols.name(IncidentField::Id),
                crate::m!(
                    "csv-id-used-twice",
                    id = escaped(&truncate(&id)),
                    first = first.to_string()
                ),
            );
        } else {
            explicit_ids.insert(id.clone(), p.number);
        }
        p.incident.id = id;
        return;
    }
    let (id, repeat_of) = ids.next(p.number, &p.incident);
    if let Some(first) = repeat_of {
        p.warnings.push(RowProblem {
            row: p.number,
            column: None,
            message: crate::m!("csv-repeated-row", first = first.to_string()),
        });
    }
    p.incident.id = id;
}

/// The library's incident with the row applied (for `update_existing`): the row's
/// non-empty cells win for the single-valued fields, lists gain what they lack, and
/// restricted stays restricted.
fn merge_into(ours: &Incident, row: &ParsedRow, warnings: &mut Vec<RowProblem>) -> Incident {
    let theirs = &row.incident;
    let mut out = ours.clone();
    out.title = theirs.title.clone();
    out.occurred_on = theirs.occurred_on;
    if row.filled(IncidentField::Location) {
        out.location = theirs.location.clone();
    }
    if row.filled(IncidentField::Summary) {
        out.summary = theirs.summary.clone();
    }
    if row.filled(IncidentField::Language) {
        out.language = theirs.language.clone();
    }
    if let Some(v) = theirs.verification {
        out.verification = Some(v);
    }
    match row.sensitivity {
        Some(Sensitivity::Public) if ours.sensitivity.is_restricted() => {
            warnings.push(RowProblem {
                row: row.number,
                column: None,
                message: crate::m!("csv-stays-restricted", id = &ours.id),
            })
        }
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
    [
        ("title", a.title != b.title),
        ("occurred_on", a.occurred_on != b.occurred_on),
        ("location", a.location != b.location),
        ("summary", a.summary != b.summary),
        ("language", a.language != b.language),
        ("people", a.people != b.people),
        ("verification", a.verification != b.verification),
        ("sensitivity", a.sensitivity != b.sensitivity),
        ("concern_area_ids", a.concern_area_ids != b.concern_area_ids),
        ("benchmark_ids", a.benchmark_ids != b.benchmark_ids),
        ("source_ids", a.source_ids != b.source_ids),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name.to_string())
    .collect()
}

//! What importing a file of cases would do: every row read and checked, rows gathered
//! into cases by their key, the cases and timeline entries the library already holds
//! found, and per case and per row whether it is created, updated or unchanged. Nothing
//! here writes.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::columns::{CaseColumn, Columns};
use super::row::{self, CaseRow};
use super::{CaseCsvCase, CaseCsvOptions, CaseCsvReport, CaseCsvRow};
use crate::exchange::csv_common::lookup::{load_records, normalise, Finder, Lookups};
use crate::exchange::csv_common::reader::Table;
use crate::exchange::csv_common::sources::{cited_sources, NewSources};
use crate::exchange::csv_common::stable_ids::short_hash;
use crate::exchange::csv_common::{CsvError, RowAction, RowProblem};
use crate::exchange::human_dates::SlashOrder;
use crate::m;
use crate::model::*;

/// What an import would write, and the report of it.
pub(crate) struct Plan {
    pub report: CaseCsvReport,
    pub new_sources: Vec<Source>,
    /// Cases to write, with whether each is new.
    pub cases: Vec<(Case, bool)>,
    /// Timeline entries to write (after the cases), with whether each is new.
    pub entries: Vec<(CaseEntry, bool)>,
}

/// The id of a case the file names without an id: `csv-case-<hash of the name>`, the
/// name compared without case, accents composed and spaces collapsed.
pub(crate) fn case_id(name: &str) -> String {
    format!("csv-case-{}", short_hash(&["case", &normalise(name)]))
}

/// The id of a new timeline entry: `csv-entry-<hash of case, date and status>`
/// (`attempt` > 0 when the library gave that id to another entry since).
pub(crate) fn entry_id(key: &EntryKey, attempt: usize) -> String {
    let (case, date, status) = key;
    let hash = match attempt {
        0 => short_hash(&["entry", case, date, status]),
        n => short_hash(&["entry", case, date, status, &n.to_string()]),
    };
    format!("csv-entry-{hash}")
}

/// What identifies a timeline entry: its case, its date as stored, its status.
pub(crate) type EntryKey = (String, String, &'static str);

/// The library's cases (found by id or name) and their entries (by key).
struct Held {
    cases: Finder,
    entries: HashMap<EntryKey, String>,
    entry_ids: HashSet<String>,
}

impl Held {
    fn load(conn: &Connection) -> rusqlite::Result<Held> {
        let mut stmt = conn.prepare("SELECT id, name FROM cases")?;
        let names = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let cases = Finder::new(
            Kind::Case,
            names.iter().map(|(id, name)| (id.as_str(), name.as_str())),
        );
        let mut stmt = conn.prepare("SELECT id, case_id, date, status FROM case_entries")?;
        let mut rows = stmt.query([])?;
        let (mut entries, mut entry_ids) = (HashMap::new(), HashSet::new());
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let status: String = r.get(3)?;
            if let Some(status) = CaseStatus::parse(&status) {
                entries.insert((r.get(1)?, r.get(2)?, status.as_str()), id.clone());
            }
            entry_ids.insert(id);
        }
        Ok(Held {
            cases,
            entries,
            entry_ids,
        })
    }
}

pub(crate) fn plan(
    conn: &Connection,
    table: &Table,
    options: &CaseCsvOptions,
) -> Result<Plan, CsvError> {
    let cols = Columns::find(&table.header)?;
    let mut warnings = ignored_columns(&cols);
    let slash_order = SlashOrder::detect(
        table
            .rows
            .iter()
            .filter_map(|r| cols.of(CaseColumn::StatusDate).map(|i| r.cell(i))),
    );
    let library = Lookups::load(conn)?;
    let held = Held::load(conn)?;

    let mut new_sources = NewSources::default();
    let mut rows: Vec<CaseRow> = table
        .rows
        .iter()
        .map(|r| row::read(r, &cols, slash_order, &library, &mut new_sources))
        .collect();
    // Rows with other problems too: a missing consent is said as well.
    for p in rows
        .iter_mut()
        .filter(|p| !p.case.name.is_empty() || p.explicit_id.is_some())
    {
        give_case_id(p, &cols, &held.cases);
    }

    // The rows of each case, in file order; the cases in the order the file names them.
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<String, usize> = HashMap::with_capacity(rows.len());
    for (i, p) in rows.iter().enumerate().filter(|(_, p)| p.has_case) {
        let g = *group_of.entry(p.case.id.clone()).or_insert_with(|| {
            groups.push((p.case.id.clone(), Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(i);
    }
    let wanted: Vec<&str> = groups
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| held.cases.has_id(id))
        .collect();
    let existing = load_records::<Case>(conn, &wanted)?;
    for (case_id, members) in &groups {
        check_case(&mut rows, members, &cols, !existing.contains_key(case_id));
    }

    let mut report = CaseCsvReport {
        delimiter: (table.delimiter as char).to_string(),
        columns: cols.report(),
        rows: Vec::with_capacity(rows.len()),
        cases: Vec::with_capacity(groups.len()),
        cases_created: 0,
        cases_updated: 0,
        cases_unchanged: 0,
        entries_created: 0,
        entries_updated: 0,
        entries_unchanged: 0,
        invalid: 0,
        sources_created: 0,
        unstated_sensitivity: 0,
        problems: Vec::new(),
        warnings: Vec::new(),
        written: false,
    };

    // The cases, from their valid rows.
    let mut cases = Vec::new();
    let mut shown: HashMap<String, bool> = HashMap::new();
    for (case_id, members) in &groups {
        let members: Vec<&CaseRow> = members
            .iter()
            .map(|&i| &rows[i])
            .filter(|p| p.is_valid())
            .collect();
        if members.is_empty() {
            continue;
        }
        let (case, action, changes) = match existing.get(case_id) {
            None => {
                let case = new_case(case_id, &members, options, &mut report);
                (case, RowAction::Create, Vec::new())
            }
            Some(ours) => {
                let merged = merge_case(ours, &members, &mut warnings);
                let changes = changed_case_fields(ours, &merged);
                let action = if changes.is_empty() {
                    RowAction::Unchanged
                } else {
                    RowAction::Update
                };
                (merged, action, changes)
            }
        };
        match action {
            RowAction::Create => report.cases_created += 1,
            RowAction::Update => report.cases_updated += 1,
            _ => report.cases_unchanged += 1,
        }
        shown.insert(
            case.id.clone(),
            case.sensitivity == Sensitivity::Public && case.consent == Consent::Named,
        );
        report.cases.push(CaseCsvCase {
            case_id: case.id.clone(),
            name: case.name.clone(),
            action,
            changes,
            rows: members.iter().map(|p| p.number).collect(),
        });
        if action != RowAction::Unchanged {
            cases.push((case, action == RowAction::Create));
        }
    }

    let (entries, entry_of_row) = plan_entries(conn, &mut rows, &held, &mut warnings)?;

    // The planned sources the valid rows cite; public only when a case that is public and
    // may be named cites them (a source's title or address can name the person).
    let mut cited = vec![false; new_sources.sources.len()];
    let mut public = vec![false; new_sources.sources.len()];
    for p in rows.iter().filter(|p| p.is_valid()) {
        for &i in &p.new_sources {
            cited[i] = true;
            public[i] |= shown.get(&p.case.id).copied().unwrap_or(false);
        }
    }
    let new_sources = cited_sources(new_sources, &cited, &public);
    report.sources_created = new_sources.len();

    for (planned, _) in &entries {
        match planned.action {
            RowAction::Create => report.entries_created += 1,
            RowAction::Update => report.entries_updated += 1,
            _ => report.entries_unchanged += 1,
        }
    }
    for (i, mut p) in rows.into_iter().enumerate() {
        report.warnings.append(&mut p.warnings);
        if !p.is_valid() {
            report.invalid += 1;
            report.rows.push(CaseCsvRow {
                row: p.number,
                action: RowAction::Invalid,
                case_id: None,
                entry_id: None,
                name: p.case.name,
                changes: Vec::new(),
            });
            report.problems.append(&mut p.problems);
            continue;
        }
        let planned = &entries[entry_of_row[i].expect("a valid row has an entry")].0;
        report.rows.push(CaseCsvRow {
            row: p.number,
            action: planned.action,
            case_id: Some(p.case.id),
            entry_id: Some(planned.entry.id.clone()),
            name: p.case.name,
            changes: planned.changes.clone(),
        });
    }
    report.warnings.splice(0..0, warnings);
    report.warnings.sort_by_key(|w| w.row);
    let entries = entries
        .into_iter()
        .filter(|(planned, _)| planned.action != RowAction::Unchanged)
        .map(|(planned, is_new)| (planned.entry, is_new))
        .collect();
    Ok(Plan {
        report,
        new_sources,
        cases,
        entries,
    })
}

/// Headers that name no column of the case import: said once, as a warning of row 1.
fn ignored_columns(cols: &Columns<'_>) -> Vec<RowProblem> {
    let known: Vec<&str> = CaseColumn::ALL.iter().map(|c| c.header()).collect();
    cols.report()
        .into_iter()
        .filter(|c| c.column.is_none() && !c.header.trim().is_empty())
        .map(|c| RowProblem {
            row: 1,
            column: Some(c.header),
            message: m!("csv-cases-ignored-column", columns = known.join(", ")),
        })
        .collect()
}

/// The case a row belongs to: the id column's; else the case an earlier import made for
/// the name; else the library's one case with that name; else a new one.
fn give_case_id(p: &mut CaseRow, cols: &Columns<'_>, cases: &Finder) {
    let id = match &p.explicit_id {
        Some(id) => id.clone(),
        None => {
            let derived = case_id(&p.case.name);
            if cases.has_id(&derived) {
                derived
            } else {
                match cases.find(&p.case.name) {
                    Ok(Some(id)) => id,
                    Ok(None) => derived,
                    Err(message) => {
                        p.problem(cols.name(CaseColumn::Name), message);
                        return;
                    }
                }
            }
        }
    };
    p.case.id = id;
    p.has_case = true;
}

/// A case's rows agree: a new case needs the consent on every row, and one consent and
/// one sensitivity for the case (a valid row that differs from an earlier one is a
/// problem).
fn check_case(rows: &mut [CaseRow], members: &[usize], cols: &Columns<'_>, is_new: bool) {
    if is_new {
        for &i in members {
            if !rows[i].consent_stated {
                rows[i].problem(cols.name(CaseColumn::Consent), m!("csv-no-consent"));
            }
        }
    }
    let mut consent: Option<(Consent, usize)> = None;
    let mut sensitivity: Option<(Sensitivity, usize)> = None;
    for &i in members {
        let p = &mut rows[i];
        if !p.is_valid() {
            continue;
        }
        if let Some(c) = p.consent {
            match consent {
                Some((first, row)) if first != c => p.problem(
                    cols.name(CaseColumn::Consent),
                    m!(
                        "csv-case-consent-differs",
                        value = first.as_str(),
                        first = row.to_string()
                    ),
                ),
                Some(_) => {}
                None => consent = Some((c, p.number)),
            }
        }
        if let Some(s) = p.sensitivity {
            match sensitivity {
                Some((first, row)) if first != s => p.problem(
                    cols.name(CaseColumn::Sensitivity),
                    m!(
                        "csv-case-sensitivity-differs",
                        value = first.as_str(),
                        first = row.to_string()
                    ),
                ),
                Some(_) => {}
                None => sensitivity = Some((s, p.number)),
            }
        }
    }
}

/// The rows of a case in timeline order: by date (earliest day, then latest), then by
/// row. The last row with a cell filled gives the case that field.
fn timeline<'r>(members: &[&'r CaseRow]) -> Vec<&'r CaseRow> {
    let mut sorted = members.to_vec();
    sorted.sort_by_key(|p| (p.entry.date.earliest(), p.entry.date.latest(), p.number));
    sorted
}

fn latest(rows: &[&CaseRow], field: impl Fn(&CaseRow) -> &Option<String>) -> Option<String> {
    rows.iter().rev().find_map(|p| field(p).clone())
}

/// Every value of the rows' lists, in file order, once each.
fn gathered(members: &[&CaseRow], list: impl Fn(&CaseRow) -> &Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in members {
        for item in list(p) {
            if !out.contains(item) {
                out.push(item.clone());
            }
        }
    }
    out
}

fn new_case(
    id: &str,
    members: &[&CaseRow],
    options: &CaseCsvOptions,
    report: &mut CaseCsvReport,
) -> Case {
    let ordered = timeline(members);
    let last = ordered.last().expect("a case has rows");
    let sensitivity = match members.iter().find_map(|p| p.sensitivity) {
        Some(s) => s,
        None => {
            // Until one is chosen for the file, planned as restricted: the safe side.
            report.unstated_sensitivity += 1;
            options.sensitivity.unwrap_or(Sensitivity::Restricted)
        }
    };
    Case {
        id: id.to_string(),
        name: last.case.name.clone(),
        other_names: gathered(members, |p| &p.case.other_names),
        role: latest(&ordered, |p| &p.case.role),
        organisation: latest(&ordered, |p| &p.case.organisation),
        summary: latest(&ordered, |p| &p.case.summary),
        consent: members
            .iter()
            .find_map(|p| p.consent)
            .unwrap_or(Consent::Internal),
        sensitivity,
        concern_area_ids: gathered(members, |p| &p.case.concern_area_ids),
        benchmark_ids: gathered(members, |p| &p.case.benchmark_ids),
        incident_ids: Vec::new(),
        ask_ids: Vec::new(),
        source_ids: Vec::new(),
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

/// How much a consent protects the person: a re-import may raise it, never lower it.
fn protection(c: Consent) -> u8 {
    match c {
        Consent::Named => 0,
        Consent::Anonymised => 1,
        Consent::Internal => 2,
    }
}

/// The library's case with the file's rows applied: filled cells replace the summary,
/// role and organisation; other names, areas and benchmarks are added (never removed);
/// the name (the key) stays; consent and sensitivity only ever become more protective.
fn merge_case(ours: &Case, members: &[&CaseRow], warnings: &mut Vec<RowProblem>) -> Case {
    let ordered = timeline(members);
    let mut out = ours.clone();
    for (field, value) in [
        (&mut out.summary, latest(&ordered, |p| &p.case.summary)),
        (&mut out.role, latest(&ordered, |p| &p.case.role)),
        (
            &mut out.organisation,
            latest(&ordered, |p| &p.case.organisation),
        ),
    ] {
        if value.is_some() {
            *field = value;
        }
    }
    for (list, add) in [
        (
            &mut out.other_names,
            gathered(members, |p| &p.case.other_names),
        ),
        (
            &mut out.concern_area_ids,
            gathered(members, |p| &p.case.concern_area_ids),
        ),
        (
            &mut out.benchmark_ids,
            gathered(members, |p| &p.case.benchmark_ids),
        ),
    ] {
        for item in add {
            if !list.contains(&item) {
                list.push(item);
            }
        }
    }
    if let Some(p) = members.iter().find(|p| p.consent.is_some()) {
        let theirs = p.consent.expect("found");
        if protection(theirs) >= protection(ours.consent) {
            out.consent = theirs;
        } else {
            warnings.push(RowProblem {
                row: p.number,
                column: None,
                message: m!(
                    "csv-case-consent-kept",
                    id = &ours.id,
                    ours = ours.consent.as_str(),
                    theirs = theirs.as_str()
                ),
            });
        }
    }
    if let Some(p) = members.iter().find(|p| p.sensitivity.is_some()) {
        match p.sensitivity {
            Some(Sensitivity::Public) if ours.sensitivity.is_restricted() => {
                warnings.push(RowProblem {
                    row: p.number,
                    column: None,
                    message: m!("csv-case-stays-restricted", id = &ours.id),
                })
            }
            Some(s) => out.sensitivity = s,
            None => {}
        }
    }
    out
}

fn changed_case_fields(a: &Case, b: &Case) -> Vec<String> {
    [
        ("other_names", a.other_names != b.other_names),
        ("role", a.role != b.role),
        ("organisation", a.organisation != b.organisation),
        ("summary", a.summary != b.summary),
        ("consent", a.consent != b.consent),
        ("sensitivity", a.sensitivity != b.sensitivity),
        ("concern_area_ids", a.concern_area_ids != b.concern_area_ids),
        ("benchmark_ids", a.benchmark_ids != b.benchmark_ids),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name.to_string())
    .collect()
}

/// A timeline entry as planned.
pub(crate) struct PlannedEntry {
    entry: CaseEntry,
    action: RowAction,
    changes: Vec<String>,
}

/// The timeline entries of the valid rows, one per case, date and status (with whether
/// each is new), and the entry of each valid row (by its index in `rows`).
#[allow(clippy::type_complexity)]
fn plan_entries(
    conn: &Connection,
    rows: &mut [CaseRow],
    held: &Held,
    warnings: &mut Vec<RowProblem>,
) -> Result<(Vec<(PlannedEntry, bool)>, Vec<Option<usize>>), CsvError> {
    let mut planned: Vec<(PlannedEntry, bool)> = Vec::with_capacity(rows.len());
    let mut at: HashMap<EntryKey, (usize, usize)> = HashMap::with_capacity(rows.len());
    let mut entry_of_row = vec![None; rows.len()];
    for (i, p) in rows.iter_mut().enumerate().filter(|(_, p)| p.is_valid()) {
        let key: EntryKey = (
            p.case.id.clone(),
            p.entry.date.to_string(),
            p.entry.status.as_str(),
        );
        if let Some(&(index, first)) = at.get(&key) {
            warnings.push(RowProblem {
                row: p.number,
                column: None,
                message: m!("csv-repeated-entry", first = first.to_string()),
            });
            let entry = &mut planned[index].0.entry;
            for id in std::mem::take(&mut p.entry.source_ids) {
                if !entry.source_ids.contains(&id) {
                    entry.source_ids.push(id);
                }
            }
            if p.entry.note.is_some() {
                entry.note = p.entry.note.take();
            }
            entry_of_row[i] = Some(index);
            continue;
        }
        let (id, is_new) = match held.entries.get(&key) {
            Some(id) => (id.clone(), false),
            None => {
                // Ids from different keys differ (80 bits of a hash); one the library
                // gave another entry since is passed over.
                let id = (0..)
                    .map(|attempt| entry_id(&key, attempt))
                    .find(|id| !held.entry_ids.contains(id))
                    .expect("an unused id");
                (id, true)
            }
        };
        let entry = CaseEntry {
            id,
            case_id: p.case.id.clone(),
            date: p.entry.date,
            status: p.entry.status,
            note: p.entry.note.take(),
            source_ids: std::mem::take(&mut p.entry.source_ids),
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        };
        let action = if is_new {
            RowAction::Create
        } else {
            RowAction::Unchanged
        };
        at.insert(key, (planned.len(), p.number));
        entry_of_row[i] = Some(planned.len());
        planned.push((
            PlannedEntry {
                entry,
                action,
                changes: Vec::new(),
            },
            is_new,
        ));
    }

    // Entries the library holds: the file's note replaces theirs when given, its sources
    // are added.
    let wanted: Vec<&str> = planned
        .iter()
        .filter(|(_, is_new)| !is_new)
        .map(|(p, _)| p.entry.id.as_str())
        .collect();
    let existing = load_records::<CaseEntry>(conn, &wanted)?;
    for (p, is_new) in planned.iter_mut() {
        if *is_new {
            continue;
        }
        let Some(ours) = existing.get(&p.entry.id) else {
            continue;
        };
        let mut merged = ours.clone();
        if p.entry.note.is_some() {
            merged.note = p.entry.note.clone();
        }
        for id in &p.entry.source_ids {
            if !merged.source_ids.contains(id) {
                merged.source_ids.push(id.clone());
            }
        }
        p.changes = [
            ("note", merged.note != ours.note),
            ("source_ids", merged.source_ids != ours.source_ids),
        ]
        .into_iter()
        .filter(|(_, differs)| *differs)
        .map(|(name, _)| name.to_string())
        .collect();
        p.action = if p.changes.is_empty() {
            RowAction::Unchanged
        } else {
            RowAction::Update
        };
        p.entry = merged;
    }
    Ok((planned, entry_of_row))
}

//! Listing incidents with filters, sorted and paged, in SQL (libraries can hold 100 000).

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::record::{read_links, Record};
use crate::dates::Date;
use crate::error::Result;
use crate::model::{Incident, Sensitivity, Verification};
use crate::search;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum IncidentSort {
    /// Oldest first.
    #[default]
    DateAscending,
    DateDescending,
}

/// What to list. Every field set narrows the list; all unset lists everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct IncidentFilter {
    /// Words to search for (as in `Library::search`).
    pub text: Option<String>,
    pub concern_area_id: Option<String>,
    pub benchmark_id: Option<String>,
    /// Incidents that may have happened on or after this day.
    pub from: Option<Date>,
    /// Incidents that may have happened on or before this day.
    pub until: Option<Date>,
    pub verification: Option<Verification>,
    pub sensitivity: Option<Sensitivity>,
    pub sort: IncidentSort,
    /// At most this many (all when unset).
    pub limit: Option<usize>,
    pub offset: usize,
}

/// One page of a filtered list, and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct IncidentPage {
    pub total: usize,
    pub items: Vec<Incident>,
}

/// Above this many full-text matches, a page of a search is read in date order (see `run`).
const BROAD_MATCHES: i64 = 2_000;

pub(crate) fn run(conn: &Connection, f: &IncidentFilter) -> Result<IncidentPage> {
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    // Words matching many incidents ("p", "protest" in a library of protests): the page
    // is read walking the date index, testing each incident against the matches, which
    // finds a page after a few dozen rows; few matches are looked up and sorted instead.
    let mut broad = false;
    if let Some(text) = &f.text {
        match search::fts_query(text) {
            Some(q) => {
                // The full-text matches drive (`CROSS JOIN` keeps them the outer loop),
                // then their records: never the index queried once per document.
                clauses.push(
                    "id IN (SELECT d.record_id FROM search_index s CROSS JOIN search_docs d
                            ON d.doc_id = s.rowid WHERE search_index MATCH ? AND d.kind = 'incident')",
                );
                let matches: i64 = conn.query_row(
                    "SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?1",
                    [&q],
                    |r| r.get(0),
                )?;
                broad = matches > BROAD_MATCHES;
                args.push(Value::Text(q));
            }
            None if !text.trim().is_empty() => {
                return Ok(IncidentPage {
                    total: 0,
                    items: Vec::new(),
                })
            }
            None => {}
        }
    }
    if let Some(area) = &f.concern_area_id {
        clauses.push("id IN (SELECT incident_id FROM incident_areas WHERE concern_area_id = ?)");
        args.push(Value::Text(area.clone()));
    }
    if let Some(bm) = &f.benchmark_id {
        clauses.push("id IN (SELECT incident_id FROM incident_benchmarks WHERE benchmark_id = ?)");
        args.push(Value::Text(bm.clone()));
    }
    if let Some(from) = f.from {
        clauses.push("occurred_until >= ?");
        args.push(Value::Text(from.to_string()));
    }
    if let Some(until) = f.until {
        clauses.push("occurred_from <= ?");
        args.push(Value::Text(until.to_string()));
    }
    if let Some(v) = f.verification {
        clauses.push("verification = ?");
        args.push(Value::Text(v.as_str().into()));
    }
    if let Some(s) = f.sensitivity {
        clauses.push("sensitivity = ?");
        args.push(Value::Text(s.as_str().into()));
    }
    let filter = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    // Words alone: the matches are counted in the search index's own table, without
    // looking up each incident (its entries are the incidents, kept in step on write).
    let count = if clauses.len() == 1 && f.text.is_some() {
        "SELECT COUNT(*) FROM search_index s CROSS JOIN search_docs d ON d.doc_id = s.rowid
         WHERE search_index MATCH ? AND d.kind = 'incident'"
            .to_string()
    } else {
        format!("SELECT COUNT(*) FROM incidents {filter}")
    };
    let total: i64 = conn.query_row(&count, rusqlite::params_from_iter(args.iter()), |r| {
        r.get(0)
    })?;
    // Each order has its index (migration 9); they hold the id, so the ids of a page
    // come from the index alone and only the page's rows are read in full.
    let (order, index) = match f.sort {
        IncidentSort::DateAscending => (
            "occurred_from, occurred_until, title, id",
            "incidents_by_date",
        ),
        IncidentSort::DateDescending => (
            "occurred_from DESC, occurred_until DESC, title, id",
            "incidents_by_date_descending",
        ),
    };
    // Few matches: looked up and sorted (`+` keeps the planner from walking the whole
    // date index to avoid a sort of a handful of rows).
    let (indexed, inner_order) = if broad || f.text.is_none() {
        (format!("INDEXED BY {index}"), order.to_string())
    } else {
        (String::new(), format!("+{}", order.replace(", ", ", +")))
    };
    let limit = f.limit.map(|l| l as i64).unwrap_or(-1);
    let sql = format!(
        "SELECT {} FROM incidents WHERE rowid IN (
             SELECT rowid FROM incidents {indexed} {filter} ORDER BY {inner_order} LIMIT {limit} OFFSET {})
         ORDER BY {order}",
        Incident::COLUMNS.join(", "),
        f.offset
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), Incident::from_row)?;
    let mut items = Vec::new();
    for row in rows {
        let mut incident = row?;
        read_links(conn, &mut incident)?;
        items.push(incident);
    }
    Ok(IncidentPage {
        total: total as usize,
        items,
    })
}

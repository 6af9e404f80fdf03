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

pub(crate) fn run(conn: &Connection, f: &IncidentFilter) -> Result<IncidentPage> {
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if let Some(text) = &f.text {
        match search::fts_query(text) {
            Some(q) => {
                clauses.push(
                    "id IN (SELECT d.record_id FROM search_index s JOIN search_docs d ON d.doc_id = s.rowid
                            WHERE search_index MATCH ? AND d.kind = 'incident')",
                );
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
    let total: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM incidents {filter}"),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let order = match f.sort {
        IncidentSort::DateAscending => "occurred_from, occurred_until, title, id",
        IncidentSort::DateDescending => "occurred_from DESC, occurred_until DESC, title, id",
    };
    let limit = f.limit.map(|l| l as i64).unwrap_or(-1);
    let sql = format!(
        "SELECT {} FROM incidents {filter} ORDER BY {order} LIMIT {limit} OFFSET {}",
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

//! Listing incidents with filters, sorted and paged, in SQL (libraries can hold 100 000).

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
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

/// One page of the incidents that pass `f`, in its order, and how many pass in all.
pub(crate) fn run(conn: &Connection, f: &IncidentFilter) -> Result<IncidentPage> {
    // The filters other than the words, as SQL.
    let mut clauses: Vec<&str> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
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
    let order = match f.sort {
        IncidentSort::DateAscending => Order {
            by: "occurred_from, occurred_until, title, id",
            index: "incidents_by_date",
        },
        IncidentSort::DateDescending => Order {
            by: "occurred_from DESC, occurred_until DESC, title, id",
            index: "incidents_by_date_descending",
        },
    };
    let query = match &f.text {
        Some(text) => match search::fts_query(text) {
            Some(q) => Some(q),
            None if !text.trim().is_empty() => {
                return Ok(IncidentPage {
                    total: 0,
                    items: Vec::new(),
                })
            }
            None => None,
        },
        None => None,
    };
    let Some(query) = query else {
        let filter = where_clause(&clauses);
        let total: i64 = conn.query_row(
            &format!("SELECT COUNT(*) FROM incidents {filter}"),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let items = read_sorted(conn, f, &order, &filter, &args, true)?;
        return Ok(IncidentPage {
            total: total as usize,
            items,
        });
    };
    // The full-text index is asked once for everything its words match; a page of many
    // matches is then found without asking it again.
    let matches = matches(conn, &query)?;
    if walk_is_cheaper(conn, f, matches.incidents)? {
        return walk(conn, f, &order, &clauses, &args, &matches);
    }
    // Few matches: looked up and sorted (the index is asked again, for a handful). The
    // matches come first, so that they drive the query, not the other filters.
    clauses.insert(0, MATCHED);
    args.insert(0, Value::Text(query));
    let total = if clauses.len() == 1 {
        matches.incidents as i64
    } else {
        conn.query_row(
            &format!("SELECT COUNT(*) FROM incidents {}", where_clause(&clauses)),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?
    };
    let items = read_sorted(conn, f, &order, &where_clause(&clauses), &args, false)?;
    Ok(IncidentPage {
        total: total as usize,
        items,
    })
}

/// The incidents whose words match, as the clause of a query (with the query's words as
/// its argument). The full-text matches drive (`CROSS JOIN` keeps them the outer loop),
/// then their records: never the index queried once per document.
const MATCHED: &str = "id IN (SELECT d.record_id FROM search_index s CROSS JOIN search_docs d
     ON d.doc_id = s.rowid WHERE search_index MATCH ? AND d.kind = 'incident')";

/// A sort of the screen, and the index that holds it (migration 9; each holds the id, so
/// the ids of a page come from the index alone).
struct Order {
    by: &'static str,
    index: &'static str,
}

fn where_clause(clauses: &[&str]) -> String {
    if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    }
}

/// What the full-text query matches: its documents (rows of the index, which are
/// `search_docs.doc_id`), and how many of them are incidents. Asked once, without looking
/// up each document's record: for a word in every incident that lookup costs more than
/// the search (the other kinds' few documents are looked up instead).
struct Matches {
    docs: HashSet<i64>,
    incidents: usize,
}

fn matches(conn: &Connection, query: &str) -> Result<Matches> {
    let mut stmt =
        conn.prepare_cached("SELECT rowid FROM search_index WHERE search_index MATCH ?1")?;
    let docs = stmt
        .query_map([query], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<HashSet<i64>>>()?;
    let mut others = conn.prepare_cached(
        "SELECT doc_id FROM search_docs WHERE kind < 'incident' OR kind > 'incident'",
    )?;
    let mut not_incidents = 0;
    for doc in others.query_map([], |r| r.get::<_, i64>(0))? {
        if docs.contains(&doc?) {
            not_incidents += 1;
        }
    }
    let incidents = docs.len() - not_incidents;
    Ok(Matches { docs, incidents })
}

/// Whether a page is found sooner by walking the incidents in order and keeping the
/// matches than by sorting the matches: the walk reads about (offset + limit) × incidents
/// ÷ matches rows, the sort all the matches. Words matching many incidents ("p",
/// "protest" in a library of protests) walk; a whole list (no limit) is always sorted.
fn walk_is_cheaper(conn: &Connection, f: &IncidentFilter, matches: usize) -> Result<bool> {
    let Some(limit) = f.limit else {
        return Ok(false);
    };
    // The walk reads at least offset + limit rows: no cheaper than sorting that many
    // matches, whatever the library's size (which then need not be counted).
    if matches <= f.offset + limit {
        return Ok(false);
    }
    let incidents: i64 = conn.query_row("SELECT COUNT(*) FROM incidents", [], |r| r.get(0))?;
    let walked = (f.offset + limit) as u128 * incidents.max(0) as u128;
    Ok(walked < (matches as u128) * (matches as u128))
}

/// A page of many matches: the incidents that pass the other filters, read in the
/// screen's order from its index with their search document, are kept when it matches,
/// until the page is full. When other filters narrow the list, the matches among what
/// passes them are counted apart, in whatever order the filters are quickest read.
fn walk(
    conn: &Connection,
    f: &IncidentFilter,
    order: &Order,
    clauses: &[&str],
    args: &[Value],
    matches: &Matches,
) -> Result<IncidentPage> {
    // `CROSS JOIN` keeps the incidents, in the index's order, the outer loop.
    let filter = where_clause(clauses);
    let sql = format!(
        "SELECT id, d.doc_id FROM incidents INDEXED BY {} CROSS JOIN search_docs d
         ON d.kind = 'incident' AND d.record_id = id {filter} ORDER BY {}",
        order.index, order.by
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args.iter()))?;
    let limit = f.limit.unwrap_or(usize::MAX);
    let mut seen = 0usize;
    let mut page: Vec<String> = Vec::new();
    while page.len() < limit {
        let Some(row) = rows.next()? else { break };
        if !matches.docs.contains(&row.get::<_, i64>(1)?) {
            continue;
        }
        if seen >= f.offset {
            page.push(row.get(0)?);
        }
        seen += 1;
    }
    let total = if clauses.is_empty() {
        matches.incidents
    } else {
        let mut count = conn.prepare(&format!(
            "SELECT d.doc_id FROM incidents CROSS JOIN search_docs d
             ON d.kind = 'incident' AND d.record_id = id {filter}"
        ))?;
        let mut passing = 0;
        for doc in count.query_map(params_from_iter(args.iter()), |r| r.get::<_, i64>(0))? {
            if matches.docs.contains(&doc?) {
                passing += 1;
            }
        }
        passing
    };
    let mut read = conn.prepare_cached(&format!(
        "SELECT {} FROM incidents WHERE id = ?1",
        Incident::COLUMNS.join(", ")
    ))?;
    let mut items = Vec::with_capacity(page.len());
    for id in page {
        let mut incident = read.query_row([&id], Incident::from_row)?;
        read_links(conn, &mut incident)?;
        items.push(incident);
    }
    Ok(IncidentPage { total, items })
}

/// A page read in SQL: from the sort's index when `indexed` (the first rows of the order
/// are the page), else the rows that pass are sorted (`+` keeps the planner from walking
/// the whole index to avoid sorting a handful of rows). Only the page's rows are read in
/// full.
fn read_sorted(
    conn: &Connection,
    f: &IncidentFilter,
    order: &Order,
    filter: &str,
    args: &[Value],
    indexed: bool,
) -> Result<Vec<Incident>> {
    let (index, inner_order) = if indexed {
        (format!("INDEXED BY {}", order.index), order.by.to_string())
    } else {
        (String::new(), format!("+{}", order.by.replace(", ", ", +")))
    };
    let limit = f.limit.map(|l| l as i64).unwrap_or(-1);
    let sql = format!(
        "SELECT {} FROM incidents WHERE rowid IN (
             SELECT rowid FROM incidents {index} {filter} ORDER BY {inner_order} LIMIT {limit} OFFSET {})
         ORDER BY {}",
        Incident::COLUMNS.join(", "),
        f.offset,
        order.by
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), Incident::from_row)?;
    let mut items = Vec::new();
    for row in rows {
        let mut incident = row?;
        read_links(conn, &mut incident)?;
        items.push(incident);
    }
    Ok(items)
}

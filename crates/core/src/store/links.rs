//! Link tables: ordered lists of ids that one record keeps of others (an incident's
//! sources, areas and benchmarks, ...).

use std::collections::HashMap;

use rusqlite::{params, Connection};

use crate::model::Kind;

/// One link table: `owner` column points at the record that keeps the list, `target`
/// at the records listed.
#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub table: &'static str,
    pub owner: &'static str,
    pub target: &'static str,
    pub owner_kind: Kind,
    pub target_kind: Kind,
}

const fn link(
    table: &'static str,
    owner: &'static str,
    owner_kind: Kind,
    target: &'static str,
    target_kind: Kind,
) -> Link {
    Link {
        table,
        owner,
        target,
        owner_kind,
        target_kind,
    }
}

pub(crate) const AREA_SOURCES: Link = link(
    "concern_area_sources",
    "concern_area_id",
    Kind::ConcernArea,
    "source_id",
    Kind::Source,
);
pub(crate) const BENCHMARK_SOURCES: Link = link(
    "benchmark_sources",
    "benchmark_id",
    Kind::Benchmark,
    "source_id",
    Kind::Source,
);
pub(crate) const ASSESSMENT_SOURCES: Link = link(
    "assessment_sources",
    "assessment_id",
    Kind::Assessment,
    "source_id",
    Kind::Source,
);
pub(crate) const COMMITMENT_SOURCES: Link = link(
    "commitment_sources",
    "commitment_id",
    Kind::Commitment,
    "source_id",
    Kind::Source,
);
pub(crate) const COMMITMENT_AREAS: Link = link(
    "commitment_areas",
    "commitment_id",
    Kind::Commitment,
    "concern_area_id",
    Kind::ConcernArea,
);
pub(crate) const COMMITMENT_BENCHMARKS: Link = link(
    "commitment_benchmarks",
    "commitment_id",
    Kind::Commitment,
    "benchmark_id",
    Kind::Benchmark,
);
pub(crate) const INCIDENT_SOURCES: Link = link(
    "incident_sources",
    "incident_id",
    Kind::Incident,
    "source_id",
    Kind::Source,
);
pub(crate) const INCIDENT_AREAS: Link = link(
    "incident_areas",
    "incident_id",
    Kind::Incident,
    "concern_area_id",
    Kind::ConcernArea,
);
pub(crate) const INCIDENT_BENCHMARKS: Link = link(
    "incident_benchmarks",
    "incident_id",
    Kind::Incident,
    "benchmark_id",
    Kind::Benchmark,
);

pub(crate) const ROUND_SOURCES: Link = link(
    "round_sources",
    "round_id",
    Kind::Round,
    "source_id",
    Kind::Source,
);
pub(crate) const ASK_BENCHMARKS: Link = link(
    "ask_benchmarks",
    "ask_id",
    Kind::Ask,
    "benchmark_id",
    Kind::Benchmark,
);
pub(crate) const ROUND_OUTCOME_SOURCES: Link = link(
    "round_outcome_sources",
    "round_outcome_id",
    Kind::RoundOutcome,
    "source_id",
    Kind::Source,
);
pub(crate) const ASK_RESULT_SOURCES: Link = link(
    "ask_result_sources",
    "ask_result_id",
    Kind::AskResult,
    "source_id",
    Kind::Source,
);
pub(crate) const CASE_AREAS: Link = link(
    "case_areas",
    "case_id",
    Kind::Case,
    "concern_area_id",
    Kind::ConcernArea,
);
pub(crate) const CASE_BENCHMARKS: Link = link(
    "case_benchmarks",
    "case_id",
    Kind::Case,
    "benchmark_id",
    Kind::Benchmark,
);
pub(crate) const CASE_INCIDENTS: Link = link(
    "case_incidents",
    "case_id",
    Kind::Case,
    "incident_id",
    Kind::Incident,
);
pub(crate) const CASE_ASKS: Link = link("case_asks", "case_id", Kind::Case, "ask_id", Kind::Ask);
pub(crate) const CASE_SOURCES: Link = link(
    "case_sources",
    "case_id",
    Kind::Case,
    "source_id",
    Kind::Source,
);
pub(crate) const CASE_ENTRY_SOURCES: Link = link(
    "case_entry_sources",
    "case_entry_id",
    Kind::CaseEntry,
    "source_id",
    Kind::Source,
);

impl Link {
    /// Replaces the owner's list.
    pub fn set(&self, conn: &Connection, owner_id: &str, ids: &[String]) -> rusqlite::Result<()> {
        conn.prepare_cached(&format!(
            "DELETE FROM {} WHERE {} = ?1",
            self.table, self.owner
        ))?
        .execute([owner_id])?;
        self.insert(conn, owner_id, ids)
    }

    /// Adds the owner's list (the owner is new).
    pub fn insert(
        &self,
        conn: &Connection,
        owner_id: &str,
        ids: &[String],
    ) -> rusqlite::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut stmt = conn.prepare_cached(&format!(
            "INSERT INTO {} ({}, {}, position) VALUES (?1, ?2, ?3)",
            self.table, self.owner, self.target
        ))?;
        for (i, id) in ids.iter().enumerate() {
            stmt.execute(params![owner_id, id, i as i64])?;
        }
        Ok(())
    }

    /// The owner's list, in order.
    pub fn get(&self, conn: &Connection, owner_id: &str) -> rusqlite::Result<Vec<String>> {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {} FROM {} WHERE {} = ?1 ORDER BY position",
            self.target, self.table, self.owner
        ))?;
        let rows = stmt.query_map([owner_id], |r| r.get(0))?;
        rows.collect()
    }

    /// Every owner's list, for loading many records at once.
    pub fn all(&self, conn: &Connection) -> rusqlite::Result<HashMap<String, Vec<String>>> {
        let mut stmt = conn.prepare(&format!(
            "SELECT {}, {} FROM {} ORDER BY {}, position",
            self.owner, self.target, self.table, self.owner
        ))?;
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            map.entry(row.get(0)?).or_default().push(row.get(1)?);
        }
        Ok(map)
    }

    /// The lists of the owners `owners` selects (an SQL query of ids, with `?1` bound to
    /// `param`).
    pub fn of_owners(
        &self,
        conn: &Connection,
        owners: &str,
        param: &str,
    ) -> rusqlite::Result<HashMap<String, Vec<String>>> {
        let mut stmt = conn.prepare(&format!(
            "SELECT {owner}, {} FROM {} WHERE {owner} IN ({owners}) ORDER BY {owner}, position",
            self.target,
            self.table,
            owner = self.owner
        ))?;
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        let mut rows = stmt.query([param])?;
        while let Some(row) = rows.next()? {
            map.entry(row.get(0)?).or_default().push(row.get(1)?);
        }
        Ok(map)
    }

    /// How many owners list `target_id`.
    pub fn count_owners(&self, conn: &Connection, target_id: &str) -> rusqlite::Result<usize> {
        conn.prepare_cached(&format!(
            "SELECT COUNT(*) FROM {} WHERE {} = ?1",
            self.table, self.target
        ))?
        .query_row([target_id], |r| r.get::<_, i64>(0))
        .map(|n| n as usize)
    }
}

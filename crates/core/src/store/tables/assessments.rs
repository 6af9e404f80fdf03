use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{clip, join_text, select_sql, upsert_sql};
use crate::model::{Assessment, Kind, Timestamp};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, reference, Record, Reference};

const COLUMNS: &[&str] = &[
    "id",
    "benchmark_id",
    "assessed_on",
    "status",
    "evidence",
    "updated_at",
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Assessment> {
    Ok(Assessment {
        id: r.get(0)?,
        benchmark_id: r.get(1)?,
        assessed_on: r.get(2)?,
        status: r.get(3)?,
        evidence: r.get(4)?,
        source_ids: Vec::new(),
        updated_at: r.get(5)?,
    })
}

impl Record for Assessment {
    const KIND: Kind = Kind::Assessment;
    const LINKS: &'static [Link] = &[links::ASSESSMENT_SOURCES];

    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
    fn updated_at(&self) -> Option<Timestamp> {
        self.updated_at
    }
    fn set_updated_at(&mut self, at: Option<Timestamp>) {
        self.updated_at = at;
    }
    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs = vec![reference(
            "benchmark_id",
            Kind::Benchmark,
            &self.benchmark_id,
        )];
        refs.extend(list_references(
            "source_ids",
            Kind::Source,
            &self.source_ids,
        ));
        refs
    }
    fn search_text(&self) -> String {
        join_text([self.evidence.as_deref()])
    }
    fn label(&self) -> String {
        format!("{} on {}", self.status.label(), self.assessed_on.long())
            + &self
                .evidence
                .as_deref()
                .map(|e| format!(": {}", clip(e, 80)))
                .unwrap_or_default()
    }
    fn link_lists(&self) -> Vec<&[String]> {
        vec![&self.source_ids]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("assessments", COLUMNS))?
            .execute(params![
                self.id,
                self.benchmark_id,
                self.assessed_on,
                self.status,
                self.evidence,
                self.updated_at
            ])?;
        Ok(())
    }

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        let found = conn
            .prepare_cached(&select_sql("assessments", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?;
        found
            .map(|mut a| {
                a.source_ids = links::ASSESSMENT_SOURCES.get(conn, id)?;
                Ok(a)
            })
            .transpose()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut sources = links::ASSESSMENT_SOURCES.all(conn)?;
        let mut stmt = conn.prepare(&select_sql(
            "assessments",
            COLUMNS,
            "ORDER BY benchmark_id, assessed_on, id",
        ))?;
        let rows = stmt.query_map([], from_row)?;
        rows.map(|a| {
            let mut a = a?;
            a.source_ids = sources.remove(&a.id).unwrap_or_default();
            Ok(a)
        })
        .collect()
    }
}

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{Benchmark, Kind, Timestamp};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, reference, Record, Reference, Referrer};

const COLUMNS: &[&str] = &[
    "id",
    "concern_area_id",
    "title",
    "measure",
    "rationale",
    "target_date",
    "position",
    "updated_at",
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Benchmark> {
    Ok(Benchmark {
        id: r.get(0)?,
        concern_area_id: r.get(1)?,
        title: r.get(2)?,
        measure: r.get(3)?,
        rationale: r.get(4)?,
        target_date: r.get(5)?,
        position: r.get(6)?,
        source_ids: Vec::new(),
        updated_at: r.get(7)?,
    })
}

impl Record for Benchmark {
    const KIND: Kind = Kind::Benchmark;
    const LINKS: &'static [Link] = &[links::BENCHMARK_SOURCES];
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            table: "commitment_benchmarks",
            column: "benchmark_id",
            kind: Kind::Commitment,
        },
        Referrer {
            table: "incident_benchmarks",
            column: "benchmark_id",
            kind: Kind::Incident,
        },
    ];

    const CASCADES: &'static [Referrer] = &[Referrer {
        table: "assessments",
        column: "benchmark_id",
        kind: Kind::Assessment,
    }];

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
            "concern_area_id",
            Kind::ConcernArea,
            &self.concern_area_id,
        )];
        refs.extend(list_references(
            "source_ids",
            Kind::Source,
            &self.source_ids,
        ));
        refs
    }
    fn search_text(&self) -> String {
        join_text([
            Some(self.title.as_str()),
            self.measure.as_deref(),
            self.rationale.as_deref(),
        ])
    }
    fn label(&self) -> String {
        self.title.clone()
    }
    fn link_lists(&self) -> Vec<&[String]> {
        vec![&self.source_ids]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("benchmarks", COLUMNS))?
            .execute(params![
                self.id,
                self.concern_area_id,
                self.title,
                self.measure,
                self.rationale,
                self.target_date,
                self.position,
                self.updated_at
            ])?;
        Ok(())
    }

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        let found = conn
            .prepare_cached(&select_sql("benchmarks", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?;
        found
            .map(|mut b| {
                b.source_ids = links::BENCHMARK_SOURCES.get(conn, id)?;
                Ok(b)
            })
            .transpose()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut sources = links::BENCHMARK_SOURCES.all(conn)?;
        let mut stmt = conn.prepare(&select_sql(
            "benchmarks",
            COLUMNS,
            "ORDER BY concern_area_id, position IS NULL, position, title, id",
        ))?;
        let rows = stmt.query_map([], from_row)?;
        rows.map(|b| {
            let mut b = b?;
            b.source_ids = sources.remove(&b.id).unwrap_or_default();
            Ok(b)
        })
        .collect()
    }
}

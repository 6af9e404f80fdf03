use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{Commitment, Kind, Timestamp};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, Record, Reference};

const COLUMNS: &[&str] = &[
    "id",
    "title",
    "made_by",
    "made_on",
    "made_from",
    "made_until",
    "instrument",
    "kind",
    "text",
    "updated_at",
];
const LINKS: [Link; 3] = [
    links::COMMITMENT_AREAS,
    links::COMMITMENT_BENCHMARKS,
    links::COMMITMENT_SOURCES,
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Commitment> {
    Ok(Commitment {
        id: r.get(0)?,
        title: r.get(1)?,
        made_by: r.get(2)?,
        made_on: r.get(3)?,
        instrument: r.get(6)?,
        kind: r.get(7)?,
        text: r.get(8)?,
        concern_area_ids: Vec::new(),
        benchmark_ids: Vec::new(),
        source_ids: Vec::new(),
        updated_at: r.get(9)?,
    })
}

impl Record for Commitment {
    const KIND: Kind = Kind::Commitment;
    const LINKS: &'static [Link] = &LINKS;

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
        list_references(
            "concern_area_ids",
            Kind::ConcernArea,
            &self.concern_area_ids,
        )
        .chain(list_references(
            "benchmark_ids",
            Kind::Benchmark,
            &self.benchmark_ids,
        ))
        .chain(list_references(
            "source_ids",
            Kind::Source,
            &self.source_ids,
        ))
        .collect()
    }
    fn search_text(&self) -> String {
        join_text([
            Some(self.title.as_str()),
            self.made_by.as_deref(),
            self.instrument.as_deref(),
            self.text.as_deref(),
        ])
    }
    fn label(&self) -> String {
        self.title.clone()
    }
    fn link_lists(&self) -> Vec<&[String]> {
        vec![
            &self.concern_area_ids,
            &self.benchmark_ids,
            &self.source_ids,
        ]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("commitments", COLUMNS))?
            .execute(params![
                self.id,
                self.title,
                self.made_by,
                self.made_on,
                self.made_on.earliest(),
                self.made_on.latest(),
                self.instrument,
                self.kind,
                self.text,
                self.updated_at
            ])?;
        Ok(())
    }

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        let found = conn
            .prepare_cached(&select_sql("commitments", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?;
        found
            .map(|mut c| {
                c.concern_area_ids = links::COMMITMENT_AREAS.get(conn, id)?;
                c.benchmark_ids = links::COMMITMENT_BENCHMARKS.get(conn, id)?;
                c.source_ids = links::COMMITMENT_SOURCES.get(conn, id)?;
                Ok(c)
            })
            .transpose()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut areas = links::COMMITMENT_AREAS.all(conn)?;
        let mut benchmarks = links::COMMITMENT_BENCHMARKS.all(conn)?;
        let mut sources = links::COMMITMENT_SOURCES.all(conn)?;
        let mut stmt = conn.prepare(&select_sql(
            "commitments",
            COLUMNS,
            "ORDER BY made_from, made_until, title, id",
        ))?;
        let rows = stmt.query_map([], from_row)?;
        rows.map(|c| {
            let mut c = c?;
            c.concern_area_ids = areas.remove(&c.id).unwrap_or_default();
            c.benchmark_ids = benchmarks.remove(&c.id).unwrap_or_default();
            c.source_ids = sources.remove(&c.id).unwrap_or_default();
            Ok(c)
        })
        .collect()
    }
}

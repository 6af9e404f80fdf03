use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{Benchmark, Kind};
use crate::store::links::{self, Link};
use crate::store::record::{
    list_references, record_basics, reference, Record, Reference, Referrer,
};

impl Record for Benchmark {
    const KIND: Kind = Kind::Benchmark;
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "concern_area_id",
        "title",
        "measure",
        "rationale",
        "target_date",
        "position",
        "updated_at",
    ];
    const ORDER: &'static str = "concern_area_id, position IS NULL, position, title, id";
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

    record_basics!();

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
    fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>> {
        vec![&mut self.source_ids]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("benchmarks", Self::COLUMNS))?
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
}

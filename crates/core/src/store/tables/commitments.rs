use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{Commitment, Kind};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, record_basics, Record, Reference};

impl Record for Commitment {
    const KIND: Kind = Kind::Commitment;
    const COLUMNS: &'static [&'static str] = &[
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
    const ORDER: &'static str = "made_from, made_until, title, id";
    const LINKS: &'static [Link] = &[
        links::COMMITMENT_AREAS,
        links::COMMITMENT_BENCHMARKS,
        links::COMMITMENT_SOURCES,
    ];

    record_basics!();

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
    fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>> {
        vec![
            &mut self.concern_area_ids,
            &mut self.benchmark_ids,
            &mut self.source_ids,
        ]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("commitments", Self::COLUMNS))?
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

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Commitment> {
        // Columns 4 and 5 (made_from, made_until) are derived from made_on.
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
}

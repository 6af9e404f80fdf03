use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{ConcernArea, Kind};
use crate::store::links::{self, Link};
use crate::store::record::{
    list_references, record_basics, reference, Record, Reference, Referrer,
};

impl Record for ConcernArea {
    const KIND: Kind = Kind::ConcernArea;
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "negotiation_id",
        "summary",
        "position",
        "updated_at",
    ];
    const ORDER: &'static str = "position IS NULL, position, title, id";
    const LINKS: &'static [Link] = &[links::AREA_SOURCES];
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            table: "benchmarks",
            column: "concern_area_id",
            kind: Kind::Benchmark,
        },
        Referrer {
            table: "commitment_areas",
            column: "concern_area_id",
            kind: Kind::Commitment,
        },
        Referrer {
            table: "incident_areas",
            column: "concern_area_id",
            kind: Kind::Incident,
        },
    ];
    const CASCADES: &'static [Referrer] = &[Referrer {
        table: "asks",
        column: "concern_area_id",
        kind: Kind::Ask,
    }];

    record_basics!();

    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs: Vec<Reference<'_>> = self
            .negotiation_id
            .as_deref()
            .map(|id| reference("negotiation_id", Kind::Negotiation, id))
            .into_iter()
            .collect();
        refs.extend(list_references(
            "source_ids",
            Kind::Source,
            &self.source_ids,
        ));
        refs
    }
    fn search_text(&self) -> String {
        join_text([Some(self.title.as_str()), self.summary.as_deref()])
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
        conn.prepare_cached(&upsert_sql("concern_areas", Self::COLUMNS))?
            .execute(params![
                self.id,
                self.title,
                self.negotiation_id,
                self.summary,
                self.position,
                self.updated_at
            ])?;
        Ok(())
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<ConcernArea> {
        Ok(ConcernArea {
            id: r.get(0)?,
            title: r.get(1)?,
            negotiation_id: r.get(2)?,
            summary: r.get(3)?,
            position: r.get(4)?,
            source_ids: Vec::new(),
            updated_at: r.get(5)?,
        })
    }
}

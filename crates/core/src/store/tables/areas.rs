use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{ConcernArea, Kind, Timestamp};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, reference, Record, Reference, Referrer};

const COLUMNS: &[&str] = &[
    "id",
    "title",
    "negotiation_id",
    "summary",
    "position",
    "updated_at",
];

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

impl Record for ConcernArea {
    const KIND: Kind = Kind::ConcernArea;
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

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("concern_areas", COLUMNS))?
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

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        let found = conn
            .prepare_cached(&select_sql("concern_areas", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?;
        found
            .map(|mut a| {
                a.source_ids = links::AREA_SOURCES.get(conn, id)?;
                Ok(a)
            })
            .transpose()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut sources = links::AREA_SOURCES.all(conn)?;
        let mut stmt = conn.prepare(&select_sql(
            "concern_areas",
            COLUMNS,
            "ORDER BY position IS NULL, position, title, id",
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

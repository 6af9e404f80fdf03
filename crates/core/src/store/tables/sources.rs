use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{Kind, Source, Timestamp};
use crate::store::record::{Record, Reference, Referrer};

const COLUMNS: &[&str] = &[
    "id",
    "title",
    "publisher",
    "published_on",
    "url",
    "accessed_on",
    "kind",
    "sensitivity",
    "updated_at",
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Source> {
    Ok(Source {
        id: r.get(0)?,
        title: r.get(1)?,
        publisher: r.get(2)?,
        published_on: r.get(3)?,
        url: r.get(4)?,
        accessed_on: r.get(5)?,
        kind: r.get(6)?,
        sensitivity: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

impl Record for Source {
    const KIND: Kind = Kind::Source;
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            table: "concern_area_sources",
            column: "source_id",
            kind: Kind::ConcernArea,
        },
        Referrer {
            table: "benchmark_sources",
            column: "source_id",
            kind: Kind::Benchmark,
        },
        Referrer {
            table: "assessment_sources",
            column: "source_id",
            kind: Kind::Assessment,
        },
        Referrer {
            table: "commitment_sources",
            column: "source_id",
            kind: Kind::Commitment,
        },
        Referrer {
            table: "incident_sources",
            column: "source_id",
            kind: Kind::Incident,
        },
    ];

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
        Vec::new()
    }
    fn search_text(&self) -> String {
        join_text([
            Some(self.title.as_str()),
            self.publisher.as_deref(),
            self.url.as_deref(),
        ])
    }
    fn label(&self) -> String {
        self.title.clone()
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("sources", COLUMNS))?
            .execute(params![
                self.id,
                self.title,
                self.publisher,
                self.published_on,
                self.url,
                self.accessed_on,
                self.kind,
                self.sensitivity,
                self.updated_at
            ])?;
        Ok(())
    }

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        conn.prepare_cached(&select_sql("sources", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut stmt = conn.prepare(&select_sql("sources", COLUMNS, "ORDER BY title, id"))?;
        let rows = stmt.query_map([], from_row)?;
        rows.collect()
    }
}

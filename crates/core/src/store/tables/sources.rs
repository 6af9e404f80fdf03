use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{Kind, Source};
use crate::store::record::{record_basics, Record, Reference, Referrer};

impl Record for Source {
    const KIND: Kind = Kind::Source;
    const COLUMNS: &'static [&'static str] = &[
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
    const ORDER: &'static str = "title, id";
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

    record_basics!();

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
        conn.prepare_cached(&upsert_sql("sources", Self::COLUMNS))?
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
}

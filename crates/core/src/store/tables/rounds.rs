use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{Kind, Round};
use crate::store::record::{record_basics, reference, Record, Reference, Referrer};

impl Record for Round {
    const KIND: Kind = Kind::Round;
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "negotiation_id",
        "title",
        "starts_on",
        "ends_on",
        "location",
        "status",
        "notes",
        "updated_at",
    ];
    const ORDER: &'static str = "starts_on, id";
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            table: "asks",
            column: "round_id",
            kind: Kind::Ask,
        },
        Referrer {
            table: "packs",
            column: "round_id",
            kind: Kind::Pack,
        },
    ];

    record_basics!();

    fn references(&self) -> Vec<Reference<'_>> {
        vec![reference(
            "negotiation_id",
            Kind::Negotiation,
            &self.negotiation_id,
        )]
    }
    fn search_text(&self) -> String {
        join_text([
            Some(self.title.as_str()),
            self.location.as_deref(),
            self.notes.as_deref(),
        ])
    }
    fn label(&self) -> String {
        self.title.clone()
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("rounds", Self::COLUMNS))?
            .execute(params![
                self.id,
                self.negotiation_id,
                self.title,
                self.starts_on,
                self.ends_on,
                self.location,
                self.status,
                self.notes,
                self.updated_at
            ])?;
        Ok(())
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Round> {
        Ok(Round {
            id: r.get(0)?,
            negotiation_id: r.get(1)?,
            title: r.get(2)?,
            starts_on: r.get(3)?,
            ends_on: r.get(4)?,
            location: r.get(5)?,
            status: r.get(6)?,
            notes: r.get(7)?,
            updated_at: r.get(8)?,
        })
    }
}

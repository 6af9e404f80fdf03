use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{Kind, Round, Timestamp};
use crate::store::record::{reference, Record, Reference, Referrer};

const COLUMNS: &[&str] = &[
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

impl Record for Round {
    const KIND: Kind = Kind::Round;
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
        conn.prepare_cached(&upsert_sql("rounds", COLUMNS))?
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

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        conn.prepare_cached(&select_sql("rounds", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut stmt = conn.prepare(&select_sql("rounds", COLUMNS, "ORDER BY starts_on, id"))?;
        let rows = stmt.query_map([], from_row)?;
        rows.collect()
    }
}

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{Kind, Negotiation, Timestamp};
use crate::store::record::{Record, Reference, Referrer};
use crate::store::sql_types::{list_from_sql, list_to_sql};

const COLUMNS: &[&str] = &["id", "title", "parties", "description", "updated_at"];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Negotiation> {
    Ok(Negotiation {
        id: r.get(0)?,
        title: r.get(1)?,
        parties: list_from_sql(&r.get::<_, String>(2)?)?,
        description: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

impl Record for Negotiation {
    const KIND: Kind = Kind::Negotiation;
    const REFERRERS: &'static [Referrer] = &[
        Referrer {
            table: "rounds",
            column: "negotiation_id",
            kind: Kind::Round,
        },
        Referrer {
            table: "concern_areas",
            column: "negotiation_id",
            kind: Kind::ConcernArea,
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
        let parties = self.parties.join(", ");
        join_text([
            Some(self.title.as_str()),
            Some(parties.as_str()),
            self.description.as_deref(),
        ])
    }
    fn label(&self) -> String {
        self.title.clone()
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("negotiations", COLUMNS))?
            .execute(params![
                self.id,
                self.title,
                list_to_sql(&self.parties),
                self.description,
                self.updated_at
            ])?;
        Ok(())
    }

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        conn.prepare_cached(&select_sql("negotiations", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut stmt = conn.prepare(&select_sql("negotiations", COLUMNS, "ORDER BY title, id"))?;
        let rows = stmt.query_map([], from_row)?;
        rows.collect()
    }
}

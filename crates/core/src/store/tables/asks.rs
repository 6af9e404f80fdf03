use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{clip, select_sql, upsert_sql};
use crate::model::{Ask, Kind, Timestamp};
use crate::store::record::{reference, Record, Reference};

const COLUMNS: &[&str] = &[
    "id",
    "concern_area_id",
    "round_id",
    "text",
    "position",
    "updated_at",
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Ask> {
    Ok(Ask {
        id: r.get(0)?,
        concern_area_id: r.get(1)?,
        round_id: r.get(2)?,
        text: r.get(3)?,
        position: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

impl Record for Ask {
    const KIND: Kind = Kind::Ask;

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
        let mut refs = vec![reference(
            "concern_area_id",
            Kind::ConcernArea,
            &self.concern_area_id,
        )];
        if let Some(round) = &self.round_id {
            refs.push(reference("round_id", Kind::Round, round));
        }
        refs
    }
    fn search_text(&self) -> String {
        self.text.clone()
    }
    fn label(&self) -> String {
        clip(&self.text, 100)
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("asks", COLUMNS))?
            .execute(params![
                self.id,
                self.concern_area_id,
                self.round_id,
                self.text,
                self.position,
                self.updated_at
            ])?;
        Ok(())
    }

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        conn.prepare_cached(&select_sql("asks", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut stmt = conn.prepare(&select_sql(
            "asks",
            COLUMNS,
            "ORDER BY concern_area_id, position IS NULL, position, id",
        ))?;
        let rows = stmt.query_map([], from_row)?;
        rows.collect()
    }
}

use rusqlite::{params, Connection, Row};

use super::{clip, upsert_sql};
use crate::model::{Ask, Kind};
use crate::store::record::{record_basics, reference, Record, Reference};

impl Record for Ask {
    const KIND: Kind = Kind::Ask;
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "concern_area_id",
        "round_id",
        "text",
        "position",
        "updated_at",
    ];
    const ORDER: &'static str = "concern_area_id, position IS NULL, position, id";

    record_basics!();

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
        conn.prepare_cached(&upsert_sql("asks", Self::COLUMNS))?
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
}

use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{Kind, Negotiation};
use crate::store::record::{record_basics, Record, Reference, Referrer};
use crate::store::sql_types::{list_from_sql, list_to_sql};

impl Record for Negotiation {
    const KIND: Kind = Kind::Negotiation;
    const COLUMNS: &'static [&'static str] =
        &["id", "title", "parties", "description", "updated_at"];
    const ORDER: &'static str = "title, id";
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

    record_basics!();

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
        conn.prepare_cached(&upsert_sql("negotiations", Self::COLUMNS))?
            .execute(params![
                self.id,
                self.title,
                list_to_sql(&self.parties),
                self.description,
                self.updated_at
            ])?;
        Ok(())
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Negotiation> {
        Ok(Negotiation {
            id: r.get(0)?,
            title: r.get(1)?,
            parties: list_from_sql(&r.get::<_, String>(2)?)?,
            description: r.get(3)?,
            updated_at: r.get(4)?,
        })
    }
}

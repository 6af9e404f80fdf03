//! What the store needs to know about each kind of record: its table, how to write and
//! read it, what it points at, who points at it, and what of it is searchable.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row};

use super::links::Link;
use crate::model::validate::Validate;
use crate::model::{Kind, Timestamp};

/// A reference from a record to another: the field that holds it, the kind it points at
/// and the id.
pub struct Reference<'a> {
    pub field: String,
    pub target: Kind,
    pub id: &'a str,
}

/// A column elsewhere that points at this kind and blocks its deletion.
pub struct Referrer {
    pub table: &'static str,
    pub column: &'static str,
    pub kind: Kind,
}

pub trait Record: Validate + Clone + Sized {
    const KIND: Kind;
    /// The link tables this record owns (written with it, deleted with it).
    const LINKS: &'static [Link] = &[];
    /// Columns of other tables that point at this kind with ON DELETE RESTRICT.
    const REFERRERS: &'static [Referrer] = &[];
    /// Rows of other tables that are this record's own parts and are deleted with it.
    const CASCADES: &'static [Referrer] = &[];

    /// The table's columns, id first, in the order `from_row` reads them.
    const COLUMNS: &'static [&'static str];
    /// How `read_all` orders the records (an `ORDER BY` list).
    const ORDER: &'static str;

    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    fn updated_at(&self) -> Option<Timestamp>;
    fn set_updated_at(&mut self, at: Option<Timestamp>);
    /// The ids this record points at.
    fn references(&self) -> Vec<Reference<'_>>;
    /// The text the search index holds for this record (title first).
    fn search_text(&self) -> String;
    /// A short human label (its title, or the start of its text).
    fn label(&self) -> String;

    /// Writes the record's own row (not its links), inserting or updating it in place.
    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()>;
    /// Reads the record's own row (`COLUMNS`), with empty link lists.
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self>;
    /// The link lists of this record, in the order of `LINKS`.
    fn link_lists(&self) -> Vec<&[String]> {
        Vec::new()
    }
    /// The same lists, to fill them.
    fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>> {
        Vec::new()
    }

    /// Reads one record with its links.
    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE id = ?1",
            Self::COLUMNS.join(", "),
            Self::KIND.plural()
        );
        let found = conn
            .prepare_cached(&sql)?
            .query_row([id], Self::from_row)
            .optional()?;
        found
            .map(|mut record| {
                read_links(conn, &mut record)?;
                Ok(record)
            })
            .transpose()
    }

    /// Reads every record with its links, in the kind's natural order.
    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut lists: Vec<HashMap<String, Vec<String>>> = Self::LINKS
            .iter()
            .map(|l| l.all(conn))
            .collect::<rusqlite::Result<_>>()?;
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            Self::COLUMNS.join(", "),
            Self::KIND.plural(),
            Self::ORDER
        );
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], Self::from_row)?;
        rows.map(|record| {
            let mut record = record?;
            let id = record.id().to_string();
            for (list, all) in record.link_lists_mut().into_iter().zip(lists.iter_mut()) {
                *list = all.remove(&id).unwrap_or_default();
            }
            Ok(record)
        })
        .collect()
    }
}

/// Fills a record's link lists from the link tables.
pub(crate) fn read_links<T: Record>(conn: &Connection, record: &mut T) -> rusqlite::Result<()> {
    let id = record.id().to_string();
    for (list, link) in record.link_lists_mut().into_iter().zip(T::LINKS) {
        *list = link.get(conn, &id)?;
    }
    Ok(())
}

/// The accessors every record has the same way (`id`, `updated_at`).
macro_rules! record_basics {
    () => {
        fn id(&self) -> &str {
            &self.id
        }
        fn set_id(&mut self, id: String) {
            self.id = id;
        }
        fn updated_at(&self) -> Option<crate::model::Timestamp> {
            self.updated_at
        }
        fn set_updated_at(&mut self, at: Option<crate::model::Timestamp>) {
            self.updated_at = at;
        }
    };
}
pub(crate) use record_basics;

pub(crate) fn reference<'a>(field: &str, target: Kind, id: &'a str) -> Reference<'a> {
    Reference {
        field: field.to_string(),
        target,
        id,
    }
}

pub(crate) fn list_references<'a>(
    field: &str,
    target: Kind,
    ids: &'a [String],
) -> impl Iterator<Item = Reference<'a>> + 'a {
    let field = field.to_string();
    ids.iter().enumerate().map(move |(i, id)| Reference {
        field: format!("{field}[{i}]"),
        target,
        id,
    })
}

//! What the store needs to know about each kind of record: its table, how to write and
//! read it, what it points at, who points at it, and what of it is searchable.

use rusqlite::Connection;

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
    /// Reads one record with its links.
    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>>;
    /// Reads every record with its links, in the kind's natural order.
    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>>;
    /// The link lists of this record, in the order of `LINKS`.
    fn link_lists(&self) -> Vec<&[String]> {
        Vec::new()
    }
}

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

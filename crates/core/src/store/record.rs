//! What the store needs to know about each kind of record: its table and columns, what it
//! points at, what of it is searchable, and how it is labelled. Each kind declares this
//! once, in its module under `tables/`, with `table!`; who points at a kind (and so what
//! blocks its deletion, or goes with it) is worked out from every kind's declaration.

use std::collections::HashMap;

use rusqlite::types::{ToSql, ToSqlOutput, Value};
use rusqlite::{Connection, OptionalExtension, Row};

use super::links::Link;
use crate::model::{each_kind, Kind, KindVisitor, RecordKind};

/// A reference from a record to another: the field that holds it, the kind it points at
/// and the id.
pub struct Reference<'a> {
    pub field: String,
    pub target: Kind,
    pub id: &'a str,
}

/// A column of one table that points at another kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignKey {
    pub column: &'static str,
    pub target: Kind,
    /// The record is a part of its target and is deleted with it (`ON DELETE CASCADE`):
    /// a benchmark's assessments, an area's asks. Otherwise the reference blocks the
    /// target's deletion (`ON DELETE RESTRICT`).
    pub part_of: bool,
}

/// A column elsewhere that points at a kind: `table.column`, in records of `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Referrer {
    pub table: &'static str,
    pub column: &'static str,
    pub kind: Kind,
}

pub trait Record: RecordKind {
    /// The table's columns, id first: the ones `from_row` reads, then the derived ones
    /// written for sorting and filtering.
    const COLUMNS: &'static [&'static str];
    /// How `read_all` orders the records (an `ORDER BY` list).
    const ORDER: &'static str;
    /// The link tables this record owns (written with it, deleted with it).
    const LINKS: &'static [Link];
    /// Its own columns that point at other records.
    const FOREIGN_KEYS: &'static [ForeignKey];

    /// The ids this record points at.
    fn references(&self) -> Vec<Reference<'_>>;
    /// The non-empty searchable fields of this record, title first.
    fn search_parts(&self) -> Vec<String>;
    /// The text the search index holds for this record: its parts, one per line.
    fn search_text(&self) -> String {
        self.search_parts().join("\n")
    }
    /// A short human label (its title, or the start of its text).
    fn label(&self) -> String;
    /// Public or restricted, for the kinds that say.
    fn sensitivity(&self) -> Option<Sensitivity>;
    /// Sets it, for the kinds that have one.
    fn set_sensitivity(&mut self, sensitivity: Sensitivity);

    /// Writes the record's own row (not its links), inserting or updating it in place.
    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()>;
    /// Reads the record's own row (`COLUMNS`), with empty link lists.
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self>;
    /// The link lists of this record, in the order of `LINKS`.
    fn link_lists(&self) -> Vec<&[String]>;
    /// The same lists, to fill them.
    fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>>;

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

/// Reads the records whose row meets `condition` (SQL over the kind's own columns, with
/// `?1` bound to `param`), with their links, in the kind's natural order: for the few
/// records of a large table a workflow needs. One query per table, whatever the count.
pub(crate) fn read_where<T: Record>(
    conn: &Connection,
    condition: &str,
    param: &str,
) -> rusqlite::Result<Vec<T>> {
    let table = T::KIND.plural();
    let owners = format!("SELECT id FROM {table} WHERE {condition}");
    let mut lists: Vec<HashMap<String, Vec<String>>> = T::LINKS
        .iter()
        .map(|l| l.of_owners(conn, &owners, param))
        .collect::<rusqlite::Result<_>>()?;
    let sql = format!(
        "SELECT {} FROM {table} WHERE {condition} ORDER BY {}",
        T::COLUMNS.join(", "),
        T::ORDER
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([param], T::from_row)?;
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

/// Fills a record's link lists from the link tables.
pub(crate) fn read_links<T: Record>(conn: &Connection, record: &mut T) -> rusqlite::Result<()> {
    let id = record.id().to_string();
    for (list, link) in record.link_lists_mut().into_iter().zip(T::LINKS) {
        *list = link.get(conn, &id)?;
    }
    Ok(())
}

/// Who points at `kind`, worked out from every kind's foreign keys and link tables:
/// `(blocking, parts)`. Blocking referrers refuse the deletion while they exist; parts go
/// with the record. Packs point at their round too (the packs table is not a record kind).
pub(crate) fn referrers(kind: Kind) -> (Vec<Referrer>, Vec<Referrer>) {
    struct Collect {
        kind: Kind,
        blocking: Vec<Referrer>,
        parts: Vec<Referrer>,
    }
    impl KindVisitor for Collect {
        type Error = std::convert::Infallible;
        fn visit<T: Record>(&mut self) -> Result<(), Self::Error> {
            for fk in T::FOREIGN_KEYS.iter().filter(|fk| fk.target == self.kind) {
                let r = Referrer {
                    table: T::KIND.plural(),
                    column: fk.column,
                    kind: T::KIND,
                };
                if fk.part_of {
                    self.parts.push(r);
                } else {
                    self.blocking.push(r);
                }
            }
            for link in T::LINKS.iter().filter(|l| l.target_kind == self.kind) {
                self.blocking.push(Referrer {
                    table: link.table,
                    column: link.target,
                    kind: T::KIND,
                });
            }
            Ok(())
        }
    }
    let mut c = Collect {
        kind,
        blocking: Vec::new(),
        parts: Vec::new(),
    };
    let Ok(()) = each_kind(&mut c);
    if kind == Kind::Round {
        c.blocking.push(Referrer {
            table: "packs",
            column: "round_id",
            kind: Kind::Pack,
        });
    }
    (c.blocking, c.parts)
}

// ----- declaring a table ------------------------------------------------------------------

/// A value kept in one column.
pub(crate) trait Column: Sized {
    fn to_column(&self) -> ToSqlOutput<'_>;
    fn from_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Self>;
}

macro_rules! sql_columns {
    ($($t:ty),+ $(,)?) => {$(
        impl Column for $t {
            fn to_column(&self) -> ToSqlOutput<'_> {
                // The model's values always convert (see `sql_types`).
                self.to_sql().unwrap_or(ToSqlOutput::Owned(Value::Null))
            }
            fn from_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Self> {
                row.get(index)
            }
        }
    )+};
}
use crate::dates::{Date, FuzzyDate};
use crate::model::*;
sql_columns!(
    String,
    Option<String>,
    Option<u32>,
    Date,
    Option<Date>,
    FuzzyDate,
    Option<FuzzyDate>,
    Option<Timestamp>,
    RoundStatus,
    AssessmentStatus,
    Option<CommitmentKind>,
    Option<Verification>,
    Sensitivity,
    Option<SourceKind>,
    CaseStatus,
    Consent,
    AskRaised,
);

/// A list of strings (names, parties) is kept in one column as a JSON array.
impl Column for Vec<String> {
    fn to_column(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Text(super::sql_types::list_to_sql(self)))
    }
    fn from_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Self> {
        super::sql_types::list_from_sql(&row.get::<_, String>(index)?)
    }
}

/// A record's translations are kept in one column as a JSON object.
impl Column for Translations {
    fn to_column(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Text(
            serde_json::to_string(self).expect("strings serialise"),
        ))
    }
    fn from_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Self> {
        let text: String = row.get(index)?;
        serde_json::from_str(&text).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                index,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    }
}

/// A field that holds the id of another record, or may.
pub(crate) trait RefField {
    fn ids(&self) -> Option<&str>;
}
impl RefField for String {
    fn ids(&self) -> Option<&str> {
        Some(self)
    }
}
impl RefField for Option<String> {
    fn ids(&self) -> Option<&str> {
        self.as_deref()
    }
}

/// A field whose text the search index holds.
pub(crate) trait SearchField {
    fn search_part(&self) -> Option<String>;
}
impl SearchField for String {
    fn search_part(&self) -> Option<String> {
        Some(self.clone())
    }
}
impl SearchField for Option<String> {
    fn search_part(&self) -> Option<String> {
        self.clone()
    }
}
impl SearchField for Vec<String> {
    fn search_part(&self) -> Option<String> {
        Some(self.join(", "))
    }
}

impl SearchField for Translations {
    fn search_part(&self) -> Option<String> {
        Some(self.texts().collect::<Vec<_>>().join("\n"))
    }
}

/// The non-empty parts of a record's searchable text.
pub(crate) fn non_empty(parts: impl IntoIterator<Item = Option<String>>) -> Vec<String> {
    parts
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// Builds `INSERT … ON CONFLICT(id) DO UPDATE SET …` for a table's columns (id first).
pub(crate) fn upsert_sql(table: &str, columns: &[&str]) -> String {
    let names = columns.join(", ");
    let params: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
    let sets: Vec<String> = columns[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO {table} ({names}) VALUES ({}) ON CONFLICT(id) DO UPDATE SET {}",
        params.join(", "),
        sets.join(", ")
    )
}

/// The first `n` characters of a text, for labels.
pub(crate) fn clip(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n).collect::<String>().trim_end())
    }
}

/// Declares how a kind of record is stored:
///
/// ```text
/// table! {
///     Incident in "incidents", order "occurred_from, occurred_until, title, id";
///     columns [id, title, occurred_on, …, updated_at];      // fields, read and written
///     derived [occurred_from = |r| r.occurred_on.earliest().to_string(), …]; // written only
///     links [concern_area_ids: INCIDENT_AREAS, …];          // link tables it owns
///     refs [negotiation_id -> Negotiation];                 // restrict its target's deletion
///     part_of [benchmark_id -> Benchmark];                  // deleted with its target
///     search [title, location, people, summary];
///     sensitivity [sensitivity];                            // public or restricted, if it says
///     label |r| r.title.clone();
/// }
/// ```
///
/// Every field of the struct must be a column or a link (the compiler says so).
macro_rules! table {
    (
        $t:ident in $table:literal, order $order:literal;
        columns [$($col:ident),+ $(,)?];
        derived [$($dcol:ident = $dval:expr),* $(,)?];
        links [$($lfield:ident: $link:expr),* $(,)?];
        refs [$($rfield:ident -> $rkind:ident),* $(,)?];
        part_of [$($pfield:ident -> $pkind:ident),* $(,)?];
        search [$($sfield:ident),+ $(,)?];
        sensitivity [$($sens:ident)?];
        label $label:expr;
    ) => {
        impl $crate::store::Record for $t {
            const COLUMNS: &'static [&'static str] =
                &[$(stringify!($col),)+ $(stringify!($dcol),)*];
            const ORDER: &'static str = $order;
            const LINKS: &'static [$crate::store::links::Link] = &[$($link),*];
            const FOREIGN_KEYS: &'static [$crate::store::record::ForeignKey] = &[
                $($crate::store::record::ForeignKey {
                    column: stringify!($rfield),
                    target: $crate::model::Kind::$rkind,
                    part_of: false,
                },)*
                $($crate::store::record::ForeignKey {
                    column: stringify!($pfield),
                    target: $crate::model::Kind::$pkind,
                    part_of: true,
                },)*
            ];

            fn references(&self) -> Vec<$crate::store::Reference<'_>> {
                #[allow(unused_imports)]
                use $crate::store::record::RefField;
                #[allow(unused_mut)]
                let mut refs = Vec::new();
                $(if let Some(id) = self.$rfield.ids() {
                    refs.push($crate::store::Reference {
                        field: stringify!($rfield).to_string(),
                        target: $crate::model::Kind::$rkind,
                        id,
                    });
                })*
                $(if let Some(id) = self.$pfield.ids() {
                    refs.push($crate::store::Reference {
                        field: stringify!($pfield).to_string(),
                        target: $crate::model::Kind::$pkind,
                        id,
                    });
                })*
                $(for (i, id) in self.$lfield.iter().enumerate() {
                    refs.push($crate::store::Reference {
                        field: format!("{}[{i}]", stringify!($lfield)),
                        target: $link.target_kind,
                        id,
                    });
                })*
                refs
            }

            fn search_parts(&self) -> Vec<String> {
                use $crate::store::record::SearchField;
                $crate::store::record::non_empty([$(self.$sfield.search_part()),+])
            }

            fn label(&self) -> String {
                let label: fn(&$t) -> String = $label;
                label(self)
            }

            fn sensitivity(&self) -> Option<$crate::model::Sensitivity> {
                None $(.or(Some(self.$sens)))?
            }

            #[allow(unused_variables)]
            fn set_sensitivity(&mut self, sensitivity: $crate::model::Sensitivity) {
                $(self.$sens = sensitivity;)?
            }

            fn write_row(&self, conn: &rusqlite::Connection) -> rusqlite::Result<()> {
                use $crate::store::record::Column;
                let values = [
                    $(self.$col.to_column(),)+
                    $({
                        let derive: fn(&$t) -> String = $dval;
                        rusqlite::types::ToSqlOutput::from(derive(self))
                    },)*
                ];
                // Built once per table: imports write tens of thousands of rows.
                static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
                let sql = SQL.get_or_init(|| {
                    $crate::store::record::upsert_sql($table, Self::COLUMNS)
                });
                conn.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(values.iter()))?;
                Ok(())
            }

            #[allow(unused_assignments)]
            fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                use $crate::store::record::Column;
                let mut index = 0;
                $(let $col = {
                    let value = Column::from_column(row, index)?;
                    index += 1;
                    value
                };)+
                Ok($t { $($col,)+ $($lfield: Vec::new(),)* })
            }

            fn link_lists(&self) -> Vec<&[String]> {
                vec![$(&self.$lfield),*]
            }

            fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>> {
                vec![$(&mut self.$lfield),*]
            }
        }
    };
}
pub(crate) use table;

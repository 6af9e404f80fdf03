//! How model values are written to and read from SQLite columns.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::dates::{Date, FuzzyDate};
use crate::model::*;

fn text_of(value: ValueRef<'_>) -> FromSqlResult<&str> {
    value.as_str()
}

macro_rules! via_string {
    ($($t:ty),+) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.to_string()))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                text_of(value)?.parse().map_err(|e| FromSqlError::Other(format!("{e}").into()))
            }
        }
    )+};
}
via_string!(Date, FuzzyDate, Timestamp);

macro_rules! vocabulary_sql {
    ($($t:ty),+) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = text_of(value)?;
                <$t>::parse(s).ok_or_else(|| FromSqlError::Other(format!("unknown value {s:?}").into()))
            }
        }
    )+};
}
vocabulary_sql!(
    RoundStatus,
    AssessmentStatus,
    CommitmentKind,
    Verification,
    Sensitivity,
    SourceKind,
    CaseStatus,
    Consent,
    AskRaised
);

/// A list of strings kept in one column as a JSON array.
pub(crate) fn list_to_sql(items: &[String]) -> String {
    serde_json::to_string(items).expect("strings serialise")
}

pub(crate) fn list_from_sql(text: &str) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

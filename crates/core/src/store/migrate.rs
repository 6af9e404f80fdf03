//! Forward-only schema migrations, embedded in the binary. The library's version is
//! `PRAGMA user_version`; a library newer than this program is refused, never touched.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// The migrations in order; migration `i` brings the schema to version `i + 1`.
/// A shipped migration is never edited.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_library.sql"),
    include_str!("../../migrations/0002_search_prefixes.sql"),
    include_str!("../../migrations/0003_pack_format.sql"),
    include_str!("../../migrations/0004_application_id.sql"),
    include_str!("../../migrations/0005_quotes_and_illustrative.sql"),
    include_str!("../../migrations/0006_translations.sql"),
    include_str!("../../migrations/0007_cases.sql"),
    include_str!("../../migrations/0008_round_outcomes.sql"),
    include_str!("../../migrations/0009_incident_order.sql"),
    include_str!("../../migrations/0010_search_first_letter.sql"),
];

/// The number in a Roundbook library's header (`PRAGMA application_id`): "RBK1".
pub const APPLICATION_ID: i64 = 0x5242_4B31;

/// Refuses a database that is not a Roundbook library — another program's SQLite file
/// opened by mistake (`--db`) — before anything is written to it. An empty database is
/// a new library; libraries from before the header mark are known by their tables.
pub(crate) fn check_is_library(
    conn: &Connection,
    version: i64,
    path: &std::path::Path,
) -> Result<()> {
    let not_ours = || Error::NotALibrary {
        path: path.to_path_buf(),
    };
    let id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    if id != 0 {
        return Err(not_ours());
    }
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if version == 0 {
        return if tables.is_empty() {
            Ok(())
        } else {
            Err(not_ours())
        };
    }
    let ours = ["negotiations", "incidents", "search_docs", "settings"]
        .iter()
        .all(|t| tables.iter().any(|n| n == t));
    if ours {
        Ok(())
    } else {
        Err(not_ours())
    }
}

/// The schema version this program writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// What opening will do to a library at `found`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    UpToDate,
    /// An empty database: create the schema.
    Create,
    /// An older library: migrate it (after a backup).
    Upgrade {
        from: i64,
    },
}

pub fn plan(found: i64) -> Result<Plan> {
    match found {
        v if v > LATEST => Err(Error::LibraryTooNew {
            found: v,
            known: LATEST,
        }),
        v if v == LATEST => Ok(Plan::UpToDate),
        0 => Ok(Plan::Create),
        v => Ok(Plan::Upgrade { from: v }),
    }
}

/// Applies the missing migrations, all in one transaction.
pub fn run(conn: &mut Connection) -> Result<()> {
    let found = version(conn)?;
    if plan(found)? == Plan::UpToDate {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

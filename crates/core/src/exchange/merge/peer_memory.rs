//! What a library remembers of its last exchange with each sender of bundles: the
//! `exported_at` of the newest bundle imported from them, and which of their records
//! still differed from ours afterwards (we kept ours). Kept in the library's `settings`
//! table under `exchange:<exported_by>`, so it needs no schema of its own and travels with
//! the library.
//!
//! A sender is known by the bundle's `exported_by`; a bundle without `exported_by` or
//! `exported_at` is remembered by nobody and its merge is a first exchange.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::exchange::Bundle;
use crate::model::{Kind, Timestamp};

/// The last exchange with one sender.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PeerMemory {
    /// When the sender exported the newest bundle of theirs that we imported.
    pub since: Option<Timestamp>,
    /// `kind:id` of their records that differed from ours after that import.
    #[serde(default)]
    pub diverged: BTreeSet<String>,
}

impl PeerMemory {
    pub fn diverged(&self, kind: Kind, id: &str) -> bool {
        self.diverged.contains(&key(kind, id))
    }
}

pub(crate) fn key(kind: Kind, id: &str) -> String {
    format!("{}:{id}", kind.as_str())
}

/// The sender's name, when the bundle says who and when.
fn peer(bundle: &Bundle) -> Option<String> {
    bundle.exported_at?;
    let by = bundle.exported_by.as_deref()?.trim();
    (!by.is_empty()).then(|| format!("exchange:{by}"))
}

/// What the library remembers of the bundle's sender (nothing for a first exchange).
pub(crate) fn load(conn: &Connection, bundle: &Bundle) -> rusqlite::Result<PeerMemory> {
    let Some(setting) = peer(bundle) else {
        return Ok(PeerMemory::default());
    };
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [&setting],
            |r| r.get(0),
        )
        .optional()?;
    // An unreadable entry is forgotten: the merge is then treated as a first exchange,
    // which flags more conflicts, never fewer.
    Ok(value
        .and_then(|v| serde_json::from_str(&v).ok())
        .unwrap_or_default())
}

/// Remembers an import of `bundle`: `now_diverged` are the bundle's records that still
/// differ from ours, `in_bundle` every record of the bundle. Records the bundle did not
/// hold keep what was remembered of them.
pub(crate) fn record(
    conn: &Connection,
    bundle: &Bundle,
    in_bundle: &BTreeSet<String>,
    now_diverged: &BTreeSet<String>,
) -> rusqlite::Result<()> {
    let Some(setting) = peer(bundle) else {
        return Ok(());
    };
    let before = load(conn, bundle)?;
    let mut after = before.clone();
    after.since = match (before.since, bundle.exported_at) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    after.diverged.retain(|k| !in_bundle.contains(k));
    after.diverged.extend(now_diverged.iter().cloned());
    if after == before {
        return Ok(());
    }
    let value = serde_json::to_string(&after).unwrap_or_default();
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [&setting, &value],
    )?;
    Ok(())
}

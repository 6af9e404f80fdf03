//! Merging a bundle into a library by id.
//!
//! For each record of the bundle: a new id is inserted; a record identical to the
//! library's (apart from `updated_at`) is left alone; a different record replaces the
//! library's when its `updated_at` is newer (a missing `updated_at` counts as oldest);
//! otherwise the library's record is kept and the pair is reported as a conflict.
//! The whole bundle is validated first and written in one transaction: an invalid bundle
//! changes nothing, and importing the same bundle twice changes nothing the second time.
//! The exchange is remembered for the sender's next bundle (see `merge`, which previews an
//! import and lets the user resolve each difference).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Serialize;

use super::bundle::{Bundle, BundleError, MAX_BUNDLE_BYTES};
use crate::error::{Error, Result};
use crate::model::*;
use crate::store::{self, Library, Record};

/// What an import did, per kind and in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records that differ from the library's but are not newer: the library's version was kept.
    pub conflicts: Vec<Conflict>,
    pub per_kind: BTreeMap<Kind, KindCounts>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct KindCounts {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub conflicts: usize,
}

/// A record the bundle and the library disagree on, where the library's was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Conflict {
    pub kind: Kind,
    pub id: String,
    pub label: String,
    pub ours_updated_at: Option<Timestamp>,
    pub theirs_updated_at: Option<Timestamp>,
}

impl ImportReport {
    /// True when the import wrote nothing.
    pub fn changed_nothing(&self) -> bool {
        self.inserted == 0 && self.updated == 0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Insert,
    Update,
    Unchanged,
    Conflict,
}

fn decide<T: Record + PartialEq>(theirs: &T, ours: Option<&T>) -> Decision {
    let Some(ours) = ours else {
        return Decision::Insert;
    };
    let mut a = theirs.clone();
    let mut b = ours.clone();
    a.set_updated_at(None);
    b.set_updated_at(None);
    if a == b {
        return Decision::Unchanged;
    }
    match (theirs.updated_at(), ours.updated_at()) {
        (Some(t), Some(o)) if t > o => Decision::Update,
        (Some(_), None) => Decision::Update,
        _ => Decision::Conflict,
    }
}

/// Merges one list of records; writes as it goes (inside the caller's transaction).
fn merge<T: Record + PartialEq>(
    conn: &rusqlite::Connection,
    theirs: &[T],
    report: &mut ImportReport,
) -> Result<()> {
    if theirs.is_empty() {
        return Ok(());
    }
    let ours: HashMap<String, T> = T::read_all(conn)?
        .into_iter()
        .map(|r| (r.id().to_string(), r))
        .collect();
    let mut counts = KindCounts::default();
    for record in theirs {
        let existing = ours.get(record.id());
        match decide(record, existing) {
            Decision::Insert => {
                store::put(conn, record, true)?;
                counts.inserted += 1;
            }
            Decision::Update => {
                store::put(conn, record, false)?;
                counts.updated += 1;
            }
            Decision::Unchanged => counts.unchanged += 1,
            Decision::Conflict => {
                counts.conflicts += 1;
                let ours = existing.expect("a conflict has our side");
                report.conflicts.push(Conflict {
                    kind: T::KIND,
                    id: record.id().to_string(),
                    label: ours.label(),
                    ours_updated_at: ours.updated_at(),
                    theirs_updated_at: record.updated_at(),
                });
            }
        }
    }
    report.inserted += counts.inserted;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    report.per_kind.insert(T::KIND, counts);
    Ok(())
}

impl Library {
    /// Validates a bundle against this library and merges it, all or nothing.
    pub fn import_bundle(&mut self, bundle: &Bundle) -> Result<ImportReport> {
        self.write(|tx| {
            bundle.validate_records(&|kind, id| store::exists(tx, kind, id).unwrap_or(false))?;
            let mut report = ImportReport::default();
            // Parents before children, so every reference exists when it is written.
            merge(tx, &bundle.negotiations, &mut report)?;
            merge(tx, &bundle.sources, &mut report)?;
            merge(tx, &bundle.rounds, &mut report)?;
            merge(tx, &bundle.concern_areas, &mut report)?;
            merge(tx, &bundle.benchmarks, &mut report)?;
            merge(tx, &bundle.assessments, &mut report)?;
            merge(tx, &bundle.commitments, &mut report)?;
            merge(tx, &bundle.incidents, &mut report)?;
            merge(tx, &bundle.asks, &mut report)?;
            super::merge::remember_import(tx, bundle, &report)?;
            Ok(report)
        })
    }

    /// Reads, validates and merges a bundle file. Files over the size limit are refused
    /// without being read.
    pub fn import_bundle_file(&mut self, path: &Path) -> Result<ImportReport> {
        let bytes = read_bounded(path, MAX_BUNDLE_BYTES)?;
        let bundle = Bundle::parse(&bytes)?;
        self.import_bundle(&bundle)
    }
}

/// Reads a whole file, refusing (by its size, before reading) one larger than `max`.
pub(crate) fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > max {
        return Err(BundleError::TooLarge {
            size: meta.len(),
            max,
        }
        .into());
    }
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

//! Saving a round's outcome with its ask results: one workflow, one transaction.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::{check, delete_record, exists, new_id, read_where, write_record, Library, Record};
use crate::error::{Error, FieldError, Result};
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::Validate;
use crate::model::*;

/// What saving an outcome did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SavedOutcome {
    /// The outcome as stored.
    pub outcome: RoundOutcome,
    /// Its results as stored, in the order given.
    pub results: Vec<AskResult>,
    /// Whether the outcome was new.
    pub created: bool,
    /// Results added, changed, deleted (no longer given) and left as they were.
    pub results_created: usize,
    pub results_updated: usize,
    pub results_deleted: usize,
    pub results_unchanged: usize,
}

impl Library {
    /// Saves a round's outcome and makes its ask results exactly `results`, in one
    /// transaction: the outcome is created (an empty id gets a fresh one) or updated, a
    /// result not stored yet is created, a stored one that differs is updated, and a
    /// stored result of the outcome that is not given is deleted. What is the same as
    /// stored, `updated_at` aside, is left alone (its `updated_at` too); what is written
    /// gets `updated_at` = `now`. Each result's `outcome_id` becomes the outcome's id.
    ///
    /// Everything is checked before anything is written, and a refusal leaves the outcome
    /// and its results as they were. The fields of results are named by their place in
    /// `results`: `results[2].evidence`, `results[0].ask_id`.
    #[tracing::instrument(skip_all, fields(results = results.len()))]
    pub fn save_outcome(
        &mut self,
        mut outcome: RoundOutcome,
        mut results: Vec<AskResult>,
        now: Timestamp,
    ) -> Result<SavedOutcome> {
        if outcome.id.is_empty() {
            outcome.id = new_id(now);
        }
        check(&outcome)?;
        for r in &mut results {
            if r.id.is_empty() {
                r.id = new_id(now);
            }
            r.outcome_id = outcome.id.clone();
        }
        check_results(&results)?;
        self.write(|tx| write_outcome(tx, outcome, results, now))
    }
}

/// Validates every result and refuses an id or an ask given twice, naming each field by
/// the result's place in the list.
fn check_results(results: &[AskResult]) -> Result<()> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut asks = HashSet::new();
    for (i, r) in results.iter().enumerate() {
        if let Err(found) = r.validate() {
            problems.extend(found.into_iter().map(|p| in_results(i, p)));
        }
        if !ids.insert(r.id.as_str()) {
            problems.push(FieldError::new(
                format!("results[{i}].id"),
                m!("problem-listed-twice", id = escaped(&r.id)),
            ));
        }
        if !asks.insert(r.ask_id.as_str()) {
            problems.push(FieldError::new(
                format!("results[{i}].ask_id"),
                m!("problem-listed-twice", id = escaped(&r.ask_id)),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid {
            kind: Kind::AskResult,
            problems,
        })
    }
}

fn in_results(i: usize, p: FieldError) -> FieldError {
    FieldError::new(format!("results[{i}].{}", p.field), p.message)
}

/// A result's refusal with its field named by the result's place in the list.
fn at_result(i: usize, e: Error) -> Error {
    match e {
        Error::Invalid { kind, problems } => Error::Invalid {
            kind,
            problems: problems.into_iter().map(|p| in_results(i, p)).collect(),
        },
        Error::DanglingReference { field, target, id } => Error::DanglingReference {
            field: format!("results[{i}].{field}"),
            target,
            id,
        },
        other => other,
    }
}

/// True when the two differ in anything but `updated_at`.
fn differ<T: Record>(a: &T, b: &T) -> bool {
    let (mut a, mut b) = (a.clone(), b.clone());
    a.set_updated_at(None);
    b.set_updated_at(None);
    a != b
}

/// The writes of `save_outcome`, inside its transaction: the outcome, then the results
/// no longer given are deleted, then the changed ones updated, then the new ones created
/// (so an ask whose result was replaced is free again).
fn write_outcome(
    tx: &Connection,
    mut outcome: RoundOutcome,
    results: Vec<AskResult>,
    now: Timestamp,
) -> Result<SavedOutcome> {
    let stored = RoundOutcome::read(tx, &outcome.id)?;
    let created = stored.is_none();
    match stored {
        Some(stored) if !differ(&stored, &outcome) => outcome = stored,
        _ => {
            outcome.updated_at = Some(now);
            write_record(tx, &outcome, created)?;
        }
    }

    let mut stored: HashMap<String, AskResult> =
        read_where::<AskResult>(tx, "outcome_id = ?1", &outcome.id)?
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect();
    let given: HashSet<&str> = results.iter().map(|r| r.id.as_str()).collect();
    let gone: Vec<String> = stored
        .keys()
        .filter(|id| !given.contains(id.as_str()))
        .cloned()
        .collect();
    for id in &gone {
        delete_record(tx, Kind::AskResult, id)?;
    }

    let mut saved = SavedOutcome {
        outcome,
        results: Vec::with_capacity(results.len()),
        created,
        results_created: 0,
        results_updated: 0,
        results_deleted: gone.len(),
        results_unchanged: 0,
    };
    let mut new = Vec::new();
    for (i, mut r) in results.into_iter().enumerate() {
        match stored.remove(&r.id) {
            Some(old) if !differ(&old, &r) => {
                saved.results_unchanged += 1;
                saved.results.push(old);
            }
            Some(_) => {
                r.updated_at = Some(now);
                write_record(tx, &r, false).map_err(|e| at_result(i, e))?;
                saved.results_updated += 1;
                saved.results.push(r);
            }
            None => {
                // An id that a result of another outcome has is not this outcome's to take.
                if exists(tx, Kind::AskResult, &r.id)? {
                    return Err(Error::Invalid {
                        kind: Kind::AskResult,
                        problems: vec![FieldError::new(
                            format!("results[{i}].id"),
                            m!("problem-taken", kind = Kind::AskResult.name()),
                        )],
                    });
                }
                r.updated_at = Some(now);
                saved.results.push(r.clone());
                new.push((i, r));
            }
        }
    }
    for (i, r) in &new {
        write_record(tx, r, true).map_err(|e| at_result(*i, e))?;
        saved.results_created += 1;
    }
    tracing::info!(
        created = saved.created,
        results_created = saved.results_created,
        results_updated = saved.results_updated,
        results_deleted = saved.results_deleted,
        "outcome saved"
    );
    Ok(saved)
}

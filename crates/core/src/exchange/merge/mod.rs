//! Merging a colleague's bundle with a preview: `plan_bundle_import` says, record by
//! record, what importing would do (nothing is written), and `import_bundle_with` does it
//! with the user's choices for the records both sides hold in different versions.
//!
//! The rule (records carry only `updated_at`, so "changed since the last exchange" is
//! judged by time): the library remembers, per sender (`exported_by`), the `exported_at`
//! of the newest bundle it imported from them and which of their records it then kept
//! its own version of (see `peer_memory`). For a record both sides hold in different
//! versions:
//! - theirs changed since the last exchange (`updated_at` after it) and ours did not:
//!   **update** (default: take theirs);
//! - ours changed (after it, or we kept ours at the last exchange) and theirs did not:
//!   **keep mine** — their copy is an older version (default: keep mine);
//! - both changed: **conflict** (default: keep mine);
//! - neither: we kept ours at an earlier exchange and keep it.
//!
//! With no last exchange to go by (the first bundle from this sender, or a bundle without
//! `exported_by`/`exported_at`), the rule is the one of `import_bundle`: the newer
//! `updated_at` is an update, anything else a conflict. Every update and conflict carries
//! both versions, so the user sees what would be replaced, and any of them can be resolved
//! keep mine / take theirs / keep both (a copy of theirs with a new id, for incidents,
//! commitments, asks and sources). Records the bundle lacks are never deleted.

mod peer_memory;
mod versions;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

pub use versions::keep_both_allowed;

use super::bundle::Bundle;
use super::import::{Conflict, ImportReport, KindCounts};
use crate::error::{Error, FieldError, Result};
use crate::model::*;
use crate::store::{self, Library, Record};
use peer_memory::PeerMemory;
use versions::{changed_fields, copy_id, differ, Mergeable};

/// What importing a bundle would do, record by record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportPlan {
    pub exported_by: Option<String>,
    pub exported_at: Option<Timestamp>,
    /// The `exported_at` of the last bundle from the same sender that this library
    /// imported; none for a first exchange (then the newer `updated_at` wins by default).
    pub last_exchange: Option<Timestamp>,
    pub inserts: usize,
    pub updates: usize,
    pub unchanged: usize,
    pub kept_mine: usize,
    pub conflicts: usize,
    pub per_kind: BTreeMap<Kind, PlanCounts>,
    /// Every record that is not unchanged, parents before children.
    pub items: Vec<PlanItem>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PlanCounts {
    pub inserts: usize,
    pub updates: usize,
    pub unchanged: usize,
    pub kept_mine: usize,
    pub conflicts: usize,
}

/// One record of the bundle and what would happen to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PlanItem {
    pub kind: Kind,
    pub id: String,
    pub label: String,
    pub action: MergeAction,
    /// Why, in words: "changed on both sides since the last exchange (…)".
    pub reason: String,
    /// What happens when the user does not choose.
    pub default_choice: Option<Choice>,
    /// The library's version (none for an insert).
    pub mine: Option<AnyRecord>,
    pub theirs: AnyRecord,
    /// The fields that differ (bundle names), `updated_at` aside.
    pub changed_fields: Vec<String>,
    /// Whether "keep both" can be chosen for this record.
    pub keep_both_allowed: bool,
}

/// What the merge does with a record of the bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum MergeAction {
    /// New to this library.
    Insert,
    /// Theirs replaces ours (only theirs changed, or theirs is newer on a first exchange).
    Update,
    /// The same on both sides, `updated_at` aside.
    Unchanged,
    /// Ours is kept: theirs is an older version of it.
    KeepMine,
    /// Both changed since the last exchange (or, on a first exchange, theirs is not newer).
    Conflict,
}

/// The user's choice for a record both sides hold in different versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    KeepMine,
    TakeTheirs,
    /// Keep ours and add theirs as a copy with a new id (`<id>-copy-<hash>`).
    KeepBoth,
}

/// The choices for an import; records not named get their `default_choice`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Resolutions {
    pub choices: Vec<Resolution>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Resolution {
    pub kind: Kind,
    pub id: String,
    pub choice: Choice,
}

impl Resolutions {
    /// Sets (or replaces) the choice for one record.
    pub fn set(&mut self, kind: Kind, id: &str, choice: Choice) -> &mut Resolutions {
        self.choices.retain(|r| !(r.kind == kind && r.id == id));
        self.choices.push(Resolution {
            kind,
            id: id.to_string(),
            choice,
        });
        self
    }
}

/// The decision for one record and why.
fn classify<T: Mergeable>(
    theirs: &T,
    ours: Option<&T>,
    memory: &PeerMemory,
) -> (MergeAction, String) {
    let Some(ours) = ours else {
        return (MergeAction::Insert, "new to this library".into());
    };
    if !differ(theirs, ours) {
        return (MergeAction::Unchanged, "the same on both sides".into());
    }
    let (t, o) = (theirs.updated_at(), ours.updated_at());
    let Some(since) = memory.since else {
        let newer = match (t, o) {
            (Some(t), Some(o)) => t > o,
            (Some(_), None) => true,
            _ => false,
        };
        return if newer {
            (
                MergeAction::Update,
                "the bundle's version is newer (first exchange with this sender: neither side's changes can be dated against an earlier one)".into(),
            )
        } else {
            (
                MergeAction::Conflict,
                "the versions differ and the bundle's is not newer (first exchange with this sender)".into(),
            )
        };
    };
    let theirs_changed = t.is_some_and(|t| t > since);
    let ours_changed = o.is_some_and(|o| o > since) || memory.diverged(T::KIND, theirs.id());
    match (theirs_changed, ours_changed) {
        (true, true) => (
            MergeAction::Conflict,
            format!("changed on both sides since the last exchange ({since})"),
        ),
        (true, false) => (
            MergeAction::Update,
            format!("changed only in the bundle since the last exchange ({since})"),
        ),
        (false, true) => (
            MergeAction::KeepMine,
            format!("changed only in this library since the last exchange ({since}); the bundle has the older version"),
        ),
        (false, false) => (
            MergeAction::KeepMine,
            "the bundle has a version this library did not take at an earlier exchange".into(),
        ),
    }
}

fn default_choice(action: MergeAction) -> Option<Choice> {
    match action {
        MergeAction::Update => Some(Choice::TakeTheirs),
        MergeAction::KeepMine | MergeAction::Conflict => Some(Choice::KeepMine),
        MergeAction::Insert | MergeAction::Unchanged => None,
    }
}

fn ours_by_id<T: Record>(conn: &Connection, theirs: &[T]) -> rusqlite::Result<HashMap<String, T>> {
    if theirs.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(T::read_all(conn)?
        .into_iter()
        .map(|r| (r.id().to_string(), r))
        .collect())
}

fn plan_kind<T: Mergeable>(
    theirs: &[T],
    conn: &Connection,
    memory: &PeerMemory,
    plan: &mut ImportPlan,
) -> Result<()> {
    let ours = ours_by_id(conn, theirs)?;
    let mut counts = PlanCounts::default();
    for record in theirs {
        let mine = ours.get(record.id());
        let (action, reason) = classify(record, mine, memory);
        match action {
            MergeAction::Insert => counts.inserts += 1,
            MergeAction::Update => counts.updates += 1,
            MergeAction::Unchanged => counts.unchanged += 1,
            MergeAction::KeepMine => counts.kept_mine += 1,
            MergeAction::Conflict => counts.conflicts += 1,
        }
        if action == MergeAction::Unchanged {
            continue;
        }
        plan.items.push(PlanItem {
            kind: T::KIND,
            id: record.id().to_string(),
            label: record.label(),
            action,
            reason,
            default_choice: default_choice(action),
            mine: mine.map(Mergeable::version),
            theirs: record.version(),
            changed_fields: mine.map(|m| changed_fields(m, record)).unwrap_or_default(),
            keep_both_allowed: T::KEEP_BOTH && mine.is_some(),
        });
    }
    plan.inserts += counts.inserts;
    plan.updates += counts.updates;
    plan.unchanged += counts.unchanged;
    plan.kept_mine += counts.kept_mine;
    plan.conflicts += counts.conflicts;
    if !theirs.is_empty() {
        plan.per_kind.insert(T::KIND, counts);
    }
    Ok(())
}

/// Calls `$f` on every list of the bundle, parents before children, so that every
/// reference exists when a record is written.
macro_rules! each_kind {
    ($bundle:expr, $f:ident, $($arg:expr),*) => {{
        $f(&$bundle.negotiations, $($arg),*)?;
        $f(&$bundle.sources, $($arg),*)?;
        $f(&$bundle.rounds, $($arg),*)?;
        $f(&$bundle.concern_areas, $($arg),*)?;
        $f(&$bundle.benchmarks, $($arg),*)?;
        $f(&$bundle.assessments, $($arg),*)?;
        $f(&$bundle.commitments, $($arg),*)?;
        $f(&$bundle.incidents, $($arg),*)?;
        $f(&$bundle.asks, $($arg),*)?;
    }};
}

fn plan_with(conn: &Connection, bundle: &Bundle) -> Result<(ImportPlan, PeerMemory)> {
    bundle.validate_records(&|kind, id| store::exists(conn, kind, id).unwrap_or(false))?;
    let memory = peer_memory::load(conn, bundle)?;
    let mut plan = ImportPlan {
        exported_by: bundle.exported_by.clone(),
        exported_at: bundle.exported_at,
        last_exchange: memory.since,
        inserts: 0,
        updates: 0,
        unchanged: 0,
        kept_mine: 0,
        conflicts: 0,
        per_kind: BTreeMap::new(),
        items: Vec::new(),
    };
    each_kind!(bundle, plan_kind, conn, &memory, &mut plan);
    Ok((plan, memory))
}

/// Everything applying a plan needs besides the records.
struct Apply<'a> {
    conn: &'a Connection,
    memory: &'a PeerMemory,
    choices: &'a HashMap<(Kind, &'a str), Choice>,
    report: ImportReport,
    in_bundle: BTreeSet<String>,
    diverged: BTreeSet<String>,
}

fn apply_kind<T: Mergeable>(theirs: &[T], a: &mut Apply<'_>) -> Result<()> {
    if theirs.is_empty() {
        return Ok(());
    }
    let ours = ours_by_id(a.conn, theirs)?;
    let mut counts = KindCounts::default();
    for record in theirs {
        let key = peer_memory::key(T::KIND, record.id());
        a.in_bundle.insert(key.clone());
        let mine = ours.get(record.id());
        let (action, _) = classify(record, mine, a.memory);
        let choice = a
            .choices
            .get(&(T::KIND, record.id()))
            .copied()
            .or(default_choice(action));
        match (action, mine, choice) {
            (MergeAction::Insert, _, _) | (_, None, _) => {
                store::put(a.conn, record, true)?;
                counts.inserted += 1;
            }
            (MergeAction::Unchanged, _, _) => counts.unchanged += 1,
            (_, Some(_), Some(Choice::TakeTheirs)) => {
                store::put(a.conn, record, false)?;
                counts.updated += 1;
            }
            (_, Some(_), Some(Choice::KeepBoth)) => {
                let mut copy = record.clone();
                copy.set_id(copy_id(record.id(), record));
                if !store::exists(a.conn, T::KIND, copy.id())? {
                    store::check(&copy)?;
                    store::put(a.conn, &copy, true)?;
                    counts.inserted += 1;
                } else {
                    counts.unchanged += 1;
                }
                a.diverged.insert(key);
            }
            (_, Some(ours), _) => {
                counts.conflicts += 1;
                a.report.conflicts.push(Conflict {
                    kind: T::KIND,
                    id: record.id().to_string(),
                    label: ours.label(),
                    ours_updated_at: ours.updated_at(),
                    theirs_updated_at: record.updated_at(),
                });
                a.diverged.insert(key);
            }
        }
    }
    a.report.inserted += counts.inserted;
    a.report.updated += counts.updated;
    a.report.unchanged += counts.unchanged;
    a.report.per_kind.insert(T::KIND, counts);
    Ok(())
}

/// Every record of the bundle as (kind, id).
fn bundle_records(bundle: &Bundle) -> Vec<(Kind, &str)> {
    fn ids<T: Record>(list: &[T]) -> impl Iterator<Item = (Kind, &str)> {
        list.iter().map(|r| (T::KIND, r.id()))
    }
    ids(&bundle.negotiations)
        .chain(ids(&bundle.rounds))
        .chain(ids(&bundle.concern_areas))
        .chain(ids(&bundle.benchmarks))
        .chain(ids(&bundle.assessments))
        .chain(ids(&bundle.commitments))
        .chain(ids(&bundle.incidents))
        .chain(ids(&bundle.asks))
        .chain(ids(&bundle.sources))
        .collect()
}

/// The user's choices by record, refusing choices for records the bundle does not hold
/// and "keep both" where it makes no sense.
fn check_choices<'a>(
    bundle: &Bundle,
    resolutions: &'a Resolutions,
) -> Result<HashMap<(Kind, &'a str), Choice>> {
    let ids: BTreeSet<(Kind, &str)> = bundle_records(bundle).into_iter().collect();
    let mut out = HashMap::new();
    for (i, r) in resolutions.choices.iter().enumerate() {
        let field = format!("resolutions[{i}]");
        if !ids.contains(&(r.kind, r.id.as_str())) {
            return Err(Error::Invalid {
                kind: r.kind,
                problems: vec![FieldError::new(
                    field,
                    format!("the bundle has no {} with id {:?}", r.kind.noun(), r.id),
                )],
            });
        }
        if r.choice == Choice::KeepBoth && !keep_both_allowed(r.kind) {
            return Err(Error::Invalid {
                kind: r.kind,
                problems: vec![FieldError::new(
                    field,
                    format!(
                        "{} {:?}: keep both is only possible for incidents, commitments, asks and sources (two copies of a {} would split what belongs to it); choose keep mine or take theirs",
                        r.kind.noun(),
                        r.id,
                        r.kind.noun()
                    ),
                )],
            });
        }
        out.insert((r.kind, r.id.as_str()), r.choice);
    }
    Ok(out)
}

impl Library {
    /// What importing `bundle` would do, record by record, with both versions of every
    /// record that differs. Validates the bundle like `import_bundle`; writes nothing.
    pub fn plan_bundle_import(&self, bundle: &Bundle) -> Result<ImportPlan> {
        self.read(|conn| Ok(plan_with(conn, bundle)?.0))
    }

    /// Imports `bundle` in one transaction, with the user's choices for records both
    /// sides hold in different versions (others get the plan's `default_choice`). A
    /// choice for a record the bundle lacks, or "keep both" for a kind that cannot have
    /// two copies, is refused before anything is written. `conflicts` in the report lists
    /// every record of which the library kept its own version.
    pub fn import_bundle_with(
        &mut self,
        bundle: &Bundle,
        resolutions: &Resolutions,
    ) -> Result<ImportReport> {
        let choices = check_choices(bundle, resolutions)?;
        self.write(|tx| {
            let (_, memory) = plan_with(tx, bundle)?;
            let mut a = Apply {
                conn: tx,
                memory: &memory,
                choices: &choices,
                report: ImportReport::default(),
                in_bundle: BTreeSet::new(),
                diverged: BTreeSet::new(),
            };
            each_kind!(bundle, apply_kind, &mut a);
            peer_memory::record(tx, bundle, &a.in_bundle, &a.diverged)?;
            Ok(a.report)
        })
    }
}

/// For `import_bundle`: remembers the exchange (see `peer_memory`).
pub(crate) fn remember_import(
    conn: &Connection,
    bundle: &Bundle,
    report: &ImportReport,
) -> Result<()> {
    let in_bundle: BTreeSet<String> = bundle_records(bundle)
        .into_iter()
        .map(|(kind, id)| peer_memory::key(kind, id))
        .collect();
    let diverged: BTreeSet<String> = report
        .conflicts
        .iter()
        .map(|c| peer_memory::key(c.kind, &c.id))
        .collect();
    peer_memory::record(conn, bundle, &in_bundle, &diverged)?;
    Ok(())
}

//! Merging a bundle into a library — the one merge engine. `plan_bundle_import` says,
//! record by record, what importing would do (nothing is written); `import_bundle_with`
//! does it with the user's choices for the records both sides hold in different versions;
//! `import_bundle` is the same with every default choice (the CLI's import, the demo).
//!
//! The whole bundle is validated first and written in one transaction: an invalid bundle
//! changes nothing, and importing the same bundle twice changes nothing the second time.
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
//!
//! What a bundle may leave out is never taken as erased: a round's outcome that arrives
//! without a debrief keeps ours (its translations and the stricter sensitivity too), while
//! the rest of theirs merges by the rule above; the plan names the fields kept
//! (`PlanItem::kept_fields`) and the report the records taken with them (see `kept`).

mod kept;
mod peer_memory;
mod versions;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::bundle::Bundle;
use crate::error::{Error, FieldError, Result};
use crate::i18n::escaped;
use crate::m;
use crate::model::*;
use crate::store::{self, Library, Record};
use kept::KeptFields;
use peer_memory::PeerMemory;
use versions::{changed_fields, copy_id, differ};

/// What an import did, per kind and in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ImportReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records of which the library kept its own version (theirs differs and was not
    /// taken).
    pub conflicts: Vec<Conflict>,
    /// Records whose bundle version was taken but stayed restricted: the bundle had them
    /// public, and lowering sensitivity takes an explicit choice.
    pub sensitivity_kept: Vec<Conflict>,
    /// Records whose bundle version was taken with fields of this library's kept: a
    /// round's debrief the bundle did not carry.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub fields_kept: Vec<FieldsKept>,
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

/// A record taken from the bundle with some of this library's fields kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FieldsKept {
    pub kind: Kind,
    pub id: String,
    pub label: String,
    /// The fields (bundle names) kept: `debrief`, and its `translations` and
    /// `debrief_sensitivity` when they were kept too.
    pub fields: Vec<String>,
}

impl ImportReport {
    /// True when the import wrote nothing.
    pub fn changed_nothing(&self) -> bool {
        self.inserted == 0 && self.updated == 0
    }
}

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
    /// The bundle's version is public where this library's is restricted. Taking it
    /// without an explicit choice keeps the record restricted; the preview asks.
    pub lowers_sensitivity: bool,
    /// This library's fields kept whatever is chosen, because the bundle's version lacks
    /// them (a round's debrief a bundle sent without restricted material leaves out): the
    /// bundle's version shown in `theirs` already holds them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub kept_fields: Vec<String>,
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
    /// Theirs, as it is (for a version that makes public what this library restricts,
    /// only when chosen explicitly).
    TakeTheirs,
    /// Theirs, with this library's stricter sensitivity.
    TakeTheirsKeepRestricted,
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

/// True when taking `theirs` would make public what `ours` restricts.
fn lowers<T: Record>(theirs: &T, ours: Option<&T>) -> bool {
    match (theirs.sensitivity(), ours.and_then(Record::sensitivity)) {
        (Some(t), Some(o)) => t < o,
        _ => false,
    }
}

/// The decision for one record and why: `judge`, then a version that would lower the
/// record's sensitivity is never taken without a choice.
fn classify<T: Record>(theirs: &T, ours: Option<&T>, memory: &PeerMemory) -> (MergeAction, String) {
    let (action, reason) = judge(theirs, ours, memory);
    if action == MergeAction::Update && lowers(theirs, ours) {
        return (
            MergeAction::Conflict,
            m!("merge-reason-stays-restricted", reason = reason),
        );
    }
    (action, reason)
}

/// The decision for one record by what changed since the last exchange, and why.
fn judge<T: Record>(theirs: &T, ours: Option<&T>, memory: &PeerMemory) -> (MergeAction, String) {
    let Some(ours) = ours else {
        return (MergeAction::Insert, m!("merge-reason-new"));
    };
    if !differ(theirs, ours) {
        return (MergeAction::Unchanged, m!("merge-reason-same"));
    }
    let (t, o) = (theirs.updated_at(), ours.updated_at());
    let Some(since) = memory.since else {
        let newer = match (t, o) {
            (Some(t), Some(o)) => t > o,
            (Some(_), None) => true,
            _ => false,
        };
        return if newer {
            (MergeAction::Update, m!("merge-reason-newer-first-exchange"))
        } else {
            (
                MergeAction::Conflict,
                m!("merge-reason-differ-first-exchange"),
            )
        };
    };
    let theirs_changed = t.is_some_and(|t| t > since);
    let ours_changed = o.is_some_and(|o| o > since) || memory.diverged(T::KIND, theirs.id());
    match (theirs_changed, ours_changed) {
        (true, true) => (
            MergeAction::Conflict,
            m!("merge-reason-changed-both", since = since.to_string()),
        ),
        (true, false) => (
            MergeAction::Update,
            m!("merge-reason-changed-theirs", since = since.to_string()),
        ),
        (false, true) => (
            MergeAction::KeepMine,
            m!("merge-reason-changed-ours", since = since.to_string()),
        ),
        (false, false) => (MergeAction::KeepMine, m!("merge-reason-not-taken")),
    }
}

/// What happens to a record when the user does not choose: an update is taken (a
/// version that would lower the record's sensitivity too, but the record stays
/// restricted), anything else keeps ours.
fn default_choice(action: MergeAction, lowering_update: bool) -> Option<Choice> {
    match action {
        MergeAction::Update => Some(Choice::TakeTheirs),
        MergeAction::Conflict if lowering_update => Some(Choice::TakeTheirsKeepRestricted),
        MergeAction::KeepMine | MergeAction::Conflict => Some(Choice::KeepMine),
        MergeAction::Insert | MergeAction::Unchanged => None,
    }
}

/// Whether `judge` calls it an update that lowers sensitivity (so `classify` made it a
/// conflict whose default is still to take theirs, restricted).
fn lowering_update<T: Record>(theirs: &T, ours: Option<&T>, memory: &PeerMemory) -> bool {
    lowers(theirs, ours) && judge(theirs, ours, memory).0 == MergeAction::Update
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

/// Works out the plan for one kind of the bundle.
struct PlanKind<'a> {
    conn: &'a Connection,
    /// The bundle as compared: with the fields of ours that it lacks (`kept`).
    bundle: &'a Bundle,
    kept: &'a KeptFields,
    memory: &'a PeerMemory,
    plan: ImportPlan,
}

impl KindVisitor for PlanKind<'_> {
    type Error = Error;
    fn visit<T: Record>(&mut self) -> Result<()> {
        let theirs = T::of(&self.bundle.records);
        if theirs.is_empty() {
            return Ok(());
        }
        let ours = ours_by_id(self.conn, theirs)?;
        let plan = &mut self.plan;
        let mut counts = PlanCounts::default();
        for record in theirs {
            let mine = ours.get(record.id());
            let (action, reason) = classify(record, mine, self.memory);
            let kept_fields = self
                .kept
                .get(&(T::KIND, record.id().to_string()))
                .cloned()
                .unwrap_or_default();
            let reason = if kept_fields.is_empty() {
                reason
            } else {
                m!(
                    "merge-reason-fields-kept",
                    reason = reason,
                    fields = kept_fields.join(", ")
                )
            };
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
                default_choice: default_choice(action, lowering_update(record, mine, self.memory)),
                lowers_sensitivity: lowers(record, mine),
                mine: mine.map(|m| m.clone().into_any()),
                theirs: record.clone().into_any(),
                changed_fields: mine.map(|m| changed_fields(m, record)).unwrap_or_default(),
                keep_both_allowed: T::COPYABLE && mine.is_some(),
                kept_fields,
            });
        }
        plan.inserts += counts.inserts;
        plan.updates += counts.updates;
        plan.unchanged += counts.unchanged;
        plan.kept_mine += counts.kept_mine;
        plan.conflicts += counts.conflicts;
        plan.per_kind.insert(T::KIND, counts);
        Ok(())
    }
}

fn plan_with(conn: &Connection, bundle: &Bundle) -> Result<(ImportPlan, PeerMemory)> {
    bundle.validate_records(&|kind, id| store::exists(conn, kind, id).unwrap_or(false))?;
    let memory = peer_memory::load(conn, bundle)?;
    let (compared, kept) = kept::keep_ours(conn, bundle)?;
    let mut planner = PlanKind {
        conn,
        bundle: &compared,
        kept: &kept,
        memory: &memory,
        plan: ImportPlan {
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
        },
    };
    each_kind(&mut planner)?;
    Ok((planner.plan, memory))
}

/// Applies the plan to one kind of the bundle, inside the import's transaction.
struct Apply<'a> {
    conn: &'a Connection,
    /// The bundle as compared: with the fields of ours that it lacks (`kept`).
    bundle: &'a Bundle,
    kept: &'a KeptFields,
    memory: &'a PeerMemory,
    choices: &'a HashMap<(Kind, &'a str), Choice>,
    report: ImportReport,
    in_bundle: BTreeSet<String>,
    diverged: BTreeSet<String>,
}

impl KindVisitor for Apply<'_> {
    type Error = Error;
    fn visit<T: Record>(&mut self) -> Result<()> {
        let theirs = T::of(&self.bundle.records);
        if theirs.is_empty() {
            return Ok(());
        }
        let ours = ours_by_id(self.conn, theirs)?;
        let mut counts = KindCounts::default();
        for record in theirs {
            let key = peer_memory::key(T::KIND, record.id());
            self.in_bundle.insert(key.clone());
            let mine = ours.get(record.id());
            let (action, _) = classify(record, mine, self.memory);
            let choice = self
                .choices
                .get(&(T::KIND, record.id()))
                .copied()
                .or(default_choice(
                    action,
                    lowering_update(record, mine, self.memory),
                ));
            match (action, mine, choice) {
                (MergeAction::Insert, _, _) | (_, None, _) => {
                    store::put(self.conn, record, true)?;
                    counts.inserted += 1;
                }
                (MergeAction::Unchanged, _, _) => counts.unchanged += 1,
                (_, Some(ours), Some(Choice::TakeTheirs | Choice::TakeTheirsKeepRestricted)) => {
                    match ours.sensitivity() {
                        // Sensitivity is lowered only by an explicit choice.
                        Some(strict)
                            if choice == Some(Choice::TakeTheirsKeepRestricted)
                                && lowers(record, Some(ours)) =>
                        {
                            let mut kept = record.clone();
                            kept.set_sensitivity(strict);
                            store::put(self.conn, &kept, false)?;
                            self.report.sensitivity_kept.push(Conflict {
                                kind: T::KIND,
                                id: record.id().to_string(),
                                label: ours.label(),
                                ours_updated_at: ours.updated_at(),
                                theirs_updated_at: record.updated_at(),
                            });
                        }
                        _ => store::put(self.conn, record, false)?,
                    }
                    if let Some(fields) = self.kept.get(&(T::KIND, record.id().to_string())) {
                        self.report.fields_kept.push(FieldsKept {
                            kind: T::KIND,
                            id: record.id().to_string(),
                            label: ours.label(),
                            fields: fields.clone(),
                        });
                    }
                    counts.updated += 1;
                }
                (_, Some(_), Some(Choice::KeepBoth)) => {
                    let mut copy = record.clone();
                    copy.set_id(copy_id(record.id(), record));
                    if !store::exists(self.conn, T::KIND, copy.id())? {
                        store::check(&copy)?;
                        store::put(self.conn, &copy, true)?;
                        counts.inserted += 1;
                    } else {
                        counts.unchanged += 1;
                    }
                    self.diverged.insert(key);
                }
                (_, Some(ours), _) => {
                    counts.conflicts += 1;
                    self.report.conflicts.push(Conflict {
                        kind: T::KIND,
                        id: record.id().to_string(),
                        label: ours.label(),
                        ours_updated_at: ours.updated_at(),
                        theirs_updated_at: record.updated_at(),
                    });
                    self.diverged.insert(key);
                }
            }
        }
        self.report.inserted += counts.inserted;
        self.report.updated += counts.updated;
        self.report.unchanged += counts.unchanged;
        self.report.per_kind.insert(T::KIND, counts);
        Ok(())
    }
}

/// The user's choices by record, refusing choices for records the bundle does not hold
/// and "keep both" where it makes no sense.
fn check_choices<'a>(
    bundle: &Bundle,
    resolutions: &'a Resolutions,
) -> Result<HashMap<(Kind, &'a str), Choice>> {
    let ids: BTreeSet<(Kind, &str)> = bundle.records.ids().into_iter().collect();
    let mut out = HashMap::new();
    for (i, r) in resolutions.choices.iter().enumerate() {
        let field = format!("resolutions[{i}]");
        if !ids.contains(&(r.kind, r.id.as_str())) {
            return Err(Error::Invalid {
                kind: r.kind,
                problems: vec![FieldError::new(
                    field,
                    m!(
                        "merge-choice-not-in-bundle",
                        kind = r.kind.name(),
                        id = escaped(&r.id)
                    ),
                )],
            });
        }
        if r.choice == Choice::KeepBoth && !r.kind.copyable() {
            return Err(Error::Invalid {
                kind: r.kind,
                problems: vec![FieldError::new(
                    field,
                    m!(
                        "merge-choice-keep-both-refused",
                        kind = r.kind.name(),
                        id = escaped(&r.id)
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
    #[tracing::instrument(skip_all, fields(records = bundle.records.len(), choices = resolutions.choices.len()))]
    pub fn import_bundle_with(
        &mut self,
        bundle: &Bundle,
        resolutions: &Resolutions,
    ) -> Result<ImportReport> {
        let choices = check_choices(bundle, resolutions)?;
        self.write(|tx| {
            let (_, memory) = plan_with(tx, bundle)?;
            let (compared, kept) = kept::keep_ours(tx, bundle)?;
            let mut a = Apply {
                conn: tx,
                bundle: &compared,
                kept: &kept,
                memory: &memory,
                choices: &choices,
                report: ImportReport::default(),
                in_bundle: BTreeSet::new(),
                diverged: BTreeSet::new(),
            };
            each_kind(&mut a)?;
            peer_memory::record(tx, bundle, &a.in_bundle, &a.diverged)?;
            tracing::info!(
                inserted = a.report.inserted,
                updated = a.report.updated,
                unchanged = a.report.unchanged,
                kept = a.report.conflicts.len(),
                "bundle merged"
            );
            Ok(a.report)
        })
    }
}

impl Library {
    /// Validates a bundle against this library and merges it with every default choice,
    /// all or nothing: new records are inserted, identical ones left alone, a newer
    /// version taken where only the bundle changed it, and every other difference kept as
    /// ours and reported in `conflicts`.
    pub fn import_bundle(&mut self, bundle: &Bundle) -> Result<ImportReport> {
        self.import_bundle_with(bundle, &Resolutions::default())
    }

    /// Reads, validates and merges a bundle file (see `import_bundle`). Files over the
    /// size limit are refused without being read whole.
    pub fn import_bundle_file(&mut self, path: &std::path::Path) -> Result<ImportReport> {
        let bytes = super::read_bundle_bytes(path)?;
        let bundle = Bundle::parse(&bytes)?;
        self.import_bundle(&bundle)
    }
}

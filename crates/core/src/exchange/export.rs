//! Exporting a library, or one negotiation of it, as a bundle: what goes in (`export`, a
//! pure function of a snapshot and a scope) and the whole workflow of writing one
//! (`Library::write_bundle`), which the CLI and the app both call.

use std::collections::HashSet;
use std::path::Path;

use serde::Serialize;

use super::bundle::Bundle;
use super::sealed;
use crate::error::{Error, Result};
use crate::model::*;
use crate::store::Library;

/// How many records of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct KindCount {
    pub kind: Kind,
    pub count: usize,
}

/// A bundle written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BundleWritten {
    pub path: String,
    pub bytes: usize,
    /// Records in the bundle, in all and per kind (kinds it has none of left out).
    pub records: usize,
    pub per_kind: Vec<KindCount>,
    /// Sealed with a passphrase (age).
    pub sealed: bool,
    /// The bundle format version written.
    pub version: u32,
    /// What the version written could not carry and left out: field → records.
    pub left_out: Vec<LeftOut>,
    /// Restricted records of the scope that were not sent.
    pub restricted_left_out: usize,
}

/// A field a version 1 bundle cannot carry, and how many records had it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LeftOut {
    /// `commitments.summary`, `incidents.illustrative`, …
    pub field: String,
    pub records: usize,
}

/// The sender's name a bundle carries: the library's preparing organisation, or
/// "Roundbook". It tells a colleague's library whose changes these are (see `merge`).
fn sender(lib: &Library) -> Result<String> {
    let organisation = lib.settings()?.organisation;
    Ok(if organisation.trim().is_empty() {
        "Roundbook".to_string()
    } else {
        organisation.chars().take(200).collect()
    })
}

/// One record of a bundle preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BundleItem {
    pub kind: Kind,
    pub id: String,
    /// Its title, or the start of its text.
    pub label: String,
    pub restricted: bool,
}

/// What a bundle would hold, shown before it is written: the records that would leave,
/// and the restricted ones in the scope that stay behind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BundlePreview {
    /// Records per kind, parent-first (kinds with none left out).
    pub per_kind: Vec<KindCount>,
    /// Every record that would leave, parent-first, in library order.
    pub records: Vec<BundleItem>,
    /// Restricted records of the scope that would not leave (none when they are sent).
    pub restricted_left_out: Vec<BundleItem>,
}

/// Whether restricted records go into a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RestrictedRecords {
    /// Left out, with every link to them (the default of the app and the CLI).
    #[default]
    LeftOut,
    /// Sent, because the user chose so.
    Sent,
}

/// Each record of `snapshot` as a preview item, parent-first. A part of a restricted
/// record (a restricted case's timeline) is restricted with it.
fn items(snapshot: &Snapshot) -> Vec<BundleItem> {
    struct Collect<'a> {
        snapshot: &'a Snapshot,
        restricted: HashSet<(Kind, String)>,
        out: Vec<BundleItem>,
    }
    impl KindVisitor for Collect<'_> {
        type Error = std::convert::Infallible;
        fn visit<T: crate::store::Record>(&mut self) -> std::result::Result<(), Self::Error> {
            for r in T::of(self.snapshot) {
                let restricted = restricted_whole(r) || part_of_any(r, &self.restricted);
                if restricted {
                    self.restricted.insert((T::KIND, r.id().to_string()));
                }
                self.out.push(BundleItem {
                    kind: T::KIND,
                    id: r.id().to_string(),
                    label: r.label(),
                    restricted,
                });
            }
            Ok(())
        }
    }
    let mut c = Collect {
        snapshot,
        restricted: HashSet::new(),
        out: Vec::with_capacity(snapshot.len()),
    };
    let _ = each_kind(&mut c);
    c.out
}

/// Whether a record is restricted as a whole. A round's outcome is not: the sensitivity it
/// says is its debrief's, which `without_restricted` leaves behind on its own.
fn restricted_whole<T: crate::store::Record>(record: &T) -> bool {
    T::KIND != Kind::RoundOutcome && record.sensitivity().is_some_and(Sensitivity::is_restricted)
}

/// Whether `record` is a part of one of `records` (an entry of a listed case).
fn part_of_any<T: crate::store::Record>(record: &T, records: &HashSet<(Kind, String)>) -> bool {
    record.references().iter().any(|r| {
        T::FOREIGN_KEYS
            .iter()
            .any(|fk| fk.part_of && fk.column == r.field)
            && records.contains(&(r.target, r.id.to_string()))
    })
}

/// `snapshot` without its restricted records (and their parts) and without any link to
/// them, and without the text of restricted debriefs (a round's outcome leaves with its
/// statement, its debrief empty, its translations of the debrief dropped, and the
/// debrief's sensitivity still restricted): what may leave the library when the user has
/// not chosen to send restricted material.
pub fn without_restricted(snapshot: &Snapshot) -> Snapshot {
    let restricted: HashSet<(Kind, String)> = items(snapshot)
        .into_iter()
        .filter(|i| i.restricted)
        .map(|i| (i.kind, i.id))
        .collect();
    struct Strip<'a> {
        snapshot: Snapshot,
        restricted: &'a HashSet<(Kind, String)>,
    }
    impl KindVisitor for Strip<'_> {
        type Error = std::convert::Infallible;
        fn visit<T: crate::store::Record>(&mut self) -> std::result::Result<(), Self::Error> {
            let restricted = self.restricted;
            let records = T::of_mut(&mut self.snapshot);
            records.retain(|r| !restricted.contains(&(T::KIND, r.id().to_string())));
            for r in records.iter_mut() {
                for (link, list) in T::LINKS.iter().zip(r.link_lists_mut()) {
                    list.retain(|id| !restricted.contains(&(link.target_kind, id.clone())));
                }
            }
            Ok(())
        }
    }
    let mut strip = Strip {
        snapshot: snapshot.clone(),
        restricted: &restricted,
    };
    let _ = each_kind(&mut strip);
    for outcome in &mut strip.snapshot.round_outcomes {
        if outcome.debrief_sensitivity.is_restricted() {
            outcome.debrief = None;
            for fields in outcome.translations.0.values_mut() {
                fields.remove("debrief");
            }
            outcome
                .translations
                .0
                .retain(|_, fields| !fields.is_empty());
        }
    }
    strip.snapshot
}

impl Library {
    /// What the bundle for `scope` would hold, for the user to see before it is written.
    pub fn preview_bundle(
        &self,
        scope: &ExportScope,
        restricted: RestrictedRecords,
    ) -> Result<BundlePreview> {
        self.check_scope(scope)?;
        let snapshot = self.snapshot()?;
        let whole = export(&snapshot, scope, None, None).records;
        let sent = match restricted {
            RestrictedRecords::Sent => whole.clone(),
            RestrictedRecords::LeftOut => {
                export(&without_restricted(&snapshot), scope, None, None).records
            }
        };
        let records = items(&sent);
        let restricted_left_out = match restricted {
            RestrictedRecords::Sent => Vec::new(),
            RestrictedRecords::LeftOut => {
                items(&whole).into_iter().filter(|i| i.restricted).collect()
            }
        };
        Ok(BundlePreview {
            per_kind: per_kind(&sent),
            records,
            restricted_left_out,
        })
    }

    /// The bundle this library would export now for `scope`, from its sender, with or
    /// without its restricted records. A scope naming a negotiation or an area that does
    /// not exist is refused.
    pub fn bundle_for(
        &self,
        scope: &ExportScope,
        restricted: RestrictedRecords,
        now: Timestamp,
    ) -> Result<Bundle> {
        self.check_scope(scope)?;
        let snapshot = match restricted {
            RestrictedRecords::Sent => self.snapshot()?,
            RestrictedRecords::LeftOut => without_restricted(&self.snapshot()?),
        };
        Ok(export(&snapshot, scope, Some(now), Some(sender(self)?)))
    }

    /// Refuses a scope naming a negotiation or an area that does not exist, or an area
    /// of another negotiation.
    fn check_scope(&self, scope: &ExportScope) -> Result<()> {
        match scope {
            ExportScope::All => {}
            ExportScope::Negotiation(id) => {
                self.get::<Negotiation>(id)?;
            }
            ExportScope::Areas {
                negotiation_id,
                concern_area_ids,
            } => {
                self.get::<Negotiation>(negotiation_id)?;
                for id in concern_area_ids {
                    let area = self.get::<ConcernArea>(id)?;
                    if area
                        .negotiation_id
                        .as_deref()
                        .is_some_and(|n| n != negotiation_id)
                    {
                        return Err(Error::Invalid {
                            kind: Kind::ConcernArea,
                            problems: vec![crate::error::FieldError::new(
                                "concern_area_ids",
                                format!(
                                    "concern area {id:?} belongs to another negotiation than {negotiation_id:?}"
                                ),
                            )],
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes the bundle for `scope` to `path`, sealed with `passphrase` (age) when one is
    /// given: whole or not at all, and never over the library or its own files.
    pub fn write_bundle(
        &self,
        scope: &ExportScope,
        restricted: RestrictedRecords,
        passphrase: Option<&str>,
        path: &Path,
        now: Timestamp,
    ) -> Result<BundleWritten> {
        self.write_bundle_as(
            scope,
            restricted,
            passphrase,
            path,
            now,
            super::bundle::VERSION,
        )
    }

    /// `write_bundle` in format `version` (1 or 2): version 1 for colleagues on older
    /// versions of Roundbook, with what it cannot carry left out and counted.
    #[tracing::instrument(skip_all, fields(sealed = passphrase.is_some(), version))]
    pub fn write_bundle_as(
        &self,
        scope: &ExportScope,
        restricted: RestrictedRecords,
        passphrase: Option<&str>,
        path: &Path,
        now: Timestamp,
        version: u64,
    ) -> Result<BundleWritten> {
        self.refuse_own_file(path)?;
        if let Some(p) = passphrase {
            crate::crypto::check_passphrase(p)?;
        }
        let bundle = self.bundle_for(scope, restricted, now)?;
        let (json, left_out) = match version {
            1 => bundle.to_json_v1(),
            _ => (bundle.to_json(), Vec::new()),
        };
        let json = zeroize::Zeroizing::new(json);
        let bytes = match passphrase {
            Some(p) => sealed::seal(&json, p)?,
            None => json.to_vec(),
        };
        crate::files::write_atomic(path, &bytes)?;
        tracing::info!(
            records = bundle.records.len(),
            bytes = bytes.len(),
            "bundle written"
        );
        let per_kind = per_kind(&bundle.records);
        let restricted_left_out = match restricted {
            RestrictedRecords::Sent => 0,
            RestrictedRecords::LeftOut => {
                items(&export(&self.snapshot()?, scope, None, None).records)
                    .iter()
                    .filter(|i| i.restricted)
                    .count()
            }
        };
        Ok(BundleWritten {
            path: path.display().to_string(),
            bytes: bytes.len(),
            records: bundle.records.len(),
            per_kind,
            sealed: passphrase.is_some(),
            version: if version == 1 {
                1
            } else {
                super::bundle::VERSION as u32
            },
            left_out: left_out
                .into_iter()
                .map(|(field, records)| LeftOut { field, records })
                .collect(),
            restricted_left_out,
        })
    }
}

/// How many records of each kind `snapshot` holds, kinds it has none of left out.
fn per_kind(snapshot: &Snapshot) -> Vec<KindCount> {
    snapshot
        .counts()
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, count)| KindCount { kind, count })
        .collect()
}

/// What to export.
///
/// A scope is a closed set: a bundle of one negotiation holds that negotiation's rounds,
/// concern areas with their benchmarks, assessments and asks, the commitments and
/// incidents linked to those areas or benchmarks, and the sources these cite — and
/// nothing of another negotiation. An incident or commitment that is also linked to an
/// area or benchmark of another negotiation is exported with the links inside the scope
/// only (the receiving library keeps any others it has: a merge never deletes links it
/// was not sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// Every record.
    All,
    /// One negotiation.
    Negotiation(String),
    /// Some concern areas of one negotiation, with the negotiation and its rounds. No
    /// areas listed: the whole negotiation.
    Areas {
        negotiation_id: String,
        concern_area_ids: Vec<String>,
    },
}

/// Builds a bundle of `snapshot` limited to `scope`. Records keep their library order.
pub fn export(
    snapshot: &Snapshot,
    scope: &ExportScope,
    exported_at: Option<Timestamp>,
    exported_by: Option<String>,
) -> Bundle {
    let selected = match scope {
        ExportScope::All => snapshot.clone(),
        ExportScope::Negotiation(id) => select_negotiation(snapshot, id, None),
        ExportScope::Areas {
            negotiation_id,
            concern_area_ids,
        } if !concern_area_ids.is_empty() => {
            select_negotiation(snapshot, negotiation_id, Some(concern_area_ids))
        }
        ExportScope::Areas { negotiation_id, .. } => {
            select_negotiation(snapshot, negotiation_id, None)
        }
    };
    Bundle::from_snapshot(selected, exported_at, exported_by)
}

/// One negotiation, or the listed areas of it (`only_areas`): a closed set (see
/// `ExportScope`).
fn select_negotiation(
    s: &Snapshot,
    negotiation_id: &str,
    only_areas: Option<&[String]>,
) -> Snapshot {
    let areas: HashSet<&str> = s
        .concern_areas
        .iter()
        .filter(|a| match only_areas {
            Some(ids) => ids.contains(&a.id),
            None => a.negotiation_id.as_deref() == Some(negotiation_id),
        })
        .map(|a| a.id.as_str())
        .collect();
    let benchmarks: HashSet<&str> = s
        .benchmarks
        .iter()
        .filter(|b| areas.contains(b.concern_area_id.as_str()))
        .map(|b| b.id.as_str())
        .collect();
    let rounds: HashSet<&str> = s
        .rounds
        .iter()
        .filter(|r| r.negotiation_id == negotiation_id)
        .map(|r| r.id.as_str())
        .collect();
    let in_areas = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .filter(|id| areas.contains(id.as_str()))
            .cloned()
            .collect()
    };
    let in_benchmarks = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .filter(|id| benchmarks.contains(id.as_str()))
            .cloned()
            .collect()
    };

    let mut out = Snapshot {
        negotiations: s
            .negotiations
            .iter()
            .filter(|n| n.id == negotiation_id)
            .cloned()
            .collect(),
        rounds: s
            .rounds
            .iter()
            .filter(|r| rounds.contains(r.id.as_str()))
            .cloned()
            .collect(),
        concern_areas: s
            .concern_areas
            .iter()
            .filter(|a| areas.contains(a.id.as_str()))
            .cloned()
            .collect(),
        benchmarks: s
            .benchmarks
            .iter()
            .filter(|b| benchmarks.contains(b.id.as_str()))
            .cloned()
            .collect(),
        assessments: s
            .assessments
            .iter()
            .filter(|a| benchmarks.contains(a.benchmark_id.as_str()))
            .cloned()
            .collect(),
        // An ask for a round of another negotiation is that negotiation's.
        asks: s
            .asks
            .iter()
            .filter(|a| areas.contains(a.concern_area_id.as_str()))
            .filter(|a| a.round_id.as_deref().is_none_or(|r| rounds.contains(r)))
            .cloned()
            .collect(),
        // A commitment made at a round of another negotiation leaves without that round.
        commitments: s
            .commitments
            .iter()
            .filter_map(|c| {
                let (a, b) = (
                    in_areas(&c.concern_area_ids),
                    in_benchmarks(&c.benchmark_ids),
                );
                (!a.is_empty() || !b.is_empty()).then(|| Commitment {
                    concern_area_ids: a,
                    benchmark_ids: b,
                    round_id: c.round_id.clone().filter(|r| rounds.contains(r.as_str())),
                    ..c.clone()
                })
            })
            .collect(),
        incidents: s
            .incidents
            .iter()
            .filter_map(|i| {
                let (a, b) = (
                    in_areas(&i.concern_area_ids),
                    in_benchmarks(&i.benchmark_ids),
                );
                (!a.is_empty() || !b.is_empty()).then(|| Incident {
                    concern_area_ids: a,
                    benchmark_ids: b,
                    ..i.clone()
                })
            })
            .collect(),
        cases: s
            .cases
            .iter()
            .filter_map(|c| {
                let (a, b) = (
                    in_areas(&c.concern_area_ids),
                    in_benchmarks(&c.benchmark_ids),
                );
                (!a.is_empty() || !b.is_empty()).then(|| Case {
                    concern_area_ids: a,
                    benchmark_ids: b,
                    ..c.clone()
                })
            })
            .collect(),
        round_outcomes: s
            .round_outcomes
            .iter()
            .filter(|o| rounds.contains(o.round_id.as_str()))
            .cloned()
            .collect(),
        ask_results: Vec::new(),
        case_entries: Vec::new(),
        sources: Vec::new(),
    };
    // An outcome's results for the asks that go (the areas chosen).
    let asks: HashSet<String> = out.asks.iter().map(|a| a.id.clone()).collect();
    let outcomes: HashSet<&str> = out.round_outcomes.iter().map(|o| o.id.as_str()).collect();
    out.ask_results = s
        .ask_results
        .iter()
        .filter(|r| outcomes.contains(r.outcome_id.as_str()) && asks.contains(&r.ask_id))
        .cloned()
        .collect();
    // A case keeps its links to the incidents and asks that go with it, and its timeline.
    let incidents: HashSet<String> = out.incidents.iter().map(|i| i.id.clone()).collect();
    for c in &mut out.cases {
        c.incident_ids.retain(|id| incidents.contains(id));
        c.ask_ids.retain(|id| asks.contains(id));
    }
    let cases: HashSet<&str> = out.cases.iter().map(|c| c.id.as_str()).collect();
    out.case_entries = s
        .case_entries
        .iter()
        .filter(|e| cases.contains(e.case_id.as_str()))
        .cloned()
        .collect();
    // Areas of another negotiation cannot be listed (`bundle_for` refuses them); an
    // area of no negotiation stands alone.
    let cited: HashSet<&str> = out
        .concern_areas
        .iter()
        .flat_map(|a| a.source_ids.iter())
        .chain(out.rounds.iter().flat_map(|r| r.source_ids.iter()))
        .chain(out.benchmarks.iter().flat_map(|b| b.source_ids.iter()))
        .chain(out.assessments.iter().flat_map(|a| a.source_ids.iter()))
        .chain(out.commitments.iter().flat_map(|c| c.source_ids.iter()))
        .chain(out.incidents.iter().flat_map(|i| i.source_ids.iter()))
        .chain(out.cases.iter().flat_map(|c| c.source_ids.iter()))
        .chain(out.case_entries.iter().flat_map(|e| e.source_ids.iter()))
        .chain(out.round_outcomes.iter().flat_map(|o| o.source_ids.iter()))
        .chain(out.ask_results.iter().flat_map(|r| r.source_ids.iter()))
        .map(String::as_str)
        .collect();
    out.sources = s
        .sources
        .iter()
        .filter(|src| cited.contains(src.id.as_str()))
        .cloned()
        .collect();
    out
}

//! Exporting a library, or one negotiation of it, as a bundle: what goes in (`export`, a
//! pure function of a snapshot and a scope) and the whole workflow of writing one
//! (`Library::write_bundle`), which the CLI and the app both call.

use std::collections::HashSet;
use std::path::Path;

use serde::Serialize;

use super::bundle::Bundle;
use super::sealed;
use crate::error::Result;
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

impl Library {
    /// The bundle this library would export now for `scope`, from its sender. A scope
    /// naming a negotiation or an area that does not exist is refused.
    pub fn bundle_for(&self, scope: &ExportScope, now: Timestamp) -> Result<Bundle> {
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
                    self.get::<ConcernArea>(id)?;
                }
            }
        }
        let snapshot = self.snapshot()?;
        Ok(export(&snapshot, scope, Some(now), Some(sender(self)?)))
    }

    /// Writes the bundle for `scope` to `path`, sealed with `passphrase` (age) when one is
    /// given: whole or not at all, and never over the library or its own files.
    #[tracing::instrument(skip_all, fields(sealed = passphrase.is_some()))]
    pub fn write_bundle(
        &self,
        scope: &ExportScope,
        passphrase: Option<&str>,
        path: &Path,
        now: Timestamp,
    ) -> Result<BundleWritten> {
        self.refuse_own_file(path)?;
        if let Some(p) = passphrase {
            crate::crypto::check_passphrase(p)?;
        }
        let bundle = self.bundle_for(scope, now)?;
        let json = zeroize::Zeroizing::new(bundle.to_json());
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
        let per_kind = bundle
            .records
            .counts()
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(kind, count)| KindCount { kind, count })
            .collect();
        Ok(BundleWritten {
            path: path.display().to_string(),
            bytes: bytes.len(),
            records: bundle.records.len(),
            per_kind,
            sealed: passphrase.is_some(),
        })
    }
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// Every record.
    All,
    /// One negotiation: its rounds and concern areas with their benchmarks, assessments and
    /// asks, the commitments and incidents linked to those areas or benchmarks, and the
    /// sources all of these cite — plus anything those records point at, so the bundle is
    /// complete on its own.
    Negotiation(String),
    /// Some concern areas of one negotiation: the negotiation and its rounds, the listed
    /// areas with their benchmarks, assessments and asks, the commitments and incidents
    /// linked to them, and the sources all of these cite — plus anything those records
    /// point at (an incident linked to an unlisted area brings that area), so the bundle
    /// is complete on its own. No areas listed: the whole negotiation.
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

/// One negotiation, or the listed areas of it (`only_areas`).
fn select_negotiation(
    s: &Snapshot,
    negotiation_id: &str,
    only_areas: Option<&[String]>,
) -> Snapshot {
    let mut areas: HashSet<&str> = s
        .concern_areas
        .iter()
        .filter(|a| match only_areas {
            Some(ids) => ids.contains(&a.id),
            None => a.negotiation_id.as_deref() == Some(negotiation_id),
        })
        .map(|a| a.id.as_str())
        .collect();
    let mut benchmarks: HashSet<&str> = s
        .benchmarks
        .iter()
        .filter(|b| areas.contains(b.concern_area_id.as_str()))
        .map(|b| b.id.as_str())
        .collect();
    let linked = |area_ids: &[String], benchmark_ids: &[String]| {
        area_ids.iter().any(|a| areas.contains(a.as_str()))
            || benchmark_ids
                .iter()
                .any(|b| benchmarks.contains(b.as_str()))
    };
    let commitments: Vec<&Commitment> = s
        .commitments
        .iter()
        .filter(|c| linked(&c.concern_area_ids, &c.benchmark_ids))
        .collect();
    let incidents: Vec<&Incident> = s
        .incidents
        .iter()
        .filter(|i| linked(&i.concern_area_ids, &i.benchmark_ids))
        .collect();
    // Close over what the chosen commitments and incidents point at elsewhere.
    let extra_benchmarks: Vec<&str> = commitments
        .iter()
        .flat_map(|c| c.benchmark_ids.iter())
        .chain(incidents.iter().flat_map(|i| i.benchmark_ids.iter()))
        .map(String::as_str)
        .collect();
    benchmarks.extend(extra_benchmarks);
    let extra_areas: Vec<&str> = commitments
        .iter()
        .flat_map(|c| c.concern_area_ids.iter())
        .chain(incidents.iter().flat_map(|i| i.concern_area_ids.iter()))
        .map(String::as_str)
        .chain(
            s.benchmarks
                .iter()
                .filter(|b| benchmarks.contains(b.id.as_str()))
                .map(|b| b.concern_area_id.as_str()),
        )
        .collect();
    areas.extend(extra_areas);
    let commitment_ids: HashSet<&str> = commitments.iter().map(|c| c.id.as_str()).collect();
    let incident_ids: HashSet<&str> = incidents.iter().map(|i| i.id.as_str()).collect();

    let concern_areas: Vec<ConcernArea> = s
        .concern_areas
        .iter()
        .filter(|a| areas.contains(a.id.as_str()))
        .cloned()
        .collect();
    let benchmarks: Vec<Benchmark> = s
        .benchmarks
        .iter()
        .filter(|b| benchmarks.contains(b.id.as_str()))
        .cloned()
        .collect();
    let benchmark_ids: HashSet<&str> = benchmarks.iter().map(|b| b.id.as_str()).collect();
    let assessments: Vec<Assessment> = s
        .assessments
        .iter()
        .filter(|a| benchmark_ids.contains(a.benchmark_id.as_str()))
        .cloned()
        .collect();
    let mut negotiations_wanted: HashSet<&str> = concern_areas
        .iter()
        .filter_map(|a| a.negotiation_id.as_deref())
        .collect();
    negotiations_wanted.insert(negotiation_id);
    let mut rounds: Vec<Round> = s
        .rounds
        .iter()
        .filter(|r| r.negotiation_id == negotiation_id)
        .cloned()
        .collect();
    let asks: Vec<Ask> = s
        .asks
        .iter()
        .filter(|a| areas.contains(a.concern_area_id.as_str()))
        .cloned()
        .collect();
    // Asks for a round of another negotiation bring that round (and its negotiation).
    let round_ids: HashSet<String> = rounds.iter().map(|r| r.id.clone()).collect();
    for ask in &asks {
        if let Some(rid) = &ask.round_id {
            if !round_ids.contains(rid) {
                if let Some(r) = s.rounds.iter().find(|r| &r.id == rid) {
                    rounds.push(r.clone());
                }
            }
        }
    }
    rounds.sort_by(|a, b| (a.starts_on, &a.id).cmp(&(b.starts_on, &b.id)));
    rounds.dedup_by(|a, b| a.id == b.id);
    for r in &rounds {
        negotiations_wanted.insert(r.negotiation_id.as_str());
    }
    let negotiations: Vec<Negotiation> = s
        .negotiations
        .iter()
        .filter(|n| negotiations_wanted.contains(n.id.as_str()))
        .cloned()
        .collect();
    let commitments: Vec<Commitment> = s
        .commitments
        .iter()
        .filter(|c| commitment_ids.contains(c.id.as_str()))
        .cloned()
        .collect();
    let incidents: Vec<Incident> = s
        .incidents
        .iter()
        .filter(|i| incident_ids.contains(i.id.as_str()))
        .cloned()
        .collect();

    let cited: HashSet<&str> = concern_areas
        .iter()
        .flat_map(|a| a.source_ids.iter())
        .chain(benchmarks.iter().flat_map(|b| b.source_ids.iter()))
        .chain(assessments.iter().flat_map(|a| a.source_ids.iter()))
        .chain(commitments.iter().flat_map(|c| c.source_ids.iter()))
        .chain(incidents.iter().flat_map(|i| i.source_ids.iter()))
        .map(String::as_str)
        .collect();
    let sources: Vec<Source> = s
        .sources
        .iter()
        .filter(|src| cited.contains(src.id.as_str()))
        .cloned()
        .collect();

    Snapshot {
        negotiations,
        rounds,
        concern_areas,
        benchmarks,
        assessments,
        commitments,
        incidents,
        asks,
        sources,
    }
}

//! What the pack builder shows before export: the pack as it will be exported, its
//! contents and page count, and every item the selection could pull in with what became
//! of it — in the pack, left out by the user, or withheld from this audience. Worked out
//! here, once, so that the window never re-derives the core's rules.

use serde::Serialize;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::{
    AskItem, BenchmarkItem, CaseItem, ChangesSince, CommitmentItem, RoundInfo, SourceItem,
};
use super::{Audience, ItemRef, Pack, Selection, Severity};
use crate::dates::{Date, FuzzyDate};
use crate::error::Result;
use crate::model::Kind;
use crate::store::Library;

/// What became of an item the selection could pull in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// In the pack.
    Included,
    /// The user left it out of this pack.
    LeftOut,
    /// Kept out of this audience's pack: restricted, or resting only on restricted sources.
    Withheld,
    /// A source nothing in the pack cites any more (its items were left out).
    NotCited,
}

/// An item the selection could pull in, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Candidate<T> {
    pub item: T,
    pub state: ItemState,
}

/// The pack builder's view of a selection. The pages, the page count and the contents
/// come from the pack's rendering (`PackPages`): the pack is laid out once per change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackPreview {
    /// What the builder shows of the pack as it will be exported.
    pub pack: PackGlance,
    /// Everything the selection could pull in (every audience, nothing left out), in the
    /// pack's order, each with what became of it (of the incidents, the first `listed`
    /// recent and earlier ones: see `totals`).
    pub incidents: Vec<Candidate<IncidentChoice>>,
    pub commitments: Vec<Candidate<CommitmentItem>>,
    pub asks: Vec<Candidate<AskItem>>,
    /// The individual cases, named as the team knows them (the pack itself may not name
    /// them).
    pub cases: Vec<Candidate<CaseItem>>,
    pub sources: Vec<Candidate<SourceItem>>,
    /// What would weaken the pack (the readiness check), most serious first (the first
    /// `listed` of each severity).
    pub findings: Vec<super::Finding>,
    /// For each finding, in the same order, the heading anchor of the part of the pack
    /// that prints its record, if any: where the page viewer goes (see `Anchors`).
    pub finding_anchors: Vec<Option<String>>,
    /// How many there are in all of the lists a preview may give only the first of.
    pub totals: PreviewTotals,
}

/// How many candidate incidents and findings a pack has in all: a preview asked for its
/// first `listed` gives at most that many recent incidents, earlier incidents and
/// findings of each severity (a large library's pack has tens of thousands, which the
/// window would hold and parse for nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PreviewTotals {
    pub recent_incidents: u32,
    pub earlier_incidents: u32,
    pub blockers: u32,
    pub warnings: u32,
    pub notes: u32,
}

/// The parts of a pack the builder shows beside its pages: not the whole pack, whose
/// records a large library counts in tens of thousands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackGlance {
    /// Incidents since this date are the pack's recent ones.
    pub since: Option<Date>,
    pub previous_round: Option<RoundInfo>,
    /// Items kept out of this audience's pack.
    pub withheld: u32,
    pub counts: PackCounts,
    /// Every benchmark of the pack, area by area: the scorecard.
    pub scorecard: Vec<BenchmarkItem>,
    pub changes: Option<ChangesSince>,
}

/// How many of each item a pack prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackCounts {
    pub incidents: u32,
    pub commitments: u32,
    pub asks: u32,
    pub cases: u32,
    pub sources: u32,
}

/// An incident as the builder lists it, to keep or leave out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct IncidentChoice {
    pub id: String,
    pub title: String,
    pub occurred_on: FuzzyDate,
    pub restricted: bool,
    /// Since the previous round (else earlier).
    pub recent: bool,
}

/// What a preview is worked out from: the pack for the selection, and everything the
/// selection could pull in. Read from the library (under its lock); the preview itself
/// is a pure function of them, worked out after the lock is let go.
#[derive(Debug, Clone)]
pub struct PreviewInputs {
    pack: Arc<Pack>,
    everything: Arc<Pack>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Library {
    /// The readiness check of the pack `selection` would make (see `pack::check`).
    pub fn check_pack(
        &self,
        selection: &Selection,
        today: crate::dates::Date,
    ) -> Result<Vec<super::Finding>> {
        Ok(super::check(&*self.assembled_pack(selection)?, today))
    }

    /// Reads what the preview of `selection` is worked out from.
    pub fn preview_inputs(&self, selection: &Selection) -> Result<PreviewInputs> {
        let pack = self.assembled_pack(selection)?;
        let everything = self.assembled_pack(&Selection {
            audience: Audience::Internal,
            excluded: Vec::new(),
            compare: super::Compare::Nothing,
            ..selection.clone()
        })?;
        Ok(PreviewInputs { pack, everything })
    }

    /// The builder's view of `selection` on `today`, without laying anything out.
    pub fn preview_pack(&self, selection: &Selection, today: Date) -> Result<PackPreview> {
        Ok(self.preview_inputs(selection)?.preview(today, None))
    }
}

impl PreviewInputs {
    /// The builder's view of the pack on `today` (the readiness check depends on it).
    pub fn preview(self, today: Date, listed: Option<usize>) -> PackPreview {
        let listed = listed.unwrap_or(usize::MAX);
        let PreviewInputs { pack, everything } = self;
        let left_out: HashSet<(Kind, &str)> = pack
            .selection
            .excluded
            .iter()
            .map(|x: &ItemRef| (x.kind, x.id.as_str()))
            .collect();
        let state = |kind: Kind, id: &str, included: bool| {
            if left_out.contains(&(kind, id)) {
                ItemState::LeftOut
            } else if included {
                ItemState::Included
            } else {
                ItemState::Withheld
            }
        };
        // Sets, not a search per candidate: a pack can hold tens of thousands of items.
        let ids = |it: &mut dyn Iterator<Item = &str>| -> HashSet<String> {
            it.map(str::to_string).collect()
        };
        let in_pack_asks = ids(&mut pack
            .areas
            .iter()
            .flat_map(|a| a.asks.iter().map(|x| x.id.as_str())));
        let in_pack_incidents = ids(&mut pack.incidents.iter().map(|x| x.id.as_str()));
        let in_pack_commitments = ids(&mut pack.commitments.iter().map(|x| x.id.as_str()));
        let in_pack_cases = ids(&mut pack.cases.iter().map(|x| x.id.as_str()));
        let cited: HashMap<&str, &SourceItem> =
            pack.sources.iter().map(|x| (x.id.as_str(), x)).collect();
        // The first `listed` recent incidents and the first `listed` earlier ones.
        let mut shown = (0usize, 0usize);
        let mut incidents = Vec::new();
        for i in &everything.incidents {
            let n = if i.recent { &mut shown.0 } else { &mut shown.1 };
            *n += 1;
            if *n > listed {
                continue;
            }
            incidents.push(Candidate {
                state: state(Kind::Incident, &i.id, in_pack_incidents.contains(&i.id)),
                item: IncidentChoice {
                    id: i.id.clone(),
                    title: i.title.clone(),
                    occurred_on: i.occurred_on,
                    restricted: i.restricted,
                    recent: i.recent,
                },
            });
        }
        let commitments = everything
            .commitments
            .iter()
            .map(|c| Candidate {
                state: state(Kind::Commitment, &c.id, in_pack_commitments.contains(&c.id)),
                item: c.clone(),
            })
            .collect();
        let asks = everything
            .areas
            .iter()
            .flat_map(|a| a.asks.iter())
            .map(|a| Candidate {
                state: state(Kind::Ask, &a.id, in_pack_asks.contains(&a.id)),
                item: a.clone(),
            })
            .collect();
        let cases = everything
            .cases
            .iter()
            .map(|c| Candidate {
                state: state(Kind::Case, &c.id, in_pack_cases.contains(&c.id)),
                item: c.clone(),
            })
            .collect();
        let sources = everything
            .sources
            .iter()
            .map(|s| {
                let cited = cited.get(s.id.as_str());
                Candidate {
                    state: match cited {
                        Some(_) => ItemState::Included,
                        None if s.restricted && pack.audience == Audience::External => {
                            ItemState::Withheld
                        }
                        None => ItemState::NotCited,
                    },
                    // Numbered as in the pack, when it is cited there.
                    item: cited.map_or_else(|| s.clone(), |x| (*x).clone()),
                }
            })
            .collect();
        // The first `listed` findings of each severity.
        let mut findings = super::check(&pack, today);
        let mut per_severity = std::collections::BTreeMap::new();
        findings.retain(|f| {
            let n = per_severity.entry(f.severity).or_insert(0usize);
            *n += 1;
            *n <= listed
        });
        let of = |s: Severity| count(per_severity.get(&s).copied().unwrap_or(0));
        let totals = PreviewTotals {
            recent_incidents: count(shown.0),
            earlier_incidents: count(shown.1),
            blockers: of(Severity::Blocker),
            warnings: of(Severity::Warning),
            notes: of(Severity::Note),
        };
        let anchors = super::Anchors::of_pack(&pack);
        let finding_anchors = findings.iter().map(|f| anchors.of(f.kind, &f.id)).collect();
        let glance = PackGlance {
            since: pack.since,
            previous_round: pack.previous_round.clone(),
            withheld: count(pack.withheld),
            counts: PackCounts {
                incidents: count(pack.incidents.len()),
                commitments: count(pack.commitments.len()),
                asks: count(pack.areas.iter().map(|a| a.asks.len()).sum()),
                cases: count(pack.cases.len()),
                sources: count(pack.sources.len()),
            },
            scorecard: pack
                .areas
                .iter()
                .flat_map(|a| a.benchmarks.iter().cloned())
                .collect(),
            changes: pack.changes.clone(),
        };
        PackPreview {
            pack: glance,
            findings,
            finding_anchors,
            totals,
            incidents,
            commitments,
            asks,
            cases,
            sources,
        }
    }
}

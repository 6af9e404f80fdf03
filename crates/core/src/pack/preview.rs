//! What the pack builder shows before export: the pack as it will be exported, its
//! contents and page count, and every item the selection could pull in with what became
//! of it — in the pack, left out by the user, or withheld from this audience. Worked out
//! here, once, so that the window never re-derives the core's rules.

use serde::Serialize;

use super::{options_for, outline, Audience, ItemRef, OutlineEntry, Pack, Paper, Selection};
use super::{AskItem, CaseItem, CommitmentItem, IncidentItem, SourceItem};
use crate::error::Result;
use crate::model::{Kind, Timestamp};
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

/// The pack builder's view of a selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackPreview {
    /// The pack as it will be exported.
    pub pack: Pack,
    /// Pages of the PDF, cover included.
    pub page_count: u32,
    /// The contents: each section and subsection with its first page.
    pub contents: Vec<OutlineEntry>,
    /// Everything the selection could pull in (every audience, nothing left out), in the
    /// pack's order, each with what became of it.
    pub incidents: Vec<Candidate<IncidentItem>>,
    pub commitments: Vec<Candidate<CommitmentItem>>,
    pub asks: Vec<Candidate<AskItem>>,
    /// The individual cases, named as the team knows them (the pack itself may not name
    /// them).
    pub cases: Vec<Candidate<CaseItem>>,
    pub sources: Vec<Candidate<SourceItem>>,
    /// What would weaken the pack (the readiness check), most serious first.
    pub findings: Vec<super::Finding>,
    /// For each finding, in the same order, the heading anchor of the part of the pack
    /// that prints its record, if any: where the page viewer goes (see `anchor_of`).
    pub finding_anchors: Vec<Option<String>>,
}

impl Library {
    /// The readiness check of the pack `selection` would make (see `pack::check`).
    pub fn check_pack(
        &self,
        selection: &Selection,
        today: crate::dates::Date,
    ) -> Result<Vec<super::Finding>> {
        Ok(super::check(&self.assemble_pack(selection)?, today))
    }

    /// Assembles and lays out the pack for `selection` without writing anything.
    pub fn preview_pack(
        &self,
        selection: &Selection,
        paper: Paper,
        now: Timestamp,
    ) -> Result<PackPreview> {
        let pack = self.assemble_pack(selection)?;
        let everything = self.assemble_pack(&Selection {
            audience: Audience::Internal,
            excluded: Vec::new(),
            compare: super::Compare::Nothing,
            ..selection.clone()
        })?;
        let outline = outline(&pack, &options_for(&pack, paper, now))?;
        let left_out = |kind: Kind, id: &str| {
            selection
                .excluded
                .iter()
                .any(|x: &ItemRef| x.kind == kind && x.id == id)
        };
        let state = |kind: Kind, id: &str, included: bool| {
            if left_out(kind, id) {
                ItemState::LeftOut
            } else if included {
                ItemState::Included
            } else {
                ItemState::Withheld
            }
        };
        let pack_asks: Vec<&str> = pack
            .areas
            .iter()
            .flat_map(|a| a.asks.iter().map(|x| x.id.as_str()))
            .collect();
        // A set, not a search per candidate: a pack can hold thousands of incidents.
        let in_pack_incidents: std::collections::HashSet<&str> =
            pack.incidents.iter().map(|x| x.id.as_str()).collect();
        let incidents = everything
            .incidents
            .iter()
            .map(|i| Candidate {
                state: state(
                    Kind::Incident,
                    &i.id,
                    in_pack_incidents.contains(i.id.as_str()),
                ),
                item: i.clone(),
            })
            .collect();
        let commitments = everything
            .commitments
            .iter()
            .map(|c| Candidate {
                state: state(
                    Kind::Commitment,
                    &c.id,
                    pack.commitments.iter().any(|x| x.id == c.id),
                ),
                item: c.clone(),
            })
            .collect();
        let asks = everything
            .areas
            .iter()
            .flat_map(|a| a.asks.iter())
            .map(|a| Candidate {
                state: state(Kind::Ask, &a.id, pack_asks.contains(&a.id.as_str())),
                item: a.clone(),
            })
            .collect();
        let cases = everything
            .cases
            .iter()
            .map(|c| Candidate {
                state: state(Kind::Case, &c.id, pack.cases.iter().any(|x| x.id == c.id)),
                item: c.clone(),
            })
            .collect();
        let sources = everything
            .sources
            .iter()
            .map(|s| {
                let cited = pack.sources.iter().find(|x| x.id == s.id);
                Candidate {
                    state: match cited {
                        Some(_) => ItemState::Included,
                        None if s.restricted && pack.audience == Audience::External => {
                            ItemState::Withheld
                        }
                        None => ItemState::NotCited,
                    },
                    // Numbered as in the pack, when it is cited there.
                    item: cited.cloned().unwrap_or_else(|| s.clone()),
                }
            })
            .collect();
        let findings = super::check(&pack, now.date());
        let finding_anchors = findings
            .iter()
            .map(|f| super::anchor_of(&pack, f.kind, &f.id))
            .collect();
        Ok(PackPreview {
            findings,
            finding_anchors,
            page_count: outline.page_count,
            contents: outline.entries,
            pack,
            incidents,
            commitments,
            asks,
            cases,
            sources,
        })
    }
}

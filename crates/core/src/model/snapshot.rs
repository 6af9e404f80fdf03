use serde::{Deserialize, Serialize};

use super::records::*;

/// Every record of a library (or of a part of one), each list in its natural order. Pack
/// assembly and bundle export work on a snapshot, so they never see a half-written state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Snapshot {
    pub negotiations: Vec<Negotiation>,
    pub rounds: Vec<Round>,
    pub concern_areas: Vec<ConcernArea>,
    pub benchmarks: Vec<Benchmark>,
    pub assessments: Vec<Assessment>,
    pub commitments: Vec<Commitment>,
    pub incidents: Vec<Incident>,
    pub asks: Vec<Ask>,
    pub sources: Vec<Source>,
}

impl Snapshot {
    /// How many records it holds in all.
    pub fn len(&self) -> usize {
        self.negotiations.len()
            + self.rounds.len()
            + self.concern_areas.len()
            + self.benchmarks.len()
            + self.assessments.len()
            + self.commitments.len()
            + self.incidents.len()
            + self.asks.len()
            + self.sources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

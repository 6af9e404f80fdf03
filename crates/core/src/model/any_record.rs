//! A record of any kind as one value, tagged with its kind: what the app's forms send and
//! receive, and the two versions of a record a merge shows side by side.

use serde::{Deserialize, Serialize};

use super::*;

/// Any record, tagged with its kind: `{ "kind": "incident", "record": { … } }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", content = "record", rename_all = "snake_case")]
pub enum AnyRecord {
    Negotiation(Negotiation),
    Round(Round),
    ConcernArea(ConcernArea),
    Benchmark(Benchmark),
    Assessment(Assessment),
    Commitment(Commitment),
    Incident(Incident),
    Ask(Ask),
    Source(Source),
}

//! What the commands exchange with the UI beyond the core's own records. The TypeScript
//! types in `ui/src/bindings/` are generated from these (feature `ts`).

use roundbook_core::model::*;
use roundbook_core::store::Settings;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Any record, tagged with its kind: `{ kind: "incident", record: {...} }`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
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

/// Whether the library is open, and where it is.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export, optional_fields))]
pub struct LibraryStatus {
    /// The library file.
    pub path: String,
    pub open: bool,
    /// True when it holds no records (the first start).
    pub empty: bool,
    /// Why it is not open (`wrong_passphrase` when it is encrypted).
    pub error: Option<crate::error::AppError>,
}

/// Every record the library screens list, except incidents (which are paged).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Catalogue {
    pub negotiations: Vec<Negotiation>,
    pub rounds: Vec<Round>,
    pub concern_areas: Vec<ConcernArea>,
    pub benchmarks: Vec<Benchmark>,
    pub assessments: Vec<Assessment>,
    pub commitments: Vec<Commitment>,
    pub asks: Vec<Ask>,
    pub sources: Vec<Source>,
    /// How many records of each kind the library holds.
    pub counts: Vec<KindCount>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct KindCount {
    pub kind: Kind,
    pub count: usize,
}

/// A date as the user typed it, read by the core's rules.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct DateReading {
    /// The stored form, e.g. `2011-12-16/2011-12-17`.
    pub value: String,
    /// For readers, e.g. `16 December 2011 – 17 December 2011`.
    pub long: String,
    /// The first and last days it can mean.
    pub earliest: String,
    pub latest: String,
}

/// The settings with what the Settings screen shows beside them.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct SettingsView {
    pub settings: Settings,
    pub library_path: String,
    pub version: String,
}

/// Where a file was written.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Saved {
    pub path: String,
    pub bytes: usize,
}

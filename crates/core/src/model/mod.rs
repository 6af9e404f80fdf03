//! The domain model: the things an advocate keeps in a library (see PRODUCT.md's
//! vocabulary). The same structs are the records of the bundle format, so their serde
//! shape follows `docs/bundle-v1.schema.json` exactly: optional fields are omitted when
//! absent, unknown fields are refused.

mod any_record;
mod enums;
mod records;
mod snapshot;
mod timestamp;
pub mod validate;

pub use any_record::AnyRecord;
pub use enums::*;
pub use records::*;
pub use snapshot::Snapshot;
pub use timestamp::Timestamp;

/// The kinds of record a library holds; used in errors, search results and links.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Negotiation,
    Round,
    ConcernArea,
    Benchmark,
    Assessment,
    Commitment,
    Incident,
    Ask,
    Source,
    Pack,
}

impl Kind {
    /// The bundle's array that holds this kind, which is also the table name.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Negotiation => "negotiations",
            Kind::Round => "rounds",
            Kind::ConcernArea => "concern_areas",
            Kind::Benchmark => "benchmarks",
            Kind::Assessment => "assessments",
            Kind::Commitment => "commitments",
            Kind::Incident => "incidents",
            Kind::Ask => "asks",
            Kind::Source => "sources",
            Kind::Pack => "packs",
        }
    }

    /// The stored name, e.g. `concern_area`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Negotiation => "negotiation",
            Kind::Round => "round",
            Kind::ConcernArea => "concern_area",
            Kind::Benchmark => "benchmark",
            Kind::Assessment => "assessment",
            Kind::Commitment => "commitment",
            Kind::Incident => "incident",
            Kind::Ask => "ask",
            Kind::Source => "source",
            Kind::Pack => "pack",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.as_str() == s)
    }

    pub const ALL: [Kind; 10] = [
        Kind::Negotiation,
        Kind::Round,
        Kind::ConcernArea,
        Kind::Benchmark,
        Kind::Assessment,
        Kind::Commitment,
        Kind::Incident,
        Kind::Ask,
        Kind::Source,
        Kind::Pack,
    ];

    /// For messages: "concern area".
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Negotiation => "negotiation",
            Kind::Round => "round",
            Kind::ConcernArea => "concern area",
            Kind::Benchmark => "benchmark",
            Kind::Assessment => "assessment",
            Kind::Commitment => "commitment",
            Kind::Incident => "incident",
            Kind::Ask => "ask",
            Kind::Source => "source",
            Kind::Pack => "pack",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.noun())
    }
}

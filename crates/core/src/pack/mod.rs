//! Briefing packs: what goes into one (`assemble`, a pure function of a library snapshot
//! and a selection), how it becomes a PDF (`render`, a pure function of a pack and
//! options), and the record a library keeps of each pack it generated (`record`).
//!
//! Restricted material is filtered out in `assemble`, once, for the external audience:
//! nothing downstream (the renderer, the UI) ever sees it.

mod anonymity;
mod assemble;
mod cases;
mod changes;
mod check;
mod content;
mod grid;
mod make;
mod memo;
mod pages;
mod preview;
mod record;
mod render;
pub mod typography;

use serde::{Deserialize, Serialize};

pub use assemble::{assemble, assemble_compared};
pub use changes::{compare, Earlier};
pub use check::{check, Finding, FindingCode, Severity};
pub use content::*;
pub use grid::{status_at, status_grid, Assessed, GridRound, GridRow, StatusGrid};
pub use make::{PackMade, PackRewritten, PackStep};
pub(crate) use memo::{PackMemo, WriteStamp};
pub use pages::{unless_cancelled, Anchors, PackPages, Prepared, FIRST_PAGES, LONG_PACK_PAGES};
pub use preview::{
    Candidate, IncidentChoice, ItemState, PackCounts, PackGlance, PackPreview, PreviewInputs,
    PreviewTotals,
};
pub use record::{rerender, LastPackChoice, PackRecord, PackSummary, PACK_FORMAT};
pub use render::{
    charts, date_span, document, lay_out, marking, options_for, outline, render, LaidOut, Outline,
    OutlineEntry, RenderOptions, Rendered, RENDERER,
};

use crate::dates::Date;
use crate::model::Kind;

/// Who a pack is for. External packs never contain restricted material.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// For officials outside the team.
    #[default]
    External,
    /// For the team only.
    Internal,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::External => "external",
            Audience::Internal => "internal",
        }
    }
    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "external" => Some(Audience::External),
            "internal" => Some(Audience::Internal),
            _ => None,
        }
    }
}

/// Paper size of the PDF.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }
    pub fn parse(s: &str) -> Option<Paper> {
        match s {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// What the user asked a pack to contain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(default)]
pub struct Selection {
    pub round_id: String,
    pub audience: Audience,
    /// Empty: every concern area of the round's negotiation.
    pub concern_area_ids: Vec<String>,
    /// Empty: every benchmark of the selected areas.
    pub benchmark_ids: Vec<String>,
    /// Empty: the start date of the previous round of the same negotiation.
    pub since: Option<Date>,
    /// Items the user left out of this pack (incidents, commitments, asks).
    pub excluded: Vec<ItemRef>,
    /// The language of the pack's fixed text and dates (and of the records' text where
    /// they have a translation).
    pub language: crate::i18n::Language,
    /// Which earlier pack the "Changes since our last briefing" part compares with.
    pub compare: Compare,
}

/// Which earlier pack a pack's "Changes since our last briefing" part compares with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Compare {
    /// The newest pack recorded for an earlier round of the same negotiation, for the
    /// same audience and in the same language; no part when there is none.
    #[default]
    LastBriefing,
    /// No changes part.
    Nothing,
    /// This recorded pack (its id).
    Pack(String),
}

/// A record by kind and id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemRef {
    pub kind: Kind,
    pub id: String,
}

/// Why a pack could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    UnknownRound(String),
    UnknownArea(String),
    AreaOfOtherNegotiation {
        area: String,
        round: String,
    },
    UnknownBenchmark(String),
    BenchmarkOutsideAreas {
        benchmark: String,
        area: String,
    },
    NoAreas(String),
    Render(String),
    /// `--strict`: the readiness check found blockers; nothing was written.
    Blocked {
        blockers: Vec<Finding>,
    },
    RecordedByNewer {
        id: String,
        format: u32,
        known: u32,
    },
    /// `Compare::Pack`: the earlier pack is of another negotiation.
    CompareOtherNegotiation(String),
    /// `Compare::Pack`: an external pack cannot be compared with an internal one (its
    /// changes would show restricted material).
    CompareInternal(String),
    /// `Compare::Pack`: the earlier pack is in another language (every text would differ).
    CompareOtherLanguage(String),
    /// The user cancelled (an export), or a newer preview took its place: nothing was
    /// written or recorded.
    Cancelled,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::escaped;
        use crate::m;
        f.write_str(&match self {
            PackError::UnknownRound(id) => m!("pack-error-unknown-round", id = escaped(id)),
            PackError::UnknownArea(id) => m!("pack-error-unknown-area", id = escaped(id)),
            PackError::AreaOfOtherNegotiation { area, round } => m!(
                "pack-error-area-of-other-negotiation",
                area = escaped(area),
                round = escaped(round)
            ),
            PackError::UnknownBenchmark(id) => {
                m!("pack-error-unknown-benchmark", id = escaped(id))
            }
            PackError::BenchmarkOutsideAreas { benchmark, area } => m!(
                "pack-error-benchmark-outside-areas",
                benchmark = escaped(benchmark),
                area = escaped(area)
            ),
            PackError::NoAreas(id) => m!("pack-error-no-areas", id = escaped(id)),
            PackError::Render(reason) => m!("pack-error-render", reason = reason),
            PackError::Blocked { blockers } => {
                let first = &blockers[0];
                m!(
                    "pack-error-blocked",
                    count = blockers.len(),
                    kind = first.kind.name(),
                    id = &first.id,
                    message = &first.message
                )
            }
            PackError::RecordedByNewer { id, format, known } => m!(
                "pack-error-recorded-by-newer",
                id = escaped(id),
                format = format.to_string(),
                known = known.to_string()
            ),
            PackError::CompareOtherNegotiation(id) => {
                m!("pack-error-compare-other-negotiation", id = escaped(id))
            }
            PackError::CompareInternal(id) => {
                m!("pack-error-compare-internal", id = escaped(id))
            }
            PackError::CompareOtherLanguage(id) => {
                m!("pack-error-compare-other-language", id = escaped(id))
            }
            PackError::Cancelled => m!("pack-error-cancelled"),
        })
    }
}

impl std::error::Error for PackError {}

impl PackError {
    /// The selection field the error concerns.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            PackError::UnknownRound(_) | PackError::NoAreas(_) => Some("round_id"),
            PackError::UnknownArea(_) | PackError::AreaOfOtherNegotiation { .. } => {
                Some("concern_area_ids")
            }
            PackError::UnknownBenchmark(_) | PackError::BenchmarkOutsideAreas { .. } => {
                Some("benchmark_ids")
            }
            PackError::CompareOtherNegotiation(_)
            | PackError::CompareInternal(_)
            | PackError::CompareOtherLanguage(_) => Some("compare"),
            PackError::Render(_)
            | PackError::RecordedByNewer { .. }
            | PackError::Blocked { .. }
            | PackError::Cancelled => None,
        }
    }
}

//! Briefing packs: what goes into one (assembly) and how it becomes a PDF (rendering).

use serde::{Deserialize, Serialize};

/// Who a pack is for. External packs never contain restricted material.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
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
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
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

/// Why a pack could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("{0}")]
    Selection(String),
}

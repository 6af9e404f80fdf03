//! The closed vocabularies of the model. Their serde names are the bundle format's.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and exchanged name, e.g. `partially_met`.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// Whether a round has happened.
    #[derive(Default)]
    RoundStatus { #[default] Scheduled => "scheduled", Held => "held", Cancelled => "cancelled" }
);

vocabulary!(
    /// The status of a benchmark on a date.
    AssessmentStatus { NotMet => "not_met", PartiallyMet => "partially_met", Met => "met", Regressed => "regressed" }
);

vocabulary!(
    /// What sort of promise a commitment is.
    CommitmentKind {
        Pledge => "pledge",
        LegalObligation => "legal_obligation",
        AcceptedRecommendation => "accepted_recommendation",
        Recommendation => "recommendation",
        Statement => "statement",
    }
);

vocabulary!(
    /// How well an incident is established.
    Verification { Confirmed => "confirmed", Credible => "credible", Unverified => "unverified" }
);

vocabulary!(
    /// `Restricted` material is never printed in a pack for an external audience.
    #[derive(Default)]
    Sensitivity { #[default] Public => "public", Restricted => "restricted" }
);

vocabulary!(
    /// What sort of document a source is.
    SourceKind {
        Report => "report",
        Statement => "statement",
        Resolution => "resolution",
        News => "news",
        LegalText => "legal_text",
        ObservationReport => "observation_report",
        Other => "other",
    }
);

impl AssessmentStatus {
    /// For readers: "partially met".
    pub fn label(self) -> &'static str {
        match self {
            AssessmentStatus::NotMet => "Not met",
            AssessmentStatus::PartiallyMet => "Partially met",
            AssessmentStatus::Met => "Met",
            AssessmentStatus::Regressed => "Regressed",
        }
    }

    /// Higher is better; used to say whether a change is progress.
    pub fn rank(self) -> i8 {
        match self {
            AssessmentStatus::Regressed => 0,
            AssessmentStatus::NotMet => 1,
            AssessmentStatus::PartiallyMet => 2,
            AssessmentStatus::Met => 3,
        }
    }
}

impl Sensitivity {
    pub fn is_restricted(self) -> bool {
        self == Sensitivity::Restricted
    }
}

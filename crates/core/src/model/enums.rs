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

impl CaseStatus {
    /// For readers: "on trial".
    pub fn label(self) -> &'static str {
        match self {
            CaseStatus::AtRisk => "At risk",
            CaseStatus::Detained => "Detained",
            CaseStatus::Charged => "Charged",
            CaseStatus::OnTrial => "On trial",
            CaseStatus::Sentenced => "Sentenced",
            CaseStatus::Imprisoned => "Imprisoned",
            CaseStatus::Released => "Released",
            CaseStatus::Acquitted => "Acquitted",
            CaseStatus::Restricted => "Restricted",
            CaseStatus::InExile => "In exile",
            CaseStatus::Deceased => "Deceased",
            CaseStatus::Closed => "Closed",
        }
    }
}

impl Sensitivity {
    pub fn is_restricted(self) -> bool {
        self == Sensitivity::Restricted
    }

    /// `Restricted`: the default of what is restricted unless chosen otherwise (a round's
    /// debrief).
    pub fn restricted() -> Sensitivity {
        Sensitivity::Restricted
    }
}

vocabulary!(
    /// Where a person whose case the advocates follow stands on a date.
    CaseStatus {
        AtRisk => "at_risk",
        Detained => "detained",
        Charged => "charged",
        OnTrial => "on_trial",
        Sentenced => "sentenced",
        Imprisoned => "imprisoned",
        Released => "released",
        Acquitted => "acquitted",
        /// A ban, a travel ban, probation.
        Restricted => "restricted",
        InExile => "in_exile",
        Deceased => "deceased",
        Closed => "closed",
    }
);

vocabulary!(
    /// What the person (or those who speak for them) agreed to: there is no default, so
    /// nothing publishes a name unless someone chose it.
    Consent {
        /// May be named in any pack.
        Named => "named",
        /// External packs describe the case without any of its names.
        Anonymised => "anonymised",
        /// Never in an external pack.
        Internal => "internal",
    }
);

vocabulary!(
    /// Whether the EU raised one of our asks at a round.
    AskRaised {
        Raised => "raised",
        PartlyRaised => "partly_raised",
        NotRaised => "not_raised",
        /// Nobody could tell (no debrief, no statement).
        Unknown => "unknown",
    }
);

impl AskRaised {
    /// For readers: "partly raised".
    pub fn label(self) -> &'static str {
        match self {
            AskRaised::Raised => "Raised",
            AskRaised::PartlyRaised => "Partly raised",
            AskRaised::NotRaised => "Not raised",
            AskRaised::Unknown => "Unknown",
        }
    }
}

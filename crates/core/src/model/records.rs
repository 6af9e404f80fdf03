//! The records of a library. Field names, optionality and serde shape follow the bundle
//! schema (`docs/bundle-v1.schema.json`).

use serde::{Deserialize, Serialize};

use super::enums::*;
use super::translations::Translations;
use super::Timestamp;
use crate::dates::{Date, FuzzyDate};

/// A process with parties, holding rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Negotiation {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub parties: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// One scheduled meeting of a negotiation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub id: String,
    pub negotiation_id: String,
    pub title: String,
    pub starts_on: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default)]
    pub status: RoundStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Sources that say the meeting is scheduled or was held. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A theme the advocates push on, with background text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct ConcernArea {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A concrete, measurable step the government should take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub id: String,
    pub concern_area_id: String,
    pub title: String,
    /// How progress on this benchmark is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// The status of a benchmark on a date, with evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub benchmark_id: String,
    pub assessed_on: Date,
    pub status: AssessmentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// Something the government promised or is bound by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_by: Option<String>,
    pub made_on: FuzzyDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CommitmentKind>,
    /// The words as said or written, verbatim (printed in quotation marks; needs a source
    /// the audience may see). A version 1 bundle's `text` is read as this.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "text")]
    pub quote: Option<String>,
    /// The language the quote was said in, as a BCP 47 tag (`en`, `ru`, `kk`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_language: Option<String>,
    /// Our summary of the commitment, printed as plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub concern_area_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub benchmark_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// The round at which the government made it. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round_id: Option<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A dated event that is evidence for or against progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: String,
    pub title: String,
    pub occurred_on: FuzzyDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// People and organisations involved, as written in the sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub people: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    #[serde(default)]
    pub sensitivity: Sensitivity,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub concern_area_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub benchmark_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A talking point for officials, per area; for one round or standing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Ask {
    pub id: String,
    pub concern_area_id: String,
    /// Absent: the ask stands for every round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round_id: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,
    /// The benchmarks the ask is about. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub benchmark_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// What a round produced, recorded after it was held: the EU's public statement and the
/// debrief. At most one per round; it goes with its round. (Bundle version 2.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct RoundOutcome {
    pub id: String,
    pub round_id: String,
    /// The date of the EU's statement or press release on the round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_on: Option<Date>,
    /// The statement's words, verbatim (never translated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_url: Option<String>,
    /// The sources of the statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Free notes from the debrief with officials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debrief: Option<String>,
    /// The debrief's sensitivity: restricted unless chosen otherwise. A restricted
    /// debrief stays behind when restricted material is left out of a bundle.
    #[serde(default = "Sensitivity::restricted")]
    pub debrief_sensitivity: Sensitivity,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// Whether the EU raised one of our asks at a round: one result of a round's outcome.
/// (Bundle version 2.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct AskResult {
    pub id: String,
    pub outcome_id: String,
    /// The ask: one of the round's, or a standing one.
    pub ask_id: String,
    pub result: AskRaised,
    /// What shows it: a quote, or a note from the debrief.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Required: evidence from a debrief is often not for sharing.
    pub sensitivity: Sensitivity,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A person (or a small group) whose situation the advocates follow and raise by name.
/// (Bundle version 2.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    /// The name as the person writes it.
    pub name: String,
    /// Other spellings: transliterations, the name in other scripts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub other_names: Vec<String>,
    /// Who they are: journalist, lawyer, trade unionist…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// A short account, printed in packs; it must not name the person when the consent
    /// is `anonymised`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Required: no value publishes a name by default.
    pub consent: Consent,
    /// Required, for the same reason.
    pub sensitivity: Sensitivity,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub concern_area_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub benchmark_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub incident_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub ask_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// One dated entry of a case's status timeline.
/// (Bundle version 2.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct CaseEntry {
    pub id: String,
    pub case_id: String,
    /// Since when the status holds; partial dates allowed (`2012-01`).
    pub date: FuzzyDate,
    pub status: CaseStatus,
    /// What happened: the charge, the sentence, the court.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub source_ids: Vec<String>,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    /// The language the text is written in (BCP 47); absent: English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The text in other languages: language → field → text.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Translations>"))]
    pub translations: Translations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<FuzzyDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    #[serde(default)]
    pub sensitivity: Sensitivity,
    /// Example material (invented dates, places, statuses or records): what is invented.
    /// Packs that contain it say so on every page. (Bundle version 2.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

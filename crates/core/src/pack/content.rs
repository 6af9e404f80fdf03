//! The frozen content of a briefing pack: everything the PDF shows, already selected,
//! filtered for the audience, ordered and with its citations numbered. A `Pack` is what a
//! pack record keeps, so that an old pack can be written again exactly as it was sent.

use serde::{Deserialize, Serialize};

use super::{Audience, Selection};
use crate::dates::{Date, FuzzyDate};
use crate::model::*;

macro_rules! frozen {
    ($(#[$m:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        pub struct $name { $($body)* }
    };
}

frozen! {
    /// A briefing pack for one round and one audience.
    pub struct Pack {
        /// What was asked for.
        pub selection: Selection,
        pub negotiation: NegotiationInfo,
        pub round: RoundInfo,
        /// The round before this one (same negotiation, not cancelled), if any.
        pub previous_round: Option<RoundInfo>,
        pub audience: Audience,
        /// Incidents on or after this day count as "since the previous round".
        pub since: Option<Date>,
        /// The preparing organisation(s); may be empty.
        pub organisation: String,
        /// One section per selected concern area, in the areas' order.
        pub areas: Vec<AreaSection>,
        /// The asks shown in the summary: this round's asks, then each area's first standing ask.
        pub top_asks: Vec<AskItem>,
        /// Every selected incident (annex), oldest first.
        pub incidents: Vec<IncidentItem>,
        /// Every selected commitment (annex), oldest first.
        pub commitments: Vec<CommitmentItem>,
        /// The cited sources, numbered 1.. in order of first citation.
        pub sources: Vec<SourceItem>,
        /// How many items were kept out because they are restricted (external packs); a
        /// count only, never what they were.
        pub withheld: usize,
        /// The language of its fixed text (format 3; earlier packs are English).
        #[serde(default)]
        pub language: crate::i18n::Language,
        /// The library is marked illustrative as a whole (the note says why). (Format 2.)
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub library_illustrative: Option<String>,
        /// The individual cases linked to the selected areas or benchmarks, in name order
        /// (external packs: never a case whose consent is `internal`). (Format 4.)
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub cases: Vec<CaseItem>,
        /// Where the pack printed "[name withheld]" instead of the name of a person who
        /// did not consent to be named in it. (Format 4.)
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub names_withheld: Vec<NameWithheld>,
        /// What changed since the earlier pack it is compared with (see `Compare`); none
        /// when there is no earlier pack or none was asked for. (Format 5.)
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub changes: Option<ChangesSince>,
        /// The negotiation's rounds up to this one (cancelled ones aside), oldest first:
        /// the columns of the status grid. (Format 5.)
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub series: Vec<RoundInfo>,
        /// What the earlier rounds of `series` produced, where an outcome was recorded,
        /// oldest first. (Format 5.)
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub outcomes: Vec<OutcomeItem>,
    }
}

frozen! {
    /// What an earlier round produced, as far as this audience may see it.
    pub struct OutcomeItem {
        pub id: String,
        pub round_id: String,
        pub round_title: String,
        /// The EU's statement: its date, its words (verbatim), where it was published.
        pub statement_on: Option<Date>,
        pub statement_quote: Option<String>,
        pub statement_url: Option<String>,
        pub notes: Vec<u32>,
        /// The debrief: in internal packs, and in external ones only when it is public.
        pub debrief: Option<String>,
        /// The debrief is restricted (internal packs only).
        #[serde(default)]
        pub debrief_restricted: bool,
        /// Whether the EU raised each of our asks.
        pub asks: Vec<AskResultItem>,
        /// Titles of the commitments the government made at the round.
        pub commitments: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// The outcome's texts printed in its own language for want of a translation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

impl OutcomeItem {
    /// How many of the asks got each answer: raised, partly raised, not raised, unknown.
    pub fn tally(&self) -> [usize; 4] {
        let mut n = [0; 4];
        for a in &self.asks {
            n[match a.result {
                AskRaised::Raised => 0,
                AskRaised::PartlyRaised => 1,
                AskRaised::NotRaised => 2,
                AskRaised::Unknown => 3,
            }] += 1;
        }
        n
    }
}

frozen! {
    /// Whether the EU raised one of our asks at a round.
    pub struct AskResultItem {
        pub ask_id: String,
        /// The ask's words.
        pub text: String,
        pub result: AskRaised,
        pub evidence: Option<String>,
        pub notes: Vec<u32>,
        /// Only ever true in internal packs.
        pub restricted: bool,
        /// The result's own id (empty in packs frozen before it was kept).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub id: String,
        /// The ask's words printed in the ask's own language for want of a translation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text_untranslated: Option<Untranslated>,
        /// The evidence printed in the result's own language for want of a translation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    /// What changed between an earlier pack (for the same negotiation and audience) and
    /// this one, found by comparing the two frozen packs.
    pub struct ChangesSince {
        /// The earlier pack's record id.
        pub pack_id: String,
        /// The day it was made.
        pub made_on: Date,
        /// The round it was made for.
        pub round_title: String,
        pub incidents: ItemChanges,
        pub commitments: ItemChanges,
        /// Benchmarks whose status now differs from the status the earlier pack gave.
        pub benchmarks: Vec<StatusChange>,
        /// Asks added, dropped or reworded (`was`: the earlier wording).
        pub asks: ItemChanges,
        /// Cases whose status differs from the one the earlier pack gave, or that are new.
        pub cases: Vec<CaseStatusChange>,
    }
}

impl ChangesSince {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.incidents.is_empty()
            && self.commitments.is_empty()
            && self.asks.is_empty()
            && self.benchmarks.is_empty()
            && self.cases.is_empty()
    }
}

frozen! {
    /// Items of one kind that are new, changed, or gone (gone: internal packs only).
    pub struct ItemChanges {
        pub added: Vec<ChangedItem>,
        pub updated: Vec<ChangedItem>,
        pub removed: Vec<ChangedItem>,
    }
}

impl ItemChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty() && self.removed.is_empty()
    }
    pub fn len(&self) -> usize {
        self.added.len() + self.updated.len() + self.removed.len()
    }
}

frozen! {
    /// One item of the changes: its title (an ask's text) as this pack prints it, or as
    /// the earlier one did for an item that is gone.
    pub struct ChangedItem {
        pub id: String,
        pub title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<FuzzyDate>,
        /// Reworded asks: the earlier wording.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub was: Option<String>,
        /// For updated items: the fields that differ, as the bundle names them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub fields: Vec<String>,
    }
}

frozen! {
    /// A benchmark whose status moved between the two packs.
    pub struct StatusChange {
        pub id: String,
        pub title: String,
        pub was: Option<AssessmentStatus>,
        pub now: Option<AssessmentStatus>,
    }
}

frozen! {
    /// A case whose status moved between the two packs (`was` is none for a case the
    /// earlier pack did not raise).
    pub struct CaseStatusChange {
        pub id: String,
        /// None when the case is anonymised in this pack.
        pub name: Option<String>,
        pub was: Option<CaseStatus>,
        pub now: Option<CaseStatus>,
    }
}

frozen! {
    /// A person whose case the pack raises.
    pub struct CaseItem {
        pub id: String,
        /// The name; `None` when the case is anonymised in this pack (an external pack
        /// and the consent `anonymised`): nothing in the pack names the person then.
        pub name: Option<String>,
        pub role: Option<String>,
        /// Left out of an anonymised case: it would point at the person.
        pub organisation: Option<String>,
        pub summary: Option<String>,
        pub consent: Consent,
        /// The latest timeline entry on or before the round.
        pub current: Option<CaseEntryItem>,
        /// The status at the previous round: the latest entry on or before "since".
        pub previous: Option<CaseEntryItem>,
        pub change: CaseChange,
        /// The timeline up to the round, oldest first.
        pub timeline: Vec<CaseEntryItem>,
        /// The asks of the pack that are about this case.
        pub asks: Vec<AskItem>,
        /// Titles of the selected areas it belongs to.
        pub areas: Vec<String>,
        pub notes: Vec<u32>,
        /// Only ever true in internal packs.
        pub restricted: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    /// One entry of a case's timeline.
    pub struct CaseEntryItem {
        pub id: String,
        pub date: FuzzyDate,
        pub status: CaseStatus,
        pub note: Option<String>,
        pub notes: Vec<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

/// How a case's status moved since the previous round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum CaseChange {
    /// Another status than at the previous round.
    Changed,
    Unchanged,
    /// No entry on or before the previous round: the case is new to the series.
    New,
    /// No timeline entry at all.
    NoStatus,
}

frozen! {
    /// A text of the pack in which the name of a person who did not consent to be named
    /// was replaced: the readiness check asks for the text to be fixed.
    pub struct NameWithheld {
        /// The record whose text it is.
        pub kind: Kind,
        pub id: String,
        /// The field, as the bundle names it (`summary`, `people`, …).
        pub field: String,
        /// The case whose name it was.
        pub case_id: String,
    }
}

frozen! {
    pub struct NegotiationInfo {
        pub id: String,
        pub title: String,
        pub parties: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct RoundInfo {
        pub id: String,
        pub title: String,
        pub starts_on: Date,
        pub ends_on: Option<Date>,
        pub location: Option<String>,
        pub status: RoundStatus,
        /// Note numbers of the sources that say the round is scheduled or was held.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub notes: Vec<u32>,
        /// The round's date, place or status is example material: what is invented.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct AreaSection {
        pub id: String,
        pub title: String,
        pub summary: Option<String>,
        /// Note numbers of the background's sources.
        pub notes: Vec<u32>,
        pub benchmarks: Vec<BenchmarkItem>,
        /// Indexes into `Pack::commitments` of the commitments linked to this area or its benchmarks.
        pub commitments: Vec<usize>,
        /// Indexes into `Pack::incidents`: since the previous round, oldest first.
        pub incidents_since: Vec<usize>,
        /// Indexes into `Pack::incidents`: before the previous round.
        pub incidents_earlier: Vec<usize>,
        pub asks: Vec<AskItem>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct BenchmarkItem {
        pub id: String,
        pub title: String,
        pub measure: Option<String>,
        pub target_date: Option<Date>,
        /// The latest assessment on or before the round.
        pub current: Option<AssessmentItem>,
        /// The latest assessment on or before "since".
        /// What the current status is compared with: the status at the previous round
        /// (the "since" date), else the first assessment after it when there are several.
        pub previous: Option<AssessmentItem>,
        pub change: Change,
        /// Every assessment up to the round, oldest first.
        pub trend: Vec<AssessmentItem>,
        /// Note numbers of the benchmark's own sources.
        pub notes: Vec<u32>,
        /// A later assessment exists but rests only on sources this audience may not see,
        /// so the pack shows an older status (or none).
        #[serde(default)]
        pub newer_withheld: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct AssessmentItem {
        pub assessed_on: Date,
        pub status: AssessmentStatus,
        pub evidence: Option<String>,
        pub notes: Vec<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    /// The fields of an item printed in the language its record is written in, because
    /// the record has no translation of them into the pack's language.
    pub struct Untranslated {
        /// The record's language (BCP 47).
        pub language: String,
        /// The fields, as the bundle names them (`title`, `summary`, …).
        pub fields: Vec<String>,
    }
}

impl Untranslated {
    /// Whether `field` is printed untranslated.
    pub fn has(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f == field)
    }
}

/// How a benchmark's status moved since the previous round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Improved,
    Worsened,
    Unchanged,
    /// Assessed once, after the previous round: nothing to compare with.
    New,
    /// Never assessed.
    NotAssessed,
}

frozen! {
    pub struct IncidentItem {
        pub id: String,
        pub title: String,
        pub occurred_on: FuzzyDate,
        pub location: Option<String>,
        pub summary: Option<String>,
        pub people: Vec<String>,
        pub verification: Option<Verification>,
        /// Only ever true in internal packs.
        pub restricted: bool,
        /// Since the previous round (else earlier).
        pub recent: bool,
        /// Titles of the selected areas it belongs to.
        pub areas: Vec<String>,
        pub notes: Vec<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct CommitmentItem {
        pub id: String,
        pub title: String,
        pub made_by: Option<String>,
        pub made_on: FuzzyDate,
        pub instrument: Option<String>,
        pub kind: Option<CommitmentKind>,
        /// The words as said or written (printed in quotation marks). Packs recorded in
        /// format 1 call it `text`.
        #[serde(default, alias = "text")]
        pub quote: Option<String>,
        /// The quote's language (BCP 47).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub quote_language: Option<String>,
        /// Our summary (printed as plain text).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub summary: Option<String>,
        /// Ids of the selected benchmarks it bears on (what happened: their status).
        pub benchmark_ids: Vec<String>,
        pub notes: Vec<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct AskItem {
        pub id: String,
        pub text: String,
        /// For this round only (else a standing ask).
        pub this_round: bool,
        pub area_title: String,
        /// Ids of the selected benchmarks it is about.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub benchmark_ids: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
        /// Fields printed in the record's own language, for want of a translation into
        /// the pack's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub untranslated: Option<Untranslated>,
    }
}

frozen! {
    pub struct SourceItem {
        pub number: u32,
        pub id: String,
        pub title: String,
        pub publisher: Option<String>,
        pub published_on: Option<FuzzyDate>,
        pub url: Option<String>,
        pub accessed_on: Option<Date>,
        pub kind: Option<SourceKind>,
        /// Only ever true in internal packs.
        pub restricted: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub illustrative: Option<String>,
    }
}

impl Pack {
    /// Every selected benchmark with its area's title, in document order.
    pub fn scorecard(&self) -> impl Iterator<Item = (&AreaSection, &BenchmarkItem)> {
        self.areas
            .iter()
            .flat_map(|a| a.benchmarks.iter().map(move |b| (a, b)))
    }

    /// A selected benchmark by id.
    pub fn benchmark(&self, id: &str) -> Option<&BenchmarkItem> {
        self.areas
            .iter()
            .flat_map(|a| a.benchmarks.iter())
            .find(|b| b.id == id)
    }
}

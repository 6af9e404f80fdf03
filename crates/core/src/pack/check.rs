//! The readiness check: what would weaken a pack an official is to trust. A pure function
//! of the same assembled pack the renderer gets (and the date today), so what it finds
//! is exactly what the PDF would print. `docs/readiness.md` explains each finding to an
//! advocate.

use serde::Serialize;

use super::render::{illustrative_material, untranslated_items};
use super::typography;
use super::{Audience, Pack};
use crate::dates::Date;
use crate::model::validate::undrawable;
use crate::model::{Kind, Verification};

/// How much a finding weakens the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// An official cannot trust the pack as it is (`pack --strict` refuses to write it).
    Blocker,
    /// Weakens the pack; fix it if there is time.
    Warning,
    /// Worth knowing.
    Note,
}

/// What kind of finding it is (the message says it in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum FindingCode {
    /// A claim printed with no source the audience may see.
    Unsourced,
    /// Words printed in quotation marks with no source.
    UnsourcedQuote,
    /// A benchmark in the pack with no assessment.
    NotAssessed,
    /// Example material in a pack for officials.
    IllustrativeExternal,
    /// Example material in an internal pack (it is marked on every page).
    Illustrative,
    /// The whole library is marked as example material (a setting, not a record).
    IllustrativeLibrary,
    /// The latest assessment predates the previous round.
    NotReviewed,
    /// A newer assessment rests only on restricted sources: the pack shows an older status.
    RestrictedEvidence,
    /// A cited source an official cannot trace.
    Untraceable,
    /// An incident whose verification is missing or weakest.
    Unverified,
    /// An ask tied to no benchmark.
    AskWithoutBenchmark,
    /// A commitment linked to no benchmark in the pack.
    CommitmentUnlinked,
    /// Two incidents that look like one.
    LikelyDuplicate,
    /// The round's date has passed.
    RoundPassed,
    /// Quotation marks that do not pair up.
    UnbalancedQuotes,
    /// A character no font of the pack can print.
    Unprintable,
    /// Text printed in its record's own language for want of a translation into the
    /// pack's.
    Untranslated,
}

/// One thing the check found, about one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Finding {
    pub severity: Severity,
    pub code: FindingCode,
    /// The record concerned.
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// What is wrong and how to fix it, in one sentence.
    pub message: String,
}

struct Findings(Vec<Finding>);

impl Findings {
    fn add(
        &mut self,
        severity: Severity,
        code: FindingCode,
        (kind, id, title): (Kind, &str, &str),
        message: String,
    ) {
        self.0.push(Finding {
            severity,
            code,
            kind,
            id: id.to_string(),
            title: title.to_string(),
            message,
        });
    }
}

/// What would weaken `pack`, most serious first (in the order the pack prints things).
/// `today` decides whether the round's date has passed.
pub fn check(pack: &Pack, today: Date) -> Vec<Finding> {
    let mut f = Findings(Vec::new());
    let external = pack.audience == Audience::External;
    let who = if external { "officials" } else { "the team" };

    // ----- example material
    let round = (
        Kind::Round,
        pack.round.id.as_str(),
        pack.round.title.as_str(),
    );
    for item in illustrative_material(pack) {
        let what = &item.what;
        let Some((kind, id)) = &item.record else {
            // The library as a whole (a setting, not a record).
            f.add(
                if external { Severity::Blocker } else { Severity::Note },
                FindingCode::IllustrativeLibrary,
                round,
                if external {
                    "This whole library is marked as example material (Settings): a pack for officials must be made from a library of real material.".into()
                } else {
                    "This whole library is marked as example material (Settings): every page of this internal pack says so.".into()
                },
            );
            continue;
        };
        let this = (*kind, id.as_str(), what.as_str());
        if external {
            f.add(
                Severity::Blocker,
                FindingCode::IllustrativeExternal,
                this,
                format!("{what} is marked illustrative (example material): a pack for officials must hold only real material — replace it or leave it out; if it is real, remove the mark."),
            );
        } else {
            f.add(
                Severity::Note,
                FindingCode::Illustrative,
                this,
                format!("{what} is marked illustrative: every page of this internal pack says so."),
            );
        }
    }
    if pack.round.starts_on < today {
        f.add(
            Severity::Note,
            FindingCode::RoundPassed,
            round,
            format!(
                "{} began on {}, which has passed: check the round and its date before you hand the pack over.",
                pack.round.title,
                pack.round.starts_on.long()
            ),
        );
    }

    // ----- concern areas, benchmarks, asks
    let previous_start = pack.previous_round.as_ref().map(|r| r.starts_on);
    for area in &pack.areas {
        let this = (Kind::ConcernArea, area.id.as_str(), area.title.as_str());
        if area.summary.is_some() && area.notes.is_empty() {
            f.add(
                Severity::Blocker,
                FindingCode::Unsourced,
                this,
                format!("The background of “{}” cites no source {who} may see: add a source to the concern area.", area.title),
            );
        }
        for b in &area.benchmarks {
            let this = (Kind::Benchmark, b.id.as_str(), b.title.as_str());
            match &b.current {
                None => f.add(
                    Severity::Blocker,
                    FindingCode::NotAssessed,
                    this,
                    "This benchmark has no assessment: add one (its status on a date, with evidence and a source), or leave the benchmark out.".into(),
                ),
                Some(c) => {
                    if c.notes.is_empty() {
                        f.add(
                            Severity::Blocker,
                            FindingCode::Unsourced,
                            this,
                            format!(
                                "The assessment of {} (“{}”) cites no source {who} may see: add one to the assessment.",
                                c.assessed_on.long(),
                                c.status.label().to_lowercase()
                            ),
                        );
                    }
                    if previous_start.is_some_and(|p| c.assessed_on < p) {
                        f.add(
                            Severity::Warning,
                            FindingCode::NotReviewed,
                            this,
                            format!(
                                "The latest assessment is of {}, before the previous round: review the status for this round and add an assessment, even if it is unchanged.",
                                c.assessed_on.long()
                            ),
                        );
                    }
                }
            }
            if b.newer_withheld {
                f.add(
                    Severity::Warning,
                    FindingCode::RestrictedEvidence,
                    this,
                    "Its latest assessment rests only on restricted sources, so this pack shows an older status (or none): add a public source to that assessment if one exists.".into(),
                );
            }
        }
        for a in &area.asks {
            if a.benchmark_ids.is_empty() {
                f.add(
                    Severity::Warning,
                    FindingCode::AskWithoutBenchmark,
                    (Kind::Ask, a.id.as_str(), &clip(&a.text)),
                    "This ask is tied to no benchmark in the pack, so an official cannot see what progress it asks for: link it to the benchmark it is about.".into(),
                );
            }
        }
    }

    // ----- commitments
    for c in &pack.commitments {
        let this = (Kind::Commitment, c.id.as_str(), c.title.as_str());
        if c.notes.is_empty() {
            if c.quote.is_some() {
                f.add(
                    Severity::Blocker,
                    FindingCode::UnsourcedQuote,
                    this,
                    format!("The words quoted cite no source {who} may see: add the source they were said or written in."),
                );
            } else {
                f.add(
                    Severity::Blocker,
                    FindingCode::Unsourced,
                    this,
                    format!("This commitment cites no source {who} may see: add the instrument or statement it comes from."),
                );
            }
        }
        if c.benchmark_ids.is_empty() {
            f.add(
                Severity::Warning,
                FindingCode::CommitmentUnlinked,
                this,
                "This commitment is linked to no benchmark in the pack, so the pack cannot show what happened against it: link it to the benchmarks it bears on.".into(),
            );
        }
    }

    // ----- incidents
    for (n, i) in pack.incidents.iter().enumerate() {
        let this = (Kind::Incident, i.id.as_str(), i.title.as_str());
        if i.notes.is_empty() {
            f.add(
                Severity::Blocker,
                FindingCode::Unsourced,
                this,
                format!("This incident cites no source {who} may see: add the report or statement it rests on."),
            );
        }
        match i.verification {
            None => f.add(
                Severity::Warning,
                FindingCode::Unverified,
                this,
                "How this incident was verified is not recorded: say whether it is confirmed, credible or unverified.".into(),
            ),
            Some(Verification::Unverified) => f.add(
                Severity::Warning,
                FindingCode::Unverified,
                this,
                "This incident is unverified: confirm it, or say so where you present it.".into(),
            ),
            _ => {}
        }
        for other in &pack.incidents[n + 1..] {
            if likely_duplicates(i, other) {
                f.add(
                    Severity::Warning,
                    FindingCode::LikelyDuplicate,
                    this,
                    format!(
                        "This incident looks like “{}” ({}): same date and place, similar title — merge them if they are one event.",
                        other.title, other.id
                    ),
                );
            }
        }
    }

    // ----- translations
    for (kind, id, title, u) in untranslated_items(pack) {
        if f.0
            .iter()
            .any(|x| x.code == FindingCode::Untranslated && x.kind == kind && x.id == id)
        {
            continue;
        }
        f.add(
            Severity::Warning,
            FindingCode::Untranslated,
            (kind, id, title),
            crate::m!(
                "finding-untranslated",
                language = pack.language.tag().to_uppercase(),
                fields = u.fields.join(", "),
                mark = format!("[{}]", u.language.to_uppercase())
            ),
        );
    }

    // ----- sources
    for s in &pack.sources {
        let traceable = s.url.is_some() || (s.publisher.is_some() && s.published_on.is_some());
        if !traceable {
            f.add(
                Severity::Warning,
                FindingCode::Untraceable,
                (Kind::Source, s.id.as_str(), s.title.as_str()),
                format!(
                    "Source [{}] has no web address, and no publisher with a date: an official cannot trace it — add one or the other.",
                    s.number
                ),
            );
        }
    }

    text_problems(pack, &mut f);
    let mut out = f.0;
    // Most serious first; within a severity, the pack's order.
    out.sort_by_key(|x| x.severity);
    out
}

/// Unbalanced quotation marks and characters no font can print, in any text the pack
/// prints, by the record they belong to.
fn text_problems(pack: &Pack, f: &mut Findings) {
    let mut texts: Vec<((Kind, &str, &str), &str)> = Vec::new();
    for area in &pack.areas {
        let this = (Kind::ConcernArea, area.id.as_str(), area.title.as_str());
        texts.push((this, &area.title));
        if let Some(s) = &area.summary {
            texts.push((this, s));
        }
        for b in &area.benchmarks {
            let this = (Kind::Benchmark, b.id.as_str(), b.title.as_str());
            texts.push((this, &b.title));
            for t in [&b.measure].into_iter().flatten() {
                texts.push((this, t));
            }
            for e in b.trend.iter().filter_map(|a| a.evidence.as_ref()) {
                texts.push((this, e));
            }
        }
        for a in &area.asks {
            texts.push(((Kind::Ask, a.id.as_str(), a.text.as_str()), &a.text));
        }
    }
    for c in &pack.commitments {
        let this = (Kind::Commitment, c.id.as_str(), c.title.as_str());
        texts.push((this, &c.title));
        for t in [&c.quote, &c.summary, &c.instrument, &c.made_by]
            .into_iter()
            .flatten()
        {
            texts.push((this, t));
        }
    }
    for i in &pack.incidents {
        let this = (Kind::Incident, i.id.as_str(), i.title.as_str());
        texts.push((this, &i.title));
        for t in [&i.summary, &i.location].into_iter().flatten() {
            texts.push((this, t));
        }
        for p in &i.people {
            texts.push((this, p));
        }
    }
    for s in &pack.sources {
        let this = (Kind::Source, s.id.as_str(), s.title.as_str());
        texts.push((this, &s.title));
        if let Some(p) = &s.publisher {
            texts.push((this, p));
        }
    }
    let mut seen: Vec<(FindingCode, &str)> = Vec::new();
    for ((kind, id, title), text) in texts {
        if !typography::balanced(text) && !seen.contains(&(FindingCode::UnbalancedQuotes, id)) {
            seen.push((FindingCode::UnbalancedQuotes, id));
            f.add(
                Severity::Warning,
                FindingCode::UnbalancedQuotes,
                (kind, id, title),
                format!("A quotation mark has no partner in “{}”: close the quotation, or remove the mark.", clip(text)),
            );
        }
        if let Some(c) = undrawable(text) {
            if !seen.contains(&(FindingCode::Unprintable, id)) {
                seen.push((FindingCode::Unprintable, id));
                f.add(
                    Severity::Warning,
                    FindingCode::Unprintable,
                    (kind, id, title),
                    format!(
                        "“{c}” (U+{:04X}) cannot be printed with the pack's fonts and shows as a white square: write it in Latin or Cyrillic script, or leave it out.",
                        c as u32
                    ),
                );
            }
        }
    }
}

/// Same date and place, and titles that share most of their words.
fn likely_duplicates(a: &super::IncidentItem, b: &super::IncidentItem) -> bool {
    if a.occurred_on != b.occurred_on || a.location != b.location {
        return false;
    }
    let words = |t: &str| -> Vec<String> {
        crate::search::fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 2)
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(&a.title), words(&b.title));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared * 3 >= wa.len().min(wb.len()) * 2
}

fn clip(text: &str) -> String {
    if text.chars().count() <= 70 {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(70).collect::<String>().trim_end())
    }
}

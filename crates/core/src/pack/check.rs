//! The readiness check: what would weaken a pack an official is to trust. A pure function
//! of the same assembled pack the renderer gets (and the date today), so what it finds
//! is exactly what the PDF would print. `docs/readiness.md` explains each finding to an
//! advocate.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::render::{illustrative_material, status_label, untranslated_items};
use super::typography;
use super::{Audience, Pack};
use crate::dates::{Date, FuzzyDate};
use crate::m;
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
    /// A text names a person who did not consent to be named in the pack (the pack
    /// prints "[name withheld]" there).
    NameWithheld,
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
    // Who may see the pack's sources, for the messages: `external` or `internal`.
    let audience = if external { "external" } else { "internal" };
    let lang = crate::i18n::messages();

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
                if external {
                    Severity::Blocker
                } else {
                    Severity::Note
                },
                FindingCode::IllustrativeLibrary,
                round,
                if external {
                    m!("finding-illustrative-library-external")
                } else {
                    m!("finding-illustrative-library")
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
                m!("finding-illustrative-external", what = what),
            );
        } else {
            f.add(
                Severity::Note,
                FindingCode::Illustrative,
                this,
                m!("finding-illustrative", what = what),
            );
        }
    }
    if pack.round.starts_on < today {
        f.add(
            Severity::Note,
            FindingCode::RoundPassed,
            round,
            m!(
                "finding-round-passed",
                round = pack.round.title.as_str(),
                date = pack.round.starts_on.long_in(lang)
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
                m!(
                    "finding-unsourced-area",
                    title = area.title.as_str(),
                    audience = audience
                ),
            );
        }
        for b in &area.benchmarks {
            let this = (Kind::Benchmark, b.id.as_str(), b.title.as_str());
            match &b.current {
                None => f.add(
                    Severity::Blocker,
                    FindingCode::NotAssessed,
                    this,
                    m!("finding-not-assessed"),
                ),
                Some(c) => {
                    if c.notes.is_empty() {
                        f.add(
                            Severity::Blocker,
                            FindingCode::Unsourced,
                            this,
                            m!(
                                "finding-unsourced-assessment",
                                date = c.assessed_on.long_in(lang),
                                status = status_label(lang, c.status).to_lowercase(),
                                audience = audience
                            ),
                        );
                    }
                    if previous_start.is_some_and(|p| c.assessed_on < p) {
                        f.add(
                            Severity::Warning,
                            FindingCode::NotReviewed,
                            this,
                            m!("finding-not-reviewed", date = c.assessed_on.long_in(lang)),
                        );
                    }
                }
            }
            if b.newer_withheld {
                f.add(
                    Severity::Warning,
                    FindingCode::RestrictedEvidence,
                    this,
                    m!("finding-restricted-evidence"),
                );
            }
        }
        for a in &area.asks {
            if a.benchmark_ids.is_empty() {
                f.add(
                    Severity::Warning,
                    FindingCode::AskWithoutBenchmark,
                    (Kind::Ask, a.id.as_str(), &clip(&a.text)),
                    m!("finding-ask-without-benchmark"),
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
                    m!("finding-unsourced-quote", audience = audience),
                );
            } else {
                f.add(
                    Severity::Blocker,
                    FindingCode::Unsourced,
                    this,
                    m!("finding-unsourced-commitment", audience = audience),
                );
            }
        }
        if c.benchmark_ids.is_empty() {
            f.add(
                Severity::Warning,
                FindingCode::CommitmentUnlinked,
                this,
                m!("finding-commitment-unlinked"),
            );
        }
    }

    // ----- incidents
    // Only incidents on the same day at the same place can be duplicates: each is
    // compared with the later ones of its group, not with every other incident (a pack
    // of a large library holds tens of thousands).
    let mut same_day_and_place: HashMap<(FuzzyDate, Option<&str>), Vec<usize>> = HashMap::new();
    for (n, i) in pack.incidents.iter().enumerate() {
        same_day_and_place
            .entry((i.occurred_on, i.location.as_deref()))
            .or_default()
            .push(n);
    }
    // The words of each title that has another incident to be compared with, once.
    let mut title_words: HashMap<usize, Vec<String>> = HashMap::new();
    for group in same_day_and_place.values().filter(|g| g.len() > 1) {
        for &n in group {
            title_words.insert(n, words(&pack.incidents[n].title));
        }
    }
    for (n, i) in pack.incidents.iter().enumerate() {
        let this = (Kind::Incident, i.id.as_str(), i.title.as_str());
        if i.notes.is_empty() {
            f.add(
                Severity::Blocker,
                FindingCode::Unsourced,
                this,
                m!("finding-unsourced-incident", audience = audience),
            );
        }
        match i.verification {
            None => f.add(
                Severity::Warning,
                FindingCode::Unverified,
                this,
                m!("finding-verification-missing"),
            ),
            Some(Verification::Unverified) => f.add(
                Severity::Warning,
                FindingCode::Unverified,
                this,
                m!("finding-unverified"),
            ),
            _ => {}
        }
        let group = &same_day_and_place[&(i.occurred_on, i.location.as_deref())];
        for &m in group.iter().filter(|&&m| m > n) {
            let other = &pack.incidents[m];
            if similar_titles(&title_words[&n], &title_words[&m]) {
                f.add(
                    Severity::Warning,
                    FindingCode::LikelyDuplicate,
                    this,
                    m!(
                        "finding-likely-duplicate",
                        title = other.title.as_str(),
                        id = other.id.as_str()
                    ),
                );
            }
        }
    }

    // ----- translations
    let mut untranslated_seen: HashSet<(Kind, &str)> = HashSet::new();
    for (kind, id, title, u) in untranslated_items(pack) {
        if !untranslated_seen.insert((kind, id)) {
            continue;
        }
        f.add(
            Severity::Warning,
            FindingCode::Untranslated,
            (kind, id, title),
            m!(
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
                m!("finding-untraceable", number = s.number.to_string()),
            );
        }
    }

    // ----- names of people who did not consent to be named here
    for w in &pack.names_withheld {
        let case = match pack.cases.iter().position(|c| c.id == w.case_id) {
            Some(n) => super::render::case_title(pack, n),
            None => w.case_id.clone(),
        };
        let title = title_of(pack, w.kind, &w.id);
        f.add(
            Severity::Blocker,
            FindingCode::NameWithheld,
            (w.kind, w.id.as_str(), title.as_str()),
            m!(
                "finding-name-withheld",
                field = w.field.as_str(),
                case = case
            ),
        );
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
    for c in &pack.cases {
        let title = c.name.as_deref().unwrap_or(c.id.as_str());
        let this = (Kind::Case, c.id.as_str(), title);
        for t in [&c.name, &c.role, &c.organisation, &c.summary]
            .into_iter()
            .flatten()
        {
            texts.push((this, t));
        }
        for e in &c.timeline {
            if let Some(note) = &e.note {
                texts.push(((Kind::CaseEntry, e.id.as_str(), title), note));
            }
        }
    }
    for s in &pack.sources {
        let this = (Kind::Source, s.id.as_str(), s.title.as_str());
        texts.push((this, &s.title));
        if let Some(p) = &s.publisher {
            texts.push((this, p));
        }
    }
    let mut seen: HashSet<(FindingCode, &str)> = HashSet::new();
    for ((kind, id, title), text) in texts {
        if !typography::balanced(text) && seen.insert((FindingCode::UnbalancedQuotes, id)) {
            f.add(
                Severity::Warning,
                FindingCode::UnbalancedQuotes,
                (kind, id, title),
                m!("finding-unbalanced-quotes", text = clip(text)),
            );
        }
        if let Some(c) = undrawable(text) {
            if seen.insert((FindingCode::Unprintable, id)) {
                f.add(
                    Severity::Warning,
                    FindingCode::Unprintable,
                    (kind, id, title),
                    m!(
                        "finding-unprintable",
                        char = c.to_string(),
                        code = format!("{:04X}", c as u32)
                    ),
                );
            }
        }
    }
}

/// How the pack calls a record it prints (for findings about one of its texts).
fn title_of(pack: &Pack, kind: Kind, id: &str) -> String {
    let found = match kind {
        Kind::ConcernArea => pack
            .areas
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone()),
        Kind::Benchmark | Kind::Assessment => pack.benchmark(id).map(|b| b.title.clone()),
        Kind::Ask => pack
            .areas
            .iter()
            .flat_map(|a| a.asks.iter())
            .find(|a| a.id == id)
            .map(|a| clip(&a.text)),
        Kind::Commitment => pack
            .commitments
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone()),
        Kind::Incident => pack
            .incidents
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.title.clone()),
        Kind::Case => pack
            .cases
            .iter()
            .position(|c| c.id == id)
            .map(|n| super::render::case_title(pack, n)),
        Kind::CaseEntry => pack
            .cases
            .iter()
            .position(|c| c.timeline.iter().any(|e| e.id == id))
            .map(|n| super::render::case_title(pack, n)),
        Kind::Source => pack
            .sources
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.clone()),
        _ => None,
    };
    found.unwrap_or_else(|| id.to_string())
}

/// The words of a title that count when comparing it with another: folded (case and
/// accents), longer than two characters.
fn words(title: &str) -> Vec<String> {
    crate::search::fold(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_string)
        .collect()
}

/// Titles (as their `words`) that share most of their words: with the same date and
/// place, two incidents that look like one.
fn similar_titles(wa: &[String], wb: &[String]) -> bool {
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

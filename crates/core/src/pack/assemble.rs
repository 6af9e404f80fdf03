//! Pack assembly: a pure function of a library snapshot, a selection and the preparing
//! organisation's name. The one place where restricted material is kept out of packs
//! for an external audience.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::content::*;
use super::{Audience, ItemRef, PackError, Selection};
use crate::dates::Date;
use crate::model::*;

/// Builds the frozen content of a pack.
///
/// - Areas: the selected ones, else every area of the round's negotiation (in their order).
/// - Benchmarks: the selected ones (each must belong to a selected area), else all of the
///   selected areas; each with its latest assessment on or before the round, its latest
///   on or before "since", and its history up to the round.
/// - "Since": the selection's date, else the start of the previous round of the same
///   negotiation (cancelled rounds do not count); without either, everything is recent.
/// - Incidents and commitments linked to a selected area or benchmark; incidents after the
///   round are left out; incidents are split into since / earlier.
/// - Asks of the selected areas for this round, and standing asks; never another round's.
/// - External audience: restricted incidents and sources are dropped, and so is every
///   incident, commitment and assessment whose sources are all restricted.
/// - Sources are numbered in order of first citation, in the order the PDF shows things.
/// - `library_illustrative`: the library's own illustrative mark, carried into the pack.
pub fn assemble(
    s: &Snapshot,
    sel: &Selection,
    organisation: &str,
    library_illustrative: Option<&str>,
) -> Result<Pack, PackError> {
    assemble_compared(s, sel, organisation, library_illustrative, None)
}

/// `assemble`, with the part "Changes since our last briefing" comparing the pack with
/// `earlier` (see `changes`).
pub fn assemble_compared(
    s: &Snapshot,
    sel: &Selection,
    organisation: &str,
    library_illustrative: Option<&str>,
    earlier: Option<super::Earlier<'_>>,
) -> Result<Pack, PackError> {
    let round = s
        .rounds
        .iter()
        .find(|r| r.id == sel.round_id)
        .ok_or_else(|| PackError::UnknownRound(sel.round_id.clone()))?;
    let negotiation = s
        .negotiations
        .iter()
        .find(|n| n.id == round.negotiation_id)
        .ok_or_else(|| PackError::UnknownRound(sel.round_id.clone()))?;
    let previous = s
        .rounds
        .iter()
        .filter(|r| r.negotiation_id == round.negotiation_id && r.id != round.id)
        .filter(|r| r.status != RoundStatus::Cancelled && r.starts_on < round.starts_on)
        .max_by(|a, b| (a.starts_on, &a.id).cmp(&(b.starts_on, &b.id)));
    let since = sel.since.or(previous.map(|p| p.starts_on));
    let language = sel.language.tag();
    let round_end = round.ends_on.unwrap_or(round.starts_on);

    let areas = select_areas(s, sel, round)?;
    let selected_benchmarks = select_benchmarks(s, sel, &areas)?;
    let area_ids: HashSet<&str> = areas.iter().map(|a| a.id.as_str()).collect();
    let benchmark_ids: HashSet<&str> = selected_benchmarks.iter().map(|b| b.id.as_str()).collect();

    let mut filter = Filter::new(s, sel);
    let mut withheld = BTreeSet::new();
    if filter.external {
        let (shown, hidden): (Vec<&Case>, Vec<&Case>) =
            s.cases.iter().partition(|c| filter.case_allowed(c));
        let about_shown: HashSet<&str> = shown
            .iter()
            .flat_map(|c| c.ask_ids.iter().map(String::as_str))
            .collect();
        filter.asks_of_hidden_cases = hidden
            .iter()
            .flat_map(|c| c.ask_ids.iter().map(String::as_str))
            .filter(|a| !about_shown.contains(a))
            .collect();
    }

    // Incidents: linked to a selected area or benchmark, not after the round.
    let mut incidents: Vec<&Incident> = s
        .incidents
        .iter()
        .filter(|i| {
            linked(
                &i.concern_area_ids,
                &i.benchmark_ids,
                &area_ids,
                &benchmark_ids,
            )
        })
        .filter(|i| i.occurred_on.earliest() <= round_end)
        .filter(|i| !filter.excluded(Kind::Incident, &i.id))
        .filter(|i| {
            filter.keep(
                Kind::Incident,
                &i.id,
                i.sensitivity,
                &i.source_ids,
                &mut withheld,
            )
        })
        .collect();
    incidents
        .sort_by(|a, b| (a.occurred_on, &a.title, &a.id).cmp(&(b.occurred_on, &b.title, &b.id)));
    let recent = |i: &Incident| since.is_none_or(|d| i.occurred_on.latest() >= d);

    let mut commitments: Vec<&Commitment> = s
        .commitments
        .iter()
        .filter(|c| {
            linked(
                &c.concern_area_ids,
                &c.benchmark_ids,
                &area_ids,
                &benchmark_ids,
            )
        })
        .filter(|c| !filter.excluded(Kind::Commitment, &c.id))
        .filter(|c| {
            filter.keep(
                Kind::Commitment,
                &c.id,
                Sensitivity::Public,
                &c.source_ids,
                &mut withheld,
            )
        })
        .collect();
    commitments.sort_by(|a, b| (a.made_on, &a.title, &a.id).cmp(&(b.made_on, &b.title, &b.id)));

    let mut assessments_by_benchmark: HashMap<&str, Vec<&Assessment>> = HashMap::new();
    // The newest assessment of each benchmark that this audience may not see.
    let mut newest_withheld: HashMap<&str, Date> = HashMap::new();
    for a in &s.assessments {
        if !benchmark_ids.contains(a.benchmark_id.as_str()) || a.assessed_on > round_end {
            continue;
        }
        if filter.keep(
            Kind::Assessment,
            &a.id,
            Sensitivity::Public,
            &a.source_ids,
            &mut withheld,
        ) {
            assessments_by_benchmark
                .entry(a.benchmark_id.as_str())
                .or_default()
                .push(a);
        } else {
            let newest = newest_withheld
                .entry(a.benchmark_id.as_str())
                .or_insert(a.assessed_on);
            *newest = (*newest).max(a.assessed_on);
        }
    }
    for list in assessments_by_benchmark.values_mut() {
        list.sort_by(|a, b| (a.assessed_on, &a.id).cmp(&(b.assessed_on, &b.id)));
    }

    // Citations are numbered in the order the PDF shows them: section by section
    // (background, benchmarks, commitments, recent incidents), then the annexes.
    let mut notes = Notes::new(&filter);
    let round_notes = notes.cite(&round.source_ids);
    // The rounds so far, and what the earlier ones produced (the changes part, right
    // after the summary, cites the last one's statement).
    let mut series: Vec<&Round> = s
        .rounds
        .iter()
        .filter(|r| r.negotiation_id == round.negotiation_id)
        .filter(|r| {
            r.id == round.id
                || (r.status != RoundStatus::Cancelled && r.starts_on < round.starts_on)
        })
        .collect();
    series.sort_by(|a, b| (a.starts_on, &a.id).cmp(&(b.starts_on, &b.id)));
    let outcomes: Vec<OutcomeItem> = series
        .iter()
        .filter(|r| r.id != round.id)
        .filter_map(|r| {
            let o = s.round_outcomes.iter().find(|o| o.round_id == r.id)?;
            Some(outcome_item(
                s,
                r,
                o,
                &filter,
                &mut notes,
                &mut withheld,
                language,
            ))
        })
        .collect();
    let mut sections = Vec::new();
    for area in &areas {
        let area_notes = notes.cite(&area.source_ids);
        let benchmarks: Vec<BenchmarkItem> = selected_benchmarks
            .iter()
            .filter(|b| b.concern_area_id == area.id)
            .map(|b| {
                let mut item = benchmark_item(
                    b,
                    assessments_by_benchmark.get(b.id.as_str()),
                    since,
                    &mut notes,
                    language,
                );
                item.newer_withheld = newest_withheld
                    .get(b.id.as_str())
                    .is_some_and(|w| item.current.as_ref().is_none_or(|c| *w > c.assessed_on));
                item
            })
            .collect();
        let own_benchmarks: HashSet<&str> = selected_benchmarks
            .iter()
            .filter(|b| b.concern_area_id == area.id)
            .map(|b| b.id.as_str())
            .collect();
        let in_area = |areas_of: &[String], benchmarks_of: &[String]| {
            areas_of.contains(&area.id)
                || benchmarks_of
                    .iter()
                    .any(|b| own_benchmarks.contains(b.as_str()))
        };
        let area_commitments: Vec<usize> = commitments
            .iter()
            .enumerate()
            .filter(|(_, c)| in_area(&c.concern_area_ids, &c.benchmark_ids))
            .map(|(i, _)| i)
            .collect();
        for &i in &area_commitments {
            notes.cite(&commitments[i].source_ids);
        }
        let (mut since_ix, mut earlier_ix) = (Vec::new(), Vec::new());
        for (i, inc) in incidents.iter().enumerate() {
            if in_area(&inc.concern_area_ids, &inc.benchmark_ids) {
                if recent(inc) {
                    notes.cite(&inc.source_ids);
                    since_ix.push(i);
                } else {
                    earlier_ix.push(i);
                }
            }
        }
        let mut texts = InLanguage::new(*area, language);
        sections.push(AreaSection {
            id: area.id.clone(),
            title: texts.title(&area.title),
            summary: texts.text("summary"),
            notes: area_notes,
            benchmarks,
            commitments: area_commitments,
            incidents_since: since_ix,
            incidents_earlier: earlier_ix,
            illustrative: texts.illustrative(&area.illustrative),
            untranslated: texts.untranslated(),
            asks: Vec::new(),
        });
        let section = sections.last_mut().expect("just pushed");
        section.asks = asks_for(
            s,
            area,
            &section.title,
            round,
            &filter,
            &benchmark_ids,
            language,
        );
    }
    let area_titles: HashMap<&str, &str> = sections
        .iter()
        .map(|a| (a.id.as_str(), a.title.as_str()))
        .collect();
    let benchmark_area: HashMap<&str, &str> = selected_benchmarks
        .iter()
        .map(|b| (b.id.as_str(), b.concern_area_id.as_str()))
        .collect();
    // The cases part comes after the areas' sections and before the annexes.
    let case_items = super::cases::case_items(
        s,
        &super::cases::Scope {
            filter: &filter,
            areas: &area_ids,
            benchmarks: &benchmark_ids,
            area_titles: &area_titles,
            benchmark_area: &benchmark_area,
            sections: &sections,
            since,
            round_end,
            language,
        },
        &mut notes,
        &mut withheld,
    );
    let incident_items: Vec<IncidentItem> = incidents
        .iter()
        .map(|i| {
            let mut titles: Vec<String> = Vec::new();
            let areas_of = i.concern_area_ids.iter().map(String::as_str).chain(
                i.benchmark_ids
                    .iter()
                    .filter_map(|b| benchmark_area.get(b.as_str()).copied()),
            );
            for a in areas_of {
                if let Some(t) = area_titles.get(a) {
                    if !titles.iter().any(|x| x == t) {
                        titles.push(t.to_string());
                    }
                }
            }
            let mut texts = InLanguage::new(*i, language);
            IncidentItem {
                id: i.id.clone(),
                title: texts.title(&i.title),
                occurred_on: i.occurred_on,
                location: texts.text("location"),
                summary: texts.text("summary"),
                people: i.people.clone(),
                verification: i.verification,
                restricted: i.sensitivity.is_restricted(),
                recent: recent(i),
                areas: titles,
                notes: notes.cite(&i.source_ids),
                illustrative: texts.illustrative(&i.illustrative),
                untranslated: texts.untranslated(),
            }
        })
        .collect();
    let commitment_items: Vec<CommitmentItem> = commitments
        .iter()
        .map(|c| {
            let mut texts = InLanguage::new(*c, language);
            CommitmentItem {
                id: c.id.clone(),
                title: texts.title(&c.title),
                made_by: texts.text("made_by"),
                made_on: c.made_on,
                instrument: texts.text("instrument"),
                kind: c.kind,
                quote: c.quote.clone(),
                quote_language: c.quote_language.clone(),
                summary: texts.text("summary"),
                benchmark_ids: c
                    .benchmark_ids
                    .iter()
                    .filter(|b| benchmark_ids.contains(b.as_str()))
                    .cloned()
                    .collect(),
                notes: notes.cite(&c.source_ids),
                illustrative: texts.illustrative(&c.illustrative),
                untranslated: texts.untranslated(),
            }
        })
        .collect();

    let mut top_asks: Vec<AskItem> = sections
        .iter()
        .flat_map(|a| a.asks.iter().filter(|k| k.this_round).cloned())
        .collect();
    top_asks.extend(
        sections
            .iter()
            .filter_map(|a| a.asks.iter().find(|k| !k.this_round).cloned()),
    );

    let sources = notes.into_sources(s, &mut withheld);
    let mut pack = Pack {
        selection: sel.clone(),
        negotiation: {
            let mut texts = InLanguage::new(negotiation, language);
            NegotiationInfo {
                id: negotiation.id.clone(),
                title: texts.title(&negotiation.title),
                parties: negotiation.parties.clone(),
                illustrative: texts.illustrative(&negotiation.illustrative),
                untranslated: texts.untranslated(),
            }
        },
        round: RoundInfo {
            notes: round_notes,
            ..round_info(round, language)
        },
        previous_round: previous.map(|r| round_info(r, language)),
        audience: sel.audience,
        since,
        organisation: organisation.to_string(),
        areas: sections,
        top_asks,
        incidents: incident_items,
        commitments: commitment_items,
        sources,
        withheld: withheld.len(),
        library_illustrative: library_illustrative
            .map(|note| crate::exchange::demo::library_note_in(note, sel.language)),
        language: sel.language,
        cases: case_items,
        names_withheld: Vec::new(),
        changes: None,
        series: series.iter().map(|r| round_info(r, language)).collect(),
        outcomes,
    };
    if filter.external {
        super::anonymity::withhold_names(&mut pack, &s.cases, false);
    }
    // Compared as both packs print their texts (the earlier one's names already
    // withheld); the changes' own texts — some in the earlier pack's words — then pass
    // the same check.
    if let Some(e) = earlier {
        pack.changes = Some(super::compare(e, &pack));
        if filter.external {
            super::anonymity::withhold_names(&mut pack, &s.cases, true);
        }
    }
    Ok(pack)
}

/// What round `r` produced (`o`), as far as the audience may see it: an external pack
/// leaves out a statement resting only on restricted sources, a restricted debrief, and
/// every restricted ask result (or one resting only on restricted sources, or about an
/// ask it does not show).
fn outcome_item(
    s: &Snapshot,
    r: &Round,
    o: &RoundOutcome,
    filter: &Filter<'_>,
    notes: &mut Notes<'_, '_>,
    withheld: &mut BTreeSet<(Kind, String)>,
    language: &str,
) -> OutcomeItem {
    let statement = filter.keep(
        Kind::RoundOutcome,
        &o.id,
        Sensitivity::Public,
        &o.source_ids,
        withheld,
    );
    let mut texts = InLanguage::new(o, language);
    let debrief = if filter.external && o.debrief_sensitivity.is_restricted() {
        None
    } else {
        texts.text("debrief")
    };
    let mut asks: Vec<AskResultItem> = s
        .ask_results
        .iter()
        .filter(|a| a.outcome_id == o.id)
        .filter(|a| !(filter.external && filter.asks_of_hidden_cases.contains(a.ask_id.as_str())))
        .filter(|a| {
            filter.keep(
                Kind::AskResult,
                &a.id,
                a.sensitivity,
                &a.source_ids,
                withheld,
            )
        })
        .filter_map(|a| {
            let ask = s.asks.iter().find(|x| x.id == a.ask_id)?;
            let mut ask_text = InLanguage::new(ask, language);
            let mut evidence = InLanguage::new(a, language);
            Some(AskResultItem {
                ask_id: a.ask_id.clone(),
                text: ask_text.text("text").unwrap_or_else(|| ask.text.clone()),
                result: a.result,
                evidence: evidence.text("evidence"),
                notes: notes.cite(&a.source_ids),
                restricted: a.sensitivity.is_restricted(),
                id: a.id.clone(),
                text_untranslated: ask_text.untranslated(),
                untranslated: evidence.untranslated(),
            })
        })
        .collect();
    // Raised first, then in part, not raised, not known; each in the asks' order.
    let rank = |r: AskRaised| match r {
        AskRaised::Raised => 0,
        AskRaised::PartlyRaised => 1,
        AskRaised::NotRaised => 2,
        AskRaised::Unknown => 3,
    };
    let position = |id: &str| s.asks.iter().find(|a| a.id == id).and_then(|a| a.position);
    asks.sort_by(|a, b| {
        (rank(a.result), position(&a.ask_id), &a.ask_id).cmp(&(
            rank(b.result),
            position(&b.ask_id),
            &b.ask_id,
        ))
    });
    let mut commitments: Vec<&Commitment> = s
        .commitments
        .iter()
        .filter(|c| c.round_id.as_deref() == Some(r.id.as_str()))
        .filter(|c| {
            filter.keep(
                Kind::Commitment,
                &c.id,
                Sensitivity::Public,
                &c.source_ids,
                withheld,
            )
        })
        .collect();
    commitments.sort_by(|a, b| (a.made_on, &a.title, &a.id).cmp(&(b.made_on, &b.title, &b.id)));
    OutcomeItem {
        id: o.id.clone(),
        round_id: r.id.clone(),
        round_title: InLanguage::new(r, language).title(&r.title),
        statement_on: o.statement_on.filter(|_| statement),
        statement_quote: o.statement_quote.clone().filter(|_| statement),
        statement_url: o.statement_url.clone().filter(|_| statement),
        notes: if statement {
            notes.cite(&o.source_ids)
        } else {
            Vec::new()
        },
        debrief_restricted: debrief.is_some() && o.debrief_sensitivity.is_restricted(),
        debrief,
        asks,
        commitments: commitments
            .iter()
            .map(|c| InLanguage::new(*c, language).title(&c.title))
            .collect(),
        illustrative: texts.illustrative(&o.illustrative),
        untranslated: texts.untranslated(),
    }
}

fn round_info(r: &Round, language: &str) -> RoundInfo {
    let mut texts = InLanguage::new(r, language);
    RoundInfo {
        id: r.id.clone(),
        title: texts.title(&r.title),
        starts_on: r.starts_on,
        ends_on: r.ends_on,
        location: texts.text("location"),
        status: r.status,
        notes: Vec::new(),
        illustrative: texts.illustrative(&r.illustrative),
        untranslated: texts.untranslated(),
    }
}

/// A record's texts in the pack's language, noting the fields printed in the record's
/// own language for want of a translation.
pub(super) struct InLanguage<'r, T> {
    record: &'r T,
    language: &'r str,
    untranslated: Vec<String>,
}

impl<'r, T: Translatable> InLanguage<'r, T> {
    pub(super) fn new(record: &'r T, language: &'r str) -> Self {
        InLanguage {
            record,
            language,
            untranslated: Vec::new(),
        }
    }

    /// The text of an optional field (`None` when the record has none).
    pub(super) fn text(&mut self, field: &str) -> Option<String> {
        let l = self.record.text_in(field, self.language)?;
        if l.untranslated.is_some() {
            self.untranslated.push(field.to_string());
        }
        Some(l.text.to_string())
    }

    /// The note on what is illustrative, given the record's own: a record marked
    /// illustrative with nothing said (`Some("")`) stays marked.
    pub(super) fn illustrative(&mut self, original: &Option<String>) -> Option<String> {
        original.as_ref()?;
        Some(self.text("illustrative").unwrap_or_default())
    }

    /// The title (a required field: the original if it is blank).
    fn title(&mut self, original: &str) -> String {
        self.text("title").unwrap_or_else(|| original.to_string())
    }

    pub(super) fn untranslated(&mut self) -> Option<Untranslated> {
        (!self.untranslated.is_empty()).then(|| Untranslated {
            language: self.record.language().to_string(),
            fields: std::mem::take(&mut self.untranslated),
        })
    }
}

fn linked(
    areas_of: &[String],
    benchmarks_of: &[String],
    areas: &HashSet<&str>,
    benchmarks: &HashSet<&str>,
) -> bool {
    areas_of.iter().any(|a| areas.contains(a.as_str()))
        || benchmarks_of
            .iter()
            .any(|b| benchmarks.contains(b.as_str()))
}

fn by_position(position: Option<u32>, title: &str, id: &str) -> (bool, u32, String, String) {
    (
        position.is_none(),
        position.unwrap_or(0),
        title.to_string(),
        id.to_string(),
    )
}

fn select_areas<'s>(
    s: &'s Snapshot,
    sel: &Selection,
    round: &Round,
) -> Result<Vec<&'s ConcernArea>, PackError> {
    let mut areas: Vec<&ConcernArea> = if sel.concern_area_ids.is_empty() {
        s.concern_areas
            .iter()
            .filter(|a| a.negotiation_id.as_deref() == Some(round.negotiation_id.as_str()))
            .collect()
    } else {
        let mut chosen = Vec::new();
        for id in &sel.concern_area_ids {
            let area = s
                .concern_areas
                .iter()
                .find(|a| &a.id == id)
                .ok_or_else(|| PackError::UnknownArea(id.clone()))?;
            if area
                .negotiation_id
                .as_ref()
                .is_some_and(|n| *n != round.negotiation_id)
            {
                return Err(PackError::AreaOfOtherNegotiation {
                    area: id.clone(),
                    round: round.id.clone(),
                });
            }
            if !chosen.iter().any(|a: &&ConcernArea| a.id == area.id) {
                chosen.push(area);
            }
        }
        chosen
    };
    if areas.is_empty() {
        return Err(PackError::NoAreas(round.id.clone()));
    }
    areas.sort_by_key(|a| by_position(a.position, &a.title, &a.id));
    Ok(areas)
}

fn select_benchmarks<'s>(
    s: &'s Snapshot,
    sel: &Selection,
    areas: &[&ConcernArea],
) -> Result<Vec<&'s Benchmark>, PackError> {
    let area_ids: HashSet<&str> = areas.iter().map(|a| a.id.as_str()).collect();
    let mut chosen: Vec<&Benchmark> = if sel.benchmark_ids.is_empty() {
        s.benchmarks
            .iter()
            .filter(|b| area_ids.contains(b.concern_area_id.as_str()))
            .collect()
    } else {
        let mut chosen: Vec<&Benchmark> = Vec::new();
        for id in &sel.benchmark_ids {
            let b = s
                .benchmarks
                .iter()
                .find(|b| &b.id == id)
                .ok_or_else(|| PackError::UnknownBenchmark(id.clone()))?;
            if !area_ids.contains(b.concern_area_id.as_str()) {
                return Err(PackError::BenchmarkOutsideAreas {
                    benchmark: id.clone(),
                    area: b.concern_area_id.clone(),
                });
            }
            if !chosen.iter().any(|c| c.id == b.id) {
                chosen.push(b);
            }
        }
        chosen
    };
    chosen.sort_by_key(|b| by_position(b.position, &b.title, &b.id));
    Ok(chosen)
}

fn benchmark_item(
    b: &Benchmark,
    assessments: Option<&Vec<&Assessment>>,
    since: Option<Date>,
    notes: &mut Notes,
    language: &str,
) -> BenchmarkItem {
    let mut texts = InLanguage::new(b, language);
    let history: &[&Assessment] = assessments.map(Vec::as_slice).unwrap_or(&[]);
    let bm_notes = notes.cite(&b.source_ids);
    let mut item = |a: &Assessment| {
        let mut texts = InLanguage::new(a, language);
        AssessmentItem {
            assessed_on: a.assessed_on,
            status: a.status,
            evidence: texts.text("evidence"),
            notes: notes.cite(&a.source_ids),
            illustrative: texts.illustrative(&a.illustrative),
            untranslated: texts.untranslated(),
        }
    };
    // The current assessment is cited first, then the rest of the history.
    let current = history.last().map(|a| item(a));
    let trend: Vec<AssessmentItem> = history
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if i + 1 == history.len() {
                current.clone().expect("last exists")
            } else {
                item(a)
            }
        })
        .collect();
    // The status at the previous round; for a benchmark first assessed after it and
    // assessed again since, its first assessment in the period — so a trend of
    // "Regressed → Regressed" reads "Unchanged", not "No earlier assessment".
    let previous = since.and_then(|d| {
        let i = match history.iter().rposition(|a| a.assessed_on <= d) {
            Some(i) => i,
            None if history.len() > 1 => 0,
            None => return None,
        };
        Some(trend[i].clone())
    });
    let change = match (&current, &previous) {
        (None, _) => Change::NotAssessed,
        (Some(_), None) => Change::New,
        (Some(c), Some(p)) => match c.status.rank().cmp(&p.status.rank()) {
            std::cmp::Ordering::Greater => Change::Improved,
            std::cmp::Ordering::Less => Change::Worsened,
            std::cmp::Ordering::Equal => Change::Unchanged,
        },
    };
    BenchmarkItem {
        id: b.id.clone(),
        title: texts.title(&b.title),
        measure: texts.text("measure"),
        target_date: b.target_date,
        current,
        previous,
        change,
        trend,
        notes: bm_notes,
        newer_withheld: false,
        illustrative: texts.illustrative(&b.illustrative),
        untranslated: texts.untranslated(),
    }
}

fn asks_for(
    s: &Snapshot,
    area: &ConcernArea,
    area_title: &str,
    round: &Round,
    filter: &Filter,
    selected_benchmarks: &HashSet<&str>,
    language: &str,
) -> Vec<AskItem> {
    let mut asks: Vec<&Ask> = s
        .asks
        .iter()
        .filter(|a| a.concern_area_id == area.id)
        .filter(|a| a.round_id.as_ref().is_none_or(|r| *r == round.id))
        .filter(|a| !filter.excluded(Kind::Ask, &a.id))
        .filter(|a| !filter.asks_of_hidden_cases.contains(a.id.as_str()))
        .collect();
    asks.sort_by_key(|a| {
        (
            a.round_id.is_none(),
            a.position.is_none(),
            a.position.unwrap_or(0),
            a.id.clone(),
        )
    });
    asks.into_iter()
        .map(|a| {
            let mut texts = InLanguage::new(a, language);
            AskItem {
                id: a.id.clone(),
                text: texts.text("text").unwrap_or_else(|| a.text.clone()),
                this_round: a.round_id.is_some(),
                area_title: area_title.to_string(),
                benchmark_ids: a
                    .benchmark_ids
                    .iter()
                    .filter(|b| selected_benchmarks.contains(b.as_str()))
                    .cloned()
                    .collect(),
                illustrative: texts.illustrative(&a.illustrative),
                untranslated: texts.untranslated(),
            }
        })
        .collect()
}

/// What the audience may see, and what the user left out.
pub(super) struct Filter<'s> {
    pub(super) external: bool,
    restricted_sources: HashSet<&'s str>,
    excluded: HashSet<ItemRef>,
    /// Asks about cases this audience may not see, and about no other case.
    asks_of_hidden_cases: HashSet<&'s str>,
}

impl<'s> Filter<'s> {
    fn new(s: &'s Snapshot, sel: &Selection) -> Filter<'s> {
        Filter {
            external: sel.audience == Audience::External,
            restricted_sources: s
                .sources
                .iter()
                .filter(|x| x.sensitivity.is_restricted())
                .map(|x| x.id.as_str())
                .collect(),
            excluded: sel.excluded.iter().cloned().collect(),
            asks_of_hidden_cases: HashSet::new(),
        }
    }

    /// Whether a case may appear in a pack for this audience (its sources aside): an
    /// external pack never shows a restricted case or one whose consent is `internal`.
    pub(super) fn case_allowed(&self, c: &Case) -> bool {
        !(self.external && (c.sensitivity.is_restricted() || c.consent == Consent::Internal))
    }

    pub(super) fn excluded(&self, kind: Kind, id: &str) -> bool {
        self.excluded.contains(&ItemRef {
            kind,
            id: id.to_string(),
        })
    }

    fn source_visible(&self, id: &str) -> bool {
        !(self.external && self.restricted_sources.contains(id))
    }

    /// Whether a record may appear; records kept out for the audience are counted.
    pub(super) fn keep(
        &self,
        kind: Kind,
        id: &str,
        sensitivity: Sensitivity,
        sources: &[String],
        withheld: &mut BTreeSet<(Kind, String)>,
    ) -> bool {
        if !self.external {
            return true;
        }
        let only_restricted =
            !sources.is_empty() && sources.iter().all(|s| !self.source_visible(s));
        if sensitivity.is_restricted() || only_restricted {
            withheld.insert((kind, id.to_string()));
            return false;
        }
        true
    }
}

/// Note numbers, given in order of first citation.
pub(super) struct Notes<'f, 's> {
    filter: &'f Filter<'s>,
    numbers: HashMap<String, u32>,
    order: Vec<String>,
    /// Restricted sources that were cited but left out.
    hidden: BTreeSet<String>,
}

impl<'f, 's> Notes<'f, 's> {
    pub(super) fn new(filter: &'f Filter<'s>) -> Self {
        Notes {
            filter,
            numbers: HashMap::new(),
            order: Vec::new(),
            hidden: BTreeSet::new(),
        }
    }

    /// The note numbers of these sources (restricted ones left out for external packs).
    pub(super) fn cite(&mut self, source_ids: &[String]) -> Vec<u32> {
        let mut out = Vec::new();
        for id in source_ids {
            if !self.filter.source_visible(id) {
                self.hidden.insert(id.clone());
                continue;
            }
            let next = self.order.len() as u32 + 1;
            let n = *self.numbers.entry(id.clone()).or_insert_with(|| {
                self.order.push(id.clone());
                next
            });
            out.push(n);
        }
        out
    }

    fn into_sources(
        self,
        s: &Snapshot,
        withheld: &mut BTreeSet<(Kind, String)>,
    ) -> Vec<SourceItem> {
        let by_id: HashMap<&str, &Source> = s.sources.iter().map(|x| (x.id.as_str(), x)).collect();
        withheld.extend(self.hidden.iter().map(|id| (Kind::Source, id.clone())));
        self.order
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let src = by_id.get(id.as_str())?;
                Some(SourceItem {
                    number: i as u32 + 1,
                    id: src.id.clone(),
                    title: src.title.clone(),
                    publisher: src.publisher.clone(),
                    published_on: src.published_on,
                    url: src.url.clone(),
                    accessed_on: src.accessed_on,
                    kind: src.kind,
                    restricted: src.sensitivity.is_restricted(),
                    illustrative: src.illustrative.clone(),
                })
            })
            .collect()
    }
}

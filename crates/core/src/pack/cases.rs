//! The individual cases of a pack: the people linked to its areas or benchmarks, each with
//! its status now, at the previous round, and its timeline up to the round.
//!
//! External packs never show a restricted case, a case whose consent is `internal`, or a
//! case (or timeline entry) that rests only on restricted sources; an `anonymised` case
//! appears without its name or organisation (`anonymity` keeps its names out of every
//! other text of the pack).

use std::collections::{BTreeSet, HashMap, HashSet};

use super::assemble::{Filter, InLanguage, Notes};
use super::content::*;
use crate::dates::Date;
use crate::model::*;

/// What of the pack the cases are chosen by and linked to.
pub(super) struct Scope<'a, 's> {
    pub filter: &'a Filter<'s>,
    pub areas: &'a HashSet<&'a str>,
    pub benchmarks: &'a HashSet<&'a str>,
    pub area_titles: &'a HashMap<&'a str, &'a str>,
    pub benchmark_area: &'a HashMap<&'a str, &'a str>,
    pub sections: &'a [AreaSection],
    pub since: Option<Date>,
    pub round_end: Date,
    pub language: &'a str,
}

/// The cases of the pack, in name order, their sources cited in the order the part
/// prints them.
pub(super) fn case_items(
    s: &Snapshot,
    scope: &Scope,
    notes: &mut Notes,
    withheld: &mut BTreeSet<(Kind, String)>,
) -> Vec<CaseItem> {
    let filter = scope.filter;
    let mut cases: Vec<&Case> = s
        .cases
        .iter()
        .filter(|c| {
            c.concern_area_ids
                .iter()
                .any(|a| scope.areas.contains(a.as_str()))
                || c.benchmark_ids
                    .iter()
                    .any(|b| scope.benchmarks.contains(b.as_str()))
        })
        .filter(|c| !filter.excluded(Kind::Case, &c.id))
        .filter(|c| {
            if filter.case_allowed(c) {
                filter.keep(Kind::Case, &c.id, c.sensitivity, &c.source_ids, withheld)
            } else {
                withheld.insert((Kind::Case, c.id.clone()));
                false
            }
        })
        .collect();
    let shown: HashSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    let mut entries: HashMap<&str, Vec<&CaseEntry>> = HashMap::new();
    for e in &s.case_entries {
        if !shown.contains(e.case_id.as_str()) || e.date.earliest() > scope.round_end {
            continue;
        }
        if filter.keep(
            Kind::CaseEntry,
            &e.id,
            Sensitivity::Public,
            &e.source_ids,
            withheld,
        ) {
            entries.entry(e.case_id.as_str()).or_default().push(e);
        }
    }
    for list in entries.values_mut() {
        list.sort_by(|a, b| by_date(a).cmp(&by_date(b)));
    }
    // Named cases by name; then the anonymised ones, by when their story begins — never
    // by name, which would tell where the name falls in the alphabet.
    let anonymised = |c: &Case| filter.external && c.consent == Consent::Anonymised;
    let first_date = |c: &Case| {
        entries
            .get(c.id.as_str())
            .and_then(|l| l.first())
            .map(|e| e.date.earliest())
    };
    cases.sort_by(|a, b| {
        let key = |c: &&Case| {
            let anon = anonymised(c);
            (
                anon,
                if anon { None } else { Some(c.name.clone()) },
                first_date(c),
                c.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    let asks: HashMap<&str, &AskItem> = scope
        .sections
        .iter()
        .flat_map(|a| a.asks.iter())
        .map(|a| (a.id.as_str(), a))
        .collect();

    cases
        .into_iter()
        .map(|c| {
            let anonymised = anonymised(c);
            let mut texts = InLanguage::new(c, scope.language);
            let case_notes = notes.cite(&c.source_ids);
            let timeline: Vec<CaseEntryItem> = entries
                .get(c.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[])
                .iter()
                .map(|e| {
                    let mut texts = InLanguage::new(*e, scope.language);
                    CaseEntryItem {
                        id: e.id.clone(),
                        date: e.date,
                        status: e.status,
                        note: texts.text("note"),
                        notes: notes.cite(&e.source_ids),
                        illustrative: texts.illustrative(&e.illustrative),
                        untranslated: texts.untranslated(),
                    }
                })
                .collect();
            let (current, previous, change) = status_change(&timeline, scope.since);
            let mut areas: Vec<String> = Vec::new();
            let areas_of = c.concern_area_ids.iter().map(String::as_str).chain(
                c.benchmark_ids
                    .iter()
                    .filter_map(|b| scope.benchmark_area.get(b.as_str()).copied()),
            );
            for a in areas_of {
                if let Some(t) = scope.area_titles.get(a) {
                    if !areas.iter().any(|x| x == t) {
                        areas.push(t.to_string());
                    }
                }
            }
            CaseItem {
                id: c.id.clone(),
                name: (!anonymised).then(|| c.name.clone()),
                role: texts.text("role"),
                organisation: texts.text("organisation").filter(|_| !anonymised),
                summary: texts.text("summary"),
                consent: c.consent,
                current,
                previous,
                change,
                timeline,
                asks: c
                    .ask_ids
                    .iter()
                    .filter_map(|id| asks.get(id.as_str()).map(|a| (*a).clone()))
                    .collect(),
                areas,
                notes: case_notes,
                restricted: c.sensitivity.is_restricted(),
                illustrative: texts.illustrative(&c.illustrative),
                untranslated: texts.untranslated(),
            }
        })
        .collect()
}

/// Timeline order: by the first day a date can mean, then the last, then the id — so
/// "2012-01" comes before "2012-01-15", and equal dates keep one order.
fn by_date(e: &CaseEntry) -> (Date, Date, &str) {
    (e.date.earliest(), e.date.latest(), e.id.as_str())
}

/// The status now (the last entry), at the previous round (the last entry that may have
/// begun on or before "since": "January 2012" counts for a round on 24 January) and how
/// it moved.
fn status_change(
    timeline: &[CaseEntryItem],
    since: Option<Date>,
) -> (Option<CaseEntryItem>, Option<CaseEntryItem>, CaseChange) {
    let Some(current) = timeline.last().cloned() else {
        return (None, None, CaseChange::NoStatus);
    };
    let previous = match since {
        Some(d) => timeline
            .iter()
            .rev()
            .find(|e| e.date.earliest() <= d)
            .cloned(),
        None => None,
    };
    let change = match &previous {
        None => CaseChange::New,
        Some(p) if p.status == current.status => CaseChange::Unchanged,
        Some(_) => CaseChange::Changed,
    };
    (Some(current), previous, change)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, date: &str, status: CaseStatus) -> CaseEntryItem {
        CaseEntryItem {
            id: id.into(),
            date: date.parse().unwrap(),
            status,
            note: None,
            notes: Vec::new(),
            illustrative: None,
            untranslated: None,
        }
    }

    #[test]
    fn the_status_at_the_previous_round_is_the_last_entry_begun_by_then() {
        let timeline = vec![
            entry("a", "2012-01", CaseStatus::Detained),
            entry("b", "2012-03-15", CaseStatus::Released),
        ];
        let since = |d: &str| Some(d.parse::<Date>().unwrap());
        let (now, before, change) = status_change(&timeline, since("2012-02-01"));
        assert_eq!(now.unwrap().status, CaseStatus::Released);
        assert_eq!(before.unwrap().status, CaseStatus::Detained);
        assert_eq!(change, CaseChange::Changed);
        // A month that had begun by the day counts.
        let (_, before, _) = status_change(&timeline, since("2012-01-20"));
        assert_eq!(before.unwrap().status, CaseStatus::Detained);
        let (_, before, change) = status_change(&timeline, since("2011-12-31"));
        assert!(before.is_none());
        assert_eq!(change, CaseChange::New);
        let (_, _, change) = status_change(&timeline, since("2012-04-01"));
        assert_eq!(change, CaseChange::Unchanged);
        assert_eq!(status_change(&[], None).2, CaseChange::NoStatus);
    }
}

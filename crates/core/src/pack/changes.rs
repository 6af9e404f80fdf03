//! "Changes since our last briefing": what differs between an earlier frozen pack and a
//! new one. Both are frozen packs, already filtered for their audience, so the comparison
//! is exact, deterministic, and shows nothing the new pack's audience may not see; gone
//! items are listed in internal packs only (an external pack says what is new, not what
//! the team dropped).

use std::collections::HashMap;

use super::content::*;
use super::Audience;
use crate::dates::Date;

/// The earlier pack a new one is compared with.
#[derive(Debug, Clone, Copy)]
pub struct Earlier<'p> {
    /// Its record's id.
    pub id: &'p str,
    /// The day it was made.
    pub made_on: Date,
    pub pack: &'p Pack,
}

/// What changed from `earlier` to `later`.
pub fn compare(earlier: Earlier<'_>, later: &Pack) -> ChangesSince {
    let internal = later.audience == Audience::Internal;
    let before = earlier.pack;
    ChangesSince {
        pack_id: earlier.id.to_string(),
        made_on: earlier.made_on,
        round_title: before.round.title.clone(),
        incidents: items(
            &before.incidents,
            &later.incidents,
            internal,
            |i| &i.id,
            |i| (i.title.clone(), Some(i.occurred_on)),
            incident_fields,
        ),
        commitments: items(
            &before.commitments,
            &later.commitments,
            internal,
            |c| &c.id,
            |c| (c.title.clone(), Some(c.made_on)),
            commitment_fields,
        ),
        benchmarks: benchmarks(before, later),
        asks: items(
            &asks(before),
            &asks(later),
            internal,
            |a| &a.id,
            |a| (a.text.clone(), None),
            |a, b| {
                if a.text != b.text {
                    vec!["text".to_string()]
                } else {
                    Vec::new()
                }
            },
        ),
        cases: cases(before, later),
    }
}

/// Added, updated (with the fields that differ) and — `internal` only — removed items,
/// each list in its pack's order. An updated ask keeps its earlier wording in `was`.
fn items<T>(
    before: &[T],
    after: &[T],
    internal: bool,
    id: impl Fn(&T) -> &String,
    shown: impl Fn(&T) -> (String, Option<crate::dates::FuzzyDate>),
    differ: impl Fn(&T, &T) -> Vec<String>,
) -> ItemChanges {
    let old: HashMap<&String, &T> = before.iter().map(|t| (id(t), t)).collect();
    let new: HashMap<&String, &T> = after.iter().map(|t| (id(t), t)).collect();
    let item = |t: &T| {
        let (title, date) = shown(t);
        ChangedItem {
            id: id(t).clone(),
            title,
            date,
            was: None,
            fields: Vec::new(),
        }
    };
    let mut changes = ItemChanges {
        added: Vec::new(),
        updated: Vec::new(),
        removed: Vec::new(),
    };
    for t in after {
        match old.get(id(t)) {
            None => changes.added.push(item(t)),
            Some(o) => {
                let fields = differ(o, t);
                if !fields.is_empty() {
                    let was = shown(o).0;
                    let now = item(t);
                    changes.updated.push(ChangedItem {
                        was: (was != now.title).then_some(was),
                        fields,
                        ..now
                    });
                }
            }
        }
    }
    if internal {
        changes.removed = before
            .iter()
            .filter(|t| !new.contains_key(id(t)))
            .map(item)
            .collect();
    }
    changes
}

/// The fields of two versions of an incident that differ (note numbers and the pack's own
/// grouping aside).
fn incident_fields(a: &IncidentItem, b: &IncidentItem) -> Vec<String> {
    let mut f = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            f.push(name.to_string());
        }
    };
    check("title", a.title == b.title);
    check("occurred_on", a.occurred_on == b.occurred_on);
    check("location", a.location == b.location);
    check("summary", a.summary == b.summary);
    check("people", a.people == b.people);
    check("verification", a.verification == b.verification);
    f
}

fn commitment_fields(a: &CommitmentItem, b: &CommitmentItem) -> Vec<String> {
    let mut f = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            f.push(name.to_string());
        }
    };
    check("title", a.title == b.title);
    check("made_by", a.made_by == b.made_by);
    check("made_on", a.made_on == b.made_on);
    check("instrument", a.instrument == b.instrument);
    check("kind", a.kind == b.kind);
    check("quote", a.quote == b.quote);
    check("summary", a.summary == b.summary);
    f
}

/// Every ask a pack prints, once, in the order it first prints them.
fn asks(pack: &Pack) -> Vec<AskItem> {
    let mut seen = std::collections::HashSet::new();
    pack.top_asks
        .iter()
        .chain(pack.areas.iter().flat_map(|a| a.asks.iter()))
        .filter(|a| seen.insert(a.id.clone()))
        .cloned()
        .collect()
}

/// Benchmarks of both packs whose status differs, in the later pack's order.
fn benchmarks(before: &Pack, later: &Pack) -> Vec<StatusChange> {
    let status = |b: &BenchmarkItem| b.current.as_ref().map(|a| a.status);
    later
        .scorecard()
        .filter_map(|(_, b)| {
            let old = before.benchmark(&b.id)?;
            (status(old) != status(b)).then(|| StatusChange {
                id: b.id.clone(),
                title: b.title.clone(),
                was: status(old),
                now: status(b),
            })
        })
        .collect()
}

/// Cases whose current status differs from the earlier pack's, and cases it did not
/// raise, in the later pack's order.
fn cases(before: &Pack, later: &Pack) -> Vec<CaseStatusChange> {
    let status = |c: &CaseItem| c.current.as_ref().map(|e| e.status);
    later
        .cases
        .iter()
        .filter_map(|c| {
            let was = before.cases.iter().find(|o| o.id == c.id).map(status);
            let changed = match was {
                None => true,
                Some(was) => was != status(c),
            };
            changed.then(|| CaseStatusChange {
                id: c.id.clone(),
                name: c.name.clone(),
                was: was.flatten(),
                now: status(c),
            })
        })
        .collect()
}

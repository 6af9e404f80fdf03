//! The part "Changes since our last briefing": near the front, on as few pages as the
//! changes need — a lead naming the earlier pack, then one short list per kind of change.
//! A long list shows its first items and says how many more there are: the sections and
//! the annexes carry every item.

use roundbook_typeset::{Block, ParaStyle, Paragraph, Span};

use super::{
    case_status_label, in_original, muted, restricted_mark, status_label, untranslated_mark,
    with_notes,
};
use crate::i18n::Language;
use crate::model::AskRaised;
use crate::pack::content::*;
use crate::pack::typography;
use crate::t;

/// Items shown in one list before "… and N more".
const SHOWN: usize = 12;

pub(super) fn changes_part(pack: &Pack, body: &mut Vec<Block>) {
    let Some(changes) = &pack.changes else {
        return;
    };
    let lang = pack.language;
    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-changes"),
        anchor: Some("changes".into()),
        page_break_before: true,
        lang: None,
    });
    body.push(Block::Paragraph(Paragraph::text(
        ParaStyle::Lead,
        t!(
            lang,
            "changes-lead",
            date = changes.made_on.long_in(lang),
            round = &changes.round_title
        ),
    )));
    outcome(pack, body);
    if changes.is_empty() {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Body,
            t!(lang, "changes-none"),
        )));
        return;
    }

    if !changes.benchmarks.is_empty() {
        let items = changes
            .benchmarks
            .iter()
            .map(|b| {
                vec![
                    Span::plain(format!("{}: ", b.title)),
                    Span::bold(t!(
                        lang,
                        "changes-status",
                        was = assessment(lang, b.was),
                        now = assessment(lang, b.now)
                    )),
                ]
            })
            .collect();
        list(
            lang,
            t!(lang, "changes-benchmarks", count = changes.benchmarks.len()),
            items,
            body,
        );
    }
    if !changes.cases.is_empty() {
        let items = changes
            .cases
            .iter()
            .map(|c| {
                let name = c
                    .name
                    .clone()
                    .unwrap_or_else(|| t!(lang, "changes-case-anonymised"));
                let status = |s: Option<crate::model::CaseStatus>| match s {
                    Some(s) => case_status_label(lang, s).to_lowercase(),
                    None => t!(lang, "changes-no-status"),
                };
                let moved = match (c.was, c.now) {
                    (None, now) => t!(lang, "changes-case-new", now = status(now)),
                    (was, now) => t!(lang, "changes-status", was = status(was), now = status(now)),
                };
                vec![Span::plain(format!("{name}: ")), Span::bold(moved)]
            })
            .collect();
        list(
            lang,
            t!(lang, "changes-cases", count = changes.cases.len()),
            items,
            body,
        );
    }
    let (i, c, a) = (&changes.incidents, &changes.commitments, &changes.asks);
    let groups = [
        (
            &i.added,
            t!(lang, "changes-incidents-added", count = i.added.len()),
        ),
        (
            &i.updated,
            t!(lang, "changes-incidents-updated", count = i.updated.len()),
        ),
        (
            &i.removed,
            t!(lang, "changes-incidents-removed", count = i.removed.len()),
        ),
        (
            &c.added,
            t!(lang, "changes-commitments-added", count = c.added.len()),
        ),
        (
            &c.updated,
            t!(lang, "changes-commitments-updated", count = c.updated.len()),
        ),
        (
            &c.removed,
            t!(lang, "changes-commitments-removed", count = c.removed.len()),
        ),
        (
            &a.added,
            t!(lang, "changes-asks-added", count = a.added.len()),
        ),
        (
            &a.updated,
            t!(lang, "changes-asks-reworded", count = a.updated.len()),
        ),
        (
            &a.removed,
            t!(lang, "changes-asks-dropped", count = a.removed.len()),
        ),
    ];
    for (items, title) in groups {
        if !items.is_empty() {
            let lines = items.iter().map(|i| item(lang, i)).collect();
            list(lang, title, lines, body);
        }
    }
}

/// What the previous round produced, when its outcome was recorded: how many of our asks
/// the EU raised, its statement, the commitments made, and (where the audience may see
/// it) the debrief.
fn outcome(pack: &Pack, body: &mut Vec<Block>) {
    let lang = pack.language;
    let Some(previous) = &pack.previous_round else {
        return;
    };
    let Some(o) = pack.outcomes.iter().find(|o| o.round_id == previous.id) else {
        return;
    };
    body.push(Block::heading(
        3,
        t!(lang, "changes-outcome", round = &o.round_title),
    ));
    if !o.asks.is_empty() {
        let [raised, partly, not_raised, unknown] = o.tally();
        body.push(Block::Paragraph(Paragraph::new(
            ParaStyle::Body,
            vec![Span::bold(t!(
                lang,
                "outcome-tally",
                raised = raised,
                partly = partly,
                not_raised = not_raised,
                unknown = unknown,
                total = o.asks.len()
            ))],
        )));
        let items = o
            .asks
            .iter()
            .map(|a| {
                let result = match a.result {
                    AskRaised::Raised => t!(lang, "outcome-raised"),
                    AskRaised::PartlyRaised => t!(lang, "outcome-partly-raised"),
                    AskRaised::NotRaised => t!(lang, "outcome-not-raised"),
                    AskRaised::Unknown => t!(lang, "outcome-unknown"),
                };
                let mut spans = Vec::new();
                if a.restricted {
                    spans.push(restricted_mark(lang));
                }
                spans.push(Span::bold(format!("{result}: ")));
                spans.push(in_original(
                    Span::plain(a.text.clone()),
                    &a.text_untranslated,
                    "text",
                ));
                spans.extend(untranslated_mark(&a.text_untranslated, "text"));
                if let Some(e) = &a.evidence {
                    spans.push(muted(" — "));
                    spans.push(in_original(muted(e.clone()), &a.untranslated, "evidence"));
                    spans.extend(untranslated_mark(&a.untranslated, "evidence"));
                }
                with_notes(spans, &a.notes)
            })
            .collect();
        body.push(Block::List {
            items,
            numbered: false,
        });
    }
    if let Some(quote) = &o.statement_quote {
        let said = match o.statement_on {
            Some(d) => t!(lang, "outcome-statement-on", date = d.long_in(lang)),
            None => t!(lang, "outcome-statement"),
        };
        body.push(Block::Paragraph(Paragraph::text(ParaStyle::Label, said)));
        body.push(Block::Paragraph(Paragraph::new(
            ParaStyle::Quote,
            with_notes(
                vec![Span::plain(typography::quoted(
                    quote,
                    typography::marks(lang),
                ))],
                &o.notes,
            ),
        )));
    }
    if !o.commitments.is_empty() {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Label,
            t!(lang, "outcome-commitments", count = o.commitments.len()),
        )));
        body.push(Block::List {
            items: o
                .commitments
                .iter()
                .map(|c| vec![Span::plain(c.clone())])
                .collect(),
            numbered: false,
        });
    }
    if let Some(debrief) = &o.debrief {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Label,
            t!(lang, "outcome-debrief"),
        )));
        let mut spans = Vec::new();
        if o.debrief_restricted {
            spans.push(restricted_mark(lang));
        }
        spans.push(in_original(
            Span::plain(debrief.clone()),
            &o.untranslated,
            "debrief",
        ));
        spans.extend(untranslated_mark(&o.untranslated, "debrief"));
        body.push(Block::Paragraph(Paragraph::new(ParaStyle::Body, spans)));
    }
}

fn assessment(lang: Language, status: Option<crate::model::AssessmentStatus>) -> String {
    match status {
        Some(s) => status_label(lang, s).to_lowercase(),
        None => t!(lang, "status-not-assessed").to_lowercase(),
    }
}

/// One changed item: its date, its title, and what changed.
fn item(lang: Language, i: &ChangedItem) -> Vec<Span> {
    let mut spans = Vec::new();
    if let Some(d) = &i.date {
        spans.push(muted(format!("{}  ", d.long_in(lang))));
    }
    spans.push(Span::plain(i.title.clone()));
    if let Some(was) = &i.was {
        spans.push(muted(format!(
            " — {}",
            t!(lang, "changes-was", text = was.as_str())
        )));
    } else if !i.fields.is_empty() {
        let fields: Vec<String> = i
            .fields
            .iter()
            .map(|f| t!(lang, "changes-field", field = f.as_str()))
            .collect();
        spans.push(muted(format!(
            " — {}",
            t!(lang, "changes-what", fields = fields.join(", "))
        )));
    }
    spans
}

/// A minor heading and a bulleted list of at most `SHOWN` items, with how many more.
fn list(lang: Language, title: String, mut items: Vec<Vec<Span>>, body: &mut Vec<Block>) {
    body.push(Block::heading(3, title));
    let more = items.len().saturating_sub(SHOWN);
    items.truncate(SHOWN);
    body.push(Block::List {
        items,
        numbered: false,
    });
    if more > 0 {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Muted,
            t!(lang, "changes-more", count = more),
        )));
    }
}

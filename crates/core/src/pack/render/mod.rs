//! Rendering a pack: the frozen content becomes a typeset document (cover, contents,
//! summary scorecard, one section per concern area, annexes, numbered sources), then PDF
//! bytes. Pure: the same pack and options give the same bytes.

use roundbook_typeset as ts;
use roundbook_typeset::{
    Block, Cell, Column, ParaStyle, Paragraph, Row, Span, Table, TableStyle, Tone,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::content::*;
use super::typography;
use super::{Audience, PackError, Paper};
use crate::dates::{date_span_in, Date};
use crate::i18n::Language;
use crate::model::{AssessmentStatus, CaseStatus, Kind, Timestamp, Verification};
use crate::t;

mod changes;
pub mod charts;

/// How to render: the paper, and the values that make the output reproducible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RenderOptions {
    /// The layout version that rendered the pack (`RENDERER` when it was made; 1 for
    /// packs recorded before the version was kept).
    #[serde(default = "first_renderer")]
    pub renderer: u32,
    pub paper: Paper,
    /// When the pack was prepared: the cover's date and the PDF's creation date.
    pub created_at: Timestamp,
    /// The PDF's document identifier.
    pub document_id: String,
}

/// The version of the layout this program renders. It changes whenever the same frozen
/// pack would give other bytes (fonts, spacing, new parts), so that re-rendering an old
/// pack can say whether its bytes are the first export's.
///
/// 7: tagged PDF (structure tree, marked content, `/Lang` on untranslated passages)
/// and content streams written by the engine itself.
/// 8: streams compressed by zlib-rs instead of miniz_oxide (same content, other bytes).
/// 9: `/Lang` on the headings of untranslated titles.
/// 10: the PDF/UA-1 identification (`pdfuaid:part`) in the XMP metadata.
pub const RENDERER: u32 = 10;

fn first_renderer() -> u32 {
    1
}

/// Render options for a pack prepared at `created_at`, with a document id derived from the
/// pack's content and that time — the same inputs always give the same id.
///
/// The content is hashed with BLAKE3: a 500-page pack is some 10 MB of JSON, which
/// SHA-256 takes tens of milliseconds over on a processor without SHA instructions
/// (most laptops older than 2020). A recorded pack keeps the id it was given, so its
/// bytes do not depend on this choice.
pub fn options_for(pack: &Pack, paper: Paper, created_at: Timestamp) -> RenderOptions {
    let mut h = blake3::Hasher::new();
    // The pack's JSON goes through a buffer into the hash: the same bytes as hashing the
    // whole text, without holding megabytes of it for a large pack.
    {
        use std::io::Write;
        let mut json = std::io::BufWriter::with_capacity(1 << 16, &mut h);
        serde_json::to_writer(&mut json, pack).expect("packs serialise");
        json.flush().expect("a hash takes every byte");
    }
    h.update(created_at.to_string().as_bytes());
    h.update(paper.as_str().as_bytes());
    let digest = hex(h.finalize().as_bytes());
    RenderOptions {
        renderer: RENDERER,
        paper,
        created_at,
        document_id: digest[..32].to_string(),
    }
}

/// A rendered pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub page_count: usize,
    /// SHA-256 of `pdf`, lower-case hex.
    pub sha256: String,
    /// Each heading anchor (an area's id, `case-…`, `sources`, …) with its 1-based page.
    pub anchors: std::collections::BTreeMap<String, usize>,
    /// The contents: each section and subsection with its first page.
    pub contents: Vec<OutlineEntry>,
}

/// Renders a pack to PDF.
pub fn render(pack: &Pack, options: &RenderOptions) -> Result<Rendered, PackError> {
    lay_out(pack, options)?.write()
}

/// Lays a pack out for writing: [`LaidOut::write`] then gives what [`render`] gives, and
/// [`LaidOut::first_pages`] the first pages on their own before that (laying out is a
/// small part of rendering; writing the PDF is most of it).
pub fn lay_out(pack: &Pack, options: &RenderOptions) -> Result<LaidOut, PackError> {
    let doc = drawable_document(pack, options)?;
    let layout = ts::layout(&doc).map_err(|e| PackError::Render(e.to_string()))?;
    Ok(LaidOut { doc, layout })
}

/// A pack laid out into pages, not yet written.
pub struct LaidOut {
    doc: ts::Document,
    layout: ts::Layout,
}

impl LaidOut {
    pub fn page_count(&self) -> usize {
        self.layout.page_count()
    }

    /// Each heading anchor (an area's id, `case-…`, `sources`, …) with its 1-based page.
    pub fn anchors(&self) -> &std::collections::BTreeMap<String, usize> {
        self.layout.anchors()
    }

    /// The contents: each section and subsection with its first page.
    pub fn contents(&self) -> Vec<OutlineEntry> {
        contents_entries(&self.doc, self.layout.contents())
    }

    /// A PDF of the first `pages` pages alone (at least one), each drawn as in the whole
    /// PDF ("Page 2 of 500" included); links to later pages are left out.
    pub fn first_pages(&self, pages: usize) -> Result<Vec<u8>, PackError> {
        ts::write_first_pages(&self.doc.meta, &self.layout, pages)
            .map_err(|e| PackError::Render(e.to_string()))
    }

    /// The whole PDF.
    pub fn write(self) -> Result<Rendered, PackError> {
        let pdf = ts::write(&self.doc.meta, &self.layout)
            .map_err(|e| PackError::Render(e.to_string()))?;
        let sha256 = hex(&Sha256::digest(&pdf));
        Ok(Rendered {
            contents: self.contents(),
            page_count: self.layout.page_count(),
            anchors: self.layout.anchors().clone(),
            pdf,
            sha256,
        })
    }
}

/// The expected shape of a pack's PDF, for previews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Outline {
    pub page_count: u32,
    pub entries: Vec<OutlineEntry>,
}

/// One contents entry: a section (level 1) or subsection (level 2) and its first page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OutlineEntry {
    pub text: String,
    pub level: u8,
    pub page: u32,
    /// The heading's anchor, when it has one (an area's id, `sources`, …): where the
    /// builder's page viewer goes when the entry is clicked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub anchor: Option<String>,
}

/// The document of a pack, with any character no font can draw (text a library got
/// before such text was refused at the door) shown as a white square: one record never
/// stops every pack. The readiness check names the records concerned.
fn drawable_document(pack: &Pack, options: &RenderOptions) -> Result<ts::Document, PackError> {
    let mut doc = document(pack, options);
    // Curly, balanced quotation marks on every page, whatever was typed.
    let marks = typography::marks(pack.language);
    doc.for_each_text_mut(&mut |text| {
        if !text.starts_with("http") && typography::has_quotes(text) {
            *text = typography::curly(text, marks);
        }
    });
    ts::replace_undrawable(&mut doc).map_err(|e| PackError::Render(e.to_string()))?;
    Ok(doc)
}

/// Lays a pack out without writing the PDF: the page count and the contents.
pub fn outline(pack: &Pack, options: &RenderOptions) -> Result<Outline, PackError> {
    let laid = lay_out(pack, options)?;
    Ok(Outline {
        page_count: laid.page_count() as u32,
        entries: laid.contents(),
    })
}

/// The laid-out contents of `doc` with each entry's heading anchor.
fn contents_entries(doc: &ts::Document, contents: &[ts::ContentsEntry]) -> Vec<OutlineEntry> {
    let headings = headings(&doc.body);
    // The contents list headings in the document's order: each entry is the next heading
    // of its level and text.
    let mut next = 0;
    contents
        .iter()
        .map(|e| {
            let found = headings[next.min(headings.len())..]
                .iter()
                .position(|(level, text, _)| *level == e.level && *text == e.text);
            let anchor = found.and_then(|i| {
                next += i + 1;
                headings[next - 1].2.clone()
            });
            OutlineEntry {
                text: e.text.clone(),
                level: e.level,
                page: e.page as u32,
                anchor,
            }
        })
        .collect()
}

/// Every heading of `blocks` in order (callouts included): level, text and anchor.
fn headings(blocks: &[Block]) -> Vec<(u8, &str, Option<String>)> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Heading {
                level,
                text,
                anchor,
                ..
            } => out.push(((*level).clamp(1, 3), text.as_str(), anchor.clone())),
            Block::Callout { blocks, .. } => out.extend(headings(blocks)),
            _ => {}
        }
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The audience marking on the cover and in every footer.
pub fn marking(pack: &Pack) -> String {
    let lang = pack.language;
    match pack.audience {
        Audience::Internal => t!(lang, "marking-internal"),
        Audience::External => match pack.negotiation.parties.first() {
            Some(party) => t!(lang, "marking-external", party = party),
            None => t!(lang, "marking-external-any"),
        },
    }
}

/// "10 April 2012", "10–11 April 2012", "30 April – 2 May 2012".
pub fn date_span(start: Date, end: Option<Date>) -> String {
    date_span_in(Language::En, start, end)
}

fn round_label(lang: Language, r: &RoundInfo) -> String {
    t!(
        lang,
        "round-label",
        round = &r.title,
        dates = date_span_in(lang, r.starts_on, r.ends_on)
    )
}

pub(crate) fn status_tone(status: AssessmentStatus) -> Tone {
    match status {
        AssessmentStatus::NotMet => Tone::Red,
        AssessmentStatus::PartiallyMet => Tone::Amber,
        AssessmentStatus::Met => Tone::Green,
        AssessmentStatus::Regressed => Tone::DarkRed,
    }
}

/// A status as a reader says it: "Partially met", "Выполнен частично".
pub fn status_label(lang: Language, status: AssessmentStatus) -> String {
    crate::i18n::format(lang, &format!("status-{}", status.as_str()), &[])
}

fn notes(numbers: &[u32]) -> Vec<Span> {
    if numbers.is_empty() {
        return Vec::new();
    }
    let text = numbers
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    vec![Span {
        link: Some(ts::Link::Anchor("sources".into())),
        ..Span::note(text)
    }]
}

fn with_notes(mut spans: Vec<Span>, numbers: &[u32]) -> Vec<Span> {
    spans.extend(notes(numbers));
    spans
}

fn muted(text: impl Into<String>) -> Span {
    Span::plain(text).colored(Tone::Grey)
}

/// The mark after a text printed in its record's own language for want of a
/// translation into the pack's: " [EN]". The summary explains it (`untranslated-lead`).
fn untranslated_mark(u: &Option<Untranslated>, field: &str) -> Option<Span> {
    u.as_ref()
        .filter(|u| u.has(field))
        .map(|u| muted(format!(" [{}]", u.language.to_uppercase())))
}

/// `span`, holding a record's `field`, in the record's own language when that field
/// is printed untranslated: the tagged PDF gives the passage its language, so that a
/// screen reader reads it in the right voice.
fn in_original(span: Span, u: &Option<Untranslated>, field: &str) -> Span {
    match u.as_ref().filter(|u| u.has(field)) {
        Some(u) => span.in_language(u.language.clone()),
        None => span,
    }
}

/// A title with its untranslated mark, for headings (which take plain text).
fn marked_title(title: &str, u: &Option<Untranslated>) -> String {
    match untranslated_mark(u, "title") {
        Some(mark) => format!("{title}{}", mark.text),
        None => title.to_string(),
    }
}

/// The record's own language when its `field` is printed untranslated.
fn original_language(u: &Option<Untranslated>, field: &str) -> Option<String> {
    u.as_ref()
        .filter(|u| u.has(field))
        .map(|u| u.language.clone())
}

/// A minor heading of a record's title, with its untranslated mark and, when the title
/// is untranslated, the record's language (the heading element's `/Lang`).
fn title_heading(title: &str, u: &Option<Untranslated>) -> Block {
    Block::Heading {
        level: 3,
        text: marked_title(title, u),
        anchor: None,
        page_break_before: false,
        lang: original_language(u, "title"),
    }
}

fn restricted_mark(lang: Language) -> Span {
    Span {
        text: format!("{} ", t!(lang, "restricted-mark")),
        style: ts::SpanStyle {
            bold: true,
            color: Some(Tone::DarkRed),
            ..Default::default()
        },
        link: None,
        lang: None,
    }
}

/// How a benchmark moved since the previous round, in words an official takes in at a
/// glance: "No earlier assessment", "Unchanged: not met", "Worse since Round 2 (was
/// partially met)". Worded the same in the scorecard and in the area's section.
fn change_text(pack: &Pack, b: &BenchmarkItem) -> String {
    let lang = pack.language;
    let lower = |s: AssessmentStatus| status_label(lang, s).to_lowercase();
    let since = since_words(pack);
    let moved = |better: bool, was: AssessmentStatus| {
        let was = lower(was);
        match (&since, better) {
            (Some(Since::Round(round)), true) => {
                t!(lang, "change-better-since", round = round, was = was)
            }
            (Some(Since::Round(round)), false) => {
                t!(lang, "change-worse-since", round = round, was = was)
            }
            (Some(Since::Date(date)), true) => {
                t!(lang, "change-better-since-date", date = date, was = was)
            }
            (Some(Since::Date(date)), false) => {
                t!(lang, "change-worse-since-date", date = date, was = was)
            }
            (None, true) => t!(lang, "change-better", was = was),
            (None, false) => t!(lang, "change-worse", was = was),
        }
    };
    match (b.change, &b.previous, &b.current) {
        (Change::NotAssessed, _, _) => t!(lang, "change-not-assessed"),
        (Change::New, _, _) => t!(lang, "change-new"),
        (Change::Unchanged, _, Some(c)) => t!(lang, "change-unchanged", status = lower(c.status)),
        (Change::Improved, Some(p), _) => moved(true, p.status),
        (Change::Worsened, Some(p), _) => moved(false, p.status),
        (Change::Improved, None, _)
        | (Change::Worsened, None, _)
        | (Change::Unchanged, _, None) => String::new(),
    }
}

/// What changes are measured from, in words: the previous round when the pack counts
/// from its first day, else the date.
enum Since {
    Round(String),
    Date(String),
}

fn since_words(pack: &Pack) -> Option<Since> {
    match (&pack.previous_round, pack.since) {
        (Some(r), Some(d)) if r.starts_on == d => Some(Since::Round(r.title.clone())),
        (_, Some(d)) => Some(Since::Date(d.long_in(pack.language))),
        (_, None) => None,
    }
}

fn change_tone(change: Change) -> Option<Tone> {
    match change {
        Change::Improved => Some(Tone::Green),
        Change::Worsened => Some(Tone::DarkRed),
        _ => None,
    }
}

fn verification_label(lang: Language, v: Option<Verification>) -> String {
    match v {
        Some(v) => crate::i18n::format(lang, &format!("verification-{}", v.as_str()), &[]),
        None => t!(lang, "verification-none"),
    }
}

/// Builds the typeset document of a pack.
pub fn document(pack: &Pack, options: &RenderOptions) -> ts::Document {
    let lang = pack.language;
    let marking = marking(pack);
    let since_label = match (&pack.previous_round, pack.since) {
        (Some(r), Some(d)) if r.starts_on == d => {
            t!(
                lang,
                "since-round",
                round = &r.title,
                date = d.long_in(lang)
            )
        }
        (_, Some(d)) => t!(lang, "since-date", date = d.long_in(lang)),
        (_, None) => t!(lang, "all-dates"),
    };
    let mut body = vec![
        Block::heading(1, t!(lang, "heading-contents")),
        Block::Contents,
    ];
    let illustrative = illustrative_material(pack);
    illustrative_section(lang, &illustrative, &mut body);
    summary(pack, &since_label, &mut body);
    changes::changes_part(pack, &mut body);
    for area in &pack.areas {
        area_section(pack, area, &since_label, &mut body);
    }
    cases_part(pack, &mut body);
    annexes(pack, &mut body);

    let round_dates = date_span_in(lang, pack.round.starts_on, pack.round.ends_on);
    let mut details = vec![(t!(lang, "cover-round"), pack.round.title.clone())];
    details.push((t!(lang, "cover-dates"), round_dates.clone()));
    if let Some(loc) = &pack.round.location {
        details.push((t!(lang, "cover-place"), loc.clone()));
    }
    if let Some(prev) = &pack.previous_round {
        details.push((t!(lang, "cover-previous-round"), round_label(lang, prev)));
    }
    if !pack.organisation.is_empty() {
        details.push((t!(lang, "cover-prepared-by"), pack.organisation.clone()));
    }
    if !illustrative.is_empty() {
        details.push((
            t!(lang, "cover-illustrative"),
            t!(lang, "cover-illustrative-value"),
        ));
    }
    details.push((
        t!(lang, "cover-date-prepared"),
        options.created_at.date().long_in(lang),
    ));

    let subtitle = match &pack.round.location {
        Some(loc) => format!("{} · {} · {}", pack.round.title, round_dates, loc),
        None => format!("{} · {}", pack.round.title, round_dates),
    };
    ts::Document {
        meta: ts::Meta {
            title: t!(
                lang,
                "pack-title",
                negotiation = &pack.negotiation.title,
                round = &pack.round.title
            ),
            subject: t!(lang, "pack-subject", round = round_label(lang, &pack.round)),
            author: if pack.organisation.is_empty() {
                "Roundbook".into()
            } else {
                pack.organisation.clone()
            },
            keywords: pack
                .areas
                .iter()
                .map(|a| a.title.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            creation_date: options.created_at.to_string(),
            document_id: options.document_id.clone(),
            language: lang.tag().into(),
        },
        paper: match options.paper {
            Paper::A4 => ts::Paper::A4,
            Paper::Letter => ts::Paper::Letter,
        },
        cover: Some(ts::Cover {
            eyebrow: t!(lang, "pack-eyebrow"),
            title: pack.negotiation.title.clone(),
            subtitle,
            details,
            marking: marking.clone(),
            marking_kind: match pack.audience {
                Audience::External => ts::MarkingKind::Neutral,
                Audience::Internal => ts::MarkingKind::Warning,
            },
        }),
        header: ts::Running {
            left: pack.negotiation.title.clone(),
            right: round_label(lang, &pack.round),
        },
        footer: ts::Running {
            left: marking,
            right: String::new(),
        },
        page_label: t!(lang, "page-of", page = "{page}", pages = "{pages}"),
        body,
        band: (!illustrative.is_empty()).then(|| t!(lang, "band-illustrative")),
    }
}

/// Something illustrative in a pack: the record (none for the library as a whole), what
/// it is in words, and what is invented about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Illustrative {
    pub record: Option<(Kind, String)>,
    pub what: String,
    pub note: String,
    /// The record's own language when the note is printed in it for want of a
    /// translation.
    pub untranslated: Option<Untranslated>,
}

/// Every item of a pack printed (in part) in its record's own language for want of a
/// translation: kind, id, title, and what is untranslated; in the order the pack prints
/// them.
pub fn untranslated_items(pack: &Pack) -> Vec<(Kind, &str, &str, &Untranslated)> {
    let mut items: Vec<(Kind, &str, &str, &Option<Untranslated>)> = vec![
        (
            Kind::Negotiation,
            &pack.negotiation.id,
            &pack.negotiation.title,
            &pack.negotiation.untranslated,
        ),
        (
            Kind::Round,
            &pack.round.id,
            &pack.round.title,
            &pack.round.untranslated,
        ),
    ];
    for area in &pack.areas {
        items.push((Kind::ConcernArea, &area.id, &area.title, &area.untranslated));
        for b in &area.benchmarks {
            items.push((Kind::Benchmark, &b.id, &b.title, &b.untranslated));
            if let Some(c) = &b.current {
                items.push((Kind::Benchmark, &b.id, &b.title, &c.untranslated));
            }
        }
        for a in &area.asks {
            items.push((Kind::Ask, &a.id, &a.text, &a.untranslated));
        }
    }
    for c in &pack.commitments {
        items.push((Kind::Commitment, &c.id, &c.title, &c.untranslated));
    }
    for i in &pack.incidents {
        items.push((Kind::Incident, &i.id, &i.title, &i.untranslated));
    }
    for c in &pack.cases {
        let title = c.name.as_deref().unwrap_or("");
        items.push((Kind::Case, &c.id, title, &c.untranslated));
        for e in &c.timeline {
            items.push((Kind::CaseEntry, &e.id, title, &e.untranslated));
        }
    }
    for o in &pack.outcomes {
        items.push((Kind::RoundOutcome, &o.id, &o.round_title, &o.untranslated));
        for a in &o.asks {
            items.push((Kind::Ask, &a.ask_id, &a.text, &a.text_untranslated));
            items.push((Kind::AskResult, &a.id, &a.text, &a.untranslated));
        }
    }
    items
        .into_iter()
        .filter_map(|(kind, id, title, u)| u.as_ref().map(|u| (kind, id, title, u)))
        .collect()
}

/// Everything illustrative in a pack, the library first.
pub fn illustrative_material(pack: &Pack) -> Vec<Illustrative> {
    let lang = pack.language;
    let mut out = Vec::new();
    let mut add = |record: Option<(Kind, &str)>,
                   what: String,
                   note: &Option<String>,
                   untranslated: &Option<Untranslated>| {
        if let Some(note) = note {
            out.push(Illustrative {
                record: record.map(|(k, id)| (k, id.to_string())),
                what,
                note: note.clone(),
                untranslated: untranslated
                    .as_ref()
                    .filter(|u| u.has("illustrative"))
                    .cloned(),
            });
        }
    };
    add(
        None,
        t!(lang, "illustrative-library"),
        &pack.library_illustrative,
        &None,
    );
    add(
        Some((Kind::Negotiation, &pack.negotiation.id)),
        t!(
            lang,
            "illustrative-negotiation",
            title = &pack.negotiation.title
        ),
        &pack.negotiation.illustrative,
        &pack.negotiation.untranslated,
    );
    add(
        Some((Kind::Round, &pack.round.id)),
        round_label(lang, &pack.round),
        &pack.round.illustrative,
        &pack.round.untranslated,
    );
    for area in &pack.areas {
        add(
            Some((Kind::ConcernArea, &area.id)),
            t!(lang, "illustrative-area", title = &area.title),
            &area.illustrative,
            &area.untranslated,
        );
        for b in &area.benchmarks {
            add(
                Some((Kind::Benchmark, &b.id)),
                t!(lang, "illustrative-benchmark", title = &b.title),
                &b.illustrative,
                &b.untranslated,
            );
            for a in &b.trend {
                add(
                    Some((Kind::Benchmark, &b.id)),
                    t!(
                        lang,
                        "illustrative-assessment",
                        title = &b.title,
                        date = a.assessed_on.long_in(lang)
                    ),
                    &a.illustrative,
                    &a.untranslated,
                );
            }
        }
        for a in &area.asks {
            add(
                Some((Kind::Ask, &a.id)),
                t!(lang, "illustrative-ask", text = clip(&a.text, 80)),
                &a.illustrative,
                &a.untranslated,
            );
        }
    }
    for c in &pack.commitments {
        add(
            Some((Kind::Commitment, &c.id)),
            t!(lang, "illustrative-commitment", title = &c.title),
            &c.illustrative,
            &c.untranslated,
        );
    }
    for i in &pack.incidents {
        add(
            Some((Kind::Incident, &i.id)),
            t!(
                lang,
                "illustrative-incident",
                title = &i.title,
                date = i.occurred_on.long_in(lang)
            ),
            &i.illustrative,
            &i.untranslated,
        );
    }
    for (n, c) in pack.cases.iter().enumerate() {
        let title = case_title(pack, n);
        add(
            Some((Kind::Case, &c.id)),
            t!(lang, "illustrative-case", title = &title),
            &c.illustrative,
            &c.untranslated,
        );
        for e in &c.timeline {
            add(
                Some((Kind::CaseEntry, &e.id)),
                t!(
                    lang,
                    "illustrative-case-entry",
                    title = &title,
                    date = e.date.long_in(lang)
                ),
                &e.illustrative,
                &e.untranslated,
            );
        }
    }
    for o in &pack.outcomes {
        add(
            Some((Kind::RoundOutcome, &o.id)),
            t!(lang, "illustrative-outcome", round = &o.round_title),
            &o.illustrative,
            &o.untranslated,
        );
    }
    for s in &pack.sources {
        add(
            Some((Kind::Source, &s.id)),
            t!(
                lang,
                "illustrative-source",
                number = s.number,
                title = &s.title
            ),
            &s.illustrative,
            &None,
        );
    }
    out
}

fn clip(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n).collect::<String>().trim_end())
    }
}

/// The part that says what in the pack is example material, right after the contents.
fn illustrative_section(lang: Language, items: &[Illustrative], body: &mut Vec<Block>) {
    if items.is_empty() {
        return;
    }
    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-illustrative"),
        anchor: Some("illustrative".into()),
        // Short: it follows the contents on their page.
        page_break_before: false,
        lang: None,
    });
    body.push(Block::Paragraph(Paragraph::text(
        ParaStyle::Lead,
        t!(lang, "illustrative-lead"),
    )));
    let list = items
        .iter()
        .map(|i| {
            let mut spans = vec![Span::bold(format!("{}. ", i.what))];
            if !i.note.trim().is_empty() {
                spans.push(in_original(
                    Span::plain(i.note.clone()),
                    &i.untranslated,
                    "illustrative",
                ));
                spans.extend(untranslated_mark(&i.untranslated, "illustrative"));
            }
            spans
        })
        .collect();
    body.push(Block::List {
        items: list,
        numbered: false,
    });
}

fn summary(pack: &Pack, since_label: &str, body: &mut Vec<Block>) {
    let lang = pack.language;
    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-summary"),
        anchor: Some("summary".into()),
        page_break_before: true,
        lang: None,
    });
    let n_benchmarks = pack.scorecard().count();
    let mut counts = [0usize; 4];
    let mut unassessed = 0;
    for (_, b) in pack.scorecard() {
        match b.current.as_ref().map(|c| c.status) {
            Some(AssessmentStatus::NotMet) => counts[0] += 1,
            Some(AssessmentStatus::PartiallyMet) => counts[1] += 1,
            Some(AssessmentStatus::Met) => counts[2] += 1,
            Some(AssessmentStatus::Regressed) => counts[3] += 1,
            None => unassessed += 1,
        }
    }
    let mut lead = vec![t!(
        lang,
        "summary-lead",
        areas = pack.areas.len(),
        benchmarks = n_benchmarks,
        round = round_label(lang, &pack.round)
    )];
    if let Some(prev) = &pack.previous_round {
        lead.push(t!(
            lang,
            "summary-since-round",
            round = round_label(lang, prev)
        ));
    } else if let Some(d) = pack.since {
        lead.push(t!(lang, "summary-since-date", date = d.long_in(lang)));
    }
    let recent = pack.incidents.iter().filter(|i| i.recent).count();
    lead.push(t!(lang, "summary-recent", count = recent));
    if !pack.cases.is_empty() {
        lead.push(cases_tally(pack));
    }
    body.push(Block::Paragraph(Paragraph::new(
        ParaStyle::Lead,
        with_notes(vec![Span::plain(lead.join(" "))], &pack.round.notes),
    )));
    let untranslated = untranslated_items(pack);
    if !untranslated.is_empty() {
        let marks: std::collections::BTreeSet<String> = untranslated
            .iter()
            .map(|(_, _, _, u)| format!("[{}]", u.language.to_uppercase()))
            .collect();
        body.push(Block::Paragraph(Paragraph::new(
            ParaStyle::Small,
            vec![muted(t!(
                lang,
                "untranslated-lead",
                marks = marks.into_iter().collect::<Vec<_>>().join(", ")
            ))],
        )));
    }

    charts::asks_blocks(pack, body);

    let mut tally = Vec::new();
    for (n, status) in counts.iter().zip([
        AssessmentStatus::NotMet,
        AssessmentStatus::PartiallyMet,
        AssessmentStatus::Met,
        AssessmentStatus::Regressed,
    ]) {
        tally.push(Span {
            text: t!(
                lang,
                "tally-status",
                count = *n,
                status = status_label(lang, status).to_lowercase()
            ),
            style: ts::SpanStyle {
                bold: true,
                color: Some(status_tone(status)),
                ..Default::default()
            },
            link: None,
            lang: None,
        });
        tally.push(muted("   "));
    }
    if unassessed > 0 {
        tally.push(muted(format!(
            "{}   ",
            t!(lang, "tally-not-assessed", count = unassessed)
        )));
    }
    // One assessment date for every benchmark is said once, not on every row.
    let mut dates = pack
        .scorecard()
        .filter_map(|(_, b)| b.current.as_ref().map(|c| c.assessed_on));
    let common_date = dates
        .next()
        .filter(|first| dates.all(|d| d == *first))
        .map(|d| d.long_in(lang));
    if let Some(d) = &common_date {
        tally.push(muted(t!(lang, "tally-as-of", date = d)));
    }
    body.push(Block::Paragraph(Paragraph::new(ParaStyle::Body, tally)));

    body.push(Block::heading(2, t!(lang, "heading-scorecard")));
    let change_header = match since_words(pack) {
        Some(Since::Round(r)) => t!(lang, "column-since", round = r),
        _ => since_label.to_string(),
    };
    let mut last_area = "";
    let rows = pack
        .scorecard()
        .map(|(area, b)| {
            let area_cell = if area.id == last_area {
                Cell::text("")
            } else {
                Cell::spans(vec![Span::anchor(area.title.clone(), area.id.clone())])
            };
            last_area = &area.id;
            let status = match &b.current {
                Some(c) => Cell {
                    spans: match common_date {
                        Some(_) => Vec::new(),
                        None => vec![muted(t!(lang, "as-of", date = c.assessed_on.long_in(lang)))],
                    },
                    badge: Some(ts::Badge {
                        text: status_label(lang, c.status),
                        tone: status_tone(c.status),
                    }),
                },
                None => Cell::badge(t!(lang, "status-not-assessed"), Tone::Grey),
            };
            let change = Span {
                text: change_text(pack, b),
                style: ts::SpanStyle {
                    color: change_tone(b.change),
                    ..Default::default()
                },
                link: None,
                lang: None,
            };
            Row::new(vec![
                area_cell,
                Cell::spans(
                    std::iter::once(in_original(
                        Span::plain(b.title.clone()),
                        &b.untranslated,
                        "title",
                    ))
                    .chain(untranslated_mark(&b.untranslated, "title"))
                    .collect(),
                ),
                status,
                Cell::spans(vec![change]),
            ])
        })
        .collect();
    body.push(Block::Table(Table {
        columns: vec![
            Column::new(t!(lang, "column-area"), 2.1),
            Column::new(t!(lang, "column-benchmark"), 5.0),
            Column::new(t!(lang, "column-status-now"), 1.5),
            Column::new(change_header, 1.8),
        ],
        rows,
        style: TableStyle::Plain,
    }));

    if !pack.top_asks.is_empty() {
        body.push(Block::heading(2, t!(lang, "heading-top-asks")));
        let items = pack
            .top_asks
            .iter()
            .map(|a| {
                let mut spans = vec![in_original(
                    Span::plain(a.text.clone()),
                    &a.untranslated,
                    "text",
                )];
                spans.extend(untranslated_mark(&a.untranslated, "text"));
                spans.push(muted(format!(" — {}", a.area_title)));
                if a.this_round {
                    spans.push(Span {
                        text: format!(" {}", t!(lang, "ask-this-round")),
                        style: ts::SpanStyle {
                            bold: true,
                            ..Default::default()
                        },
                        link: None,
                        lang: None,
                    });
                }
                spans
            })
            .collect();
        body.push(Block::List {
            items,
            numbered: true,
        });
    }
    charts::grid_blocks(pack, body);
}

fn area_section(pack: &Pack, area: &AreaSection, since_label: &str, body: &mut Vec<Block>) {
    let lang = pack.language;
    body.push(Block::Heading {
        level: 1,
        text: marked_title(&area.title, &area.untranslated),
        anchor: Some(area.id.clone()),
        page_break_before: true,
        lang: original_language(&area.untranslated, "title"),
    });
    if let Some(summary) = &area.summary {
        body.push(Block::Paragraph(Paragraph::new(
            ParaStyle::Label,
            vec![Span::plain(t!(lang, "label-background"))],
        )));
        body.push(Block::Paragraph(Paragraph::body(with_notes(
            std::iter::once(in_original(
                Span::plain(summary.clone()),
                &area.untranslated,
                "summary",
            ))
            .chain(untranslated_mark(&area.untranslated, "summary"))
            .collect(),
            &area.notes,
        ))));
    }

    if !area.benchmarks.is_empty() {
        body.push(Block::heading(2, t!(lang, "heading-benchmarks")));
        for b in &area.benchmarks {
            body.push(title_heading(&b.title, &b.untranslated));
            let mut line = Vec::new();
            match &b.current {
                Some(c) => {
                    line.push(Span {
                        text: status_label(lang, c.status).to_uppercase(),
                        style: ts::SpanStyle {
                            bold: true,
                            color: Some(status_tone(c.status)),
                            ..Default::default()
                        },
                        link: None,
                        lang: None,
                    });
                    line.push(muted(format!(
                        "  {}",
                        t!(lang, "as-of", date = c.assessed_on.long_in(lang))
                    )));
                }
                None => line.push(muted(t!(lang, "change-not-assessed"))),
            }
            if b.current.is_some() {
                line.push(muted("  ·  "));
                line.push(Span {
                    text: change_text(pack, b),
                    style: ts::SpanStyle {
                        color: change_tone(b.change),
                        ..Default::default()
                    },
                    link: None,
                    lang: None,
                });
            }
            body.push(Block::Paragraph(Paragraph::new(ParaStyle::Small, line)));
            if let Some(c) = &b.current {
                if let Some(e) = &c.evidence {
                    body.push(Block::Paragraph(Paragraph::body(with_notes(
                        std::iter::once(in_original(
                            Span::plain(e.clone()),
                            &c.untranslated,
                            "evidence",
                        ))
                        .chain(untranslated_mark(&c.untranslated, "evidence"))
                        .collect(),
                        &c.notes,
                    ))));
                }
            }
            if let Some(m) = &b.measure {
                let mut spans = vec![
                    Span::bold(format!("{} ", t!(lang, "how-verified"))),
                    in_original(Span::plain(m.clone()), &b.untranslated, "measure"),
                ];
                spans.extend(untranslated_mark(&b.untranslated, "measure"));
                spans.extend(notes(&b.notes));
                body.push(Block::Paragraph(Paragraph::new(ParaStyle::Muted, spans)));
            }
            if b.trend.len() > 1 {
                let steps: Vec<String> = b
                    .trend
                    .iter()
                    .map(|a| {
                        format!(
                            "{} ({})",
                            status_label(lang, a.status),
                            a.assessed_on.long_in(lang)
                        )
                    })
                    .collect();
                body.push(Block::Paragraph(Paragraph::new(
                    ParaStyle::Small,
                    vec![
                        Span::bold(format!("{} ", t!(lang, "trend"))),
                        Span::plain(steps.join(" → ")),
                    ],
                )));
            }
        }
    }

    if !area.commitments.is_empty() {
        body.push(Block::heading(2, t!(lang, "heading-commitments")));
        for &ci in &area.commitments {
            let c = &pack.commitments[ci];
            let mut meta = Vec::new();
            if let Some(by) = &c.made_by {
                meta.push(by.clone());
            }
            meta.push(c.made_on.long_in(lang));
            if let Some(inst) = &c.instrument {
                meta.push(inst.clone());
            }
            body.push(title_heading(&c.title, &c.untranslated));
            // The words as said, in quotation marks; then our summary, as plain text.
            // The notes follow the first of them the pack prints.
            let mut cited = false;
            if let Some(quote) = &c.quote {
                body.push(Block::Paragraph(Paragraph::new(
                    ParaStyle::Quote,
                    with_notes(
                        vec![Span::plain(typography::quoted(
                            quote,
                            typography::marks(lang),
                        ))],
                        &c.notes,
                    ),
                )));
                cited = true;
            }
            if let Some(summary) = &c.summary {
                let mut spans = vec![in_original(
                    Span::plain(summary.clone()),
                    &c.untranslated,
                    "summary",
                )];
                spans.extend(untranslated_mark(&c.untranslated, "summary"));
                body.push(Block::Paragraph(Paragraph::body(if cited {
                    spans
                } else {
                    with_notes(spans, &c.notes)
                })));
                cited = true;
            }
            let meta = vec![Span::plain(meta.join(" · "))];
            body.push(Block::Paragraph(Paragraph::new(
                ParaStyle::Small,
                if cited {
                    meta
                } else {
                    with_notes(meta, &c.notes)
                },
            )));
            let outcomes: Vec<Vec<Span>> = c
                .benchmark_ids
                .iter()
                .filter_map(|id| pack.benchmark(id))
                .map(|b| {
                    let mut spans = vec![Span::plain(format!("{}: ", b.title))];
                    match &b.current {
                        Some(cur) => spans.push(Span {
                            text: status_label(lang, cur.status).to_lowercase(),
                            style: ts::SpanStyle {
                                bold: true,
                                color: Some(status_tone(cur.status)),
                                ..Default::default()
                            },
                            link: None,
                            lang: None,
                        }),
                        None => spans.push(muted(t!(lang, "change-not-assessed").to_lowercase())),
                    }
                    spans
                })
                .collect();
            if !outcomes.is_empty() {
                body.push(Block::Paragraph(Paragraph::new(
                    ParaStyle::Label,
                    vec![Span::plain(t!(lang, "what-happened"))],
                )));
                body.push(Block::List {
                    items: outcomes,
                    numbered: false,
                });
            }
        }
    }

    body.push(Block::heading(2, incidents_heading(pack)));
    charts::timeline_blocks(pack, area, body);
    body.push(Block::Paragraph(Paragraph::text(
        ParaStyle::Muted,
        since_label.to_string(),
    )));
    if area.incidents_since.is_empty() {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Body,
            t!(lang, "no-incidents-period"),
        )));
    } else {
        let rows = area
            .incidents_since
            .iter()
            .map(|&i| incident_row(lang, &pack.incidents[i]))
            .collect();
        body.push(Block::Table(Table {
            columns: vec![
                Column::new(t!(lang, "column-date"), 1.6),
                Column::new(t!(lang, "column-what-happened"), 6.0),
            ],
            rows,
            style: TableStyle::Plain,
        }));
    }
    if !area.incidents_earlier.is_empty() {
        let n = area.incidents_earlier.len();
        body.push(Block::Paragraph(Paragraph::new(
            ParaStyle::Muted,
            vec![
                Span::plain(format!("{} ", t!(lang, "earlier-incidents", count = n))),
                Span::anchor(t!(lang, "annex-a"), "annex-incidents"),
                Span::plain("."),
            ],
        )));
    }

    if !area.asks.is_empty() {
        let items = area
            .asks
            .iter()
            .map(|a| {
                let mut spans = vec![in_original(
                    Span::plain(a.text.clone()),
                    &a.untranslated,
                    "text",
                )];
                spans.extend(untranslated_mark(&a.untranslated, "text"));
                if a.this_round {
                    spans.push(Span {
                        text: format!(" {}", t!(lang, "ask-this-round")),
                        style: ts::SpanStyle {
                            bold: true,
                            ..Default::default()
                        },
                        link: None,
                        lang: None,
                    });
                }
                spans
            })
            .collect();
        body.push(Block::Callout {
            tone: Tone::Blue,
            title: Some(t!(lang, "asks-callout")),
            blocks: vec![Block::List {
                items,
                numbered: true,
            }],
        });
    }
}

/// "2 individual cases are raised (1 imprisoned, 1 released); one changed status in that
/// period."
fn cases_tally(pack: &Pack) -> String {
    let lang = pack.language;
    let mut by_status: Vec<(CaseStatus, usize)> = Vec::new();
    let mut no_status = 0;
    for c in &pack.cases {
        match &c.current {
            Some(e) => match by_status.iter_mut().find(|(s, _)| *s == e.status) {
                Some((_, n)) => *n += 1,
                None => by_status.push((e.status, 1)),
            },
            None => no_status += 1,
        }
    }
    by_status.sort();
    let mut statuses: Vec<String> = by_status
        .iter()
        .map(|(s, n)| {
            t!(
                lang,
                "tally-status",
                count = *n,
                status = case_status_label(lang, *s).to_lowercase()
            )
        })
        .collect();
    if no_status > 0 {
        statuses.push(t!(
            lang,
            "tally-status",
            count = no_status,
            status = t!(lang, "case-no-status").to_lowercase()
        ));
    }
    let changed = pack
        .cases
        .iter()
        .filter(|c| c.change == CaseChange::Changed)
        .count();
    t!(
        lang,
        "summary-cases",
        count = pack.cases.len(),
        statuses = statuses.join(", "),
        changed = changed
    )
}

/// A case's status as a reader says it: "Released", "Освобождение".
pub fn case_status_label(lang: Language, status: CaseStatus) -> String {
    crate::i18n::format(lang, &format!("case-status-{}", status.as_str()), &[])
}

fn case_status_tone(status: CaseStatus) -> Tone {
    match status {
        CaseStatus::Released | CaseStatus::Acquitted | CaseStatus::Closed => Tone::Green,
        CaseStatus::AtRisk | CaseStatus::Restricted | CaseStatus::InExile => Tone::Amber,
        CaseStatus::Detained
        | CaseStatus::Charged
        | CaseStatus::OnTrial
        | CaseStatus::Sentenced
        | CaseStatus::Imprisoned => Tone::Red,
        CaseStatus::Deceased => Tone::DarkRed,
    }
}

/// A case's heading: the person's name, or "Case 2 — lawyer" when the pack does not name
/// them (numbered among the unnamed cases).
pub(super) fn case_title(pack: &Pack, index: usize) -> String {
    let c = &pack.cases[index];
    match &c.name {
        Some(name) => name.clone(),
        None => {
            let n = pack.cases[..index]
                .iter()
                .filter(|c| c.name.is_none())
                .count()
                + 1;
            let number = t!(pack.language, "case-anonymous", number = n);
            match &c.role {
                Some(role) => format!("{number} — {role}"),
                None => number,
            }
        }
    }
}

/// How a case's status moved since the previous round, in words.
fn case_change_text(pack: &Pack, c: &CaseItem) -> String {
    let lang = pack.language;
    match (c.change, &c.previous, &c.current) {
        (CaseChange::NoStatus, _, _) | (_, _, None) => t!(lang, "case-no-status"),
        (CaseChange::New, _, _) => t!(lang, "case-change-new"),
        (CaseChange::Unchanged, _, Some(now)) => t!(
            lang,
            "change-unchanged",
            status = case_status_label(lang, now.status).to_lowercase()
        ),
        (CaseChange::Changed, Some(was), _) => {
            let was = case_status_label(lang, was.status).to_lowercase();
            match since_words(pack) {
                Some(Since::Round(round)) => {
                    t!(lang, "case-changed-since", round = round, was = was)
                }
                Some(Since::Date(date)) => {
                    t!(lang, "case-changed-since-date", date = date, was = was)
                }
                None => t!(lang, "case-changed", was = was),
            }
        }
        (CaseChange::Changed, None, _) => t!(lang, "case-change-new"),
    }
}

/// The "Individual cases" part, after the areas' sections.
fn cases_part(pack: &Pack, body: &mut Vec<Block>) {
    if pack.cases.is_empty() {
        return;
    }
    let lang = pack.language;
    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-cases"),
        anchor: Some("cases".into()),
        page_break_before: true,
        lang: None,
    });
    let mut lead = t!(lang, "cases-lead");
    if pack.cases.iter().any(|c| c.name.is_none()) {
        lead = format!("{lead} {}", t!(lang, "cases-lead-anonymised"));
    }
    body.push(Block::Paragraph(Paragraph::text(ParaStyle::Muted, lead)));
    for (n, c) in pack.cases.iter().enumerate() {
        body.push(Block::Heading {
            level: 2,
            text: case_title(pack, n),
            anchor: Some(format!("case-{}", c.id)),
            page_break_before: false,
            lang: None,
        });
        let mut line = Vec::new();
        if c.restricted {
            line.push(restricted_mark(lang));
        }
        if let Some(now) = &c.current {
            line.push(Span {
                text: case_status_label(lang, now.status).to_uppercase(),
                style: ts::SpanStyle {
                    bold: true,
                    color: Some(case_status_tone(now.status)),
                    ..Default::default()
                },
                link: None,
                lang: None,
            });
            line.push(muted(format!(
                "  {}  ·  ",
                t!(lang, "case-status-since", date = now.date.long_in(lang))
            )));
        }
        line.push(Span {
            text: case_change_text(pack, c),
            style: ts::SpanStyle {
                color: (c.change == CaseChange::Changed).then_some(Tone::Blue),
                ..Default::default()
            },
            link: None,
            lang: None,
        });
        body.push(Block::Paragraph(Paragraph::new(ParaStyle::Small, line)));
        let mut who: Vec<String> = Vec::new();
        who.extend(c.name.as_ref().and(c.role.clone()));
        who.extend(c.organisation.clone());
        who.extend(c.areas.iter().cloned());
        if !who.is_empty() {
            body.push(Block::Paragraph(Paragraph::text(
                ParaStyle::Muted,
                who.join(" · "),
            )));
        }
        if let Some(summary) = &c.summary {
            body.push(Block::Paragraph(Paragraph::body(with_notes(
                std::iter::once(in_original(
                    Span::plain(summary.clone()),
                    &c.untranslated,
                    "summary",
                ))
                .chain(untranslated_mark(&c.untranslated, "summary"))
                .collect(),
                &c.notes,
            ))));
        } else if !c.notes.is_empty() {
            body.push(Block::Paragraph(Paragraph::new(
                ParaStyle::Small,
                notes(&c.notes),
            )));
        }
        if !c.timeline.is_empty() {
            let rows = c
                .timeline
                .iter()
                .rev()
                .map(|e| {
                    let mut what = Vec::new();
                    if let Some(note) = &e.note {
                        what.push(in_original(
                            Span::plain(note.clone()),
                            &e.untranslated,
                            "note",
                        ));
                        what.extend(untranslated_mark(&e.untranslated, "note"));
                    }
                    what.extend(notes(&e.notes));
                    Row::new(vec![
                        Cell::text(e.date.long_in(lang)),
                        Cell::spans(vec![Span {
                            text: case_status_label(lang, e.status),
                            style: ts::SpanStyle {
                                bold: true,
                                ..Default::default()
                            },
                            link: None,
                            lang: None,
                        }]),
                        Cell::spans(what),
                    ])
                })
                .collect();
            body.push(Block::Table(Table {
                columns: vec![
                    Column::new(t!(lang, "column-date"), 1.7),
                    Column::new(t!(lang, "column-status"), 1.9),
                    Column::new(t!(lang, "column-what-happened"), 5.4),
                ],
                rows,
                style: TableStyle::Plain,
            }));
        }
        if !c.asks.is_empty() {
            let items = c
                .asks
                .iter()
                .map(|a| {
                    std::iter::once(in_original(
                        Span::plain(a.text.clone()),
                        &a.untranslated,
                        "text",
                    ))
                    .chain(untranslated_mark(&a.untranslated, "text"))
                    .collect()
                })
                .collect();
            body.push(Block::Callout {
                tone: Tone::Blue,
                title: Some(t!(lang, "case-asks")),
                blocks: vec![Block::List {
                    items,
                    numbered: false,
                }],
            });
        }
    }
}

fn incidents_heading(pack: &Pack) -> String {
    let lang = pack.language;
    match (&pack.previous_round, pack.since) {
        (Some(r), Some(d)) if r.starts_on == d => {
            t!(lang, "heading-incidents-since-round", round = &r.title)
        }
        (_, Some(d)) => t!(lang, "heading-incidents-since-date", date = d.long_in(lang)),
        (_, None) => t!(lang, "heading-incidents"),
    }
}

fn incident_row(lang: Language, i: &IncidentItem) -> Row {
    let mut spans = Vec::new();
    if i.restricted {
        spans.push(restricted_mark(lang));
    }
    spans.push(in_original(
        Span::bold(i.title.clone()),
        &i.untranslated,
        "title",
    ));
    spans.extend(untranslated_mark(&i.untranslated, "title"));
    spans.extend(notes(&i.notes));
    if let Some(loc) = &i.location {
        spans.push(muted(format!("\n{loc}")));
    }
    if let Some(s) = &i.summary {
        spans.push(in_original(
            Span::plain(format!("\n{s}")),
            &i.untranslated,
            "summary",
        ));
        spans.extend(untranslated_mark(&i.untranslated, "summary"));
    }
    if !i.people.is_empty() {
        spans.push(muted(format!(
            "\n{}",
            t!(lang, "incident-involved", people = i.people.join("; "))
        )));
    }
    Row::new(vec![
        Cell::text(i.occurred_on.long_in(lang)),
        Cell::spans(spans),
    ])
}

fn annexes(pack: &Pack, body: &mut Vec<Block>) {
    let lang = pack.language;
    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-annex-incidents"),
        anchor: Some("annex-incidents".into()),
        page_break_before: true,
        lang: None,
    });
    if pack.incidents.is_empty() {
        body.push(Block::text(t!(lang, "annex-incidents-none")));
    } else {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Muted,
            t!(lang, "annex-incidents-lead"),
        )));
        let rows = pack
            .incidents
            .iter()
            .map(|i| {
                let mut spans = Vec::new();
                if i.restricted {
                    spans.push(restricted_mark(lang));
                }
                spans.push(in_original(
                    Span::plain(i.title.clone()),
                    &i.untranslated,
                    "title",
                ));
                spans.extend(untranslated_mark(&i.untranslated, "title"));
                spans.extend(notes(&i.notes));
                if let Some(loc) = &i.location {
                    spans.push(muted(format!("\n{loc}")));
                }
                Row::new(vec![
                    Cell::text(i.occurred_on.long_in(lang)),
                    Cell::spans(spans),
                    Cell::text(i.areas.join("; ")),
                    Cell::text(verification_label(lang, i.verification)),
                ])
            })
            .collect();
        body.push(Block::Table(Table {
            columns: vec![
                Column::new(t!(lang, "column-date"), 1.7),
                Column::new(t!(lang, "column-incident"), 4.2),
                Column::new(t!(lang, "column-area"), 2.4),
                // Wide enough for the longest word of either language ("Подтверждено").
                Column::new(t!(lang, "column-verification"), 1.7),
            ],
            rows,
            style: TableStyle::Plain,
        }));
    }

    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-annex-commitments"),
        anchor: Some("annex-commitments".into()),
        page_break_before: true,
        lang: None,
    });
    if pack.commitments.is_empty() {
        body.push(Block::text(t!(lang, "annex-commitments-none")));
    } else {
        let rows = pack
            .commitments
            .iter()
            .map(|c| {
                let mut what = vec![in_original(
                    Span::bold(c.title.clone()),
                    &c.untranslated,
                    "title",
                )];
                what.extend(untranslated_mark(&c.untranslated, "title"));
                what.extend(notes(&c.notes));
                if let Some(quote) = &c.quote {
                    what.push(Span::italic(format!(
                        "\n{}",
                        typography::quoted(quote, typography::marks(lang))
                    )));
                }
                if let Some(summary) = &c.summary {
                    what.push(in_original(
                        Span::plain(format!("\n{summary}")),
                        &c.untranslated,
                        "summary",
                    ));
                    what.extend(untranslated_mark(&c.untranslated, "summary"));
                }
                let mut by = Vec::new();
                if let Some(m) = &c.made_by {
                    by.push(m.clone());
                }
                if let Some(i) = &c.instrument {
                    by.push(i.clone());
                }
                Row::new(vec![
                    Cell::text(c.made_on.long_in(lang)),
                    Cell::spans(what),
                    Cell::text(by.join("\n")),
                ])
            })
            .collect();
        body.push(Block::Table(Table {
            columns: vec![
                Column::new(t!(lang, "column-made"), 1.5),
                Column::new(t!(lang, "column-commitment"), 5.5),
                Column::new(t!(lang, "column-by"), 3.0),
            ],
            rows,
            style: TableStyle::Plain,
        }));
    }

    body.push(Block::Heading {
        level: 1,
        text: t!(lang, "heading-sources"),
        anchor: Some("sources".into()),
        page_break_before: true,
        lang: None,
    });
    if pack.sources.is_empty() {
        body.push(Block::text(t!(lang, "sources-none")));
        return;
    }
    body.push(Block::Paragraph(Paragraph::text(
        ParaStyle::Muted,
        t!(lang, "sources-lead"),
    )));
    let items = pack
        .sources
        .iter()
        .map(|s| {
            let mut spans = Vec::new();
            if s.restricted {
                spans.push(restricted_mark(lang));
            }
            spans.push(Span::plain(format!("{}.", s.title.trim_end_matches('.'))));
            let mut parts = Vec::new();
            if let Some(p) = &s.publisher {
                parts.push(p.clone());
            }
            if let Some(d) = &s.published_on {
                parts.push(d.long_in(lang));
            }
            if !parts.is_empty() {
                spans.push(Span::plain(format!(" {}.", parts.join(", "))));
            }
            if let Some(url) = &s.url {
                spans.push(Span::plain(" "));
                spans.push(Span::url(url.clone(), url.clone()).colored(Tone::Blue));
            }
            if let Some(a) = &s.accessed_on {
                spans.push(muted(format!(
                    " {}",
                    t!(lang, "source-accessed", date = a.long_in(lang))
                )));
            }
            spans
        })
        .collect();
    body.push(Block::List {
        items,
        numbered: true,
    });
}

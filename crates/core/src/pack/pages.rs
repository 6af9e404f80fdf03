//! The pages of a pack exactly as export would write them, for the builder's live
//! preview. Making a pack (`make.rs`) and previewing its pages go through the same two
//! stages — `prepare_pack` (assemble, render options) and `Prepared::render` — so the
//! preview's bytes are the export's for the same selection, paper and time. Nothing is
//! written and nothing is recorded here.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

use super::{
    lay_out, options_for, render, LaidOut, OutlineEntry, Pack, PackError, Paper, RenderOptions,
    Rendered, Selection,
};
use crate::error::Result;
use crate::model::{Kind, Timestamp};
use crate::store::Library;

/// A pack assembled from the library with the options it will be rendered with.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Shared with the builder's other preview of the same selection (`assembled_pack`).
    pub pack: Arc<Pack>,
    pub options: RenderOptions,
}

/// How many pages of a long pack the preview shows before the rest is written.
pub const FIRST_PAGES: usize = 6;

/// A pack longer than this many pages is previewed first pages first (see
/// [`Prepared::pages_first_pages_first`]): its first pages cost a quarter of writing it
/// or less. A shorter one is written whole at once.
pub const LONG_PACK_PAGES: usize = 4 * FIRST_PAGES;

impl Prepared {
    /// The PDF of the pack (a pure function of the pack and its options).
    pub fn render(&self) -> Result<Rendered> {
        Ok(render(&self.pack, &self.options)?)
    }

    /// The pack laid out, not yet written.
    pub fn lay_out(&self) -> Result<LaidOut> {
        Ok(lay_out(&self.pack, &self.options)?)
    }

    /// The pages of the pack for the preview, a long pack's first pages first: laid out
    /// once, then, when the pack has more than [`LONG_PACK_PAGES`] pages, `first` gets
    /// its first [`FIRST_PAGES`] pages (the whole pack's page count, anchors and
    /// contents, a PDF of those pages alone) before the whole PDF is written. The whole
    /// PDF is the bytes `render` gives. `cancelled` is asked before each stage.
    pub fn pages_first_pages_first(
        &self,
        first: &mut dyn FnMut(PackPages),
        cancelled: &dyn Fn() -> bool,
    ) -> Result<PackPages> {
        let laid = self.lay_out()?;
        unless_cancelled(cancelled)?;
        let page_count = laid.page_count();
        if page_count > LONG_PACK_PAGES {
            let pdf = laid.first_pages(FIRST_PAGES)?;
            first(PackPages {
                pdf,
                pdf_pages: count(FIRST_PAGES),
                page_count: count(page_count),
                anchors: anchors(laid.anchors().clone()),
                contents: laid.contents(),
            });
            unless_cancelled(cancelled)?;
        }
        Ok(laid.write()?.into())
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn anchors(a: BTreeMap<String, usize>) -> BTreeMap<String, u32> {
    a.into_iter().map(|(a, p)| (a, count(p))).collect()
}

/// A pack's pages for the preview: the PDF bytes export would write (or, for a long
/// pack's first look, its first pages alone), how many pages the pack has and on which
/// page each heading anchor is. Sent to the window as raw bytes after a small JSON header
/// (the fields other than `pdf`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackPages {
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub pdf: Vec<u8>,
    /// How many pages `pdf` holds: `page_count`, or the first pages of a long pack.
    pub pdf_pages: u32,
    /// How many pages the pack has.
    pub page_count: u32,
    /// Each heading anchor (an area's id, `case-…`, `sources`, …) with its 1-based page.
    pub anchors: BTreeMap<String, u32>,
    /// The contents: each section and subsection with its first page.
    pub contents: Vec<OutlineEntry>,
}

impl From<Rendered> for PackPages {
    fn from(r: Rendered) -> PackPages {
        PackPages {
            pdf_pages: count(r.page_count),
            page_count: count(r.page_count),
            anchors: anchors(r.anchors),
            contents: r.contents,
            pdf: r.pdf,
        }
    }
}

/// `Err(Cancelled)` once `cancelled` says so: checked between the stages of a workflow.
pub fn unless_cancelled(cancelled: &dyn Fn() -> bool) -> Result<()> {
    if cancelled() {
        Err(PackError::Cancelled.into())
    } else {
        Ok(())
    }
}

impl Library {
    /// Assembles the pack for `selection` from the library as it is now, with the options
    /// it is rendered with on `paper`, prepared at `now`.
    pub fn prepare_pack(
        &self,
        selection: &Selection,
        paper: Paper,
        now: Timestamp,
    ) -> Result<Prepared> {
        let pack = self.assembled_pack(selection)?;
        let options = options_for(&pack, paper, now);
        Ok(Prepared { pack, options })
    }

    /// The pages `make_pack` would write for the same `selection`, `paper` and `now`, byte
    /// for byte, without writing or recording anything. `cancelled` is asked before
    /// rendering: a preview nobody waits for any more stops there (`PackError::Cancelled`).
    #[tracing::instrument(skip_all)]
    pub fn render_pack_preview(
        &self,
        selection: &Selection,
        paper: Paper,
        now: Timestamp,
        cancelled: &dyn Fn() -> bool,
    ) -> Result<PackPages> {
        let prepared = self.prepare_pack(selection, paper, now)?;
        unless_cancelled(cancelled)?;
        Ok(prepared.render()?.into())
    }
}

/// Where each record a pack prints is printed (first), as the heading anchor of its part:
/// an area's section for the area, its benchmarks, asks, incidents and commitments; the
/// annexes for incidents and commitments outside every area; a case's own heading; the
/// sources. Built once per pack: the readiness check of a large pack asks for tens of
/// thousands of records.
pub struct Anchors {
    by_record: HashMap<(Kind, String), String>,
    has_cases: bool,
}

impl Anchors {
    pub fn of_pack(pack: &Pack) -> Anchors {
        let mut by_record = HashMap::new();
        let mut put = |kind: Kind, id: &str, anchor: &str| {
            by_record
                .entry((kind, id.to_string()))
                .or_insert_with(|| anchor.to_string());
        };
        for area in &pack.areas {
            put(Kind::ConcernArea, &area.id, &area.id);
            for b in &area.benchmarks {
                put(Kind::Benchmark, &b.id, &area.id);
            }
            for x in &area.asks {
                put(Kind::Ask, &x.id, &area.id);
            }
            for &n in area.incidents_since.iter().chain(&area.incidents_earlier) {
                if let Some(i) = pack.incidents.get(n) {
                    put(Kind::Incident, &i.id, &area.id);
                }
            }
            for &n in &area.commitments {
                if let Some(c) = pack.commitments.get(n) {
                    put(Kind::Commitment, &c.id, &area.id);
                }
            }
        }
        for i in &pack.incidents {
            put(Kind::Incident, &i.id, "annex-incidents");
        }
        for c in &pack.commitments {
            put(Kind::Commitment, &c.id, "annex-commitments");
        }
        for c in &pack.cases {
            put(Kind::Case, &c.id, &format!("case-{}", c.id));
        }
        for x in &pack.sources {
            put(Kind::Source, &x.id, "sources");
        }
        Anchors {
            by_record,
            has_cases: !pack.cases.is_empty(),
        }
    }

    /// The anchor of the part that prints the record `kind`/`id`, if the pack prints it
    /// under one.
    pub fn of(&self, kind: Kind, id: &str) -> Option<String> {
        if kind == Kind::CaseEntry {
            return self.has_cases.then(|| "cases".into());
        }
        self.by_record.get(&(kind, id.to_string())).cloned()
    }
}

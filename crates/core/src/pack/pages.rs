//! The pages of a pack exactly as export would write them, for the builder's live
//! preview. Making a pack (`make.rs`) and previewing its pages go through the same two
//! stages — `prepare_pack` (assemble, render options) and `Prepared::render` — so the
//! preview's bytes are the export's for the same selection, paper and time. Nothing is
//! written and nothing is recorded here.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{options_for, render, Pack, PackError, Paper, RenderOptions, Rendered, Selection};
use crate::error::Result;
use crate::model::{Kind, Timestamp};
use crate::store::Library;

/// A pack assembled from the library with the options it will be rendered with.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub pack: Pack,
    pub options: RenderOptions,
}

impl Prepared {
    /// The PDF of the pack (a pure function of the pack and its options).
    pub fn render(&self) -> Result<Rendered> {
        Ok(render(&self.pack, &self.options)?)
    }
}

/// A pack's pages for the preview: the PDF bytes export would write, how many pages they
/// are and on which page each heading anchor is. Sent to the window as raw bytes after a
/// small JSON header (the fields other than `pdf`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackPages {
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub pdf: Vec<u8>,
    pub page_count: u32,
    /// Each heading anchor (an area's id, `case-…`, `sources`, …) with its 1-based page.
    pub anchors: BTreeMap<String, u32>,
}

impl From<Rendered> for PackPages {
    fn from(r: Rendered) -> PackPages {
        PackPages {
            page_count: u32::try_from(r.page_count).unwrap_or(u32::MAX),
            anchors: r
                .anchors
                .into_iter()
                .map(|(a, p)| (a, u32::try_from(p).unwrap_or(u32::MAX)))
                .collect(),
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
        let pack = self.assemble_pack(selection)?;
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

/// The heading anchor of the part of `pack` where the record `kind`/`id` is printed
/// (first), if the pack prints it under one: an area's section for the area, its
/// benchmarks, asks, incidents and commitments; the annexes for incidents and commitments
/// outside every area; a case's own heading; the sources.
pub fn anchor_of(pack: &Pack, kind: Kind, id: &str) -> Option<String> {
    let area_where = |has: &dyn Fn(&super::AreaSection) -> bool| {
        pack.areas.iter().find(|a| has(a)).map(|a| a.id.clone())
    };
    match kind {
        Kind::ConcernArea => area_where(&|a| a.id == id),
        Kind::Benchmark => area_where(&|a| a.benchmarks.iter().any(|b| b.id == id)),
        Kind::Ask => area_where(&|a| a.asks.iter().any(|x| x.id == id)),
        Kind::Incident => {
            let at = pack.incidents.iter().position(|i| i.id == id)?;
            area_where(&|a| a.incidents_since.contains(&at) || a.incidents_earlier.contains(&at))
                .or_else(|| Some("annex-incidents".into()))
        }
        Kind::Commitment => {
            let at = pack.commitments.iter().position(|c| c.id == id)?;
            area_where(&|a| a.commitments.contains(&at))
                .or_else(|| Some("annex-commitments".into()))
        }
        Kind::Case => pack
            .cases
            .iter()
            .any(|c| c.id == id)
            .then(|| format!("case-{id}")),
        Kind::CaseEntry => (!pack.cases.is_empty()).then(|| "cases".into()),
        Kind::Source => pack
            .sources
            .iter()
            .any(|s| s.id == id)
            .then(|| "sources".into()),
        _ => None,
    }
}

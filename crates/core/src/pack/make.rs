//! The whole workflow of making a pack — assemble, render, write, record — and of writing
//! a recorded pack again. The CLI and the app both call these, so a pack is made the same
//! way whichever face asked for it.

use std::path::Path;

use serde::Serialize;

use super::{rerender, unless_cancelled, Audience, Paper, Selection};
use crate::error::Result;
use crate::model::Timestamp;
use crate::store::Library;

/// A stage of making a pack, reported while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum PackStep {
    /// Waiting for the user to pick where to save (the app only).
    Choosing,
    Assembling,
    Rendering,
    Saving,
    Recording,
}

/// A pack made and written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackMade {
    /// The pack record's id.
    pub pack_id: String,
    pub path: String,
    pub page_count: usize,
    pub bytes: usize,
    pub audience: Audience,
    pub areas: usize,
    pub incidents: usize,
    pub sources: usize,
}

/// A recorded pack written again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackRewritten {
    pub path: String,
    pub bytes: usize,
    /// The bytes are those of the first export (the same renderer made them); false when
    /// this version of Roundbook lays the same frozen content out differently.
    pub identical: bool,
}

impl Library {
    /// Assembles the pack for `selection` from the library as it is now, renders it on
    /// `paper` with `now` as its preparation time, writes the PDF to `output` (whole or
    /// not at all, never over the library's own files) and records it. `on_step` hears
    /// each stage. `strict`: refuse (write nothing) when the readiness check finds a
    /// blocker.
    pub fn make_pack(
        &mut self,
        selection: &Selection,
        paper: Paper,
        now: Timestamp,
        output: &Path,
        strict: bool,
        on_step: &mut dyn FnMut(PackStep),
    ) -> Result<PackMade> {
        self.make_pack_unless(selection, paper, now, output, strict, on_step, &|| false)
    }

    /// `make_pack`, asking `cancelled` between the stages (before rendering, before
    /// saving): once it says so, the workflow stops with `PackError::Cancelled`, having
    /// written and recorded nothing. Assembling and rendering are the preview's
    /// (`render_pack_preview`), so the file holds the bytes the builder showed.
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(name = "make_pack", skip_all, fields(audience = selection.audience.as_str()))]
    pub fn make_pack_unless(
        &mut self,
        selection: &Selection,
        paper: Paper,
        now: Timestamp,
        output: &Path,
        strict: bool,
        on_step: &mut dyn FnMut(PackStep),
        cancelled: &dyn Fn() -> bool,
    ) -> Result<PackMade> {
        self.refuse_own_file(output)?;
        on_step(PackStep::Assembling);
        let prepared = self.prepare_pack(selection, paper, now)?;
        let pack = &prepared.pack;
        if strict {
            let blockers: Vec<_> = super::check(pack, now.date())
                .into_iter()
                .filter(|f| f.severity == super::Severity::Blocker)
                .collect();
            if !blockers.is_empty() {
                return Err(super::PackError::Blocked { blockers }.into());
            }
        }
        unless_cancelled(cancelled)?;
        on_step(PackStep::Rendering);
        let rendered = prepared.render()?;
        // The last moment to stop: past it the file is written and recorded.
        unless_cancelled(cancelled)?;
        on_step(PackStep::Saving);
        crate::files::write_atomic(output, &rendered.pdf)?;
        on_step(PackStep::Recording);
        let saved = dunce::canonicalize(output).unwrap_or_else(|_| output.to_path_buf());
        let shown = saved.display().to_string();
        let record = self.record_pack(pack, &prepared.options, &rendered, Some(&shown))?;
        tracing::info!(
            pages = rendered.page_count,
            bytes = rendered.pdf.len(),
            "pack written"
        );
        Ok(PackMade {
            pack_id: record.id,
            path: shown,
            page_count: rendered.page_count,
            bytes: rendered.pdf.len(),
            audience: pack.audience,
            areas: pack.areas.len(),
            incidents: pack.incidents.len(),
            sources: pack.sources.len(),
        })
    }

    /// Writes a recorded pack again to `output` from its frozen content, and records the
    /// new place.
    #[tracing::instrument(skip_all)]
    pub fn rewrite_pack(&mut self, id: &str, output: &Path) -> Result<PackRewritten> {
        self.refuse_own_file(output)?;
        let record = self.pack_record(id)?;
        let rendered = rerender(&record)?;
        crate::files::write_atomic(output, &rendered.pdf)?;
        let saved = dunce::canonicalize(output).unwrap_or_else(|_| output.to_path_buf());
        let shown = saved.display().to_string();
        self.set_pack_file_path(id, Some(&shown))?;
        Ok(PackRewritten {
            path: shown,
            bytes: rendered.pdf.len(),
            identical: rendered.sha256 == record.pdf_sha256,
        })
    }
}

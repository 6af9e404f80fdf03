//! Pack commands: preview what a pack will pull in, export it as PDF (off the UI thread,
//! with progress), list the packs made, open or export one again.

use std::path::{Path, PathBuf};

use roundbook_core::pack::{self, rerender, Audience, Pack, PackSummary, Paper, Selection};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::commands::{blocking, now};
use crate::dialogs;
use crate::error::AppError;
use crate::payload::Saved;
use crate::state::AppState;

type Reply<T> = Result<T, AppError>;

/// What a pack would contain, before it is exported.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackPreview {
    /// The pack as it will be exported (the audience's filtering and the user's
    /// exclusions applied).
    pub pack: Pack,
    /// Everything the selection could pull in: the internal pack without exclusions. An
    /// item here but not in `pack` was left out by the user or, for an external audience,
    /// withheld because it is restricted.
    pub candidates: Pack,
    /// Pages of the PDF, cover included.
    pub page_count: u32,
    /// The contents: each section and subsection with its first page.
    pub contents: Vec<ContentsLine>,
}

/// One line of a pack's contents. (The core's `pack::render::Outline` is not exported
/// from `roundbook_core::pack`, so its entries are copied into this.)
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContentsLine {
    pub text: String,
    pub level: u8,
    pub page: u32,
}

/// A stage of an export, reported while it runs.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ExportStep {
    /// Waiting for the user to pick where to save.
    Choosing,
    Assembling,
    Rendering,
    Saving,
    Recording,
}

/// An exported pack.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackExported {
    pub pack_id: String,
    pub path: String,
    pub page_count: usize,
    pub bytes: usize,
}

/// Assembles the pack for a selection and lays it out (no PDF is written).
#[tauri::command(async)]
pub fn pack_preview(
    state: State<'_, AppState>,
    selection: Selection,
    paper: Paper,
) -> Reply<PackPreview> {
    let everything = Selection {
        audience: Audience::Internal,
        excluded: Vec::new(),
        ..selection.clone()
    };
    let (pack, candidates) = state.with(|lib| {
        Ok((
            lib.assemble_pack(&selection)?,
            lib.assemble_pack(&everything)?,
        ))
    })?;
    let outline = pack::outline(&pack, &pack::options_for(&pack, paper, now()))
        .map_err(roundbook_core::Error::from)?;
    Ok(PackPreview {
        page_count: outline.page_count,
        contents: outline
            .entries
            .into_iter()
            .map(|e| ContentsLine {
                text: e.text,
                level: e.level,
                page: e.page,
            })
            .collect(),
        pack,
        candidates,
    })
}

/// A file name for the save dialog: "Round 3 – EU–Kazakhstan PCA – external.pdf".
fn file_name(pack: &Pack) -> String {
    let raw = format!(
        "{} – {} – {} {}.pdf",
        pack.round.title,
        pack.negotiation.title,
        pack.audience.as_str(),
        pack.round.starts_on
    );
    raw.chars()
        .map(|c| if "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect()
}

/// Asks where to save, then assembles, renders, writes and records the pack. Runs off the
/// UI thread; `progress` hears each stage. `None`: the user cancelled the dialog.
#[tauri::command]
pub async fn export_pack(
    app: AppHandle,
    selection: Selection,
    paper: Paper,
    progress: Channel<ExportStep>,
) -> Reply<Option<PackExported>> {
    let report = progress.clone();
    let step = move |s: ExportStep| {
        let _ = report.send(s);
    };
    // Assemble first: a selection that cannot make a pack fails before any dialog.
    let handle = app.clone();
    let sel = selection.clone();
    let pack = blocking(move || {
        handle
            .state::<AppState>()
            .with(|lib| Ok(lib.assemble_pack(&sel)?))
    })
    .await?;
    let _ = progress.send(ExportStep::Choosing);
    let Some(path) = ask_pdf_path(&app, "Export the pack as PDF", &file_name(&pack)).await? else {
        return Ok(None);
    };
    let handle = app.clone();
    blocking(move || {
        let state = handle.state::<AppState>();
        step(ExportStep::Assembling);
        // Assembled again: the library may have changed while the dialog was open.
        let pack = state.with(|lib| Ok(lib.assemble_pack(&selection)?))?;
        step(ExportStep::Rendering);
        let options = pack::options_for(&pack, paper, now());
        let rendered = pack::render(&pack, &options).map_err(roundbook_core::Error::from)?;
        step(ExportStep::Saving);
        write_pdf(&state, &path, &rendered.pdf)?;
        step(ExportStep::Recording);
        let shown = path.display().to_string();
        let record =
            state.with(|lib| Ok(lib.record_pack(&pack, &options, &rendered, Some(&shown))?))?;
        Ok(Some(PackExported {
            pack_id: record.id,
            path: shown,
            page_count: rendered.page_count,
            bytes: rendered.pdf.len(),
        }))
    })
    .await
}

/// Packs made so far, newest first.
#[tauri::command(async)]
pub fn list_packs(state: State<'_, AppState>) -> Reply<Vec<PackSummary>> {
    state.with(|lib| Ok(lib.pack_summaries()?))
}

/// Writes a recorded pack again (the same bytes as the first time) where the user says,
/// and records the new place (so "Open PDF" opens it).
#[tauri::command]
pub async fn reexport_pack(app: AppHandle, id: String) -> Reply<Option<Saved>> {
    let handle = app.clone();
    let record = blocking(move || {
        handle
            .state::<AppState>()
            .with(|lib| Ok(lib.pack_record(&id)?))
    })
    .await?;
    let name = file_name(&record.content);
    let Some(path) = ask_pdf_path(&app, "Export the pack again", &name).await? else {
        return Ok(None);
    };
    let handle = app.clone();
    blocking(move || {
        let state = handle.state::<AppState>();
        let rendered = rerender(&record)?;
        write_pdf(&state, &path, &rendered.pdf)?;
        let shown = path.display().to_string();
        state.with(|lib| Ok(lib.set_pack_file_path(&record.id, Some(&shown))?))?;
        Ok(Some(Saved {
            path: shown,
            bytes: rendered.pdf.len(),
        }))
    })
    .await
}

/// True when `path` is where a recorded pack was saved.
pub fn is_pack_file(state: &AppState, path: &Path) -> Result<bool, AppError> {
    let packs = state.with(|lib| Ok(lib.pack_summaries()?))?;
    Ok(packs
        .iter()
        .any(|p| p.file_path.as_deref().map(Path::new) == Some(path)))
}

/// Asks where to save a PDF (the name ends in `.pdf`); `None` when the user cancels.
async fn ask_pdf_path(app: &AppHandle, title: &str, name: &str) -> Reply<Option<PathBuf>> {
    let path = dialogs::save_path(app, title, name, ("PDF document", &["pdf"])).await?;
    Ok(path.map(with_pdf_extension))
}

/// Writes a PDF whole or not at all — never over the library — and remembers it as one
/// the app may open.
fn write_pdf(state: &AppState, path: &Path, pdf: &[u8]) -> Reply<()> {
    state.refuse_library_file(path)?;
    roundbook_core::files::write_atomic(path, pdf)?;
    state.remember_written(path);
    Ok(())
}

fn with_pdf_extension(path: PathBuf) -> PathBuf {
    let is_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if is_pdf {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(".pdf");
        s.into()
    }
}

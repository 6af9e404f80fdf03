//! Pack commands: preview what a pack will pull in, export it as PDF (off the UI thread,
//! with progress), list the packs made, export one again. Each calls one core workflow;
//! only the save dialog is the app's own.

use std::path::{Path, PathBuf};

use roundbook_core::pack::{
    LastPackChoice, Pack, PackMade, PackPreview, PackRewritten, PackStep, PackSummary, Paper,
    Selection, StatusGrid,
};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::commands::{blocking, now};
use crate::dialogs;
use crate::error::AppError;
use crate::state::AppState;

type Reply<T> = Result<T, AppError>;

/// Assembles the pack for a selection and lays it out (no PDF is written): the pack, its
/// contents and page count, and every item it could pull in with what became of it.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn pack_preview(
    state: State<'_, AppState>,
    selection: Selection,
    paper: Paper,
) -> Reply<PackPreview> {
    state.with(|lib| Ok(lib.preview_pack(&selection, paper, now())?))
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
#[tracing::instrument(skip_all)]
pub async fn export_pack(
    app: AppHandle,
    selection: Selection,
    paper: Paper,
    progress: Channel<PackStep>,
) -> Reply<Option<PackMade>> {
    // Assemble first: a selection that cannot make a pack fails before any dialog.
    let handle = app.clone();
    let sel = selection.clone();
    let pack = blocking(move || {
        handle
            .state::<AppState>()
            .with(|lib| Ok(lib.assemble_pack(&sel)?))
    })
    .await?;
    let _ = progress.send(PackStep::Choosing);
    let Some(path) = ask_pdf_path(&app, "Export the pack as PDF", &file_name(&pack)).await? else {
        return Ok(None);
    };
    let handle = app.clone();
    blocking(move || {
        let state = handle.state::<AppState>();
        // Assembled again inside: the library may have changed while the dialog was open.
        let made = state.with(|lib| {
            Ok(
                lib.make_pack(&selection, paper, now(), &path, false, &mut |step| {
                    let _ = progress.send(step);
                })?,
            )
        })?;
        state.remember_written(Path::new(&made.path));
        Ok(Some(made))
    })
    .await
}

/// The selection and paper of the newest pack made for `round_id`, if any: where the
/// builder starts for a round it has no choice of its own for.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn last_pack_choice(
    state: State<'_, AppState>,
    round_id: String,
) -> Reply<Option<LastPackChoice>> {
    state.with(|lib| Ok(lib.last_pack_choice(&round_id)?))
}

/// The status of each benchmark of a negotiation at each of its rounds, for its page
/// (rounds after today are left empty).
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn status_grid(state: State<'_, AppState>, negotiation_id: String) -> Reply<StatusGrid> {
    let today = now().date();
    state.with(|lib| Ok(lib.status_grid(&negotiation_id, today)?))
}

/// Packs made so far, newest first.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn list_packs(state: State<'_, AppState>) -> Reply<Vec<PackSummary>> {
    state.with(|lib| Ok(lib.pack_summaries()?))
}

/// Writes a recorded pack again where the user says (from its frozen content), and
/// records the new place (so "Open PDF" opens it).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn reexport_pack(app: AppHandle, id: String) -> Reply<Option<PackRewritten>> {
    let handle = app.clone();
    let pack_id = id.clone();
    let record = blocking(move || {
        handle
            .state::<AppState>()
            .with(|lib| Ok(lib.pack_record(&pack_id)?))
    })
    .await?;
    let name = file_name(&record.content);
    let Some(path) = ask_pdf_path(&app, "Export the pack again", &name).await? else {
        return Ok(None);
    };
    let handle = app.clone();
    blocking(move || {
        let state = handle.state::<AppState>();
        let written = state.with(|lib| Ok(lib.rewrite_pack(&id, &path)?))?;
        state.remember_written(Path::new(&written.path));
        Ok(Some(written))
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

//! Pack commands: preview what a pack will pull in and its pages, export it as PDF (off
//! the UI thread, with progress, cancellable), list the packs made, export one again. Each
//! calls one core workflow; only the save dialog is the app's own.

use std::path::{Path, PathBuf};

use roundbook_core::pack::{
    unless_cancelled, LastPackChoice, Pack, PackError, PackMade, PackPages, PackPreview,
    PackRewritten, PackStep, PackSummary, Paper, Selection, StatusGrid,
};
use roundbook_raster::Pages;
use tauri::ipc::{Channel, Response};
use tauri::{AppHandle, Manager, State};

use crate::commands::{blocking, now};
use crate::dialogs;
use crate::error::AppError;
use crate::memory::give_back_free_memory;
use crate::payload::PagesShown;
use crate::state::AppState;

type Reply<T> = Result<T, AppError>;

/// What the pack builder shows beside the pages for a selection: what the pack holds,
/// every item it could pull in with what became of it, and the readiness check; of the
/// candidate incidents and the findings, the first `listed` of each list (all when
/// `None`) with how many there are. The library is read under its lock; the rest is
/// worked out after it is let go, so the pages (`pack_pages`) are assembled meanwhile.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn pack_preview(
    state: State<'_, AppState>,
    selection: Selection,
    listed: Option<u32>,
) -> Reply<PackPreview> {
    let inputs = state.with(|lib| Ok(lib.preview_inputs(&selection)?))?;
    let preview = inputs.preview(now().date(), listed.map(|n| n as usize));
    give_back_free_memory();
    Ok(preview)
}

/// The pages of the pack for `selection` exactly as export would write them (the core's
/// `prepare_pack`, then `Prepared::pages_first_pages_first`), for the builder's page
/// viewer. The pack is assembled under the library's lock and rendered outside it, so
/// other commands go on meanwhile. The PDF stays here: the window gets its number, page
/// count, page size, anchors and contents, and asks for each page it shows
/// (`pack_page`). A long pack's first pages come first, through `first`, as a PDF of
/// those pages alone; the reply is the whole PDF. A newer call makes this one stale: it
/// stops before the next stage with `cancelled`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn pack_pages(
    app: AppHandle,
    selection: Selection,
    paper: Paper,
    first: Channel<PagesShown>,
) -> Reply<PagesShown> {
    let generation = app.state::<AppState>().next_preview();
    blocking(move || {
        let state = app.state::<AppState>();
        let stale = || state.preview_is_stale(generation);
        unless_cancelled(&stale)?;
        let prepared = state.with(|lib| Ok(lib.prepare_pack(&selection, paper, now())?))?;
        unless_cancelled(&stale)?;
        let mut sent = Ok(());
        let pages = prepared.pages_first_pages_first(
            &mut |head| {
                sent = shown(&state, head).map(|head| {
                    let _ = first.send(head);
                })
            },
            &stale,
        )?;
        sent?;
        drop(prepared);
        let shown = shown(&state, pages)?;
        give_back_free_memory();
        Ok(shown)
    })
    .await
}

/// Keeps `pages`' PDF for `pack_page` and says what the viewer needs of it.
fn shown(state: &AppState, mut pages: PackPages) -> Reply<PagesShown> {
    let pdf = Pages::open(std::mem::take(&mut pages.pdf))?;
    let (page_width, page_height) = pdf.size(1)?;
    let doc = state.show_pages(pdf);
    Ok(PagesShown {
        doc,
        pages,
        page_width,
        page_height,
    })
}

/// Page `page` (1-based) of a PDF `pack_pages` gave the number `doc`, drawn `width`
/// pixels wide, as a PNG (raw bytes, not JSON). Fails with `cancelled` when newer pages
/// replaced that PDF: the window has moved on.
#[tauri::command]
#[tracing::instrument(skip(app))]
pub async fn pack_page(app: AppHandle, doc: u32, page: u32, width: u32) -> Reply<Response> {
    blocking(move || {
        let pages = app
            .state::<AppState>()
            .shown_pages(doc)
            .ok_or(PackError::Cancelled)
            .map_err(roundbook_core::Error::from)?;
        let drawn = pages.draw(page as usize, width)?;
        Ok(Response::new(drawn.png))
    })
    .await
}

/// Stops the export under way before its next stage: nothing is written or recorded, and
/// `export_pack` fails with the code `cancelled`.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn cancel_export(state: State<'_, AppState>) {
    state.cancel_export();
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
/// UI thread; `progress` hears each stage. `None`: the user cancelled the dialog; the code
/// `cancelled`: the user cancelled the export (`cancel_export`) and nothing was written.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn export_pack(
    app: AppHandle,
    selection: Selection,
    paper: Paper,
    progress: Channel<PackStep>,
) -> Reply<Option<PackMade>> {
    app.state::<AppState>().start_export();
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
        let cancelled = || state.export_is_cancelled();
        let made = state.with(|lib| {
            Ok(lib.make_pack_unless(
                &selection,
                paper,
                now(),
                &path,
                false,
                &mut |step| {
                    let _ = progress.send(step);
                },
                &cancelled,
            )?)
        });
        // Made, failed or cancelled: the pack's memory is free either way.
        give_back_free_memory();
        let made = made?;
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

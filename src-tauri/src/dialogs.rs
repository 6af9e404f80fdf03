//! The native file dialogs, called off the main thread (a blocking dialog on the main
//! thread would freeze the window).
//!
//! The end-to-end tests cannot click a native dialog. Only in a build with the `e2e`
//! feature — never in a build users get — the dialogs are replaced: a save goes to the
//! suggested file name in the folder `ROUNDBOOK_E2E_SAVE_PATH` (or to that path when it
//! is not a folder), and an open picks `ROUNDBOOK_E2E_OPEN_PATH` (a link the tests point
//! at the file they want; the app reads the file it names).

use std::path::PathBuf;

use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

use crate::error::AppError;

/// A file type the dialog offers, e.g. ("PDF document", &["pdf"]).
pub type Filter = (&'static str, &'static [&'static str]);

/// Asks where to save; `None` when the user cancels.
pub async fn save_path(
    app: &AppHandle,
    title: &str,
    file_name: &str,
    filter: Filter,
) -> Result<Option<PathBuf>, AppError> {
    #[cfg(feature = "e2e")]
    if let Some(p) = std::env::var_os("ROUNDBOOK_E2E_SAVE_PATH").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return Ok(Some(if p.is_dir() { p.join(file_name) } else { p }));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.0, filter.1);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    if let Some(dir) = dirs::document_dir().or_else(dirs::home_dir) {
        dialog = dialog.set_directory(dir);
    }
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .map_err(AppError::internal)?;
    picked
        .map(|p| p.into_path().map_err(AppError::internal))
        .transpose()
}

/// Asks which file to open; `None` when the user cancels. The file comes back by its
/// real name (a link is followed), so that what the app shows is the file it reads.
pub async fn open_path(
    app: &AppHandle,
    title: &str,
    filter: Filter,
) -> Result<Option<PathBuf>, AppError> {
    #[cfg(feature = "e2e")]
    if let Some(p) = std::env::var_os("ROUNDBOOK_E2E_OPEN_PATH").filter(|p| !p.is_empty()) {
        return Ok(Some(real_name(PathBuf::from(p))));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter.0, filter.1);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .map_err(AppError::internal)?;
    picked
        .map(|p| p.into_path().map(real_name).map_err(AppError::internal))
        .transpose()
}

fn real_name(path: PathBuf) -> PathBuf {
    // dunce: no \\?\ prefix on Windows (std's canonicalize elsewhere).
    dunce::canonicalize(&path).unwrap_or(path)
}

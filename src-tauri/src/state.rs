//! The app's state: the open library.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use roundbook_core::{paths, Library};

use crate::error::AppError;

pub struct AppState {
    library: Mutex<Option<Library>>,
    pub path: PathBuf,
}

impl AppState {
    /// The library path by the same rule as the CLI: `$ROUNDBOOK_DB`, else the platform
    /// data directory.
    pub fn library_path() -> Option<PathBuf> {
        let env_db = std::env::var("ROUNDBOOK_DB").ok();
        paths::library_path(None, env_db.as_deref(), dirs::data_dir().as_deref())
    }

    pub fn new(path: PathBuf, library: Option<Library>) -> AppState {
        AppState {
            library: Mutex::new(library),
            path,
        }
    }

    /// The open library, or an error the UI understands when it is not open.
    pub fn with<R>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<R, AppError>,
    ) -> Result<R, AppError> {
        let mut guard: MutexGuard<'_, Option<Library>> =
            self.library.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_mut() {
            Some(lib) => f(lib),
            None => Err(AppError::new("locked", "the library is not open")),
        }
    }
}

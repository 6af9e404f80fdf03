//! The app's state: the open library (or why it is not open), and the files this run
//! of the app wrote (the only local files it will hand to the system to open).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use roundbook_core::{paths, Library};

use crate::error::AppError;

pub struct AppState {
    library: Mutex<Option<Library>>,
    /// Why the library is not open, when it is not (e.g. `wrong_passphrase`).
    open_error: Mutex<Option<AppError>>,
    written: Mutex<HashSet<PathBuf>>,
    pub path: PathBuf,
}

impl AppState {
    /// The library path by the same rule as the CLI: `$ROUNDBOOK_DB`, else the platform
    /// data directory.
    pub fn library_path() -> PathBuf {
        let env_db = std::env::var("ROUNDBOOK_DB").ok();
        paths::library_path(None, env_db.as_deref(), dirs::data_dir().as_deref())
            .unwrap_or_else(|| paths::LIBRARY_FILE.into())
    }

    pub fn new(path: PathBuf) -> AppState {
        AppState {
            library: Mutex::new(None),
            open_error: Mutex::new(None),
            written: Mutex::new(HashSet::new()),
            path,
        }
    }

    /// Opens the library file (creating it and its folder when new). A failure is kept
    /// for the UI, which then asks for the passphrase or shows what went wrong.
    pub fn open(&self, passphrase: Option<&str>) -> Result<(), AppError> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| AppError::new("io", format!("{}: {e}", dir.display())))?;
        }
        let result = Library::open(&self.path, passphrase).map_err(AppError::from);
        let mut error = lock(&self.open_error);
        match result {
            Ok(lib) => {
                *lock(&self.library) = Some(lib);
                *error = None;
                Ok(())
            }
            Err(e) => {
                *error = Some(e.clone());
                Err(e)
            }
        }
    }

    pub fn is_open(&self) -> bool {
        lock(&self.library).is_some()
    }

    pub fn open_error(&self) -> Option<AppError> {
        lock(&self.open_error).clone()
    }

    /// The open library, or an error the UI understands when it is not open.
    pub fn with<R>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<R, AppError>,
    ) -> Result<R, AppError> {
        let mut guard = lock(&self.library);
        match guard.as_mut() {
            Some(lib) => f(lib),
            None => Err(AppError::new("locked", "the library is not open")),
        }
    }

    /// Remembers a file this app wrote, so that it may later be opened.
    pub fn remember_written(&self, path: &Path) {
        lock(&self.written).insert(path.to_path_buf());
    }

    pub fn wrote(&self, path: &Path) -> bool {
        lock(&self.written).contains(path)
    }
}

/// A poisoned lock still guards consistent data here (the library's own transactions
/// roll back on failure), so take it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

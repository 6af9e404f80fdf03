//! Security commands: lock the library, encrypt it, change its passphrase or decrypt it,
//! and its backups (list, make one, restore one).
//!
//! Converting or restoring the library file needs every connection to it closed: the app
//! drops its `Library` (`AppState::with_file_closed`), has the core convert or replace the
//! file, and opens it again with the passphrase it now has. Passphrases come from the
//! form, are wiped from memory after use, and are never logged or kept.

use std::path::{Path, PathBuf};

use roundbook_core::crypto::{self, FileState};
use roundbook_core::store::{self, backup, EncryptionReport};
use roundbook_core::ErrorCode;
use roundbook_core::Library;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};
use zeroize::Zeroizing;

use crate::commands::{blocking, now};
use crate::error::AppError;
use crate::payload::{BackupInfo, Backups};
use crate::state::{AppState, LockReason, BACKUPS_KEPT};

type Reply<T> = Result<T, AppError>;

// ----- locking ------------------------------------------------------------------------

/// "Lock now": closes the encrypted library until its passphrase is given again.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn lock_library(state: State<'_, AppState>) -> Reply<()> {
    state.lock(LockReason::Manual).map(|_| ())
}

/// The user touched the keyboard or mouse (the window reports it, at most a few times a
/// second); it restarts the idle clock.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn note_activity(state: State<'_, AppState>) {
    state.touch();
}

/// Where the window hears that the library locked itself after being idle.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn watch_lock(state: State<'_, AppState>, on_lock: Channel<LockReason>) {
    state.watch_locks(on_lock);
}

// ----- encryption ---------------------------------------------------------------------

/// Checks that `passphrase` opens the library file, without touching the open library.
/// A wrong one is reported on `field`, and nothing is closed.
fn check_current(path: &Path, passphrase: &str, field: &str) -> Reply<()> {
    match Library::open(path, Some(passphrase)) {
        Ok(_) => Ok(()),
        Err(e) => Err(AppError::from(e).with_field(field)),
    }
}

/// Encrypts the (plain) library with a new passphrase, its backups too.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn encrypt_library(app: AppHandle, passphrase: String) -> Reply<EncryptionReport> {
    let passphrase = Zeroizing::new(passphrase);
    crypto::check_passphrase(&passphrase).map_err(AppError::from)?;
    blocking(move || {
        let state = app.state::<AppState>();
        state.with_file_closed(
            |path| Ok(store::encrypt(path, &passphrase)?),
            &[passphrase.as_str()],
        )
    })
    .await
}

/// Changes the passphrase of the encrypted library (and of its backups).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn change_passphrase(
    app: AppHandle,
    current: String,
    passphrase: String,
) -> Reply<EncryptionReport> {
    let current = Zeroizing::new(current);
    let passphrase = Zeroizing::new(passphrase);
    crypto::check_passphrase(&passphrase).map_err(AppError::from)?;
    blocking(move || {
        let state = app.state::<AppState>();
        check_current(&state.path, &current, "current")?;
        state.with_file_closed(
            |path| Ok(store::rekey(path, &current, &passphrase)?),
            &[passphrase.as_str(), current.as_str()],
        )
    })
    .await
}

/// Decrypts the library (and its backups): it then opens without a passphrase.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn decrypt_library(app: AppHandle, passphrase: String) -> Reply<EncryptionReport> {
    let passphrase = Zeroizing::new(passphrase);
    blocking(move || {
        let state = app.state::<AppState>();
        check_current(&state.path, &passphrase, "passphrase")?;
        state.with_file_closed(
            |path| Ok(store::decrypt(path, &passphrase)?),
            &[passphrase.as_str()],
        )
    })
    .await
}

// ----- backups ------------------------------------------------------------------------

fn backups_of(state: &AppState) -> Reply<Backups> {
    let files = backup::list(&state.path)?
        .into_iter()
        .map(|b| BackupInfo {
            encrypted: crypto::file_state(Path::new(&b.path))
                .is_ok_and(|s| s == FileState::Encrypted),
            file_name: b.file_name,
            bytes: b.bytes,
            modified: b.modified,
        })
        .collect();
    Ok(Backups {
        dir: backup::dir_for(&state.path).display().to_string(),
        files,
        kept: BACKUPS_KEPT,
        problem: state.backup_problem(),
    })
}

/// The library's backups, newest first.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn list_backups(state: State<'_, AppState>) -> Reply<Backups> {
    state.with(|_| backups_of(&state))
}

/// Makes a backup now (beside the daily ones); returns the list.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn backup_now(app: AppHandle) -> Reply<Backups> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let label = now().utc().format("%Y%m%dT%H%M%SZ-manual").to_string();
            lib.backup_now(&label)?;
            backups_of(&state)
        })
    })
    .await
}

/// Replaces the library with one of its backups (named as the list names it). The core
/// checks the backup first and backs up the library as it was, so a restore can be undone.
/// An encrypted library (or backup) needs the library's passphrase.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn restore_backup(
    app: AppHandle,
    file_name: String,
    passphrase: Option<String>,
) -> Reply<()> {
    let passphrase = passphrase.map(Zeroizing::new);
    blocking(move || {
        let state = app.state::<AppState>();
        // Only a backup the list shows: never a path the window makes up.
        let backup: PathBuf = state.with(|_| {
            backup::list(&state.path)?
                .into_iter()
                .find(|b| b.file_name == file_name)
                .map(|b| PathBuf::from(b.path))
                .ok_or_else(|| {
                    AppError::new(
                        ErrorCode::NotFound,
                        roundbook_core::m!("app-error-no-backup", file = file_name.as_str()),
                    )
                })
        })?;
        let pass = passphrase.as_ref().map(|p| p.as_str());
        if crypto::file_state(&state.path)? == FileState::Encrypted {
            let pass =
                pass.ok_or_else(|| AppError::from(roundbook_core::Error::PassphraseRequired))?;
            check_current(&state.path, pass, "passphrase")?;
        }
        state.with_file_closed(
            |path| Ok(backup::restore(path, &backup, pass, now())?),
            pass.as_slice(),
        )
    })
    .await
}

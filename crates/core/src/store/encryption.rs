//! Encrypting, decrypting and re-keying a library file in place. The library is exported
//! (SQLCipher's `sqlcipher_export`) to a new file with the new key beside it, checked,
//! then swapped in; the old file is overwritten before it is removed. The library's
//! backups are converted the same way, so they never hold what the library no longer
//! shows in the clear. Nothing is lost on failure: the old file stays until the new one
//! is complete.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

use super::{backup, migrate, Library};
use crate::crypto::{self, FileState, RawKey};
use crate::error::{Error, Result};

/// What converting the backups did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct EncryptionReport {
    pub backups_converted: u32,
    /// Backups that did not open with the library's passphrase (made before an earlier
    /// change of passphrase); left as they are.
    pub backups_skipped: u32,
}

/// Encrypts a plain library with `passphrase`.
#[tracing::instrument(skip_all)]
pub fn encrypt(path: &Path, passphrase: &str) -> Result<EncryptionReport> {
    if crypto::file_state(path)? == FileState::Encrypted {
        return Err(Error::AlreadyEncrypted);
    }
    change(path, None, Some(passphrase))
}

/// Decrypts an encrypted library.
#[tracing::instrument(skip_all)]
pub fn decrypt(path: &Path, passphrase: &str) -> Result<EncryptionReport> {
    if crypto::file_state(path)? != FileState::Encrypted {
        return Err(Error::NotEncrypted);
    }
    change(path, Some(passphrase), None)
}

/// Changes the passphrase of an encrypted library.
#[tracing::instrument(skip_all)]
pub fn rekey(path: &Path, old: &str, new: &str) -> Result<EncryptionReport> {
    if crypto::file_state(path)? != FileState::Encrypted {
        return Err(Error::NotEncrypted);
    }
    change(path, Some(old), Some(new))
}

fn change(path: &Path, current: Option<&str>, new: Option<&str>) -> Result<EncryptionReport> {
    if let Some(p) = new {
        crypto::check_passphrase(p)?;
    }
    {
        // Opening checks the passphrase and brings the schema up to date; then make sure
        // no other program is writing.
        let lib = Library::open(path, current)?;
        lib.set_busy_timeout(Duration::from_millis(500))?;
        lib.conn.execute_batch("BEGIN IMMEDIATE; COMMIT;")?;
        lib.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    convert_file(path, current, new)?;
    let mut report = EncryptionReport::default();
    for b in backup::list(path)? {
        match convert_file(Path::new(&b.path), current, new) {
            Ok(()) => report.backups_converted += 1,
            Err(Error::WrongPassphrase | Error::PassphraseRequired) => report.backups_skipped += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

/// Rewrites one database file with a new key (or none), in place.
fn convert_file(path: &Path, current: Option<&str>, new: Option<&str>) -> Result<()> {
    let src_key = match (crypto::file_state(path)?, current) {
        (FileState::Encrypted, Some(p)) => Some(RawKey::for_file(path, p)?),
        (FileState::Encrypted, None) => return Err(Error::PassphraseRequired),
        _ => None,
    };
    let new_key = new.map(RawKey::new_file).transpose()?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".convert-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    {
        let conn = Connection::open(path)?;
        if let Some(k) = &src_key {
            k.apply(&conn)?;
        }
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| match Error::from(e) {
            Error::Db(_) | Error::WrongPassphrase => Error::WrongPassphrase,
            other => other,
        })?;
        let version = migrate::version(&conn)?;
        let target_key = match &new_key {
            Some(k) => k.literal().to_string(),
            None => "''".to_string(),
        };
        let target = tmp.path().to_string_lossy().replace('\'', "''");
        conn.execute_batch(&format!(
            "ATTACH DATABASE '{target}' AS target KEY {target_key};"
        ))?;
        conn.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
        conn.execute_batch(&format!(
            "PRAGMA target.user_version = {version}; DETACH DATABASE target;"
        ))?;
    }
    // The new file must open with the new key before it replaces the old one.
    {
        let check = Connection::open(tmp.path())?;
        if let Some(k) = &new_key {
            k.apply(&check)?;
        }
        let ok: String = check.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if ok != "ok" {
            return Err(Error::BadBackup(
                path.to_path_buf(),
                format!("the converted copy failed its check ({ok})"),
            ));
        }
    }
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    let aside = path.with_file_name(format!(
        ".{}.old",
        path.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default()
    ));
    std::fs::rename(path, &aside).map_err(|e| Error::io(path, e))?;
    if let Err(e) = tmp.persist(path) {
        // Put the original back; nothing is lost.
        let _ = std::fs::rename(&aside, path);
        return Err(Error::io(path, e.error));
    }
    crate::files::sync_dir(dir)?;
    crate::files::scrub_and_remove(&aside)?;
    for leftover in [backup::wal_path(path), backup::shm_path(path)] {
        if leftover.exists() {
            crate::files::scrub_and_remove(&leftover)?;
        }
    }
    Ok(())
}

//! Encrypting, decrypting and re-keying a library file in place, with its backups. Each
//! file is exported (SQLCipher's `sqlcipher_export`) into a new file with the new key
//! beside it and checked; when every file is ready, they are swapped in together and the
//! old contents overwritten (see `conversion` for why a crash at any moment loses and
//! leaks nothing). A link to the library is followed: the file is converted, the link
//! stays. Nobody else may have the library open meanwhile.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use super::lock::{self, LibraryLock};
use super::{backup, conversion, migrate, Library, OpenOptions};
use crate::crypto::{self, FileState, RawKey};
use crate::error::{Error, Result};

/// What converting the backups did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct EncryptionReport {
    pub backups_converted: u32,
    /// Backups that did not open with the library's passphrase (made before an earlier
    /// change of passphrase by an older version of Roundbook); left as they are, and
    /// still opened by that older passphrase.
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
    let library = crate::files::write_target(path)?;
    let _lock = LibraryLock::exclusive(&library, lock::WAIT_EXCLUSIVE)?;
    conversion::recover(&library)?;
    {
        // Opening checks the passphrase and brings the schema up to date; then the
        // write-ahead log is folded into the file, which is what gets exported.
        let lib = Library::open_locked(&library, &OpenOptions::with_passphrase(current), None)?;
        lib.set_busy_timeout(Duration::from_millis(500))?;
        lib.conn.execute_batch("BEGIN IMMEDIATE; COMMIT;")?;
        lib.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    let mut report = EncryptionReport::default();
    let mut files = vec![library.clone()];
    let prepared = (|| {
        prepare(&library, current, new)?;
        for b in backup::list(&library)? {
            let file = PathBuf::from(&b.path);
            match prepare(&file, current, new) {
                Ok(()) => {
                    report.backups_converted += 1;
                    files.push(file);
                }
                Err(Error::WrongPassphrase | Error::PassphraseRequired) => {
                    report.backups_skipped += 1
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    })();
    if let Err(e) = prepared {
        // Nothing was replaced: remove what was prepared.
        conversion::recover(&library)?;
        return Err(e);
    }
    conversion::commit(&library, &files)?;
    tracing::info!(
        backups_converted = report.backups_converted,
        backups_skipped = report.backups_skipped,
        "converted"
    );
    Ok(report)
}

/// Writes `path` converted to the new key (or none) into its partial file, and checks it.
fn prepare(path: &Path, current: Option<&str>, new: Option<&str>) -> Result<()> {
    let src_key = match (crypto::file_state(path)?, current) {
        (FileState::Encrypted, Some(p)) => Some(RawKey::for_file(path, p)?),
        (FileState::Encrypted, None) => return Err(Error::PassphraseRequired),
        _ => None,
    };
    let new_key = new.map(RawKey::new_file).transpose()?;
    let target = conversion::partial_path(path);
    if target.exists() {
        crate::files::scrub_and_remove(&target)?;
    }
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
        let name = target.to_string_lossy().replace('\'', "''");
        conn.execute_batch(&format!(
            "ATTACH DATABASE '{name}' AS target KEY {target_key};"
        ))?;
        conn.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
        conn.execute_batch(&format!(
            "PRAGMA target.user_version = {version}; DETACH DATABASE target;"
        ))?;
    }
    // The new file must open with the new key before it may replace the old one.
    let check = Connection::open(&target)?;
    if let Some(k) = &new_key {
        k.apply(&check)?;
    }
    let ok: String = check.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    drop(check);
    if ok != "ok" {
        return Err(Error::BadBackup(
            path.to_path_buf(),
            crate::m!("backup-problem-conversion-failed", check = ok),
        ));
    }
    // Opened for writing: Windows flushes only a handle that may write.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&target)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(&target, e))?;
    Ok(())
}

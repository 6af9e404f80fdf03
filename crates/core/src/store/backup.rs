//! Backups: copies of the library made with SQLite's online backup API, kept in a folder
//! beside the library file (`<file>.backups/`). A backup of an encrypted library is
//! encrypted with the same key. Backups are made before every migration and, when the
//! caller asks, at most once a day; the newest are kept. Restoring replaces the library
//! file with a backup, after backing up the library as it was.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use serde::Serialize;

use super::{migrate, BackupPolicy, Library};
use crate::crypto::{self, FileState, RawKey};
use crate::error::{Error, Result};
use crate::m;
use crate::model::Timestamp;

const SUFFIX: &str = ".roundbook";

/// A backup on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BackupFile {
    pub path: String,
    pub file_name: String,
    pub bytes: u64,
    /// Seconds since 1970 when the file was written (from the file system).
    pub modified: i64,
}

/// The backup folder of a library file.
pub fn dir_for(library: &Path) -> PathBuf {
    let name = library
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "library".into());
    library.with_file_name(format!("{name}.backups"))
}

fn stem(library: &Path) -> String {
    library
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "library".into())
}

/// The backups of a library, newest first.
pub fn list(library: &Path) -> Result<Vec<BackupFile>> {
    let dir = dir_for(library);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, e))?;
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.ends_with(SUFFIX) || name.starts_with('.') {
            continue;
        }
        let meta = entry.metadata().map_err(|e| Error::io(entry.path(), e))?;
        let modified = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        out.push(BackupFile {
            path: entry.path().to_string_lossy().to_string(),
            file_name: name,
            bytes: meta.len(),
            modified,
        });
    }
    out.sort_by(|a, b| (b.modified, &b.file_name).cmp(&(a.modified, &a.file_name)));
    Ok(out)
}

/// A file name in the backup folder that is not taken yet.
fn free_name(dir: &Path, base: &str) -> PathBuf {
    let first = dir.join(format!("{base}{SUFFIX}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{base}-{n}{SUFFIX}")))
        .find(|p| !p.exists())
        .expect("some name is free")
}

fn stamp(t: Timestamp) -> String {
    t.utc().format("%Y%m%dT%H%M%SZ").to_string()
}

impl Library {
    /// Copies the library to `dest` with SQLite's online backup API (readers and writers
    /// of this connection wait meanwhile). The copy is written beside `dest` and renamed
    /// into place, so `dest` is never half-written.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let dir = dest
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = tempfile::Builder::new()
            .prefix(".backup-")
            .suffix(".partial")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        {
            let mut dst = Connection::open(tmp.path())?;
            if let Some(key) = &self.key {
                key.apply(&dst)?;
            }
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            backup.run_to_completion(512, Duration::ZERO, None)?;
        }
        tmp.as_file().sync_all().map_err(|e| Error::io(dest, e))?;
        tmp.persist(dest).map_err(|e| Error::io(dest, e.error))?;
        Ok(())
    }

    /// Makes a backup in the library's backup folder; returns its path.
    #[tracing::instrument(skip_all)]
    pub fn backup_now(&self, label: &str) -> Result<PathBuf> {
        let path = self.path.as_deref().ok_or_else(|| {
            Error::io(
                "library",
                std::io::Error::other("a library in memory has no file to back up"),
            )
        })?;
        let dir = dir_for(path);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let dest = free_name(&dir, &format!("{}-{label}", stem(path)));
        self.backup_to(&dest)?;
        Ok(dest)
    }
}

/// Before migrating a library from `from` to the current version.
#[tracing::instrument(skip(lib))]
pub(crate) fn before_migration(lib: &Library, from: i64) -> Result<()> {
    lib.backup_now(&format!("v{from}-before-upgrade-to-v{}", migrate::LATEST))?;
    Ok(())
}

/// A backup when the newest one is a day old or more (or there is none); then prunes.
#[tracing::instrument(skip_all)]
pub(crate) fn daily(lib: &Library, policy: BackupPolicy) -> Result<()> {
    let Some(path) = lib.path.as_deref() else {
        return Ok(());
    };
    let newest = list(path)?.into_iter().map(|b| b.modified).max();
    let now = policy.now.utc().timestamp();
    if newest.is_none_or(|m| now - m >= 24 * 60 * 60) {
        lib.backup_now(&stamp(policy.now))?;
        prune(path, policy.keep.max(1))?;
    }
    Ok(())
}

/// Keeps the newest `keep` backups.
pub fn prune(library: &Path, keep: usize) -> Result<usize> {
    let mut removed = 0;
    for old in list(library)?.into_iter().skip(keep) {
        crate::files::scrub_and_remove(Path::new(&old.path))?;
        removed += 1;
    }
    Ok(removed)
}

/// Opens a file as a library without changing it, and reports its schema version.
pub(crate) fn inspect(path: &Path, passphrase: Option<&str>) -> Result<i64> {
    let key = match (crypto::file_state(path)?, passphrase) {
        (FileState::Missing | FileState::Empty, _) => {
            return Err(Error::BadBackup(
                path.to_path_buf(),
                m!("backup-problem-missing"),
            ))
        }
        (FileState::NotADatabase, _) => {
            return Err(Error::BadBackup(
                path.to_path_buf(),
                m!("backup-problem-not-a-library"),
            ))
        }
        (FileState::Encrypted, None) => return Err(Error::PassphraseRequired),
        (FileState::Encrypted, Some(p)) => Some(RawKey::for_file(path, p)?),
        (FileState::Plain, _) => None,
    };
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if let Some(key) = &key {
        key.apply(&conn)?;
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| match Error::from(e) {
            Error::Db(_) | Error::WrongPassphrase => Error::WrongPassphrase,
            other => other,
        })?;
    if check != "ok" {
        return Err(Error::BadBackup(
            path.to_path_buf(),
            m!("backup-problem-damaged", check = check),
        ));
    }
    let version = migrate::version(&conn)?;
    migrate::plan(version)?;
    let has_records: bool = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE name = 'search_docs'",
            [],
            |_| Ok(true),
        )
        .unwrap_or(false);
    if !has_records {
        return Err(Error::BadBackup(
            path.to_path_buf(),
            m!("backup-problem-not-a-library"),
        ));
    }
    Ok(version)
}

/// Replaces the library at `library` with `backup`. The backup is checked first (it must
/// open with `passphrase` and pass SQLite's check); the library as it was is backed up
/// (or, if it cannot be opened, kept as `<name>.replaced`). Close every connection to the
/// library before restoring.
#[tracing::instrument(skip_all)]
pub fn restore(
    library: &Path,
    backup: &Path,
    passphrase: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let library = &crate::files::write_target(library)?;
    let _lock = super::lock::LibraryLock::exclusive(library, super::lock::WAIT_EXCLUSIVE)?;
    super::conversion::recover(library)?;
    inspect(backup, passphrase)?;
    // A plain file restored over an encrypted library would silently leave it unencrypted.
    if crypto::file_state(library)? == FileState::Encrypted
        && crypto::file_state(backup)? == FileState::Plain
    {
        return Err(Error::BadBackup(
            backup.to_path_buf(),
            m!("backup-problem-not-encrypted"),
        ));
    }
    if library.exists() {
        match Library::open_locked(
            library,
            &super::OpenOptions::with_passphrase(passphrase),
            None,
        ) {
            Ok(current) => {
                current.backup_now(&format!("{}-before-restore", stamp(now)))?;
                current.set_busy_timeout(Duration::ZERO)?;
                current.conn.execute_batch("BEGIN IMMEDIATE; COMMIT;")?;
            }
            Err(Error::Busy) => return Err(Error::Busy),
            Err(_) => {
                let aside = library.with_extension("replaced");
                std::fs::copy(library, &aside).map_err(|e| Error::io(&aside, e))?;
            }
        }
    }
    let bytes = std::fs::read(backup).map_err(|e| Error::io(backup, e))?;
    for leftover in [wal_path(library), shm_path(library)] {
        if leftover.exists() {
            std::fs::remove_file(&leftover).map_err(|e| Error::io(&leftover, e))?;
        }
    }
    crate::files::write_atomic(library, &bytes)?;
    Ok(())
}

pub(crate) fn wal_path(library: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", library.display()))
}

pub(crate) fn shm_path(library: &Path) -> PathBuf {
    PathBuf::from(format!("{}-shm", library.display()))
}

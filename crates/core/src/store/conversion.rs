//! Replacing a library and its backups together, so that a crash at any moment leaves
//! them all as they were or all converted — never a library on one key and backups on
//! another, and never a leftover copy in the clear beside an encrypted library.
//!
//! A conversion (encrypt, decrypt, re-key) runs in two phases, holding the library's
//! exclusive lock:
//!
//! 1. **Prepare**: every file (the library, then each backup) is converted into
//!    `<file>.convert.partial` beside it and checked. The originals are untouched. A
//!    crash here leaves only partial files, which are not part of anything.
//! 2. **Commit**: the journal `<library>.conversion` (the list of files) is written
//!    atomically; from then on the conversion is done, whatever happens. Each partial is
//!    renamed over its original, whose old content is overwritten with zeros through a
//!    handle kept open across the rename. Then the journal is removed.
//!
//! `recover`, which runs whenever the library is opened by a program that can have it to
//! itself, finishes a committed conversion (renames what is left, no key needed) and
//! removes, overwriting it first, every partial file of one that did not commit.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::backup;
use crate::error::{Error, Result};

/// The suffix of a file being prepared.
const PARTIAL: &str = ".convert.partial";

/// The journal of a committed conversion: the files to swap in.
#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    files: Vec<PathBuf>,
}

fn journal_path(library: &Path) -> PathBuf {
    let name = library
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    library.with_file_name(format!("{name}.conversion"))
}

/// Where a file is prepared.
pub(crate) fn partial_path(file: &Path) -> PathBuf {
    PathBuf::from(format!("{}{PARTIAL}", file.display()))
}

fn dir_of(file: &Path) -> &Path {
    file.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Makes the prepared files the real ones. Call after every file is prepared.
pub(crate) fn commit(library: &Path, files: &[PathBuf]) -> Result<()> {
    let journal = Journal {
        files: files.to_vec(),
    };
    let json = serde_json::to_vec(&journal).expect("a list of paths serialises");
    crate::files::write_atomic(&journal_path(library), &json)?;
    crate::files::sync_dir(dir_of(library))?;
    finish(library, &journal)
}

/// Swaps in every prepared file the journal names that is still there, then removes the
/// journal.
fn finish(library: &Path, journal: &Journal) -> Result<()> {
    for file in &journal.files {
        let partial = partial_path(file);
        if partial.exists() {
            swap(&partial, file)?;
        }
        if file == library {
            // The old library's write-ahead log and index belong to the old file.
            for leftover in [backup::wal_path(file), backup::shm_path(file)] {
                if leftover.exists() {
                    crate::files::scrub_and_remove(&leftover)?;
                }
            }
        }
    }
    let path = journal_path(library);
    std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
    crate::files::sync_dir(dir_of(library))
}

/// Renames `partial` over `file`, then overwrites the old content of `file` (still open
/// here, though no longer named) with zeros.
#[cfg(not(windows))]
fn swap(partial: &Path, file: &Path) -> Result<()> {
    let old = std::fs::OpenOptions::new().write(true).open(file).ok();
    std::fs::rename(partial, file).map_err(|e| Error::io(file, e))?;
    crate::files::sync_dir(dir_of(file))?;
    if let Some(old) = old {
        crate::files::overwrite_with_zeros(old, file)?;
    }
    Ok(())
}

/// On Windows a file that is open cannot always be renamed over (not on FAT or exFAT
/// drives), and a virus scanner may hold a new file for a moment: the old content is
/// overwritten with zeros and closed first, then `partial` renamed over it, retried for a
/// while. The journal is committed, so a crash in between is finished by `recover`.
#[cfg(windows)]
fn swap(partial: &Path, file: &Path) -> Result<()> {
    if let Ok(old) = std::fs::OpenOptions::new().write(true).open(file) {
        crate::files::overwrite_with_zeros(old, file)?;
    }
    let mut tries = 0;
    loop {
        match std::fs::rename(partial, file) {
            Ok(()) => return Ok(()),
            // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
            Err(e) if matches!(e.raw_os_error(), Some(5 | 32 | 33)) && tries < 20 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            Err(e) => return Err(Error::io(file, e)),
        }
    }
}

/// Finishes a conversion that committed, and removes what one that did not left behind
/// (overwritten first: a decryption's partial files hold the library in the clear). The
/// caller holds the library's exclusive lock. Also removes the leftovers of the way
/// earlier versions converted files (`.convert-*.partial`, `.<name>.old`).
/// True when it finished a conversion (the library may now need the new passphrase).
pub(crate) fn recover(library: &Path) -> Result<bool> {
    let journal = journal_path(library);
    let mut finished = false;
    if journal.exists() {
        let bytes = std::fs::read(&journal).map_err(|e| Error::io(&journal, e))?;
        match serde_json::from_slice::<Journal>(&bytes) {
            Ok(j) => {
                tracing::info!(files = j.files.len(), "finishing an interrupted conversion");
                finish(library, &j)?;
                finished = true;
            }
            // A journal is written whole or not at all; one that does not read was not
            // written by us. The originals are intact: roll back.
            Err(_) => crate::files::scrub_and_remove(&journal)?,
        }
    }
    let name = library
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut removed = 0;
    for dir in [dir_of(library).to_path_buf(), backup::dir_for(library)] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().to_string();
            let ours = file.contains(PARTIAL)
                && (dir != dir_of(library) || file.starts_with(&name))
                || file.starts_with(".convert-") && file.ends_with(".partial")
                || file.starts_with(".backup-") && file.ends_with(".partial")
                || file == format!(".{name}.old");
            if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
                crate::files::scrub_and_remove(&entry.path())?;
                removed += 1;
            }
        }
    }
    if removed > 0 {
        tracing::info!(removed, "removed what an interrupted conversion left");
    }
    Ok(finished)
}

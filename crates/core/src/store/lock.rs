//! Who may use a library file at once. Every program that opens a library (the app, each
//! CLI command) holds a shared lock on `<library>.lock` for as long as it has it open; an
//! operation that replaces the library file — encrypting, decrypting, re-keying,
//! restoring a backup — holds it exclusively. So a conversion never swaps the file under
//! an import, and an import never writes into a file that is about to be replaced: the
//! one that comes second waits a moment, then says plainly that the library is in use.
//!
//! The lock is the operating system's (`flock` on Linux and macOS, `LockFileEx` on
//! Windows): a program that dies releases it. The lock file holds nothing.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long opening waits for a conversion or restore to finish.
pub const WAIT_SHARED: Duration = Duration::from_secs(10);
/// How long a conversion or restore waits for other programs to close the library.
pub const WAIT_EXCLUSIVE: Duration = Duration::from_secs(3);

/// A held lock on a library; released when dropped.
#[derive(Debug)]
pub struct LibraryLock {
    file: File,
}

/// The lock file of a library (beside the file a link points at, so every path to one
/// library shares one lock).
pub fn lock_path(library: &Path) -> PathBuf {
    let real = std::fs::canonicalize(library).unwrap_or_else(|_| library.to_path_buf());
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "library".into());
    real.with_file_name(format!("{name}.lock"))
}

fn open(library: &Path) -> Result<File> {
    let path = lock_path(library);
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))
}

/// Tries `attempt` until it succeeds or `wait` has passed.
fn retry(
    file: File,
    wait: Duration,
    attempt: impl Fn(&File) -> std::result::Result<(), TryLockError>,
    busy: Error,
) -> Result<LibraryLock> {
    let start = Instant::now();
    loop {
        match attempt(&file) {
            Ok(()) => return Ok(LibraryLock { file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(TryLockError::WouldBlock) => return Err(busy),
            Err(TryLockError::Error(e)) => return Err(Error::io("the library's lock file", e)),
        }
    }
}

impl LibraryLock {
    /// Shares the library with other readers and writers; waits up to `wait` while it is
    /// being converted or restored.
    pub fn shared(library: &Path, wait: Duration) -> Result<LibraryLock> {
        retry(
            open(library)?,
            wait,
            File::try_lock_shared,
            Error::LibraryInUse { converting: true },
        )
    }

    /// Has the library to itself; waits up to `wait` for others to close it.
    pub fn exclusive(library: &Path, wait: Duration) -> Result<LibraryLock> {
        retry(
            open(library)?,
            wait,
            File::try_lock,
            Error::LibraryInUse { converting: false },
        )
    }

    /// Takes the library to itself only if nobody else has it open now.
    pub fn try_exclusive(library: &Path) -> Result<Option<LibraryLock>> {
        let file = open(library)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(LibraryLock { file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(Error::io(lock_path(library), e)),
        }
    }

    /// Turns an exclusive lock into a shared one (another program may slip in between:
    /// only a conversion could, and opening checks for its leftovers again).
    pub fn downgrade(self) -> Result<LibraryLock> {
        let _ = self.file.unlock();
        retry(
            self.file,
            WAIT_SHARED,
            File::try_lock_shared,
            Error::LibraryInUse { converting: true },
        )
    }
}

//! Writing files so that a failure never leaves a half-written file where the user asked
//! for one: write a temporary file beside it, flush it to disk, then rename it over.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::io(
            dir,
            std::io::Error::new(std::io::ErrorKind::NotFound, "this folder does not exist"),
        ));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".roundbook-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Flushes a folder's entries (after a rename) to disk.
pub fn sync_dir(dir: &Path) -> Result<()> {
    let d = std::fs::File::open(dir).map_err(|e| Error::io(dir, e))?;
    d.sync_all().map_err(|e| Error::io(dir, e))
}

/// Overwrites a file with zeros, flushes it, then removes it. On SSDs and copy-on-write
/// file systems the old blocks may survive elsewhere; this removes what is cheap to
/// remove (see docs/security.md).
pub fn scrub_and_remove(path: &Path) -> Result<()> {
    let len = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        let zeros = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            f.write_all(&zeros[..n]).map_err(|e| Error::io(path, e))?;
            left -= n as u64;
        }
        f.sync_all().map_err(|e| Error::io(path, e))?;
    }
    std::fs::remove_file(path).map_err(|e| Error::io(path, e))
}

/// Why `read_bounded` read nothing.
#[derive(Debug)]
pub enum ReadError {
    /// The file (or what it streams) holds more than `max` bytes: `size` is its size, or
    /// for a stream what was read before giving up (`max + 1`).
    TooLarge {
        size: u64,
        max: u64,
    },
    Io(std::io::Error),
}

/// Reads a whole file, but never more than `max` bytes, whatever the file is: a regular
/// file larger than `max` is refused by its size before it is read, and anything else (a
/// pipe, a device such as `/dev/zero`) is refused as soon as it has given more.
pub fn read_bounded(path: &Path, max: u64) -> std::result::Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if meta.is_file() && meta.len() > max {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            max,
        });
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            max,
        });
    }
    Ok(bytes)
}

//! Writing files so that a failure never leaves a half-written file where the user asked
//! for one: write a temporary file beside it, flush it to disk, then rename it over.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A path for messages: control characters (a newline in a file name) are escaped, so an
/// error stays on one line and says exactly which file.
pub struct Shown<'a>(pub &'a Path);

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for c in self.0.to_string_lossy().chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// What a path is, when it is not a regular file: `folder`, `device`, `named_pipe`,
/// `socket` or `other` (the message words it).
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_block_device() || t.is_char_device() {
            return "device";
        }
        if t.is_fifo() {
            return "named_pipe";
        }
        if t.is_socket() {
            return "socket";
        }
    }
    "other"
}

/// Where writing to `path` should land: `path` itself when it is a regular file or does
/// not exist yet, the file a symbolic link points at (the link stays a link), and an
/// error for anything else — a device, a named pipe, a folder — which a write must never
/// replace with a file.
pub fn write_target(path: &Path) -> Result<PathBuf> {
    let mut target = path.to_path_buf();
    // Follow links one by one (a dangling link names the file to create).
    for _ in 0..40 {
        match std::fs::symlink_metadata(&target) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(target),
            Err(e) => return Err(Error::io(&target, e)),
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&target).map_err(|e| Error::io(&target, e))?;
                target = match target.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            Ok(m) if m.is_file() => return Ok(target),
            Ok(m) => {
                return Err(Error::NotAFile {
                    path: path.to_path_buf(),
                    what: kind_of(&m),
                })
            }
        }
    }
    Err(Error::io(
        path,
        std::io::Error::other("too many symbolic links"),
    ))
}

/// Writes `bytes` to `path` atomically: whole or not at all. A symbolic link is followed
/// (its target is replaced, the link kept); a device, named pipe or folder is refused.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let path = &write_target(path)?;
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
#[cfg(unix)]
pub fn sync_dir(dir: &Path) -> Result<()> {
    let d = std::fs::File::open(dir).map_err(|e| Error::io(dir, e))?;
    d.sync_all().map_err(|e| Error::io(dir, e))
}

/// Flushes a folder's entries (after a rename) to disk: nothing to do on Windows, where
/// a folder cannot be opened as a file and NTFS journals its renames itself.
#[cfg(not(unix))]
pub fn sync_dir(_dir: &Path) -> Result<()> {
    Ok(())
}

/// Overwrites a file with zeros, flushes it, then removes it. On SSDs and copy-on-write
/// file systems the old blocks may survive elsewhere; this removes what is cheap to
/// remove (see docs/security.md).
pub fn scrub_and_remove(path: &Path) -> Result<()> {
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    overwrite_with_zeros(f, path)?;
    std::fs::remove_file(path).map_err(|e| Error::io(path, e))
}

/// Overwrites the open file `f` (the file at `path`, named in errors) with zeros from
/// its start to its length, and flushes it.
pub fn overwrite_with_zeros(mut f: std::fs::File, path: &Path) -> Result<()> {
    let len = f.metadata().map_err(|e| Error::io(path, e))?.len();
    let zeros = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        f.write_all(&zeros[..n]).map_err(|e| Error::io(path, e))?;
        left -= n as u64;
    }
    f.sync_all().map_err(|e| Error::io(path, e))
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

//! Where the library lives. The CLI and the desktop app use the same rule, so they share
//! one library: an explicit path, else `$ROUNDBOOK_DB`, else the platform data directory.
//! The callers read the environment and pass the values in.
//!
//! The data directory is the machine's own (`dirs::data_local_dir`):
//! `~/.local/share` on Linux, `~/Library/Application Support` on macOS, and
//! `%LOCALAPPDATA%` on Windows — not the roaming `%APPDATA%`, which an organisation's
//! domain may copy to its servers. Backups go beside the library (`<library>.backups/`).

use std::path::{Path, PathBuf};

/// The library file's name inside the data directory.
pub const LIBRARY_FILE: &str = "library.roundbook";

/// Picks the library path: `explicit` (e.g. `--db`), else `env_db` (`$ROUNDBOOK_DB`,
/// ignored when empty), else `<data_dir>/roundbook/library.roundbook`.
pub fn library_path(
    explicit: Option<&Path>,
    env_db: Option<&str>,
    data_dir: Option<&Path>,
) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = env_db.filter(|p| !p.trim().is_empty()) {
        return Some(PathBuf::from(p));
    }
    data_dir.map(|d| d.join("roundbook").join(LIBRARY_FILE))
}

/// Whether writing to `candidate` would overwrite the library at `library`, one of its
/// journal files or one of its backups (a PDF or bundle saved "over" the library would
/// destroy it). Paths are compared after resolving links and `..`.
pub fn is_library_file(library: &Path, candidate: &Path) -> bool {
    // The deepest folder of `p` that exists, resolved, with the names below it: so a
    // path that does not exist yet compares like one that does, also where the temporary
    // folder is behind a link (macOS: /var is /private/var) or resolved paths carry a
    // prefix (Windows: \\?\C:\).
    fn resolved(p: &Path) -> PathBuf {
        let mut names = Vec::new();
        let mut at = p;
        loop {
            let existing = if at.as_os_str().is_empty() {
                Path::new(".")
            } else {
                at
            };
            if let Ok(c) = std::fs::canonicalize(existing) {
                return names.iter().rev().fold(c, |acc, name| acc.join(name));
            }
            match (at.parent(), at.file_name()) {
                (Some(parent), Some(name)) => {
                    names.push(name.to_os_string());
                    at = parent;
                }
                _ => return p.to_path_buf(),
            }
        }
    }
    let lib = resolved(library);
    let out = resolved(candidate);
    let journal = ["-wal", "-shm", "-journal"]
        .iter()
        .any(|s| out.as_os_str() == format!("{}{s}", lib.display()).as_str());
    out == lib || journal || out.starts_with(crate::store::backup::dir_for(&lib))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_then_env_then_data_dir() {
        let data = Path::new("/home/a/.local/share");
        assert_eq!(
            library_path(Some(Path::new("x.db")), Some("y.db"), Some(data)),
            Some("x.db".into())
        );
        assert_eq!(
            library_path(None, Some("y.db"), Some(data)),
            Some("y.db".into())
        );
        assert_eq!(
            library_path(None, Some(""), Some(data)),
            Some(data.join("roundbook/library.roundbook"))
        );
        assert_eq!(library_path(None, None, None), None);
    }

    #[test]
    fn the_library_and_its_files_are_recognised() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib.roundbook");
        std::fs::write(&lib, b"x").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(is_library_file(&lib, &lib));
        assert!(is_library_file(
            &lib,
            &dir.path().join("sub/../lib.roundbook")
        ));
        assert!(is_library_file(&lib, &dir.path().join("lib.roundbook-wal")));
        assert!(is_library_file(
            &lib,
            &dir.path().join("lib.roundbook.backups/x.roundbook")
        ));
        assert!(!is_library_file(&lib, &dir.path().join("pack.pdf")));
    }
}

//! Where the library lives. The CLI and the desktop app use the same rule, so they share
//! one library: an explicit path, else `$ROUNDBOOK_DB`, else the platform data directory.
//! The callers read the environment and pass the values in.

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
    fn resolved(p: &Path) -> PathBuf {
        if let Ok(c) = std::fs::canonicalize(p) {
            return c;
        }
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        match (std::fs::canonicalize(dir), p.file_name()) {
            (Ok(d), Some(name)) => d.join(name),
            _ => p.to_path_buf(),
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

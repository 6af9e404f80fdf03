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
}

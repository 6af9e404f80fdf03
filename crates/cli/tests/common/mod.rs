//! Running the real `roundbook` binary: a clean environment (no inherited `ROUNDBOOK_*`
//! variables), no controlling terminal (so a passphrase that is not in the environment
//! cannot be typed and must fail cleanly), and checks of the exit-code contract:
//! 0 success, 2 usage error, 1 failure with exactly one line on stderr and never a panic.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A passphrase long enough to be accepted.
pub const PASS: &str = "correct horse battery staple";
/// Another one, for rekeying.
pub const NEW_PASS: &str = "a different long passphrase";

/// A fixed clock, so exports and backups are reproducible.
pub const EPOCH: &str = "1700000000";

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn demo_bundle_path() -> PathBuf {
    repo_root().join("assets/demo/eu-kazakhstan-2012.json")
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The command, with a clean environment and no terminal.
pub fn command(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundbook"));
    c.env_clear()
        .env("RUST_BACKTRACE", "1")
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("HOME", db.parent().unwrap_or(Path::new("/nonexistent")))
        .arg("--db")
        .arg(db)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: setsid is async-signal-safe; it detaches the child from any terminal, so
    // `rpassword` cannot prompt and the "no passphrase" paths are what a script sees.
    #[cfg(unix)]
    unsafe {
        use std::os::unix::process::CommandExt;
        c.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    // The same on Windows: a process without a console cannot prompt. It keeps the few
    // variables Windows itself needs.
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const DETACHED_PROCESS: u32 = 0x0000_0008;
        c.creation_flags(DETACHED_PROCESS);
        for var in ["SystemRoot", "TEMP", "TMP"] {
            if let Some(v) = std::env::var_os(var) {
                c.env(var, v);
            }
        }
    }
    c
}

pub fn run(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = command(db, args, env).output().expect("roundbook runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    for bad in [
        "panicked",
        "internal error",
        "stack backtrace",
        "RUST_BACKTRACE",
    ] {
        assert!(
            !run.stderr.contains(bad) && !run.stdout.contains(bad),
            "roundbook {args:?} crashed: {run:#?}"
        );
    }
    run
}

/// Runs and expects success (exit 0, nothing on stderr); returns stdout.
pub fn ok(db: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let r = run(db, args, env);
    assert_eq!(r.code, 0, "roundbook {args:?} failed: {r:#?}");
    assert!(
        r.stderr.is_empty(),
        "roundbook {args:?} wrote to stderr: {r:#?}"
    );
    r.stdout
}

/// Runs and expects a failure: exit 1 and exactly one line on stderr, `roundbook: …`,
/// which contains `expected`. Returns the line without the prefix.
pub fn fails(db: &Path, args: &[&str], env: &[(&str, &str)], expected: &str) -> String {
    let r = run(db, args, env);
    assert_eq!(r.code, 1, "roundbook {args:?} should fail with 1: {r:#?}");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "roundbook {args:?} should print exactly one line on stderr: {r:#?}"
    );
    let line = lines[0]
        .strip_prefix("roundbook: ")
        .unwrap_or_else(|| panic!("no `roundbook: ` prefix: {r:#?}"));
    assert!(
        line.contains(expected),
        "roundbook {args:?}: expected {expected:?} in {line:?}"
    );
    assert!(
        !line.contains("file is not a database"),
        "a raw SQLite message reached the user: {line}"
    );
    line.to_string()
}

/// Runs and expects a usage error: exit 2, a message on stderr, nothing done.
pub fn usage_error(db: &Path, args: &[&str]) -> String {
    let r = run(db, args, &[]);
    assert_eq!(
        r.code, 2,
        "roundbook {args:?} should be a usage error: {r:#?}"
    );
    assert!(!r.stderr.trim().is_empty(), "{r:#?}");
    r.stderr
}

/// The library file and its WAL, byte for byte.
pub fn library_bytes(db: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    (std::fs::read(db).unwrap(), std::fs::read(wal).ok())
}

pub fn starts_with_sqlite_header(db: &Path) -> bool {
    std::fs::read(db).unwrap().starts_with(b"SQLite format 3\0")
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// `pdftotext` of a PDF file, whitespace runs made single spaces.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed for this test");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

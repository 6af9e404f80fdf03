//! The real `roundbook` binary under the attacks that once broke its promises: killed
//! while it converts a library and its backups (decrypt, encrypt, rekey), racing another
//! command that replaces the library, writing to special files, and reading endless input.
//!
//! After each kill the next command finishes or rolls back the conversion: the library and
//! every backup end on the same key (or all in the clear), every record is there, and no
//! partial file is left beside them — above all no plaintext copy of an encrypted library.

// Linux only: SIGKILL, /dev/full, and the peak memory of a child (wait4) in kilobytes.
#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::*;
use roundbook_core::crypto::{self, FileState};
use roundbook_core::exchange::synthetic::{self, Size};
use roundbook_core::Library;

const WITH_PASS: &[(&str, &str)] = &[("ROUNDBOOK_PASSPHRASE", PASS)];
const REKEY: &[(&str, &str)] = &[
    ("ROUNDBOOK_PASSPHRASE", PASS),
    ("ROUNDBOOK_NEW_PASSPHRASE", NEW_PASS),
];

/// A library of about 20,000 incidents with three backups, encrypted or not, made once
/// and copied for each trial.
struct Template {
    _dir: tempfile::TempDir,
    db: PathBuf,
    incidents: usize,
}

impl Template {
    fn new(encrypted: bool) -> Template {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("library.roundbook");
        let bundle = synthetic::bundle(Size::incidents(20_000), 7);
        let incidents = bundle.records.incidents.len();
        let file = dir.path().join("big.json");
        std::fs::write(&file, bundle.to_json()).unwrap();
        let env = if encrypted { WITH_PASS } else { &[] };
        let mut init = vec!["init"];
        if encrypted {
            init.push("--encrypt");
        }
        ok(&db, &init, env);
        ok(&db, &["import", file.to_str().unwrap()], env);
        for _ in 0..3 {
            ok(&db, &["backup"], env);
        }
        Template {
            _dir: dir,
            db,
            incidents,
        }
    }

    /// A copy of the library and its backups in a folder of its own.
    fn copy(&self, into: &Path) -> PathBuf {
        let db = into.join("library.roundbook");
        std::fs::copy(&self.db, &db).unwrap();
        let backups = into.join("library.roundbook.backups");
        std::fs::create_dir_all(&backups).unwrap();
        for entry in std::fs::read_dir(self.db.with_file_name("library.roundbook.backups")).unwrap()
        {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), backups.join(entry.file_name())).unwrap();
        }
        db
    }
}

/// Every file beside the library and among its backups.
fn files(db: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in [
        db.parent().unwrap().to_path_buf(),
        db.with_file_name("library.roundbook.backups"),
    ] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            out.extend(entries.map(|e| e.unwrap().path()).filter(|p| p.is_file()));
        }
    }
    out
}

fn partials(db: &Path) -> Vec<PathBuf> {
    files(db)
        .into_iter()
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            n.contains(".partial") || n.ends_with(".conversion") || n.ends_with(".old")
        })
        .collect()
}

/// The library and its backups: all encrypted with `pass`, or all plain.
fn state_of(db: &Path) -> (FileState, Vec<FileState>) {
    let lib = crypto::file_state(db).unwrap();
    let backups = std::fs::read_dir(db.with_file_name("library.roundbook.backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "roundbook"))
        .map(|p| crypto::file_state(&p).unwrap())
        .collect();
    (lib, backups)
}

/// Which passphrase opens a file: `Some(None)` plain, `Some(Some(p))` encrypted with p.
fn opens_with(file: &Path) -> Option<Option<&'static str>> {
    for pass in [None, Some(PASS), Some(NEW_PASS)] {
        let conn =
            rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        if let Some(p) = pass {
            let salt = &std::fs::read(file).unwrap()[..16];
            let params = argon2::Params::new(64 * 1024, 3, 1, Some(32)).unwrap();
            let argon =
                argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
            let mut key = [0u8; 32];
            argon
                .hash_password_into(p.as_bytes(), salt, &mut key)
                .unwrap();
            let hex: String = key.iter().chain(salt).map(|b| format!("{b:02x}")).collect();
            let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
            conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))
                .unwrap();
        }
        if conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .is_ok()
        {
            return Some(pass);
        }
    }
    None
}

/// How many incidents a library (or backup) holds.
fn incidents(db: &Path, pass: Option<&str>) -> usize {
    Library::open(db, pass)
        .unwrap()
        .counts()
        .unwrap()
        .into_iter()
        .find(|(k, _)| *k == roundbook_core::model::Kind::Incident)
        .unwrap()
        .1
}

/// Runs `args` and kills it when `due` says so (or lets it finish).
fn run_and_kill(
    db: &Path,
    args: &[&str],
    env: &[(&str, &str)],
    due: &dyn Fn(&Path, Duration) -> bool,
) -> bool {
    let mut child = command(db, args, env).spawn().unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if due(db, start.elapsed()) {
            // SAFETY: kill(2) on our own child.
            unsafe {
                libc::kill(child.id() as i32, libc::SIGKILL);
            }
            child.wait().unwrap();
            return true;
        }
        std::thread::sleep(Duration::from_micros(500));
    }
}

fn has(db: &Path, suffix: &str) -> bool {
    files(db)
        .iter()
        .any(|p| p.to_string_lossy().ends_with(suffix))
}

/// The moments a conversion is killed at: as soon as it prepares the library, as soon as
/// it prepares a backup, as soon as it commits, and at fixed times.
/// Whether to kill now, given the library and the time since the start.
type Due = Box<dyn Fn(&Path, Duration) -> bool>;

fn moments() -> Vec<(&'static str, Due)> {
    vec![
        (
            "while the library is prepared",
            Box::new(|db: &Path, _| has(db, "library.roundbook.convert.partial")),
        ),
        (
            "while a backup is prepared",
            Box::new(|db: &Path, _| {
                files(db).iter().any(|p| {
                    p.parent().unwrap().ends_with("library.roundbook.backups")
                        && p.to_string_lossy().contains(".convert.partial")
                })
            }),
        ),
        (
            "as it commits",
            Box::new(|db: &Path, _| has(db, ".conversion")),
        ),
        (
            "after 300 ms",
            Box::new(|_: &Path, t| t >= Duration::from_millis(300)),
        ),
        (
            "after 900 ms",
            Box::new(|_: &Path, t| t >= Duration::from_millis(900)),
        ),
    ]
}

/// Kills `args` at every moment on a fresh copy of `template`; after each, the next
/// command leaves everything consistent.
fn kill_conversion(
    template: &Template,
    args: &[&str],
    env: &[(&str, &str)],
    before: Option<&'static str>,
    after: Option<&'static str>,
) {
    let mut killed = 0;
    for (what, due) in moments() {
        let dir = tempfile::tempdir().unwrap();
        let db = template.copy(dir.path());
        if !run_and_kill(&db, args, env, &*due) {
            continue;
        }
        killed += 1;
        // The next command finishes or rolls back the conversion, whatever passphrase it
        // was given; then the library opens with the one it ended on.
        let tried = run(&db, &["rounds"], WITH_PASS);
        let now = opens_with(&db).unwrap_or_else(|| {
            panic!("{args:?} killed {what}: the library opens with no passphrase")
        });
        if tried.code != 0 {
            assert!(
                tried.stderr.contains("was finished just now") || now.is_none(),
                "{tried:?}"
            );
        }
        let env_now: &[(&str, &str)] = match now {
            None => &[],
            Some(p) if p == PASS => WITH_PASS,
            Some(_) => &[("ROUNDBOOK_PASSPHRASE", NEW_PASS)],
        };
        ok(&db, &["rounds"], env_now);
        assert!(
            partials(&db).is_empty(),
            "{args:?} killed {what}: left {:?}",
            partials(&db)
        );
        let final_pass = opens_with(&db).expect("the library opens");
        assert!(
            final_pass == before || final_pass == after,
            "{args:?} killed {what}: the library ended on an unexpected key"
        );
        for backup in std::fs::read_dir(db.with_file_name("library.roundbook.backups")).unwrap() {
            let backup = backup.unwrap().path();
            if backup.extension().is_none_or(|x| x != "roundbook") {
                continue;
            }
            assert_eq!(
                opens_with(&backup),
                Some(final_pass),
                "{args:?} killed {what}: backup {} is not on the library's key",
                backup.display()
            );
        }
        assert_eq!(
            incidents(&db, final_pass),
            template.incidents,
            "{args:?} killed {what}: records lost"
        );
    }
    assert!(
        killed >= 3,
        "{args:?}: only {killed} of the kills landed before it finished"
    );
}

#[test]
fn a_killed_decrypt_leaves_no_plaintext_copy_and_everything_on_one_key() {
    let template = Template::new(true);
    kill_conversion(&template, &["decrypt"], WITH_PASS, Some(PASS), None);
}

#[test]
fn a_killed_encrypt_leaves_no_plain_backup_beside_an_encrypted_library() {
    let template = Template::new(false);
    kill_conversion(&template, &["encrypt"], WITH_PASS, None, Some(PASS));
}

#[test]
fn a_killed_rekey_leaves_no_backup_on_the_old_passphrase() {
    let template = Template::new(true);
    kill_conversion(&template, &["rekey"], REKEY, Some(PASS), Some(NEW_PASS));
}

#[test]
fn leftovers_of_an_interrupted_conversion_are_removed_at_the_next_open() {
    let template = Template::new(false);
    let dir = tempfile::tempdir().unwrap();
    let db = template.copy(dir.path());
    // As an earlier version left them: a plaintext copy, an encrypted one, an aside file.
    for name in [
        ".convert-Ab12Cd.partial",
        "library.roundbook.convert.partial",
        ".library.roundbook.old",
    ] {
        std::fs::copy(&db, dir.path().join(name)).unwrap();
    }
    std::fs::write(
        db.with_file_name("library.roundbook.backups")
            .join("x.roundbook.convert.partial"),
        b"half a backup",
    )
    .unwrap();
    ok(&db, &["rounds"], &[]);
    assert!(partials(&db).is_empty(), "{:?}", partials(&db));
}

#[test]
fn encrypting_through_a_link_converts_the_file_and_keeps_the_link() {
    let template = Template::new(false);
    let dir = tempfile::tempdir().unwrap();
    let db = template.copy(dir.path());
    let link = dir.path().join("link.roundbook");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    ok(&link, &["encrypt"], WITH_PASS);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(crypto::file_state(&db).unwrap(), FileState::Encrypted);
    assert_eq!(opens_with(&db), Some(Some(PASS)));
    let (_, backups) = state_of(&db);
    assert!(backups.iter().all(|b| *b == FileState::Encrypted));
    assert!(!link.with_file_name("link.roundbook.backups").exists());
    ok(&link, &["rounds"], WITH_PASS);
}

// ----- 5. races ---------------------------------------------------------------------

/// An import racing a command that replaces the library: whatever the order, an import
/// that reported success is not lost — its records are in the library, or (when a
/// restore came after it) in the backup the restore made of the library as it was.
fn race(replace: &[&str], env: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.roundbook");
    ok(&db, &["init", "--demo"], &[]);
    ok(&db, &["backup"], &[]);
    let demo_incidents = incidents(&db, None);
    let bundle = synthetic::bundle(Size::incidents(20_000), 11);
    let file = dir.path().join("big.json");
    std::fs::write(&file, bundle.to_json()).unwrap();
    for trial in 0..6u64 {
        let trial_dir = tempfile::tempdir().unwrap();
        let db = trial_dir.path().join("library.roundbook");
        std::fs::copy(dir.path().join("library.roundbook"), &db).unwrap();
        let backups = db.with_file_name("library.roundbook.backups");
        std::fs::create_dir_all(&backups).unwrap();
        for e in std::fs::read_dir(dir.path().join("library.roundbook.backups")).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), backups.join(e.file_name())).unwrap();
        }
        let mut args: Vec<String> = replace.iter().map(|s| s.to_string()).collect();
        if replace[0] == "restore" {
            let first = std::fs::read_dir(&backups)
                .unwrap()
                .next()
                .unwrap()
                .unwrap();
            args.push(first.path().to_string_lossy().to_string());
        }
        let import = command(&db, &["import", file.to_str().unwrap()], &[])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + 60 * trial));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let replaced = run(&db, &args, env);
        let imported = import.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&imported.stdout).to_string();
        let err = String::from_utf8_lossy(&imported.stderr).to_string();
        for text in [&err, &replaced.stderr] {
            assert!(
                !text.contains("malformed") && !text.contains("not a database"),
                "a raw error reached the user: {text}"
            );
        }
        if replaced.code != 0 {
            assert!(
                replaced.stderr.contains("in use") || replaced.stderr.contains("another program"),
                "{replaced:?}"
            );
        }
        if !(imported.status.success() && said.starts_with("imported")) {
            assert!(
                err.contains("another program") || err.contains("in use"),
                "{err}"
            );
            continue;
        }
        let pass = (crypto::file_state(&db).unwrap() == FileState::Encrypted).then_some(PASS);
        let now = incidents(&db, pass);
        if now == demo_incidents + 20_000 {
            continue;
        }
        // Only a restore that came after the import may take its records away, and then
        // the backup of the library as it was holds them.
        assert_eq!(
            replace[0], "restore",
            "trial {trial}: the import said {said:?} and its records are gone"
        );
        let before_restore = std::fs::read_dir(&backups)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().contains("before-restore"))
            .expect("a restore backs the library up first");
        assert_eq!(
            incidents(&before_restore, pass),
            demo_incidents + 20_000,
            "trial {trial}: the import is in neither the library nor the backup made before the restore"
        );
    }
}

#[test]
fn an_import_racing_an_encryption_is_never_reported_and_lost() {
    race(&["encrypt"], WITH_PASS);
}

#[test]
fn an_import_racing_a_restore_waits_for_it_or_is_waited_for() {
    race(&["restore"], &[]);
}

// ----- 6, 7. outputs and inputs -----------------------------------------------------------

#[test]
fn special_files_are_refused_and_success_is_never_claimed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.roundbook");
    ok(&db, &["init", "--demo"], &[]);
    for target in ["/dev/full", "/dev/null"] {
        fails(&db, &["export", target], &[], "is a device, not a file");
        fails(
            &db,
            &["pack", "--round", "round-eu-kz-3", "--output", target],
            &[],
            "is a device, not a file",
        );
        assert!(std::fs::metadata(target)
            .unwrap()
            .file_type()
            .is_char_device_check());
    }
}

trait CharDevice {
    fn is_char_device_check(&self) -> bool;
}
impl CharDevice for std::fs::FileType {
    fn is_char_device_check(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_char_device()
    }
}

/// The most memory (kB) a child used, from wait4 (which reaps it).
#[allow(clippy::zombie_processes)]
fn run_measuring(db: &Path, args: &[&str]) -> (i32, String, i64) {
    let child = command(db, args, &[]).spawn().unwrap();
    let pid = child.id() as i32;
    let mut status = 0;
    // SAFETY: a zeroed rusage is valid, and wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe {
        libc::wait4(pid, &mut status, 0, &mut usage);
    }
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr {
        use std::io::Read;
        e.read_to_string(&mut stderr).unwrap();
    }
    (libc::WEXITSTATUS(status), stderr, usage.ru_maxrss)
}

#[test]
fn endless_input_is_refused_within_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.roundbook");
    ok(&db, &["init"], &[]);
    for (args, limit_mib) in [
        (vec!["import", "/dev/zero"], 256),
        (vec!["import-csv", "incidents", "/dev/zero"], 128),
        (vec!["import-csl", "/dev/zero"], 64),
    ] {
        let (code, stderr, max_kb) = run_measuring(&db, &args);
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(stderr.contains("too large"), "{args:?}: {stderr}");
        assert!(
            max_kb < (limit_mib + 100) * 1024,
            "{args:?} used {} MiB (limit {limit_mib} MiB)",
            max_kb / 1024
        );
    }
}

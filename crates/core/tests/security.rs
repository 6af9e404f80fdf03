//! Encryption at rest, backups, migrations of older libraries, and two programs sharing
//! one library — against real library files.

mod common;

use std::path::Path;

use common::*;
use roundbook_core::exchange::{export, ExportScope};
use roundbook_core::model::*;
use roundbook_core::store::{self, backup, BackupPolicy, OpenOptions};
use roundbook_core::{Error, Library};

const PASS: &str = "correct horse battery staple";

fn export_json(lib: &Library) -> Vec<u8> {
    export(&lib.snapshot().unwrap(), &ExportScope::All, None, None).to_json()
}

fn head(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()[..16].to_vec()
}

/// Every byte of the file, the WAL included, for "is this text anywhere on disk" checks.
fn all_bytes(path: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    if let Ok(wal) = std::fs::read(format!("{}-wal", path.display())) {
        bytes.extend(wal);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn an_encrypted_library_needs_its_passphrase_and_shows_nothing_in_the_clear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enc.roundbook");
    let before;
    {
        let mut lib = Library::open(&path, Some(PASS)).unwrap();
        assert!(lib.is_encrypted());
        lib.import_bundle(&demo_bundle()).unwrap();
        before = export_json(&lib);
    }
    assert_ne!(head(&path), b"SQLite format 3\0");
    let bytes = all_bytes(&path);
    for secret in ["Zhanaozen", "Sokolova", "Жаңаөзен", "torture"] {
        assert!(
            !contains(&bytes, secret),
            "{secret:?} is readable in the encrypted file"
        );
    }
    assert!(matches!(
        Library::open(&path, None),
        Err(Error::PassphraseRequired)
    ));
    assert!(matches!(
        Library::open(&path, Some("wrong passphrase")),
        Err(Error::WrongPassphrase)
    ));
    let e = Library::open(&path, Some("wrong passphrase"))
        .err()
        .unwrap();
    assert_eq!(
        e.to_string(),
        "the passphrase is wrong, or the file is not a Roundbook library"
    );
    assert_eq!(
        export_json(&Library::open(&path, Some(PASS)).unwrap()),
        before
    );
    // A new library refuses a passphrase too short to protect anything.
    assert!(matches!(
        Library::open(&dir.path().join("weak.roundbook"), Some("short")),
        Err(Error::WeakPassphrase)
    ));
    assert!(
        !dir.path().join("weak.roundbook").exists()
            || std::fs::metadata(dir.path().join("weak.roundbook"))
                .unwrap()
                .len()
                == 0
    );
}

#[test]
fn encrypt_decrypt_and_rekey_in_place_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let policy = BackupPolicy {
        now: ts("2026-11-20T10:00:00Z"),
        keep: 5,
    };
    let before = {
        let mut lib = Library::open_with(
            &path,
            &OpenOptions {
                passphrase: None,
                daily_backup: Some(policy),
            },
        )
        .unwrap();
        lib.import_bundle(&demo_bundle()).unwrap();
        lib.backup_now("manual").unwrap();
        export_json(&lib)
    };
    assert_eq!(backup::list(&path).unwrap().len(), 2);

    let report = store::encrypt(&path, PASS).unwrap();
    assert_eq!(
        report.backups_converted, 2,
        "plain backups are encrypted too"
    );
    assert_ne!(head(&path), b"SQLite format 3\0");
    assert!(!contains(&all_bytes(&path), "Sokolova"));
    for b in backup::list(&path).unwrap() {
        assert_ne!(
            head(Path::new(&b.path)),
            b"SQLite format 3\0",
            "{} is still plain",
            b.file_name
        );
        assert!(!contains(&std::fs::read(&b.path).unwrap(), "Sokolova"));
    }
    assert_eq!(
        export_json(&Library::open(&path, Some(PASS)).unwrap()),
        before
    );
    assert!(matches!(
        store::encrypt(&path, PASS),
        Err(Error::AlreadyEncrypted)
    ));

    let new = "another long passphrase";
    assert!(matches!(
        store::rekey(&path, "not the passphrase", new),
        Err(Error::WrongPassphrase)
    ));
    assert_eq!(
        export_json(&Library::open(&path, Some(PASS)).unwrap()),
        before,
        "a failed rekey changes nothing"
    );
    store::rekey(&path, PASS, new).unwrap();
    assert!(matches!(
        Library::open(&path, Some(PASS)),
        Err(Error::WrongPassphrase)
    ));
    assert_eq!(
        export_json(&Library::open(&path, Some(new)).unwrap()),
        before
    );

    store::decrypt(&path, new).unwrap();
    assert_eq!(head(&path), b"SQLite format 3\0");
    assert_eq!(export_json(&Library::open(&path, None).unwrap()), before);
    assert!(matches!(
        store::decrypt(&path, new),
        Err(Error::NotEncrypted)
    ));
    // No half-written or left-over files beside the library.
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".partial") || n.ends_with(".old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn backups_are_made_daily_kept_to_a_number_and_restore_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let open = |now: &str| {
        Library::open_with(
            &path,
            &OpenOptions {
                passphrase: Some(PASS),
                daily_backup: Some(BackupPolicy {
                    now: ts(now),
                    keep: 2,
                }),
            },
        )
        .unwrap()
    };
    let original = {
        let mut lib = open("2026-11-20T10:00:00Z");
        lib.import_bundle(&demo_bundle()).unwrap();
        lib.backup_now("after-demo").unwrap();
        export_json(&lib)
    };
    // The first open made a backup (of the empty library); the manual one makes two.
    assert_eq!(backup::list(&path).unwrap().len(), 2);
    // Opening again the same day makes none.
    drop(open("2026-11-20T18:00:00Z"));
    assert_eq!(backup::list(&path).unwrap().len(), 2);

    // Damage: delete a case and an incident it pointed at. The backup still has them.
    {
        let mut lib = Library::open(&path, Some(PASS)).unwrap();
        lib.delete::<Case>("case-sokolova").unwrap();
        lib.delete::<Incident>("inc-sokolova-released").unwrap();
    }
    let manual = backup::list(&path)
        .unwrap()
        .into_iter()
        .find(|b| b.file_name.contains("after-demo"))
        .unwrap();
    // The backup is encrypted like the library.
    assert_ne!(head(Path::new(&manual.path)), b"SQLite format 3\0");
    assert!(matches!(
        backup::restore(
            &path,
            Path::new(&manual.path),
            Some("wrong passphrase"),
            ts("2026-11-21T09:00:00Z")
        ),
        Err(Error::WrongPassphrase)
    ));
    backup::restore(
        &path,
        Path::new(&manual.path),
        Some(PASS),
        ts("2026-11-21T09:00:00Z"),
    )
    .unwrap();
    assert_eq!(
        export_json(&Library::open(&path, Some(PASS)).unwrap()),
        original
    );
    // The state before the restore was kept as a backup, and pruning keeps the newest two.
    assert!(backup::list(&path)
        .unwrap()
        .iter()
        .any(|b| b.file_name.contains("before-restore")));
    backup::prune(&path, 2).unwrap();
    assert_eq!(backup::list(&path).unwrap().len(), 2);
    // A file that is not a library is refused as a backup and changes nothing.
    let junk = dir.path().join("junk.roundbook");
    std::fs::write(
        &junk,
        b"not a database at all, just text that is long enough",
    )
    .unwrap();
    assert!(backup::restore(&path, &junk, Some(PASS), ts("2026-11-21T10:00:00Z")).is_err());
    assert_eq!(
        export_json(&Library::open(&path, Some(PASS)).unwrap()),
        original
    );
}

#[test]
fn a_library_of_the_first_version_is_backed_up_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.roundbook");
    std::fs::copy(
        repo_root().join("crates/core/tests/fixtures/library-v1.roundbook"),
        &path,
    )
    .unwrap();
    let lib = Library::open(&path, None).unwrap();
    // The fixture holds the demo of its day: 17 incidents.
    assert_eq!(lib.list::<Incident>().unwrap().len(), 17);
    // Search works on the migrated index.
    assert!(!lib.search("алматы", None, 10).unwrap().is_empty());
    assert!(!lib.search("жанаоз", None, 10).unwrap().is_empty());
    let backups = backup::list(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert!(
        backups[0].file_name.contains("v1-before-upgrade"),
        "{}",
        backups[0].file_name
    );
    drop(lib);
    // Opening again does not migrate (or back up) again.
    drop(Library::open(&path, None).unwrap());
    assert_eq!(backup::list(&path).unwrap().len(), 1);
}

#[test]
fn two_programs_share_a_library_and_a_blocked_write_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let mut a = Library::open(&path, None).unwrap();
    a.import_bundle(&demo_bundle()).unwrap();
    let mut b = Library::open(&path, None).unwrap();
    b.set_busy_timeout(std::time::Duration::from_millis(200))
        .unwrap();
    // Both read and write in turn.
    let n = Negotiation {
        language: None,
        translations: Default::default(),
        id: "neg-b".into(),
        title: "Written by b".into(),
        parties: vec![],
        description: None,
        updated_at: None,
        illustrative: None,
    };
    b.create(n, ts("2026-11-25T10:00:00Z")).unwrap();
    assert_eq!(a.get::<Negotiation>("neg-b").unwrap().title, "Written by b");
    // While a holds a write transaction, b's write fails clearly and changes nothing.
    let raw = rusqlite_holder::hold(&path);
    let n2 = Negotiation {
        language: None,
        translations: Default::default(),
        id: "neg-c".into(),
        title: "Blocked".into(),
        parties: vec![],
        description: None,
        updated_at: None,
        illustrative: None,
    };
    let e = b.create(n2, ts("2026-11-25T10:00:00Z")).unwrap_err();
    assert!(matches!(e, Error::Busy), "{e:?}");
    assert!(e.to_string().contains("in use by another program"));
    drop(raw);
    assert!(matches!(
        a.get::<Negotiation>("neg-c"),
        Err(Error::NotFound { .. })
    ));
    let _ = &mut a;
}

/// Holds a write lock on a library from a third connection, like another program would.
mod rusqlite_holder {
    pub fn hold(path: &std::path::Path) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        conn
    }
}

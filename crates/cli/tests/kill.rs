//! A process killed in the middle of a large import leaves the library consistent and
//! either wholly before or wholly after the import: `roundbook import` of a 50,000-incident
//! bundle is killed with SIGKILL at several moments (while its transaction is being
//! written, judged by the growth of the write-ahead log, and at moments spread over the
//! time a complete import takes), then the library is reopened, checked with SQLite's
//! `integrity_check`, `foreign_key_check` and the FTS5 index's own check, and its counts
//! compared. The same for an encrypted library.

// Kills with SIGKILL and reads the signal back: Unix only.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::*;
use roundbook_core::exchange::synthetic::{self, Size};
use roundbook_core::model::Kind;
use roundbook_core::Library;

type Counts = BTreeMap<Kind, usize>;

/// The big bundle, written once per test, and how many records of each kind it holds.
fn big_bundle(dir: &Path) -> (PathBuf, Counts) {
    let bundle = synthetic::bundle(Size::incidents(50_000), 20_260_505);
    let mut counts = Counts::new();
    counts.insert(Kind::Negotiation, bundle.records.negotiations.len());
    counts.insert(Kind::Round, bundle.records.rounds.len());
    counts.insert(Kind::ConcernArea, bundle.records.concern_areas.len());
    counts.insert(Kind::Benchmark, bundle.records.benchmarks.len());
    counts.insert(Kind::Assessment, bundle.records.assessments.len());
    counts.insert(Kind::Commitment, bundle.records.commitments.len());
    counts.insert(Kind::Incident, bundle.records.incidents.len());
    counts.insert(Kind::Ask, bundle.records.asks.len());
    counts.insert(Kind::Source, bundle.records.sources.len());
    let path = dir.join("big.roundbook.json");
    std::fs::write(&path, bundle.to_json()).unwrap();
    (path, counts)
}

fn wal(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", db.display()))
}

fn wal_len(db: &Path) -> u64 {
    std::fs::metadata(wal(db)).map(|m| m.len()).unwrap_or(0)
}

/// The key SQLCipher is given for an encrypted library: Argon2id (64 MiB, 3 passes, one
/// lane) of the passphrase with the salt in the file's first 16 bytes — as in
/// `roundbook_core::crypto`. Used only to run SQLite's checks on a raw connection.
fn raw_key_literal(db: &Path, passphrase: &str) -> String {
    let salt = &std::fs::read(db).unwrap()[..16];
    let params = argon2::Params::new(64 * 1024, 3, 1, Some(32)).unwrap();
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = [0u8; 32];
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .unwrap();
    let hex: String = key.iter().chain(salt).map(|b| format!("{b:02x}")).collect();
    format!("\"x'{hex}'\"")
}

/// Reopens the library the way the program does (which recovers from the write-ahead
/// log), runs SQLite's own checks and returns the counts.
fn check_and_count(db: &Path, passphrase: Option<&str>, what: &str) -> Counts {
    let counts: Counts = {
        let lib = Library::open(db, passphrase)
            .unwrap_or_else(|e| panic!("{what}: the library does not reopen: {e}"));
        let counts = lib.counts().unwrap().into_iter().collect();
        // The search index answers.
        lib.search("court", None, 5).unwrap();
        counts
    };
    let conn = rusqlite::Connection::open(db).unwrap();
    if let Some(p) = passphrase {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")
            .unwrap();
        conn.execute_batch(&format!("PRAGMA key = {};", raw_key_literal(db, p)))
            .unwrap();
    }
    let problems: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(problems, vec!["ok".to_string()], "{what}: integrity_check");
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(dangling, 0, "{what}: foreign_key_check");
    let fts: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!fts.is_empty(), "{what}: no full-text index found");
    for table in fts {
        conn.execute(
            &format!("INSERT INTO {table}({table}) VALUES('integrity-check')"),
            [],
        )
        .unwrap_or_else(|e| panic!("{what}: the full-text index {table} is damaged: {e}"));
    }
    // Every record has its search entry, and no entry is left without its record.
    let records: usize = counts
        .iter()
        .filter(|(k, _)| **k != Kind::Pack)
        .map(|(_, n)| n)
        .sum();
    let docs: i64 = conn
        .query_row("SELECT count(*) FROM search_docs", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        docs as usize, records,
        "{what}: search entries and records differ"
    );
    counts
}

fn plus(a: &Counts, b: &Counts) -> Counts {
    let mut out = a.clone();
    for (k, n) in b {
        *out.entry(*k).or_default() += n;
    }
    out
}

/// When to kill the import.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// As soon as the write-ahead log has grown to this many bytes: mid-transaction.
    WalBytes(u64),
    /// After this long.
    After(Duration),
}

struct Outcome {
    killed: bool,
    wal_at_kill: u64,
}

/// Runs `roundbook import` and kills it at `moment` (unless it finished first).
fn import_and_kill(db: &Path, bundle: &Path, env: &[(&str, &str)], moment: Moment) -> Outcome {
    let mut child = command(db, &["import", bundle.to_str().unwrap()], env)
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "the import failed on its own: {status}");
            return Outcome {
                killed: false,
                wal_at_kill: 0,
            };
        }
        let wal = wal_len(db);
        let due = match moment {
            Moment::WalBytes(n) => wal >= n,
            Moment::After(d) => start.elapsed() >= d,
        };
        if due {
            // SAFETY: kill(2) on our own child's pid.
            unsafe {
                libc::kill(child.id() as i32, libc::SIGKILL);
            }
            let status = child.wait().unwrap();
            use std::os::unix::process::ExitStatusExt;
            // It may have exited by itself just before the signal.
            return Outcome {
                killed: status.signal() == Some(libc::SIGKILL),
                wal_at_kill: wal,
            };
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A complete import into a copy of the library: how long it takes and how large the
/// write-ahead log grows, to place the kills.
fn reference_import(
    db: &Path,
    bundle: &Path,
    env: &[(&str, &str)],
    passphrase: Option<&str>,
    expected: &Counts,
) -> (Duration, u64) {
    let copy = db.with_file_name("reference.roundbook");
    std::fs::copy(db, &copy).unwrap();
    let mut child = command(&copy, &["import", bundle.to_str().unwrap()], env)
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut max_wal = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        max_wal = max_wal.max(wal_len(&copy));
        std::thread::sleep(Duration::from_millis(2));
    };
    let took = start.elapsed();
    assert!(status.success(), "the complete import failed");
    assert_eq!(
        &check_and_count(&copy, passphrase, "complete import"),
        expected
    );
    (took, max_wal)
}

fn kill_during_import(encrypted: bool) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.roundbook");
    let env: &[(&str, &str)] = if encrypted {
        &[("ROUNDBOOK_PASSPHRASE", PASS)]
    } else {
        &[]
    };
    let passphrase = encrypted.then_some(PASS);
    let mut init = vec!["init", "--demo"];
    if encrypted {
        init.push("--encrypt");
    }
    ok(&db, &init, env);
    // The daily backup is made now, not during the imports below.
    ok(&db, &["rounds"], env);
    let (bundle, bundle_counts) = big_bundle(dir.path());
    let before = check_and_count(&db, passphrase, "before");
    let pristine = dir.path().join("pristine.roundbook");
    std::fs::copy(&db, &pristine).unwrap();
    let after = plus(&before, &bundle_counts);

    let (took, max_wal) = reference_import(&db, &bundle, env, passphrase, &after);
    eprintln!("a complete import took {took:?}; its write-ahead log grew to {max_wal} bytes");
    assert!(
        max_wal > 1 << 20,
        "the import's transaction never spilled to the write-ahead log ({max_wal} bytes)"
    );
    let mut moments: Vec<Moment> = [0.05, 0.3, 0.6]
        .iter()
        .map(|f| Moment::WalBytes((max_wal as f64 * f) as u64))
        .collect();
    moments.extend(
        [0.02, 0.5, 0.97]
            .iter()
            .map(|f| Moment::After(took.mul_f64(*f))),
    );
    let mut mid_write_kills = 0;
    for moment in moments {
        let what = format!(
            "{} library killed at {moment:?}",
            if encrypted { "encrypted" } else { "plain" }
        );
        let outcome = import_and_kill(&db, &bundle, env, moment);
        let counts = check_and_count(&db, passphrase, &what);
        eprintln!(
            "{what}: {} (write-ahead log at {} bytes when signalled)",
            match (outcome.killed, counts == after) {
                (false, _) => "finished before the signal",
                (true, true) => "killed after the commit: all of it",
                (true, false) => "killed: none of it",
            },
            outcome.wal_at_kill
        );
        if counts == after {
            // The import had committed before the signal (a late moment): go back to the
            // state before for the next kill.
            for leftover in [wal(&db), db.with_file_name("library.roundbook-shm")] {
                let _ = std::fs::remove_file(leftover);
            }
            std::fs::copy(&pristine, &db).unwrap();
        } else {
            assert_eq!(
                counts, before,
                "{what}: the library is neither before nor after the import"
            );
            if outcome.killed && outcome.wal_at_kill > 0 {
                mid_write_kills += 1;
            }
        }
    }
    assert!(
        mid_write_kills >= 3,
        "only {mid_write_kills} kills landed while the import was writing"
    );
    // After all that, the import still works and lands whole.
    let out = ok(&db, &["import", bundle.to_str().unwrap()], env);
    assert!(out.contains("50"), "{out}");
    assert_eq!(check_and_count(&db, passphrase, "final import"), after);
}

#[test]
fn a_plain_library_killed_during_an_import_is_wholly_before_or_after_it() {
    kill_during_import(false);
}

#[test]
fn an_encrypted_library_killed_during_an_import_is_wholly_before_or_after_it() {
    kill_during_import(true);
}

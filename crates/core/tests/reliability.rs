//! Promises that broke under attack, each with the attack that broke it: hostile files,
//! another program's database, a scope that leaked, a merge that lowered sensitivity, a
//! backup that could not be made, text no font can print. (Kills and races are tested on
//! the real binary in `crates/cli/tests/reliability.rs`.)

mod common;

use std::path::Path;

use common::*;
use roundbook_core::exchange::{
    export, sealed, Bundle, BundleError, ExportScope, MergeAction, Resolutions, RestrictedRecords,
};
use roundbook_core::model::*;
use roundbook_core::pack::{Audience, Paper, Selection};
use roundbook_core::store::{BackupPolicy, OpenOptions};
use roundbook_core::{Error, ErrorCode, Library};

const PASS: &str = "correct horse battery staple";

fn now() -> Timestamp {
    ts("2012-04-02T08:00:00Z")
}

// ----- 8. hostile sealed bundles ------------------------------------------------------

/// An age file with a scrypt stanza asking for work 2^`log_n`, and `extra` more stanzas.
fn sealed_with(log_n: u8, extra: usize) -> Vec<u8> {
    let mut out = String::from("age-encryption.org/v1\n");
    for _ in 0..extra {
        out.push_str("-> X25519 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
    }
    out.push_str(&format!(
        "-> scrypt AAAAAAAAAAAAAAAAAAAAAA {log_n}\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
    ));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&[0u8; 64]);
    bytes
}

#[test]
fn a_sealed_bundle_asking_for_too_much_work_is_refused_before_the_work() {
    let started = std::time::Instant::now();
    let e = sealed::unseal(&sealed_with(40, 0), PASS).unwrap_err();
    assert!(
        matches!(e, Error::Bundle(BundleError::HostileSeal { .. })),
        "{e}"
    );
    assert!(e.to_string().contains("2^40"), "{e}");
    // What Roundbook writes opens; the check costs nothing.
    let ours = sealed::seal(b"{}", PASS).unwrap();
    assert_eq!(sealed::unseal(&ours, PASS).unwrap(), b"{}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "refused without deriving a 2^40 key"
    );
}

#[test]
fn a_sealed_bundle_with_a_flood_of_stanzas_is_refused() {
    let e = sealed::unseal(&sealed_with(18, 5_000), PASS).unwrap_err();
    assert!(
        matches!(e, Error::Bundle(BundleError::HostileSeal { .. })),
        "{e}"
    );
    let e = sealed::unseal(&sealed_with(18, 20), PASS).unwrap_err();
    assert!(e.to_string().contains("recipient stanzas"), "{e}");
}

// ----- 9. anything after the bundle ------------------------------------------------------

#[test]
fn anything_after_the_bundle_is_refused_and_nothing_is_written() {
    let mut lib = Library::open_in_memory().unwrap();
    let demo = demo_bytes();
    for tail in [
        &b"{\"format\":\"roundbook-bundle\",\"version\":1}"[..],
        b"junk",
        b"\0\0\0",
    ] {
        let mut bytes = demo.clone();
        bytes.extend_from_slice(tail);
        let e = Bundle::parse(&bytes).unwrap_err();
        assert!(e.to_string().contains("more after the end"), "{e}");
        assert!(lib.import_bundle_file_bytes(&bytes).is_err());
    }
    assert!(lib.is_empty().unwrap());
    // Trailing white space is not "more".
    let mut bytes = demo;
    bytes.extend_from_slice(b"\n\n  \n");
    assert!(Bundle::parse(&bytes).is_ok());
}

trait ImportBytes {
    fn import_bundle_file_bytes(&mut self, bytes: &[u8]) -> Result<(), Error>;
}
impl ImportBytes for Library {
    fn import_bundle_file_bytes(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.import_bundle(&Bundle::parse(bytes)?).map(|_| ())
    }
}

#[test]
fn a_null_value_names_its_field() {
    let text = r#"{"format":"roundbook-bundle","version":1,"sources":[{"id":"s1","title":"x","sensitivity":null}]}"#;
    let e = Bundle::parse(text.as_bytes()).unwrap_err();
    let BundleError::Invalid { problems } = e else {
        panic!("{e:?}")
    };
    assert_eq!(problems[0].field, "sources[0].sensitivity");
    assert!(problems[0].message.contains("null"), "{}", problems[0]);
}

// ----- 10. another program's database -------------------------------------------------

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
             INSERT INTO notes (body) VALUES ('my shopping list');
             PRAGMA user_version = 7;",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let e = Library::open(&path, None).unwrap_err();
    assert_eq!(e.code(), ErrorCode::NotALibrary, "{e}");
    assert!(e.to_string().contains("not a Roundbook library"), "{e}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );

    // A table named like ours does not make it ours, with or without a version.
    let path = dir.path().join("clash.sqlite");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE incidents (x TEXT);")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    assert_eq!(
        Library::open(&path, None).unwrap_err().code(),
        ErrorCode::NotALibrary
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // A Roundbook library from before the header mark still opens, and gets the mark.
    let fixture = repo_root().join("crates/core/tests/fixtures/library-v1.roundbook");
    let old = dir.path().join("old.roundbook");
    std::fs::copy(fixture, &old).unwrap();
    Library::open(&old, None).unwrap();
    let id: i64 = rusqlite::Connection::open(&old)
        .unwrap()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id, roundbook_core::store::migrate::APPLICATION_ID);
}

// ----- 11. a scope is a closed set ----------------------------------------------------

/// The demo library plus a second negotiation B with an area, an ask, a restricted
/// source, and an incident of the demo that is also linked to B's area.
fn two_negotiations() -> Library {
    let mut lib = demo_library();
    lib.create(
        Negotiation {
            language: None,
            translations: Default::default(),
            id: "neg-b".into(),
            title: "EU–Uzbekistan PCA".into(),
            parties: vec![],
            description: None,
            updated_at: None,
            illustrative: None,
        },
        now(),
    )
    .unwrap();
    lib.create(
        Source {
            id: "src-b-secret".into(),
            title: "Confidential note from Tashkent".into(),
            publisher: None,
            published_on: None,
            url: None,
            accessed_on: None,
            kind: None,
            sensitivity: Sensitivity::Restricted,
            updated_at: None,
            illustrative: None,
        },
        now(),
    )
    .unwrap();
    lib.create(
        ConcernArea {
            language: None,
            translations: Default::default(),
            id: "area-b".into(),
            title: "Forced labour in the cotton harvest".into(),
            negotiation_id: Some("neg-b".into()),
            summary: None,
            position: None,
            source_ids: vec!["src-b-secret".into()],
            updated_at: None,
            illustrative: None,
        },
        now(),
    )
    .unwrap();
    lib.create(
        Ask {
            language: None,
            translations: Default::default(),
            id: "ask-b".into(),
            concern_area_id: "area-b".into(),
            round_id: None,
            text: "Ask B's own question".into(),
            position: None,
            updated_at: None,
            benchmark_ids: vec![],
            illustrative: None,
        },
        now(),
    )
    .unwrap();
    let mut shared: Incident = lib.get("inc-zhanaozen-2011-12-16").unwrap();
    shared.concern_area_ids.push("area-b".into());
    lib.update(shared, now()).unwrap();
    lib
}

#[test]
fn a_negotiations_bundle_carries_nothing_of_another_negotiation() {
    let lib = two_negotiations();
    let b = export(
        &lib.snapshot().unwrap(),
        &ExportScope::Negotiation("neg-eu-kz-pca".into()),
        None,
        None,
    );
    let r = &b.records;
    assert_eq!(
        r.negotiations
            .iter()
            .map(|n| n.id.as_str())
            .collect::<Vec<_>>(),
        ["neg-eu-kz-pca"]
    );
    assert!(r.concern_areas.iter().all(|a| a.id != "area-b"));
    assert!(r.asks.iter().all(|a| a.id != "ask-b"));
    assert!(r.sources.iter().all(|s| s.id != "src-b-secret"));
    // The shared incident comes, with its links inside the scope only.
    let shared = r
        .incidents
        .iter()
        .find(|i| i.id == "inc-zhanaozen-2011-12-16")
        .expect("the shared incident is in the bundle");
    assert!(!shared.concern_area_ids.contains(&"area-b".to_string()));
    assert!(!shared.concern_area_ids.is_empty());
    // The bundle is complete on its own: it imports into an empty library.
    let json = b.to_json();
    let mut other = Library::open_in_memory().unwrap();
    other.import_bundle(&Bundle::parse(&json).unwrap()).unwrap();
    assert!(!String::from_utf8(json).unwrap().contains("Tashkent"));

    // Importing it back into the full library loses none of B's links.
    let mut full = two_negotiations();
    full.import_bundle(&b).unwrap();
    let again: Incident = full.get("inc-zhanaozen-2011-12-16").unwrap();
    assert!(again.concern_area_ids.contains(&"area-b".to_string()));
}

#[test]
fn an_area_of_another_negotiation_cannot_be_listed_in_a_scope() {
    let lib = two_negotiations();
    let e = lib
        .bundle_for(
            &ExportScope::Areas {
                negotiation_id: "neg-eu-kz-pca".into(),
                concern_area_ids: vec!["area-b".into()],
            },
            RestrictedRecords::Sent,
            now(),
        )
        .unwrap_err();
    assert!(e.to_string().contains("another negotiation"), "{e}");
}

// ----- 12. sensitivity is lowered only by a choice --------------------------------------

#[test]
fn a_newer_public_version_does_not_lower_a_restricted_record() {
    let mut ours = demo_library();
    let id = "inc-zhanaozen-2011-12-16";
    let mut i: Incident = ours.get(id).unwrap();
    i.sensitivity = Sensitivity::Restricted;
    ours.update(i.clone(), ts("2026-01-01T00:00:00Z")).unwrap();

    // A colleague's newer copy that omits sensitivity (the format's default is public).
    let mut theirs = i.clone();
    theirs.sensitivity = Sensitivity::Public;
    theirs.summary = Some("A newer account.".into());
    theirs.updated_at = Some(ts("2026-02-01T00:00:00Z"));
    let mut bundle = Bundle::new(Some(ts("2026-02-02T00:00:00Z")), Some("Colleague".into()));
    bundle.records.incidents.push(theirs);

    // The preview makes it a choice, and says why.
    let plan = ours.plan_bundle_import(&bundle).unwrap();
    let item = &plan.items[0];
    assert_eq!(item.action, MergeAction::Conflict);
    assert!(item.lowers_sensitivity);
    assert!(item.reason.contains("restricted"), "{}", item.reason);

    // Without a choice: their text, our sensitivity, and the report says so.
    let report = ours.import_bundle(&bundle).unwrap();
    assert_eq!(report.sensitivity_kept.len(), 1, "{report:?}");
    let now: Incident = ours.get(id).unwrap();
    assert_eq!(now.sensitivity, Sensitivity::Restricted);
    assert_eq!(now.summary.as_deref(), Some("A newer account."));

    // An external pack still leaves it out.
    let pack = ours
        .assemble_pack(&Selection {
            round_id: "round-eu-kz-3".into(),
            audience: Audience::External,
            ..Selection::default()
        })
        .unwrap();
    assert!(pack.incidents.iter().all(|x| x.id != id));

    // An explicit choice lowers it.
    let mut other = demo_library();
    other.update(i, ts("2026-01-01T00:00:00Z")).unwrap();
    let mut choose = Resolutions::default();
    choose.set(
        Kind::Incident,
        id,
        roundbook_core::exchange::Choice::TakeTheirs,
    );
    other.import_bundle_with(&bundle, &choose).unwrap();
    assert_eq!(
        other.get::<Incident>(id).unwrap().sensitivity,
        Sensitivity::Public
    );
}

#[test]
fn restricted_sources_exported_as_csl_come_back_restricted() {
    let mut lib = demo_library();
    let mut s: Source = lib.list::<Source>().unwrap().remove(0);
    s.sensitivity = Sensitivity::Restricted;
    lib.update(s.clone(), now()).unwrap();
    let csl = lib.export_csl(true).unwrap();
    let mut fresh = Library::open_in_memory().unwrap();
    fresh.import_csl_sources(&csl.json, now()).unwrap();
    let back = fresh
        .list::<Source>()
        .unwrap()
        .into_iter()
        .find(|x| x.title == s.title)
        .unwrap();
    assert_eq!(back.sensitivity, Sensitivity::Restricted);
    let others = fresh
        .list::<Source>()
        .unwrap()
        .into_iter()
        .filter(|x| x.sensitivity.is_restricted())
        .count();
    assert_eq!(others, 1, "only the restricted one is restricted");
}

// ----- 13. a backup that cannot be made does not block reading --------------------------

#[test]
fn a_backup_that_cannot_be_made_blocks_nothing_and_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    Library::open(&path, None)
        .unwrap()
        .import_bundle(&demo_bundle())
        .unwrap();
    // Where the backups go, something that is not a folder.
    std::fs::write(dir.path().join("lib.roundbook.backups"), b"in the way").unwrap();
    let options = OpenOptions {
        passphrase: None,
        daily_backup: Some(BackupPolicy {
            now: now(),
            keep: 10,
        }),
    };
    let mut lib = Library::open_with(&path, &options).unwrap();
    assert!(lib.backup_problem().is_some());
    assert!(!lib.search("Zhanaozen", None, 10).unwrap().is_empty());
    lib.write_bundle(
        &ExportScope::All,
        RestrictedRecords::Sent,
        None,
        &dir.path().join("out.json"),
        now(),
    )
    .unwrap();
    lib.make_pack(
        &Selection {
            round_id: "round-eu-kz-3".into(),
            ..Selection::default()
        },
        Paper::A4,
        now(),
        &dir.path().join("p.pdf"),
        false,
        &mut |_| {},
    )
    .unwrap();
}

// ----- 6. writing over what is not a file -----------------------------------------------

// Linux only: macOS has no /dev/full, Windows no devices, pipes or links of this kind.
#[cfg(target_os = "linux")]
#[test]
fn outputs_are_never_written_over_devices_pipes_or_folders_and_links_are_followed() {
    let dir = tempfile::tempdir().unwrap();
    let lib = demo_library();
    let fifo = dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for (path, what) in [
        (Path::new("/dev/full"), "a device"),
        (Path::new("/dev/null"), "a device"),
        (fifo.as_path(), "a named pipe"),
        (dir.path(), "a folder"),
    ] {
        let e = lib
            .write_bundle(
                &ExportScope::All,
                RestrictedRecords::Sent,
                None,
                path,
                now(),
            )
            .unwrap_err();
        assert_eq!(e.code(), ErrorCode::NotAFile, "{e}");
        assert!(e.to_string().contains(what), "{e}");
    }
    assert!(std::fs::metadata("/dev/full")
        .unwrap()
        .file_type()
        .is_char_device_like());
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo_like());

    // A link: the file it points at is written, the link stays a link.
    let target = dir.path().join("real.json");
    std::fs::write(&target, b"old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    lib.write_bundle(
        &ExportScope::All,
        RestrictedRecords::Sent,
        None,
        &link,
        now(),
    )
    .unwrap();
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(Bundle::parse(&std::fs::read(&target).unwrap()).is_ok());
}

#[cfg(target_os = "linux")]
trait FileTypeLike {
    fn is_char_device_like(&self) -> bool;
    fn is_fifo_like(&self) -> bool;
}
#[cfg(target_os = "linux")]
impl FileTypeLike for std::fs::FileType {
    fn is_char_device_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_char_device()
    }
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

// ----- text no font can print ------------------------------------------------------------

#[test]
fn text_no_font_can_print_is_refused_at_the_door_and_never_blocks_a_pack() {
    let mut lib = demo_library();
    let mut i: Incident = lib.get("inc-zhanaozen-2011-12-16").unwrap();
    i.id = String::new();
    for bad in ["北京 delegation", "Strike \u{E000}", "Fire 🔥"] {
        i.title = bad.into();
        let e = lib.create(i.clone(), now()).unwrap_err();
        assert!(e.to_string().contains("cannot print"), "{e}");
        assert_eq!(e.field(), Some("title"));
    }
    // Kazakh, Russian and typographic marks are fine.
    i.title = "Жаңаөзен: «забастовка» — 16 декабря".into();
    lib.create(i, now()).unwrap();

    // A library that got such text earlier (written here behind the store's back) still
    // makes its packs: the character shows as a white square.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    Library::open(&path, None)
        .unwrap()
        .import_bundle(&demo_bundle())
        .unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE incidents SET title = 'Delegation from 北京' WHERE id = 'inc-zhanaozen-2011-12-16'",
            [],
        )
        .unwrap();
    let mut lib = Library::open(&path, None).unwrap();
    let out = dir.path().join("p.pdf");
    lib.make_pack(
        &Selection {
            round_id: "round-eu-kz-3".into(),
            audience: Audience::Internal,
            ..Selection::default()
        },
        Paper::A4,
        now(),
        &out,
        false,
        &mut |_| {},
    )
    .unwrap();
    let text = pdf::text(&std::fs::read(&out).unwrap(), None);
    assert!(
        text.contains("Delegation from □□"),
        "the stand-in is printed"
    );
}

#[test]
fn a_path_with_a_newline_stays_on_one_line_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let e = Library::open_in_memory()
        .unwrap()
        .write_bundle(
            &ExportScope::All,
            RestrictedRecords::Sent,
            None,
            &dir.path().join("two\nlines").join("out.json"),
            now(),
        )
        .unwrap_err();
    let message = e.to_string();
    assert!(!message.contains('\n'), "{message}");
    assert!(message.contains("two\\nlines"), "{message}");
}

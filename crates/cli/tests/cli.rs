//! The `roundbook` binary as a script would use it: every command on good and bad input,
//! exit codes (0 success, 2 usage error, 1 failure with one line on stderr, never a
//! panic), encrypted libraries through the environment's passphrases, sealed bundles,
//! backups and restore, and refused input that leaves the library file byte-for-byte as
//! it was.

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// A temporary folder with a library path in it (the file is not created).
struct Place {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Place {
    fn new() -> Place {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("library.roundbook");
        Place { dir, db }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn s(&self, name: &str) -> String {
        self.path(name).to_string_lossy().into_owned()
    }
    /// A new place with the demo library in it.
    fn demo() -> Place {
        let p = Place::new();
        let out = ok(&p.db, &["init", "--demo"], &[]);
        assert!(out.contains("with the demo library"), "{out}");
        p
    }
    /// Exports the library and returns its records (without the export's own date and
    /// author), pretty-printed, for "nothing was lost" comparisons.
    /// The whole library, restricted records included, as a bundle's records.
    fn export(&self, name: &str, env: &[(&str, &str)]) -> String {
        let file = self.s(name);
        ok(&self.db, &["export", &file, "--include-restricted"], env);
        records(&std::fs::read(&file).unwrap())
    }
}

/// The records of a bundle, without `exported_at` and `exported_by`.
fn records(bundle: &[u8]) -> String {
    let mut json: serde_json::Value = serde_json::from_slice(bundle).unwrap();
    let object = json.as_object_mut().unwrap();
    object.remove("exported_at");
    object.remove("exported_by");
    serde_json::to_string_pretty(&json).unwrap()
}

const WITH_PASS: &[(&str, &str)] = &[("ROUNDBOOK_PASSPHRASE", PASS)];

#[test]
fn help_and_version_exit_0_and_usage_errors_exit_2() {
    let p = Place::new();
    let help = run(&p.db, &["--help"], &[]);
    assert_eq!(help.code, 0);
    for command in [
        "init", "import", "export", "encrypt", "decrypt", "rekey", "backups", "backup", "restore",
        "rounds", "pack", "search",
    ] {
        assert!(help.stdout.contains(command), "--help lacks {command}");
    }
    assert_eq!(run(&p.db, &["--version"], &[]).code, 0);
    for args in [
        &[][..],
        &["frobnicate"],
        &["init", "--bogus"],
        &["import"],
        &["export"],
        &["restore"],
        &["search"],
        &["search", "x", "--limit", "many"],
        &["pack", "--output", "x.pdf"],
        &["pack", "--round", "r"],
        &[
            "pack",
            "--round",
            "r",
            "--output",
            "x.pdf",
            "--audience",
            "press",
        ],
        &["pack", "--round", "r", "--output", "x.pdf", "--paper", "a3"],
        &[
            "pack",
            "--round",
            "r",
            "--output",
            "x.pdf",
            "--since",
            "2012-13-01",
        ],
        &[
            "pack",
            "--round",
            "r",
            "--output",
            "x.pdf",
            "--since",
            "yesterday",
        ],
        &["import-csv", "people", "x.csv"],
        &["rounds", "extra"],
    ] {
        usage_error(&p.db, args);
    }
    assert!(!p.db.exists(), "a usage error created the library");
}

#[test]
fn every_command_on_a_missing_library_fails_cleanly_and_creates_nothing() {
    let p = Place::new();
    let bundle = demo_bundle_path();
    let bundle = bundle.to_str().unwrap();
    let out_pdf = p.s("out.pdf");
    let out_json = p.s("out.json");
    let csv = repo_root().join("crates/core/tests/fixtures/incidents-libreoffice.csv");
    let csl = repo_root().join("crates/core/tests/fixtures/zotero-export.json");
    let cases: Vec<Vec<&str>> = vec![
        vec!["import", bundle],
        vec!["export", &out_json],
        vec!["rounds"],
        vec!["search", "Zhanaozen"],
        vec!["pack", "--round", "round-eu-kz-3", "--output", &out_pdf],
        vec!["backup"],
        vec!["encrypt"],
        vec!["decrypt"],
        vec!["rekey"],
        vec!["import-csv", "incidents", csv.to_str().unwrap()],
        vec!["import-csl", csl.to_str().unwrap()],
        vec!["export-csl", &out_json],
    ];
    for args in &cases {
        fails(&p.db, args, WITH_PASS, "no library at");
    }
    // Listing backups of a library that has none is not an error.
    let out = ok(&p.db, &["backups"], &[]);
    assert!(out.starts_with("no backups of"), "{out}");
    // Restoring from a backup that does not exist.
    fails(
        &p.db,
        &["restore", &p.s("no-such-backup.roundbook")],
        &[],
        "is not a usable backup",
    );
    assert!(!p.db.exists(), "a failed command created the library");
    assert!(!p.path("out.pdf").exists() && !p.path("out.json").exists());
    // A library path that is a folder, or inside a file.
    let folder = p.path("a-folder");
    std::fs::create_dir(&folder).unwrap();
    fails(&folder, &["rounds"], &[], "");
    fails(&folder, &["init"], &[], "");
    let file = p.path("a-file");
    std::fs::write(&file, "x").unwrap();
    fails(&file.join("lib.roundbook"), &["init"], &[], "");
}

#[test]
fn init_import_export_rounds_search_and_pack() {
    let p = Place::demo();
    // A second init refuses to touch a library with records.
    let before = library_bytes(&p.db);
    fails(&p.db, &["init"], &[], "already exists");
    fails(&p.db, &["init", "--demo"], &[], "already exists");
    assert_eq!(library_bytes(&p.db).0, before.0);

    // Rounds, all and of one negotiation.
    let rounds = ok(&p.db, &["rounds"], &[]);
    assert_eq!(rounds.lines().count(), 4, "{rounds}");
    assert!(
        rounds.contains("round-eu-kz-3") && rounds.contains("2012-"),
        "{rounds}"
    );
    assert_eq!(
        ok(&p.db, &["rounds", "--negotiation", "neg-eu-kz-pca"], &[]),
        rounds
    );
    fails(
        &p.db,
        &["rounds", "--negotiation", "neg-nowhere"],
        &[],
        "there is no negotiation with id \"neg-nowhere\"",
    );

    // Search: Cyrillic, case and diacritics, and FTS5 syntax taken literally.
    let hits = ok(&p.db, &["search", "алматы"], &[]);
    assert!(hits.contains("inc-almaty-protest-2012-01-28"), "{hits}");
    let plain = ok(&p.db, &["search", "Zhanaozen"], &[]);
    assert!(!plain.is_empty());
    for q in [
        "\"Zhanaozen",
        "Zhanaozen*",
        "Zhanaozen\"",
        "-Zhanaozen",
        "(Zhanaozen)",
        "Zhanaozen:",
        "^Zhanaozen",
    ] {
        // `--` lets a query start with `-`, as with every command-line tool.
        assert_eq!(ok(&p.db, &["search", "--", q], &[]), plain, "query {q:?}");
    }
    // Operators are words like any other: `NEAR(x` searches for "near" and "x".
    assert_eq!(
        ok(&p.db, &["search", "NEAR(Zhanaozen"], &[]),
        ok(&p.db, &["search", "near zhanaozen"], &[])
    );
    assert_eq!(
        ok(&p.db, &["search", "Zhanaozen AND"], &[]),
        ok(&p.db, &["search", "zhanaozen and"], &[])
    );
    for q in [
        "\"",
        "*",
        "NEAR(",
        "-",
        "\"\"\"",
        "(((",
        "",
        " ",
        "AND OR NOT",
        "{}:^",
    ] {
        ok(&p.db, &["search", "--", q], &[]);
    }
    assert_eq!(
        ok(&p.db, &["search", "Zhanaozen", "--limit", "1"], &[])
            .lines()
            .count(),
        1
    );

    // Export, import into a new library, export again: the same bytes.
    let first = p.export("first.json", &[]);
    let q = Place::new();
    ok(&q.db, &["init"], &[]);
    let report = ok(&q.db, &["import", &p.s("first.json")], &[]);
    assert!(
        report.contains("0 updated, 0 unchanged, 0 conflicts"),
        "{report}"
    );
    assert_eq!(q.export("second.json", &[]), first);
    // Importing the same bundle again changes nothing.
    let again = ok(&q.db, &["import", &p.s("first.json")], &[]);
    assert!(again.contains(": 0 inserted, 0 updated"), "{again}");
    assert_eq!(q.export("third.json", &[]), first);

    // Export of one negotiation, and of one that does not exist.
    ok(
        &p.db,
        &["export", &p.s("neg.json"), "--negotiation", "neg-eu-kz-pca"],
        &[],
    );
    fails(
        &p.db,
        &["export", &p.s("none.json"), "--negotiation", "neg-nowhere"],
        &[],
        "there is no negotiation",
    );
    assert!(!p.path("none.json").exists());
    fails(
        &p.db,
        &["export", &p.s("no-such-folder/x.json")],
        &[],
        "this folder does not exist",
    );

    // Packs: the external one leaves the restricted incident out, the internal one has it.
    let restricted = "Allegations of torture of Zhanaozen detainees";
    let ext = p.path("external.pdf");
    let out = ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
            "--output",
            ext.to_str().unwrap(),
        ],
        &[],
    );
    assert!(
        out.starts_with("wrote ") && out.contains("external audience"),
        "{out}"
    );
    assert!(std::fs::read(&ext).unwrap().starts_with(b"%PDF-"));
    let ext_text = pdf_text(&ext);
    assert!(ext_text.contains("Zhanaozen"), "the pack has no content");
    let int = p.path("internal.pdf");
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "internal",
            "--paper",
            "letter",
            "--since",
            "2012-01-01",
            "--output",
            int.to_str().unwrap(),
        ],
        &[],
    );
    let int_text = pdf_text(&int);
    let title = restricted_title(&p);
    assert!(title.starts_with(restricted), "{title}");
    assert!(
        int_text.contains(restricted),
        "the internal pack lacks the restricted incident"
    );
    assert!(
        !ext_text.contains(restricted),
        "the restricted incident leaked"
    );
    // One area, one benchmark.
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--area",
            "area-religion",
            "--benchmark",
            "bm-religion-law-review",
            "--output",
            &p.s("one.pdf"),
        ],
        &[],
    );
    // Bad selections.
    for (args, expected) in [
        (vec!["--round", "round-nowhere"], "there is no round"),
        (
            vec!["--round", "round-eu-kz-3", "--area", "area-nowhere"],
            "there is no concern area",
        ),
        (
            vec![
                "--round",
                "round-eu-kz-3",
                "--area",
                "area-religion",
                "--benchmark",
                "bm-register-opposition",
            ],
            "which is not selected",
        ),
        (
            vec!["--round", "round-eu-kz-3", "--benchmark", "bm-nowhere"],
            "there is no benchmark",
        ),
    ] {
        let mut all = vec!["pack"];
        all.extend(args);
        all.extend(["--output", "never.pdf"]);
        fails(&p.db, &all, &[], expected);
    }
    fails(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--output",
            &p.s("no-such-folder/p.pdf"),
        ],
        &[],
        "this folder does not exist",
    );
    assert!(!Path::new("never.pdf").exists());
}

/// The title of the demo's restricted incident, read from an export.
fn restricted_title(p: &Place) -> String {
    let json: serde_json::Value = serde_json::from_str(&p.export("for-title.json", &[])).unwrap();
    json["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["sensitivity"] == "restricted")
        .expect("the demo has a restricted incident")["title"]
        .as_str()
        .unwrap()
        .to_string()
}

fn bundle_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(demo_bundle_path()).unwrap()).unwrap();
    // New ids, so that only the defect stops the import.
    for list in ["incidents", "sources"] {
        for r in json[list].as_array_mut().unwrap() {
            r["id"] = format!("{}-copy", r["id"].as_str().unwrap()).into();
        }
    }
    for inc in json["incidents"].as_array_mut().unwrap() {
        if let Some(ids) = inc["source_ids"].as_array_mut() {
            for id in ids {
                *id = format!("{}-copy", id.as_str().unwrap()).into();
            }
        }
    }
    edit(&mut json);
    serde_json::to_vec(&json).unwrap()
}

#[test]
fn bad_bundles_are_refused_and_the_library_file_is_unchanged() {
    let p = Place::demo();
    let demo = std::fs::read(demo_bundle_path()).unwrap();
    let huge_title = "x".repeat(1 << 20);
    let mut not_utf8 = br#"{"format":"roundbook-bundle","version":1,"exported_by":"caf"#.to_vec();
    not_utf8.extend_from_slice(&[0xC3, 0x28, b'"', b'}']);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.json",
            demo[..demo.len() / 2].to_vec(),
            "the file ends too early",
        ),
        ("empty.json", Vec::new(), "the file ends too early"),
        ("array.json", b"[1,2,3]".to_vec(), "a bundle is a JSON object"),
        (
            "binary.json",
            vec![0x89, b'P', b'N', b'G', 0, 0, 0, 13],
            "not UTF-8",
        ),
        ("invalid-utf8.json", not_utf8, "not UTF-8 text (invalid byte at offset"),
        (
            "format.json",
            bundle_with(|j| j["format"] = "zotero".into()),
            "format: \"zotero\" is not a Roundbook bundle",
        ),
        (
            "version.json",
            bundle_with(|j| j["version"] = 3.into()),
            "bundle version 3 is not supported",
        ),
        (
            "unknown-field.json",
            bundle_with(|j| j["incidents"][3]["colour"] = "red".into()),
            "incidents[3].colour: unknown field `colour`",
        ),
        (
            "unknown-top-field.json",
            bundle_with(|j| j["people"] = serde_json::json!([])),
            "unknown field `people`",
        ),
        (
            "dangling.json",
            bundle_with(|j| j["incidents"][5]["source_ids"] = serde_json::json!(["src-nowhere"])),
            "incidents[5].source_ids[0]: there is no source with id \"src-nowhere\"",
        ),
        (
            "duplicate.json",
            bundle_with(|j| {
                let id = j["incidents"][0]["id"].clone();
                j["incidents"][2]["id"] = id;
            }),
            "incidents[2].id: \"inc-oil-workers-strike-2011-copy\" is used twice (also by incidents[0])",
        ),
        (
            "impossible-date.json",
            bundle_with(|j| j["incidents"][1]["occurred_on"] = "2012-02-30".into()),
            "incidents[1].occurred_on: \"2012-02-30\" is not a date",
        ),
        (
            "reversed-range.json",
            bundle_with(|j| j["incidents"][1]["occurred_on"] = "2012-03-05/2012-03-01".into()),
            "is a range whose end is before its start",
        ),
        (
            "huge-title.json",
            bundle_with(|j| j["sources"][0]["title"] = huge_title.clone().into()),
            "sources[0].title: is too long (1048576 characters, at most 300)",
        ),
        (
            "deep.json",
            format!(
                "{{\"format\":\"roundbook-bundle\",\"version\":1,\"exported_by\":{}1{}}}",
                "[".repeat(100_000),
                "]".repeat(100_000)
            )
            .into_bytes(),
            "",
        ),
    ];
    let before = library_bytes(&p.db);
    let export_before = p.export("before.json", &[]);
    for (name, bytes, expected) in &cases {
        let file = p.path(name);
        std::fs::write(&file, bytes).unwrap();
        fails(&p.db, &["import", file.to_str().unwrap()], &[], expected);
        assert_eq!(
            library_bytes(&p.db),
            before,
            "refusing {name} changed the library file"
        );
    }
    // A 2 GB file (sparse: it costs no disk) is refused by its size, without being read.
    let huge = p.path("huge.json");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    fails(
        &p.db,
        &["import", huge.to_str().unwrap()],
        &[],
        "the bundle is too large (2147483648 bytes",
    );
    // A file that is not there, and a folder.
    fails(
        &p.db,
        &["import", &p.s("missing.json")],
        &[],
        "missing.json",
    );
    fails(&p.db, &["import", p.dir.path().to_str().unwrap()], &[], "");
    assert_eq!(library_bytes(&p.db), before);
    assert_eq!(p.export("after.json", &[]), export_before);
}

#[test]
fn bad_spreadsheets_and_reference_files_are_refused_and_change_nothing() {
    let p = Place::demo();
    let fixtures = repo_root().join("crates/core/tests/fixtures");
    let before = library_bytes(&p.db);
    let export_before = p.export("before.json", &[]);
    let problems = fixtures.join("incidents-with-problems.csv");
    fails(
        &p.db,
        &["import-csv", "incidents", problems.to_str().unwrap()],
        &[],
        "nothing was imported",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for c in "title,date\nA,2012\n".encode_utf16() {
        utf16.extend(c.to_le_bytes());
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("utf16.csv", utf16, "UTF-16"),
        (
            "latin1.csv",
            b"title,date\nCaf\xe9 raid,2012-01-01\n".to_vec(),
            "not UTF-8",
        ),
        ("empty.csv", Vec::new(), "no header row"),
        (
            "no-date.csv",
            b"title,place\nA,B\n".to_vec(),
            "no column holds",
        ),
        (
            "bad-dates.csv",
            "title,date\nReversed,2012-03-05/2012-03-01\nImpossible,2012-02-30\n"
                .as_bytes()
                .to_vec(),
            "nothing was imported",
        ),
        (
            "huge-title.csv",
            format!("title,date\n{},2012\n", "y".repeat(1 << 20)).into_bytes(),
            "nothing was imported",
        ),
        (
            "unclosed.csv",
            b"title,date\n\"Never closed,2012\nB,2012\n".to_vec(),
            "never closed",
        ),
    ];
    for (name, bytes, expected) in &cases {
        let file = p.path(name);
        std::fs::write(&file, bytes).unwrap();
        fails(
            &p.db,
            &["import-csv", "incidents", file.to_str().unwrap()],
            &[],
            expected,
        );
        assert_eq!(
            library_bytes(&p.db),
            before,
            "refusing {name} changed the library"
        );
    }
    let huge = p.path("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    fails(
        &p.db,
        &["import-csv", "incidents", huge.to_str().unwrap()],
        &[],
        "too large",
    );
    for (name, bytes, expected) in [
        (
            "junk-csl.json",
            b"{\"not\": \"a list\"}".to_vec(),
            "not CSL-JSON",
        ),
        (
            "truncated-csl.json",
            b"[{\"id\": \"x\", ".to_vec(),
            "not valid JSON",
        ),
        ("binary-csl.json", vec![0xFF, 0xFE, 0x00], ""),
    ] {
        let file = p.path(name);
        std::fs::write(&file, bytes).unwrap();
        fails(
            &p.db,
            &["import-csl", file.to_str().unwrap()],
            &[],
            expected,
        );
    }
    fails(
        &p.db,
        &["import-csl", huge.to_str().unwrap()],
        &[],
        "too large",
    );
    assert_eq!(library_bytes(&p.db), before);
    assert_eq!(p.export("after.json", &[]), export_before);
}

#[test]
fn an_encrypted_library_round_trips_through_encrypt_rekey_and_decrypt() {
    let p = Place::demo();
    let original = p.export("plain.json", &[]);
    let with_new: &[(&str, &str)] = &[
        ("ROUNDBOOK_PASSPHRASE", PASS),
        ("ROUNDBOOK_NEW_PASSPHRASE", NEW_PASS),
    ];

    // Encrypting needs a passphrase; without one (and no terminal) nothing changes.
    let before = library_bytes(&p.db);
    fails(&p.db, &["encrypt"], &[], "a passphrase is needed");
    fails(
        &p.db,
        &["encrypt"],
        &[("ROUNDBOOK_PASSPHRASE", "short")],
        "the passphrase is too short",
    );
    assert_eq!(library_bytes(&p.db), before);
    fails(&p.db, &["decrypt"], WITH_PASS, "not encrypted");
    fails(&p.db, &["rekey"], with_new, "not encrypted");

    let out = ok(&p.db, &["encrypt"], WITH_PASS);
    assert!(out.starts_with("encrypted "), "{out}");
    assert!(!starts_with_sqlite_header(&p.db));
    let on_disk = std::fs::read(&p.db).unwrap();
    for secret in ["Zhanaozen", "Sokolova", "Жаңаөзен"] {
        assert!(!contains(&on_disk, secret), "{secret} is readable on disk");
    }
    // Every command needs the passphrase now, and says so in one line.
    fails(&p.db, &["rounds"], &[], "a passphrase is needed");
    fails(&p.db, &["encrypt"], WITH_PASS, "already encrypted");
    assert_eq!(p.export("encrypted.json", WITH_PASS), original);
    // The export of an encrypted library reminds that the bundle is not encrypted.
    let note = ok(&p.db, &["export", &p.s("x.json")], WITH_PASS);
    assert!(note.contains("--encrypt"), "{note}");

    // Rekey: the old passphrase is checked first; a weak new one is refused.
    fails(
        &p.db,
        &["rekey"],
        &[
            ("ROUNDBOOK_PASSPHRASE", "not the passphrase"),
            ("ROUNDBOOK_NEW_PASSPHRASE", NEW_PASS),
        ],
        "the passphrase is wrong",
    );
    fails(
        &p.db,
        &["rekey"],
        &[
            ("ROUNDBOOK_PASSPHRASE", PASS),
            ("ROUNDBOOK_NEW_PASSPHRASE", "short"),
        ],
        "too short",
    );
    fails(&p.db, &["rekey"], WITH_PASS, "a passphrase is needed");
    assert_eq!(p.export("still.json", WITH_PASS), original);
    ok(&p.db, &["rekey"], with_new);
    fails(&p.db, &["rounds"], WITH_PASS, "the passphrase is wrong");
    let new_only: &[(&str, &str)] = &[("ROUNDBOOK_PASSPHRASE", NEW_PASS)];
    assert_eq!(p.export("rekeyed.json", new_only), original);

    // Decrypt with the wrong passphrase changes nothing; with the right one, it is plain.
    fails(&p.db, &["decrypt"], WITH_PASS, "the passphrase is wrong");
    ok(&p.db, &["decrypt"], new_only);
    assert!(starts_with_sqlite_header(&p.db));
    assert_eq!(p.export("decrypted.json", &[]), original);
    // No converted or half-written files are left beside the library.
    let leftovers: Vec<String> = std::fs::read_dir(p.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial") || n.ends_with(".old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn init_encrypt_makes_the_same_library_encrypted() {
    let plain = Place::demo();
    let expected = plain.export("plain.json", &[]);
    let p = Place::new();
    fails(&p.db, &["init", "--encrypt"], &[], "a passphrase is needed");
    fails(
        &p.db,
        &["init", "--encrypt"],
        &[("ROUNDBOOK_PASSPHRASE", "short")],
        "too short",
    );
    assert!(
        !p.db.exists() || std::fs::metadata(&p.db).unwrap().len() == 0,
        "a refused init left a library behind"
    );
    ok(&p.db, &["init", "--encrypt", "--demo"], WITH_PASS);
    assert!(!starts_with_sqlite_header(&p.db));
    assert_eq!(p.export("enc.json", WITH_PASS), expected);
    // An empty plain library is not silently encrypted by init.
    let q = Place::new();
    ok(&q.db, &["init"], &[]);
    fails(
        &q.db,
        &["init", "--encrypt"],
        WITH_PASS,
        "roundbook encrypt",
    );
}

#[test]
fn a_wrong_passphrase_is_one_clear_line_for_every_command() {
    let p = Place::new();
    ok(&p.db, &["init", "--encrypt", "--demo"], WITH_PASS);
    let before = library_bytes(&p.db);
    let wrong: &[(&str, &str)] = &[
        ("ROUNDBOOK_PASSPHRASE", "wrong passphrase!"),
        ("ROUNDBOOK_NEW_PASSPHRASE", NEW_PASS),
    ];
    let demo = demo_bundle_path();
    let pdf = p.s("p.pdf");
    let out = p.s("out.json");
    for args in [
        vec!["rounds"],
        vec!["search", "Zhanaozen"],
        vec!["export", &out],
        vec!["import", demo.to_str().unwrap()],
        vec!["pack", "--round", "round-eu-kz-3", "--output", &pdf],
        vec!["backup"],
        vec!["decrypt"],
        vec!["rekey"],
        vec!["export-csl", &out],
    ] {
        let line = fails(&p.db, &args, wrong, "the passphrase is wrong");
        assert_eq!(
            line,
            "the passphrase is wrong, or the file is not a Roundbook library"
        );
    }
    assert_eq!(library_bytes(&p.db), before);
    assert!(!p.path("p.pdf").exists() && !p.path("out.json").exists());
    // A file that is not a database at all says so, never as a SQLite error.
    let junk = p.path("junk.roundbook");
    std::fs::write(
        &junk,
        "This is a text file, not a database at all.\n".repeat(50),
    )
    .unwrap();
    fails(&junk, &["rounds"], WITH_PASS, "is not a Roundbook library");
    fails(&junk, &["rounds"], &[], "is not a Roundbook library");
}

#[test]
fn a_sealed_bundle_round_trips_and_needs_its_passphrase() {
    let p = Place::demo();
    let plain = p.export("plain.json", &[]);
    let sealed = p.path("demo.roundbook.age");
    let bundle_pass: &[(&str, &str)] = &[("ROUNDBOOK_BUNDLE_PASSPHRASE", PASS)];
    fails(
        &p.db,
        &["export", "--encrypt", sealed.to_str().unwrap()],
        &[],
        "a passphrase is needed",
    );
    fails(
        &p.db,
        &["export", "--encrypt", sealed.to_str().unwrap()],
        &[("ROUNDBOOK_BUNDLE_PASSPHRASE", "short")],
        "too short",
    );
    assert!(!sealed.exists());
    let out = ok(
        &p.db,
        &[
            "export",
            "--encrypt",
            "--include-restricted",
            sealed.to_str().unwrap(),
        ],
        bundle_pass,
    );
    assert!(out.contains("(encrypted)"), "{out}");
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    for secret in ["Zhanaozen", "roundbook-bundle", "Sokolova"] {
        assert!(
            !contains(&bytes, secret),
            "{secret} is readable in the sealed bundle"
        );
    }

    let q = Place::new();
    ok(&q.db, &["init"], &[]);
    let empty = library_bytes(&q.db);
    let s = sealed.to_str().unwrap();
    fails(&q.db, &["import", s], &[], "a passphrase is needed");
    fails(
        &q.db,
        &["import", s],
        &[("ROUNDBOOK_BUNDLE_PASSPHRASE", "not the passphrase")],
        "the bundle's passphrase is wrong",
    );
    // A damaged sealed bundle.
    let mut damaged = bytes.clone();
    let n = damaged.len();
    damaged[n - 40] ^= 0x55;
    std::fs::write(q.path("damaged.age"), &damaged).unwrap();
    fails(
        &q.db,
        &["import", &q.s("damaged.age")],
        bundle_pass,
        "the bundle's passphrase is wrong, or the file is damaged",
    );
    assert_eq!(library_bytes(&q.db), empty);
    ok(&q.db, &["import", s], bundle_pass);
    assert_eq!(q.export("imported.json", &[]), plain);
}

#[test]
fn backups_are_listed_made_and_restored() {
    let p = Place::demo();
    let original = p.export("original.json", &[]);
    // `init` does not back up; the first command that opens the library does (daily).
    ok(&p.db, &["rounds"], &[]);
    let listed = ok(&p.db, &["backups"], &[]);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    let made = ok(&p.db, &["backup"], &[]);
    let backup = made
        .trim()
        .strip_prefix("backed up to ")
        .unwrap_or_else(|| panic!("{made}"))
        .to_string();
    assert!(Path::new(&backup).exists());
    assert!(ok(&p.db, &["backups"], &[]).contains(&backup));

    // Change the library, then restore the backup.
    let mut json: serde_json::Value = serde_json::from_str(&original).unwrap();
    let negotiation = serde_json::json!({"id": "neg-added", "title": "Added later"});
    json["negotiations"] = serde_json::json!([negotiation]);
    for list in [
        "rounds",
        "concern_areas",
        "benchmarks",
        "assessments",
        "commitments",
        "incidents",
        "asks",
        "sources",
    ] {
        json.as_object_mut().unwrap().remove(list);
    }
    std::fs::write(p.path("add.json"), serde_json::to_vec(&json).unwrap()).unwrap();
    ok(&p.db, &["import", &p.s("add.json")], &[]);
    assert_ne!(p.export("changed.json", &[]), original);

    // A file that is not a backup is refused.
    fails(&p.db, &["restore", &p.s("add.json")], &[], "");
    fails(
        &p.db,
        &["restore", &p.s("add.json")],
        WITH_PASS,
        "is not a usable backup: it is not a Roundbook library",
    );
    let out = ok(&p.db, &["restore", &backup], &[]);
    assert!(out.starts_with("restored "), "{out}");
    assert_eq!(p.export("restored.json", &[]), original);
    // The library as it was before the restore is among the backups.
    assert!(ok(&p.db, &["backups"], &[]).contains("before-restore"));
}

#[test]
fn backups_of_an_encrypted_library_are_encrypted_and_restore_with_the_passphrase() {
    let p = Place::new();
    ok(&p.db, &["init", "--encrypt", "--demo"], WITH_PASS);
    let original = p.export("original.json", WITH_PASS);
    let made = ok(&p.db, &["backup"], WITH_PASS);
    let backup = made
        .trim()
        .strip_prefix("backed up to ")
        .unwrap()
        .to_string();
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3\0"));
    assert!(!contains(&bytes, "Zhanaozen"));
    fails(&p.db, &["backup"], &[], "a passphrase is needed");
    fails(&p.db, &["restore", &backup], &[], "a passphrase is needed");
    fails(
        &p.db,
        &["restore", &backup],
        &[("ROUNDBOOK_PASSPHRASE", "wrong passphrase!")],
        "the passphrase is wrong",
    );
    ok(&p.db, &["restore", &backup], WITH_PASS);
    assert_eq!(p.export("restored.json", WITH_PASS), original);

    // A plain library restored over the encrypted one would leave it unencrypted: refused.
    let plain = Place::demo();
    let before = library_bytes(&p.db);
    fails(
        &p.db,
        &["restore", plain.db.to_str().unwrap()],
        WITH_PASS,
        "restoring it would leave this encrypted library unencrypted",
    );
    assert_eq!(library_bytes(&p.db), before);
    assert!(!starts_with_sqlite_header(&p.db));
}

#[test]
fn no_output_is_written_over_the_library_or_its_files() {
    let p = Place::demo();
    ok(&p.db, &["backup"], &[]);
    let backup = ok(&p.db, &["backups"], &[])
        .lines()
        .next()
        .unwrap()
        .rsplit("  ")
        .next()
        .unwrap()
        .to_string();
    let before = library_bytes(&p.db);
    let backup_before = std::fs::read(&backup).unwrap();
    let db = p.db.to_str().unwrap().to_string();
    // The same file by another name, too.
    let relative = format!(
        "{}/../{}/library.roundbook",
        p.dir.path().display(),
        p.dir.path().file_name().unwrap().to_string_lossy()
    );
    let wal = format!("{db}-wal");
    for target in [&db, &relative, &wal, &backup] {
        for args in [
            vec!["export", target.as_str()],
            vec!["export", "--encrypt", target.as_str()],
            vec![
                "pack",
                "--round",
                "round-eu-kz-3",
                "--output",
                target.as_str(),
            ],
            vec!["export-csl", target.as_str()],
        ] {
            fails(
                &p.db,
                &args,
                &[("ROUNDBOOK_BUNDLE_PASSPHRASE", PASS)],
                "is the library itself or one of its files",
            );
        }
    }
    assert_eq!(library_bytes(&p.db).0, before.0);
    assert_eq!(std::fs::read(&backup).unwrap(), backup_before);
    ok(&p.db, &["rounds"], &[]);
}

#[test]
fn a_library_of_a_newer_version_is_refused_untouched() {
    let p = Place::demo();
    {
        let conn = rusqlite::Connection::open(&p.db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = library_bytes(&p.db);
    for args in [vec!["rounds"], vec!["search", "x"], vec!["init"]] {
        fails(&p.db, &args, &[], "written by a newer version of Roundbook");
    }
    assert_eq!(library_bytes(&p.db), before);
}

#[test]
fn a_write_blocked_by_another_program_says_the_library_is_in_use() {
    let p = Place::demo();
    let before = p.export("before.json", &[]);
    let holder = rusqlite::Connection::open(&p.db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    // Reading still works while another program writes.
    ok(&p.db, &["rounds"], &[]);
    let q = Place::new();
    let other = bundle_with(|j| {
        for list in [
            "negotiations",
            "rounds",
            "concern_areas",
            "benchmarks",
            "assessments",
            "commitments",
            "asks",
        ] {
            j.as_object_mut().unwrap().remove(list);
        }
        for inc in j["incidents"].as_array_mut().unwrap() {
            inc.as_object_mut().unwrap().remove("concern_area_ids");
            inc.as_object_mut().unwrap().remove("benchmark_ids");
        }
    });
    std::fs::write(q.path("other.json"), other).unwrap();
    fails(
        &p.db,
        &["import", &q.s("other.json")],
        &[],
        "the library is in use by another program",
    );
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(p.export("after.json", &[]), before);
    ok(&p.db, &["import", &q.s("other.json")], &[]);
}

#[test]
fn check_lists_findings_as_text_and_json_and_strict_refuses_blockers() {
    let p = Place::demo();
    let text = ok(
        &p.db,
        &[
            "check",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
        ],
        &[],
    );
    assert!(
        text.starts_with("external pack for round-eu-kz-3: "),
        "{text}"
    );
    assert!(text.contains("BLOCKER  round round-eu-kz-3"), "{text}");
    let json = ok(
        &p.db,
        &[
            "check",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
            "--json",
        ],
        &[],
    );
    let findings: serde_json::Value = serde_json::from_str(&json).unwrap();
    let list = findings.as_array().unwrap();
    assert!(!list.is_empty());
    for f in list {
        for key in ["severity", "kind", "id", "message"] {
            assert!(f.get(key).is_some(), "{key} in {f}");
        }
        assert!(["blocker", "warning", "note"].contains(&f["severity"].as_str().unwrap()));
    }
    assert!(list.iter().any(|f| f["severity"] == "blocker"));
    // An unknown round is a failure, a wrong audience a usage error.
    fails(
        &p.db,
        &["check", "--round", "round-x"],
        &[],
        "there is no round",
    );
    usage_error(
        &p.db,
        &[
            "check",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "officials",
        ],
    );

    // --strict: the demo's external pack has blockers — no file, the blockers on stderr.
    let pdf = p.s("strict.pdf");
    let r = run(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
            "--output",
            &pdf,
            "--strict",
        ],
        &[],
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stderr.contains("roundbook: BLOCKER  round round-eu-kz-3"),
        "{r:?}"
    );
    assert!(
        r.stderr.lines().last().unwrap().contains("was not written"),
        "{r:?}"
    );
    assert!(!p.path("strict.pdf").exists());
    // Without --strict it is written as before; the internal pack has no blocker.
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
            "--output",
            &pdf,
        ],
        &[],
    );
    let internal = p.s("internal.pdf");
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "internal",
            "--output",
            &internal,
            "--strict",
        ],
        &[],
    );
}

#[test]
fn export_leaves_restricted_records_behind_unless_asked_and_says_so() {
    let p = Place::demo();
    let restricted = restricted_title(&p);
    let file = p.s("default.json");
    let out = ok(&p.db, &["export", &file], &[]);
    // The restricted incident, and the restricted result of an ask at Round 2.
    assert!(out.contains("2 restricted records stayed behind"), "{out}");
    assert!(out.contains("--include-restricted"), "{out}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains(&restricted), "the restricted incident left");
    assert!(
        !text.contains("\"sensitivity\": \"restricted\""),
        "a restricted record left"
    );
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ids = |kind: &str| -> Vec<String> {
        json[kind]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    let sources = ids("sources");
    for kind in [
        "incidents",
        "commitments",
        "assessments",
        "benchmarks",
        "rounds",
    ] {
        for record in json[kind].as_array().unwrap() {
            for id in record["source_ids"].as_array().into_iter().flatten() {
                assert!(
                    sources.contains(&id.as_str().unwrap().to_string()),
                    "{kind} cites {id}, which was not sent"
                );
            }
        }
    }
    // What was sent imports on its own.
    let q = Place::new();
    ok(&q.db, &["init"], &[]);
    let imported = ok(&q.db, &["import", &file], &[]);
    assert!(!imported.contains("error"), "{imported}");

    let all = p.s("all.json");
    let out = ok(&p.db, &["export", &all, "--include-restricted"], &[]);
    assert!(!out.contains("stayed behind"), "{out}");
    assert!(std::fs::read_to_string(&all).unwrap().contains(&restricted));
}

#[test]
fn export_can_write_version_1_and_says_what_it_leaves_out() {
    let p = Place::demo();
    let file = p.s("v1.json");
    let out = ok(&p.db, &["export", &file, "--format-version", "1"], &[]);
    assert!(out.contains("(bundle version 1)"), "{out}");
    assert!(
        out.contains("left out (version 1 cannot carry it): commitments.summary"),
        "{out}"
    );
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(json["version"], 1);
    assert!(json["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c.get("text").is_some() && c.get("quote").is_none()));
    // A fresh library imports it.
    let q = Place::new();
    ok(&q.db, &["init"], &[]);
    ok(&q.db, &["import", &file], &[]);
    usage_error(&p.db, &["export", &p.s("v3.json"), "--format-version", "3"]);
}

#[test]
fn pack_and_check_speak_the_language_asked_for() {
    let p = Place::demo();
    let pdf = p.s("ru.pdf");
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--output",
            &pdf,
            "--lang",
            "ru",
        ],
        &[],
    );
    let text = pdf_text(Path::new(&pdf));
    assert!(text.contains("Содержание"), "{text}");
    assert!(text.contains("апреля 2012 г."));
    // Unsupported: a usage error that lists the supported languages, and no file.
    let bad = p.s("kk.pdf");
    let err = usage_error(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--output",
            &bad,
            "--lang",
            "fr",
        ],
    );
    assert!(err.contains("en") && err.contains("ru"), "{err}");
    assert!(!Path::new(&bad).exists());
    // The check of a Russian pack lists what has no Russian translation.
    let report = ok(
        &p.db,
        &["check", "--round", "round-eu-kz-3", "--lang", "ru"],
        &[],
    );
    assert!(report.contains("[EN]"), "{report}");
}

#[test]
fn a_spreadsheet_without_sensitivity_needs_one_chosen_for_the_whole_file() {
    let p = Place::demo();
    let file = p.path("no-sensitivity.csv");
    std::fs::write(
        &file,
        "title,date\nDetention of a blogger,2012-03-01\nTrial adjourned,2012-03-03\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let before = library_bytes(&p.db);

    // The dry run says what an import will need; the import without it writes nothing.
    let dry = ok(&p.db, &["import-csv", "incidents", file, "--dry-run"], &[]);
    assert!(
        dry.contains("2 new incidents state no sensitivity: importing needs --sensitivity"),
        "{dry}"
    );
    fails(
        &p.db,
        &["import-csv", "incidents", file],
        &[],
        "2 new incidents state no sensitivity; say which with --sensitivity public or --sensitivity restricted",
    );
    assert_eq!(library_bytes(&p.db), before);
    let usage = usage_error(
        &p.db,
        &["import-csv", "incidents", file, "--sensitivity", "secret"],
    );
    assert!(
        usage.contains("public") && usage.contains("restricted"),
        "{usage}"
    );

    ok(
        &p.db,
        &[
            "import-csv",
            "incidents",
            file,
            "--sensitivity",
            "restricted",
        ],
        &[],
    );
    // Restricted: an export leaves both behind unless asked.
    let out = p.s("out.json");
    let said = ok(&p.db, &["export", &out], &[]);
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(!json.contains("Detention of a blogger"), "{said}");
    ok(&p.db, &["export", &out, "--include-restricted"], &[]);
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(json.contains("Detention of a blogger") && json.contains("Trial adjourned"));
}

#[test]
fn a_pack_shows_the_changes_since_the_last_briefing_unless_told_otherwise() {
    let p = Place::demo();
    let (r2, r3, none, chosen) = (
        p.s("r2.pdf"),
        p.s("r3.pdf"),
        p.s("none.pdf"),
        p.s("chosen.pdf"),
    );
    fails(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--since-pack",
            "no-such-pack",
            "--output",
            &r3,
        ],
        &[],
        "no-such-pack",
    );
    assert!(
        !p.path("r3.pdf").exists(),
        "nothing is written when the earlier pack is unknown"
    );
    ok(
        &p.db,
        &["pack", "--round", "round-eu-kz-2", "--output", &r2],
        &[],
    );
    ok(
        &p.db,
        &["pack", "--round", "round-eu-kz-3", "--output", &r3],
        &[],
    );
    let text = pdf_text(&p.path("r3.pdf"));
    assert!(
        text.contains("Changes since our last briefing"),
        "the part is there by default"
    );
    assert!(text.contains("What Round 2 produced"));
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--no-changes",
            "--output",
            &none,
        ],
        &[],
    );
    assert!(!pdf_text(&p.path("none.pdf")).contains("Changes since our last briefing"));

    // `packs` lists what was made; its ids choose the earlier pack.
    let packs = ok(&p.db, &["packs"], &[]);
    let lines: Vec<&str> = packs.lines().collect();
    assert_eq!(lines.len(), 3, "{packs}");
    let line_2 = lines
        .iter()
        .find(|l| l.ends_with("Round 2"))
        .expect("the Round 2 pack");
    assert!(line_2.contains("external"), "{packs}");
    let round_2 = line_2.split_whitespace().next().unwrap();
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--since-pack",
            round_2,
            "--output",
            &chosen,
        ],
        &[],
    );
    assert!(pdf_text(&p.path("chosen.pdf")).contains("Changes since our last briefing"));
    // An external pack is never compared with an internal one.
    let internal = p.s("internal.pdf");
    ok(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-2",
            "--audience",
            "internal",
            "--output",
            &internal,
        ],
        &[],
    );
    let id = ok(&p.db, &["packs"], &[])
        .lines()
        .find(|l| l.contains(" internal "))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    fails(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
            "--since-pack",
            &id,
            "--output",
            &p.s("x.pdf"),
        ],
        &[],
        "is an internal pack",
    );
    let run = run(
        &p.db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--no-changes",
            "--since-pack",
            round_2,
            "--output",
            &none,
        ],
        &[],
    );
    assert_eq!(
        run.code, 2,
        "--no-changes and --since-pack exclude each other: {run:#?}"
    );
}

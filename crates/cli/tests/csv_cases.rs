//! `roundbook import-csv cases`: the dry run, the import, the re-import, bad rows and the
//! exit codes (0 done, 1 refused with one line on stderr and nothing written, 2 usage).

mod common;

use std::path::PathBuf;

use common::*;

const HEADER: &str = "name;other_names;description;status;status_date;consent;area;source_url";

struct Place {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Place {
    /// A new place with the demo library in it.
    fn demo() -> Place {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("library.roundbook");
        ok(&db, &["init", "--demo"], &[]);
        Place { dir, db }
    }

    /// Writes a file of the place and returns its path.
    fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    }
}

fn good_file(p: &Place) -> String {
    p.file(
        "cases.csv",
        &format!(
            "\u{feff}{HEADER}\r\n\
             Dana Seitkali;\"Дана Сейткали; Seitkali D.\";Oil worker.;detained;2012-06;named;area-crackdown;https://example.org/seitkali\r\n\
             Dana Seitkali;;;sentenced;25.06.2012;named;;\r\n\
             Arman Zhunusov;;Journalist.;on trial;16 August 2012;anonymised;Media freedoms;\r\n"
        ),
    )
}

#[test]
fn a_file_of_cases_is_checked_imported_and_imported_again_without_duplicates() {
    let p = Place::demo();
    let file = good_file(&p);
    let before = library_bytes(&p.db);

    // The dry run says what would happen, case by case and row by row, and writes nothing.
    let dry = ok(&p.db, &["import-csv", "cases", &file, "--dry-run"], &[]);
    for expected in [
        "3 rows, separated by \";\"",
        "status_date → status_date",
        "\"Dana Seitkali\": would be created",
        "row 2: timeline entry csv-entry-",
        "dry run: cases: 2 would be created, 0 updated, 0 unchanged; timeline entries: 3 would be created, 0 updated, 0 unchanged; 0 rows invalid; 1 new sources; nothing was written",
        "2 new cases state no sensitivity: importing needs --sensitivity public or --sensitivity restricted",
    ] {
        assert!(dry.contains(expected), "{expected:?} not in {dry}");
    }
    assert_eq!(library_bytes(&p.db), before, "a dry run writes nothing");

    // Without a sensitivity for the file, nothing is imported.
    fails(
        &p.db,
        &["import-csv", "cases", &file],
        &[],
        "nothing was imported: 2 new cases state no sensitivity; say which with --sensitivity public or --sensitivity restricted",
    );
    assert_eq!(library_bytes(&p.db), before);

    let done = ok(
        &p.db,
        &["import-csv", "cases", &file, "--sensitivity", "restricted"],
        &[],
    );
    assert!(
        done.contains("cases: 2 created, 0 updated, 0 unchanged; timeline entries: 3 created"),
        "{done}"
    );
    // Found by any spelling of the name.
    let found = ok(&p.db, &["search", "Сейткали"], &[]);
    assert!(
        found.contains("case\tcsv-case-") && found.contains("Dana Seitkali"),
        "{found}"
    );

    // The same file again: everything unchanged.
    let again = ok(
        &p.db,
        &["import-csv", "cases", &file, "--sensitivity", "restricted"],
        &[],
    );
    assert!(
        again.contains("cases: 0 created, 0 updated, 2 unchanged; timeline entries: 0 created, 0 updated, 3 unchanged"),
        "{again}"
    );
}

#[test]
fn bad_rows_are_named_and_nothing_is_written_unless_valid_rows_only() {
    let p = Place::demo();
    let file = p.file(
        "bad.csv",
        &format!(
            "{HEADER}\n\
             Dana Seitkali;;;detained;2012-06;named;area-crackdown;\n\
             Nurlan Temirov;;;jailed;2012-12-07;internal;area-crackdown;\n\
             Saule Ibraeva;;;imprisoned;2012-02-30;named;area-crackdown;\n\
             Aizhan Bekova;;;charged;2017-02-10;;area-media-freedoms;\n"
        ),
    );
    let before = library_bytes(&p.db);

    // A dry run with problems fails (exit 1), lists them by row and column on stdout.
    let r = run(&p.db, &["import-csv", "cases", &file, "--dry-run"], &[]);
    assert_eq!(r.code, 1, "{r:#?}");
    for expected in [
        "row 3, column status: \"jailed\" is not a case status",
        "row 4, column status_date: \"2012-02-30\" is not a date",
        "row 5, column consent: is empty (a new case needs the person's consent",
    ] {
        assert!(r.stdout.contains(expected), "{expected:?} not in {r:#?}");
    }
    assert!(
        r.stderr
            .contains("3 of 4 rows have problems, so importing would write nothing"),
        "{r:#?}"
    );

    // The import is refused with one line, and the library is unchanged.
    fails(
        &p.db,
        &["import-csv", "cases", &file, "--sensitivity", "public"],
        &[],
        "nothing was imported: 3 rows have problems (fix them, or use --valid-rows-only); first: row 3, column status: \"jailed\" is not a case status",
    );
    assert_eq!(library_bytes(&p.db), before);

    // The valid rows only.
    let done = ok(
        &p.db,
        &[
            "import-csv",
            "cases",
            &file,
            "--sensitivity",
            "public",
            "--valid-rows-only",
        ],
        &[],
    );
    assert!(
        done.contains("cases: 1 created, 0 updated, 0 unchanged; timeline entries: 1 created, 0 updated, 0 unchanged; 3 rows skipped"),
        "{done}"
    );

    // A file without the columns of cases, and --update-existing, which is for incidents.
    let incidents = p.file("incidents.csv", "title,date\nA,2012\n");
    fails(
        &p.db,
        &["import-csv", "cases", &incidents, "--dry-run"],
        &[],
        "the file has no column \"name\", which every file of cases needs",
    );
    let usage = usage_error(&p.db, &["import-csv", "cases", &file, "--update-existing"]);
    assert!(
        usage.contains("--update-existing is for incidents"),
        "{usage}"
    );
}

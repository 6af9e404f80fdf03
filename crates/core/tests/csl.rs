//! Sources from Zotero's CSL-JSON export, and our sources out as CSL-JSON.

mod common;

use common::*;
use roundbook_core::exchange::csl::{read_csl_file, CslError};
use roundbook_core::exchange::csv_incidents::RowAction;
use roundbook_core::exchange::{export_csl, MAX_CSL_BYTES};
use roundbook_core::model::*;
use roundbook_core::Library;

fn zotero() -> Vec<u8> {
    std::fs::read(repo_root().join("crates/core/tests/fixtures/zotero-export.json"))
        .expect("fixture")
}

fn now() -> Timestamp {
    ts("2026-11-25T10:00:00Z")
}

#[test]
fn a_zotero_export_with_partial_dates_and_missing_fields_imports() {
    let mut lib = demo_library();
    let before = lib.list::<Source>().unwrap().len();
    let plan = lib.plan_csl_sources(&zotero()).unwrap();
    assert_eq!(
        (plan.created, plan.updated, plan.unchanged, plan.written),
        (8, 0, 0, false)
    );
    assert_eq!(
        lib.list::<Source>().unwrap().len(),
        before,
        "the dry run writes nothing"
    );
    let warnings: Vec<String> = plan.warnings.iter().map(|w| w.to_string()).collect();
    let q = "\"http://zotero.org/users/local/q5Yx1w2Z/items/";
    assert_eq!(
        warnings,
        vec![
            format!("item 5 ({q}Q9W1E5RT\"), title: is missing; the source is called \"Human Rights Watch\""),
            format!("item 5 ({q}Q9W1E5RT\"), issued: \"n.d.\" is not a date; left out"),
            format!("item 7 ({q}P8O6I4U2\"), URL: \"file:///C:/Users/advocate/Documents/odihr-kazakhstan-2012.pd…\" is not a web address; left out"),
        ]
    );

    let report = lib.import_csl_sources(&zotero(), now()).unwrap();
    assert!(report.written);
    assert_eq!(lib.list::<Source>().unwrap().len(), before + 8);

    // A report with a month date, its publisher and the day it was read.
    let report_src = lib.get::<Source>("csl-7ZKQ9V3M").unwrap();
    assert_eq!(report_src.kind, Some(SourceKind::Report));
    assert_eq!(report_src.published_on.unwrap().to_string(), "2012-03");
    assert_eq!(report_src.accessed_on.unwrap().to_string(), "2012-03-19");
    assert_eq!(
        report_src.publisher.as_deref(),
        Some("International Partnership for Human Rights")
    );
    assert_eq!(report_src.sensitivity, Sensitivity::Public);
    assert_eq!(report_src.updated_at, Some(now()));
    // Zotero's "Resolution" report type; the container as publisher.
    let resolution = lib.get::<Source>("csl-B4N8XW2P").unwrap();
    assert_eq!(resolution.kind, Some(SourceKind::Resolution));
    assert_eq!(resolution.publisher.as_deref(), Some("European Parliament"));
    assert_eq!(resolution.published_on.unwrap().to_string(), "2012-03-15");
    // Year, month and day written as strings; a speech is a statement.
    let speech = lib.get::<Source>("csl-K2M7QD9R").unwrap();
    assert_eq!(speech.kind, Some(SourceKind::Statement));
    assert_eq!(speech.published_on.unwrap().to_string(), "2012-03-14");
    assert_eq!(speech.url, None);
    // A raw date, a newspaper.
    let news = lib.get::<Source>("csl-T6C3LZ8A").unwrap();
    assert_eq!(news.kind, Some(SourceKind::News));
    assert_eq!(news.published_on.unwrap().to_string(), "2012-02-28");
    assert_eq!(
        news.publisher.as_deref(),
        Some("Radio Free Europe/Radio Liberty")
    );
    // No title, no readable date: the container names it.
    let page = lib.get::<Source>("csl-Q9W1E5RT").unwrap();
    assert_eq!(page.title, "Human Rights Watch");
    assert_eq!(page.published_on, None);
    assert_eq!(page.kind, Some(SourceKind::Other));
    // A DOI gives the web address; a year alone is a date.
    let article = lib.get::<Source>("csl-H3J5K7L9").unwrap();
    assert_eq!(
        article.url.as_deref(),
        Some("https://doi.org/10.1080/02634937.2011.000000")
    );
    assert_eq!(article.published_on.unwrap().to_string(), "2011");
    // A local file is no web address; the report type says observation report.
    let odihr = lib.get::<Source>("csl-P8O6I4U2").unwrap();
    assert_eq!(odihr.url, None);
    assert_eq!(odihr.kind, Some(SourceKind::ObservationReport));
    // Two date parts are a range.
    let chronology = lib.get::<Source>("csl-Z1X2C3V4").unwrap();
    assert_eq!(
        chronology.published_on.unwrap().to_string(),
        "2011-12-16/2012-03-20"
    );

    // Importing the same export again changes nothing.
    let snapshot = lib.snapshot().unwrap();
    let again = lib
        .import_csl_sources(&zotero(), ts("2027-01-01T00:00:00Z"))
        .unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 8));
    assert_eq!(lib.snapshot().unwrap(), snapshot);
}

#[test]
fn reimporting_an_edited_export_updates_and_keeps_the_sensitivity() {
    let mut lib = demo_library();
    lib.import_csl_sources(&zotero(), now()).unwrap();
    // Marked restricted in the library (CSL cannot say so).
    let mut s = lib.get::<Source>("csl-7ZKQ9V3M").unwrap();
    s.sensitivity = Sensitivity::Restricted;
    lib.update(s, now()).unwrap();
    // The title was corrected in Zotero.
    let text = String::from_utf8(zotero()).unwrap().replace(
        "A sobering reality: Fundamental freedoms",
        "A Sobering Reality: fundamental freedoms",
    );
    let plan = lib.plan_csl_sources(text.as_bytes()).unwrap();
    assert_eq!((plan.created, plan.updated, plan.unchanged), (0, 1, 7));
    let item = plan
        .items
        .iter()
        .find(|i| i.action == RowAction::Update)
        .unwrap();
    assert_eq!((item.item, item.source_id.as_str()), (1, "csl-7ZKQ9V3M"));
    assert_eq!(item.changes, vec!["title"]);
    lib.import_csl_sources(text.as_bytes(), ts("2026-12-01T00:00:00Z"))
        .unwrap();
    let s = lib.get::<Source>("csl-7ZKQ9V3M").unwrap();
    assert!(s.title.starts_with("A Sobering Reality"));
    assert_eq!(s.sensitivity, Sensitivity::Restricted);
    assert_eq!(s.updated_at, Some(ts("2026-12-01T00:00:00Z")));
}

#[test]
fn our_sources_round_trip_through_csl() {
    let mut lib = demo_library();
    let mut restricted = lib.get::<Source>("src-appeal-2012").unwrap();
    restricted.sensitivity = Sensitivity::Restricted;
    lib.update(restricted, now()).unwrap();
    let sources = lib.list::<Source>().unwrap();

    // Restricted sources stay out unless asked for.
    let public = lib.export_csl(false).unwrap();
    assert_eq!(
        (public.exported, public.restricted_left_out),
        (sources.len() - 1, 1)
    );
    assert!(!String::from_utf8(public.json.clone())
        .unwrap()
        .contains("\"src-appeal-2012\""));
    let all = export_csl(&sources, true);
    assert_eq!(all.exported, sources.len());
    let items: serde_json::Value = serde_json::from_slice(&all.json).unwrap();
    assert_eq!(items.as_array().unwrap().len(), sources.len());

    // Back into the same library: our own ids are recognised, nothing changes.
    let snapshot = lib.snapshot().unwrap();
    let report = lib
        .import_csl_sources(&all.json, ts("2027-01-01T00:00:00Z"))
        .unwrap();
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (0, 0, sources.len())
    );
    assert_eq!(lib.snapshot().unwrap(), snapshot);

    // Into an empty library: the same fields (ids get the csl- prefix; a source without a
    // kind comes back as "other"; sensitivity is not part of CSL).
    let mut empty = Library::open_in_memory().unwrap();
    empty.import_csl_sources(&all.json, now()).unwrap();
    for ours in &sources {
        let theirs = empty.get::<Source>(&format!("csl-{}", ours.id)).unwrap();
        assert_eq!(theirs.title, ours.title);
        assert_eq!(theirs.publisher, ours.publisher);
        assert_eq!(theirs.published_on, ours.published_on, "{}", ours.id);
        assert_eq!(theirs.url, ours.url);
        assert_eq!(theirs.accessed_on, ours.accessed_on);
        assert_eq!(
            theirs.kind,
            Some(ours.kind.unwrap_or(SourceKind::Other)),
            "{}",
            ours.id
        );
    }
}

#[test]
fn broken_files_are_refused_and_nothing_is_written() {
    let mut lib = demo_library();
    let before = lib.snapshot().unwrap();
    let err = |bytes: &[u8]| lib.plan_csl_sources(bytes).unwrap_err().to_string();
    assert_eq!(
        err(b"{\"items\": []}"),
        "the file is not CSL-JSON: it should be a list of items ([{\"id\": …, \"type\": …, \"title\": …}, …])"
    );
    assert_eq!(
        err(b"[\n  {\"id\": \"a\",\n  }\n]"),
        "the file is not valid JSON: trailing comma (line 3, column 3)"
    );
    assert_eq!(
        err(b"[1, {\"id\": \"x\", \"title\": \"X\"}, {\"id\": \"x\", \"title\": \"Y\"}]"),
        "nothing was imported: item 1: is not a CSL item (a JSON object) (and 1 more problem)"
    );
    match lib.import_csl_sources(
        b"[{\"id\": \"x\", \"title\": \"X\"}, {\"id\": \"x\", \"title\": \"Y\"}]",
        now(),
    ) {
        Err(CslError::InvalidItems { problems }) => {
            assert_eq!(
                problems[0].to_string(),
                "item 2 (\"x\"), id: is also the id of item 1"
            );
        }
        other => panic!("expected InvalidItems, got {other:?}"),
    }
    assert_eq!(lib.snapshot().unwrap(), before);
    // One item on its own is accepted; so is an empty list.
    assert_eq!(
        lib.plan_csl_sources(b"{\"id\": \"solo\", \"title\": \"Solo\"}")
            .unwrap()
            .created,
        1
    );
    assert_eq!(lib.plan_csl_sources(b"[]").unwrap().items.len(), 0);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_CSL_BYTES + 1)
        .unwrap();
    assert!(matches!(
        read_csl_file(&path),
        Err(CslError::TooLarge { .. })
    ));
}

#[test]
fn no_input_makes_it_panic() {
    let lib = demo_library();
    let values = [
        "null",
        "1",
        "\"x\"",
        "[]",
        "{}",
        "[[]]",
        "[[2012]]",
        "[[\"2012\", \"13\", \"40\"]]",
        "[[2012, 2, 30], [2011]]",
        "[[-5]]",
        "[[99999]]",
        "[[2012.5]]",
        "{\"raw\": \"31.02.2012\"}",
        "{\"literal\": \"\"}",
        "{\"date-parts\": 5}",
        "\"2012-03\"",
        "[{\"literal\": 1}]",
        "\"file://x\"",
        "\"http://\"",
        "\"\"",
        "true",
    ];
    let keys = [
        "id",
        "type",
        "title",
        "title-short",
        "container-title",
        "publisher",
        "authority",
        "author",
        "issued",
        "accessed",
        "URL",
        "DOI",
        "genre",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..2_000 {
        let n_items = 1 + next() % 4;
        let items: Vec<String> = (0..n_items)
            .map(|_| {
                let fields: Vec<String> = (0..next() % 8)
                    .map(|_| {
                        let k = keys[(next() % keys.len() as u64) as usize];
                        let v = values[(next() % values.len() as u64) as usize];
                        format!("\"{k}\": {v}")
                    })
                    .collect();
                format!("{{{}}}", fields.join(", "))
            })
            .collect();
        let json = format!("[{}]", items.join(", "));
        let _ = lib.plan_csl_sources(json.as_bytes());
    }
}

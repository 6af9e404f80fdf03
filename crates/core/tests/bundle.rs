//! Bundle import and export: merge semantics, validation before writing, round trips,
//! and the schema.

mod common;

use common::*;
use roundbook_core::exchange::{export, Bundle, BundleError, ExportScope};
use roundbook_core::model::*;
use roundbook_core::{Error, Library};

fn schema(version: u32) -> serde_json::Value {
    let file = format!("docs/bundle-v{version}.schema.json");
    serde_json::from_slice(&std::fs::read(repo_root().join(file)).unwrap()).unwrap()
}

/// Valid against the schema of the version it says it is.
fn assert_schema_valid(json: &[u8]) {
    let value: serde_json::Value = serde_json::from_slice(json).unwrap();
    let version = value["version"].as_u64().unwrap() as u32;
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema(version))
        .expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_project_schema_is_the_spec() {
    let spec = repo_root().join("../shared/spec/bundle-v1.schema.json");
    if let Ok(spec) = std::fs::read(spec) {
        assert_eq!(
            spec,
            std::fs::read(repo_root().join("docs/bundle-v1.schema.json")).unwrap()
        );
    }
}

#[test]
fn the_demo_bundle_and_the_spec_example_validate_against_the_schema() {
    assert_schema_valid(&demo_bytes());
    let example = include_bytes!("fixtures/bundle-v1.example.json");
    assert_schema_valid(example);
    Bundle::parse(example).unwrap();
}

#[test]
fn exported_bundles_validate_against_the_schema_and_round_trip_every_field() {
    let lib = demo_library();
    let bundle = export(
        &lib.snapshot().unwrap(),
        &ExportScope::All,
        Some(ts("2026-11-25T10:00:00Z")),
        Some("Test".into()),
    );
    let json = bundle.to_json();
    assert_schema_valid(&json);

    let mut empty = Library::open_in_memory().unwrap();
    let report = empty.import_bundle(&Bundle::parse(&json).unwrap()).unwrap();
    assert_eq!(report.inserted, lib.snapshot().unwrap().len());
    assert_eq!(empty.snapshot().unwrap(), lib.snapshot().unwrap());
    // And exporting again gives the same bytes.
    let again = export(
        &empty.snapshot().unwrap(),
        &ExportScope::All,
        Some(ts("2026-11-25T10:00:00Z")),
        Some("Test".into()),
    );
    assert_eq!(again.to_json(), json);
}

#[test]
fn importing_the_same_bundle_twice_changes_nothing() {
    let mut lib = demo_library();
    let before = lib.snapshot().unwrap();
    let report = lib.import_bundle(&demo_bundle()).unwrap();
    assert!(report.changed_nothing(), "{report:?}");
    assert_eq!(report.unchanged, before.len());
    assert!(report.conflicts.is_empty());
    assert_eq!(lib.snapshot().unwrap(), before);
}

fn one_incident_bundle(title: &str, updated_at: Option<&str>) -> Bundle {
    let lib = demo_library();
    let mut incident = lib.get::<Incident>("inc-sokolova-released").unwrap();
    incident.title = title.into();
    incident.updated_at = updated_at.map(ts);
    let mut b = Bundle::new(None, None);
    b.records.incidents.push(incident);
    b
}

#[test]
fn merge_inserts_updates_keeps_and_reports_conflicts() {
    let demo_title = demo_library()
        .get::<Incident>("inc-sokolova-released")
        .unwrap()
        .title;
    // Newer: replaces.
    let mut lib = demo_library();
    let r = lib
        .import_bundle(&one_incident_bundle(
            "Newer title",
            Some("2013-01-01T00:00:00Z"),
        ))
        .unwrap();
    assert_eq!(
        (r.inserted, r.updated, r.unchanged, r.conflicts.len()),
        (0, 1, 0, 0)
    );
    assert_eq!(
        lib.get::<Incident>("inc-sokolova-released").unwrap().title,
        "Newer title"
    );
    // Older and different: ours is kept, a conflict is reported.
    let mut lib = demo_library();
    let r = lib
        .import_bundle(&one_incident_bundle(
            "Older title",
            Some("2011-01-01T00:00:00Z"),
        ))
        .unwrap();
    assert_eq!(
        (r.inserted, r.updated, r.unchanged, r.conflicts.len()),
        (0, 0, 0, 1)
    );
    assert_eq!(r.conflicts[0].id, "inc-sokolova-released");
    assert_eq!(r.conflicts[0].kind, Kind::Incident);
    assert_eq!(
        lib.get::<Incident>("inc-sokolova-released").unwrap().title,
        demo_title
    );
    // Same time, different content: a conflict (nobody can say which is right).
    let r = lib
        .import_bundle(&one_incident_bundle(
            "Same time",
            Some("2012-03-20T09:00:00Z"),
        ))
        .unwrap();
    assert_eq!(r.conflicts.len(), 1);
    // No timestamp: counts as oldest.
    let r = lib
        .import_bundle(&one_incident_bundle("No time", None))
        .unwrap();
    assert_eq!(r.conflicts.len(), 1);
    // Identical but for updated_at: unchanged.
    let r = lib
        .import_bundle(&one_incident_bundle(
            &demo_title,
            Some("2020-01-01T00:00:00Z"),
        ))
        .unwrap();
    assert_eq!((r.updated, r.unchanged), (0, 1));
    // New id: inserted.
    let mut b = one_incident_bundle("Brand new", None);
    b.records.incidents[0].id = "inc-brand-new".into();
    let r = lib.import_bundle(&b).unwrap();
    assert_eq!(r.inserted, 1);
    assert_eq!(r.per_kind[&Kind::Incident].inserted, 1);
}

#[test]
fn an_invalid_bundle_changes_nothing_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    {
        let mut lib = Library::open(&path, None).unwrap();
        lib.import_bundle(&demo_bundle()).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    // A bundle whose first records are fine and whose last one dangles.
    let mut json: serde_json::Value = serde_json::from_slice(&demo_bytes()).unwrap();
    for inc in json["incidents"].as_array_mut().unwrap() {
        inc["id"] = format!("{}-copy", inc["id"].as_str().unwrap()).into();
    }
    let n = json["incidents"].as_array().unwrap().len();
    json["incidents"][n - 1]["source_ids"] = serde_json::json!(["src-does-not-exist"]);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&json).unwrap()).unwrap();
    {
        let mut lib = Library::open(&path, None).unwrap();
        let e = lib.import_bundle_file(&bad).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("incidents[{}].source_ids[0]: there is no source with id \"src-does-not-exist\" in the bundle or the library", n - 1)
        );
        assert_eq!(lib.list::<Incident>().unwrap().len(), n);
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the library file is byte-for-byte unchanged"
    );
}

fn parse_error(json: &str) -> String {
    match Bundle::parse(json.as_bytes()) {
        Ok(b) => match b.validate_records(&|_, _| false) {
            Ok(()) => panic!("accepted: {json}"),
            Err(e) => e.to_string(),
        },
        Err(e) => e.to_string(),
    }
}

#[test]
fn bad_bundles_are_refused_with_the_record_and_field_named() {
    let head = r#"{"format":"roundbook-bundle","version":1,"#;
    let inc = |fields: &str| {
        format!(
            r#"{head}"incidents":[{{"id":"a","title":"A","occurred_on":"2012"}},{{"id":"b","title":"B","occurred_on":"2012"}},{{"id":"c","title":"C","occurred_on":"2012"}},{{"id":"d",{fields}}}]}}"#
        )
    };
    let cases = [
        (
            inc(r#""title":"D","occurred_on":"2012-13-01""#),
            r#"incidents[3].occurred_on: "2012-13-01" is not a date"#,
        ),
        (
            inc(r#""title":"D","occurred_on":"2012-03/2012-02""#),
            r#"incidents[3].occurred_on: "2012-03/2012-02" is a range whose end is before its start"#,
        ),
        (
            inc(r#""title":"","occurred_on":"2012""#),
            "incidents[3].title: is empty",
        ),
        (
            inc(r#""title":"D","occurred_on":"2012","colour":"red""#),
            "incidents[3].colour: unknown field `colour`, expected one of `id`, `title`",
        ),
        (
            inc(r#""title":"D","occurred_on":"2012","verification":"rumoured""#),
            "incidents[3].verification: unknown variant `rumoured`",
        ),
        (
            inc(r#""title":"D","occurred_on":"2012","sensitivity":"secret""#),
            "incidents[3].sensitivity: unknown variant `secret`",
        ),
        (
            inc(r#""title":"D""#),
            "incidents[3]: missing field `occurred_on`",
        ),
        (
            inc(r#""title":"D","occurred_on":"2012","source_ids":["s1"]"#),
            r#"incidents[3].source_ids[0]: there is no source with id "s1""#,
        ),
        (
            inc(r#""title":"D","occurred_on":2012"#),
            "incidents[3].occurred_on: invalid type: integer `2012`, expected a string",
        ),
        (
            format!(
                r#"{head}"incidents":[{{"id":"a","title":"A","occurred_on":"2012"}},{{"id":"a","title":"B","occurred_on":"2012"}}]}}"#
            ),
            r#"incidents[1].id: "a" is used twice (also by incidents[0])"#,
        ),
        (
            r#"{"format":"roundbook-bundle","version":3}"#.to_string(),
            "version: bundle version 3 is not supported",
        ),
        (
            r#"{"format":"other","version":1}"#.to_string(),
            r#"format: "other" is not a Roundbook bundle"#,
        ),
        (r#"{"version":1}"#.to_string(), "missing field `format`"),
        (
            format!(
                r#"{head}"rounds":[{{"id":"r","negotiation_id":"n","title":"R","starts_on":"2012-04-10","status":"postponed"}}]}}"#
            ),
            "rounds[0].status: unknown variant `postponed`",
        ),
        (
            format!(r#"{head}"sources":[{{"id":"s","title":"S","url":"ftp://x"}}]}}"#),
            r#"sources[0].url: "ftp://x" is not a web address"#,
        ),
        (
            format!(
                r#"{head}"asks":[{{"id":"q","concern_area_id":"z","text":"T","position":-1}}]}}"#
            ),
            "asks[0].position: invalid value: integer `-1`",
        ),
        (
            format!(r#"{head}"negotiations":[{{"id":"-bad","title":"N"}}]}}"#),
            r#"negotiations[0].id: "-bad" is not a valid id"#,
        ),
        (
            format!(r#"{head}"exported_at":"yesterday"}}"#),
            r#"exported_at: "yesterday" is not a date-time"#,
        ),
        (
            r#"{"format":"roundbook-bundle","version":1,"incidents":[{"id":"a""#.to_string(),
            "the bundle is not valid JSON: the file ends too early",
        ),
        ("[1,2]".to_string(), "a bundle is a JSON object"),
        (
            "".to_string(),
            "the bundle is not valid JSON: the file ends too early",
        ),
    ];
    for (json, expected) in cases {
        let msg = parse_error(&json);
        assert!(
            msg.starts_with(expected),
            "\nexpected: {expected}\n     got: {msg}"
        );
    }
}

#[test]
fn huge_titles_invalid_utf8_and_oversized_files_are_refused() {
    let big = format!(
        r#"{{"format":"roundbook-bundle","version":1,"sources":[{{"id":"s","title":"{}"}}]}}"#,
        "x".repeat(1 << 20)
    );
    assert_eq!(
        parse_error(&big),
        "sources[0].title: is too long (1048576 characters, at most 300)"
    );
    let mut bytes = br#"{"format":"roundbook-bundle","version":1,"exported_by":"caf"#.to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0xC3, 0x28]);
    bytes.extend_from_slice(b"\"}");
    assert_eq!(Bundle::parse(&bytes), Err(BundleError::NotUtf8 { offset }));
    // A file larger than the limit is refused by its size, without reading it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(2 * 1024 * 1024 * 1024).unwrap(); // sparse: costs no disk
    let mut lib = Library::open_in_memory().unwrap();
    match lib.import_bundle_file(&path) {
        Err(Error::Bundle(BundleError::TooLarge { size, .. })) => {
            assert_eq!(size, 2 * 1024 * 1024 * 1024)
        }
        other => panic!("{other:?}"),
    }
    assert!(lib.is_empty().unwrap());
}

#[test]
fn export_of_one_negotiation_is_complete_on_its_own() {
    let mut lib = demo_library();
    let now = ts("2026-11-25T10:00:00Z");
    // A second negotiation with its own area, incident and source.
    let neg = lib
        .create(
            Negotiation {
                language: None,
                translations: Default::default(),
                id: "neg-other".into(),
                title: "Other talks".into(),
                parties: vec![],
                description: None,
                updated_at: None,
                illustrative: None,
            },
            now,
        )
        .unwrap();
    let src = lib
        .create(
            Source {
                id: "src-other".into(),
                title: "Other source".into(),
                publisher: None,
                published_on: None,
                url: None,
                accessed_on: None,
                kind: None,
                sensitivity: Sensitivity::Public,
                updated_at: None,
                illustrative: None,
            },
            now,
        )
        .unwrap();
    let area = lib
        .create(
            ConcernArea {
                language: None,
                translations: Default::default(),
                id: "area-other".into(),
                title: "Other area".into(),
                negotiation_id: Some(neg.id.clone()),
                summary: None,
                position: None,
                source_ids: vec![src.id.clone()],
                updated_at: None,
                illustrative: None,
            },
            now,
        )
        .unwrap();
    lib.create(
        Incident {
            language: None,
            translations: Default::default(),
            id: "inc-other".into(),
            title: "Other incident".into(),
            occurred_on: "2013".parse().unwrap(),
            location: None,
            summary: None,
            people: vec![],
            verification: None,
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec![area.id.clone()],
            benchmark_ids: vec![],
            source_ids: vec![],
            updated_at: None,
            illustrative: None,
        },
        now,
    )
    .unwrap();

    let snapshot = lib.snapshot().unwrap();
    let b = export(
        &snapshot,
        &ExportScope::Negotiation("neg-eu-kz-pca".into()),
        None,
        None,
    );
    assert_eq!(b.records.negotiations.len(), 1);
    assert!(!b.records.incidents.iter().any(|i| i.id == "inc-other"));
    assert!(!b.records.sources.iter().any(|s| s.id == "src-other"));
    assert_eq!(
        b.records.incidents.len(),
        demo_bundle().records.incidents.len()
    );
    // Importing it into an empty library works: nothing dangles.
    let mut empty = Library::open_in_memory().unwrap();
    empty.import_bundle(&b).unwrap();

    let other = export(
        &snapshot,
        &ExportScope::Negotiation("neg-other".into()),
        None,
        None,
    );
    assert_eq!(
        other
            .records
            .incidents
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        vec!["inc-other"]
    );
    assert_eq!(other.records.sources.len(), 1);
    Library::open_in_memory()
        .unwrap()
        .import_bundle(&other)
        .unwrap();
}

#[test]
fn a_version_1_bundle_imports_with_nothing_lost_and_its_text_is_a_quote() {
    let example = include_bytes!("fixtures/bundle-v1.example.json");
    let raw: serde_json::Value = serde_json::from_slice(example).unwrap();
    let bundle = Bundle::parse(example).unwrap();
    let mut lib = Library::open_in_memory().unwrap();
    lib.import_bundle(&bundle).unwrap();
    // Every field of every record of the file is in the library: exported as version 1
    // again, each record is the same object.
    let back = export(&lib.snapshot().unwrap(), &ExportScope::All, None, None);
    let (v1, left_out) = back.to_json_v1();
    assert!(left_out.is_empty(), "{left_out:?}");
    assert_schema_valid(&v1);
    let again: serde_json::Value = serde_json::from_slice(&v1).unwrap();
    for kind in [
        "negotiations",
        "rounds",
        "concern_areas",
        "benchmarks",
        "assessments",
        "commitments",
        "incidents",
        "asks",
        "sources",
    ] {
        let mut a: Vec<serde_json::Value> = raw[kind].as_array().cloned().unwrap_or_default();
        let mut b: Vec<serde_json::Value> = again[kind].as_array().cloned().unwrap_or_default();
        for list in [&mut a, &mut b] {
            for r in list.iter_mut() {
                // Defaults the format states (a missing status is "scheduled", …) may be
                // written out; compare what the file said.
                if let Some(o) = r.as_object_mut() {
                    o.retain(|_, v| !v.is_null());
                }
            }
            list.sort_by_key(|r| r["id"].as_str().unwrap_or("").to_string());
        }
        for (x, y) in a.iter().zip(&b) {
            for (k, v) in x.as_object().unwrap() {
                assert_eq!(Some(v), y.get(k), "{kind} {}: field {k}", x["id"]);
            }
        }
        assert_eq!(a.len(), b.len(), "{kind}");
    }
    // A version 1 commitment's text is its quote.
    let with_text = raw["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c.get("text").is_some())
        .expect("the example has a commitment with text");
    let c: Commitment = lib.get(with_text["id"].as_str().unwrap()).unwrap();
    assert_eq!(c.quote.as_deref(), with_text["text"].as_str());
}

#[test]
fn a_file_that_says_version_1_cannot_carry_version_2_fields() {
    let text = r#"{"format":"roundbook-bundle","version":1,"commitments":[{"id":"c","title":"C","made_on":"2012","summary":"ours"}]}"#;
    let e = Bundle::parse(text.as_bytes()).unwrap_err().to_string();
    assert!(e.contains("commitments[0].summary"), "{e}");
    assert!(e.contains("version 2"), "{e}");
    let ok = text.replace("\"version\":1", "\"version\":2");
    assert!(Bundle::parse(ok.as_bytes()).is_ok());
}

#[test]
fn exporting_as_version_1_keeps_quotes_and_says_what_it_leaves_out() {
    let lib = demo_library();
    let bundle = export(&lib.snapshot().unwrap(), &ExportScope::All, None, None);
    let (v1, left_out) = bundle.to_json_v1();
    assert_schema_valid(&v1);
    let fields: Vec<&str> = left_out.iter().map(|(f, _)| f.as_str()).collect();
    assert!(fields.contains(&"commitments.summary"), "{fields:?}");
    assert!(fields.contains(&"rounds.illustrative"), "{fields:?}");
    let rounds = left_out
        .iter()
        .find(|(f, _)| f == "rounds.illustrative")
        .unwrap()
        .1;
    assert_eq!(rounds, bundle.records.rounds.len());
    // Read back by this program: the quotes are there, the version 2 fields are not.
    let back = Bundle::parse(&v1).unwrap();
    for (a, b) in bundle
        .records
        .commitments
        .iter()
        .zip(&back.records.commitments)
    {
        assert_eq!(a.quote, b.quote);
        assert_eq!(b.summary, None);
    }
    assert!(back.records.rounds.iter().all(|r| r.illustrative.is_none()));
}

//! The library store against a real SQLite database with the real migrations.

mod common;

use common::*;
use roundbook_core::model::*;
use roundbook_core::store::{IncidentFilter, IncidentSort};
use roundbook_core::{Error, ErrorCode, Library};

fn now() -> Timestamp {
    ts("2026-11-25T10:00:00Z")
}

fn incident(title: &str, date: &str) -> Incident {
    Incident {
        language: None,
        translations: Default::default(),
        id: String::new(),
        title: title.into(),
        occurred_on: date.parse().unwrap(),
        location: None,
        summary: None,
        people: vec![],
        verification: None,
        sensitivity: Sensitivity::Public,
        concern_area_ids: vec![],
        benchmark_ids: vec![],
        source_ids: vec![],
        updated_at: None,
        illustrative: None,
    }
}

#[test]
fn every_kind_round_trips_through_the_database() {
    let lib = demo_library();
    let demo = demo_bundle().records;
    let snap = lib.snapshot().unwrap();
    // Same records (the store orders lists its own way; compare as sets by id).
    fn by_id<T: Clone + std::fmt::Debug + PartialEq, F: Fn(&T) -> String>(
        v: &[T],
        id: F,
    ) -> Vec<(String, T)> {
        let mut out: Vec<(String, T)> = v.iter().map(|r| (id(r), r.clone())).collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
    assert_eq!(
        by_id(&snap.negotiations, |r| r.id.clone()),
        by_id(&demo.negotiations, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.rounds, |r| r.id.clone()),
        by_id(&demo.rounds, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.concern_areas, |r| r.id.clone()),
        by_id(&demo.concern_areas, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.benchmarks, |r| r.id.clone()),
        by_id(&demo.benchmarks, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.assessments, |r| r.id.clone()),
        by_id(&demo.assessments, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.commitments, |r| r.id.clone()),
        by_id(&demo.commitments, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.incidents, |r| r.id.clone()),
        by_id(&demo.incidents, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.asks, |r| r.id.clone()),
        by_id(&demo.asks, |r| r.id.clone())
    );
    assert_eq!(
        by_id(&snap.sources, |r| r.id.clone()),
        by_id(&demo.sources, |r| r.id.clone())
    );
    assert!(snap.len() > 90, "the demo has {} records", snap.len());
}

#[test]
fn create_assigns_a_uuid_v7_and_update_changes_the_record() {
    let mut lib = demo_library();
    let mut i = incident("Journalist detained in Atyrau", "2012-03");
    i.concern_area_ids = vec!["area-crackdown".into()];
    i.source_ids = vec!["src-appeal-2012".into()];
    i.people = vec!["A. Journalist".into()];
    let created = lib.create(i, now()).unwrap();
    let uuid = uuid::Uuid::parse_str(&created.id).unwrap();
    assert_eq!(uuid.get_version_num(), 7);
    assert_eq!(created.updated_at, Some(now()));
    assert_eq!(lib.get::<Incident>(&created.id).unwrap(), created);

    let mut edited = created.clone();
    edited.title = "Journalist detained in Atyrau (Атырау)".into();
    edited.source_ids = vec![];
    edited.benchmark_ids = vec!["bm-drop-political-charges".into()];
    let later = ts("2026-11-25T11:00:00Z");
    lib.update(edited.clone(), later).unwrap();
    let back = lib.get::<Incident>(&created.id).unwrap();
    assert_eq!(back.title, edited.title);
    assert!(back.source_ids.is_empty());
    assert_eq!(
        back.benchmark_ids,
        vec!["bm-drop-political-charges".to_string()]
    );
    assert_eq!(back.updated_at, Some(later));
}

#[test]
fn ids_given_by_the_caller_are_kept_and_not_reused() {
    let mut lib = demo_library();
    let mut i = incident("Given id", "2012");
    i.id = "inc-given".into();
    lib.create(i.clone(), now()).unwrap();
    match lib.create(i, now()) {
        Err(Error::AlreadyExists {
            kind: Kind::Incident,
            id,
        }) => assert_eq!(id, "inc-given"),
        other => panic!("expected AlreadyExists, got {other:?}"),
    }
}

#[test]
fn validation_names_the_field() {
    let mut lib = Library::open_in_memory().unwrap();
    let cases: Vec<(Incident, &str, &str)> = vec![
        (
            {
                let mut i = incident("", "2012");
                i.title = String::new();
                i
            },
            "title",
            "is empty",
        ),
        (
            {
                let mut i = incident("x", "2012");
                i.title = "   ".into();
                i
            },
            "title",
            "is empty",
        ),
        (incident(&"x".repeat(301), "2012"), "title", "too long"),
        (
            {
                let mut i = incident("x", "2012");
                i.id = "bad id!".into();
                i
            },
            "id",
            "not a valid id",
        ),
        (
            {
                let mut i = incident("x", "2012");
                i.people = vec!["".into()];
                i
            },
            "people[0]",
            "is empty",
        ),
        (
            {
                let mut i = incident("x", "2012");
                i.source_ids = vec!["a".into(), "a".into()];
                i
            },
            "source_ids[1]",
            "listed twice",
        ),
        (
            {
                let mut i = incident("x", "2012");
                i.summary = Some("y".repeat(20_001));
                i
            },
            "summary",
            "too long",
        ),
    ];
    for (record, field, message) in cases {
        match lib.create(record, now()) {
            Err(e @ Error::Invalid { .. }) => {
                assert_eq!(e.field(), Some(field), "{e}");
                assert!(e.to_string().contains(message), "{e}");
                assert_eq!(e.code(), ErrorCode::Invalid);
            }
            other => panic!("expected Invalid on {field}, got {other:?}"),
        }
    }
    // A round that ends before it starts.
    let mut lib = demo_library();
    let mut r = lib.get::<Round>("round-eu-kz-3").unwrap();
    r.ends_on = Some("2012-04-01".parse().unwrap());
    let e = lib.update(r, now()).unwrap_err();
    assert_eq!(e.field(), Some("ends_on"));
    // A source whose URL is not a web address.
    let mut s = lib.get::<Source>("src-appeal-2012").unwrap();
    s.url = Some("javascript:alert(1)".into());
    let e = lib.update(s, now()).unwrap_err();
    assert_eq!(e.field(), Some("url"), "{e}");
}

#[test]
fn impossible_and_partial_dates() {
    for ok in ["2012", "2012-01", "2011-12-16/2011-12-17", "2011/2012-03"] {
        assert!(
            ok.parse::<roundbook_core::dates::FuzzyDate>().is_ok(),
            "{ok}"
        );
    }
    let e = "2012-13-01"
        .parse::<roundbook_core::dates::FuzzyDate>()
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "\"2012-13-01\" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or START/END)"
    );
    let e = "2011-12-17/2011-12-16"
        .parse::<roundbook_core::dates::FuzzyDate>()
        .unwrap_err();
    assert!(e.to_string().contains("end is before its start"), "{e}");
}

#[test]
fn dangling_references_are_refused() {
    let mut lib = demo_library();
    let mut i = incident("x", "2012");
    i.source_ids = vec!["src-appeal-2012".into(), "src-missing".into()];
    let e = lib.create(i, now()).unwrap_err();
    match &e {
        Error::DanglingReference { field, target, id } => {
            assert_eq!(field, "source_ids[1]");
            assert_eq!(*target, Kind::Source);
            assert_eq!(id, "src-missing");
        }
        other => panic!("{other:?}"),
    }
    let mut b = lib.get::<Benchmark>("bm-register-opposition").unwrap();
    b.concern_area_id = "area-nowhere".into();
    assert_eq!(
        lib.update(b, now()).unwrap_err().field(),
        Some("concern_area_id")
    );
    let ask = Ask {
        language: None,
        translations: Default::default(),
        id: String::new(),
        concern_area_id: "area-religion".into(),
        round_id: Some("round-nowhere".into()),
        text: "x".into(),
        position: None,
        updated_at: None,
        benchmark_ids: vec![],
        illustrative: None,
    };
    assert_eq!(
        lib.create(ask, now()).unwrap_err().field(),
        Some("round_id")
    );
}

#[test]
fn deleting_a_referenced_record_is_refused_and_own_parts_cascade() {
    let mut lib = demo_library();
    let before = lib.counts().unwrap();
    // A source cited by others.
    match lib.delete::<Source>("src-appeal-2012") {
        Err(Error::InUse {
            kind: Kind::Source,
            used_by,
            ..
        }) => {
            assert!(
                used_by.iter().any(|(k, n)| *k == Kind::Incident && *n > 0),
                "{used_by:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    // A negotiation with rounds and areas.
    let e = lib.delete::<Negotiation>("neg-eu-kz-pca").unwrap_err();
    assert_eq!(e.code(), ErrorCode::InUse);
    assert!(e.to_string().contains("round"), "{e}");
    // An area with benchmarks.
    assert_eq!(
        lib.delete::<ConcernArea>("area-religion")
            .unwrap_err()
            .code(),
        ErrorCode::InUse
    );
    // A benchmark linked from incidents is refused too.
    assert_eq!(
        lib.delete::<Benchmark>("bm-sokolova-acquittal")
            .unwrap_err()
            .code(),
        ErrorCode::InUse
    );
    assert_eq!(
        lib.counts().unwrap(),
        before,
        "refused deletes change nothing"
    );

    // Unlink a benchmark, then delete it: its assessments go with it (and out of search).
    for mut c in lib.list::<Commitment>().unwrap() {
        if c.benchmark_ids.iter().any(|b| b == "bm-sokolova-acquittal") {
            c.benchmark_ids.retain(|b| b != "bm-sokolova-acquittal");
            lib.update(c, now()).unwrap();
        }
    }
    for mut i in lib.list::<Incident>().unwrap() {
        if i.benchmark_ids.iter().any(|b| b == "bm-sokolova-acquittal") {
            i.benchmark_ids.retain(|b| b != "bm-sokolova-acquittal");
            lib.update(i, now()).unwrap();
        }
    }
    for mut a in lib.list::<Ask>().unwrap() {
        if a.benchmark_ids.iter().any(|b| b == "bm-sokolova-acquittal") {
            a.benchmark_ids.retain(|b| b != "bm-sokolova-acquittal");
            lib.update(a, now()).unwrap();
        }
    }
    for mut c in lib.list::<Case>().unwrap() {
        if c.benchmark_ids.iter().any(|b| b == "bm-sokolova-acquittal") {
            c.benchmark_ids.retain(|b| b != "bm-sokolova-acquittal");
            lib.update(c, now()).unwrap();
        }
    }
    let assessments_before = lib.list::<Assessment>().unwrap();
    let own = assessments_before
        .iter()
        .filter(|a| a.benchmark_id == "bm-sokolova-acquittal")
        .count();
    assert!(own > 0);
    lib.delete::<Benchmark>("bm-sokolova-acquittal").unwrap();
    let assessments_after = lib.list::<Assessment>().unwrap();
    assert_eq!(assessments_after.len(), assessments_before.len() - own);
    assert!(assessments_after
        .iter()
        .all(|a| a.benchmark_id != "bm-sokolova-acquittal"));
    assert!(lib
        .search("sokolova", Some(Kind::Assessment), 10)
        .unwrap()
        .is_empty());
    assert_eq!(
        lib.get::<Benchmark>("bm-sokolova-acquittal")
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    // Deleting an incident removes its links and its search entry (once the case that
    // follows it, and its timeline, are gone).
    lib.delete::<Case>("case-sokolova").unwrap();
    lib.delete::<Incident>("inc-sokolova-released").unwrap();
    assert!(lib
        .search("released 8 March", Some(Kind::Incident), 10)
        .unwrap()
        .iter()
        .all(|h| h.id != "inc-sokolova-released"));
    assert_eq!(
        lib.delete::<Incident>("inc-sokolova-released")
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn search_is_case_and_diacritic_insensitive_and_finds_cyrillic() {
    let lib = demo_library();
    let ids = |q: &str| {
        lib.search(q, None, 50)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect::<Vec<_>>()
    };
    assert!(
        ids("алматы").contains(&"inc-almaty-protest-2012-01-28".to_string()),
        "{:?}",
        ids("алматы")
    );
    assert!(ids("АЛМАТЫ").contains(&"inc-almaty-protest-2012-02-25".to_string()));
    // Kazakh letters: Жаңаөзен is found by the Russian spelling without ң and ө.
    assert!(
        ids("жанаозен").contains(&"inc-zhanaozen-2011-12-16".to_string()),
        "{:?}",
        ids("жанаозен")
    );
    assert!(ids("ZHANAOZEN").contains(&"inc-zhanaozen-2011-12-16".to_string()));
    assert!(ids("sokolová")
        .iter()
        .any(|i| i.starts_with("inc-sokolova")));
    // Every word must match.
    assert!(
        ids("sokolova zhanaozen").is_empty()
            || ids("sokolova zhanaozen").len() < ids("sokolova").len()
    );
    // FTS5 syntax is searched literally, never an error.
    for q in [
        "\"",
        "*",
        "NEAR(",
        "-",
        "a OR b",
        "\"unbalanced",
        "title:x",
        "(",
        "^",
        "AND",
        "NOT",
    ] {
        assert!(lib.search(q, None, 10).is_ok(), "{q}");
    }
    // Snippets come from the original text.
    let hit = lib
        .search("алматы", Some(Kind::Incident), 1)
        .unwrap()
        .remove(0);
    assert!(hit.snippet.contains("Алматы"), "{}", hit.snippet);
    // A snippet does not repeat the title the result already shows, and its fields are
    // kept apart instead of running together.
    let incident: Incident = lib.get(&hit.id).unwrap();
    assert_eq!(hit.label, incident.title);
    assert!(!hit.snippet.contains(&incident.title), "{}", hit.snippet);
    let location = incident.location.clone().expect("the incident has a place");
    assert!(
        hit.snippet.contains(&format!("{location} · ")),
        "{}",
        hit.snippet
    );
}

#[test]
fn incident_filters() {
    let lib = demo_library();
    let all = lib.incidents(&IncidentFilter::default()).unwrap();
    assert_eq!(all.total, demo_bundle().records.incidents.len());
    let dates: Vec<_> = all.items.iter().map(|i| i.occurred_on.earliest()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "sorted by date");

    let f = IncidentFilter {
        concern_area_id: Some("area-peaceful-assembly".into()),
        ..Default::default()
    };
    let assembly = lib.incidents(&f).unwrap();
    assert!(assembly.total >= 2);
    assert!(assembly.items.iter().all(|i| i
        .concern_area_ids
        .contains(&"area-peaceful-assembly".to_string())));

    let f = IncidentFilter {
        from: Some("2012-02-01".parse().unwrap()),
        until: Some("2012-02-29".parse().unwrap()),
        ..Default::default()
    };
    let feb = lib.incidents(&f).unwrap();
    assert!(feb
        .items
        .iter()
        .any(|i| i.id == "inc-almaty-protest-2012-02-25"));
    assert!(!feb
        .items
        .iter()
        .any(|i| i.id == "inc-almaty-protest-2012-01-28"));

    let f = IncidentFilter {
        sensitivity: Some(Sensitivity::Restricted),
        ..Default::default()
    };
    assert_eq!(
        lib.incidents(&f)
            .unwrap()
            .items
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        vec!["inc-zhanaozen-torture-allegations"]
    );

    let f = IncidentFilter {
        text: Some("алматы".into()),
        sort: IncidentSort::DateDescending,
        limit: Some(1),
        ..Default::default()
    };
    let page = lib.incidents(&f).unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].id, "inc-almaty-protest-2012-02-25");
    assert!(page.total >= 2);
}

/// Pages of a large library, with words that match many incidents (read walking the date
/// index) and few (looked up and sorted): every page in both orders, against the search's
/// own list of matches and the sort rule.
#[test]
fn incident_pages_of_a_large_library_in_both_orders() {
    use roundbook_core::exchange::synthetic;
    let mut lib = Library::open_in_memory().unwrap();
    lib.import_bundle(&synthetic::bundle(synthetic::Size::incidents(3_000), 7))
        .unwrap();
    let key = |i: &Incident| {
        (
            i.occurred_on.earliest(),
            i.occurred_on.latest(),
            i.title.clone(),
            i.id.clone(),
        )
    };
    for text in [None, Some("protest"), Some("p"), Some(synthetic::RARE[0])] {
        let expected: Option<std::collections::BTreeSet<String>> = text.map(|t| {
            lib.search(t, Some(Kind::Incident), 500)
                .unwrap()
                .into_iter()
                .map(|h| h.id)
                .collect()
        });
        for sort in [IncidentSort::DateAscending, IncidentSort::DateDescending] {
            let mut listed: Vec<Incident> = Vec::new();
            let mut total = None;
            let mut offset = 0;
            loop {
                let page = lib
                    .incidents(&IncidentFilter {
                        text: text.map(str::to_string),
                        sort,
                        limit: Some(50),
                        offset,
                        ..Default::default()
                    })
                    .unwrap();
                assert!(
                    total.is_none_or(|t| t == page.total),
                    "{text:?}: totals agree"
                );
                total = Some(page.total);
                if page.items.is_empty() {
                    break;
                }
                offset += page.items.len();
                listed.extend(page.items);
            }
            assert_eq!(total, Some(listed.len()), "{text:?} {sort:?}");
            let keys: Vec<_> = listed.iter().map(key).collect();
            let mut sorted = keys.clone();
            sorted.sort();
            if sort == IncidentSort::DateDescending {
                // Dates newest first; title and id still A to Z within a day.
                sorted.sort_by(|a, b| (&b.0, &b.1, &a.2, &a.3).cmp(&(&a.0, &a.1, &b.2, &b.3)));
            }
            assert_eq!(keys, sorted, "{text:?} {sort:?}: in order");
            match (&expected, text) {
                (None, _) => assert_eq!(listed.len(), 3_000),
                (Some(ids), Some(t)) => {
                    let got: std::collections::BTreeSet<String> =
                        listed.iter().map(|i| i.id.clone()).collect();
                    if ids.len() < 500 {
                        assert_eq!(&got, ids, "{t}: the search's matches");
                    } else {
                        assert!(ids.is_subset(&got), "{t}: the search's first 500 matches");
                    }
                    assert!(!got.is_empty(), "{t} matches");
                }
                _ => unreachable!(),
            }
        }
    }
}

/// Words that match many incidents together with another filter: the page and the count
/// are those of the matches that pass the filter, whichever way the page is found.
#[test]
fn a_broad_search_with_another_filter_counts_what_passes_both() {
    use roundbook_core::exchange::synthetic;
    let mut lib = Library::open_in_memory().unwrap();
    lib.import_bundle(&synthetic::bundle(synthetic::Size::incidents(3_000), 7))
        .unwrap();
    let all = lib
        .incidents(&IncidentFilter {
            text: Some("p".into()),
            ..Default::default()
        })
        .unwrap();
    let from: roundbook_core::dates::Date = "2011-01-01".parse().unwrap();
    let expected: Vec<String> = all
        .items
        .iter()
        .filter(|i| i.occurred_on.latest() >= from)
        .map(|i| i.id.clone())
        .collect();
    assert!(
        expected.len() > 500 && expected.len() < all.total,
        "the date narrows the matches: {} of {}",
        expected.len(),
        all.total
    );
    for offset in [0, 50, 1_000] {
        let page = lib
            .incidents(&IncidentFilter {
                text: Some("p".into()),
                from: Some(from),
                limit: Some(50),
                offset,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(page.total, expected.len(), "offset {offset}");
        let ids: Vec<String> = page.items.iter().map(|i| i.id.clone()).collect();
        assert_eq!(ids, expected[offset..offset + 50], "offset {offset}");
    }
    // And a concern area.
    let area = all.items[0].concern_area_ids[0].clone();
    let in_area: Vec<String> = all
        .items
        .iter()
        .filter(|i| i.concern_area_ids.contains(&area))
        .map(|i| i.id.clone())
        .collect();
    assert!(in_area.len() > 100 && in_area.len() < all.total);
    let page = lib
        .incidents(&IncidentFilter {
            text: Some("p".into()),
            concern_area_id: Some(area.clone()),
            limit: Some(50),
            offset: 50,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.total, in_area.len(), "{area}");
    let ids: Vec<String> = page.items.iter().map(|i| i.id.clone()).collect();
    assert_eq!(ids, in_area[50..100], "{area}");
}

#[test]
fn a_library_file_reopens_with_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    {
        let mut lib = Library::open(&path, None).unwrap();
        lib.import_bundle(&demo_bundle()).unwrap();
    }
    let lib = Library::open(&path, None).unwrap();
    assert_eq!(
        lib.list::<Incident>().unwrap().len(),
        demo_bundle().records.incidents.len()
    );
    assert!(!lib.is_empty().unwrap());
}

#[test]
fn a_newer_library_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    drop(Library::open(&path, None).unwrap());
    {
        let conn = rusqlite_free::set_user_version(&path, 999);
        drop(conn);
    }
    let before = std::fs::read(&path).unwrap();
    match Library::open(&path, None) {
        Err(Error::LibraryTooNew { found: 999, .. }) => {}
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("opened a newer library"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Sets `PRAGMA user_version` by editing the file header (offset 60), to fake a library
/// written by a newer program without needing a second SQLite binding.
mod rusqlite_free {
    use std::io::{Seek, SeekFrom, Write};
    pub fn set_user_version(path: &std::path::Path, v: u32) -> std::fs::File {
        // Make sure the WAL is checkpointed into the main file first.
        let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        f.seek(SeekFrom::Start(60)).unwrap();
        f.write_all(&v.to_be_bytes()).unwrap();
        f
    }
}

#[test]
fn the_demo_loads_once_marked_illustrative_with_its_organisation() {
    use roundbook_core::exchange::demo;
    let mut lib = Library::open_in_memory().unwrap();
    assert!(lib.load_demo().unwrap());
    let n = lib.counts().unwrap();
    assert!(
        !lib.load_demo().unwrap(),
        "a library that holds records is left alone"
    );
    assert_eq!(lib.counts().unwrap(), n);
    let settings = lib.settings().unwrap();
    assert_eq!(settings.organisation, demo::DEMO_ORGANISATION);
    assert_eq!(
        settings.illustrative,
        demo::demo_illustrative(roundbook_core::i18n::Language::En)
    );
}

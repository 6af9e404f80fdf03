//! The readiness check and the trust rules: every kind of finding has a library that
//! triggers it and one that does not; `--strict` refuses to write a pack with blockers;
//! quotations are quotations; illustrative material is marked on every page; and every
//! quotation in the demo's packs occurs verbatim in the appeal the demo is built from.

mod common;

use common::*;
use roundbook_core::dates::Date;
use roundbook_core::model::*;
use roundbook_core::pack::{self, Audience, FindingCode, Paper, Selection, Severity};
use roundbook_core::Library;

fn now() -> Timestamp {
    ts("2013-03-01T09:00:00Z")
}

fn today() -> Date {
    "2013-03-01".parse().unwrap()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// A small library with nothing to find for an external pack of round `r2`: every claim
/// sourced (publicly, traceably), every benchmark assessed since the previous round,
/// asks and commitments linked to benchmarks, incidents verified, nothing illustrative,
/// the round still to come.
fn clean() -> Snapshot {
    let src = |id: &str, title: &str| Source {
        id: id.into(),
        title: title.into(),
        publisher: Some("Amnesty International".into()),
        published_on: Some("2013-01".parse().unwrap()),
        url: Some(format!("https://example.org/{id}")),
        accessed_on: None,
        kind: Some(SourceKind::Report),
        sensitivity: Sensitivity::Public,
        illustrative: None,
        updated_at: None,
    };
    let round = |id: &str, on: &str| Round {
        language: None,
        translations: Default::default(),
        id: id.into(),
        negotiation_id: "neg".into(),
        title: format!("Round {id}"),
        starts_on: date(on),
        ends_on: None,
        location: Some("Brussels".into()),
        status: RoundStatus::Scheduled,
        notes: None,
        source_ids: vec!["src-a".into()],
        illustrative: None,
        updated_at: None,
    };
    Snapshot {
        negotiations: vec![Negotiation {
            language: None,
            translations: Default::default(),
            id: "neg".into(),
            title: "EU–Kazakhstan PCA".into(),
            parties: vec!["European Union".into(), "Kazakhstan".into()],
            description: None,
            illustrative: None,
            updated_at: None,
        }],
        sources: vec![src("src-a", "Report A"), src("src-b", "Report B")],
        rounds: vec![round("r1", "2012-10-01"), round("r2", "2013-04-10")],
        cases: Vec::new(),
        case_entries: Vec::new(),
        round_outcomes: Vec::new(),
        ask_results: Vec::new(),
        concern_areas: vec![ConcernArea {
            language: None,
            translations: Default::default(),
            id: "area".into(),
            title: "Media freedoms".into(),
            negotiation_id: Some("neg".into()),
            summary: Some("Opposition media are under pressure.".into()),
            position: None,
            source_ids: vec!["src-a".into()],
            illustrative: None,
            updated_at: None,
        }],
        benchmarks: vec![Benchmark {
            language: None,
            translations: Default::default(),
            id: "bm".into(),
            concern_area_id: "area".into(),
            title: "Repeal the 2012 electronic media law".into(),
            measure: None,
            rationale: None,
            target_date: None,
            position: None,
            source_ids: vec![],
            illustrative: None,
            updated_at: None,
        }],
        assessments: vec![Assessment {
            language: None,
            translations: Default::default(),
            id: "as".into(),
            benchmark_id: "bm".into(),
            assessed_on: date("2013-02-01"),
            status: AssessmentStatus::NotMet,
            evidence: Some("The law is in force.".into()),
            source_ids: vec!["src-b".into()],
            illustrative: None,
            updated_at: None,
        }],
        commitments: vec![Commitment {
            language: None,
            translations: Default::default(),
            id: "cm".into(),
            title: "Reform the media law".into(),
            made_by: Some("Government of Kazakhstan".into()),
            made_on: "2009".parse().unwrap(),
            instrument: None,
            kind: Some(CommitmentKind::Pledge),
            quote: Some("in accordance with international standards".into()),
            quote_language: Some("en".into()),
            summary: Some("Promised to reform media legislation.".into()),
            concern_area_ids: vec!["area".into()],
            benchmark_ids: vec!["bm".into()],
            source_ids: vec!["src-a".into()],
            round_id: None,
            illustrative: None,
            updated_at: None,
        }],
        incidents: vec![Incident {
            language: None,
            translations: Default::default(),
            id: "inc".into(),
            title: "Newspaper closed by court order".into(),
            occurred_on: "2013-01-15".parse().unwrap(),
            location: Some("Almaty".into()),
            summary: None,
            people: vec![],
            verification: Some(Verification::Confirmed),
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec!["area".into()],
            benchmark_ids: vec![],
            source_ids: vec!["src-b".into()],
            illustrative: None,
            updated_at: None,
        }],
        asks: vec![Ask {
            language: None,
            translations: Default::default(),
            id: "ask".into(),
            concern_area_id: "area".into(),
            round_id: None,
            text: "Ask for the law's repeal.".into(),
            position: None,
            benchmark_ids: vec!["bm".into()],
            illustrative: None,
            updated_at: None,
        }],
    }
}

fn findings(s: &Snapshot, audience: Audience) -> Vec<pack::Finding> {
    let sel = Selection {
        round_id: "r2".into(),
        audience,
        ..Selection::default()
    };
    let p = pack::assemble(s, &sel, "", None).unwrap();
    pack::check(&p, today())
}

fn codes(s: &Snapshot, audience: Audience) -> Vec<(Severity, FindingCode)> {
    findings(s, audience)
        .into_iter()
        .map(|f| (f.severity, f.code))
        .collect()
}

#[test]
fn a_clean_library_has_nothing_to_find() {
    assert_eq!(codes(&clean(), Audience::External), vec![]);
    assert_eq!(codes(&clean(), Audience::Internal), vec![]);
}

/// Each mutation of the clean library, and the one finding it must bring.
#[test]
fn every_kind_of_finding_is_found_where_it_is_and_only_there() {
    type Mutation = fn(&mut Snapshot);
    let cases: Vec<(&str, Mutation, Severity, FindingCode)> = vec![
        (
            "an incident without a source",
            |s| s.incidents[0].source_ids.clear(),
            Severity::Blocker,
            FindingCode::Unsourced,
        ),
        (
            "an area's background without a source",
            |s| s.concern_areas[0].source_ids.clear(),
            Severity::Blocker,
            FindingCode::Unsourced,
        ),
        (
            "an assessment without a source",
            |s| s.assessments[0].source_ids.clear(),
            Severity::Blocker,
            FindingCode::Unsourced,
        ),
        (
            "a commitment without a source or quote",
            |s| {
                s.commitments[0].source_ids.clear();
                s.commitments[0].quote = None;
            },
            Severity::Blocker,
            FindingCode::Unsourced,
        ),
        (
            "a quotation without a source",
            |s| s.commitments[0].source_ids.clear(),
            Severity::Blocker,
            FindingCode::UnsourcedQuote,
        ),
        (
            "a benchmark without an assessment",
            |s| s.assessments.clear(),
            Severity::Blocker,
            FindingCode::NotAssessed,
        ),
        (
            "an illustrative incident",
            |s| s.incidents[0].illustrative = Some("invented".into()),
            Severity::Blocker,
            FindingCode::IllustrativeExternal,
        ),
        (
            "an illustrative round",
            |s| s.rounds[1].illustrative = Some("date invented".into()),
            Severity::Blocker,
            FindingCode::IllustrativeExternal,
        ),
        (
            "an assessment from before the previous round",
            |s| s.assessments[0].assessed_on = date("2012-09-01"),
            Severity::Warning,
            FindingCode::NotReviewed,
        ),
        (
            "a newer assessment resting on restricted sources",
            |s| {
                s.sources[1].sensitivity = Sensitivity::Restricted;
                let mut older = s.assessments[0].clone();
                older.id = "as-old".into();
                older.assessed_on = date("2012-12-01");
                older.source_ids = vec!["src-a".into()];
                s.assessments.push(older);
            },
            Severity::Warning,
            FindingCode::RestrictedEvidence,
        ),
        (
            "an untraceable source",
            |s| {
                s.sources[1].url = None;
                s.sources[1].published_on = None;
            },
            Severity::Warning,
            FindingCode::Untraceable,
        ),
        (
            "an incident with no verification",
            |s| s.incidents[0].verification = None,
            Severity::Warning,
            FindingCode::Unverified,
        ),
        (
            "an unverified incident",
            |s| s.incidents[0].verification = Some(Verification::Unverified),
            Severity::Warning,
            FindingCode::Unverified,
        ),
        (
            "an ask tied to no benchmark",
            |s| s.asks[0].benchmark_ids.clear(),
            Severity::Warning,
            FindingCode::AskWithoutBenchmark,
        ),
        (
            "a commitment linked to no benchmark",
            |s| s.commitments[0].benchmark_ids.clear(),
            Severity::Warning,
            FindingCode::CommitmentUnlinked,
        ),
        (
            "likely duplicate incidents",
            |s| {
                let mut twin = s.incidents[0].clone();
                twin.id = "inc-twin".into();
                twin.title = "Court orders newspaper closed".into();
                s.incidents.push(twin);
            },
            Severity::Warning,
            FindingCode::LikelyDuplicate,
        ),
        (
            "a round whose date has passed",
            |s| s.rounds[1].starts_on = date("2013-02-20"),
            Severity::Note,
            FindingCode::RoundPassed,
        ),
        (
            "an unmatched quotation mark",
            |s| s.incidents[0].title = "Newspaper \"Respublika closed".into(),
            Severity::Warning,
            FindingCode::UnbalancedQuotes,
        ),
    ];
    for (what, mutate, severity, code) in cases {
        let mut s = clean();
        mutate(&mut s);
        let found = codes(&s, Audience::External);
        assert!(
            found.contains(&(severity, code)),
            "{what}: expected {severity:?} {code:?}, found {found:?}"
        );
        assert!(
            found.iter().all(|(_, c)| *c == code),
            "{what}: only {code:?} expected, found {found:?}"
        );
    }
}

#[test]
fn illustrative_material_is_a_note_in_an_internal_pack_and_a_blocker_for_officials() {
    let mut s = clean();
    s.incidents[0].illustrative = Some("Invented for the example.".into());
    let external = findings(&s, Audience::External);
    assert_eq!(external[0].severity, Severity::Blocker);
    assert_eq!(
        (external[0].kind, external[0].id.as_str()),
        (Kind::Incident, "inc")
    );
    assert_eq!(
        codes(&s, Audience::Internal),
        vec![(Severity::Note, FindingCode::Illustrative)]
    );
    // The library as a whole (a setting).
    let p = pack::assemble(
        &clean(),
        &Selection {
            round_id: "r2".into(),
            ..Selection::default()
        },
        "",
        Some("A training library."),
    )
    .unwrap();
    let f = pack::check(&p, today());
    assert_eq!(f[0].code, FindingCode::IllustrativeLibrary);
    assert_eq!(f[0].severity, Severity::Blocker);
}

#[test]
fn text_no_font_can_print_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let mut lib = Library::open(&path, None).unwrap();
    let mut b = roundbook_core::exchange::Bundle::new(None, None);
    b.records = clean();
    lib.import_bundle(&b).unwrap();
    drop(lib);
    // Written behind the store's back, as an older version might have let in.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE incidents SET title = 'Delegation from 北京' WHERE id = 'inc'",
            [],
        )
        .unwrap();
    let lib = Library::open(&path, None).unwrap();
    let f = lib
        .check_pack(
            &Selection {
                round_id: "r2".into(),
                ..Selection::default()
            },
            today(),
        )
        .unwrap();
    let unprintable: Vec<_> = f
        .iter()
        .filter(|x| x.code == FindingCode::Unprintable)
        .collect();
    assert_eq!(unprintable.len(), 1, "{f:?}");
    assert_eq!(unprintable[0].id, "inc");
    assert!(
        unprintable[0].message.contains("U+5317"),
        "{}",
        unprintable[0].message
    );
}

#[test]
fn strict_refuses_to_write_a_pack_with_blockers_and_writes_one_without() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack.pdf");
    let mut lib = demo_library_with_settings();
    let sel = Selection {
        round_id: "round-eu-kz-3".into(),
        audience: Audience::External,
        ..Selection::default()
    };
    let e = lib
        .make_pack(&sel, Paper::A4, now(), &out, true, &mut |_| {})
        .unwrap_err();
    assert!(e.to_string().contains("blocker"), "{e}");
    assert!(!out.exists(), "no file");
    assert!(lib.pack_summaries().unwrap().is_empty(), "nothing recorded");
    // The internal pack of the demo has notes only: strict writes it.
    let internal = Selection {
        audience: Audience::Internal,
        ..sel
    };
    lib.make_pack(&internal, Paper::A4, now(), &out, true, &mut |_| {})
        .unwrap();
    assert!(out.exists());
}

fn demo_library_with_settings() -> Library {
    let mut lib = Library::open_in_memory().unwrap();
    lib.load_demo().unwrap();
    lib
}

// ----- what the PDF prints ------------------------------------------------------------

fn pdf_of(lib: &Library, sel: &Selection) -> String {
    let p = lib.assemble_pack(sel).unwrap();
    let r = pack::render(&p, &pack::options_for(&p, Paper::A4, now())).unwrap();
    pdf::text(&r.pdf, None)
}

#[test]
fn illustrative_material_is_marked_on_every_page_and_named_with_the_rounds_caveat() {
    let lib = demo_library_with_settings();
    let sel = Selection {
        round_id: "round-eu-kz-3".into(),
        audience: Audience::Internal,
        ..Selection::default()
    };
    let p = lib.assemble_pack(&sel).unwrap();
    let r = pack::render(&p, &pack::options_for(&p, Paper::A4, now())).unwrap();
    let pages = pdf::pages(&r.pdf);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("ILLUSTRATIVE"),
            "page {} lacks the band",
            i + 1
        );
    }
    let text = pages.join("\n");
    assert!(text.contains("Illustrative material"));
    // The round's caveat is printed, and the library's.
    let caveat = p
        .round
        .illustrative
        .clone()
        .expect("the demo's round is marked");
    let first_words: String = caveat
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains(&first_words),
        "the round's caveat {first_words:?} is printed"
    );
    assert!(pages[0].contains("example material"), "the cover says so");

    // A library of real material has no band.
    let mut clean_lib = Library::open_in_memory().unwrap();
    let mut b = roundbook_core::exchange::Bundle::new(None, None);
    b.records = clean();
    clean_lib.import_bundle(&b).unwrap();
    let text = pdf_of(
        &clean_lib,
        &Selection {
            round_id: "r2".into(),
            ..Selection::default()
        },
    );
    assert!(!text.contains("ILLUSTRATIVE") && !text.contains("Illustrative material"));
}

#[test]
fn quotations_are_in_curly_marks_with_inner_quotes_and_summaries_are_not() {
    let mut s = clean();
    s.commitments[0].quote = Some("continuing to make \"steady\" progress".into());
    s.commitments[0].summary = Some("Promised \"steady\" progress, our words.".into());
    let mut lib = Library::open_in_memory().unwrap();
    let mut b = roundbook_core::exchange::Bundle::new(None, None);
    b.records = s;
    lib.import_bundle(&b).unwrap();
    let text = pdf_of(
        &lib,
        &Selection {
            round_id: "r2".into(),
            ..Selection::default()
        },
    );
    assert!(
        text.contains("“continuing to make ‘steady’ progress”"),
        "{text}"
    );
    assert!(text.contains("Promised “steady” progress, our words."));
    assert!(!text.contains('"'), "no straight double quote is printed");
}

// ----- the demo against the appeal -------------------------------------------------------

/// Text compared loosely: curly and straight quotes, dashes and white space alike.
fn loose(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Every passage in double quotation marks (outer “…”) in `text`.
fn quotations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('“') {
        let after = &rest[start + '“'.len_utf8()..];
        let Some(end) = after.find('”') else { break };
        out.push(after[..end].to_string());
        rest = &after[end + '”'.len_utf8()..];
    }
    out
}

#[test]
fn every_quotation_in_the_demos_packs_occurs_verbatim_in_the_appeal() {
    let appeal = loose(
        &String::from_utf8(
            std::fs::read(repo_root().join("assets/demo/appeal-2012-03-20.txt")).unwrap(),
        )
        .unwrap(),
    );
    let lib = demo_library_with_settings();
    let mut checked = 0;
    for round in ["round-eu-kz-3", "round-eu-kz-4"] {
        for audience in [Audience::External, Audience::Internal] {
            let sel = Selection {
                round_id: round.into(),
                audience,
                ..Selection::default()
            };
            let text = pdf_of(&lib, &sel).replace('\n', " ");
            for q in quotations(&text) {
                // Inner quotes (‘…’) are the appeal's own quotation marks.
                let q = loose(&q.replace(['‘', '’'], "\""));
                let q = q.trim_matches(|c: char| c == '.' || c == ',' || c == ' ');
                assert!(
                    appeal.contains(q),
                    "{round} {audience:?}: “{q}” is not in the appeal"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "only {checked} quotations checked");
}

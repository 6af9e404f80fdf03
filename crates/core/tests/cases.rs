//! Individual cases: search by any spelling, the timeline's order with partial dates,
//! consent in external packs (no name in the PDF's text, outline or metadata), the cases
//! part in both languages, bundles and the merge of a case edited on both sides.

mod common;

use common::pdf;
use common::*;
use roundbook_core::exchange::{export, without_restricted, Bundle, Choice, ExportScope};
use roundbook_core::exchange::{MergeAction, Resolutions};
use roundbook_core::model::*;
use roundbook_core::pack::{
    self, Audience, CaseChange, FindingCode, Pack, Paper, RenderOptions, Selection, Severity,
};
use roundbook_core::Library;

fn now() -> Timestamp {
    ts("2012-04-02T08:00:00Z")
}

fn options() -> RenderOptions {
    RenderOptions {
        renderer: pack::RENDERER,
        paper: Paper::A4,
        created_at: now(),
        document_id: "0123456789abcdef0123456789abcdef".into(),
    }
}

fn select(audience: Audience) -> Selection {
    Selection {
        round_id: "round-eu-kz-3".into(),
        audience,
        ..Default::default()
    }
}

fn build(lib: &Library, sel: &Selection) -> (Pack, Vec<u8>) {
    let pack = lib.assemble_pack(sel).unwrap();
    let rendered = pack::render(&pack, &options()).unwrap();
    (pack, rendered.pdf)
}

fn case(id: &str, name: &str, other: &[&str], consent: Consent) -> Case {
    Case {
        id: id.into(),
        name: name.into(),
        other_names: other.iter().map(|s| s.to_string()).collect(),
        role: Some("Trade union lawyer".into()),
        organisation: Some("Independent oil workers' union".into()),
        summary: Some(
            "Detained after advising striking workers; held in pre-trial detention.".into(),
        ),
        consent,
        sensitivity: Sensitivity::Public,
        concern_area_ids: vec!["area-crackdown".into()],
        benchmark_ids: vec![],
        incident_ids: vec![],
        ask_ids: vec![],
        source_ids: vec!["src-appeal-2012".into()],
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

fn entry(id: &str, case_id: &str, date: &str, status: CaseStatus) -> CaseEntry {
    CaseEntry {
        id: id.into(),
        case_id: case_id.into(),
        date: date.parse().unwrap(),
        status,
        note: Some(format!("Entry {id}.")),
        source_ids: vec!["src-appeal-2012".into()],
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

#[test]
fn search_finds_a_case_by_any_of_its_spellings_folded() {
    let mut lib = demo_library();
    lib.create(
        case(
            "case-kasymova",
            "Дана Қасымова",
            &["Dana Kasymova"],
            Consent::Named,
        ),
        now(),
    )
    .unwrap();
    for (query, id) in [
        ("Viniavskii", "case-viniavskii"),
        ("виньявский", "case-viniavskii"),
        ("VINYAVSKY", "case-viniavskii"),
        ("Соколова", "case-sokolova"),
        ("касымова", "case-kasymova"),
        ("Қасымова", "case-kasymova"),
        ("kasymova", "case-kasymova"),
    ] {
        let hits = lib.search(query, Some(Kind::Case), 10).unwrap();
        assert!(
            hits.iter().any(|h| h.id == id),
            "{query:?} should find {id}: {hits:#?}"
        );
    }
    // A timeline entry is found by its note.
    let hits = lib
        .search("overthrow constitutional", Some(Kind::CaseEntry), 10)
        .unwrap();
    assert!(hits.iter().any(|h| h.id == "ce-viniavskii-2-charged"));
}

#[test]
fn the_timeline_is_ordered_by_date_with_partial_dates_first_and_gives_the_change() {
    let mut lib = demo_library();
    lib.create(case("case-t", "Aigul Test", &[], Consent::Named), now())
        .unwrap();
    // Written out of order: a year, a day, a month and a range.
    for (id, date, status) in [
        ("e-day", "2012-03-15", CaseStatus::Released),
        ("e-year", "2011", CaseStatus::AtRisk),
        ("e-month", "2012-03", CaseStatus::OnTrial),
        ("e-range", "2011-12-16/2012-01-10", CaseStatus::Detained),
    ] {
        lib.create(entry(id, "case-t", date, status), now())
            .unwrap();
    }
    // An entry after the round is not part of this round's pack.
    lib.create(
        entry("e-later", "case-t", "2012-05-01", CaseStatus::Imprisoned),
        now(),
    )
    .unwrap();
    let (pack, pdf) = build(&lib, &select(Audience::Internal));
    let c = pack.cases.iter().find(|c| c.id == "case-t").unwrap();
    let order: Vec<&str> = c.timeline.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(order, ["e-year", "e-range", "e-month", "e-day"]);
    assert_eq!(c.current.as_ref().unwrap().status, CaseStatus::Released);
    // Round 2 started on 24 January 2012: the detention (from December) is the status
    // then.
    assert_eq!(c.previous.as_ref().unwrap().status, CaseStatus::Detained);
    assert_eq!(c.change, CaseChange::Changed);

    let text = pdf::flat_text(&pdf);
    assert!(text.contains("Individual cases"), "{text}");
    assert!(
        text.contains("Changed since Round 2 (was detained)"),
        "{text}"
    );
    // The demo's cases, with the status the appeal gives.
    let sokolova = pack.cases.iter().find(|c| c.id == "case-sokolova").unwrap();
    assert_eq!(
        sokolova.current.as_ref().unwrap().status,
        CaseStatus::Restricted
    );
    assert_eq!(
        sokolova.previous.as_ref().unwrap().status,
        CaseStatus::Sentenced
    );
    let viniavskii = pack
        .cases
        .iter()
        .find(|c| c.id == "case-viniavskii")
        .unwrap();
    assert_eq!(
        viniavskii.current.as_ref().unwrap().status,
        CaseStatus::Released
    );
    assert!(
        !viniavskii.asks.is_empty(),
        "the ask to welcome the release"
    );
    // The summary page counts the cases by status and change.
    assert!(
        text.contains("3 individual cases are raised"),
        "summary tally: {text}"
    );
}

/// The demo plus an anonymised case, an internal one, an incident and an ask that name
/// them, and an ask about the internal case alone.
fn library_with_consents() -> Library {
    let mut lib = demo_library();
    let mut anon = case(
        "case-anon",
        "Dana Kasymova",
        &["Дана Қасымова", "Kassymova"],
        Consent::Anonymised,
    );
    anon.ask_ids = vec!["ask-drop-charges".into()];
    lib.create(anon, now()).unwrap();
    lib.create(
        entry("e-anon-1", "case-anon", "2012-02", CaseStatus::Detained),
        now(),
    )
    .unwrap();
    lib.create(
        entry("e-anon-2", "case-anon", "2012-03-20", CaseStatus::OnTrial),
        now(),
    )
    .unwrap();
    lib.create(
        Ask {
            id: "ask-internal-only".into(),
            concern_area_id: "area-crackdown".into(),
            round_id: None,
            text: "Raise the detention of the imam from Atyrau.".into(),
            position: None,
            benchmark_ids: vec![],
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        },
        now(),
    )
    .unwrap();
    let mut internal = case(
        "case-internal",
        "Serik Zhandosov",
        &["Серик Жандосов"],
        Consent::Internal,
    );
    internal.ask_ids = vec!["ask-internal-only".into()];
    lib.create(internal, now()).unwrap();
    lib.create(
        entry("e-int-1", "case-internal", "2012-03", CaseStatus::Detained),
        now(),
    )
    .unwrap();
    lib.create(
        Incident {
            id: "inc-kasymova".into(),
            title: "Trade union lawyer Dana Kasymova detained in Aktau".into(),
            occurred_on: "2012-02".parse().unwrap(),
            location: Some("Aktau".into()),
            summary: Some(
                "Police detained Kasymova after a meeting; Серик Жандосов was questioned. \
                 Касымовой предъявлено обвинение."
                    .into(),
            ),
            people: vec!["Dana Kasymova".into(), "Aktau police".into()],
            verification: Some(Verification::Credible),
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec!["area-crackdown".into()],
            benchmark_ids: vec![],
            source_ids: vec!["src-appeal-2012".into()],
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        },
        now(),
    )
    .unwrap();
    lib
}

const NAMES: [&str; 6] = [
    "Kasymova",
    "Касымов",
    "Қасымова",
    "Kassymova",
    "Zhandosov",
    "Жандосов",
];

#[test]
fn an_external_pack_never_names_who_did_not_consent_in_text_outline_or_metadata() {
    let lib = library_with_consents();
    let (pack, pdf) = build(&lib, &select(Audience::External));

    // The anonymised case is there, without its name or organisation; the internal one
    // is not, and neither is the ask that rests only on it.
    let anon = pack.cases.iter().find(|c| c.id == "case-anon").unwrap();
    assert_eq!(anon.name, None);
    assert_eq!(anon.organisation, None);
    assert_eq!(anon.current.as_ref().unwrap().status, CaseStatus::OnTrial);
    assert!(pack.cases.iter().all(|c| c.id != "case-internal"));
    assert!(pack
        .areas
        .iter()
        .flat_map(|a| a.asks.iter())
        .all(|a| a.id != "ask-internal-only"));
    // The incident stays, its names withheld.
    let inc = pack
        .incidents
        .iter()
        .find(|i| i.id == "inc-kasymova")
        .unwrap();
    assert_eq!(
        inc.title,
        "Trade union lawyer [name withheld] detained in Aktau"
    );
    assert_eq!(inc.people, ["[name withheld]", "Aktau police"]);

    let text = pdf::flat_text(&pdf);
    let outline = pack::outline(&pack, &options()).unwrap();
    let outline_text: Vec<&str> = outline.entries.iter().map(|e| e.text.as_str()).collect();
    let info = pdf::info(&pdf);
    let frozen = serde_json::to_string(&pack).unwrap();
    for name in NAMES.iter().chain(["Dana", "Serik"].iter()) {
        assert!(!text.contains(name), "{name} in the PDF text: {text}");
        assert!(
            !outline_text.iter().any(|t| t.contains(name)),
            "{name} in the outline: {outline_text:?}"
        );
        assert!(!info.contains(name), "{name} in the metadata: {info}");
        assert!(!frozen.contains(name), "{name} in the frozen pack");
    }
    assert!(text.contains("Individual cases"));
    assert!(text.contains("Case 1 — Trade union lawyer"), "{text}");
    assert!(text.contains("[name withheld]"));
    assert!(pdf::qpdf_check(&pdf).is_ok());

    // The readiness check asks for every text that named them to be fixed.
    let findings = pack::check(&pack, now().date());
    let named: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::NameWithheld)
        .collect();
    assert!(named.iter().all(|f| f.severity == Severity::Blocker));
    assert!(
        named
            .iter()
            .any(|f| f.kind == Kind::Incident && f.id == "inc-kasymova"),
        "{named:#?}"
    );
    for f in &named {
        for name in NAMES {
            assert!(!f.title.contains(name), "{name} in a finding's title");
        }
    }

    // The internal pack names everyone and shows everything.
    let (internal, pdf) = build(&lib, &select(Audience::Internal));
    assert!(internal.names_withheld.is_empty());
    let text = pdf::flat_text(&pdf);
    for name in [
        "Dana Kasymova",
        "Serik Zhandosov",
        "Raise the detention of the imam",
    ] {
        assert!(text.contains(name), "{name} missing from the internal pack");
    }
}

/// A pack reads only the cases it can use (and the names it must withhold): the same
/// pack as one assembled from the whole library.
#[test]
fn a_pack_assembled_from_what_it_reads_is_the_pack_of_the_whole_library() {
    let mut lib = library_with_consents();
    // A case of another area of no negotiation, and its timeline: not read, not printed.
    let mut far = case("case-far", "Far Away", &[], Consent::Named);
    far.concern_area_ids = vec![];
    lib.create(far, now()).unwrap();
    lib.create(
        entry("e-far", "case-far", "2012-02", CaseStatus::Detained),
        now(),
    )
    .unwrap();
    // An internal case linked to an ask of the pack and to nothing else: the ask rests on
    // it alone and stays out of the external pack.
    lib.create(
        Ask {
            id: "ask-about-far".into(),
            concern_area_id: "area-media-freedoms".into(),
            round_id: None,
            text: "Ask about the journalist.".into(),
            position: None,
            benchmark_ids: vec![],
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        },
        now(),
    )
    .unwrap();
    let mut only_ask = case("case-only-ask", "Only Ask", &[], Consent::Internal);
    only_ask.concern_area_ids = vec![];
    only_ask.ask_ids = vec!["ask-about-far".into()];
    lib.create(only_ask, now()).unwrap();
    let settings = lib.settings().unwrap();
    let illustrative = Some(settings.illustrative.as_str()).filter(|s| !s.trim().is_empty());
    for audience in [Audience::External, Audience::Internal] {
        let sel = select(audience);
        let whole = pack::assemble(
            &lib.snapshot().unwrap(),
            &sel,
            &settings.organisation,
            illustrative,
        )
        .unwrap();
        assert_eq!(lib.assemble_pack(&sel).unwrap(), whole, "{audience:?}");
        let has_ask = whole
            .areas
            .iter()
            .flat_map(|a| a.asks.iter())
            .any(|a| a.id == "ask-about-far");
        assert_eq!(has_ask, audience == Audience::Internal);
    }
}

#[test]
fn a_restricted_case_stays_out_of_external_packs_and_of_bundles_with_its_timeline() {
    let mut lib = demo_library();
    let mut c = case("case-r", "Restricted Person", &[], Consent::Named);
    c.sensitivity = Sensitivity::Restricted;
    lib.create(c, now()).unwrap();
    lib.create(
        entry("e-r", "case-r", "2012-02", CaseStatus::Detained),
        now(),
    )
    .unwrap();
    let (pack, pdf) = build(&lib, &select(Audience::External));
    assert!(pack.cases.iter().all(|c| c.id != "case-r"));
    assert!(!pdf::flat_text(&pdf).contains("Restricted Person"));

    let sent = without_restricted(&lib.snapshot().unwrap());
    assert!(sent.cases.iter().all(|c| c.id != "case-r"));
    assert!(
        sent.case_entries.iter().all(|e| e.case_id != "case-r"),
        "a restricted case's timeline stays behind with it"
    );
    // What is sent imports on its own.
    let bundle = export(&sent, &ExportScope::All, Some(now()), None);
    let mut other = Library::open_in_memory().unwrap();
    other
        .import_bundle(&Bundle::parse(&bundle.to_json()).unwrap())
        .unwrap();
    assert_eq!(other.snapshot().unwrap().case_entries.len(), 6);
}

#[test]
fn the_cases_part_speaks_russian() {
    let lib = demo_library();
    let sel = Selection {
        language: roundbook_core::i18n::Language::Ru,
        ..select(Audience::External)
    };
    let (_, pdf) = build(&lib, &sel);
    let text = pdf::flat_text(&pdf);
    assert!(text.contains("Индивидуальные дела"), "{text}");
    assert!(text.contains("Igor Viniavskii"));
    assert!(text.contains("Главный редактор"), "the role's translation");
    assert!(text.contains("Амнистирован и освобождён."));
    assert!(!text.contains("Individual cases"));
}

/// A case edited on both sides is a conflict; the choice decides; a timeline entry one
/// side added arrives.
#[test]
fn a_case_edited_on_both_sides_is_a_conflict_the_choice_decides() {
    let mut alice = demo_library();
    let mut bob = Library::open_in_memory().unwrap();
    let bundle_of = |lib: &Library, by: &str, at: &str| {
        let b = export(
            &lib.snapshot().unwrap(),
            &ExportScope::All,
            Some(ts(at)),
            Some(by.into()),
        );
        Bundle::parse(&b.to_json()).unwrap()
    };
    bob.import_bundle(&bundle_of(&alice, "Alice", "2026-01-01T00:00:00Z"))
        .unwrap();
    alice
        .import_bundle(&bundle_of(&bob, "Bob", "2026-01-02T00:00:00Z"))
        .unwrap();

    let mut a = alice.get::<Case>("case-sokolova").unwrap();
    a.summary = Some("Alice's account.".into());
    alice.update(a, ts("2026-02-01T00:00:00Z")).unwrap();
    let mut b = bob.get::<Case>("case-sokolova").unwrap();
    b.summary = Some("Bob's account.".into());
    b.other_names.push("Natalja Sokolowa".into());
    bob.update(b, ts("2026-02-02T00:00:00Z")).unwrap();
    bob.create(
        entry(
            "ce-sokolova-4",
            "case-sokolova",
            "2012-06",
            CaseStatus::AtRisk,
        ),
        ts("2026-02-02T00:00:00Z"),
    )
    .unwrap();

    let from_bob = bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z");
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    let item = |kind: Kind, id: &str| {
        plan.items
            .iter()
            .find(|i| i.kind == kind && i.id == id)
            .unwrap_or_else(|| panic!("{kind} {id}"))
            .action
    };
    assert_eq!(item(Kind::Case, "case-sokolova"), MergeAction::Conflict);
    assert_eq!(item(Kind::CaseEntry, "ce-sokolova-4"), MergeAction::Insert);

    // Keeping hers by default; taking Bob's when she chooses so.
    alice.import_bundle(&from_bob).unwrap();
    assert_eq!(
        alice
            .get::<Case>("case-sokolova")
            .unwrap()
            .summary
            .as_deref(),
        Some("Alice's account.")
    );
    assert!(alice.get::<CaseEntry>("ce-sokolova-4").is_ok());
    let mut choices = Resolutions::default();
    choices.set(Kind::Case, "case-sokolova", Choice::TakeTheirs);
    alice.import_bundle_with(&from_bob, &choices).unwrap();
    let merged = alice.get::<Case>("case-sokolova").unwrap();
    assert_eq!(merged.summary.as_deref(), Some("Bob's account."));
    assert!(merged.other_names.iter().any(|n| n == "Natalja Sokolowa"));
}

#[test]
fn a_case_needs_a_stated_consent_and_sensitivity_in_a_bundle() {
    let demo = String::from_utf8(demo_bytes()).unwrap();
    let without_consent = demo.replacen("\"consent\": \"named\",", "", 1);
    let err = Bundle::parse(without_consent.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("consent"), "{err}");
    let bad_status = demo.replacen("\"status\": \"detained\"", "\"status\": \"missing\"", 1);
    let err = Bundle::parse(bad_status.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("missing"), "{err}");
}

#[test]
fn a_case_keeps_what_it_points_at_and_takes_its_timeline_when_deleted() {
    let mut lib = demo_library();
    let err = lib.delete::<Incident>("inc-sokolova-released").unwrap_err();
    assert!(
        matches!(&err, roundbook_core::Error::InUse { used_by, .. } if used_by.contains(&(Kind::Case, 1))),
        "{err:?}"
    );
    lib.delete::<Case>("case-sokolova").unwrap();
    let entries = lib.list::<CaseEntry>().unwrap();
    assert_eq!(entries.len(), 3, "Viniavskii's three entries remain");
    assert!(entries.iter().all(|e| e.case_id != "case-sokolova"));
    lib.delete::<Incident>("inc-sokolova-released").unwrap();
}

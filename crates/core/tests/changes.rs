//! "Changes since our last briefing": the comparison of two frozen packs — every kind of
//! change, what an external pack never shows, which earlier pack is chosen, and the part
//! read back from the PDF.

mod common;

use std::path::Path;

use common::pdf;
use common::*;
use roundbook_core::model::*;
use roundbook_core::pack::{self, Audience, Compare, ItemRef, Paper, Selection};
use roundbook_core::{Error, Library};

fn select(round: &str, audience: Audience) -> Selection {
    Selection {
        round_id: round.into(),
        audience,
        ..Default::default()
    }
}

/// Makes and records a pack; returns its record id and PDF.
fn make(lib: &mut Library, sel: &Selection, at: &str, dir: &Path) -> (String, Vec<u8>) {
    let file = dir.join(format!("{}-{}.pdf", sel.round_id, at.replace(':', "")));
    let made = lib
        .make_pack(sel, Paper::A4, ts(at), &file, false, &mut |_| {})
        .unwrap();
    (made.pack_id, std::fs::read(&file).unwrap())
}

fn incident(id: &str, title: &str, sensitivity: Sensitivity) -> Incident {
    Incident {
        id: id.into(),
        title: title.into(),
        occurred_on: "2012-03-20".parse().unwrap(),
        location: Some("Almaty".into()),
        summary: Some("Riot police dispersed the picket.".into()),
        people: vec![],
        verification: Some(Verification::Credible),
        sensitivity,
        concern_area_ids: vec!["area-peaceful-assembly".into()],
        benchmark_ids: vec![],
        source_ids: vec!["src-appeal-2012".into()],
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

/// The demo library after a pack for Round 2 of each audience was handed over, then
/// edited: an incident of each sensitivity added, one updated; a commitment added and one
/// updated; an ask added and one reworded.
fn edited_after_round_2(dir: &Path) -> Library {
    let mut lib = demo_library();
    make(
        &mut lib,
        &select("round-eu-kz-2", Audience::External),
        "2012-01-20T09:00:00Z",
        dir,
    );
    make(
        &mut lib,
        &select("round-eu-kz-2", Audience::Internal),
        "2012-01-20T10:00:00Z",
        dir,
    );
    let now = ts("2012-04-01T08:00:00Z");
    lib.create(
        incident(
            "inc-new-picket",
            "Picket outside the akimat dispersed",
            Sensitivity::Public,
        ),
        now,
    )
    .unwrap();
    lib.create(
        incident(
            "inc-new-secret",
            "Informant reports SECRETWORD",
            Sensitivity::Restricted,
        ),
        now,
    )
    .unwrap();
    let mut i: Incident = lib.get("inc-elections-2012-01").unwrap();
    i.location = Some("Nationwide, and Astana".into());
    lib.update(i, now).unwrap();
    let mut c: Commitment = lib.get("cm-madrid-2007").unwrap();
    c.summary = Some("Re-read: the Madrid pledges cover media and elections.".into());
    lib.update(c, now).unwrap();
    let mut c: Commitment = lib.get("cm-nhrap-media").unwrap();
    c.id = "cm-new-media-pledge".into();
    c.title = "Foreign minister pledges a new media law".into();
    c.made_on = "2012-03".parse().unwrap();
    lib.create(c, now).unwrap();
    let mut a: Ask = lib.get("ask-media-law").unwrap();
    let old_text = a.text.clone();
    a.text = format!("{old_text} Before the summer recess.");
    lib.update(a.clone(), now).unwrap();
    a.id = "ask-new-observers".into();
    a.text = "Invite OSCE observers to the next trials.".into();
    lib.create(a, now).unwrap();
    lib
}

#[test]
fn an_external_pack_lists_what_changed_since_the_last_external_briefing() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = edited_after_round_2(dir.path());
    let mut sel = select("round-eu-kz-3", Audience::External);
    sel.excluded = vec![ItemRef {
        kind: Kind::Incident,
        id: "inc-religious-closures".into(),
    }];
    let pack = lib.assemble_pack(&sel).unwrap();
    let changes = pack.changes.as_ref().expect("a changes part");
    assert_eq!(changes.round_title, "Round 2");
    assert_eq!(changes.made_on.to_string(), "2012-01-20");

    let added: Vec<&str> = changes
        .incidents
        .added
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert!(added.contains(&"inc-new-picket"), "{added:?}");
    assert!(
        !added.contains(&"inc-new-secret"),
        "a restricted incident: {added:?}"
    );
    let updated = &changes.incidents.updated;
    let elections = updated
        .iter()
        .find(|i| i.id == "inc-elections-2012-01")
        .expect("the updated incident");
    assert_eq!(elections.fields, vec!["location".to_string()]);
    assert!(
        changes.incidents.removed.is_empty(),
        "an external pack does not list what was left out"
    );
    assert!(changes
        .commitments
        .added
        .iter()
        .any(|c| c.id == "cm-new-media-pledge"));
    assert!(changes
        .commitments
        .updated
        .iter()
        .any(|c| c.id == "cm-madrid-2007" && c.fields == ["summary"]));
    assert!(changes
        .asks
        .added
        .iter()
        .any(|a| a.id == "ask-new-observers"));
    let reworded = changes
        .asks
        .updated
        .iter()
        .find(|a| a.id == "ask-media-law")
        .expect("the reworded ask");
    assert!(reworded.title.ends_with("Before the summer recess."));
    assert!(!reworded.was.as_deref().unwrap().contains("summer"));
    // Round 3's asks are new against Round 2's pack.
    assert!(changes
        .asks
        .added
        .iter()
        .any(|a| a.id == "ask-sokolova-round-3"));
    // The demo's benchmarks were first assessed after Round 2; its cases moved.
    assert!(changes
        .benchmarks
        .iter()
        .all(|b| b.was.is_none() && b.now.is_some()));
    assert!(!changes.benchmarks.is_empty());
    let viniavskii = changes
        .cases
        .iter()
        .find(|c| c.id == "case-viniavskii")
        .expect("a case whose status moved");
    assert_eq!(viniavskii.was, Some(CaseStatus::Charged));
    assert_eq!(viniavskii.now, Some(CaseStatus::Released));

    // The PDF: the part is there, near the front, and holds no restricted material.
    let (_, pdf) = make(&mut lib, &sel, "2012-04-02T08:00:00Z", dir.path());
    let pages = pdf::pages(&pdf);
    let at = pages
        .iter()
        .position(|p| p.contains("Changes since our last briefing\n"))
        .expect("the changes part");
    let first_area = pages
        .iter()
        .position(|p| p.contains("Political participation\n") && p.contains("Benchmarks"))
        .unwrap();
    assert!(at < first_area, "the part comes before the areas' sections");
    let text = pdf::flat_text(&pdf);
    assert!(text.contains("Compared with our briefing pack of 20 January 2012 for Round 2."));
    assert!(text.contains("New incidents"));
    assert!(text.contains("Picket outside the akimat dispersed"));
    assert!(text.contains("Incidents updated (1)"));
    assert!(text.contains("changed: place"));
    assert!(text.contains("Asks reworded (1)"));
    assert!(text.contains("Igor Viniavskii: charged → released"));
    assert!(
        !text.contains("SECRETWORD"),
        "restricted material in an external pack"
    );
    // The outcome of Round 2, without its restricted debrief and restricted result.
    assert!(text.contains("What Round 2 produced"));
    assert!(
        text.contains("The EU raised 1 of our 4 asks, 1 in part; 1 not raised; not known for 1.")
    );
    assert!(text.contains("The EU raised the events in Zhanaozen"));
    assert!(!text.contains("asked us not to quote them"));
    assert!(!text.contains("Officials said at the debrief"));
    assert!(!text.contains("no longer in the pack"));
}

#[test]
fn an_internal_pack_also_lists_what_was_removed_and_restricted_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = edited_after_round_2(dir.path());
    let mut sel = select("round-eu-kz-3", Audience::Internal);
    sel.excluded = vec![
        ItemRef {
            kind: Kind::Incident,
            id: "inc-sokolova-sentenced".into(),
        },
        ItemRef {
            kind: Kind::Ask,
            id: "ask-religion-closures".into(),
        },
    ];
    let (id, pdf) = make(&mut lib, &sel, "2012-04-02T08:00:00Z", dir.path());
    let record = lib.pack_record(&id).unwrap();
    let changes = record.content.changes.as_ref().unwrap();
    // Compared with the internal pack, not the external one made before it.
    assert_eq!(changes.made_on.to_string(), "2012-01-20");
    assert!(changes
        .incidents
        .added
        .iter()
        .any(|i| i.id == "inc-new-secret"));
    let removed: Vec<&str> = changes
        .incidents
        .removed
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(removed, ["inc-sokolova-sentenced"]);
    assert!(changes
        .asks
        .removed
        .iter()
        .any(|a| a.id == "ask-religion-closures"));
    let text = pdf::flat_text(&pdf);
    assert!(text.contains("Incidents no longer in the pack (1)"));
    assert!(text.contains("Asks dropped"));
    assert!(text.contains("SECRETWORD"));
    assert!(
        text.contains("The EU raised 1 of our 5 asks, 1 in part; 2 not raised; not known for 1.")
    );
    assert!(text.contains("asked us not to quote them"));
    assert!(text.contains("Officials said at the debrief"));
    // Written again from the record: the same bytes, the same part.
    let again = pack::rerender(&record).unwrap();
    assert_eq!(again.pdf, pdf);
}

#[test]
fn no_part_without_an_earlier_pack_or_when_asked_for_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = demo_library();
    let sel = select("round-eu-kz-3", Audience::External);
    let (_, pdf) = make(&mut lib, &sel, "2012-04-02T08:00:00Z", dir.path());
    assert!(!pdf::flat_text(&pdf).contains("Changes since our last briefing"));
    // A pack for the same round is a draft of this one, not a briefing handed over.
    assert!(lib.assemble_pack(&sel).unwrap().changes.is_none());
    // An internal pack for an earlier round does not count for an external one.
    make(
        &mut lib,
        &select("round-eu-kz-2", Audience::Internal),
        "2012-04-02T09:00:00Z",
        dir.path(),
    );
    assert!(lib.assemble_pack(&sel).unwrap().changes.is_none());
    // Nor a pack in another language.
    let mut russian = select("round-eu-kz-2", Audience::External);
    russian.language = roundbook_core::i18n::Language::Ru;
    make(&mut lib, &russian, "2012-04-02T10:00:00Z", dir.path());
    assert!(lib.assemble_pack(&sel).unwrap().changes.is_none());
    make(
        &mut lib,
        &select("round-eu-kz-2", Audience::External),
        "2012-04-02T11:00:00Z",
        dir.path(),
    );
    assert!(lib.assemble_pack(&sel).unwrap().changes.is_some());
    let none = Selection {
        compare: Compare::Nothing,
        ..sel
    };
    assert!(lib.assemble_pack(&none).unwrap().changes.is_none());
}

#[test]
fn a_chosen_earlier_pack_must_be_of_the_negotiation_audience_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = demo_library();
    let (internal, _) = make(
        &mut lib,
        &select("round-eu-kz-2", Audience::Internal),
        "2012-01-20T09:00:00Z",
        dir.path(),
    );
    let mut russian = select("round-eu-kz-1", Audience::External);
    russian.language = roundbook_core::i18n::Language::Ru;
    let (russian, _) = make(&mut lib, &russian, "2012-01-20T10:00:00Z", dir.path());
    let (round_1, _) = make(
        &mut lib,
        &select("round-eu-kz-1", Audience::External),
        "2012-01-20T11:00:00Z",
        dir.path(),
    );
    let external = |id: &str| Selection {
        compare: Compare::Pack(id.into()),
        ..select("round-eu-kz-3", Audience::External)
    };
    let refused = |sel: &Selection| match lib.assemble_pack(sel) {
        Err(Error::Pack(e)) => (e.to_string(), e.field()),
        other => panic!("expected a refusal, got {other:?}"),
    };
    let (message, field) = refused(&external(&internal));
    assert!(message.contains("internal pack"), "{message}");
    assert_eq!(field, Some("compare"));
    let (message, _) = refused(&external(&russian));
    assert!(message.contains("another language"), "{message}");
    assert!(matches!(
        lib.assemble_pack(&external("no-such-pack")),
        Err(Error::NotFound { .. })
    ));
    // The chosen pack, though a newer one exists for the same audience.
    let pack = lib.assemble_pack(&external(&round_1)).unwrap();
    assert_eq!(pack.changes.unwrap().round_title, "Round 1");
    // An internal pack may be compared with an external one.
    let internal_now = Selection {
        compare: Compare::Pack(round_1.clone()),
        ..select("round-eu-kz-3", Audience::Internal)
    };
    assert!(lib.assemble_pack(&internal_now).unwrap().changes.is_some());
}

#[test]
fn a_withheld_name_is_not_a_change_and_never_printed_in_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = demo_library();
    let now = ts("2012-01-01T08:00:00Z");
    lib.create(
        Case {
            id: "case-kasymova".into(),
            name: "Dana Kasymova".into(),
            other_names: vec![],
            role: None,
            organisation: None,
            summary: None,
            consent: Consent::Anonymised,
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec!["area-crackdown".into()],
            benchmark_ids: vec![],
            incident_ids: vec![],
            ask_ids: vec![],
            source_ids: vec![],
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        },
        now,
    )
    .unwrap();
    let mut a: Ask = lib.get("ask-drop-charges").unwrap();
    a.text = format!("{} Ask about Dana Kasymova.", a.text);
    lib.update(a, now).unwrap();
    make(
        &mut lib,
        &select("round-eu-kz-1", Audience::External),
        "2012-01-02T08:00:00Z",
        dir.path(),
    );
    // The same texts: nothing reworded, though the earlier pack printed "[name withheld]".
    let pack = lib
        .assemble_pack(&select("round-eu-kz-2", Audience::External))
        .unwrap();
    let changes = pack.changes.unwrap();
    assert!(
        changes.asks.updated.is_empty(),
        "{:?}",
        changes.asks.updated
    );
    // Reworded since: the change is listed, and neither wording names her.
    let mut a: Ask = lib.get("ask-drop-charges").unwrap();
    a.text = a.text.replace("Ask about", "Raise the case of");
    lib.update(a, now).unwrap();
    let (_, pdf) = make(
        &mut lib,
        &select("round-eu-kz-2", Audience::External),
        "2012-01-03T08:00:00Z",
        dir.path(),
    );
    let text = pdf::flat_text(&pdf);
    assert!(
        text.contains("Asks reworded (1)"),
        "the rewording is listed"
    );
    assert!(
        !text.contains("Kasymova"),
        "the name is withheld in the changes too"
    );
}

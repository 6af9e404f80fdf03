//! Merging colleagues' bundles with a preview: two diverging copies of a library merged
//! both ways, conflicts resolved keep mine / take theirs / keep both, the first exchange,
//! and exporting a selection of areas.

mod common;

use common::*;
use roundbook_core::exchange::merge::PlanItem;
use roundbook_core::exchange::{
    export, Bundle, Choice, ExportScope, ImportPlan, MergeAction, Resolutions,
};
use roundbook_core::model::*;
use roundbook_core::{Error, Library};

fn bundle_of(lib: &Library, by: &str, at: &str) -> Bundle {
    let b = export(
        &lib.snapshot().unwrap(),
        &ExportScope::All,
        Some(ts(at)),
        Some(by.into()),
    );
    // Through the file format, as a colleague's bundle arrives.
    Bundle::parse(&b.to_json()).unwrap()
}

fn item<'a>(plan: &'a ImportPlan, kind: Kind, id: &str) -> &'a PlanItem {
    plan.items
        .iter()
        .find(|i| i.kind == kind && i.id == id)
        .unwrap_or_else(|| panic!("no plan item for {kind} {id}"))
}

fn edit_incident(lib: &mut Library, id: &str, summary: &str, at: &str) {
    let mut i = lib.get::<Incident>(id).unwrap();
    i.summary = Some(summary.into());
    lib.update(i, ts(at)).unwrap();
}

fn new_incident(id: &str, title: &str) -> Incident {
    Incident {
        language: None,
        translations: Default::default(),
        id: id.into(),
        title: title.into(),
        occurred_on: "2012-04".parse().unwrap(),
        location: Some("Almaty (Алматы)".into()),
        summary: None,
        people: vec![],
        verification: None,
        sensitivity: Sensitivity::Public,
        concern_area_ids: vec!["area-peaceful-assembly".into()],
        benchmark_ids: vec![],
        source_ids: vec![],
        updated_at: None,
        illustrative: None,
    }
}

/// Alice and Bob start from the same library and have exchanged bundles once.
fn alice_and_bob() -> (Library, Library) {
    let mut alice = demo_library();
    let mut bob = Library::open_in_memory().unwrap();
    bob.import_bundle_with(
        &bundle_of(&alice, "Alice", "2026-01-01T00:00:00Z"),
        &Resolutions::default(),
    )
    .unwrap();
    let r = alice
        .import_bundle_with(
            &bundle_of(&bob, "Bob", "2026-01-02T00:00:00Z"),
            &Resolutions::default(),
        )
        .unwrap();
    assert!(r.changed_nothing());
    (alice, bob)
}

const X: &str = "inc-sokolova-released";
const Y: &str = "inc-zhanaozen-2011-12-16";
const Z: &str = "inc-zhanaozen-officials-charged";

#[test]
fn two_diverging_copies_merge_both_ways_without_losing_an_edit() {
    let (mut alice, mut bob) = alice_and_bob();
    // Both edit X; Alice edits Y, Bob edits Z; each adds an incident.
    edit_incident(
        &mut alice,
        X,
        "Alice's account of the release.",
        "2026-02-01T00:00:00Z",
    );
    edit_incident(
        &mut alice,
        Y,
        "Alice's update on Zhanaozen.",
        "2026-02-01T00:00:00Z",
    );
    alice
        .create(
            new_incident("inc-alice-new", "Picket in Almaty"),
            ts("2026-02-01T00:00:00Z"),
        )
        .unwrap();
    edit_incident(
        &mut bob,
        X,
        "Bob's account of the release.",
        "2026-02-02T00:00:00Z",
    );
    edit_incident(
        &mut bob,
        Z,
        "Bob's update on the charges.",
        "2026-02-02T00:00:00Z",
    );
    bob.create(
        new_incident("inc-bob-new", "Strike in Aktau"),
        ts("2026-02-02T00:00:00Z"),
    )
    .unwrap();

    // Bob's bundle arrives at Alice's.
    let from_bob = bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z");
    let before = alice.snapshot().unwrap();
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    assert_eq!(alice.snapshot().unwrap(), before, "planning writes nothing");
    assert_eq!(plan.last_exchange, Some(ts("2026-01-02T00:00:00Z")));
    assert_eq!(
        (plan.inserts, plan.updates, plan.kept_mine, plan.conflicts),
        (1, 1, 1, 1),
        "{:#?}",
        plan.items
    );
    let x = item(&plan, Kind::Incident, X);
    assert_eq!(x.action, MergeAction::Conflict);
    assert_eq!(x.default_choice, Some(Choice::KeepMine));
    assert_eq!(x.changed_fields, vec!["summary"]);
    assert!(x.keep_both_allowed);
    match (&x.mine, &x.theirs) {
        (Some(AnyRecord::Incident(mine)), AnyRecord::Incident(theirs)) => {
            assert_eq!(
                mine.summary.as_deref(),
                Some("Alice's account of the release.")
            );
            assert_eq!(
                theirs.summary.as_deref(),
                Some("Bob's account of the release.")
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(x.reason.contains("changed on both sides"), "{}", x.reason);
    assert_eq!(item(&plan, Kind::Incident, Z).action, MergeAction::Update);
    assert_eq!(item(&plan, Kind::Incident, Y).action, MergeAction::KeepMine);
    assert!(
        plan.items.iter().all(|i| i.id != "inc-alice-new"),
        "Bob's bundle does not hold it"
    );
}

#[test]
fn resolutions_decide_conflicts_and_the_libraries_converge() {
    let (mut alice, mut bob) = alice_and_bob();
    edit_incident(
        &mut alice,
        X,
        "Alice's account of the release.",
        "2026-02-01T00:00:00Z",
    );
    edit_incident(
        &mut alice,
        Y,
        "Alice's update on Zhanaozen.",
        "2026-02-01T00:00:00Z",
    );
    edit_incident(
        &mut bob,
        X,
        "Bob's account of the release.",
        "2026-02-02T00:00:00Z",
    );
    edit_incident(
        &mut bob,
        Z,
        "Bob's update on the charges.",
        "2026-02-02T00:00:00Z",
    );
    bob.create(
        new_incident("inc-bob-new", "Strike in Aktau"),
        ts("2026-02-02T00:00:00Z"),
    )
    .unwrap();

    // Alice takes Bob's X.
    let from_bob = bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z");
    let mut choices = Resolutions::default();
    choices.set(Kind::Incident, X, Choice::TakeTheirs);
    let report = alice.import_bundle_with(&from_bob, &choices).unwrap();
    assert_eq!((report.inserted, report.updated), (1, 2)); // Bob's new one; X and Z
    assert_eq!(report.conflicts.len(), 1, "Y: Alice kept hers");
    assert_eq!(report.conflicts[0].id, Y);
    assert_eq!(
        alice.get::<Incident>(X).unwrap().summary.as_deref(),
        Some("Bob's account of the release.")
    );
    assert_eq!(
        alice.get::<Incident>(Y).unwrap().summary.as_deref(),
        Some("Alice's update on Zhanaozen.")
    );

    // Importing the same bundle again: X and Z are the same now, Y was decided.
    let again = alice.plan_bundle_import(&from_bob).unwrap();
    assert_eq!(
        (again.inserts, again.updates, again.conflicts),
        (0, 0, 0),
        "{:#?}",
        again.items
    );
    assert_eq!(again.kept_mine, 1);

    // Alice's bundle goes to Bob: he gets her Y, and nothing of his is touched.
    let from_alice = bundle_of(&alice, "Alice", "2026-02-11T00:00:00Z");
    let plan = bob.plan_bundle_import(&from_alice).unwrap();
    assert_eq!(plan.last_exchange, Some(ts("2026-01-01T00:00:00Z")));
    assert_eq!(
        (plan.inserts, plan.updates, plan.kept_mine, plan.conflicts),
        (0, 1, 0, 0)
    );
    assert_eq!(item(&plan, Kind::Incident, Y).action, MergeAction::Update);
    bob.import_bundle_with(&from_alice, &Resolutions::default())
        .unwrap();
    assert_eq!(
        bob.snapshot().unwrap(),
        alice.snapshot().unwrap(),
        "both libraries agree"
    );

    // Later Bob edits Z and Y again. Z is an update for Alice. Y is a conflict: Alice kept
    // her own Y at the last exchange and cannot tell that Bob's edit starts from her
    // version (bundles carry no history), so she is asked rather than overwritten.
    edit_incident(
        &mut bob,
        Z,
        "Bob's second update on the charges.",
        "2026-03-01T00:00:00Z",
    );
    edit_incident(
        &mut bob,
        Y,
        "Bob's later update on Zhanaozen.",
        "2026-03-01T00:00:00Z",
    );
    let plan = alice
        .plan_bundle_import(&bundle_of(&bob, "Bob", "2026-03-02T00:00:00Z"))
        .unwrap();
    assert_eq!((plan.updates, plan.conflicts), (1, 1), "{:#?}", plan.items);
    assert_eq!(item(&plan, Kind::Incident, Z).action, MergeAction::Update);
    assert_eq!(item(&plan, Kind::Incident, Y).action, MergeAction::Conflict);
}

#[test]
fn keep_both_adds_a_copy_where_it_makes_sense_and_is_refused_elsewhere() {
    let (mut alice, mut bob) = alice_and_bob();
    edit_incident(&mut alice, X, "Alice's account.", "2026-02-01T00:00:00Z");
    edit_incident(&mut bob, X, "Bob's account.", "2026-02-02T00:00:00Z");
    let mut area = alice.get::<ConcernArea>("area-media-freedoms").unwrap();
    area.summary = Some("Alice's background.".into());
    alice.update(area, ts("2026-02-01T00:00:00Z")).unwrap();
    let mut area = bob.get::<ConcernArea>("area-media-freedoms").unwrap();
    area.summary = Some("Bob's background.".into());
    bob.update(area, ts("2026-02-02T00:00:00Z")).unwrap();
    let from_bob = bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z");

    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    let area_item = item(&plan, Kind::ConcernArea, "area-media-freedoms");
    assert_eq!(area_item.action, MergeAction::Conflict);
    assert!(!area_item.keep_both_allowed);

    // Keep both for an area is refused before anything is written.
    let before = alice.snapshot().unwrap();
    let mut choices = Resolutions::default();
    choices.set(Kind::Incident, X, Choice::KeepBoth).set(
        Kind::ConcernArea,
        "area-media-freedoms",
        Choice::KeepBoth,
    );
    match alice.import_bundle_with(&from_bob, &choices) {
        Err(e @ Error::Invalid { .. }) => assert_eq!(
            e.to_string(),
            "concern area resolutions[1]: concern area \"area-media-freedoms\": keep both is only possible for incidents, commitments, asks and sources (two copies of a concern area would split what belongs to it); choose keep mine or take theirs"
        ),
        other => panic!("expected Invalid, got {other:?}"),
    }
    // So is a choice for a record the bundle does not hold.
    let mut stray = Resolutions::default();
    stray.set(Kind::Incident, "inc-nowhere", Choice::TakeTheirs);
    assert!(matches!(
        alice.import_bundle_with(&from_bob, &stray),
        Err(Error::Invalid { .. })
    ));
    assert_eq!(alice.snapshot().unwrap(), before);

    // Keep both for the incident, take theirs for the area.
    choices.set(Kind::ConcernArea, "area-media-freedoms", Choice::TakeTheirs);
    let report = alice.import_bundle_with(&from_bob, &choices).unwrap();
    assert_eq!((report.inserted, report.updated), (1, 1));
    let incidents = alice.list::<Incident>().unwrap();
    let copy = incidents
        .iter()
        .find(|i| i.id.starts_with(&format!("{X}-copy-")))
        .expect("their copy");
    assert_eq!(copy.summary.as_deref(), Some("Bob's account."));
    assert_eq!(
        alice.get::<Incident>(X).unwrap().summary.as_deref(),
        Some("Alice's account.")
    );
    assert_eq!(
        alice
            .get::<ConcernArea>("area-media-freedoms")
            .unwrap()
            .summary
            .as_deref(),
        Some("Bob's background.")
    );
    // Importing again makes no second copy.
    let n = alice.list::<Incident>().unwrap().len();
    alice.import_bundle_with(&from_bob, &choices).unwrap();
    assert_eq!(alice.list::<Incident>().unwrap().len(), n);
}

#[test]
fn a_first_exchange_goes_by_the_newer_date_and_shows_both_versions() {
    let mut alice = demo_library();
    let mut bob = demo_library();
    edit_incident(&mut bob, X, "Bob's account.", "2026-02-02T00:00:00Z");
    edit_incident(&mut alice, Y, "Alice's account.", "2026-02-01T00:00:00Z");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alice.roundbook");
    {
        let mut file_lib = Library::open(&path, None).unwrap();
        file_lib
            .import_bundle(&bundle_of(&alice, "Alice", "2026-02-03T00:00:00Z"))
            .unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let lib = Library::open(&path, None).unwrap();
    let plan = lib
        .plan_bundle_import(&bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z"))
        .unwrap();
    drop(lib);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "a plan writes nothing"
    );
    assert_eq!(plan.last_exchange, None);
    // Bob's X is newer: an update, with Alice's version shown beside it.
    let x = item(&plan, Kind::Incident, X);
    assert_eq!(x.action, MergeAction::Update);
    assert_eq!(x.default_choice, Some(Choice::TakeTheirs));
    assert!(x.mine.is_some());
    // Bob's Y is older than Alice's: a conflict, Alice's kept by default.
    assert_eq!(item(&plan, Kind::Incident, Y).action, MergeAction::Conflict);
}

#[test]
fn import_bundle_is_the_previewed_merge_with_its_default_choices() {
    let (mut alice, mut bob) = alice_and_bob();
    edit_incident(&mut alice, X, "Alice's account.", "2026-02-01T00:00:00Z");
    edit_incident(&mut bob, X, "Bob's account.", "2026-02-02T00:00:00Z");
    edit_incident(
        &mut bob,
        Y,
        "Only Bob changed this.",
        "2026-02-02T00:00:00Z",
    );
    let from_bob = bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z");
    // The preview calls X a conflict (both changed since 2 January) and Y an update ...
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    assert_eq!(item(&plan, Kind::Incident, X).action, MergeAction::Conflict);
    assert_eq!(item(&plan, Kind::Incident, Y).action, MergeAction::Update);
    // ... and the plain import does exactly what the preview said by default: Bob's Y is
    // taken, Alice's X is kept (though Bob's is newer) and reported.
    let report = alice.import_bundle(&from_bob).unwrap();
    assert_eq!(report.updated, 1);
    assert_eq!(
        report
            .conflicts
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        [X]
    );
    assert_eq!(
        alice.get::<Incident>(X).unwrap().summary.as_deref(),
        Some("Alice's account.")
    );
    assert_eq!(
        alice.get::<Incident>(Y).unwrap().summary.as_deref(),
        Some("Only Bob changed this.")
    );
    // It remembered the exchange: importing the same bundle again changes nothing, and X
    // stays a record Alice kept her own version of.
    let again = alice.import_bundle(&from_bob).unwrap();
    assert!(again.changed_nothing(), "{again:?}");
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    assert_eq!(plan.last_exchange, Some(ts("2026-02-10T00:00:00Z")));
    assert_eq!(item(&plan, Kind::Incident, X).action, MergeAction::KeepMine);
}

#[test]
fn a_selection_of_areas_exports_complete_on_its_own() {
    let lib = demo_library();
    let snapshot = lib.snapshot().unwrap();
    let b = export(
        &snapshot,
        &ExportScope::Areas {
            negotiation_id: "neg-eu-kz-pca".into(),
            concern_area_ids: vec!["area-media-freedoms".into()],
        },
        None,
        None,
    );
    assert_eq!(b.records.negotiations.len(), 1);
    assert!(
        !b.records.rounds.is_empty(),
        "the negotiation's rounds come along"
    );
    assert!(b
        .records
        .concern_areas
        .iter()
        .any(|a| a.id == "area-media-freedoms"));
    assert!(
        b.records.concern_areas.len() < snapshot.concern_areas.len(),
        "{:?}",
        b.records
            .concern_areas
            .iter()
            .map(|a| &a.id)
            .collect::<Vec<_>>()
    );
    assert!(b.records.benchmarks.iter().all(|bm| b
        .records
        .concern_areas
        .iter()
        .any(|a| a.id == bm.concern_area_id)));
    assert!(b.records.incidents.iter().all(|i| i
        .concern_area_ids
        .iter()
        .any(|a| a == "area-media-freedoms")
        || i.benchmark_ids
            .iter()
            .any(|id| b.records.benchmarks.iter().any(|bm| &bm.id == id))));
    assert!(!b.records.incidents.is_empty());
    // Nothing dangles: it imports into an empty library.
    let mut empty = Library::open_in_memory().unwrap();
    empty.import_bundle(&b).unwrap();
    // No areas listed: the whole negotiation.
    let whole = export(
        &snapshot,
        &ExportScope::Areas {
            negotiation_id: "neg-eu-kz-pca".into(),
            concern_area_ids: vec![],
        },
        None,
        None,
    );
    assert_eq!(
        whole,
        export(
            &snapshot,
            &ExportScope::Negotiation("neg-eu-kz-pca".into()),
            None,
            None
        )
    );
}

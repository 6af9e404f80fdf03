//! The outcome of a round: the EU's statement, the debrief and whether each ask was raised.
//! Reading and writing them, one outcome per round and one result per ask, what deleting a
//! round or an ask does, bundles (both versions, with and without restricted material) and
//! the merge of an outcome changed by a colleague.

mod common;

use common::*;
use roundbook_core::exchange::{
    export, without_restricted, Bundle, Choice, ExportScope, MergeAction, Resolutions,
    RestrictedRecords,
};
use roundbook_core::model::*;
use roundbook_core::{Error, Library};

fn now() -> Timestamp {
    ts("2012-04-02T08:00:00Z")
}

fn outcome(id: &str, round_id: &str) -> RoundOutcome {
    RoundOutcome {
        id: id.into(),
        round_id: round_id.into(),
        statement_on: Some("2011-10-12".parse().unwrap()),
        statement_quote: Some("The EU underlined the importance of civil society.".into()),
        statement_url: Some("https://eeas.example.org/statement".into()),
        source_ids: vec!["src-appeal-2012".into()],
        debrief: Some("Officials were frank about the aquifer of reluctance.".into()),
        debrief_sensitivity: Sensitivity::Restricted,
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

fn result(id: &str, outcome_id: &str, ask_id: &str, raised: AskRaised) -> AskResult {
    AskResult {
        id: id.into(),
        outcome_id: outcome_id.into(),
        ask_id: ask_id.into(),
        result: raised,
        evidence: Some(format!("Evidence for {id}: the quokka paragraph.")),
        source_ids: vec![],
        sensitivity: Sensitivity::Public,
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

fn bundle_of(lib: &Library, by: &str, at: &str) -> Bundle {
    let b = export(
        &lib.snapshot().unwrap(),
        &ExportScope::All,
        Some(ts(at)),
        Some(by.into()),
    );
    Bundle::parse(&b.to_json()).unwrap()
}

#[test]
fn an_outcome_and_its_results_are_created_read_updated_searched_and_deleted() {
    let mut lib = demo_library();
    let created = lib.create(outcome("o1", "round-eu-kz-1"), now()).unwrap();
    assert_eq!(created.updated_at, Some(now()));
    assert_eq!(lib.get::<RoundOutcome>("o1").unwrap(), created);
    lib.create(
        result("r1", "o1", "ask-media-law", AskRaised::Raised),
        now(),
    )
    .unwrap();
    let mut partly = result("r2", "o1", "ask-religion-law", AskRaised::PartlyRaised);
    partly.sensitivity = Sensitivity::Restricted;
    lib.create(partly, now()).unwrap();

    // The debrief and the evidence are searchable.
    let hits = lib.search("aquifer", None, 10).unwrap();
    assert!(
        hits.iter()
            .any(|h| h.kind == Kind::RoundOutcome && h.id == "o1"),
        "{hits:#?}"
    );
    let hits = lib.search("quokka", Some(Kind::AskResult), 10).unwrap();
    assert_eq!(hits.len(), 2, "{hits:#?}");

    // Updated in place.
    let mut o = lib.get::<RoundOutcome>("o1").unwrap();
    o.debrief = Some("Second thoughts.".into());
    o.debrief_sensitivity = Sensitivity::Public;
    lib.update(o.clone(), ts("2012-04-03T08:00:00Z")).unwrap();
    let back = lib.get::<RoundOutcome>("o1").unwrap();
    assert_eq!(back.debrief.as_deref(), Some("Second thoughts."));
    assert_eq!(back.debrief_sensitivity, Sensitivity::Public);
    assert!(lib.search("aquifer", None, 10).unwrap().is_empty());
    let mut r = lib.get::<AskResult>("r1").unwrap();
    r.result = AskRaised::NotRaised;
    lib.update(r, now()).unwrap();
    assert_eq!(
        lib.get::<AskResult>("r1").unwrap().result,
        AskRaised::NotRaised
    );

    // A result is deleted on its own; deleting the outcome takes the rest.
    lib.delete::<AskResult>("r1").unwrap();
    lib.delete::<RoundOutcome>("o1").unwrap();
    assert!(lib.get::<AskResult>("r2").is_err());
    assert!(lib.search("quokka", None, 10).unwrap().is_empty());
}

#[test]
fn a_round_has_one_outcome_and_an_ask_one_result_per_outcome() {
    let mut lib = demo_library();
    // The demo's Round 2 has its outcome already.
    let err = lib
        .create(outcome("o-again", "round-eu-kz-2"), now())
        .unwrap_err();
    match &err {
        Error::Invalid { kind, problems } => {
            assert_eq!(*kind, Kind::RoundOutcome);
            assert_eq!(problems[0].field, "round_id", "{err}");
        }
        other => panic!("{other:?}"),
    }
    let err = lib
        .create(
            result(
                "r-again",
                "outcome-round-eu-kz-2",
                "ask-zhanaozen-investigation",
                AskRaised::Unknown,
            ),
            now(),
        )
        .unwrap_err();
    match &err {
        Error::Invalid { kind, problems } => {
            assert_eq!(*kind, Kind::AskResult);
            assert_eq!(problems[0].field, "ask_id", "{err}");
        }
        other => panic!("{other:?}"),
    }
    // Nothing was written.
    assert!(lib.get::<RoundOutcome>("o-again").is_err());
    assert!(lib.get::<AskResult>("r-again").is_err());
    // A result for an ask that does not exist is a dangling reference.
    let err = lib
        .create(
            result(
                "r-x",
                "outcome-round-eu-kz-2",
                "ask-nope",
                AskRaised::Raised,
            ),
            now(),
        )
        .unwrap_err();
    assert!(matches!(err, Error::DanglingReference { .. }), "{err:?}");
}

#[test]
fn an_outcome_goes_with_its_round_which_asks_and_commitments_still_hold() {
    let mut lib = demo_library();
    // A round with asks is refused, outcome or not.
    lib.create(outcome("o3", "round-eu-kz-3"), now()).unwrap();
    let err = lib.delete::<Round>("round-eu-kz-3").unwrap_err();
    assert!(
        matches!(&err, Error::InUse { used_by, .. } if used_by.iter().any(|(k, _)| *k == Kind::Ask)),
        "{err:?}"
    );
    assert!(lib.get::<RoundOutcome>("o3").is_ok());

    // A commitment made at the round holds it too.
    let mut c = lib.list::<Commitment>().unwrap().remove(0);
    let commitment_id = c.id.clone();
    c.round_id = Some("round-eu-kz-2".into());
    lib.update(c, now()).unwrap();
    assert_eq!(
        lib.get::<Commitment>(&commitment_id)
            .unwrap()
            .round_id
            .as_deref(),
        Some("round-eu-kz-2")
    );
    let err = lib.delete::<Round>("round-eu-kz-2").unwrap_err();
    match &err {
        Error::InUse { used_by, .. } => {
            assert_eq!(used_by, &vec![(Kind::Commitment, 1)]);
            assert!(err.to_string().contains("1 commitment"), "{err}");
        }
        other => panic!("{other:?}"),
    }
    let mut c = lib.get::<Commitment>(&commitment_id).unwrap();
    c.round_id = None;
    lib.update(c, now()).unwrap();

    // The demo's Round 2 has no asks of its own: it goes, with its outcome and results,
    // out of the search index too.
    assert!(!lib
        .search("refused to discuss benchmarks", None, 10)
        .unwrap()
        .is_empty());
    lib.delete::<Round>("round-eu-kz-2").unwrap();
    assert!(lib.get::<RoundOutcome>("outcome-round-eu-kz-2").is_err());
    let snap = lib.snapshot().unwrap();
    assert!(snap
        .ask_results
        .iter()
        .all(|r| r.outcome_id != "outcome-round-eu-kz-2"));
    assert!(lib
        .search("refused to discuss benchmarks", None, 10)
        .unwrap()
        .is_empty());
}

#[test]
fn deleting_an_ask_with_results_is_refused_naming_them() {
    let mut lib = demo_library();
    let err = lib
        .delete::<Ask>("ask-zhanaozen-investigation")
        .unwrap_err();
    match &err {
        Error::InUse { used_by, .. } => {
            assert_eq!(used_by, &vec![(Kind::AskResult, 1)]);
            assert!(err.to_string().contains("1 ask result"), "{err}");
        }
        other => panic!("{other:?}"),
    }
    lib.delete::<AskResult>("result-round-eu-kz-2-zhanaozen-investigation")
        .unwrap();
    lib.delete::<Ask>("ask-zhanaozen-investigation").unwrap();
}

#[test]
fn the_demo_records_round_2s_outcome_as_illustrative_with_a_restricted_debrief() {
    let lib = demo_library();
    let o = lib.get::<RoundOutcome>("outcome-round-eu-kz-2").unwrap();
    assert_eq!(o.round_id, "round-eu-kz-2");
    assert!(o.illustrative.is_some());
    assert_eq!(o.debrief_sensitivity, Sensitivity::Restricted);
    assert!(o.debrief.is_some());
    let results: Vec<AskResult> = lib
        .list::<AskResult>()
        .unwrap()
        .into_iter()
        .filter(|r| r.outcome_id == o.id)
        .collect();
    assert_eq!(results.len(), 5);
    assert!(results.iter().all(|r| r.illustrative.is_some()));
    let round = lib.get::<Round>("round-eu-kz-2").unwrap();
    assert_eq!(round.status, RoundStatus::Held);
    // Every result is for a standing ask or one of the round's.
    for r in &results {
        let ask = lib.get::<Ask>(&r.ask_id).unwrap();
        assert!(ask.round_id.as_deref().is_none_or(|id| id == round.id));
    }
}

#[test]
fn bundles_carry_outcomes_and_results_whole() {
    let mut lib = demo_library();
    lib.create(outcome("o1", "round-eu-kz-1"), now()).unwrap();
    let mut translated = result("r1", "o1", "ask-media-law", AskRaised::Raised);
    translated.translations.0.insert(
        "ru".into(),
        [("evidence".to_string(), "Поднята.".to_string())].into(),
    );
    lib.create(translated, now()).unwrap();
    let mut c = lib.list::<Commitment>().unwrap().remove(0);
    c.round_id = Some("round-eu-kz-1".into());
    lib.update(c, now()).unwrap();

    let bundle = lib
        .bundle_for(&ExportScope::All, RestrictedRecords::Sent, now())
        .unwrap();
    let back = Bundle::parse(&bundle.to_json()).unwrap();
    let mut other = Library::open_in_memory().unwrap();
    other.import_bundle(&back).unwrap();
    let (a, b) = (lib.snapshot().unwrap(), other.snapshot().unwrap());
    assert_eq!(a.round_outcomes, b.round_outcomes);
    assert_eq!(a.ask_results, b.ask_results);
    assert_eq!(a.commitments, b.commitments);
    assert_eq!(b.round_outcomes.len(), 2);
    assert_eq!(b.ask_results.len(), 6);

    // One negotiation's bundle holds its rounds' outcomes and their results.
    let scoped = export(
        &a,
        &ExportScope::Negotiation("neg-eu-kz-pca".into()),
        None,
        None,
    );
    assert_eq!(scoped.records.round_outcomes.len(), 2);
    assert_eq!(scoped.records.ask_results.len(), 6);
    // Some areas only: the results for the asks of other areas stay behind.
    let areas = export(
        &a,
        &ExportScope::Areas {
            negotiation_id: "neg-eu-kz-pca".into(),
            concern_area_ids: vec!["area-media-freedoms".into()],
        },
        None,
        None,
    );
    assert_eq!(areas.records.round_outcomes.len(), 2);
    let ids: Vec<&str> = areas
        .records
        .ask_results
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["r1"]);
    let mut alone = Library::open_in_memory().unwrap();
    alone
        .import_bundle(&Bundle::parse(&areas.to_json()).unwrap())
        .unwrap();

    // A bundle with two outcomes for one round is refused whole.
    let mut twice = back.clone();
    let mut second = twice.records.round_outcomes[0].clone();
    second.id = "o-second".into();
    twice.records.round_outcomes.push(second);
    let mut fresh = Library::open_in_memory().unwrap();
    let err = fresh.import_bundle(&twice).unwrap_err();
    assert!(err.to_string().contains("round_id"), "{err}");
    assert!(fresh.is_empty().unwrap());
}

#[test]
fn a_changed_outcome_merges_and_lowering_its_debrief_needs_a_choice() {
    let mut alice = demo_library();
    let mut bob = Library::open_in_memory().unwrap();
    bob.import_bundle(&bundle_of(&alice, "Alice", "2026-01-01T00:00:00Z"))
        .unwrap();
    alice
        .import_bundle(&bundle_of(&bob, "Bob", "2026-01-02T00:00:00Z"))
        .unwrap();

    // Bob corrects the statement and adds a result.
    let mut o = bob.get::<RoundOutcome>("outcome-round-eu-kz-2").unwrap();
    o.statement_quote = Some("Corrected words of the statement.".into());
    bob.update(o, ts("2026-02-02T00:00:00Z")).unwrap();
    bob.create(
        result(
            "r-bob",
            "outcome-round-eu-kz-2",
            "ask-media-law",
            AskRaised::Unknown,
        ),
        ts("2026-02-02T00:00:00Z"),
    )
    .unwrap();
    let from_bob = bundle_of(&bob, "Bob", "2026-02-10T00:00:00Z");
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    let action = |kind: Kind, id: &str| {
        plan.items
            .iter()
            .find(|i| i.kind == kind && i.id == id)
            .unwrap_or_else(|| panic!("{kind} {id}"))
            .action
    };
    assert_eq!(
        action(Kind::RoundOutcome, "outcome-round-eu-kz-2"),
        MergeAction::Update
    );
    assert_eq!(action(Kind::AskResult, "r-bob"), MergeAction::Insert);
    alice.import_bundle(&from_bob).unwrap();
    assert_eq!(
        alice
            .get::<RoundOutcome>("outcome-round-eu-kz-2")
            .unwrap()
            .statement_quote
            .as_deref(),
        Some("Corrected words of the statement.")
    );
    assert!(alice.get::<AskResult>("r-bob").is_ok());

    // Bob makes the debrief public: Alice keeps it restricted unless she chooses.
    let mut o = bob.get::<RoundOutcome>("outcome-round-eu-kz-2").unwrap();
    o.debrief_sensitivity = Sensitivity::Public;
    bob.update(o, ts("2026-03-01T00:00:00Z")).unwrap();
    let from_bob = bundle_of(&bob, "Bob", "2026-03-10T00:00:00Z");
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    let item = plan
        .items
        .iter()
        .find(|i| i.kind == Kind::RoundOutcome)
        .unwrap();
    assert_eq!(item.action, MergeAction::Conflict);
    alice.import_bundle(&from_bob).unwrap();
    assert_eq!(
        alice
            .get::<RoundOutcome>("outcome-round-eu-kz-2")
            .unwrap()
            .debrief_sensitivity,
        Sensitivity::Restricted
    );
    let mut choices = Resolutions::default();
    choices.set(
        Kind::RoundOutcome,
        "outcome-round-eu-kz-2",
        Choice::TakeTheirs,
    );
    alice.import_bundle_with(&from_bob, &choices).unwrap();
    assert_eq!(
        alice
            .get::<RoundOutcome>("outcome-round-eu-kz-2")
            .unwrap()
            .debrief_sensitivity,
        Sensitivity::Public
    );
}

#[test]
fn version_1_leaves_outcomes_results_and_the_round_of_a_commitment_out_and_says_so() {
    let mut lib = demo_library();
    let mut c = lib.list::<Commitment>().unwrap().remove(0);
    c.round_id = Some("round-eu-kz-2".into());
    lib.update(c, now()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.json");
    let written = lib
        .write_bundle_as(
            &ExportScope::All,
            RestrictedRecords::Sent,
            None,
            &path,
            now(),
            1,
        )
        .unwrap();
    assert_eq!(written.version, 1);
    let left = |field: &str| {
        written
            .left_out
            .iter()
            .find(|l| l.field == field)
            .map(|l| l.records)
    };
    assert_eq!(left("round_outcomes"), Some(1));
    assert_eq!(left("ask_results"), Some(5));
    assert_eq!(left("commitments.round_id"), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(json.get("round_outcomes").is_none());
    assert!(json.get("ask_results").is_none());
    assert!(json["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c.get("round_id").is_none()));
    // Read back, it is a version 1 bundle with nothing of the outcome.
    let back = Bundle::parse(&std::fs::read(&path).unwrap()).unwrap();
    assert!(back.records.round_outcomes.is_empty());

    // A file that says version 1 but carries an outcome is refused, naming it.
    let mut raw = json.clone();
    raw["round_outcomes"] = serde_json::json!([{"id": "o", "round_id": "round-eu-kz-2"}]);
    let err = Bundle::parse(&serde_json::to_vec(&raw).unwrap())
        .unwrap_err()
        .to_string();
    assert!(err.contains("round_outcomes"), "{err}");
}

#[test]
fn restricted_results_and_debriefs_stay_behind_unless_sent() {
    let mut lib = demo_library();
    let mut o = lib.get::<RoundOutcome>("outcome-round-eu-kz-2").unwrap();
    assert!(o.translations.0["ru"].contains_key("debrief"));
    // A public outcome elsewhere keeps its debrief.
    let mut public = outcome("o1", "round-eu-kz-1");
    public.debrief_sensitivity = Sensitivity::Public;
    public.debrief = Some("Shareable debrief.".into());
    lib.create(public, now()).unwrap();
    o.translations
        .0
        .get_mut("ru")
        .unwrap()
        .insert("debrief".into(), "Тоже закрыто.".into());
    lib.update(o, now()).unwrap();
    let mut secret = result(
        "r-secret",
        "outcome-round-eu-kz-2",
        "ask-media-law",
        AskRaised::NotRaised,
    );
    secret.evidence = Some("An official admitted the pangolin memo.".into());
    secret.sensitivity = Sensitivity::Restricted;
    lib.create(secret, now()).unwrap();

    let sent = without_restricted(&lib.snapshot().unwrap());
    let o2 = sent
        .round_outcomes
        .iter()
        .find(|o| o.id == "outcome-round-eu-kz-2")
        .expect("the outcome leaves");
    assert_eq!(o2.debrief, None);
    // The debrief's translations stay behind with it; the note on what is illustrative
    // (not restricted) goes.
    assert!(
        o2.translations
            .0
            .values()
            .all(|f| !f.contains_key("debrief")),
        "{:?}",
        o2.translations
    );
    assert!(o2.translations.get("ru", "illustrative").is_some());
    assert_eq!(o2.debrief_sensitivity, Sensitivity::Restricted);
    assert!(o2.statement_quote.is_some());
    let o1 = sent.round_outcomes.iter().find(|o| o.id == "o1").unwrap();
    assert_eq!(o1.debrief.as_deref(), Some("Shareable debrief."));
    assert!(sent.ask_results.iter().all(|r| r.id != "r-secret"));
    assert!(sent
        .ask_results
        .iter()
        .all(|r| r.id != "result-round-eu-kz-2-benchmarks-in-pca"));
    assert_eq!(sent.ask_results.len(), 4);

    // What the bundle holds, in the preview and in the file.
    let preview = lib
        .preview_bundle(&ExportScope::All, RestrictedRecords::LeftOut)
        .unwrap();
    assert!(preview
        .restricted_left_out
        .iter()
        .any(|i| i.kind == Kind::AskResult && i.id == "r-secret"));
    assert!(preview
        .records
        .iter()
        .any(|i| i.kind == Kind::RoundOutcome && i.id == "outcome-round-eu-kz-2"));
    let bundle = lib
        .bundle_for(&ExportScope::All, RestrictedRecords::LeftOut, now())
        .unwrap();
    let json = String::from_utf8(bundle.to_json()).unwrap();
    assert!(!json.contains("asked us not to quote them"), "{json}");
    assert!(!json.contains("Тоже закрыто"));
    assert!(!json.contains("pangolin"));
    assert!(!json.contains("the Kazakh side refused to discuss benchmarks, and"));
    // It imports on its own, and the receiver's debrief stays restricted.
    let mut other = Library::open_in_memory().unwrap();
    other
        .import_bundle(&Bundle::parse(json.as_bytes()).unwrap())
        .unwrap();
    let received = other.get::<RoundOutcome>("outcome-round-eu-kz-2").unwrap();
    assert_eq!(received.debrief, None);
    assert_eq!(received.debrief_sensitivity, Sensitivity::Restricted);

    // Sent when the sender chooses so.
    let all = lib
        .bundle_for(&ExportScope::All, RestrictedRecords::Sent, now())
        .unwrap();
    let json = String::from_utf8(all.to_json()).unwrap();
    assert!(json.contains("asked us not to quote them"));
    assert!(json.contains("pangolin"));
    assert_eq!(all.records.ask_results.len(), 6);
    assert!(json.contains("the Kazakh side refused to discuss benchmarks, and"));
}

#[test]
fn an_outcome_without_a_stated_debrief_sensitivity_is_restricted() {
    let text = r#"{"format":"roundbook-bundle","version":2,
        "round_outcomes":[{"id":"o","round_id":"r","debrief":"notes"}]}"#;
    let b = Bundle::parse(text.as_bytes()).unwrap();
    assert_eq!(
        b.records.round_outcomes[0].debrief_sensitivity,
        Sensitivity::Restricted
    );
    // A result states its sensitivity.
    let text = r#"{"format":"roundbook-bundle","version":2,
        "ask_results":[{"id":"x","outcome_id":"o","ask_id":"a","result":"raised"}]}"#;
    let err = Bundle::parse(text.as_bytes()).unwrap_err().to_string();
    assert!(err.contains("sensitivity"), "{err}");
    let text = text.replace("\"raised\"", "\"raised\",\"sensitivity\":\"public\"");
    assert!(Bundle::parse(text.as_bytes()).is_ok());
    let bad = text.replace("\"raised\"", "\"shouted\"");
    assert!(Bundle::parse(bad.as_bytes()).is_err());
}

// ----- saving an outcome with its results: one workflow, one transaction -----------------

/// What the library holds of an outcome and its results, in a comparable form.
fn stored(lib: &Library, outcome_id: &str) -> (Option<RoundOutcome>, Vec<AskResult>) {
    let outcome = lib.get::<RoundOutcome>(outcome_id).ok();
    let mut results: Vec<AskResult> = lib
        .list::<AskResult>()
        .unwrap()
        .into_iter()
        .filter(|r| r.outcome_id == outcome_id)
        .collect();
    results.sort_by(|a, b| a.id.cmp(&b.id));
    (outcome, results)
}

fn field_of(err: &Error) -> Option<&str> {
    match err {
        Error::Invalid { problems, .. } => problems.first().map(|p| p.field.as_str()),
        Error::DanglingReference { field, .. } => Some(field),
        _ => None,
    }
}

#[test]
fn saving_an_outcome_writes_it_with_exactly_the_results_given() {
    let mut lib = demo_library();
    // A new outcome with two results; an empty outcome id gets a fresh one, and the
    // results belong to it whatever outcome they said.
    let mut new = outcome("", "round-eu-kz-1");
    new.debrief = Some("First notes.".into());
    let saved = lib
        .save_outcome(
            new,
            vec![
                result("r-media", "", "ask-media-law", AskRaised::Raised),
                result(
                    "r-religion",
                    "elsewhere",
                    "ask-religion-law",
                    AskRaised::Unknown,
                ),
            ],
            now(),
        )
        .unwrap();
    assert!(saved.created);
    assert!(!saved.outcome.id.is_empty());
    assert_eq!(saved.results_created, 2);
    let id = saved.outcome.id.clone();
    let (o, results) = stored(&lib, &id);
    assert_eq!(o.as_ref(), Some(&saved.outcome));
    assert_eq!(o.unwrap().updated_at, Some(now()));
    assert_eq!(
        results.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["r-media", "r-religion"]
    );
    assert!(results.iter().all(|r| r.outcome_id == id));
    assert!(!lib
        .search("quokka", Some(Kind::AskResult), 10)
        .unwrap()
        .is_empty());

    // Saved again: one result changed, one dropped, one added; the outcome unchanged.
    let later = ts("2012-05-01T08:00:00Z");
    let mut changed = results[0].clone();
    changed.result = AskRaised::PartlyRaised;
    changed.evidence = Some("Only in passing.".into());
    let added = result(
        "r-added",
        &id,
        "ask-zhanaozen-investigation",
        AskRaised::NotRaised,
    );
    let saved = lib
        .save_outcome(saved.outcome.clone(), vec![changed.clone(), added], later)
        .unwrap();
    assert!(!saved.created);
    assert_eq!(
        (
            saved.results_created,
            saved.results_updated,
            saved.results_deleted,
            saved.results_unchanged
        ),
        (1, 1, 1, 0)
    );
    let (o, results) = stored(&lib, &id);
    // Nothing of the outcome changed: it is left alone, `updated_at` too.
    assert_eq!(o.unwrap().updated_at, Some(now()));
    assert_eq!(
        results.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["r-added", "r-media"]
    );
    let media = lib.get::<AskResult>("r-media").unwrap();
    assert_eq!(media.result, AskRaised::PartlyRaised);
    assert_eq!(media.evidence.as_deref(), Some("Only in passing."));
    assert_eq!(media.updated_at, Some(later));
    assert!(lib.get::<AskResult>("r-religion").is_err());
    assert!(lib
        .search("religion", Some(Kind::AskResult), 10)
        .unwrap()
        .iter()
        .all(|h| h.id != "r-religion"));

    // The same again changes nothing, `updated_at` included.
    let (o, results) = stored(&lib, &id);
    let again = lib
        .save_outcome(
            o.clone().unwrap(),
            results.clone(),
            ts("2012-06-01T08:00:00Z"),
        )
        .unwrap();
    assert_eq!(again.results_unchanged, 2);
    assert_eq!(stored(&lib, &id), (o, results));

    // No results: every result goes, the outcome stays.
    let (o, _) = stored(&lib, &id);
    lib.save_outcome(o.unwrap(), vec![], later).unwrap();
    assert!(stored(&lib, &id).1.is_empty());
    assert!(lib.get::<RoundOutcome>(&id).is_ok());
}

#[test]
fn a_refused_save_writes_nothing_of_the_outcome_or_its_results() {
    let mut lib = demo_library();
    let id = "outcome-round-eu-kz-2";
    let before = stored(&lib, id);
    let (outcome_before, results_before) = before.clone();
    assert_eq!(results_before.len(), 5);
    let mut edited = outcome_before.clone().unwrap();
    edited.statement_quote = Some("Words that must not land.".into());
    let later = ts("2026-01-01T00:00:00Z");

    // The results to save: one changed, one dropped (the last), and a new one.
    let mut given: Vec<AskResult> = results_before[..4].to_vec();
    given[0].evidence = Some("Changed evidence.".into());
    let mut bad = result("r-new", id, "ask-media-law", AskRaised::Raised);

    // Evidence too long: refused before the transaction, naming the result's field.
    bad.evidence = Some("x".repeat(20_001));
    let mut with_bad = given.clone();
    with_bad.push(bad.clone());
    let err = lib
        .save_outcome(edited.clone(), with_bad, later)
        .unwrap_err();
    assert_eq!(field_of(&err), Some("results[4].evidence"), "{err}");
    assert_eq!(stored(&lib, id), before);

    // An ask that does not exist: found inside the transaction, after the outcome was
    // updated and a result deleted and changed; all of it is rolled back.
    bad.evidence = None;
    bad.ask_id = "ask-nope".into();
    let mut with_bad = given.clone();
    with_bad.push(bad.clone());
    let err = lib
        .save_outcome(edited.clone(), with_bad, later)
        .unwrap_err();
    assert!(matches!(err, Error::DanglingReference { .. }), "{err:?}");
    assert_eq!(field_of(&err), Some("results[4].ask_id"), "{err}");
    assert_eq!(stored(&lib, id), before);
    assert!(lib.search("must not land", None, 10).unwrap().is_empty());

    // One ask twice, or an invalid outcome: refused, nothing written.
    bad.ask_id = given[1].ask_id.clone();
    let mut with_bad = given.clone();
    with_bad.push(bad.clone());
    let err = lib
        .save_outcome(edited.clone(), with_bad, later)
        .unwrap_err();
    assert_eq!(field_of(&err), Some("results[4].ask_id"), "{err}");
    let mut invalid = edited.clone();
    invalid.statement_url = Some("not a link".into());
    let err = lib.save_outcome(invalid, given.clone(), later).unwrap_err();
    assert_eq!(field_of(&err), Some("statement_url"), "{err}");
    // A result of another outcome is not this outcome's to take.
    lib.create(outcome("o1", "round-eu-kz-1"), now()).unwrap();
    lib.create(
        result("r-o1", "o1", "ask-media-law", AskRaised::Raised),
        now(),
    )
    .unwrap();
    let mut taken = given.clone();
    taken.push(result("r-o1", id, "ask-media-law", AskRaised::Raised));
    let err = lib.save_outcome(edited.clone(), taken, later).unwrap_err();
    assert_eq!(field_of(&err), Some("results[4].id"), "{err}");
    assert_eq!(stored(&lib, id), before);
    assert_eq!(lib.get::<AskResult>("r-o1").unwrap().outcome_id, "o1");

    // A second outcome for a round that has one is refused naming the round.
    let err = lib
        .save_outcome(outcome("o-again", "round-eu-kz-2"), vec![], later)
        .unwrap_err();
    assert_eq!(field_of(&err), Some("round_id"), "{err}");
    assert!(lib.get::<RoundOutcome>("o-again").is_err());

    // Fixed, the same save lands whole.
    let mut fixed = given.clone();
    bad.ask_id = "ask-media-law".into();
    fixed.push(bad);
    let saved = lib.save_outcome(edited, fixed, later).unwrap();
    assert_eq!(
        (
            saved.results_created,
            saved.results_updated,
            saved.results_deleted
        ),
        (1, 1, 1)
    );
    let (o, results) = stored(&lib, id);
    assert_eq!(
        o.unwrap().statement_quote.as_deref(),
        Some("Words that must not land.")
    );
    assert_eq!(results.len(), 5);
    assert!(results.iter().all(|r| r.id != results_before[4].id));
    assert_eq!(
        lib.get::<AskResult>(&results_before[0].id)
            .unwrap()
            .evidence
            .as_deref(),
        Some("Changed evidence.")
    );
}

// ----- a merge never erases our restricted debrief ---------------------------------------

/// The bundle `lib` sends without restricted material, as from `by`.
fn bundle_without_restricted(lib: &Library, by: &str, at: &str) -> Bundle {
    let b = export(
        &without_restricted(&lib.snapshot().unwrap()),
        &ExportScope::All,
        Some(ts(at)),
        Some(by.into()),
    );
    Bundle::parse(&b.to_json()).unwrap()
}

#[test]
fn an_outcome_sent_without_restricted_material_keeps_our_debrief() {
    let mut alice = demo_library();
    let id = "outcome-round-eu-kz-2";
    let ours = alice.get::<RoundOutcome>(id).unwrap();
    assert_eq!(ours.debrief_sensitivity, Sensitivity::Restricted);
    let debrief = ours.debrief.clone().expect("the demo has a debrief");
    let debrief_ru = ours.translations.0["ru"]["debrief"].clone();

    // Bob gets the outcome without its debrief, corrects the statement and sends it back,
    // again without restricted material.
    let mut bob = Library::open_in_memory().unwrap();
    bob.import_bundle(&bundle_without_restricted(
        &alice,
        "Alice",
        "2026-01-01T00:00:00Z",
    ))
    .unwrap();
    assert_eq!(bob.get::<RoundOutcome>(id).unwrap().debrief, None);

    // Unchanged apart from the debrief left out: nothing to merge.
    let unchanged = bundle_without_restricted(&bob, "Bob", "2026-01-02T00:00:00Z");
    let plan = alice.plan_bundle_import(&unchanged).unwrap();
    assert!(
        plan.items.iter().all(|i| i.kind != Kind::RoundOutcome),
        "{:#?}",
        plan.items
    );

    let mut o = bob.get::<RoundOutcome>(id).unwrap();
    o.statement_quote = Some("Bob's corrected statement.".into());
    bob.update(o, ts("2026-02-01T00:00:00Z")).unwrap();
    let from_bob = bundle_without_restricted(&bob, "Bob", "2026-02-10T00:00:00Z");
    assert_eq!(from_bob.records.round_outcomes[0].debrief, None);

    // The plan takes their statement, keeps our debrief and says so.
    let plan = alice.plan_bundle_import(&from_bob).unwrap();
    let item = plan
        .items
        .iter()
        .find(|i| i.kind == Kind::RoundOutcome && i.id == id)
        .expect("the outcome is in the plan");
    assert_eq!(item.action, MergeAction::Update);
    assert_eq!(item.changed_fields, ["statement_quote"]);
    assert_eq!(item.kept_fields, ["debrief", "translations"]);
    assert!(item.reason.contains("debrief"), "{}", item.reason);
    match &item.theirs {
        AnyRecord::RoundOutcome(t) => assert_eq!(t.debrief.as_deref(), Some(debrief.as_str())),
        other => panic!("{other:?}"),
    }

    let report = alice.import_bundle(&from_bob).unwrap();
    let merged = alice.get::<RoundOutcome>(id).unwrap();
    assert_eq!(
        merged.statement_quote.as_deref(),
        Some("Bob's corrected statement.")
    );
    assert_eq!(merged.debrief.as_deref(), Some(debrief.as_str()));
    assert_eq!(merged.translations.0["ru"]["debrief"], debrief_ru);
    assert_eq!(merged.debrief_sensitivity, Sensitivity::Restricted);
    assert_eq!(merged.updated_at, Some(ts("2026-02-01T00:00:00Z")));
    assert_eq!(report.fields_kept.len(), 1);
    assert_eq!(report.fields_kept[0].id, id);
    assert_eq!(report.fields_kept[0].fields, ["debrief", "translations"]);
    // The debrief is still found.
    let words: String = debrief
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        alice
            .search(&words, Some(Kind::RoundOutcome), 10)
            .unwrap()
            .iter()
            .any(|h| h.id == id),
        "{words}"
    );

    // Importing the same bundle again changes nothing.
    assert!(alice.import_bundle(&from_bob).unwrap().changed_nothing());
    assert_eq!(alice.get::<RoundOutcome>(id).unwrap(), merged);

    // Bob makes the empty debrief public: our text is not made public with it.
    let mut o = bob.get::<RoundOutcome>(id).unwrap();
    o.debrief_sensitivity = Sensitivity::Public;
    bob.update(o, ts("2026-03-01T00:00:00Z")).unwrap();
    let from_bob = bundle_without_restricted(&bob, "Bob", "2026-03-10T00:00:00Z");
    let mut choices = Resolutions::default();
    choices.set(Kind::RoundOutcome, id, Choice::TakeTheirs);
    alice.import_bundle_with(&from_bob, &choices).unwrap();
    let merged = alice.get::<RoundOutcome>(id).unwrap();
    assert_eq!(merged.debrief.as_deref(), Some(debrief.as_str()));
    assert_eq!(merged.debrief_sensitivity, Sensitivity::Restricted);
}

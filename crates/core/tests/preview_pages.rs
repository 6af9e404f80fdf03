//! The builder's live preview: the pages it shows are the bytes export writes; a
//! cancelled export writes and records nothing.

mod common;

use std::cell::Cell;

use common::*;
use roundbook_core::model::Timestamp;
use roundbook_core::pack::{
    options_for, outline, Audience, ItemRef, ItemState, PackError, PackStep, Paper, Selection,
};
use roundbook_core::{Error, ErrorCode, Library};

fn now() -> Timestamp {
    ts("2012-04-02T08:00:00Z")
}

fn round_3(audience: Audience) -> Selection {
    Selection {
        round_id: "round-eu-kz-3".into(),
        audience,
        ..Selection::default()
    }
}

#[test]
fn the_preview_is_byte_for_byte_what_export_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = demo_library();
    for (audience, paper) in [
        (Audience::External, Paper::A4),
        (Audience::Internal, Paper::Letter),
    ] {
        let sel = round_3(audience);
        let pages = lib
            .render_pack_preview(&sel, paper, now(), &|| false)
            .unwrap();
        let out = dir.path().join(format!("{}.pdf", audience.as_str()));
        let made = lib
            .make_pack(&sel, paper, now(), &out, false, &mut |_| {})
            .unwrap();
        let written = std::fs::read(&out).unwrap();
        assert!(pages.pdf == written, "the preview's bytes are the file's");
        assert_eq!(pages.page_count as usize, made.page_count);
    }
}

#[test]
fn the_preview_says_where_each_heading_and_finding_is() {
    let lib = demo_library();
    let sel = round_3(Audience::External);
    let pages = lib
        .render_pack_preview(&sel, Paper::A4, now(), &|| false)
        .unwrap();
    let preview = lib.preview_pack(&sel, now().date()).unwrap();
    let pack = lib.assemble_pack(&sel).unwrap();
    // Every area's section is an anchor, on the page the contents give it.
    for area in &pack.areas {
        let entry = pages
            .contents
            .iter()
            .find(|e| e.anchor.as_deref() == Some(area.id.as_str()))
            .unwrap_or_else(|| panic!("a contents entry anchored at {}", area.id));
        assert_eq!(pages.anchors.get(&area.id), Some(&entry.page));
    }
    // The contents of the rendered pages are the outline's (the pack laid out alone).
    let outline = outline(&pack, &options_for(&pack, Paper::A4, now())).unwrap();
    assert_eq!(pages.contents, outline.entries);
    assert_eq!(pages.page_count, outline.page_count);
    assert!(pages.anchors.contains_key("sources"));
    assert!(pages
        .anchors
        .values()
        .all(|&p| p >= 1 && p <= pages.page_count));
    assert_eq!(preview.finding_anchors.len(), preview.findings.len());
    for (f, anchor) in preview.findings.iter().zip(&preview.finding_anchors) {
        if let Some(a) = anchor {
            assert!(pages.anchors.contains_key(a), "{:?} {} → {a}", f.kind, f.id);
        }
    }
}

#[test]
fn a_stale_preview_stops_before_rendering() {
    let lib = demo_library();
    let err = lib
        .render_pack_preview(&round_3(Audience::External), Paper::A4, now(), &|| true)
        .unwrap_err();
    assert!(matches!(err, Error::Pack(PackError::Cancelled)));
    assert_eq!(err.code(), ErrorCode::Cancelled);
}

#[test]
fn a_cancelled_export_leaves_no_file_and_no_record() {
    // Cancelled while assembling (before rendering), and while rendering (before saving).
    for cancel_at in [PackStep::Assembling, PackStep::Rendering] {
        let dir = tempfile::tempdir().unwrap();
        let mut lib: Library = demo_library();
        let out = dir.path().join("pack.pdf");
        let asked = Cell::new(false);
        let mut steps = Vec::new();
        let err = lib
            .make_pack_unless(
                &round_3(Audience::External),
                Paper::A4,
                now(),
                &out,
                false,
                &mut |step| {
                    steps.push(step);
                    if step == cancel_at {
                        asked.set(true);
                    }
                },
                &|| asked.get(),
            )
            .unwrap_err();
        assert!(matches!(err, Error::Pack(PackError::Cancelled)), "{err}");
        assert!(!steps.contains(&PackStep::Saving), "{steps:?}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(
            left.is_empty(),
            "no file, not even a temporary one: {left:?}"
        );
        assert!(lib.pack_summaries().unwrap().is_empty(), "no pack recorded");
    }
}

#[test]
fn the_builder_sees_what_the_pack_holds_and_what_became_of_the_rest() {
    let lib = demo_library();
    let whole = lib.assemble_pack(&round_3(Audience::External)).unwrap();
    let left = whole.incidents[0].id.clone();
    let sel = Selection {
        excluded: vec![ItemRef {
            kind: roundbook_core::model::Kind::Incident,
            id: left.clone(),
        }],
        ..round_3(Audience::External)
    };
    let pack = lib.assemble_pack(&sel).unwrap();
    let preview = lib.preview_pack(&sel, now().date()).unwrap();

    let counts = preview.pack.counts;
    assert_eq!(counts.incidents as usize, pack.incidents.len());
    assert_eq!(counts.commitments as usize, pack.commitments.len());
    assert_eq!(counts.sources as usize, pack.sources.len());
    let asks: usize = pack.areas.iter().map(|a| a.asks.len()).sum();
    assert_eq!(counts.asks as usize, asks);
    assert_eq!(preview.pack.withheld as usize, pack.withheld);
    let benchmarks: usize = pack.areas.iter().map(|a| a.benchmarks.len()).sum();
    assert_eq!(preview.pack.scorecard.len(), benchmarks);

    let state_of = |id: &str| {
        preview
            .incidents
            .iter()
            .find(|c| c.item.id == id)
            .map(|c| c.state)
    };
    assert_eq!(state_of(&left), Some(ItemState::LeftOut));
    for i in &pack.incidents {
        assert_eq!(state_of(&i.id), Some(ItemState::Included), "{}", i.id);
    }
    let included = preview
        .incidents
        .iter()
        .filter(|c| c.state == ItemState::Included)
        .count();
    assert_eq!(included, pack.incidents.len());
    // The demo's external pack withholds restricted incidents: listed, not included.
    assert!(pack.withheld > 0);
    assert!(preview
        .incidents
        .iter()
        .any(|c| c.state == ItemState::Withheld));
    assert_eq!(
        preview.findings,
        lib.check_pack(&sel, now().date()).unwrap()
    );
}

#[test]
fn a_long_packs_first_pages_come_first_and_the_whole_pdf_after_them() {
    use roundbook_core::exchange::synthetic;
    use roundbook_core::pack::{FIRST_PAGES, LONG_PACK_PAGES};
    let mut lib = Library::open_in_memory().unwrap();
    lib.import_bundle(&synthetic::bundle(synthetic::Size::incidents(400), 7))
        .unwrap();
    let sel = Selection {
        round_id: "round-10".into(),
        audience: Audience::Internal,
        since: Some("2010-01-01".parse().unwrap()),
        ..Selection::default()
    };
    let prepared = lib.prepare_pack(&sel, Paper::A4, now()).unwrap();
    let mut heads = Vec::new();
    let whole = prepared
        .pages_first_pages_first(&mut |p| heads.push(p), &|| false)
        .unwrap();
    assert!(
        whole.page_count as usize > LONG_PACK_PAGES,
        "a long pack: {} pages",
        whole.page_count
    );
    // The whole PDF is the one export writes.
    assert!(whole.pdf == prepared.render().unwrap().pdf);
    assert_eq!(whole.pdf_pages, whole.page_count);

    let [head] = &heads[..] else {
        panic!("{} first looks", heads.len())
    };
    assert_eq!(head.pdf_pages as usize, FIRST_PAGES);
    assert_eq!(head.page_count, whole.page_count);
    assert_eq!(head.anchors, whole.anchors);
    assert_eq!(head.contents, whole.contents);
    assert_eq!(pdf::info_field(&head.pdf, "Pages"), FIRST_PAGES.to_string());
    pdf::qpdf_check(&head.pdf).unwrap();
    for page in 1..=FIRST_PAGES {
        assert_eq!(
            pdf::text(&head.pdf, Some(page)),
            pdf::text(&whole.pdf, Some(page)),
            "page {page}"
        );
    }

    // A newer change while the first pages were on their way: the rest is not written.
    let asked = Cell::new(0);
    let err = prepared
        .pages_first_pages_first(&mut |_| asked.set(1), &|| asked.get() == 1)
        .unwrap_err();
    assert!(matches!(err, Error::Pack(PackError::Cancelled)));
}

#[test]
fn a_short_pack_is_written_whole_at_once() {
    use roundbook_core::pack::LONG_PACK_PAGES;
    let lib = demo_library();
    let area = lib
        .assemble_pack(&round_3(Audience::External))
        .unwrap()
        .areas[0]
        .id
        .clone();
    let sel = Selection {
        concern_area_ids: vec![area],
        ..round_3(Audience::External)
    };
    let prepared = lib.prepare_pack(&sel, Paper::A4, now()).unwrap();
    let mut heads = 0;
    let whole = prepared
        .pages_first_pages_first(&mut |_| heads += 1, &|| false)
        .unwrap();
    assert!(
        whole.page_count as usize <= LONG_PACK_PAGES,
        "{} pages",
        whole.page_count
    );
    assert_eq!(heads, 0);
    assert!(whole.pdf == prepared.render().unwrap().pdf);
    assert_eq!(whole.pdf_pages, whole.page_count);
}

/// The builder asks for the same pack for its pages and its preview: it is assembled once
/// while the library is unchanged, and again after any write — by this connection or by
/// another program's.
#[test]
fn a_pack_is_assembled_once_until_the_library_changes() {
    use roundbook_core::model::{Incident, Sensitivity};
    use std::sync::Arc;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let mut lib = Library::open(&path, None).unwrap();
    lib.import_bundle(&demo_bundle()).unwrap();
    let sel = round_3(Audience::Internal);

    let first = lib.assembled_pack(&sel).unwrap();
    let prepared = lib.prepare_pack(&sel, Paper::A4, now()).unwrap();
    assert!(
        Arc::ptr_eq(&first, &prepared.pack),
        "the pages share the pack"
    );
    assert_eq!(*first, lib.assemble_pack(&sel).unwrap());
    let external = lib.assembled_pack(&round_3(Audience::External)).unwrap();
    assert!(!Arc::ptr_eq(&first, &external));
    assert!(first.incidents.len() > external.incidents.len());

    // A write by this connection: a new incident of area 1, since the last round.
    let incident: Incident = serde_json::from_value(serde_json::json!({
        "id": "inc-memo", "title": "Picket dispersed in Aktau", "occurred_on": "2012-03-01",
        "sensitivity": Sensitivity::Public, "concern_area_ids": [first.areas[0].id],
        "source_ids": ["src-appeal-2012"],
    }))
    .unwrap();
    lib.create(incident, now()).unwrap();
    let after = lib.assembled_pack(&sel).unwrap();
    assert!(!Arc::ptr_eq(&first, &after));
    assert!(after.incidents.iter().any(|i| i.id == "inc-memo"));
    assert!(!first.incidents.iter().any(|i| i.id == "inc-memo"));

    // A write by another program (the command line, say) on the same file.
    let mut other = Library::open(&path, None).unwrap();
    other
        .delete::<Incident>("inc-memo")
        .expect("the other connection deletes");
    let again = lib.assembled_pack(&sel).unwrap();
    assert!(!again.incidents.iter().any(|i| i.id == "inc-memo"));
    assert_eq!(*again, lib.assemble_pack(&sel).unwrap());
}

/// The builder's preview of a large pack sends the window the first few of its long lists
/// and how many there are in all; asked for all, it gives every one.
#[test]
fn a_preview_gives_the_first_of_its_long_lists_and_their_totals() {
    use roundbook_core::pack::Severity;

    let lib = demo_library();
    let sel = round_3(Audience::Internal);
    let today = now().date();
    let all = lib.preview_inputs(&sel).unwrap().preview(today, None);
    let first = lib.preview_inputs(&sel).unwrap().preview(today, Some(1));

    let recent = all.incidents.iter().filter(|c| c.item.recent).count();
    let earlier = all.incidents.len() - recent;
    assert!(recent > 1 && earlier > 1, "the demo has several of each");
    let severity = |p: &roundbook_core::pack::PackPreview, s| {
        p.findings.iter().filter(|f| f.severity == s).count() as u32
    };
    assert_eq!(all.totals.recent_incidents as usize, recent);
    assert_eq!(all.totals.earlier_incidents as usize, earlier);
    assert_eq!(all.totals.warnings, severity(&all, Severity::Warning));
    assert!(
        all.totals.warnings > 1,
        "the demo's round 3 pack has warnings"
    );

    // The same totals, the first of each list.
    assert_eq!(first.totals, all.totals);
    assert_eq!(first.incidents.len(), 2);
    for recent in [true, false] {
        let of = |p: &roundbook_core::pack::PackPreview| {
            p.incidents
                .iter()
                .find(|c| c.item.recent == recent)
                .cloned()
        };
        assert_eq!(
            of(&first),
            of(&all),
            "the first of each list, as listed in all"
        );
    }
    for s in [Severity::Blocker, Severity::Warning, Severity::Note] {
        assert!(severity(&first, s) <= 1);
        assert_eq!(severity(&first, s) == 1, severity(&all, s) > 0);
    }
    assert_eq!(first.finding_anchors.len(), first.findings.len());
    // Everything else is the same.
    assert_eq!((first.pack, first.sources), (all.pack, all.sources));
}

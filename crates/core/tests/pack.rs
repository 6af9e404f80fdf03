//! Briefing packs: assembly on the demo library and on libraries built here, and the PDF
//! read back with poppler-utils and qpdf.

mod common;

use common::pdf;
use common::*;
use roundbook_core::dates::Date;
use roundbook_core::model::*;
use roundbook_core::pack::{
    self, Audience, Change, ItemRef, Pack, PackError, Paper, RenderOptions, Selection,
};
use roundbook_core::{Error, ErrorCode, Library};

fn now() -> Timestamp {
    ts("2012-04-02T08:00:00Z")
}

fn options(paper: Paper) -> RenderOptions {
    RenderOptions {
        renderer: roundbook_core::pack::RENDERER,
        paper,
        created_at: now(),
        document_id: "0123456789abcdef0123456789abcdef".into(),
    }
}

fn select(round: &str, audience: Audience) -> Selection {
    Selection {
        round_id: round.into(),
        audience,
        ..Default::default()
    }
}

fn build(lib: &Library, sel: &Selection) -> (Pack, Vec<u8>) {
    let pack = lib.assemble_pack(sel).unwrap();
    let rendered = pack::render(&pack, &options(Paper::A4)).unwrap();
    (pack, rendered.pdf)
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// The demo library plus: a restricted source and an incident citing only it, a round-4
/// ask, a benchmark assessed twice, and a second negotiation with its own material.
fn library() -> Library {
    let mut lib = demo_library();
    let t = ts("2012-03-21T09:00:00Z");
    lib.create(
        Source {
            id: "src-confidential-notes".into(),
            title: "Confidential interview notes on Dossier Nightjar".into(),
            publisher: Some("Field team".into()),
            published_on: None,
            url: None,
            accessed_on: None,
            kind: Some(SourceKind::Other),
            sensitivity: Sensitivity::Restricted,
            updated_at: None,
            illustrative: None,
        },
        t,
    )
    .unwrap();
    lib.create(
        Incident {
            language: None,
            translations: Default::default(),
            id: "inc-from-confidential".into(),
            title: "Witness Kestrel describes the night of the arrests".into(),
            occurred_on: "2012-02-10".parse().unwrap(),
            location: Some("Zhanaozen".into()),
            summary: Some("Account known only from confidential notes.".into()),
            people: vec!["Kestrel".into()],
            verification: Some(Verification::Unverified),
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec!["area-zhanaozen-investigation".into()],
            benchmark_ids: vec![],
            source_ids: vec!["src-confidential-notes".into()],
            updated_at: None,
            illustrative: None,
        },
        t,
    )
    .unwrap();
    lib.create(
        Ask {
            language: None,
            translations: Default::default(),
            id: "ask-round-4-only".into(),
            concern_area_id: "area-religion".into(),
            round_id: Some("round-eu-kz-4".into()),
            text: "Raise the June deadline for re-registration of religious groups".into(),
            position: Some(9),
            updated_at: None,
            benchmark_ids: vec![],
            illustrative: None,
        },
        t,
    )
    .unwrap();
    lib.create(
        Assessment {
            language: None,
            translations: Default::default(),
            id: "as-register-opposition-2012-01".into(),
            benchmark_id: "bm-register-opposition".into(),
            assessed_on: date("2012-01-20"),
            status: AssessmentStatus::Regressed,
            evidence: Some("Earlier assessment for the trend.".into()),
            source_ids: vec!["src-appeal-2012".into()],
            updated_at: None,
            illustrative: None,
        },
        t,
    )
    .unwrap();
    lib.create(
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
        t,
    )
    .unwrap();
    lib.create(
        ConcernArea {
            language: None,
            translations: Default::default(),
            id: "area-other".into(),
            title: "Area of the other talks".into(),
            negotiation_id: Some("neg-other".into()),
            summary: Some("Unrelated background text Quetzal.".into()),
            position: Some(1),
            source_ids: vec![],
            updated_at: None,
            illustrative: None,
        },
        t,
    )
    .unwrap();
    lib.create(
        Incident {
            language: None,
            translations: Default::default(),
            id: "inc-other".into(),
            title: "Incident of the other talks Quetzal".into(),
            occurred_on: "2012-03".parse().unwrap(),
            location: None,
            summary: None,
            people: vec![],
            verification: None,
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec!["area-other".into()],
            benchmark_ids: vec![],
            source_ids: vec![],
            updated_at: None,
            illustrative: None,
        },
        t,
    )
    .unwrap();
    lib
}

#[test]
fn the_demo_pack_has_what_the_round_needs_and_nothing_else() {
    let lib = library();
    let (pack, bytes) = build(&lib, &select("round-eu-kz-3", Audience::External));
    let text = pdf::flat_text(&bytes);
    // Cover, areas, statuses, incidents, asks.
    for expected in [
        "EU–Kazakhstan enhanced",
        "For European Union officials",
        "Political participation",
        "Freedom of religion",
        "Register the major opposition party that has been denied registration",
        "Not met",
        "Partially met",
        "Regressed",
        "Large-scale protest in Almaty against election results and arrests",
        "Round 2 (24–25 January 2012)",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    for ask in pack.areas.iter().flat_map(|a| &a.asks) {
        let words: Vec<&str> = ask.text.split_whitespace().take(6).collect();
        assert!(text.contains(&words.join(" ")), "ask {:?} missing", ask.id);
    }
    // Not: another round's ask, another negotiation's material, restricted material.
    assert!(
        !text.contains("June deadline"),
        "an ask for round 4 leaked into round 3"
    );
    assert!(
        !text.contains("Quetzal"),
        "another negotiation's material leaked"
    );
    assert!(
        !text.contains("Kestrel"),
        "an incident citing only a restricted source leaked"
    );
    assert!(!text.contains("Nightjar"), "a restricted source leaked");
    assert!(
        !text.contains("allegations of torture of detainees")
            || !text.contains("Marked restricted"),
        "the restricted incident leaked"
    );
    let restricted = lib
        .get::<Incident>("inc-zhanaozen-torture-allegations")
        .unwrap();
    assert!(!text.contains(&restricted.title));
    // The restricted incident, the incident citing only a restricted source, and the
    // restricted result of Round 2's outcome.
    assert_eq!(pack.withheld, 3, "withheld {}", pack.withheld);

    // The internal pack has all of it (but still not the other round's ask).
    let (ipack, ibytes) = build(&lib, &select("round-eu-kz-3", Audience::Internal));
    let itext = pdf::flat_text(&ibytes);
    assert!(itext.contains("Internal — do not distribute"));
    assert!(itext.contains(&restricted.title));
    assert!(itext.contains("Kestrel"));
    assert!(itext.contains("Nightjar"));
    assert!(itext.contains("RESTRICTED"));
    assert!(!itext.contains("June deadline"));
    assert_eq!(ipack.withheld, 0);
    // Round 4 has its own ask.
    let (_, r4) = build(&lib, &select("round-eu-kz-4", Audience::External));
    assert!(pdf::flat_text(&r4).contains("June deadline"));
}

#[test]
fn incidents_are_split_at_the_previous_round_and_assessments_give_the_change() {
    let lib = library();
    let pack = lib
        .assemble_pack(&select("round-eu-kz-3", Audience::External))
        .unwrap();
    assert_eq!(pack.previous_round.as_ref().unwrap().id, "round-eu-kz-2");
    assert_eq!(pack.since, Some(date("2012-01-24")));
    for i in &pack.incidents {
        assert_eq!(
            i.recent,
            i.occurred_on.latest() >= date("2012-01-24"),
            "{}",
            i.id
        );
        assert!(i.occurred_on.earliest() <= date("2012-04-11"));
    }
    let sokolova_sentenced = pack
        .incidents
        .iter()
        .position(|i| i.id == "inc-sokolova-sentenced")
        .unwrap();
    let crackdown = pack
        .areas
        .iter()
        .find(|a| a.id == "area-crackdown")
        .unwrap();
    assert!(crackdown.incidents_earlier.contains(&sokolova_sentenced));
    assert!(!crackdown.incidents_since.contains(&sokolova_sentenced));
    // Round 2's pack leaves out incidents after round 2 entirely.
    let r2 = lib
        .assemble_pack(&select("round-eu-kz-2", Audience::External))
        .unwrap();
    assert!(r2
        .incidents
        .iter()
        .all(|i| i.occurred_on.earliest() <= date("2012-01-25")));
    assert!(!r2.incidents.iter().any(|i| i.id == "inc-sokolova-released"));

    // Assessed 2012-01-20 (regressed) and 2012-03-20 (not met): improved since round 2.
    let b = pack.benchmark("bm-register-opposition").unwrap();
    assert_eq!(b.current.as_ref().unwrap().status, AssessmentStatus::NotMet);
    assert_eq!(
        b.previous.as_ref().unwrap().status,
        AssessmentStatus::Regressed
    );
    assert_eq!(b.change, Change::Improved);
    assert_eq!(b.trend.len(), 2);
    // Sokolova: assessed only on 2012-03-20 (the appeal says nothing of an earlier
    // assessment): new since round 2, not "improved".
    let s = pack.benchmark("bm-sokolova-acquittal").unwrap();
    assert_eq!(s.change, Change::New);
    // Only assessed after round 2: new.
    assert_eq!(
        pack.benchmark("bm-religion-stop-closures").unwrap().change,
        Change::New
    );
    // A "since" date of the user's choice.
    let mut sel = select("round-eu-kz-3", Audience::External);
    sel.since = Some(date("2012-03-01"));
    let p = lib.assemble_pack(&sel).unwrap();
    assert_eq!(p.since, Some(date("2012-03-01")));
    assert!(
        p.incidents.iter().filter(|i| i.recent).count()
            < pack.incidents.iter().filter(|i| i.recent).count()
    );
}

#[test]
fn sources_are_numbered_in_order_of_first_citation_and_link_where_they_have_urls() {
    let lib = library();
    let (pack, bytes) = build(&lib, &select("round-eu-kz-3", Audience::External));
    let numbers: Vec<u32> = pack.sources.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=pack.sources.len() as u32).collect::<Vec<_>>());
    // The first note the pack prints is source 1: the round's own sources (the summary's
    // first paragraph), else the first section's.
    let first = pack.round.notes.first().copied().or_else(|| {
        pack.areas[0].notes.first().copied().or_else(|| {
            pack.areas[0].benchmarks[0]
                .current
                .as_ref()
                .and_then(|c| c.notes.first().copied())
        })
    });
    assert_eq!(first, Some(1));
    let with_urls: Vec<String> = {
        let mut v: Vec<String> = pack.sources.iter().filter_map(|s| s.url.clone()).collect();
        v.sort();
        v
    };
    assert!(!with_urls.is_empty());
    assert_eq!(
        pdf::uri_links(&bytes),
        with_urls,
        "one live link per cited source with a URL"
    );
}

#[test]
fn the_pdf_is_well_formed_with_correct_contents_page_numbers_and_footers() {
    let lib = library();
    let (pack, bytes) = build(&lib, &select("round-eu-kz-3", Audience::External));
    pdf::qpdf_check(&bytes).unwrap();
    let pages = pdf::pages(&bytes);
    let n = pages.len();
    assert_eq!(pdf::info_field(&bytes, "Pages"), n.to_string());
    assert!(
        pdf::info_field(&bytes, "Page size").contains("595.276 x 841.89"),
        "A4"
    );
    assert_eq!(
        pdf::info_field(&bytes, "Author"),
        "Roundbook",
        "no organisation is set"
    );
    assert!(pdf::info_field(&bytes, "Title").contains("Round 3"));
    // Footer on every page after the cover, with the right total.
    assert!(!pages[0].contains("Page 1 of"));
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert!(
            page.contains(&format!("Page {} of {n}", i + 1)),
            "page {} lacks its footer",
            i + 1
        );
        assert!(
            page.contains("For European Union officials"),
            "page {} lacks the marking",
            i + 1
        );
    }
    // Contents: each area's entry points at the page where its section starts.
    let contents = &pages[1];
    for area in &pack.areas {
        let line = contents
            .lines()
            .find(|l| l.trim_start().starts_with(&area.title))
            .unwrap_or_else(|| panic!("{} not in contents", area.title));
        let page: usize = line.split_whitespace().last().unwrap().parse().unwrap();
        let body: Vec<&str> = pages[page - 1]
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        // The illustrative band (when there is one) and the running header come first;
        // the section title comes next.
        let first = if body[0].starts_with("ILLUSTRATIVE") {
            2
        } else {
            1
        };
        assert!(
            body[first].starts_with(&area.title[..area.title.len().min(30)]),
            "{} should start page {page}: {:?}",
            area.title,
            &body[..3]
        );
        // (The status grid, at the end of the summary, names each area on a line of
        // its own too.)
        let previous = &pages[page - 2];
        assert!(
            previous.contains("Status by round")
                || !previous.contains(&format!("\n{}\n", area.title)),
            "{} starts earlier than its contents entry says",
            area.title
        );
    }
    // Fonts: all embedded and subset, with Unicode maps.
    let fonts = pdf::fonts(&bytes);
    assert!(!fonts.is_empty());
    for (name, emb, sub, uni) in fonts {
        assert!(emb && sub && uni, "{name} emb={emb} sub={sub} uni={uni}");
        assert_eq!(name.find('+'), Some(6), "{name} is not a subset name");
    }
}

#[test]
fn kazakh_and_russian_text_extracts_correctly() {
    let mut lib = library();
    let mut settings = lib.settings().unwrap();
    settings.organisation =
        "Қазақстан Халықаралық Бюросы · Казахстанское международное бюро".into();
    lib.save_settings(&settings).unwrap();
    let (_, bytes) = build(&lib, &select("round-eu-kz-3", Audience::External));
    let text = pdf::flat_text(&bytes);
    assert!(text.contains("Жаңаөзен"), "Kazakh place name");
    assert!(text.contains("Алматы"));
    assert!(text.contains("Маңғыстау"));
    assert!(
        text.contains("Қазақстан Халықаралық Бюросы"),
        "Kazakh organisation name on the cover"
    );
    assert!(text.contains("Казахстанское международное бюро"));
    assert_eq!(
        pdf::info_field(&bytes, "Author"),
        "Қазақстан Халықаралық Бюросы · Казахстанское международное бюро"
    );
}

#[test]
fn two_renders_are_byte_identical_and_letter_is_letter() {
    let lib = library();
    let sel = select("round-eu-kz-3", Audience::External);
    let a = pack::render(&lib.assemble_pack(&sel).unwrap(), &options(Paper::A4)).unwrap();
    let b = pack::render(&lib.assemble_pack(&sel).unwrap(), &options(Paper::A4)).unwrap();
    assert_eq!(a.pdf, b.pdf);
    assert_eq!(a.sha256, b.sha256);
    let letter = pack::render(&lib.assemble_pack(&sel).unwrap(), &options(Paper::Letter)).unwrap();
    assert!(pdf::info_field(&letter.pdf, "Page size").contains("612 x 792"));
    let opts = pack::options_for(&lib.assemble_pack(&sel).unwrap(), Paper::A4, now());
    assert_eq!(
        opts,
        pack::options_for(&lib.assemble_pack(&sel).unwrap(), Paper::A4, now())
    );
}

#[test]
fn selections_are_checked() {
    let lib = library();
    let err = |sel: Selection| match lib.assemble_pack(&sel) {
        Err(Error::Pack(e)) => e,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        err(select("round-nope", Audience::External)),
        PackError::UnknownRound("round-nope".into())
    );
    let mut s = select("round-eu-kz-3", Audience::External);
    s.concern_area_ids = vec!["area-nope".into()];
    assert_eq!(err(s.clone()), PackError::UnknownArea("area-nope".into()));
    s.concern_area_ids = vec!["area-other".into()];
    assert!(matches!(
        err(s.clone()),
        PackError::AreaOfOtherNegotiation { .. }
    ));
    s.concern_area_ids = vec!["area-religion".into()];
    s.benchmark_ids = vec!["bm-nope".into()];
    assert_eq!(
        err(s.clone()),
        PackError::UnknownBenchmark("bm-nope".into())
    );
    s.benchmark_ids = vec!["bm-register-opposition".into()];
    assert!(matches!(
        err(s.clone()),
        PackError::BenchmarkOutsideAreas { .. }
    ));
    // A valid narrow selection.
    s.benchmark_ids = vec!["bm-unregistered-communities".into()];
    let p = lib.assemble_pack(&s).unwrap();
    assert_eq!(p.areas.len(), 1);
    assert_eq!(p.scorecard().count(), 1);
}

#[test]
fn items_left_out_by_the_user_stay_out() {
    let lib = library();
    let mut sel = select("round-eu-kz-3", Audience::External);
    sel.excluded = vec![
        ItemRef {
            kind: Kind::Incident,
            id: "inc-almaty-protest-2012-01-28".into(),
        },
        ItemRef {
            kind: Kind::Ask,
            id: "ask-assembly-law".into(),
        },
        ItemRef {
            kind: Kind::Commitment,
            id: "cm-nhrap-assembly".into(),
        },
    ];
    let (pack, bytes) = build(&lib, &sel);
    assert!(!pack
        .incidents
        .iter()
        .any(|i| i.id == "inc-almaty-protest-2012-01-28"));
    assert!(!pack.commitments.iter().any(|c| c.id == "cm-nhrap-assembly"));
    let text = pdf::flat_text(&bytes);
    assert!(!text.contains("Large-scale protest in Almaty against election results and arrests"));
    assert!(text.contains("Second large-scale protest in Almaty"));
}

#[test]
fn a_generated_pack_is_recorded_and_re_renders_to_the_same_bytes() {
    let mut lib = library();
    let sel = select("round-eu-kz-3", Audience::External);
    let pack = lib.assemble_pack(&sel).unwrap();
    let opts = options(Paper::A4);
    let rendered = pack::render(&pack, &opts).unwrap();
    let record = lib
        .record_pack(&pack, &opts, &rendered, Some("/tmp/pack.pdf"))
        .unwrap();
    let back = lib.pack_record(&record.id).unwrap();
    assert_eq!(back, record);
    assert_eq!(back.content, pack);
    assert_eq!(pack::rerender(&back).unwrap().pdf, rendered.pdf);
    lib.set_pack_file_path(&record.id, Some("/tmp/elsewhere.pdf"))
        .unwrap();
    assert_eq!(
        lib.pack_record(&record.id).unwrap().file_path.as_deref(),
        Some("/tmp/elsewhere.pdf")
    );
    assert_eq!(
        lib.set_pack_file_path("no-such-pack", None)
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    let list = lib.pack_summaries().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].round_title, "Round 3");
    // A round with a recorded pack cannot be deleted from under it.
    assert_eq!(
        lib.delete::<Round>("round-eu-kz-3").unwrap_err().code(),
        ErrorCode::InUse
    );
}

#[test]
fn the_last_pack_made_for_a_round_gives_its_choices_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open_in_memory().unwrap();
    lib.import_bundle(&demo_bundle()).unwrap();
    assert_eq!(lib.last_pack_choice("round-eu-kz-3").unwrap(), None);
    let first = Selection {
        round_id: "round-eu-kz-3".into(),
        ..Selection::default()
    };
    lib.make_pack(
        &first,
        Paper::A4,
        now(),
        &dir.path().join("1.pdf"),
        false,
        &mut |_| {},
    )
    .unwrap();
    let area = lib.snapshot().unwrap().concern_areas[0].id.clone();
    let second = Selection {
        round_id: "round-eu-kz-3".into(),
        audience: Audience::Internal,
        concern_area_ids: vec![area],
        ..Selection::default()
    };
    let later: Timestamp = "2030-01-01T00:00:00Z".parse().unwrap();
    lib.make_pack(
        &second,
        Paper::Letter,
        later,
        &dir.path().join("2.pdf"),
        false,
        &mut |_| {},
    )
    .unwrap();
    let last = lib.last_pack_choice("round-eu-kz-3").unwrap().unwrap();
    assert_eq!(last.selection.audience, Audience::Internal);
    assert_eq!(last.selection.concern_area_ids, second.concern_area_ids);
    assert_eq!(last.paper, Paper::Letter);
    assert_eq!(last.made_at, later);
    assert_eq!(lib.last_pack_choice("round-eu-kz-4").unwrap(), None);
}

#[test]
fn a_pack_recorded_in_an_older_format_reads_and_one_from_a_newer_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.roundbook");
    let mut lib = Library::open(&path, None).unwrap();
    lib.import_bundle(&demo_bundle()).unwrap();
    let selection = Selection {
        round_id: "round-eu-kz-3".into(),
        ..Selection::default()
    };
    let out = dir.path().join("pack.pdf");
    let made = lib
        .make_pack(&selection, Paper::A4, now(), &out, false, &mut |_| {})
        .unwrap();
    let first = std::fs::read(&out).unwrap();
    assert_eq!(
        lib.pack_record(&made.pack_id).unwrap().format,
        roundbook_core::pack::PACK_FORMAT
    );
    drop(lib);

    // As a library from before formats were kept has it: format 1, no layout version.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let options: String = conn
            .query_row("SELECT options FROM packs", [], |r| r.get(0))
            .unwrap();
        let mut options: serde_json::Value = serde_json::from_str(&options).unwrap();
        options.as_object_mut().unwrap().remove("renderer");
        conn.execute(
            "UPDATE packs SET format = 1, options = ?1",
            [options.to_string()],
        )
        .unwrap();
    }
    let mut lib = Library::open(&path, None).unwrap();
    let record = lib.pack_record(&made.pack_id).unwrap();
    assert_eq!((record.format, record.options.renderer), (1, 1));
    let again = dir.path().join("again.pdf");
    let rewritten = lib.rewrite_pack(&made.pack_id, &again).unwrap();
    assert!(rewritten.identical, "the same layout gives the same bytes");
    assert_eq!(std::fs::read(&again).unwrap(), first);
    drop(lib);

    // A record written by a newer program is refused, not misread.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("UPDATE packs SET format = 99", [])
        .unwrap();
    let lib = Library::open(&path, None).unwrap();
    let e = lib.pack_record(&made.pack_id).unwrap_err();
    assert!(e.to_string().contains("newer version of Roundbook"), "{e}");
}

/// `build` in a language.
fn build_in(lib: &Library, mut sel: Selection, lang: &str) -> (Pack, Vec<u8>) {
    sel.language = roundbook_core::i18n::Language::parse(lang).unwrap();
    build(lib, &sel)
}

fn incident(id: &str, on: &str, area: &str, summary: &str) -> Incident {
    Incident {
        language: None,
        translations: Default::default(),
        id: id.into(),
        title: format!("Incident {id}"),
        occurred_on: on.parse().unwrap(),
        location: None,
        summary: Some(summary.into()),
        people: vec![],
        verification: Some(Verification::Credible),
        sensitivity: Sensitivity::Public,
        concern_area_ids: vec![area.into()],
        benchmark_ids: vec![],
        source_ids: vec!["src-appeal-2012".into()],
        updated_at: None,
        illustrative: None,
    }
}

#[test]
fn the_scorecard_and_the_sections_word_each_change_the_same_way() {
    let mut lib = library();
    // Assessed on 20 March (regressed) and again on 6 April: both after round 2.
    lib.create(
        Assessment {
            language: None,
            translations: Default::default(),
            id: "as-religion-closures-2012-04".into(),
            benchmark_id: "bm-religion-stop-closures".into(),
            assessed_on: date("2012-04-06"),
            status: AssessmentStatus::Regressed,
            evidence: Some("Closures went on in early April.".into()),
            source_ids: vec!["src-appeal-2012".into()],
            updated_at: None,
            illustrative: None,
        },
        ts("2012-04-06T09:00:00Z"),
    )
    .unwrap();
    let sel = select("round-eu-kz-3", Audience::External);
    let (pack, _) = build_in(&lib, sel.clone(), "en");
    assert_eq!(
        pack.benchmark("bm-religion-stop-closures").unwrap().change,
        Change::Unchanged
    );
    for (lang, better, unchanged, new, confusing) in [
        (
            "en",
            "Better since Round 2 (was regressed)",
            "Unchanged: regressed",
            "No earlier assessment",
            "First assess",
        ),
        (
            "ru",
            "Лучше, чем на встрече «Раунд 2» (было: ухудшение)",
            "Без изменений: ухудшение",
            "Прежней оценки нет",
            "Впервые",
        ),
    ] {
        let (_, bytes) = build_in(&lib, sel.clone(), lang);
        let text = pdf::flat_text(&bytes);
        // Once in the scorecard, once in the benchmark's section.
        for words in [better, unchanged] {
            assert_eq!(
                text.matches(words).count(),
                2,
                "{lang}: {words:?} should be in the scorecard and the section"
            );
        }
        assert!(text.contains(new), "{lang}: {new:?}");
        assert!(!text.contains(confusing), "{lang}: {confusing:?}");
    }
}

#[test]
fn counts_take_the_plural_form_of_their_number_in_both_languages() {
    // The demo's sections list 1, 2 and 3 earlier incidents; four more before round 2
    // in the religion section make 5.
    let mut lib = library();
    let sel = select("round-eu-kz-3", Audience::External);
    let (_, en) = build_in(&lib, sel.clone(), "en");
    let (_, ru) = build_in(&lib, sel.clone(), "ru");
    for k in 0..4 {
        lib.create(
            incident(
                &format!("inc-earlier-{k}"),
                &format!("2011-11-0{}", k + 1),
                "area-religion",
                "An earlier event.",
            ),
            ts("2012-03-21T09:00:00Z"),
        )
        .unwrap();
    }
    let (_, en5) = build_in(&lib, sel.clone(), "en");
    let (_, ru5) = build_in(&lib, sel, "ru");
    let en = format!("{} {}", pdf::flat_text(&en), pdf::flat_text(&en5));
    let ru = format!("{} {}", pdf::flat_text(&ru), pdf::flat_text(&ru5));
    for expected in [
        "One earlier incident is listed in Annex A.",
        "2 earlier incidents are listed in Annex A.",
        "5 earlier incidents are listed in Annex A.",
    ] {
        assert!(en.contains(expected), "missing {expected:?}");
    }
    assert!(!en.contains("1 earlier incident are"));
    for expected in [
        "1 более ранний инцидент приведён в приложении А.",
        "2 более ранних инцидента приведены в приложении А.",
        "5 более ранних инцидентов приведены в приложении А.",
    ] {
        assert!(ru.contains(expected), "missing {expected:?}");
    }
    // What the command line says of a written pack.
    use roundbook_core::i18n::{format, Arg, Language};
    let written = |lang, n: u32| {
        format(
            lang,
            "cli-pack-written",
            &[
                ("file", Arg::from("p.pdf")),
                ("pages", Arg::from(n)),
                ("audience", Arg::from("external")),
                ("areas", Arg::from(n)),
                ("incidents", Arg::from(n)),
                ("sources", Arg::from(n)),
            ],
        )
    };
    assert_eq!(
        written(Language::En, 1),
        "wrote p.pdf (1 page, external audience, 1 concern area, 1 incident, 1 source)"
    );
    assert_eq!(
        written(Language::En, 2),
        "wrote p.pdf (2 pages, external audience, 2 concern areas, 2 incidents, 2 sources)"
    );
    assert_eq!(
        written(Language::En, 5),
        "wrote p.pdf (5 pages, external audience, 5 concern areas, 5 incidents, 5 sources)"
    );
    for (n, expected) in [(1, "1 страница"), (2, "2 страницы"), (5, "5 страниц")]
    {
        assert!(written(Language::Ru, n).contains(expected), "{n}");
    }
}

#[test]
fn a_quotation_inside_record_text_takes_the_inner_marks_in_both_languages() {
    let mut lib = library();
    lib.create(
        incident(
            "inc-nested-quotes",
            "2012-03-05",
            "area-political-participation",
            "The minister said \"the so-called \"opposition\" will not be registered\" on Monday.",
        ),
        ts("2012-03-21T09:00:00Z"),
    )
    .unwrap();
    let sel = select("round-eu-kz-3", Audience::External);
    for (lang, expected) in [
        (
            "en",
            "said “the so-called ‘opposition’ will not be registered” on Monday.",
        ),
        (
            "ru",
            "said «the so-called „opposition“ will not be registered» on Monday.",
        ),
    ] {
        let (_, bytes) = build_in(&lib, sel.clone(), lang);
        let text = pdf::flat_text(&bytes);
        assert!(text.contains(expected), "{lang}: missing {expected:?}");
        assert!(!text.contains('"'), "{lang}: a straight quote is left");
    }
}

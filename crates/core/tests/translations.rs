//! Records with translations, and packs in English and Russian: stored, searched,
//! validated, carried by bundles, printed in the pack's language or marked where a
//! translation is missing, and listed by the readiness check.

mod common;

use std::collections::BTreeMap;

use common::pdf;
use common::*;
use roundbook_core::dates::Date;
use roundbook_core::exchange::Bundle;
use roundbook_core::i18n::Language;
use roundbook_core::model::*;
use roundbook_core::pack::{
    self, Audience, FindingCode, Pack, Paper, RenderOptions, Selection, Severity,
};
use roundbook_core::{ErrorCode, Library};

fn now() -> Timestamp {
    ts("2012-04-02T08:00:00Z")
}

fn translations(language: &str, fields: &[(&str, &str)]) -> Translations {
    let mut all = BTreeMap::new();
    all.insert(
        language.to_string(),
        fields
            .iter()
            .map(|(f, t)| (f.to_string(), t.to_string()))
            .collect(),
    );
    Translations(all)
}

fn selection(language: Language) -> Selection {
    Selection {
        round_id: "round-eu-kz-3".into(),
        audience: Audience::External,
        language,
        ..Default::default()
    }
}

fn render(pack: &Pack) -> Vec<u8> {
    let options = RenderOptions {
        renderer: pack::RENDERER,
        paper: Paper::A4,
        created_at: now(),
        document_id: "0123456789abcdef0123456789abcdef".into(),
    };
    pack::render(pack, &options).unwrap().pdf
}

/// The demo library with: the political-participation area translated into Russian (a
/// word the demo does not use, to find it by), one benchmark without any translation, and
/// an incident written in Russian with an English translation of its title only.
fn library() -> Library {
    let mut lib = demo_library();
    let mut area: ConcernArea = lib.get("area-political-participation").unwrap();
    area.translations = translations(
        "ru",
        &[
            ("title", "Политическое участие"),
            (
                "summary",
                "Краеугольный вопрос: оппозиционные партии не могут участвовать в выборах.",
            ),
        ],
    );
    lib.update(area, now()).unwrap();
    let mut bm: Benchmark = lib.get("bm-register-opposition").unwrap();
    bm.translations = Translations::default();
    lib.update(bm, now()).unwrap();
    let mut incident: Incident = lib.get("inc-oil-workers-strike-2011").unwrap();
    incident.language = Some("ru".into());
    incident.title = "Забастовка нефтяников в Жанаозене".into();
    incident.translations = translations("en", &[("title", "Oil workers' strike in Zhanaozen")]);
    lib.update(incident, now()).unwrap();
    lib
}

#[test]
fn translations_are_stored_and_search_finds_a_record_by_them() {
    let lib = library();
    let area: ConcernArea = lib.get("area-political-participation").unwrap();
    assert_eq!(
        area.translations.get("ru", "title"),
        Some("Политическое участие")
    );
    assert_eq!(
        area.translations.get("ru-RU", "title"),
        Some("Политическое участие")
    );
    let hits = lib.search("Краеугольный", None, 10).unwrap();
    assert!(
        hits.iter().any(|h| h.id == "area-political-participation"),
        "{hits:?}"
    );
    let hits = lib.search("нефтяников", None, 10).unwrap();
    assert!(
        hits.iter().any(|h| h.id == "inc-oil-workers-strike-2011"),
        "{hits:?}"
    );
}

fn problems(err: &roundbook_core::Error) -> Vec<String> {
    match err {
        roundbook_core::Error::Invalid { problems, .. } => {
            problems.iter().map(|p| p.field.clone()).collect()
        }
        other => panic!("not a validation error: {other:?}"),
    }
}

#[test]
fn bad_translations_are_refused_and_change_nothing() {
    let mut lib = library();
    let before: Benchmark = lib.get("bm-lift-party-suspension").unwrap();
    let cases: Vec<(Translations, Option<&str>, &str)> = vec![
        // Into the record's own language.
        (
            translations("en", &[("title", "Lift")]),
            None,
            "translations.en",
        ),
        // A field that is not translatable (ids, quotations, dates are not).
        (
            translations("ru", &[("concern_area_id", "x")]),
            None,
            "translations.ru.concern_area_id",
        ),
        // Not a language tag.
        (
            translations("Russian!", &[("title", "x")]),
            None,
            "translations.Russian!",
        ),
        // The record's own language is not a tag either.
        (Translations::default(), Some("english"), "language"),
    ];
    for (t, language, field) in cases {
        let mut b = before.clone();
        b.translations = t;
        b.language = language.map(str::to_string);
        let err = lib.update(b, now()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Invalid, "{err:?}");
        assert!(
            problems(&err).iter().any(|p| p == field),
            "{field}: {err:?}"
        );
        let after: Benchmark = lib.get("bm-lift-party-suspension").unwrap();
        assert_eq!(after, before);
    }
    // Too long a translation: the original's limit applies.
    let mut b = before.clone();
    b.translations = translations("ru", &[("title", &"я".repeat(10_000))]);
    let err = lib.update(b, now()).unwrap_err();
    assert!(problems(&err).iter().any(|p| p == "translations.ru.title"));
}

#[test]
fn bundles_carry_translations_and_version_1_leaves_them_out() {
    let lib = library();
    let bundle = Bundle::from_snapshot(lib.snapshot().unwrap(), None, None);
    let json = bundle.to_json();
    let again = Bundle::parse(&json).unwrap();
    let mut copy = Library::open_in_memory().unwrap();
    copy.import_bundle(&again).unwrap();
    let area: ConcernArea = copy.get("area-political-participation").unwrap();
    assert_eq!(
        area.translations,
        lib.get::<ConcernArea>("area-political-participation")
            .unwrap()
            .translations
    );
    let incident: Incident = copy.get("inc-oil-workers-strike-2011").unwrap();
    assert_eq!(incident.language.as_deref(), Some("ru"));

    let (v1, left_out) = bundle.to_json_v1();
    assert!(
        left_out
            .iter()
            .any(|(f, _)| f == "concern_areas.translations"),
        "{left_out:?}"
    );
    assert!(left_out
        .iter()
        .any(|(f, n)| f == "incidents.language" && *n == 1));
    let text = String::from_utf8(v1.clone()).unwrap();
    assert!(!text.contains("\"translations\""));
    Bundle::parse(&v1).unwrap();

    // A file that says it is version 1 but carries translations is refused by name.
    let mut value: serde_json::Value = serde_json::from_slice(&v1).unwrap();
    value["concern_areas"][0]["translations"] = serde_json::json!({"ru": {"title": "x"}});
    let err = Bundle::parse(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert!(
        format!("{err:?}").contains("concern_areas[0].translations"),
        "{err:?}"
    );
}

#[test]
fn a_russian_pack_prints_translations_and_marks_the_rest() {
    let lib = library();
    let pack = lib.assemble_pack(&selection(Language::Ru)).unwrap();
    let area = pack
        .areas
        .iter()
        .find(|a| a.id == "area-political-participation")
        .unwrap();
    assert_eq!(area.title, "Политическое участие");
    assert_eq!(area.untranslated, None);
    let bm = area
        .benchmarks
        .iter()
        .find(|b| b.id == "bm-register-opposition")
        .unwrap();
    let u = bm.untranslated.as_ref().expect("the benchmark is marked");
    assert_eq!(u.language, "en");
    assert!(u.has("title"));
    // The incident is written in Russian: nothing to mark in a Russian pack.
    let inc = pack
        .incidents
        .iter()
        .find(|i| i.id == "inc-oil-workers-strike-2011")
        .unwrap();
    assert_eq!(inc.title, "Забастовка нефтяников в Жанаозене");
    assert_eq!(inc.untranslated, None);

    let text = pdf::flat_text(&render(&pack));
    assert!(text.contains("Политическое участие"));
    assert!(text.contains("Краеугольный вопрос"));
    assert!(
        text.contains(&format!("{} [EN]", bm.title)),
        "benchmark heading marked"
    );
    assert!(
        text.contains("ещё не переведены на русский язык"),
        "the legend"
    );

    // The readiness check lists what is untranslated, as warnings, once per record.
    let findings = pack::check(&pack, Date::new(2012, 4, 2).unwrap());
    let untranslated: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::Untranslated)
        .collect();
    assert!(untranslated.iter().all(|f| f.severity == Severity::Warning));
    assert!(untranslated
        .iter()
        .any(|f| f.id == "bm-register-opposition"));
    assert!(!untranslated
        .iter()
        .any(|f| f.id == "area-political-participation"));
    let mut ids: Vec<_> = untranslated.iter().map(|f| (f.kind, &f.id)).collect();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "one finding per record");
}

#[test]
fn an_english_pack_prints_a_russian_record_in_english_where_translated() {
    let lib = library();
    let pack = lib.assemble_pack(&selection(Language::En)).unwrap();
    let inc = pack
        .incidents
        .iter()
        .find(|i| i.id == "inc-oil-workers-strike-2011")
        .unwrap();
    assert_eq!(inc.title, "Oil workers' strike in Zhanaozen");
    // Its summary has no English text: printed in Russian? No — the demo's summary is
    // the original English text now said to be Russian, so it is marked [RU].
    let u = inc.untranslated.as_ref().expect("summary untranslated");
    assert_eq!(u.language, "ru");
    assert!(u.has("summary") && !u.has("title"));
    // Nothing else in the English pack is marked.
    assert!(
        pack.areas
            .iter()
            .all(|a| a.untranslated.is_none()
                && a.benchmarks.iter().all(|b| b.untranslated.is_none()))
    );
    let text = pdf::flat_text(&render(&pack));
    assert!(text.contains("[RU]"));
    assert!(text.contains("have no English translation yet"));
    assert!(!text.contains("[EN]"));
}

/// The English fixed words of the pack (every message of `i18n/en/pack.ftl` without
/// variables, long enough not to occur by chance in a record's text).
fn english_fixed_phrases() -> Vec<String> {
    let en = ["i18n/en/pack.ftl", "i18n/en/charts.ftl"]
        .map(|f| std::fs::read_to_string(repo_root().join(f)).unwrap())
        .join("\n");
    let mut phrases = Vec::new();
    for line in en.lines() {
        let Some((id, value)) = line.split_once(" = ") else {
            continue;
        };
        if id.starts_with('#') || id.starts_with(' ') || value.contains('{') {
            continue;
        }
        let value = value.trim();
        if value.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 6 {
            phrases.push(value.to_string());
        }
    }
    assert!(phrases.len() > 20, "{phrases:?}");
    phrases
}

#[test]
fn a_russian_pack_has_none_of_the_english_fixed_words() {
    // Every record of the demo translated or not, the fixed text is Russian: headings,
    // statuses, labels, the band, the page label, dates.
    let lib = demo_library();
    let pack = lib.assemble_pack(&selection(Language::Ru)).unwrap();
    let pdf_bytes = render(&pack);
    let text = pdf::flat_text(&pdf_bytes);
    for phrase in english_fixed_phrases() {
        assert!(
            !text.contains(&phrase),
            "the Russian pack says {phrase:?} in English"
        );
    }
    let pages = pdf::pages(&pdf_bytes);
    assert!(pages[1].contains("Страница 2 из"), "{}", pages[1]);
    // The round's date in Russian, quotation marks in Russian form.
    assert!(
        text.contains("10–11 апреля 2012 г."),
        "round dates in Russian"
    );
    assert!(
        !text.contains('“') && !text.contains('”'),
        "English quotation marks"
    );
    assert!(text.contains('«') && text.contains('»'));
    // The English pack of the same selection says them in English.
    let pack = lib.assemble_pack(&selection(Language::En)).unwrap();
    let en = pdf::flat_text(&render(&pack));
    assert!(en.contains("10–11 April 2012"), "round dates in English");
    assert!(en.contains("Page 2 of"));
}

#[test]
fn dates_in_both_languages() {
    let d = Date::new(2012, 9, 20).unwrap();
    assert_eq!(d.long_in(Language::En), "20 September 2012");
    assert_eq!(d.long_in(Language::Ru), "20 сентября 2012 г.");
    let d = Date::new(2012, 3, 1).unwrap();
    assert_eq!(d.long_in(Language::Ru), "1 марта 2012 г.");
}

#[test]
fn the_pdf_is_tagged_and_untranslated_passages_carry_their_language() {
    let lib = library();
    let count = |text: &str, what: &str| text.matches(what).count();
    for (language, english_passages) in [(Language::En, false), (Language::Ru, true)] {
        let pack = lib.assemble_pack(&selection(language)).unwrap();
        let bytes = render(&pack);
        pdf::qpdf_check(&bytes).unwrap();
        let objects = pdf::objects_text(&bytes);
        assert!(
            objects.contains("/MarkInfo <<\n    /Marked true"),
            "{language:?}"
        );
        assert!(objects.contains("/StructTreeRoot"));
        assert!(objects.contains("/ParentTree"));
        for role in [
            "/S /H1",
            "/S /H2",
            "/S /P",
            "/S /Table",
            "/S /TH",
            "/S /Link",
        ] {
            assert!(objects.contains(role), "{language:?}: no {role}");
        }
        assert!(count(&objects, "/StructParents") >= 2);
        // The catalog says the pack's language; in the Russian pack, what is printed
        // in English for want of a translation says so too.
        let lang = format!("/Lang ({})", language.tag());
        assert!(objects.contains(&lang), "{language:?}: no {lang}");
        let english = count(&objects, "/Lang (en)");
        if english_passages {
            assert!(english >= 2, "{english} passages in English");
            // An untranslated title printed as a heading: the heading says its language.
            let english_heading = objects.split("endobj").any(|o| {
                o.contains("/Lang (en)")
                    && ["/S /H1", "/S /H2", "/S /H3"].iter().any(|h| o.contains(h))
            });
            assert!(english_heading, "no heading in English");
            let text = pdf::flat_text(&bytes);
            assert!(text.contains("[EN]"));
        } else {
            assert_eq!(english, 1, "only the catalog is in English");
        }
    }
}

#[test]
fn the_note_on_what_is_illustrative_is_translated_or_marked() {
    let mut lib = library();
    // Round 3's note has a Russian translation in the demo; a commitment is given a
    // note in English only, and round 2 is marked illustrative with nothing said.
    let round: Round = lib.get("round-eu-kz-3").unwrap();
    let russian_note = round
        .translations
        .get("ru", "illustrative")
        .unwrap()
        .to_string();
    let english_note = "Only the date is invented for this test.";
    let mut r2: Round = lib.get("round-eu-kz-2").unwrap();
    r2.illustrative = Some(String::new());
    r2.translations.0.values_mut().for_each(|f| {
        f.remove("illustrative");
    });
    lib.update(r2, now()).unwrap();
    let mut commitment: Commitment = lib.get("cm-madrid-2007").unwrap();
    commitment.illustrative = Some(english_note.into());
    lib.update(commitment, now()).unwrap();

    let pack = lib.assemble_pack(&selection(Language::Ru)).unwrap();
    assert_eq!(
        pack.round.illustrative.as_deref(),
        Some(russian_note.as_str())
    );
    assert_eq!(pack.round.untranslated, None);
    assert_eq!(
        pack.previous_round
            .as_ref()
            .unwrap()
            .illustrative
            .as_deref(),
        Some(""),
        "marked with nothing said: still illustrative"
    );
    let c = pack
        .commitments
        .iter()
        .find(|c| c.id == "cm-madrid-2007")
        .expect("the commitment is in the pack");
    assert!(c.untranslated.as_ref().unwrap().has("illustrative"));

    let bytes = render(&pack);
    let text = pdf::flat_text(&bytes);
    let start = |s: &str| s.chars().take(40).collect::<String>();
    assert!(text.contains(&start(&russian_note)), "the translated note");
    assert!(
        text.contains(&format!("{english_note} [EN]")),
        "the English note, marked"
    );
    // The English note is a passage in English in the tagged PDF.
    let objects = pdf::objects_text(&bytes);
    assert!(objects.contains("/Lang (en)"));

    // The readiness check names the note as what is untranslated.
    let findings = pack::check(&pack, Date::new(2012, 4, 2).unwrap());
    assert!(findings.iter().any(|f| f.code == FindingCode::Untranslated
        && f.id == "cm-madrid-2007"
        && f.message.contains("illustrative")));

    // In English, the original notes with no mark.
    let pack = lib.assemble_pack(&selection(Language::En)).unwrap();
    let text = pdf::flat_text(&render(&pack));
    assert!(text.contains(english_note) && !text.contains("[EN]"));
    assert!(text.contains("Date, place and status are invented"));
}

#[test]
fn the_demo_library_note_follows_the_pack_language() {
    let mut lib = Library::open_in_memory().unwrap();
    assert!(lib.load_demo().unwrap());
    let english = roundbook_core::exchange::demo::demo_illustrative(Language::En);
    assert_eq!(lib.settings().unwrap().illustrative, english);
    let ru = lib.assemble_pack(&selection(Language::Ru)).unwrap();
    let note = ru.library_illustrative.as_deref().unwrap();
    assert!(
        note.starts_with("Это демонстрационная библиотека"),
        "{note}"
    );
    let text = pdf::flat_text(&render(&ru));
    assert!(text.contains("Это демонстрационная библиотека Roundbook"));
    assert!(!text.contains("This is Roundbook"));
    let en = lib.assemble_pack(&selection(Language::En)).unwrap();
    assert_eq!(en.library_illustrative.as_deref(), Some(english.as_str()));
    // A note the user wrote stays as written, whatever the pack's language.
    let mut settings = lib.settings().unwrap();
    settings.illustrative = "Our own words.".into();
    lib.save_settings(&settings).unwrap();
    let ru = lib.assemble_pack(&selection(Language::Ru)).unwrap();
    assert_eq!(ru.library_illustrative.as_deref(), Some("Our own words."));
}

#[test]
fn a_russian_pack_marks_the_outcome_texts_it_prints_untranslated() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = demo_library();
    // A result with evidence in English only, about an ask whose Russian words are gone.
    let mut result: AskResult = lib.get("result-round-eu-kz-2-drop-charges").unwrap();
    let evidence = "The delegation was told the charges were a matter for the courts.";
    result.evidence = Some(evidence.into());
    let ask_id = result.ask_id.clone();
    lib.update(result, now()).unwrap();
    let mut ask: Ask = lib.get(&ask_id).unwrap();
    ask.translations.0.values_mut().for_each(|f| {
        f.remove("text");
    });
    let ask_text = ask.text.clone();
    lib.update(ask, now()).unwrap();
    // The Russian pack for Round 2 handed over, then the one for Round 3: it opens with
    // what Round 2 produced.
    let at = |round: &str| Selection {
        round_id: round.into(),
        audience: Audience::Internal,
        language: Language::Ru,
        ..Default::default()
    };
    lib.make_pack(
        &at("round-eu-kz-2"),
        Paper::A4,
        ts("2012-01-30T09:00:00Z"),
        &dir.path().join("round-2.pdf"),
        false,
        &mut |_| {},
    )
    .unwrap();
    let pack = lib.assemble_pack(&at("round-eu-kz-3")).unwrap();
    let o = pack
        .outcomes
        .iter()
        .find(|o| o.id == "outcome-round-eu-kz-2")
        .unwrap();
    let item = o
        .asks
        .iter()
        .find(|a| a.id == "result-round-eu-kz-2-drop-charges")
        .unwrap();
    assert!(item.untranslated.as_ref().unwrap().has("evidence"));
    assert!(item.text_untranslated.as_ref().unwrap().has("text"));
    let translated = o
        .asks
        .iter()
        .find(|a| a.id == "result-round-eu-kz-2-zhanaozen-investigation")
        .unwrap();
    assert_eq!(
        (&translated.untranslated, &translated.text_untranslated),
        (&None, &None)
    );

    let text = pdf::flat_text(&render(&pack));
    assert!(
        text.contains(&format!("{evidence} [EN]")),
        "the evidence, marked"
    );
    let end: String = ask_text
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(
        text.contains(&format!("{end} [EN]")),
        "the ask's words, marked"
    );
    let findings = pack::check(&pack, Date::new(2012, 4, 2).unwrap());
    for (kind, id) in [
        (Kind::AskResult, "result-round-eu-kz-2-drop-charges"),
        (Kind::Ask, ask_id.as_str()),
    ] {
        assert!(
            findings
                .iter()
                .any(|f| f.code == FindingCode::Untranslated && f.kind == kind && f.id == id),
            "{kind:?} {id}"
        );
    }
}

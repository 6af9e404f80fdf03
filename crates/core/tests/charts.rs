//! The pack's charts: the status grid's cells against an assessment history (from the
//! pack and from the library), the incident timeline's marks inside its box with labels
//! that do not overlap, the asks chart only when there are results, and the charts'
//! words in the rendered PDF, in English and in Russian.

mod common;

use common::{demo_library, pdf, ts};
use roundbook_core::dates::Date;
use roundbook_core::i18n::Language;
use roundbook_core::model::{Assessment, AssessmentStatus};
use roundbook_core::pack::charts::{self, MonthCount, RoundMark};
use roundbook_core::pack::{
    self, status_at, status_grid, Audience, GridRound, GridRow, Pack, Paper, RenderOptions,
    Selection, StatusGrid,
};
use roundbook_core::{Error, Library};
use roundbook_typeset::{text_width, Align, Figure, Mark};

use AssessmentStatus::*;

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn selection(round: &str, audience: Audience, language: Language) -> Selection {
    Selection {
        round_id: round.into(),
        audience,
        language,
        ..Default::default()
    }
}

fn render(pack: &Pack) -> Vec<u8> {
    let options = RenderOptions {
        renderer: pack::RENDERER,
        paper: Paper::A4,
        created_at: ts("2012-04-02T09:00:00Z"),
        document_id: "0123456789abcdef0123456789abcdef".into(),
    };
    pack::render(pack, &options).unwrap().pdf
}

fn assess(lib: &mut Library, id: &str, benchmark: &str, on: &str, status: &str) {
    let a: Assessment = serde_json::from_value(serde_json::json!({
        "id": id,
        "benchmark_id": benchmark,
        "assessed_on": on,
        "status": status,
    }))
    .unwrap();
    lib.create(a, ts("2012-04-01T09:00:00Z")).unwrap();
}

/// The demo (rounds 1–4: 11–12 October 2011, 24–25 January 2012, 10–11 April 2012,
/// 12–13 June 2012; every benchmark assessed on 20 March 2012) with a history for
/// "Register the major opposition party": before round 1, between rounds 1 and 2, on
/// round 2's last day, and after round 3.
fn library_with_history() -> Library {
    let mut lib = demo_library();
    let b = "bm-register-opposition";
    assess(&mut lib, "as-1", b, "2011-09-30", "not_met");
    assess(&mut lib, "as-2", b, "2011-12-01", "partially_met");
    assess(&mut lib, "as-3", b, "2012-01-25", "met");
    assess(&mut lib, "as-4", b, "2012-04-20", "regressed");
    lib
}

fn row<'g>(grid: &'g StatusGrid, benchmark: &str) -> &'g GridRow {
    grid.rows
        .iter()
        .find(|r| r.benchmark_id == benchmark)
        .unwrap_or_else(|| panic!("no row {benchmark}"))
}

#[test]
fn the_grid_gives_each_benchmark_its_status_as_of_each_round() {
    let lib = library_with_history();
    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-3",
            Audience::Internal,
            Language::En,
        ))
        .unwrap();
    let grid = status_grid(&pack);
    let titles: Vec<&str> = grid.rounds.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Round 1", "Round 2", "Round 3"]);
    assert_eq!(
        grid.rounds[1].as_of,
        day("2012-01-25"),
        "the round's last day"
    );
    assert_eq!(grid.rows.len(), 17);
    // Before round 1; between rounds (the assessment on round 2's last day counts for
    // it); at round 3 the demo's assessment of 20 March — the one after it is not in
    // the pack.
    assert_eq!(
        row(&grid, "bm-register-opposition").cells,
        [Some(NotMet), Some(Met), Some(NotMet)]
    );
    // Only assessed on 20 March 2012.
    assert_eq!(
        row(&grid, "bm-internet-restrictions").cells,
        [None, None, Some(Regressed)]
    );
    // The last column is the pack's "status now".
    for (area, b) in pack.scorecard() {
        let r = row(&grid, &b.id);
        assert_eq!(r.area_id, area.id);
        assert_eq!(
            *r.cells.last().unwrap(),
            b.current.as_ref().map(|c| c.status)
        );
    }
    // Areas grouped, in the pack's order.
    let order: Vec<&str> = grid.rows.iter().map(|r| r.benchmark_id.as_str()).collect();
    let expected: Vec<&str> = pack.scorecard().map(|(_, b)| b.id.as_str()).collect();
    assert_eq!(order, expected);
}

#[test]
fn the_library_grid_leaves_rounds_still_to_come_empty() {
    let lib = library_with_history();
    let grid = lib.status_grid("neg-eu-kz-pca", day("2012-02-01")).unwrap();
    let ids: Vec<&str> = grid.rounds.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "round-eu-kz-1",
            "round-eu-kz-2",
            "round-eu-kz-3",
            "round-eu-kz-4"
        ]
    );
    assert_eq!(grid.rows.len(), 17);
    // Rounds 3 and 4 start after "today": nothing yet.
    assert_eq!(
        row(&grid, "bm-register-opposition").cells,
        [Some(NotMet), Some(Met), None, None]
    );
    // Later, round 4 reads the assessment after round 3.
    let later = lib.status_grid("neg-eu-kz-pca", day("2012-12-31")).unwrap();
    assert_eq!(
        row(&later, "bm-register-opposition").cells,
        [Some(NotMet), Some(Met), Some(NotMet), Some(Regressed)]
    );
    // The same rows as the pack's, in the same order.
    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-3",
            Audience::Internal,
            Language::En,
        ))
        .unwrap();
    let from_pack = status_grid(&pack);
    for (a, b) in later.rows.iter().zip(&from_pack.rows) {
        assert_eq!(a.benchmark_id, b.benchmark_id);
        assert_eq!(a.cells[..3], b.cells[..]);
    }
    assert!(matches!(
        lib.status_grid("no-such-negotiation", day("2012-12-31")),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn status_at_takes_the_latest_assessment_on_or_before_the_day() {
    let lib = library_with_history();
    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-4",
            Audience::Internal,
            Language::En,
        ))
        .unwrap();
    let trend = &pack.benchmark("bm-register-opposition").unwrap().trend;
    assert_eq!(trend.len(), 5);
    assert_eq!(status_at(trend, day("2011-09-29")), None);
    assert_eq!(status_at(trend, day("2011-09-30")), Some(NotMet));
    assert_eq!(status_at(trend, day("2012-01-24")), Some(PartiallyMet));
    assert_eq!(status_at(trend, day("2012-01-25")), Some(Met));
    assert_eq!(status_at(trend, day("2012-04-19")), Some(NotMet));
    assert_eq!(status_at(trend, day("2099-01-01")), Some(Regressed));
}

// ---------------------------------------------------------------------------------
// Geometry.

/// Left, top, right, bottom.
type Bounds = (f32, f32, f32, f32);

/// The box of a mark: (left, top, right, bottom); text estimated from its measured
/// width and its size (ascent 0.8, descent 0.25 of the size).
fn mark_box(m: &Mark) -> Bounds {
    match m {
        Mark::Rect { x, y, w, h, .. } => (x.min(x + w), y.min(y + h), x.max(x + w), y.max(y + h)),
        Mark::Line { x1, y1, x2, y2, .. } => (x1.min(*x2), y1.min(*y2), x1.max(*x2), y1.max(*y2)),
        Mark::Symbol { x, y, size, .. } => (
            x - size / 2.0,
            y - size / 2.0,
            x + size / 2.0,
            y + size / 2.0,
        ),
        Mark::Text {
            x,
            y,
            text,
            size,
            bold,
            align,
            ..
        } => {
            let w = text_width(text, *size, *bold).unwrap();
            let left = match align {
                Align::Left => *x,
                Align::Center => x - w / 2.0,
                Align::Right => x - w,
            };
            (left, y - size * 0.8, left + w, y + size * 0.25)
        }
    }
}

fn assert_inside(f: &Figure, what: &str) {
    let width = f.width.expect("charts have a width");
    assert!(f.height > 0.0 && width > 0.0);
    for m in &f.marks {
        let (l, t, r, b) = mark_box(m);
        assert!(
            l >= -0.01 && t >= -0.01 && r <= width + 0.01 && b <= f.height + 0.01,
            "{what}: {m:?} is outside the box {width} × {}",
            f.height
        );
    }
}

fn assert_labels_apart(f: &Figure, what: &str) {
    let texts: Vec<(&Mark, Bounds)> = f
        .marks
        .iter()
        .filter(|m| matches!(m, Mark::Text { .. }))
        .map(|m| (m, mark_box(m)))
        .collect();
    for (i, (a, ba)) in texts.iter().enumerate() {
        for (b, bb) in &texts[i + 1..] {
            let apart = ba.2 <= bb.0 || bb.2 <= ba.0 || ba.3 <= bb.1 || bb.3 <= ba.1;
            assert!(apart, "{what}: {a:?} overlaps {b:?}");
        }
    }
}

fn months(counts: [usize; 12]) -> Vec<MonthCount> {
    let mut m = charts::months_ending(day("2012-04-10"));
    for (m, c) in m.iter_mut().zip(counts) {
        m.count = c;
    }
    m
}

fn texts(f: &Figure) -> Vec<String> {
    f.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_timeline_stays_in_its_box_for_0_1_and_300_incidents_a_month() {
    let rounds = vec![
        RoundMark {
            title: "Round 1".into(),
            starts_on: day("2011-10-11"),
        },
        RoundMark {
            title: "Round 2".into(),
            starts_on: day("2012-01-24"),
        },
        RoundMark {
            title: "Round 3".into(),
            starts_on: day("2012-04-10"),
        },
    ];
    let cases = [
        ("none", [0; 12]),
        ("one", [1; 12]),
        ("300", [300; 12]),
        ("mixed", [0, 1, 300, 7, 0, 12, 299, 1, 0, 0, 45, 300]),
    ];
    for lang in [Language::En, Language::Ru] {
        for width in [charts::WIDTH, 300.0] {
            for (name, counts) in &cases {
                let m = months(*counts);
                for before in [0, 3] {
                    let f = charts::incident_timeline(lang, &m, &rounds, before, width);
                    let what = format!("{name}, {lang:?}, {width}, {before} before");
                    assert_inside(&f, &what);
                    assert_labels_apart(&f, &what);
                    // A count on every bar but the empty ones.
                    let t = texts(&f);
                    let bars = f
                        .marks
                        .iter()
                        .filter(|m| {
                            matches!(
                                m,
                                Mark::Rect {
                                    fill: Some(roundbook_typeset::Ink::Tone(_)),
                                    ..
                                }
                            )
                        })
                        .count();
                    assert_eq!(bars, counts.iter().filter(|c| **c > 0).count(), "{what}");
                    if *name == "300" {
                        assert!(t.iter().filter(|s| *s == "300").count() >= 12, "{what}");
                    }
                    // The rounds' titles are there at full width.
                    if width == charts::WIDTH {
                        for r in &rounds {
                            assert!(t.contains(&r.title), "{what}: {t:?}");
                        }
                    }
                }
            }
        }
    }
    // Month names in the pack's language; the text alternative says the counts.
    let f = charts::incident_timeline(Language::En, &months([1; 12]), &rounds, 0, charts::WIDTH);
    let t = texts(&f);
    for m in ["May", "Jan", "Apr", "2011", "2012"] {
        assert!(t.iter().any(|s| s == m), "{m} in {t:?}");
    }
    assert!(
        f.alt
            .starts_with("Incidents per month from May 2011 to Apr 2012: May 2011: 1,"),
        "{}",
        f.alt
    );
    assert!(
        f.alt.contains("Round 2 began on 24 January 2012."),
        "{}",
        f.alt
    );
    let f = charts::incident_timeline(Language::Ru, &months([1; 12]), &rounds, 0, charts::WIDTH);
    assert!(texts(&f).iter().any(|s| s == "Янв"), "{:?}", texts(&f));
    assert!(f.alt.starts_with("Инциденты по месяцам"), "{}", f.alt);
}

#[test]
fn the_count_scale_is_round() {
    assert_eq!(charts::count_scale(0), (1, 1));
    assert_eq!(charts::count_scale(1), (1, 1));
    assert_eq!(charts::count_scale(3), (3, 1));
    assert_eq!(charts::count_scale(7), (8, 2));
    assert_eq!(charts::count_scale(300), (300, 100));
    assert_eq!(charts::count_scale(301), (400, 100));
}

fn big_grid(benchmarks: usize, rounds: usize) -> StatusGrid {
    let statuses = [
        None,
        Some(NotMet),
        Some(PartiallyMet),
        Some(Met),
        Some(Regressed),
    ];
    StatusGrid {
        rounds: (0..rounds)
            .map(|i| {
                let d = Date::new(2010 + i as i32 / 4, 1 + 3 * (i as u32 % 4), 15).unwrap();
                GridRound {
                    id: format!("r{i}"),
                    title: format!("Round {}", i + 1),
                    starts_on: d,
                    ends_on: None,
                    as_of: d,
                }
            })
            .collect(),
        rows: (0..benchmarks)
            .map(|i| GridRow {
                area_id: format!("a{}", i / 12),
                area_title: format!("Concern area number {} with a rather long name", i / 12),
                benchmark_id: format!("b{i}"),
                title: format!(
                    "Benchmark {i}: bring the legislation on elections and political parties in line with international standards"
                ),
                cells: (0..rounds).map(|r| statuses[(i + r) % 5]).collect(),
            })
            .collect(),
    }
}

#[test]
fn a_long_grid_is_cut_into_figures_that_fit_a_page() {
    // The text area of an A4 page is 691 points high; a figure is never scaled.
    for (benchmarks, rounds) in [(1, 1), (17, 3), (40, 4), (70, 12), (25, 30)] {
        let grid = big_grid(benchmarks, rounds);
        let figures = charts::status_grid_figures(Language::En, &grid, charts::WIDTH);
        assert!(!figures.is_empty());
        let mut shown = 0;
        for f in &figures {
            let what = format!("{benchmarks} × {rounds}");
            assert_inside(f, &what);
            assert_labels_apart(f, &what);
            assert!(f.height < 600.0, "{what}: {}", f.height);
            let lines = f
                .marks
                .iter()
                .filter(|m| matches!(m, Mark::Text { x, size, .. } if *x < 20.0 && *size == 7.5))
                .count();
            assert!(lines <= charts::GRID_ROWS, "{what}: {lines} lines");
            shown += texts(f)
                .iter()
                .filter(|t| t.starts_with("Benchmark "))
                .count();
            assert!(f.alt.starts_with("Status of "), "{}", f.alt);
        }
        assert_eq!(shown, benchmarks, "every benchmark once");
    }
    // Too many rounds across: the earliest are left out, and a note says so.
    let figures = charts::status_grid_figures(Language::En, &big_grid(3, 30), charts::WIDTH);
    let t = texts(&figures[0]);
    let joined = t.join(" ");
    assert!(joined.contains("Round 30 Apr 2017"), "{t:?}");
    assert!(!joined.contains("Jan 2010"), "round 1 is not shown: {t:?}");
    assert!(
        t.iter().any(|s| s.contains("earlier rounds are not shown")),
        "{t:?}"
    );
    // An area that goes on in the next figure is named again.
    let figures = charts::status_grid_figures(Language::En, &big_grid(40, 4), charts::WIDTH);
    assert!(figures.len() >= 2);
    assert!(texts(&figures[1])
        .iter()
        .any(|s| s.contains("(continued)") || s.starts_with("Concern area")));
}

#[test]
fn the_asks_chart_is_drawn_only_for_rounds_with_results() {
    let lib = demo_library();
    // Round 3: round 2's outcome has results (external: the restricted one is left out).
    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-3",
            Audience::External,
            Language::En,
        ))
        .unwrap();
    assert!(pack.outcomes.iter().any(|o| !o.asks.is_empty()));
    let f = charts::asks_raised(Language::En, &pack.outcomes, charts::WIDTH).expect("a chart");
    assert_inside(&f, "asks");
    assert_labels_apart(&f, "asks");
    let t = texts(&f);
    for word in [
        "Round 2",
        "Raised",
        "Partly raised",
        "Not raised",
        "Unknown",
    ] {
        assert!(t.contains(&word.to_string()), "{word} in {t:?}");
    }
    let [raised, partly, not_raised, unknown] = pack.outcomes[0].tally();
    assert_eq!(
        f.alt,
        format!(
            "Whether the EU raised our asks at each past round: Round 2: {raised} raised, \
             {partly} partly raised, {not_raised} not raised, {unknown} unknown."
        )
    );
    let text = pdf::flat_text(&render(&pack));
    assert!(text.contains("DID THE EU RAISE OUR ASKS?"), "{text}");
    // Round 2: no earlier outcome, no chart.
    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-2",
            Audience::External,
            Language::En,
        ))
        .unwrap();
    assert!(charts::asks_raised(Language::En, &pack.outcomes, charts::WIDTH).is_none());
    let text = pdf::flat_text(&render(&pack));
    assert!(!text.contains("DID THE EU RAISE OUR ASKS?"));
    // An outcome without results draws nothing either.
    let mut outcomes = lib
        .assemble_pack(&selection(
            "round-eu-kz-3",
            Audience::External,
            Language::En,
        ))
        .unwrap()
        .outcomes;
    for o in &mut outcomes {
        o.asks.clear();
    }
    assert!(charts::asks_raised(Language::En, &outcomes, charts::WIDTH).is_none());
}

#[test]
fn the_pack_shows_its_charts_in_its_language() {
    let lib = demo_library();
    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-3",
            Audience::External,
            Language::En,
        ))
        .unwrap();
    let bytes = render(&pack);
    pdf::qpdf_check(&bytes).unwrap();
    let text = pdf::flat_text(&bytes);
    for words in [
        "Status by round",
        "Partially met",
        "Not assessed",
        "INCIDENTS PER MONTH, MAY 2011 – APR 2012",
        "Each incident is counted in the month of its earliest possible date.",
        "DID THE EU RAISE OUR ASKS?",
    ] {
        assert!(text.contains(words), "{words:?} missing");
    }
    // The grid follows the scorecard on the summary's pages; the timelines are in the
    // areas' sections.
    let pages = pdf::pages(&bytes);
    let grid_page = pages
        .iter()
        .position(|p| p.contains("Status by round"))
        .unwrap();
    let scorecard_page = pages.iter().position(|p| p.contains("Scorecard")).unwrap();
    assert!(grid_page >= scorecard_page);
    let timelines = pages
        .iter()
        .filter(|p| p.contains("INCIDENTS PER MONTH"))
        .count();
    assert!(timelines >= 4, "{timelines} timelines");
    assert_eq!(render(&pack), bytes, "the same pack gives the same bytes");

    let pack = lib
        .assemble_pack(&selection(
            "round-eu-kz-3",
            Audience::External,
            Language::Ru,
        ))
        .unwrap();
    let bytes = render(&pack);
    pdf::qpdf_check(&bytes).unwrap();
    let text = pdf::flat_text(&bytes);
    for words in [
        "Статус по раундам",
        "ИНЦИДЕНТЫ ПО МЕСЯЦАМ",
        "Янв",
        "Каждый инцидент учтён в месяце самой ранней возможной даты.",
        "ПОДНЯЛ ЛИ ЕС НАШИ ПРОСЬБЫ?",
        "Не поднята",
    ] {
        assert!(text.contains(words), "{words:?} missing");
    }
    for words in [
        "Status by round",
        "INCIDENTS PER MONTH",
        "Partly raised",
        "Oct 2011",
        "Apr 2012",
    ] {
        assert!(!text.contains(words), "{words:?} in the Russian pack");
    }
}

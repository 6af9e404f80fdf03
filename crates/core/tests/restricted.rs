//! Restricted material never reaches an external pack, whatever the library and the
//! selection: a property test over random libraries (a small deterministic generator,
//! many seeds) with random restricted incidents and sources, and random selections
//! (round, areas, benchmarks, "since" date). Every restricted field carries a unique
//! marker word; the external PDF is read back with `pdftotext` and must contain none of
//! them, nor the text of records kept out because every source they cite is restricted.
//! The internal pack of the same selection must show the restricted incidents in scope,
//! so the test would notice if it were looking at the wrong text.

mod common;

use std::collections::HashSet;

use common::pdf;
use roundbook_core::dates::{Date, FuzzyDate, PartialDate};
use roundbook_core::exchange::synthetic::Rng;
use roundbook_core::exchange::Bundle;
use roundbook_core::model::*;
use roundbook_core::pack::{self, Audience, Paper, RenderOptions, Selection};
use roundbook_core::Library;

const SEEDS: u64 = 60;
const SELECTIONS_PER_SEED: usize = 3;

/// The generator of the synthetic library, seeded apart for each test seed.
fn rng(seed: u64) -> Rng {
    Rng::new(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
}

const WORDS: &[&str] = &[
    "court",
    "hearing",
    "journalist",
    "protest",
    "police",
    "detained",
    "fined",
    "party",
    "registration",
    "strike",
    "appeal",
    "released",
    "website",
    "blocked",
    "assembly",
    "суд",
    "журналист",
    "акция",
    "сот",
    "ереуіл",
    "шеру",
];

fn words(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| WORDS[rng.below(WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Marker words: `Secretword<n>` in restricted records, `Shadowword<n>` in public records
/// that cite only restricted sources (kept out of external packs too), `Openword<n>` in
/// public incidents.
struct Markers {
    next: usize,
}

impl Markers {
    fn secret(&mut self) -> String {
        self.next += 1;
        format!("Secretword{:04}", self.next)
    }
    fn shadow(&mut self) -> String {
        self.next += 1;
        format!("Shadowword{:04}", self.next)
    }
    fn open(&mut self) -> String {
        self.next += 1;
        format!("Openword{:04}", self.next)
    }
}

fn fuzzy(rng: &mut Rng) -> FuzzyDate {
    let year = 2011 + rng.below(2) as i32;
    let month = 1 + rng.below(12) as u32;
    let start = match rng.below(10) {
        0 => PartialDate {
            year,
            month: None,
            day: None,
        },
        1 | 2 => PartialDate {
            year,
            month: Some(month),
            day: None,
        },
        _ => PartialDate {
            year,
            month: Some(month),
            day: Some(1 + rng.below(28) as u32),
        },
    };
    let end = rng.chance(15).then(|| PartialDate {
        year: year + 1,
        month: Some(1 + rng.below(12) as u32),
        day: None,
    });
    FuzzyDate { start, end }
}

/// One random library, as a bundle, with the restricted incidents' title markers.
struct Generated {
    bundle: Bundle,
    /// Restricted incidents: (title marker, areas, benchmarks, earliest date).
    restricted_incidents: Vec<(String, Vec<String>, Vec<String>, Date)>,
    /// Public incidents citing at least one public source (or none): (title marker, areas,
    /// benchmarks, earliest date).
    public_incidents: Vec<(String, Vec<String>, Vec<String>, Date)>,
}

fn library(seed: u64) -> Generated {
    let mut rng = rng(seed);
    let mut m = Markers { next: 0 };
    let at: Timestamp = "2012-01-01T00:00:00Z".parse().unwrap();
    let mut b = Bundle::new(None, None);
    b.records.negotiations.push(Negotiation {
        language: None,
        translations: Default::default(),
        id: "neg".into(),
        title: "Random talks".into(),
        parties: vec!["EU".into(), "Kazakhstan".into()],
        description: None,
        updated_at: Some(at),
        illustrative: None,
    });
    for (i, month) in [2u32, 5, 8, 11].iter().enumerate() {
        b.records.rounds.push(Round {
            language: None,
            translations: Default::default(),
            id: format!("round-{i}"),
            negotiation_id: "neg".into(),
            title: format!("Round {}", i + 1),
            starts_on: Date::new(2012, *month, 10).unwrap(),
            ends_on: None,
            location: Some("Brussels".into()),
            status: if rng.chance(15) {
                RoundStatus::Cancelled
            } else {
                RoundStatus::Held
            },
            notes: None,
            updated_at: Some(at),
            illustrative: None,
            source_ids: vec![],
        });
    }
    // Sources: some restricted, with markers in every field a pack could print.
    let mut public_sources = Vec::new();
    let mut restricted_sources = Vec::new();
    for s in 0..3 + rng.below(6) {
        let id = format!("src-{s}");
        let restricted = rng.chance(40);
        let (title, publisher, url) = if restricted {
            restricted_sources.push(id.clone());
            let url_marker = m.secret();
            (
                format!("{} notes {}", m.secret(), words(&mut rng, 3)),
                Some(format!("{} field team", m.secret())),
                Some(format!("https://example.org/{url_marker}")),
            )
        } else {
            public_sources.push(id.clone());
            (
                format!("Report {}", words(&mut rng, 4)),
                Some("Human rights group".into()),
                rng.chance(50)
                    .then(|| format!("https://example.org/report-{s}")),
            )
        };
        b.records.sources.push(Source {
            id,
            title,
            publisher,
            published_on: rng.chance(60).then(|| fuzzy(&mut rng)),
            url,
            accessed_on: None,
            kind: Some(SourceKind::Report),
            sensitivity: if restricted {
                Sensitivity::Restricted
            } else {
                Sensitivity::Public
            },
            updated_at: Some(at),
            illustrative: None,
        });
    }
    let all_sources: Vec<String> = b.records.sources.iter().map(|s| s.id.clone()).collect();
    // Some citations: possibly only restricted ones, possibly mixed.
    let cite = |rng: &mut Rng| -> Vec<String> {
        let mut ids = rng.subset(&all_sources, 30);
        ids.sort();
        ids.dedup();
        ids
    };
    let only_restricted =
        |ids: &[String]| !ids.is_empty() && ids.iter().all(|id| restricted_sources.contains(id));

    let mut areas = Vec::new();
    let mut benchmarks = Vec::new();
    for a in 0..2 + rng.below(3) {
        let area_id = format!("area-{a}");
        areas.push(area_id.clone());
        let source_ids = rng.subset(&public_sources, 30);
        b.records.concern_areas.push(ConcernArea {
            language: None,
            translations: Default::default(),
            id: area_id.clone(),
            title: format!("Area {a}: {}", words(&mut rng, 2)),
            negotiation_id: Some("neg".into()),
            summary: Some(words(&mut rng, 12)),
            position: Some(a as u32 + 1),
            source_ids,
            updated_at: Some(at),
            illustrative: None,
        });
        for k in 0..1 + rng.below(3) {
            let bm_id = format!("bm-{a}-{k}");
            benchmarks.push(bm_id.clone());
            let source_ids = rng.subset(&public_sources, 30);
            b.records.benchmarks.push(Benchmark {
                language: None,
                translations: Default::default(),
                id: bm_id.clone(),
                concern_area_id: area_id.clone(),
                title: format!("Benchmark {a}.{k}: {}", words(&mut rng, 4)),
                measure: Some(words(&mut rng, 6)),
                rationale: None,
                target_date: None,
                position: Some(k as u32 + 1),
                source_ids,
                updated_at: Some(at),
                illustrative: None,
            });
            for n in 0..rng.below(3) {
                let source_ids = cite(&mut rng);
                let evidence = if only_restricted(&source_ids) {
                    format!("{} {}", m.shadow(), words(&mut rng, 5))
                } else {
                    words(&mut rng, 6)
                };
                b.records.assessments.push(Assessment {
                    language: None,
                    translations: Default::default(),
                    id: format!("as-{a}-{k}-{n}"),
                    benchmark_id: bm_id.clone(),
                    assessed_on: Date::new(2011 + rng.below(2) as i32, 1 + rng.below(12) as u32, 1)
                        .unwrap(),
                    status: AssessmentStatus::ALL[rng.below(4)],
                    evidence: Some(evidence),
                    source_ids,
                    updated_at: Some(at),
                    illustrative: None,
                });
            }
        }
        for k in 0..rng.below(3) {
            b.records.asks.push(Ask {
                language: None,
                translations: Default::default(),
                id: format!("ask-{a}-{k}"),
                concern_area_id: area_id.clone(),
                round_id: rng.chance(30).then(|| format!("round-{}", rng.below(4))),
                text: format!("Ask {}", words(&mut rng, 6)),
                position: Some(k as u32 + 1),
                updated_at: Some(at),
                benchmark_ids: vec![],
                illustrative: None,
            });
        }
    }
    for c in 0..rng.below(4) {
        let source_ids = cite(&mut rng);
        let shadow = only_restricted(&source_ids);
        b.records.commitments.push(Commitment {
            language: None,
            translations: Default::default(),
            id: format!("cm-{c}"),
            title: if shadow {
                format!("{} commitment {}", m.shadow(), words(&mut rng, 3))
            } else {
                format!("Commitment {}", words(&mut rng, 4))
            },
            made_by: Some("Government".into()),
            made_on: fuzzy(&mut rng),
            instrument: None,
            kind: Some(CommitmentKind::Pledge),
            quote: Some(if shadow {
                format!("{} {}", m.shadow(), words(&mut rng, 6))
            } else {
                words(&mut rng, 8)
            }),
            concern_area_ids: rng.subset(&areas, 50),
            benchmark_ids: rng.subset(&benchmarks, 30),
            source_ids,
            round_id: None,
            updated_at: Some(at),
            illustrative: None,
            quote_language: None,
            summary: None,
        });
    }
    let mut restricted_incidents = Vec::new();
    let mut public_incidents = Vec::new();
    for i in 0..6 + rng.below(14) {
        let restricted = rng.chance(35);
        let source_ids = cite(&mut rng);
        let shadow = !restricted && only_restricted(&source_ids);
        let mark = |m: &mut Markers| {
            if restricted {
                m.secret()
            } else if shadow {
                m.shadow()
            } else {
                m.open()
            }
        };
        let title_marker = mark(&mut m);
        let occurred_on = fuzzy(&mut rng);
        let concern_area_ids = rng.subset(&areas, 40);
        let benchmark_ids = rng.subset(&benchmarks, 25);
        let incident = Incident {
            language: None,
            translations: Default::default(),
            id: format!("inc-{i}"),
            title: format!("{title_marker} {}", words(&mut rng, 4)),
            occurred_on,
            location: Some(format!("{} region", mark(&mut m))),
            summary: Some(format!("{} {}", words(&mut rng, 8), mark(&mut m))),
            people: vec![mark(&mut m), format!("Witness {}", mark(&mut m))],
            verification: Some(Verification::ALL[rng.below(3)]),
            sensitivity: if restricted {
                Sensitivity::Restricted
            } else {
                Sensitivity::Public
            },
            concern_area_ids: concern_area_ids.clone(),
            benchmark_ids: benchmark_ids.clone(),
            source_ids,
            updated_at: Some(at),
            illustrative: None,
        };
        let entry = (
            title_marker,
            concern_area_ids,
            benchmark_ids,
            occurred_on.earliest(),
        );
        if restricted {
            restricted_incidents.push(entry);
        } else if !shadow {
            public_incidents.push(entry);
        }
        b.records.incidents.push(incident);
    }
    Generated {
        bundle: b,
        restricted_incidents,
        public_incidents,
    }
}

/// A random selection valid for the library.
fn selection(rng: &mut Rng, g: &Generated, audience: Audience) -> Selection {
    let areas: Vec<String> = g
        .bundle
        .records
        .concern_areas
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let chosen_areas = if rng.chance(40) {
        Vec::new()
    } else {
        let mut s = rng.subset(&areas, 60);
        if s.is_empty() {
            s.push(areas[rng.below(areas.len())].clone());
        }
        s
    };
    let in_areas: Vec<String> = g
        .bundle
        .records
        .benchmarks
        .iter()
        .filter(|b| chosen_areas.is_empty() || chosen_areas.contains(&b.concern_area_id))
        .map(|b| b.id.clone())
        .collect();
    let chosen_benchmarks = if rng.chance(50) {
        Vec::new()
    } else {
        rng.subset(&in_areas, 60)
    };
    Selection {
        round_id: format!("round-{}", rng.below(4)),
        audience,
        concern_area_ids: chosen_areas,
        benchmark_ids: chosen_benchmarks,
        since: rng
            .chance(40)
            .then(|| Date::new(2011 + rng.below(2) as i32, 1 + rng.below(12) as u32, 1).unwrap()),
        excluded: Vec::new(),
        language: Default::default(),
        compare: Default::default(),
    }
}

/// The incidents a pack for `sel` must cover (independently of the code under test):
/// linked to a selected area or benchmark, and not after the round.
fn in_scope<'a>(
    g: &Generated,
    sel: &Selection,
    incidents: &'a [(String, Vec<String>, Vec<String>, Date)],
) -> Vec<&'a str> {
    let areas: HashSet<&str> = if sel.concern_area_ids.is_empty() {
        g.bundle
            .records
            .concern_areas
            .iter()
            .map(|a| a.id.as_str())
            .collect()
    } else {
        sel.concern_area_ids.iter().map(String::as_str).collect()
    };
    let benchmarks: HashSet<&str> = if sel.benchmark_ids.is_empty() {
        g.bundle
            .records
            .benchmarks
            .iter()
            .filter(|b| areas.contains(b.concern_area_id.as_str()))
            .map(|b| b.id.as_str())
            .collect()
    } else {
        sel.benchmark_ids.iter().map(String::as_str).collect()
    };
    let round = g
        .bundle
        .records
        .rounds
        .iter()
        .find(|r| r.id == sel.round_id)
        .unwrap();
    incidents
        .iter()
        .filter(|(_, a, b, earliest)| {
            (a.iter().any(|x| areas.contains(x.as_str()))
                || b.iter().any(|x| benchmarks.contains(x.as_str())))
                && *earliest <= round.starts_on
        })
        .map(|(marker, ..)| marker.as_str())
        .collect()
}

/// Text as a reader of the PDF could find it: no whitespace or hyphens (so a word broken
/// across lines still matches), lower case.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '‐' | '‑'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn render_text(lib: &Library, sel: &Selection) -> (pack::Pack, String, String) {
    let p = lib.assemble_pack(sel).unwrap();
    let options = RenderOptions {
        renderer: pack::RENDERER,
        paper: Paper::A4,
        created_at: "2012-12-01T00:00:00Z".parse().unwrap(),
        document_id: "00000000000000000000000000000000".into(),
    };
    let rendered = pack::render(&p, &options).unwrap();
    let text = pdf::text(&rendered.pdf, None);
    let info = pdf::info(&rendered.pdf);
    (p, text, info)
}

#[test]
fn no_restricted_text_reaches_an_external_pack_for_any_library_or_selection() {
    let mut packs = 0;
    let mut restricted_seen_internally = 0;
    let mut public_seen_externally = 0;
    for seed in 1..=SEEDS {
        let g = library(seed);
        let mut lib = Library::open_in_memory().unwrap();
        lib.import_bundle(&g.bundle)
            .unwrap_or_else(|e| panic!("seed {seed}: the generated library is invalid: {e}"));
        let mut rng = rng(seed ^ 0xABCD);
        for _ in 0..SELECTIONS_PER_SEED {
            let sel = selection(&mut rng, &g, Audience::External);
            let what = format!("seed {seed}, selection {sel:?}");
            let (p, text, info) = render_text(&lib, &sel);
            packs += 1;
            // The PDF's text, its metadata, and the pack's frozen content (what the app
            // previews and the library records) carry no restricted marker.
            let json = serde_json::to_string(&p).unwrap();
            for (name, haystack) in [
                ("PDF text", squeeze(&text)),
                ("PDF info", squeeze(&info)),
                ("pack content", squeeze(&json)),
            ] {
                for marker in ["secretword", "shadowword"] {
                    assert!(
                        !haystack.contains(marker),
                        "{what}: restricted text ({marker}…) in the external pack's {name}:\n{text}"
                    );
                }
            }
            let squeezed = squeeze(&text);
            for marker in in_scope(&g, &sel, &g.public_incidents) {
                assert!(
                    squeezed.contains(&marker.to_lowercase()),
                    "{what}: the public incident {marker} is missing from the external pack"
                );
                public_seen_externally += 1;
            }

            // The internal pack of the same selection shows the restricted incidents.
            let internal = Selection {
                audience: Audience::Internal,
                ..sel.clone()
            };
            let (_, itext, _) = render_text(&lib, &internal);
            let isqueezed = squeeze(&itext);
            for marker in in_scope(&g, &sel, &g.restricted_incidents) {
                assert!(
                    isqueezed.contains(&marker.to_lowercase()),
                    "{what}: the restricted incident {marker} is missing from the internal pack"
                );
                restricted_seen_internally += 1;
            }
        }
    }
    assert_eq!(packs, SEEDS as usize * SELECTIONS_PER_SEED);
    // The generator does produce what the property is about.
    assert!(
        restricted_seen_internally >= 20,
        "{restricted_seen_internally}"
    );
    assert!(public_seen_externally >= 20, "{public_seen_externally}");
}

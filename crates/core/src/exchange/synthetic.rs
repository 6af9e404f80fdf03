//! Synthetic libraries of any size, for benchmarks and load tests. Deterministic: the same
//! sizes and seed give the same bundle. The text mixes English, Russian and Kazakh words.

use super::bundle::Bundle;
use crate::dates::{Date, FuzzyDate, PartialDate};
use crate::model::*;

/// How big a synthetic library is.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub areas: usize,
    pub benchmarks_per_area: usize,
    pub incidents: usize,
    pub sources: usize,
    pub commitments: usize,
    pub rounds: usize,
}

impl Size {
    pub fn incidents(n: usize) -> Size {
        Size {
            areas: 8,
            benchmarks_per_area: 4,
            incidents: n,
            sources: 200,
            commitments: 40,
            rounds: 12,
        }
    }

    /// The smaller library the pack benchmarks use (6 areas of 3 benchmarks, 60 sources,
    /// 12 commitments, 12 rounds): about 3 200 incidents make a 500-page pack.
    pub fn for_packs(incidents: usize) -> Size {
        Size {
            areas: 6,
            benchmarks_per_area: 3,
            incidents,
            sources: 60,
            commitments: 12,
            rounds: 12,
        }
    }
}

/// A small deterministic pseudo-random generator (xorshift64*), for generated test data.
pub struct Rng(u64);

impl Rng {
    /// The same seed gives the same sequence (0 is taken as 1).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    fn step(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.step() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    /// A random subset (possibly empty) of `items`, each kept with `percent` chance.
    pub fn subset(&mut self, items: &[String], percent: usize) -> Vec<String> {
        items
            .iter()
            .filter(|_| self.chance(percent))
            .cloned()
            .collect()
    }
}

const WORDS: &[&str] = &[
    "activists",
    "detained",
    "court",
    "hearing",
    "journalist",
    "newspaper",
    "protest",
    "police",
    "dispersed",
    "fined",
    "registration",
    "denied",
    "party",
    "opposition",
    "union",
    "strike",
    "workers",
    "oil",
    "region",
    "appeal",
    "sentence",
    "suspended",
    "released",
    "charges",
    "defamation",
    "website",
    "blocked",
    "assembly",
    "permit",
    "religious",
    "community",
    "closed",
    "prayer",
    "house",
    "raid",
    "lawyer",
    "family",
    "intimidation",
    "torture",
    "allegation",
    "investigation",
    "prosecutor",
    "official",
    "commission",
    "report",
    "election",
    "observer",
    "parliament",
    "law",
    "amendment",
    "задержан",
    "суд",
    "журналист",
    "акция",
    "полиция",
    "оштрафован",
    "партия",
    "забастовка",
    "рабочие",
    "приговор",
    "қамауға",
    "сот",
    "журналист",
    "шеру",
    "полиция",
    "айыппұл",
    "партия",
    "ереуіл",
    "жұмысшылар",
    "үкім",
];
const PLACES: &[&str] = &[
    "Almaty (Алматы)",
    "Astana (Астана)",
    "Zhanaozen (Жаңаөзен)",
    "Aktau (Ақтау)",
    "Shymkent (Шымкент)",
    "Karaganda (Қарағанды)",
    "Atyrau (Атырау)",
    "Oral (Орал)",
    "Kyzylorda (Қызылорда)",
    "Taraz (Тараз)",
];
/// Rare words that make selective searches (each in about 0.1% of incidents).
pub const RARE: &[&str] = &["Qoryqtau", "Saryarqa", "Zhetisu", "Balqash", "Turkistan"];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let s: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
    let mut text = s.join(" ");
    if let Some(c) = text.get(..1) {
        text = c.to_uppercase() + &text[1..];
    }
    text
}

fn day(rng: &mut Rng, from_year: i32, years: i32) -> Date {
    let y = from_year + rng.below(years as usize) as i32;
    let m = 1 + rng.below(12) as u32;
    let d = 1 + rng.below(28) as u32;
    Date::new(y, m, d).expect("valid")
}

/// A bundle of the given size, dated 2010–2013.
pub fn bundle(size: Size, seed: u64) -> Bundle {
    let mut rng = Rng::new(seed);
    let at: Timestamp = "2013-01-01T00:00:00Z".parse().expect("valid");
    let mut b = Bundle::new(Some(at), Some("Roundbook synthetic library".into()));
    b.records.negotiations.push(Negotiation {
        id: "neg-synthetic".into(),
        title: "Synthetic negotiation".into(),
        parties: vec!["European Union".into(), "Republic of Kazakhstan".into()],
        description: Some("Generated for benchmarks.".into()),
        updated_at: Some(at),
        illustrative: None,
        language: None,
        translations: Default::default(),
    });
    for r in 0..size.rounds {
        let start = Date::new(2010 + (r / 4) as i32, 1 + (r % 4) as u32 * 3, 10).expect("valid");
        b.records.rounds.push(Round {
            id: format!("round-{r}"),
            negotiation_id: "neg-synthetic".into(),
            title: format!("Round {}", r + 1),
            starts_on: start,
            ends_on: None,
            location: Some(rng.pick(&["Brussels", "Astana (Астана)"]).into()),
            status: RoundStatus::Held,
            notes: None,
            updated_at: Some(at),
            illustrative: None,
            source_ids: vec![],
            language: None,
            translations: Default::default(),
        });
    }
    for s in 0..size.sources {
        b.records.sources.push(Source {
            id: format!("src-{s}"),
            title: format!("Report {s}: {}", sentence(&mut rng, 6)),
            publisher: Some(
                rng.pick(&[
                    "NorHC",
                    "IPHR",
                    "NethHC",
                    "OSCE/ODIHR",
                    "UN Human Rights Committee",
                ])
                .into(),
            ),
            published_on: Some(FuzzyDate::day(day(&mut rng, 2010, 4))),
            url: Some(format!(
                "https://example.org/reports/{s}/{}",
                sentence(&mut rng, 3).replace(' ', "-")
            )),
            accessed_on: None,
            kind: Some(SourceKind::Report),
            sensitivity: if s % 50 == 49 {
                Sensitivity::Restricted
            } else {
                Sensitivity::Public
            },
            updated_at: Some(at),
            illustrative: None,
        });
    }
    for a in 0..size.areas {
        let area_id = format!("area-{a}");
        b.records.concern_areas.push(ConcernArea {
            id: area_id.clone(),
            title: format!("Concern area {}: {}", a + 1, sentence(&mut rng, 3)),
            negotiation_id: Some("neg-synthetic".into()),
            summary: Some(
                (0..4)
                    .map(|_| sentence(&mut rng, 14) + ".")
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            position: Some(a as u32 + 1),
            source_ids: vec![format!("src-{}", rng.below(size.sources))],
            updated_at: Some(at),
            illustrative: None,
            language: None,
            translations: Default::default(),
        });
        for k in 0..size.benchmarks_per_area {
            let bm_id = format!("bm-{a}-{k}");
            b.records.benchmarks.push(Benchmark {
                id: bm_id.clone(),
                concern_area_id: area_id.clone(),
                title: format!("Benchmark {}.{}: {}", a + 1, k + 1, sentence(&mut rng, 6)),
                measure: Some(sentence(&mut rng, 12) + "."),
                rationale: None,
                target_date: None,
                position: Some(k as u32 + 1),
                source_ids: vec![format!("src-{}", rng.below(size.sources))],
                updated_at: Some(at),
                illustrative: None,
                language: None,
                translations: Default::default(),
            });
            for (n, year) in [(0, 2011), (1, 2012)] {
                b.records.assessments.push(Assessment {
                    id: format!("as-{a}-{k}-{n}"),
                    benchmark_id: bm_id.clone(),
                    assessed_on: Date::new(year, 6, 1).expect("valid"),
                    status: AssessmentStatus::ALL[rng.below(4)],
                    evidence: Some(sentence(&mut rng, 20) + "."),
                    source_ids: vec![format!("src-{}", rng.below(size.sources))],
                    updated_at: Some(at),
                    illustrative: None,
                    language: None,
                    translations: Default::default(),
                });
            }
        }
        for k in 0..2 {
            b.records.asks.push(Ask {
                id: format!("ask-{a}-{k}"),
                concern_area_id: area_id.clone(),
                round_id: None,
                text: sentence(&mut rng, 16) + ".",
                position: Some(k + 1),
                updated_at: Some(at),
                benchmark_ids: vec![],
                illustrative: None,
                language: None,
                translations: Default::default(),
            });
        }
    }
    for c in 0..size.commitments {
        let a = c % size.areas.max(1);
        b.records.commitments.push(Commitment {
            id: format!("cm-{c}"),
            title: format!("Commitment {}: {}", c + 1, sentence(&mut rng, 6)),
            made_by: Some("Government of Kazakhstan".into()),
            made_on: FuzzyDate {
                start: PartialDate {
                    year: 2007 + rng.below(5) as i32,
                    month: Some(1 + rng.below(12) as u32),
                    day: None,
                },
                end: None,
            },
            instrument: Some("National Human Rights Action Plan".into()),
            kind: Some(CommitmentKind::Pledge),
            quote: Some(sentence(&mut rng, 24) + "."),
            concern_area_ids: vec![format!("area-{a}")],
            benchmark_ids: vec![format!("bm-{a}-0")],
            source_ids: vec![format!("src-{}", rng.below(size.sources))],
            round_id: None,
            updated_at: Some(at),
            illustrative: None,
            quote_language: None,
            summary: None,
            language: None,
            translations: Default::default(),
        });
    }
    for i in 0..size.incidents {
        let a = rng.below(size.areas.max(1));
        let mut title = sentence(&mut rng, 7);
        if rng.below(1000) == 0 {
            title.push(' ');
            title.push_str(rng.pick(RARE));
        }
        let second_source = format!("src-{}", rng.below(size.sources));
        let first_source = format!("src-{}", rng.below(size.sources));
        let mut source_ids = vec![first_source.clone()];
        if second_source != first_source {
            source_ids.push(second_source);
        }
        b.records.incidents.push(Incident {
            id: format!("inc-{i}"),
            title,
            occurred_on: FuzzyDate::day(day(&mut rng, 2010, 4)),
            location: Some(rng.pick(PLACES).into()),
            summary: Some(sentence(&mut rng, 30) + "."),
            people: vec![format!("Person {}", rng.below(5000)), "Local court".into()],
            verification: Some(Verification::ALL[rng.below(3)]),
            sensitivity: if i % 97 == 0 {
                Sensitivity::Restricted
            } else {
                Sensitivity::Public
            },
            concern_area_ids: vec![format!("area-{a}")],
            benchmark_ids: vec![format!(
                "bm-{a}-{}",
                rng.below(size.benchmarks_per_area.max(1))
            )],
            source_ids,
            updated_at: Some(at),
            illustrative: None,
            language: None,
            translations: Default::default(),
        });
    }
    b
}

/// `n` individual cases of `entries` timeline entries each, for the library `bundle`
/// made: `in_pack_percent` of them are linked to its areas, the rest to an area of a
/// second negotiation (a coalition's other country), so that a pack of the first
/// negotiation raises only its own. One case in five asked not to be named
/// (anonymised), one in twenty is internal.
pub fn cases(size: Size, n: usize, entries: usize, in_pack_percent: usize, seed: u64) -> Bundle {
    let mut rng = Rng::new(seed);
    let at: Timestamp = "2013-01-01T00:00:00Z".parse().expect("valid");
    let mut b = Bundle::new(Some(at), Some("Roundbook synthetic cases".into()));
    b.records.negotiations.push(Negotiation {
        id: "neg-other".into(),
        title: "Another negotiation".into(),
        parties: vec!["European Union".into(), "Kyrgyz Republic".into()],
        description: None,
        updated_at: Some(at),
        illustrative: None,
        language: None,
        translations: Default::default(),
    });
    b.records.concern_areas.push(ConcernArea {
        id: "area-other".into(),
        title: "Detained human rights defenders".into(),
        negotiation_id: Some("neg-other".into()),
        summary: None,
        position: None,
        source_ids: vec![],
        updated_at: Some(at),
        illustrative: None,
        language: None,
        translations: Default::default(),
    });
    const FIRST: &[&str] = &[
        "Aigul",
        "Dana",
        "Erlan",
        "Marat",
        "Saule",
        "Timur",
        "Жанна",
        "Қайрат",
    ];
    const LAST: &[&str] = &[
        "Abenova",
        "Bekov",
        "Dzhaksybekov",
        "Ismailova",
        "Омарова",
        "Сейітқали",
    ];
    for c in 0..n {
        let id = format!("case-{c}");
        let in_pack = rng.below(100) < in_pack_percent;
        let area = if in_pack {
            format!("area-{}", rng.below(size.areas.max(1)))
        } else {
            "area-other".to_string()
        };
        let name = format!("{} {}-{c}", rng.pick(FIRST), rng.pick(LAST));
        b.records.cases.push(Case {
            id: id.clone(),
            other_names: vec![format!("{name} (translit.)")],
            name,
            role: Some(
                rng.pick(&["Journalist", "Lawyer", "Trade unionist", "Blogger"])
                    .into(),
            ),
            organisation: Some(format!("Organisation {}", rng.below(300))),
            summary: Some(sentence(&mut rng, 40) + "."),
            consent: match c % 20 {
                0 => Consent::Internal,
                1..=4 => Consent::Anonymised,
                _ => Consent::Named,
            },
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec![area],
            benchmark_ids: vec![],
            incident_ids: vec![],
            ask_ids: vec![],
            source_ids: vec![format!("src-{}", rng.below(size.sources.max(1)))],
            updated_at: Some(at),
            illustrative: None,
            language: None,
            translations: Default::default(),
        });
        for e in 0..entries {
            b.records.case_entries.push(CaseEntry {
                id: format!("{id}-{e}"),
                case_id: id.clone(),
                date: FuzzyDate::day(day(&mut rng, 2010, 3)),
                status: CaseStatus::ALL[rng.below(CaseStatus::ALL.len())],
                note: Some(sentence(&mut rng, 12) + "."),
                source_ids: vec![format!("src-{}", rng.below(size.sources.max(1)))],
                updated_at: Some(at),
                illustrative: None,
                language: None,
                translations: Default::default(),
            });
        }
    }
    b
}

/// `bundle` with a Russian translation of every translatable text: the original with its
/// Latin letters written in Cyrillic. A Russian pack of it sets text of the same length in
/// Cyrillic glyphs and marks nothing as untranslated, which makes it the like-for-like
/// comparison with the English pack of `bundle`.
pub fn transliterated(bundle: &Bundle) -> Bundle {
    const LATIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const CYRILLIC: &str = "абцдефгхийклмнопярстувшхызАБЦДЕФГХИЙКЛМНОПЯРСТУВШХЫЗ";
    let cyrillic = |text: &str| -> String {
        text.chars()
            .map(|c| match LATIN.chars().position(|l| l == c) {
                Some(i) => CYRILLIC.chars().nth(i).unwrap_or(c),
                None => c,
            })
            .collect()
    };
    let mut json: serde_json::Value =
        serde_json::from_slice(&bundle.to_json()).expect("a bundle's JSON reads back");
    for &kind in Kind::RECORDS {
        let fields = translatable_fields(kind);
        let Some(records) = json.get_mut(kind.plural()).and_then(|v| v.as_array_mut()) else {
            continue;
        };
        for record in records {
            let mut ru = serde_json::Map::new();
            for field in fields {
                if let Some(text) = record.get(field.name).and_then(|v| v.as_str()) {
                    ru.insert(field.name.into(), cyrillic(text).into());
                }
            }
            if !ru.is_empty() {
                record["translations"] = serde_json::json!({ "ru": ru });
            }
        }
    }
    Bundle::parse(&serde_json::to_vec(&json).expect("JSON"))
        .expect("a transliterated bundle is valid")
}

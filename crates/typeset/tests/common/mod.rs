//! Documents and PDF-reading helpers shared by the integration tests and the bench.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use roundbook_typeset::{
    Align, Block, Cell, Column, Cover, Document, MarkingKind, Meta, ParaStyle, Paragraph, Row,
    Running, Span, Table, TableStyle, Tone,
};

pub const KAZAKH_LETTERS: &str = "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і";
pub const ZHANAOZEN: &str = "Жаңаөзен";
pub const RUSSIAN: &str = "Мы будем продолжать реформы";

pub fn meta(title: &str) -> Meta {
    Meta {
        title: title.to_string(),
        subject: "Benchmarks for the EU–Kazakhstan PCA".to_string(),
        author: "Norwegian Helsinki Committee; IPHR".to_string(),
        keywords: "Kazakhstan, EU, PCA".to_string(),
        creation_date: "2012-04-10T09:30:00+02:00".to_string(),
        document_id: "0b7c3f9e-1d2a-4c55-8e0f-2a9d6b4c1e77".to_string(),
        language: "en".to_string(),
    }
}

pub fn cover() -> Cover {
    Cover {
        eyebrow: "Briefing pack".to_string(),
        title: "EU–Kazakhstan Partnership and Cooperation Agreement".to_string(),
        subtitle: "Round 3".to_string(),
        details: vec![
            ("Round date".to_string(), "10 April 2012".to_string()),
            ("Location".to_string(), "Astana".to_string()),
        ],
        marking: "For EU officials".to_string(),
        marking_kind: MarkingKind::Neutral,
    }
}

pub fn anchored(level: u8, text: &str, anchor: &str, page_break_before: bool) -> Block {
    Block::Heading {
        level,
        text: text.to_string(),
        anchor: Some(anchor.to_string()),
        page_break_before,
        lang: None,
    }
}

/// Deterministic filler text: sentence `n` of a small repertoire.
pub fn sentence(n: usize) -> &'static str {
    const S: [&str; 8] = [
        "The EU should make clear that a deepened relationship requires decisive measures to reverse the negative trend in human rights protection.",
        "Negotiations to replace the 1999 Partnership and Cooperation Agreement with a new, enhanced agreement were launched in 2011.",
        "As part of its chairmanship bid, the government pledged to liberalise legislation on media, elections and political parties.",
        "The legal framework for political participation still remains inconsistent with international standards.",
        "During these events, more than a dozen people died and some 100 were wounded as police used arms to put down riots.",
        "Independent journalists and civil society activists reported increased pressure, including summonses for questioning and searches.",
        "The authorities announced consultations on amendments, but no draft has been shared with civil society so far.",
        "Trials of those accused of organising the riots were marred by allegations of torture that were not investigated.",
    ];
    S[n % S.len()]
}

pub fn paragraph_text(seed: usize, sentences: usize) -> String {
    (0..sentences)
        .map(|i| sentence(seed * 7 + i * 3))
        .collect::<Vec<_>>()
        .join(" ")
}

fn status(n: usize) -> Cell {
    let (text, tone) = match n % 5 {
        0 => ("Not met", Tone::Red),
        1 => ("Partially met", Tone::Amber),
        2 => ("Met", Tone::Green),
        3 => ("Regressed", Tone::DarkRed),
        _ => ("No data", Tone::Grey),
    };
    Cell::badge(text, tone)
}

/// A synthetic briefing pack with `sections` concern areas (about 2.3 pages each):
/// cover, contents, a scorecard, and per section background paragraphs, a quote, a
/// benchmark table with badges, a timeline table, a callout with asks, sources with
/// URLs, and Russian and Kazakh text.
pub fn synthetic(sections: usize) -> Document {
    let mut body = vec![
        Block::heading(1, "Contents"),
        Block::Contents,
        anchored(1, "Summary", "summary", true),
        Block::Paragraph(Paragraph::text(ParaStyle::Lead, paragraph_text(1, 3))),
    ];
    body.push(Block::Table(Table {
        columns: vec![
            Column::new("Concern area", 1.3),
            Column::new("Benchmark", 3.0),
            Column::new("Status", 1.1).aligned(Align::Center),
            Column::new("Change", 1.6),
        ],
        rows: (0..sections.min(40))
            .map(|s| {
                Row::new(vec![
                    Cell::text(format!("Area {}", s + 1)),
                    Cell::spans(vec![Span::plain(sentence(s)), Span::note(s + 1)]),
                    status(s),
                    Cell::text("No change since the previous round"),
                ])
            })
            .collect(),
        style: TableStyle::Plain,
    }));
    for s in 0..sections {
        let anchor = format!("area-{}", s + 1);
        body.push(anchored(
            1,
            &format!("{}. Concern area {}", s + 1, s + 1),
            &anchor,
            true,
        ));
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Label,
            "Background",
        )));
        for p in 0..3 {
            body.push(Block::paragraph(vec![
                Span::plain(paragraph_text(s + p, 4 + p)),
                Span::note(p + 1),
            ]));
        }
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Quote,
            format!("“{}” — {ZHANAOZEN}, {RUSSIAN}.", sentence(s + 2)),
        )));
        body.push(anchored(
            2,
            "Benchmarks",
            &format!("{anchor}-benchmarks"),
            false,
        ));
        body.push(Block::Table(Table {
            columns: vec![
                Column::new("Benchmark", 3.0),
                Column::new("Status", 1.0),
                Column::new("Evidence", 2.5),
            ],
            rows: (0..4)
                .map(|r| {
                    Row::new(vec![
                        Cell::text(sentence(s + r)),
                        status(s + r),
                        Cell::spans(vec![Span::plain(sentence(s + r + 4)), Span::note(r + 1)]),
                    ])
                })
                .collect(),
            style: TableStyle::Plain,
        }));
        body.push(anchored(
            2,
            "Timeline",
            &format!("{anchor}-timeline"),
            false,
        ));
        body.push(Block::Table(Table {
            columns: vec![
                Column::new("Date", 1.0),
                Column::new("Place", 1.2),
                Column::new("What happened", 4.0),
            ],
            rows: (0..8)
                .map(|r| {
                    Row::new(vec![
                        Cell::text(format!("{} Jan 2012", r + 1)),
                        Cell::text(if r % 3 == 0 { ZHANAOZEN } else { "Almaty" }),
                        Cell::text(sentence(s * 3 + r)),
                    ])
                })
                .collect(),
            style: TableStyle::Grid,
        }));
        body.push(Block::Callout {
            tone: Tone::Blue,
            title: Some("Asks for this round".to_string()),
            blocks: vec![Block::List {
                items: (0..3).map(|i| vec![Span::plain(sentence(s + i))]).collect(),
                numbered: true,
            }],
        });
        body.push(Block::paragraph(vec![
            Span::plain(format!("Kazakh names: {KAZAKH_LETTERS}. See also ")),
            Span::anchor("the summary", "summary"),
            Span::plain(" and the source "),
            Span::url(
                "report",
                format!(
                    "https://www.example.org/reports/{}/kazakhstan-human-rights",
                    s + 1
                ),
            ),
            Span::plain("."),
        ]));
    }
    body.push(anchored(1, "Sources", "sources", true));
    body.push(Block::List {
        items: (0..sections.min(60))
            .map(|i| {
                let url = format!(
                    "https://www.example.org/documents/2012/{}/statement-on-the-situation-of-human-rights-in-kazakhstan-and-the-pca-negotiations.pdf",
                    i + 1
                );
                vec![Span::plain(format!("Source {} — {}, ", i + 1, sentence(i))), Span::url(url.clone(), url)]
            })
            .collect(),
        numbered: true,
    });
    Document {
        meta: meta("Synthetic briefing pack"),
        cover: Some(cover()),
        header: Running {
            left: "EU–Kazakhstan Partnership and Cooperation Agreement".to_string(),
            right: "Round 3 · 10 April 2012".to_string(),
        },
        footer: Running {
            left: "For EU officials".to_string(),
            right: String::new(),
        },
        body,
        ..Document::default()
    }
}

/// How many URL-linked spans `blocks` contain.
pub fn count_url_spans(blocks: &[Block]) -> usize {
    fn spans(s: &[Span]) -> usize {
        s.iter()
            .filter(|s| matches!(s.link, Some(roundbook_typeset::Link::Url(_))))
            .count()
    }
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => spans(&p.spans),
            Block::List { items, .. } => items.iter().map(|i| spans(i)).sum(),
            Block::Table(t) => t
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .map(|c| spans(&c.spans))
                .sum(),
            Block::Callout { blocks, .. } => count_url_spans(blocks),
            _ => 0,
        })
        .sum()
}

// ---------------------------------------------------------------------------
// Reading PDFs back with poppler-utils and qpdf.

/// Writes `pdf` to a fresh file in the target directory and returns its path.
pub fn write_temp(name: &str, pdf: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("typeset-tests");
    std::fs::create_dir_all(&dir).expect("create test dir");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write pdf");
    path
}

pub fn run(cmd: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd} (is it installed?): {e}"));
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

/// Text of the whole document, or of page `page` (1-based).
pub fn pdftotext(path: &Path, page: Option<usize>, layout: bool) -> String {
    let p = path.to_str().expect("utf-8 path");
    let n = page.map(|n| n.to_string());
    let mut args = Vec::new();
    if let Some(n) = &n {
        args.extend(["-f", n.as_str(), "-l", n.as_str()]);
    }
    if layout {
        args.push("-layout");
    }
    args.extend([p, "-"]);
    let out = Command::new("pdftotext")
        .args(&args)
        .output()
        .expect("cannot run pdftotext (poppler-utils)");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).expect("pdftotext gives UTF-8")
}

/// One `key: value` field of `pdfinfo`.
pub fn pdfinfo(path: &Path, key: &str) -> String {
    let (ok, out) = run("pdfinfo", &[path.to_str().unwrap()]);
    assert!(ok, "pdfinfo failed: {out}");
    out.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| panic!("pdfinfo has no {key}: {out}"))
}

/// `qpdf --json` output, parsed.
pub fn qpdf_json(path: &Path, keys: &[&str]) -> serde_json::Value {
    let mut args = vec!["--json".to_string()];
    for k in keys {
        args.push(format!("--json-key={k}"));
    }
    args.push(path.to_str().unwrap().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (ok, out) = run("qpdf", &args);
    assert!(ok, "qpdf --json failed: {out}");
    serde_json::from_str(&out).expect("qpdf --json gives JSON")
}

/// Collapses runs of whitespace, so text broken over lines compares equal.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

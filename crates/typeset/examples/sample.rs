//! Renders a realistic briefing pack to /tmp/sample.pdf (or the path given as the
//! first argument), to look at the typography. `--internal` marks it as an internal
//! pack (red marking), `--letter` uses US Letter paper.
//!
//! ```text
//! cargo run --release --example sample
//! pdftoppm -png -r 70 /tmp/sample.pdf /tmp/sample
//! ```

use roundbook_typeset::{
    render, Align, Block, Cell, Column, Cover, Document, MarkingKind, Meta, Paper, ParaStyle,
    Paragraph, Row, Running, Span, Table, TableStyle, Tone,
};

fn heading(level: u8, text: &str, anchor: &str, page_break_before: bool) -> Block {
    Block::Heading {
        level,
        text: text.to_string(),
        anchor: Some(anchor.to_string()),
        page_break_before,
        lang: None,
    }
}

fn para(spans: Vec<Span>) -> Block {
    Block::Paragraph(Paragraph::body(spans))
}

fn styled(style: ParaStyle, text: &str) -> Block {
    Block::Paragraph(Paragraph::text(style, text))
}

fn status(tone: Tone) -> Cell {
    let text = match tone {
        Tone::Red => "Not met",
        Tone::Amber => "Partially met",
        Tone::Green => "Met",
        Tone::DarkRed => "Regressed",
        Tone::Grey => "No data",
        Tone::Blue => "New",
    };
    Cell::badge(text, tone)
}

fn scorecard() -> Block {
    let rows = [
        (
            "Political participation",
            "Register the opposition parties denied registration",
            Tone::Red,
            "No change",
        ),
        (
            "Political participation",
            "Amend the law on political parties in line with OSCE/ODIHR recommendations",
            Tone::Amber,
            "Draft published",
        ),
        (
            "Zhanaozen investigation",
            "Publish full details of all deaths and injuries in Жаңаөзен, 16–17 December 2011",
            Tone::DarkRed,
            "Worse: casualty figures revised without explanation",
        ),
        (
            "Zhanaozen investigation",
            "Allow an independent international investigation",
            Tone::Red,
            "No change",
        ),
        (
            "Activists and journalists",
            "Release Vladimir Kozlov and others detained after the events",
            Tone::Red,
            "No change",
        ),
        (
            "Activists and journalists",
            "Release Natalia Sokolova",
            Tone::Green,
            "Released 8 March 2012",
        ),
        (
            "Media freedoms",
            "Decriminalise defamation and insult",
            Tone::Grey,
            "No information",
        ),
        (
            "Peaceful assembly",
            "Repeal the requirement of prior permission for assemblies",
            Tone::Red,
            "No change",
        ),
        (
            "Freedom of religion",
            "Amend the 2011 religion law to meet OSCE standards",
            Tone::Amber,
            "Consultations announced",
        ),
    ];
    Block::Table(Table {
        columns: vec![
            Column::new("Concern area", 1.3),
            Column::new("Benchmark", 3.0),
            Column::new("Status", 1.2),
            Column::new("Change since the previous round", 2.0),
        ],
        rows: rows
            .iter()
            .map(|(area, bench, tone, change)| {
                Row::new(vec![
                    Cell::text(*area),
                    Cell::spans(vec![Span::plain(*bench), Span::note(1)]),
                    status(*tone),
                    Cell::text(*change),
                ])
            })
            .collect(),
        style: TableStyle::Plain,
    })
}

fn timeline() -> Block {
    let events = [
        ("16 Dec 2011", "Жаңаөзен (Zhanaozen)", "Police open fire on striking oil workers and residents; at least 15 killed, over 100 injured.", Tone::DarkRed),
        ("17 Dec 2011", "Shetpe", "One person killed as police disperse protesters blocking a railway.", Tone::DarkRed),
        ("18 Dec 2011", "Astana", "President orders an investigation \u{201c}in a thorough and transparent way\u{201d}.", Tone::Blue),
        ("Jan 2012", "Aktau", "Reports of ill-treatment of detainees in police custody; lawyers denied access.", Tone::Red),
        ("23 Jan 2012", "Almaty", "Vladimir Kozlov (Alga!) arrested on charges of \u{201c}inciting social discord\u{201d}.", Tone::Red),
        ("28 Jan 2012", "Almaty", "Peaceful protest against the election results dispersed; about 20 detained.", Tone::Red),
        ("25 Feb 2012", "Almaty", "Second protest; organisers fined for an \u{201c}unsanctioned\u{201d} assembly.", Tone::Red),
        ("8 Mar 2012", "Aktau", "Natalia Sokolova released after her sentence is changed to a suspended one.", Tone::Green),
        ("15 Mar 2012", "Strasbourg", "European Parliament resolution: PCA progress \u{201c}must depend on\u{201d} reforms.", Tone::Blue),
    ];
    let mut rows = Vec::new();
    for _ in 0..3 {
        for (date, place, what, tone) in events {
            rows.push(Row::new(vec![
                Cell::text(date),
                Cell::text(place),
                Cell::text(what),
                Cell::badge(
                    match tone {
                        Tone::Green => "For",
                        Tone::Blue => "Context",
                        _ => "Against",
                    },
                    tone,
                ),
            ]));
        }
    }
    Block::Table(Table {
        columns: vec![
            Column::new("Date", 1.0),
            Column::new("Place", 1.3),
            Column::new("What happened", 4.0),
            Column::new("Evidence", 1.0).aligned(Align::Center),
        ],
        rows,
        style: TableStyle::Grid,
    })
}

fn area(n: usize, title: &str, anchor: &str) -> Vec<Block> {
    vec![
        heading(1, &format!("{n}. {title}"), anchor, true),
        styled(ParaStyle::Label, "Background"),
        para(vec![
            Span::plain("The Kazakhstani authorities have made some changes to legislation on elections and political parties since pledging reforms in the Madrid commitments. However, as concluded by OSCE and Council of Europe monitors, the legal framework for political participation "),
            Span::italic("still remains inconsistent"),
            Span::plain(" with international standards, and the January 2012 parliamentary elections were not genuinely pluralistic."),
            Span::note(2),
        ]),
        para(vec![Span::plain("Even if the elections formally ended the monopoly in parliament of the pro-presidential party, the two other parties that gained representation are both loyal to the current regime. The country's two major opposition parties were not able to run: one was suspended by a court on spurious grounds, and the other has not been granted registration despite seeking it for a long time.")]),
        heading(2, "Benchmarks and trend", &format!("{anchor}-benchmarks"), false),
        para(vec![
            Span::bold("Register the opposition parties denied registration. "),
            Span::plain("Status "),
            Span::bold("not met").colored(Tone::Red),
            Span::plain(" as of 20 March 2012 (previous round: not met). The application of the party Alga! has been pending since 2005."),
            Span::note(3),
        ]),
        heading(2, "What the government committed to", &format!("{anchor}-commitments"), false),
        styled(ParaStyle::Quote, "\u{201c}Strengthening EU–Kazakhstan relations does not – and cannot – occur independently from the progress of political reforms in Kazakhstan.\u{201d} — Statement on behalf of the High Representative, 14 March 2012"),
        para(vec![
            Span::plain("Against this, the authorities pressed criminal charges against the leaders of the unregistered party, see "),
            Span::anchor("the incidents in the annex", "annex-incidents"),
            Span::plain(". Quotes in Russian are kept as given: "),
            Span::italic("«Мы будем продолжать реформы»"),
            Span::plain(" (Астана, 2012). Kazakh letters: Ә Ғ Қ Ң Ө Ұ Ү Һ І."),
        ]),
        Block::Callout {
            tone: Tone::Blue,
            title: Some("Asks for this round".to_string()),
            blocks: vec![
                Block::List {
                    items: vec![
                        vec![Span::plain("Make progress on the PCA conditional on registering the opposition parties denied registration.")],
                        vec![Span::plain("Ask for a timetable to amend the law on political parties in line with OSCE/ODIHR recommendations → report back before the next round.")],
                        vec![Span::plain("Raise the cases of "), Span::bold("Vladimir Kozlov"), Span::plain(" and other detained opposition members by name.")],
                    ],
                    numbered: true,
                },
            ],
        },
    ]
}

fn sources() -> Block {
    let items = [
        ("Statement on behalf of HR/VP Catherine Ashton on Kazakhstan, 14 March 2012, ", "https://eeas.europa.eu/archives/docs/statements/docs/2012/120314_kazakhstan_statement_on_behalf_of_hr_ashton.pdf"),
        ("European Parliament resolution of 15 March 2012 on Kazakhstan (2012/2554(RSP)), ", "https://www.europarl.europa.eu/sides/getDoc.do?type=TA&reference=P7-TA-2012-0090&language=EN&ring=P7-RC-2012-0154"),
        ("OSCE/ODIHR, Republic of Kazakhstan, Early Parliamentary Elections, 15 January 2012: Final Report, ", "https://www.osce.org/odihr/elections/Kazakhstan/89295"),
        ("Norwegian Helsinki Committee, IPHR and Netherlands Helsinki Committee, Appeal to the EU, 20 March 2012, ", "https://www.nhc.no/en/appeal-to-the-eu-use-new-cooperation-agreement-to-push-for-follow-through-on-kazakhstans-human-rights-promises/"),
        ("National Human Rights Action Plan of the Republic of Kazakhstan 2009–2012 (Национальный план действий в области прав человека), ", "https://www.akorda.kz/ru/legal_acts/decrees/national-human-rights-action-plan-2009-2012-full-text-with-annexes-and-implementation-schedule"),
    ];
    Block::List {
        items: items
            .iter()
            .map(|(title, url)| vec![Span::plain(*title), Span::url(*url, *url)])
            .collect(),
        numbered: true,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let internal = args.iter().any(|a| a == "--internal");
    let letter = args.iter().any(|a| a == "--letter");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "/tmp/sample.pdf".to_string());
    let marking = if internal {
        "Internal — do not distribute"
    } else {
        "For EU officials"
    };
    let mut body = vec![
        Block::Heading {
            level: 1,
            text: "Contents".to_string(),
            anchor: None,
            page_break_before: false,
            lang: None,
        },
        Block::Contents,
        heading(1, "Summary", "summary", true),
        styled(ParaStyle::Lead, "Three months after the events in Zhanaozen, none of the benchmarks on accountability has been met, and the situation of activists and journalists has worsened. One benchmark was met: Natalia Sokolova was released on 8 March 2012."),
        heading(2, "Scorecard", "scorecard", false),
        scorecard(),
        styled(ParaStyle::Small, "Status as assessed on 20 March 2012. Note numbers refer to the sources in the annex."),
        heading(2, "Top asks", "top-asks", false),
        Block::List {
            items: vec![
                vec![Span::plain("Tie the next phase of the PCA negotiations to the registration of opposition parties.")],
                vec![Span::plain("Call for an independent international investigation of the events in Zhanaozen.")],
                vec![Span::plain("Ask for the release of all those detained for peaceful expression and assembly.")],
            ],
            numbered: false,
        },
    ];
    body.extend(area(
        1,
        "Political participation",
        "political-participation",
    ));
    body.extend(area(
        2,
        "Investigation of the events in Zhanaozen",
        "zhanaozen",
    ));
    body.extend([
        heading(1, "Annex A. Incidents", "annex-incidents", true),
        styled(ParaStyle::Muted, "All incidents since the previous round, oldest first. Restricted material is not included in this pack."),
        timeline(),
        heading(1, "Annex B. Sources", "annex-sources", true),
        sources(),
        Block::Rule,
        styled(ParaStyle::Small, "Prepared by the Norwegian Helsinki Committee, International Partnership for Human Rights and the Netherlands Helsinki Committee."),
    ]);

    let doc = Document {
        meta: Meta {
            title: "EU–Kazakhstan PCA: briefing pack for round 3".to_string(),
            subject: "Human-rights benchmarks for the EU–Kazakhstan Partnership and Cooperation Agreement".to_string(),
            author: "Norwegian Helsinki Committee; IPHR; Netherlands Helsinki Committee".to_string(),
            keywords: "Kazakhstan, EU, PCA, human rights, benchmarks".to_string(),
            creation_date: "2012-04-10T09:30:00+02:00".to_string(),
            document_id: "6f1c2a8e-3b1d-4f0e-9a57-3f2d8c1b9e42".to_string(),
            language: "en".to_string(),
        },
        cover: Some(Cover {
            eyebrow: "Briefing pack".to_string(),
            title: "EU–Kazakhstan Partnership and Cooperation Agreement".to_string(),
            subtitle: "Negotiation round 3 · Astana".to_string(),
            details: vec![
                ("Round date".to_string(), "10–11 April 2012".to_string()),
                ("Location".to_string(), "Astana, Kazakhstan".to_string()),
                ("Prepared by".to_string(), "Norwegian Helsinki Committee, International Partnership for Human Rights, Netherlands Helsinki Committee".to_string()),
                ("Date prepared".to_string(), "5 April 2012".to_string()),
            ],
            marking: marking.to_string(),
            marking_kind: if internal {
                MarkingKind::Warning
            } else {
                MarkingKind::Neutral
            },
        }),
        header: Running {
            left: "EU–Kazakhstan Partnership and Cooperation Agreement".to_string(),
            right: "Round 3 · 10–11 April 2012".to_string(),
        },
        footer: Running {
            left: marking.to_string(),
            right: String::new(),
        },
        body,
        paper: if letter { Paper::Letter } else { Paper::A4 },
        band: Default::default(),
        page_label: Default::default(),
    };

    let start = std::time::Instant::now();
    match render(&doc) {
        Ok(out) => {
            if let Err(e) = std::fs::write(&path, &out.pdf) {
                eprintln!("cannot write {path}: {e}");
                std::process::exit(1);
            }
            println!(
                "{path}: {} pages, {} bytes, {:?}",
                out.page_count,
                out.pdf.len(),
                start.elapsed()
            );
        }
        Err(e) => {
            eprintln!("render failed: {e}");
            std::process::exit(1);
        }
    }
}

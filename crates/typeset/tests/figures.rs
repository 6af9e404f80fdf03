//! Figures (vector charts): rendered, read back with poppler-utils and qpdf, and
//! rasterised to check that nothing is drawn outside a figure's box.

mod common;

use std::path::Path;

use common::*;
use roundbook_typeset::{
    render, text_width, Align, Block, Document, Figure, Ink, Mark, ParaStyle, Paragraph, Shape,
    Stroke, Tone, TypesetError,
};

/// Text area of an A4 page (see the theme): left, top, width, height.
const LEFT: f32 = 70.0;
const TOP: f32 = 78.0;
const TEXT_WIDTH: f32 = 595.276 - 140.0;
const TEXT_HEIGHT: f32 = 841.89 - 78.0 - 72.0;

fn label(x: f32, y: f32, text: &str, size: f32, bold: bool, align: Align, ink: Ink) -> Mark {
    Mark::Text {
        x,
        y,
        text: text.to_string(),
        size,
        bold,
        align,
        ink,
    }
}

fn line(x1: f32, y1: f32, x2: f32, y2: f32, stroke: Stroke) -> Mark {
    Mark::Line {
        x1,
        y1,
        x2,
        y2,
        stroke,
    }
}

fn symbol(x: f32, y: f32, size: f32, shape: Shape, tone: Tone) -> Mark {
    Mark::Symbol {
        x,
        y,
        size,
        shape,
        fill: Some(Ink::Tone(tone)),
        stroke: None,
    }
}

/// Status of benchmark `b` in round `r`: (text, tone, shape).
fn status(b: usize, r: usize) -> (&'static str, Tone, Shape) {
    const S: [(&str, Tone, Shape); 5] = [
        ("Not met", Tone::Red, Shape::Cross),
        ("Partially met", Tone::Amber, Shape::Triangle),
        ("Met", Tone::Green, Shape::Circle),
        ("Regressed", Tone::DarkRed, Shape::Diamond),
        ("No data", Tone::Grey, Shape::Square),
    ];
    S[(b + 2 * r + b * r) % 5]
}

/// A status grid: benchmarks down, rounds across, a tinted cell with a symbol for
/// each, and a legend.
fn status_grid() -> Figure {
    let rows = [
        "Media law",
        "Elections",
        "Freedom of assembly",
        "Torture prevention",
        "Расследование: Жаңаөзен",
    ];
    let rounds = ["Round 1", "Round 2", "Round 3", "Round 4"];
    let label_w = rows
        .iter()
        .map(|r| text_width(r, 8.0, false).unwrap())
        .fold(0.0, f32::max)
        + 10.0;
    let (head, row_h) = (18.0, 20.0);
    let col_w = (TEXT_WIDTH - label_w) / rounds.len() as f32;
    let grid_h = head + rows.len() as f32 * row_h;
    let mut f = Figure::new(grid_h + 30.0, "Status of five benchmarks over four rounds");
    for (c, round) in rounds.iter().enumerate() {
        let cx = label_w + (c as f32 + 0.5) * col_w;
        f.marks
            .push(label(cx, 12.0, round, 7.5, true, Align::Center, Ink::Muted));
    }
    for (r, name) in rows.iter().enumerate() {
        let top = head + r as f32 * row_h;
        f.marks.push(label(
            0.0,
            top + 13.0,
            name,
            8.0,
            false,
            Align::Left,
            Ink::Text,
        ));
        for c in 0..rounds.len() {
            let (_, tone, shape) = status(r, c);
            let x = label_w + c as f32 * col_w;
            f.marks.push(Mark::Rect {
                x: x + 1.0,
                y: top + 1.0,
                w: col_w - 2.0,
                h: row_h - 2.0,
                fill: Some(Ink::Tint(tone)),
                stroke: None,
            });
            f.marks
                .push(symbol(x + col_w / 2.0, top + row_h / 2.0, 9.0, shape, tone));
        }
    }
    // Legend.
    let mut lx = label_w;
    for (text, tone, shape) in (0..5).map(|i| status(i, 0)) {
        f.marks
            .push(symbol(lx + 4.0, grid_h + 17.0, 8.0, shape, tone));
        f.marks.push(label(
            lx + 12.0,
            grid_h + 20.0,
            text,
            7.5,
            false,
            Align::Left,
            Ink::Muted,
        ));
        lx += 24.0 + text_width(text, 7.5, false).unwrap();
    }
    f
}

/// A timeline of incidents: an axis with monthly ticks and labelled events.
fn timeline() -> Figure {
    let mut f = Figure::new(72.0, "Incidents from December 2011 to April 2012");
    // Room at both ends for the centred month labels.
    let edge = text_width("Dec 2011", 7.0, false).unwrap() / 2.0 + 2.0;
    let (x0, x1, axis) = (edge, TEXT_WIDTH - edge, 52.0);
    let months = ["Dec 2011", "Jan 2012", "Feb 2012", "Mar 2012", "Apr 2012"];
    let step = (x1 - x0) / (months.len() - 1) as f32;
    f.marks
        .push(line(x0, axis, x1, axis, Stroke::solid(Ink::Muted, 1.0)));
    for (i, m) in months.iter().enumerate() {
        let x = x0 + i as f32 * step;
        f.marks
            .push(line(x, axis, x, axis + 4.0, Stroke::solid(Ink::Muted, 0.8)));
        f.marks.push(label(
            x,
            axis + 14.0,
            m,
            7.0,
            false,
            Align::Center,
            Ink::Muted,
        ));
    }
    let events = [
        (0.5, "Strike ends in shootings", Tone::Red, Shape::Cross),
        (1.2, "State of emergency", Tone::Amber, Shape::Triangle),
        (2.1, "Trials open", Tone::Grey, Shape::Square),
        (3.3, "Inquiry report", Tone::Green, Shape::Circle),
    ];
    for (i, (at, text, tone, shape)) in events.into_iter().enumerate() {
        let x = x0 + at * step;
        let y = if i % 2 == 0 { 14.0 } else { 30.0 };
        f.marks.push(line(
            x,
            y + 3.0,
            x,
            axis - 6.0,
            Stroke::dashed(Ink::Rule, 0.6, 2.0),
        ));
        f.marks.push(symbol(x, axis, 9.0, shape, tone));
        f.marks
            .push(label(x, y, text, 7.5, true, Align::Center, Ink::Tone(tone)));
    }
    f
}

/// A horizontal bar chart with dashed grid lines and value labels.
fn bar_chart() -> Figure {
    let bars = [
        ("Detentions", 42.0, Tone::Red),
        ("Summonses", 27.0, Tone::Amber),
        ("Searches", 15.0, Tone::Blue),
        ("Задержания", 8.0, Tone::DarkRed),
    ];
    let label_w = bars
        .iter()
        .map(|b| text_width(b.0, 8.0, false).unwrap())
        .fold(0.0, f32::max)
        + 10.0;
    let (bar_h, gap, max) = (14.0, 6.0, 50.0);
    let plot_w = TEXT_WIDTH - label_w - 30.0;
    let h = bars.len() as f32 * (bar_h + gap) + 16.0;
    let mut f = Figure::new(h, "Incidents reported, by kind");
    for v in (0..=50).step_by(10) {
        let x = label_w + v as f32 / max * plot_w;
        f.marks.push(line(
            x,
            0.0,
            x,
            h - 14.0,
            Stroke::dashed(Ink::Rule, 0.5, 2.0),
        ));
        f.marks.push(label(
            x,
            h - 3.0,
            &v.to_string(),
            7.0,
            false,
            Align::Center,
            Ink::Muted,
        ));
    }
    for (i, (name, value, tone)) in bars.into_iter().enumerate() {
        let y = 2.0 + i as f32 * (bar_h + gap);
        let w = value / max * plot_w;
        f.marks.push(label(
            label_w - 8.0,
            y + 10.0,
            name,
            8.0,
            false,
            Align::Right,
            Ink::Text,
        ));
        f.marks.push(Mark::Rect {
            x: label_w,
            y,
            w,
            h: bar_h,
            fill: Some(Ink::Tone(tone)),
            stroke: None,
        });
        let text = format!("{value}");
        // The value goes inside the bar if it fits there, else after it.
        let tw = text_width(&text, 7.5, true).unwrap();
        let (x, ink) = if tw + 8.0 < w {
            (label_w + w - 4.0 - tw, Ink::White)
        } else {
            (label_w + w + 4.0, Ink::Text)
        };
        f.marks
            .push(label(x, y + 10.0, &text, 7.5, true, Align::Left, ink));
    }
    f
}

fn charts_document() -> Document {
    Document {
        meta: meta("Figures"),
        body: vec![
            Block::heading(1, "Benchmarks at a glance"),
            Block::Paragraph(Paragraph::text(ParaStyle::Label, "Status by round")),
            Block::Figure(status_grid()),
            Block::text(paragraph_text(1, 2)),
            Block::Paragraph(Paragraph::text(ParaStyle::Label, "Timeline")),
            Block::Figure(timeline()),
            Block::Paragraph(Paragraph::text(ParaStyle::Label, "Incidents")),
            Block::Figure(bar_chart()),
            Block::Callout {
                tone: Tone::Blue,
                title: Some("In the callout".to_string()),
                blocks: vec![
                    Block::text("A figure inside a callout:"),
                    Block::Figure(Figure {
                        width: None,
                        height: 24.0,
                        marks: vec![
                            symbol(8.0, 12.0, 9.0, Shape::Diamond, Tone::DarkRed),
                            label(18.0, 15.0, "Внутри", 8.0, true, Align::Left, Ink::Text),
                        ],
                        alt: "A diamond and a label".to_string(),
                    }),
                ],
            },
        ],
        ..Document::default()
    }
}

fn qpdf_check(path: &Path) {
    let (ok, out) = run("qpdf", &["--check", path.to_str().unwrap()]);
    assert!(ok, "qpdf --check failed: {out}");
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

#[test]
fn figures_render_with_extractable_labels() {
    let out = render(&charts_document()).expect("render");
    assert_eq!(out.page_count, 1);
    let path = write_temp("figures", &out.pdf);
    qpdf_check(&path);
    assert_eq!(pdfinfo(&path, "Pages"), "1");
    let text = squash(&pdftotext(&path, None, false));
    for expected in [
        "Round 3",
        "Media law",
        "Расследование: Жаңаөзен",
        "Partially met",
        "Strike ends in shootings",
        "Apr 2012",
        "Задержания",
        "42",
        "Внутри",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text:?}");
    }
    // The text alternative is kept for tagging, not printed.
    assert!(!text.contains("Status of five benchmarks"));
}

#[test]
fn the_same_figures_give_the_same_bytes() {
    let a = render(&charts_document()).expect("render").pdf;
    let b = render(&charts_document()).expect("render").pdf;
    assert!(a == b, "two renders differ");
}

/// A document whose first page is filled with text down to about `free` points
/// above the bottom of the text area, then a figure `height` high labelled "FIGURE".
fn after_filler(free: f32, height: f32) -> Document {
    // Body text is 14 pt a line; paragraphs end with 7 pt of space.
    let lines = ((TEXT_HEIGHT - free) / 14.0).floor() as usize;
    let filler = (0..lines)
        .map(|i| format!("Line {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    Document {
        meta: meta("Figure placement"),
        body: vec![
            Block::text(filler),
            Block::Figure(Figure {
                width: Some(200.0),
                height,
                marks: vec![
                    Mark::Rect {
                        x: 0.0,
                        y: 0.0,
                        w: 200.0,
                        h: height,
                        fill: Some(Ink::Tint(Tone::Blue)),
                        stroke: Some(Stroke::solid(Ink::Tone(Tone::Blue), 1.0)),
                    },
                    label(10.0, 20.0, "FIGURE", 10.0, true, Align::Left, Ink::Text),
                ],
                alt: "A blue block filling the figure".to_string(),
            }),
            Block::text("After the figure."),
        ],
        ..Document::default()
    }
}

#[test]
fn a_figure_that_does_not_fit_moves_to_the_next_page() {
    // 150 points free: a 100-point figure stays, a 200-point one moves on.
    let stays = render(&after_filler(150.0, 100.0)).expect("render");
    assert_eq!(stays.page_count, 1);
    let moves = render(&after_filler(150.0, 200.0)).expect("render");
    assert_eq!(moves.page_count, 2);
    let path = write_temp("figure-moves", &moves.pdf);
    qpdf_check(&path);
    assert_eq!(pdfinfo(&path, "Pages"), "2");
    assert!(!pdftotext(&path, Some(1), false).contains("FIGURE"));
    let second = pdftotext(&path, Some(2), false);
    assert!(second.contains("FIGURE") && second.contains("After the figure."));
    // On its new page the figure starts at the top of the text area.
    let (_, y) = word_box(&path, 2, "FIGURE").expect("FIGURE on page 2");
    assert!((y - (TOP + 20.0)).abs() < 12.0, "FIGURE at y = {y}");
}

#[test]
fn a_figure_taller_than_a_page_is_scaled_to_fit_it() {
    let height = 3.0 * TEXT_HEIGHT;
    let doc = Document {
        meta: meta("Tall figure"),
        body: vec![
            Block::text("Before."),
            Block::Figure(Figure {
                width: None,
                height,
                marks: vec![
                    Mark::Rect {
                        x: 0.0,
                        y: 0.0,
                        w: TEXT_WIDTH,
                        h: height,
                        fill: Some(Ink::Grey(0.5)),
                        stroke: None,
                    },
                    label(0.0, 40.0, "TOP", 30.0, true, Align::Left, Ink::White),
                    label(
                        0.0,
                        height - 10.0,
                        "BOTTOM",
                        30.0,
                        true,
                        Align::Left,
                        Ink::White,
                    ),
                ],
                alt: "A tall figure".to_string(),
            }),
        ],
        ..Document::default()
    };
    let out = render(&doc).expect("render");
    assert_eq!(out.page_count, 2, "the figure takes a page of its own");
    let path = write_temp("figure-tall", &out.pdf);
    qpdf_check(&path);
    let page = pdftotext(&path, Some(2), false);
    assert!(page.contains("TOP") && page.contains("BOTTOM"), "{page}");
    // Scaled to a third: all of it inside the text area, a third as wide.
    let grey = painted_box(&path, 2);
    let (x0, y0, x1, y1) = grey.expect("something painted");
    assert!(y0 >= TOP - 1.0 && y1 <= TOP + TEXT_HEIGHT + 1.0, "{grey:?}");
    assert!(
        x0 >= LEFT - 1.0 && (x1 - x0 - TEXT_WIDTH / 3.0).abs() < 2.0,
        "{grey:?}"
    );
}

#[test]
fn marks_outside_the_box_are_clipped_to_it() {
    let (w, h) = (200.0, 100.0);
    let doc = Document {
        meta: meta("Clipping"),
        body: vec![Block::Figure(Figure {
            width: Some(w),
            height: h,
            marks: vec![
                // Far larger than the page, and far away.
                Mark::Rect {
                    x: -1e30,
                    y: -1e30,
                    w: 2e30,
                    h: 2e30,
                    fill: Some(Ink::Tone(Tone::Red)),
                    stroke: Some(Stroke::dashed(Ink::Text, 1e20, 3.0)),
                },
                line(-1e9, -1e9, 1e9, 1e9, Stroke::dashed(Ink::Text, 4.0, 1e-9)),
                line(
                    5000.0,
                    5000.0,
                    9000.0,
                    5000.0,
                    Stroke::solid(Ink::Text, 1.0),
                ),
                symbol(w, h, 1e12, Shape::Circle, Tone::Blue),
                symbol(-300.0, 50.0, 10.0, Shape::Triangle, Tone::Green),
                label(
                    100.0,
                    50.0,
                    "INSIDE",
                    10.0,
                    false,
                    Align::Center,
                    Ink::White,
                ),
                label(1e6, 50.0, "FARAWAY", 10.0, false, Align::Left, Ink::Text),
                label(190.0, 50.0, "EDGEWORD", 30.0, false, Align::Left, Ink::Text),
                // Numbers that are not numbers are left out.
                Mark::Rect {
                    x: f32::NAN,
                    y: 0.0,
                    w: 10.0,
                    h: f32::INFINITY,
                    fill: Some(Ink::Text),
                    stroke: None,
                },
                label(
                    10.0,
                    f32::NAN,
                    "NOTANUMBER",
                    10.0,
                    false,
                    Align::Left,
                    Ink::Text,
                ),
                line(0.0, 0.0, f32::INFINITY, 10.0, Stroke::solid(Ink::Text, 1.0)),
            ],
            alt: "A rectangle far larger than the figure".to_string(),
        })],
        ..Document::default()
    };
    let out = render(&doc).expect("render");
    assert_eq!(out.page_count, 1);
    let path = write_temp("figure-clipped", &out.pdf);
    qpdf_check(&path);
    let text = pdftotext(&path, None, false);
    assert!(text.contains("INSIDE"), "{text}");
    assert!(
        !text.contains("FARAWAY") && !text.contains("NOTANUMBER"),
        "{text}"
    );
    // Nothing is painted outside the figure's box (the page's header and footer
    // rules aside).
    let painted = painted_box(&path, 1).expect("something painted");
    let (x0, y0, x1, y1) = painted;
    let tolerance = 1.5;
    assert!(
        x0 >= LEFT - tolerance
            && y0 >= TOP - tolerance
            && x1 <= LEFT + w + tolerance
            && y1 <= TOP + h + tolerance,
        "painted {painted:?}, box {:?}",
        (LEFT, TOP, LEFT + w, TOP + h)
    );
    // The box is filled right up to its edges.
    assert!(
        (x1 - x0 - w).abs() < 2.0 && (y1 - y0 - h).abs() < 2.0,
        "{painted:?}"
    );
}

#[test]
fn text_width_measures_labels() {
    let regular = text_width("Round 3", 10.0, false).unwrap();
    let bold = text_width("Round 3", 10.0, true).unwrap();
    assert!(regular > 20.0 && regular < 60.0, "{regular}");
    assert!(bold > regular);
    let double = text_width("Round 3", 20.0, false).unwrap();
    assert!((double - 2.0 * regular).abs() < 0.01);
    assert!(text_width(ZHANAOZEN, 10.0, false).unwrap() > 30.0);
    assert_eq!(text_width("", 10.0, false).unwrap(), 0.0);
    assert_eq!(text_width("abc", f32::NAN, false).unwrap(), 0.0);
    assert!(matches!(
        text_width("漢字", 10.0, false),
        Err(TypesetError::MissingGlyph { ch: '漢', .. })
    ));
}

// ---------------------------------------------------------------------------
// Reading positions back.

/// Top-left corner (points from the page's top-left) of the first word `word` on
/// page `page`, from `pdftotext -bbox`.
fn word_box(path: &Path, page: usize, word: &str) -> Option<(f32, f32)> {
    let n = page.to_string();
    let (ok, out) = run(
        "pdftotext",
        &["-f", &n, "-l", &n, "-bbox", path.to_str().unwrap(), "-"],
    );
    assert!(ok, "pdftotext -bbox failed: {out}");
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    out.lines()
        .find(|l| l.contains("<word") && l.contains(&format!(">{word}</word>")))
        .map(|l| (attr(l, "xMin"), attr(l, "yMin")))
}

/// The bounding box, in points from the page's top-left, of everything painted on
/// page `page` (rasterised in grey at 72 dpi, one pixel a point), leaving out the
/// running header and footer (above `TOP - 10` and below the text area).
fn painted_box(path: &Path, page: usize) -> Option<(f32, f32, f32, f32)> {
    let n = page.to_string();
    let out = std::process::Command::new("pdftoppm")
        .args([
            "-f",
            &n,
            "-l",
            &n,
            "-r",
            "72",
            "-gray",
            path.to_str().unwrap(),
        ])
        .output()
        .expect("cannot run pdftoppm (poppler-utils)");
    assert!(out.status.success(), "pdftoppm failed");
    let pgm = out.stdout;
    // Binary PGM: "P5", width, height, maxval, then one byte a pixel.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &pgm[i + 1..];
    assert_eq!(pixels.len(), w * h);
    let (top, bottom) = ((TOP - 10.0) as usize, (TOP + TEXT_HEIGHT + 5.0) as usize);
    let mut found: Option<(usize, usize, usize, usize)> = None;
    for y in top..bottom.min(h) {
        for x in 0..w {
            if pixels[y * w + x] < 250 {
                found = Some(match found {
                    None => (x, y, x + 1, y + 1),
                    Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x + 1), y1.max(y + 1)),
                });
            }
        }
    }
    found.map(|(x0, y0, x1, y1)| (x0 as f32, y0 as f32, x1 as f32, y1 as f32))
}

//! Pagination rules, checked on the laid-out pages.

use super::*;
use crate::model::{Block, Cell, Column, Cover, Row, Table, TableStyle};

/// (page, baseline) of every text draw starting with `prefix`.
fn find(l: &Layout, prefix: &str) -> Vec<(usize, f32)> {
    let mut out = Vec::new();
    for (i, p) in l.pages.iter().enumerate() {
        for d in &p.draws {
            if let Draw::Text { text, baseline, .. } = d {
                if text.starts_with(prefix) {
                    out.push((i + 1, *baseline));
                }
            }
        }
    }
    out
}

fn doc(body: Vec<Block>) -> Document {
    Document {
        body,
        ..Document::default()
    }
}

fn lines(n: usize, tag: &str) -> Block {
    // Each line starts with "tagK " so lines can be told apart.
    let text = (0..n)
        .map(|i| format!("{tag}{i} {}", "word ".repeat(14).trim_end()))
        .collect::<Vec<_>>()
        .join("\n");
    Block::text(text)
}

/// Body documents that start with one line and then `space` points of space,
/// for `space` stepping across the last 150 points of the first page.
fn spaced(then: impl Fn() -> Vec<Block>) -> Vec<(f32, Layout)> {
    let body_h = PageGeometry::for_paper(crate::model::Paper::A4).body_height();
    (0..75)
        .map(|k| {
            let space = body_h - 150.0 + 2.0 * k as f32;
            let mut body = vec![Block::text("First line"), Block::Spacer(space)];
            body.extend(then());
            (space, layout(&doc(body)).unwrap())
        })
        .collect()
}

#[test]
fn a_heading_is_never_last_on_a_page() {
    let mut moved = 0;
    for (space, l) in spaced(|| vec![Block::heading(2, "The heading"), lines(5, "after")]) {
        let (hp, _) = find(&l, "The heading")[0];
        let (fp, _) = find(&l, "after0")[0];
        assert_eq!(
            hp, fp,
            "space {space}: heading on page {hp}, its text on page {fp}"
        );
        moved += usize::from(hp == 2);
    }
    // The rule was exercised: sometimes the heading stayed, sometimes it moved.
    assert!(moved > 0 && moved < 75, "{moved}");
}

#[test]
fn no_single_line_of_a_paragraph_is_alone_at_the_bottom_or_top() {
    let mut split = 0;
    for (space, l) in spaced(|| vec![lines(6, "para")]) {
        let pages: Vec<usize> = (0..6)
            .map(|i| find(&l, &format!("para{i} "))[0].0)
            .collect();
        // First two lines together, last two lines together.
        assert_eq!(pages[0], pages[1], "space {space}: orphan {pages:?}");
        assert_eq!(pages[4], pages[5], "space {space}: widow {pages:?}");
        split += usize::from(pages[0] != pages[5]);
    }
    assert!(split > 0, "the paragraph was never split");
}

#[test]
fn table_header_is_repeated_and_rows_are_not_split() {
    let rows = (0..80)
        .map(|i| {
            Row::new(vec![
                Cell::text(format!("R{i:02}")),
                Cell::text(format!("line one\nline two\nrow {i}")),
            ])
        })
        .collect();
    let table = Block::Table(Table {
        columns: vec![Column::new("Key", 1.0), Column::new("Value", 3.0)],
        rows,
        style: TableStyle::Grid,
    });
    let l = layout(&doc(vec![table])).unwrap();
    assert!(l.page_count() >= 3);
    let headers = find(&l, "Key");
    assert_eq!(headers.len(), l.page_count(), "one header per page");
    for (page, baseline) in &headers {
        let first_row = find(&l, "R")
            .into_iter()
            .filter(|(p, _)| p == page)
            .map(|(_, b)| b)
            .fold(f32::MAX, f32::min);
        assert!(*baseline < first_row, "page {page}: header below rows");
    }
    for i in 0..80 {
        let key = find(&l, &format!("R{i:02}"))[0].0;
        let last = find(&l, &format!("row {i}"))
            .into_iter()
            .find(|(_, _)| true)
            .unwrap()
            .0;
        assert_eq!(key, last, "row {i} split across pages");
    }
}

#[test]
fn a_row_taller_than_a_page_is_split_between_lines() {
    let tall = (0..120)
        .map(|i| format!("cell line {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let table = Block::Table(Table {
        columns: vec![Column::new("Only", 1.0)],
        rows: vec![Row::new(vec![Cell::text(tall)])],
        style: TableStyle::Plain,
    });
    let l = layout(&doc(vec![table])).unwrap();
    assert!(l.page_count() >= 2);
    assert_eq!(find(&l, "cell line").len(), 120, "every line is drawn once");
    let geo = PageGeometry::for_paper(crate::model::Paper::A4);
    for (_, baseline) in find(&l, "cell line") {
        assert!(baseline <= geo.body_bottom(), "line below the text area");
    }
}

#[test]
fn contents_numbers_are_the_heading_pages_even_when_the_contents_is_long() {
    let mut body = vec![Block::heading(1, "Contents"), Block::Contents];
    for i in 0..120 {
        body.push(Block::Heading {
            level: 1 + (i % 2) as u8,
            text: format!("Heading {i}"),
            anchor: Some(format!("h{i}")),
            page_break_before: i % 2 == 0,
            lang: None,
        });
        body.push(Block::text("Some text."));
    }
    let l = layout(&doc(body)).unwrap();
    assert_eq!(l.contents().len(), 120);
    // The contents takes more than one page, so every heading moved.
    assert!(l.anchor_page("h0").unwrap() > 2);
    for (i, e) in l.contents().iter().enumerate() {
        assert_eq!(e.text, format!("Heading {i}"));
        assert_eq!(Some(e.page), l.anchor_page(&format!("h{i}")));
        let (page, _) = find(&l, &e.text)
            .into_iter()
            .find(|(p, _)| *p == e.page)
            .unwrap_or_else(|| panic!("{} not on page {}", e.text, e.page));
        assert_eq!(page, e.page);
    }
    // The numbers printed in the contents are the pages.
    let printed: Vec<String> = l.pages[..l.anchor_page("h0").unwrap() - 1]
        .iter()
        .flat_map(|p| p.draws.iter())
        .filter_map(|d| match d {
            Draw::Text {
                text,
                face: Face::SansRegular,
                style,
                ..
            } if style.size > 8.0 => Some(text.clone()),
            _ => None,
        })
        .collect();
    let expected: Vec<String> = l.contents().iter().map(|e| e.page.to_string()).collect();
    assert_eq!(printed, expected);
}

#[test]
fn page_breaks_and_cover() {
    let mut d = doc(vec![
        Block::text("one"),
        Block::PageBreak,
        Block::PageBreak,
        Block::text("two"),
        Block::PageBreak,
    ]);
    d.cover = Some(Cover {
        title: "Title".into(),
        marking: "Internal — do not distribute".into(),
        marking_kind: MarkingKind::Warning,
        ..Cover::default()
    });
    let l = layout(&d).unwrap();
    assert_eq!(l.page_count(), 3, "cover, one, two; no blank pages");
    assert_eq!(find(&l, "Title")[0].0, 1);
    assert_eq!(find(&l, "one")[0].0, 2);
    assert_eq!(find(&l, "two")[0].0, 3);
    assert_eq!(find(&l, "Page 3 of 3").len(), 1);
    assert!(find(&l, "Page 1").is_empty(), "no footer on the cover");
}

//! The story in pictures: the pack's charts, as vector figures.
//!
//! - **Status grid** (summary, after the scorecard): benchmarks down, grouped by area,
//!   the rounds of the pack's `series` across; each cell the benchmark's status as of
//!   the round (`grid::status_at`), as a tinted cell and a symbol of its own (met ●,
//!   partially met ◆, not met ×, regressed ■, not assessed —), with a legend. A grid of
//!   more than [`GRID_ROWS`] lines is split into several figures, each whole on a page.
//! - **Incident timeline** (each area's section, before its incidents): the area's
//!   incidents per month over the twelve months that end with the round's month (the
//!   round's month is the last bar: incidents of the round's own days count, later ones
//!   are not in the pack). An incident counts in the month of its earliest possible day
//!   (`FuzzyDate::earliest`): "2012-01/2012-03" in January, "2011" in January 2011.
//!   Incidents before the window are counted in a note under the chart; an area with
//!   none in the window has no timeline. The rounds of the series that start in the
//!   window are dashed lines at their first day.
//! - **Asks raised** (summary, after the lead): one stacked bar per past round with
//!   results, raised / partly / not raised / unknown, with the counts and a legend.
//!
//! Every figure is legible in black and white (shapes, outlines and greys of different
//! depth, and numbers, besides colour), carries a text alternative that states its data
//! in words, and is drawn at a fixed size: nothing relies on scaling.

use chrono::Datelike;
use roundbook_typeset::{
    text_width, Align, Block, Figure, Ink, Mark, ParaStyle, Paragraph, Shape, Stroke, Tone,
};

use super::{status_label, status_tone};
use crate::dates::Date;
use crate::i18n::Language;
use crate::model::AssessmentStatus;
use crate::pack::content::{AreaSection, OutcomeItem, Pack};
use crate::pack::grid::{self, StatusGrid};
use crate::t;

/// The width every chart is drawn at: the text width of an A4 page, which a US Letter
/// page (a little wider) holds too.
pub const WIDTH: f32 = 595.276 - 140.0;

/// The most lines (benchmarks and area names) one grid figure holds.
pub const GRID_ROWS: usize = 25;

/// Type sizes: labels, and the smaller print of axes, dates and notes.
const LABEL: f32 = 7.5;
const SMALL: f32 = 6.5;

/// The width of `text` set in the labels' face; an estimate for a character no font has
/// (the document replaces it later).
pub fn label_width(text: &str, size: f32, bold: bool) -> f32 {
    text_width(text, size, bold).unwrap_or(text.chars().count() as f32 * size * 0.6)
}

/// `text`, shortened with an ellipsis to at most `max` points wide.
pub fn fit(text: &str, size: f32, bold: bool, max: f32) -> String {
    if label_width(text, size, bold) <= max {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    // The longest prefix that fits with its ellipsis (widths grow with the prefix).
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate = format!("{}…", chars[..mid].iter().collect::<String>().trim_end());
        if label_width(&candidate, size, bold) <= max {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        return String::new();
    }
    format!("{}…", chars[..lo].iter().collect::<String>().trim_end())
}

/// `text` on at most two lines of at most `max` points: broken between words, the
/// second shortened with an ellipsis if need be.
pub fn two_lines(text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    if label_width(text, size, bold) <= max {
        return vec![text.to_string()];
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut first = String::new();
    let mut rest = 0;
    for (i, w) in words.iter().enumerate() {
        let candidate = if first.is_empty() {
            w.to_string()
        } else {
            format!("{first} {w}")
        };
        if label_width(&candidate, size, bold) > max {
            break;
        }
        first = candidate;
        rest = i + 1;
    }
    if first.is_empty() {
        // A first word too long for a line: shortened, and the rest below it.
        first = fit(words[0], size, bold, max);
        rest = 1;
    }
    let second = words[rest..].join(" ");
    if second.is_empty() {
        return vec![first];
    }
    vec![first, fit(&second, size, bold, max)]
}

fn text(
    x: f32,
    y: f32,
    s: impl Into<String>,
    size: f32,
    bold: bool,
    align: Align,
    ink: Ink,
) -> Mark {
    Mark::Text {
        x,
        y,
        text: s.into(),
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

fn rect(x: f32, y: f32, w: f32, h: f32, fill: Option<Ink>, stroke: Option<Stroke>) -> Mark {
    Mark::Rect {
        x,
        y,
        w,
        h,
        fill,
        stroke,
    }
}

/// "Apr", "Апр".
pub fn month_short(lang: Language, month: u32) -> String {
    t!(lang, "chart-month-short", month = month)
}

/// "Apr 2012", "Апр 2012".
pub fn month_year(lang: Language, year: i32, month: u32) -> String {
    t!(
        lang,
        "chart-month-year",
        month = month_short(lang, month),
        year = year.to_string()
    )
}

// ---------------------------------------------------------------------------------
// The status grid.

/// How a status is drawn: the cell's tint, the symbol and its ink.
fn status_symbol(status: AssessmentStatus) -> (Shape, Ink, Option<Stroke>) {
    let tone = status_tone(status);
    match status {
        AssessmentStatus::NotMet => (
            Shape::Cross,
            Ink::Tone(tone),
            Some(Stroke::solid(Ink::Tone(tone), 1.4)),
        ),
        AssessmentStatus::Met => (Shape::Circle, Ink::Tone(tone), None),
        // A dark outline keeps the light amber visible in black and white.
        AssessmentStatus::PartiallyMet => (
            Shape::Diamond,
            Ink::Tone(tone),
            Some(Stroke::solid(Ink::Grey(0.35), 0.5)),
        ),
        AssessmentStatus::Regressed => (Shape::Square, Ink::Tone(tone), None),
    }
}

/// The symbol of a cell centred on (`x`, `y`); a short grey dash when not assessed.
fn status_mark(status: Option<AssessmentStatus>, x: f32, y: f32, size: f32) -> Mark {
    match status {
        Some(s) => {
            let (shape, fill, stroke) = status_symbol(s);
            Mark::Symbol {
                x,
                y,
                size: if shape == Shape::Square {
                    size * 0.85
                } else {
                    size
                },
                shape,
                fill: Some(fill),
                stroke,
            }
        }
        None => line(
            x - size / 2.0,
            y,
            x + size / 2.0,
            y,
            Stroke::solid(Ink::Grey(0.6), 1.0),
        ),
    }
}

const STATUSES: [AssessmentStatus; 4] = [
    AssessmentStatus::Met,
    AssessmentStatus::PartiallyMet,
    AssessmentStatus::NotMet,
    AssessmentStatus::Regressed,
];

/// One line of a grid figure: an area's name, or a benchmark (an index into the rows).
#[derive(Debug, Clone)]
enum GridLine {
    Area { title: String, continued: bool },
    Benchmark(usize),
}

/// The lines of the grid, cut into figures of at most `GRID_ROWS` lines: an area is
/// kept whole when it fits on a figure of its own, and a figure that continues an area
/// starts with its name again.
fn grid_chunks(grid: &StatusGrid) -> Vec<Vec<GridLine>> {
    // The areas, in order, with their rows.
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, row) in grid.rows.iter().enumerate() {
        match groups.last_mut() {
            Some((_, rows)) if grid.rows[rows[0]].area_id == row.area_id => rows.push(i),
            _ => groups.push((&row.area_title, vec![i])),
        }
    }
    let mut chunks: Vec<Vec<GridLine>> = Vec::new();
    let mut current: Vec<GridLine> = Vec::new();
    for (title, rows) in groups {
        let needed = rows.len() + 1;
        if !current.is_empty() && current.len() + needed > GRID_ROWS && needed <= GRID_ROWS {
            chunks.push(std::mem::take(&mut current));
        }
        let mut continued = false;
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            // Room for the name and at least one benchmark, else a new figure.
            if current.len() + 2 > GRID_ROWS {
                chunks.push(std::mem::take(&mut current));
            }
            current.push(GridLine::Area {
                title: title.to_string(),
                continued,
            });
            while current.len() < GRID_ROWS {
                match rows.next() {
                    Some(r) => current.push(GridLine::Benchmark(r)),
                    None => break,
                }
            }
            continued = true;
        }
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// The status grid as figures `width` wide, at most [`GRID_ROWS`] lines each (none for
/// a grid without rows or rounds). Rounds that do not fit across at a legible size are
/// the earliest ones: they are left out, and a note says how many.
pub fn status_grid_figures(lang: Language, grid: &StatusGrid, width: f32) -> Vec<Figure> {
    if grid.rows.is_empty() || grid.rounds.is_empty() {
        return Vec::new();
    }
    const ROW_H: f32 = 13.0;
    const HEAD: f32 = 7.0;
    const MIN_LABEL: f32 = 160.0;
    const MIN_COL: f32 = 38.0;
    const MAX_COL: f32 = 50.0;
    const INDENT: f32 = 8.0;

    let fitting = (((width - MIN_LABEL) / MIN_COL).floor().max(1.0)) as usize;
    let hidden = grid.rounds.len().saturating_sub(fitting);
    let shown = &grid.rounds[hidden..];
    let n = shown.len() as f32;
    let col_w = ((width - MIN_LABEL) / n).clamp(MIN_COL.min(width / n), MAX_COL);
    let label_w = width - n * col_w;
    let symbol = 7.5;

    let legend: Vec<(String, Option<AssessmentStatus>)> = STATUSES
        .iter()
        .map(|&s| (status_label(lang, s), Some(s)))
        .chain(std::iter::once((t!(lang, "status-not-assessed"), None)))
        .collect();
    // Under the legend: how to read a cell, and the rounds left out.
    let mut notes = vec![t!(lang, "chart-grid-lead")];
    if hidden > 0 {
        notes.push(t!(lang, "chart-grid-earlier-rounds", count = hidden));
    }
    // Room for the heads: a second line when a title needs one.
    let head_h = if shown
        .iter()
        .any(|r| two_lines(&r.title, HEAD, true, col_w - 4.0).len() > 1)
    {
        34.5
    } else {
        26.0
    };

    let chunks = grid_chunks(grid);
    let mut figures = Vec::new();
    for chunk in chunks {
        let body_h = chunk.len() as f32 * ROW_H;
        let legend_y = head_h + body_h + 13.0;
        let height = legend_y + 5.0 + notes.len() as f32 * 10.0;
        let mut marks = Vec::new();

        // Column heads: the round's title (on two lines when it needs them), and its
        // month.
        for (c, r) in shown.iter().enumerate() {
            let cx = label_w + (c as f32 + 0.5) * col_w;
            let lines = two_lines(&r.title, HEAD, true, col_w - 4.0);
            for (k, l) in lines.iter().enumerate() {
                let baseline = head_h - 13.5 - (lines.len() - 1 - k) as f32 * 8.5;
                marks.push(text(
                    cx,
                    baseline,
                    l.clone(),
                    HEAD,
                    true,
                    Align::Center,
                    Ink::Text,
                ));
            }
            let month = r.starts_on.naive();
            marks.push(text(
                cx,
                head_h - 5.0,
                fit(
                    &month_year(lang, month.year(), month.month()),
                    SMALL,
                    false,
                    col_w - 4.0,
                ),
                SMALL,
                false,
                Align::Center,
                Ink::Muted,
            ));
        }
        marks.push(line(
            0.0,
            head_h - 1.5,
            width,
            head_h - 1.5,
            Stroke::solid(Ink::Muted, 0.6),
        ));

        let mut rows_alt = Vec::new();
        let mut zebra = false;
        for (i, l) in chunk.iter().enumerate() {
            let top = head_h + i as f32 * ROW_H;
            let baseline = top + ROW_H / 2.0 + LABEL * 0.35;
            match l {
                GridLine::Area { title, continued } => {
                    zebra = false;
                    if i > 0 {
                        marks.push(line(
                            0.0,
                            top + 0.5,
                            width,
                            top + 0.5,
                            Stroke::solid(Ink::Rule, 0.5),
                        ));
                    }
                    let title = if *continued {
                        t!(lang, "chart-grid-continued", area = title)
                    } else {
                        title.clone()
                    };
                    marks.push(text(
                        0.0,
                        baseline + 1.0,
                        fit(&title, LABEL, true, width),
                        LABEL,
                        true,
                        Align::Left,
                        Ink::Text,
                    ));
                }
                GridLine::Benchmark(r) => {
                    let row = &grid.rows[*r];
                    // Every other benchmark on a faint band, to follow a row across.
                    if zebra {
                        marks.push(rect(0.0, top, width, ROW_H, Some(Ink::Grey(0.965)), None));
                    }
                    zebra = !zebra;
                    marks.push(text(
                        INDENT,
                        baseline,
                        fit(&row.title, LABEL, false, label_w - INDENT - 6.0),
                        LABEL,
                        false,
                        Align::Left,
                        Ink::Text,
                    ));
                    let cells = &row.cells[hidden.min(row.cells.len())..];
                    for (c, cell) in cells.iter().enumerate().take(shown.len()) {
                        let x = label_w + c as f32 * col_w;
                        if let Some(s) = cell {
                            marks.push(rect(
                                x + 1.0,
                                top + 1.0,
                                col_w - 2.0,
                                ROW_H - 2.0,
                                Some(Ink::Tint(status_tone(*s))),
                                None,
                            ));
                        }
                        marks.push(status_mark(
                            *cell,
                            x + col_w / 2.0,
                            top + ROW_H / 2.0,
                            symbol,
                        ));
                    }
                    let statuses: Vec<String> = cells
                        .iter()
                        .map(|c| match c {
                            Some(s) => status_label(lang, *s).to_lowercase(),
                            None => t!(lang, "status-not-assessed").to_lowercase(),
                        })
                        .collect();
                    rows_alt.push(t!(
                        lang,
                        "chart-grid-alt-row",
                        benchmark = &row.title,
                        statuses = statuses.join(", ")
                    ));
                }
            }
        }
        marks.push(line(
            0.0,
            head_h + body_h + 0.5,
            width,
            head_h + body_h + 0.5,
            Stroke::solid(Ink::Muted, 0.6),
        ));

        // The legend, left to right.
        let mut x = 0.0;
        for (label, status) in &legend {
            if let Some(s) = status {
                marks.push(rect(
                    x,
                    legend_y - 6.0,
                    11.0,
                    9.0,
                    Some(Ink::Tint(status_tone(*s))),
                    None,
                ));
            }
            marks.push(status_mark(*status, x + 5.5, legend_y - 1.5, 6.5));
            marks.push(text(
                x + 15.0,
                legend_y + 1.0,
                label.clone(),
                SMALL,
                false,
                Align::Left,
                Ink::Muted,
            ));
            x += 15.0 + label_width(label, SMALL, false) + 12.0;
        }
        for (k, note) in notes.iter().enumerate() {
            marks.push(text(
                0.0,
                legend_y + 12.0 + k as f32 * 10.0,
                fit(note, SMALL, false, width),
                SMALL,
                false,
                Align::Left,
                Ink::Muted,
            ));
        }

        let rounds: Vec<&str> = shown.iter().map(|r| r.title.as_str()).collect();
        let alt = t!(
            lang,
            "chart-grid-alt",
            count = rows_alt.len(),
            rounds = rounds.join(", "),
            rows = rows_alt.join("; ")
        );
        figures.push(Figure {
            width: Some(width),
            height,
            marks,
            alt,
        });
    }
    figures
}

/// The summary's status grid: a level-2 heading, a line on how to read it, and the
/// figures. Nothing for a pack whose series has fewer than two rounds (the scorecard
/// says it all) or that has no benchmarks.
pub fn grid_blocks(pack: &Pack, body: &mut Vec<Block>) {
    if pack.series.len() < 2 {
        return;
    }
    let lang = pack.language;
    let grid = grid::status_grid(pack);
    let figures = status_grid_figures(lang, &grid, WIDTH);
    if figures.is_empty() {
        return;
    }
    // The heading straight above the first figure, which keeps them together.
    body.push(Block::heading(2, t!(lang, "chart-grid-heading")));
    body.extend(figures.into_iter().map(Block::Figure));
}

// ---------------------------------------------------------------------------------
// The incident timeline.

/// A month of the timeline and how many incidents it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCount {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    pub count: usize,
}

/// A round drawn on the timeline, at its first day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundMark {
    pub title: String,
    pub starts_on: Date,
}

/// The twelve months that end with `day`'s month, oldest first, each counting nothing.
pub fn months_ending(day: Date) -> Vec<MonthCount> {
    let d = day.naive();
    let last = d.year() * 12 + d.month0() as i32;
    (last - 11..=last)
        .map(|m| MonthCount {
            year: m.div_euclid(12),
            month: m.rem_euclid(12) as u32 + 1,
            count: 0,
        })
        .collect()
}

/// The incidents of `area` per month over the twelve months that end with the round's
/// month (counted in the month of their earliest possible day), how many are earlier,
/// and the rounds of the series that start in those months.
pub fn area_timeline(pack: &Pack, area: &AreaSection) -> (Vec<MonthCount>, usize, Vec<RoundMark>) {
    let mut months = months_ending(pack.round.starts_on);
    let first = months[0].year * 12 + months[0].month as i32 - 1;
    let index = |d: Date| {
        let d = d.naive();
        d.year() * 12 + d.month0() as i32 - first
    };
    let mut before = 0;
    let mut counts = vec![0usize; months.len()];
    for &i in area.incidents_since.iter().chain(&area.incidents_earlier) {
        let k = index(pack.incidents[i].occurred_on.earliest());
        if k < 0 {
            before += 1;
        } else if let Some(c) = counts.get_mut(k as usize) {
            *c += 1;
        }
    }
    for (m, c) in months.iter_mut().zip(counts) {
        m.count = c;
    }
    let rounds = pack
        .series
        .iter()
        .filter(|r| (0..12).contains(&index(r.starts_on)))
        .map(|r| RoundMark {
            title: r.title.clone(),
            starts_on: r.starts_on,
        })
        .collect();
    (months, before, rounds)
}

/// The top of the count axis and its step: a round number at or above `max`, in steps
/// of 1, 2 or 5 times a power of ten, four steps at most.
pub fn count_scale(max: usize) -> (usize, usize) {
    let mut step = 1usize;
    loop {
        for m in [1, 2, 5] {
            let s = step * m;
            if max.div_ceil(s) <= 4 {
                return ((max.div_ceil(s)).max(1) * s, s);
            }
        }
        step *= 10;
    }
}

/// The incident timeline: one bar a month with its count on top (none for 0), a count
/// scale, the months (and the year under the first and under every January), the
/// rounds as dashed lines with their titles, and a note on how incidents are counted
/// (with how many earlier ones are not shown). `months` oldest first.
pub fn incident_timeline(
    lang: Language,
    months: &[MonthCount],
    rounds: &[RoundMark],
    before: usize,
    width: f32,
) -> Figure {
    const BAND: f32 = 20.0; // two rows of round titles
    const COUNT_H: f32 = 10.0; // the count above the tallest bar
    const PLOT_H: f32 = 56.0;
    let plot_top = BAND + COUNT_H;
    let axis = plot_top + PLOT_H;
    let max = months.iter().map(|m| m.count).max().unwrap_or(0);
    let (top, step) = count_scale(max);
    let scale_w = label_width(&top.to_string(), SMALL, false) + 5.0;
    let x0 = scale_w;
    let n = months.len().max(1) as f32;
    let col_w = (width - x0) / n;
    let bar_w = (col_w * 0.62).min(26.0);
    let y_of = |v: usize| axis - v as f32 / top as f32 * PLOT_H;
    let mut marks = Vec::new();

    // The scale: light rules at each step, the baseline darker.
    let mut v = 0;
    while v <= top {
        let y = y_of(v);
        marks.push(line(
            x0,
            y,
            width,
            y,
            if v == 0 {
                Stroke::solid(Ink::Muted, 0.6)
            } else {
                Stroke::solid(Ink::Rule, 0.4)
            },
        ));
        marks.push(text(
            x0 - 4.0,
            y + SMALL * 0.35,
            v.to_string(),
            SMALL,
            false,
            Align::Right,
            Ink::Muted,
        ));
        v += step;
    }

    // The rounds: a dashed line at the first day, the title beside it on one of two
    // rows, where it overlaps no other title and crosses no other round's line.
    let first = months.first().map(|m| m.year * 12 + m.month as i32 - 1);
    let round_x: Vec<Option<f32>> = rounds
        .iter()
        .map(|r| {
            let d = r.starts_on.naive();
            let k = d.year() * 12 + d.month0() as i32 - first?;
            if k < 0 || k as f32 >= n {
                return None;
            }
            let days = days_in_month(d.year(), d.month()) as f32;
            Some(x0 + (k as f32 + (d.day() as f32 - 0.5) / days) * col_w)
        })
        .collect();
    let mut placed: Vec<(usize, f32, f32)> = Vec::new(); // row, left, right
    for (i, r) in rounds.iter().enumerate() {
        let Some(x) = round_x[i] else { continue };
        let label = fit(&r.title, SMALL, true, 90.0);
        let w = label_width(&label, SMALL, true);
        let others: Vec<f32> = round_x
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .filter_map(|(_, x)| *x)
            .collect();
        let free = |row: usize, l: f32, r: f32| {
            l >= 0.0
                && r <= width
                && placed
                    .iter()
                    .all(|(pr, pl, pright)| *pr != row || r + 3.0 < *pl || l > *pright + 3.0)
                && others.iter().all(|ox| *ox < l - 2.0 || *ox > r + 2.0)
        };
        let mut spot = None;
        'search: for row in 0..2 {
            for (l, rr) in [(x + 2.5, x + 2.5 + w), (x - 2.5 - w, x - 2.5)] {
                if free(row, l, rr) {
                    spot = Some((row, l, rr));
                    break 'search;
                }
            }
        }
        let row_y = |row: usize| 7.0 + row as f32 * 9.0;
        let line_top = match spot {
            Some((row, l, rr)) => {
                placed.push((row, l, rr));
                marks.push(text(
                    l,
                    row_y(row),
                    label,
                    SMALL,
                    true,
                    Align::Left,
                    Ink::Muted,
                ));
                row_y(row) - SMALL * 0.75
            }
            None => BAND,
        };
        marks.push(line(
            x,
            line_top,
            x,
            axis,
            Stroke::dashed(Ink::Muted, 0.6, 2.0),
        ));
    }

    // The bars and their counts.
    let count_size = SMALL.min(col_w * 0.9 / (label_width("000", 1.0, true).max(0.1)));
    for (k, m) in months.iter().enumerate() {
        let cx = x0 + (k as f32 + 0.5) * col_w;
        if m.count == 0 {
            continue;
        }
        // A stub at least, however tall the tallest bar.
        let y = y_of(m.count).min(axis - 1.2);
        marks.push(rect(
            cx - bar_w / 2.0,
            y,
            bar_w,
            axis - y,
            Some(Ink::Tone(Tone::Blue)),
            None,
        ));
        let label = m.count.to_string();
        let w = label_width(&label, count_size, true);
        // A white ground keeps the number clear of a round's dashed line.
        marks.push(rect(
            cx - w / 2.0 - 1.0,
            y - 2.0 - count_size * 0.8,
            w + 2.0,
            count_size * 0.95,
            Some(Ink::White),
            None,
        ));
        marks.push(text(
            cx,
            y - 2.5,
            label,
            count_size,
            true,
            Align::Center,
            Ink::Text,
        ));
    }

    // The months, every one when they fit, else every second or third; the year under
    // the first month and under each January.
    let widest = months
        .iter()
        .map(|m| label_width(&month_short(lang, m.month), SMALL, false))
        .fold(0.0, f32::max);
    let every = (1..=12)
        .find(|e| *e as f32 * col_w >= widest + 3.0)
        .unwrap_or(12);
    let year_w = label_width("0000", SMALL, false) + 3.0;
    let mut last_year_right = f32::NEG_INFINITY;
    for (k, m) in months.iter().enumerate() {
        let cx = x0 + (k as f32 + 0.5) * col_w;
        if k % every == 0 {
            marks.push(text(
                cx,
                axis + 9.0,
                month_short(lang, m.month),
                SMALL,
                false,
                Align::Center,
                Ink::Muted,
            ));
        }
        if (k == 0 || m.month == 1) && cx - year_w / 2.0 > last_year_right {
            let next_is_january = months.get(k + 1).is_some_and(|n| n.month == 1);
            if k == 0 && next_is_january && col_w < year_w {
                continue;
            }
            marks.push(text(
                cx,
                axis + 17.0,
                m.year.to_string(),
                SMALL,
                true,
                Align::Center,
                Ink::Muted,
            ));
            last_year_right = cx + year_w / 2.0;
        }
    }

    // How incidents are counted.
    let mut note = t!(lang, "chart-timeline-note");
    if before > 0 {
        note = format!(
            "{note} {}",
            t!(lang, "chart-timeline-before", count = before)
        );
    }
    marks.push(text(
        0.0,
        axis + 29.0,
        fit(&note, SMALL, false, width),
        SMALL,
        false,
        Align::Left,
        Ink::Muted,
    ));

    let name = |m: &MonthCount| month_year(lang, m.year, m.month);
    let counts: Vec<String> = months
        .iter()
        .map(|m| {
            t!(
                lang,
                "chart-timeline-alt-month",
                month = name(m),
                count = m.count
            )
        })
        .collect();
    let mut alt = t!(
        lang,
        "chart-timeline-alt",
        from = months.first().map(name).unwrap_or_default(),
        to = months.last().map(name).unwrap_or_default(),
        counts = counts.join(", ")
    );
    for r in rounds {
        alt.push(' ');
        alt.push_str(&t!(
            lang,
            "chart-timeline-alt-round",
            round = &r.title,
            date = r.starts_on.long_in(lang)
        ));
    }
    if before > 0 {
        alt.push(' ');
        alt.push_str(&t!(lang, "chart-timeline-before", count = before));
    }
    Figure {
        width: Some(width),
        height: axis + 33.0,
        marks,
        alt,
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    chrono::NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .map_or(31, |d| d.day())
}

/// An area's timeline: a small title and the figure; nothing for an area without
/// incidents in the twelve months.
pub fn timeline_blocks(pack: &Pack, area: &AreaSection, body: &mut Vec<Block>) {
    let lang = pack.language;
    let (months, before, rounds) = area_timeline(pack, area);
    if months.iter().all(|m| m.count == 0) {
        return;
    }
    let (Some(from), Some(to)) = (months.first(), months.last()) else {
        return;
    };
    body.push(Block::Paragraph(Paragraph::text(
        ParaStyle::Label,
        t!(
            lang,
            "chart-timeline-title",
            from = month_year(lang, from.year, from.month),
            to = month_year(lang, to.year, to.month)
        ),
    )));
    body.push(Block::Figure(incident_timeline(
        lang, &months, &rounds, before, WIDTH,
    )));
}

// ---------------------------------------------------------------------------------
// The asks raised at each past round.

/// How each answer is drawn: fill, outline, and the ink of the count on it. Four
/// depths of grey in black and white: dark, middle, pale with a dark outline, white
/// with a dashed one.
fn answer_style(i: usize) -> (Ink, Option<Stroke>, Ink) {
    match i {
        0 => (Ink::Tone(Tone::Green), None, Ink::White),
        1 => (Ink::Tone(Tone::Amber), None, Ink::Text),
        2 => (
            Ink::Tint(Tone::Red),
            Some(Stroke::solid(Ink::Tone(Tone::Red), 0.8)),
            Ink::Tone(Tone::Red),
        ),
        _ => (
            Ink::White,
            Some(Stroke::dashed(Ink::Grey(0.45), 0.7, 1.5)),
            Ink::Muted,
        ),
    }
}

fn answer_label(lang: Language, i: usize) -> String {
    match i {
        0 => t!(lang, "chart-asks-raised"),
        1 => t!(lang, "chart-asks-partly"),
        2 => t!(lang, "chart-asks-not-raised"),
        _ => t!(lang, "chart-asks-unknown"),
    }
}

/// One stacked bar per round whose outcome has results for our asks, oldest first:
/// raised, partly, not raised, unknown, each with its count, the total at the end, and
/// a legend. None when no outcome has results.
pub fn asks_raised(lang: Language, outcomes: &[OutcomeItem], width: f32) -> Option<Figure> {
    let rows: Vec<(&str, [usize; 4])> = outcomes
        .iter()
        .filter(|o| !o.asks.is_empty())
        .map(|o| (o.round_title.as_str(), o.tally()))
        .collect();
    if rows.is_empty() {
        return None;
    }
    const BAR_H: f32 = 13.0;
    const GAP: f32 = 7.0;
    let label_w = rows
        .iter()
        .map(|(t, _)| label_width(t, LABEL, true))
        .fold(0.0, f32::max)
        .min(width * 0.25)
        + 8.0;
    let totals: Vec<String> = rows
        .iter()
        .map(|(_, n)| t!(lang, "chart-asks-total", count = n.iter().sum::<usize>()))
        .collect();
    let total_w = totals
        .iter()
        .map(|t| label_width(t, SMALL, false))
        .fold(0.0, f32::max)
        + 8.0;
    let plot_w = (width - label_w - total_w).max(1.0);
    let max = rows
        .iter()
        .map(|(_, n)| n.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    let unit = plot_w / max as f32;
    let mut marks = Vec::new();
    let mut alt_rows = Vec::new();
    for (i, ((title, n), total)) in rows.iter().zip(&totals).enumerate() {
        let y = 2.0 + i as f32 * (BAR_H + GAP);
        let baseline = y + BAR_H / 2.0 + LABEL * 0.35;
        marks.push(text(
            0.0,
            baseline,
            fit(title, LABEL, true, label_w - 8.0),
            LABEL,
            true,
            Align::Left,
            Ink::Text,
        ));
        let mut x = label_w;
        for (k, &count) in n.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let w = count as f32 * unit;
            let (fill, stroke, ink) = answer_style(k);
            // Outlines inside the segment, so neighbours do not overlap.
            let inset = if stroke.is_some() { 0.4 } else { 0.0 };
            marks.push(rect(
                x + inset,
                y + inset,
                w - 2.0 * inset,
                BAR_H - 2.0 * inset,
                Some(fill),
                stroke,
            ));
            let label = count.to_string();
            if label_width(&label, LABEL, true) + 4.0 <= w {
                marks.push(text(
                    x + w / 2.0,
                    baseline,
                    label,
                    LABEL,
                    true,
                    Align::Center,
                    ink,
                ));
            }
            x += w;
        }
        marks.push(text(
            x + 5.0,
            baseline,
            total.clone(),
            SMALL,
            false,
            Align::Left,
            Ink::Muted,
        ));
        alt_rows.push(t!(
            lang,
            "chart-asks-alt-round",
            round = *title,
            raised = n[0],
            partly = n[1],
            not_raised = n[2],
            unknown = n[3]
        ));
    }
    // The legend.
    let legend_y = 2.0 + rows.len() as f32 * (BAR_H + GAP) + 6.0;
    let mut x = label_w;
    for k in 0..4 {
        let (fill, stroke, _) = answer_style(k);
        marks.push(rect(x, legend_y - 6.5, 9.0, 8.0, Some(fill), stroke));
        let label = answer_label(lang, k);
        marks.push(text(
            x + 13.0,
            legend_y,
            label.clone(),
            SMALL,
            false,
            Align::Left,
            Ink::Muted,
        ));
        x += 13.0 + label_width(&label, SMALL, false) + 12.0;
    }
    Some(Figure {
        width: Some(width),
        height: legend_y + 9.0,
        marks,
        alt: t!(lang, "chart-asks-alt", rounds = alt_rows.join("; ")),
    })
}

/// The summary's chart of the asks raised at past rounds: a small title and the
/// figure; nothing when no earlier round has results.
pub fn asks_blocks(pack: &Pack, body: &mut Vec<Block>) {
    let lang = pack.language;
    if let Some(figure) = asks_raised(lang, &pack.outcomes, WIDTH) {
        body.push(Block::Paragraph(Paragraph::text(
            ParaStyle::Label,
            t!(lang, "chart-asks-title"),
        )));
        body.push(Block::Figure(figure));
    }
}

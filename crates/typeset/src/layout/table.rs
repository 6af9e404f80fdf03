//! Tables: column widths, cells with badges, header rows, rows cut when taller than a page.

use super::draw::{Draw, LinkArea};
use super::flow::{Flow, Res};
use super::slice::{Slice, TableRef};
use crate::error::TypesetError;
use crate::fonts::{Face, Family};
use crate::model::{Align, Cell, ParaStyle, Table, TableStyle};
use crate::structure::{Role, Tag};
use crate::text::{break_lines, Run, TextStyle};
use crate::theme::{self, Rgb};

/// One laid-out line inside a cell: top (relative to the cell's content box),
/// height, and what to draw (relative to the line's top).
pub(super) struct CellLine {
    pub(super) top: f32,
    pub(super) height: f32,
    pub(super) draws: Vec<Draw>,
    pub(super) links: Vec<LinkArea>,
}

impl<'a> Flow<'a> {
    pub(super) fn column_widths(&self, table: &Table, width: f32) -> Vec<f32> {
        let weights: Vec<f32> = table
            .columns
            .iter()
            .map(|c| {
                if c.width.is_finite() && c.width > 0.0 {
                    c.width
                } else {
                    1.0
                }
            })
            .collect();
        let total: f32 = weights.iter().sum();
        let n = weights.len() as f32;
        let min = theme::MIN_COLUMN_WIDTH.min(width / n);
        // Give every column at least `min`, the rest in proportion to the weights.
        let spare = (width - min * n).max(0.0);
        weights.iter().map(|w| min + spare * w / total).collect()
    }

    /// Lays out a cell's badge and text into lines, `width` being the content width.
    pub(super) fn cell_lines(
        &mut self,
        cell: &Cell,
        width: f32,
        align: Align,
        tag: Tag,
    ) -> Res<Vec<CellLine>> {
        let mut out = Vec::new();
        let mut top = 0.0;
        if let Some(badge) = &cell.badge {
            let (fill, ink) = theme::badge_colors(badge.tone);
            let style = TextStyle::new(Face::SansBold, theme::BADGE_SIZE, ink);
            let inner = (width - 2.0 * theme::BADGE_PAD_X).max(1.0);
            let lines = break_lines(self.fonts, &[Run::new(badge.text.as_str(), style)], inner)?;
            if !lines.is_empty() {
                let text_w = lines.iter().map(|l| l.width).fold(0.0, f32::max);
                let w = text_w + 2.0 * theme::BADGE_PAD_X;
                let h = lines.len() as f32 * theme::BADGE_LEADING + 2.0 * theme::BADGE_PAD_Y;
                let bx = align_offset(align, width, w);
                let mut s = Slice::content(h);
                s.tag = tag;
                s.artifact(Draw::RoundRect {
                    x: bx,
                    y: 0.0,
                    w,
                    h,
                    radius: theme::BADGE_RADIUS,
                    fill,
                });
                for (i, l) in lines.iter().enumerate() {
                    let lx = bx + theme::BADGE_PAD_X + (text_w - l.width) / 2.0;
                    s.add_line(
                        l,
                        lx,
                        theme::BADGE_PAD_Y + i as f32 * theme::BADGE_LEADING,
                        theme::BADGE_LEADING,
                        theme::BADGE_SIZE,
                    );
                }
                out.push(CellLine {
                    top,
                    height: h,
                    draws: s.draws,
                    links: s.links,
                });
                top += h + 3.0;
            }
        }
        let look = theme::ParaLook {
            family: Family::Sans,
            size: theme::TABLE_SIZE,
            leading: theme::TABLE_LEADING,
            ..theme::para_look(ParaStyle::Body)
        };
        let runs = self.runs(&cell.spans, &look);
        for l in break_lines(self.fonts, &runs, width)? {
            let mut s = Slice::content(look.leading);
            s.tag = tag;
            let lx = align_offset(align, width, l.width);
            s.add_line(&l, lx, 0.0, look.leading, look.size);
            out.push(CellLine {
                top,
                height: look.leading,
                draws: s.draws,
                links: s.links,
            });
            top += look.leading;
        }
        Ok(out)
    }

    pub(super) fn table(&mut self, table: &Table, x: f32, width: f32) -> Res<()> {
        if table.columns.is_empty() {
            return Err(TypesetError::BadTable {
                reason: "a table needs at least one column".into(),
            });
        }
        if let Some((i, row)) = table
            .rows
            .iter()
            .enumerate()
            .find(|(_, r)| r.cells.len() > table.columns.len())
        {
            return Err(TypesetError::BadTable {
                reason: format!(
                    "row {} has {} cells but the table has {} columns",
                    i + 1,
                    row.cells.len(),
                    table.columns.len()
                ),
            });
        }
        let widths = self.column_widths(table, width);
        let mut xs = Vec::with_capacity(widths.len() + 1);
        let mut acc = x;
        for w in &widths {
            xs.push(acc);
            acc += w;
        }
        xs.push(x + width);
        let grid = table.style == TableStyle::Grid;
        let elem = self.element(Role::Table);
        self.parents.push(elem);
        let done = self.table_rows(table, x, width, &widths, &xs, grid);
        self.parents.pop();
        done?;
        self.gap(theme::TABLE_SPACE_AFTER);
        Ok(())
    }

    fn table_rows(
        &mut self,
        table: &Table,
        x: f32,
        width: f32,
        widths: &[f32],
        xs: &[f32],
        grid: bool,
    ) -> Res<()> {
        let table_id = self.table_headers.len();

        // Header row.
        let head_style = TextStyle::new(Face::SansBold, theme::TABLE_HEAD_SIZE, theme::ACCENT);
        let head_leading = 10.5;
        let mut head_cells = Vec::new();
        for (c, col) in table.columns.iter().enumerate() {
            let w = (widths[c] - 2.0 * theme::CELL_PAD_X).max(1.0);
            let lines = break_lines(self.fonts, &[Run::new(col.header.as_str(), head_style)], w)?;
            head_cells.push(lines);
        }
        let head_lines = head_cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let head_h = head_lines as f32 * head_leading + 2.0 * theme::CELL_PAD_Y;
        let mut head = Slice::content(head_h);
        head.artifact(Draw::Rect {
            x,
            y: 0.0,
            w: width,
            h: head_h,
            fill: theme::TABLE_HEAD,
        });
        let head_row = self.element(Role::TR);
        self.parents.push(head_row);
        for (c, lines) in head_cells.iter().enumerate() {
            head.tag = Tag::Element(self.element(Role::TH));
            head.draws.push(Draw::Tag(head.tag));
            let inner = widths[c] - 2.0 * theme::CELL_PAD_X;
            for (i, l) in lines.iter().enumerate() {
                let lx = xs[c]
                    + theme::CELL_PAD_X
                    + align_offset(table.columns[c].align, inner, l.width);
                head.add_line(
                    l,
                    lx,
                    theme::CELL_PAD_Y + i as f32 * head_leading,
                    head_leading,
                    theme::TABLE_HEAD_SIZE,
                );
            }
        }
        self.parents.pop();
        if grid {
            grid_lines(&mut head, xs, head_h, true);
        } else {
            hline(
                &mut head,
                x,
                x + width,
                head_h - 0.4,
                0.8,
                theme::ACCENT_SOFT,
            );
        }
        head.keep_with_next = true;
        head.table = Some(TableRef {
            table: table_id,
            header: true,
        });
        head.frames = self.frame_stack.clone();
        self.table_headers.push(head.clone());
        self.gap(2.0);
        self.push(head);

        // Body rows; a row taller than a page is cut into pieces between lines.
        let max_row = (self.geo.body_height() - head_h - 2.0).max(40.0);
        for (r, row) in table.rows.iter().enumerate() {
            let mut cells = Vec::with_capacity(table.columns.len());
            let tr = self.element(Role::TR);
            self.parents.push(tr);
            let mut tds = Vec::with_capacity(table.columns.len());
            for (c, col) in table.columns.iter().enumerate() {
                let td = self.element(Role::TD);
                tds.push(Tag::Element(td));
                let inner = (widths[c] - 2.0 * theme::CELL_PAD_X).max(1.0);
                self.parents.push(td);
                let lines = match row.cells.get(c) {
                    Some(cell) => self.cell_lines(cell, inner, col.align, Tag::Element(td)),
                    None => Ok(Vec::new()),
                };
                self.parents.pop();
                cells.push(lines?);
            }
            self.parents.pop();
            for piece in split_row(cells, max_row - 2.0 * theme::CELL_PAD_Y) {
                let content_h = piece
                    .iter()
                    .flat_map(|lines| lines.last().map(|l| l.top + l.height))
                    .fold(0.0, f32::max);
                let h = content_h.max(theme::TABLE_LEADING) + 2.0 * theme::CELL_PAD_Y;
                let mut s = Slice::content(h);
                if !grid && r % 2 == 1 {
                    s.artifact(Draw::Rect {
                        x,
                        y: 0.0,
                        w: width,
                        h,
                        fill: theme::ZEBRA,
                    });
                }
                for (c, lines) in piece.into_iter().enumerate() {
                    // Every cell is in the structure, an empty one too.
                    s.draws.push(Draw::Tag(tds[c]));
                    let cx = xs[c] + theme::CELL_PAD_X;
                    for line in lines {
                        let dy = theme::CELL_PAD_Y + line.top;
                        for mut d in line.draws {
                            d.shift_x(cx);
                            d.shift_y(dy);
                            s.draws.push(d);
                        }
                        for mut l in line.links {
                            l.x += cx;
                            l.y += dy;
                            s.links.push(l);
                        }
                    }
                }
                if grid {
                    grid_lines(&mut s, xs, h, false);
                } else {
                    hline(&mut s, x, x + width, h - 0.2, 0.4, theme::RULE);
                }
                s.table = Some(TableRef {
                    table: table_id,
                    header: false,
                });
                self.push(s);
            }
        }
        Ok(())
    }
}

pub(super) fn align_offset(align: Align, available: f32, used: f32) -> f32 {
    match align {
        Align::Left => 0.0,
        Align::Center => ((available - used) / 2.0).max(0.0),
        Align::Right => (available - used).max(0.0),
    }
}

pub(super) fn hline(s: &mut Slice, x1: f32, x2: f32, y: f32, width: f32, color: Rgb) {
    s.artifact(Draw::Line {
        x1,
        y1: y,
        x2,
        y2: y,
        width,
        color,
        dotted: false,
    });
}

/// Cell borders of one grid row: verticals, the bottom line and (for the header)
/// the top line.
pub(super) fn grid_lines(s: &mut Slice, xs: &[f32], h: f32, top: bool) {
    let (first, last) = (xs[0], xs[xs.len() - 1]);
    if top {
        hline(s, first, last, 0.0, 0.5, theme::RULE);
    }
    hline(s, first, last, h, 0.5, theme::RULE);
    for &x in xs {
        s.artifact(Draw::Line {
            x1: x,
            y1: 0.0,
            x2: x,
            y2: h,
            width: 0.5,
            color: theme::RULE,
            dotted: false,
        });
    }
}

/// Cuts a row's cells into pieces no taller than `max` (only rows taller than a
/// page are ever cut; a single line taller than `max` stays whole).
pub(super) fn split_row(cells: Vec<Vec<CellLine>>, max: f32) -> Vec<Vec<Vec<CellLine>>> {
    let height = cells
        .iter()
        .flat_map(|c| c.last().map(|l| l.top + l.height))
        .fold(0.0, f32::max);
    if height <= max {
        return vec![cells];
    }
    let mut pieces: Vec<Vec<Vec<CellLine>>> = Vec::new();
    let columns = cells.len();
    for (c, lines) in cells.into_iter().enumerate() {
        let mut piece = 0;
        let mut piece_top = 0.0;
        for mut line in lines {
            if line.top + line.height - piece_top > max && line.top > piece_top {
                piece += 1;
                piece_top = line.top;
            }
            while pieces.len() <= piece {
                pieces.push((0..columns).map(|_| Vec::new()).collect());
            }
            line.top -= piece_top;
            pieces[piece][c].push(line);
        }
    }
    pieces
}

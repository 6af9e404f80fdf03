//! Figures: vector drawings made of marks (rectangles, lines, symbols, labels).
//!
//! A figure is one slice, so it is never split across pages. Its marks are drawn
//! inside a clipping rectangle of the figure's box; on top of that, marks are cut
//! to (a little more than) the box while being laid out, so that no coordinate the
//! PDF gets is far outside the page, whatever a caller computed. Marks with numbers
//! that are not finite are dropped.

use super::draw::{Draw, Outline, Pen};
use super::flow::{Flow, Res};
use super::slice::Slice;
use crate::error::TypesetError;
use crate::fonts::{fonts, Face, Family, Fonts};
use crate::model::{Align, Figure, Ink, Mark, Shape, Stroke};
use crate::structure::{Role, Tag};
use crate::text::{single_line, Line, Run, TextStyle};
use crate::theme::{self, Rgb};

/// The shortest dash drawn (a dash array of zeros is not valid PDF).
const MIN_DASH: f32 = 0.5;

/// The style of a figure label.
fn label_style(size: f32, bold: bool, color: Rgb) -> TextStyle {
    TextStyle::new(Face::select(Family::Sans, bold, false), size, color)
}

fn label_line(fonts: &Fonts, text: &str, size: f32, bold: bool, color: Rgb) -> Res<Line> {
    single_line(fonts, &[Run::new(text, label_style(size, bold, color))])
}

/// Width in points of a figure label (see [`crate::text_width`]).
pub(crate) fn text_width(text: &str, size: f32, bold: bool) -> Result<f32, TypesetError> {
    if !size.is_finite() || size <= 0.0 {
        return Ok(0.0);
    }
    Ok(label_line(fonts()?, text, size, bold, theme::INK)?.width)
}

/// The box marks are cut to: the figure's box grown by `margin` on every side.
#[derive(Debug, Clone, Copy)]
struct Bounds {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl Bounds {
    fn of(w: f32, h: f32, margin: f32) -> Bounds {
        Bounds {
            x0: -margin,
            y0: -margin,
            x1: w + margin,
            y1: h + margin,
        }
    }

    /// Whether the rectangle from (`x0`, `y0`) to (`x1`, `y1`) meets these bounds.
    fn meets(&self, x0: f32, y0: f32, x1: f32, y1: f32) -> bool {
        x0 <= self.x1 && x1 >= self.x0 && y0 <= self.y1 && y1 >= self.y0
    }

    /// The segment from (`x1`, `y1`) to (`x2`, `y2`) cut to these bounds
    /// (Liang–Barsky), with the distance cut off its start; `None` if nothing is left.
    fn cut_segment(&self, x1: f32, y1: f32, x2: f32, y2: f32) -> Option<([f32; 4], f32)> {
        let (x1, y1, x2, y2) = (f64::from(x1), f64::from(y1), f64::from(x2), f64::from(y2));
        let (dx, dy) = (x2 - x1, y2 - y1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, x1 - f64::from(self.x0)),
            (dx, f64::from(self.x1) - x1),
            (-dy, y1 - f64::from(self.y0)),
            (dy, f64::from(self.y1) - y1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return None;
                }
                continue;
            }
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return None;
            }
        }
        let cut = t0 * dx.hypot(dy);
        Some((
            [
                (x1 + t0 * dx) as f32,
                (y1 + t0 * dy) as f32,
                (x1 + t1 * dx) as f32,
                (y1 + t1 * dy) as f32,
            ],
            cut as f32,
        ))
    }
}

/// A pen for `stroke` at scale `k`, or `None` if it draws nothing. Widths are kept
/// below the figure's size (`limit`).
fn pen(stroke: &Stroke, k: f32, limit: f32) -> Option<Pen> {
    let width = stroke.width * k;
    if !width.is_finite() || width <= 0.0 {
        return None;
    }
    let dash = stroke
        .dash
        .map(|d| d * k)
        .filter(|d| d.is_finite() && *d > 0.0)
        .map(|d| (d.clamp(MIN_DASH, limit), 0.0));
    Some(Pen {
        color: theme::ink(stroke.ink, false),
        width: width.min(limit),
        dash,
    })
}

fn fill(ink: Option<Ink>) -> Option<Rgb> {
    ink.map(|i| theme::ink(i, false))
}

impl Flow<'_> {
    /// A figure at `x`, in a column `width` wide.
    pub(super) fn figure(&mut self, fig: &Figure, x: f32, width: f32, in_callout: bool) -> Res<()> {
        let w = fig.width.unwrap_or(width);
        let h = fig.height;
        if !(w.is_finite() && w > 0.0 && h.is_finite() && h > 0.0) {
            return Ok(());
        }
        if fig.alt.trim().is_empty() {
            let met = self.heading_count.checked_sub(1);
            let place = match met.and_then(|i| self.headings.get(i)) {
                Some(h) => format!("after the heading \"{}\"", h.text),
                None => "before the first heading".to_string(),
            };
            return Err(TypesetError::FigureWithoutAlt { place });
        }
        // Inside a callout the box's padding takes room on the page too.
        let max_h = if in_callout {
            self.geo.body_height() - 2.0 * theme::CALLOUT_PAD
        } else {
            self.geo.body_height()
        };
        let k = 1.0f32.min(width / w).min(max_h / h);
        let (bw, bh) = (w * k, h * k);
        let mut draws = Vec::new();
        for m in &fig.marks {
            self.mark(m, k, bw, bh, &mut draws)?;
        }
        self.gap(theme::FIGURE_SPACE_BEFORE);
        let mut s = Slice::content(bh);
        let elem = self.element(Role::Figure);
        if let Some(e) = self.structure.get_mut(elem) {
            e.alt = Some(fig.alt.clone());
        }
        // The clipping rectangle is drawn for an empty figure too: it is where the
        // PDF writer takes the figure's bounding box from.
        s.draws.push(Draw::Tag(Tag::Element(elem)));
        s.draws.push(Draw::ClipStart {
            x: 0.0,
            y: 0.0,
            w: bw,
            h: bh,
        });
        s.draws.append(&mut draws);
        s.draws.push(Draw::ClipEnd);
        for d in &mut s.draws {
            d.shift_x(x);
        }
        self.push(s);
        self.gap(theme::FIGURE_SPACE_AFTER);
        Ok(())
    }

    /// Adds the drawing of `m` (at scale `k`, in a `bw` × `bh` box) to `out`.
    fn mark(&self, m: &Mark, k: f32, bw: f32, bh: f32, out: &mut Vec<Draw>) -> Res<()> {
        let finite = |vs: &[f32]| vs.iter().all(|v| v.is_finite());
        // Nothing drawn is wider or taller than this.
        let limit = 2.0 * bw.max(bh);
        let margin = |pen: &Option<Pen>| pen.map_or(0.0, |p| p.width) + 2.0;
        match m {
            Mark::Rect {
                x,
                y,
                w,
                h,
                fill: ink,
                stroke,
            } => {
                let (x, y, w, h) = (x * k, y * k, w * k, h * k);
                let pen = stroke.as_ref().and_then(|s| pen(s, k, limit));
                let fill = fill(*ink);
                if !finite(&[x, y, w, h]) || (pen.is_none() && fill.is_none()) {
                    return Ok(());
                }
                let b = Bounds::of(bw, bh, margin(&pen));
                let x0 = x.min(x + w).max(b.x0);
                let x1 = x.max(x + w).min(b.x1);
                let y0 = y.min(y + h).max(b.y0);
                let y1 = y.max(y + h).min(b.y1);
                if x0 > x1 || y0 > y1 {
                    return Ok(());
                }
                out.push(Draw::Shape {
                    outline: Outline::Rect {
                        x: x0,
                        y: y0,
                        w: x1 - x0,
                        h: y1 - y0,
                    },
                    fill,
                    pen,
                });
            }
            Mark::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => {
                let (x1, y1, x2, y2) = (x1 * k, y1 * k, x2 * k, y2 * k);
                let Some(mut pen) = pen(stroke, k, limit) else {
                    return Ok(());
                };
                if !finite(&[x1, y1, x2, y2]) {
                    return Ok(());
                }
                let b = Bounds::of(bw, bh, margin(&Some(pen)));
                let Some((segment, cut)) = b.cut_segment(x1, y1, x2, y2) else {
                    return Ok(());
                };
                // Dashes keep their places along the line when its start is cut off.
                if let Some((dash, _)) = pen.dash {
                    pen.dash = Some((dash, cut % (2.0 * dash)));
                }
                out.push(Draw::Shape {
                    outline: Outline::Segments(vec![segment]),
                    fill: None,
                    pen: Some(pen),
                });
            }
            Mark::Symbol {
                x,
                y,
                size,
                shape,
                fill: ink,
                stroke,
            } => {
                let (cx, cy, size) = (x * k, y * k, (size * k).min(limit));
                let mut pen = stroke.as_ref().and_then(|s| pen(s, k, limit));
                let mut fill = fill(*ink);
                if !finite(&[cx, cy, size]) || size <= 0.0 {
                    return Ok(());
                }
                let r = size / 2.0;
                if !Bounds::of(bw, bh, margin(&pen)).meets(cx - r, cy - r, cx + r, cy + r) {
                    return Ok(());
                }
                let outline = match shape {
                    Shape::Circle => Outline::Circle { cx, cy, r },
                    Shape::Square => Outline::Rect {
                        x: cx - r,
                        y: cy - r,
                        w: size,
                        h: size,
                    },
                    Shape::Triangle => {
                        Outline::Polygon(vec![(cx, cy - r), (cx + r, cy + r), (cx - r, cy + r)])
                    }
                    Shape::Diamond => Outline::Polygon(vec![
                        (cx, cy - r),
                        (cx + r, cy),
                        (cx, cy + r),
                        (cx - r, cy),
                    ]),
                    Shape::Cross => {
                        // Lines only: in the stroke's colour, else the fill's.
                        if pen.is_none() {
                            pen = fill.map(|color| Pen {
                                color,
                                width: size * 0.2,
                                dash: None,
                            });
                        }
                        fill = None;
                        // The strokes' ends stay inside the symbol's square.
                        let e = r - pen.map_or(0.0, |p| p.width) * 0.35;
                        Outline::Segments(vec![
                            [cx - e, cy - e, cx + e, cy + e],
                            [cx - e, cy + e, cx + e, cy - e],
                        ])
                    }
                };
                if pen.is_none() && fill.is_none() {
                    return Ok(());
                }
                out.push(Draw::Shape { outline, fill, pen });
            }
            Mark::Text {
                x,
                y,
                text,
                size,
                bold,
                align,
                ink,
            } => {
                let (x, y, size) = (x * k, y * k, (size * k).min(limit));
                if !finite(&[x, y, size]) || size <= 0.0 {
                    return Ok(());
                }
                let line = label_line(self.fonts, text, size, *bold, theme::ink(*ink, true))?;
                let x0 = match align {
                    Align::Left => x,
                    Align::Center => x - line.width / 2.0,
                    Align::Right => x - line.width,
                };
                // Ascenders reach about one size above the baseline, descenders
                // a third below.
                let b = Bounds::of(bw, bh, 0.0);
                if !b.meets(x0, y - size, x0 + line.width, y + size / 3.0) {
                    return Ok(());
                }
                for f in line.frags {
                    out.push(Draw::Text {
                        x: x0 + f.x,
                        baseline: y,
                        face: f.face,
                        style: f.style,
                        text: f.text,
                    });
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_cut_to_the_bounds() {
        let b = Bounds::of(100.0, 50.0, 0.0);
        // Inside: unchanged.
        let (s, cut) = b.cut_segment(10.0, 10.0, 90.0, 40.0).unwrap();
        assert_eq!(s, [10.0, 10.0, 90.0, 40.0]);
        assert_eq!(cut, 0.0);
        // Across: cut at both ends, with the length cut off its start.
        let (s, cut) = b.cut_segment(-100.0, 25.0, 300.0, 25.0).unwrap();
        assert_eq!(s, [0.0, 25.0, 100.0, 25.0]);
        assert_eq!(cut, 100.0);
        // Outside, or parallel to an edge outside: nothing.
        assert!(b.cut_segment(-10.0, -10.0, -5.0, 60.0).is_none());
        assert!(b.cut_segment(0.0, 60.0, 100.0, 60.0).is_none());
        // Huge coordinates give bounded ones.
        let (s, _) = b.cut_segment(-1e30, -1e30, 1e30, 1e30).unwrap();
        assert!(s.iter().all(|v| (-0.01..=100.01).contains(v)), "{s:?}");
    }
}

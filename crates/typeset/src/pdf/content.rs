//! Page content: the layout's drawing operations as printpdf operations.

use printpdf::{
    Color, FontId, LineCapStyle, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point,
    Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

use crate::fonts::{fonts, Face, Fonts};
use crate::layout::{Draw, Outline, PageLayout, Pen};
use crate::text::TextStyle;
use crate::theme::Rgb;

/// How close (in points) a piece of text must start to where the previous piece left
/// the pen to be shown without a position of its own: well below the 1/100 pt that
/// positions are rounded to.
const PEN_TOLERANCE: f32 = 0.006;

/// Rounds to 1/100 pt, which keeps content streams short.
pub(super) fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn color(c: Rgb) -> Color {
    let q = |v: f32| (v * 1000.0).round() / 1000.0;
    Color::Rgb(printpdf::Rgb {
        r: q(c.0),
        g: q(c.1),
        b: q(c.2),
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(r2(x)),
            y: Pt(r2(y)),
        },
        bezier: false,
    }
}

fn control(x: f32, y: f32) -> LinePoint {
    LinePoint {
        bezier: true,
        ..point(x, y)
    }
}

/// The dash pattern of lines.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dash {
    Solid,
    /// Round dots this far apart.
    Dotted(f32),
    /// Dashes and gaps of one length, starting this far into the pattern.
    Dashed {
        length: f32,
        phase: f32,
    },
}

/// The graphics state the writer has set (what `q` saves and `Q` restores).
#[derive(Debug, Clone, Copy)]
struct State {
    font: Option<(Face, f32)>,
    fill: Option<Rgb>,
    stroke: Option<Rgb>,
    line_width: Option<f32>,
    tracking: f32,
    dash: Dash,
    round_caps: bool,
}

/// Emits operations, skipping state changes that are already in effect.
struct OpWriter {
    ops: Vec<Op>,
    page_height: f32,
    in_text: bool,
    /// Where the last text shown in the current text section left the pen (x, y in
    /// PDF coordinates), if nothing else was drawn since.
    pen: Option<(f32, f32)>,
    fonts: Option<&'static Fonts>,
    state: State,
    /// The state to go back to when the current clipping ends.
    saved: Option<State>,
}

/// A circle as four Bézier arcs, in PDF coordinates (y up).
fn circle_points(cx: f32, cy: f32, r: f32) -> Vec<LinePoint> {
    let k = r * 0.552_284_8;
    vec![
        point(cx + r, cy),
        control(cx + r, cy + k),
        control(cx + k, cy + r),
        point(cx, cy + r),
        control(cx - k, cy + r),
        control(cx - r, cy + k),
        point(cx - r, cy),
        control(cx - r, cy - k),
        control(cx - k, cy - r),
        point(cx, cy - r),
        control(cx + k, cy - r),
        control(cx + r, cy - k),
        point(cx + r, cy),
    ]
}

impl OpWriter {
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
        self.pen = None;
    }

    /// How far showing `text` moves the pen: the glyphs' widths as written in the
    /// font's `/W` array, plus the character spacing after each.
    fn advance(&self, face: Face, style: &TextStyle, text: &str) -> f32 {
        let Some(fonts) = self.fonts else {
            return f32::NAN;
        };
        let chars = text.chars().count() as f32;
        fonts.width(face, style.size, text) + chars * style.tracking
    }

    fn fill(&mut self, c: Rgb) {
        if self.state.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: color(c) });
            self.state.fill = Some(c);
        }
    }

    fn stroke(&mut self, c: Rgb, width: f32, dash: Dash) {
        if self.state.stroke != Some(c) {
            self.ops.push(Op::SetOutlineColor { col: color(c) });
            self.state.stroke = Some(c);
        }
        if self.state.line_width != Some(width) {
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.state.line_width = Some(width);
        }
        if self.state.dash != dash {
            let pattern = match dash {
                Dash::Solid => LineDashPattern::solid(),
                Dash::Dotted(gap) => LineDashPattern::new(0.0, &[0.0, r2(gap)]),
                Dash::Dashed { length, phase } => {
                    LineDashPattern::new(r2(phase), &[r2(length), r2(length)])
                }
            };
            self.ops.push(Op::SetLineDashPattern { dash: pattern });
            self.state.dash = dash;
        }
        let round_caps = matches!(dash, Dash::Dotted(_));
        if self.state.round_caps != round_caps {
            let cap = if round_caps {
                LineCapStyle::Round
            } else {
                LineCapStyle::Butt
            };
            self.ops.push(Op::SetLineCapStyle { cap });
            self.state.round_caps = round_caps;
        }
    }

    fn pen(&mut self, pen: &Pen) {
        let dash = match pen.dash {
            Some((length, phase)) => Dash::Dashed { length, phase },
            None => Dash::Solid,
        };
        self.stroke(pen.color, pen.width, dash);
    }

    /// A filled and/or stroked outline (`h` is the page height).
    fn shape(&mut self, outline: &Outline, fill: Option<Rgb>, pen: Option<&Pen>, h: f32) {
        self.end_text();
        if let Outline::Segments(segments) = outline {
            let Some(pen) = pen else {
                return;
            };
            self.pen(pen);
            for s in segments {
                self.ops.push(Op::DrawLine {
                    line: printpdf::Line {
                        points: vec![point(s[0], h - s[1]), point(s[2], h - s[3])],
                        is_closed: false,
                    },
                });
            }
            return;
        }
        let mode = match (fill, pen) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, Some(_)) => PaintMode::Stroke,
            (None, None) => return,
        };
        if let Some(c) = fill {
            self.fill(c);
        }
        if let Some(pen) = pen {
            self.pen(pen);
        }
        let points = match outline {
            Outline::Rect { x, y, w, h: rh } => {
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(r2(*x)),
                        y: Pt(r2(h - y - rh)),
                        width: Pt(r2(*w)),
                        height: Pt(r2(*rh)),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
                return;
            }
            Outline::Circle { cx, cy, r } => circle_points(*cx, h - cy, *r),
            Outline::Polygon(points) => points.iter().map(|&(x, y)| point(x, h - y)).collect(),
            Outline::Segments(_) => return,
        };
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    fn draw(&mut self, d: &Draw) {
        let h = self.page_height;
        match d {
            Draw::Text {
                x,
                baseline,
                face,
                style,
                text,
            } => {
                if !self.in_text {
                    self.ops.push(Op::StartTextSection);
                    self.in_text = true;
                }
                if self.state.font != Some((*face, style.size)) {
                    self.ops.push(Op::SetFont {
                        font: PdfFontHandle::External(FontId(face.resource_name().to_string())),
                        size: Pt(style.size),
                    });
                    self.state.font = Some((*face, style.size));
                }
                if self.state.tracking != style.tracking {
                    self.ops.push(Op::SetCharacterSpacing {
                        multiplier: style.tracking,
                    });
                    self.state.tracking = style.tracking;
                }
                self.fill(style.color);
                let y = r2(h - baseline + style.rise);
                // Text showing moves the pen by the glyphs' widths: a piece that goes on
                // where the one before it ended (the rest of a line in another colour,
                // weight or face) needs no position of its own.
                let goes_on = self
                    .pen
                    .is_some_and(|(px, py)| py == y && (px - *x).abs() < PEN_TOLERANCE);
                let start = if goes_on {
                    self.pen.map_or(*x, |(px, _)| px)
                } else {
                    self.ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(r2(*x)), Pt(y)),
                    });
                    r2(*x)
                };
                self.ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
                self.pen = Some((start + self.advance(*face, style, text), y));
            }
            Draw::Rect {
                x,
                y,
                w,
                h: rh,
                fill,
            } => {
                self.end_text();
                self.fill(*fill);
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(r2(*x)),
                        y: Pt(r2(h - y - rh)),
                        width: Pt(r2(*w)),
                        height: Pt(r2(*rh)),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Draw::RoundRect {
                x,
                y,
                w,
                h: rh,
                radius,
                fill,
            } => {
                self.end_text();
                self.fill(*fill);
                let r = radius.min(w / 2.0).min(rh / 2.0);
                let k = r * (1.0 - 0.552_284_8);
                let (x0, x1) = (*x, x + w);
                let (y0, y1) = (h - y - rh, h - y);
                let points = vec![
                    point(x0 + r, y0),
                    point(x1 - r, y0),
                    control(x1 - k, y0),
                    control(x1, y0 + k),
                    point(x1, y0 + r),
                    point(x1, y1 - r),
                    control(x1, y1 - k),
                    control(x1 - k, y1),
                    point(x1 - r, y1),
                    point(x0 + r, y1),
                    control(x0 + k, y1),
                    control(x0, y1 - k),
                    point(x0, y1 - r),
                    point(x0, y0 + r),
                    control(x0, y0 + k),
                    control(x0 + k, y0),
                    point(x0 + r, y0),
                ];
                self.ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode: PaintMode::Fill,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
            Draw::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
                dotted,
            } => {
                self.end_text();
                let dash = if *dotted {
                    Dash::Dotted(width * 3.0)
                } else {
                    Dash::Solid
                };
                self.stroke(*color, *width, dash);
                self.ops.push(Op::DrawLine {
                    line: printpdf::Line {
                        points: vec![point(*x1, h - y1), point(*x2, h - y2)],
                        is_closed: false,
                    },
                });
            }
            Draw::Shape { outline, fill, pen } => self.shape(outline, *fill, pen.as_ref(), h),
            Draw::ClipStart { x, y, w, h: ch } => {
                self.end_text();
                self.clip_end();
                self.ops.push(Op::SaveGraphicsState);
                self.saved = Some(self.state);
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(r2(*x)),
                        y: Pt(r2(h - y - ch)),
                        width: Pt(r2(*w)),
                        height: Pt(r2(*ch)),
                        mode: Some(PaintMode::Clip),
                        winding_order: None,
                    },
                });
            }
            Draw::ClipEnd => {
                self.end_text();
                self.clip_end();
            }
            // Resolved by the layout before writing.
            Draw::PageRef { .. } => {}
        }
    }

    /// Ends the clipping in effect, if any, and goes back to the state before it.
    fn clip_end(&mut self) {
        if let Some(state) = self.saved.take() {
            self.ops.push(Op::RestoreGraphicsState);
            self.state = state;
        }
    }
}

pub(super) fn page_ops(page: &PageLayout, page_height: f32) -> Vec<Op> {
    let mut w = OpWriter {
        ops: Vec::with_capacity(page.draws.len() * 3),
        page_height,
        in_text: false,
        pen: None,
        fonts: fonts().ok(),
        state: State {
            font: None,
            fill: None,
            stroke: None,
            line_width: None,
            tracking: 0.0,
            dash: Dash::Solid,
            round_caps: false,
        },
        saved: None,
    };
    for d in &page.draws {
        w.draw(d);
    }
    w.end_text();
    w.clip_end();
    w.ops
}

//! Page content: the layout's drawing operations as printpdf operations.

use printpdf::{
    Color, FontId, LineCapStyle, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point,
    Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

use crate::fonts::Face;
use crate::layout::{Draw, PageLayout};
use crate::theme::Rgb;

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

/// Emits operations, skipping state changes that are already in effect.
struct OpWriter {
    ops: Vec<Op>,
    page_height: f32,
    in_text: bool,
    font: Option<(Face, f32)>,
    fill: Option<Rgb>,
    stroke: Option<Rgb>,
    line_width: Option<f32>,
    tracking: f32,
    dotted: bool,
}

impl OpWriter {
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    fn fill(&mut self, c: Rgb) {
        if self.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: color(c) });
            self.fill = Some(c);
        }
    }

    fn stroke(&mut self, c: Rgb, width: f32, dotted: bool) {
        if self.stroke != Some(c) {
            self.ops.push(Op::SetOutlineColor { col: color(c) });
            self.stroke = Some(c);
        }
        if self.line_width != Some(width) {
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.line_width = Some(width);
        }
        if self.dotted != dotted {
            let (dash, cap) = if dotted {
                (
                    LineDashPattern::new(0.0, &[0.0, r2(width * 3.0)]),
                    LineCapStyle::Round,
                )
            } else {
                (LineDashPattern::solid(), LineCapStyle::Butt)
            };
            self.ops.push(Op::SetLineDashPattern { dash });
            self.ops.push(Op::SetLineCapStyle { cap });
            self.dotted = dotted;
        }
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
                if self.font != Some((*face, style.size)) {
                    self.ops.push(Op::SetFont {
                        font: PdfFontHandle::External(FontId(face.resource_name().to_string())),
                        size: Pt(style.size),
                    });
                    self.font = Some((*face, style.size));
                }
                if self.tracking != style.tracking {
                    self.ops.push(Op::SetCharacterSpacing {
                        multiplier: style.tracking,
                    });
                    self.tracking = style.tracking;
                }
                self.fill(style.color);
                self.ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(r2(*x)), Pt(r2(h - baseline + style.rise))),
                });
                self.ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
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
                self.stroke(*color, *width, *dotted);
                self.ops.push(Op::DrawLine {
                    line: printpdf::Line {
                        points: vec![point(*x1, h - y1), point(*x2, h - y2)],
                        is_closed: false,
                    },
                });
            }
            // Resolved by the layout before writing.
            Draw::PageRef { .. } => {}
        }
    }
}

pub(super) fn page_ops(page: &PageLayout, page_height: f32) -> Vec<Op> {
    let mut w = OpWriter {
        ops: Vec::with_capacity(page.draws.len() * 3),
        page_height,
        in_text: false,
        font: None,
        fill: None,
        stroke: None,
        line_width: None,
        tracking: 0.0,
        dotted: false,
    };
    for d in &page.draws {
        w.draw(d);
    }
    w.end_text();
    w.ops
}

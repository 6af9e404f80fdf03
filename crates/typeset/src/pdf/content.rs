//! Page content: the layout's drawing operations written as content stream bytes,
//! with marked content for the structure tree.
//!
//! Only the operators the engine needs are written, straight from the [`Draw`]s:
//! text as literal strings of (subset) glyph ids, paths, colours, line styles and
//! clipping. State that is already in effect is not set again, and a piece of text
//! that goes on where the previous one ended gets no position of its own.
//!
//! Every drawing is inside marked content: `/Tag <</MCID n>> BDC … EMC` for what
//! belongs to a structure element, `/Artifact … BMC`/`BDC … EMC` for page
//! furniture. A marked-content sequence opened inside a text object (`BT … ET`)
//! is closed inside it; one opened outside may hold whole text objects.

use std::io::Write;

use super::fonts::GlyphMap;
use crate::fonts::{Face, Fonts};
use crate::layout::{Draw, Outline, PageLayout, Pen};
use crate::structure::{Artifact, ElemId, Role, Structure, Tag};
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

/// Writes `v` as a PDF number: the shortest decimal that reads back as the same
/// `f32` (never an exponent); 0 for a value that is not a number.
pub(super) fn num(out: &mut Vec<u8>, v: f32) {
    if !v.is_finite() {
        out.push(b'0');
        return;
    }
    // Most numbers are whole hundredths: written without going through `fmt`.
    let hundredths = (f64::from(v) * 100.0).round();
    if hundredths.abs() < 1e9 && (hundredths / 100.0) as f32 == v {
        let h = hundredths as i64;
        if h < 0 {
            out.push(b'-');
        }
        let h = h.unsigned_abs();
        let (int, frac) = (h / 100, h % 100);
        let mut digits = [0u8; 20];
        let mut n = 0;
        let mut i = int;
        loop {
            digits[n] = b'0' + (i % 10) as u8;
            n += 1;
            i /= 10;
            if i == 0 {
                break;
            }
        }
        out.extend(digits[..n].iter().rev());
        if frac != 0 {
            out.push(b'.');
            out.push(b'0' + (frac / 10) as u8);
            if frac % 10 != 0 {
                out.push(b'0' + (frac % 10) as u8);
            }
        }
        return;
    }
    let _ = write!(out, "{v}");
}

/// Colour components as written: three decimals.
fn component(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
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

/// What the structure writer learns from a page's content.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Event {
    /// The content of this element starts here (it may have none of its own, like
    /// an empty table cell).
    Touch(ElemId),
    /// Marked content `mcid` of the page belongs to the element.
    Mcr(ElemId, u32),
    /// A figure's bounding box (PDF coordinates: x0, y0, x1, y1).
    BBox(ElemId, [f32; 4]),
    /// Text shown as part of a link.
    LinkText(ElemId, String),
}

/// One page's content stream (not yet compressed) and its marked content.
pub(super) struct PageContent {
    pub bytes: Vec<u8>,
    pub events: Vec<Event>,
    /// The element of each marked-content id of the page, in order.
    pub mcids: Vec<ElemId>,
}

/// Writes content stream operators, skipping state changes already in effect.
struct ContentWriter<'a> {
    out: Vec<u8>,
    page_height: f32,
    fonts: &'a Fonts,
    glyphs: &'a GlyphMap,
    structure: &'a Structure,
    in_text: bool,
    /// Where the last text shown in the current text section left the pen (x, y in
    /// PDF coordinates), if nothing else was drawn since.
    pen: Option<(f32, f32)>,
    state: State,
    /// The state to go back to when the current clipping ends.
    saved: Option<State>,
    /// What the next drawings belong to.
    want: Tag,
    /// The open marked-content sequence, and whether it was opened inside the
    /// current text object.
    open: Option<(Tag, bool)>,
    events: Vec<Event>,
    mcids: Vec<ElemId>,
}

/// A circle as four Bézier arcs, in PDF coordinates (y up): start point, then
/// (control, control, end) triples.
fn circle_points(cx: f32, cy: f32, r: f32) -> ((f32, f32), [[f32; 6]; 4]) {
    let k = r * 0.552_284_8;
    (
        (cx + r, cy),
        [
            [cx + r, cy + k, cx + k, cy + r, cx, cy + r],
            [cx - k, cy + r, cx - r, cy + k, cx - r, cy],
            [cx - r, cy - k, cx - k, cy - r, cx, cy - r],
            [cx + k, cy - r, cx + r, cy - k, cx + r, cy],
        ],
    )
}

impl ContentWriter<'_> {
    fn op(&mut self, operator: &[u8]) {
        self.out.extend_from_slice(operator);
        self.out.push(b'\n');
    }

    /// Numbers rounded to 1/100 pt, each followed by a space.
    fn coords(&mut self, values: &[f32]) {
        for &v in values {
            num(&mut self.out, r2(v));
            self.out.push(b' ');
        }
    }

    fn begin_marked(&mut self, tag: Tag) {
        match tag {
            Tag::Artifact(Artifact::Layout) => self.op(b"/Artifact BMC"),
            Tag::Artifact(Artifact::Header) => {
                self.op(b"/Artifact <</Type /Pagination /Subtype /Header>> BDC")
            }
            Tag::Artifact(Artifact::Footer) => {
                self.op(b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
            }
            Tag::Artifact(Artifact::Pagination) => self.op(b"/Artifact <</Type /Pagination>> BDC"),
            Tag::Element(e) => {
                let role = self.structure.get(e).map_or(Role::Span, |el| el.role);
                let mcid = self.mcids.len() as u32;
                self.mcids.push(e);
                self.events.push(Event::Mcr(e, mcid));
                self.out.push(b'/');
                self.out.extend_from_slice(role.name().as_bytes());
                let _ = writeln!(self.out, " <</MCID {mcid}>> BDC");
            }
        }
    }

    fn end_marked(&mut self) {
        if self.open.take().is_some() {
            self.op(b"EMC");
        }
    }

    fn end_text(&mut self) {
        if self.in_text {
            if matches!(self.open, Some((_, true))) {
                self.end_marked();
            }
            self.op(b"ET");
            self.in_text = false;
        }
        self.pen = None;
    }

    /// Before a drawing that is not text: out of any text object, inside marked
    /// content for what is wanted.
    fn graphics(&mut self) {
        self.end_text();
        if self.open.map(|(t, _)| t) != Some(self.want) {
            self.end_marked();
            self.begin_marked(self.want);
            self.open = Some((self.want, false));
        }
    }

    /// Before showing text: inside a text object and marked content for what is
    /// wanted.
    fn text(&mut self) {
        let want = self.want;
        let open = self.open.map(|(t, _)| t);
        if self.in_text {
            if open == Some(want) {
                return;
            }
            if matches!(self.open, Some((_, false))) {
                // Opened outside this text object: it cannot end inside it.
                self.end_text();
                self.end_marked();
                self.op(b"BT");
                self.in_text = true;
            } else {
                self.end_marked();
            }
        } else {
            if open != Some(want) {
                self.end_marked();
            }
            self.op(b"BT");
            self.in_text = true;
            if open == Some(want) {
                return;
            }
        }
        self.begin_marked(want);
        self.open = Some((want, true));
    }

    fn set_color(&mut self, c: Rgb, operator: &[u8]) {
        for v in [c.0, c.1, c.2] {
            num(&mut self.out, component(v));
            self.out.push(b' ');
        }
        self.op(operator);
    }

    fn fill(&mut self, c: Rgb) {
        if self.state.fill != Some(c) {
            self.set_color(c, b"rg");
            self.state.fill = Some(c);
        }
    }

    fn stroke(&mut self, c: Rgb, width: f32, dash: Dash) {
        if self.state.stroke != Some(c) {
            self.set_color(c, b"RG");
            self.state.stroke = Some(c);
        }
        if self.state.line_width != Some(width) {
            num(&mut self.out, width);
            self.op(b" w");
            self.state.line_width = Some(width);
        }
        if self.state.dash != dash {
            match dash {
                Dash::Solid => self.op(b"[] 0 d"),
                Dash::Dotted(gap) => {
                    self.out.extend_from_slice(b"[0 ");
                    num(&mut self.out, r2(gap));
                    self.op(b"] 0 d");
                }
                Dash::Dashed { length, phase } => {
                    self.out.push(b'[');
                    num(&mut self.out, r2(length));
                    self.out.push(b' ');
                    num(&mut self.out, r2(length));
                    self.out.extend_from_slice(b"] ");
                    num(&mut self.out, r2(phase));
                    self.op(b" d");
                }
            }
            self.state.dash = dash;
        }
        let round_caps = matches!(dash, Dash::Dotted(_));
        if self.state.round_caps != round_caps {
            self.op(if round_caps { b"1 J" } else { b"0 J" });
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

    /// A straight line from (x1, y1) to (x2, y2) in PDF coordinates, stroked.
    fn segment(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) {
        self.coords(&[x1, y1]);
        self.op(b"m");
        self.coords(&[x2, y2]);
        self.op(b"l");
        self.op(b"S");
    }

    /// A filled and/or stroked outline (`h` is the page height).
    fn shape(&mut self, outline: &Outline, fill: Option<Rgb>, pen: Option<&Pen>, h: f32) {
        self.graphics();
        if let Outline::Segments(segments) = outline {
            let Some(pen) = pen else {
                return;
            };
            self.pen(pen);
            for s in segments {
                self.segment(s[0], h - s[1], s[2], h - s[3]);
            }
            return;
        }
        let paint: &[u8] = match (fill, pen, outline) {
            (Some(_), Some(_), Outline::Rect { .. }) => b"B",
            (Some(_), Some(_), _) => b"b",
            (Some(_), None, _) => b"f",
            (None, Some(_), _) => b"S",
            (None, None, _) => return,
        };
        if let Some(c) = fill {
            self.fill(c);
        }
        if let Some(pen) = pen {
            self.pen(pen);
        }
        match outline {
            Outline::Rect { x, y, w, h: rh } => {
                self.coords(&[*x, h - y - rh, *w, *rh]);
                self.op(b"re");
            }
            Outline::Circle { cx, cy, r } => {
                let (start, arcs) = circle_points(*cx, h - cy, *r);
                self.coords(&[start.0, start.1]);
                self.op(b"m");
                for arc in arcs {
                    self.coords(&arc);
                    self.op(b"c");
                }
                self.op(b"h");
            }
            Outline::Polygon(points) => {
                for (i, &(x, y)) in points.iter().enumerate() {
                    self.coords(&[x, h - y]);
                    self.op(if i == 0 { b"m" } else { b"l" });
                }
                self.op(b"h");
            }
            Outline::Segments(_) => return,
        }
        self.op(paint);
    }

    fn show_text(&mut self, x: f32, baseline: f32, face: Face, style: &TextStyle, text: &str) {
        self.text();
        let h = self.page_height;
        if self.state.font != Some((face, style.size)) {
            self.out.push(b'/');
            self.out.extend_from_slice(face.resource_name().as_bytes());
            self.out.push(b' ');
            num(&mut self.out, style.size);
            self.op(b" Tf");
            self.state.font = Some((face, style.size));
        }
        if self.state.tracking != style.tracking {
            num(&mut self.out, style.tracking);
            self.op(b" Tc");
            self.state.tracking = style.tracking;
        }
        self.fill(style.color);
        let y = r2(h - baseline + style.rise);
        // Text showing moves the pen by the glyphs' widths: a piece that goes on
        // where the one before it ended (the rest of a line in another colour,
        // weight or face) needs no position of its own.
        let goes_on = self
            .pen
            .is_some_and(|(px, py)| py == y && (px - x).abs() < PEN_TOLERANCE);
        let start = if goes_on {
            self.pen.map_or(x, |(px, _)| px)
        } else {
            self.out.extend_from_slice(b"1 0 0 1 ");
            self.coords(&[x, y]);
            self.op(b"Tm");
            r2(x)
        };
        let data = self.fonts.face(face);
        self.out.push(b'(');
        // One pass over the characters gives the glyphs and the pen's advance (as
        // `Fonts::width` measures it, fallback glyphs included).
        let (mut chars, mut per_mille) = (0u32, 0u32);
        for ch in text.chars() {
            chars += 1;
            per_mille += self
                .fonts
                .glyph(face, ch)
                .map_or(0, |g| u32::from(g.advance));
            let gid = self.glyphs.code(face, data.glyph_id(ch));
            for byte in gid.to_be_bytes() {
                match byte {
                    b'(' | b')' | b'\\' => self.out.extend_from_slice(&[b'\\', byte]),
                    b'\r' => self.out.extend_from_slice(b"\\r"),
                    b'\n' => self.out.extend_from_slice(b"\\n"),
                    _ => self.out.push(byte),
                }
            }
        }
        self.op(b") Tj");
        let advance = per_mille as f32 * style.size / 1000.0 + chars as f32 * style.tracking;
        self.pen = Some((start + advance, y));
        if let Tag::Element(e) = self.want {
            if self
                .structure
                .get(e)
                .is_some_and(|el| el.role == Role::Link)
            {
                self.events.push(Event::LinkText(e, text.to_string()));
            }
        }
    }

    fn draw(&mut self, d: &Draw) {
        let h = self.page_height;
        match d {
            Draw::Tag(tag) => {
                if let Tag::Element(e) = tag {
                    if self.events.last() != Some(&Event::Touch(*e)) {
                        self.events.push(Event::Touch(*e));
                    }
                }
                self.want = *tag;
            }
            Draw::Text {
                x,
                baseline,
                face,
                style,
                text,
            } => self.show_text(*x, *baseline, *face, style, text),
            Draw::Rect {
                x,
                y,
                w,
                h: rh,
                fill,
            } => {
                self.graphics();
                self.fill(*fill);
                self.coords(&[*x, h - y - rh, *w, *rh]);
                self.op(b"re");
                self.op(b"f");
            }
            Draw::RoundRect {
                x,
                y,
                w,
                h: rh,
                radius,
                fill,
            } => {
                self.graphics();
                self.fill(*fill);
                let r = radius.min(w / 2.0).min(rh / 2.0);
                let k = r * (1.0 - 0.552_284_8);
                let (x0, x1) = (*x, x + w);
                let (y0, y1) = (h - y - rh, h - y);
                self.coords(&[x0 + r, y0]);
                self.op(b"m");
                self.coords(&[x1 - r, y0]);
                self.op(b"l");
                self.coords(&[x1 - k, y0, x1, y0 + k, x1, y0 + r]);
                self.op(b"c");
                self.coords(&[x1, y1 - r]);
                self.op(b"l");
                self.coords(&[x1, y1 - k, x1 - k, y1, x1 - r, y1]);
                self.op(b"c");
                self.coords(&[x0 + r, y1]);
                self.op(b"l");
                self.coords(&[x0 + k, y1, x0, y1 - k, x0, y1 - r]);
                self.op(b"c");
                self.coords(&[x0, y0 + r]);
                self.op(b"l");
                self.coords(&[x0, y0 + k, x0 + k, y0, x0 + r, y0]);
                self.op(b"c");
                self.op(b"h");
                self.op(b"f");
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
                self.graphics();
                let dash = if *dotted {
                    Dash::Dotted(width * 3.0)
                } else {
                    Dash::Solid
                };
                self.stroke(*color, *width, dash);
                self.segment(*x1, h - y1, *x2, h - y2);
            }
            Draw::Shape { outline, fill, pen } => self.shape(outline, *fill, pen.as_ref(), h),
            Draw::ClipStart { x, y, w, h: ch } => {
                self.graphics();
                self.clip_end();
                self.op(b"q");
                self.saved = Some(self.state);
                self.coords(&[*x, h - y - ch, *w, *ch]);
                self.op(b"re");
                self.op(b"W n");
                if let Tag::Element(e) = self.want {
                    self.events.push(Event::BBox(
                        e,
                        [r2(*x), r2(h - y - ch), r2(x + w), r2(h - y)],
                    ));
                }
            }
            Draw::ClipEnd => {
                self.graphics();
                self.clip_end();
            }
            // Resolved by the layout before writing.
            Draw::PageRef { .. } => {}
        }
    }

    /// Ends the clipping in effect, if any, and goes back to the state before it.
    fn clip_end(&mut self) {
        if let Some(state) = self.saved.take() {
            self.op(b"Q");
            self.state = state;
        }
    }
}

/// The content of `page` (`page_height` tall), with glyph ids mapped by `glyphs`.
pub(super) fn page_content(
    page: &PageLayout,
    page_height: f32,
    fonts: &Fonts,
    glyphs: &GlyphMap,
    structure: &Structure,
) -> PageContent {
    let mut w = ContentWriter {
        out: Vec::with_capacity(page.draws.len() * 24),
        page_height,
        fonts,
        glyphs,
        structure,
        in_text: false,
        pen: None,
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
        want: Tag::LAYOUT,
        open: None,
        events: Vec::new(),
        mcids: Vec::new(),
    };
    for d in &page.draws {
        w.draw(d);
    }
    w.end_text();
    if w.saved.is_some() {
        // A clip left open: close it inside the marked content it began in.
        w.clip_end();
    }
    w.end_marked();
    PageContent {
        bytes: w.out,
        events: w.events,
        mcids: w.mcids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let s = |v: f32| {
            let mut out = Vec::new();
            num(&mut out, v);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(s(749.14), "749.14");
        assert_eq!(s(70.0), "70");
        assert_eq!(s(-0.5), "-0.5");
        assert_eq!(s(0.05), "0.05");
        assert_eq!(s(0.0), "0");
        assert_eq!(s(0.122), "0.122");
        assert_eq!(s(f32::NAN), "0");
        for v in [5.78f32, 0.357, 1e-7, 123456.79, -3.25] {
            assert_eq!(s(v).parse::<f32>().unwrap(), v, "{v}");
        }
    }
}

//! What pages are made of: drawing operations, link areas and their targets.

use crate::fonts::Face;
use crate::structure::Tag;
use crate::text::{LinkId, TextStyle};
use crate::theme::Rgb;

/// Something to draw on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Draw {
    /// Text on a baseline (`y` of the baseline, before any superscript rise).
    Text {
        x: f32,
        baseline: f32,
        face: Face,
        style: TextStyle,
        text: String,
    },
    /// A filled rectangle; `y` is its top edge.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Rgb,
    },
    /// A filled rectangle with rounded corners.
    RoundRect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        radius: f32,
        fill: Rgb,
    },
    /// A stroked straight line; `dotted` draws round dots every `3 × width`.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
        dotted: bool,
    },
    /// The page number of a heading, right-aligned at `right` (filled in after
    /// pagination; never reaches the PDF writer).
    PageRef {
        heading: usize,
        right: f32,
        baseline: f32,
        style: TextStyle,
    },
    /// An outline, filled and/or stroked (figures).
    Shape {
        outline: Outline,
        fill: Option<Rgb>,
        pen: Option<Pen>,
    },
    /// From here to the matching `ClipEnd`, nothing is drawn outside this
    /// rectangle (`y` is its top edge). Clips do not nest.
    ClipStart { x: f32, y: f32, w: f32, h: f32 },
    /// Ends the clipping started by the last `ClipStart`.
    ClipEnd,
    /// What the drawings that follow belong to (a structure element or an
    /// artifact), until the next `Tag`. Drawings before the first `Tag` of a page
    /// are artifacts.
    Tag(Tag),
}

/// How an outline is stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Pen {
    pub color: Rgb,
    pub width: f32,
    /// Dashes (and gaps) this long, and how far into the pattern the path starts.
    pub dash: Option<(f32, f32)>,
}

/// The outline of a [`Draw::Shape`]; y values are measured from the top.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Outline {
    /// A rectangle; `y` is its top edge.
    Rect { x: f32, y: f32, w: f32, h: f32 },
    /// A circle.
    Circle { cx: f32, cy: f32, r: f32 },
    /// A closed polygon through these points.
    Polygon(Vec<(f32, f32)>),
    /// Separate straight segments `[x1, y1, x2, y2]`; only stroked (a fill is
    /// ignored).
    Segments(Vec<[f32; 4]>),
}

impl Outline {
    fn shift(&mut self, dx: f32, dy: f32) {
        match self {
            Outline::Rect { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Outline::Circle { cx, cy, .. } => {
                *cx += dx;
                *cy += dy;
            }
            Outline::Polygon(points) => {
                for p in points {
                    p.0 += dx;
                    p.1 += dy;
                }
            }
            Outline::Segments(segments) => {
                for s in segments {
                    s[0] += dx;
                    s[1] += dy;
                    s[2] += dx;
                    s[3] += dy;
                }
            }
        }
    }
}

impl Draw {
    pub(super) fn shift_y(&mut self, dy: f32) {
        match self {
            Draw::Text { baseline, .. } | Draw::PageRef { baseline, .. } => *baseline += dy,
            Draw::Rect { y, .. } | Draw::RoundRect { y, .. } => *y += dy,
            Draw::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
            Draw::Shape { outline, .. } => outline.shift(0.0, dy),
            Draw::ClipStart { y, .. } => *y += dy,
            Draw::ClipEnd | Draw::Tag(_) => {}
        }
    }

    pub(super) fn shift_x(&mut self, dx: f32) {
        match self {
            Draw::Text { x, .. }
            | Draw::Rect { x, .. }
            | Draw::RoundRect { x, .. }
            | Draw::ClipStart { x, .. } => *x += dx,
            Draw::PageRef { right, .. } => *right += dx,
            Draw::Line { x1, x2, .. } => {
                *x1 += dx;
                *x2 += dx;
            }
            Draw::Shape { outline, .. } => outline.shift(dx, 0.0),
            Draw::ClipEnd | Draw::Tag(_) => {}
        }
    }
}

/// A clickable area; `y` is its top edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LinkArea {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub link: LinkId,
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum LinkTarget {
    Url(String),
    Anchor(String),
    /// The heading with this index (contents entries).
    Heading(usize),
}

/// A resolved internal destination: 1-based page and the y of the target's top.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Destination {
    pub page: usize,
    pub y: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageKind {
    Cover,
    Body,
}

/// One finished page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageLayout {
    pub kind: PageKind,
    pub draws: Vec<Draw>,
    pub links: Vec<LinkArea>,
}

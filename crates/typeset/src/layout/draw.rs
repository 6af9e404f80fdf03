//! What pages are made of: drawing operations, link areas and their targets.

use crate::fonts::Face;
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

//! Slices: the vertical units (a heading, a line, a table row) the paginator places.

use super::draw::{Draw, LinkArea};
use crate::model::Tone;
use crate::structure::Tag;
use crate::text::Line;
use crate::theme::Rgb;

/// What a slice is, for the paginator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SliceKind {
    /// Something visible; never dropped.
    Content,
    /// Vertical space, dropped at the top of a page.
    Gap,
    /// Start a new page (unless the page is still empty).
    Break,
}

/// Which table a slice belongs to, and whether it is that table's header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TableRef {
    pub(super) table: usize,
    pub(super) header: bool,
}

/// A vertical unit of content. Draw and link coordinates are relative to the
/// slice's top edge (x is absolute).
#[derive(Debug, Clone)]
pub(super) struct Slice {
    pub(super) kind: SliceKind,
    pub(super) height: f32,
    pub(super) keep_with_next: bool,
    /// A heading: it stays with the first lines or rows of what follows it (see
    /// `Paginator::chain_height`).
    pub(super) heading: bool,
    /// The block the slice comes from, numbered in flow order.
    pub(super) block: usize,
    pub(super) break_before: bool,
    /// Put this slice at the bottom of the page (cover marking).
    pub(super) at_bottom: bool,
    pub(super) draws: Vec<Draw>,
    pub(super) links: Vec<LinkArea>,
    /// Headings that start at the top of this slice.
    pub(super) marks: Vec<usize>,
    /// Enclosing frames (callouts, quote rules), outermost first.
    pub(super) frames: Vec<usize>,
    pub(super) table: Option<TableRef>,
    /// What the text added with [`Slice::add_line`] belongs to, unless its style
    /// names an element of its own (a link, a passage in another language).
    pub(super) tag: Tag,
}

impl Slice {
    pub(super) fn content(height: f32) -> Slice {
        Slice {
            kind: SliceKind::Content,
            height,
            keep_with_next: false,
            heading: false,
            block: 0,
            break_before: false,
            at_bottom: false,
            draws: Vec::new(),
            links: Vec::new(),
            marks: Vec::new(),
            frames: Vec::new(),
            table: None,
            tag: Tag::LAYOUT,
        }
    }

    pub(super) fn gap(height: f32) -> Slice {
        Slice {
            kind: SliceKind::Gap,
            ..Slice::content(height)
        }
    }

    pub(super) fn page_break() -> Slice {
        Slice {
            kind: SliceKind::Break,
            ..Slice::content(0.0)
        }
    }

    /// Adds a line of text with its top at `top` (relative to the slice).
    pub(super) fn add_line(&mut self, line: &Line, x: f32, top: f32, leading: f32, size: f32) {
        let baseline = top + baseline_offset(leading, size);
        let mut current = None;
        for f in &line.frags {
            let tag = f.style.tag.map_or(self.tag, Tag::Element);
            if current != Some(tag) {
                self.draws.push(Draw::Tag(tag));
                current = Some(tag);
            }
            self.draws.push(Draw::Text {
                x: x + f.x,
                baseline,
                face: f.face,
                style: f.style,
                text: f.text.clone(),
            });
            if let Some(link) = f.style.link {
                self.links.push(LinkArea {
                    x: x + f.x,
                    y: top,
                    w: f.width,
                    h: leading,
                    link,
                });
            }
        }
    }
}

impl Slice {
    /// Adds decoration that is not content (a rule, a background).
    pub(super) fn artifact(&mut self, d: Draw) {
        self.draws.push(Draw::Tag(Tag::LAYOUT));
        self.draws.push(d);
    }
}

/// Distance from the top of a line box to its baseline: centres the x-height band.
pub(super) fn baseline_offset(leading: f32, size: f32) -> f32 {
    (leading + 0.7 * size) / 2.0
}

/// Decoration drawn behind a run of slices, page by page: the tinted box of a
/// callout, or the rule left of a quotation.
#[derive(Debug, Clone, Copy)]
pub(super) enum Frame {
    /// A tinted box from `x`, `w` wide, with an accent bar on its left.
    Callout { x: f32, w: f32, tone: Tone },
    /// A vertical rule at `x`.
    Rule { x: f32, color: Rgb },
}

//! Placing slices on pages, and drawing callout boxes and quote rules behind them.

use std::collections::{BTreeMap, BTreeSet};

use super::draw::{Destination, Draw, LinkArea, PageKind, PageLayout};
use super::slice::{Frame, Slice, SliceKind};
use crate::structure::{Artifact, Tag};
use crate::theme::{self, PageGeometry};

/// How many lines or rows of what follows a heading stay on its page.
const HEADING_KEEPS: usize = 2;
/// How many blocks after a heading are looked at for those lines (the first ones may
/// be a single line: a subtitle, a subheading).
const HEADING_KEEP_BLOCKS: usize = 3;

/// Places slices on pages, one after the other.
pub(super) struct Paginator<'a> {
    pub(super) geo: PageGeometry,
    pub(super) pages: Vec<PageLayout>,
    /// Per page: frame id → (top, bottom).
    pub(super) frame_extents: Vec<BTreeMap<usize, (f32, f32)>>,
    pub(super) heading_dest: Vec<Option<Destination>>,
    pub(super) table_headers: &'a [Slice],
    pub(super) y: f32,
    pub(super) has_content: bool,
    /// Tables whose header has been placed.
    pub(super) open_tables: BTreeSet<usize>,
}

impl<'a> Paginator<'a> {
    pub(super) fn new_page(&mut self, kind: PageKind) {
        self.pages.push(PageLayout {
            kind,
            draws: Vec::new(),
            links: Vec::new(),
        });
        self.frame_extents.push(BTreeMap::new());
        self.y = self.geo.top;
        self.has_content = false;
    }

    /// Puts `s` on the current page with its top at `y`.
    pub(super) fn place(&mut self, s: Slice, y: f32) {
        let page = self.pages.len();
        let Some(p) = self.pages.last_mut() else {
            return;
        };
        // What a slice draws is decoration unless it says otherwise.
        p.draws.push(Draw::Tag(Tag::LAYOUT));
        for mut d in s.draws {
            d.shift_y(y);
            p.draws.push(d);
        }
        for l in &s.links {
            p.links.push(LinkArea { y: l.y + y, ..*l });
        }
        for &m in &s.marks {
            if let Some(slot) = self.heading_dest.get_mut(m) {
                *slot = Some(Destination { page, y });
            }
        }
        if let Some(extents) = self.frame_extents.last_mut() {
            for &f in &s.frames {
                let e = extents.entry(f).or_insert((y, y + s.height));
                e.0 = e.0.min(y);
                e.1 = e.1.max(y + s.height);
            }
        }
        if let Some(t) = s.table.filter(|t| t.header) {
            self.open_tables.insert(t.table);
        }
        self.has_content = true;
    }

    /// Height needed by `slices[i]` and the slices it must stay with: the slices it is
    /// kept with (`keep_with_next`, in a chain); for a heading, also what follows it up
    /// to the first `HEADING_KEEPS` lines or rows of one block (blocks of a single line
    /// right below it, a subtitle or a subheading, go with it too, and a table's header
    /// row does not count as a row), and what those are kept with in turn.
    pub(super) fn chain_height(&self, slices: &[Slice], i: usize) -> f32 {
        let mut total = slices[i].height;
        let mut keep = slices[i].keep_with_next;
        // For a heading: the block being counted, how many of its slices are taken,
        // and how many blocks were looked at.
        let mut heading_needs = slices[i].heading;
        let mut block = slices[i].block;
        let mut taken = 0;
        let mut blocks = 0;
        let mut pending_gap = 0.0;
        for s in slices.iter().skip(i + 1) {
            if !keep && !heading_needs {
                break;
            }
            match s.kind {
                SliceKind::Gap => pending_gap += s.height,
                SliceKind::Break => break,
                SliceKind::Content => {
                    total += pending_gap + s.height;
                    pending_gap = 0.0;
                    keep = s.keep_with_next;
                    if heading_needs {
                        if s.block != block {
                            block = s.block;
                            taken = 0;
                            blocks += 1;
                        }
                        if !s.table.is_some_and(|t| t.header) {
                            taken += 1;
                        }
                        if taken >= HEADING_KEEPS || blocks >= HEADING_KEEP_BLOCKS {
                            heading_needs = false;
                        }
                    }
                }
            }
        }
        total.min(self.geo.body_height())
    }

    /// Places `slices` on new pages of `kind`.
    pub(super) fn run(&mut self, mut slices: Vec<Slice>, kind: PageKind) {
        self.new_page(kind);
        let bottom = self.geo.body_bottom();
        // A page break takes effect when content follows it, so a break at the
        // end (or several in a row) never makes a blank page.
        let mut break_pending = false;
        for i in 0..slices.len() {
            let s = &slices[i];
            match s.kind {
                SliceKind::Break => {
                    break_pending |= self.has_content;
                    continue;
                }
                SliceKind::Gap => {
                    if self.has_content && !break_pending {
                        self.y = (self.y + s.height).min(bottom);
                    }
                    continue;
                }
                SliceKind::Content => {}
            }
            if (s.break_before || break_pending) && self.has_content {
                self.new_page(kind);
            }
            break_pending = false;
            let (height, at_bottom, table) = (s.height, s.at_bottom, s.table);
            let needed = self.chain_height(&slices, i);
            // Only slices after `i` are looked at again, so this one can be moved out.
            let s = std::mem::replace(&mut slices[i], Slice::gap(0.0));
            if at_bottom {
                if self.y + height > bottom + 0.01 && self.has_content {
                    self.new_page(kind);
                }
                let y = (bottom - height).max(self.y);
                self.place(s, y);
                self.y = y + height;
                continue;
            }
            if self.y + needed > bottom + 0.01 && self.has_content {
                self.new_page(kind);
                if let Some(t) = table.filter(|t| !t.header) {
                    if self.open_tables.contains(&t.table) {
                        if let Some(head) = self.table_headers.get(t.table) {
                            let y = self.y;
                            self.y += head.height;
                            // The repeated header row is there because of the page
                            // break: an artifact (the table's header cells are the
                            // first ones).
                            let mut head = head.clone();
                            for d in &mut head.draws {
                                if let Draw::Tag(tag) = d {
                                    *tag = Tag::Artifact(Artifact::Pagination);
                                }
                            }
                            self.place(head, y);
                        }
                    }
                }
            }
            let y = self.y;
            self.place(s, y);
            self.y += height;
        }
    }
}
/// Draws callout boxes and quote rules behind the content of each page.
pub(super) fn draw_frames(
    pages: &mut [PageLayout],
    extents: &[BTreeMap<usize, (f32, f32)>],
    frames: &[Frame],
) {
    for (page, ext) in pages.iter_mut().zip(extents) {
        let mut behind = Vec::new();
        for (&f, &(top, bottom)) in ext {
            match frames.get(f) {
                Some(Frame::Callout { x, w, tone }) => {
                    let (tint, accent) = theme::callout_colors(*tone);
                    behind.push(Draw::Rect {
                        x: *x,
                        y: top,
                        w: *w,
                        h: bottom - top,
                        fill: tint,
                    });
                    behind.push(Draw::Rect {
                        x: *x,
                        y: top,
                        w: theme::CALLOUT_BAR,
                        h: bottom - top,
                        fill: accent,
                    });
                }
                Some(Frame::Rule { x, color }) => behind.push(Draw::Line {
                    x1: *x,
                    y1: top + 2.0,
                    x2: *x,
                    y2: bottom - 2.0,
                    width: theme::QUOTE_RULE_WIDTH,
                    color: *color,
                    dotted: false,
                }),
                None => {}
            }
        }
        if !behind.is_empty() {
            behind.append(&mut page.draws);
            page.draws = behind;
        }
    }
}

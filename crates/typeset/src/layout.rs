//! Pagination: blocks become vertical slices (a heading, a line of a paragraph, a
//! table row, …), slices are placed on pages, and then what depends on the final
//! page numbers — contents numbers, "Page X of Y", link targets — is filled in.
//!
//! Rules the paginator follows:
//! - a slice that does not fit on the rest of the page goes to the next page;
//! - a slice marked `keep_with_next` goes to the next page unless the slices it is
//!   kept with fit too (headings with the first lines below them; first and
//!   second-to-last lines of a paragraph, so no single line is left alone);
//! - spacing (`Gap`) is dropped at the top of a page;
//! - a table row that starts a new page is preceded by a copy of the header row;
//! - a figure is a single slice, so it is never split (one taller than a page has
//!   already been scaled down to fit one).
//!
//! Coordinates are points from the top-left corner of the page.

mod cover;
mod draw;
mod figure;
mod flow;
mod paginate;
mod slice;
mod table;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use crate::error::TypesetError;
use crate::fonts::{fonts, Face, Fonts};
use crate::model::{Document, MarkingKind};
use crate::structure::{Artifact, ElemId, Role, Structure, Tag};
use crate::text::{fitted_line, single_line, LinkId, Run, TextStyle};
use crate::theme::{self, PageGeometry};
use cover::cover_slices;
use flow::{scan_headings, Flow, Res};
use paginate::{draw_frames, Paginator};

pub(crate) use draw::{
    Destination, Draw, LinkArea, LinkTarget, Outline, PageKind, PageLayout, Pen,
};
pub(crate) use figure::text_width;

/// A heading and where it ended up.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct HeadingInfo {
    pub level: u8,
    pub text: String,
    pub anchor: Option<String>,
    pub dest: Destination,
}

/// One entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentsEntry {
    /// The heading text.
    pub text: String,
    /// 1 or 2.
    pub level: u8,
    /// The 1-based physical page the heading is on.
    pub page: usize,
}

/// A document laid out into pages: page count, where headings and anchors are, and
/// everything the PDF writer needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub(crate) geometry: PageGeometry,
    pub(crate) pages: Vec<PageLayout>,
    pub(crate) links: Vec<LinkTarget>,
    pub(crate) headings: Vec<HeadingInfo>,
    /// The structure elements (the tagged PDF's structure tree).
    pub(crate) structure: Structure,
    /// The `Link` element of each link, by link id.
    pub(crate) link_elems: Vec<ElemId>,
    contents: Vec<ContentsEntry>,
    anchors: BTreeMap<String, usize>,
}

impl Layout {
    /// Total number of pages, including the cover.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The 1-based page of the heading carrying `anchor`.
    pub fn anchor_page(&self, anchor: &str) -> Option<usize> {
        self.anchors.get(anchor).copied()
    }

    /// Every anchor with its 1-based page.
    pub fn anchors(&self) -> &BTreeMap<String, usize> {
        &self.anchors
    }

    /// The entries of the table of contents (level-1 and level-2 headings after the
    /// `Contents` block; all of them if there is no `Contents` block), with pages.
    pub fn contents(&self) -> &[ContentsEntry] {
        &self.contents
    }

    /// Where a link goes, if internal.
    pub(crate) fn destination(&self, link: LinkId) -> Option<Destination> {
        match self.links.get(link as usize)? {
            LinkTarget::Url(_) => None,
            LinkTarget::Heading(h) => self.headings.get(*h).map(|h| h.dest),
            LinkTarget::Anchor(a) => self
                .headings
                .iter()
                .find(|h| h.anchor.as_deref() == Some(a.as_str()))
                .map(|h| h.dest),
        }
    }
}

/// Lays out `doc` into pages.
pub fn layout(doc: &Document) -> Result<Layout, TypesetError> {
    let fonts = fonts()?;
    let geo = PageGeometry::for_paper(doc.paper);
    let (headings, contents_entries) = scan_headings(&doc.body);

    // Anchors must be unique.
    let mut seen = BTreeSet::new();
    for h in &headings {
        if let Some(a) = &h.anchor {
            if !seen.insert(a.clone()) {
                return Err(TypesetError::DuplicateAnchor { anchor: a.clone() });
            }
        }
    }

    let mut flow = Flow {
        fonts,
        geo,
        slices: Vec::new(),
        links: Vec::new(),
        link_elems: Vec::new(),
        structure: Structure::default(),
        parents: vec![Structure::ROOT],
        frames: Vec::new(),
        frame_stack: Vec::new(),
        table_headers: Vec::new(),
        headings,
        contents_entries,
        heading_count: 0,
        block_count: 0,
        current_block: 0,
    };

    let mut cover = Vec::new();
    if let Some(c) = &doc.cover {
        cover_slices(&mut flow, c)?;
        cover = std::mem::take(&mut flow.slices);
    }
    flow.blocks(&doc.body, geo.left, geo.content_width(), false)?;

    // Every anchor link must point at a heading.
    for target in &flow.links {
        if let LinkTarget::Anchor(a) = target {
            if !seen.contains(a) {
                return Err(TypesetError::BadAnchor { anchor: a.clone() });
            }
        }
    }

    let mut pager = Paginator {
        geo,
        pages: Vec::new(),
        frame_extents: Vec::new(),
        heading_dest: vec![None; flow.headings.len()],
        table_headers: &flow.table_headers,
        y: 0.0,
        has_content: false,
        open_tables: BTreeSet::new(),
    };
    if !cover.is_empty() {
        pager.run(cover, PageKind::Cover);
    }
    if !flow.slices.is_empty() || pager.pages.is_empty() {
        pager.run(std::mem::take(&mut flow.slices), PageKind::Body);
    }
    let Paginator {
        mut pages,
        frame_extents,
        heading_dest,
        ..
    } = pager;
    draw_frames(&mut pages, &frame_extents, &flow.frames);

    let headings: Vec<HeadingInfo> = flow
        .headings
        .iter()
        .zip(&heading_dest)
        .map(|(h, dest)| HeadingInfo {
            level: h.level,
            text: h.text.clone(),
            anchor: h.anchor.clone(),
            dest: dest.unwrap_or(Destination { page: 1, y: 0.0 }),
        })
        .collect();

    // The notice band is read once, where it first appears; on the other pages it
    // is page furniture.
    let band_elem = doc
        .band
        .as_ref()
        .map(|_| flow.structure.add(Role::P, Structure::ROOT));

    // Second pass: everything that needs the final page numbers.
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        resolve_page_refs(fonts, page, &headings)?;
        match page.kind {
            PageKind::Body => running(fonts, &geo, doc, page, i + 1, total)?,
            // A band of the accent colour across the top of the cover.
            PageKind::Cover => page.draws.insert(
                0,
                Draw::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: geo.width,
                    h: 10.0,
                    fill: theme::ACCENT,
                },
            ),
        }
        if let Some(text) = &doc.band {
            let tag = match band_elem {
                Some(elem) if i == 0 => Tag::Element(elem),
                _ => Tag::Artifact(Artifact::Header),
            };
            band(fonts, &geo, page, text, tag)?;
        }
    }

    let contents = flow
        .contents_entries
        .iter()
        .filter_map(|&h| headings.get(h))
        .map(|h| ContentsEntry {
            text: h.text.clone(),
            level: h.level,
            page: h.dest.page,
        })
        .collect();
    let anchors = headings
        .iter()
        .filter_map(|h| h.anchor.clone().map(|a| (a, h.dest.page)))
        .collect();

    Ok(Layout {
        geometry: geo,
        pages,
        links: flow.links,
        headings,
        structure: flow.structure,
        link_elems: flow.link_elems,
        contents,
        anchors,
    })
}

/// Replaces contents page-number placeholders by the numbers.
fn resolve_page_refs(fonts: &Fonts, page: &mut PageLayout, headings: &[HeadingInfo]) -> Res<()> {
    for d in page.draws.iter_mut() {
        if let Draw::PageRef {
            heading,
            right,
            baseline,
            style,
        } = d
        {
            let number = headings
                .get(*heading)
                .map(|h| h.dest.page.to_string())
                .unwrap_or_default();
            let line = single_line(fonts, &[Run::new(number.as_str(), *style)])?;
            *d = Draw::Text {
                x: *right - line.width,
                baseline: *baseline,
                face: style.face,
                style: *style,
                text: number,
            };
        }
    }
    Ok(())
}

/// Adds a tinted band with `text` across the top of a page (below the cover's accent
/// band, above the running header). Text that is content (`tag` an element) goes
/// first on the page, so that it is read first.
fn band(fonts: &Fonts, geo: &PageGeometry, page: &mut PageLayout, text: &str, tag: Tag) -> Res<()> {
    let top = match page.kind {
        PageKind::Cover => 10.0,
        PageKind::Body => 0.0,
    };
    let height = 18.0;
    let mut draws = vec![Draw::Tag(match tag {
        Tag::Element(_) => Tag::LAYOUT,
        artifact => artifact,
    })];
    draws.push(Draw::Rect {
        x: 0.0,
        y: top,
        w: geo.width,
        h: height,
        fill: theme::BAND,
    });
    let mut style = TextStyle::new(Face::SansBold, theme::BAND_SIZE, theme::BAND_TEXT);
    style.tracking = 0.2;
    let line = fitted_line(fonts, text, style, geo.content_width())?;
    let x = (geo.width - line.width) / 2.0;
    draws.push(Draw::Tag(tag));
    for f in line.frags {
        draws.push(Draw::Text {
            x: x + f.x,
            baseline: top + 12.0,
            face: f.face,
            style: f.style,
            text: f.text,
        });
    }
    if let Tag::Element(_) = tag {
        // Nothing else on the page overlaps the band, so drawing it first changes
        // nothing on paper.
        draws.push(Draw::Tag(Tag::LAYOUT));
        draws.extend(std::mem::take(&mut page.draws));
        page.draws = draws;
    } else {
        page.draws.extend(draws);
    }
    Ok(())
}

/// Adds the running header and footer to a body page.
fn running(
    fonts: &Fonts,
    geo: &PageGeometry,
    doc: &Document,
    page: &mut PageLayout,
    number: usize,
    total: usize,
) -> Res<()> {
    let style = TextStyle::new(Face::SansRegular, theme::RUNNING_SIZE, theme::MUTED);
    let (left, right) = (geo.left, geo.width - geo.right);
    let width = right - left;
    let mut place =
        |text: &str, style: TextStyle, baseline: f32, at_right: bool, max: f32| -> Res<f32> {
            if text.is_empty() {
                return Ok(0.0);
            }
            // Header and footer are page furniture.
            let part = if baseline < geo.height / 2.0 {
                Artifact::Header
            } else {
                Artifact::Footer
            };
            page.draws.push(Draw::Tag(Tag::Artifact(part)));
            let line = fitted_line(fonts, text, style, max)?;
            let x = if at_right { right - line.width } else { left };
            for f in line.frags {
                page.draws.push(Draw::Text {
                    x: x + f.x,
                    baseline,
                    face: f.face,
                    style: f.style,
                    text: f.text,
                });
            }
            Ok(line.width)
        };

    // Header: right text first (it is usually short), the left text gets the rest.
    let hb = geo.header_baseline();
    let used = place(&doc.header.right, style, hb, true, width * 0.6)?;
    place(&doc.header.left, style, hb, false, width - used - 18.0)?;
    // Footer: "Page X of Y" on the right, the marking on the left.
    let fb = geo.footer_baseline();
    let template = if doc.page_label.is_empty() {
        "Page {page} of {pages}"
    } else {
        doc.page_label.as_str()
    };
    let pages = template
        .replace("{page}", &number.to_string())
        .replace("{pages}", &total.to_string());
    let used = place(&pages, style, fb, true, width)?;
    let warning = doc
        .cover
        .as_ref()
        .is_some_and(|c| c.marking_kind == MarkingKind::Warning);
    let marking_color = if warning {
        theme::WARNING
    } else {
        theme::MUTED
    };
    let mut marking = TextStyle::new(Face::SansBold, theme::RUNNING_SIZE, marking_color);
    marking.tracking = 0.2;
    place(&doc.footer.left, marking, fb, false, width - used - 18.0)?;

    for (y, part) in [(hb + 7.0, Artifact::Header), (fb - 11.0, Artifact::Footer)] {
        page.draws.push(Draw::Tag(Tag::Artifact(part)));
        page.draws.push(Draw::Line {
            x1: left,
            y1: y,
            x2: right,
            y2: y,
            width: 0.4,
            color: theme::RULE,
            dotted: false,
        });
    }
    Ok(())
}

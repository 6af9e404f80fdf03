//! Turning blocks into slices: headings, paragraphs, lists, callouts, the contents
//! (tables and figures have their own modules).

use super::draw::{Draw, LinkArea, LinkTarget};
use super::slice::{baseline_offset, Frame, Slice, SliceKind};
use crate::error::TypesetError;
use crate::fonts::{Face, Fonts};
use crate::model::{Block, Link, ParaStyle, Span, Tone};
use crate::structure::{ElemId, Role, Structure, Tag};
use crate::text::{break_lines, single_line, Line, LinkId, Run, TextStyle};
use crate::theme::{self, PageGeometry};

/// The state of turning blocks into slices.
pub(super) struct Flow<'a> {
    pub(super) fonts: &'a Fonts,
    pub(super) geo: PageGeometry,
    pub(super) slices: Vec<Slice>,
    pub(super) links: Vec<LinkTarget>,
    /// The `Link` element of each link, by link id.
    pub(super) link_elems: Vec<ElemId>,
    /// The structure elements made so far.
    pub(super) structure: Structure,
    /// The elements being filled, innermost last (the root first).
    pub(super) parents: Vec<ElemId>,
    pub(super) frames: Vec<Frame>,
    pub(super) frame_stack: Vec<usize>,
    pub(super) table_headers: Vec<Slice>,
    /// Headings in document order.
    pub(super) headings: Vec<HeadingSource>,
    /// Indices (into `headings`) of contents entries.
    pub(super) contents_entries: Vec<usize>,
    /// Headings met so far.
    pub(super) heading_count: usize,
    /// Blocks met so far; the number of the block being turned into slices.
    pub(super) block_count: usize,
    pub(super) current_block: usize,
}

/// A heading as written in the document (before layout).
#[derive(Debug, Clone)]
pub(super) struct HeadingSource {
    pub(super) level: u8,
    pub(super) text: String,
    pub(super) anchor: Option<String>,
}

/// Collects the headings in the order the flow will meet them, and which of them
/// the contents lists.
pub(super) fn scan_headings(body: &[Block]) -> (Vec<HeadingSource>, Vec<usize>) {
    fn walk(
        blocks: &[Block],
        in_callout: bool,
        out: &mut Vec<HeadingSource>,
        contents_at: &mut Option<usize>,
    ) {
        for b in blocks {
            match b {
                Block::Heading {
                    level,
                    text,
                    anchor,
                    ..
                } => out.push(HeadingSource {
                    level: (*level).clamp(1, 3),
                    text: text.clone(),
                    anchor: anchor.clone(),
                }),
                // (A `Contents` inside a callout is ignored, like in the flow.)
                Block::Contents if contents_at.is_none() && !in_callout => {
                    *contents_at = Some(out.len())
                }
                Block::Callout { blocks, .. } => walk(blocks, true, out, contents_at),
                _ => {}
            }
        }
    }
    let mut headings = Vec::new();
    let mut contents_at = None;
    walk(body, false, &mut headings, &mut contents_at);
    let first = contents_at.unwrap_or(0);
    let entries = (first..headings.len())
        .filter(|&i| headings[i].level <= 2)
        .collect();
    (headings, entries)
}

impl<'a> Flow<'a> {
    pub(super) fn push(&mut self, mut slice: Slice) {
        slice.frames = self.frame_stack.clone();
        slice.block = self.current_block;
        self.slices.push(slice);
    }

    pub(super) fn gap(&mut self, height: f32) {
        if height > 0.0 {
            self.push(Slice::gap(height.min(self.geo.body_height())));
        }
    }

    /// The element being filled.
    pub(super) fn parent(&self) -> ElemId {
        self.parents.last().copied().unwrap_or(Structure::ROOT)
    }

    /// A new element of `role` in the element being filled.
    pub(super) fn element(&mut self, role: Role) -> ElemId {
        let parent = self.parent();
        self.structure.add(role, parent)
    }

    /// A new link to `target` with its `Link` element in the element being filled.
    pub(super) fn new_link(&mut self, target: LinkTarget) -> (LinkId, ElemId) {
        let elem = self.element(Role::Link);
        self.links.push(target);
        self.link_elems.push(elem);
        ((self.links.len() - 1) as LinkId, elem)
    }

    pub(super) fn link_id(&mut self, link: &Link) -> (LinkId, ElemId) {
        let target = match link {
            Link::Url(u) => LinkTarget::Url(u.clone()),
            Link::Anchor(a) => LinkTarget::Anchor(a.clone()),
        };
        self.new_link(target)
    }

    /// Runs for `spans` in a paragraph of the given look.
    pub(super) fn runs<'s>(&mut self, spans: &'s [Span], look: &theme::ParaLook) -> Vec<Run<'s>> {
        spans
            .iter()
            .map(|span| {
                let face = Face::select(
                    look.family,
                    look.bold || span.style.bold,
                    look.italic != span.style.italic,
                );
                let mut style = TextStyle::new(face, look.size, look.color);
                style.tracking = look.tracking;
                let lang = span
                    .lang
                    .as_deref()
                    .map(str::trim)
                    .filter(|l| !l.is_empty());
                if let Some(link) = &span.link {
                    let (id, elem) = self.link_id(link);
                    style.link = Some(id);
                    style.tag = Some(elem);
                    style.color = theme::LINK;
                } else if lang.is_some() {
                    style.tag = Some(self.element(Role::Span));
                }
                if let (Some(lang), Some(elem)) = (lang, style.tag) {
                    if let Some(e) = self.structure.get_mut(elem) {
                        e.lang = Some(lang.to_string());
                    }
                }
                if let Some(tone) = span.style.color {
                    style.color = theme::tone_text(tone);
                }
                if span.style.superscript {
                    style.size = look.size * theme::SUPERSCRIPT_SCALE;
                    style.rise = look.size * theme::SUPERSCRIPT_RISE;
                }
                let text = if look.uppercase {
                    std::borrow::Cow::Owned(span.text.to_uppercase())
                } else {
                    std::borrow::Cow::Borrowed(span.text.as_str())
                };
                Run { text, style }
            })
            .collect()
    }

    pub(super) fn blocks(
        &mut self,
        blocks: &[Block],
        x: f32,
        width: f32,
        in_callout: bool,
    ) -> Res<()> {
        for block in blocks {
            self.block(block, x, width, in_callout)?;
        }
        Ok(())
    }

    pub(super) fn block(&mut self, block: &Block, x: f32, width: f32, in_callout: bool) -> Res<()> {
        self.block_count += 1;
        let outer = std::mem::replace(&mut self.current_block, self.block_count);
        let done = self.block_inner(block, x, width, in_callout);
        self.current_block = outer;
        done
    }

    fn block_inner(&mut self, block: &Block, x: f32, width: f32, in_callout: bool) -> Res<()> {
        match block {
            Block::Heading {
                level,
                text,
                page_break_before,
                lang,
                ..
            } => self.heading(
                *level,
                text,
                lang.as_deref(),
                *page_break_before && !in_callout,
                x,
                width,
            ),
            Block::Paragraph(p) => self.paragraph(&p.spans, p.style, x, width),
            Block::List { items, numbered } => self.list(items, *numbered, x, width),
            Block::Table(t) => self.table(t, x, width),
            Block::Callout {
                tone,
                title,
                blocks,
            } => self.callout(*tone, title.as_deref(), blocks, x, width),
            Block::Figure(f) => self.figure(f, x, width, in_callout),
            Block::Contents => {
                if in_callout {
                    Ok(())
                } else {
                    self.contents(x, width)
                }
            }
            Block::Spacer(h) => {
                let h = if h.is_finite() { h.max(0.0) } else { 0.0 };
                self.gap(h);
                Ok(())
            }
            Block::Rule => {
                let mut s = Slice::content(14.0);
                s.artifact(Draw::Line {
                    x1: x,
                    y1: 7.0,
                    x2: x + width,
                    y2: 7.0,
                    width: 0.5,
                    color: theme::RULE,
                    dotted: false,
                });
                self.push(s);
                Ok(())
            }
            Block::PageBreak => {
                if !in_callout {
                    self.push(Slice::page_break());
                }
                Ok(())
            }
        }
    }

    pub(super) fn heading(
        &mut self,
        level: u8,
        text: &str,
        lang: Option<&str>,
        page_break_before: bool,
        x: f32,
        width: f32,
    ) -> Res<()> {
        let level = level.clamp(1, 3);
        let look = theme::heading_look(level);
        let id = self.next_heading_id();
        let elem = self.element(Role::heading(level));
        let lang = lang.map(str::trim).filter(|l| !l.is_empty());
        if let (Some(lang), Some(e)) = (lang, self.structure.get_mut(elem)) {
            e.lang = Some(lang.to_string());
        }
        self.gap(look.space_before);
        let style = TextStyle::new(look.face, look.size, look.color);
        let lines = break_lines(self.fonts, &[Run::new(text, style)], width)?;
        let text_height = lines.len().max(1) as f32 * look.leading;
        let rule_gap = if look.rule { 5.0 } else { 0.0 };
        let mut s = Slice::content(text_height + rule_gap);
        s.tag = Tag::Element(elem);
        s.draws.push(Draw::Tag(s.tag));
        for (i, line) in lines.iter().enumerate() {
            s.add_line(line, x, i as f32 * look.leading, look.leading, look.size);
        }
        if look.rule {
            let y = text_height + rule_gap - 0.5;
            s.artifact(Draw::Line {
                x1: x,
                y1: y,
                x2: x + width,
                y2: y,
                width: 0.6,
                color: theme::ACCENT_SOFT,
                dotted: false,
            });
        }
        s.keep_with_next = true;
        s.heading = true;
        s.break_before = page_break_before;
        s.marks.push(id);
        self.push(s);
        self.gap(look.space_after);
        Ok(())
    }

    pub(super) fn next_heading_id(&mut self) -> usize {
        // Headings are numbered in flow order, which is the order `scan_headings` saw.
        let id = self.heading_count;
        self.heading_count += 1;
        id
    }

    /// Pushes one slice per line, with orphan and widow control.
    pub(super) fn push_lines(
        &mut self,
        lines: &[Line],
        x: f32,
        leading: f32,
        size: f32,
        keep_last_with_next: bool,
        tag: Tag,
    ) {
        let n = lines.len();
        for (i, line) in lines.iter().enumerate() {
            let mut s = Slice::content(leading);
            s.tag = tag;
            s.add_line(line, x, 0.0, leading, size);
            // The first line stays with the second, the second-to-last with the last.
            s.keep_with_next =
                (n >= 2 && (i == 0 || i + 2 == n)) || (keep_last_with_next && i + 1 == n);
            self.push(s);
        }
    }

    pub(super) fn paragraph(
        &mut self,
        spans: &[Span],
        style: ParaStyle,
        x: f32,
        width: f32,
    ) -> Res<()> {
        let look = theme::para_look(style);
        let quote = style == ParaStyle::Quote;
        let elem = self.element(if quote { Role::BlockQuote } else { Role::P });
        self.parents.push(elem);
        let runs = self.runs(spans, &look);
        self.parents.pop();
        let (x, width) = (x + look.indent, (width - look.indent).max(1.0));
        let lines = break_lines(self.fonts, &runs, width)?;
        if lines.is_empty() {
            return Ok(());
        }
        if quote {
            self.frames.push(Frame::Rule {
                x: x - look.indent + 4.0,
                color: theme::ACCENT_SOFT,
            });
            self.frame_stack.push(self.frames.len() - 1);
        }
        self.push_lines(
            &lines,
            x,
            look.leading,
            look.size,
            style == ParaStyle::Label,
            Tag::Element(elem),
        );
        if quote {
            self.frame_stack.pop();
        }
        self.gap(look.space_after);
        Ok(())
    }

    pub(super) fn list(
        &mut self,
        items: &[Vec<Span>],
        numbered: bool,
        x: f32,
        width: f32,
    ) -> Res<()> {
        let look = theme::para_look(ParaStyle::Body);
        let text_x = x + theme::LIST_MARKER_WIDTH;
        let text_w = (width - theme::LIST_MARKER_WIDTH).max(1.0);
        let list = self.element(Role::L);
        self.parents.push(list);
        let done = self.list_items(items, numbered, text_x, text_w, &look);
        self.parents.pop();
        done?;
        self.gap(look.space_after);
        Ok(())
    }

    fn list_items(
        &mut self,
        items: &[Vec<Span>],
        numbered: bool,
        text_x: f32,
        text_w: f32,
        look: &theme::ParaLook,
    ) -> Res<()> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.gap(theme::LIST_ITEM_GAP);
            }
            let li = self.element(Role::LI);
            self.parents.push(li);
            let label = self.element(Role::Lbl);
            let body = self.element(Role::LBody);
            self.parents.push(body);
            let runs = self.runs(item, look);
            self.parents.pop();
            self.parents.pop();
            let mut lines = break_lines(self.fonts, &runs, text_w)?;
            if lines.is_empty() {
                lines.push(Line::default());
            }
            let first = self.slices.len();
            self.push_lines(
                &lines,
                text_x,
                look.leading,
                look.size,
                false,
                Tag::Element(body),
            );
            // The marker goes on the first line.
            let (marker, face, color) = if numbered {
                (format!("{}.", i + 1), Face::SerifRegular, look.color)
            } else {
                ("•".to_string(), Face::SerifRegular, theme::ACCENT)
            };
            let marker_line = single_line(
                self.fonts,
                &[Run::new(marker, TextStyle::new(face, look.size, color))],
            )?;
            // Markers are right-aligned against the text, a little apart from it.
            let mx = text_x - 6.0 - marker_line.width;
            // The label goes before the item's text (in the content as in the
            // structure).
            if let Some(s) = self.slices.get_mut(first) {
                let text = std::mem::take(&mut s.draws);
                s.tag = Tag::Element(label);
                s.add_line(&marker_line, mx, 0.0, look.leading, look.size);
                s.draws.extend(text);
            }
        }
        Ok(())
    }

    pub(super) fn callout(
        &mut self,
        tone: Tone,
        title: Option<&str>,
        blocks: &[Block],
        x: f32,
        width: f32,
    ) -> Res<()> {
        self.gap(4.0);
        let div = self.element(Role::Div);
        self.parents.push(div);
        let done = self.callout_inner(tone, title, blocks, x, width);
        self.parents.pop();
        done
    }

    fn callout_inner(
        &mut self,
        tone: Tone,
        title: Option<&str>,
        blocks: &[Block],
        x: f32,
        width: f32,
    ) -> Res<()> {
        self.frames.push(Frame::Callout { x, w: width, tone });
        self.frame_stack.push(self.frames.len() - 1);
        let inner_x = x + theme::CALLOUT_BAR + theme::CALLOUT_PAD;
        let inner_w = (width - theme::CALLOUT_BAR - 2.0 * theme::CALLOUT_PAD).max(1.0);
        let mut top = Slice::content(theme::CALLOUT_PAD);
        top.keep_with_next = true;
        self.push(top);
        if let Some(title) = title {
            let (_, accent) = theme::callout_colors(tone);
            let style = TextStyle::new(Face::SansBold, 10.0, accent);
            let lines = break_lines(self.fonts, &[Run::new(title, style)], inner_w)?;
            let leading = 13.5;
            let mut s = Slice::content(lines.len() as f32 * leading);
            s.tag = Tag::Element(self.element(Role::P));
            for (i, l) in lines.iter().enumerate() {
                s.add_line(l, inner_x, i as f32 * leading, leading, 10.0);
            }
            s.keep_with_next = true;
            self.push(s);
            self.gap(4.0);
        }
        let inner = self.blocks(blocks, inner_x, inner_w, true);
        if inner.is_err() {
            self.frame_stack.pop();
            return inner;
        }
        // The box ends with its own padding, not with the last block's spacing.
        while self
            .slices
            .last()
            .is_some_and(|s| s.kind == SliceKind::Gap && s.frames.last() == self.frame_stack.last())
        {
            self.slices.pop();
        }
        self.push(Slice::content(theme::CALLOUT_PAD - 2.0));
        self.frame_stack.pop();
        self.gap(theme::CALLOUT_SPACE_AFTER);
        Ok(())
    }

    pub(super) fn contents(&mut self, x: f32, width: f32) -> Res<()> {
        let entries = self.contents_entries.clone();
        let number_x = x + width;
        let toc = (!entries.is_empty()).then(|| self.element(Role::TOC));
        if let Some(toc) = toc {
            self.parents.push(toc);
        }
        let done = self.contents_entries_at(entries, x, width, number_x);
        if toc.is_some() {
            self.parents.pop();
        }
        done?;
        self.gap(12.0);
        Ok(())
    }

    fn contents_entries_at(
        &mut self,
        entries: Vec<usize>,
        x: f32,
        width: f32,
        number_x: f32,
    ) -> Res<()> {
        for (n, h) in entries.into_iter().enumerate() {
            let Some(HeadingSource { level, text, .. }) = self.headings.get(h).cloned() else {
                continue;
            };
            let (indent, face, size, leading, color, before) = if level <= 1 {
                (0.0, Face::SerifRegular, 10.5, 15.0, theme::INK, 5.0)
            } else {
                (
                    theme::CONTENTS_INDENT,
                    Face::SerifRegular,
                    9.5,
                    13.5,
                    theme::MUTED,
                    1.0,
                )
            };
            if n > 0 {
                self.gap(before);
            }
            let text_x = x + indent;
            let text_w = (width - indent - theme::CONTENTS_NUMBER_WIDTH - 10.0).max(1.0);
            let item = self.element(Role::TOCI);
            self.parents.push(item);
            let (link, elem) = self.new_link(LinkTarget::Heading(h));
            self.parents.pop();
            let style = TextStyle::new(face, size, color);
            let lines = break_lines(self.fonts, &[Run::new(text.as_str(), style)], text_w)?;
            let lines = if lines.is_empty() {
                vec![Line::default()]
            } else {
                lines
            };
            let mut s = Slice::content(lines.len() as f32 * leading);
            s.tag = Tag::Element(elem);
            s.draws.push(Draw::Tag(s.tag));
            for (i, l) in lines.iter().enumerate() {
                s.add_line(l, text_x, i as f32 * leading, leading, size);
            }
            let last = lines.len() - 1;
            let baseline = last as f32 * leading + baseline_offset(leading, size);
            let dots_from = text_x + lines[last].width + 6.0;
            let dots_to = number_x - theme::CONTENTS_NUMBER_WIDTH + 4.0;
            if dots_to > dots_from {
                s.artifact(Draw::Line {
                    x1: dots_from,
                    y1: baseline - 0.5,
                    x2: dots_to,
                    y2: baseline - 0.5,
                    width: 0.8,
                    color: theme::ACCENT_SOFT,
                    dotted: true,
                });
            }
            s.draws.push(Draw::Tag(Tag::Element(elem)));
            s.draws.push(Draw::PageRef {
                heading: h,
                right: number_x,
                baseline,
                style: TextStyle::new(Face::SansRegular, size - 0.5, color),
            });
            s.links.push(LinkArea {
                x: text_x,
                y: 0.0,
                w: number_x - text_x,
                h: s.height,
                link,
            });
            self.push(s);
        }
        Ok(())
    }
}

pub(super) type Res<T> = Result<T, TypesetError>;

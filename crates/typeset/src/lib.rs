//! A small typesetting engine: a [`Document`] of blocks is laid out into pages and
//! written as PDF.
//!
//! The crate knows nothing about its callers' domain. It measures text with the
//! embedded fonts' metrics, breaks lines (breaking over-long words such as URLs
//! rather than letting them overflow), paginates (a heading stays with what follows,
//! no single line of a paragraph is left alone, long tables continue on the next
//! page with their header row repeated), and then, in a second pass that knows
//! every heading's page and the page count, fills in the contents' page numbers,
//! "Page X of Y" and the link targets. (Page numbers sit in a fixed-width column, so
//! filling them in never changes the pagination: two passes are always enough, also
//! when the contents takes several pages.)
//!
//! Figures ([`Block::Figure`]) are simple charts drawn as vector graphics from
//! [`Mark`]s (rectangles, lines, symbols, labels), clipped to their box and kept on
//! one page; [`text_width`] measures labels so callers can fit them.
//!
//! The PDF has embedded, subset fonts with ToUnicode maps (text can be copied),
//! nested bookmarks for level-1 and level-2 headings, clickable URI and internal
//! links, document information and XMP metadata, and `/Lang`.
//!
//! # Accessibility: a tagged PDF
//!
//! Every PDF is tagged, in the spirit of PDF/UA-1 (see `docs/accessibility.md`):
//! `/MarkInfo << /Marked true >>`, a structure tree with a parent tree, pages with
//! `/StructParents` and `/Tabs /S`, `/DisplayDocTitle`, and `/Lang`.
//!
//! - The tree: `Document` → the cover (`Sect`: its title `H1`, the rest `P`),
//!   `H1`–`H3` for headings, `P` for paragraphs (`BlockQuote` for quotations),
//!   `L`/`LI`/`Lbl`/`LBody` for lists, `Table`/`TR`/`TH`/`TD` for tables (header
//!   cells with `/Scope /Column`), `Figure` with `/Alt` ([`Figure::alt`]) and a
//!   `/BBox`, `TOC`/`TOCI` for the contents, `Div` for callouts, `Link` for links
//!   (holding their annotation through `/OBJR`; the annotation has `/StructParent`
//!   and `/Contents`), and `Span` with `/Lang` for text in another language
//!   ([`Span::lang`]). The order of the tree is the order of the blocks; a
//!   paragraph broken across pages is one element.
//! - Every drawing is marked content of an element, or an artifact: running header
//!   and footer ("Page X of Y") and the notice band after its first page are
//!   `/Pagination` artifacts, a table's header row repeated on the pages it
//!   continues on too; rules, backgrounds, callout boxes, badge shapes and dot
//!   leaders are layout artifacts.
//! - Not covered: no PDF/UA identifier is claimed in the metadata; headings take
//!   no language of their own (a heading is plain text); figure labels are part of
//!   the figure (read through its `/Alt`); the tree has not been checked with a
//!   PDF/UA validator (veraPDF, PAC), only with the crate's own tests.
//!
//! Output is deterministic: the same [`Document`] always gives the same bytes (the
//! crate never reads the clock; ids come from [`Meta::document_id`]).
//!
//! Fonts: Noto Serif (body) and Noto Sans (headings, tables, page furniture), with
//! DejaVu Sans as fallback for characters Noto lacks. A character that no embedded
//! font can draw is an error ([`TypesetError::MissingGlyph`]), never a blank box.
//!
//! ```
//! use roundbook_typeset::{render, Block, Document, Span};
//!
//! let doc = Document {
//!     body: vec![
//!         Block::heading(1, "Summary"),
//!         Block::paragraph(vec![Span::plain("Жаңаөзен, "), Span::bold("16 December 2011.")]),
//!     ],
//!     ..Document::default()
//! };
//! let pdf = render(&doc).unwrap();
//! assert_eq!(pdf.page_count, 1);
//! assert!(pdf.pdf.starts_with(b"%PDF-1.7"));
//! ```

mod error;
mod fonts;
mod layout;
mod model;
mod pdf;
mod structure;
mod text;
mod theme;

use std::collections::BTreeMap;

pub use error::TypesetError;
pub use layout::{ContentsEntry, Layout};
pub use model::{
    Align, Badge, Block, Cell, Column, Cover, Document, Figure, Ink, Link, Mark, MarkingKind, Meta,
    Paper, ParaStyle, Paragraph, Row, Running, Shape, Span, SpanStyle, Stroke, Table, TableStyle,
    Tone,
};

/// A rendered PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The PDF file.
    pub pdf: Vec<u8>,
    /// Number of pages, including the cover.
    pub page_count: usize,
    /// Each heading anchor with the 1-based page it is on.
    pub anchors: BTreeMap<String, usize>,
    /// The contents: each level-1 and level-2 heading with its page.
    pub contents: Vec<ContentsEntry>,
}

/// Lays out `doc` without writing PDF: page count, contents entries and anchor
/// pages (cheaper than [`render`], for previews).
pub fn layout(doc: &Document) -> Result<Layout, TypesetError> {
    layout::layout(doc)
}

/// Whether every face of the engine (or its fallback) can draw `ch`: text made only of
/// such characters never fails with [`TypesetError::MissingGlyph`], whatever its style.
/// Line breaks, tabs and invisible controls count as drawable (they are not drawn).
pub fn can_draw(ch: char) -> Result<bool, TypesetError> {
    if ch.is_ascii() {
        return Ok(true);
    }
    let code = ch as u32;
    if code <= 0xFFFF {
        return Ok(in_table(drawable_table()?, code));
    }
    Ok(drawable(fonts::fonts()?, ch))
}

/// Whether every face (or the fallback) has a glyph for `c`, or `c` draws nothing.
fn drawable(fonts: &fonts::Fonts, c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}' | '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}'
        )
        || fonts::Face::ALL
            .iter()
            .all(|&face| fonts.glyph(face, c).is_some())
}

/// [`drawable`] for the Basic Multilingual Plane, a bit per character, worked out
/// once: a pack holds millions of characters.
fn drawable_table() -> Result<&'static [u64], TypesetError> {
    static BMP: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    if let Some(bits) = BMP.get() {
        return Ok(bits);
    }
    let fonts = fonts::fonts()?;
    Ok(BMP.get_or_init(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for code in 0..0x10000u32 {
            if char::from_u32(code).is_some_and(|c| drawable(fonts, c)) {
                bits[(code / 64) as usize] |= 1 << (code % 64);
            }
        }
        bits
    }))
}

/// Whether BMP character `code` is drawable, by the table.
fn in_table(bits: &[u64], code: u32) -> bool {
    bits.get((code / 64) as usize)
        .is_some_and(|w| w & (1 << (code % 64)) != 0)
}

/// Width in points of `text` set on one line as a figure label ([`Mark::Text`]) at
/// `size` points, bold or regular: the embedded sans-serif face (with the fallback
/// face for characters it lacks), exactly as the label will be measured when it is
/// placed. Use it to fit labels into a [`Figure`] (a figure scaled down to fit the
/// page scales its labels too, so what fits still fits). `\n` counts as a space; a
/// size that is not a positive number gives 0.
///
/// Fails like rendering would: with [`TypesetError::MissingGlyph`] for a character
/// no embedded font can draw (see [`can_draw`]), or if the fonts cannot be loaded.
pub fn text_width(text: &str, size: f32, bold: bool) -> Result<f32, TypesetError> {
    layout::text_width(text, size, bold)
}

/// What stands in for a character no font can draw: a white square.
pub const UNDRAWABLE: char = '\u{25A1}';

/// Replaces every character of `doc`'s text that [`can_draw`] refuses with
/// [`UNDRAWABLE`], so that one stray character (a CJK name, an emoji, a private-use
/// code point) cannot stop the whole document. Returns how many were replaced.
pub fn replace_undrawable(doc: &mut Document) -> Result<usize, TypesetError> {
    let table = drawable_table()?;
    let mut replaced = 0;
    let mut failed = None;
    // The table answers for all but the rarest characters, without a call each.
    let mut ok = |c: char| {
        let code = c as u32;
        if c.is_ascii() {
            true
        } else if code <= 0xFFFF {
            in_table(table, code)
        } else {
            can_draw(c).unwrap_or_else(|e| {
                failed = Some(e);
                true
            })
        }
    };
    doc.for_each_text_mut(&mut |text| {
        if text.is_ascii() || text.chars().all(&mut ok) {
            return;
        }
        *text = text
            .chars()
            .map(|c| {
                if ok(c) {
                    c
                } else {
                    replaced += 1;
                    UNDRAWABLE
                }
            })
            .collect();
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(replaced),
    }
}

/// Writes `layout` (of a document with `meta`, see [`layout`]) as PDF: the bytes
/// [`render`] gives for that document.
pub fn write(meta: &Meta, layout: &Layout) -> Result<Vec<u8>, TypesetError> {
    pdf::write_pdf(meta, layout, usize::MAX)
}

/// Writes only the first `pages` pages of `layout` as a PDF of their own, for showing
/// a long document's beginning before the rest is written. Each page is drawn exactly
/// as in the whole PDF ("Page 2 of 500" included); links to later pages and their
/// outline entries are left out, and the structure tree holds what these pages show.
/// At least one page is written; `pages` beyond the page count write them all.
/// Writing costs about what the pages hold, so a few pages of a long document take a
/// small part of writing it all.
pub fn write_first_pages(
    meta: &Meta,
    layout: &Layout,
    pages: usize,
) -> Result<Vec<u8>, TypesetError> {
    // A PDF has at least one page.
    pdf::write_pdf(meta, layout, pages.max(1))
}

/// Lays out `doc` and writes it as PDF.
pub fn render(doc: &Document) -> Result<Rendered, TypesetError> {
    let layout = layout::layout(doc)?;
    let pdf = write(&doc.meta, &layout)?;
    Ok(Rendered {
        pdf,
        page_count: layout.page_count(),
        anchors: layout.anchors().clone(),
        contents: layout.contents().to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undrawable_characters_are_replaced_and_counted_and_the_rest_kept() {
        let mut doc = Document {
            body: vec![
                Block::text("Plain ASCII stays"),
                Block::text("Жаңаөзен — «кавычки» stay"),
                // CJK has no glyph in the embedded fonts; nor has this ideograph (beyond
                // the Basic Multilingual Plane).
                Block::text("Almaty 中文 \u{20000}!"),
            ],
            ..Default::default()
        };
        assert!(can_draw('ң').unwrap());
        assert!(!can_draw('中').unwrap());
        assert!(!can_draw('\u{20000}').unwrap());
        assert_eq!(replace_undrawable(&mut doc).unwrap(), 3);
        let mut texts = Vec::new();
        doc.for_each_text_mut(&mut |t| texts.push(t.clone()));
        assert!(texts.iter().any(|t| t == "Plain ASCII stays"));
        assert!(texts.iter().any(|t| t == "Жаңаөзен — «кавычки» stay"));
        let u = UNDRAWABLE;
        assert!(texts.iter().any(|t| *t == format!("Almaty {u}{u} {u}!")));
        // A second pass finds nothing left to replace.
        assert_eq!(replace_undrawable(&mut doc).unwrap(), 0);
    }
}

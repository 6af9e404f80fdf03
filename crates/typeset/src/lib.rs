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
struct DrawableTable {
    bits: Vec<u64>,
    /// For each lead byte 0xC0–0xDF of a two-byte UTF-8 sequence (U+0000–U+07FF),
    /// whether all 64 characters it starts are drawable: Cyrillic (0xD0–0xD3) is, so
    /// Russian text is checked a byte pair at a time without decoding it.
    whole_lead: [bool; 32],
}

fn drawable_table() -> Result<&'static DrawableTable, TypesetError> {
    static BMP: std::sync::OnceLock<DrawableTable> = std::sync::OnceLock::new();
    if let Some(table) = BMP.get() {
        return Ok(table);
    }
    let fonts = fonts::fonts()?;
    Ok(BMP.get_or_init(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for code in 0..0x10000u32 {
            if char::from_u32(code).is_some_and(|c| drawable(fonts, c)) {
                bits[(code / 64) as usize] |= 1 << (code % 64);
            }
        }
        // Each lead byte starts 64 characters: one word of the table.
        let whole_lead = std::array::from_fn(|lead| bits[lead] == u64::MAX);
        DrawableTable { bits, whole_lead }
    }))
}

/// Whether BMP character `code` is drawable, by the table.
fn in_table(table: &DrawableTable, code: u32) -> bool {
    table
        .bits
        .get((code / 64) as usize)
        .is_some_and(|w| w & (1 << (code % 64)) != 0)
}

/// Whether every character of `text` is drawable. Eight bytes are looked at together
/// while they hold only ASCII and Cyrillic (when the table has every character from
/// U+0400 to U+04FF, Kazakh's letters included), so a Russian or Kazakh pack is checked
/// about as fast as an English one; any other character is looked up one by one.
fn all_drawable(table: &DrawableTable, text: &str, ok: &mut impl FnMut(char) -> bool) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let cyrillic = table.whole_lead[0x10..0x14].iter().all(|&whole| whole);
    // The bytes of `word` that start a character other than ASCII or Cyrillic (lead
    // bytes 0xD0–0xD3): their top bit set.
    let others = |word: u64| -> u64 {
        let lead = word & (word << 1) & HIGH;
        if !cyrillic {
            return word & HIGH;
        }
        let y = (word & 0xFCFC_FCFC_FCFC_FCFC) ^ 0xD0D0_D0D0_D0D0_D0D0;
        let not_cyrillic = (((y & LOW7) + LOW7) | y) & HIGH;
        lead & not_cyrillic
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8) {
            if others(u64::from_le_bytes(word.try_into().expect("eight bytes"))) == 0 {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b < 0xC0 {
            // ASCII, or the second byte of a Cyrillic letter skipped with its word.
            i += 1;
        } else if b < 0xE0 && table.whole_lead[usize::from(b & 0x1F)] {
            i += 2;
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                return true;
            };
            if !ok(c) {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
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
        if text.is_ascii() || all_drawable(table, text, &mut ok) {
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

    #[test]
    fn the_fast_check_agrees_with_the_check_of_each_character() {
        let table = drawable_table().unwrap();
        // Every character of the first two-byte range and some beyond, alone and after
        // ASCII, Cyrillic and Kazakh text of every length around the eight-byte steps.
        let mut samples: Vec<String> = (0x80u32..0x800)
            .chain([0x2014, 0x25A1, 0x4E2D, 0xFFFD, 0x20000, 0x1F600])
            .filter_map(char::from_u32)
            .map(String::from)
            .collect();
        let prefixes = [
            "",
            "a",
            "abcdefg",
            "abcdefgh",
            "Жаңа",
            "Жаңаөзен үкім ",
            "«",
        ];
        for p in prefixes {
            for c in ['\u{378}', '中', 'ә', 'x', '\u{85}'] {
                samples.push(format!("{p}{c}"));
                samples.push(format!("{p}{c}{p}"));
            }
        }
        let each = |c: char| can_draw(c).unwrap();
        let mut undrawable = 0;
        for text in &samples {
            let expected = text.chars().all(each);
            undrawable += usize::from(!expected);
            assert_eq!(
                all_drawable(table, text, &mut |c| each(c)),
                expected,
                "{text:?}"
            );
        }
        // An undrawable character anywhere in a long Russian and Kazakh text is found,
        // whichever eight bytes it falls in.
        let base: Vec<char> = "Жаңаөзен үкім — суд, 16.12.2011; «protest» Қазақстан "
            .repeat(2)
            .chars()
            .collect();
        assert!(all_drawable(
            table,
            &base.iter().collect::<String>(),
            &mut |c| each(c)
        ));
        for bad in ['\u{378}', '中', '\u{20000}'] {
            for at in 0..=base.len() {
                let mut text = base.clone();
                text.insert(at, bad);
                let text: String = text.into_iter().collect();
                assert!(
                    !all_drawable(table, &text, &mut |c| each(c)),
                    "{bad} at {at}"
                );
            }
        }
        // The samples hold both answers.
        assert!(
            undrawable > 10 && undrawable < samples.len() / 2,
            "{undrawable}"
        );
        // Cyrillic's lead bytes are whole; Latin-1's (with its controls) are looked at.
        assert!(table.whole_lead[0xD0 & 0x1F] && table.whole_lead[0xD3 & 0x1F]);
    }
}

//! Writing a [`Layout`] as a tagged PDF.
//!
//! The pages' content streams are written straight from the layout's drawing
//! operations (`content.rs`), with marked content for the structure tree
//! (`structure.rs`), and deflated, several pages at a time on separate threads.
//! The fonts are subset by printpdf (`subset_font`) and embedded as Type0 /
//! CIDFontType2 with a ToUnicode map, so text can be copied (`fonts.rs`); the glyph
//! ids the content uses are those of the subsets, known before the subsets exist,
//! so fonts and pages are done at the same time. The document is put together and
//! saved with lopdf: link annotations (one per link and page, with QuadPoints when a
//! link spans lines, tagged), a nested outline, document information and XMP
//! metadata from [`Meta`], `/Lang`, `/MarkInfo`, and an `/ID` derived from
//! `Meta::document_id`. Every piece of work is independent and its result put in a
//! fixed place, so the bytes are the same whatever the threads do.

mod content;
mod file;
mod fonts;
mod links;
mod metadata;
mod streams;
mod structure;

use lopdf::{Dictionary, Object, ObjectId, Stream};

use crate::error::TypesetError;
use crate::fonts::fonts;
use crate::layout::Layout;
use crate::model::Meta;
use content::{page_content, PageContent};
use file::{write_file, Written};
use fonts::{add_font, glyph_usage, subset, GlyphMap, SubsetFace};
use links::{add_annotations, add_outline, name};
use metadata::{finish_catalog, info_dict, language, parse_rfc3339, xmp_packet};
use streams::{deflate, parallel_map};
use structure::Tree;

/// One piece of work done in parallel.
enum Done {
    Font(Result<SubsetFace, TypesetError>),
    Page(Box<(PageContent, Vec<u8>)>),
}

/// Renders `layout` (of a document with `meta`) to PDF bytes: its first `limit` pages
/// (all of them when `limit` is at least the page count). Fewer pages give the same
/// pages — the same drawing, "Page X of Y" with the whole count — in a PDF of their
/// own: links to and outline entries for later pages are left out, and the structure
/// tree holds only what those pages show.
pub(crate) fn write_pdf(
    meta: &Meta,
    layout: &Layout,
    limit: usize,
) -> Result<Vec<u8>, TypesetError> {
    let fonts = fonts()?;
    let geo = layout.geometry;
    let date = if meta.creation_date.trim().is_empty() {
        None
    } else {
        Some(
            parse_rfc3339(meta.creation_date.trim()).ok_or_else(|| TypesetError::BadDate {
                value: meta.creation_date.clone(),
            })?,
        )
    };

    // Which glyphs are used, and their ids in the subsets.
    let written_pages = &layout.pages[..limit.min(layout.pages.len())];
    let usage = glyph_usage(written_pages, fonts);
    let glyphs = GlyphMap::new(&usage);

    // Fonts first (the biggest pieces of work), then the pages.
    let faces = usage.len();
    let pages = written_pages.len();
    let mut done = parallel_map(faces + pages, |i| {
        if i < faces {
            let (face, used) = &usage[i];
            Done::Font(subset(fonts, *face, used))
        } else {
            let page = &written_pages[i - faces];
            let content = page_content(page, geo.height, fonts, &glyphs, &layout.structure);
            let compressed = deflate(&content.bytes);
            Done::Page(Box::new((
                PageContent {
                    bytes: Vec::new(),
                    ..content
                },
                compressed,
            )))
        }
    });
    if done.len() != faces + pages {
        return Err(TypesetError::Pdf("a worker thread failed".into()));
    }
    let page_results = done.split_off(faces);

    let mut lo = lopdf::Document::with_version("1.7");
    let pages_id = lo.new_object_id();
    let mut font_dict = Dictionary::new();
    for (d, (face, _)) in done.into_iter().zip(&usage) {
        let Done::Font(subset) = d else {
            return Err(TypesetError::Pdf("font results out of order".into()));
        };
        let id = add_font(&mut lo, fonts, subset?);
        font_dict.set(face.resource_name(), Object::Reference(id));
    }
    let resources = lo.add_object(Dictionary::from_iter(vec![(
        "Font",
        Object::Dictionary(font_dict),
    )]));

    let page_ids: Vec<ObjectId> = (0..pages).map(|_| lo.new_object_id()).collect();
    let media = Object::Array(vec![
        Object::Integer(0),
        Object::Integer(0),
        Object::Real(geo.width),
        Object::Real(geo.height),
    ]);
    let mut tree = Tree::new(&layout.structure);
    let mut mcids = Vec::with_capacity(pages);
    for (i, d) in page_results.into_iter().enumerate() {
        let Done::Page(page) = d else {
            return Err(TypesetError::Pdf("page results out of order".into()));
        };
        let (content, compressed) = *page;
        tree.add_page(i, &content);
        mcids.push(content.mcids);
        let stream = Stream::new(
            Dictionary::from_iter(vec![("Filter", name("FlateDecode"))]),
            compressed,
        )
        .with_compression(false);
        let contents = lo.add_object(stream);
        let page = Dictionary::from_iter(vec![
            ("Type", name("Page")),
            ("Parent", Object::Reference(pages_id)),
            ("MediaBox", media.clone()),
            ("TrimBox", media.clone()),
            ("CropBox", media.clone()),
            ("Resources", Object::Reference(resources)),
            ("Contents", Object::Reference(contents)),
            ("StructParents", Object::Integer(i as i64)),
            // Tab order follows the structure.
            ("Tabs", name("S")),
        ]);
        lo.objects.insert(page_ids[i], Object::Dictionary(page));
    }
    lo.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter(vec![
            ("Type", name("Pages")),
            (
                "Kids",
                Object::Array(page_ids.iter().map(|&id| Object::Reference(id)).collect()),
            ),
            ("Count", Object::Integer(pages as i64)),
        ])),
    );

    let mut written = Written::default();
    let annotations = add_annotations(&mut lo, &mut written, layout, &page_ids, &mut tree, pages)?;
    let outline = add_outline(&mut lo, layout, &page_ids);
    let struct_tree = tree.write(
        &mut lo,
        &mut written,
        &page_ids,
        &mcids,
        &annotations,
        &language(meta),
    );
    let catalog = lo.add_object(Dictionary::from_iter(vec![
        ("Type", name("Catalog")),
        ("Pages", Object::Reference(pages_id)),
    ]));
    lo.trailer.set("Root", Object::Reference(catalog));
    let info = info_dict(meta, date.as_ref());
    let xmp = xmp_packet(meta, date.as_ref());
    finish_catalog(&mut lo, meta, outline, struct_tree, info, xmp)?;

    let out = write_file(&lo, &written, "1.7");
    Ok(out)
}

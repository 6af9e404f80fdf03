//! Writing a [`Layout`] as PDF.
//!
//! printpdf turns the pages' drawing operations into content streams and embeds the
//! used fonts as subsets (Type0/CIDFontType2 with a ToUnicode map, so text can be
//! copied). The document it produces is then finished at the lopdf level with what
//! printpdf does not do, or does not do reproducibly: link annotations (one per link
//! and page, with QuadPoints when a link spans lines), a nested outline, document
//! information and XMP metadata from [`Meta`], `/Lang`, and an `/ID` derived from
//! `Meta::document_id` instead of random bytes.

mod content;
mod links;
mod metadata;
mod streams;

use std::collections::BTreeSet;

use lopdf::ObjectId;
use printpdf::{
    FontId, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt, Rect,
};

use crate::error::TypesetError;
use crate::fonts::{fonts, Face};
use crate::layout::{Draw, Layout};
use crate::model::Meta;
use content::page_ops;
use links::{add_annotations, add_outline};
use metadata::{finish_catalog, info_dict, parse_rfc3339, xmp_packet};
use streams::{compress_streams, literal_strings_in_contents};

/// Renders `layout` (of a document with `meta`) to PDF bytes.
pub(crate) fn write_pdf(meta: &Meta, layout: &Layout) -> Result<Vec<u8>, TypesetError> {
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

    let mut pdf = PdfDocument::new(&meta.title);
    let used: BTreeSet<Face> = layout
        .pages
        .iter()
        .flat_map(|p| p.draws.iter())
        .filter_map(|d| match d {
            Draw::Text { face, .. } => Some(*face),
            _ => None,
        })
        .collect();
    for face in &used {
        pdf.resources.fonts.map.insert(
            FontId(face.resource_name().to_string()),
            PdfFont::new(fonts.face(*face).parsed.clone()),
        );
    }
    pdf.pages = layout
        .pages
        .iter()
        .map(|page| {
            let media = Rect::from_wh(Pt(geo.width), Pt(geo.height));
            PdfPage {
                media_box: media.clone(),
                trim_box: media.clone(),
                crop_box: media,
                ops: page_ops(page, geo.height),
            }
        })
        .collect();

    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    drop(pdf);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(TypesetError::Pdf(w.msg.clone()));
    }

    lo.version = "1.7".to_string();
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    if page_ids.len() != layout.pages.len() {
        return Err(TypesetError::Pdf(format!(
            "expected {} pages, printpdf wrote {}",
            layout.pages.len(),
            page_ids.len()
        )));
    }
    add_annotations(&mut lo, layout, &page_ids)?;
    let outline = add_outline(&mut lo, layout, &page_ids);
    let info = info_dict(meta, date.as_ref());
    let xmp = xmp_packet(meta, date.as_ref());
    finish_catalog(&mut lo, meta, outline, info, xmp)?;

    for &page in &page_ids {
        literal_strings_in_contents(&mut lo, page);
    }
    compress_streams(&mut lo);
    let mut out = Vec::new();
    // Object streams pack the many small dictionaries (pages, annotations,
    // outline items) into compressed streams; this roughly halves their cost.
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(6)
        .build();
    lo.save_with_options(&mut out, options)
        .map_err(|e| TypesetError::Pdf(e.to_string()))?;
    Ok(out)
}

//! Draws a PDF's pages as images. The pack builder shows the pages export would write:
//! the app keeps the very bytes export writes, opens them here and sends each page the
//! window scrolls to as a PNG, drawn at the width the window shows it.
//!
//! Drawing is hayro's (a PDF rasterizer in Rust, on the CPU): a page of a pack takes tens
//! of milliseconds here, where PDF.js in the window took 0.6–3 s per page under software
//! rendering (see docs/benchmarks.md, "Live preview").

use std::panic::{catch_unwind, AssertUnwindSafe};

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

/// The widest page drawn, in pixels: wider than any screen shows a page, and small
/// enough that a page's pixels (width × height × 4 bytes) stay a few tens of megabytes.
pub const MAX_WIDTH: u32 = 4096;

/// Why a page could not be drawn.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RasterError {
    #[error("these bytes are not a PDF that can be read")]
    NotAPdf,
    #[error("page {page} asked for, but the PDF has {pages} pages")]
    NoSuchPage { page: usize, pages: usize },
    #[error("a page {width} pixels wide asked for; it must be 1 to {MAX_WIDTH}")]
    BadWidth { width: u32 },
    #[error("page {page} could not be drawn")]
    Draw { page: usize },
}

/// A PDF opened for drawing its pages (any thread may draw from it).
pub struct Pages {
    pdf: Pdf,
}

/// A page drawn as a PNG, with its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnPage {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl Pages {
    /// Opens a PDF from its bytes. Fails with `NotAPdf` when they cannot be read.
    pub fn open(bytes: Vec<u8>) -> Result<Pages, RasterError> {
        let pdf = catch_unwind(AssertUnwindSafe(|| Pdf::new(bytes)))
            .map_err(|_| RasterError::NotAPdf)?
            .map_err(|_| RasterError::NotAPdf)?;
        if pdf.pages().is_empty() {
            return Err(RasterError::NotAPdf);
        }
        Ok(Pages { pdf })
    }

    /// How many pages the PDF holds.
    pub fn count(&self) -> usize {
        self.pdf.pages().len()
    }

    /// Page `page`'s (1-based) width and height in points, as it is shown (rotation and
    /// crop box applied).
    pub fn size(&self, page: usize) -> Result<(f32, f32), RasterError> {
        Ok(self.page(page)?.render_dimensions())
    }

    /// Draws page `page` (1-based) `width` pixels wide, on white, as a PNG.
    pub fn draw(&self, page: usize, width: u32) -> Result<DrawnPage, RasterError> {
        if width == 0 || width > MAX_WIDTH {
            return Err(RasterError::BadWidth { width });
        }
        let p = self.page(page)?;
        let (w, h) = p.render_dimensions();
        if !(w > 0.0 && h > 0.0) {
            return Err(RasterError::Draw { page });
        }
        let scale = width as f32 / w;
        if h * scale > f32::from(u16::MAX) {
            return Err(RasterError::BadWidth { width });
        }
        let pixmap = catch_unwind(AssertUnwindSafe(|| {
            // Fonts are parsed once per drawing: a pack's subset fonts take a millisecond.
            let cache = RenderCache::new();
            render(
                p,
                &cache,
                &InterpreterSettings::default(),
                &RenderSettings::default(),
                &PixmapSettings {
                    x_scale: scale,
                    y_scale: scale,
                    bg_color: WHITE,
                },
            )
        }))
        .map_err(|_| RasterError::Draw { page })?;
        let (width, height) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
        // On an opaque white background premultiplied and straight RGBA are the same.
        let png = encode_png(pixmap.data_as_u8_slice(), width, height)
            .map_err(|_| RasterError::Draw { page })?;
        Ok(DrawnPage { png, width, height })
    }

    fn page(&self, page: usize) -> Result<&hayro::hayro_syntax::page::Page<'_>, RasterError> {
        let pages = self.pdf.pages();
        page.checked_sub(1)
            .and_then(|i| pages.get(i))
            .ok_or(RasterError::NoSuchPage {
                page,
                pages: pages.len(),
            })
    }
}

/// RGB, fast compression: a page is mostly white, and the window decodes it at once.
fn encode_png(rgba: &[u8], width: u32, height: u32) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<u8> = rgba
        .chunks_exact(4)
        .flat_map(|px| [px[0], px[1], px[2]])
        .collect();
    let mut out = Vec::with_capacity(rgb.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(out)
}

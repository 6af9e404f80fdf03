//! The builder's pages are drawn here from the bytes export writes: they must look as
//! another renderer (poppler's `pdftoppm`) draws the same bytes, and bad requests get
//! a clear error.

use std::path::Path;
use std::process::Command;

use roundbook_core::exchange::demo;
use roundbook_core::model::Timestamp;
use roundbook_core::pack::{Audience, Paper, Selection};
use roundbook_core::Library;
use roundbook_raster::{Pages, RasterError, MAX_WIDTH};

fn demo_pack(paper: Paper) -> Vec<u8> {
    let mut lib = Library::open_in_memory().unwrap();
    lib.import_bundle(&demo::demo_bundle()).unwrap();
    let sel = Selection {
        round_id: "round-eu-kz-3".into(),
        audience: Audience::External,
        ..Selection::default()
    };
    let now: Timestamp = "2012-04-02T08:00:00Z".parse().unwrap();
    lib.render_pack_preview(&sel, paper, now, &|| false)
        .unwrap()
        .pdf
}

/// A grey image: width, height and one byte per pixel.
struct Grey {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

fn decode(png_bytes: &[u8]) -> Grey {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let pixels = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|px| {
            let (r, g, b) = if channels >= 3 {
                (px[0], px[1], px[2])
            } else {
                (px[0], px[0], px[0])
            };
            ((u32::from(r) * 30 + u32::from(g) * 59 + u32::from(b) * 11) / 100) as u8
        })
        .collect();
    Grey {
        width: info.width,
        height: info.height,
        pixels,
    }
}

/// Poppler's drawing of page `page`, `width` pixels wide.
fn poppler(pdf: &Path, page: usize, width: u32, dir: &Path) -> Grey {
    let out = dir.join(format!("poppler-{page}"));
    let status = Command::new("pdftoppm")
        .args([
            "-png",
            "-singlefile",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .args(["-scale-to-x", &width.to_string(), "-scale-to-y", "-1"])
        .arg(pdf)
        .arg(&out)
        .status()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(status.success());
    decode(&std::fs::read(out.with_extension("png")).unwrap())
}

/// The two drawings' mean difference per pixel (0–255), after blurring both over 3×3
/// pixels so that antialiasing and hinting differences weigh little.
fn difference(a: &Grey, b: &Grey) -> f64 {
    let w = a.width.min(b.width) as usize;
    let h = a.height.min(b.height) as usize;
    let blur = |g: &Grey, x: usize, y: usize| -> f64 {
        let mut sum = 0u32;
        for dy in 0..3 {
            for dx in 0..3 {
                sum += u32::from(g.pixels[(y + dy) * g.width as usize + x + dx]);
            }
        }
        f64::from(sum) / 9.0
    };
    let mut total = 0.0;
    for y in 0..h - 2 {
        for x in 0..w - 2 {
            total += (blur(a, x, y) - blur(b, x, y)).abs();
        }
    }
    total / ((w - 2) * (h - 2)) as f64
}

/// The share of the page's pixels that are clearly not white.
fn ink(g: &Grey) -> f64 {
    g.pixels.iter().filter(|&&p| p < 160).count() as f64 / g.pixels.len() as f64
}

#[test]
fn pages_are_drawn_as_another_renderer_draws_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = demo_pack(Paper::A4);
    let path = dir.path().join("pack.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let pages = Pages::open(bytes).unwrap();
    assert!(pages.count() > 20, "{} pages", pages.count());
    let (w, h) = pages.size(1).unwrap();
    assert!(
        (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0,
        "A4: {w}×{h}"
    );

    let width = 600;
    let mut drawn = Vec::new();
    for page in [1, 2, 5, pages.count()] {
        let page_drawn = pages.draw(page, width).unwrap();
        assert_eq!(page_drawn.width, width);
        assert_eq!(page_drawn.height, (h * width as f32 / w) as u32);
        let ours = decode(&page_drawn.png);
        assert_eq!(
            (ours.width, ours.height),
            (page_drawn.width, page_drawn.height)
        );
        let theirs = poppler(&path, page, width, dir.path());
        assert!(ink(&ours) > 0.003, "page {page} has text: {}", ink(&ours));
        let diff = difference(&ours, &theirs);
        eprintln!("page {page}: {diff:.2} from poppler, ink {:.3}", ink(&ours));
        assert!(diff < 4.0, "page {page}: {diff:.2} from poppler's drawing");
        drawn.push((page, ours, theirs));
    }
    // The measure tells pages apart: one page against another is far off.
    let (_, first, _) = &drawn[0];
    let (_, _, second_by_poppler) = &drawn[1];
    let apart = difference(first, second_by_poppler);
    eprintln!("pages 1 and 2 apart: {apart:.2}");
    assert!(apart > 8.0, "two different pages differ by only {apart:.2}");
}

#[test]
fn a_letter_page_is_drawn_at_letter_proportions() {
    let pages = Pages::open(demo_pack(Paper::Letter)).unwrap();
    let (w, h) = pages.size(1).unwrap();
    assert!(
        (w - 612.0).abs() < 1.0 && (h - 792.0).abs() < 1.0,
        "{w}×{h}"
    );
    let drawn = pages.draw(1, 612).unwrap();
    assert_eq!((drawn.width, drawn.height), (612, 792));
}

#[test]
fn bad_requests_get_an_error_that_names_what_is_wrong() {
    assert_eq!(
        Pages::open(b"not a pdf at all".to_vec()).err(),
        Some(RasterError::NotAPdf)
    );
    assert_eq!(Pages::open(Vec::new()).err(), Some(RasterError::NotAPdf));
    let bytes = demo_pack(Paper::A4);
    // A PDF cut short (as a half-written file would be) is refused or drawn, never a panic.
    let _ = Pages::open(bytes[..bytes.len() / 2].to_vec()).map(|p| p.draw(1, 100));

    let pages = Pages::open(bytes).unwrap();
    let count = pages.count();
    assert_eq!(
        pages.draw(0, 600).err(),
        Some(RasterError::NoSuchPage {
            page: 0,
            pages: count
        })
    );
    assert_eq!(
        pages.draw(count + 1, 600).err(),
        Some(RasterError::NoSuchPage {
            page: count + 1,
            pages: count
        })
    );
    assert_eq!(
        pages.draw(1, 0).err(),
        Some(RasterError::BadWidth { width: 0 })
    );
    assert_eq!(
        pages.draw(1, MAX_WIDTH + 1).err(),
        Some(RasterError::BadWidth {
            width: MAX_WIDTH + 1
        })
    );
    let msg = RasterError::NoSuchPage {
        page: 40,
        pages: 31,
    }
    .to_string();
    assert!(msg.contains("40") && msg.contains("31"), "{msg}");
}

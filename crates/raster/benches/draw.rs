//! Release benchmark of drawing a pack's pages for the builder:
//!   cargo bench -p roundbook-raster --bench draw
//! Prints one line per measurement; docs/benchmarks.md records the figures. Not a test:
//! nothing here fails on a slow machine.

use std::time::{Duration, Instant};

use roundbook_core::exchange::{demo, synthetic, Bundle};
use roundbook_core::model::Timestamp;
use roundbook_core::pack::{Audience, Paper, Selection};
use roundbook_core::Library;
use roundbook_raster::Pages;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn pack(bundle: &Bundle, sel: &Selection, now: &str) -> Vec<u8> {
    let mut lib = Library::open_in_memory().expect("library");
    lib.import_bundle(bundle).expect("import");
    let now: Timestamp = now.parse().expect("timestamp");
    lib.render_pack_preview(sel, Paper::A4, now, &|| false)
        .expect("pages")
        .pdf
}

fn main() {
    let demo_pack = pack(
        &demo::demo_bundle(),
        &Selection {
            round_id: "round-eu-kz-3".into(),
            audience: Audience::External,
            ..Selection::default()
        },
        "2012-04-02T08:00:00Z",
    );
    // 3 210 incidents: a pack of about 500 pages (see the core's `first-pages` bench).
    let size = synthetic::Size {
        areas: 6,
        benchmarks_per_area: 3,
        incidents: 3210,
        sources: 60,
        commitments: 12,
        rounds: 12,
    };
    let long_pack = pack(
        &synthetic::bundle(size, 11),
        &Selection {
            round_id: "round-11".into(),
            audience: Audience::Internal,
            since: Some("2010-01-01".parse().expect("date")),
            ..Selection::default()
        },
        "2013-01-02T09:00:00Z",
    );
    for (name, bytes) in [
        ("the demo pack", demo_pack),
        ("a long synthetic pack", long_pack),
    ] {
        let mut open = Vec::new();
        for _ in 0..9 {
            let t = Instant::now();
            let pages = Pages::open(bytes.clone()).expect("open");
            let _ = pages.size(1).expect("size");
            open.push(t.elapsed());
        }
        let pages = Pages::open(bytes.clone()).expect("open");
        // 600 px: the viewer at 1280×800; 1200 px: the same on a screen of two pixels per
        // point of CSS.
        for width in [600, 1200] {
            let mut each = Vec::new();
            let mut first = Vec::new();
            let mut bytes_out = 0;
            for _ in 0..5 {
                for page in 1..=6 {
                    let t = Instant::now();
                    let drawn = pages.draw(page, width).expect("draw");
                    let took = t.elapsed();
                    if page == 1 {
                        first.push(took);
                    }
                    each.push(took);
                    bytes_out += drawn.png.len();
                }
            }
            println!(
                "{name} ({} pages, {} KB of PDF): opened in median {:.1} ms; a page {width} px wide drawn as PNG in median {:.1} ms (first page {:.1} ms, slowest {:.1} ms), {} KB per page",
                pages.count(),
                bytes.len() / 1024,
                median(open.clone()),
                median(each.clone()),
                median(first),
                each.iter().max().expect("timed").as_secs_f64() * 1000.0,
                bytes_out / each.len() / 1024,
            );
        }
    }
}

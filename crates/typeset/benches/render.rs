//! Times `render` on synthetic briefing packs of about 100 and 500 pages and
//! reports time, size and peak memory. Run with `cargo bench` (release profile).
//!
//! Peak memory is the process's resident-set high-water mark (`VmHWM`), reset
//! before each document through `/proc/self/clear_refs` (Linux only; elsewhere it
//! is reported as unknown).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use roundbook_typeset::{layout, render, Document};

/// The document with about `target` pages (at least `target`).
fn document_with_pages(target: usize) -> (Document, usize) {
    let pages = |s: usize| {
        layout(&common::synthetic(s))
            .map(|l| l.page_count())
            .unwrap_or(0)
    };
    let (mut lo, mut hi) = (1, 2);
    while pages(hi) < target {
        lo = hi;
        hi *= 2;
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pages(mid) >= target {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    (common::synthetic(hi), hi)
}

fn reset_peak_memory() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    // Font parsing happens once per process; time it on its own.
    let start = Instant::now();
    let tiny = common::synthetic(1);
    render(&tiny).expect("render");
    let first = start.elapsed();
    println!(
        "first render of a {}-page document (includes parsing the fonts once): {first:.1?}",
        layout(&tiny).map(|l| l.page_count()).unwrap_or(0)
    );
    println!();
    println!("| document | pages | sections | layout only | render (median) | ms/page | PDF size | peak RSS |");
    println!("|---|---|---|---|---|---|---|---|");
    for (target, runs) in [(100, 7), (500, 3)] {
        let (doc, sections) = document_with_pages(target);
        let can_reset = reset_peak_memory();
        let mut times = Vec::new();
        let mut layout_times = Vec::new();
        let mut out = None;
        for _ in 0..runs {
            let t = Instant::now();
            let l = layout(&doc).expect("layout");
            layout_times.push(t.elapsed());
            drop(l);
            let t = Instant::now();
            let r = render(&doc).expect("render");
            times.push(t.elapsed());
            out = Some(r);
        }
        let peak = if can_reset { peak_memory_mb() } else { None };
        let out = out.expect("at least one run");
        if let Ok(dir) = std::env::var("TYPESET_BENCH_OUT") {
            let _ = std::fs::write(format!("{dir}/bench-{target}.pdf"), &out.pdf);
        }
        let time = median(times);
        println!(
            "| synthetic ~{target} pages | {} | {sections} | {:.0} ms | {:.0} ms | {:.2} | {:.0} KB | {} |",
            out.page_count,
            median(layout_times).as_secs_f64() * 1000.0,
            time.as_secs_f64() * 1000.0,
            time.as_secs_f64() * 1000.0 / out.page_count as f64,
            out.pdf.len() as f64 / 1024.0,
            peak.map_or("unknown".to_string(), |p| format!("{p:.0} MB")),
        );
    }
}

//! The peak memory of one synthetic pack in a process of its own (`docs/benchmarks.md`,
//! "Peak memory of a pack"). The benchmark binary runs many benchmarks in one process,
//! so its resident set before a pack already holds what earlier ones freed; here the
//! process holds only the library (in memory) and the embedded fonts before the pack:
//!
//!     cargo build --release -p roundbook-core --example pack_memory
//!     target/release/examples/pack_memory 3210            # the 500-page pack
//!     target/release/examples/pack_memory 3210 out.pdf    # ... and its bytes, to compare
//!
//! Prints the resident set after the import and the peak while assembling and rendering
//! the pack (Linux: `VmRSS`, and `VmHWM` reset through `/proc/self/clear_refs`).

use roundbook_core::exchange::synthetic;
use roundbook_core::pack::{self, Audience, Paper, Selection};
use roundbook_core::Library;

fn status_mib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(Ok(n)) = args.first().map(|n| n.parse::<usize>()) else {
        eprintln!("usage: pack_memory INCIDENTS [OUT.pdf]");
        std::process::exit(2);
    };
    let bundle = synthetic::bundle(synthetic::Size::for_packs(n), 11);
    let mut lib = Library::open_in_memory().expect("library");
    lib.import_bundle(&bundle).expect("import");
    drop(bundle);
    // The fonts are parsed once per process: on the first check of a text, during the
    // import, so they are in the resident set before the pack too.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status_mib("VmRSS:");
    let sel = Selection {
        round_id: "round-11".into(),
        audience: Audience::Internal,
        since: Some("2010-01-01".parse().expect("date")),
        ..Default::default()
    };
    let at = "2013-01-02T09:00:00Z".parse().expect("timestamp");
    let p = lib.assemble_pack(&sel).expect("assemble");
    let r = pack::render(&p, &pack::options_for(&p, Paper::A4, at)).expect("render");
    let peak = status_mib("VmHWM:");
    println!(
        "{n} incidents, {} pages, {} bytes: resident {before:.0} MiB before the pack (library and fonts), peak {peak:.0} MiB while assembling and rendering it (+{:.0} MiB)",
        r.page_count,
        r.pdf.len(),
        peak - before
    );
    if let Some(out) = args.get(1) {
        std::fs::write(out, &r.pdf).expect("write the PDF");
    }
}

//! Renders one synthetic pack a given number of times, for counting the instructions a
//! pack costs in English and in Russian (`docs/benchmarks.md`, "Counted in
//! instructions"). Wall clock on a shared machine moves by more than the difference
//! being measured; the instruction count under valgrind does not:
//!
//!     cargo build --release -p roundbook-core --example pack_instructions
//!     valgrind --tool=cachegrind target/release/examples/pack_instructions 3210 ru translated 1
//!     valgrind --tool=cachegrind target/release/examples/pack_instructions 3210 ru translated 3
//!
//! The difference between the two counts, divided by two, is one pack: assembling, laying
//! out (the builder's outline) and rendering, with the import left out.
//!
//! `demo` instead of a number of incidents takes the demo library's external pack for
//! round 3 (the third argument is then ignored).
//!
//! `translated` gives every translatable text a Russian translation of the same length
//! (`synthetic::transliterated`), so that the Russian pack sets Cyrillic where the English
//! one sets Latin; `untranslated` leaves the records in English.

use roundbook_core::exchange::{demo, synthetic};
use roundbook_core::i18n::Language;
use roundbook_core::pack::{self, Audience, Paper, Selection};
use roundbook_core::Library;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || -> ! {
        eprintln!("usage: pack_instructions INCIDENTS|demo en|ru translated|untranslated TIMES");
        std::process::exit(2);
    };
    let [n, language, records, times] = &args[..] else {
        usage()
    };
    let Ok(times) = times.parse::<usize>() else {
        usage()
    };
    let language = match language.as_str() {
        "en" => Language::En,
        "ru" => Language::Ru,
        _ => usage(),
    };
    // `demo`: the demo library's external pack for round 3, as it is (its areas,
    // benchmarks and asks translated, the rest not).
    let (bundle, sel) = if n == "demo" {
        let sel = Selection {
            round_id: "round-eu-kz-3".into(),
            audience: Audience::External,
            language,
            ..Default::default()
        };
        (demo::demo_bundle(), sel)
    } else {
        let Ok(n) = n.parse::<usize>() else { usage() };
        let bundle = synthetic::bundle(synthetic::Size::for_packs(n), 11);
        let bundle = match records.as_str() {
            "translated" => synthetic::transliterated(&bundle),
            "untranslated" => bundle,
            _ => usage(),
        };
        let sel = Selection {
            round_id: "round-11".into(),
            audience: Audience::Internal,
            since: Some("2010-01-01".parse().expect("date")),
            language,
            ..Default::default()
        };
        (bundle, sel)
    };
    let mut lib = Library::open_in_memory().expect("library");
    lib.import_bundle(&bundle).expect("import");
    let at = "2013-01-02T09:00:00Z".parse().expect("timestamp");
    let mut last = None;
    for _ in 0..times {
        let p = lib.assemble_pack(&sel).expect("assemble");
        let options = pack::options_for(&p, Paper::A4, at);
        let outline = pack::outline(&p, &options).expect("layout");
        let r = pack::render(&p, &options).expect("render");
        println!(
            "{} pages ({} in the outline), {} bytes",
            r.page_count,
            outline.page_count,
            r.pdf.len()
        );
        last = Some(r.pdf);
    }
    // PACK_OUT=file keeps the last PDF, to check that a change to the engine keeps its bytes.
    if let (Some(path), Some(pdf)) = (std::env::var_os("PACK_OUT"), last) {
        std::fs::write(path, pdf).expect("write PACK_OUT");
    }
}

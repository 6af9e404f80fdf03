//! Reference-manager files (CSL-JSON): planning an import of sources never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundbook_core::exchange::demo;
use roundbook_core::Library;

thread_local! {
    static LIBRARY: Library = {
        let mut lib = Library::open_in_memory().expect("in-memory library");
        lib.import_bundle(&demo::demo_bundle()).expect("the demo imports");
        lib
    };
}

fuzz_target!(|data: &[u8]| {
    let _ = LIBRARY.with(|lib| lib.plan_csl_sources(data));
});

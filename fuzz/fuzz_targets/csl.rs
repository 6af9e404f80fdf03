//! Reference-manager files (CSL-JSON): planning an import of sources never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod demo_library;

fuzz_target!(|data: &[u8]| {
    let _ = demo_library::with(|lib| lib.plan_csl_sources(data));
});

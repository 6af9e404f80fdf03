//! Bundle files from anyone: parsing and validation never panic; a bundle that passes
//! both survives an export round trip unchanged and imports into an empty library.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundbook_core::exchange::Bundle;
use roundbook_core::Library;

fuzz_target!(|data: &[u8]| {
    let Ok(bundle) = Bundle::parse(data) else {
        return;
    };
    if bundle.validate_records(&|_, _| false).is_err() {
        return;
    }
    let json = bundle.to_json();
    let again = Bundle::parse(&json).expect("a written bundle parses");
    assert_eq!(again, bundle, "a bundle changed in an export round trip");
    let mut lib = Library::open_in_memory().expect("in-memory library");
    lib.import_bundle(&bundle)
        .expect("a bundle that validates imports into an empty library");
});

//! Whatever a user types into search: the query builder never panics, and running the
//! query against a library (the demo) never fails — FTS5 syntax is searched literally.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundbook_core::search;

mod demo_library;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let _ = search::fts_query(&query);
    let _ = search::snippet(&query, &query, 40);
    demo_library::with(|lib| {
        if let Err(e) = lib.search(&query, None, 20) {
            panic!("search {query:?} failed: {e}");
        }
    });
});

//! Whatever a user types into search: the query builder never panics, and running the
//! query against a library (the demo) never fails — FTS5 syntax is searched literally.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundbook_core::exchange::demo;
use roundbook_core::search;
use roundbook_core::Library;

thread_local! {
    static LIBRARY: Library = {
        let mut lib = Library::open_in_memory().expect("in-memory library");
        lib.import_bundle(&demo::demo_bundle()).expect("the demo imports");
        lib
    };
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let _ = search::fts_query(&query);
    let _ = search::snippet(&query, &query, 40);
    LIBRARY.with(|lib| {
        if let Err(e) = lib.search(&query, None, 20) {
            panic!("search {query:?} failed: {e}");
        }
    });
});

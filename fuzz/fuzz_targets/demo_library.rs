//! The demo library, opened once per fuzzing thread: the targets that plan imports or
//! search run against it.

use roundbook_core::exchange::demo;
use roundbook_core::Library;

thread_local! {
    static LIBRARY: Library = {
        let mut lib = Library::open_in_memory().expect("in-memory library");
        lib.import_bundle(&demo::demo_bundle()).expect("the demo imports");
        lib
    };
}

/// Runs `f` with the demo library.
pub fn with<R>(f: impl FnOnce(&Library) -> R) -> R {
    LIBRARY.with(f)
}

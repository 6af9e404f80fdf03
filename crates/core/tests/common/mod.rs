//! Shared helpers for the core's integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use roundbook_core::exchange::Bundle;
use roundbook_core::model::Timestamp;
use roundbook_core::Library;

pub mod pdf;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn demo_bytes() -> Vec<u8> {
    std::fs::read(repo_root().join("assets/demo/eu-kazakhstan-2012.json")).expect("demo bundle")
}

pub fn demo_bundle() -> Bundle {
    Bundle::parse(&demo_bytes()).expect("demo bundle parses")
}

pub fn ts(s: &str) -> Timestamp {
    s.parse().expect("timestamp")
}

/// A fresh in-memory library with the demo loaded.
pub fn demo_library() -> Library {
    let mut lib = Library::open_in_memory().expect("library");
    lib.import_bundle(&demo_bundle()).expect("demo imports");
    lib
}

//! The demo library: the EU–Kazakhstan material of the March 2012 appeal
//! (`assets/demo/eu-kazakhstan-2012.json`), compiled into the program.

use super::bundle::Bundle;

/// The demo bundle's bytes.
pub const DEMO_JSON: &[u8] = include_bytes!("../../../../assets/demo/eu-kazakhstan-2012.json");

/// The organisations that wrote the appeal; the demo library's preparing organisation.
pub const DEMO_ORGANISATION: &str =
    "Norwegian Helsinki Committee · International Partnership for Human Rights · Netherlands Helsinki Committee";

/// The demo bundle, parsed.
pub fn demo_bundle() -> Bundle {
    Bundle::parse(DEMO_JSON).expect("the demo bundle is tested to parse")
}

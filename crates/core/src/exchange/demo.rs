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

/// What the demo library is, as its illustrative mark says on every page of its packs.
pub const DEMO_ILLUSTRATIVE: &str = "This is Roundbook's demo library, built from the appeal of 20 March 2012 by the Norwegian Helsinki Committee, IPHR and the Netherlands Helsinki Committee. Its concern areas, commitments and incidents come from the appeal; the rounds, their dates and places, and some marks are invented for the example.";

impl crate::Library {
    /// Loads the demo into an empty library, with the appeal's authors as the preparing
    /// organisation and the library marked illustrative as a whole. A library that holds
    /// anything is left alone (returns false).
    pub fn load_demo(&mut self) -> crate::Result<bool> {
        if !self.is_empty()? {
            return Ok(false);
        }
        self.import_bundle(&demo_bundle())?;
        let mut settings = self.settings()?;
        if settings.organisation.is_empty() {
            settings.organisation = DEMO_ORGANISATION.to_string();
        }
        if settings.illustrative.is_empty() {
            settings.illustrative = DEMO_ILLUSTRATIVE.to_string();
        }
        self.save_settings(&settings)?;
        Ok(true)
    }
}

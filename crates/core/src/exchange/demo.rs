//! The demo library: the EU–Kazakhstan material of the March 2012 appeal
//! (`assets/demo/eu-kazakhstan-2012.json`), compiled into the program.

use super::bundle::Bundle;
use crate::i18n::Language;

/// The demo bundle's bytes.
pub const DEMO_JSON: &[u8] = include_bytes!("../../../../assets/demo/eu-kazakhstan-2012.json");

/// The organisations that wrote the appeal; the demo library's preparing organisation.
pub const DEMO_ORGANISATION: &str =
    "Norwegian Helsinki Committee · International Partnership for Human Rights · Netherlands Helsinki Committee";

/// The demo bundle, parsed.
pub fn demo_bundle() -> Bundle {
    Bundle::parse(DEMO_JSON).expect("the demo bundle is tested to parse")
}

/// What the demo library is, as its illustrative mark says in its packs, in `language`
/// (`demo-library-illustrative` in the catalogue).
pub fn demo_illustrative(language: Language) -> String {
    crate::t!(language, "demo-library-illustrative")
}

/// The library's note on what is illustrative as a pack in `language` prints it: the
/// demo's own note in that language (in whichever language it was stored), any other
/// note as the user wrote it.
pub fn library_note_in(note: &str, language: Language) -> String {
    if Language::ALL
        .into_iter()
        .any(|l| demo_illustrative(l) == note)
    {
        demo_illustrative(language)
    } else {
        note.to_string()
    }
}

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
            settings.illustrative = demo_illustrative(settings.language);
        }
        self.save_settings(&settings)?;
        Ok(true)
    }
}

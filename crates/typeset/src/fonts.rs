//! The embedded fonts: which faces exist, their metrics, and which face draws a
//! character (the style's own face, else the fallback face).
//!
//! Fonts are parsed once per process and shared; glyph ids and advance widths of the
//! common scripts (Latin, Greek, Cyrillic, punctuation, arrows) are tabulated up front
//! so measuring text is a table lookup.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::TypesetError;

/// One embedded font face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    SerifRegular,
    SerifItalic,
    SerifBold,
    SerifBoldItalic,
    SansRegular,
    SansItalic,
    SansBold,
    /// DejaVu Sans: used for characters the Noto faces lack (arrows, maths, symbols).
    Fallback,
}

/// Serif for running text, sans-serif for headings, tables and page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Serif,
    Sans,
}

impl Face {
    pub(crate) const ALL: [Face; 8] = [
        Face::SerifRegular,
        Face::SerifItalic,
        Face::SerifBold,
        Face::SerifBoldItalic,
        Face::SansRegular,
        Face::SansItalic,
        Face::SansBold,
        Face::Fallback,
    ];

    /// The face of `family` with the given weight and slant. Noto Sans bold italic
    /// is not embedded; bold is used for it.
    pub(crate) fn select(family: Family, bold: bool, italic: bool) -> Face {
        match (family, bold, italic) {
            (Family::Serif, false, false) => Face::SerifRegular,
            (Family::Serif, false, true) => Face::SerifItalic,
            (Family::Serif, true, false) => Face::SerifBold,
            (Family::Serif, true, true) => Face::SerifBoldItalic,
            (Family::Sans, false, false) => Face::SansRegular,
            (Family::Sans, false, true) => Face::SansItalic,
            (Family::Sans, true, _) => Face::SansBold,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The PDF font resource name. Its first six letters also become the subset tag
    /// (`XXXXXX+NotoSerif-Regular`), so they are six upper-case letters, fixed per
    /// face, which keeps the output reproducible.
    pub(crate) fn resource_name(self) -> &'static str {
        match self {
            Face::SerifRegular => "RBSERR",
            Face::SerifItalic => "RBSERI",
            Face::SerifBold => "RBSERB",
            Face::SerifBoldItalic => "RBSERJ",
            Face::SansRegular => "RBSANR",
            Face::SansItalic => "RBSANI",
            Face::SansBold => "RBSANB",
            Face::Fallback => "RBDJVS",
        }
    }

    fn file(self) -> &'static [u8] {
        match self {
            Face::SerifRegular => include_bytes!("../../../assets/fonts/NotoSerif-Regular.ttf"),
            Face::SerifItalic => include_bytes!("../../../assets/fonts/NotoSerif-Italic.ttf"),
            Face::SerifBold => include_bytes!("../../../assets/fonts/NotoSerif-Bold.ttf"),
            Face::SerifBoldItalic => {
                include_bytes!("../../../assets/fonts/NotoSerif-BoldItalic.ttf")
            }
            Face::SansRegular => include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            Face::SansItalic => include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
            Face::SansBold => include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            Face::Fallback => include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
        }
    }
}

/// Code points below this are tabulated per face at start-up.
const TABLE_LIMIT: u32 = 0x2600;

/// A glyph to draw: which face, which glyph, and its advance in 1/1000 em.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Glyph {
    pub face: Face,
    pub advance: u16,
}

/// One parsed face with its lookup table.
pub(crate) struct FaceData {
    pub parsed: ParsedFont,
    /// For code points `< TABLE_LIMIT`: advance in 1/1000 em, or `u16::MAX` if the
    /// face has no glyph.
    table: Box<[u16]>,
    units_per_em: f32,
}

const NO_GLYPH: u16 = u16::MAX;

impl FaceData {
    fn load(face: Face) -> Result<FaceData, String> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(face.file(), 0, &mut warnings)
            .ok_or_else(|| format!("cannot parse {face:?}: {warnings:?}"))?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let mut data = FaceData {
            parsed,
            table: Box::new([]),
            units_per_em,
        };
        data.table = (0..TABLE_LIMIT)
            .map(|cp| data.lookup_slow(cp).unwrap_or(NO_GLYPH))
            .collect();
        Ok(data)
    }

    /// The advance of `cp` in 1/1000 em, computed exactly as printpdf computes the
    /// `/W` widths (truncated), so that measured and drawn positions agree.
    fn lookup_slow(&self, cp: u32) -> Option<u16> {
        let gid = self.parsed.lookup_glyph_index(cp).filter(|g| *g != 0)?;
        let advance = f32::from(self.parsed.get_horizontal_advance(gid));
        let per_mille = (advance * 1000.0 / self.units_per_em) as i64;
        Some(per_mille.clamp(0, i64::from(NO_GLYPH - 1)) as u16)
    }

    /// The advance of `ch` in 1/1000 em, if this face has a glyph for it.
    fn advance(&self, ch: char) -> Option<u16> {
        let cp = ch as u32;
        if cp < TABLE_LIMIT {
            match self.table.get(cp as usize) {
                Some(&NO_GLYPH) | None => None,
                Some(&a) => Some(a),
            }
        } else {
            self.lookup_slow(cp)
        }
    }
}

/// All embedded faces.
pub(crate) struct Fonts {
    faces: Vec<FaceData>,
}

static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();

/// The process-wide fonts, parsed on first use.
pub(crate) fn fonts() -> Result<&'static Fonts, TypesetError> {
    FONTS
        .get_or_init(|| {
            let faces = Face::ALL
                .iter()
                .map(|f| FaceData::load(*f))
                .collect::<Result<Vec<_>, String>>()?;
            Ok(Fonts { faces })
        })
        .as_ref()
        .map_err(|e| TypesetError::Font(e.clone()))
}

impl Fonts {
    pub(crate) fn face(&self, face: Face) -> &FaceData {
        // `faces` is built from `Face::ALL`, in index order.
        &self.faces[face.index()]
    }

    /// The glyph that draws `ch` in `face`: from `face` itself, else from the
    /// fallback face; `None` if neither has it.
    pub(crate) fn glyph(&self, face: Face, ch: char) -> Option<Glyph> {
        if let Some(advance) = self.face(face).advance(ch) {
            return Some(Glyph { face, advance });
        }
        self.face(Face::Fallback).advance(ch).map(|advance| Glyph {
            face: Face::Fallback,
            advance,
        })
    }

    /// Width in points of `text` in `face` at `size`, using fallback glyphs where
    /// needed; characters without any glyph count as zero (callers check glyphs
    /// separately when building text).
    pub(crate) fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let per_mille: u32 = text
            .chars()
            .filter_map(|c| self.glyph(face, c))
            .map(|g| u32::from(g.advance))
            .sum();
        per_mille as f32 * size / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noto_covers_kazakh_and_typography() {
        let fonts = fonts().unwrap();
        for face in [Face::SerifRegular, Face::SansBold, Face::SerifItalic] {
            for ch in "ӘҒҚҢӨҰҮҺІәғқңөұүһі Жаңаөзен «»“”‘’–—…•№éçÀ".chars()
            {
                assert_eq!(fonts.glyph(face, ch).map(|g| g.face), Some(face), "{ch}");
            }
        }
    }

    #[test]
    fn arrows_fall_back_to_dejavu_and_cjk_is_missing() {
        let fonts = fonts().unwrap();
        assert_eq!(
            fonts.glyph(Face::SerifRegular, '→').map(|g| g.face),
            Some(Face::Fallback)
        );
        assert_eq!(fonts.glyph(Face::SerifRegular, '漢'), None);
        assert_eq!(fonts.glyph(Face::SerifRegular, '🦀'), None);
    }

    #[test]
    fn widths_are_plausible() {
        let fonts = fonts().unwrap();
        let w = fonts.width(Face::SerifRegular, 10.0, "Hello");
        assert!(w > 20.0 && w < 35.0, "{w}");
    }
}

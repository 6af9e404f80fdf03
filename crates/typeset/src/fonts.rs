//! The embedded fonts: which faces exist, their metrics, and which face draws a
//! character (the style's own face, else the fallback face).
//!
//! Fonts are parsed once per process and shared; glyph ids and advance widths of the
//! common scripts (Latin, Greek, Cyrillic, punctuation, arrows) are tabulated up front
//! so measuring text is a table lookup.

use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font::read_cmap_subtable;
use allsorts::font_data::FontData;
use allsorts::tables::cmap::{owned::CmapSubtable, Cmap};
use allsorts::tables::FontTableProvider;
use allsorts::tag;
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
    /// For code points `< TABLE_LIMIT`: the glyph id, 0 if none.
    gids: Box<[u16]>,
    units_per_em: f32,
}

const NO_GLYPH: u16 = u16::MAX;

impl FaceData {
    fn load(face: Face) -> Result<FaceData, String> {
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(face.file(), 0, &mut warnings)
            .ok_or_else(|| format!("cannot parse {face:?}: {warnings:?}"))?;
        parsed.cmap_subtable =
            Some(direct_cmap(face.file()).map_err(|e| format!("{face:?}: {e}"))?);
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let mut data = FaceData {
            parsed,
            table: Box::new([]),
            gids: Box::new([]),
            units_per_em,
        };
        data.gids = (0..TABLE_LIMIT)
            .map(|cp| data.parsed.lookup_glyph_index(cp).unwrap_or(0))
            .collect();
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

    /// The glyph of `ch` in this face (0: none).
    pub(crate) fn glyph_id(&self, ch: char) -> u16 {
        let cp = ch as u32;
        if cp < TABLE_LIMIT {
            self.gids.get(cp as usize).copied().unwrap_or(0)
        } else {
            self.parsed.lookup_glyph_index(cp).unwrap_or(0)
        }
    }

    /// The advance of glyph `gid` in 1/1000 em, as text is measured (and as the
    /// PDF's `/W` widths say).
    pub(crate) fn glyph_advance(&self, gid: u16) -> i64 {
        let advance = f32::from(self.parsed.get_horizontal_advance(gid));
        (advance * 1000.0 / self.units_per_em) as i64
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

/// The face's character map as one array indexed by code point (`cmap` format 10,
/// from 0 to the highest mapped code point; 0 = no glyph).
///
/// printpdf looks every character of every text run up in the face's `cmap`, twice
/// (collecting the glyphs to subset, then writing the content stream). The fonts' own
/// map is format 12, which allsorts searches group by group from the start: Latin is
/// found at once, Cyrillic hundreds of groups later, so a pack set in Russian took
/// 10–15 % longer to write than the same pack in Latin letters. An array is one load
/// for every script, and maps exactly the same characters to the same glyphs.
fn direct_cmap(file: &[u8]) -> Result<CmapSubtable, String> {
    let font = ReadScope::new(file)
        .read::<FontData<'_>>()
        .map_err(|e| e.to_string())?;
    let provider = font.table_provider(0).map_err(|e| e.to_string())?;
    let cmap_data = provider
        .read_table_data(tag::CMAP)
        .map_err(|e| e.to_string())?;
    let cmap = ReadScope::new(&cmap_data)
        .read::<Cmap<'_>>()
        .map_err(|e| e.to_string())?;
    let (_, subtable) = read_cmap_subtable(&cmap)
        .map_err(|e| e.to_string())?
        .ok_or("no Unicode character map")?;
    let mut glyphs: Vec<u16> = Vec::new();
    subtable
        .mappings_fn(|cp, gid| {
            let Ok(i) = usize::try_from(cp) else { return };
            if gid == 0 || cp > 0x10_FFFF {
                return;
            }
            if glyphs.len() <= i {
                glyphs.resize(i + 1, 0);
            }
            glyphs[i] = gid;
        })
        .map_err(|e| e.to_string())?;
    Ok(CmapSubtable::Format10 {
        language: 0,
        start_char_code: 0,
        glyph_id_array: glyphs,
    })
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
    fn the_direct_character_map_maps_what_the_font_maps() {
        let fonts = fonts().unwrap();
        for face in Face::ALL {
            let mut warnings = Vec::new();
            let original = ParsedFont::from_bytes(face.file(), 0, &mut warnings).unwrap();
            let ours = &fonts.face(face).parsed;
            let mut mapped = 0;
            for cp in 0..0x2_0000u32 {
                let want = original.lookup_glyph_index(cp).filter(|g| *g != 0);
                let got = ours.lookup_glyph_index(cp).filter(|g| *g != 0);
                assert_eq!(got, want, "{face:?} U+{cp:04X}");
                mapped += usize::from(want.is_some());
            }
            assert!(mapped > 2000, "{face:?} maps only {mapped} characters");
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

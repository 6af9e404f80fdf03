//! Embedded fonts: which glyphs the pages use, their ids in the subset fonts, and the
//! font objects (Type0 / CIDFontType2, Identity-H, `/W` widths, ToUnicode).
//!
//! The subset font program comes from printpdf (`subset_font`, on allsorts), which
//! numbers the glyphs it keeps by their position in the list it is given: .notdef,
//! then the used glyphs in ascending order of their original ids. [`GlyphMap`]
//! computes the same numbering before the subset exists, so page content can be
//! written while the fonts are being subset; [`subset`] checks that the numbering
//! agrees.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::FontId;

use super::links::name;
use super::streams::deflate;
use crate::error::TypesetError;
use crate::fonts::{Face, Fonts};
use crate::layout::{Draw, PageLayout};

/// Per face: each glyph used (original id) with the text it stands for.
pub(super) type Usage = Vec<(Face, BTreeMap<u16, String>)>;

/// The glyphs the pages of `layout` show, per face (faces in `Face::ALL` order).
pub(super) fn glyph_usage(pages: &[PageLayout], fonts: &Fonts) -> Usage {
    let mut used: Vec<BTreeMap<u16, String>> = vec![BTreeMap::new(); Face::ALL.len()];
    // Most glyphs come back again and again: a seen-bit per glyph and face is
    // cheaper than a map lookup per character.
    let mut seen: Vec<Vec<bool>> = vec![Vec::new(); Face::ALL.len()];
    for page in pages {
        for d in &page.draws {
            let Draw::Text { face, text, .. } = d else {
                continue;
            };
            let data = fonts.face(*face);
            let i = face.index();
            for ch in text.chars() {
                let gid = data.glyph_id(ch);
                if gid == 0 {
                    continue;
                }
                let seen = &mut seen[i];
                if seen.len() <= gid as usize {
                    seen.resize(gid as usize + 1, false);
                }
                if !seen[gid as usize] {
                    seen[gid as usize] = true;
                    used[i].insert(gid, ch.to_string());
                }
            }
        }
    }
    Face::ALL
        .iter()
        .zip(used)
        .filter(|(_, glyphs)| !glyphs.is_empty())
        .map(|(face, glyphs)| (*face, glyphs))
        .collect()
}

/// Original glyph id → glyph id in the subset, per face.
pub(super) struct GlyphMap {
    codes: Vec<Vec<u16>>,
}

impl GlyphMap {
    pub(super) fn new(usage: &Usage) -> GlyphMap {
        let mut codes = vec![Vec::new(); Face::ALL.len()];
        for (face, glyphs) in usage {
            let max = glyphs.keys().next_back().copied().unwrap_or(0);
            let mut map = vec![0u16; usize::from(max) + 1];
            // .notdef is glyph 0 of the subset; the used glyphs follow in order.
            for (i, gid) in glyphs.keys().enumerate() {
                map[usize::from(*gid)] = (i + 1) as u16;
            }
            codes[face.index()] = map;
        }
        GlyphMap { codes }
    }

    /// The code (subset glyph id) that shows original glyph `gid` of `face`; 0
    /// (.notdef) for a glyph that is not in the subset.
    pub(super) fn code(&self, face: Face, gid: u16) -> u16 {
        self.codes[face.index()]
            .get(usize::from(gid))
            .copied()
            .unwrap_or(0)
    }
}

/// A subset face, ready to be written.
pub(super) struct SubsetFace {
    face: Face,
    /// The font program, deflated, and its length before.
    program: Vec<u8>,
    program_length: usize,
    /// The ToUnicode CMap, deflated.
    to_unicode: Vec<u8>,
    /// `/W`: runs of consecutive codes with their widths.
    widths: Vec<Object>,
}

/// Subsets `face` to `glyphs` (original ids with their text).
pub(super) fn subset(
    fonts: &Fonts,
    face: Face,
    glyphs: &BTreeMap<u16, String>,
) -> Result<SubsetFace, TypesetError> {
    let data = fonts.face(face);
    let subset = printpdf::subset_font(&data.parsed, glyphs)
        .map_err(|e| TypesetError::Pdf(format!("subsetting {face:?}: {e}")))?;
    // The numbering the content was written with must be the subset's.
    for (i, gid) in glyphs.keys().enumerate() {
        let expected = (i + 1) as u16;
        match subset.glyph_mapping.get(gid) {
            Some((code, _)) if *code == expected => {}
            _ => {
                return Err(TypesetError::Pdf(format!(
                    "subset of {face:?} numbers glyph {gid} differently"
                )))
            }
        }
    }
    let coded: Vec<(u16, String)> = glyphs
        .values()
        .enumerate()
        .map(|(i, text)| ((i + 1) as u16, text.clone()))
        .collect();
    let cmap = printpdf::generate_cmap_string(
        &data.parsed,
        &FontId(face.resource_name().to_string()),
        &coded,
    );
    // `/W`: the codes are consecutive from 1, so one run.
    let widths = vec![
        Object::Integer(1),
        Object::Array(
            glyphs
                .keys()
                .map(|gid| Object::Integer(data.glyph_advance(*gid)))
                .collect(),
        ),
    ];
    Ok(SubsetFace {
        face,
        program: deflate(&subset.bytes),
        program_length: subset.bytes.len(),
        to_unicode: deflate(cmap.as_bytes()),
        widths,
    })
}

fn deflated_stream(dict: Dictionary, bytes: Vec<u8>) -> Stream {
    let mut dict = dict;
    dict.set("Filter", name("FlateDecode"));
    Stream::new(dict, bytes).with_compression(false)
}

/// Writes the font objects of `subset`; returns the Type0 font's id.
pub(super) fn add_font(lo: &mut lopdf::Document, fonts: &Fonts, subset: SubsetFace) -> ObjectId {
    let parsed = &fonts.face(subset.face).parsed;
    let font_name = parsed
        .font_name
        .clone()
        .unwrap_or_else(|| subset.face.resource_name().to_string());
    // The subset tag: six upper-case letters, fixed per face.
    let tag = subset.face.resource_name().get(0..6).unwrap_or("RBFONT");
    let base = format!("{tag}+{font_name}");

    let m = &parsed.pdf_font_metrics;
    let upm = f32::from(m.units_per_em.max(1));
    let scale = 1000.0 / upm;
    let scaled = |v: f32| Object::Integer((v * scale).round() as i64);
    let ascent = parsed.font_metrics.ascent;
    let descent = parsed.font_metrics.descent;
    let cap_height = parsed.font_metrics.cap_height.unwrap_or(ascent);
    let italic_angle = if m.caret_slope_rise == 0 {
        0
    } else {
        (-f32::from(m.caret_slope_run)
            .atan2(f32::from(m.caret_slope_rise))
            .to_degrees())
        .round() as i64
    };
    // Non-symbolic, and italic when slanted.
    let flags = (1 << 5) | if italic_angle != 0 { 1 << 6 } else { 0 };
    let stem_v = if m.us_weight_class == 0 {
        80
    } else {
        50 + (f32::from(m.us_weight_class) / 65.0).powi(2).round() as i64
    };

    let program = lo.add_object(deflated_stream(
        Dictionary::from_iter(vec![(
            "Length1",
            Object::Integer(subset.program_length as i64),
        )]),
        subset.program,
    ));
    let descriptor = lo.add_object(Dictionary::from_iter(vec![
        ("Type", name("FontDescriptor")),
        ("FontName", name(&base)),
        ("Ascent", scaled(ascent)),
        ("Descent", scaled(descent)),
        ("CapHeight", scaled(cap_height)),
        ("ItalicAngle", Object::Integer(italic_angle)),
        ("Flags", Object::Integer(flags)),
        ("StemV", Object::Integer(stem_v)),
        (
            "FontBBox",
            Object::Array(vec![
                scaled(f32::from(m.x_min)),
                scaled(f32::from(m.y_min)),
                scaled(f32::from(m.x_max)),
                scaled(f32::from(m.y_max)),
            ]),
        ),
        ("FontFile2", Object::Reference(program)),
    ]));
    let to_unicode = lo.add_object(deflated_stream(Dictionary::new(), subset.to_unicode));
    let literal = |s: &str| Object::String(s.as_bytes().to_vec(), StringFormat::Literal);
    let descendant = Dictionary::from_iter(vec![
        ("Type", name("Font")),
        ("Subtype", name("CIDFontType2")),
        ("BaseFont", name(&base)),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter(vec![
                ("Registry", literal("Adobe")),
                ("Ordering", literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("W", Object::Array(subset.widths)),
        ("DW", Object::Integer(1000)),
        ("FontDescriptor", Object::Reference(descriptor)),
        ("CIDToGIDMap", name("Identity")),
    ]);
    lo.add_object(Dictionary::from_iter(vec![
        ("Type", name("Font")),
        ("Subtype", name("Type0")),
        ("BaseFont", name(&base)),
        ("Encoding", name("Identity-H")),
        ("ToUnicode", Object::Reference(to_unicode)),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Dictionary(descendant)]),
        ),
    ]))
}

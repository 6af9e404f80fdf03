//! The look of the document in one place: page geometry, type sizes, spacing, colours.
//!
//! All lengths are PDF points (1/72 in).

use crate::fonts::{Face, Family};
use crate::model::{Ink, Paper, ParaStyle, Tone};

/// An RGB colour, components 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    const fn hex(v: u32) -> Rgb {
        Rgb(
            ((v >> 16) & 0xff) as f32 / 255.0,
            ((v >> 8) & 0xff) as f32 / 255.0,
            (v & 0xff) as f32 / 255.0,
        )
    }
}

pub(crate) const INK: Rgb = Rgb::hex(0x1d2129);
pub(crate) const MUTED: Rgb = Rgb::hex(0x5b6472);
pub(crate) const ACCENT: Rgb = Rgb::hex(0x1f3a5f);
pub(crate) const ACCENT_SOFT: Rgb = Rgb::hex(0x9fb2c8);
pub(crate) const RULE: Rgb = Rgb::hex(0xc8ced6);
pub(crate) const LINK: Rgb = Rgb::hex(0x1d4f8c);
pub(crate) const TABLE_HEAD: Rgb = Rgb::hex(0xe4eaf1);
pub(crate) const ZEBRA: Rgb = Rgb::hex(0xf4f6f9);
pub(crate) const WHITE: Rgb = Rgb::hex(0xffffff);
pub(crate) const WARNING: Rgb = Rgb::hex(0x9b2226);
/// The band across the top of every page (e.g. "Illustrative").
pub(crate) const BAND: Rgb = Rgb::hex(0xf6e7b0);
pub(crate) const BAND_TEXT: Rgb = Rgb::hex(0x5c4305);
pub(crate) const BAND_SIZE: f32 = 7.5;

/// Text colour for a span coloured with `tone`.
pub(crate) fn tone_text(tone: Tone) -> Rgb {
    match tone {
        Tone::Red => Rgb::hex(0xa8322d),
        Tone::Amber => Rgb::hex(0x8a5a00),
        Tone::Green => Rgb::hex(0x2e6b3f),
        Tone::DarkRed => Rgb::hex(0x7a1c1c),
        Tone::Grey => MUTED,
        Tone::Blue => ACCENT,
    }
}

/// Fill and text colour of a badge.
pub(crate) fn badge_colors(tone: Tone) -> (Rgb, Rgb) {
    match tone {
        Tone::Red => (Rgb::hex(0xb9443e), WHITE),
        Tone::Amber => (Rgb::hex(0xe3a83e), Rgb::hex(0x3b2a06)),
        Tone::Green => (Rgb::hex(0x3f7d52), WHITE),
        Tone::DarkRed => (Rgb::hex(0x6e1a1d), WHITE),
        Tone::Grey => (Rgb::hex(0x868d97), WHITE),
        Tone::Blue => (Rgb::hex(0x2f5d8a), WHITE),
    }
}

/// Background tint and accent bar colour of a callout.
pub(crate) fn callout_colors(tone: Tone) -> (Rgb, Rgb) {
    match tone {
        Tone::Red => (Rgb::hex(0xf8ebea), Rgb::hex(0xb9443e)),
        Tone::Amber => (Rgb::hex(0xfbf3e2), Rgb::hex(0xd39a2c)),
        Tone::Green => (Rgb::hex(0xecf4ee), Rgb::hex(0x3f7d52)),
        Tone::DarkRed => (Rgb::hex(0xf3e6e6), Rgb::hex(0x6e1a1d)),
        Tone::Grey => (Rgb::hex(0xf1f2f4), Rgb::hex(0x868d97)),
        Tone::Blue => (Rgb::hex(0xedf2f8), ACCENT),
    }
}

/// The colour of a figure's `ink`: for text when `text` is set (tones then take
/// the shade coloured text uses), else for fills and lines.
pub(crate) fn ink(ink: Ink, text: bool) -> Rgb {
    match ink {
        Ink::Tone(tone) if text => tone_text(tone),
        Ink::Tone(tone) => badge_colors(tone).0,
        Ink::Tint(tone) => callout_colors(tone).0,
        Ink::Text => INK,
        Ink::Muted => MUTED,
        Ink::Rule => RULE,
        Ink::White => WHITE,
        Ink::Grey(level) => {
            let v = if level.is_nan() {
                0.5
            } else {
                level.clamp(0.0, 1.0)
            };
            Rgb(v, v, v)
        }
    }
}

/// Page size and the text area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PageGeometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl PageGeometry {
    pub(crate) fn for_paper(paper: Paper) -> PageGeometry {
        let (width, height) = match paper {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        };
        PageGeometry {
            width,
            height,
            left: 70.0,
            right: 70.0,
            top: 78.0,
            bottom: 72.0,
        }
    }

    pub(crate) fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// Bottom edge of the text area, measured from the top of the page.
    pub(crate) fn body_bottom(&self) -> f32 {
        self.height - self.bottom
    }

    pub(crate) fn body_height(&self) -> f32 {
        self.body_bottom() - self.top
    }

    /// Baseline of the running header, from the top.
    pub(crate) fn header_baseline(&self) -> f32 {
        48.0
    }

    /// Baseline of the running footer, from the top.
    pub(crate) fn footer_baseline(&self) -> f32 {
        self.height - 40.0
    }
}

/// Type and spacing of a paragraph style.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ParaLook {
    pub family: Family,
    pub italic: bool,
    pub bold: bool,
    pub size: f32,
    pub leading: f32,
    pub color: Rgb,
    pub space_after: f32,
    pub indent: f32,
    pub tracking: f32,
    pub uppercase: bool,
}

pub(crate) fn para_look(style: ParaStyle) -> ParaLook {
    let body = ParaLook {
        family: Family::Serif,
        italic: false,
        bold: false,
        size: 10.0,
        leading: 14.0,
        color: INK,
        space_after: 7.0,
        indent: 0.0,
        tracking: 0.0,
        uppercase: false,
    };
    match style {
        ParaStyle::Body => body,
        ParaStyle::Lead => ParaLook {
            size: 11.5,
            leading: 16.5,
            color: Rgb::hex(0x2b3340),
            space_after: 10.0,
            ..body
        },
        ParaStyle::Small => ParaLook {
            size: 8.5,
            leading: 11.5,
            space_after: 4.0,
            ..body
        },
        ParaStyle::Quote => ParaLook {
            italic: true,
            color: Rgb::hex(0x2b3340),
            indent: QUOTE_INDENT,
            space_after: 9.0,
            ..body
        },
        ParaStyle::Muted => ParaLook {
            size: 9.5,
            leading: 13.0,
            color: MUTED,
            ..body
        },
        ParaStyle::Label => ParaLook {
            family: Family::Sans,
            bold: true,
            size: 7.5,
            leading: 10.0,
            color: ACCENT,
            space_after: 3.0,
            tracking: 0.6,
            uppercase: true,
            ..body
        },
    }
}

pub(crate) const QUOTE_INDENT: f32 = 16.0;
pub(crate) const QUOTE_RULE_WIDTH: f32 = 1.5;

/// Heading look: (face, size, leading, colour, space before, space after).
pub(crate) struct HeadingLook {
    pub face: Face,
    pub size: f32,
    pub leading: f32,
    pub color: Rgb,
    pub space_before: f32,
    pub space_after: f32,
    /// A thin rule under the heading.
    pub rule: bool,
}

pub(crate) fn heading_look(level: u8) -> HeadingLook {
    match level {
        0 | 1 => HeadingLook {
            face: Face::SansBold,
            size: 15.0,
            leading: 19.0,
            color: ACCENT,
            space_before: 20.0,
            space_after: 10.0,
            rule: true,
        },
        2 => HeadingLook {
            face: Face::SansBold,
            size: 11.5,
            leading: 15.0,
            color: ACCENT,
            space_before: 14.0,
            space_after: 5.0,
            rule: false,
        },
        _ => HeadingLook {
            face: Face::SansBold,
            size: 10.0,
            leading: 13.5,
            color: INK,
            space_before: 10.0,
            space_after: 3.0,
            rule: false,
        },
    }
}

// Lists.
pub(crate) const LIST_MARKER_WIDTH: f32 = 18.0;
pub(crate) const LIST_ITEM_GAP: f32 = 3.0;

// Tables.
pub(crate) const TABLE_SIZE: f32 = 8.5;
pub(crate) const TABLE_LEADING: f32 = 11.5;
pub(crate) const TABLE_HEAD_SIZE: f32 = 8.0;
pub(crate) const CELL_PAD_X: f32 = 5.0;
pub(crate) const CELL_PAD_Y: f32 = 4.5;
pub(crate) const TABLE_SPACE_AFTER: f32 = 12.0;
pub(crate) const MIN_COLUMN_WIDTH: f32 = 24.0;

// Badges.
pub(crate) const BADGE_SIZE: f32 = 7.0;
pub(crate) const BADGE_LEADING: f32 = 8.5;
pub(crate) const BADGE_PAD_X: f32 = 4.5;
pub(crate) const BADGE_PAD_Y: f32 = 2.5;
pub(crate) const BADGE_RADIUS: f32 = 3.0;

// Callouts.
pub(crate) const CALLOUT_PAD: f32 = 11.0;
pub(crate) const CALLOUT_BAR: f32 = 3.0;
pub(crate) const CALLOUT_SPACE_AFTER: f32 = 12.0;

// Figures.
pub(crate) const FIGURE_SPACE_BEFORE: f32 = 4.0;
pub(crate) const FIGURE_SPACE_AFTER: f32 = 12.0;

// Contents.
pub(crate) const CONTENTS_NUMBER_WIDTH: f32 = 30.0;
pub(crate) const CONTENTS_INDENT: f32 = 16.0;

// Running header and footer.
pub(crate) const RUNNING_SIZE: f32 = 7.5;

/// Superscripts: size factor and rise (fraction of the base size).
pub(crate) const SUPERSCRIPT_SCALE: f32 = 0.68;
pub(crate) const SUPERSCRIPT_RISE: f32 = 0.36;

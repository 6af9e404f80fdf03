//! The errors `layout` and `render` can return. The crate never panics on user data.

/// Why a document could not be typeset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypesetError {
    /// No embedded font (neither the style's own font nor the fallback font) has a
    /// glyph for `ch`. `text` is the text it occurs in (shortened if long).
    #[error("no font has a glyph for {ch:?} (U+{code:04X}) in \"{text}\"", code = *ch as u32)]
    MissingGlyph {
        /// The character without a glyph.
        ch: char,
        /// Where it occurs.
        text: String,
    },
    /// A [`crate::Link::Anchor`] names an anchor that no heading carries.
    #[error("link to unknown anchor \"{anchor}\"")]
    BadAnchor {
        /// The anchor that was asked for.
        anchor: String,
    },
    /// Two headings carry the same anchor.
    #[error("anchor \"{anchor}\" is used by more than one heading")]
    DuplicateAnchor {
        /// The anchor used twice.
        anchor: String,
    },
    /// A table is malformed (e.g. no columns, or a row with more cells than columns).
    #[error("bad table: {reason}")]
    BadTable {
        /// What is wrong with it.
        reason: String,
    },
    /// A [`crate::Figure`] has no text alternative (`alt` is empty or blank): a tagged
    /// PDF must say what each figure shows for readers who cannot see it.
    #[error("a figure {place} has no text alternative (its `alt` is empty)")]
    FigureWithoutAlt {
        /// Where it is: after which heading.
        place: String,
    },
    /// `Meta::creation_date` is not an RFC 3339 date-time such as
    /// `2012-04-10T09:30:00+02:00` (checked by `render`; `layout` does not use it).
    #[error("creation date \"{value}\" is not an RFC 3339 date-time")]
    BadDate {
        /// The value given.
        value: String,
    },
    /// An embedded font could not be read.
    #[error("font: {0}")]
    Font(String),
    /// The PDF could not be written.
    #[error("pdf: {0}")]
    Pdf(String),
}

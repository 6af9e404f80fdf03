//! The document model: what callers build and hand to [`crate::layout`] / [`crate::render`].
//!
//! Nothing here knows about negotiations or benchmarks; it is a generic document of
//! blocks (headings, paragraphs, lists, tables, callouts, figures) with a cover page
//! and running header and footer.

/// Paper size of every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm (the default).
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

/// Document metadata, written to the PDF's document information dictionary and XMP.
///
/// The crate never reads the clock: `creation_date` is given by the caller, and
/// `document_id` is used for the PDF `/ID` and the XMP ids, so the same document
/// always produces the same bytes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// Document title (shown by PDF viewers in the title bar).
    pub title: String,
    /// Subject / description.
    pub subject: String,
    /// Author(s), e.g. the preparing organisations.
    pub author: String,
    /// Keywords, comma separated.
    pub keywords: String,
    /// Creation date-time, RFC 3339, e.g. `2012-04-10T09:30:00+02:00` or `…Z`.
    /// An empty string writes no date.
    pub creation_date: String,
    /// A stable identifier of this document (e.g. a UUID), for `/ID` and XMP ids.
    pub document_id: String,
    /// Natural language of the text as a BCP 47 tag (e.g. `en`, `ru`); written as
    /// the catalog `/Lang`. Empty means `en`.
    pub language: String,
}

/// How the audience marking on the cover is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MarkingKind {
    /// A calm framed label (e.g. "For EU officials").
    #[default]
    Neutral,
    /// A red label for restricted material (e.g. "Internal — do not distribute").
    Warning,
}

/// The cover: a page of its own, without header and footer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cover {
    /// Small line above the title, e.g. "Briefing pack".
    pub eyebrow: String,
    /// The main title, e.g. the negotiation.
    pub title: String,
    /// Below the title, e.g. the round.
    pub subtitle: String,
    /// Label → value pairs, e.g. ("Round date", "10 April 2012").
    pub details: Vec<(String, String)>,
    /// Audience marking, e.g. "For EU officials".
    pub marking: String,
    /// How the marking is shown.
    pub marking_kind: MarkingKind,
}

/// Running text on every page after the cover: one string on the left, one on the right.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Running {
    /// Left-aligned text.
    pub left: String,
    /// Right-aligned text. In the footer this is ignored: the right side of the
    /// footer is always "Page X of Y".
    pub right: String,
}

/// A whole document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Metadata for the PDF.
    pub meta: Meta,
    /// Paper size.
    pub paper: Paper,
    /// Optional cover page(s), without header and footer.
    pub cover: Option<Cover>,
    /// Header on every page after the cover (left and right text, thin rule below).
    pub header: Running,
    /// Footer on every page after the cover: `left` (e.g. the audience marking; shown
    /// in red when the cover's marking is a [`MarkingKind::Warning`]) and, always on
    /// the right, "Page X of Y" (X = physical page number, Y = total pages including
    /// the cover).
    pub footer: Running,
    /// The content, in order.
    pub body: Vec<Block>,
    /// The page number in the footer, with `{page}` and `{pages}` where the numbers go
    /// ("Page {page} of {pages}", "Страница {page} из {pages}"). Empty: the English one.
    pub page_label: String,
    /// A notice printed in a tinted band across the top of every page, the cover
    /// included (e.g. "Illustrative: this pack contains example material").
    pub band: Option<String>,
}

/// One block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading. Level 1 and 2 headings become PDF bookmarks (nested) and contents
    /// entries. A heading is never left alone at the bottom of a page.
    Heading {
        /// 1 (section), 2 (subsection) or 3 (minor heading); other values are clamped.
        level: u8,
        /// The heading text.
        text: String,
        /// Name that [`Link::Anchor`] can point to.
        anchor: Option<String>,
        /// Start a new page before this heading.
        page_break_before: bool,
        /// The language of the heading's text (BCP 47) when it is not the document's:
        /// the heading element gets a `/Lang` of its own.
        lang: Option<String>,
    },
    /// A paragraph of styled text.
    Paragraph(Paragraph),
    /// A bulleted or numbered list; each item is a run of spans.
    List {
        /// The items.
        items: Vec<Vec<Span>>,
        /// Numbered (1., 2., …) instead of bullets.
        numbered: bool,
    },
    /// A table; long tables continue on the next page with the header row repeated.
    Table(Table),
    /// A tinted box holding other blocks (e.g. "Asks for this round").
    Callout {
        /// Colour of the box.
        tone: Tone,
        /// Optional bold title at the top of the box.
        title: Option<String>,
        /// The content. `Contents` and `PageBreak` are ignored inside a callout.
        blocks: Vec<Block>,
    },
    /// A vector drawing (a chart, a status grid, a timeline), kept on one page.
    Figure(Figure),
    /// The table of contents: one entry per level-1 heading (level-2 indented), with
    /// dot leaders and page numbers; each entry links to its heading.
    Contents,
    /// Vertical space in points.
    Spacer(f32),
    /// A thin horizontal rule.
    Rule,
    /// Start a new page.
    PageBreak,
}

/// A paragraph: spans in one style.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paragraph {
    /// The text.
    pub spans: Vec<Span>,
    /// The paragraph style.
    pub style: ParaStyle,
}

/// Paragraph styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParaStyle {
    /// Body text (serif, 10 pt).
    #[default]
    Body,
    /// Larger introductory text.
    Lead,
    /// Small print (notes, captions).
    Small,
    /// An indented italic quotation with a rule on its left.
    Quote,
    /// Grey secondary text.
    Muted,
    /// A small uppercase sans-serif label placed above things.
    Label,
}

/// A run of text with one style and an optional link.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Span {
    /// The text. `\n` forces a line break.
    pub text: String,
    /// Bold, italic, colour, superscript.
    pub style: SpanStyle,
    /// Makes the text a link.
    pub link: Option<Link>,
    /// The language of the text (BCP 47, e.g. `en`) when it is not the document's
    /// ([`Meta::language`]): a passage left untranslated. The tagged PDF gives it
    /// its own structure element with `/Lang`, so screen readers switch voice.
    /// `None`: the document's language.
    pub lang: Option<String>,
}

/// Character style of a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpanStyle {
    /// Bold weight.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Text colour; `None` is the style's own colour.
    pub color: Option<Tone>,
    /// Small raised text, for note numbers.
    pub superscript: bool,
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// An external URI (clickable URI link annotation).
    Url(String),
    /// The page of the heading whose `anchor` is this name (internal GoTo link).
    Anchor(String),
}

/// A table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The columns, with header text, relative width and alignment.
    pub columns: Vec<Column>,
    /// The rows. A row may have fewer cells than there are columns (the rest are
    /// empty), not more.
    pub rows: Vec<Row>,
    /// Grid lines or plain rules.
    pub style: TableStyle,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Column {
    /// Text of the header row.
    pub header: String,
    /// Relative width (weights are normalised over all columns; ≤ 0 counts as 1).
    pub width: f32,
    /// Horizontal alignment of the cells (and the header).
    pub align: Align,
}

/// Horizontal alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Left (the default).
    #[default]
    Left,
    /// Centred.
    Center,
    /// Right.
    Right,
}

/// A table row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// The cells, left to right.
    pub cells: Vec<Cell>,
}

/// A table cell: text and/or a badge.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Text of the cell.
    pub spans: Vec<Span>,
    /// A small coloured label shown above the text (e.g. a status).
    pub badge: Option<Badge>,
}

/// A small coloured rounded label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    /// The label text.
    pub text: String,
    /// Its colour.
    pub tone: Tone,
}

/// A named colour from the document palette (muted, print-friendly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    /// Muted red (e.g. "not met").
    Red,
    /// Amber (e.g. "partially met").
    Amber,
    /// Green (e.g. "met").
    Green,
    /// Dark red (e.g. "regressed").
    DarkRed,
    /// Grey (e.g. "no data").
    Grey,
    /// The accent blue.
    #[default]
    Blue,
}

/// A vector drawing of fixed height across the text width (or a given width), with
/// a text alternative. It is never split: if it does not fit on the rest of the page
/// it starts the next one.
///
/// Coordinates are points from the figure's top-left corner, y growing downwards.
/// Marks are clipped to the figure's box, so a mark computed wrongly can never spill
/// onto the text around it; a mark with a coordinate or size that is not a finite
/// number (or a size ≤ 0) is not drawn.
///
/// A figure wider than the space it is in (the text width, or the inside of a
/// callout) or taller than a page's text area is scaled down as a whole, keeping its
/// proportions, so that it fits. A figure whose height or width is not a positive
/// number is left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figure {
    /// The width in points; `None` is the full width available (the text width, or
    /// the inside of a callout).
    pub width: Option<f32>,
    /// The height in points.
    pub height: f32,
    /// What to draw, in order (later marks are drawn over earlier ones).
    pub marks: Vec<Mark>,
    /// A text alternative describing what the figure shows, for readers who cannot
    /// see it. It is kept for tagging and is not printed. Required: a figure whose
    /// `alt` is blank is an error ([`crate::TypesetError::FigureWithoutAlt`]).
    pub alt: String,
}

/// One thing drawn in a [`Figure`]. Coordinates are relative to the figure's
/// top-left corner, y down.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A rectangle with its top-left corner at (`x`, `y`), filled and/or outlined.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width (a negative width extends to the left of `x`).
        w: f32,
        /// Height (a negative height extends above `y`).
        h: f32,
        /// Fill colour, if filled.
        fill: Option<Ink>,
        /// Outline, if outlined.
        stroke: Option<Stroke>,
    },
    /// A straight line from (`x1`, `y1`) to (`x2`, `y2`).
    Line {
        /// Start, x.
        x1: f32,
        /// Start, y.
        y1: f32,
        /// End, x.
        x2: f32,
        /// End, y.
        y2: f32,
        /// How the line is drawn.
        stroke: Stroke,
    },
    /// A small symbol centred on (`x`, `y`), `size` points across: a shape that
    /// tells categories apart in black and white too, beside colour.
    Symbol {
        /// Centre, x.
        x: f32,
        /// Centre, y.
        y: f32,
        /// Width and height of the symbol.
        size: f32,
        /// The shape.
        shape: Shape,
        /// Fill colour, if filled. A [`Shape::Cross`] is drawn with its stroke, or
        /// with lines of this colour if it has no stroke.
        fill: Option<Ink>,
        /// Outline, if outlined.
        stroke: Option<Stroke>,
    },
    /// One line of text in the sans-serif face of tables and labels (`\n` counts
    /// as a space). The baseline is at `y`; `x` is where the text starts for
    /// [`Align::Left`], where it ends for [`Align::Right`] and its middle for
    /// [`Align::Center`]. Use [`crate::text_width`] to fit labels.
    Text {
        /// Horizontal anchor (see `align`).
        x: f32,
        /// Baseline.
        y: f32,
        /// The text.
        text: String,
        /// Type size in points.
        size: f32,
        /// Bold weight.
        bold: bool,
        /// How the text sits on `x`.
        align: Align,
        /// Colour.
        ink: Ink,
    },
}

/// The shape of a [`Mark::Symbol`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    /// A disc or ring.
    #[default]
    Circle,
    /// A square.
    Square,
    /// A triangle pointing up.
    Triangle,
    /// A square standing on a corner.
    Diamond,
    /// A diagonal cross (×).
    Cross,
}

/// How a line or an outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub ink: Ink,
    /// Line width in points (values that are not positive numbers draw nothing).
    pub width: f32,
    /// Dashes of this length with gaps as long; `None` is a solid line.
    pub dash: Option<f32>,
}

/// A colour of a [`Figure`], from the document palette.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Ink {
    /// The colour of a tone as badges show it (for text: the darker shade coloured
    /// text uses, legible on white).
    Tone(Tone),
    /// The pale tint of a tone, as callouts show it (for backgrounds and bands).
    Tint(Tone),
    /// The body text colour.
    #[default]
    Text,
    /// The grey of secondary text.
    Muted,
    /// The light grey of rules and table lines.
    Rule,
    /// White (e.g. labels on a coloured bar).
    White,
    /// A neutral grey from 0.0 (black) to 1.0 (white); out-of-range values are
    /// clamped, a value that is not a number is mid grey.
    Grey(f32),
}

/// How table cells are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TableStyle {
    /// Thin lines around every cell.
    Grid,
    /// Horizontal rules between rows and zebra shading.
    #[default]
    Plain,
}

impl Span {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            style: SpanStyle {
                bold: true,
                ..SpanStyle::default()
            },
            link: None,
            lang: None,
        }
    }

    /// Italic text.
    pub fn italic(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            style: SpanStyle {
                italic: true,
                ..SpanStyle::default()
            },
            link: None,
            lang: None,
        }
    }

    /// Text linking to a URL.
    pub fn url(text: impl Into<String>, url: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            style: SpanStyle::default(),
            link: Some(Link::Url(url.into())),
            lang: None,
        }
    }

    /// Text linking to the heading with `anchor`.
    pub fn anchor(text: impl Into<String>, anchor: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            style: SpanStyle::default(),
            link: Some(Link::Anchor(anchor.into())),
            lang: None,
        }
    }

    /// A superscript note number, e.g. `Span::note(3)`.
    pub fn note(number: impl std::fmt::Display) -> Self {
        Span {
            text: number.to_string(),
            style: SpanStyle {
                superscript: true,
                ..SpanStyle::default()
            },
            link: None,
            lang: None,
        }
    }

    /// The same span in another colour.
    pub fn colored(mut self, tone: Tone) -> Self {
        self.style.color = Some(tone);
        self
    }

    /// The same span, in the language `lang` (see [`Span::lang`]).
    pub fn in_language(mut self, lang: impl Into<String>) -> Self {
        self.lang = Some(lang.into());
        self
    }

    /// The same span, linked to the heading with `anchor`.
    pub fn linked_to(mut self, anchor: impl Into<String>) -> Self {
        self.link = Some(Link::Anchor(anchor.into()));
        self
    }
}

impl Paragraph {
    /// A paragraph in `style`.
    pub fn new(style: ParaStyle, spans: Vec<Span>) -> Self {
        Paragraph { spans, style }
    }

    /// A body paragraph.
    pub fn body(spans: Vec<Span>) -> Self {
        Paragraph::new(ParaStyle::Body, spans)
    }

    /// A paragraph of plain text in `style`.
    pub fn text(style: ParaStyle, text: impl Into<String>) -> Self {
        Paragraph::new(style, vec![Span::plain(text)])
    }
}

impl Block {
    /// A heading without anchor or page break.
    pub fn heading(level: u8, text: impl Into<String>) -> Self {
        Block::Heading {
            level,
            text: text.into(),
            anchor: None,
            page_break_before: false,
            lang: None,
        }
    }

    /// A body paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Block::Paragraph(Paragraph::text(ParaStyle::Body, text))
    }

    /// A body paragraph of spans.
    pub fn paragraph(spans: Vec<Span>) -> Self {
        Block::Paragraph(Paragraph::body(spans))
    }
}

impl Column {
    /// A left-aligned column.
    pub fn new(header: impl Into<String>, width: f32) -> Self {
        Column {
            header: header.into(),
            width,
            align: Align::Left,
        }
    }

    /// The same column with another alignment.
    pub fn aligned(mut self, align: Align) -> Self {
        self.align = align;
        self
    }
}

impl Row {
    /// A row of cells.
    pub fn new(cells: Vec<Cell>) -> Self {
        Row { cells }
    }
}

impl Cell {
    /// A cell of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Cell {
            spans: vec![Span::plain(text)],
            badge: None,
        }
    }

    /// A cell of spans.
    pub fn spans(spans: Vec<Span>) -> Self {
        Cell { spans, badge: None }
    }

    /// A cell holding only a badge.
    pub fn badge(text: impl Into<String>, tone: Tone) -> Self {
        Cell {
            spans: Vec::new(),
            badge: Some(Badge {
                text: text.into(),
                tone,
            }),
        }
    }
}

impl Stroke {
    /// A solid line of `ink`, `width` points wide.
    pub fn solid(ink: Ink, width: f32) -> Self {
        Stroke {
            ink,
            width,
            dash: None,
        }
    }

    /// A dashed line of `ink`, `width` points wide, with dashes and gaps `dash`
    /// points long.
    pub fn dashed(ink: Ink, width: f32, dash: f32) -> Self {
        Stroke {
            ink,
            width,
            dash: Some(dash),
        }
    }
}

impl Figure {
    /// An empty figure across the full width, `height` points high.
    pub fn new(height: f32, alt: impl Into<String>) -> Self {
        Figure {
            width: None,
            height,
            marks: Vec::new(),
            alt: alt.into(),
        }
    }
}

impl Document {
    /// Calls `f` on every piece of text the document shows: metadata, cover, running
    /// heads, headings, spans, table headers, badges and figure labels (not link
    /// targets, anchors or the figures' text alternatives, which are not drawn).
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        if let Some(band) = &mut self.band {
            f(band);
        }
        for t in [
            &mut self.meta.title,
            &mut self.meta.subject,
            &mut self.meta.author,
            &mut self.meta.keywords,
            &mut self.header.left,
            &mut self.header.right,
            &mut self.footer.left,
            &mut self.footer.right,
        ] {
            f(t);
        }
        if let Some(c) = &mut self.cover {
            for t in [
                &mut c.eyebrow,
                &mut c.title,
                &mut c.subtitle,
                &mut c.marking,
            ] {
                f(t);
            }
            for (label, value) in &mut c.details {
                f(label);
                f(value);
            }
        }
        for block in &mut self.body {
            block.for_each_text_mut(f);
        }
    }
}

impl Block {
    fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        let spans = |spans: &mut Vec<Span>, f: &mut dyn FnMut(&mut String)| {
            for s in spans {
                f(&mut s.text);
            }
        };
        match self {
            Block::Heading { text, .. } => f(text),
            Block::Paragraph(p) => spans(&mut p.spans, f),
            Block::List { items, .. } => {
                for item in items {
                    spans(item, f);
                }
            }
            Block::Table(t) => {
                for c in &mut t.columns {
                    f(&mut c.header);
                }
                for row in &mut t.rows {
                    for cell in &mut row.cells {
                        spans(&mut cell.spans, f);
                        if let Some(b) = &mut cell.badge {
                            f(&mut b.text);
                        }
                    }
                }
            }
            Block::Callout { title, blocks, .. } => {
                if let Some(t) = title {
                    f(t);
                }
                for b in blocks {
                    b.for_each_text_mut(f);
                }
            }
            Block::Figure(fig) => {
                for m in &mut fig.marks {
                    if let Mark::Text { text, .. } = m {
                        f(text);
                    }
                }
            }
            Block::Contents | Block::Spacer(_) | Block::Rule | Block::PageBreak => {}
        }
    }
}

//! The logical structure of a laid-out document: the elements of the tagged PDF's
//! structure tree (headings, paragraphs, lists, tables, figures, links, …) and the
//! tags that say which element, or which kind of artifact, each drawing belongs to.
//!
//! The layout creates the elements while it turns blocks into slices, each with its
//! parent, and puts a [`Tag`] in the page's drawing operations before what belongs to
//! it. The PDF writer turns runs of drawings under one tag into marked content and
//! links the elements together in the order their content first appears, which is
//! the order of the document's blocks.

/// Index of an element in [`Structure::elements`].
pub(crate) type ElemId = u32;

/// The standard structure types used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::upper_case_acronyms)] // the PDF names
pub(crate) enum Role {
    Document,
    Sect,
    Div,
    H1,
    H2,
    H3,
    P,
    BlockQuote,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Figure,
    Link,
    Span,
    TOC,
    TOCI,
}

impl Role {
    /// The structure type's PDF name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::Div => "Div",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::BlockQuote => "BlockQuote",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
            Role::Link => "Link",
            Role::Span => "Span",
            Role::TOC => "TOC",
            Role::TOCI => "TOCI",
        }
    }

    /// The heading of `level` (clamped to 1–3).
    pub(crate) fn heading(level: u8) -> Role {
        match level {
            0 | 1 => Role::H1,
            2 => Role::H2,
            _ => Role::H3,
        }
    }
}

/// One structure element.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Element {
    pub role: Role,
    /// `None` only for the root (the document).
    pub parent: Option<ElemId>,
    /// The language of the element's text when it is not the document's.
    pub lang: Option<String>,
    /// A figure's text alternative.
    pub alt: Option<String>,
}

/// Why something drawn is not content: page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Artifact {
    /// Rules, backgrounds, boxes, dot leaders, badge shapes.
    Layout,
    /// The running header (and the notice band repeated on every page).
    Header,
    /// The running footer with "Page X of Y".
    Footer,
    /// Something repeated because of a page break: a table's header row on the
    /// pages the table continues on.
    Pagination,
}

/// What the drawings that follow a [`crate::layout::Draw::Tag`] belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Artifact(Artifact),
    Element(ElemId),
}

impl Tag {
    /// Decoration that is not content.
    pub(crate) const LAYOUT: Tag = Tag::Artifact(Artifact::Layout);
}

/// The elements of a document; element 0 is the root, `Document`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Structure {
    pub elements: Vec<Element>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            elements: vec![Element {
                role: Role::Document,
                parent: None,
                lang: None,
                alt: None,
            }],
        }
    }
}

impl Structure {
    /// The root element.
    pub(crate) const ROOT: ElemId = 0;

    /// Adds an element of `role` under `parent`.
    pub(crate) fn add(&mut self, role: Role, parent: ElemId) -> ElemId {
        self.elements.push(Element {
            role,
            parent: Some(parent),
            lang: None,
            alt: None,
        });
        (self.elements.len() - 1) as ElemId
    }

    pub(crate) fn get(&self, id: ElemId) -> Option<&Element> {
        self.elements.get(id as usize)
    }

    pub(crate) fn get_mut(&mut self, id: ElemId) -> Option<&mut Element> {
        self.elements.get_mut(id as usize)
    }
}

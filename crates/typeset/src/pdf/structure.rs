//! The structure tree: `/StructTreeRoot`, one `/StructElem` per element the content
//! refers to, and the `/ParentTree` from each page's marked content (and each link
//! annotation) back to its element.
//!
//! Elements are linked into their parents in the order their content first appears
//! in the pages, which is the order of the document's blocks: a paragraph split
//! across pages is one element with marked content on both. An element whose
//! content never appears (nothing of it was drawn) is left out.

use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId};

use super::content::{num, Event, PageContent};
use super::file::{write_name, write_object, write_ref, Written};
use super::links::{name, text_string, Annotation};
use crate::structure::{ElemId, Role, Structure};

/// A child of a structure element.
#[derive(Debug, Clone, Copy)]
enum Kid {
    Element(ElemId),
    /// Marked content `mcid` on page `page` (0-based).
    Content {
        page: usize,
        mcid: u32,
    },
    /// A link annotation on a page.
    Annotation {
        page: usize,
        annot: ObjectId,
    },
}

/// The structure tree being assembled from the pages' events.
pub(super) struct Tree<'a> {
    structure: &'a Structure,
    attached: Vec<bool>,
    kids: Vec<Vec<Kid>>,
    bbox: Vec<Option<[f32; 4]>>,
    link_text: Vec<String>,
}

impl<'a> Tree<'a> {
    pub(super) fn new(structure: &'a Structure) -> Tree<'a> {
        let n = structure.elements.len();
        let mut attached = vec![false; n];
        if let Some(root) = attached.first_mut() {
            *root = true;
        }
        Tree {
            structure,
            attached,
            kids: vec![Vec::new(); n],
            bbox: vec![None; n],
            link_text: vec![String::new(); n],
        }
    }

    /// Links `e` (and, first, its ancestors) into the tree, if not yet.
    fn touch(&mut self, e: ElemId) {
        // Iterative: find the chain of ancestors not yet attached.
        let mut chain = Vec::new();
        let mut at = e;
        while (at as usize) < self.attached.len() && !self.attached[at as usize] {
            chain.push(at);
            match self.structure.get(at).and_then(|el| el.parent) {
                Some(p) if (p as usize) < self.attached.len() && p != at => at = p,
                _ => break,
            }
        }
        for &el in chain.iter().rev() {
            let parent = self
                .structure
                .get(el)
                .and_then(|x| x.parent)
                .unwrap_or(Structure::ROOT);
            self.attached[el as usize] = true;
            self.kids[parent as usize].push(Kid::Element(el));
        }
    }

    /// Takes in what page `page` (0-based) showed.
    pub(super) fn add_page(&mut self, page: usize, content: &PageContent) {
        for event in &content.events {
            match event {
                Event::Touch(e) => self.touch(*e),
                Event::Mcr(e, mcid) => {
                    self.touch(*e);
                    if let Some(kids) = self.kids.get_mut(*e as usize) {
                        kids.push(Kid::Content { page, mcid: *mcid });
                    }
                }
                Event::BBox(e, b) => {
                    if let Some(slot) = self.bbox.get_mut(*e as usize) {
                        slot.get_or_insert(*b);
                    }
                }
                Event::LinkText(e, text) => {
                    if let Some(t) = self.link_text.get_mut(*e as usize) {
                        t.push_str(text);
                    }
                }
            }
        }
    }

    /// The text a link shows (for its annotation's `/Contents`).
    pub(super) fn link_text(&self, e: ElemId) -> &str {
        self.link_text.get(e as usize).map_or("", |t| t.trim())
    }

    /// Adds link annotation `annot` (on `page`) to element `e`.
    pub(super) fn add_annotation(&mut self, e: ElemId, page: usize, annot: ObjectId) {
        self.touch(e);
        if let Some(kids) = self.kids.get_mut(e as usize) {
            kids.push(Kid::Annotation { page, annot });
        }
    }

    /// Writes the tree; returns the `/StructTreeRoot` id. `mcids` are the elements
    /// of each page's marked content, `annotations` the link annotations with their
    /// `/StructParent` keys (which follow the pages' keys), `lang` the document's
    /// language. The elements and the parent tree (tens of thousands of objects in a
    /// long pack) go straight to bytes in `written`; only the root is a lopdf object.
    pub(super) fn write(
        self,
        lo: &mut lopdf::Document,
        written: &mut Written,
        page_ids: &[ObjectId],
        mcids: &[Vec<ElemId>],
        annotations: &[Annotation],
        lang: &str,
    ) -> ObjectId {
        let root_id = lo.new_object_id();
        let ids: Vec<Option<ObjectId>> = self
            .attached
            .iter()
            .map(|&a| a.then(|| lo.new_object_id()))
            .collect();
        let id_of = |e: ElemId| ids.get(e as usize).copied().flatten();

        for (e, element) in self.structure.elements.iter().enumerate() {
            let Some(id) = ids[e] else { continue };
            let kids = &self.kids[e];
            let first_page = kids.iter().find_map(|k| match k {
                Kid::Content { page, .. } | Kid::Annotation { page, .. } => Some(*page),
                Kid::Element(_) => None,
            });
            let pg = first_page.and_then(|p| page_ids.get(p).copied());
            let parent = match element.parent {
                None => root_id,
                Some(p) => id_of(p).unwrap_or(root_id),
            };
            written.add(id, |out| {
                // (`/Type /StructElem` is optional: left out, it saves a sixth of the tree.)
                out.extend_from_slice(b"<</S ");
                write_name(out, element.role.name().as_bytes());
                out.extend_from_slice(b"/P ");
                write_ref(out, parent);
                if let Some(pg) = pg {
                    out.extend_from_slice(b"/Pg ");
                    write_ref(out, pg);
                }
                out.extend_from_slice(b"/K [");
                let mut first = true;
                for kid in kids {
                    let start = out.len();
                    if !first {
                        out.push(b' ');
                    }
                    match *kid {
                        Kid::Element(c) => match id_of(c) {
                            Some(c) => write_ref(out, c),
                            None => {
                                out.truncate(start);
                                continue;
                            }
                        },
                        Kid::Content { page, mcid } if Some(page) == first_page => {
                            let _ = write!(out, "{mcid}");
                        }
                        Kid::Content { page, mcid } => match page_ids.get(page) {
                            Some(&p) => {
                                out.extend_from_slice(b"<</Type /MCR/Pg ");
                                write_ref(out, p);
                                let _ = write!(out, "/MCID {mcid}>>");
                            }
                            None => {
                                out.truncate(start);
                                continue;
                            }
                        },
                        Kid::Annotation { page, annot } => match page_ids.get(page) {
                            Some(&p) => {
                                out.extend_from_slice(b"<</Type /OBJR/Pg ");
                                write_ref(out, p);
                                out.extend_from_slice(b"/Obj ");
                                write_ref(out, annot);
                                out.extend_from_slice(b">>");
                            }
                            None => {
                                out.truncate(start);
                                continue;
                            }
                        },
                    }
                    first = false;
                }
                out.push(b']');
                if let Some(l) = &element.lang {
                    if !l.eq_ignore_ascii_case(lang) {
                        out.extend_from_slice(b"/Lang ");
                        write_object(out, &text_string(l));
                    }
                }
                match element.role {
                    Role::TH => out.extend_from_slice(b"/A <</O /Table/Scope /Column>>"),
                    Role::Figure => {
                        if let Some(alt) = element.alt.as_deref().filter(|a| !a.trim().is_empty()) {
                            out.extend_from_slice(b"/Alt ");
                            write_object(out, &text_string(alt.trim()));
                        }
                        if let Some(b) = self.bbox[e] {
                            out.extend_from_slice(b"/A <</O /Layout/Placement /Block/BBox [");
                            for (i, v) in b.iter().enumerate() {
                                if i > 0 {
                                    out.push(b' ');
                                }
                                num(out, *v);
                            }
                            out.extend_from_slice(b"]>>");
                        }
                    }
                    _ => {}
                }
                out.extend_from_slice(b">>");
            });
        }

        // The parent tree: page i (key i) → its marked content's elements, by MCID;
        // each annotation's key → its element.
        let parent_tree = lo.new_object_id();
        let reference_or_null = |out: &mut Vec<u8>, e: ElemId| match id_of(e) {
            Some(id) => write_ref(out, id),
            None => out.extend_from_slice(b"null"),
        };
        written.add(parent_tree, |out| {
            out.extend_from_slice(b"<</Nums [");
            for (page, elems) in mcids.iter().enumerate() {
                if page > 0 {
                    out.push(b' ');
                }
                let _ = write!(out, "{page} [");
                for (i, &e) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    reference_or_null(out, e);
                }
                out.push(b']');
            }
            for (i, a) in annotations.iter().enumerate() {
                if i > 0 || !mcids.is_empty() {
                    out.push(b' ');
                }
                let _ = write!(out, "{} ", a.key);
                reference_or_null(out, a.elem);
            }
            out.extend_from_slice(b"]>>");
        });
        let next_key = mcids.len() + annotations.len();
        let document = id_of(Structure::ROOT);
        let mut root = Dictionary::from_iter(vec![
            ("Type", name("StructTreeRoot")),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(next_key as i64)),
        ]);
        if let Some(doc) = document {
            root.set("K", Object::Array(vec![Object::Reference(doc)]));
        }
        lo.objects.insert(root_id, Object::Dictionary(root));
        root_id
    }
}

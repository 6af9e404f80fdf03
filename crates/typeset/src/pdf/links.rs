//! Link annotations and the document outline (bookmarks).

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use super::content::r2;
use super::file::{write_entries, Written};
use super::structure::Tree;
use crate::error::TypesetError;
use crate::layout::{Layout, LinkArea, LinkTarget};
use crate::structure::ElemId;

/// A link annotation written, for the structure tree.
#[derive(Debug, Clone, Copy)]
pub(super) struct Annotation {
    /// The `Link` element it belongs to.
    pub elem: ElemId,
    /// Its `/StructParent` key in the parent tree.
    pub key: usize,
}

fn real(v: f32) -> Object {
    Object::Real(r2(v))
}

pub(super) fn name(n: &str) -> Object {
    Object::Name(n.as_bytes().to_vec())
}

/// A PDF text string: literal if plain ASCII, else UTF-16BE with a byte order mark.
pub(super) fn text_string(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// A URI as 7-bit ASCII: anything else is percent-encoded.
fn ascii_uri(uri: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(uri.len());
    for b in uri.trim().bytes() {
        if (0x21..0x7f).contains(&b) {
            out.push(b);
        } else {
            out.extend_from_slice(format!("%{b:02X}").as_bytes());
        }
    }
    out
}

fn xyz(page: ObjectId, top: f32) -> Object {
    Object::Array(vec![
        Object::Reference(page),
        name("XYZ"),
        Object::Null,
        real(top),
        Object::Null,
    ])
}

/// One link annotation per link and page; a link broken over several lines gets
/// QuadPoints for each piece and a Rect around all of them. Each annotation is
/// tagged: its `/StructParent` key (from `first_key` on) leads to its `Link`
/// element, which holds it (`/OBJR`); its `/Contents` is the link's text.
pub(super) fn add_annotations(
    lo: &mut lopdf::Document,
    written: &mut Written,
    layout: &Layout,
    page_ids: &[ObjectId],
    tree: &mut Tree,
    first_key: usize,
) -> Result<Vec<Annotation>, TypesetError> {
    let h = layout.geometry.height;
    let mut annotations = Vec::new();
    for (page_index, (page, &page_id)) in layout.pages.iter().zip(page_ids).enumerate() {
        let mut groups: BTreeMap<u32, Vec<LinkArea>> = BTreeMap::new();
        for area in &page.links {
            groups.entry(area.link).or_default().push(*area);
        }
        let mut annots = Vec::new();
        for (link, areas) in groups {
            let action = match layout.links.get(link as usize) {
                Some(LinkTarget::Url(url)) => Dictionary::from_iter(vec![
                    ("S", name("URI")),
                    ("URI", Object::String(ascii_uri(url), StringFormat::Literal)),
                ]),
                Some(_) => {
                    let Some(dest) = layout.destination(link) else {
                        continue;
                    };
                    let Some(&target) = page_ids.get(dest.page.saturating_sub(1)) else {
                        continue;
                    };
                    Dictionary::from_iter(vec![
                        ("S", name("GoTo")),
                        ("D", xyz(target, h - dest.y + 6.0)),
                    ])
                }
                None => continue,
            };
            let x0 = areas.iter().map(|a| a.x).fold(f32::MAX, f32::min);
            let x1 = areas.iter().map(|a| a.x + a.w).fold(f32::MIN, f32::max);
            let top = areas.iter().map(|a| a.y).fold(f32::MAX, f32::min);
            let bottom = areas.iter().map(|a| a.y + a.h).fold(f32::MIN, f32::max);
            let mut annot = vec![
                ("Type", name("Annot")),
                ("Subtype", name("Link")),
                (
                    "Rect",
                    Object::Array(vec![real(x0), real(h - bottom), real(x1), real(h - top)]),
                ),
                (
                    "Border",
                    Object::Array(vec![
                        Object::Integer(0),
                        Object::Integer(0),
                        Object::Integer(0),
                    ]),
                ),
                ("F", Object::Integer(4)),
                ("A", Object::Dictionary(action)),
            ];
            let elem = layout.link_elems.get(link as usize).copied();
            let description = match (
                elem.map(|e| tree.link_text(e)),
                layout.links.get(link as usize),
            ) {
                (Some(text), _) if !text.is_empty() => text.to_string(),
                (_, Some(LinkTarget::Url(url))) => url.clone(),
                _ => "Link".to_string(),
            };
            annot.push(("Contents", text_string(&description)));
            let key = first_key + annotations.len();
            if elem.is_some() {
                annot.push(("StructParent", Object::Integer(key as i64)));
            }
            if areas.len() > 1 {
                let quads = areas
                    .iter()
                    .flat_map(|a| {
                        let (l, r, t, b) = (a.x, a.x + a.w, h - a.y, h - a.y - a.h);
                        [l, t, r, t, l, b, r, b]
                    })
                    .map(real)
                    .collect();
                annot.push(("QuadPoints", Object::Array(quads)));
            }
            // Written at once: kept as dictionaries until the file is written, the
            // annotations of a 500-page pack held some 17 MB at the writer's peak.
            let id = lo.new_object_id();
            written.add(id, |out| write_entries(out, &annot));
            if let Some(elem) = elem {
                tree.add_annotation(elem, page_index, id);
                annotations.push(Annotation { elem, key });
            }
            annots.push(Object::Reference(id));
        }
        let dict = lo
            .get_dictionary_mut(page_id)
            .map_err(|e| TypesetError::Pdf(e.to_string()))?;
        if annots.is_empty() {
            dict.remove(b"Annots");
        } else {
            dict.set("Annots", Object::Array(annots));
        }
    }
    Ok(annotations)
}

struct OutlineNode {
    title: String,
    page: ObjectId,
    top: f32,
    children: Vec<OutlineNode>,
}

/// Builds the outline (level-1 headings, with their level-2 headings nested) and
/// returns the outline root, if there are any headings.
pub(super) fn add_outline(
    lo: &mut lopdf::Document,
    layout: &Layout,
    page_ids: &[ObjectId],
) -> Option<ObjectId> {
    let h = layout.geometry.height;
    let mut roots: Vec<OutlineNode> = Vec::new();
    for heading in layout.headings.iter().filter(|h| h.level <= 2) {
        let Some(&page) = page_ids.get(heading.dest.page.saturating_sub(1)) else {
            continue;
        };
        let node = OutlineNode {
            title: heading.text.clone(),
            page,
            top: h - heading.dest.y + 6.0,
            children: Vec::new(),
        };
        match roots.last_mut() {
            Some(parent) if heading.level == 2 => parent.children.push(node),
            _ => roots.push(node),
        }
    }
    if roots.is_empty() {
        return None;
    }
    let root_id = lo.new_object_id();
    let visible = write_outline_level(lo, &roots, root_id);
    let (first, last) = visible.1;
    lo.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter(vec![
            ("Type", name("Outlines")),
            ("First", Object::Reference(first)),
            ("Last", Object::Reference(last)),
            ("Count", Object::Integer(visible.0 as i64)),
        ])),
    );
    Some(root_id)
}

/// Writes `nodes` as siblings under `parent`; returns (number of visible items,
/// (first id, last id)).
fn write_outline_level(
    lo: &mut lopdf::Document,
    nodes: &[OutlineNode],
    parent: ObjectId,
) -> (usize, (ObjectId, ObjectId)) {
    let ids: Vec<ObjectId> = nodes.iter().map(|_| lo.new_object_id()).collect();
    let mut visible = nodes.len();
    for (i, node) in nodes.iter().enumerate() {
        let mut dict = Dictionary::from_iter(vec![
            ("Title", text_string(&node.title)),
            ("Parent", Object::Reference(parent)),
            ("Dest", xyz(node.page, node.top)),
        ]);
        if i > 0 {
            dict.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            dict.set("Next", Object::Reference(*next));
        }
        if !node.children.is_empty() {
            let (count, (first, last)) = write_outline_level(lo, &node.children, ids[i]);
            dict.set("First", Object::Reference(first));
            dict.set("Last", Object::Reference(last));
            // Positive: the item is open, showing its children.
            dict.set("Count", Object::Integer(count as i64));
            visible += count;
        }
        lo.objects.insert(ids[i], Object::Dictionary(dict));
    }
    (visible, (ids[0], ids[ids.len() - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_uris() {
        assert_eq!(
            text_string("Abc"),
            Object::String(b"Abc".to_vec(), StringFormat::Literal)
        );
        match text_string("Жа") {
            Object::String(b, StringFormat::Hexadecimal) => {
                assert_eq!(b, vec![0xfe, 0xff, 0x04, 0x16, 0x04, 0x30])
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            ascii_uri("https://x.org/a b/ж"),
            b"https://x.org/a%20b/%D0%B6".to_vec()
        );
    }
}

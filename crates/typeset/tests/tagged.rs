//! The PDF is tagged: read back with lopdf, its structure tree, marked content,
//! parent tree, artifacts and annotations must agree with each other and with the
//! document; poppler reads it in the document's order and qpdf finds it valid.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use lopdf::content::Content;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use roundbook_typeset::{render, Block, Figure, Ink, Mark, Meta, ParaStyle, Paragraph, Span, Tone};

/// A document with every kind of block: the synthetic pack (cover, contents,
/// headings, paragraphs split across pages, tables continued with their header,
/// badges, callouts, lists, links) plus a figure, a passage and a heading in another
/// language, and a notice band.
fn document() -> roundbook_typeset::Document {
    let mut doc = synthetic(6);
    doc.band = Some("Illustrative material".into());
    let mut fig = Figure::new(80.0, "Bar chart: incidents per year, rising from 2 to 9");
    fig.marks.push(Mark::Rect {
        x: 10.0,
        y: 10.0,
        w: 40.0,
        h: 60.0,
        fill: Some(Ink::Tone(Tone::Blue)),
        stroke: None,
    });
    fig.marks.push(Mark::Text {
        x: 10.0,
        y: 78.0,
        text: "2011".into(),
        size: 7.0,
        bold: false,
        align: roundbook_typeset::Align::Left,
        ink: Ink::Text,
    });
    doc.body.insert(4, Block::Figure(fig));
    doc.body.insert(
        5,
        Block::Paragraph(Paragraph::new(
            ParaStyle::Body,
            vec![
                Span::plain("Официальный ответ: "),
                Span::plain("We will continue the reforms").in_language("en"),
                Span::plain(" [EN]").colored(Tone::Grey),
            ],
        )),
    );
    doc.body.insert(
        6,
        Block::Heading {
            level: 3,
            text: "Freedom of assembly [EN]".into(),
            anchor: None,
            page_break_before: false,
            lang: Some("en".into()),
        },
    );
    // Longer than a page: split across two.
    doc.body.insert(7, Block::text(paragraph_text(7, 90)));
    doc.meta = Meta {
        language: "ru".into(),
        ..doc.meta
    };
    doc
}

fn name_of(o: &Object) -> Option<&[u8]> {
    o.as_name().ok()
}

fn deref<'a>(pdf: &'a Pdf, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => pdf.get_object(*id).expect("reference resolves"),
        o => o,
    }
}

fn dict<'a>(pdf: &'a Pdf, o: &'a Object) -> &'a Dictionary {
    deref(pdf, o).as_dict().expect("a dictionary")
}

/// An element of the structure tree, as read back.
#[derive(Debug)]
struct Elem {
    id: ObjectId,
    role: String,
    depth: usize,
    dict: Dictionary,
    /// (page id, MCID) of its marked content.
    content: Vec<(ObjectId, i64)>,
    /// Annotations it holds (OBJR).
    annots: Vec<ObjectId>,
}

/// The elements in reading order (depth first).
fn elements(pdf: &Pdf) -> Vec<Elem> {
    let root = pdf.catalog().unwrap().get(b"StructTreeRoot").unwrap();
    let root = dict(pdf, root);
    let mut out = Vec::new();
    fn walk(pdf: &Pdf, id: ObjectId, depth: usize, out: &mut Vec<Elem>) {
        let d = pdf.get_dictionary(id).unwrap().clone();
        let role = String::from_utf8(d.get(b"S").unwrap().as_name().unwrap().to_vec()).unwrap();
        let pg = d.get(b"Pg").ok().map(|p| p.as_reference().unwrap());
        let index = out.len();
        out.push(Elem {
            id,
            role,
            depth,
            dict: d.clone(),
            content: Vec::new(),
            annots: Vec::new(),
        });
        let kids = match d.get(b"K") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(o) => vec![o.clone()],
            Err(_) => Vec::new(),
        };
        for kid in kids {
            match kid {
                Object::Integer(mcid) => out[index].content.push((pg.expect("Pg"), mcid)),
                Object::Reference(child) => walk(pdf, child, depth + 1, out),
                Object::Dictionary(k) => match k.get(b"Type").ok().and_then(name_of) {
                    Some(b"MCR") => {
                        let page = k.get(b"Pg").unwrap().as_reference().unwrap();
                        let mcid = k.get(b"MCID").unwrap().as_i64().unwrap();
                        out[index].content.push((page, mcid));
                    }
                    Some(b"OBJR") => {
                        out[index]
                            .annots
                            .push(k.get(b"Obj").unwrap().as_reference().unwrap());
                    }
                    other => panic!("unexpected kid {other:?}"),
                },
                other => panic!("unexpected kid {other:?}"),
            }
        }
    }
    let k = root.get(b"K").unwrap();
    let kids = match k {
        Object::Array(a) => a.clone(),
        o => vec![o.clone()],
    };
    for kid in kids {
        walk(pdf, kid.as_reference().unwrap(), 0, &mut out);
    }
    out
}

/// The parent tree as a map from key to its value.
fn parent_tree(pdf: &Pdf) -> BTreeMap<i64, Object> {
    let root = dict(pdf, pdf.catalog().unwrap().get(b"StructTreeRoot").unwrap());
    let tree = dict(pdf, root.get(b"ParentTree").unwrap());
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    nums.chunks(2)
        .map(|kv| (kv[0].as_i64().unwrap(), kv[1].clone()))
        .collect()
}

/// What a page's content says: MCIDs with their tags, and whether every drawing
/// operator is inside marked content; artifact kinds seen around text.
struct PageMarks {
    mcids: Vec<(i64, String)>,
    unmarked_ops: Vec<String>,
    pagination_text: bool,
}

fn page_marks(pdf: &Pdf, page: ObjectId) -> PageMarks {
    let content = Content::decode(&pdf.get_page_content(page)).unwrap();
    let mut stack: Vec<(String, Option<Dictionary>)> = Vec::new();
    let mut marks = PageMarks {
        mcids: Vec::new(),
        unmarked_ops: Vec::new(),
        pagination_text: false,
    };
    for op in &content.operations {
        match op.operator.as_str() {
            "BMC" => stack.push((
                String::from_utf8_lossy(op.operands[0].as_name().unwrap()).into(),
                None,
            )),
            "BDC" => {
                let tag = String::from_utf8_lossy(op.operands[0].as_name().unwrap()).into_owned();
                let props = op.operands[1].as_dict().unwrap().clone();
                if let Ok(mcid) = props.get(b"MCID") {
                    marks.mcids.push((mcid.as_i64().unwrap(), tag.clone()));
                }
                stack.push((tag, Some(props)));
            }
            "EMC" => {
                assert!(stack.pop().is_some(), "EMC without BDC/BMC");
            }
            "Tj" | "TJ" | "re" | "f" | "S" | "B" | "b" | "m" | "l" | "c" => {
                if stack.is_empty() {
                    marks.unmarked_ops.push(op.operator.clone());
                }
                if op.operator == "Tj" {
                    if let Some((tag, Some(props))) = stack.last() {
                        if tag == "Artifact"
                            && props.get(b"Type").ok().and_then(name_of) == Some(b"Pagination")
                        {
                            marks.pagination_text = true;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    assert!(stack.is_empty(), "BDC/BMC without EMC");
    marks
}

#[test]
fn the_catalog_and_pages_say_the_document_is_tagged() {
    let pdf = Pdf::load_mem(&render(&document()).unwrap().pdf).unwrap();
    let catalog = pdf.catalog().unwrap();
    let mark_info = dict(&pdf, catalog.get(b"MarkInfo").unwrap());
    assert_eq!(mark_info.get(b"Marked").unwrap(), &Object::Boolean(true));
    let prefs = dict(&pdf, catalog.get(b"ViewerPreferences").unwrap());
    assert_eq!(
        prefs.get(b"DisplayDocTitle").unwrap(),
        &Object::Boolean(true)
    );
    assert_eq!(
        catalog.get(b"Lang").unwrap().as_str().unwrap(),
        b"ru".as_slice()
    );
    let root = dict(&pdf, catalog.get(b"StructTreeRoot").unwrap());
    let tree = parent_tree(&pdf);
    let next = root.get(b"ParentTreeNextKey").unwrap().as_i64().unwrap();
    assert!(tree.keys().all(|k| *k < next));
    for (i, (_, page)) in pdf.get_pages().into_iter().enumerate() {
        let p = pdf.get_dictionary(page).unwrap();
        assert_eq!(p.get(b"StructParents").unwrap().as_i64().unwrap(), i as i64);
        assert_eq!(p.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
    }
}

#[test]
fn every_drawing_is_marked_and_every_mcid_maps_to_its_element() {
    let doc = document();
    let out = render(&doc).unwrap();
    let pdf = Pdf::load_mem(&out.pdf).unwrap();
    let elems = elements(&pdf);
    let tree = parent_tree(&pdf);
    // Which element claims each (page, MCID).
    let mut claimed: BTreeMap<(ObjectId, i64), ObjectId> = BTreeMap::new();
    for e in &elems {
        for c in &e.content {
            assert!(
                claimed.insert(*c, e.id).is_none(),
                "MCID claimed twice: {c:?}"
            );
        }
    }
    let mut seen = 0;
    for (i, (_, page)) in pdf.get_pages().into_iter().enumerate() {
        let marks = page_marks(&pdf, page);
        assert!(
            marks.unmarked_ops.is_empty(),
            "page {}: drawn outside marked content: {:?}",
            i + 1,
            marks.unmarked_ops
        );
        let parents = tree
            .get(&(i as i64))
            .and_then(|o| deref(&pdf, o).as_array().ok())
            .unwrap_or_else(|| panic!("page {} has no parent tree entry", i + 1));
        assert_eq!(parents.len(), marks.mcids.len(), "page {}", i + 1);
        for (mcid, tag) in &marks.mcids {
            let elem = claimed
                .get(&(page, *mcid))
                .unwrap_or_else(|| panic!("page {} MCID {mcid} has no element", i + 1));
            assert_eq!(
                parents[*mcid as usize].as_reference().unwrap(),
                *elem,
                "parent tree of page {} MCID {mcid}",
                i + 1
            );
            let role = &elems.iter().find(|e| e.id == *elem).unwrap().role;
            assert_eq!(role, tag, "the BDC tag is the element's role");
            seen += 1;
        }
        // Running header and footer ("Page X of Y") are pagination artifacts.
        if i > 0 {
            assert!(marks.pagination_text, "page {} has no pagination", i + 1);
        }
    }
    assert_eq!(seen, claimed.len(), "every MCID of the tree is on its page");
}

#[test]
fn the_tree_has_the_document_s_roles_in_reading_order() {
    let doc = document();
    let pdf = Pdf::load_mem(&render(&doc).unwrap().pdf).unwrap();
    let elems = elements(&pdf);
    assert_eq!(elems[0].role, "Document");
    let roles: Vec<&str> = elems.iter().map(|e| e.role.as_str()).collect();
    for role in [
        "Sect",
        "H1",
        "H2",
        "P",
        "BlockQuote",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "Figure",
        "Link",
        "TOC",
        "TOCI",
        "Div",
        "Span",
    ] {
        assert!(roles.contains(&role), "no {role} in {roles:?}");
    }

    // Headings in the document's order and levels: the cover title, then the body's.
    let mut expected = vec![1u8];
    for b in &doc.body {
        if let Block::Heading { level, .. } = b {
            expected.push(*level);
        }
    }
    let headings: Vec<u8> = roles
        .iter()
        .filter_map(|r| r.strip_prefix('H').and_then(|n| n.parse().ok()))
        .collect();
    assert_eq!(headings, expected);

    // Header cells say what they head; each table has one header row, also when it
    // continues over pages (the repeated rows are artifacts).
    for (t, table) in elems.iter().enumerate().filter(|(_, e)| e.role == "Table") {
        let rows: Vec<&Elem> = elems[t + 1..]
            .iter()
            .take_while(|e| e.depth > table.depth)
            .filter(|e| e.role == "TR" && e.depth == table.depth + 1)
            .collect();
        let header_rows = rows
            .iter()
            .filter(|r| {
                elems
                    .iter()
                    .skip_while(|e| e.id != r.id)
                    .nth(1)
                    .is_some_and(|e| e.role == "TH")
            })
            .count();
        assert_eq!(header_rows, 1, "one header row per table");
    }
    for th in elems.iter().filter(|e| e.role == "TH") {
        let a = th.dict.get(b"A").unwrap().as_dict().unwrap();
        assert_eq!(a.get(b"O").unwrap().as_name().unwrap(), b"Table");
        assert_eq!(a.get(b"Scope").unwrap().as_name().unwrap(), b"Column");
    }

    // The figure has its text alternative and a bounding box.
    let figure = elems.iter().find(|e| e.role == "Figure").unwrap();
    assert_eq!(
        figure.dict.get(b"Alt").unwrap().as_str().unwrap(),
        b"Bar chart: incidents per year, rising from 2 to 9".as_slice()
    );
    let a = figure.dict.get(b"A").unwrap().as_dict().unwrap();
    assert_eq!(a.get(b"BBox").unwrap().as_array().unwrap().len(), 4);
    assert!(!figure.content.is_empty(), "the figure's drawing is marked");

    // The passage in English, in a Russian document.
    let english: Vec<&Elem> = elems
        .iter()
        .filter(|e| e.dict.get(b"Lang").is_ok())
        .collect();
    let roles: Vec<&str> = english.iter().map(|e| e.role.as_str()).collect();
    assert_eq!(
        roles,
        ["Span", "H3"],
        "a passage and a heading in another language"
    );
    for e in &english {
        assert_eq!(
            e.dict.get(b"Lang").unwrap().as_str().unwrap(),
            b"en".as_slice()
        );
    }

    // A paragraph split across pages is one element with content on both.
    assert!(
        elems
            .iter()
            .any(|e| e.role == "P"
                && e.content.iter().map(|c| c.0).collect::<BTreeSet<_>>().len() > 1),
        "no paragraph continues on the next page"
    );
}

#[test]
fn links_hold_their_annotations_and_annotations_point_back() {
    let pdf = Pdf::load_mem(&render(&document()).unwrap().pdf).unwrap();
    let elems = elements(&pdf);
    let tree = parent_tree(&pdf);
    let mut annots = 0;
    for (_, page) in pdf.get_pages() {
        let p = pdf.get_dictionary(page).unwrap();
        let Ok(list) = p.get(b"Annots") else { continue };
        for a in list.as_array().unwrap() {
            let id = a.as_reference().unwrap();
            let annot = pdf.get_dictionary(id).unwrap();
            let key = annot.get(b"StructParent").unwrap().as_i64().unwrap();
            let elem = tree.get(&key).unwrap().as_reference().unwrap();
            let link = elems.iter().find(|e| e.id == elem).unwrap();
            assert_eq!(link.role, "Link");
            assert!(link.annots.contains(&id), "the Link holds its annotation");
            assert!(!annot.get(b"Contents").unwrap().as_str().unwrap().is_empty());
            annots += 1;
        }
    }
    assert!(annots > 10, "{annots} annotations");
    // Every OBJR in the tree is an annotation of a page.
    let total: usize = elems.iter().map(|e| e.annots.len()).sum();
    assert_eq!(total, annots);
}

#[test]
fn poppler_reads_in_order_and_qpdf_finds_it_valid() {
    let doc = document();
    let out = render(&doc).unwrap();
    let path = write_temp("tagged", &out.pdf);
    let (ok, text) = run("qpdf", &["--check", path.to_str().unwrap()]);
    assert!(ok, "{text}");
    let text = squash(&pdftotext(&path, None, false));
    let mut at = 0;
    for b in &doc.body {
        if let Block::Heading { text: h, .. } = b {
            // Headings after the contents appear (again) in order.
            let found = text[at..].find(h.as_str());
            assert!(found.is_some(), "{h} not after position {at}");
            at += found.unwrap_or(0);
        }
    }
    assert!(text.contains("We will continue the reforms [EN]"));
    // The same document gives the same bytes.
    assert_eq!(render(&doc).unwrap().pdf, out.pdf);
}

/// A figure without a text alternative would be a picture a screen reader cannot speak:
/// it is refused, naming where it is, and nothing is written.
#[test]
fn a_figure_without_a_text_alternative_is_refused_naming_where_it_is() {
    let mut doc = document();
    let at = doc
        .body
        .iter()
        .position(|b| matches!(b, Block::Figure(_)))
        .expect("the document has a figure");
    if let Block::Figure(f) = &mut doc.body[at] {
        f.alt = "  ".into();
    }
    let heading = doc.body[..at]
        .iter()
        .rev()
        .find_map(|b| match b {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        })
        .expect("a heading before the figure");
    match render(&doc) {
        Err(roundbook_typeset::TypesetError::FigureWithoutAlt { place }) => {
            assert!(place.contains(&heading), "{place} names {heading}")
        }
        other => panic!(
            "expected FigureWithoutAlt, got {:?}",
            other.map(|o| o.page_count)
        ),
    }
}

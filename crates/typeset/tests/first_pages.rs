//! The first pages of a long document, written on their own before the rest (the pack
//! builder shows them while the whole PDF is written): the same pages as in the whole
//! PDF, a valid file, and nothing in it that points at a page it does not hold.

mod common;

use common::*;
use lopdf::{Document as Pdf, Object};
use roundbook_typeset::{layout, render, write, write_first_pages};

#[test]
fn the_first_pages_are_the_whole_documents_first_pages() {
    let doc = synthetic(30);
    let laid = layout(&doc).unwrap();
    let count = laid.page_count();
    assert!(count > 12, "a long document: {count} pages");

    // Writing a layout gives the bytes rendering gives.
    let whole = write(&doc.meta, &laid).unwrap();
    assert_eq!(whole, render(&doc).unwrap().pdf);

    let head = write_first_pages(&doc.meta, &laid, 4).unwrap();
    assert!(
        head.len() < whole.len() / 3,
        "{} of {} bytes",
        head.len(),
        whole.len()
    );
    let head_path = write_temp("first-pages-head", &head);
    let whole_path = write_temp("first-pages-whole", &whole);
    assert_eq!(pdfinfo(&head_path, "Pages"), "4");
    let (ok, out) = run("qpdf", &["--check", head_path.to_str().unwrap()]);
    assert!(ok, "qpdf --check: {out}");
    for page in 1..=4 {
        assert_eq!(
            pdftotext(&head_path, Some(page), true),
            pdftotext(&whole_path, Some(page), true),
            "page {page}"
        );
    }
    // The footer counts the whole document's pages.
    assert!(
        squash(&pdftotext(&head_path, Some(3), false)).contains(&format!("3 of {count}")),
        "{}",
        pdftotext(&head_path, Some(3), false)
    );

    // Every reference in the file leads to an object of the file (links, outline
    // entries and structure elements of later pages are left out, not left dangling).
    let pdf = Pdf::load_mem(&head).unwrap();
    let mut refs = Vec::new();
    for object in pdf.objects.values() {
        collect_refs(object, &mut refs);
    }
    for id in refs {
        assert!(
            pdf.objects.contains_key(&id),
            "a reference to {id:?}, which is not in the file"
        );
    }
    // It is still tagged, and the outline holds only the headings of these pages.
    let catalog = pdf.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok());
    let full_pdf = Pdf::load_mem(&whole).unwrap();
    assert!(outline_entries(&pdf) < outline_entries(&full_pdf));
}

#[test]
fn asking_for_more_pages_than_there_are_writes_them_all_and_for_none_writes_one() {
    let doc = synthetic(3);
    let laid = layout(&doc).unwrap();
    let whole = write(&doc.meta, &laid).unwrap();
    assert_eq!(
        write_first_pages(&doc.meta, &laid, laid.page_count()).unwrap(),
        whole
    );
    assert_eq!(
        write_first_pages(&doc.meta, &laid, usize::MAX).unwrap(),
        whole
    );
    let one = write_temp(
        "first-pages-none",
        &write_first_pages(&doc.meta, &laid, 0).unwrap(),
    );
    assert_eq!(pdfinfo(&one, "Pages"), "1");
}

fn collect_refs(o: &Object, out: &mut Vec<lopdf::ObjectId>) {
    match o {
        Object::Reference(id) => out.push(*id),
        Object::Array(items) => items.iter().for_each(|i| collect_refs(i, out)),
        Object::Dictionary(d) => d.iter().for_each(|(_, v)| collect_refs(v, out)),
        Object::Stream(s) => s.dict.iter().for_each(|(_, v)| collect_refs(v, out)),
        _ => {}
    }
}

/// How many outline entries the document has (all levels).
fn outline_entries(pdf: &Pdf) -> usize {
    pdf.objects
        .values()
        .filter(|o| {
            o.as_dict()
                .is_ok_and(|d| d.get(b"Title").is_ok() && d.get(b"Parent").is_ok())
        })
        .count()
}

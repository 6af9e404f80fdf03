//! Writing the finished objects as a PDF file: streams as they are, every other
//! object packed into compressed object streams, and a compressed cross-reference
//! stream (PDF 1.5 and later).
//!
//! A tagged document has tens of thousands of small objects (structure elements);
//! packing and compressing them in parallel, in chunks, is what keeps saving
//! cheap. Objects are written in the order of their ids, so the same objects always
//! give the same bytes. The structure tree's elements arrive already written
//! ([`Written`]): as lopdf objects they were a third of the writer's memory.

use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use super::content::num;
use super::streams::{deflate, parallel_map};

/// Objects per object stream.
const CHUNK: usize = 256;

fn is_regular(b: u8) -> bool {
    (0x21..=0x7e).contains(&b)
        && !matches!(
            b,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%' | b'#'
        )
}

pub(super) fn write_name(out: &mut Vec<u8>, n: &[u8]) {
    out.push(b'/');
    for &b in n {
        if is_regular(b) {
            out.push(b);
        } else {
            let _ = write!(out, "#{b:02X}");
        }
    }
}

fn write_string(out: &mut Vec<u8>, s: &[u8], format: StringFormat) {
    match format {
        StringFormat::Literal => {
            out.push(b'(');
            for &b in s {
                match b {
                    b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(b),
                }
            }
            out.push(b')');
        }
        StringFormat::Hexadecimal => {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.reserve(s.len() * 2 + 2);
            out.push(b'<');
            for &b in s {
                out.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
            }
            out.push(b'>');
        }
    }
}

/// Writes a dictionary of `entries`, in their order, as `write_object` writes a
/// `Dictionary` holding them.
pub(super) fn write_entries(out: &mut Vec<u8>, entries: &[(&str, Object)]) {
    write_pairs(out, entries.iter().map(|(k, v)| (k.as_bytes(), v)));
}

fn write_dictionary(out: &mut Vec<u8>, d: &Dictionary) {
    write_pairs(out, d.iter().map(|(k, v)| (k.as_slice(), v)));
}

fn write_pairs<'a>(out: &mut Vec<u8>, pairs: impl Iterator<Item = (&'a [u8], &'a Object)>) {
    out.extend_from_slice(b"<<");
    for (key, value) in pairs {
        write_name(out, key);
        out.push(b' ');
        write_object(out, value);
    }
    out.extend_from_slice(b">>");
}

/// Writes `o` (a stream only as its dictionary: streams are written apart).
pub(super) fn write_object(out: &mut Vec<u8>, o: &Object) {
    match o {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        Object::Real(r) => num(out, *r),
        Object::Name(n) => write_name(out, n),
        Object::String(s, format) => write_string(out, s, *format),
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => write_dictionary(out, d),
        Object::Stream(s) => write_dictionary(out, &s.dict),
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

/// Writes a reference to `id`.
pub(super) fn write_ref(out: &mut Vec<u8>, id: ObjectId) {
    let _ = write!(out, "{} {} R", id.0, id.1);
}

/// Objects (never streams) already written as bytes, one after the other, with
/// their ids (reserved in the lopdf document with `new_object_id`, so they don't
/// clash with its objects).
#[derive(Debug, Default)]
pub(super) struct Written {
    ids: Vec<ObjectId>,
    ends: Vec<usize>,
    bytes: Vec<u8>,
}

impl Written {
    /// Writes object `id` with `write`.
    pub(super) fn add(&mut self, id: ObjectId, write: impl FnOnce(&mut Vec<u8>)) {
        write(&mut self.bytes);
        self.ids.push(id);
        self.ends.push(self.bytes.len());
    }

    fn get(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[start..self.ends[i]]
    }
}

/// An object to pack into an object stream.
#[derive(Clone, Copy)]
enum Packable<'a> {
    Object(&'a Object),
    Bytes(&'a [u8]),
}

/// Where an object ended up.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Free,
    /// At this byte offset of the file.
    Direct(usize),
    /// In object stream `stream`, at `index`.
    Packed {
        stream: u32,
        index: u32,
    },
}

/// The file for `lo`'s objects and the `written` ones, with `trailer` entries
/// (`Root`, `Info`, `ID`) in the cross-reference stream.
pub(super) fn write_file(lo: &lopdf::Document, written: &Written, version: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 << 16);
    let _ = writeln!(out, "%PDF-{version}");
    // Four bytes above 127: the file is binary.
    out.extend_from_slice(b"%\xe2\xe3\xcf\xd3\n");
    let max_id = lo
        .objects
        .keys()
        .chain(&written.ids)
        .map(|(id, _)| *id)
        .max()
        .unwrap_or(0);
    let mut entries = vec![Entry::Free; max_id as usize + 1];

    // Streams are written directly.
    let mut packable: Vec<(ObjectId, Packable)> =
        Vec::with_capacity(lo.objects.len() + written.ids.len());
    for (&id, object) in &lo.objects {
        match object {
            Object::Stream(stream) => {
                entries[id.0 as usize] = Entry::Direct(out.len());
                let _ = writeln!(out, "{} {} obj", id.0, id.1);
                let mut dict = stream.dict.clone();
                dict.set("Length", Object::Integer(stream.content.len() as i64));
                write_dictionary(&mut out, &dict);
                out.extend_from_slice(b"\nstream\n");
                out.extend_from_slice(&stream.content);
                out.extend_from_slice(b"\nendstream\nendobj\n");
            }
            _ => packable.push((id, Packable::Object(object))),
        }
    }
    packable
        .extend((0..written.ids.len()).map(|i| (written.ids[i], Packable::Bytes(written.get(i)))));
    packable.sort_by_key(|(id, _)| *id);

    // Everything else goes into object streams, compressed in parallel.
    let chunks: Vec<&[(ObjectId, Packable)]> = packable.chunks(CHUNK).collect();
    let packed = parallel_map(chunks.len(), |c| {
        let chunk = chunks[c];
        let mut body = Vec::new();
        let mut header = Vec::new();
        for (i, (id, object)) in chunk.iter().enumerate() {
            if i > 0 {
                body.push(b'\n');
            }
            let _ = write!(header, "{} {} ", id.0, body.len());
            match object {
                Packable::Object(o) => write_object(&mut body, o),
                Packable::Bytes(b) => body.extend_from_slice(b),
            }
        }
        header.push(b'\n');
        let first = header.len();
        header.extend_from_slice(&body);
        (chunk.len(), first, deflate(&header))
    });
    let mut next_id = max_id + 1;
    for (c, (n, first, data)) in packed.into_iter().enumerate() {
        let stream_id = next_id;
        next_id += 1;
        for (index, (id, _)) in chunks[c].iter().enumerate() {
            entries[id.0 as usize] = Entry::Packed {
                stream: stream_id,
                index: index as u32,
            };
        }
        entries.push(Entry::Direct(out.len()));
        let _ = write!(
            out,
            "{stream_id} 0 obj\n<</Type /ObjStm /N {n} /First {first} /Filter /FlateDecode /Length {}>>\nstream\n",
            data.len()
        );
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    // The cross-reference stream, which is also the trailer.
    let xref_id = next_id;
    let xref_offset = out.len();
    entries.push(Entry::Direct(xref_offset));
    let mut rows = Vec::with_capacity(entries.len() * 7);
    for e in &entries {
        let (kind, a, b): (u8, u32, u16) = match *e {
            Entry::Free => (0, 0, 0xFFFF),
            Entry::Direct(offset) => (1, offset as u32, 0),
            Entry::Packed { stream, index } => (2, stream, index as u16),
        };
        rows.push(kind);
        rows.extend_from_slice(&a.to_be_bytes());
        rows.extend_from_slice(&b.to_be_bytes());
    }
    let data = deflate(&rows);
    let mut trailer = Dictionary::new();
    trailer.set("Type", Object::Name(b"XRef".to_vec()));
    trailer.set("Size", Object::Integer(entries.len() as i64));
    trailer.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    for key in [&b"Root"[..], b"Info", b"ID"] {
        if let Ok(value) = lo.trailer.get(key) {
            trailer.set(key.to_vec(), value.clone());
        }
    }
    trailer.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    trailer.set("Length", Object::Integer(data.len() as i64));
    let _ = writeln!(out, "{xref_id} 0 obj");
    write_dictionary(&mut out, &trailer);
    out.extend_from_slice(b"\nstream\n");
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let _ = write!(out, "startxref\n{xref_offset}\n%%EOF\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_strings_are_escaped() {
        let mut out = Vec::new();
        write_name(&mut out, b"A B#(");
        write_string(&mut out, b"a(b)\\c\r", StringFormat::Literal);
        write_string(&mut out, &[0xfe, 0xff], StringFormat::Hexadecimal);
        assert_eq!(out, b"/A#20B#23#28(a\\(b\\)\\\\c\\r)<FEFF>".to_vec());
    }

    #[test]
    fn entries_are_written_as_their_dictionary() {
        let entries = vec![
            ("Type", Object::Name(b"Annot".to_vec())),
            ("Rect", Object::Array(vec![Object::Real(1.5), 2.into()])),
            (
                "Contents",
                Object::String(b"a (b)".to_vec(), StringFormat::Literal),
            ),
            (
                "A",
                Object::Dictionary(Dictionary::from_iter(vec![(
                    "S",
                    Object::Name(b"URI".to_vec()),
                )])),
            ),
        ];
        let mut direct = Vec::new();
        write_entries(&mut direct, &entries);
        let mut through = Vec::new();
        write_object(
            &mut through,
            &Object::Dictionary(Dictionary::from_iter(entries)),
        );
        assert_eq!(
            String::from_utf8_lossy(&direct),
            String::from_utf8_lossy(&through)
        );
        assert!(
            direct.starts_with(b"<</Type /Annot/Rect [1.5 2]"),
            "{direct:?}"
        );
    }

    #[test]
    fn a_written_file_reads_back() {
        let mut lo = lopdf::Document::with_version("1.7");
        let pages = lo.new_object_id();
        let page = lo.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages)),
            (
                "MediaBox",
                Object::Array(vec![0.into(), 0.into(), 595.28.into(), 841.89.into()]),
            ),
        ]));
        lo.objects.insert(
            pages,
            Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let catalog = lo.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages)),
        ]));
        lo.trailer.set("Root", Object::Reference(catalog));
        let bytes = write_file(&lo, &Written::default(), "1.7");
        let back = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(back.get_pages().len(), 1);
    }
}

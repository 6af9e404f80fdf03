//! Content stream finishing: literal text strings and deflate compression.

use lopdf::{Object, ObjectId};

use super::links::name;

/// Rewrites the hexadecimal strings printpdf writes for text (`<0012002c>`) as
/// literal strings (`(\0\x12\0,)` in bytes): half the size before compression,
/// which makes deflating faster and the file smaller. Our content streams hold no
/// dictionaries, so every `<` that is not part of `<<` starts a hex string.
pub(super) fn literal_strings_in_contents(lo: &mut lopdf::Document, page: ObjectId) {
    let contents: Vec<ObjectId> = lo.get_page_contents(page);
    for id in contents {
        if let Ok(Object::Stream(stream)) = lo.get_object_mut(id) {
            if stream.dict.get(b"Filter").is_ok() {
                continue;
            }
            if let Some(rewritten) = hex_to_literal(&stream.content) {
                stream.set_content(rewritten);
            }
        }
    }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `content` with every `<hex>` string turned into a `(literal)` string; `None` if
/// the stream contains anything unexpected (then it is left alone).
fn hex_to_literal(content: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(content.len());
    let mut i = 0;
    while i < content.len() {
        let b = content[i];
        if b == b'(' || b == b'%' {
            // A literal string or comment we did not write: leave the stream alone.
            return None;
        }
        if b != b'<' {
            out.push(b);
            i += 1;
            continue;
        }
        if content.get(i + 1) == Some(&b'<') {
            return None;
        }
        let end = i + 1 + content[i + 1..].iter().position(|&c| c == b'>')?;
        let digits = &content[i + 1..end];
        if !digits.len().is_multiple_of(2) {
            return None;
        }
        out.push(b'(');
        for pair in digits.chunks(2) {
            let byte = hex_value(pair[0])? << 4 | hex_value(pair[1])?;
            match byte {
                b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\n' => out.extend_from_slice(b"\\n"),
                _ => out.push(byte),
            }
        }
        out.push(b')');
        i = end + 1;
    }
    Some(out)
}

/// Deflates every stream that allows it and is not compressed yet, at zlib's
/// default level (the best level costs much more time for ~1% less size).
pub(super) fn compress_streams(lo: &mut lopdf::Document) {
    use std::io::Write;
    for object in lo.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
                continue;
            }
            let mut enc =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            if enc.write_all(&stream.content).is_err() {
                continue;
            }
            if let Ok(compressed) = enc.finish() {
                if compressed.len() < stream.content.len() {
                    stream.dict.set("Filter", name("FlateDecode"));
                    stream.set_content(compressed);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_strings_become_escaped_literals() {
        let content = b"BT\n/F 9 Tf\n<0028002900a5000d> Tj\nET";
        let out = hex_to_literal(content).unwrap();
        assert_eq!(out, b"BT\n/F 9 Tf\n(\0\\(\0\\)\0\xa5\0\\r) Tj\nET".to_vec());
        // Anything we did not write ourselves is left alone.
        assert_eq!(hex_to_literal(b"<< /A 1 >>"), None);
        assert_eq!(hex_to_literal(b"(x) Tj"), None);
        assert_eq!(hex_to_literal(b"<0g> Tj"), None);
    }
}

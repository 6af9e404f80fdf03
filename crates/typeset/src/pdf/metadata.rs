//! Document information, XMP metadata, `/Lang` and `/ID`.

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::links::{name, text_string};
use crate::error::TypesetError;
use crate::model::Meta;

/// A parsed RFC 3339 date-time; `offset` in minutes east of UTC, `None` for `Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DateTime {
    year: u32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    offset: Option<i32>,
}

pub(super) fn parse_rfc3339(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = s.get(from..from + len)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => None,
        _ => {
            let rb = rest.as_bytes();
            if rb.len() != 6 || !matches!(rb[0], b'+' | b'-') || rb[3] != b':' {
                return None;
            }
            let hh: i32 = rest.get(1..3)?.parse().ok()?;
            let mm: i32 = rest.get(4..6)?.parse().ok()?;
            if hh > 23 || mm > 59 {
                return None;
            }
            let sign = if rb[0] == b'-' { -1 } else { 1 };
            Some(sign * (hh * 60 + mm))
        }
    };
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour <= 23
        && minute <= 59
        && second <= 60;
    valid.then_some(DateTime {
        year,
        month,
        day,
        hour,
        minute,
        second,
        offset,
    })
}

impl DateTime {
    /// `D:YYYYMMDDHHmmSS+HH'mm'`
    fn pdf(&self) -> String {
        let zone = match self.offset {
            None => "Z".to_string(),
            Some(o) => {
                let sign = if o < 0 { '-' } else { '+' };
                format!("{sign}{:02}'{:02}'", o.abs() / 60, o.abs() % 60)
            }
        };
        format!(
            "D:{:04}{:02}{:02}{:02}{:02}{:02}{zone}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    /// `YYYY-MM-DDTHH:MM:SS+HH:MM`
    fn xmp(&self) -> String {
        let zone = match self.offset {
            None => "Z".to_string(),
            Some(o) => {
                let sign = if o < 0 { '-' } else { '+' };
                format!("{sign}{:02}:{:02}", o.abs() / 60, o.abs() % 60)
            }
        };
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{zone}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

const CREATOR: &str = "Roundbook";

fn producer() -> String {
    format!("roundbook-typeset {} (printpdf)", env!("CARGO_PKG_VERSION"))
}

pub(super) fn info_dict(meta: &Meta, date: Option<&DateTime>) -> Dictionary {
    let mut d = Dictionary::new();
    for (key, value) in [
        ("Title", &meta.title),
        ("Author", &meta.author),
        ("Subject", &meta.subject),
        ("Keywords", &meta.keywords),
    ] {
        if !value.is_empty() {
            d.set(key, text_string(value));
        }
    }
    d.set("Creator", text_string(CREATOR));
    d.set("Producer", text_string(&producer()));
    if let Some(date) = date {
        let s = Object::String(date.pdf().into_bytes(), StringFormat::Literal);
        d.set("CreationDate", s.clone());
        d.set("ModDate", s);
    }
    d
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

pub(super) fn language(meta: &Meta) -> String {
    let l = meta.language.trim();
    if l.is_empty() {
        "en".to_string()
    } else {
        l.to_string()
    }
}

/// 16 bytes derived from `s` (two 64-bit FNV-1a hashes), for `/ID`.
fn digest16(s: &str) -> [u8; 16] {
    fn fnv(s: &str, basis: u64) -> u64 {
        s.bytes().fold(basis, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }
    let a = fnv(s, 0xcbf2_9ce4_8422_2325);
    let b = fnv(s, 0x6c62_272e_07bb_0142);
    let mut out = [0; 16];
    out[..8].copy_from_slice(&a.to_be_bytes());
    out[8..].copy_from_slice(&b.to_be_bytes());
    out
}

/// The document id used for `/ID` and XMP: `Meta::document_id`, or a stand-in
/// derived from the title and date when it is empty.
fn document_id(meta: &Meta) -> String {
    if meta.document_id.trim().is_empty() {
        let d = digest16(&format!("{}\u{0}{}", meta.title, meta.creation_date));
        d.iter().map(|b| format!("{b:02x}")).collect()
    } else {
        meta.document_id.trim().to_string()
    }
}

pub(super) fn xmp_packet(meta: &Meta, date: Option<&DateTime>) -> String {
    let e = xml_escape;
    let mut x = String::new();
    x.push_str("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.push_str("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.push_str(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.push_str("  <rdf:Description rdf:about=\"\"\n");
    x.push_str("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
    x.push_str("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
    x.push_str("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n");
    x.push_str("    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n");
    x.push_str("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
    x.push_str("   <dc:format>application/pdf</dc:format>\n");
    // Every document is tagged as PDF/UA-1 asks; one with a title (which PDF/UA requires
    // and the viewer's title bar shows) says that it conforms.
    if !meta.title.trim().is_empty() {
        x.push_str("   <pdfuaid:part>1</pdfuaid:part>\n");
    }
    let alt = |tag: &str, value: &str| {
        format!(
            "   <dc:{tag}><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:{tag}>\n",
            e(value)
        )
    };
    if !meta.title.is_empty() {
        x.push_str(&alt("title", &meta.title));
    }
    if !meta.subject.is_empty() {
        x.push_str(&alt("description", &meta.subject));
    }
    if !meta.author.is_empty() {
        x.push_str(&format!(
            "   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
            e(&meta.author)
        ));
    }
    let keywords: Vec<&str> = meta
        .keywords
        .split([',', ';'])
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .collect();
    if !keywords.is_empty() {
        x.push_str("   <dc:subject><rdf:Bag>");
        for k in &keywords {
            x.push_str(&format!("<rdf:li>{}</rdf:li>", e(k)));
        }
        x.push_str("</rdf:Bag></dc:subject>\n");
        x.push_str(&format!(
            "   <pdf:Keywords>{}</pdf:Keywords>\n",
            e(&meta.keywords)
        ));
    }
    x.push_str(&format!(
        "   <dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
        e(&language(meta))
    ));
    x.push_str(&format!(
        "   <pdf:Producer>{}</pdf:Producer>\n",
        e(&producer())
    ));
    x.push_str(&format!(
        "   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>\n"
    ));
    if let Some(d) = date {
        for tag in ["CreateDate", "ModifyDate", "MetadataDate"] {
            x.push_str(&format!("   <xmp:{tag}>{}</xmp:{tag}>\n", d.xmp()));
        }
    }
    let id = e(&document_id(meta));
    x.push_str(&format!("   <xmpMM:DocumentID>{id}</xmpMM:DocumentID>\n"));
    x.push_str(&format!("   <xmpMM:InstanceID>{id}</xmpMM:InstanceID>\n"));
    x.push_str("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    x
}

pub(super) fn finish_catalog(
    lo: &mut lopdf::Document,
    meta: &Meta,
    outline: Option<ObjectId>,
    struct_tree: ObjectId,
    info: Dictionary,
    xmp: String,
) -> Result<(), TypesetError> {
    let pdf_err = |e: lopdf::Error| TypesetError::Pdf(e.to_string());
    let metadata = Stream::new(
        Dictionary::from_iter(vec![("Type", name("Metadata")), ("Subtype", name("XML"))]),
        xmp.into_bytes(),
    )
    .with_compression(false);
    let metadata_id = lo.add_object(metadata);
    let info_id = lo.add_object(info);

    // Replace printpdf's information dictionary (it carries printpdf's own fields).
    if let Ok(old) = lo.trailer.get(b"Info").and_then(Object::as_reference) {
        lo.objects.remove(&old);
    }
    lo.trailer.set("Info", Object::Reference(info_id));
    let id = digest16(&document_id(meta)).to_vec();
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );

    let catalog = lo.catalog_mut().map_err(pdf_err)?;
    catalog.set("Lang", text_string(&language(meta)));
    catalog.set(
        "MarkInfo",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "Marked",
            Object::Boolean(true),
        )])),
    );
    catalog.set("StructTreeRoot", Object::Reference(struct_tree));
    catalog.set("Metadata", Object::Reference(metadata_id));
    catalog.set(
        "ViewerPreferences",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "DisplayDocTitle",
            Object::Boolean(true),
        )])),
    );
    match outline {
        Some(root) => {
            catalog.set("Outlines", Object::Reference(root));
            catalog.set("PageMode", name("UseOutlines"));
        }
        None => {
            catalog.remove(b"Outlines");
            catalog.set("PageMode", name("UseNone"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = parse_rfc3339("2012-04-10T09:30:00+02:00").unwrap();
        assert_eq!(d.pdf(), "D:20120410093000+02'00'");
        assert_eq!(d.xmp(), "2012-04-10T09:30:00+02:00");
        let z = parse_rfc3339("2012-04-10T09:30:00.123Z").unwrap();
        assert_eq!(z.pdf(), "D:20120410093000Z");
        assert_eq!(
            parse_rfc3339("2012-04-10T09:30:00-05:30").unwrap().pdf(),
            "D:20120410093000-05'30'"
        );
        for bad in [
            "2012-04-10",
            "yesterday",
            "2012-13-10T09:30:00Z",
            "2012-04-10T09:30:00+2",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}

//! Ids that stay the same when the same file is imported again: made from a hash of what
//! identifies the record (a source's web address or title, an incident's date, title and
//! place, a case's name).

use sha2::{Digest, Sha256};

use super::lookup::normalise;

/// The first 20 hex digits of the SHA-256 of the parts (each prefixed by its length, so
/// that no two lists of parts give the same bytes).
pub(crate) fn short_hash(parts: &[&str]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut h = Sha256::new();
    for part in parts {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    let digest = h.finalize();
    let mut out = String::with_capacity(20);
    for b in digest.iter().take(10) {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 0xf) as usize] as char);
    }
    out
}

/// The id of a source made for a web address.
pub(crate) fn url_source_id(url: &str) -> String {
    format!("csv-src-{}", short_hash(&["url", url]))
}

/// The id of a source made for a source title.
pub(crate) fn title_source_id(title: &str) -> String {
    format!("csv-src-{}", short_hash(&["title", &normalise(title)]))
}

//! Ids that stay the same when the same file is imported again: an incident's from its
//! date, title and place, a source's from its web address or title.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::library_lookup::normalise;
use crate::model::Incident;

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

/// Gives rows without an id column their incident ids: `csv-<hash of date, title and
/// place>`; the n-th row of a file with the same three gets a hash that includes n.
#[derive(Default)]
pub(crate) struct IncidentIds {
    /// Per key: the first row that had it and how many rows have had it.
    seen: HashMap<String, (usize, usize)>,
}

impl IncidentIds {
    /// The id for a row, and the first row with the same key when this is a repeat.
    pub fn next(&mut self, row: usize, incident: &Incident) -> (String, Option<usize>) {
        let key = format!(
            "{}\u{1f}{}\u{1f}{}",
            incident.occurred_on,
            normalise(&incident.title),
            normalise(incident.location.as_deref().unwrap_or(""))
        );
        if let Some(entry) = self.seen.get_mut(&key) {
            entry.1 += 1;
            let (first, n) = *entry;
            let id = format!("csv-{}", short_hash(&[&key, &n.to_string()]));
            return (id, Some(first));
        }
        let id = format!("csv-{}", short_hash(&[&key]));
        self.seen.insert(key, (row, 1));
        (id, None)
    }
}

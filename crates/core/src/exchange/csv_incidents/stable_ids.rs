//! Ids that stay the same when the same file is imported again: an incident's from its
//! date, title and place (a source's: see `csv_common::stable_ids`).

use std::collections::HashMap;

use crate::exchange::csv_common::lookup::normalise;
use crate::exchange::csv_common::stable_ids::short_hash;
use crate::model::Incident;

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

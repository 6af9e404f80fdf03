//! What the library already holds, for finding the areas, benchmarks and sources a row
//! names, and the records an earlier import made.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use unicode_normalization::UnicodeNormalization;

use crate::model::validate::truncate;
use crate::model::*;
use crate::store::Record;

/// Above this many records to compare, the library's records of the kind are read in one
/// pass.
const BULK_READ_FROM: usize = 2_000;

/// Records found by id or by title (case and spacing do not matter).
pub(crate) struct Finder {
    kind: Kind,
    ids: HashSet<String>,
    /// Titles as written, for the common case of a spreadsheet that uses them exactly.
    exact: HashMap<String, Vec<String>>,
    titles: HashMap<String, Vec<String>>,
}

impl Finder {
    pub fn new<'a>(kind: Kind, records: impl Iterator<Item = (&'a str, &'a str)>) -> Finder {
        let mut f = Finder {
            kind,
            ids: HashSet::new(),
            exact: HashMap::new(),
            titles: HashMap::new(),
        };
        for (id, title) in records {
            f.ids.insert(id.to_string());
            f.exact
                .entry(title.trim().to_string())
                .or_default()
                .push(id.to_string());
            f.titles
                .entry(normalise(title))
                .or_default()
                .push(id.to_string());
        }
        f
    }

    pub fn has_id(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Ok(None): nothing has that id or title. Err: the title is ambiguous.
    pub fn find(&self, value: &str) -> Result<Option<String>, String> {
        if self.ids.contains(value) {
            return Ok(Some(value.to_string()));
        }
        // A title written exactly as in the library is that record, even where another
        // differs from it only in case.
        if let Some([one]) = self.exact.get(value).map(Vec::as_slice) {
            return Ok(Some(one.clone()));
        }
        match self.titles.get(&normalise(value)).map(Vec::as_slice) {
            None | Some([]) => Ok(None),
            Some([one]) => Ok(Some(one.clone())),
            Some(many) => Err(crate::m!(
                "csv-ambiguous-title",
                value = crate::i18n::escaped(&truncate(value)),
                records = self.kind.count(many.len()),
                ids = many.join(", ")
            )),
        }
    }

    /// Finds each value of a list cell (`(column, value)`, see `cells::list_items`),
    /// adding the ids found to `ids` (once each). Returns the problems by column: a value
    /// nothing has (`unknown` words it) or an ambiguous title.
    pub fn find_all(
        &self,
        items: &[(usize, &str)],
        ids: &mut Vec<String>,
        unknown: impl Fn(&str) -> String,
    ) -> Vec<(usize, String)> {
        let mut problems = Vec::new();
        for &(column, value) in items {
            match self.find(value) {
                Ok(Some(id)) => super::cells::push_unique(ids, id),
                Ok(None) => problems.push((column, unknown(value))),
                Err(message) => problems.push((column, message)),
            }
        }
        problems
    }
}

/// The library's areas, benchmarks and sources (also by web address).
pub(crate) struct Lookups {
    pub areas: Finder,
    pub benchmarks: Finder,
    pub sources: Finder,
    pub source_urls: HashMap<String, String>,
}

impl Lookups {
    pub fn load(conn: &Connection) -> rusqlite::Result<Lookups> {
        let areas = ConcernArea::read_all(conn)?;
        let benchmarks = Benchmark::read_all(conn)?;
        let sources = Source::read_all(conn)?;
        let mut source_urls = HashMap::new();
        for s in &sources {
            if let Some(url) = &s.url {
                source_urls
                    .entry(url.trim().to_string())
                    .or_insert_with(|| s.id.clone());
            }
        }
        Ok(Lookups {
            areas: Finder::new(
                Kind::ConcernArea,
                areas.iter().map(|a| (a.id.as_str(), a.title.as_str())),
            ),
            benchmarks: Finder::new(
                Kind::Benchmark,
                benchmarks.iter().map(|b| (b.id.as_str(), b.title.as_str())),
            ),
            sources: Finder::new(
                Kind::Source,
                sources.iter().map(|s| (s.id.as_str(), s.title.as_str())),
            ),
            source_urls,
        })
    }
}

/// The ids of every record of a kind the library holds.
pub(crate) fn ids_of<T: Record>(conn: &Connection) -> rusqlite::Result<HashSet<String>> {
    let mut stmt = conn.prepare(&format!("SELECT id FROM {}", T::KIND.plural()))?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<HashSet<String>>>()?;
    Ok(ids)
}

/// The library's records of a kind with these ids (those it has).
pub(crate) fn load_records<T: Record>(
    conn: &Connection,
    ids: &[&str],
) -> rusqlite::Result<HashMap<String, T>> {
    if ids.len() >= BULK_READ_FROM {
        let wanted: HashSet<&str> = ids.iter().copied().collect();
        return Ok(T::read_all(conn)?
            .into_iter()
            .filter(|r| wanted.contains(r.id()))
            .map(|r| (r.id().to_string(), r))
            .collect());
    }
    let mut out = HashMap::new();
    for id in ids {
        if let Some(r) = T::read(conn, id)? {
            out.insert(r.id().to_string(), r);
        }
    }
    Ok(out)
}

/// NFC, lower case, single spaces: the form in which titles and places are compared.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push_words = |text: &mut dyn Iterator<Item = char>| {
        let mut pending_space = false;
        for c in text {
            if c.is_whitespace() {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.extend(c.to_lowercase());
            }
        }
    };
    if s.is_ascii() {
        push_words(&mut s.chars());
    } else {
        push_words(&mut s.nfc());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn normalised_text() {
        assert_eq!(normalise("  Media   Freedoms "), "media freedoms");
        assert_eq!(normalise("Жаңаөзен\tEvents"), "жаңаөзен events");
        // Composed and decomposed letters compare equal.
        assert_eq!(normalise("Zhanao\u{308}zen"), normalise("Zhanaözen"));
    }
}

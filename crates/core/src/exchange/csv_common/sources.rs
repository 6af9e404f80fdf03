//! The source column of a spreadsheet: web addresses find the library's source with that
//! address or plan one (id `csv-src-<hash>`); other text finds a source by id or title, or
//! plans one with that title. A source is planned once however many rows cite it.

use std::collections::HashMap;

use super::lookup::Lookups;
use super::stable_ids::{title_source_id, url_source_id};
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::{truncate, Validate, TITLE_MAX};
use crate::model::{Sensitivity, Source};

/// Sources the file names that the library lacks, planned once each.
#[derive(Default)]
pub(crate) struct NewSources {
    pub sources: Vec<Source>,
    at: HashMap<String, usize>,
}

impl NewSources {
    fn add(&mut self, source: Source) -> usize {
        if let Some(&i) = self.at.get(&source.id) {
            return i;
        }
        self.at.insert(source.id.clone(), self.sources.len());
        self.sources.push(source);
        self.sources.len() - 1
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.at.get(id).copied()
    }
}

/// What a row's source cells cite.
#[derive(Default)]
pub(crate) struct Cited {
    /// The sources' ids, in the order of the cells, once each.
    pub ids: Vec<String>,
    /// The sources of `NewSources` among them.
    pub new: Vec<usize>,
    /// Problems by column.
    pub problems: Vec<(usize, String)>,
}

/// Reads the values of a row's source columns (`(column, value)`, see
/// `cells::list_items`). `source_title` is the title given to a source created for a web
/// address (else the address).
pub(crate) fn cite(
    items: &[(usize, &str)],
    source_title: Option<&str>,
    lib: &Lookups,
    new_sources: &mut NewSources,
) -> Cited {
    let mut out = Cited::default();
    for &(column, item) in items {
        let words: Vec<&str> = item
            .split_whitespace()
            .map(|w| w.trim_end_matches(','))
            .collect();
        if let Some(other) = words
            .iter()
            .find(|w| w.contains("://") && !looks_like_url(w))
        {
            out.problems.push((
                column,
                m!("problem-not-a-url", url = escaped(&truncate(other))),
            ));
            continue;
        }
        if words.iter().all(|w| looks_like_url(w)) {
            for word in words {
                let url = with_scheme(word);
                if let Some(id) = lib.source_urls.get(&url) {
                    super::cells::push_unique(&mut out.ids, id.clone());
                    continue;
                }
                let id = url_source_id(&url);
                let title = source_title.map_or_else(|| clip(&url, TITLE_MAX), str::to_string);
                cite_new(&mut out, column, lib, new_sources, id, title, Some(url));
            }
            continue;
        }
        match lib.sources.find(item) {
            Ok(Some(id)) => super::cells::push_unique(&mut out.ids, id),
            Ok(None) => {
                let id = title_source_id(item);
                cite_new(
                    &mut out,
                    column,
                    lib,
                    new_sources,
                    id,
                    item.to_string(),
                    None,
                );
            }
            Err(message) => out.problems.push((column, message)),
        }
    }
    out
}

fn cite_new(
    out: &mut Cited,
    column: usize,
    lib: &Lookups,
    new_sources: &mut NewSources,
    id: String,
    title: String,
    url: Option<String>,
) {
    if lib.sources.has_id(&id) {
        // Made by an earlier import (its address was since edited in the library).
        super::cells::push_unique(&mut out.ids, id);
        return;
    }
    let index = match new_sources.find(&id) {
        Some(i) => i,
        None => {
            let source = Source {
                id: id.clone(),
                title,
                publisher: None,
                published_on: None,
                url,
                accessed_on: None,
                kind: None,
                sensitivity: Sensitivity::Restricted,
                updated_at: None,
                illustrative: None,
            };
            if let Err(problems) = source.validate() {
                for fe in problems {
                    let message = match fe.field.as_str() {
                        "title" => m!("csv-source-title", problem = fe.message),
                        _ => fe.message,
                    };
                    out.problems.push((column, message));
                }
                return;
            }
            new_sources.add(source)
        }
    };
    super::cells::push_unique(&mut out.ids, id);
    if !out.new.contains(&index) {
        out.new.push(index);
    }
}

fn looks_like_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

fn with_scheme(s: &str) -> String {
    if s.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        format!("https://{s}")
    } else {
        s.to_string()
    }
}

/// At most `max` characters, with "…" when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// The planned sources that valid rows cite (`cited[i]`), in plan order; a source is
/// public when `public[i]` (a row that may show it cites it), else restricted.
pub(crate) fn cited_sources(
    new_sources: NewSources,
    cited: &[bool],
    public: &[bool],
) -> Vec<Source> {
    new_sources
        .sources
        .into_iter()
        .enumerate()
        .filter(|(i, _)| cited[*i])
        .map(|(i, mut s)| {
            if public[i] {
                s.sensitivity = Sensitivity::Public;
            }
            s
        })
        .collect()
}

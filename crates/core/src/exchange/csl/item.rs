//! One CSL-JSON item (as Zotero's "Export Collection → CSL JSON" writes it) read into a
//! source. Missing fields are tolerated: a missing title falls back to the short title,
//! the container or the web address; unreadable dates and non-web links are left out with
//! a warning.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::ItemProblem;
use crate::dates::{Date, FuzzyDate, PartialDate};
use crate::exchange::human_dates::{self, SlashOrder};
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::{id_problem, truncate, TITLE_MAX, URL_MAX};
use crate::model::{Sensitivity, Source, SourceKind};

/// An item read into a source, with what was noticed on the way.
pub(crate) struct ReadItem {
    pub csl_id: String,
    pub source: Source,
    /// The kind came from a generic CSL type (`document`, `book`, …): an existing source
    /// keeps its own kind.
    pub generic_kind: bool,
    pub warnings: Vec<ItemProblem>,
}

pub(crate) fn read(
    index: usize,
    value: &Value,
    is_library_source: &dyn Fn(&str) -> bool,
) -> Result<ReadItem, ItemProblem> {
    let Some(obj) = value.as_object() else {
        return Err(ItemProblem {
            item: index,
            csl_id: None,
            field: None,
            message: m!("csl-not-an-item"),
        });
    };
    let csl_id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut warnings = Vec::new();
    let mut warn = |field: &str, message: String| {
        warnings.push(ItemProblem {
            item: index,
            csl_id: (!csl_id.is_empty()).then(|| csl_id.clone()),
            field: (!field.is_empty()).then(|| field.to_string()),
            message,
        })
    };

    let url = read_url(obj, &mut warn);
    let title = match text(obj, "title") {
        Some(t) => t,
        None => {
            let fallback = text(obj, "title-short")
                .or_else(|| text(obj, "container-title"))
                .or_else(|| url.clone())
                .unwrap_or_else(|| {
                    if csl_id.is_empty() {
                        "Untitled".to_string()
                    } else {
                        format!("Untitled ({csl_id})")
                    }
                });
            warn(
                "title",
                m!("csl-title-missing", title = escaped(&truncate(&fallback))),
            );
            fallback
        }
    };
    let title = clip(title, TITLE_MAX, "title", &mut warn);
    let publisher = text(obj, "container-title")
        .or_else(|| text(obj, "publisher"))
        .or_else(|| text(obj, "authority"))
        .or_else(|| institutional_author(obj))
        .map(|p| clip(p, TITLE_MAX, "publisher", &mut warn));
    let published_on = obj.get("issued").and_then(|v| match read_date(v) {
        Ok(d) => d,
        Err(message) => {
            warn("issued", message);
            None
        }
    });
    let accessed_on = obj.get("accessed").and_then(|v| match read_date(v) {
        Ok(Some(d)) if d.end.is_none() && d.start.day.is_some() => Some(d.earliest()),
        Ok(Some(d)) => {
            warn("accessed", m!("csl-not-a-day", date = d.to_string()));
            None
        }
        Ok(None) => None,
        Err(message) => {
            warn("accessed", message);
            None
        }
    });
    let (kind, generic_kind) = kind_of(
        obj.get("type").and_then(Value::as_str).unwrap_or(""),
        obj.get("genre").and_then(Value::as_str).unwrap_or(""),
    );
    let id = source_id(&csl_id, &title, is_library_source);
    Ok(ReadItem {
        source: Source {
            id,
            title,
            publisher,
            published_on,
            url,
            accessed_on,
            kind: Some(kind),
            sensitivity: match obj.get("note").and_then(Value::as_str) {
                Some(note) if note.contains(super::export::RESTRICTED_NOTE) => {
                    Sensitivity::Restricted
                }
                _ => Sensitivity::Public,
            },
            updated_at: None,
            illustrative: None,
        },
        csl_id,
        generic_kind,
        warnings,
    })
}

/// A trimmed, non-empty string field.
fn text(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) => {
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            (!s.is_empty()).then_some(s)
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn clip(s: String, max: usize, field: &str, warn: &mut dyn FnMut(&str, String)) -> String {
    let n = s.chars().count();
    if n <= max {
        return s;
    }
    warn(field, m!("csl-shortened", count = n, max = max.to_string()));
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// An author that is an organisation (`{"literal": "Human Rights Watch"}`).
fn institutional_author(obj: &Map<String, Value>) -> Option<String> {
    let first = obj.get("author")?.as_array()?.first()?.as_object()?;
    if first.contains_key("given") {
        return None;
    }
    text(first, "literal").or_else(|| text(first, "family"))
}

/// The web address: `URL`, else one made from the `DOI`. Non-web links are left out.
fn read_url(obj: &Map<String, Value>, warn: &mut dyn FnMut(&str, String)) -> Option<String> {
    if let Some(url) = text(obj, "URL") {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            warn("URL", m!("csl-not-a-url", url = escaped(&truncate(&url))));
        } else if url.chars().count() > URL_MAX {
            warn("URL", m!("csl-url-too-long", max = URL_MAX));
        } else {
            return Some(url);
        }
    }
    let doi = text(obj, "DOI")?;
    let doi = doi
        .trim_start_matches("https://doi.org/")
        .trim_start_matches("doi:")
        .to_string();
    (!doi.contains(char::is_whitespace) && doi.len() < URL_MAX - 20)
        .then(|| format!("https://doi.org/{doi}"))
}

/// A CSL date: `{"date-parts": [[2012, 3]]}` (a second part makes a range), or
/// `{"raw": "…"}` / `{"literal": "…"}`. Ok(None): no date given.
pub(crate) fn read_date(v: &Value) -> Result<Option<FuzzyDate>, String> {
    let Some(obj) = v.as_object() else {
        return match v.as_str() {
            Some(s) => human_dates::parse(s, SlashOrder::Unknown).map(Some),
            None => Err(m!("csl-not-a-date")),
        };
    };
    if let Some(parts) = obj.get("date-parts").and_then(Value::as_array) {
        let dates: Vec<PartialDate> = parts.iter().filter_map(date_part).collect();
        return match dates.as_slice() {
            [] if parts.is_empty() => Ok(None),
            [] => Err(m!("csl-bad-date-parts", value = compact(v))),
            [one] => Ok(Some(FuzzyDate {
                start: *one,
                end: None,
            })),
            [start, end, ..] => {
                let range = format!("{start}/{end}");
                match range.parse::<FuzzyDate>() {
                    Ok(d) => Ok(Some(d)),
                    Err(_) => Ok(Some(FuzzyDate {
                        start: *start,
                        end: None,
                    })),
                }
            }
        };
    }
    for key in ["raw", "literal"] {
        if let Some(s) = obj.get(key).and_then(Value::as_str) {
            return human_dates::parse(s, SlashOrder::Unknown)
                .map(Some)
                .map_err(|problem| m!("csl-date-left-out", problem = problem));
        }
    }
    Ok(None)
}

/// `[2012, 3, 15]` (numbers or numeric strings; a bad month or day is dropped).
fn date_part(v: &Value) -> Option<PartialDate> {
    let nums: Vec<i64> = v
        .as_array()?
        .iter()
        .map(|n| match n {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    let year = i32::try_from(*nums.first()?)
        .ok()
        .filter(|y| (0..=9999).contains(y))?;
    let month = nums
        .get(1)
        .and_then(|&m| u32::try_from(m).ok())
        .filter(|m| (1..=12).contains(m));
    let day = match month {
        Some(m) => nums
            .get(2)
            .and_then(|&d| u32::try_from(d).ok())
            .filter(|&d| Date::new(year, m, d).is_some()),
        None => None,
    };
    Some(PartialDate { year, month, day })
}

fn compact(v: &Value) -> String {
    truncate(&v.to_string())
}

/// Our kind for a CSL type (and `genre`, Zotero's "Report Type" and similar). The flag
/// says the type was generic, so an existing source's own kind is better.
pub(crate) fn kind_of(csl_type: &str, genre: &str) -> (SourceKind, bool) {
    let genre = genre.to_lowercase();
    if genre.contains("resolution") {
        return (SourceKind::Resolution, false);
    }
    if genre.contains("observation") {
        return (SourceKind::ObservationReport, false);
    }
    if genre.contains("statement") || genre.contains("press release") {
        return (SourceKind::Statement, false);
    }
    match csl_type {
        "report" => (SourceKind::Report, false),
        "speech" | "interview" | "personal_communication" | "hearing" => {
            (SourceKind::Statement, false)
        }
        "article-newspaper" | "article-magazine" | "broadcast" | "post-weblog" | "post" => {
            (SourceKind::News, false)
        }
        "legislation" | "bill" | "legal_case" | "treaty" | "regulation" | "standard" => {
            (SourceKind::LegalText, false)
        }
        _ => (SourceKind::Other, true),
    }
}

/// The source id for a CSL id: the library's own id when the item came from our export,
/// else `csl-` and the Zotero item key, the id itself, or a hash of it.
fn source_id(csl_id: &str, title: &str, is_library_source: &dyn Fn(&str) -> bool) -> String {
    if csl_id.is_empty() {
        return format!("csl-{}", short_hash(&format!("title:{title}")));
    }
    if id_problem(csl_id).is_none() && (csl_id.starts_with("csl-") || is_library_source(csl_id)) {
        return csl_id.to_string();
    }
    // http://zotero.org/users/123/items/ABCD1234
    let key = csl_id
        .rsplit_once("/items/")
        .map_or(csl_id, |(_, key)| key.trim_end_matches('/'));
    let candidate = format!("csl-{key}");
    if id_problem(&candidate).is_none() {
        candidate
    } else {
        format!("csl-{}", short_hash(csl_id))
    }
}

fn short_hash(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect()
}

//! Our sources as CSL-JSON items. The kind travels in `type` and, where CSL has no type
//! for it, in `genre` (Zotero's "Report Type"), so importing the export gives the same
//! kinds back.

use serde::Serialize;
use serde_json::{json, Value};

use crate::dates::{Date, FuzzyDate, PartialDate};
use crate::model::{Source, SourceKind};

/// A CSL-JSON export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CslExport {
    /// The file: a pretty-printed JSON array with a final newline.
    pub json: Vec<u8>,
    pub exported: usize,
    /// Restricted sources that were not exported.
    pub restricted_left_out: usize,
}

/// `sources` as CSL-JSON, in the order given; restricted ones only if asked for.
pub fn export_csl(sources: &[Source], include_restricted: bool) -> CslExport {
    let chosen: Vec<&Source> = sources
        .iter()
        .filter(|s| include_restricted || !s.sensitivity.is_restricted())
        .collect();
    let items: Vec<Item<'_>> = chosen.iter().map(|s| item(s)).collect();
    let mut json = serde_json::to_vec_pretty(&items).unwrap_or_else(|_| b"[]".to_vec());
    json.push(b'\n');
    CslExport {
        json,
        exported: chosen.len(),
        restricted_left_out: sources.len() - chosen.len(),
    }
}

/// One CSL item, fields in the order Zotero writes them.
#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    csl_type: &'static str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    genre: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accessed: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<Value>,
    /// `RESTRICTED_NOTE` for a restricted source, so that importing the file (here or in
    /// a colleague's library) keeps it restricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'static str>,
}

/// What a restricted source's CSL item says in its `note`. Importing an item whose note
/// contains it makes the source restricted.
pub const RESTRICTED_NOTE: &str = "Roundbook: restricted — do not share outside the team";

fn item(s: &Source) -> Item<'_> {
    let (csl_type, genre) = match s.kind {
        Some(SourceKind::Report) => ("report", None),
        Some(SourceKind::Statement) => ("speech", None),
        Some(SourceKind::Resolution) => ("legislation", Some("Resolution")),
        Some(SourceKind::News) => ("article-newspaper", None),
        Some(SourceKind::LegalText) => ("legislation", None),
        Some(SourceKind::ObservationReport) => ("report", Some("Observation report")),
        Some(SourceKind::Other) | None => ("document", None),
    };
    Item {
        id: &s.id,
        csl_type,
        title: &s.title,
        genre,
        publisher: s.publisher.as_deref(),
        url: s.url.as_deref(),
        accessed: s.accessed_on.map(day),
        issued: s.published_on.as_ref().map(fuzzy_date),
        note: s.sensitivity.is_restricted().then_some(RESTRICTED_NOTE),
    }
}

fn parts(p: &PartialDate) -> Value {
    let mut v = vec![json!(p.year)];
    if let Some(m) = p.month {
        v.push(json!(m));
        if let Some(d) = p.day {
            v.push(json!(d));
        }
    }
    Value::Array(v)
}

fn fuzzy_date(d: &FuzzyDate) -> Value {
    let mut all = vec![parts(&d.start)];
    if let Some(end) = &d.end {
        all.push(parts(end));
    }
    json!({ "date-parts": all })
}

fn day(d: Date) -> Value {
    fuzzy_date(&FuzzyDate::day(d))
}

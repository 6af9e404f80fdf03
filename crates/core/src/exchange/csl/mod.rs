//! Sources in CSL-JSON, the format Zotero, Mendeley and pandoc share ("Export Collection →
//! CSL JSON" in Zotero).
//!
//! Import: each item becomes a source with the id `csl-<Zotero item key>` (or `csl-<id>`,
//! or a hash of an id that cannot be an id), so importing the same export again updates
//! the sources instead of duplicating them; an item whose id is already a source of the
//! library (our own export coming back) updates that source. The fields CSL carries
//! (title, container or publisher, issued, URL, accessed, type) replace the source's; its
//! sensitivity, which CSL cannot carry, is kept. All or nothing, in one transaction.
//!
//! Export: our sources as CSL items (`type` and `genre` carry the kind), restricted ones
//! only when asked for.

mod export;
mod item;

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

pub use export::{export_csl, CslExport};

use super::csv_incidents::RowAction;
use crate::error::{Error, ErrorCode, Result as CoreResult};
use crate::model::*;
use crate::store::{self, Library, Record};

/// Files larger than this are refused by their size, before they are read.
pub const MAX_CSL_BYTES: u64 = 64 * 1024 * 1024;

/// What a CSL import did, or its dry run would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CslReport {
    pub items: Vec<CslItem>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Things left out or filled in (a missing title, an unreadable date).
    pub warnings: Vec<ItemProblem>,
    /// True when the library was written (false for a dry run).
    pub written: bool,
}

/// What happens to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CslItem {
    /// 1-based position in the file.
    pub item: usize,
    /// The item's CSL id ("" when it had none).
    pub csl_id: String,
    pub source_id: String,
    pub title: String,
    pub action: RowAction,
    /// For an update: the source fields that change.
    pub changes: Vec<String>,
}

/// A problem or warning about one item: `item 3 ("ABCD1234"), issued: …`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemProblem {
    pub item: usize,
    pub csl_id: Option<String>,
    /// The CSL field concerned (`issued`, `URL`, …).
    pub field: Option<String>,
    pub message: String,
}

impl std::fmt::Display for ItemProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::escaped;
        use crate::m;
        let item = self.item.to_string();
        let message = &self.message;
        f.write_str(&match (&self.csl_id, &self.field) {
            (None, None) => m!("csl-item-problem", item = item, message = message),
            (None, Some(field)) => m!(
                "csl-item-field-problem",
                item = item,
                field = field,
                message = message
            ),
            (Some(id), None) => m!(
                "csl-item-id-problem",
                item = item,
                id = escaped(id),
                message = message
            ),
            (Some(id), Some(field)) => m!(
                "csl-item-id-field-problem",
                item = item,
                id = escaped(id),
                field = field,
                message = message
            ),
        })
    }
}

/// Why a CSL-JSON file was refused. Nothing is written when an import fails.
#[derive(Debug)]
pub enum CslError {
    TooLarge {
        size: u64,
        max: u64,
    },
    NotUtf8 {
        offset: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    NotAList,
    InvalidItems {
        problems: Vec<ItemProblem>,
    },
    Library(Error),
}

impl std::fmt::Display for CslError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::m;
        let text = match self {
            CslError::TooLarge { size, max } => {
                m!("csl-too-large", size = *size, max = max.to_string())
            }
            CslError::NotUtf8 { offset } => m!("csl-not-utf8", offset = offset.to_string()),
            CslError::Syntax {
                line,
                column,
                message,
            } => m!(
                "csl-syntax",
                message = message,
                line = line.to_string(),
                column = column.to_string()
            ),
            CslError::NotAList => m!(
                "csl-not-a-list",
                example = r#"[{"id": …, "type": …, "title": …}, …]"#
            ),
            CslError::InvalidItems { problems } => m!(
                "csl-nothing-imported",
                problem = super::first_problem(problems)
            ),
            CslError::Library(e) => return e.fmt(f),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CslError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CslError::Library(e) => Some(e),
            _ => None,
        }
    }
}

impl From<Error> for CslError {
    fn from(e: Error) -> CslError {
        CslError::Library(e)
    }
}

impl CslError {
    /// A stable code the UI branches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            CslError::TooLarge { .. } => ErrorCode::TooLarge,
            CslError::NotUtf8 { .. } => ErrorCode::NotUtf8,
            CslError::Syntax { .. } | CslError::NotAList => ErrorCode::NotCsl,
            CslError::InvalidItems { .. } => ErrorCode::InvalidItems,
            CslError::Library(e) => e.code(),
        }
    }
}

impl From<rusqlite::Error> for CslError {
    fn from(e: rusqlite::Error) -> CslError {
        CslError::Library(Error::from(e))
    }
}

/// Reads a CSL-JSON file, refusing more than `MAX_CSL_BYTES` (whatever the file is).
pub fn read_csl_file(path: &Path) -> Result<Vec<u8>, CslError> {
    crate::files::read_bounded(path, MAX_CSL_BYTES).map_err(|e| match e {
        crate::files::ReadError::TooLarge { size, max } => CslError::TooLarge { size, max },
        crate::files::ReadError::Io(e) => Error::io(path, e).into(),
    })
}

/// The items of a CSL-JSON file (a list, or one item on its own).
fn parse_items(bytes: &[u8]) -> Result<Vec<serde_json::Value>, CslError> {
    if bytes.len() as u64 > MAX_CSL_BYTES {
        return Err(CslError::TooLarge {
            size: bytes.len() as u64,
            max: MAX_CSL_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| CslError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| CslError::Syntax {
        line: e.line(),
        column: e.column(),
        message: match e.to_string().rfind(" at line ") {
            Some(i) => e.to_string()[..i].to_string(),
            None => e.to_string(),
        },
    })?;
    match value {
        serde_json::Value::Array(items) => Ok(items),
        serde_json::Value::Object(ref o) if o.contains_key("id") || o.contains_key("type") => {
            Ok(vec![value])
        }
        _ => Err(CslError::NotAList),
    }
}

struct Plan {
    report: CslReport,
    writes: Vec<(Source, bool)>,
}

fn plan(conn: &rusqlite::Connection, items: &[serde_json::Value]) -> Result<Plan, CslError> {
    let ours: HashMap<String, Source> = Source::read_all(conn)?
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    let is_ours = |id: &str| ours.contains_key(id);
    let mut report = CslReport {
        items: Vec::with_capacity(items.len()),
        created: 0,
        updated: 0,
        unchanged: 0,
        warnings: Vec::new(),
        written: false,
    };
    let mut problems = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut writes = Vec::new();
    for (i, value) in items.iter().enumerate() {
        let index = i + 1;
        let read = match item::read(index, value, &is_ours) {
            Ok(r) => r,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        if let Some(first) = seen.get(&read.source.id) {
            problems.push(ItemProblem {
                item: index,
                csl_id: Some(read.csl_id.clone()),
                field: Some("id".into()),
                message: crate::m!("csl-id-used-twice", first = first.to_string()),
            });
            continue;
        }
        seen.insert(read.source.id.clone(), index);
        report.warnings.extend(read.warnings);
        let mut source = read.source;
        let (action, changes) = match ours.get(&source.id) {
            None => (RowAction::Create, Vec::new()),
            Some(existing) => {
                // CSL cannot lower what the library restricted; a restricted mark in the
                // file raises it.
                source.sensitivity = existing.sensitivity.max(source.sensitivity);
                if read.generic_kind && existing.kind != Some(SourceKind::Other) {
                    source.kind = existing.kind;
                }
                source.updated_at = existing.updated_at;
                let changes = changed_fields(existing, &source);
                if changes.is_empty() {
                    (RowAction::Unchanged, changes)
                } else {
                    (RowAction::Update, changes)
                }
            }
        };
        match action {
            RowAction::Create => report.created += 1,
            RowAction::Update => report.updated += 1,
            _ => report.unchanged += 1,
        }
        report.items.push(CslItem {
            item: index,
            csl_id: read.csl_id,
            source_id: source.id.clone(),
            title: source.title.clone(),
            action,
            changes,
        });
        if action != RowAction::Unchanged {
            writes.push((source, action == RowAction::Create));
        }
    }
    if !problems.is_empty() {
        return Err(CslError::InvalidItems { problems });
    }
    Ok(Plan { report, writes })
}

fn changed_fields(a: &Source, b: &Source) -> Vec<String> {
    let mut out = Vec::new();
    for (name, differs) in [
        ("title", a.title != b.title),
        ("publisher", a.publisher != b.publisher),
        ("published_on", a.published_on != b.published_on),
        ("url", a.url != b.url),
        ("accessed_on", a.accessed_on != b.accessed_on),
        ("kind", a.kind != b.kind),
    ] {
        if differs {
            out.push(name.to_string());
        }
    }
    out
}

impl Library {
    /// The dry run of a CSL-JSON import: what would be created, updated or left alone.
    pub fn plan_csl_sources(&self, bytes: &[u8]) -> Result<CslReport, CslError> {
        let items = parse_items(bytes)?;
        let mut outcome = Err(CslError::NotAList);
        self.read(|conn| -> CoreResult<()> {
            outcome = plan(conn, &items).map(|p| p.report);
            Ok(())
        })?;
        outcome
    }

    /// Imports the sources of a CSL-JSON file in one transaction, all or nothing. `now`
    /// becomes the `updated_at` of what is created or changed.
    #[tracing::instrument(skip_all, fields(bytes = bytes.len()))]
    pub fn import_csl_sources(
        &mut self,
        bytes: &[u8],
        now: Timestamp,
    ) -> Result<CslReport, CslError> {
        let items = parse_items(bytes)?;
        let mut outcome = Err(CslError::NotAList);
        self.write(|tx| -> CoreResult<()> {
            let plan = match plan(tx, &items) {
                Ok(p) => p,
                Err(e) => {
                    outcome = Err(e);
                    return Ok(());
                }
            };
            for (mut source, is_new) in plan.writes {
                source.updated_at = Some(now);
                store::check(&source)?;
                store::put(tx, &source, is_new)?;
            }
            let mut report = plan.report;
            report.written = true;
            outcome = Ok(report);
            Ok(())
        })?;
        outcome
    }

    /// Every source of the library as CSL-JSON (restricted ones only when asked for).
    pub fn export_csl(&self, include_restricted: bool) -> CoreResult<CslExport> {
        Ok(export_csl(&self.list::<Source>()?, include_restricted))
    }

    /// Writes `export_csl` to `path`, whole or not at all, never over the library's own
    /// files.
    pub fn write_csl(&self, include_restricted: bool, path: &Path) -> CoreResult<CslWritten> {
        self.refuse_own_file(path)?;
        let csl = self.export_csl(include_restricted)?;
        crate::files::write_atomic(path, &csl.json)?;
        Ok(CslWritten {
            path: path.display().to_string(),
            exported: csl.exported,
            restricted_left_out: csl.restricted_left_out,
        })
    }
}

/// Sources written as CSL-JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CslWritten {
    pub path: String,
    pub exported: usize,
    /// Restricted sources that were not written.
    pub restricted_left_out: usize,
}

//! Reading cells the same way in every spreadsheet import: headers compared by name,
//! columns named in messages, list cells split into values, the sensitivity words.

use super::reader::Row;
use super::RowProblem;
use crate::model::Sensitivity;

/// The values of a list field: every given column's cell, split on `;` and line breaks,
/// each with its column.
pub(crate) fn list_items<'r>(row: &'r Row, columns: &[usize]) -> Vec<(usize, &'r str)> {
    let mut out = Vec::new();
    for &c in columns {
        for item in row.cell(c).split([';', '\n', '\r']) {
            let item = item.trim();
            if !item.is_empty() {
                out.push((c, item));
            }
        }
    }
    out
}

/// A cell's text, none when it is empty.
pub(crate) fn optional(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// Adds `id` to the list unless it is already there.
pub(crate) fn push_unique(list: &mut Vec<String>, id: String) {
    if !list.contains(&id) {
        list.push(id);
    }
}

/// The header of a column, for messages (its number when the header is empty).
pub(crate) fn column_name(header: &[String], index: usize) -> String {
    match header.get(index).map(|h| h.trim()) {
        Some(h) if !h.is_empty() => h.to_string(),
        _ => format!("{}", index + 1),
    }
}

/// `"Source_URL *"` → `"source url"`: the form in which headers are compared.
pub(crate) fn normalise_header(header: &str) -> String {
    let lowered: String = header
        .trim()
        .trim_end_matches([':', '*', '?'])
        .to_lowercase()
        .chars()
        .map(|c| {
            if matches!(c, '_' | '-' | '.' | '/') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let joined = words.join(" ");
    joined
        .strip_suffix("(s)")
        .map(|s| s.trim_end().to_string())
        .unwrap_or(joined)
}

/// The warning for a row with more cells than the header has columns.
pub(crate) fn extra_cells(row: &Row, columns: usize) -> Option<RowProblem> {
    row.cells
        .iter()
        .skip(columns)
        .any(|c| !c.trim().is_empty())
        .then(|| RowProblem {
            row: row.number,
            column: None,
            message: crate::m!("csv-extra-cells", columns = columns.to_string()),
        })
}

/// A sensitivity as spreadsheets write it: `public`, `restricted`, `confidential`, `yes`…
pub(crate) fn parse_sensitivity(s: &str) -> Option<Sensitivity> {
    match s.trim().to_lowercase().as_str() {
        "public" | "open" | "no" | "false" | "0" => Some(Sensitivity::Public),
        "restricted" | "confidential" | "internal" | "private" | "sensitive" | "yes" | "true"
        | "1" | "x" => Some(Sensitivity::Restricted),
        _ => None,
    }
}

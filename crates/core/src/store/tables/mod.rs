//! One module per table: how each kind of record is written and read.

mod areas;
mod asks;
mod assessments;
mod benchmarks;
mod commitments;
mod incidents;
mod negotiations;
mod rounds;
mod sources;

/// Builds `INSERT … ON CONFLICT(id) DO UPDATE SET …` for a table's columns (id first).
pub(crate) fn upsert_sql(table: &str, columns: &[&str]) -> String {
    let names = columns.join(", ");
    let params: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
    let sets: Vec<String> = columns[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO {table} ({names}) VALUES ({}) ON CONFLICT(id) DO UPDATE SET {}",
        params.join(", "),
        sets.join(", ")
    )
}

/// Joins the non-empty parts of a record's searchable text.
pub(crate) fn join_text<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> String {
    parts
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first `n` characters of a text, for labels.
pub(crate) fn clip(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n).collect::<String>().trim_end())
    }
}

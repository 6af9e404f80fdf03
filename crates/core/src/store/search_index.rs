//! The full-text index: one row per searchable record, holding its folded text.

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::Kind;
use crate::search;

/// Adds or replaces the indexed text of a record.
pub(crate) fn put(conn: &Connection, kind: Kind, id: &str, text: &str) -> rusqlite::Result<()> {
    let folded = search::fold(text);
    let existing: Option<i64> = conn
        .prepare_cached("SELECT doc_id FROM search_docs WHERE kind = ?1 AND record_id = ?2")?
        .query_row(params![kind.as_str(), id], |r| r.get(0))
        .optional()?;
    match existing {
        Some(doc) => {
            conn.prepare_cached("UPDATE search_index SET body = ?2 WHERE rowid = ?1")?
                .execute(params![doc, folded])?;
        }
        None => {
            conn.prepare_cached("INSERT INTO search_docs (kind, record_id) VALUES (?1, ?2)")?
                .execute(params![kind.as_str(), id])?;
            let doc = conn.last_insert_rowid();
            conn.prepare_cached("INSERT INTO search_index (rowid, body) VALUES (?1, ?2)")?
                .execute(params![doc, folded])?;
        }
    }
    Ok(())
}

/// Removes a record from the index.
pub(crate) fn remove(conn: &Connection, kind: Kind, id: &str) -> rusqlite::Result<()> {
    let doc: Option<i64> = conn
        .prepare_cached("SELECT doc_id FROM search_docs WHERE kind = ?1 AND record_id = ?2")?
        .query_row(params![kind.as_str(), id], |r| r.get(0))
        .optional()?;
    if let Some(doc) = doc {
        conn.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?
            .execute([doc])?;
        conn.prepare_cached("DELETE FROM search_docs WHERE doc_id = ?1")?
            .execute([doc])?;
    }
    Ok(())
}

/// Records matching an FTS5 query, best first: (kind, id).
pub(crate) fn matching(
    conn: &Connection,
    fts_query: &str,
    kind: Option<Kind>,
    limit: usize,
) -> rusqlite::Result<Vec<(Kind, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.kind, d.record_id FROM search_index s JOIN search_docs d ON d.doc_id = s.rowid
         WHERE search_index MATCH ?1 AND (?2 IS NULL OR d.kind = ?2)
         ORDER BY rank LIMIT ?3",
    )?;
    let rows = stmt.query_map(
        params![fts_query, kind.map(Kind::as_str), limit as i64],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )?;
    let mut hits = Vec::new();
    for row in rows {
        let (kind, id) = row?;
        if let Some(kind) = Kind::parse(&kind) {
            hits.push((kind, id));
        }
    }
    Ok(hits)
}

use rusqlite::{params, Connection, Row};

use super::{clip, join_text, upsert_sql};
use crate::model::{Assessment, Kind};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, record_basics, reference, Record, Reference};

impl Record for Assessment {
    const KIND: Kind = Kind::Assessment;
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "benchmark_id",
        "assessed_on",
        "status",
        "evidence",
        "updated_at",
    ];
    const ORDER: &'static str = "benchmark_id, assessed_on, id";
    const LINKS: &'static [Link] = &[links::ASSESSMENT_SOURCES];

    record_basics!();

    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs = vec![reference(
            "benchmark_id",
            Kind::Benchmark,
            &self.benchmark_id,
        )];
        refs.extend(list_references(
            "source_ids",
            Kind::Source,
            &self.source_ids,
        ));
        refs
    }
    fn search_text(&self) -> String {
        join_text([self.evidence.as_deref()])
    }
    fn label(&self) -> String {
        format!("{} on {}", self.status.label(), self.assessed_on.long())
            + &self
                .evidence
                .as_deref()
                .map(|e| format!(": {}", clip(e, 80)))
                .unwrap_or_default()
    }
    fn link_lists(&self) -> Vec<&[String]> {
        vec![&self.source_ids]
    }
    fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>> {
        vec![&mut self.source_ids]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("assessments", Self::COLUMNS))?
            .execute(params![
                self.id,
                self.benchmark_id,
                self.assessed_on,
                self.status,
                self.evidence,
                self.updated_at
            ])?;
        Ok(())
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Assessment> {
        Ok(Assessment {
            id: r.get(0)?,
            benchmark_id: r.get(1)?,
            assessed_on: r.get(2)?,
            status: r.get(3)?,
            evidence: r.get(4)?,
            source_ids: Vec::new(),
            updated_at: r.get(5)?,
        })
    }
}

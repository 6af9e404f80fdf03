use rusqlite::{params, Connection, Row};

use super::{join_text, upsert_sql};
use crate::model::{Incident, Kind};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, record_basics, Record, Reference};
use crate::store::sql_types::{list_from_sql, list_to_sql};

impl Record for Incident {
    const KIND: Kind = Kind::Incident;
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "occurred_on",
        "occurred_from",
        "occurred_until",
        "location",
        "summary",
        "people",
        "verification",
        "sensitivity",
        "updated_at",
    ];
    const ORDER: &'static str = "occurred_from, occurred_until, title, id";
    const LINKS: &'static [Link] = &[
        links::INCIDENT_AREAS,
        links::INCIDENT_BENCHMARKS,
        links::INCIDENT_SOURCES,
    ];

    record_basics!();

    fn references(&self) -> Vec<Reference<'_>> {
        list_references(
            "concern_area_ids",
            Kind::ConcernArea,
            &self.concern_area_ids,
        )
        .chain(list_references(
            "benchmark_ids",
            Kind::Benchmark,
            &self.benchmark_ids,
        ))
        .chain(list_references(
            "source_ids",
            Kind::Source,
            &self.source_ids,
        ))
        .collect()
    }
    fn search_text(&self) -> String {
        let people = self.people.join(", ");
        join_text([
            Some(self.title.as_str()),
            self.location.as_deref(),
            Some(people.as_str()),
            self.summary.as_deref(),
        ])
    }
    fn label(&self) -> String {
        self.title.clone()
    }
    fn link_lists(&self) -> Vec<&[String]> {
        vec![
            &self.concern_area_ids,
            &self.benchmark_ids,
            &self.source_ids,
        ]
    }
    fn link_lists_mut(&mut self) -> Vec<&mut Vec<String>> {
        vec![
            &mut self.concern_area_ids,
            &mut self.benchmark_ids,
            &mut self.source_ids,
        ]
    }

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("incidents", Self::COLUMNS))?
            .execute(params![
                self.id,
                self.title,
                self.occurred_on,
                self.occurred_on.earliest(),
                self.occurred_on.latest(),
                self.location,
                self.summary,
                list_to_sql(&self.people),
                self.verification,
                self.sensitivity,
                self.updated_at
            ])?;
        Ok(())
    }

    fn from_row(r: &Row<'_>) -> rusqlite::Result<Incident> {
        // Columns 3 and 4 (occurred_from, occurred_until) are derived from occurred_on.
        Ok(Incident {
            id: r.get(0)?,
            title: r.get(1)?,
            occurred_on: r.get(2)?,
            location: r.get(5)?,
            summary: r.get(6)?,
            people: list_from_sql(&r.get::<_, String>(7)?)?,
            verification: r.get(8)?,
            sensitivity: r.get(9)?,
            concern_area_ids: Vec::new(),
            benchmark_ids: Vec::new(),
            source_ids: Vec::new(),
            updated_at: r.get(10)?,
        })
    }
}

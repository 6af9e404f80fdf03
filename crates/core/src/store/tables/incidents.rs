use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{join_text, select_sql, upsert_sql};
use crate::model::{Incident, Kind, Timestamp};
use crate::store::links::{self, Link};
use crate::store::record::{list_references, Record, Reference};
use crate::store::sql_types::{list_from_sql, list_to_sql};

pub(crate) const COLUMNS: &[&str] = &[
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
const LINKS: [Link; 3] = [
    links::INCIDENT_AREAS,
    links::INCIDENT_BENCHMARKS,
    links::INCIDENT_SOURCES,
];

pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Incident> {
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

/// Fills an incident's link lists.
pub(crate) fn read_links(conn: &Connection, incident: &mut Incident) -> rusqlite::Result<()> {
    incident.concern_area_ids = links::INCIDENT_AREAS.get(conn, &incident.id)?;
    incident.benchmark_ids = links::INCIDENT_BENCHMARKS.get(conn, &incident.id)?;
    incident.source_ids = links::INCIDENT_SOURCES.get(conn, &incident.id)?;
    Ok(())
}

impl Record for Incident {
    const KIND: Kind = Kind::Incident;
    const LINKS: &'static [Link] = &LINKS;

    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
    fn updated_at(&self) -> Option<Timestamp> {
        self.updated_at
    }
    fn set_updated_at(&mut self, at: Option<Timestamp>) {
        self.updated_at = at;
    }
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

    fn write_row(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.prepare_cached(&upsert_sql("incidents", COLUMNS))?
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

    fn read(conn: &Connection, id: &str) -> rusqlite::Result<Option<Self>> {
        let found = conn
            .prepare_cached(&select_sql("incidents", COLUMNS, "WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?;
        found
            .map(|mut i| {
                read_links(conn, &mut i)?;
                Ok(i)
            })
            .transpose()
    }

    fn read_all(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        let mut areas = links::INCIDENT_AREAS.all(conn)?;
        let mut benchmarks = links::INCIDENT_BENCHMARKS.all(conn)?;
        let mut sources = links::INCIDENT_SOURCES.all(conn)?;
        let mut stmt = conn.prepare(&select_sql(
            "incidents",
            COLUMNS,
            "ORDER BY occurred_from, occurred_until, title, id",
        ))?;
        let rows = stmt.query_map([], from_row)?;
        rows.map(|i| {
            let mut i = i?;
            i.concern_area_ids = areas.remove(&i.id).unwrap_or_default();
            i.benchmark_ids = benchmarks.remove(&i.id).unwrap_or_default();
            i.source_ids = sources.remove(&i.id).unwrap_or_default();
            Ok(i)
        })
        .collect()
    }
}

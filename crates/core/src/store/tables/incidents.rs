use crate::model::Incident;
use crate::store::links;
use crate::store::record::table;

table! {
    Incident in "incidents", order "occurred_from, occurred_until, title, id";
    columns [id, title, occurred_on, location, summary, people, verification, sensitivity, illustrative, language, translations, updated_at];
    derived [
        occurred_from = |r| r.occurred_on.earliest().to_string(),
        occurred_until = |r| r.occurred_on.latest().to_string(),
    ];
    links [
        concern_area_ids: links::INCIDENT_AREAS,
        benchmark_ids: links::INCIDENT_BENCHMARKS,
        source_ids: links::INCIDENT_SOURCES,
    ];
    refs [];
    part_of [];
    search [title, location, people, summary, translations];
    sensitivity [sensitivity];
    label |r| r.title.clone();
}

use crate::model::Case;
use crate::store::links;
use crate::store::record::table;

table! {
    Case in "cases", order "name, id";
    columns [id, name, other_names, role, organisation, summary, consent, sensitivity, illustrative, language, translations, updated_at];
    derived [];
    links [
        concern_area_ids: links::CASE_AREAS,
        benchmark_ids: links::CASE_BENCHMARKS,
        incident_ids: links::CASE_INCIDENTS,
        ask_ids: links::CASE_ASKS,
        source_ids: links::CASE_SOURCES,
    ];
    refs [];
    part_of [];
    search [name, other_names, role, organisation, summary, translations];
    sensitivity [sensitivity];
    label |r| r.name.clone();
}

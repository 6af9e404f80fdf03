use crate::model::Benchmark;
use crate::store::links;
use crate::store::record::table;

table! {
    Benchmark in "benchmarks", order "concern_area_id, position IS NULL, position, title, id";
    columns [id, concern_area_id, title, measure, rationale, target_date, position, illustrative, language, translations, updated_at];
    derived [];
    links [source_ids: links::BENCHMARK_SOURCES];
    refs [concern_area_id -> ConcernArea];
    part_of [];
    search [title, measure, rationale, translations];
    sensitivity [];
    label |r| r.title.clone();
}

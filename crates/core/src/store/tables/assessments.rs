use crate::model::Assessment;
use crate::store::links;
use crate::store::record::{clip, table};

table! {
    Assessment in "assessments", order "benchmark_id, assessed_on, id";
    columns [id, benchmark_id, assessed_on, status, evidence, illustrative, language, translations, updated_at];
    derived [];
    links [source_ids: links::ASSESSMENT_SOURCES];
    refs [];
    part_of [benchmark_id -> Benchmark];
    search [evidence, translations];
    sensitivity [];
    label |r| {
        let evidence = r.evidence.as_deref().map(|e| format!(": {}", clip(e, 80)));
        format!("{} on {}{}", r.status.label(), r.assessed_on.long(), evidence.unwrap_or_default())
    };
}

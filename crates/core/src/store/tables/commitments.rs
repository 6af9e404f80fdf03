use crate::model::Commitment;
use crate::store::links;
use crate::store::record::table;

table! {
    Commitment in "commitments", order "made_from, made_until, title, id";
    columns [id, title, made_by, made_on, instrument, kind, quote, quote_language, summary, round_id, illustrative, language, translations, updated_at];
    derived [
        made_from = |r| r.made_on.earliest().to_string(),
        made_until = |r| r.made_on.latest().to_string(),
    ];
    links [
        concern_area_ids: links::COMMITMENT_AREAS,
        benchmark_ids: links::COMMITMENT_BENCHMARKS,
        source_ids: links::COMMITMENT_SOURCES,
    ];
    refs [round_id -> Round];
    part_of [];
    search [title, made_by, instrument, quote, summary, translations];
    sensitivity [];
    label |r| r.title.clone();
}

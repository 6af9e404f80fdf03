use crate::model::Ask;
use crate::store::links;
use crate::store::record::{clip, table};

table! {
    Ask in "asks", order "concern_area_id, position IS NULL, position, id";
    columns [id, concern_area_id, round_id, text, position, illustrative, language, translations, updated_at];
    derived [];
    links [benchmark_ids: links::ASK_BENCHMARKS];
    refs [round_id -> Round];
    part_of [concern_area_id -> ConcernArea];
    search [text, translations];
    sensitivity [];
    label |r| clip(&r.text, 100);
}

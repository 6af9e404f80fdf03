use crate::model::AskResult;
use crate::store::links;
use crate::store::record::{clip, table};

table! {
    AskResult in "ask_results", order "outcome_id, id";
    columns [id, outcome_id, ask_id, result, evidence, sensitivity, illustrative, language, translations, updated_at];
    derived [];
    links [source_ids: links::ASK_RESULT_SOURCES];
    refs [ask_id -> Ask];
    part_of [outcome_id -> RoundOutcome];
    search [evidence, translations];
    sensitivity [sensitivity];
    label |r| {
        let evidence = r.evidence.as_deref().map(|e| format!(": {}", clip(e, 80)));
        format!("{}{}", r.result.label(), evidence.unwrap_or_default())
    };
}

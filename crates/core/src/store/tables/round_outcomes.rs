use crate::model::RoundOutcome;
use crate::store::links;
use crate::store::record::{clip, table};

// The sensitivity said here is the debrief's: a merge never lowers it unless chosen, and
// a search result shows it. The outcome as a whole is not restricted: bundles leave only
// a restricted debrief behind (`exchange::without_restricted`).
table! {
    RoundOutcome in "round_outcomes", order "round_id, id";
    columns [id, round_id, statement_on, statement_quote, statement_url, debrief, debrief_sensitivity, illustrative, language, translations, updated_at];
    derived [];
    links [source_ids: links::ROUND_OUTCOME_SOURCES];
    refs [];
    part_of [round_id -> Round];
    search [statement_quote, debrief, translations];
    sensitivity [debrief_sensitivity];
    label |r| match (&r.statement_on, &r.statement_quote) {
        (Some(on), _) => format!("Outcome: EU statement of {}", on.long()),
        (None, Some(quote)) => format!("Outcome: “{}”", clip(quote, 80)),
        (None, None) => "Outcome of the round".to_string(),
    };
}

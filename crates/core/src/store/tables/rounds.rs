use crate::model::Round;
use crate::store::links;
use crate::store::record::table;

table! {
    Round in "rounds", order "starts_on, id";
    columns [id, negotiation_id, title, starts_on, ends_on, location, status, notes, illustrative, language, translations, updated_at];
    derived [];
    links [source_ids: links::ROUND_SOURCES];
    refs [negotiation_id -> Negotiation];
    part_of [];
    search [title, location, notes, translations];
    sensitivity [];
    label |r| r.title.clone();
}

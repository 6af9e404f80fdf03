use crate::model::ConcernArea;
use crate::store::links;
use crate::store::record::table;

table! {
    ConcernArea in "concern_areas", order "position IS NULL, position, title, id";
    columns [id, title, negotiation_id, summary, position, illustrative, language, translations, updated_at];
    derived [];
    links [source_ids: links::AREA_SOURCES];
    refs [negotiation_id -> Negotiation];
    part_of [];
    search [title, summary, translations];
    sensitivity [];
    label |r| r.title.clone();
}

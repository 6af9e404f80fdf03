use crate::model::Negotiation;
use crate::store::record::table;

table! {
    Negotiation in "negotiations", order "title, id";
    columns [id, title, parties, description, illustrative, language, translations, updated_at];
    derived [];
    links [];
    refs [];
    part_of [];
    search [title, parties, description, translations];
    sensitivity [];
    label |r| r.title.clone();
}

use crate::model::Negotiation;
use crate::store::record::table;

table! {
    Negotiation in "negotiations", order "title, id";
    columns [id, title, parties, description, illustrative, updated_at];
    derived [];
    links [];
    refs [];
    part_of [];
    search [title, parties, description];
    sensitivity [];
    label |r| r.title.clone();
}

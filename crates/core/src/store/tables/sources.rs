use crate::model::Source;
use crate::store::record::table;

table! {
    Source in "sources", order "title, id";
    columns [id, title, publisher, published_on, url, accessed_on, kind, sensitivity, illustrative, updated_at];
    derived [];
    links [];
    refs [];
    part_of [];
    search [title, publisher, url];
    sensitivity [sensitivity];
    label |r| r.title.clone();
}

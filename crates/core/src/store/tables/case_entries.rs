use crate::model::CaseEntry;
use crate::store::links;
use crate::store::record::{clip, table};

table! {
    CaseEntry in "case_entries", order "case_id, date_from, date_until, id";
    columns [id, case_id, date, status, note, illustrative, language, translations, updated_at];
    derived [
        date_from = |r| r.date.earliest().to_string(),
        date_until = |r| r.date.latest().to_string(),
    ];
    links [source_ids: links::CASE_ENTRY_SOURCES];
    refs [];
    part_of [case_id -> Case];
    search [note, translations];
    sensitivity [];
    label |r| {
        let note = r.note.as_deref().map(|n| format!(": {}", clip(n, 80)));
        format!("{} since {}{}", r.status.label(), r.date.long(), note.unwrap_or_default())
    };
}

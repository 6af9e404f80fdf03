//! The domain model: the things an advocate keeps in a library (see the vocabulary in
//! `ARCHITECTURE.md`). The same structs are the records of the bundle format, so their
//! serde shape follows `docs/bundle-v1.schema.json` exactly: optional fields are omitted
//! when absent, unknown fields are refused. The kinds of record are listed once, in
//! `kinds.rs`.

mod enums;
mod kinds;
mod records;
mod timestamp;
pub mod translations;
pub mod validate;

pub use enums::*;
pub(crate) use kinds::record_kinds;
pub use kinds::{each_kind, AnyRecord, AnyVisitor, Kind, KindVisitor, RecordKind, Snapshot};
pub use records::*;
pub use timestamp::Timestamp;
pub use translations::{translatable_fields, Translatable, TranslatableField, Translations};

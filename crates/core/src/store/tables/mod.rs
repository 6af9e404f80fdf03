//! One module per table: how each kind of record is stored (see `record::table!`).

mod areas;
mod asks;
mod assessments;
mod benchmarks;
mod case_entries;
mod cases;
mod commitments;
mod incidents;
mod negotiations;
mod rounds;
mod sources;

//! One module per table: how each kind of record is stored (see `record::table!`).

mod areas;
mod ask_results;
mod asks;
mod assessments;
mod benchmarks;
mod case_entries;
mod cases;
mod commitments;
mod incidents;
mod negotiations;
mod round_outcomes;
mod rounds;
mod sources;

//! The status grid: each benchmark's status as of each round of a negotiation —
//! benchmarks down, rounds across.
//!
//! One rule gives every cell, the rule the pack uses for "status now": the status of a
//! benchmark as of a round is that of its latest assessment on or before the round's
//! last day (`ends_on`, else `starts_on`); none before it, no status. The pack's grid
//! (`status_grid`) reads it from the frozen pack (its `series` and each benchmark's
//! `trend`, already filtered for the audience); the app's (`Library::status_grid`)
//! straight from the library.

use serde::Serialize;

use super::content::{AssessmentItem, Pack, RoundInfo};
use crate::dates::Date;
use crate::error::Result;
use crate::model::{
    Assessment, AssessmentStatus, Benchmark, ConcernArea, Negotiation, Round, RoundStatus,
};
use crate::store::Library;

/// Each benchmark's status as of each round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct StatusGrid {
    /// The columns, oldest first.
    pub rounds: Vec<GridRound>,
    /// The rows: benchmarks grouped by area, in the areas' and benchmarks' order.
    pub rows: Vec<GridRow>,
}

/// A column of the grid: a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GridRound {
    pub id: String,
    pub title: String,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    /// The day its statuses are read on: the round's last day.
    pub as_of: Date,
}

/// A row of the grid: a benchmark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GridRow {
    pub area_id: String,
    pub area_title: String,
    pub benchmark_id: String,
    pub title: String,
    /// One cell per round of `rounds`: the status as of that round; none when the
    /// benchmark had not been assessed by then (or, in the app's grid, when the round
    /// is still to come).
    pub cells: Vec<Option<AssessmentStatus>>,
}

impl GridRound {
    fn new(id: &str, title: &str, starts_on: Date, ends_on: Option<Date>) -> GridRound {
        GridRound {
            id: id.to_string(),
            title: title.to_string(),
            starts_on,
            ends_on,
            as_of: ends_on.unwrap_or(starts_on),
        }
    }

    fn of_pack(r: &RoundInfo) -> GridRound {
        GridRound::new(&r.id, &r.title, r.starts_on, r.ends_on)
    }
}

/// An assessment as the grid reads it: a day and a status.
pub trait Assessed {
    fn assessed_on(&self) -> Date;
    fn status(&self) -> AssessmentStatus;
}

impl Assessed for AssessmentItem {
    fn assessed_on(&self) -> Date {
        self.assessed_on
    }
    fn status(&self) -> AssessmentStatus {
        self.status
    }
}

impl<T: Assessed> Assessed for &T {
    fn assessed_on(&self) -> Date {
        (**self).assessed_on()
    }
    fn status(&self) -> AssessmentStatus {
        (**self).status()
    }
}

impl Assessed for Assessment {
    fn assessed_on(&self) -> Date {
        self.assessed_on
    }
    fn status(&self) -> AssessmentStatus {
        self.status
    }
}

/// The status of a benchmark on `day`, from its assessments oldest first: that of the
/// latest assessment on or before the day (of two on the same day, the later in the
/// list: the one `max_by_key` keeps); none when there is none.
pub fn status_at<A: Assessed>(trend: &[A], day: Date) -> Option<AssessmentStatus> {
    trend
        .iter()
        .filter(|a| a.assessed_on() <= day)
        .max_by_key(|a| a.assessed_on())
        .map(|a| a.status())
}

/// The grid of a pack: its selected benchmarks, in the pack's order, as of each round
/// of its `series` (none for a pack recorded before it had one).
pub fn status_grid(pack: &Pack) -> StatusGrid {
    let rounds: Vec<GridRound> = pack.series.iter().map(GridRound::of_pack).collect();
    let rows = pack
        .scorecard()
        .map(|(area, b)| GridRow {
            area_id: area.id.clone(),
            area_title: area.title.clone(),
            benchmark_id: b.id.clone(),
            title: b.title.clone(),
            cells: rounds
                .iter()
                .map(|r| status_at(&b.trend, r.as_of))
                .collect(),
        })
        .collect();
    StatusGrid { rounds, rows }
}

/// The order of areas and benchmarks: by position, those without one after, then by
/// title and id.
fn by_position(position: Option<u32>, title: &str, id: &str) -> (bool, u32, String, String) {
    (
        position.is_none(),
        position.unwrap_or(0),
        title.to_string(),
        id.to_string(),
    )
}

impl Library {
    /// The status grid of a negotiation, for its page in the app: every benchmark of
    /// its concern areas (areas and benchmarks in their order), as of every round that
    /// is not cancelled (oldest first). A round that starts after `today` has no status
    /// yet: its cells are empty. Every assessment counts (no audience here).
    pub fn status_grid(&self, negotiation_id: &str, today: Date) -> Result<StatusGrid> {
        self.get::<Negotiation>(negotiation_id)?;
        let mut rounds: Vec<Round> = self
            .list::<Round>()?
            .into_iter()
            .filter(|r| r.negotiation_id == negotiation_id)
            .filter(|r| r.status != RoundStatus::Cancelled)
            .collect();
        rounds.sort_by(|a, b| (a.starts_on, &a.id).cmp(&(b.starts_on, &b.id)));
        let mut areas: Vec<ConcernArea> = self
            .list::<ConcernArea>()?
            .into_iter()
            .filter(|a| a.negotiation_id.as_deref() == Some(negotiation_id))
            .collect();
        areas.sort_by_key(|a| by_position(a.position, &a.title, &a.id));
        let mut benchmarks: Vec<Benchmark> = self
            .list::<Benchmark>()?
            .into_iter()
            .filter(|b| areas.iter().any(|a| a.id == b.concern_area_id))
            .collect();
        benchmarks.sort_by_key(|b| by_position(b.position, &b.title, &b.id));
        let mut assessments = self.list::<Assessment>()?;
        assessments.sort_by(|a, b| (a.assessed_on, &a.id).cmp(&(b.assessed_on, &b.id)));

        let columns: Vec<GridRound> = rounds
            .iter()
            .map(|r| GridRound::new(&r.id, &r.title, r.starts_on, r.ends_on))
            .collect();
        let mut rows = Vec::new();
        for area in &areas {
            for b in benchmarks.iter().filter(|b| b.concern_area_id == area.id) {
                let trend: Vec<&Assessment> = assessments
                    .iter()
                    .filter(|a| a.benchmark_id == b.id)
                    .collect();
                rows.push(GridRow {
                    area_id: area.id.clone(),
                    area_title: area.title.clone(),
                    benchmark_id: b.id.clone(),
                    title: b.title.clone(),
                    cells: columns
                        .iter()
                        .map(|r| {
                            (r.starts_on <= today)
                                .then(|| status_at(&trend, r.as_of))
                                .flatten()
                        })
                        .collect(),
                });
            }
        }
        Ok(StatusGrid {
            rounds: columns,
            rows,
        })
    }
}

//! The app's log: spans of the commands and of the core's workflows (import, export, pack,
//! encryption, restore) with counts, ids, timings and error codes, written to a file per
//! day in the app's log folder (the last `DAYS_KEPT` are kept).
//!
//! What is never logged: record text (titles, summaries, evidence, names), passphrases,
//! and error messages (they can quote what the user typed); an error is logged by its code
//! and field. Commands take their arguments with `skip_all`, so nothing the window sends
//! is written unless a field names it. A test checks the log of a whole session for
//! record text and passphrases.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::fmt::MakeWriter;

/// How many daily log files are kept.
pub const DAYS_KEPT: usize = 14;

/// The subscriber the app logs with, writing to `writer`.
pub fn subscriber<W>(writer: W) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_target(false)
        .with_span_events(FmtSpan::CLOSE)
        .with_max_level(tracing::Level::INFO)
        .finish()
}

/// Starts logging to `dir` (daily files `roundbook.log.YYYY-MM-DD`). The guard flushes the
/// log when dropped: keep it for the life of the app. `None` when the folder cannot be
/// used; the app then runs without a log.
pub fn start(dir: &Path) -> Option<WorkerGuard> {
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("roundbook.log")
        .max_log_files(DAYS_KEPT)
        .build(dir)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    tracing::subscriber::set_global_default(subscriber(writer)).ok()?;
    Some(guard)
}

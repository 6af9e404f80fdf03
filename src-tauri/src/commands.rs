//! Tauri commands: thin — take the state, call one core function, map the error.
//!
//! Every command is declared in `src-tauri/build.rs` and granted in
//! `src-tauri/capabilities/main.json`; nothing else is callable from the window.
//! Commands run off the main thread (`async`), so a slow one never freezes the window;
//! long work (import, export) also leaves the async runtime's threads free.

use std::path::PathBuf;

use roundbook_core::crypto::{self, FileState};
use roundbook_core::i18n::Language;
use roundbook_core::model::*;
use roundbook_core::store::SearchHit;
use roundbook_core::store::{IncidentFilter, IncidentPage, SavedOutcome, Settings};
use roundbook_core::ErrorCode;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::AppError;
use crate::payload::*;
use crate::state::AppState;

type Reply<T> = Result<T, AppError>;

pub fn now() -> Timestamp {
    Timestamp::from_utc(chrono::DateTime::<chrono::Utc>::from(
        std::time::SystemTime::now(),
    ))
}

// ----- the library --------------------------------------------------------------------

#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn library_status(state: State<'_, AppState>) -> Reply<LibraryStatus> {
    let empty = if state.is_open() {
        state.with(|lib| Ok(lib.is_empty()?))?
    } else {
        false
    };
    let open = state.is_open();
    Ok(LibraryStatus {
        path: state.path.display().to_string(),
        open,
        empty,
        error: state.open_error(),
        encrypted: crypto::file_state(&state.path).map_err(AppError::from)? == FileState::Encrypted,
        lock_after_seconds: state
            .lock_after()
            .filter(|_| open)
            .map(|d| u32::try_from(d.as_secs()).unwrap_or(u32::MAX)),
    })
}

/// Opens an encrypted library with its passphrase (the key derivation takes about half a
/// second, so it runs on a thread of its own).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn unlock(app: AppHandle, passphrase: String) -> Reply<()> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    blocking(move || {
        let state = app.state::<AppState>();
        if state.is_open() {
            return Ok(());
        }
        state
            .open(Some(&passphrase))
            .map_err(|e| e.with_field("passphrase"))
    })
    .await
}

/// The first-start choice: load the demo library into the empty library, or start empty.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn start_library(state: State<'_, AppState>, demo: bool) -> Reply<()> {
    if demo {
        state.with(|lib| Ok(lib.load_demo().map(|_| ())?))?;
    }
    Ok(())
}

#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn catalogue(state: State<'_, AppState>) -> Reply<Catalogue> {
    state.with(|lib| {
        // Incidents are paged (`list_incidents`): the catalogue carries only their count,
        // and they are not even read (a library can hold 100 000).
        let records = lib.snapshot_without(&[Kind::Incident])?;
        Ok(Catalogue {
            records,
            counts: lib
                .counts()?
                .into_iter()
                .map(|(kind, count)| KindCount { kind, count })
                .collect(),
            translatable: Kind::ALL
                .iter()
                .map(|&kind| TranslatableFields {
                    kind,
                    fields: translatable_fields(kind)
                        .iter()
                        .map(|f| f.name.to_string())
                        .collect(),
                })
                .filter(|t| !t.fields.is_empty())
                .collect(),
        })
    })
}

// ----- records ------------------------------------------------------------------------

/// Reads a record as the UI sent it. A value the core's types refuse (a date such as
/// `2012-13-45`, an unknown status) is reported like the core's validation errors: code
/// `invalid`, the field, and the core's own message.
fn read_record(value: serde_json::Value) -> Reply<AnyRecord> {
    // The first segment is `record`, inside `{ kind, record }`.
    read_value(value, 1, "")
}

/// Reads a value as the UI sent it (see `read_record`), naming the field from the
/// `skip`th segment of its path on, after `prefix` (`results[2].evidence`).
fn read_value<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
    skip: usize,
    prefix: &str,
) -> Reply<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e
            .path()
            .iter()
            .skip(skip)
            .map(|seg| match seg {
                serde_path_to_error::Segment::Seq { index } => format!("[{index}]"),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(".");
        let field = format!("{prefix}.{path}")
            .trim_matches('.')
            .replace(".[", "[");
        let message = e.into_inner().to_string();
        let error = AppError::new(ErrorCode::Invalid, message);
        if field.is_empty() {
            error
        } else {
            error.with_field(&field)
        }
    })
}

/// Adds a record (an empty id gets a fresh one). `record` is an `AnyRecord`.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn create_record(state: State<'_, AppState>, record: serde_json::Value) -> Reply<AnyRecord> {
    let record = read_record(record)?;
    let now = now();
    state.with(|lib| Ok(lib.create_any(record, now)?))
}

/// Replaces a record, found by its id. `record` is an `AnyRecord`.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn update_record(state: State<'_, AppState>, record: serde_json::Value) -> Reply<AnyRecord> {
    let record = read_record(record)?;
    let now = now();
    state.with(|lib| Ok(lib.update_any(record, now)?))
}

/// Deletes a record; refused (`in_use`) while other records point at it.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn delete_record(state: State<'_, AppState>, kind: Kind, id: String) -> Reply<()> {
    if kind == Kind::Pack {
        return Err(AppError::new(
            ErrorCode::NotSupported,
            roundbook_core::m!("app-error-pack-not-deleted"),
        ));
    }
    state.with(|lib| Ok(lib.delete_kind(kind, &id)?))
}

/// Saves a round's outcome and makes its ask results exactly `results`, in one
/// transaction (`Library::save_outcome`): nothing is written when anything is refused.
/// `outcome` is a `RoundOutcome`, `results` a list of `AskResult`.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn save_outcome(
    state: State<'_, AppState>,
    outcome: serde_json::Value,
    results: serde_json::Value,
) -> Reply<SavedOutcome> {
    let outcome: RoundOutcome = read_value(outcome, 0, "")?;
    let results: Vec<AskResult> = read_value(results, 0, "results")?;
    let now = now();
    state.with(|lib| Ok(lib.save_outcome(outcome, results, now)?))
}

/// One incident by id (search results and links open it).
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn get_incident(state: State<'_, AppState>, id: String) -> Reply<Incident> {
    state.with(|lib| Ok(lib.get(&id)?))
}

/// Incidents matching a filter, one page at a time.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn list_incidents(state: State<'_, AppState>, filter: IncidentFilter) -> Reply<IncidentPage> {
    state.with(|lib| Ok(lib.incidents(&filter)?))
}

/// Full-text search (every word as a prefix; case, accents and Kazakh letters ignored).
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn search(
    state: State<'_, AppState>,
    query: String,
    kind: Option<Kind>,
    limit: usize,
) -> Reply<Vec<SearchHit>> {
    state.with(|lib| Ok(lib.search(&query, kind, limit.min(500))?))
}

/// Reads a date as typed (`2012`, `Jan 2012`, `16.12.2011`, `16 декабря 2011`,
/// `2011-12-16 – 2011-12-17`) by the core's rules, the importers' own.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn read_date(text: String) -> Reply<DateReading> {
    let date = roundbook_core::exchange::human_dates::read_typed(&text)
        .map_err(|message| AppError::new(ErrorCode::Invalid, message))?;
    Ok(DateReading {
        value: date.to_string(),
        long: date.long_in(roundbook_core::i18n::messages()),
        earliest: date.earliest().to_string(),
        latest: date.latest().to_string(),
        exact: date.earliest() == date.latest(),
    })
}

// ----- settings -----------------------------------------------------------------------

#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn get_settings(app: AppHandle, state: State<'_, AppState>) -> Reply<SettingsView> {
    let settings = state.with(|lib| Ok(lib.settings()?))?;
    Ok(SettingsView {
        settings,
        library_path: state.path.display().to_string(),
        version: app.package_info().version.to_string(),
    })
}

/// Saves the settings; a new idle time applies from now on.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn save_settings(state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    state.with(|lib| {
        lib.save_settings(&settings)?;
        let saved = lib.settings()?;
        state.arm(lib.is_encrypted(), saved.lock_after_minutes);
        Ok(saved)
    })
}

/// Words the core's messages (errors, problems found in files, readiness findings) in
/// the language the user chose for the app.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn set_language(language: Language) -> Reply<()> {
    roundbook_core::i18n::set_messages(language);
    Ok(())
}

// ----- opening things outside the app -------------------------------------------------

/// Opens a source's web address in the system browser (never inside the app). Only the
/// address stored in the library is opened, and only http(s).
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn open_source_url(app: AppHandle, state: State<'_, AppState>, id: String) -> Reply<()> {
    let source: Source = state.with(|lib| Ok(lib.get(&id)?))?;
    let url = source
        .url
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .ok_or_else(|| AppError::new(ErrorCode::NoUrl, roundbook_core::m!("app-error-no-url")))?;
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        AppError::new(
            ErrorCode::OpenFailed,
            roundbook_core::m!("app-error-browser", problem = e.to_string()),
        )
    })
}

/// Opens a file this app wrote (an exported pack) with the system's viewer.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn open_written_file(app: AppHandle, state: State<'_, AppState>, path: String) -> Reply<()> {
    let path = written_file(&state, path)?;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| {
            AppError::new(
                ErrorCode::OpenFailed,
                roundbook_core::m!("app-error-open-file", problem = e.to_string()),
            )
        })
}

/// Shows a file this app wrote (an exported pack) in its folder, in the system's file
/// manager.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn show_written_file(app: AppHandle, state: State<'_, AppState>, path: String) -> Reply<()> {
    let path = written_file(&state, path)?;
    app.opener().reveal_item_in_dir(&path).map_err(|e| {
        AppError::new(
            ErrorCode::OpenFailed,
            roundbook_core::m!("app-error-show-folder", problem = e.to_string()),
        )
    })
}

/// `path`, if this app wrote it and it is still there: the window may open or show only
/// files Roundbook wrote.
fn written_file(state: &AppState, path: String) -> Reply<PathBuf> {
    let path = PathBuf::from(path);
    if !state.wrote(&path) && !crate::packs::is_pack_file(state, &path)? {
        return Err(AppError::new(
            ErrorCode::NotAllowed,
            roundbook_core::m!("app-error-not-written-here"),
        ));
    }
    if !path.is_file() {
        return Err(AppError::new(
            ErrorCode::NotFound,
            roundbook_core::m!("app-error-file-gone", path = path.display().to_string()),
        ));
    }
    Ok(path)
}

/// Runs blocking work (the library, a file, a key derivation) on a thread of its own.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(AppError::internal)?
}

/// The name of a picked file, for the dialogs ("incidents 2012.csv").
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident(occurred_on: &str) -> serde_json::Value {
        serde_json::json!({
            "kind": "incident",
            "record": {
                "id": "",
                "title": "Blogger detained",
                "occurred_on": occurred_on,
                "sensitivity": "public",
                "source_ids": ["src-a"]
            }
        })
    }

    #[test]
    fn records_arrive_tagged_with_their_kind() {
        match read_record(incident("2012-03")).unwrap() {
            AnyRecord::Incident(i) => assert_eq!(i.occurred_on.to_string(), "2012-03"),
            other => panic!("read as {other:?}"),
        }
    }

    #[test]
    fn a_value_the_core_refuses_names_its_field_with_the_cores_message() {
        let e = read_record(incident("2012-13-45")).unwrap_err();
        assert_eq!(e.code, ErrorCode::Invalid);
        assert_eq!(e.field.as_deref(), Some("occurred_on"));
        assert!(
            e.message.contains("\"2012-13-45\" is not a date"),
            "{}",
            e.message
        );

        let mut bad_list = incident("2012");
        bad_list["record"]["source_ids"] = serde_json::json!(["a", 7]);
        let e = read_record(bad_list).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("source_ids[1]"));
    }

    #[test]
    fn dates_are_read_by_the_cores_rules() {
        let r = read_date(" 2011-12-16/2011-12-17 ".into()).unwrap();
        assert_eq!(r.value, "2011-12-16/2011-12-17");
        assert!(!r.exact);
        assert_eq!(
            (r.earliest.as_str(), r.latest.as_str()),
            ("2011-12-16", "2011-12-17")
        );
        let r = read_date("16 Dec 2011".into()).unwrap();
        assert_eq!((r.value.as_str(), r.exact), ("2011-12-16", true));
        let r = read_date("28.01.2012 – 25.02.2012".into()).unwrap();
        assert_eq!(r.value, "2012-01-28/2012-02-25");
        assert_eq!(
            read_date("spring".into()).unwrap_err().code,
            ErrorCode::Invalid
        );
    }
}

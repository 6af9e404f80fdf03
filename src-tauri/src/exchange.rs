//! Bringing material in and sending it out: incidents from a spreadsheet (CSV), sources
//! from Zotero (CSL-JSON), a colleague's bundle merged with a preview, and bundles of the
//! library or a selection of it (optionally sealed with a passphrase).
//!
//! Every import is two steps. `choose_*` asks for the file, reads it once, keeps it in the
//! app's state and returns the core's dry run; nothing is written. The user looks at it
//! (changes the column mapping, resolves conflicts) and confirms, and `import_*` /
//! `merge_bundle` imports exactly what was previewed, in one transaction.

use roundbook_core::crypto;
use roundbook_core::exchange::csl::{read_csl_file, CslReport};
use roundbook_core::exchange::csv_incidents::{read_csv_file, CsvOptions, CsvPreview};
use roundbook_core::exchange::{
    sealed, BundleError, BundlePreview, BundleWritten, CslError, CslWritten, ExportScope,
    ImportPlan, ImportReport, Resolutions,
};
use roundbook_core::Error;
use roundbook_core::ErrorCode;
use tauri::{AppHandle, Manager};
use zeroize::Zeroizing;

use crate::commands::{blocking, file_name, now};
use crate::dialogs;
use crate::error::AppError;
use crate::payload::*;
use crate::state::{AppState, Pending};

type Reply<T> = Result<T, AppError>;

fn nothing_pending(what: &str) -> AppError {
    AppError::new(
        ErrorCode::NothingToImport,
        roundbook_core::m!("app-error-nothing-to-import", what = what),
    )
}

// ----- incidents from a spreadsheet ---------------------------------------------------

/// Asks for a spreadsheet (CSV), reads it and returns the dry run with the guessed column
/// mapping. `None`: the user cancelled.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn choose_csv_file(app: AppHandle) -> Reply<Option<CsvOpened>> {
    let Some(path) = dialogs::open_path(
        &app,
        "Import incidents from a spreadsheet",
        ("Spreadsheet (CSV)", &["csv", "txt", "tsv"]),
    )
    .await?
    else {
        return Ok(None);
    };
    blocking(move || {
        let bytes = read_csv_file(&path)?;
        let state = app.state::<AppState>();
        state.with(|lib| {
            let preview = lib.preview_csv_incidents(&bytes, &CsvOptions::default())?;
            state.set_pending(Pending::Csv { bytes });
            Ok(Some(CsvOpened {
                file_name: file_name(&path),
                preview,
            }))
        })
    })
    .await
}

/// The dry run of the spreadsheet already read, with the user's mapping and options.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn preview_csv(app: AppHandle, options: CsvOptions) -> Reply<CsvPreview> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| match &*state.pending() {
            Some(Pending::Csv { bytes }) => Ok(lib.preview_csv_incidents(bytes, &options)?),
            _ => Err(nothing_pending("spreadsheet")),
        })
    })
    .await
}

/// Imports the spreadsheet already read: all or nothing, or its valid rows only.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn import_csv(
    app: AppHandle,
    options: CsvOptions,
) -> Reply<roundbook_core::exchange::CsvReport> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let mut pending = state.pending();
            let Some(Pending::Csv { bytes }) = &*pending else {
                return Err(nothing_pending("spreadsheet"));
            };
            let report = lib.import_csv_incidents(bytes, &options, now())?;
            *pending = None;
            Ok(report)
        })
    })
    .await
}

/// Forgets a file read for import (the user closed the preview).
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn cancel_import(state: tauri::State<'_, AppState>) {
    state.clear_pending();
}

// ----- sources from Zotero ------------------------------------------------------------

/// Asks for a CSL-JSON file (Zotero: Export Collection → CSL JSON) and returns what
/// importing it would do. `None`: the user cancelled.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn choose_csl_file(app: AppHandle) -> Reply<Option<CslPreview>> {
    let Some(path) = dialogs::open_path(
        &app,
        "Import sources from Zotero (CSL JSON)",
        ("CSL JSON", &["json"]),
    )
    .await?
    else {
        return Ok(None);
    };
    blocking(move || {
        let bytes = read_csl_file(&path)?;
        let state = app.state::<AppState>();
        state.with(|lib| {
            let file_name = file_name(&path);
            match lib.plan_csl_sources(&bytes) {
                Ok(report) => {
                    state.set_pending(Pending::Csl { bytes });
                    Ok(Some(CslPreview {
                        file_name,
                        report: Some(report),
                        problems: Vec::new(),
                    }))
                }
                Err(CslError::InvalidItems { problems }) => {
                    state.clear_pending();
                    Ok(Some(CslPreview {
                        file_name,
                        report: None,
                        problems,
                    }))
                }
                Err(e) => Err(e.into()),
            }
        })
    })
    .await
}

/// Imports the CSL-JSON file already read, all or nothing.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn import_csl(app: AppHandle) -> Reply<CslReport> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let mut pending = state.pending();
            let Some(Pending::Csl { bytes }) = &*pending else {
                return Err(nothing_pending("csl"));
            };
            let report = lib.import_csl_sources(bytes, now())?;
            *pending = None;
            Ok(report)
        })
    })
    .await
}

/// Asks where to save and writes the library's sources as CSL-JSON (restricted ones only
/// when asked). `None`: the user cancelled.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn export_csl(app: AppHandle, include_restricted: bool) -> Reply<Option<CslWritten>> {
    let name = format!("roundbook-sources-{}.json", now().date());
    let Some(path) = dialogs::save_path(
        &app,
        "Export sources as CSL JSON",
        &name,
        ("CSL JSON", &["json"]),
    )
    .await?
    else {
        return Ok(None);
    };
    blocking(move || {
        let state = app.state::<AppState>();
        let written = state.with(|lib| Ok(lib.write_csl(include_restricted, &path)?))?;
        state.remember_written(&path);
        Ok(Some(written))
    })
    .await
}

// ----- a colleague's bundle -----------------------------------------------------------

/// Asks for a bundle file and returns what merging it would do, record by record. A
/// sealed bundle needs its passphrase first (`unseal_bundle`). `None`: the user cancelled.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn choose_bundle_file(app: AppHandle) -> Reply<Option<BundleOpened>> {
    let Some(path) = dialogs::open_path(
        &app,
        "Merge a colleague's bundle",
        ("Roundbook bundle", &["json", "age", "roundbook-bundle"]),
    )
    .await?
    else {
        return Ok(None);
    };
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let file_name = file_name(&path);
            match sealed::read_bundle_file(&path, None) {
                Ok(bundle) => {
                    let plan = lib.plan_bundle_import(&bundle)?;
                    state.set_pending(Pending::Bundle {
                        bundle: Box::new(bundle),
                    });
                    Ok(Some(BundleOpened {
                        file_name,
                        sealed: false,
                        plan: Some(plan),
                    }))
                }
                Err(Error::Bundle(BundleError::PassphraseRequired)) => {
                    state.set_pending(Pending::SealedBundle { path });
                    Ok(Some(BundleOpened {
                        file_name,
                        sealed: true,
                        plan: None,
                    }))
                }
                Err(e) => Err(e.into()),
            }
        })
    })
    .await
}

/// Opens the sealed bundle already chosen with its passphrase; returns the merge plan.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn unseal_bundle(app: AppHandle, passphrase: String) -> Reply<ImportPlan> {
    let passphrase = Zeroizing::new(passphrase);
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let mut pending = state.pending();
            let Some(Pending::SealedBundle { path }) = &*pending else {
                return Err(nothing_pending("sealed"));
            };
            let bundle = sealed::read_bundle_file(path, Some(&passphrase))?;
            let plan = lib.plan_bundle_import(&bundle)?;
            *pending = Some(Pending::Bundle {
                bundle: Box::new(bundle),
            });
            Ok(plan)
        })
    })
    .await
}

/// Merges the bundle already opened, with the user's choice for each record both sides
/// hold in different versions (the others get the plan's default). One transaction.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn merge_bundle(app: AppHandle, resolutions: Resolutions) -> Reply<ImportReport> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let mut pending = state.pending();
            let Some(Pending::Bundle { bundle }) = &*pending else {
                return Err(nothing_pending("bundle"));
            };
            let report = lib.import_bundle_with(bundle, &resolutions)?;
            *pending = None;
            Ok(report)
        })
    })
    .await
}

// ----- sending a bundle ---------------------------------------------------------------

/// What the bundle for `scope` would hold: the records that would leave, per kind and by
/// name, and the restricted ones that would stay behind. Nothing is written.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn preview_bundle(app: AppHandle, scope: BundleScope) -> Reply<BundlePreview> {
    let (scope, restricted) = scope.to_core();
    blocking(move || {
        app.state::<AppState>()
            .with(|lib| Ok(lib.preview_bundle(&scope, restricted)?))
    })
    .await
}

/// Asks where to save and writes the library, one negotiation or some of its concern
/// areas as a bundle file, sealed with `passphrase` (age) when one is given. `None`: the
/// user cancelled.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn export_bundle(
    app: AppHandle,
    scope: BundleScope,
    passphrase: Option<String>,
) -> Reply<Option<BundleWritten>> {
    let passphrase = passphrase.map(Zeroizing::new);
    if let Some(p) = &passphrase {
        crypto::check_passphrase(p).map_err(AppError::from)?;
    }
    let (scope, restricted) = scope.to_core();
    // The scope must make a bundle before anyone picks a file.
    let (check, handle) = (scope.clone(), app.clone());
    blocking(move || {
        handle
            .state::<AppState>()
            .with(|lib| Ok(lib.bundle_for(&check, restricted, now()).map(|_| ())?))
    })
    .await?;
    let part = match &scope {
        ExportScope::All => String::new(),
        ExportScope::Negotiation(id) => format!("-{id}"),
        ExportScope::Areas { negotiation_id, .. } => format!("-{negotiation_id}-areas"),
    };
    let name = format!(
        "roundbook{part}-{}.json{}",
        now().date(),
        if passphrase.is_some() { ".age" } else { "" }
    );
    let Some(path) = dialogs::save_path(
        &app,
        "Export a bundle",
        &name,
        ("Roundbook bundle", &["json", "age"]),
    )
    .await?
    else {
        return Ok(None);
    };
    blocking(move || {
        let state = app.state::<AppState>();
        let pass = passphrase.as_ref().map(|p| p.as_str());
        let written =
            state.with(|lib| Ok(lib.write_bundle(&scope, restricted, pass, &path, now())?))?;
        Ok(Some(written))
    })
    .await
}

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
use roundbook_core::exchange::csv_incidents::{
    guess_columns, read_csv_file, CsvColumn, CsvOptions,
};
use roundbook_core::exchange::{
    export, sealed, BundleError, CslError, CsvError, ExportScope, ImportPlan, ImportReport,
    Resolutions,
};
use roundbook_core::{Error, Library};
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
        "nothing_to_import",
        format!("no {what} is open for import; choose the file again"),
    )
}

// ----- incidents from a spreadsheet ---------------------------------------------------

/// The dry run with `options`; when the mapping lacks the title or the date, the columns
/// (with the guessed fields) and what is missing, so the user can map it.
fn csv_preview(
    lib: &Library,
    file_name: String,
    bytes: &[u8],
    options: &CsvOptions,
) -> Reply<CsvPreview> {
    match lib.plan_csv_incidents(bytes, options) {
        Ok(report) => Ok(CsvPreview {
            file_name,
            columns: report.columns.clone(),
            report: Some(report),
            problem: None,
        }),
        Err(CsvError::MissingColumn { field, headers }) => {
            let columns = match &options.mapping {
                Some(mapping) => headers
                    .iter()
                    .enumerate()
                    .map(|(index, header)| CsvColumn {
                        index,
                        header: header.clone(),
                        field: mapping.get(index).copied().flatten(),
                    })
                    .collect(),
                None => guess_columns(&headers),
            };
            Ok(CsvPreview {
                file_name,
                columns,
                report: None,
                problem: Some(format!(
                    "No column holds the {field}: choose the column that holds it."
                )),
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// Asks for a spreadsheet (CSV), reads it and returns the dry run with the guessed column
/// mapping. `None`: the user cancelled.
#[tauri::command]
pub async fn choose_csv_file(app: AppHandle) -> Reply<Option<CsvPreview>> {
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
            let preview = csv_preview(lib, file_name(&path), &bytes, &CsvOptions::default())?;
            state.set_pending(Pending::Csv { bytes });
            Ok(Some(preview))
        })
    })
    .await
}

/// The dry run of the spreadsheet already read, with the user's mapping and options.
#[tauri::command]
pub async fn preview_csv(
    app: AppHandle,
    file_name: String,
    options: CsvOptions,
) -> Reply<CsvPreview> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| match &*state.pending() {
            Some(Pending::Csv { bytes }) => csv_preview(lib, file_name, bytes, &options),
            _ => Err(nothing_pending("spreadsheet")),
        })
    })
    .await
}

/// Imports the spreadsheet already read: all or nothing, or its valid rows only.
#[tauri::command]
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
pub fn cancel_import(state: tauri::State<'_, AppState>) {
    state.clear_pending();
}

// ----- sources from Zotero ------------------------------------------------------------

/// Asks for a CSL-JSON file (Zotero: Export Collection → CSL JSON) and returns what
/// importing it would do. `None`: the user cancelled.
#[tauri::command]
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
pub async fn import_csl(app: AppHandle) -> Reply<CslReport> {
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let mut pending = state.pending();
            let Some(Pending::Csl { bytes }) = &*pending else {
                return Err(nothing_pending("CSL JSON file"));
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
pub async fn export_csl(app: AppHandle, include_restricted: bool) -> Reply<Option<CslSaved>> {
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
        state.refuse_library_file(&path)?;
        let csl = state.with(|lib| Ok(lib.export_csl(include_restricted)?))?;
        roundbook_core::files::write_atomic(&path, &csl.json)?;
        Ok(Some(CslSaved {
            path: path.display().to_string(),
            exported: csl.exported,
            restricted_left_out: csl.restricted_left_out,
        }))
    })
    .await
}

// ----- a colleague's bundle -----------------------------------------------------------

/// Asks for a bundle file and returns what merging it would do, record by record. A
/// sealed bundle needs its passphrase first (`unseal_bundle`). `None`: the user cancelled.
#[tauri::command]
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
pub async fn unseal_bundle(app: AppHandle, passphrase: String) -> Reply<ImportPlan> {
    let passphrase = Zeroizing::new(passphrase);
    blocking(move || {
        let state = app.state::<AppState>();
        state.with(|lib| {
            let mut pending = state.pending();
            let Some(Pending::SealedBundle { path }) = &*pending else {
                return Err(nothing_pending("sealed bundle"));
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

/// Asks where to save and writes the library, one negotiation or some of its concern
/// areas as a bundle file, sealed with `passphrase` (age) when one is given. `None`: the
/// user cancelled.
#[tauri::command]
pub async fn export_bundle(
    app: AppHandle,
    scope: BundleScope,
    passphrase: Option<String>,
) -> Reply<Option<BundleSaved>> {
    let passphrase = passphrase.map(Zeroizing::new);
    if let Some(p) = &passphrase {
        crypto::check_passphrase(p).map_err(AppError::from)?;
    }
    let scope = match scope.negotiation_id {
        None => ExportScope::All,
        Some(id) if scope.concern_area_ids.is_empty() => ExportScope::Negotiation(id),
        Some(negotiation_id) => ExportScope::Areas {
            negotiation_id,
            concern_area_ids: scope.concern_area_ids,
        },
    };
    // The negotiation must exist before anyone picks a file.
    let part = match &scope {
        ExportScope::All => String::new(),
        ExportScope::Negotiation(id)
        | ExportScope::Areas {
            negotiation_id: id, ..
        } => {
            let (check, handle) = (id.clone(), app.clone());
            blocking(move || {
                handle
                    .state::<AppState>()
                    .with(|lib| Ok(lib.get::<roundbook_core::model::Negotiation>(&check)?))
            })
            .await?;
            match &scope {
                ExportScope::Areas { .. } => format!("-{id}-areas"),
                _ => format!("-{id}"),
            }
        }
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
        state.refuse_library_file(&path)?;
        let bundle = state.with(|lib| {
            let snapshot = lib.snapshot()?;
            // The sender's name tells a colleague's library whose changes these are (the
            // same rule as the CLI's export).
            let organisation = lib.settings()?.organisation;
            let by = if organisation.is_empty() {
                "Roundbook".to_string()
            } else {
                organisation.chars().take(200).collect()
            };
            Ok(export(&snapshot, &scope, Some(now()), Some(by)))
        })?;
        let records = bundle.clone().into_snapshot().len();
        let json = Zeroizing::new(bundle.to_json());
        let bytes = match &passphrase {
            Some(p) => sealed::seal(&json, p)?,
            None => json.to_vec(),
        };
        roundbook_core::files::write_atomic(&path, &bytes)?;
        Ok(Some(BundleSaved {
            path: path.display().to_string(),
            bytes: bytes.len(),
            records,
            sealed: passphrase.is_some(),
        }))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use roundbook_core::exchange::IncidentField;

    #[test]
    fn the_guess_is_shown_when_the_date_column_is_not_recognised() {
        let lib = Library::open_in_memory().unwrap();
        let csv = "Headline;Datum;Place;Notes\nStrike;2012-01-05;Aktau;x\n";
        let preview =
            csv_preview(&lib, "f.csv".into(), csv.as_bytes(), &CsvOptions::default()).unwrap();
        assert!(preview.report.is_none());
        assert!(preview.problem.as_deref().unwrap().contains("date"));
        let fields: Vec<_> = preview.columns.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                Some(IncidentField::Title),
                None,
                Some(IncidentField::Location),
                Some(IncidentField::Summary)
            ]
        );

        // Mapped by the user, the dry run comes back.
        let options = CsvOptions {
            mapping: Some(vec![
                Some(IncidentField::Title),
                Some(IncidentField::Date),
                Some(IncidentField::Location),
                None,
            ]),
            ..CsvOptions::default()
        };
        let preview = csv_preview(&lib, "f.csv".into(), csv.as_bytes(), &options).unwrap();
        let report = preview.report.unwrap();
        assert_eq!((report.created, report.delimiter.as_str()), (1, ";"));
    }
}

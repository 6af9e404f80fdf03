//! The desktop shell: opens the library and serves the UI in one window. Only this
//! package knows Tauri; everything it does is a call into `roundbook-core`.
//!
//! Security posture (see also `tauri.conf.json` and `src-tauri/capabilities/`): the UI is
//! served from the binary with a strict CSP and no remote content; the window may call
//! only the commands listed in `build.rs` (no plugin commands: dialogs, the browser and
//! the file viewer are reached from Rust only); the app never uses the network; the
//! window is incognito, so WebKit writes no storage or cache to disk; an encrypted library
//! closes itself after the idle time set in Settings (`state::watch_idle`).

mod commands;
mod dialogs;
pub mod error;
mod exchange;
pub mod logging;
mod memory;
mod packs;
mod payload;
mod security;
mod state;

use tauri::Manager;
use tauri_plugin_window_state::StateFlags;

use state::AppState;

/// Keeps the log writer alive (and flushes it) for the life of the app.
struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);

pub fn run() {
    // WebKitGTK's DMA-BUF renderer keeps GPU-style buffers in the web process: ~110 MB more
    // where GL is software-rendered (measured under Xvfb), and a blank window with some
    // drivers. A forms app draws fine without it. A value the user set is kept. Not in the
    // e2e build: without it, WebDriver's screenshot request never returns (under Xvfb).
    #[cfg(target_os = "linux")]
    if !cfg!(feature = "e2e") && std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let demo = std::env::args().any(|a| a == "--demo");
    let mut context = tauri::generate_context!();
    if cfg!(feature = "e2e") {
        // WebDriver cannot automate an incognito window; the e2e build only.
        for window in &mut context.config_mut().app.windows {
            window.incognito = false;
        }
    }
    tauri::Builder::default()
        // First: a second launch hands over to the running app and exits before it
        // opens the library or a window.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            if let Ok(dir) = app.path().app_log_dir() {
                if std::fs::create_dir_all(&dir).is_ok() {
                    if let Some(guard) = logging::start(&dir) {
                        app.manage(LogGuard(guard));
                    }
                }
            }
            tracing::info!(version = %app.package_info().version, "started");
            let state = AppState::new(AppState::library_path());
            // An encrypted library stays closed until the UI supplies the passphrase.
            if state.open(None).is_ok() && demo {
                // `--demo` (the README's run command): a new, empty library starts as the demo.
                if let Err(e) = state.with(|lib| Ok(lib.load_demo().map(|_| ())?)) {
                    eprintln!("roundbook: could not load the demo library: {}", e.message);
                }
            }
            app.manage(state);
            state::watch_idle(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::library_status,
            commands::unlock,
            commands::start_library,
            commands::catalogue,
            commands::create_record,
            commands::update_record,
            commands::delete_record,
            commands::save_outcome,
            commands::get_incident,
            commands::list_incidents,
            commands::search,
            commands::read_date,
            commands::get_settings,
            commands::save_settings,
            commands::set_language,
            commands::open_source_url,
            commands::open_written_file,
            commands::show_written_file,
            security::lock_library,
            security::note_activity,
            security::watch_lock,
            security::encrypt_library,
            security::change_passphrase,
            security::decrypt_library,
            security::list_backups,
            security::backup_now,
            security::restore_backup,
            exchange::choose_csv_file,
            exchange::preview_csv,
            exchange::import_csv,
            exchange::cancel_import,
            exchange::choose_csl_file,
            exchange::import_csl,
            exchange::export_csl,
            exchange::choose_bundle_file,
            exchange::unseal_bundle,
            exchange::merge_bundle,
            exchange::preview_bundle,
            exchange::export_bundle,
            packs::pack_preview,
            packs::pack_pages,
            packs::pack_page,
            packs::export_pack,
            packs::cancel_export,
            packs::last_pack_choice,
            packs::status_grid,
            packs::list_packs,
            packs::reexport_pack,
        ])
        .run(context)
        .expect("error while running the Roundbook window");
}

#[cfg(test)]
mod command_list {
    //! The commands are named in four places that Rust cannot tie together: the list
    //! (`command_names.rs`, which `build.rs` declares), `generate_handler!` above, the
    //! window's grants and the UI's calls. This fails when any of them disagrees.

    use std::collections::BTreeSet;

    include!("../command_names.rs");

    fn listed() -> BTreeSet<String> {
        COMMANDS.iter().map(|s| s.to_string()).collect()
    }

    /// The quoted or path-ended names after each `marker` in `text`.
    fn names_between(text: &str, start: &str, end: &str) -> BTreeSet<String> {
        let from = text.find(start).expect("start marker") + start.len();
        let to = from + text[from..].find(end).expect("end marker");
        text[from..to]
            .split(',')
            .map(|s| s.trim().rsplit("::").next().unwrap_or("").trim_matches('"'))
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_handler_serves_exactly_the_listed_commands() {
        let source = include_str!("lib.rs");
        let served = names_between(source, "generate_handler![", "]");
        assert_eq!(served, listed());
    }

    #[test]
    fn the_window_is_granted_exactly_the_listed_commands() {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
        let granted: BTreeSet<String> = json["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                p.as_str()
                    .unwrap()
                    .strip_prefix("allow-")
                    .expect("only allow- grants")
                    .replace('-', "_")
            })
            .collect();
        assert_eq!(granted, listed());
    }

    #[test]
    fn the_ui_calls_only_listed_commands_and_every_one() {
        let api = include_str!("../../ui/src/api.ts");
        let called: BTreeSet<String> = api
            .split("call<")
            .skip(1)
            .filter_map(|rest| {
                let quoted = rest.split_once(">(\"")?.1;
                Some(quoted.split('"').next()?.to_string())
            })
            .collect();
        assert_eq!(called, listed());
    }
}

//! The desktop shell: opens the library and serves the UI in one window. Only this
//! package knows Tauri; everything it does is a call into `roundbook-core`.

mod commands;
mod error;
mod state;

use roundbook_core::exchange::demo;
use roundbook_core::Library;

use state::AppState;

pub fn run() {
    let path = AppState::library_path().unwrap_or_else(|| "library.roundbook".into());
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(dir);
    }
    let library = match Library::open(&path, None) {
        Ok(mut lib) => {
            // `--demo` (used by the README's run command): a new, empty library starts as the demo.
            if std::env::args().any(|a| a == "--demo") && lib.is_empty().unwrap_or(false) {
                if let Err(e) = lib.import_bundle(&demo::demo_bundle()) {
                    eprintln!("roundbook: could not load the demo library: {e}");
                }
            }
            Some(lib)
        }
        Err(e) => {
            eprintln!("roundbook: could not open {}: {e}", path.display());
            None
        }
    };
    tauri::Builder::default()
        .manage(AppState::new(path, library))
        .invoke_handler(tauri::generate_handler![commands::overview])
        .run(tauri::generate_context!())
        .expect("error while running the Roundbook window");
}

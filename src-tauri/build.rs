//! Declares the app's own commands so that only those granted in
//! `src-tauri/capabilities/` can be called from the window.

/// Every command of `src-tauri/src/commands.rs`, `security.rs`, `exchange.rs` and `packs.rs`; keep in step with
/// `generate_handler!` in `lib.rs` and with `capabilities/main.json`.
const COMMANDS: &[&str] = &[
    "library_status",
    "unlock",
    "start_library",
    "catalogue",
    "create_record",
    "update_record",
    "delete_record",
    "get_incident",
    "list_incidents",
    "search",
    "read_date",
    "get_settings",
    "save_settings",
    "open_source_url",
    "open_written_file",
    "lock_library",
    "note_activity",
    "watch_lock",
    "encrypt_library",
    "change_passphrase",
    "decrypt_library",
    "list_backups",
    "backup_now",
    "restore_backup",
    "choose_csv_file",
    "preview_csv",
    "import_csv",
    "cancel_import",
    "choose_csl_file",
    "import_csl",
    "export_csl",
    "choose_bundle_file",
    "unseal_bundle",
    "merge_bundle",
    "export_bundle",
    "pack_preview",
    "export_pack",
    "list_packs",
    "reexport_pack",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    let attributes = tauri_build::Attributes::new()
        .app_manifest(manifest)
        .capabilities_path_pattern("./src-tauri/capabilities/**/*");
    tauri_build::try_build(attributes).expect("tauri build script");
}

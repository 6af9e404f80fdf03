//! The app's state: the open library (or why it is not open), when it locks itself, an
//! import the user is looking at but has not confirmed, and the files this run of the app
//! wrote (the only local files it will hand to the system to open).

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use roundbook_core::crypto::{self, FileState};
use roundbook_core::exchange::Bundle;
use roundbook_core::store::{BackupPolicy, OpenOptions, Settings};
use roundbook_core::{paths, Error, ErrorCode, Library};
use roundbook_raster::Pages;
use serde::Serialize;
use tauri::ipc::Channel;

use crate::commands::now;
use crate::error::AppError;

/// How many automatic backups are kept (the CLI keeps as many).
pub const BACKUPS_KEPT: usize = 10;

pub struct AppState {
    library: Mutex<Option<Library>>,
    /// Why the library is not open, when it is not (e.g. `wrong_passphrase`).
    open_error: Mutex<Option<AppError>>,
    /// Why today's automatic backup could not be made, when the library opened without it.
    backup_problem: Mutex<Option<String>>,
    idle: Mutex<Idle>,
    /// Where the window hears that the library locked itself.
    lock_watch: Mutex<Option<Channel<LockReason>>>,
    /// A file read for import, shown to the user and not yet confirmed.
    pending: Mutex<Option<Pending>>,
    written: Mutex<HashSet<PathBuf>>,
    /// The newest preview of a pack's pages: an older one still running is stale.
    preview_generation: AtomicU64,
    /// The PDFs whose pages the builder shows, drawn on request (`pack_page`).
    shown_pages: Mutex<ShownPages>,
    /// The user cancelled the export under way.
    export_cancelled: AtomicBool,
    pub path: PathBuf,
}

/// Why the library was locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum LockReason {
    /// No keyboard or mouse for the time set in Settings.
    Idle,
    /// "Lock now".
    Manual,
}

/// The PDFs the builder's page viewer shows, newest last.
#[derive(Default)]
struct ShownPages {
    next: u32,
    docs: VecDeque<(u32, Arc<Pages>)>,
}

impl ShownPages {
    /// The newest PDF and the one before it: the window may still be drawing from the one
    /// before when the next arrives (a long pack's first pages, then its whole PDF), and
    /// asks nothing of older ones. Each is the whole parsed PDF: 70 MiB for a pack of
    /// 5 600 pages.
    const KEPT: usize = 2;
}

/// A file the user picked for import: read (and checked) once, previewed, and imported
/// only when the user confirms — exactly what was previewed, even if the file changes.
pub enum Pending {
    Csv {
        bytes: Vec<u8>,
    },
    Csl {
        bytes: Vec<u8>,
    },
    /// A sealed bundle waiting for its passphrase.
    SealedBundle {
        path: PathBuf,
    },
    Bundle {
        bundle: Box<Bundle>,
    },
}

/// When the user last touched the keyboard or mouse, and how long the library may stay
/// open without that.
struct Idle {
    last: Instant,
    /// The wall clock too: `Instant` stops while the laptop sleeps, and a lid closed at a
    /// border must count as idle time.
    last_wall: SystemTime,
    /// None: the library never locks itself (it is not encrypted, or the setting is 0).
    after: Option<Duration>,
}

impl Idle {
    fn touch(&mut self) {
        self.last = Instant::now();
        self.last_wall = SystemTime::now();
    }

    fn expired(&self) -> bool {
        self.after.is_some_and(|after| {
            self.last.elapsed() >= after || self.last_wall.elapsed().is_ok_and(|idle| idle >= after)
        })
    }
}

/// How long an encrypted library stays open without use: the setting, or in the e2e build
/// `$ROUNDBOOK_E2E_LOCK_SECONDS` (so a test need not wait minutes).
fn lock_after(minutes: u32) -> Option<Duration> {
    #[cfg(feature = "e2e")]
    if let Some(secs) = std::env::var("ROUNDBOOK_E2E_LOCK_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|&s| s > 0)
    {
        return Some(Duration::from_secs(secs));
    }
    (minutes > 0).then(|| Duration::from_secs(u64::from(minutes) * 60))
}

/// Opens the library file with a daily backup (the newest `BACKUPS_KEPT` are kept). When
/// only the backup fails (a full disk, a folder that cannot be written) the library still
/// opens, and the problem is returned to be shown.
fn open_file(path: &Path, passphrase: Option<&str>) -> Result<(Library, Option<String>), AppError> {
    let options = OpenOptions {
        passphrase,
        daily_backup: Some(BackupPolicy {
            now: now(),
            keep: BACKUPS_KEPT,
        }),
    };
    let lib = Library::open_with(path, &options)?;
    let problem = lib.backup_problem().map(str::to_string);
    Ok((lib, problem))
}

impl AppState {
    /// The library path by the same rule as the CLI: `$ROUNDBOOK_DB`, else the platform
    /// data directory.
    pub fn library_path() -> PathBuf {
        let env_db = std::env::var("ROUNDBOOK_DB").ok();
        paths::library_path(None, env_db.as_deref(), dirs::data_local_dir().as_deref())
            .unwrap_or_else(|| paths::LIBRARY_FILE.into())
    }

    pub fn new(path: PathBuf) -> AppState {
        AppState {
            library: Mutex::new(None),
            open_error: Mutex::new(None),
            backup_problem: Mutex::new(None),
            idle: Mutex::new(Idle {
                last: Instant::now(),
                last_wall: SystemTime::now(),
                after: None,
            }),
            lock_watch: Mutex::new(None),
            pending: Mutex::new(None),
            written: Mutex::new(HashSet::new()),
            preview_generation: AtomicU64::new(0),
            shown_pages: Mutex::new(ShownPages::default()),
            export_cancelled: AtomicBool::new(false),
            path,
        }
    }

    // ----- the pack builder's previews and exports ----------------------------------

    /// A new preview of a pack's pages begins: every earlier one is stale from now on.
    pub fn next_preview(&self) -> u64 {
        self.preview_generation.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// Keeps a PDF whose pages the builder shows; its number for `shown_pages`. The
    /// newest few are kept: the window may still draw from the one before while it
    /// takes the next.
    pub fn show_pages(&self, pages: Pages) -> u32 {
        let mut shown = lock(&self.shown_pages);
        shown.next += 1;
        let doc = shown.next;
        shown.docs.push_back((doc, Arc::new(pages)));
        while shown.docs.len() > ShownPages::KEPT {
            shown.docs.pop_front();
        }
        doc
    }

    /// A PDF the builder shows, by its number; `None` once newer ones replaced it.
    pub fn shown_pages(&self, doc: u32) -> Option<Arc<Pages>> {
        let shown = lock(&self.shown_pages);
        shown
            .docs
            .iter()
            .find(|(d, _)| *d == doc)
            .map(|(_, p)| p.clone())
    }

    /// True when a newer preview began after `generation`.
    pub fn preview_is_stale(&self, generation: u64) -> bool {
        self.preview_generation.load(Ordering::SeqCst) != generation
    }

    /// An export begins: nothing cancels it yet.
    pub fn start_export(&self) {
        self.export_cancelled.store(false, Ordering::SeqCst);
    }

    /// The user asked to stop the export under way.
    pub fn cancel_export(&self) {
        self.export_cancelled.store(true, Ordering::SeqCst);
    }

    pub fn export_is_cancelled(&self) -> bool {
        self.export_cancelled.load(Ordering::SeqCst)
    }

    /// Opens the library file (creating it and its folder when new). A failure is kept
    /// for the UI, which then asks for the passphrase or shows what went wrong.
    pub fn open(&self, passphrase: Option<&str>) -> Result<(), AppError> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                AppError::new(
                    ErrorCode::Io,
                    roundbook_core::m!(
                        "app-error-folder",
                        folder = dir.display().to_string(),
                        problem = e.to_string()
                    ),
                )
            })?;
        }
        let mut library = lock(&self.library);
        let result = open_file(&self.path, passphrase);
        self.opened(&mut library, result)
    }

    /// Keeps what opening gave: the library (armed to lock itself), or why it failed.
    fn opened(
        &self,
        library: &mut Option<Library>,
        result: Result<(Library, Option<String>), AppError>,
    ) -> Result<(), AppError> {
        let mut error = lock(&self.open_error);
        match result {
            Ok((lib, backup_problem)) => {
                let minutes = lib
                    .settings()
                    .map(|s| s.lock_after_minutes)
                    .unwrap_or(Settings::default().lock_after_minutes);
                self.arm(lib.is_encrypted(), minutes);
                *lock(&self.backup_problem) = backup_problem;
                *library = Some(lib);
                *error = None;
                Ok(())
            }
            Err(e) => {
                *error = Some(e.clone());
                Err(e)
            }
        }
    }

    pub fn is_open(&self) -> bool {
        lock(&self.library).is_some()
    }

    pub fn open_error(&self) -> Option<AppError> {
        lock(&self.open_error).clone()
    }

    pub fn backup_problem(&self) -> Option<String> {
        lock(&self.backup_problem).clone()
    }

    /// The open library, or an error the UI understands when it is not open.
    pub fn with<R>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<R, AppError>,
    ) -> Result<R, AppError> {
        let mut guard = lock(&self.library);
        match guard.as_mut() {
            Some(lib) => f(lib),
            None => Err(AppError::new(
                ErrorCode::Locked,
                roundbook_core::m!("app-error-not-open"),
            )),
        }
    }

    // ----- locking -------------------------------------------------------------------

    /// Starts (or stops) the idle clock: only an encrypted library locks itself.
    pub fn arm(&self, encrypted: bool, minutes: u32) {
        let mut idle = lock(&self.idle);
        idle.after = if encrypted { lock_after(minutes) } else { None };
        idle.touch();
    }

    /// How long the library stays open without use, when it locks itself.
    pub fn lock_after(&self) -> Option<Duration> {
        lock(&self.idle).after
    }

    /// The user touched the keyboard or mouse.
    pub fn touch(&self) {
        lock(&self.idle).touch();
    }

    pub fn idle_expired(&self) -> bool {
        lock(&self.idle).expired()
    }

    pub fn watch_locks(&self, channel: Channel<LockReason>) {
        *lock(&self.lock_watch) = Some(channel);
    }

    /// Closes an encrypted library, so that nothing of it stays in this process: the
    /// connection (SQLCipher's key and page cache) and any import waiting for confirmation
    /// are dropped. The window is told, and then asks for the passphrase again. For
    /// `LockReason::Idle` only if no activity came in meanwhile. False: nothing was locked.
    pub fn lock(&self, reason: LockReason) -> Result<bool, AppError> {
        let mut library = lock(&self.library);
        match library.as_ref() {
            None => return Ok(false),
            Some(lib) if !lib.is_encrypted() => {
                return Err(AppError::new(
                    ErrorCode::NotEncrypted,
                    roundbook_core::m!("app-error-lock-unencrypted"),
                ))
            }
            Some(_) => {}
        }
        {
            let mut idle = lock(&self.idle);
            if reason == LockReason::Idle && !idle.expired() {
                return Ok(false);
            }
            idle.after = None;
        }
        *lock(&self.pending) = None;
        *lock(&self.shown_pages) = ShownPages::default();
        *library = None;
        *lock(&self.open_error) = Some(Error::PassphraseRequired.into());
        drop(library);
        if let Some(channel) = lock(&self.lock_watch).as_ref() {
            let _ = channel.send(reason);
        }
        Ok(true)
    }

    /// Closes the library, runs `change` on its file (encrypting, restoring a backup, …),
    /// and opens the file again — whatever `change` did — with no passphrase when it is
    /// plain, else with the first of `passphrases` that opens it. Every other command
    /// waits meanwhile. When the file cannot be opened again, the library stays closed and
    /// the window asks for the passphrase.
    pub fn with_file_closed<R>(
        &self,
        change: impl FnOnce(&Path) -> Result<R, AppError>,
        passphrases: &[&str],
    ) -> Result<R, AppError> {
        let mut library = lock(&self.library);
        *lock(&self.pending) = None;
        // The pages shown were drawn from the library as it was (a restore replaces it).
        *lock(&self.shown_pages) = ShownPages::default();
        lock(&self.idle).after = None;
        // Dropping the library closes its connection; the file is then free to replace.
        *library = None;
        let outcome = change(&self.path);
        let reopened = self.reopen(&mut library, passphrases);
        let value = outcome?;
        reopened?;
        Ok(value)
    }

    fn reopen(&self, library: &mut Option<Library>, passphrases: &[&str]) -> Result<(), AppError> {
        let encrypted =
            crypto::file_state(&self.path).map_err(AppError::from)? == FileState::Encrypted;
        if !encrypted {
            let result = open_file(&self.path, None);
            return self.opened(library, result);
        }
        for passphrase in passphrases {
            match open_file(&self.path, Some(passphrase)) {
                Err(e) if e.code == ErrorCode::WrongPassphrase => continue,
                result => return self.opened(library, result),
            }
        }
        let e = AppError::from(Error::PassphraseRequired);
        *lock(&self.open_error) = Some(e.clone());
        Err(e)
    }

    // ----- an import waiting for confirmation ----------------------------------------

    pub fn set_pending(&self, pending: Pending) {
        *lock(&self.pending) = Some(pending);
    }

    pub fn clear_pending(&self) {
        *lock(&self.pending) = None;
    }

    /// The file read for import; take the library first (`with`), then this.
    pub fn pending(&self) -> MutexGuard<'_, Option<Pending>> {
        lock(&self.pending)
    }

    // ----- files written -------------------------------------------------------------

    /// Remembers a file this app wrote, so that it may later be opened.
    pub fn remember_written(&self, path: &Path) {
        lock(&self.written).insert(path.to_path_buf());
    }

    pub fn wrote(&self, path: &Path) -> bool {
        lock(&self.written).contains(path)
    }
}

/// A poisoned lock still guards consistent data here (the library's own transactions
/// roll back on failure), so take it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Locks the library once it has been idle too long. Runs for the life of the app on a
/// thread of its own, so the lock happens even when the window is hidden or busy.
pub fn watch_idle(app: tauri::AppHandle) {
    use tauri::Manager;
    let spawned = std::thread::Builder::new()
        .name("idle-lock".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_millis(500));
            let state = app.state::<AppState>();
            if state.idle_expired() {
                let _ = state.lock(LockReason::Idle);
            }
        });
    if let Err(e) = spawned {
        eprintln!("roundbook: the idle lock could not start: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use roundbook_core::model::{Incident, Sensitivity};
    use roundbook_core::store::{self, backup};

    fn incident(title: &str) -> Incident {
        serde_json::from_value(serde_json::json!({
            "id": "", "title": title, "occurred_on": "2012-03",
            "sensitivity": Sensitivity::Public,
        }))
        .unwrap()
    }

    /// A folder of its own for one test, removed afterwards.
    struct TempDir(PathBuf);
    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir().join(format!(
                "roundbook-app-{name}-{}-{}",
                std::process::id(),
                SystemTime::now()
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos()
            ));
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
        fn path(&self) -> &Path {
            &self.0
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn titles(state: &AppState) -> Vec<String> {
        state
            .with(|lib| Ok(lib.list::<Incident>()?))
            .unwrap()
            .into_iter()
            .map(|i| i.title)
            .collect()
    }

    #[test]
    fn encrypt_lock_unlock_restore_and_decrypt_keep_every_record() {
        let dir = TempDir::new("convert");
        let state = AppState::new(dir.path().join("lib.roundbook"));
        state.open(None).unwrap();
        state
            .with(|lib| Ok(lib.create(incident("Strike in Zhanaozen"), now())?))
            .unwrap();
        assert!(
            state.lock(LockReason::Manual).is_err(),
            "a plain library cannot lock"
        );

        let pass = "correct horse battery";
        state
            .with_file_closed(|p| Ok(store::encrypt(p, pass)?), &[pass])
            .unwrap();
        assert!(state.is_open());
        assert!(state.with(|lib| Ok(lib.is_encrypted())).unwrap());
        assert_eq!(titles(&state), ["Strike in Zhanaozen"]);

        // Locked: nothing to read until the passphrase is given again.
        assert!(state.lock(LockReason::Manual).unwrap());
        assert!(!state.is_open());
        assert_eq!(state.with(|_| Ok(())).unwrap_err().code, ErrorCode::Locked);
        assert_eq!(
            state.open_error().unwrap().code,
            ErrorCode::PassphraseRequired
        );
        assert_eq!(
            state.open(Some("wrong passphrase")).unwrap_err().code,
            ErrorCode::WrongPassphrase
        );
        state.open(Some(pass)).unwrap();

        // A backup, a change, then the backup restored: the change is gone.
        state.with(|lib| Ok(lib.backup_now("test")?)).unwrap();
        state
            .with(|lib| Ok(lib.create(incident("Blogger detained"), now())?))
            .unwrap();
        let saved = backup::list(&state.path)
            .unwrap()
            .into_iter()
            .find(|b| b.file_name.contains("test"))
            .unwrap();
        state
            .with_file_closed(
                |p| {
                    Ok(backup::restore(
                        p,
                        Path::new(&saved.path),
                        Some(pass),
                        now(),
                    )?)
                },
                &[pass],
            )
            .unwrap();
        assert_eq!(titles(&state), ["Strike in Zhanaozen"]);

        // A failed change leaves the library open as it was.
        let e = state
            .with_file_closed(|p| Ok(store::decrypt(p, "not the passphrase")?), &[pass])
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::WrongPassphrase);
        assert!(state.is_open());

        state
            .with_file_closed(|p| Ok(store::decrypt(p, pass)?), &[pass])
            .unwrap();
        assert!(!state.with(|lib| Ok(lib.is_encrypted())).unwrap());
        assert_eq!(titles(&state), ["Strike in Zhanaozen"]);
    }

    /// A one-page PDF, as small as a PDF gets.
    fn one_page_pdf() -> Pages {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        let mut offsets = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
        }
        let xref = pdf.len();
        pdf.extend(b"xref\n0 4\n0000000000 65535 f \n");
        for o in offsets {
            pdf.extend(format!("{o:010} 00000 n \n").bytes());
        }
        pdf.extend(
            format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").bytes(),
        );
        Pages::open(pdf).unwrap()
    }

    #[test]
    fn the_pages_shown_are_forgotten_when_the_library_locks_or_its_file_changes() {
        let dir = TempDir::new("shown");
        let state = AppState::new(dir.path().join("lib.roundbook"));
        state.open(None).unwrap();
        let doc = state.show_pages(one_page_pdf());
        assert_eq!(state.shown_pages(doc).unwrap().count(), 1);

        // Encrypting (as restoring a backup) closes and reopens the file.
        let pass = "correct horse battery";
        state
            .with_file_closed(|p| Ok(store::encrypt(p, pass)?), &[pass])
            .unwrap();
        assert!(
            state.shown_pages(doc).is_none(),
            "kept across a file change"
        );

        let doc = state.show_pages(one_page_pdf());
        assert!(state.lock(LockReason::Manual).unwrap());
        assert!(state.shown_pages(doc).is_none(), "kept after locking");
    }

    #[test]
    fn an_encrypted_library_locks_after_its_idle_time_only() {
        let dir = TempDir::new("idle");
        let path = dir.path().join("lib.roundbook");
        drop(Library::open(&path, Some("correct horse battery")).unwrap());
        let state = AppState::new(path);
        state.open(Some("correct horse battery")).unwrap();
        assert_eq!(state.lock_after(), Some(Duration::from_secs(15 * 60)));
        assert!(!state.idle_expired());
        assert!(!state.lock(LockReason::Idle).unwrap(), "not idle yet");
        assert!(state.is_open());

        lock(&state.idle).after = Some(Duration::ZERO);
        assert!(state.idle_expired());
        assert!(state.lock(LockReason::Idle).unwrap());
        assert!(!state.is_open());
        assert!(
            !state.idle_expired(),
            "a closed library has nothing to lock"
        );

        state.open(Some("correct horse battery")).unwrap();
        state.arm(true, 0);
        assert_eq!(state.lock_after(), None, "0 minutes: never");
    }
}

//! The library: one SQLite file (optionally SQLCipher-encrypted) holding every record.
//!
//! Invariants kept here:
//! - every write is one transaction (a record with its links and its search entry, or a
//!   whole import), so a crash leaves the library wholly before or wholly after it;
//! - foreign keys are on; deleting a record others point at is refused (`Error::InUse`),
//!   except for a record's own parts, which go with it (see `Record::CASCADES`);
//! - records are validated and their references checked before anything is written.

pub mod backup;
mod conversion;
mod encryption;
mod incident_filter;
mod links;
pub mod lock;
pub mod migrate;
mod outcomes;
mod record;
mod search_index;
mod settings;
mod sql_types;
mod tables;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use encryption::{decrypt, encrypt, rekey, EncryptionReport};
pub use incident_filter::{IncidentFilter, IncidentPage, IncidentSort};
pub use links::Link;
pub use outcomes::SavedOutcome;
pub(crate) use record::read_where;
pub use record::{ForeignKey, Record, Reference, Referrer};
pub use settings::Settings;
pub(crate) use sql_types::list_from_sql;

use crate::crypto::{self, FileState, RawKey};
use crate::error::{Error, Result};
use crate::model::*;
use crate::search;

/// How long a write waits for another program (the app, the CLI) holding the library.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// An open library.
pub struct Library {
    conn: Connection,
    /// The library file (a symbolic link resolved: conversions and backups work on the
    /// file itself).
    path: Option<PathBuf>,
    /// The key of an encrypted library (kept for backups, which use the same key).
    key: Option<RawKey>,
    /// Held while the library is open: no conversion or restore replaces the file under us.
    _lock: Option<lock::LibraryLock>,
    /// Why the automatic backup could not be made when the library was opened.
    backup_problem: Option<String>,
    /// Packs assembled since the last write, for the next ask (`assembled_pack`).
    packs: crate::pack::PackMemo,
}

/// How to open a library.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions<'a> {
    /// The passphrase of an encrypted library, or of a new library to create encrypted.
    pub passphrase: Option<&'a str>,
    /// Make a backup when the newest is older than a day, keeping the newest `keep`.
    /// Libraries are always backed up before a migration, whatever this says.
    pub daily_backup: Option<BackupPolicy>,
}

impl<'a> OpenOptions<'a> {
    pub fn with_passphrase(passphrase: Option<&'a str>) -> OpenOptions<'a> {
        OpenOptions {
            passphrase,
            daily_backup: None,
        }
    }
}

/// When automatic backups are made, and how many are kept.
#[derive(Debug, Clone, Copy)]
pub struct BackupPolicy {
    pub now: Timestamp,
    pub keep: usize,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SearchHit {
    pub kind: Kind,
    pub id: String,
    pub label: String,
    pub snippet: String,
    /// Restricted: never in an external pack (incidents and sources).
    pub restricted: bool,
    /// The record's own date in stored form (`2011-12-16`, `2012-01`, a range), for the
    /// kinds that have one: when an incident happened, a source was published, a round
    /// starts, an assessment was made, a commitment was made.
    pub date: Option<String>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("path", &self.path)
            .field("encrypted", &self.key.is_some())
            .finish()
    }
}

impl Library {
    /// Opens (creating if needed) the library at `path`. An encrypted library needs its
    /// passphrase (`Error::PassphraseRequired`; a wrong one is `Error::WrongPassphrase`);
    /// a new library is created encrypted when a passphrase is given.
    pub fn open(path: &Path, passphrase: Option<&str>) -> Result<Library> {
        Library::open_with(
            path,
            &OpenOptions {
                passphrase,
                daily_backup: None,
            },
        )
    }

    /// Opens a library with options (passphrase, automatic backups). A file that is a
    /// database but not a Roundbook library is refused untouched. While it is open the
    /// library is shared with other programs but cannot be converted or restored; what an
    /// interrupted conversion left is finished or removed first. When only the automatic
    /// backup fails (a full disk), the library still opens: `backup_problem` says why.
    #[tracing::instrument(skip_all, fields(encrypted = options.passphrase.is_some()))]
    pub fn open_with(path: &Path, options: &OpenOptions<'_>) -> Result<Library> {
        let real = crate::files::write_target(path)?;
        let (lock, finished) = match lock::LibraryLock::try_exclusive(&real)? {
            Some(own) => {
                let finished = conversion::recover(&real)?;
                (own.downgrade()?, finished)
            }
            None => (lock::LibraryLock::shared(&real, lock::WAIT_SHARED)?, false),
        };
        match Library::open_locked(&real, options, Some(lock)) {
            Err(Error::WrongPassphrase | Error::PassphraseRequired) if finished => {
                Err(Error::ConversionFinished)
            }
            other => other,
        }
    }

    /// Opens a library whose lock the caller holds (or that needs none: a conversion's
    /// own connection).
    pub(crate) fn open_locked(
        path: &Path,
        options: &OpenOptions<'_>,
        lock: Option<lock::LibraryLock>,
    ) -> Result<Library> {
        let state = crypto::file_state(path)?;
        let key = match (state, options.passphrase) {
            (FileState::NotADatabase, _) => {
                return Err(Error::NotALibrary {
                    path: path.to_path_buf(),
                })
            }
            (FileState::Encrypted, None) => return Err(Error::PassphraseRequired),
            (FileState::Encrypted, Some(p)) => Some(RawKey::for_file(path, p)?),
            (FileState::Missing | FileState::Empty, Some(p)) => {
                crypto::check_passphrase(p)?;
                Some(RawKey::new_file(p)?)
            }
            (FileState::Missing | FileState::Empty | FileState::Plain, _) => None,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        let mut lib = Library {
            conn,
            path: Some(path.to_path_buf()),
            key,
            _lock: lock,
            backup_problem: None,
            packs: Default::default(),
        };
        lib.unlock()?;
        let version = migrate::version(&lib.conn)?;
        migrate::check_is_library(&lib.conn, version, path)?;
        let plan = migrate::plan(version)?;
        lib.configure()?;
        if let migrate::Plan::Upgrade { from } = plan {
            backup::before_migration(&lib, from)?;
        }
        migrate::run(&mut lib.conn)?;
        if let Some(policy) = options.daily_backup {
            if let Err(e) = backup::daily(&lib, policy) {
                tracing::warn!(code = ?e.code(), "daily backup not made");
                lib.backup_problem = Some(e.to_string());
            }
        }
        Ok(lib)
    }

    /// The library's write stamp: moves with every write, by this connection (the rows it
    /// changed since it opened) or another (SQLite's `data_version`).
    pub(crate) fn write_stamp(&self) -> Result<crate::pack::WriteStamp> {
        let others: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?;
        Ok(crate::pack::WriteStamp {
            own: self.conn.total_changes(),
            others,
        })
    }

    pub(crate) fn pack_memo(&self) -> &crate::pack::PackMemo {
        &self.packs
    }

    /// Why the automatic backup could not be made when the library was opened (reading,
    /// exporting and packing work all the same).
    pub fn backup_problem(&self) -> Option<&str> {
        self.backup_problem.as_deref()
    }

    /// A library in memory with the real schema (for tests and previews).
    pub fn open_in_memory() -> Result<Library> {
        let mut lib = Library {
            conn: Connection::open_in_memory()?,
            path: None,
            key: None,
            _lock: None,
            backup_problem: None,
            packs: Default::default(),
        };
        lib.configure()?;
        migrate::run(&mut lib.conn)?;
        Ok(lib)
    }

    /// Gives the key (if any) and makes the first read, which tells a wrong key or a file
    /// that is not a database.
    fn unlock(&self) -> Result<()> {
        if let Some(key) = &self.key {
            key.apply(&self.conn)?;
        }
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| match Error::from(e) {
                Error::Db(_) | Error::WrongPassphrase => Error::WrongPassphrase,
                other => other,
            })?;
        Ok(())
    }

    fn configure(&self) -> Result<()> {
        self.conn
            .busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS as u64))?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        self.conn.pragma_update(None, "trusted_schema", false)?;
        // Deleted content is overwritten, not left in free pages of a seized laptop's file.
        self.conn.pragma_update(None, "secure_delete", true)?;
        if self.path.is_some() {
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::Db(rusqlite::Error::InvalidQuery));
            }
            self.conn.pragma_update(None, "synchronous", "FULL")?;
        }
        Ok(())
    }

    /// How long a write waits for another program holding the library before failing
    /// with `Error::Busy` (default 5 s).
    pub fn set_busy_timeout(&self, timeout: std::time::Duration) -> Result<()> {
        self.conn.busy_timeout(timeout)?;
        Ok(())
    }

    /// Whether the library file is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The file, for a library on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Refuses a file to write that is the library itself, its journal or one of its
    /// backups: writing a bundle or a PDF there would replace the library.
    pub fn refuse_own_file(&self, path: &Path) -> Result<()> {
        match &self.path {
            Some(library) if crate::paths::is_library_file(library, path) => {
                Err(Error::LibraryFile {
                    path: path.to_path_buf(),
                })
            }
            _ => Ok(()),
        }
    }

    /// Runs `f` in one write transaction: all of it lands, or none.
    pub(crate) fn write<R>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<R>) -> Result<R> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` on a consistent read view of the library.
    pub(crate) fn read<R>(&self, f: impl FnOnce(&Connection) -> Result<R>) -> Result<R> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let out = f(&self.conn);
        self.conn.execute_batch("COMMIT")?;
        out
    }

    // ----- records -------------------------------------------------------------------

    /// One record by id.
    pub fn get<T: Record>(&self, id: &str) -> Result<T> {
        T::read(&self.conn, id)?.ok_or_else(|| Error::NotFound {
            kind: T::KIND,
            id: id.to_string(),
        })
    }

    /// Every record of a kind, in its natural order.
    pub fn list<T: Record>(&self) -> Result<Vec<T>> {
        self.read(|c| Ok(T::read_all(c)?))
    }

    /// Adds a new record. An empty id gets a fresh UUID v7 (from `now`); the record's
    /// `updated_at` becomes `now`.
    pub fn create<T: Record>(&mut self, mut record: T, now: Timestamp) -> Result<T> {
        if record.id().is_empty() {
            record.set_id(new_id(now));
        }
        record.set_updated_at(Some(now));
        check(&record)?;
        self.write(|tx| write_record(tx, &record, true))?;
        Ok(record)
    }

    /// Replaces an existing record (found by id); its `updated_at` becomes `now`.
    pub fn update<T: Record>(&mut self, mut record: T, now: Timestamp) -> Result<T> {
        record.set_updated_at(Some(now));
        check(&record)?;
        self.write(|tx| write_record(tx, &record, false))?;
        Ok(record)
    }

    /// Deletes a record and its own parts. Refused with `Error::InUse` while other
    /// records point at it.
    pub fn delete<T: Record>(&mut self, id: &str) -> Result<()> {
        self.delete_kind(T::KIND, id)
    }

    /// Deletes a record of any kind by id (see `delete`).
    pub fn delete_kind(&mut self, kind: Kind, id: &str) -> Result<()> {
        if kind == Kind::Pack {
            return self.delete_pack_record(id);
        }
        self.write(|tx| delete_record(tx, kind, id))
    }

    /// Adds a record of any kind (see `create`).
    pub fn create_any(&mut self, record: AnyRecord, now: Timestamp) -> Result<AnyRecord> {
        struct Create<'l>(&'l mut Library, Timestamp);
        impl AnyVisitor for Create<'_> {
            type Output = Result<AnyRecord>;
            fn visit<T: Record>(self, record: T) -> Self::Output {
                Ok(self.0.create(record, self.1)?.into_any())
            }
        }
        record.visit(Create(self, now))
    }

    /// Replaces a record of any kind (see `update`).
    pub fn update_any(&mut self, record: AnyRecord, now: Timestamp) -> Result<AnyRecord> {
        struct Update<'l>(&'l mut Library, Timestamp);
        impl AnyVisitor for Update<'_> {
            type Output = Result<AnyRecord>;
            fn visit<T: Record>(self, record: T) -> Self::Output {
                Ok(self.0.update(record, self.1)?.into_any())
            }
        }
        record.visit(Update(self, now))
    }

    /// Every record, read in one consistent view.
    pub fn snapshot(&self) -> Result<Snapshot> {
        self.snapshot_without(&[])
    }

    /// Every record but those of the kinds `left_out` (whose lists stay empty): the
    /// app's catalogue leaves out the incidents, which it pages.
    pub fn snapshot_without(&self, left_out: &[Kind]) -> Result<Snapshot> {
        struct Read<'c, 'k>(&'c Connection, Snapshot, &'k [Kind]);
        impl KindVisitor for Read<'_, '_> {
            type Error = Error;
            fn visit<T: Record>(&mut self) -> Result<()> {
                if !self.2.contains(&T::KIND) {
                    *T::of_mut(&mut self.1) = T::read_all(self.0)?;
                }
                Ok(())
            }
        }
        self.read(|c| {
            let mut read = Read(c, Snapshot::default(), left_out);
            each_kind(&mut read)?;
            Ok(read.1)
        })
    }

    /// True when the library holds no records at all.
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM search_docs", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    /// How many records of each kind the library holds.
    pub fn counts(&self) -> Result<Vec<(Kind, usize)>> {
        self.read(|c| {
            Kind::ALL
                .iter()
                .map(|k| {
                    let n: i64 =
                        c.query_row(&format!("SELECT COUNT(*) FROM {}", k.plural()), [], |r| {
                            r.get(0)
                        })?;
                    Ok((*k, n as usize))
                })
                .collect()
        })
    }

    // ----- search --------------------------------------------------------------------

    /// Records matching what the user typed, best first, at most `limit`. Every word must
    /// match (as a prefix); case, diacritics and Kazakh letters do not matter, and FTS5
    /// syntax in the query is taken literally.
    pub fn search(&self, query: &str, kind: Option<Kind>, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(fts) = search::fts_query(query) else {
            return Ok(Vec::new());
        };
        self.read(|c| {
            let mut hits = Vec::new();
            for (kind, id) in search_index::matching(c, &fts, kind, limit)? {
                if let Some(found) = hit_parts(c, kind, &id)? {
                    hits.push(SearchHit {
                        kind,
                        id,
                        snippet: search::snippet(&found.text, query, 160),
                        label: found.label,
                        restricted: found.restricted,
                        date: found.date,
                    });
                }
            }
            Ok(hits)
        })
    }

    /// Incidents matching a filter, one page at a time.
    pub fn incidents(&self, filter: &IncidentFilter) -> Result<IncidentPage> {
        self.read(|c| incident_filter::run(c, filter))
    }

    // ----- settings ------------------------------------------------------------------

    pub fn settings(&self) -> Result<Settings> {
        settings::load(&self.conn)
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        settings.validate()?;
        self.write(|tx| settings::save(tx, settings))
    }
}

/// A fresh record id: a UUID v7 made from `now` (so ids sort by creation time).
pub fn new_id(now: Timestamp) -> String {
    let millis = now.unix_millis().max(0) as u64;
    let ts = uuid::Timestamp::from_unix(
        uuid::NoContext,
        millis / 1000,
        ((millis % 1000) * 1_000_000) as u32,
    );
    uuid::Uuid::new_v7(ts).to_string()
}

/// Validates a record, naming every field concerned.
pub(crate) fn check<T: Record>(record: &T) -> Result<()> {
    record.validate().map_err(|problems| Error::Invalid {
        kind: T::KIND,
        problems,
    })
}

pub(crate) fn exists(conn: &Connection, kind: Kind, id: &str) -> Result<bool> {
    let found = conn
        .prepare_cached(&format!("SELECT 1 FROM {} WHERE id = ?1", kind.plural()))?
        .exists([id])?;
    Ok(found)
}

/// Inserts (`is_new`) or replaces a validated record inside a transaction: refuses a new
/// record whose id is taken, a replacement for a record that does not exist, and
/// references to records that do not exist. The one per-record write of `create`,
/// `update` and the workflows that write several records at once.
pub(crate) fn write_record<T: Record>(tx: &Connection, record: &T, is_new: bool) -> Result<()> {
    let found = exists(tx, T::KIND, record.id())?;
    if is_new && found {
        return Err(Error::AlreadyExists {
            kind: T::KIND,
            id: record.id().to_string(),
        });
    }
    if !is_new && !found {
        return Err(Error::NotFound {
            kind: T::KIND,
            id: record.id().to_string(),
        });
    }
    check_references(tx, record)?;
    put(tx, record, is_new)?;
    Ok(())
}

/// Deletes a record and its own parts inside a transaction (not a pack: see
/// `Library::delete_pack_record`). Refused with `Error::InUse` while other records point
/// at it.
pub(crate) fn delete_record(tx: &Connection, kind: Kind, id: &str) -> Result<()> {
    let (blocking, parts) = record::referrers(kind);

    if !exists(tx, kind, id)? {
        return Err(Error::NotFound {
            kind,
            id: id.to_string(),
        });
    }
    let mut used_by: Vec<(Kind, usize)> = Vec::new();
    for r in &blocking {
        let n: i64 = tx.query_row(
            &format!("SELECT COUNT(*) FROM {} WHERE {} = ?1", r.table, r.column),
            [id],
            |row| row.get(0),
        )?;
        if n > 0 {
            match used_by.iter_mut().find(|(k, _)| *k == r.kind) {
                Some((_, count)) => *count += n as usize,
                None => used_by.push((r.kind, n as usize)),
            }
        }
    }
    if !used_by.is_empty() {
        return Err(Error::InUse {
            kind,
            id: id.to_string(),
            used_by,
        });
    }
    remove_parts_from_index(tx, &parts, id)?;
    search_index::remove(tx, kind, id)?;
    tx.execute(
        &format!("DELETE FROM {} WHERE id = ?1", kind.plural()),
        [id],
    )?;
    Ok(())
}

/// Takes the parts of record `id` (`parts`: who is a part of its kind), and their own
/// parts in turn (a round's outcome and the outcome's results), out of the search index;
/// the database deletes them with the record.
fn remove_parts_from_index(tx: &Connection, parts: &[record::Referrer], id: &str) -> Result<()> {
    for part in parts {
        let mut stmt = tx.prepare(&format!(
            "SELECT id FROM {} WHERE {} = ?1",
            part.table, part.column
        ))?;
        let ids: Vec<String> = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let (_, their_parts) = record::referrers(part.kind);
        for part_id in ids {
            remove_parts_from_index(tx, &their_parts, &part_id)?;
            search_index::remove(tx, part.kind, &part_id)?;
        }
    }
    Ok(())
}

/// Fails on the first reference to a record that does not exist.
fn check_references<T: Record>(conn: &Connection, record: &T) -> Result<()> {
    for r in record.references() {
        if !exists(conn, r.target, r.id)? {
            return Err(Error::DanglingReference {
                field: r.field,
                target: r.target,
                id: r.id.to_string(),
            });
        }
    }
    Ok(())
}

/// Writes a record with its links and search entry (no checks).
pub(crate) fn put<T: Record>(conn: &Connection, record: &T, is_new: bool) -> rusqlite::Result<()> {
    record.write_row(conn)?;
    for (link, ids) in T::LINKS.iter().zip(record.link_lists()) {
        if is_new {
            link.insert(conn, record.id(), ids)?;
        } else {
            link.set(conn, record.id(), ids)?;
        }
    }
    search_index::put(conn, T::KIND, record.id(), &record.search_text())
}

/// The label and searchable text of any record, for search results.
/// What a search result shows of a record.
struct HitParts {
    label: String,
    text: String,
    restricted: bool,
    date: Option<String>,
}

fn hit_parts(conn: &Connection, kind: Kind, id: &str) -> Result<Option<HitParts>> {
    struct Parts<'a>(&'a Connection, &'a str, Option<HitParts>);
    impl KindVisitor for Parts<'_> {
        type Error = Error;
        fn visit<T: Record>(&mut self) -> Result<()> {
            self.2 = T::read(self.0, self.1)?.map(|r| {
                let label = r.label();
                // What the result's label does not already say, field by field.
                let text = r
                    .search_parts()
                    .into_iter()
                    .filter(|part| part.trim() != label.trim())
                    .collect::<Vec<_>>()
                    .join(" · ");
                HitParts {
                    label,
                    text,
                    restricted: r.sensitivity().is_some_and(Sensitivity::is_restricted),
                    date: record_date(&r.into_any()),
                }
            });
            Ok(())
        }
    }
    let mut parts = Parts(conn, id, None);
    kind.visit(&mut parts).transpose()?;
    Ok(parts.2)
}

/// The date a record is known by, in stored form, for the kinds that have one.
fn record_date(record: &AnyRecord) -> Option<String> {
    match record {
        AnyRecord::Incident(r) => Some(r.occurred_on.to_string()),
        AnyRecord::Source(r) => r.published_on.as_ref().map(ToString::to_string),
        AnyRecord::Round(r) => Some(r.starts_on.to_string()),
        AnyRecord::Assessment(r) => Some(r.assessed_on.to_string()),
        AnyRecord::Commitment(r) => Some(r.made_on.to_string()),
        AnyRecord::CaseEntry(r) => Some(r.date.to_string()),
        AnyRecord::RoundOutcome(r) => r.statement_on.map(|d| d.to_string()),
        AnyRecord::Case(_)
        | AnyRecord::AskResult(_)
        | AnyRecord::Negotiation(_)
        | AnyRecord::ConcernArea(_)
        | AnyRecord::Benchmark(_)
        | AnyRecord::Ask(_) => None,
    }
}

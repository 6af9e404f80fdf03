//! The core's errors. Each names what is wrong and, where there is one, the field; the
//! desktop app turns them into `{ code, message, field }` for the UI.

use std::path::PathBuf;

use crate::files::Shown;
use crate::model::Kind;

/// One problem with one field of a record, e.g. `occurred_on: "2012-13-01" is not a date`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// Every error code the UI can receive: the core's, its importers', and the desktop
/// app's own. The UI branches on these (never on a message); the TypeScript type is
/// generated from this enum, so a `switch` over codes is checked by the compiler.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    // ----- the library -----
    /// A record or setting breaks the rules; the field is named.
    Invalid,
    NotFound,
    AlreadyExists,
    DanglingReference,
    InUse,
    LibraryTooNew,
    WrongPassphrase,
    PassphraseRequired,
    WeakPassphrase,
    NotEncrypted,
    AlreadyEncrypted,
    BadBackup,
    /// Another program holds the library.
    Busy,
    /// A database of another program, left untouched.
    NotALibrary,
    Io,
    Database,
    /// A file to write is the library itself or one of its files.
    LibraryFile,
    /// A path to write is a device, a named pipe or a folder.
    NotAFile,
    // ----- other people's files -----
    BadBundle,
    TooLarge,
    NotUtf8,
    NoHeader,
    Unreadable,
    BadMapping,
    MissingColumn,
    DuplicateColumn,
    /// New incidents state no sensitivity and none was chosen for the whole file.
    SensitivityNotChosen,
    InvalidRows,
    NotCsl,
    InvalidItems,
    // ----- packs -----
    Pack,
    /// The user cancelled the work (an export), or newer work replaced it (a preview);
    /// nothing was written.
    Cancelled,
    // ----- the desktop app -----
    /// The library is closed (locked, or not unlocked yet).
    Locked,
    /// A confirmation came for an import whose file is no longer open.
    NothingToImport,
    NotSupported,
    NoUrl,
    OpenFailed,
    /// The window asked to open a file the app did not write.
    NotAllowed,
    /// A failure of the app itself.
    Internal,
}

#[derive(Debug)]
pub enum Error {
    /// A record breaks the rules; `problems` names every field concerned.
    Invalid {
        kind: Kind,
        problems: Vec<FieldError>,
    },

    /// A library setting was refused.
    InvalidSetting(FieldError),

    NotFound {
        kind: Kind,
        id: String,
    },

    AlreadyExists {
        kind: Kind,
        id: String,
    },

    /// A record points at something that does not exist.
    DanglingReference {
        field: String,
        target: Kind,
        id: String,
    },

    /// Deleting would leave other records pointing at nothing.
    InUse {
        kind: Kind,
        id: String,
        used_by: Vec<(Kind, usize)>,
    },

    /// A bundle file was refused; nothing was written.
    Bundle(crate::exchange::BundleError),

    /// A pack could not be built or rendered.
    Pack(crate::pack::PackError),

    LibraryTooNew {
        found: i64,
        known: i64,
    },

    WrongPassphrase,

    /// An encryption change that was interrupted after it committed was finished just now,
    /// so the library needs what that change set.
    ConversionFinished,

    PassphraseRequired,

    WeakPassphrase,

    NotEncrypted,

    AlreadyEncrypted,

    BadBackup(PathBuf, String),

    Busy,

    /// Another program has the library: it is being converted or restored
    /// (`converting`), or it is open while a conversion or restore was asked for.
    LibraryInUse {
        converting: bool,
    },

    /// The file is a database, but not a Roundbook library; it was not changed.
    NotALibrary {
        path: PathBuf,
    },

    LibraryFile {
        path: PathBuf,
    },

    /// A file to write is something a file must not replace: `what` is `folder`,
    /// `device`, `named_pipe`, `socket` or `other`.
    NotAFile {
        path: PathBuf,
        what: &'static str,
    },

    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    Db(rusqlite::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::escaped;
        use crate::m;
        let text = match self {
            Error::Invalid { kind, problems } => summary(*kind, problems),
            Error::InvalidSetting(problem) => {
                m!("error-invalid-setting", problem = problem.to_string())
            }
            Error::NotFound { kind, id } => {
                m!("error-not-found", kind = kind.name(), id = escaped(id))
            }
            Error::AlreadyExists { kind, id } => {
                m!("error-already-exists", kind = kind.name(), id = escaped(id))
            }
            Error::DanglingReference { field, target, id } => m!(
                "error-dangling-reference",
                field = field,
                target = target.name(),
                id = escaped(id)
            ),
            Error::InUse { kind, id, used_by } => m!(
                "error-in-use",
                kind = kind.name(),
                id = escaped(id),
                usedBy = used_by
                    .iter()
                    .map(|(kind, n)| kind.count(*n))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Error::Bundle(e) => return e.fmt(f),
            Error::Pack(e) => return e.fmt(f),
            Error::LibraryTooNew { found, known } => m!(
                "error-library-too-new",
                found = found.to_string(),
                known = known.to_string()
            ),
            Error::WrongPassphrase => m!("error-wrong-passphrase"),
            Error::ConversionFinished => m!("error-conversion-finished"),
            Error::PassphraseRequired => m!("error-passphrase-required"),
            Error::WeakPassphrase => m!("error-weak-passphrase"),
            Error::NotEncrypted => m!("error-not-encrypted"),
            Error::AlreadyEncrypted => m!("error-already-encrypted"),
            Error::BadBackup(path, reason) => m!(
                "error-bad-backup",
                path = Shown(path).to_string(),
                reason = reason
            ),
            Error::Busy => m!("error-busy"),
            Error::LibraryInUse { converting: true } => m!("error-library-being-converted"),
            Error::LibraryInUse { converting: false } => m!("error-library-open-elsewhere"),
            Error::NotALibrary { path } => {
                m!("error-not-a-library", path = Shown(path).to_string())
            }
            Error::LibraryFile { path } => {
                m!("error-library-file", path = Shown(path).to_string())
            }
            Error::NotAFile { path, what } => m!(
                "error-not-a-file",
                path = Shown(path).to_string(),
                what = *what
            ),
            // The system's own words for the failure (they come in its language).
            Error::Io { path, source } => return write!(f, "{}: {source}", Shown(path)),
            Error::Db(e) => m!("error-database", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Bundle(e) => Some(e),
            Error::Pack(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<crate::exchange::BundleError> for Error {
    fn from(e: crate::exchange::BundleError) -> Error {
        Error::Bundle(e)
    }
}

impl From<crate::pack::PackError> for Error {
    fn from(e: crate::pack::PackError) -> Error {
        Error::Pack(e)
    }
}

/// An invalid record: its first problem, and how many more there are.
fn summary(kind: Kind, problems: &[FieldError]) -> String {
    use crate::m;
    match problems {
        [] => m!("error-invalid-record", kind = kind.name()),
        [one] => m!(
            "error-invalid-field",
            kind = kind.name(),
            problem = one.to_string()
        ),
        [first, rest @ ..] => m!(
            "error-invalid-fields",
            kind = kind.name(),
            problem = first.to_string(),
            more = rest.len()
        ),
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::NotADatabase) => Error::WrongPassphrase,
            Some(ErrorCode::ConstraintViolation) => unique_violation(&e).unwrap_or(Error::Db(e)),
            _ => Error::Db(e),
        }
    }
}

/// A record refused by a `UNIQUE` constraint of its table other than its id (a second
/// outcome for one round), as a problem of the field concerned.
fn unique_violation(e: &rusqlite::Error) -> Option<Error> {
    let rusqlite::Error::SqliteFailure(failure, Some(message)) = e else {
        return None;
    };
    if failure.extended_code != rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE {
        return None;
    }
    // "UNIQUE constraint failed: ask_results.outcome_id, ask_results.ask_id"
    let columns = message.strip_prefix("UNIQUE constraint failed: ")?;
    let (table, column) = columns.rsplit(", ").next()?.split_once('.')?;
    let kind = Kind::RECORDS
        .iter()
        .find(|k| k.plural() == table)
        .copied()?;
    (column != "id").then(|| Error::Invalid {
        kind,
        problems: vec![FieldError::new(
            column,
            crate::m!("problem-taken", kind = kind.name()),
        )],
    })
}

impl Error {
    /// A stable code the UI branches on (never on the message).
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } | Error::InvalidSetting(_) => ErrorCode::Invalid,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::AlreadyExists { .. } => ErrorCode::AlreadyExists,
            Error::DanglingReference { .. } => ErrorCode::DanglingReference,
            Error::InUse { .. } => ErrorCode::InUse,
            Error::Bundle(crate::exchange::BundleError::WrongPassphrase) => {
                ErrorCode::WrongPassphrase
            }
            Error::Bundle(crate::exchange::BundleError::PassphraseRequired) => {
                ErrorCode::PassphraseRequired
            }
            Error::Bundle(_) => ErrorCode::BadBundle,
            Error::Pack(crate::pack::PackError::Cancelled) => ErrorCode::Cancelled,
            Error::Pack(_) => ErrorCode::Pack,
            Error::LibraryTooNew { .. } => ErrorCode::LibraryTooNew,
            Error::WrongPassphrase | Error::ConversionFinished => ErrorCode::WrongPassphrase,
            Error::PassphraseRequired => ErrorCode::PassphraseRequired,
            Error::WeakPassphrase => ErrorCode::WeakPassphrase,
            Error::NotEncrypted => ErrorCode::NotEncrypted,
            Error::AlreadyEncrypted => ErrorCode::AlreadyEncrypted,
            Error::BadBackup(..) => ErrorCode::BadBackup,
            Error::Busy | Error::LibraryInUse { .. } => ErrorCode::Busy,
            Error::NotALibrary { .. } => ErrorCode::NotALibrary,
            Error::LibraryFile { .. } => ErrorCode::LibraryFile,
            Error::NotAFile { .. } => ErrorCode::NotAFile,
            Error::Io { .. } => ErrorCode::Io,
            Error::Db(_) => ErrorCode::Database,
        }
    }

    /// The field concerned, when there is one (the first, for several).
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { problems, .. } => problems.first().map(|p| p.field.as_str()),
            Error::DanglingReference { field, .. } => Some(field),
            Error::InvalidSetting(e) => Some(&e.field),
            Error::Pack(e) => e.field(),
            Error::WrongPassphrase
            | Error::PassphraseRequired
            | Error::WeakPassphrase
            | Error::ConversionFinished => Some("passphrase"),
            Error::Bundle(
                crate::exchange::BundleError::WrongPassphrase
                | crate::exchange::BundleError::PassphraseRequired,
            ) => Some("passphrase"),
            _ => None,
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

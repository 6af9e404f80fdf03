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
    InvalidRows,
    NotCsl,
    InvalidItems,
    // ----- packs -----
    Pack,
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

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A record breaks the rules; `problems` names every field concerned.
    #[error("{kind} {}", summary(problems))]
    Invalid {
        kind: Kind,
        problems: Vec<FieldError>,
    },

    /// A library setting was refused.
    #[error("setting {0}")]
    InvalidSetting(FieldError),

    #[error("there is no {kind} with id {id:?}")]
    NotFound { kind: Kind, id: String },

    #[error("a {kind} with id {id:?} already exists")]
    AlreadyExists { kind: Kind, id: String },

    /// A record points at something that does not exist.
    #[error("{field}: there is no {target} with id {id:?}")]
    DanglingReference {
        field: String,
        target: Kind,
        id: String,
    },

    /// Deleting would leave other records pointing at nothing.
    #[error("cannot delete {kind} {id:?}: {}", used_by_text(used_by))]
    InUse {
        kind: Kind,
        id: String,
        used_by: Vec<(Kind, usize)>,
    },

    /// A bundle file was refused; nothing was written.
    #[error("{0}")]
    Bundle(#[from] crate::exchange::BundleError),

    /// A pack could not be built or rendered.
    #[error("{0}")]
    Pack(#[from] crate::pack::PackError),

    #[error("this library was written by a newer version of Roundbook (library version {found}, this program knows up to {known}); it was not opened so it cannot be damaged — update Roundbook")]
    LibraryTooNew { found: i64, known: i64 },

    #[error("the passphrase is wrong, or the file is not a Roundbook library")]
    WrongPassphrase,

    /// An encryption change that was interrupted after it committed was finished just now,
    /// so the library needs what that change set.
    #[error("an interrupted change of the library's encryption was finished just now: open it with the passphrase that change set (or none, if it was decrypted)")]
    ConversionFinished,

    #[error("this library is encrypted: a passphrase is needed to open it")]
    PassphraseRequired,

    #[error(
        "the passphrase is too short: use at least 8 characters (a few unrelated words are best)"
    )]
    WeakPassphrase,

    #[error("this library is not encrypted")]
    NotEncrypted,

    #[error("this library is already encrypted (to change its passphrase, rekey it)")]
    AlreadyEncrypted,

    #[error("{} is not a usable backup: {}", Shown(.0), .1)]
    BadBackup(PathBuf, String),

    #[error(
        "the library is in use by another program and could not be written; try again in a moment"
    )]
    Busy,

    /// Another program has the library: it is being converted or restored
    /// (`converting`), or it is open while a conversion or restore was asked for.
    #[error("{}", if *converting {
        "the library is being encrypted, decrypted, re-keyed or restored by another program; try again when that has finished"
    } else {
        "the library is open in another program (the Roundbook app, or another roundbook command); close it, then try again"
    })]
    LibraryInUse { converting: bool },

    /// The file is a database, but not a Roundbook library; it was not changed.
    #[error(
        "{} is not a Roundbook library (it is another program's database); it was left untouched",
        Shown(path)
    )]
    NotALibrary { path: PathBuf },

    #[error(
        "{} is the library itself or one of its files; choose another file to write",
        Shown(path)
    )]
    LibraryFile { path: PathBuf },

    /// A file to write is something a file must not replace.
    #[error("{} is {what}, not a file: choose a file to write to", Shown(path))]
    NotAFile { path: PathBuf, what: &'static str },

    #[error("{}: {source}", Shown(path))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("library database error: {0}")]
    Db(rusqlite::Error),
}

fn summary(problems: &[FieldError]) -> String {
    match problems {
        [] => "is invalid".into(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!(
            "{first} (and {} more problem{})",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
    }
}

fn used_by_text(used_by: &[(Kind, usize)]) -> String {
    let parts: Vec<String> = used_by
        .iter()
        .map(|(kind, n)| format!("{n} {}{}", kind.noun(), if *n == 1 { "" } else { "s" }))
        .collect();
    format!("it is still referenced by {}", parts.join(", "))
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::NotADatabase) => Error::WrongPassphrase,
            _ => Error::Db(e),
        }
    }
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

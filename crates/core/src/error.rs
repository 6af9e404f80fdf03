//! The core's errors. Each names what is wrong and, where there is one, the field; the
//! desktop app turns them into `{ code, message, field }` for the UI.

use std::path::PathBuf;

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

    #[error("{0} is not a usable backup: {1}")]
    BadBackup(PathBuf, String),

    #[error(
        "the library is in use by another program and could not be written; try again in a moment"
    )]
    Busy,

    #[error("{}: {source}", path.display())]
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
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } | Error::InvalidSetting(_) => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::AlreadyExists { .. } => "already_exists",
            Error::DanglingReference { .. } => "dangling_reference",
            Error::InUse { .. } => "in_use",
            Error::Bundle(_) => "bad_bundle",
            Error::Pack(_) => "pack",
            Error::LibraryTooNew { .. } => "library_too_new",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::PassphraseRequired => "passphrase_required",
            Error::WeakPassphrase => "weak_passphrase",
            Error::NotEncrypted => "not_encrypted",
            Error::AlreadyEncrypted => "already_encrypted",
            Error::BadBackup(..) => "bad_backup",
            Error::Busy => "busy",
            Error::Io { .. } => "io",
            Error::Db(_) => "database",
        }
    }

    /// The field concerned, when there is one (the first, for several).
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { problems, .. } => problems.first().map(|p| p.field.as_str()),
            Error::DanglingReference { field, .. } => Some(field),
            Error::InvalidSetting(e) => Some(&e.field),
            Error::Pack(e) => e.field(),
            Error::WrongPassphrase | Error::PassphraseRequired | Error::WeakPassphrase => {
                Some("passphrase")
            }
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

//! Errors as the UI receives them: `{ code, message, field? }`. The UI branches on
//! `code`, shows `message`, and puts it next to the form field named by `field`.

use roundbook_core::exchange::{BundleError, CslError, CsvError};
use roundbook_core::FieldError;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct AppError {
    /// A stable code: the core's (`invalid`, `in_use`, `not_found`, …) or the shell's own
    /// (`locked`, `cancelled`, `io`, `open_failed`, `internal`).
    pub code: String,
    pub message: String,
    /// The record field the error concerns, e.g. `occurred_on` or `source_ids[0]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Every field problem, when a record has more than one (the first is `field`/`message`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub problems: Vec<FieldError>,
}

impl From<roundbook_core::Error> for AppError {
    fn from(e: roundbook_core::Error) -> AppError {
        // A sealed bundle's passphrase is a passphrase like the library's: the form puts
        // the message beside the field it was typed in.
        if let roundbook_core::Error::Bundle(
            b @ (BundleError::WrongPassphrase | BundleError::PassphraseRequired),
        ) = &e
        {
            let code = match b {
                BundleError::WrongPassphrase => "wrong_passphrase",
                _ => "passphrase_required",
            };
            return AppError::new(code, b.to_string()).with_field("passphrase");
        }
        AppError {
            code: e.code().to_string(),
            message: message_of(&e),
            field: e.field().map(str::to_string),
            problems: match &e {
                roundbook_core::Error::Invalid { problems, .. } if problems.len() > 1 => {
                    problems.clone()
                }
                _ => Vec::new(),
            },
        }
    }
}

/// A spreadsheet the importer refused: the file-level code (`not_utf8`, `no_header`,
/// `missing_column`, `invalid_rows`, …) and the core's message, which names row and column.
impl From<CsvError> for AppError {
    fn from(e: CsvError) -> AppError {
        match e {
            CsvError::Library(e) => e.into(),
            e => AppError::new(e.code(), e.to_string()),
        }
    }
}

/// A CSL-JSON file the importer refused.
impl From<CslError> for AppError {
    fn from(e: CslError) -> AppError {
        match e {
            CslError::Library(e) => e.into(),
            e => AppError::new(e.code(), e.to_string()),
        }
    }
}

/// The core's message, without the "kind field:" prefix when the field is shown beside
/// the message anyway (the form puts it next to the field).
fn message_of(e: &roundbook_core::Error) -> String {
    match e {
        roundbook_core::Error::Invalid { problems, .. } if !problems.is_empty() => {
            let first = &problems[0];
            match problems.len() {
                1 => first.message.clone(),
                n => format!(
                    "{} (and {} more problem{})",
                    first.message,
                    n - 1,
                    if n == 2 { "" } else { "s" }
                ),
            }
        }
        _ => e.to_string(),
    }
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> AppError {
        AppError {
            code: code.into(),
            message: message.into(),
            field: None,
            problems: Vec::new(),
        }
    }

    pub fn with_field(mut self, field: &str) -> AppError {
        self.field = Some(field.into());
        self
    }

    /// A failure of the shell itself (a thread that died, a window that is gone).
    pub fn internal(message: impl std::fmt::Display) -> AppError {
        AppError::new("internal", message.to_string())
    }
}

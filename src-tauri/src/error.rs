//! Errors as the UI receives them: `{ code, message, field? }`. The UI branches on
//! `code`, shows `message`, and puts it next to the form field named by `field`.

use roundbook_core::exchange::{CslError, CsvError};
use roundbook_core::{ErrorCode, FieldError};
use roundbook_raster::{RasterError, MAX_WIDTH};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct AppError {
    /// A stable code (one enum in the core, for the core's errors and the app's own).
    pub code: ErrorCode,
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
        // The code and field only: a message can quote what the user typed.
        tracing::warn!(code = ?e.code(), field = e.field(), "refused");
        AppError {
            code: e.code(),
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

/// A page of the builder's preview that could not be drawn, worded by the catalogue.
impl From<RasterError> for AppError {
    fn from(e: RasterError) -> AppError {
        use roundbook_core::m;
        tracing::warn!(problem = %e, "page not drawn");
        match e {
            RasterError::NotAPdf => {
                AppError::new(ErrorCode::Pack, m!("app-error-preview-unreadable"))
            }
            RasterError::NoSuchPage { page, pages } => AppError::new(
                ErrorCode::Invalid,
                m!("app-error-preview-no-page", page = page, pages = pages),
            )
            .with_field("page"),
            RasterError::BadWidth { width } => AppError::new(
                ErrorCode::Invalid,
                m!("app-error-preview-width", width = width, max = MAX_WIDTH),
            )
            .with_field("width"),
            RasterError::Draw { page } => {
                AppError::new(ErrorCode::Pack, m!("app-error-preview-page", page = page))
            }
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
                n => roundbook_core::m!(
                    "app-error-more-problems",
                    problem = &first.message,
                    more = n - 1
                ),
            }
        }
        _ => e.to_string(),
    }
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError {
            code,
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
        AppError::new(ErrorCode::Internal, message.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_not_drawn_is_worded_by_the_catalogue_and_names_what_is_wrong() {
        let e = AppError::from(RasterError::NoSuchPage { page: 9, pages: 3 });
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::Invalid, Some("page"))
        );
        assert_eq!(e.message, "page 9 asked for, but the preview has 3 pages");
        let e = AppError::from(RasterError::BadWidth { width: 0 });
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::Invalid, Some("width"))
        );
        assert!(e.message.contains(&MAX_WIDTH.to_string()), "{}", e.message);
        for e in [RasterError::NotAPdf, RasterError::Draw { page: 2 }] {
            let e = AppError::from(e);
            assert_eq!(e.code, ErrorCode::Pack);
            assert!(!e.message.starts_with("app-error"), "{}", e.message);
        }
    }
}

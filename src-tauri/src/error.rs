//! Errors as the UI receives them: `{ code, message, field? }`. The UI branches on
//! `code`, never on the message.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct AppError {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl From<roundbook_core::Error> for AppError {
    fn from(e: roundbook_core::Error) -> AppError {
        AppError {
            code: e.code().to_string(),
            message: e.to_string(),
            field: e.field().map(str::to_string),
        }
    }
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> AppError {
        AppError {
            code: code.into(),
            message: message.into(),
            field: None,
        }
    }
}

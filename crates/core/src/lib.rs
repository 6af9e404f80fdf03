//! Roundbook's core: the domain model, the library store, search, bundle exchange and
//! briefing packs. No UI, no Tauri, no clock, no network: time, paths and options come in
//! as arguments, which keeps packs deterministic and tests exact.

pub mod crypto;
pub mod dates;
pub mod error;
pub mod exchange;
pub mod files;
pub mod i18n;
pub mod model;
pub mod pack;
pub mod paths;
pub mod search;
pub mod store;

pub use error::{Error, ErrorCode, FieldError, Result};
pub use store::Library;

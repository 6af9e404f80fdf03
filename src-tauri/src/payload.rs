//! What the commands exchange with the UI beyond the core's own records. The TypeScript
//! types in `ui/src/bindings/` are generated from these (feature `ts`).

use roundbook_core::exchange::csl::{CslReport, ItemProblem};
use roundbook_core::exchange::csv_incidents::CsvPreview;
use roundbook_core::exchange::merge::ImportPlan;
pub use roundbook_core::exchange::KindCount;
use roundbook_core::exchange::{ExportScope, RestrictedRecords};
use roundbook_core::model::*;
use roundbook_core::store::Settings;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Whether the library is open, and where it is.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export, optional_fields))]
pub struct LibraryStatus {
    /// The library file.
    pub path: String,
    pub open: bool,
    /// True when it holds no records (the first start).
    pub empty: bool,
    /// Why it is not open (`passphrase_required` or `wrong_passphrase` when it is encrypted).
    pub error: Option<crate::error::AppError>,
    /// Whether the library file is encrypted.
    pub encrypted: bool,
    /// After how many seconds without keyboard or mouse the open library locks itself
    /// (none: it does not, because it is not encrypted or the setting is "never").
    pub lock_after_seconds: Option<u32>,
}

/// Every record the library screens list, except incidents (which are paged: their list
/// is empty here, their count is in `counts`).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Catalogue {
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub records: Snapshot,
    /// How many records of each kind the library holds.
    pub counts: Vec<KindCount>,
    /// The fields of each kind a translation may hold (kinds without translations are
    /// left out).
    pub translatable: Vec<TranslatableFields>,
}

/// The fields of one kind that can be translated.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct TranslatableFields {
    pub kind: Kind,
    pub fields: Vec<String>,
}

/// A date as the user typed it, read by the core's rules.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct DateReading {
    /// The stored form, e.g. `2011-12-16/2011-12-17`.
    pub value: String,
    /// For readers, e.g. `16 December 2011 – 17 December 2011`.
    pub long: String,
    /// The first and last days it can mean.
    pub earliest: String,
    pub latest: String,
    /// It means one day.
    pub exact: bool,
}

/// The settings with what the Settings screen shows beside them.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct SettingsView {
    pub settings: Settings,
    pub library_path: String,
    pub version: String,
}

/// A spreadsheet read for import, and what importing it would do (nothing is written yet).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct CsvOpened {
    /// The file's name, for the dialog's title.
    pub file_name: String,
    pub preview: CsvPreview,
}

/// A CSL-JSON file read for import, and what importing it would do.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export, optional_fields))]
pub struct CslPreview {
    pub file_name: String,
    /// The dry run; none when items have problems (then nothing can be imported).
    pub report: Option<CslReport>,
    /// Every item that cannot be imported, and why.
    pub problems: Vec<ItemProblem>,
}

/// A bundle file opened for merging.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export, optional_fields))]
pub struct BundleOpened {
    pub file_name: String,
    /// Sealed with a passphrase: `unseal_bundle` gives the plan.
    pub sealed: bool,
    /// What merging it would do (none while it is sealed).
    pub plan: Option<ImportPlan>,
}

/// What to put in a bundle: everything, one negotiation, or some of its concern areas.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct BundleScope {
    /// None: the whole library.
    pub negotiation_id: Option<String>,
    /// Empty: the whole negotiation.
    #[serde(default)]
    pub concern_area_ids: Vec<String>,
    /// Also send restricted incidents and sources (left out unless the user opts in).
    #[serde(default)]
    pub include_restricted: bool,
}

impl BundleScope {
    /// The core's scope and restricted-records choice.
    pub fn to_core(&self) -> (ExportScope, RestrictedRecords) {
        let scope = match &self.negotiation_id {
            None => ExportScope::All,
            Some(id) if self.concern_area_ids.is_empty() => ExportScope::Negotiation(id.clone()),
            Some(negotiation_id) => ExportScope::Areas {
                negotiation_id: negotiation_id.clone(),
                concern_area_ids: self.concern_area_ids.clone(),
            },
        };
        let restricted = if self.include_restricted {
            RestrictedRecords::Sent
        } else {
            RestrictedRecords::LeftOut
        };
        (scope, restricted)
    }
}

/// The library's backups.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export, optional_fields))]
pub struct Backups {
    /// The folder they are in.
    pub dir: String,
    /// Newest first.
    pub files: Vec<BackupInfo>,
    /// How many automatic backups are kept.
    pub kept: usize,
    /// Why today's automatic backup could not be made, if it could not.
    pub problem: Option<String>,
}

/// One backup.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct BackupInfo {
    /// The name in the backup folder (what `restore_backup` takes).
    pub file_name: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
    /// Seconds since 1970 when it was written.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub modified: i64,
    /// Encrypted (restoring it needs the passphrase).
    pub encrypted: bool,
}

/// A pack's pages as the builder's viewer takes them: the PDF stays in the app, which
/// draws each page the viewer shows (`pack_page`), from the bytes export would write.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct PagesShown {
    /// The PDF's number, for `pack_page`.
    pub doc: u32,
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub pages: roundbook_core::pack::PackPages,
    /// The pages' width and height in points (every page of a pack has its paper's size).
    pub page_width: f32,
    pub page_height: f32,
}

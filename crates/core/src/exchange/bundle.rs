//! The bundle file: parsing (with errors that name the record and field), validation of a
//! whole bundle before anything is written, and writing.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::FieldError;
use crate::i18n::escaped;
use crate::m;
use crate::model::validate::truncate;
use crate::model::*;
use crate::store::Record;

/// Bundles larger than this are refused before they are read.
pub const MAX_BUNDLE_BYTES: u64 = 256 * 1024 * 1024;

/// The format name every bundle carries.
pub const FORMAT: &str = "roundbook-bundle";
/// The version this program writes (`docs/bundle-v2.schema.json`). It reads version 1
/// too, and can write it for colleagues on older programs (`Bundle::to_json_v1`).
pub const VERSION: u64 = 2;
/// The oldest version this program reads.
pub const OLDEST_VERSION: u64 = 1;

/// A bundle file: who exported it and when, and the records (a snapshot of a library
/// or of a part of it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "BundleFile", into = "BundleFile")]
pub struct Bundle {
    pub exported_at: Option<Timestamp>,
    pub exported_by: Option<String>,
    pub records: Snapshot,
}

macro_rules! bundle_file {
    ($($t:ident $plural:ident $name:literal $noun:literal $copyable:literal),+ $(,)?) => {
        /// The bundle as the file has it: the header, then one array per kind (absent
        /// when empty), in the order of `record_kinds!`.
        #[derive(Debug, Clone, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct BundleFile {
            format: Format,
            version: Version,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            exported_at: Option<Timestamp>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            exported_by: Option<String>,
            $(
                #[serde(default, skip_serializing_if = "Vec::is_empty")]
                $plural: Vec<$t>,
            )+
        }

        impl BundleFile {
            fn version(&self) -> u64 {
                self.version.0
            }
        }

        impl From<BundleFile> for Bundle {
            fn from(f: BundleFile) -> Bundle {
                Bundle {
                    exported_at: f.exported_at,
                    exported_by: f.exported_by,
                    records: Snapshot { $($plural: f.$plural),+ },
                }
            }
        }

        impl From<Bundle> for BundleFile {
            fn from(b: Bundle) -> BundleFile {
                BundleFile {
                    format: Format,
                    version: Version::default(),
                    exported_at: b.exported_at,
                    exported_by: b.exported_by,
                    $($plural: b.records.$plural),+
                }
            }
        }
    };
}
record_kinds!(bundle_file);

/// The `format` field: always `"roundbook-bundle"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Format;

/// The `version` field: 1 or 2 when read, `VERSION` when written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version(u64);

impl Default for Version {
    fn default() -> Self {
        Version(VERSION)
    }
}

impl Serialize for Format {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(FORMAT)
    }
}
impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == FORMAT {
            Ok(Format)
        } else {
            Err(serde::de::Error::custom(m!(
                "bundle-not-a-bundle",
                value = escaped(&truncate(&s)),
                format = FORMAT
            )))
        }
    }
}
impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(self.0)
    }
}
impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        match v.as_u64() {
            Some(n) if (OLDEST_VERSION..=VERSION).contains(&n) => Ok(Version(n)),
            _ => Err(serde::de::Error::custom(m!(
                "bundle-version-unsupported",
                version = v.to_string(),
                oldest = OLDEST_VERSION.to_string(),
                newest = VERSION.to_string()
            ))),
        }
    }
}

/// Why a bundle was refused. Nothing is written when a bundle is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    TooLarge {
        size: u64,
        max: u64,
    },
    PassphraseRequired,
    WrongPassphrase,
    /// A sealed bundle that would cost too much memory or time to open; refused before
    /// any of that work is done.
    HostileSeal {
        reason: String,
    },
    NotUtf8 {
        offset: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A record or field breaks the format; `problems[0]` is the first, by position.
    Invalid {
        problems: Vec<FieldError>,
    },
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            BundleError::TooLarge { size, max } => {
                m!("bundle-too-large", size = *size, max = max.to_string())
            }
            BundleError::PassphraseRequired => m!("bundle-passphrase-required"),
            BundleError::WrongPassphrase => m!("bundle-wrong-passphrase"),
            BundleError::HostileSeal { reason } => m!("bundle-hostile-seal", reason = reason),
            BundleError::NotUtf8 { offset } => {
                m!("bundle-not-utf8", offset = offset.to_string())
            }
            BundleError::Syntax {
                line,
                column,
                message,
            } => m!(
                "bundle-syntax",
                message = message,
                line = line.to_string(),
                column = column.to_string()
            ),
            BundleError::Invalid { problems } => summary(problems),
        })
    }
}

impl std::error::Error for BundleError {}

fn summary(problems: &[FieldError]) -> String {
    match problems {
        [] => m!("bundle-invalid"),
        [one] => one.to_string(),
        [first, rest @ ..] => m!(
            "bundle-problems",
            problem = first.to_string(),
            more = rest.len()
        ),
    }
}

/// At most this many problems are reported for one bundle.
const MAX_PROBLEMS: usize = 50;

impl Bundle {
    /// An empty bundle.
    pub fn new(exported_at: Option<Timestamp>, exported_by: Option<String>) -> Bundle {
        Bundle::from_snapshot(Snapshot::default(), exported_at, exported_by)
    }

    pub fn from_snapshot(
        records: Snapshot,
        exported_at: Option<Timestamp>,
        exported_by: Option<String>,
    ) -> Bundle {
        Bundle {
            exported_at,
            exported_by,
            records,
        }
    }

    /// Parses a bundle from bytes: UTF-8, JSON, the format's shape (unknown fields, wrong
    /// types, bad dates and enum values are refused with the record and field named), then
    /// `validate_records`. `known` tells which ids the importing library already has.
    pub fn parse(bytes: &[u8]) -> Result<Bundle, BundleError> {
        if bytes.len() as u64 > MAX_BUNDLE_BYTES {
            return Err(BundleError::TooLarge {
                size: bytes.len() as u64,
                max: MAX_BUNDLE_BYTES,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| BundleError::NotUtf8 {
            offset: e.valid_up_to(),
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if !text.trim_start().starts_with('{') && !text.trim().is_empty() {
            return Err(BundleError::Invalid {
                problems: vec![FieldError::new(
                    "",
                    m!(
                        "bundle-not-an-object",
                        example = format!("{{ \"format\": {FORMAT:?}, … }}")
                    ),
                )],
            });
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let file: BundleFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            // serde_json calls a value of the wrong JSON type in some places (`null`
            // where a word is expected) a syntax error; the file is valid JSON, so name
            // the field instead.
            let wrong_type =
                inner.is_syntax() && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
            if wrong_type {
                let field = if path == "." { String::new() } else { path };
                let message = match value_at(text, &field).as_deref() {
                    Some("null") => m!("bundle-null"),
                    Some(value) => m!("bundle-invalid-value", value = value),
                    None => m!("bundle-wrong-type"),
                };
                BundleError::Invalid {
                    problems: vec![FieldError::new(field, message)],
                }
            } else if inner.is_syntax() || inner.is_eof() {
                BundleError::Syntax {
                    line: inner.line(),
                    column: inner.column(),
                    message: syntax_message(&inner),
                }
            } else {
                let message = strip_position(&inner.to_string());
                let field = if path == "." { String::new() } else { path };
                BundleError::Invalid {
                    problems: vec![FieldError::new(field, message)],
                }
            }
        })?;
        // One bundle is one JSON object: anything after it (a second object, junk, NUL
        // bytes) means the file is not what it seems.
        de.end().map_err(|e| BundleError::Syntax {
            line: e.line(),
            column: e.column(),
            message: m!("bundle-trailing"),
        })?;
        let version = file.version();
        let bundle = Bundle::from(file);
        if version == 1 {
            let problems = version_2_fields(&bundle.records);
            if !problems.is_empty() {
                return Err(BundleError::Invalid { problems });
            }
        }
        Ok(bundle)
    }

    /// Serialises the bundle as pretty-printed JSON (UTF-8, 2-space indent, final newline).
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).expect("bundles serialise");
        out.push(b'\n');
        out
    }

    /// Serialises the bundle as version 1, for colleagues on older versions of Roundbook:
    /// a commitment's quote is its `text`, and what version 1 cannot carry is left out
    /// and counted (`field name → records`).
    pub fn to_json_v1(&self) -> (Vec<u8>, Vec<(String, usize)>) {
        let mut value = serde_json::to_value(self).expect("bundles serialise");
        let mut left_out: Vec<(String, usize)> = Vec::new();
        if let Some(all) = value.as_object_mut() {
            all.insert("version".into(), serde_json::Value::from(1u64));
            // Kinds version 1 does not know leave whole.
            for plural in V2_KINDS {
                if let Some(list) = all.remove(plural) {
                    let n = list.as_array().map_or(0, Vec::len);
                    left_out.push((plural.to_string(), n));
                }
            }
            for (plural, list) in all.iter_mut() {
                for record in list.as_array_mut().into_iter().flatten() {
                    let Some(fields) = record.as_object_mut() else {
                        continue;
                    };
                    let dropped: Vec<String> = fields
                        .iter()
                        .filter(|(name, value)| is_v2_field(plural, name, value))
                        .map(|(name, _)| name.clone())
                        .collect();
                    for name in dropped {
                        fields.remove(&name);
                        let what = format!("{plural}.{name}");
                        match left_out.iter_mut().find(|(w, _)| *w == what) {
                            Some((_, n)) => *n += 1,
                            None => left_out.push((what, 1)),
                        }
                    }
                    if plural == "commitments" {
                        if let Some(quote) = fields.remove("quote") {
                            fields.insert("text".into(), quote);
                        }
                    }
                }
            }
        }
        let mut out = serde_json::to_vec_pretty(&value).expect("bundles serialise");
        out.push(b'\n');
        (out, left_out)
    }

    /// Checks every record (fields, ids used twice, references) before anything is
    /// written. `exists(kind, id)` says whether the importing library has a record.
    pub fn validate_records(&self, exists: &dyn Fn(Kind, &str) -> bool) -> Result<(), BundleError> {
        let mut problems = Vec::new();
        if let Some(by) = &self.exported_by {
            let n = by.chars().count();
            if n > 200 {
                problems.push(FieldError::new(
                    "exported_by",
                    m!("problem-too-long", count = n, max = 200),
                ));
            }
        }
        // Every record's fields and ids first, then every reference (to the bundle or
        // the library).
        let mut ids: HashMap<Kind, HashSet<&str>> = HashMap::new();
        for (kind, id) in self.records.ids() {
            ids.entry(kind).or_default().insert(id);
        }
        let known = |kind: Kind, id: &str| {
            ids.get(&kind).is_some_and(|s| s.contains(id)) || exists(kind, id)
        };
        for references in [false, true] {
            let mut check = CheckRecords {
                records: &self.records,
                known: &known,
                references,
                problems: &mut problems,
            };
            let Ok(()) = each_kind(&mut check);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            problems.truncate(MAX_PROBLEMS);
            Err(BundleError::Invalid { problems })
        }
    }
}

/// The fields of version 2 that `records` use, as problems of a file that says it is
/// version 1 (which must not have them).
fn version_2_fields(records: &Snapshot) -> Vec<FieldError> {
    let mut problems = Vec::new();
    let mut v2 = |field: String| {
        if problems.len() < MAX_PROBLEMS {
            problems.push(FieldError::new(field, m!("bundle-version-2-field")));
        }
    };
    if let Ok(serde_json::Value::Object(all)) = serde_json::to_value(records) {
        for (plural, list) in all {
            if V2_KINDS.contains(&plural.as_str()) {
                if list.as_array().is_some_and(|l| !l.is_empty()) {
                    v2(plural);
                }
                continue;
            }
            for (i, record) in list.as_array().into_iter().flatten().enumerate() {
                let Some(fields) = record.as_object() else {
                    continue;
                };
                for (name, value) in fields {
                    if is_v2_field(&plural, name, value) {
                        v2(format!("{plural}[{i}].{name}"));
                    }
                }
            }
        }
    }
    problems
}

/// The kinds of record that exist only from bundle version 2 on.
const V2_KINDS: [&str; 4] = ["round_outcomes", "ask_results", "cases", "case_entries"];

/// Whether a field (as serialised) exists only from bundle version 2 on.
fn is_v2_field(plural: &str, name: &str, value: &serde_json::Value) -> bool {
    let empty_list = value.as_array().is_some_and(Vec::is_empty);
    match (plural, name) {
        (_, "illustrative" | "language") => !value.is_null(),
        (_, "translations") => value.as_object().is_some_and(|t| !t.is_empty()),
        ("commitments", "quote_language" | "summary" | "round_id") => !value.is_null(),
        ("asks", "benchmark_ids") | ("rounds", "source_ids") => !empty_list,
        _ => false,
    }
}

/// Checks each kind's records: their fields and ids used twice, or (`references`) what
/// they point at.
struct CheckRecords<'a> {
    records: &'a Snapshot,
    known: &'a dyn Fn(Kind, &str) -> bool,
    references: bool,
    problems: &'a mut Vec<FieldError>,
}

impl KindVisitor for CheckRecords<'_> {
    type Error = std::convert::Infallible;
    fn visit<T: Record>(&mut self) -> Result<(), Self::Error> {
        let plural = T::KIND.plural();
        let mut first_at: HashMap<&str, usize> = HashMap::new();
        for (i, record) in T::of(self.records).iter().enumerate() {
            if self.problems.len() >= MAX_PROBLEMS {
                return Ok(());
            }
            if self.references {
                for r in record.references() {
                    if !(self.known)(r.target, r.id) {
                        self.problems.push(FieldError::new(
                            format!("{plural}[{i}].{}", r.field),
                            m!(
                                "bundle-dangling-reference",
                                kind = r.target.name(),
                                id = escaped(&truncate(r.id))
                            ),
                        ));
                    }
                }
                continue;
            }
            if let Err(found) = record.validate() {
                for p in found {
                    self.problems.push(FieldError::new(
                        format!("{plural}[{i}].{}", p.field),
                        p.message,
                    ));
                }
            }
            if let Some(first) = first_at.get(record.id()) {
                self.problems.push(FieldError::new(
                    format!("{plural}[{i}].id"),
                    m!(
                        "bundle-id-used-twice",
                        id = escaped(&truncate(record.id())),
                        other = format!("{plural}[{first}]")
                    ),
                ));
            } else {
                first_at.insert(record.id(), i);
            }
        }
        Ok(())
    }
}

/// The JSON value at a path such as `sources[0].sensitivity`, shortened, for messages.
fn value_at(text: &str, path: &str) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        value = value.get_mut(name)?.take();
        if let Some(i) = index {
            value = value.get_mut(i)?.take();
        }
    }
    Some(truncate(&value.to_string()))
}

fn syntax_message(e: &serde_json::Error) -> String {
    if e.is_eof() {
        m!("bundle-truncated")
    } else {
        strip_position(&e.to_string())
    }
}

/// serde_json appends " at line L column C"; the error names the place itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

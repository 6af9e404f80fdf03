//! Comparing two versions of a record, and naming the copy "keep both" adds.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::model::validate::ID_MAX;
use crate::store::Record;

/// The two versions as JSON objects without `updated_at`.
fn fields<T: Serialize>(record: &T) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(record) {
        Ok(serde_json::Value::Object(mut m)) => {
            m.remove("updated_at");
            m
        }
        _ => serde_json::Map::new(),
    }
}

/// True when the two differ in anything but `updated_at`.
pub(crate) fn differ<T: Record + PartialEq>(a: &T, b: &T) -> bool {
    let (mut a, mut b) = (a.clone(), b.clone());
    a.set_updated_at(None);
    b.set_updated_at(None);
    a != b
}

/// The fields (bundle names) whose values differ, `updated_at` aside.
pub(crate) fn changed_fields<T: Serialize>(a: &T, b: &T) -> Vec<String> {
    let (a, b) = (fields(a), fields(b));
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

/// The id of "their" copy kept beside ours: `<id>-copy-<8 hex of their version>`, so that
/// keeping both twice makes one copy, not two.
pub(crate) fn copy_id<T: Serialize>(id: &str, theirs: &T) -> String {
    let json = serde_json::to_vec(theirs).unwrap_or_default();
    let hash: String = Sha256::digest(&json)
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect();
    let suffix = format!("-copy-{hash}");
    let room = ID_MAX - suffix.len();
    let base: String = id.chars().take(room).collect();
    format!("{base}{suffix}")
}

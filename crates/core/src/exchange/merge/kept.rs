//! What a merge keeps of this library's version whatever it takes of the bundle's: a
//! round's debrief that the bundle does not carry.
//!
//! A bundle sent without restricted material carries a round's outcome without its
//! restricted debrief (`exchange::without_restricted`), and nothing in the file says
//! whether the debrief was left out or is empty: the sender may never have had it (they
//! got the outcome without it), may have left it out, or may have cleared it. So an
//! incoming outcome without a debrief never erases ours: before the merge compares the
//! two versions, the bundle's outcome is given our debrief, its translations and the
//! stricter of the two debrief sensitivities, and the rest of theirs merges as usual. The
//! plan names the fields kept, and a debrief is cleared by editing the outcome.

use std::borrow::Cow;
use std::collections::HashMap;

use rusqlite::Connection;

use super::ours_by_id;
use crate::error::Result;
use crate::exchange::bundle::Bundle;
use crate::model::translations::same_language;
use crate::model::*;

/// The fields of our version kept in a record of the bundle, by record.
pub(super) type KeptFields = HashMap<(Kind, String), Vec<String>>;

/// The bundle as the merge compares it: each round outcome that carries no debrief where
/// ours has one gets ours (see the module's notes). The bundle itself when none does.
pub(super) fn keep_ours<'b>(
    conn: &Connection,
    bundle: &'b Bundle,
) -> Result<(Cow<'b, Bundle>, KeptFields)> {
    let theirs = &bundle.records.round_outcomes;
    let mut kept = KeptFields::new();
    if theirs.iter().all(|o| o.debrief.is_some()) {
        return Ok((Cow::Borrowed(bundle), kept));
    }
    let ours = ours_by_id(conn, theirs)?;
    let mut changed: Option<Bundle> = None;
    for (i, t) in theirs.iter().enumerate() {
        let Some(o) = ours.get(&t.id) else { continue };
        if t.debrief.is_some() || o.debrief.is_none() {
            continue;
        }
        let b = changed.get_or_insert_with(|| bundle.clone());
        let fields = keep_debrief(&mut b.records.round_outcomes[i], o);
        kept.insert((Kind::RoundOutcome, t.id.clone()), fields);
    }
    Ok((changed.map_or(Cow::Borrowed(bundle), Cow::Owned), kept))
}

/// Gives `theirs` the debrief of `ours`, its translations and the stricter sensitivity;
/// the fields (bundle names) that it changed.
fn keep_debrief(theirs: &mut RoundOutcome, ours: &RoundOutcome) -> Vec<String> {
    let mut fields = vec!["debrief".to_string()];
    theirs.debrief = ours.debrief.clone();
    let strict = theirs.debrief_sensitivity.max(ours.debrief_sensitivity);
    if strict != theirs.debrief_sensitivity {
        theirs.debrief_sensitivity = strict;
        fields.push("debrief_sensitivity".to_string());
    }
    let mut translated = false;
    for (language, texts) in &ours.translations.0 {
        let Some(text) = texts.get("debrief") else {
            continue;
        };
        // Never a translation into the language the record says it is written in.
        if same_language(language, theirs.language()) {
            continue;
        }
        let theirs_texts = theirs.translations.0.entry(language.clone()).or_default();
        if !theirs_texts.contains_key("debrief") {
            theirs_texts.insert("debrief".to_string(), text.clone());
            translated = true;
        }
    }
    if translated {
        fields.push("translations".to_string());
    }
    fields
}

//! A record's text in other languages. A record is written in one language (its
//! `language`, English when absent); the fields a pack prints as prose — titles,
//! summaries, background, evidence, asks, the note on what is illustrative — can hold a
//! translation per language.
//! Quotations never do: they stay in the language they were said in.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::kinds::Kind;
use super::records::*;
use super::validate::{ASK_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX};

/// language tag (BCP 47) → field name (as the bundle names it) → text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(transparent)]
pub struct Translations(pub BTreeMap<String, BTreeMap<String, String>>);

impl Translations {
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|fields| fields.is_empty())
    }

    /// The translation of `field` into `language`, if there is a non-empty one.
    pub fn get(&self, language: &str, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(tag, _)| same_language(tag, language))
            .and_then(|(_, fields)| fields.get(field))
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }

    /// Every translated text, for the search index.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.0
            .values()
            .flat_map(|fields| fields.values())
            .map(String::as_str)
    }
}

/// The language a record is written in when it does not say.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Whether two BCP 47 tags name the same language (`ru` and `ru-RU` do).
pub fn same_language(a: &str, b: &str) -> bool {
    let primary = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    primary(a) == primary(b)
}

/// Whether `tag` is a well-formed language tag as Roundbook keeps them: a two- or
/// three-letter language, then optional subtags of letters and digits (`kk`, `ru-RU`,
/// `sr-Latn`).
pub fn is_language_tag(tag: &str) -> bool {
    if tag.len() > 35 {
        return false;
    }
    let mut parts = tag.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A field a translation may hold: its name as the bundle says it, and its length limit
/// (the original's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranslatableField {
    pub name: &'static str,
    pub max: usize,
}

/// A kind whose text can be translated.
pub trait Translatable {
    /// The fields a translation may hold.
    const TRANSLATABLE: &'static [TranslatableField];
    /// The text of `field` as written (in `language()`); `None` when the field is empty or
    /// not translatable.
    fn original(&self, field: &str) -> Option<&str>;
    /// The language the record is written in.
    fn language(&self) -> &str;
    fn translations(&self) -> &Translations;

    /// The text of `field` in `language`: the translation when there is one (or the
    /// record is written in it), else the original with its language (the pack marks it).
    fn text_in<'a>(&'a self, field: &str, language: &str) -> Option<Localised<'a>> {
        let original = self.original(field)?;
        if same_language(self.language(), language) {
            return Some(Localised {
                text: original,
                untranslated: None,
            });
        }
        Some(match self.translations().get(language, field) {
            Some(text) => Localised {
                text,
                untranslated: None,
            },
            None => Localised {
                text: original,
                untranslated: Some(self.language()),
            },
        })
    }
}

/// A field's text for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localised<'a> {
    pub text: &'a str,
    /// `Some(original language)` when no translation exists and the original is given.
    pub untranslated: Option<&'a str>,
}

/// A field's text, whether it is a `String` or an `Option<String>`.
trait FieldText {
    fn field_text(&self) -> Option<&str>;
}
impl FieldText for String {
    fn field_text(&self) -> Option<&str> {
        Some(self.as_str()).filter(|s| !s.trim().is_empty())
    }
}
impl FieldText for Option<String> {
    fn field_text(&self) -> Option<&str> {
        self.as_deref().filter(|s| !s.trim().is_empty())
    }
}

macro_rules! translatable {
    ($($t:ident [$($field:ident: $max:ident),+ $(,)?];)+) => {$(
        impl Translatable for $t {
            const TRANSLATABLE: &'static [TranslatableField] =
                &[$(TranslatableField { name: stringify!($field), max: $max }),+];
            fn original(&self, field: &str) -> Option<&str> {
                match field {
                    $(stringify!($field) => self.$field.field_text(),)+
                    _ => None,
                }
            }
            fn language(&self) -> &str {
                self.language.as_deref().unwrap_or(DEFAULT_LANGUAGE)
            }
            fn translations(&self) -> &Translations {
                &self.translations
            }
        }
    )+

    /// The fields of `kind` a translation may hold (none: the kind is not translated).
    pub fn translatable_fields(kind: Kind) -> &'static [TranslatableField] {
        match kind {
            $(Kind::$t => $t::TRANSLATABLE,)+
            _ => &[],
        }
    }
    };
}

translatable! {
    Negotiation [title: TITLE_MAX, description: TEXT_MAX, illustrative: TEXT_MAX];
    Round [title: TITLE_MAX, location: NAME_MAX, notes: TEXT_MAX, illustrative: TEXT_MAX];
    ConcernArea [title: TITLE_MAX, summary: TEXT_MAX, illustrative: TEXT_MAX];
    Benchmark [title: TITLE_MAX, measure: TEXT_MAX, rationale: TEXT_MAX, illustrative: TEXT_MAX];
    Assessment [evidence: TEXT_MAX, illustrative: TEXT_MAX];
    Commitment [title: TITLE_MAX, made_by: NAME_MAX, instrument: TITLE_MAX, summary: TEXT_MAX, illustrative: TEXT_MAX];
    Incident [title: TITLE_MAX, location: NAME_MAX, summary: TEXT_MAX, illustrative: TEXT_MAX];
    Ask [text: ASK_MAX, illustrative: TEXT_MAX];
    RoundOutcome [debrief: TEXT_MAX, illustrative: TEXT_MAX];
    AskResult [evidence: TEXT_MAX, illustrative: TEXT_MAX];
    Case [role: NAME_MAX, organisation: NAME_MAX, summary: TEXT_MAX, illustrative: TEXT_MAX];
    CaseEntry [note: TEXT_MAX, illustrative: TEXT_MAX];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        for good in ["en", "ru", "kk", "ru-RU", "sr-Latn", "fil"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "e", "EN", "english", "ru_RU", "ru-", "ru--RU", "рус"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        assert!(same_language("ru", "ru-RU"));
        assert!(!same_language("ru", "en"));
    }
}

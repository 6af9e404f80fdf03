//! Record validation: the bundle schema's constraints (lengths, id pattern, URL scheme,
//! unique ids in a list) plus the checks a schema cannot state (a round does not end before
//! it starts). References between records are checked by the store and the importer, which
//! know what exists.

use std::collections::HashSet;

use super::records::*;
use super::translations::{is_language_tag, same_language, Translatable};
use crate::error::FieldError;
use crate::i18n::escaped;
use crate::m;

/// Limits from the bundle schema, in Unicode scalar values as JSON Schema counts them.
pub const TITLE_MAX: usize = 300;
pub const TEXT_MAX: usize = 20_000;
pub const NAME_MAX: usize = 200;
pub const ASK_MAX: usize = 2_000;
pub const URL_MAX: usize = 2_000;
pub const ID_MAX: usize = 64;

/// Collects the problems of one record.
#[derive(Default)]
pub struct Checker {
    pub problems: Vec<FieldError>,
}

impl Checker {
    fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(FieldError::new(field, message));
    }

    pub fn id(&mut self, field: &str, id: &str) {
        if let Some(message) = id_problem(id) {
            self.push(field, message);
        }
    }

    fn opt_id(&mut self, field: &str, id: &Option<String>) {
        if let Some(id) = id {
            self.id(field, id);
        }
    }

    fn ids(&mut self, field: &str, ids: &[String]) {
        let mut seen = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            self.id(&format!("{field}[{i}]"), id);
            if !seen.insert(id) {
                self.push(
                    format!("{field}[{i}]"),
                    m!("problem-listed-twice", id = escaped(id)),
                );
            }
        }
    }

    fn title(&mut self, field: &str, title: &str) {
        self.bounded(field, title, 1, TITLE_MAX);
    }

    fn bounded(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let n = value.chars().count();
        if n < min || value.trim().is_empty() && min > 0 {
            self.push(field, m!("problem-empty"));
        } else if n > max {
            self.push(field, m!("problem-too-long", count = n, max = max));
        } else if let Some(c) = undrawable(value) {
            self.push(
                field,
                m!(
                    "problem-undrawable",
                    char = c.to_string(),
                    code = format!("{:04X}", c as u32)
                ),
            );
        }
    }

    fn opt(&mut self, field: &str, value: &Option<String>, max: usize) {
        if let Some(v) = value {
            self.bounded(field, v, 0, max);
        }
    }

    fn names(&mut self, field: &str, names: &[String]) {
        for (i, name) in names.iter().enumerate() {
            self.bounded(&format!("{field}[{i}]"), name, 1, NAME_MAX);
        }
    }

    fn url(&mut self, field: &str, url: &Option<String>) {
        if let Some(url) = url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                self.push(
                    field,
                    m!("problem-not-a-url", url = escaped(&truncate(url))),
                );
            } else if url.chars().count() > URL_MAX {
                self.push(field, m!("problem-too-long-max", max = URL_MAX));
            }
        }
    }

    /// A language tag such as `en`, `ru`, `kk` or `en-GB`.
    fn language(&mut self, field: &str, tag: &str) {
        if !is_language_tag(tag) {
            self.push(field, m!("problem-language-tag", tag = truncate(tag)));
        }
    }

    /// The record's language and translations: well-formed tags, no translation into the
    /// record's own language, only translatable fields, each within the original's limit.
    fn translated<T: Translatable>(&mut self, record: &T, language: &Option<String>) {
        if let Some(tag) = language {
            self.language("language", tag);
        }
        for (tag, fields) in &record.translations().0 {
            let at = format!("translations.{tag}");
            if !is_language_tag(tag) {
                self.language(&at, tag);
                continue;
            }
            if same_language(tag, record.language()) {
                self.push(
                    &at,
                    m!("problem-translation-own-language", tag = tag.as_str()),
                );
            }
            for (name, text) in fields {
                let field = format!("{at}.{name}");
                match T::TRANSLATABLE.iter().find(|f| f.name == name) {
                    Some(f) => self.bounded(&field, text, 0, f.max),
                    None => self.push(
                        &field,
                        m!(
                            "problem-translation-field",
                            name = name.as_str(),
                            fields = T::TRANSLATABLE
                                .iter()
                                .map(|f| f.name)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ),
                }
            }
        }
    }

    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(self.problems)
        }
    }
}

/// The first character of `text` that no font of the pack can draw, if any.
pub fn undrawable(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| !roundbook_typeset::can_draw(c).unwrap_or(true))
}

/// Why an id does not match `^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$`, if it does not.
pub fn id_problem(id: &str) -> Option<String> {
    let ok_first = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    let ok_rest = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'));
    if id.is_empty() {
        Some(m!("problem-empty"))
    } else if !ok_first || !ok_rest || id.len() > ID_MAX {
        Some(m!(
            "problem-invalid-id",
            id = escaped(&truncate(id)),
            max = ID_MAX
        ))
    } else {
        None
    }
}

/// Keeps messages about huge values readable.
pub fn truncate(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

/// A record that can check itself.
pub trait Validate {
    fn check(&self, c: &mut Checker);

    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checker::default();
        self.check(&mut c);
        c.finish()
    }
}

impl Validate for Negotiation {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.title("title", &self.title);
        c.names("parties", &self.parties);
        c.opt("description", &self.description, TEXT_MAX);
    }
}

impl Validate for Round {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("negotiation_id", &self.negotiation_id);
        c.title("title", &self.title);
        if let Some(end) = self.ends_on {
            if end < self.starts_on {
                c.push(
                    "ends_on",
                    m!(
                        "problem-end-before-start",
                        end = end.to_string(),
                        start = self.starts_on.to_string()
                    ),
                );
            }
        }
        c.opt("location", &self.location, NAME_MAX);
        c.opt("notes", &self.notes, TEXT_MAX);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for ConcernArea {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.title("title", &self.title);
        c.opt_id("negotiation_id", &self.negotiation_id);
        c.opt("summary", &self.summary, TEXT_MAX);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for Benchmark {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("concern_area_id", &self.concern_area_id);
        c.title("title", &self.title);
        c.opt("measure", &self.measure, TEXT_MAX);
        c.opt("rationale", &self.rationale, TEXT_MAX);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for Assessment {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("benchmark_id", &self.benchmark_id);
        c.opt("evidence", &self.evidence, TEXT_MAX);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for Commitment {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.title("title", &self.title);
        c.opt("made_by", &self.made_by, NAME_MAX);
        c.opt("instrument", &self.instrument, TITLE_MAX);
        c.opt("quote", &self.quote, TEXT_MAX);
        if let Some(lang) = &self.quote_language {
            c.language("quote_language", lang);
        }
        c.opt("summary", &self.summary, TEXT_MAX);
        c.ids("concern_area_ids", &self.concern_area_ids);
        c.ids("benchmark_ids", &self.benchmark_ids);
        c.ids("source_ids", &self.source_ids);
        c.opt_id("round_id", &self.round_id);
    }
}

impl Validate for Incident {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.title("title", &self.title);
        c.opt("location", &self.location, NAME_MAX);
        c.opt("summary", &self.summary, TEXT_MAX);
        c.names("people", &self.people);
        c.ids("concern_area_ids", &self.concern_area_ids);
        c.ids("benchmark_ids", &self.benchmark_ids);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for Ask {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("concern_area_id", &self.concern_area_id);
        c.opt_id("round_id", &self.round_id);
        c.bounded("text", &self.text, 1, ASK_MAX);
        c.ids("benchmark_ids", &self.benchmark_ids);
    }
}

impl Validate for RoundOutcome {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("round_id", &self.round_id);
        c.opt("statement_quote", &self.statement_quote, TEXT_MAX);
        c.url("statement_url", &self.statement_url);
        c.ids("source_ids", &self.source_ids);
        c.opt("debrief", &self.debrief, TEXT_MAX);
    }
}

impl Validate for AskResult {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("outcome_id", &self.outcome_id);
        c.id("ask_id", &self.ask_id);
        c.opt("evidence", &self.evidence, TEXT_MAX);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for Case {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.bounded("name", &self.name, 1, NAME_MAX);
        c.names("other_names", &self.other_names);
        c.opt("role", &self.role, NAME_MAX);
        c.opt("organisation", &self.organisation, NAME_MAX);
        c.opt("summary", &self.summary, TEXT_MAX);
        c.ids("concern_area_ids", &self.concern_area_ids);
        c.ids("benchmark_ids", &self.benchmark_ids);
        c.ids("incident_ids", &self.incident_ids);
        c.ids("ask_ids", &self.ask_ids);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for CaseEntry {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.translated(self, &self.language);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.id("case_id", &self.case_id);
        c.opt("note", &self.note, TEXT_MAX);
        c.ids("source_ids", &self.source_ids);
    }
}

impl Validate for Source {
    fn check(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.opt("illustrative", &self.illustrative, TEXT_MAX);
        c.title("title", &self.title);
        c.opt("publisher", &self.publisher, TITLE_MAX);
        c.url("url", &self.url);
    }
}

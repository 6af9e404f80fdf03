//! Which column of a spreadsheet holds which field of an incident: guessed from the
//! header row by name (case-insensitive, with synonyms in English and Russian), or given
//! by the caller (the app shows the guess and lets the user change it).

use serde::{Deserialize, Serialize};

use super::CsvError;
use crate::exchange::csv_common::cells::{column_name, normalise_header};

/// A field of an incident that a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum IncidentField {
    /// An explicit incident id; rows without one get an id derived from date, title and place.
    Id,
    Title,
    Date,
    Location,
    Summary,
    /// People and organisations, separated by `;` or line breaks.
    People,
    /// Concern areas by title or id, separated by `;` or line breaks.
    Area,
    /// Benchmarks by title or id, separated by `;` or line breaks.
    Benchmark,
    Verification,
    Sensitivity,
    /// Web addresses of sources (or titles of sources), separated by `;`, spaces or line breaks.
    SourceUrl,
    /// The title given to a source created from the row's web address.
    SourceTitle,
    /// The language the row's text is written in (`en`, `ru`, `kk`; English when empty).
    Language,
}

impl IncidentField {
    pub const ALL: [IncidentField; 13] = [
        IncidentField::Id,
        IncidentField::Title,
        IncidentField::Date,
        IncidentField::Location,
        IncidentField::Summary,
        IncidentField::People,
        IncidentField::Area,
        IncidentField::Benchmark,
        IncidentField::Verification,
        IncidentField::Sensitivity,
        IncidentField::SourceUrl,
        IncidentField::SourceTitle,
        IncidentField::Language,
    ];

    /// In the language of messages: "source URL", "веб-адрес источника".
    pub fn name(self) -> String {
        let id = match self {
            IncidentField::Id => "csv-field-id",
            IncidentField::Title => "csv-field-title",
            IncidentField::Date => "csv-field-date",
            IncidentField::Location => "csv-field-location",
            IncidentField::Summary => "csv-field-summary",
            IncidentField::People => "csv-field-people",
            IncidentField::Area => "csv-field-area",
            IncidentField::Benchmark => "csv-field-benchmark",
            IncidentField::Verification => "csv-field-verification",
            IncidentField::Sensitivity => "csv-field-sensitivity",
            IncidentField::SourceUrl => "csv-field-source_url",
            IncidentField::SourceTitle => "csv-field-source_title",
            IncidentField::Language => "csv-field-language",
        };
        crate::i18n::format(crate::i18n::messages(), id, &[])
    }

    /// Fields that hold several values; several columns may fill them.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            IncidentField::People
                | IncidentField::Area
                | IncidentField::Benchmark
                | IncidentField::SourceUrl
        )
    }

    /// Header names this field is recognised by (already normalised).
    fn names(self) -> &'static [&'static str] {
        match self {
            IncidentField::Id => &["id", "incident id", "roundbook id", "key"],
            IncidentField::Title => &[
                "title",
                "incident",
                "incident title",
                "event",
                "headline",
                "name",
                "what",
                "what happened",
                "subject",
                "заголовок",
                "название",
                "событие",
                "тақырып",
            ],
            IncidentField::Date => &[
                "date",
                "occurred",
                "occurred on",
                "when",
                "day",
                "event date",
                "incident date",
                "date of incident",
                "дата",
                "күні",
            ],
            IncidentField::Location => &[
                "location",
                "place",
                "city",
                "where",
                "town",
                "region",
                "место",
                "город",
                "орны",
            ],
            IncidentField::Summary => &[
                "summary",
                "description",
                "details",
                "notes",
                "note",
                "text",
                "narrative",
                "comment",
                "comments",
                "описание",
                "подробности",
                "сипаттама",
            ],
            IncidentField::People => &[
                "people",
                "persons",
                "person",
                "names",
                "involved",
                "people involved",
                "people and organisations",
                "people and organizations",
                "victims",
                "actors",
                "участники",
                "лица",
            ],
            IncidentField::Area => &[
                "area",
                "areas",
                "concern area",
                "concern areas",
                "theme",
                "topic",
                "category",
                "issue",
                "тема",
            ],
            IncidentField::Benchmark => &["benchmark", "benchmarks", "indicator"],
            IncidentField::Verification => {
                &["verification", "verified", "confidence", "reliability"]
            }
            IncidentField::Sensitivity => &[
                "sensitivity",
                "sensitive",
                "confidential",
                "confidentiality",
                "restricted",
                "visibility",
            ],
            IncidentField::SourceUrl => &[
                "source url",
                "source",
                "sources",
                "url",
                "urls",
                "link",
                "links",
                "source link",
                "web address",
                "reference",
                "источник",
                "ссылка",
            ],
            IncidentField::SourceTitle => &["source title", "source name"],
            IncidentField::Language => &["language", "lang", "text language", "язык", "тіл"],
        }
    }
}

impl std::fmt::Display for IncidentField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name())
    }
}

/// One column of the file and the field it fills (none: the column is ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CsvColumn {
    /// 0-based position in the row.
    pub index: usize,
    /// The header as written in the file.
    pub header: String,
    pub field: Option<IncidentField>,
}

/// The columns of each field, for reading rows.
pub(crate) struct ColumnIndex<'a> {
    pub header: &'a [String],
    mapping: &'a [Option<IncidentField>],
    by_field: [Vec<usize>; IncidentField::ALL.len()],
}

impl<'a> ColumnIndex<'a> {
    pub fn new(header: &'a [String], mapping: &'a [Option<IncidentField>]) -> ColumnIndex<'a> {
        let mut by_field: [Vec<usize>; IncidentField::ALL.len()] = Default::default();
        for (i, f) in mapping.iter().enumerate() {
            if let Some(f) = f {
                by_field[*f as usize].push(i);
            }
        }
        ColumnIndex {
            header,
            mapping,
            by_field,
        }
    }

    /// The columns holding `field`.
    pub fn of(&self, field: IncidentField) -> &[usize] {
        &self.by_field[field as usize]
    }

    /// The header of the (first) column holding `field`, for messages.
    pub fn name(&self, field: IncidentField) -> String {
        self.of(field)
            .first()
            .map_or_else(|| field.name(), |&i| self.name_at(i))
    }

    /// The header of a column, for messages (its number when the header is empty).
    pub fn name_at(&self, index: usize) -> String {
        column_name(self.header, index)
    }

    /// Every column of the header and its field, for the report.
    pub fn report(&self) -> Vec<CsvColumn> {
        self.header
            .iter()
            .enumerate()
            .map(|(index, h)| CsvColumn {
                index,
                header: h.clone(),
                field: self.mapping.get(index).copied().flatten(),
            })
            .collect()
    }
}

/// The field each header names, by name. A single-valued field named by two columns
/// goes to the first; the second is left unmapped.
pub(crate) fn guess(header: &[String]) -> Vec<Option<IncidentField>> {
    let mut taken = Vec::new();
    header
        .iter()
        .map(|h| {
            let name = normalise_header(h);
            let field = IncidentField::ALL
                .into_iter()
                .find(|f| f.names().contains(&name.as_str()))?;
            if !field.is_list() && taken.contains(&field) {
                return None;
            }
            taken.push(field);
            Some(field)
        })
        .collect()
}

/// Checks a mapping against the header: one entry per column, each single-valued field
/// at most once, and a title and a date.
pub(crate) fn check(header: &[String], mapping: &[Option<IncidentField>]) -> Result<(), CsvError> {
    if mapping.len() != header.len() {
        return Err(CsvError::MappingLength {
            columns: header.len(),
            mapped: mapping.len(),
        });
    }
    for (i, field) in mapping.iter().enumerate() {
        let Some(field) = field else { continue };
        if field.is_list() {
            continue;
        }
        if let Some(first) = mapping[..i].iter().position(|f| f == &Some(*field)) {
            return Err(CsvError::DuplicateColumn {
                field: *field,
                first: header[first].clone(),
                second: header[i].clone(),
            });
        }
    }
    for required in [IncidentField::Title, IncidentField::Date] {
        if !mapping.contains(&Some(required)) {
            return Err(CsvError::MissingColumn {
                field: required,
                headers: header.to_vec(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_by_name_in_any_case() {
        let header: Vec<String> = [
            "Date",
            "TITLE",
            "Place",
            "Description",
            "People involved",
            "Concern area",
            "Source_URL",
            "Verified?",
            "Дата",
            "Area",
            "Notes",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        use IncidentField::*;
        assert_eq!(
            guess(&header),
            vec![
                Some(Date),
                Some(Title),
                Some(Location),
                Some(Summary),
                Some(People),
                Some(Area),
                Some(SourceUrl),
                Some(Verification),
                None,
                Some(Area),
                None
            ]
        );
    }
}

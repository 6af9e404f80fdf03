//! The record a library keeps of each pack it generated: what was asked, the frozen
//! content, how it was rendered and the PDF's hash — so that an old pack can be written
//! again, and the library can say what it has sent.
//!
//! The JSON columns are written in the frozen-pack format `PACK_FORMAT`, kept with each
//! record. A record in an older format is read with the fields later formats added taking
//! their defaults; one in a newer format is refused (the program that wrote it is newer).
//! Writing a recorded pack again renders its frozen content with this program's layout
//! (`render::RENDERER`): the bytes are the first export's when the layout version is the
//! same, and `PackRewritten::identical` says whether they are.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{
    assemble_compared, render, Audience, Compare, Earlier, Pack, PackError, RenderOptions,
    Rendered, Selection,
};
use crate::error::{Error, Result};
use crate::model::{Case, CaseEntry, Consent, Kind, Round, Sensitivity, Snapshot, Timestamp};
use crate::store::{list_from_sql, new_id, read_where, Library};

/// The version of the frozen-pack format (`Selection`, `RenderOptions`, `Pack` as JSON)
/// this program writes. Raise it when those types change, giving new fields defaults so
/// that older records still read. Format 2 added quotes apart from summaries, the
/// illustrative marks, asks' benchmarks, rounds' sources and `newer_withheld`; format 3
/// the pack's language; format 4 the individual cases and the names withheld; format 5
/// the changes since the last briefing; format 6 what a round outcome and its ask results
/// print untranslated (and each result's id).
pub const PACK_FORMAT: u32 = 6;

/// A generated pack as the library remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackRecord {
    pub id: String,
    /// The frozen-pack format it was recorded in.
    pub format: u32,
    pub round_id: String,
    pub audience: Audience,
    pub selection: Selection,
    pub options: RenderOptions,
    pub content: Pack,
    pub pdf_sha256: String,
    pub page_count: u32,
    /// Where the PDF was saved, when known.
    pub file_path: Option<String>,
    pub created_at: Timestamp,
}

/// A pack record without its content, for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PackSummary {
    pub id: String,
    pub round_id: String,
    pub round_title: String,
    pub audience: Audience,
    pub page_count: u32,
    pub file_path: Option<String>,
    pub created_at: Timestamp,
}

/// The choices of the newest pack for a round (see `Library::last_pack_choice`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LastPackChoice {
    pub selection: Selection,
    pub paper: super::Paper,
    pub made_at: Timestamp,
}

fn json_col<T: serde::de::DeserializeOwned>(row: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("pack values serialise")
}

impl Library {
    /// Assembles a pack from the library as it is now (nothing is written).
    /// With the part "Changes since our last briefing" when `selection.compare` finds an
    /// earlier pack.
    pub fn assemble_pack(&self, selection: &Selection) -> Result<Pack> {
        let snapshot = self.pack_snapshot(selection)?;
        let settings = self.settings()?;
        let illustrative = Some(settings.illustrative).filter(|s| !s.trim().is_empty());
        let earlier = match snapshot.rounds.iter().find(|r| r.id == selection.round_id) {
            Some(round) => self.earlier_pack(selection, round)?,
            None => None, // `assemble` says the round is unknown
        };
        Ok(assemble_compared(
            &snapshot,
            selection,
            &settings.organisation,
            illustrative.as_deref(),
            earlier.as_ref().map(|e| Earlier {
                id: &e.id,
                made_on: e.created_at.date(),
                pack: &e.content,
            }),
        )?)
    }

    /// The recorded pack a new pack for `selection` (for `round`) is compared with:
    /// - `Compare::LastBriefing`: the newest pack made for an earlier round of the same
    ///   negotiation, for the same audience and in the same language (a pack for the
    ///   same round is a draft of this one, not a briefing that was handed over);
    /// - `Compare::Pack`: that pack, refused when it is of another negotiation, in
    ///   another language, or internal while the new pack is external.
    fn earlier_pack(&self, selection: &Selection, round: &Round) -> Result<Option<PackRecord>> {
        match &selection.compare {
            Compare::Nothing => Ok(None),
            Compare::Pack(id) => {
                let record = self.pack_record(id)?;
                let content = &record.content;
                if content.negotiation.id != round.negotiation_id {
                    return Err(PackError::CompareOtherNegotiation(id.clone()).into());
                }
                if selection.audience == Audience::External
                    && content.audience == Audience::Internal
                {
                    return Err(PackError::CompareInternal(id.clone()).into());
                }
                if content.language != selection.language {
                    return Err(PackError::CompareOtherLanguage(id.clone()).into());
                }
                Ok(Some(record))
            }
            Compare::LastBriefing => {
                let candidates: Vec<(String, String)> = self.read(|c| {
                    let mut stmt = c.prepare(
                        "SELECT p.id, p.selection FROM packs p JOIN rounds r ON r.id = p.round_id
                         WHERE r.negotiation_id = ?1 AND r.starts_on < ?2 AND p.audience = ?3
                           AND p.format <= ?4
                         ORDER BY p.created_at DESC, p.id DESC",
                    )?;
                    let rows = stmt.query_map(
                        params![
                            round.negotiation_id,
                            round.starts_on.to_string(),
                            selection.audience.as_str(),
                            PACK_FORMAT
                        ],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )?;
                    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
                })?;
                for (id, chosen) in candidates {
                    let chosen: Selection = serde_json::from_str(&chosen).unwrap_or_default();
                    if chosen.language == selection.language {
                        return self.pack_record(&id).map(Some);
                    }
                }
                Ok(None)
            }
        }
    }

    /// What `assemble` needs of the library for `selection`: every record, except that
    /// of the cases (a library may follow thousands, for many negotiations) it holds those
    /// linked to an area the selection can draw on (or to one of its benchmarks or asks),
    /// with their timelines, and (for an
    /// external pack) the cases whose person did not consent to be named, whose names it
    /// keeps out.
    pub(crate) fn pack_snapshot(&self, selection: &Selection) -> Result<Snapshot> {
        let mut snapshot = self.snapshot_without(&[Kind::Case, Kind::CaseEntry])?;
        let negotiation = snapshot
            .rounds
            .iter()
            .find(|r| r.id == selection.round_id)
            .map(|r| r.negotiation_id.clone());
        let areas: Vec<&str> = snapshot
            .concern_areas
            .iter()
            .filter(|a| {
                selection.concern_area_ids.contains(&a.id)
                    || (selection.concern_area_ids.is_empty()
                        && a.negotiation_id.is_some()
                        && a.negotiation_id == negotiation)
            })
            .map(|a| a.id.as_str())
            .collect();
        let areas = serde_json::to_string(&areas).expect("strings serialise");
        const LINKED: &str = "id IN (SELECT case_id FROM case_areas \
                WHERE concern_area_id IN (SELECT value FROM json_each(?1))) \
            OR id IN (SELECT cb.case_id FROM case_benchmarks cb \
                JOIN benchmarks b ON b.id = cb.benchmark_id \
                WHERE b.concern_area_id IN (SELECT value FROM json_each(?1))) \
            OR id IN (SELECT ck.case_id FROM case_asks ck \
                JOIN asks a ON a.id = ck.ask_id \
                WHERE a.concern_area_id IN (SELECT value FROM json_each(?1)))";
        let (cases, entries) = self.read(|c| {
            let mut cases = read_where::<Case>(c, LINKED, &areas)?;
            // An external pack withholds the names of the people who did not consent to
            // be named, wherever they are followed: of the other cases it needs only
            // those names (the rest of such a record stays empty: linked to nothing, it
            // is never printed).
            if selection.audience == Audience::External {
                let mut stmt = c.prepare(&format!(
                    "SELECT id, name, other_names, consent FROM cases \
                     WHERE consent <> 'named' AND NOT ({LINKED})"
                ))?;
                let names = stmt.query_map([&areas], |row| {
                    Ok(names_only(
                        row.get(0)?,
                        row.get(1)?,
                        list_from_sql(&row.get::<_, String>(2)?)?,
                        row.get(3)?,
                    ))
                })?;
                for case in names {
                    cases.push(case?);
                }
            }
            let entries = read_where::<CaseEntry>(
                c,
                &format!("case_id IN (SELECT id FROM cases WHERE {LINKED})"),
                &areas,
            )?;
            Ok((cases, entries))
        })?;
        snapshot.cases = cases;
        snapshot.case_entries = entries;
        Ok(snapshot)
    }

    /// Records a generated pack; returns its record.
    pub fn record_pack(
        &mut self,
        pack: &Pack,
        options: &RenderOptions,
        rendered: &Rendered,
        file_path: Option<&str>,
    ) -> Result<PackRecord> {
        let record = PackRecord {
            id: new_id(options.created_at),
            format: PACK_FORMAT,
            round_id: pack.round.id.clone(),
            audience: pack.audience,
            selection: pack.selection.clone(),
            options: options.clone(),
            content: pack.clone(),
            pdf_sha256: rendered.sha256.clone(),
            page_count: rendered.page_count as u32,
            file_path: file_path.map(str::to_string),
            created_at: options.created_at,
        };
        self.write(|tx| {
            tx.execute(
                "INSERT INTO packs (id, round_id, audience, selection, options, content, pdf_sha256, page_count, file_path, created_at, format)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    record.id,
                    record.round_id,
                    record.audience.as_str(),
                    to_json(&record.selection),
                    to_json(&record.options),
                    to_json(&record.content),
                    record.pdf_sha256,
                    record.page_count,
                    record.file_path,
                    record.created_at.to_string(),
                    record.format,
                ],
            )?;
            Ok(())
        })?;
        Ok(record)
    }

    /// One pack record with its content.
    pub fn pack_record(&self, id: &str) -> Result<PackRecord> {
        let found = self.read(|c| {
            Ok(c.query_row(
                "SELECT id, round_id, audience, selection, options, content, pdf_sha256, page_count, file_path, created_at, format FROM packs WHERE id = ?1",
                [id],
                |r| {
                    let format: u32 = r.get(10)?;
                    if format > PACK_FORMAT {
                        return Ok(Err(format));
                    }
                    Ok(Ok(PackRecord {
                        id: r.get(0)?,
                        format,
                        round_id: r.get(1)?,
                        audience: Audience::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
                        selection: json_col(r, 3)?,
                        options: json_col(r, 4)?,
                        content: json_col(r, 5)?,
                        pdf_sha256: r.get(6)?,
                        page_count: r.get(7)?,
                        file_path: r.get(8)?,
                        created_at: r.get(9)?,
                    }))
                },
            )
            .optional()?)
        })?;
        match found {
            Some(Ok(record)) => Ok(record),
            Some(Err(format)) => Err(PackError::RecordedByNewer {
                id: id.to_string(),
                format,
                known: PACK_FORMAT,
            }
            .into()),
            None => Err(Error::NotFound {
                kind: Kind::Pack,
                id: id.to_string(),
            }),
        }
    }

    /// What the newest pack made for `round_id` was made of (its selection and paper):
    /// where the pack builder starts for that round in a new session, so that the next
    /// pack for a round starts from the last one rather than from the defaults.
    pub fn last_pack_choice(&self, round_id: &str) -> Result<Option<LastPackChoice>> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT selection, options, created_at FROM packs WHERE round_id = ?1
                 ORDER BY created_at DESC, id DESC LIMIT 1",
                [round_id],
                |r| {
                    let options: RenderOptions = json_col(r, 1)?;
                    Ok(LastPackChoice {
                        selection: json_col(r, 0)?,
                        paper: options.paper,
                        made_at: r.get(2)?,
                    })
                },
            )
            .optional()?)
        })
    }

    /// Generated packs, newest first.
    pub fn pack_summaries(&self) -> Result<Vec<PackSummary>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT p.id, p.round_id, r.title, p.audience, p.page_count, p.file_path, p.created_at
                 FROM packs p JOIN rounds r ON r.id = p.round_id ORDER BY p.created_at DESC, p.id DESC",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(PackSummary {
                    id: r.get(0)?,
                    round_id: r.get(1)?,
                    round_title: r.get(2)?,
                    audience: Audience::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
                    page_count: r.get(4)?,
                    file_path: r.get(5)?,
                    created_at: r.get(6)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Records where a pack's PDF was (re-)saved.
    pub fn set_pack_file_path(&mut self, id: &str, file_path: Option<&str>) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE packs SET file_path = ?2 WHERE id = ?1",
                params![id, file_path],
            )?;
            if n == 0 {
                return Err(Error::NotFound {
                    kind: Kind::Pack,
                    id: id.to_string(),
                });
            }
            Ok(())
        })
    }

    /// Deletes a pack record (the PDF file, if any, is left where it is).
    pub fn delete_pack_record(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute("DELETE FROM packs WHERE id = ?1", [id])?;
            if n == 0 {
                return Err(Error::NotFound {
                    kind: Kind::Pack,
                    id: id.to_string(),
                });
            }
            Ok(())
        })
    }
}

/// Re-renders a recorded pack from its frozen content: the same bytes as the first time.
pub fn rerender(record: &PackRecord) -> Result<Rendered> {
    Ok(render(&record.content, &record.options)?)
}

/// A case of which a pack needs only the names (see `Library::pack_snapshot`).
fn names_only(id: String, name: String, other_names: Vec<String>, consent: Consent) -> Case {
    Case {
        id,
        name,
        other_names,
        role: None,
        organisation: None,
        summary: None,
        consent,
        sensitivity: Sensitivity::Restricted,
        concern_area_ids: Vec::new(),
        benchmark_ids: Vec::new(),
        incident_ids: Vec::new(),
        ask_ids: Vec::new(),
        source_ids: Vec::new(),
        illustrative: None,
        language: None,
        translations: Default::default(),
        updated_at: None,
    }
}

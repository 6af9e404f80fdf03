//! Library settings, kept in the library itself so they travel with it.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::{Error, FieldError, Result};
use crate::pack::{Audience, Paper};

/// What the user set for this library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Settings {
    /// The preparing organisation(s), printed on the cover and as the PDF's author. Empty:
    /// the cover names no one.
    pub organisation: String,
    pub default_paper: Paper,
    pub default_audience: Audience,
    /// The desktop app locks an encrypted library after this many idle minutes (0: never).
    pub lock_after_minutes: u32,
    /// The whole library is example material (a demo, a training library): what it is.
    /// Every pack made from it says so on every page. Empty: it is not.
    pub illustrative: String,
    /// The language a pack of this library is made in unless the user picks another.
    pub language: crate::i18n::Language,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            organisation: String::new(),
            default_paper: Paper::A4,
            default_audience: Audience::External,
            lock_after_minutes: 15,
            illustrative: String::new(),
            language: crate::i18n::Language::En,
        }
    }
}

impl Settings {
    pub fn validate(&self) -> Result<()> {
        let n = self.organisation.chars().count();
        if self.lock_after_minutes > 24 * 60 {
            return Err(Error::InvalidSetting(FieldError::new(
                "lock_after_minutes",
                crate::m!("setting-problem-lock-after"),
            )));
        }
        if self.illustrative.chars().count() > 2_000 {
            return Err(Error::InvalidSetting(FieldError::new(
                "illustrative",
                crate::m!("problem-too-long-max", max = 2_000usize),
            )));
        }
        if n > 300 {
            return Err(Error::InvalidSetting(FieldError::new(
                "organisation",
                crate::m!("problem-too-long", count = n, max = 300usize),
            )));
        }
        Ok(())
    }
}

pub(crate) fn load(conn: &Connection) -> Result<Settings> {
    let mut s = Settings::default();
    let mut stmt = conn.prepare("SELECT key, value FROM settings")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let (key, value): (String, String) = (row.get(0)?, row.get(1)?);
        match key.as_str() {
            "organisation" => s.organisation = value,
            "default_paper" => s.default_paper = Paper::parse(&value).unwrap_or_default(),
            "default_audience" => s.default_audience = Audience::parse(&value).unwrap_or_default(),
            "lock_after_minutes" => {
                s.lock_after_minutes = value.parse().unwrap_or(s.lock_after_minutes)
            }
            "illustrative" => s.illustrative = value,
            "language" => s.language = crate::i18n::Language::parse(&value).unwrap_or(s.language),
            _ => {}
        }
    }
    Ok(s)
}

pub(crate) fn save(conn: &Connection, s: &Settings) -> Result<()> {
    let mut stmt = conn.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")?;
    stmt.execute(params!["organisation", s.organisation])?;
    stmt.execute(params!["default_paper", s.default_paper.as_str()])?;
    stmt.execute(params!["default_audience", s.default_audience.as_str()])?;
    stmt.execute(params![
        "lock_after_minutes",
        s.lock_after_minutes.to_string()
    ])?;
    stmt.execute(params!["illustrative", s.illustrative])?;
    stmt.execute(params!["language", s.language.tag()])?;
    Ok(())
}

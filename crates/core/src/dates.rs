//! Calendar dates as the library stores them: exact dates (`YYYY-MM-DD`) and fuzzy dates
//! (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a closed range `START/END` of those), the subset of
//! ISO 8601-2 / EDTF level 0 the bundle format allows.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Language;

/// Why a date string was refused. The message quotes the input, e.g.
/// `"2012-13-01" is not a date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    NotADate(String),
    NotAFuzzyDate(String),
    Reversed(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::escaped;
        f.write_str(&match self {
            DateError::NotADate(s) => crate::m!("problem-not-a-date", text = escaped(s)),
            DateError::NotAFuzzyDate(s) => {
                crate::m!("problem-not-a-fuzzy-date", text = escaped(s))
            }
            DateError::Reversed(s) => crate::m!("problem-reversed-range", text = escaped(s)),
        })
    }
}

impl std::error::Error for DateError {}

/// An exact calendar date, written `YYYY-MM-DD` (exactly four, two and two digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, type = "string", rename = "IsoDate")
)]
pub struct Date(NaiveDate);

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    pub fn naive(self) -> NaiveDate {
        self.0
    }

    pub fn from_naive(date: NaiveDate) -> Option<Date> {
        Date::new(date.year(), date.month(), date.day())
    }

    /// "20 March 2012".
    pub fn long(self) -> String {
        self.long_in(Language::En)
    }

    /// "20 March 2012", "20 марта 2012 г.".
    pub fn long_in(self, lang: Language) -> String {
        day_in(lang, self.0.day(), self.0.month(), self.0.year())
    }
}

/// A day in `lang`: "20 March 2012", "20 марта 2012 г.".
fn day_in(lang: Language, day: u32, month: u32, year: i32) -> String {
    crate::t!(
        lang,
        "date-day",
        day = day.to_string(),
        month = month_of(lang, month),
        year = year.to_string()
    )
}

/// The month as in a date ("of March": "марта").
fn month_of(lang: Language, month: u32) -> String {
    crate::i18n::format(lang, &format!("month-of-{month}"), &[])
}

/// The month on its own ("March": "март").
fn month_name(lang: Language, month: u32) -> String {
    crate::i18n::format(lang, &format!("month-{month}"), &[])
}

/// A meeting's days for readers: "10–11 April 2012", "30 April – 2 May 2012", and the
/// same in `lang`.
pub fn date_span_in(lang: Language, start: Date, end: Option<Date>) -> String {
    let Some(end) = end.filter(|e| *e != start) else {
        return start.long_in(lang);
    };
    let (s, e) = (start.naive(), end.naive());
    if s.year() == e.year() && s.month() == e.month() {
        crate::t!(
            lang,
            "date-span-days",
            from = s.day().to_string(),
            to = e.day().to_string(),
            month = month_of(lang, s.month()),
            year = s.year().to_string()
        )
    } else if s.year() == e.year() {
        crate::t!(
            lang,
            "date-span-months",
            from = s.day().to_string(),
            monthFrom = month_of(lang, s.month()),
            to = e.day().to_string(),
            monthTo = month_of(lang, e.month()),
            year = s.year().to_string()
        )
    } else {
        crate::t!(
            lang,
            "date-range",
            from = start.long_in(lang),
            to = end.long_in(lang)
        )
    }
}

/// Parses exactly `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() != n || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let bad = || DateError::NotADate(s.to_string());
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let (y, m, d) = (
            digits(y, 4).ok_or_else(bad)?,
            digits(m, 2).ok_or_else(bad)?,
            digits(d, 2).ok_or_else(bad)?,
        );
        Date::new(y as i32, m, d).ok_or_else(bad)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// The first day the partial date can mean.
    pub fn first_day(self) -> Date {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        Date::new(self.year, month, day).expect("validated on construction")
    }

    /// The last day the partial date can mean.
    pub fn last_day(self) -> Date {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Date::new(self.year, m, d),
            (Some(m), None) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(self.year, m + 1, 1)
                };
                next.and_then(|d| d.pred_opt()).and_then(Date::from_naive)
            }
            _ => Date::new(self.year, 12, 31),
        }
        .expect("validated on construction")
    }

    fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year = digits(parts.next()?, 4)? as i32;
        let month = parts
            .next()
            .map(|m| digits(m, 2))
            .map_or(Some(None), |m| m.map(Some))?;
        let day = parts
            .next()
            .map(|d| digits(d, 2))
            .map_or(Some(None), |d| d.map(Some))?;
        if parts.next().is_some() {
            return None;
        }
        let date = PartialDate { year, month, day };
        match (month, day) {
            (Some(m), Some(d)) => Date::new(year, m, d).map(|_| date),
            (Some(m), None) => (1..=12).contains(&m).then_some(date),
            _ => Some(date),
        }
    }

    fn long_in(self, lang: Language) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => day_in(lang, d, m, self.year),
            (Some(m), None) => crate::t!(
                lang,
                "date-month",
                month = month_name(lang, m),
                year = self.year.to_string()
            ),
            _ => crate::t!(lang, "date-year", year = self.year.to_string()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A possibly partial date, or a closed range of them: `2012`, `2012-01`, `2011-12-16`,
/// `2011-12-16/2011-12-17`, `2011/2012-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, type = "string"))]
pub struct FuzzyDate {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

impl FuzzyDate {
    pub fn day(date: Date) -> FuzzyDate {
        let n = date.naive();
        FuzzyDate {
            start: PartialDate {
                year: n.year(),
                month: Some(n.month()),
                day: Some(n.day()),
            },
            end: None,
        }
    }

    /// The first day this date can mean (for sorting and "since" windows).
    pub fn earliest(&self) -> Date {
        self.start.first_day()
    }

    /// The last day this date can mean.
    pub fn latest(&self) -> Date {
        self.end.unwrap_or(self.start).last_day()
    }

    /// For readers: "16 December 2011", "January 2012", "2011 – March 2012".
    pub fn long(&self) -> String {
        self.long_in(Language::En)
    }

    /// The same in `lang`: "16 декабря 2011 г.", "январь 2012 г.".
    pub fn long_in(&self, lang: Language) -> String {
        match self.end {
            None => self.start.long_in(lang),
            Some(end) => crate::t!(
                lang,
                "date-range",
                from = self.start.long_in(lang),
                to = end.long_in(lang)
            ),
        }
    }
}

impl Ord for FuzzyDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.earliest(), self.latest()).cmp(&(other.earliest(), other.latest()))
    }
}

impl PartialOrd for FuzzyDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl FromStr for FuzzyDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<FuzzyDate, DateError> {
        let bad = || DateError::NotAFuzzyDate(s.to_string());
        let (start, end) = match s.split_once('/') {
            Some((a, b)) => (
                PartialDate::parse(a).ok_or_else(bad)?,
                Some(PartialDate::parse(b).ok_or_else(bad)?),
            ),
            None => (PartialDate::parse(s).ok_or_else(bad)?, None),
        };
        if let Some(end) = end {
            if end.last_day() < start.first_day() {
                return Err(DateError::Reversed(s.to_string()));
            }
        }
        Ok(FuzzyDate { start, end })
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.start)?;
        if let Some(end) = self.end {
            write!(f, "/{end}")?;
        }
        Ok(())
    }
}

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
string_serde!(Date);
string_serde!(FuzzyDate);

#[cfg(test)]
mod tests {
    use super::*;

    fn fuzzy(s: &str) -> Result<FuzzyDate, DateError> {
        s.parse()
    }

    #[test]
    fn exact_dates_are_strict() {
        assert_eq!(
            "2012-03-20".parse::<Date>().unwrap().to_string(),
            "2012-03-20"
        );
        for bad in [
            "2012-13-01",
            "2012-02-30",
            "2012-3-1",
            "12-03-20",
            "2012-03-20T00:00",
            "",
            "2012/03/20",
            "２０１２-03-20",
        ] {
            assert_eq!(
                bad.parse::<Date>(),
                Err(DateError::NotADate(bad.into())),
                "{bad}"
            );
        }
        assert!("2012-02-29".parse::<Date>().is_ok());
        assert!("2011-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn fuzzy_dates_round_trip_and_bound() {
        for (s, first, last) in [
            ("2012", "2012-01-01", "2012-12-31"),
            ("2012-02", "2012-02-01", "2012-02-29"),
            ("2011-12-16", "2011-12-16", "2011-12-16"),
            ("2011-12-16/2011-12-17", "2011-12-16", "2011-12-17"),
            ("2011/2012-03", "2011-01-01", "2012-03-31"),
            ("2012-12", "2012-12-01", "2012-12-31"),
        ] {
            let d = fuzzy(s).unwrap();
            assert_eq!(d.to_string(), s);
            assert_eq!(d.earliest().to_string(), first, "{s}");
            assert_eq!(d.latest().to_string(), last, "{s}");
        }
    }

    #[test]
    fn fuzzy_dates_refuse_nonsense_and_reversed_ranges() {
        for bad in [
            "2012-13",
            "2012-00",
            "2012-02-30",
            "12",
            "2012-",
            "2012//2013",
            "2012/",
            "/2012",
            "2012-01-01/2012-01-01/2012",
            "spring 2012",
        ] {
            assert_eq!(
                fuzzy(bad),
                Err(DateError::NotAFuzzyDate(bad.into())),
                "{bad}"
            );
        }
        assert_eq!(
            fuzzy("2012-03/2012-02"),
            Err(DateError::Reversed("2012-03/2012-02".into()))
        );
        // A range may start and end within the same month.
        assert!(fuzzy("2012-03/2012-03-05").is_ok());
    }

    #[test]
    fn readable_forms() {
        assert_eq!(fuzzy("2011-12-16").unwrap().long(), "16 December 2011");
        assert_eq!(fuzzy("2012-01").unwrap().long(), "January 2012");
        assert_eq!(fuzzy("2011/2012-03").unwrap().long(), "2011 – March 2012");
    }
}

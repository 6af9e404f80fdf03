//! Dates as people write them in spreadsheets and reference managers, read into the
//! library's `FuzzyDate`: `2012-03-08`, `2012-03`, `2012`, `08.03.2012`, `03.2012`,
//! `8 March 2012`, `March 8, 2012`, `8-Mar-2012`, `March 2012`, `8 марта 2012 г.`,
//! `08/03/2012` (day or month first, see `SlashOrder`), and ranges of these
//! (`28.01.2012 – 25.02.2012`, `2012-01/2012-03`). A time after the date is ignored.
//! Two-digit years are refused: `08.03.12` could be 1912 or 2012.

use crate::dates::{Date, FuzzyDate, PartialDate};
use crate::i18n::escaped;

/// Which number comes first in `08/03/2012`. Spreadsheets write the date in the user's
/// locale, so the order is decided once per column (see `SlashOrder::detect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SlashOrder {
    DayFirst,
    MonthFirst,
    /// Nothing in the column tells: a date like `03/08/2012` is refused as ambiguous.
    Unknown,
}

impl SlashOrder {
    /// Looks at every value of a column: `25/12/2012` shows the day comes first,
    /// `12/25/2012` that the month does. Contradicting evidence gives `Unknown`.
    pub(crate) fn detect<'a>(values: impl IntoIterator<Item = &'a str>) -> SlashOrder {
        let (mut day_first, mut month_first) = (false, false);
        for value in values {
            let value = value.trim();
            let parts = split_range(value).map_or_else(|| vec![value], |p| p.to_vec());
            for part in parts {
                if let Some((a, b, _)) = slashed(strip_time(part)) {
                    day_first |= a > 12;
                    month_first |= b > 12;
                }
            }
        }
        match (day_first, month_first) {
            (true, false) => SlashOrder::DayFirst,
            (false, true) => SlashOrder::MonthFirst,
            _ => SlashOrder::Unknown,
        }
    }
}

/// Reads one date (or range) as a person typed it in a form: the app's date fields and
/// filters use this, so that what the window accepts is what the importers accept. A
/// slashed date that could be day- or month-first (`03/08/2012`) is refused as ambiguous.
pub fn read_typed(value: &str) -> Result<FuzzyDate, String> {
    parse(value, SlashOrder::Unknown)
}

/// Reads a date as a person wrote it. The error is the message for the user, quoting
/// the value: `"31.02.2012" is not a date`.
pub(crate) fn parse(value: &str, order: SlashOrder) -> Result<FuzzyDate, String> {
    let s = value.trim();
    let not_a_date = || crate::m!("problem-human-not-a-date", text = escaped(&shorten(s)));
    if s.is_empty() {
        return Err(crate::m!("problem-empty"));
    }
    if let Ok(d) = s.parse::<FuzzyDate>() {
        return Ok(d);
    }
    let (start, end) = match split_range(s) {
        Some([a, b]) => (single(a, order)?, Some(single(b, order)?)),
        None => (single(s, order)?, None),
    };
    if let Some(end) = end {
        if end.last_day() < start.first_day() {
            return Err(crate::m!(
                "problem-reversed-range",
                text = escaped(&shorten(s))
            ));
        }
        if end == start {
            return Ok(FuzzyDate { start, end: None });
        }
    }
    let date = FuzzyDate { start, end };
    // The library's own reader is the judge of what it will store.
    date.to_string()
        .parse::<FuzzyDate>()
        .map_err(|_| not_a_date())
}

/// `a – b`, `a — b`, `a - b`, `a to b`, `a/b` (ISO only, handled by `FuzzyDate`).
fn split_range(s: &str) -> Option<[&str; 2]> {
    let s = ["from ", "From ", "с "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    for sep in ["–", "—", " - ", " / ", " to ", " until ", " до ", " по "] {
        if let Some((a, b)) = s.split_once(sep) {
            let (a, b) = (a.trim(), b.trim());
            if !a.is_empty() && !b.is_empty() {
                return Some([a, b]);
            }
        }
    }
    None
}

/// Drops a time of day written after the date: `2012-03-08T10:00`, `08.03.2012 10:00:00`.
fn strip_time(s: &str) -> &str {
    let s = s.trim();
    if let Some((date, _)) = s.split_once('T') {
        if date.len() == 10 && date.as_bytes().get(4) == Some(&b'-') {
            return date;
        }
    }
    match s.rsplit_once(' ') {
        Some((date, time))
            if time.contains(':') && time.chars().all(|c| c.is_ascii_digit() || c == ':') =>
        {
            date.trim_end()
        }
        _ => s,
    }
}

/// One date (not a range).
fn single(raw: &str, order: SlashOrder) -> Result<PartialDate, String> {
    let s = strip_time(raw);
    let not_a_date = || crate::m!("problem-human-not-a-date", text = escaped(&shorten(raw)));
    if let Ok(d) = s.parse::<FuzzyDate>() {
        if d.end.is_none() {
            return Ok(d.start);
        }
    }
    let s = s.trim_end_matches('.').trim();
    let s = strip_year_word(s);
    if s.chars().any(char::is_alphabetic) {
        return words(s).ok_or_else(not_a_date);
    }
    if let Some((a, b, year)) = slashed(s) {
        let (day, month) = if a == b || a > 12 {
            (a, b)
        } else if b > 12 {
            (b, a)
        } else {
            match order {
                SlashOrder::DayFirst => (a, b),
                SlashOrder::MonthFirst => (b, a),
                SlashOrder::Unknown => {
                    return Err(crate::m!(
                        "problem-ambiguous-date",
                        text = escaped(&shorten(raw)),
                        first = long(year, a, b),
                        second = long(year, b, a)
                    ))
                }
            }
        };
        return day_date(year, month, day).ok_or_else(not_a_date);
    }
    let parts: Vec<&str> = s.split(['.', '-', '/']).map(str::trim).collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let Some(numbers) = numbers else {
        return Err(not_a_date());
    };
    let year_of = |i: usize| (parts[i].len() == 4).then_some(numbers[i] as i32);
    let two_digit_year = |i: usize| parts[i].len() == 2 && parts.len() >= 2;
    match numbers.len() {
        // 08.03.2012 (dots or dashes: day first, as in Europe)
        3 if year_of(2).is_some() && !s.contains('/') => {
            day_date(year_of(2).unwrap_or_default(), numbers[1], numbers[0]).ok_or_else(not_a_date)
        }
        // 2012-3-8, 2012/03/08
        3 if year_of(0).is_some() => {
            day_date(year_of(0).unwrap_or_default(), numbers[1], numbers[2]).ok_or_else(not_a_date)
        }
        // 03.2012
        2 if year_of(1).is_some() => {
            month_date(year_of(1).unwrap_or_default(), numbers[0]).ok_or_else(not_a_date)
        }
        // 2012-3
        2 if year_of(0).is_some() => {
            month_date(year_of(0).unwrap_or_default(), numbers[1]).ok_or_else(not_a_date)
        }
        3 if two_digit_year(2) => Err(crate::m!(
            "problem-two-digit-year",
            text = escaped(&shorten(raw))
        )),
        _ => Err(not_a_date()),
    }
}

/// `08/03/2012` as (first, second, year).
fn slashed(s: &str) -> Option<(u32, u32, i32)> {
    let mut it = s.split('/');
    let (a, b, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() {
        return None;
    }
    let small = |p: &str| -> Option<u32> {
        (matches!(p.len(), 1 | 2) && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = (y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()))
        .then(|| y.parse().ok())
        .flatten()?;
    Some((small(a)?, small(b)?, year))
}

/// "2012 г.", "2012 года", "2012 year" → "2012".
fn strip_year_word(s: &str) -> &str {
    for suffix in [" года", " г", " год", " жыл", " жылы"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            return rest.trim_end();
        }
    }
    s
}

/// Dates with a month name: `8 March 2012`, `March 8, 2012`, `8-Mar-2012`, `March 2012`,
/// `8 марта 2012`.
fn words(s: &str) -> Option<PartialDate> {
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c == ',' || c == '-' || c == '/' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let tokens: Vec<String> = cleaned
        .split_whitespace()
        .map(|t| t.trim_end_matches('.').to_lowercase())
        .filter(|t| !t.is_empty() && t != "of" && t != "the")
        .collect();
    let day_of = |t: &str| -> Option<u32> {
        let digits = t
            .strip_suffix("st")
            .or_else(|| t.strip_suffix("nd"))
            .or_else(|| t.strip_suffix("rd"))
            .or_else(|| t.strip_suffix("th"))
            .unwrap_or(t);
        (matches!(digits.len(), 1 | 2) && digits.bytes().all(|c| c.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let year_of = |t: &str| -> Option<i32> {
        (t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    match tokens.as_slice() {
        [d, m, y] => {
            if let (Some(d), Some(m), Some(y)) = (day_of(d), month_name(m), year_of(y)) {
                return day_date(y, m, d);
            }
            let (m, d, y) = (
                month_name(&tokens[0])?,
                day_of(&tokens[1])?,
                year_of(&tokens[2])?,
            );
            day_date(y, m, d)
        }
        [m, y] => month_date(year_of(y)?, month_name(m)?),
        _ => None,
    }
}

/// The month a name (English, or Russian in any case) or its abbreviation stands for.
fn month_name(word: &str) -> Option<u32> {
    const ENGLISH: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const RUSSIAN: [(&str, u32); 13] = [
        ("янв", 1),
        ("фев", 2),
        ("мар", 3),
        ("апр", 4),
        ("май", 5),
        ("мая", 5),
        ("июн", 6),
        ("июл", 7),
        ("авг", 8),
        ("сен", 9),
        ("окт", 10),
        ("ноя", 11),
        ("дек", 12),
    ];
    if word.chars().count() < 3 {
        return None;
    }
    if let Some(i) = ENGLISH.iter().position(|m| m.starts_with(word)) {
        return Some(i as u32 + 1);
    }
    RUSSIAN
        .iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|(_, m)| *m)
}

fn day_date(year: i32, month: u32, day: u32) -> Option<PartialDate> {
    Date::new(year, month, day)?;
    Some(PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    })
}

fn month_date(year: i32, month: u32) -> Option<PartialDate> {
    ((1..=12).contains(&month) && (0..=9999).contains(&year)).then_some(PartialDate {
        year,
        month: Some(month),
        day: None,
    })
}

/// "8 March 2012", for the message about an ambiguous date.
fn long(year: i32, month: u32, day: u32) -> String {
    match Date::new(year, month, day) {
        Some(d) => d.long_in(crate::i18n::messages()),
        None => format!("{day}/{month}/{year}"),
    }
}

/// Keeps messages about long values readable.
fn shorten(s: &str) -> String {
    crate::model::validate::truncate(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> String {
        parse(s, SlashOrder::Unknown)
            .unwrap_or_else(|e| panic!("{s}: {e}"))
            .to_string()
    }

    #[test]
    fn the_forms_people_write() {
        for (input, want) in [
            ("2012-03-08", "2012-03-08"),
            ("2012-03", "2012-03"),
            ("2012", "2012"),
            (" 2012 ", "2012"),
            ("08.03.2012", "2012-03-08"),
            ("8.3.2012", "2012-03-08"),
            ("08-03-2012", "2012-03-08"),
            ("03.2012", "2012-03"),
            ("2012-3-8", "2012-03-08"),
            ("2012/03/08", "2012-03-08"),
            ("8 March 2012", "2012-03-08"),
            ("8th March 2012", "2012-03-08"),
            ("March 8, 2012", "2012-03-08"),
            ("8-Mar-2012", "2012-03-08"),
            ("8 Sept. 2012", "2012-09-08"),
            ("March 2012", "2012-03"),
            ("8 марта 2012 г.", "2012-03-08"),
            ("Декабрь 2011", "2011-12"),
            ("16 декабря 2011 года", "2011-12-16"),
            ("2012-03-08T10:00:00", "2012-03-08"),
            ("08.03.2012 00:00:00", "2012-03-08"),
            ("25/12/2012", "2012-12-25"),
            ("12/25/2012", "2012-12-25"),
            ("03/03/2012", "2012-03-03"),
            ("28.01.2012 – 25.02.2012", "2012-01-28/2012-02-25"),
            (
                "28 January 2012 - 25 February 2012",
                "2012-01-28/2012-02-25",
            ),
            ("2011-12/2012-01", "2011-12/2012-01"),
            ("2012-02-29", "2012-02-29"),
        ] {
            assert_eq!(ok(input), want, "{input}");
        }
    }

    #[test]
    fn impossible_ambiguous_and_unreadable_dates_are_refused_with_the_value_quoted() {
        for (input, want) in [
            ("31.02.2012", "\"31.02.2012\" is not a date"),
            ("2011-02-29", "\"2011-02-29\" is not a date"),
            ("13.2012", "\"13.2012\" is not a date"),
            ("spring 2012", "\"spring 2012\" is not a date"),
            ("08.03.12", "\"08.03.12\" is not a date (write the year with four digits)"),
            (
                "03/08/2012",
                "\"03/08/2012\" is ambiguous (8 March 2012 or 3 August 2012?); write it as YYYY-MM-DD",
            ),
            ("25.02.2012 – 28.01.2012", "\"25.02.2012 – 28.01.2012\" is a range whose end is before its start"),
            ("", "is empty"),
            ("40976", "\"40976\" is not a date"),
        ] {
            assert_eq!(parse(input, SlashOrder::Unknown).unwrap_err(), want, "{input}");
        }
    }

    #[test]
    fn the_slash_order_is_decided_by_the_column() {
        assert_eq!(
            SlashOrder::detect(["01/02/2012", "25/12/2012"]),
            SlashOrder::DayFirst
        );
        assert_eq!(
            SlashOrder::detect(["01/02/2012", "12/25/2012"]),
            SlashOrder::MonthFirst
        );
        assert_eq!(SlashOrder::detect(["01/02/2012"]), SlashOrder::Unknown);
        assert_eq!(
            SlashOrder::detect(["25/12/2012", "12/25/2012"]),
            SlashOrder::Unknown
        );
        assert_eq!(
            parse("03/08/2012", SlashOrder::DayFirst)
                .unwrap()
                .to_string(),
            "2012-08-03"
        );
        assert_eq!(
            parse("03/08/2012", SlashOrder::MonthFirst)
                .unwrap()
                .to_string(),
            "2012-03-08"
        );
    }
}

#[cfg(test)]
mod typed_tests {
    use super::read_typed;

    #[test]
    fn what_people_type_in_a_form_is_read() {
        for (typed, stored) in [
            ("2012", "2012"),
            ("2012-01", "2012-01"),
            ("2012-1", "2012-01"),
            (" 2011-12-16 ", "2011-12-16"),
            ("2012-3-8", "2012-03-08"),
            ("16.12.2011", "2011-12-16"),
            ("1.2.2012", "2012-02-01"),
            ("12.2011", "2011-12"),
            ("16 Dec 2011", "2011-12-16"),
            ("16 December 2011", "2011-12-16"),
            ("16 dec. 2011", "2011-12-16"),
            ("December 16, 2011", "2011-12-16"),
            ("Jan 2012", "2012-01"),
            ("sept 2012", "2012-09"),
            ("16 декабря 2011", "2011-12-16"),
            ("2011-12-16/2011-12-17", "2011-12-16/2011-12-17"),
            ("2011-12-16 / 2011-12-17", "2011-12-16/2011-12-17"),
            ("2011-12-16 – 2011-12-17", "2011-12-16/2011-12-17"),
            ("2011-12-16 - 2011-12-17", "2011-12-16/2011-12-17"),
            ("16 Dec 2011 to 17 Dec 2011", "2011-12-16/2011-12-17"),
            ("from Dec 2011 until Mar 2012", "2011-12/2012-03"),
            ("2011/2012-03", "2011/2012-03"),
        ] {
            assert_eq!(
                read_typed(typed).map(|d| d.to_string()),
                Ok(stored.to_string()),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn what_is_not_a_date_is_refused_with_the_value_named() {
        for typed in [
            "spring 2012",
            "2012-13-45",
            "16 Foo 2011",
            "2011/2012/2013",
            "03/08/2012",
        ] {
            let e = read_typed(typed).unwrap_err();
            assert!(!e.is_empty(), "{typed:?}");
        }
        assert_eq!(read_typed("").unwrap_err(), "is empty");
    }
}

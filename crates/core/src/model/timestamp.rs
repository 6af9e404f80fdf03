use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant (RFC 3339), kept in UTC. Records carry one as `updated_at`; on import the
/// newer one wins. The core never reads the clock: callers pass `now` in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, type = "string"))]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    pub fn from_utc(t: DateTime<Utc>) -> Timestamp {
        Timestamp(t)
    }

    pub fn utc(self) -> DateTime<Utc> {
        self.0
    }

    pub fn unix_millis(self) -> i64 {
        self.0.timestamp_millis()
    }

    /// The calendar date of this instant, in UTC.
    pub fn date(self) -> crate::dates::Date {
        crate::dates::Date::from_naive(self.0.date_naive()).expect("four-digit year")
    }
}

impl FromStr for Timestamp {
    type Err = String;
    fn from_str(s: &str) -> Result<Timestamp, String> {
        DateTime::parse_from_rfc3339(s)
            .map(|t| Timestamp(t.with_timezone(&Utc)))
            .map_err(|_| crate::m!("problem-not-a-timestamp", text = crate::i18n::escaped(s)))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

//! The date parsers: never panic; what parses prints back to the same text and reparses
//! to the same value; a fuzzy date's earliest day is never after its latest.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundbook_core::dates::{Date, FuzzyDate};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(date) = text.parse::<Date>() {
        assert_eq!(date.to_string(), text);
        assert_eq!(date.to_string().parse::<Date>(), Ok(date));
        let _ = date.long();
        let json = serde_json::to_string(&date).unwrap();
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), date);
    }
    if let Ok(fuzzy) = text.parse::<FuzzyDate>() {
        assert_eq!(fuzzy.to_string(), text);
        assert_eq!(fuzzy.to_string().parse::<FuzzyDate>(), Ok(fuzzy));
        assert!(fuzzy.earliest() <= fuzzy.latest(), "{text}");
        let _ = fuzzy.long();
        let json = serde_json::to_string(&fuzzy).unwrap();
        assert_eq!(serde_json::from_str::<FuzzyDate>(&json).unwrap(), fuzzy);
    }
});

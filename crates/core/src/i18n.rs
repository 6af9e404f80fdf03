//! The message catalogue: every text a user reads — the pack's fixed words, dates, the
//! CLI's messages, errors, the readiness check — in Project Fluent files, one set per
//! language (`i18n/<language>/*.ftl` at the top of the repository). The desktop UI reads
//! the same files (`ui/src/lib/i18n.ts`), so a word is translated once.
//!
//! Use `t!(language, "message-id", name = value, …)`. A test reads every `t!` of the
//! sources and fails when a message is missing in a language, or when a message uses a
//! variable its callers do not pass.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language Roundbook speaks: its messages, its packs.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ru")]
    Ru,
}

/// The message files of each language, compiled in (the UI imports the same files).
const FILES: &[(Language, &str)] = &[
    (Language::En, include_str!("../../../i18n/en/core.ftl")),
    (Language::En, include_str!("../../../i18n/en/pack.ftl")),
    (Language::En, include_str!("../../../i18n/en/cli.ftl")),
    (Language::En, include_str!("../../../i18n/en/app.ftl")),
    (Language::En, include_str!("../../../i18n/en/charts.ftl")),
    (Language::Ru, include_str!("../../../i18n/ru/core.ftl")),
    (Language::Ru, include_str!("../../../i18n/ru/pack.ftl")),
    (Language::Ru, include_str!("../../../i18n/ru/cli.ftl")),
    (Language::Ru, include_str!("../../../i18n/ru/app.ftl")),
    (Language::Ru, include_str!("../../../i18n/ru/charts.ftl")),
];

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Ru];

    /// The BCP 47 tag: `en`, `ru`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
        }
    }

    /// A tag (`ru`, `ru-RU`, `en_GB.UTF-8`) as one of ours, if it is.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The supported tags, for messages: "en, ru".
    pub fn supported() -> String {
        Language::ALL
            .iter()
            .map(|l| l.tag())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// A value a message is given.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )+};
}
number_args!(usize, u32, u64, i32, i64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|&lang| {
                let id: unic_langid::LanguageIdentifier =
                    lang.tag().parse().expect("our tags are valid");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Latin and Cyrillic only: no direction marks around placeables.
                bundle.set_use_isolating(false);
                for (_, text) in FILES.iter().filter(|(l, _)| *l == lang) {
                    let resource =
                        FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect()
    })
}

/// The message `id` in `lang` with `args`. A message missing in `lang` falls back to
/// English, and a message missing there too to its id (the catalogue tests make sure
/// neither happens).
pub fn format(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    for lang in [lang, Language::En] {
        let bundle = &bundles()[lang.index()];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
    }
    id.to_string()
}

/// The language the core words its messages in (errors, problems of imported files,
/// the readiness check's findings, merge reasons): the face (CLI, app) sets it from the
/// user's choice; English until it does.
static MESSAGES: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the language of the core's messages for this process.
pub fn set_messages(lang: Language) {
    MESSAGES.store(lang as u8, std::sync::atomic::Ordering::Relaxed);
}

/// The language of the core's messages (see `set_messages`).
pub fn messages() -> Language {
    match MESSAGES.load(std::sync::atomic::Ordering::Relaxed) {
        1 => Language::Ru,
        _ => Language::En,
    }
}

/// `m!("id", name = value, …)`: the message `id` in the language of messages.
#[macro_export]
macro_rules! m {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::t!($crate::i18n::messages(), $id $(, $name = $value)*)
    };
}

/// `s` as it reads between straight quotes in a message (`"{ $id }"` in English,
/// `«{ $id }»` in Russian): control characters, quotes and backslashes escaped as Rust
/// writes them, so a strange value cannot break the message.
pub fn escaped(s: &str) -> String {
    let quoted = format!("{s:?}");
    quoted[1..quoted.len() - 1].to_string()
}

/// Whether `lang` has the message `id`.
pub fn has(lang: Language, id: &str) -> bool {
    bundles()[lang.index()].has_message(id)
}

/// `t!(lang, "id", name = value, …)`: the message `id` in `lang`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::format(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// The files of the catalogue, for the tests that compare languages.
pub fn files() -> impl Iterator<Item = (Language, &'static str)> {
    FILES.iter().copied()
}

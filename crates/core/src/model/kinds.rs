//! The one list of record kinds. Everything that exists once per kind — the `Kind`
//! enum, `AnyRecord`, `Snapshot` (and so the bundle, which carries a snapshot), the
//! store's per-kind dispatch, the merge's order — is expanded from `record_kinds!`, so
//! adding a kind means adding one line here, its struct, its table module and its
//! migration; the compiler points at anything else.
//!
//! The list is **parent-first**: every kind a record points at comes before it (sources
//! early, since every kind may cite them), so writing kinds in this order never writes a
//! reference to a record that is not there yet.

use serde::{Deserialize, Serialize};

use super::records::*;

/// Calls `$m! { Type plural "name" "noun" copyable, … }` with every record kind,
/// parent-first: the type, the bundle array and table name, the stored name, the word for
/// messages, and whether a merge may keep two copies of one record side by side (a copy
/// with its own id stands on its own; two copies of a round, area, benchmark, assessment
/// or negotiation would split what belongs to one).
macro_rules! record_kinds {
    ($m:ident) => {
        $m! {
            Negotiation negotiations "negotiation" "negotiation" false,
            Source sources "source" "source" true,
            Round rounds "round" "round" false,
            ConcernArea concern_areas "concern_area" "concern area" false,
            Benchmark benchmarks "benchmark" "benchmark" false,
            Assessment assessments "assessment" "assessment" false,
            Commitment commitments "commitment" "commitment" true,
            Incident incidents "incident" "incident" true,
            Ask asks "ask" "ask" true,
            RoundOutcome round_outcomes "round_outcome" "round outcome" false,
            AskResult ask_results "ask_result" "ask result" false,
            Case cases "case" "case" true,
            CaseEntry case_entries "case_entry" "case timeline entry" true,
        }
    };
}
pub(crate) use record_kinds;

/// What every record of every kind has, and where it sits in a `Snapshot` and an
/// `AnyRecord`. Implemented for each kind by `record_kinds!`.
pub trait RecordKind:
    Clone
    + PartialEq
    + std::fmt::Debug
    + Serialize
    + serde::de::DeserializeOwned
    + super::validate::Validate
    + Send
    + 'static
{
    const KIND: Kind;
    /// Whether a merge may keep two copies side by side ("keep both").
    const COPYABLE: bool;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    fn updated_at(&self) -> Option<super::Timestamp>;
    fn set_updated_at(&mut self, at: Option<super::Timestamp>);
    /// This kind's list in a snapshot.
    fn of(snapshot: &Snapshot) -> &Vec<Self>;
    fn of_mut(snapshot: &mut Snapshot) -> &mut Vec<Self>;
    fn into_any(self) -> AnyRecord;
}

macro_rules! define_kinds {
    ($($t:ident $plural:ident $name:literal $noun:literal $copyable:literal),+ $(,)?) => {
        /// The kinds of record a library holds (and `Pack`, the record of a generated
        /// pack); used in errors, search results and links.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        pub enum Kind {
            $(#[serde(rename = $name)] $t,)+
            #[serde(rename = "pack")]
            Pack,
        }

        impl Kind {
            /// The kinds of record, parent-first.
            pub const RECORDS: &'static [Kind] = &[$(Kind::$t),+];
            /// Every kind, packs last.
            pub const ALL: &'static [Kind] = &[$(Kind::$t,)+ Kind::Pack];

            /// The bundle's array that holds this kind, which is also the table name.
            pub fn plural(self) -> &'static str {
                match self { $(Kind::$t => stringify!($plural),)+ Kind::Pack => "packs" }
            }

            /// The stored name, e.g. `concern_area`.
            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$t => $name,)+ Kind::Pack => "pack" }
            }

            /// For messages: "concern area".
            pub fn noun(self) -> &'static str {
                match self { $(Kind::$t => $noun,)+ Kind::Pack => "pack" }
            }

            /// Whether a merge may keep two copies of a record of this kind side by side.
            pub fn copyable(self) -> bool {
                match self { $(Kind::$t => $copyable,)+ Kind::Pack => false }
            }

            pub fn parse(s: &str) -> Option<Kind> {
                Kind::ALL.iter().copied().find(|k| k.as_str() == s)
            }

            /// Runs `v` with this kind's type; `None` for `Pack`, which is not a record
            /// kind.
            pub fn visit<V: KindVisitor>(self, v: &mut V) -> Option<Result<(), V::Error>> {
                match self { $(Kind::$t => Some(v.visit::<$t>()),)+ Kind::Pack => None }
            }
        }

        /// Runs `v` once per kind of record, parent-first; stops at the first error.
        pub fn each_kind<V: KindVisitor>(v: &mut V) -> Result<(), V::Error> {
            $(v.visit::<$t>()?;)+
            Ok(())
        }

        /// Any record, tagged with its kind: `{ "kind": "incident", "record": { … } }` —
        /// what the app's forms send and receive, and the two versions a merge shows.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        #[serde(tag = "kind", content = "record")]
        pub enum AnyRecord {
            $(#[serde(rename = $name)] $t($t),)+
        }

        impl AnyRecord {
            pub fn kind(&self) -> Kind {
                match self { $(AnyRecord::$t(_) => Kind::$t,)+ }
            }

            pub fn id(&self) -> &str {
                match self { $(AnyRecord::$t(r) => &r.id,)+ }
            }

            /// Calls the visitor with the record as its own type.
            pub fn visit<V: AnyVisitor>(self, v: V) -> V::Output {
                match self { $(AnyRecord::$t(r) => v.visit(r),)+ }
            }
        }

        /// Every record of a library (or of a part of one), each list in its kind's
        /// natural order. Pack assembly and bundle export work on a snapshot, so they
        /// never see a half-written state.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        pub struct Snapshot {
            $(pub $plural: Vec<$t>,)+
        }

        impl Snapshot {
            /// How many records it holds in all.
            pub fn len(&self) -> usize {
                0 $(+ self.$plural.len())+
            }

            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// How many records of each kind it holds, parent-first (kinds it has none
            /// of included).
            pub fn counts(&self) -> Vec<(Kind, usize)> {
                vec![$((Kind::$t, self.$plural.len())),+]
            }

            /// Every record as (kind, id), parent-first.
            pub fn ids(&self) -> Vec<(Kind, &str)> {
                let mut out = Vec::with_capacity(self.len());
                $(out.extend(self.$plural.iter().map(|r| (Kind::$t, r.id.as_str())));)+
                out
            }
        }

        $(
            impl RecordKind for $t {
                const KIND: Kind = Kind::$t;
                const COPYABLE: bool = $copyable;
                fn id(&self) -> &str {
                    &self.id
                }
                fn set_id(&mut self, id: String) {
                    self.id = id;
                }
                fn updated_at(&self) -> Option<super::Timestamp> {
                    self.updated_at
                }
                fn set_updated_at(&mut self, at: Option<super::Timestamp>) {
                    self.updated_at = at;
                }
                fn of(snapshot: &Snapshot) -> &Vec<Self> {
                    &snapshot.$plural
                }
                fn of_mut(snapshot: &mut Snapshot) -> &mut Vec<Self> {
                    &mut snapshot.$plural
                }
                fn into_any(self) -> AnyRecord {
                    AnyRecord::$t(self)
                }
            }
        )+
    };
}
record_kinds!(define_kinds);

/// Code run once per kind of record, with the kind's type (see `each_kind`, `Kind::visit`).
pub trait KindVisitor {
    type Error;
    fn visit<T: crate::store::Record>(&mut self) -> Result<(), Self::Error>;
}

/// Code run with a record as its own type (see `AnyRecord::visit`).
pub trait AnyVisitor {
    type Output;
    fn visit<T: crate::store::Record>(self, record: T) -> Self::Output;
}

impl Kind {
    /// The kind's name in the language of messages ("concern area", "проблемная область").
    pub fn name(self) -> String {
        let lang = crate::i18n::messages();
        crate::i18n::format(lang, &format!("kind-{}", self.as_str()), &[])
    }

    /// `n` records of this kind, in the language of messages ("2 concern areas",
    /// "2 проблемные области").
    pub fn count(self, n: usize) -> String {
        let lang = crate::i18n::messages();
        crate::i18n::format(
            lang,
            &format!("count-kind-{}", self.as_str()),
            &[("count", crate::i18n::Arg::from(n))],
        )
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.noun())
    }
}

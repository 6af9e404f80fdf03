//! Names an external pack must not print: those of every case whose consent is not
//! `named` (anonymised or internal). Wherever a text of the pack names such a person —
//! their case's own summary, an incident, an ask, a source's title — the name is replaced
//! by "[name withheld]" and the place is recorded (`Pack::names_withheld`), so the
//! readiness check asks for the text to be fixed. The pack never prints the name.
//!
//! A name matches word by word, with case and diacritics folded as search folds them, and
//! with the endings a name takes in Russian or Kazakh sentences (Соколова, Соколовой):
//! a word matches a name's word of six letters or more when it starts with all of that
//! word but its last two letters and is at most three letters longer.

use std::collections::{BTreeSet, HashMap};

use super::content::*;
use crate::model::{Case, Consent, Kind};
use crate::search::fold;
use crate::t;

/// The words of the names to withhold, folded, with the cases they belong to.
struct Names<'c> {
    exact: HashMap<String, &'c str>,
    /// Stems (a long word without its last two letters) with the full word's length.
    stems: HashMap<String, (usize, &'c str)>,
}

impl<'c> Names<'c> {
    fn new(cases: &'c [Case]) -> Self {
        let mut names = Names {
            exact: HashMap::new(),
            stems: HashMap::new(),
        };
        for c in cases.iter().filter(|c| c.consent != Consent::Named) {
            for name in std::iter::once(&c.name).chain(&c.other_names) {
                let folded = fold(name);
                for word in crate::search::words(&folded) {
                    let len = word.chars().count();
                    if len < 3 {
                        continue;
                    }
                    names.exact.insert(word.to_string(), &c.id);
                    if len >= 6 {
                        let stem: String = word.chars().take(len - 2).collect();
                        names.stems.insert(stem, (len, &c.id));
                    }
                }
            }
        }
        names
    }

    /// The case whose name `word` (folded) is, if any.
    fn case_of(&self, word: &str) -> Option<&'c str> {
        if let Some(id) = self.exact.get(word) {
            return Some(id);
        }
        let len = word.chars().count();
        for (end, c) in word.char_indices() {
            let prefix = &word[..end + c.len_utf8()];
            if let Some((full, id)) = self.stems.get(prefix) {
                if len <= full + 3 {
                    return Some(id);
                }
            }
        }
        None
    }

    /// `text` with every run of name words replaced by `placeholder`, and the cases
    /// named; `None` when it names no one. `seen` remembers what each word (as written)
    /// folds to a name of: a pack repeats its words, so most are looked up once.
    fn withhold(
        &self,
        text: &str,
        placeholder: &str,
        seen: &mut HashMap<String, Option<&'c str>>,
    ) -> Option<(String, BTreeSet<&'c str>)> {
        // Byte ranges of the words that are names.
        let mut hits: Vec<(usize, usize)> = Vec::new();
        let mut cases = BTreeSet::new();
        let mut start = None;
        for (i, ch) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (ch.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    let word = &text[s..i];
                    let case = match seen.get(word) {
                        Some(case) => *case,
                        None => {
                            let case = self.case_of(&fold(word));
                            seen.insert(word.to_string(), case);
                            case
                        }
                    };
                    if let Some(id) = case {
                        cases.insert(id);
                        hits.push((s, i));
                    }
                    start = None;
                }
                _ => {}
            }
        }
        if hits.is_empty() {
            return None;
        }
        // "Igor Viniavskii" is one name: words joined by spaces or hyphens are withheld
        // as one.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (s, e) in hits {
            match runs.last_mut() {
                Some(last)
                    if text[last.1..s]
                        .chars()
                        .all(|c| c.is_whitespace() || c == '-') =>
                {
                    last.1 = e;
                }
                _ => runs.push((s, e)),
            }
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (s, e) in runs {
            out.push_str(&text[at..s]);
            out.push_str(placeholder);
            at = e;
        }
        out.push_str(&text[at..]);
        Some((out, cases))
    }
}

/// Replaces, in every text of an external `pack`, the names of the people among `cases`
/// who did not consent to be named, and records where.
/// `only_changes`: the rest of the pack was done already; only the part "Changes since
/// our last briefing", added since, is looked at.
pub(super) fn withhold_names(pack: &mut Pack, cases: &[Case], only_changes: bool) {
    let names = Names::new(cases);
    if names.exact.is_empty() {
        return;
    }
    let placeholder = t!(pack.language, "name-withheld");
    // Run again (after the changes part is added), it keeps what it found before.
    let mut found: BTreeSet<(Kind, String, String, String)> = pack
        .names_withheld
        .iter()
        .map(|n| (n.kind, n.id.clone(), n.field.clone(), n.case_id.clone()))
        .collect();
    let mut seen = HashMap::new();
    let mut fix = |kind: Kind, id: &str, field: &str, text: &mut String| {
        if let Some((fixed, named)) = names.withhold(text, &placeholder, &mut seen) {
            *text = fixed;
            for case in named {
                found.insert((kind, id.to_string(), field.to_string(), case.to_string()));
            }
        }
    };
    let opt = |fix: &mut dyn FnMut(Kind, &str, &str, &mut String),
               kind: Kind,
               id: &str,
               field: &str,
               text: &mut Option<String>| {
        if let Some(t) = text {
            fix(kind, id, field, t);
        }
    };

    if !only_changes {
        for area in &mut pack.areas {
            let id = area.id.clone();
            fix(Kind::ConcernArea, &id, "title", &mut area.title);
            opt(
                &mut fix,
                Kind::ConcernArea,
                &id,
                "summary",
                &mut area.summary,
            );
            for b in &mut area.benchmarks {
                let id = b.id.clone();
                fix(Kind::Benchmark, &id, "title", &mut b.title);
                opt(&mut fix, Kind::Benchmark, &id, "measure", &mut b.measure);
                for a in b
                    .trend
                    .iter_mut()
                    .chain(b.current.iter_mut())
                    .chain(b.previous.iter_mut())
                {
                    opt(&mut fix, Kind::Assessment, &id, "evidence", &mut a.evidence);
                }
            }
            for a in &mut area.asks {
                let id = a.id.clone();
                fix(Kind::Ask, &id, "text", &mut a.text);
            }
        }
        for a in &mut pack.top_asks {
            let id = a.id.clone();
            fix(Kind::Ask, &id, "text", &mut a.text);
        }
        for c in &mut pack.commitments {
            let id = c.id.clone();
            fix(Kind::Commitment, &id, "title", &mut c.title);
            opt(&mut fix, Kind::Commitment, &id, "quote", &mut c.quote);
            opt(&mut fix, Kind::Commitment, &id, "summary", &mut c.summary);
            opt(&mut fix, Kind::Commitment, &id, "made_by", &mut c.made_by);
            opt(
                &mut fix,
                Kind::Commitment,
                &id,
                "instrument",
                &mut c.instrument,
            );
        }
        for i in &mut pack.incidents {
            let id = i.id.clone();
            fix(Kind::Incident, &id, "title", &mut i.title);
            opt(&mut fix, Kind::Incident, &id, "location", &mut i.location);
            opt(&mut fix, Kind::Incident, &id, "summary", &mut i.summary);
            for p in &mut i.people {
                fix(Kind::Incident, &id, "people", p);
            }
        }
        for c in &mut pack.cases {
            let id = c.id.clone();
            opt(&mut fix, Kind::Case, &id, "role", &mut c.role);
            opt(
                &mut fix,
                Kind::Case,
                &id,
                "organisation",
                &mut c.organisation,
            );
            opt(&mut fix, Kind::Case, &id, "summary", &mut c.summary);
            for e in c
                .timeline
                .iter_mut()
                .chain(c.current.iter_mut())
                .chain(c.previous.iter_mut())
            {
                let eid = e.id.clone();
                opt(&mut fix, Kind::CaseEntry, &eid, "note", &mut e.note);
            }
            for a in &mut c.asks {
                let aid = a.id.clone();
                fix(Kind::Ask, &aid, "text", &mut a.text);
            }
        }
        for s in &mut pack.sources {
            let id = s.id.clone();
            fix(Kind::Source, &id, "title", &mut s.title);
            opt(&mut fix, Kind::Source, &id, "publisher", &mut s.publisher);
        }
        for o in &mut pack.outcomes {
            let id = o.id.clone();
            opt(
                &mut fix,
                Kind::RoundOutcome,
                &id,
                "statement_quote",
                &mut o.statement_quote,
            );
            opt(&mut fix, Kind::RoundOutcome, &id, "debrief", &mut o.debrief);
            for c in &mut o.commitments {
                fix(Kind::RoundOutcome, &id, "commitments", c);
            }
            for a in &mut o.asks {
                let aid = a.ask_id.clone();
                fix(Kind::Ask, &aid, "text", &mut a.text);
                opt(&mut fix, Kind::AskResult, &aid, "evidence", &mut a.evidence);
            }
        }
    }
    // The changes part repeats titles, some in the earlier pack's words.
    if let Some(changes) = &mut pack.changes {
        for (kind, list) in [
            (Kind::Incident, &mut changes.incidents),
            (Kind::Commitment, &mut changes.commitments),
            (Kind::Ask, &mut changes.asks),
        ] {
            let field = if kind == Kind::Ask { "text" } else { "title" };
            for item in list
                .added
                .iter_mut()
                .chain(list.updated.iter_mut())
                .chain(list.removed.iter_mut())
            {
                let id = item.id.clone();
                fix(kind, &id, field, &mut item.title);
                opt(&mut fix, kind, &id, field, &mut item.was);
            }
        }
        for b in &mut changes.benchmarks {
            let id = b.id.clone();
            fix(Kind::Benchmark, &id, "title", &mut b.title);
        }
    }
    pack.names_withheld = found
        .into_iter()
        .map(|(kind, id, field, case_id)| NameWithheld {
            kind,
            id,
            field,
            case_id,
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sensitivity;

    fn case(name: &str, other: &[&str], consent: Consent) -> Case {
        Case {
            id: format!("case-{name}"),
            name: name.into(),
            other_names: other.iter().map(|s| s.to_string()).collect(),
            role: None,
            organisation: None,
            summary: None,
            consent,
            sensitivity: Sensitivity::Public,
            concern_area_ids: vec![],
            benchmark_ids: vec![],
            incident_ids: vec![],
            ask_ids: vec![],
            source_ids: vec![],
            illustrative: None,
            language: None,
            translations: Default::default(),
            updated_at: None,
        }
    }

    #[test]
    fn names_are_withheld_in_any_spelling_and_declension_and_only_theirs() {
        let cases = vec![
            case(
                "Natalia Sokolova",
                &["Наталья Соколова"],
                Consent::Anonymised,
            ),
            case(
                "Igor Viniavskii",
                &["Игорь Виньявский", "Vinyavsky"],
                Consent::Internal,
            ),
            case("Vladimir Kozlov", &[], Consent::Named),
        ];
        let names = Names::new(&cases);
        let mut seen = HashMap::new();
        let mut w = |t: &str| {
            names
                .withhold(t, "[name withheld]", &mut seen)
                .map(|(s, _)| s)
        };
        assert_eq!(
            w("The lawyer Natalia Sokolova was sentenced.").as_deref(),
            Some("The lawyer [name withheld] was sentenced.")
        );
        assert_eq!(
            w("Приговор Наталье Соколовой смягчён").as_deref(),
            Some("Приговор [name withheld] смягчён")
        );
        assert_eq!(
            w("VINYAVSKY, editor; Виньявского освободили").as_deref(),
            Some("[name withheld], editor; [name withheld] освободили")
        );
        // A named person stays named; words that only look alike are left alone.
        assert_eq!(w("Vladimir Kozlov, Igorevich, Sokol"), None);
        let (_, named) = names
            .withhold("Sokolova and Viniavskii", "[…]", &mut HashMap::new())
            .unwrap();
        assert_eq!(named.len(), 2);
    }
}

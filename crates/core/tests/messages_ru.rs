//! The core's messages in Russian: with the language of messages set to Russian, the
//! library's errors, a record's problems and the readiness check's findings come out in
//! Russian, with none of the English message's words. In a test binary of its own,
//! because the language of messages is the process's: no English assertion can run
//! beside it.

mod common;

use common::*;
use roundbook_core::dates::Date;
use roundbook_core::i18n::{self, Language};
use roundbook_core::model::*;
use roundbook_core::pack::{self, Audience, FindingCode, Selection};
use roundbook_core::Library;

/// The words of `english` (three letters or more) that `russian` repeats, leaving out
/// the data both carry (ids, titles, field names), which are not translated.
fn english_left(english: &str, russian: &str, data: &[&str]) -> Vec<String> {
    let data: Vec<String> = data.iter().map(|d| d.to_lowercase()).collect();
    let russian = russian.to_lowercase();
    english
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !data.iter().any(|d| d.contains(w.as_str())))
        .filter(|w| w != "roundbook")
        .filter(|w| {
            russian
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|r| r == w)
        })
        .collect()
}

fn cyrillic(s: &str) -> bool {
    s.chars()
        .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
}

/// `make` in English, then in Russian.
fn both<T>(mut make: impl FnMut() -> T) -> (T, T) {
    i18n::set_messages(Language::En);
    let english = make();
    i18n::set_messages(Language::Ru);
    let russian = make();
    (english, russian)
}

fn assert_russian(english: &str, russian: &str, data: &[&str]) {
    assert!(cyrillic(russian), "not Russian: {russian}");
    let left = english_left(english, russian, data);
    assert!(
        left.is_empty(),
        "{russian:?} keeps English words {left:?} of {english:?}"
    );
}

fn check() {
    let mut lib = demo_library();

    // A record that is not there.
    let (en, ru) = both(|| {
        lib.get::<Incident>("no-such-incident")
            .unwrap_err()
            .to_string()
    });
    assert_eq!(en, r#"there is no incident with id "no-such-incident""#);
    assert_russian(&en, &ru, &["no-such-incident"]);
    assert!(ru.contains("инцидент"), "{ru}");
    assert!(ru.contains("«no-such-incident»"), "{ru}");

    // A record with problems: its first, and how many more.
    let mut incident = lib.list::<Incident>().unwrap()[0].clone();
    incident.id = "two words".into();
    incident.title = " ".into();
    incident.occurred_on = "2012-03-20".parse().unwrap();
    let (en, ru) = both(|| {
        lib.create(incident.clone(), ts("2013-03-01T09:00:00Z"))
            .unwrap_err()
            .to_string()
    });
    assert!(
        en.starts_with(r#"incident id: "two words" is not a valid id"#),
        "{en}"
    );
    assert!(en.ends_with("(and 1 more problem)"), "{en}");
    assert_russian(&en, &ru, &["two words", "id"]);
    assert!(ru.ends_with("(и ещё 1 проблема)"), "{ru}");

    // A record others still point at.
    let area = lib.list::<ConcernArea>().unwrap()[0].id.clone();
    let (en, ru) = both(|| lib.delete::<ConcernArea>(&area).unwrap_err().to_string());
    assert!(en.starts_with("cannot delete concern area"), "{en}");
    assert_russian(&en, &ru, &[&area]);

    // A round whose date has passed, and whatever else the check finds.
    let snapshot = lib.snapshot().unwrap();
    let selection = Selection {
        round_id: "round-eu-kz-2".into(),
        audience: Audience::External,
        ..Selection::default()
    };
    let p = pack::assemble(&snapshot, &selection, "", None).unwrap();
    let later: Date = "2100-01-01".parse().unwrap();
    let (en, ru) = both(|| pack::check(&p, later));
    assert!(
        ru.iter().any(|f| f.code == FindingCode::RoundPassed),
        "{ru:?}"
    );
    for (e, r) in en.iter().zip(&ru) {
        assert_eq!(e.code, r.code);
        assert_russian(&e.message, &r.message, &[&r.title, &r.id, &p.round.title]);
    }

    // A date typed as a person writes it (the app's date fields, a spreadsheet's cells).
    use roundbook_core::exchange::human_dates::read_typed;
    for typed in ["31.02.2012", "08.03.12", "05/06/2012", "2012-05 – 2012-03"] {
        let (en, ru) = both(|| read_typed(typed).unwrap_err());
        assert_russian(&en, &ru, &[typed]);
    }
    let (en, ru) = both(|| read_typed("05/06/2012").unwrap_err());
    assert_eq!(
        en,
        r#""05/06/2012" is ambiguous (6 May 2012 or 5 June 2012?); write it as YYYY-MM-DD"#
    );
    assert!(
        ru.contains("5 июня 2012 г.") && ru.contains("6 мая 2012 г."),
        "{ru}"
    );

    spreadsheet_import(&lib);
    reference_manager_import(&lib);
    merge_reasons(&lib);
    store_errors(&mut lib);
    pack_errors(&lib);
}

/// A spreadsheet's row problems, each named by its row and column, and a file refused
/// for a column it lacks.
fn spreadsheet_import(lib: &Library) {
    use roundbook_core::exchange::CsvOptions;
    let csv = b"title,date,verification,area\n,31.02.2012,maybe,Media\n";
    let (en, ru) = both(|| {
        lib.plan_csv_incidents(csv, &CsvOptions::default())
            .unwrap()
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
    });
    assert_eq!(en.len(), 4, "{en:?}");
    assert_eq!(
        en[0],
        "row 2, column title: is empty (every incident needs a title)"
    );
    // The words to write in a cell are read as they are, in every language.
    let data = [
        "title",
        "date",
        "verification",
        "area",
        "31.02.2012",
        "maybe",
        "Media",
        "confirmed",
        "credible",
        "unverified",
    ];
    for (e, r) in en.iter().zip(&ru) {
        assert_russian(e, r, &data);
        assert!(r.starts_with("строка 2, столбец "), "{r}");
    }
    assert!(ru[1].contains("«31.02.2012» — не дата"), "{ru:?}");
    assert!(ru[3].contains("нет проблемной области"), "{ru:?}");

    let (en, ru) = both(|| {
        lib.plan_csv_incidents(b"title\nX\n", &CsvOptions::default())
            .unwrap_err()
            .to_string()
    });
    assert_eq!(en, "no column holds the date (the columns are: title)");
    assert_russian(&en, &ru, &["title"]);
    assert!(ru.contains("«дата»"), "{ru}");
}

/// A reference manager's export: an item that is not one, and a date left out.
fn reference_manager_import(lib: &Library) {
    let bad = b"[1, {\"id\": \"x\", \"title\": \"X\"}, {\"id\": \"x\", \"title\": \"Y\"}]";
    let (en, ru) = both(|| lib.plan_csl_sources(bad).unwrap_err().to_string());
    assert_eq!(
        en,
        "nothing was imported: item 1: is not a CSL item (a JSON object) (and 1 more problem)"
    );
    assert_russian(&en, &ru, &["CSL", "JSON"]);
    assert!(ru.ends_with("(и ещё 1 проблема)"), "{ru}");

    let undated = b"[{\"id\": \"x\", \"title\": \"X\", \"issued\": {\"raw\": \"n.d.\"}}]";
    let (en, ru) = both(|| lib.plan_csl_sources(undated).unwrap().warnings[0].to_string());
    assert_eq!(
        en,
        r#"item 1 ("x"), issued: "n.d." is not a date; left out"#
    );
    assert_russian(&en, &ru, &["x", "issued", "n.d."]);
    assert!(ru.starts_with("запись 1 («x»), issued: «n.d.»"), "{ru}");
}

/// Why a merge inserts a record, and why it keeps this library's version.
fn merge_reasons(lib: &Library) {
    use roundbook_core::exchange::merge::MergeAction;
    let bundle = demo_bundle();
    let (en, ru) = both(|| {
        let empty = Library::open_in_memory().unwrap();
        empty.plan_bundle_import(&bundle).unwrap().items[0]
            .reason
            .clone()
    });
    assert_eq!(en, "new to this library");
    assert_russian(&en, &ru, &[]);

    // An incident edited here since the demo bundle came.
    let mut mine = demo_library();
    let mut incident = lib.list::<Incident>().unwrap()[0].clone();
    incident.summary = Some("Edited here.".into());
    mine.update(incident.clone(), ts("2100-01-01T00:00:00Z"))
        .unwrap();
    let (en, ru) = both(|| {
        let plan = mine.plan_bundle_import(&bundle).unwrap();
        let item = plan.items.iter().find(|i| i.id == incident.id).unwrap();
        assert_eq!(item.action, MergeAction::KeepMine);
        item.reason.clone()
    });
    assert!(
        en.starts_with("changed only in this library since the last exchange ("),
        "{en}"
    );
    let since = en[en.find('(').unwrap() + 1..en.find(')').unwrap()].to_string();
    assert_russian(&en, &ru, &[&since]);
    assert!(ru.contains(&since), "{ru}");
}

/// A setting refused, and a file that is no backup.
fn store_errors(lib: &mut Library) {
    let mut settings = lib.settings().unwrap();
    settings.lock_after_minutes = 5_000;
    let (en, ru) = both(|| lib.save_settings(&settings).unwrap_err().to_string());
    assert_eq!(
        en,
        "setting lock_after_minutes: is more than a day (at most 1440 minutes; 0 means never)"
    );
    assert_russian(&en, &ru, &["lock_after_minutes"]);
    assert!(ru.contains("больше суток"), "{ru}");

    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("lib.roundbook");
    drop(Library::open(&library, None).unwrap());
    let junk = dir.path().join("junk.roundbook");
    std::fs::write(&junk, "not a backup").unwrap();
    let (en, ru) = both(|| {
        roundbook_core::store::backup::restore(&library, &junk, None, ts("2026-11-21T10:00:00Z"))
            .unwrap_err()
            .to_string()
    });
    assert!(
        en.ends_with("is not a usable backup: it is not a Roundbook library"),
        "{en}"
    );
    let path = junk.display().to_string();
    assert_russian(&en, &ru, &[&path]);
    assert!(ru.ends_with("это не библиотека Roundbook"), "{ru}");
}

/// A pack asked for a round the library lacks.
fn pack_errors(lib: &Library) {
    let snapshot = lib.snapshot().unwrap();
    let selection = Selection {
        round_id: "no-such-round".into(),
        ..Selection::default()
    };
    let (en, ru) = both(|| {
        pack::assemble(&snapshot, &selection, "", None)
            .unwrap_err()
            .to_string()
    });
    assert_eq!(en, r#"there is no round with id "no-such-round""#);
    assert_russian(&en, &ru, &["no-such-round"]);
    assert_eq!(ru, "нет раунда с идентификатором «no-such-round»");
}

/// Sets the messages back to English when dropped, even when the test fails.
struct BackToEnglish;

impl Drop for BackToEnglish {
    fn drop(&mut self) {
        i18n::set_messages(Language::En);
    }
}

#[test]
fn the_cores_messages_speak_russian() {
    let _english = BackToEnglish;
    check();
}

//! The command line in Russian: with a Russian locale (`LANG=ru_RU.UTF-8`) the messages
//! Roundbook words itself — results, counts, refusals — are in Russian, with Russian
//! plural forms, while ids, paths and the BLOCKER/warning/note tags stay as they are.

mod common;

use std::path::PathBuf;

use common::*;

const RU: &[(&str, &str)] = &[("LANG", "ru_RU.UTF-8")];

/// The Russian form of a noun after the number `n`: 1 страница, 2 страницы, 5 страниц,
/// 11 страниц, 21 страница, 22 страницы.
fn ru_form<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// The counts in `line` ("26 страниц", "в 14 записях") of the noun whose forms are `one`,
/// `few` and `many`, each checked to be in the form its number needs. Returns the numbers.
fn counted(line: &str, [one, few, many]: [&str; 3]) -> Vec<usize> {
    let mut numbers = Vec::new();
    for part in line.split(['(', ')', ',', ':', ';']) {
        let words: Vec<&str> = part.split_whitespace().collect();
        for (i, word) in words.iter().enumerate() {
            let Ok(n) = word.parse::<usize>() else {
                continue;
            };
            let after = words[i + 1..].join(" ");
            let is = |form: &str| after == form || after.starts_with(&format!("{form} "));
            // The longest form first: "страниц" begins "страница".
            let mut forms = [one, few, many];
            forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
            if let Some(form) = forms.into_iter().find(|f| is(f)) {
                assert_eq!(form, ru_form(n, one, few, many), "{n} in {line:?}");
                numbers.push(n);
            }
        }
    }
    assert!(!numbers.is_empty(), "no count of {many:?} in {line:?}");
    numbers
}

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// `line` is Russian and has none of the English words.
fn russian(line: &str, english: &[&str]) {
    assert!(cyrillic(line), "not Russian: {line:?}");
    for word in english {
        assert!(!line.contains(word), "{word:?} in {line:?}");
    }
}

#[test]
fn the_plural_forms_the_checks_expect_are_russian() {
    let forms = ["страница", "страницы", "страниц"];
    for (n, form) in [
        (1, "страница"),
        (2, "страницы"),
        (4, "страницы"),
        (5, "страниц"),
        (11, "страниц"),
        (12, "страниц"),
        (14, "страниц"),
        (21, "страница"),
        (22, "страницы"),
        (25, "страниц"),
        (101, "страница"),
        (111, "страниц"),
    ] {
        assert_eq!(ru_form(n, forms[0], forms[1], forms[2]), form, "{n}");
    }
}

#[test]
fn the_command_line_speaks_russian_in_a_russian_locale() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.roundbook");
    let file = |name: &str| -> String { dir.path().join(name).to_string_lossy().into_owned() };

    // Before there is a library: a refusal in Russian (and in English when LC_ALL, which
    // comes first, says English).
    let missing = fails(&db, &["rounds"], RU, "нет библиотеки по пути");
    russian(&missing, &["no library", "create one"]);
    assert!(missing.contains("`roundbook init`"), "{missing}");
    let mixed = [("LANG", "ru_RU.UTF-8"), ("LC_ALL", "en_GB.UTF-8")];
    fails(&db, &["rounds"], &mixed, "no library at");

    let created = ok(&db, &["init", "--demo"], RU);
    russian(&created, &["created", "demo library", "records"]);
    counted(&created, ["запись", "записи", "записей"]);

    // The check: a summary in Russian, the findings' tags as they are.
    let check = ok(
        &db,
        &[
            "check",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
        ],
        RU,
    );
    let mut lines = check.lines();
    let summary = lines.next().unwrap();
    assert!(
        summary.starts_with("внешний пакет для round-eu-kz-3: "),
        "{summary}"
    );
    russian(summary, &["pack for", "blocker", "warning", "note"]);
    let findings: Vec<&str> = lines.collect();
    let tagged = |tag: &str| findings.iter().filter(|l| l.starts_with(tag)).count();
    let (blockers, warnings, notes) = (tagged("BLOCKER  "), tagged("warning  "), tagged("note  "));
    assert_eq!(blockers + warnings + notes, findings.len(), "{check}");
    assert!(
        blockers > 0,
        "the demo's external pack has blockers: {check}"
    );
    let said = |forms| counted(summary, forms);
    assert_eq!(
        said([
            "блокирующее замечание",
            "блокирующих замечания",
            "блокирующих замечаний"
        ]),
        [blockers]
    );
    assert_eq!(
        said(["предупреждение", "предупреждения", "предупреждений"]),
        [warnings]
    );
    assert_eq!(said(["заметка", "заметки", "заметок"]), [notes]);
    assert!(
        findings[0].starts_with("BLOCKER  round round-eu-kz-3 («"),
        "{check}"
    );

    // A pack: what was written, counted in Russian.
    let pdf = file("ru.pdf");
    let wrote = ok(
        &db,
        &["pack", "--round", "round-eu-kz-3", "--output", &pdf],
        RU,
    );
    let wrote = wrote.trim_end();
    assert!(wrote.starts_with(&format!("записан {pdf} (")), "{wrote}");
    russian(
        wrote,
        &["wrote", "pages", "audience", "concern areas", "incidents"],
    );
    let pages = counted(wrote, ["страница", "страницы", "страниц"]);
    assert!(pages[0] > 1, "{wrote}");
    counted(
        wrote,
        [
            "проблемная область",
            "проблемные области",
            "проблемных областей",
        ],
    );
    counted(wrote, ["инцидент", "инцидента", "инцидентов"]);
    counted(wrote, ["источник", "источника", "источников"]);
    assert!(PathBuf::from(&pdf).exists());

    // --strict refuses it, and says why in Russian on the last line.
    let strict = run(
        &db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--audience",
            "external",
            "--output",
            &file("strict.pdf"),
            "--strict",
        ],
        RU,
    );
    assert_eq!(strict.code, 1, "{strict:?}");
    let last = strict.stderr.lines().last().unwrap();
    assert!(
        last.starts_with("roundbook: пакет не записан: проверка готовности нашла "),
        "{last}"
    );
    russian(last, &["was not written", "blocker", "listed above"]);
    let refused = counted(
        last,
        [
            "блокирующее замечание",
            "блокирующих замечания",
            "блокирующих замечаний",
        ],
    );
    assert_eq!(refused, [blockers]);

    // An export to the older format: what it leaves out, "в 1 записи", "в 14 записях".
    let exported = ok(
        &db,
        &["export", &file("v1.json"), "--format-version", "1"],
        RU,
    );
    let mut lines = exported.lines();
    let first = lines.next().unwrap();
    russian(first, &["exported", "records", "bundle version"]);
    assert!(
        first.ends_with("(версия формата файла обмена: 1)"),
        "{first}"
    );
    counted(first, ["запись", "записи", "записей"]);
    let (left_out, rest): (Vec<&str>, Vec<&str>) = lines.partition(|l| l.starts_with("  "));
    assert!(!left_out.is_empty(), "{exported}");
    // The restricted records that stayed behind, counted in Russian.
    assert_eq!(rest.len(), 1, "{exported}");
    russian(rest[0], &["restricted record", "stayed behind"]);
    counted(rest[0], ["запись", "записи", "записей"]);
    for line in left_out {
        russian(line, &["left out", "cannot carry", " of "]);
        // After «в» the forms are prepositional: в 1 записи, в 2 записях, в 5 записях.
        counted(line, ["записи", "записях", "записях"]);
    }

    // A --lang Roundbook does not speak: clap's usage error, with our reason in Russian.
    let usage = run(
        &db,
        &[
            "pack",
            "--round",
            "round-eu-kz-3",
            "--output",
            &file("fr.pdf"),
            "--lang",
            "fr",
        ],
        RU,
    );
    assert_eq!(usage.code, 2, "{usage:?}");
    assert!(
        usage
            .stderr
            .contains("язык «fr» не поддерживается: поддерживаются en, ru"),
        "{usage:?}"
    );
}

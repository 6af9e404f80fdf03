//! The message catalogue (`i18n/<language>/*.ftl`): every language has every message,
//! the files parse, and every `t!`/`m!` in the Rust sources names a message that exists
//! and passes every variable the message uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use roundbook_core::i18n::Language;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Each message (and term) of a language's files, with the variables its value and
/// attributes use.
fn catalogue(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
    let dir = repo().join("i18n").join(lang.tag());
    let mut messages = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no message files in {}", dir.display());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{} does not parse: {errors:?}", file.display()),
        };
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                ast::Entry::Junk { content } => {
                    panic!("{}: cannot read {content:?}", file.display())
                }
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &value {
                pattern_vars(p, &mut vars);
            }
            for a in &attributes {
                pattern_vars(&a.value, &mut vars);
            }
            let previous = messages.insert(id.clone(), vars);
            assert!(
                previous.is_none(),
                "{id} is defined twice in {}",
                lang.tag()
            );
        }
    }
    messages
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalogue(Language::En);
    assert!(english.len() > 100, "the English catalogue is nearly empty");
    for lang in Language::ALL {
        let other = catalogue(lang);
        let mine: BTreeSet<_> = english.keys().collect();
        let theirs: BTreeSet<_> = other.keys().collect();
        let missing: Vec<_> = mine.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&mine).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.tag()
        );
        for (id, vars) in &other {
            // A translation may leave a variable out (Russian plural "one" says "1"
            // as a word), but never use one the callers do not pass.
            let unknown: Vec<_> = vars.difference(&english[id]).collect();
            assert!(
                unknown.is_empty(),
                "{}: {id} uses {unknown:?}, which the English message does not",
                lang.tag()
            );
        }
    }
}

/// A `t!(lang, "id", a = …, b = …)` or `m!("id", a = …)` call in the sources.
#[derive(Debug)]
struct Call {
    at: String,
    id: String,
    names: BTreeSet<String>,
}

fn calls_in(dir: &Path, out: &mut Vec<Call>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            calls_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (start, macro_name) in text
                .match_indices("t!(")
                .chain(text.match_indices("m!("))
                .map(|(i, m)| (i, m.to_string()))
            {
                // Whole identifiers only (`format!(` ends in "t!(").
                let before = text[..start].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                if text[line_start..start].trim_start().starts_with("//") {
                    continue; // documentation
                }
                let body = balanced(&text[start + 3..]);
                if body.contains("$id") {
                    continue; // the macro's own definition
                }
                let line = text[..start].lines().count();
                let at = format!("{}:{line}", path.display());
                let Some(id) = body.split('"').nth(1) else {
                    panic!("{at}: {macro_name} without a literal message id");
                };
                let names = named_args(&body);
                out.push(Call {
                    at,
                    id: id.to_string(),
                    names,
                });
            }
        }
    }
}

/// The text up to the parenthesis that closes the call.
fn balanced(s: &str) -> String {
    let mut depth = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return s[..i].to_string();
                }
            }
            _ => {}
        }
    }
    s.to_string()
}

/// The `name = value` arguments at the call's top level.
fn named_args(body: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut current = String::new();
    let mut parts = Vec::new();
    for c in body.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            current.push(c);
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    for part in parts {
        let part = part.trim();
        if let Some((name, rest)) = part.split_once('=') {
            let name = name.trim();
            if !rest.starts_with('=')
                && !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                names.insert(name.to_string());
            }
        }
    }
    names
}

#[test]
fn every_call_names_a_message_and_passes_its_variables() {
    let mut calls = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        calls_in(&repo().join(dir), &mut calls);
    }
    assert!(calls.len() > 50, "found only {} calls", calls.len());
    for lang in Language::ALL {
        let messages = catalogue(lang);
        for call in &calls {
            let Some(vars) = messages.get(&call.id) else {
                panic!("{}: no message {:?} in {}", call.at, call.id, lang.tag());
            };
            let missing: Vec<_> = vars.difference(&call.names).collect();
            assert!(
                missing.is_empty(),
                "{}: {} uses {missing:?}, which the call does not pass",
                call.at,
                call.id
            );
        }
    }
}

#[test]
fn a_message_formats_with_plural_forms_in_russian() {
    use roundbook_core::t;
    let few = t!(Language::Ru, "count-incidents", count = 2usize);
    let many = t!(Language::Ru, "count-incidents", count = 5usize);
    let one = t!(Language::Ru, "count-incidents", count = 1usize);
    let eleven = t!(Language::Ru, "count-incidents", count = 11usize);
    assert_eq!(one, "1 инцидент");
    assert_eq!(few, "2 инцидента");
    assert_eq!(many, "5 инцидентов");
    assert_eq!(eleven, "11 инцидентов");
    assert_eq!(
        t!(Language::En, "count-incidents", count = 1usize),
        "1 incident"
    );
    assert_eq!(
        t!(Language::En, "count-incidents", count = 2usize),
        "2 incidents"
    );
}

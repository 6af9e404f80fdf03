//! Quotation marks as a typesetter sets them: curly, balanced, the inner form inside a
//! quotation. Applied to every text a pack prints, so a straight `"` typed in a form, a
//! spreadsheet or a colleague's bundle never reaches an official's page.

/// The opening and closing marks of a quotation, and of a quotation inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marks {
    pub open: char,
    pub close: char,
    pub inner_open: char,
    pub inner_close: char,
}

/// English marks: “outer ‘inner’ outer”.
pub const ENGLISH: Marks = Marks {
    open: '“',
    close: '”',
    inner_open: '‘',
    inner_close: '’',
};

/// Russian marks: «outer „inner“ outer».
pub const RUSSIAN: Marks = Marks {
    open: '«',
    close: '»',
    inner_open: '„',
    inner_close: '“',
};

/// The marks a language quotes with.
pub fn marks(lang: crate::i18n::Language) -> Marks {
    match lang {
        crate::i18n::Language::En => ENGLISH,
        crate::i18n::Language::Ru => RUSSIAN,
    }
}

/// `text` as a quotation: in the outer marks, with any quotation inside it (in straight
/// or curly double quotes) in the inner marks. Marks the text already starts and ends
/// with are not doubled.
pub fn quoted(text: &str, marks: Marks) -> String {
    let t = text.trim();
    let t = t
        .strip_prefix(['"', '“', '«'])
        .and_then(|x| x.strip_suffix(['"', '”', '»']))
        .unwrap_or(t);
    let mut out = String::with_capacity(t.len() + 8);
    out.push(marks.open);
    out.push_str(&nested(t, marks, 1));
    out.push(marks.close);
    out
}

/// Whether `text` holds a quotation mark or apostrophe that [`curly`] may change.
pub fn has_quotes(text: &str) -> bool {
    // A first pass over the bytes (vector work in `memchr`): the curly and angle marks
    // all start with 0xC2 or 0xE2 in UTF-8, which most Cyrillic text never holds.
    let bytes = text.as_bytes();
    (memchr::memchr3(b'"', b'\'', 0xE2, bytes).is_some() || memchr::memchr(0xC2, bytes).is_some())
        && text.contains(['"', '\'', '“', '”', '«', '»', '„'])
}

/// `text` with its double quotation marks set as the language sets them — straight
/// ones made curly, a quotation inside a quotation in the inner marks (“a ‘b’ c”,
/// «a „b“ c») — and apostrophes between letters made typographic (Kazakhstan’s).
/// Marks already right are left as they are, so applying it twice changes nothing.
pub fn curly(text: &str, marks: Marks) -> String {
    if !has_quotes(text) {
        return text.to_string();
    }
    let text = nested(text, marks, 0);
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            // Letters are looked at only around an apostrophe (a lookup for each
            // character of Cyrillic text costs more than the rest of this pass).
            let between_letters = || {
                i > 0
                    && chars[i - 1].is_alphanumeric()
                    && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            };
            if c == '\'' && between_letters() {
                '’'
            } else {
                c
            }
        })
        .collect()
}

/// Sets the double quotation marks of `text`, which stands `depth` quotations deep:
/// each mark opens or closes a quotation (a straight one opens after a space, an opening
/// bracket or dash or another opening mark, or when none is open; else it closes), and
/// is set in the outer marks at the first level, in the inner marks below it.
fn nested(text: &str, marks: Marks, depth: usize) -> String {
    // What opened each quotation still open (to tell the Russian inner closing “ from
    // an English opening “).
    let mut open: Vec<char> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let opening = match c {
            '"' => {
                open.is_empty()
                    || prev.is_none_or(|p| p.is_whitespace() || "([{—–-/“«„‘".contains(p))
            }
            '“' => open.last() != Some(&'„'),
            '«' | '„' => true,
            '”' | '»' => false,
            _ => {
                out.push(c);
                prev = Some(c);
                continue;
            }
        };
        let mark = if opening {
            let mark = if depth + open.len() == 0 {
                marks.open
            } else {
                marks.inner_open
            };
            open.push(c);
            mark
        } else {
            open.pop();
            if depth + open.len() == 0 {
                marks.close
            } else {
                marks.inner_close
            }
        };
        out.push(mark);
        prev = Some(mark);
    }
    out
}

/// Whether the double quotation marks of `text` pair up (straight ones counted in pairs,
/// curly ones opening and closing in turn).
pub fn balanced(text: &str) -> bool {
    let straight = text.chars().filter(|&c| c == '"').count();
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '“' | '«' => depth += 1,
            '”' | '»' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    straight % 2 == 0 && depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_is_set_in_outer_marks_with_inner_quotes_inside() {
        assert_eq!(
            quoted("continuing to make \"steady\" progress", ENGLISH),
            "“continuing to make ‘steady’ progress”"
        );
        assert_eq!(quoted("\"if need be\"", ENGLISH), "“if need be”");
        assert_eq!(quoted("  plain words ", ENGLISH), "“plain words”");
    }

    #[test]
    fn straight_marks_become_curly_pairs_and_apostrophes_typographic() {
        assert_eq!(
            curly(
                "Continue \"steady\" progress in \"close cooperation\"",
                ENGLISH
            ),
            "Continue “steady” progress in “close cooperation”"
        );
        assert_eq!(curly("Kazakhstan's plan", ENGLISH), "Kazakhstan’s plan");
        assert_eq!(curly("no quotes", ENGLISH), "no quotes");
    }

    #[test]
    fn a_quotation_inside_a_quotation_takes_the_inner_marks() {
        let text = "He said \"the so-called \"opposition\" is banned\" on Monday";
        assert_eq!(
            curly(text, ENGLISH),
            "He said “the so-called ‘opposition’ is banned” on Monday"
        );
        assert_eq!(
            curly(text, RUSSIAN),
            "He said «the so-called „opposition“ is banned» on Monday"
        );
        assert_eq!(quoted("to \"ensure\" it", RUSSIAN), "«to „ensure“ it»");
        // Marks already set stay as they are.
        for (text, marks) in [("«a „b“ c»", RUSSIAN), ("“a ‘b’ c”", ENGLISH)] {
            assert_eq!(curly(text, marks), text);
            assert_eq!(quoted(text, marks), text);
            assert_eq!(
                curly(&format!("{text} and {text}"), marks),
                format!("{text} and {text}")
            );
        }
        // English curly marks in a Russian pack become Russian ones.
        assert_eq!(curly("a “b” c", RUSSIAN), "a «b» c");
    }

    #[test]
    fn a_mark_is_found_wherever_it_stands_in_a_long_text() {
        let base: Vec<char> = "Жаңаөзен үкім protest sentence of the court, "
            .repeat(3)
            .chars()
            .collect();
        for mark in ['"', '\'', '“', '”', '«', '»', '„'] {
            for at in 0..=base.len() {
                let mut text = base.clone();
                text.insert(at, mark);
                let text: String = text.into_iter().collect();
                assert!(has_quotes(&text), "{mark} at {at}");
            }
        }
        // Other characters of the same lead bytes are not marks.
        let others: String = base.iter().collect::<String>() + "— … № ©";
        assert!(!has_quotes(&others));
    }

    #[test]
    fn balance_is_checked() {
        assert!(balanced("a “b” c \"d\""));
        assert!(!balanced("a “b c"));
        assert!(!balanced("a \"b c"));
        assert!(!balanced("a ”b“"));
    }
}

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

/// `text` as a quotation: in the outer marks, with any quotation inside it (straight or
/// curly double quotes) in the inner marks. Marks the text already starts and ends with
/// are not doubled.
pub fn quoted(text: &str, marks: Marks) -> String {
    let t = text.trim();
    let t = t
        .strip_prefix(['"', '“', '«'])
        .and_then(|x| x.strip_suffix(['"', '”', '»']))
        .unwrap_or(t);
    format!(
        "{}{}{}",
        marks.open,
        pairs(t, marks.inner_open, marks.inner_close, &['"', '“', '”']),
        marks.close
    )
}

/// `text` with straight double quotes made curly, in pairs, and apostrophes between
/// letters made typographic (Kazakhstan’s).
pub fn curly(text: &str, marks: Marks) -> String {
    if !text.contains(['"', '\'']) {
        return text.to_string();
    }
    let text = pairs(text, marks.open, marks.close, &['"']);
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_letters = i > 0
                && chars[i - 1].is_alphanumeric()
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if c == '\'' && between_letters {
                '’'
            } else {
                c
            }
        })
        .collect()
}

/// Replaces each of `quotes` in `text` by `open` and `close` in turn (a curly mark keeps
/// its own direction).
fn pairs(text: &str, open: char, close: char, quotes: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        if quotes.contains(&c) {
            // A curly mark says which it is; a straight one alternates.
            let opening = match c {
                '“' => true,
                '”' => false,
                _ => !inside,
            };
            out.push(if opening { open } else { close });
            inside = opening;
        } else {
            out.push(c);
        }
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
    fn balance_is_checked() {
        assert!(balanced("a “b” c \"d\""));
        assert!(!balanced("a “b c"));
        assert!(!balanced("a \"b c"));
        assert!(!balanced("a ”b“"));
    }
}

//! Full-text search: how text is folded for matching, how a user's query becomes a safe
//! FTS5 query, and how a readable snippet is cut from the original text.
//!
//! Matching is case-, diacritic- and Kazakh-letter-insensitive: `алматы` finds `Алматы`,
//! `zhanaozen` finds `Zhanaozen`, `жанаозен` finds `Жаңаөзен`, `sokolová` finds `Sokolova`.
//! Every word the user types is searched literally (FTS5 syntax such as `"`, `*`, `NEAR(`,
//! `-` or `AND` has no effect) and as a prefix, so `алмат` finds `Алматы` too.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds text for matching: lower case, no combining marks, Kazakh-specific Cyrillic
/// letters mapped to the Russian letters they are usually transliterated by.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase).nfd() {
        if is_combining_mark(c) {
            continue;
        }
        out.push(match c {
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'і' => 'и',
            'ß' => 's',
            'ı' => 'i',
            _ => c,
        });
    }
    out
}

/// The words of a text as the index sees them (after folding): runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Turns what a user typed into an FTS5 query that matches records containing every word
/// (each as a prefix). Returns `None` when nothing searchable is left.
pub fn fts_query(user_query: &str) -> Option<String> {
    let folded = fold(user_query);
    let terms: Vec<String> = words(&folded).map(|w| format!("\"{w}\"*")).collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" "))
    }
}

/// A short excerpt of `text` around the first word that matches one of the query's words,
/// or the beginning of the text when none does.
pub fn snippet(text: &str, user_query: &str, max_chars: usize) -> String {
    let folded_query = fold(user_query);
    let terms: Vec<&str> = words(&folded_query).collect();
    // Byte offsets of words in the original text.
    let mut start_char = 0usize;
    let mut word_start: Option<(usize, usize)> = None; // (byte, char)
    let mut found = None;
    let ends_with_space = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (char_index, (byte, c)) in ends_with_space.enumerate() {
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some((byte, char_index));
            }
        } else if let Some((b, ci)) = word_start.take() {
            let word = fold(&text[b..byte]);
            if terms.iter().any(|t| word.starts_with(t)) {
                found = Some(ci);
                break;
            }
        }
    }
    if let Some(ci) = found {
        start_char = ci.saturating_sub(max_chars / 3);
    }
    let total = text.chars().count();
    let chars: Vec<char> = text.chars().collect();
    let end_char = (start_char + max_chars).min(total);
    let window: String = chars[start_char..end_char].iter().collect();
    let mut words: Vec<&str> = window.split_whitespace().collect();
    // Whole words only: a word the window's edges cut through is left out, unless it is
    // all there is.
    let cuts = |a: Option<&char>, b: Option<&char>| {
        a.is_some_and(|c| !c.is_whitespace()) && b.is_some_and(|c| !c.is_whitespace())
    };
    if start_char > 0 && words.len() > 1 && cuts(chars.get(start_char - 1), chars.get(start_char)) {
        words.remove(0);
    }
    if end_char < total && words.len() > 1 && cuts(chars.get(end_char - 1), chars.get(end_char)) {
        words.pop();
    }
    let mut out = words.join(" ");
    if start_char > 0 {
        out.insert(0, '…');
    }
    if start_char + max_chars < total {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_diacritics_and_kazakh_letters() {
        assert_eq!(fold("Алматы"), "алматы");
        assert_eq!(fold("Жаңаөзен"), fold("жанаозен"));
        assert_eq!(fold("ӘҒҚҢӨҰҮҺІ"), "агкноуухи");
        assert_eq!(fold("Sokolová Ёлка"), "sokolova елка");
        assert_eq!(fold("Viniavskii"), "viniavskii");
    }

    #[test]
    fn queries_are_literal() {
        assert_eq!(fts_query("Алматы"), Some("\"алматы\"*".into()));
        assert_eq!(
            fts_query("\"drop* NEAR( -x AND"),
            Some("\"drop\"* \"near\"* \"x\"* \"and\"*".into())
        );
        assert_eq!(fts_query("  \"* - ( "), None);
        assert_eq!(fts_query(""), None);
    }

    #[test]
    fn snippets_centre_on_the_match() {
        let text = "Protests were held in Almaty (Алматы) on 28 January 2012 against the results of the elections.";
        let s = snippet(text, "алматы", 40);
        assert!(s.contains("Алматы"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        // Words cut by the window's edges are left out.
        let inner = s.trim_matches('…');
        for word in inner.split(' ') {
            assert!(text.split(' ').any(|w| w == word), "{word:?} of {s}");
        }
        assert_eq!(snippet("short text", "nothing", 40), "short text");
    }
}

//! Measuring text and breaking it into lines.
//!
//! Text arrives as styled runs. Every character is given a glyph (from its style's
//! face or the fallback face) and an advance width from the font metrics; lines are
//! then filled greedily (ragged right), breaking at spaces, after hyphens between
//! letters (not inside URLs) and after dashes. A word longer than a whole line (a
//! long URL, say) is broken inside, filling the current line: at URL positions
//! (after `//` or `:`, before `/ . - _ ? # % ~ ,`, around `= &`) when that leaves a
//! reasonable piece, otherwise between any two characters. No line is ever wider
//! than asked (unless the column is narrower than a single character).

use std::borrow::Cow;

use crate::error::TypesetError;
use crate::fonts::{Face, Fonts};
use crate::structure::ElemId;
use crate::theme::Rgb;

/// Index of a link in the document's link table.
pub(crate) type LinkId = u32;

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    /// The face asked for (a fragment may end up in the fallback face).
    pub face: Face,
    pub size: f32,
    pub color: Rgb,
    /// Baseline shift upwards, for superscripts.
    pub rise: f32,
    /// Extra space after every character.
    pub tracking: f32,
    pub link: Option<LinkId>,
    /// The structure element the text belongs to when it is not its block's own
    /// (a link, a passage in another language).
    pub tag: Option<ElemId>,
}

impl TextStyle {
    pub(crate) fn new(face: Face, size: f32, color: Rgb) -> TextStyle {
        TextStyle {
            face,
            size,
            color,
            rise: 0.0,
            tracking: 0.0,
            link: None,
            tag: None,
        }
    }
}

/// A run of text in one style.
#[derive(Debug, Clone)]
pub(crate) struct Run<'a> {
    pub text: Cow<'a, str>,
    pub style: TextStyle,
}

impl<'a> Run<'a> {
    pub(crate) fn new(text: impl Into<Cow<'a, str>>, style: TextStyle) -> Run<'a> {
        Run {
            text: text.into(),
            style,
        }
    }
}

/// A piece of a line drawn in one face and style.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Frag {
    /// Offset from the start of the line.
    pub x: f32,
    pub width: f32,
    pub text: String,
    /// The face that actually has the glyphs.
    pub face: Face,
    pub style: TextStyle,
}

/// One line of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub frags: Vec<Frag>,
    pub width: f32,
}

impl Line {
    /// The text of the line (for tests and diagnostics).
    #[cfg(test)]
    pub(crate) fn text(&self) -> String {
        self.frags.iter().map(|f| f.text.as_str()).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Normal,
    /// A space: a break opportunity, dropped at line ends.
    Space,
    /// A forced line break.
    Newline,
    /// A zero-width break opportunity (U+200B), not drawn.
    ZeroWidthBreak,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    ch: char,
    run: u32,
    face: Face,
    advance: f32,
    kind: Kind,
}

/// Shortens `text` for an error message.
fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

/// Turns runs into measured items, failing on a character no font can draw.
fn items(fonts: &Fonts, runs: &[Run]) -> Result<Vec<Item>, TypesetError> {
    let mut out = Vec::with_capacity(runs.iter().map(|r| r.text.len()).sum());
    for (ri, run) in runs.iter().enumerate() {
        let st = &run.style;
        for ch in run.text.chars() {
            let (ch, kind) = match ch {
                '\n' => (ch, Kind::Newline),
                '\t' | ' ' => (' ', Kind::Space),
                '\u{200B}' => (ch, Kind::ZeroWidthBreak),
                // Soft hyphens and other invisible controls are not drawn.
                '\u{AD}' | '\u{FEFF}' | '\u{200C}' | '\u{200D}' => continue,
                c if c.is_control() => continue,
                c => (c, Kind::Normal),
            };
            if kind == Kind::Newline || kind == Kind::ZeroWidthBreak {
                out.push(Item {
                    ch,
                    run: ri as u32,
                    face: st.face,
                    advance: 0.0,
                    kind,
                });
                continue;
            }
            let glyph = fonts
                .glyph(st.face, ch)
                .ok_or_else(|| TypesetError::MissingGlyph {
                    ch,
                    text: excerpt(&run.text),
                })?;
            out.push(Item {
                ch,
                run: ri as u32,
                face: glyph.face,
                advance: f32::from(glyph.advance) * st.size / 1000.0 + st.tracking,
                kind,
            });
        }
    }
    Ok(out)
}

/// Breaks `runs` into lines no wider than `max_width`.
pub(crate) fn break_lines(
    fonts: &Fonts,
    runs: &[Run],
    max_width: f32,
) -> Result<Vec<Line>, TypesetError> {
    let items = items(fonts, runs)?;
    let url_like = url_like_words(&items);
    let n = items.len();
    let mut lines = Vec::new();
    let mut start = 0;
    // A tolerance for rounding, far below anything visible.
    let limit = max_width + 0.01;
    while start < n {
        while start < n && items[start].kind == Kind::Space {
            start += 1;
        }
        if start >= n {
            break;
        }
        let mut width = 0.0f32;
        let mut i = start;
        // (end of this line, start of the next line)
        let mut last_break: Option<(usize, usize)> = None;
        let (end, next) = loop {
            let Some(item) = items.get(i) else {
                break (n, n);
            };
            match item.kind {
                Kind::Newline => break (i, i + 1),
                Kind::Space => {
                    last_break = Some((i, i + 1));
                    width += item.advance;
                    i += 1;
                    continue;
                }
                Kind::ZeroWidthBreak => {
                    last_break = Some((i, i + 1));
                    i += 1;
                    continue;
                }
                Kind::Normal => {}
            }
            if width + item.advance > limit && i > start {
                break overflow_break(&items, start, i, last_break, max_width);
            }
            width += item.advance;
            if breaks_after(&items, &url_like, i) {
                last_break = Some((i + 1, i + 1));
            }
            i += 1;
        };
        let mut end = end;
        while end > start && items[end - 1].kind == Kind::Space {
            end -= 1;
        }
        lines.push(build_line(&items[start..end], runs));
        start = next;
    }
    Ok(lines)
}

/// Marks the items of words that look like URLs or paths (they contain `/` or `@`
/// or start with `www.`): such words are not broken at hyphens in normal filling.
fn url_like_words(items: &[Item]) -> Vec<bool> {
    let mut flags = vec![false; items.len()];
    let mut w = 0;
    while w < items.len() {
        let end = items[w..]
            .iter()
            .position(|it| it.kind != Kind::Normal)
            .map_or(items.len(), |p| w + p);
        let word = &items[w..end];
        let www = word.len() > 4 && word[..4].iter().map(|it| it.ch).eq("www.".chars());
        if www || word.iter().any(|it| it.ch == '/' || it.ch == '@') {
            flags[w..end].iter_mut().for_each(|f| *f = true);
        }
        w = end + 1;
    }
    flags
}

/// Whether a line may end after `items[i]` in normal filling: after a hyphen
/// between letters (not in URL-like words) and after an en or em dash inside a word.
fn breaks_after(items: &[Item], url_like: &[bool], i: usize) -> bool {
    let ch = items[i].ch;
    let prev = i.checked_sub(1).and_then(|p| items.get(p));
    let next = items.get(i + 1);
    let letter = |it: Option<&Item>| it.is_some_and(|it| it.ch.is_alphabetic());
    match ch {
        '-' | '\u{2010}' => {
            letter(prev) && letter(next) && !url_like.get(i).copied().unwrap_or(false)
        }
        '\u{2013}' | '\u{2014}' => {
            prev.is_some_and(|p| p.kind == Kind::Normal)
                && next.is_some_and(|n| n.kind == Kind::Normal)
        }
        _ => false,
    }
}

/// Whether a word may be broken right before `items[p]` when it does not fit on a
/// line (rules for URLs after the Chicago Manual of Style: after `//` or `:`, before
/// `/ ~ . , - _ ? # %`, before or after `= &`; never inside `//`).
fn url_break_before(items: &[Item], p: usize) -> bool {
    let (Some(prev), Some(cur)) = (p.checked_sub(1).and_then(|q| items.get(q)), items.get(p))
    else {
        return false;
    };
    if prev.kind != Kind::Normal || cur.kind != Kind::Normal {
        return false;
    }
    let before_prev = p.checked_sub(2).and_then(|q| items.get(q)).map(|it| it.ch);
    match (prev.ch, cur.ch) {
        // Never split "//" or "://".
        ('/', '/') | (':', '/') => false,
        ('/', _) if before_prev == Some('/') => true,
        (':', _) => true,
        ('=' | '&', _) | (_, '=' | '&') => true,
        (_, '/' | '~' | '.' | ',' | '-' | '_' | '?' | '#' | '%') => true,
        _ => false,
    }
}

/// Where to end a line when `items[overflow]` does not fit on the line that starts
/// at `start`. Returns (end of this line, start of the next).
///
/// Normally that is the last break opportunity. But a word too long for any line
/// (a URL, typically) is broken inside instead, filling the current line if at least
/// a fifth of it is still free; inside the word the URL rules are preferred if they
/// leave the line at least a third full, else it is cut between two characters.
fn overflow_break(
    items: &[Item],
    start: usize,
    overflow: usize,
    last_break: Option<(usize, usize)>,
    max_width: f32,
) -> (usize, usize) {
    let width_between =
        |a: usize, b: usize| -> f32 { items[a..b].iter().map(|it| it.advance).sum() };
    let word_start = last_break.map_or(start, |(_, next)| next);
    if let Some(b) = last_break {
        let word_end = items[word_start..]
            .iter()
            .position(|it| it.kind != Kind::Normal)
            .map_or(items.len(), |p| word_start + p);
        let word_fits_a_line = width_between(word_start, word_end) <= max_width;
        let free = max_width - width_between(start, word_start);
        if word_fits_a_line || free < max_width / 5.0 {
            return b;
        }
        // Break the long word on this line, at a URL position if there is one that
        // leaves a reasonable piece here; else between characters.
        let piece = (word_start + 1..=overflow)
            .rev()
            .find(|&p| url_break_before(items, p))
            .unwrap_or(overflow);
        if width_between(word_start, piece) < max_width / 4.0 {
            return b;
        }
        return (piece, piece);
    }
    // The word starts the line: cut it, preferably at a URL position.
    let min_fill = max_width / 3.0;
    let cut = (start + 1..=overflow)
        .rev()
        .find(|&p| url_break_before(items, p) && width_between(start, p) >= min_fill)
        .unwrap_or(overflow);
    (cut.max(start + 1), cut.max(start + 1))
}

/// Groups the items of one line into fragments of one face and run.
fn build_line(items: &[Item], runs: &[Run]) -> Line {
    let mut frags: Vec<Frag> = Vec::new();
    let mut x = 0.0;
    let mut current: Option<(u32, Face)> = None;
    for (done, item) in items.iter().enumerate() {
        if item.kind == Kind::ZeroWidthBreak || item.kind == Kind::Newline {
            continue;
        }
        let key = (item.run, item.face);
        match frags.last_mut() {
            Some(frag) if current == Some(key) => {
                frag.text.push(item.ch);
                frag.width += item.advance;
            }
            _ => {
                let style = runs
                    .get(item.run as usize)
                    .map(|r| r.style)
                    .unwrap_or_else(|| TextStyle::new(item.face, 10.0, crate::theme::INK));
                // Room for the rest of the line at once rather than growing the text
                // character by character (most of a line is one fragment).
                let mut text = String::with_capacity(4 * (items.len() - done).min(64));
                text.push(item.ch);
                frags.push(Frag {
                    x,
                    width: item.advance,
                    text,
                    face: item.face,
                    style,
                });
                current = Some(key);
            }
        }
        x += item.advance;
    }
    Line { frags, width: x }
}

/// Lays out `runs` on one line, however wide.
pub(crate) fn single_line(fonts: &Fonts, runs: &[Run]) -> Result<Line, TypesetError> {
    let items = items(fonts, runs)?;
    let items: Vec<Item> = items
        .into_iter()
        .map(|mut it| {
            if it.kind == Kind::Newline {
                it.kind = Kind::Space;
                it.ch = ' ';
            }
            it
        })
        .collect();
    Ok(build_line(&items, runs))
}

/// Lays out `text` on one line no wider than `max_width`, cutting it and adding an
/// ellipsis if needed (for running headers and footers).
pub(crate) fn fitted_line(
    fonts: &Fonts,
    text: &str,
    style: TextStyle,
    max_width: f32,
) -> Result<Line, TypesetError> {
    let full = single_line(fonts, &[Run::new(text, style)])?;
    if full.width <= max_width + 0.01 {
        return Ok(full);
    }
    let ellipsis = fonts.width(style.face, style.size, "…");
    let mut kept = String::new();
    let mut width = 0.0;
    for ch in text.chars() {
        let w = fonts.width(style.face, style.size, ch.encode_utf8(&mut [0; 4])) + style.tracking;
        if width + w + ellipsis > max_width {
            break;
        }
        width += w;
        kept.push(ch);
    }
    let kept = kept.trim_end().to_string() + "…";
    single_line(fonts, &[Run::new(kept, style)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::fonts;
    use crate::theme::INK;

    fn style() -> TextStyle {
        TextStyle::new(Face::SerifRegular, 10.0, INK)
    }

    #[test]
    fn lines_never_exceed_the_width() {
        let fonts = fonts().unwrap();
        let text = "The EU should make progress on the Partnership and Cooperation \
                    Agreement conditional on https://www.example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all?query=1&other=2 \
                    and Supercalifragilisticexpialidociousunbreakablewordthatgoesonandonandonforeverandever.";
        for width in [60.0, 120.0, 300.0] {
            let lines = break_lines(fonts, &[Run::new(text, style())], width).unwrap();
            assert!(lines.len() > 1);
            for l in &lines {
                assert!(
                    l.width <= width + 0.01,
                    "{} > {width}: {}",
                    l.width,
                    l.text()
                );
            }
            let joined: String = lines.iter().map(|l| l.text()).collect::<Vec<_>>().join("");
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn breaks_at_spaces_and_keeps_words() {
        let fonts = fonts().unwrap();
        let lines = break_lines(
            fonts,
            &[Run::new("alpha beta gamma delta epsilon", style())],
            70.0,
        )
        .unwrap();
        for l in &lines {
            let t = l.text();
            assert!(!t.starts_with(' ') && !t.ends_with(' '), "{t:?}");
            for w in t.split(' ') {
                assert!(
                    ["alpha", "beta", "gamma", "delta", "epsilon"].contains(&w),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn newline_forces_a_break_and_missing_glyph_is_an_error() {
        let fonts = fonts().unwrap();
        let lines = break_lines(fonts, &[Run::new("one\ntwo", style())], 400.0).unwrap();
        assert_eq!(lines.len(), 2);
        let err = break_lines(fonts, &[Run::new("price 漢字", style())], 400.0).unwrap_err();
        assert!(
            matches!(err, TypesetError::MissingGlyph { ch: '漢', .. }),
            "{err:?}"
        );
    }

    #[test]
    fn fallback_glyphs_get_their_own_fragment() {
        let fonts = fonts().unwrap();
        let line = single_line(fonts, &[Run::new("a → b", style())]).unwrap();
        let faces: Vec<Face> = line.frags.iter().map(|f| f.face).collect();
        assert_eq!(
            faces,
            vec![Face::SerifRegular, Face::Fallback, Face::SerifRegular]
        );
    }

    #[test]
    fn fitted_line_adds_an_ellipsis() {
        let fonts = fonts().unwrap();
        let line = fitted_line(fonts, &"word ".repeat(50), style(), 100.0).unwrap();
        assert!(line.width <= 100.0);
        assert!(line.text().ends_with('…'));
    }
}

//! The cover page(s).

use super::draw::Draw;
use super::flow::{Flow, Res};
use super::slice::Slice;
use crate::fonts::Face;
use crate::model::{Cover, MarkingKind};
use crate::structure::{Role, Tag};
use crate::text::{break_lines, Run, TextStyle};
use crate::theme;

pub(super) fn cover_slices(flow: &mut Flow, cover: &Cover) -> Res<()> {
    let x = flow.geo.left;
    let width = flow.geo.content_width();
    let sect = flow.element(Role::Sect);
    flow.parents.push(sect);
    let done = cover_content(flow, cover, x, width);
    flow.parents.pop();
    done
}

fn cover_content(flow: &mut Flow, cover: &Cover, x: f32, width: f32) -> Res<()> {
    let fonts = flow.fonts;
    flow.push(Slice::content(120.0));

    let text_block = |flow: &mut Flow,
                      role: Role,
                      text: &str,
                      style: TextStyle,
                      leading: f32,
                      after: f32|
     -> Res<()> {
        if text.is_empty() {
            return Ok(());
        }
        let lines = break_lines(fonts, &[Run::new(text, style)], width)?;
        let mut s = Slice::content(lines.len() as f32 * leading);
        s.tag = Tag::Element(flow.element(role));
        for (i, l) in lines.iter().enumerate() {
            s.add_line(l, x, i as f32 * leading, leading, style.size);
        }
        s.keep_with_next = true;
        flow.push(s);
        flow.push(Slice::content(after));
        Ok(())
    };

    let mut eyebrow = TextStyle::new(Face::SansBold, 9.5, theme::ACCENT);
    eyebrow.tracking = 1.4;
    text_block(
        flow,
        Role::P,
        &cover.eyebrow.to_uppercase(),
        eyebrow,
        13.0,
        16.0,
    )?;
    text_block(
        flow,
        Role::H1,
        &cover.title,
        TextStyle::new(Face::SansBold, 26.0, theme::ACCENT),
        32.0,
        10.0,
    )?;
    text_block(
        flow,
        Role::P,
        &cover.subtitle,
        TextStyle::new(Face::SansRegular, 15.0, theme::MUTED),
        20.0,
        26.0,
    )?;

    let mut bar = Slice::content(30.0);
    bar.artifact(Draw::Rect {
        x,
        y: 0.0,
        w: 56.0,
        h: 2.5,
        fill: theme::ACCENT,
    });
    flow.push(bar);

    let label_w = 120.0;
    let mut label_style = TextStyle::new(Face::SansBold, 7.5, theme::MUTED);
    label_style.tracking = 0.7;
    let value_style = TextStyle::new(Face::SerifRegular, 11.0, theme::INK);
    for (label, value) in &cover.details {
        let labels = break_lines(
            fonts,
            &[Run::new(label.to_uppercase(), label_style)],
            label_w - 10.0,
        )?;
        let values = break_lines(
            fonts,
            &[Run::new(value.as_str(), value_style)],
            width - label_w,
        )?;
        let n = labels.len().max(values.len()).max(1);
        let leading = 15.0;
        let mut s = Slice::content(n as f32 * leading);
        s.tag = Tag::Element(flow.element(Role::P));
        for (i, l) in labels.iter().enumerate() {
            // Labels sit on the baseline of the value next to them.
            let top = i as f32 * leading + 1.5;
            s.add_line(l, x, top, leading, 7.5);
        }
        for (i, l) in values.iter().enumerate() {
            s.add_line(l, x + label_w, i as f32 * leading, leading, 11.0);
        }
        flow.push(s);
        flow.push(Slice::content(7.0));
    }

    if !cover.marking.is_empty() {
        let (fill, ink) = match cover.marking_kind {
            MarkingKind::Neutral => (None, theme::ACCENT),
            MarkingKind::Warning => (Some(theme::WARNING), theme::WHITE),
        };
        let mut style = TextStyle::new(Face::SansBold, 10.0, ink);
        style.tracking = 0.4;
        let pad = 11.0;
        let leading = 14.0;
        let lines = break_lines(
            fonts,
            &[Run::new(cover.marking.as_str(), style)],
            width - 2.0 * pad,
        )?;
        let h = lines.len() as f32 * leading + 2.0 * pad;
        let mut s = Slice::content(h);
        s.tag = Tag::Element(flow.element(Role::P));
        match fill {
            Some(fill) => s.artifact(Draw::Rect {
                x,
                y: 0.0,
                w: width,
                h,
                fill,
            }),
            None => {
                for (y1, y2, x1, x2) in [
                    (0.0, 0.0, x, x + width),
                    (h, h, x, x + width),
                    (0.0, h, x, x),
                    (0.0, h, x + width, x + width),
                ] {
                    s.artifact(Draw::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width: 0.9,
                        color: theme::ACCENT,
                        dotted: false,
                    });
                }
            }
        }
        for (i, l) in lines.iter().enumerate() {
            let lx = x + (width - l.width) / 2.0;
            s.add_line(l, lx, pad + i as f32 * leading, leading, 10.0);
        }
        s.at_bottom = true;
        flow.push(s);
    }
    Ok(())
}

//! Verdict marks and tinted boxes shared by Routes, Compare and Funding: a sign and a word,
//! so meaning never rests on colour alone (high-contrast theme, colour blindness).

use super::{style, widgets};
use crate::engine::{FundVerdict, Verdict};
use crate::i18n::Lang;
use iced::widget::{container, row, text};
use iced::{Border, Color, Element, Theme};

/// Which palette colour a mark uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Maybe,
    Bad,
    Neutral,
}

/// The sign of a requirement verdict.
pub fn check_sign(v: Verdict) -> &'static str {
    match v {
        Verdict::Met => "✓",
        Verdict::NotMet => "✗",
        Verdict::Unknown => "?",
    }
}

pub fn check_word(l: Lang, v: Verdict) -> &'static str {
    match v {
        Verdict::Met => l.verdict_met(),
        Verdict::NotMet => l.verdict_not_met(),
        Verdict::Unknown => l.verdict_unknown(),
    }
}

pub fn check_tone(v: Verdict) -> Tone {
    match v {
        Verdict::Met => Tone::Good,
        Verdict::NotMet => Tone::Bad,
        Verdict::Unknown => Tone::Maybe,
    }
}

/// The sign of a funding verdict.
pub fn fund_sign(v: FundVerdict) -> &'static str {
    match v {
        FundVerdict::Eligible => "✓",
        FundVerdict::Unknown => "?",
        FundVerdict::Closed => "■",
        FundVerdict::NotEligible => "✗",
    }
}

pub fn fund_tone(v: FundVerdict) -> Tone {
    match v {
        FundVerdict::Eligible => Tone::Good,
        FundVerdict::Unknown => Tone::Maybe,
        FundVerdict::Closed | FundVerdict::NotEligible => Tone::Bad,
    }
}

/// A small badge: sign and word on a tinted background with a strong border.
pub fn badge<'a, M: 'a>(sign: &'a str, word: &'a str, tone: Tone) -> Element<'a, M> {
    container(
        row![
            text(sign).size(style::BODY).font(widgets::BOLD),
            text(word).size(style::SMALL).font(widgets::BOLD)
        ]
        .spacing(6)
        .align_y(iced::Center),
    )
    .padding([2, 8])
    .style(move |t: &Theme| tinted(t, tone))
    .into()
}

/// A requirement verdict as a badge.
pub fn check_badge<'a, M: 'a>(l: Lang, v: Verdict) -> Element<'a, M> {
    badge(check_sign(v), check_word(l, v), check_tone(v))
}

/// A funding verdict as a badge.
pub fn fund_badge<'a, M: 'a>(l: Lang, v: FundVerdict) -> Element<'a, M> {
    badge(fund_sign(v), l.fund_word(v), fund_tone(v))
}

/// A weak tint of the tone with a strong border of it.
pub fn tinted(theme: &Theme, tone: Tone) -> container::Style {
    let p = theme.extended_palette();
    let (weak, strong) = match tone {
        Tone::Good => (p.success.weak, p.success.strong),
        Tone::Maybe => (p.warning.weak, p.warning.strong),
        Tone::Bad => (p.danger.weak, p.danger.strong),
        Tone::Neutral => (p.secondary.weak, p.secondary.strong),
    };
    container::Style {
        background: Some(weak.color.into()),
        text_color: Some(readable(weak.color)),
        border: Border {
            color: strong.color,
            width: 2.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// A row that differs between compared routes: primary tint and a thick left-hand edge.
pub fn differs(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.primary.weak.color.into()),
        text_color: Some(readable(p.primary.weak.color)),
        border: Border {
            color: p.primary.strong.color,
            width: 2.0,
            radius: 4.0.into(),
        },
        ..container::Style::default()
    }
}

/// A plain bordered cell.
pub fn cell(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        border: Border {
            color: p.background.strong.color,
            width: 1.0,
            radius: 4.0.into(),
        },
        ..container::Style::default()
    }
}

/// Black or white, whichever reads better on `bg` (the palette's own pick is too faint on the
/// high-contrast theme's yellow).
pub fn readable(bg: Color) -> Color {
    let lin = |c: f32| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(bg.r) + 0.7152 * lin(bg.g) + 0.0722 * lin(bg.b);
    // Equal contrast against black and white is at a luminance of about 0.18.
    if l > 0.18 { Color::BLACK } else { Color::WHITE }
}

#[cfg(test)]
mod tests {
    use super::readable;
    use iced::Color;

    #[test]
    fn text_on_tints_is_black_or_white_by_brightness() {
        assert_eq!(readable(Color::from_rgb(0.8, 0.8, 0.0)), Color::BLACK);
        assert_eq!(readable(Color::from_rgb(0.1, 0.1, 0.3)), Color::WHITE);
        assert_eq!(readable(Color::WHITE), Color::BLACK);
    }
}

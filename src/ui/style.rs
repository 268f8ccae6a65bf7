//! Look: the three themes, spacing and text sizes, and a few container styles.

use super::prefs::ThemeChoice;
use iced::theme::Palette;
use iced::widget::container;
use iced::{Border, Color, Theme, color};

/// Body text size in logical pixels (scaled by the text-size setting).
pub const BODY: f32 = 18.0;
/// Small print under fields and in badges.
pub const SMALL: f32 = 15.0;
pub const H3: f32 = 21.0;
pub const H2: f32 = 26.0;
pub const H1: f32 = 32.0;

/// Gaps between elements.
pub const GAP: f32 = 12.0;
pub const GAP_L: f32 = 24.0;
/// Padding inside the page.
pub const PAGE: f32 = 24.0;

/// The iced theme for a choice.
pub fn theme(choice: ThemeChoice) -> Theme {
    match choice {
        ThemeChoice::Light => Theme::custom(
            "Lys",
            Palette {
                background: color!(0xfbfaf7),
                text: color!(0x1d1d1f),
                primary: color!(0x1f5fa8),
                success: color!(0x2e7d32),
                warning: color!(0xb26a00),
                danger: color!(0xc62828),
            },
        ),
        ThemeChoice::Dark => Theme::custom(
            "Mørk",
            Palette {
                background: color!(0x1e1f22),
                text: color!(0xe8e6e3),
                primary: color!(0x6ea8fe),
                success: color!(0x66bb6a),
                warning: color!(0xffb74d),
                danger: color!(0xef5350),
            },
        ),
        ThemeChoice::HighContrast => Theme::custom(
            "Høj kontrast",
            Palette {
                background: Color::BLACK,
                text: Color::WHITE,
                primary: color!(0xffff00),
                success: color!(0x00ff7f),
                warning: color!(0xffa500),
                danger: color!(0xff5555),
            },
        ),
    }
}

/// The amber box of an uncertain fact.
pub fn uncertain(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.warning.weak.color.into()),
        text_color: Some(p.warning.weak.text),
        border: Border {
            color: p.warning.strong.color,
            width: 2.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// The red banner that says the catalogue has errors.
pub fn banner(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.danger.weak.color.into()),
        text_color: Some(p.danger.weak.text),
        border: Border {
            color: p.danger.strong.color,
            width: 2.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// A calm notice (settings reset, saved).
pub fn notice(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.primary.weak.color.into()),
        text_color: Some(p.primary.weak.text),
        border: Border {
            color: p.primary.strong.color,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// A bordered card around a section or a list item.
pub fn card(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.weak.color.into()),
        border: Border {
            color: p.background.strong.color,
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// The header strip with the tabs.
pub fn header(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.strong.color.into()),
        text_color: Some(p.background.strong.text),
        ..container::Style::default()
    }
}

/// Secondary buttons. In high contrast the derived grey is too faint, so they become a white
/// frame with white text on black (yellow when hovered).
pub fn secondary(
    theme: &Theme,
    status: iced::widget::button::Status,
) -> iced::widget::button::Style {
    use iced::widget::button::{self, Status};
    let base = button::secondary(theme, status);
    if theme.palette().background != Color::BLACK {
        return base;
    }
    let edge = match status {
        Status::Hovered | Status::Pressed => color!(0xffff00),
        _ => Color::WHITE,
    };
    button::Style {
        background: Some(Color::BLACK.into()),
        text_color: if status == Status::Disabled {
            color!(0xbbbbbb)
        } else {
            Color::WHITE
        },
        border: Border {
            color: edge,
            width: 2.0,
            radius: 4.0.into(),
        },
        ..base
    }
}

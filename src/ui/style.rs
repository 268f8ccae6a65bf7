//! Look: the three themes, spacing and text sizes, and a few container styles.

use super::prefs::ThemeChoice;
use iced::theme::Palette;
use iced::theme::palette::{self, Extended, Pair};
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

/// The colours a theme draws with, in one place: iced's derived shades are replaced by these
/// where they were too faint (borders of fields, checkboxes and cards were near-black on black
/// in high contrast). `tests/ui_contrast.rs` checks every pair against WCAG.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colors {
    pub background: Color,
    pub text: Color,
    pub primary: Color,
    pub success: Color,
    pub warning: Color,
    pub danger: Color,
    /// Fill of cards, lists, fields' menus and the header: a shade off the background.
    pub surface: Color,
    /// Borders of fields, checkboxes, lists and cards, separators, scroll bars.
    pub line: Color,
    /// The border of the focused field and of a hovered or opened control.
    pub focus: Color,
    /// Placeholder text in empty fields: readable, but unlike typed text.
    pub hint: Color,
}

/// The colours of a choice.
pub fn colors(choice: ThemeChoice) -> Colors {
    match choice {
        ThemeChoice::Light => Colors {
            background: color!(0xfbfaf7),
            text: color!(0x1d1d1f),
            primary: color!(0x1f5fa8),
            success: color!(0x2e7d32),
            warning: color!(0xb26a00),
            danger: color!(0xc62828),
            surface: color!(0xf0eee9),
            line: color!(0x6e6e6e),
            focus: color!(0x174a85),
            hint: color!(0x6e6e6e),
        },
        ThemeChoice::Dark => Colors {
            background: color!(0x1e1f22),
            text: color!(0xe8e6e3),
            primary: color!(0x6ea8fe),
            success: color!(0x66bb6a),
            warning: color!(0xffb74d),
            danger: color!(0xef5350),
            surface: color!(0x2a2b2f),
            line: color!(0x8d9096),
            focus: color!(0x9cc3ff),
            hint: color!(0x9a9da3),
        },
        ThemeChoice::HighContrast => Colors {
            background: Color::BLACK,
            text: Color::WHITE,
            primary: color!(0xffff00),
            success: color!(0x00ff7f),
            warning: color!(0xffa500),
            danger: color!(0xff7070),
            surface: Color::BLACK,
            line: Color::WHITE,
            focus: color!(0xffff00),
            hint: color!(0xb0b0b0),
        },
    }
}

/// The iced theme for a choice: iced's palette, with the shades the widgets draw borders,
/// separators and focus with taken from [`colors`].
pub fn theme(choice: ThemeChoice) -> Theme {
    let c = colors(choice);
    let name = match choice {
        ThemeChoice::Light => "Lys",
        ThemeChoice::Dark => "Mørk",
        ThemeChoice::HighContrast => "Høj kontrast",
    };
    let palette = Palette {
        background: c.background,
        text: c.text,
        primary: c.primary,
        success: c.success,
        warning: c.warning,
        danger: c.danger,
    };
    Theme::custom_with_fn(name, palette, move |p| {
        let mut e = Extended::generate(p);
        e.background.weak = Pair::new(c.surface, c.text);
        e.background.strong = Pair::new(c.line, c.text);
        e.background.strongest = Pair::new(c.line, c.text);
        // Placeholders are drawn in this colour; secondary buttons draw their own (below).
        e.secondary.base = Pair::new(c.hint, c.text);
        // Buttons and badge edges: the strong shade moves away from the background, so it
        // contrasts more with it, never less; text on both is black or white, whichever reads.
        let toned = |base: Color| {
            let strong = if e.is_dark {
                palette::lighten(base, 0.1)
            } else {
                palette::darken(base, 0.1)
            };
            (pair(base), pair(strong))
        };
        (e.primary.base, _) = toned(c.primary);
        e.primary.strong = Pair {
            color: c.focus,
            text: e.primary.base.text,
        };
        (e.success.base, e.success.strong) = toned(c.success);
        (e.warning.base, e.warning.strong) = toned(c.warning);
        (e.danger.base, e.danger.strong) = toned(c.danger);
        if choice == ThemeChoice::HighContrast {
            // Tinted boxes are black with a bright frame: white text then reads at 21:1.
            let black = Pair::new(Color::BLACK, Color::WHITE);
            e.primary.weak = black;
            e.success.weak = black;
            e.warning.weak = black;
            e.danger.weak = black;
            e.secondary.weak = black;
        }
        e
    })
}

/// A colour with black or white text on it, whichever reads better.
fn pair(color: Color) -> Pair {
    Pair {
        color,
        text: super::marks::readable(color),
    }
}

/// The colours a theme made by [`theme`] was made from.
pub fn colors_of(theme: &Theme) -> Colors {
    let bg = theme.palette().background;
    ThemeChoice::ALL
        .into_iter()
        .map(colors)
        .find(|c| c.background == bg)
        .unwrap_or_else(|| colors(ThemeChoice::Light))
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

/// The header strip with the tabs, edged below.
pub fn header(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.weak.color.into()),
        text_color: Some(p.background.weak.text),
        ..container::Style::default()
    }
}

/// Secondary buttons: the card colour with a line frame and the text colour, framed in the
/// focus colour when hovered (iced's grey fill is too faint in high contrast, and its shade is
/// the placeholders' colour here).
pub fn secondary(
    theme: &Theme,
    status: iced::widget::button::Status,
) -> iced::widget::button::Style {
    use iced::widget::button::{Status, Style};
    let c = colors_of(theme);
    let edge = match status {
        Status::Hovered | Status::Pressed => c.focus,
        _ => c.line,
    };
    Style {
        background: Some(c.surface.into()),
        text_color: if status == Status::Disabled {
            c.line
        } else {
            c.text
        },
        border: Border {
            color: edge,
            width: if c.background == Color::BLACK {
                2.0
            } else {
                1.0
            },
            radius: 4.0.into(),
        },
        ..Style::default()
    }
}

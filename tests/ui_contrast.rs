//! Contrast of what the widgets draw, in every theme (WCAG 2.1): borders, focus rings and
//! separators at least 3:1 against what they sit on; text at least 7:1 in high contrast and
//! 4.5:1 in the others.
#![cfg(feature = "gui")]

use iced::widget::{button, checkbox, container, pick_list, rule, text_input};
use iced::{Background, Color, Theme};
use vejviser::ui::marks::{self, Tone};
use vejviser::ui::prefs::ThemeChoice;
use vejviser::ui::style;

/// WCAG 2.1 contrast ratio of two opaque sRGB colours.
fn contrast(a: Color, b: Color) -> f32 {
    let lin = |c: f32| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let lum = |c: Color| 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn fill(b: Option<Background>) -> Color {
    match b {
        Some(Background::Color(c)) => c,
        other => panic!("expected a plain fill, got {other:?}"),
    }
}

fn text_min(choice: ThemeChoice) -> f32 {
    match choice {
        ThemeChoice::HighContrast => 7.0,
        ThemeChoice::Light | ThemeChoice::Dark => 4.5,
    }
}

/// Every (what, foreground, background, minimum) pair drawn in a theme.
fn pairs(choice: ThemeChoice) -> Vec<(String, Color, Color, f32)> {
    let t: Theme = style::theme(choice);
    let c = style::colors(choice);
    let page = c.background;
    let card = fill(style::card(&t).background);
    let text = text_min(choice);
    let mut out: Vec<(String, Color, Color, f32)> = Vec::new();
    let mut line = |what: &str, fg: Color| {
        for (on, bg) in [("page", page), ("card", card)] {
            out.push((format!("{what} on {on}"), fg, bg, 3.0));
        }
    };
    // Borders and separators, on the page and inside a card.
    let field = text_input::default(&t, text_input::Status::Active);
    line("field border", field.border.color);
    let unticked = checkbox::primary(&t, checkbox::Status::Active { is_checked: false });
    line("checkbox border", unticked.border.color);
    let ticked = checkbox::primary(&t, checkbox::Status::Active { is_checked: true });
    line("ticked checkbox", ticked.border.color);
    let list = pick_list::default(&t, pick_list::Status::Active);
    line("dropdown border", list.border.color);
    line("separator", rule::default(&t).color);
    line("card border", style::card(&t).border.color);
    line("table cell border", marks::cell(&t).border.color);
    for tone in [Tone::Good, Tone::Maybe, Tone::Bad, Tone::Neutral] {
        line(
            &format!("{tone:?} badge border"),
            marks::tinted(&t, tone).border.color,
        );
    }
    line("uncertain box border", style::uncertain(&t).border.color);
    line("error banner border", style::banner(&t).border.color);
    line("notice border", style::notice(&t).border.color);
    let secondary = style::secondary(&t, button::Status::Active);
    if secondary.border.width > 0.0 {
        line("secondary button border", secondary.border.color);
    }
    // Focus rings: the focused field, the opened dropdown.
    let focused = text_input::default(&t, text_input::Status::Focused { is_hovered: false });
    line("focused field", focused.border.color);
    let opened = pick_list::default(&t, pick_list::Status::Opened { is_hovered: false });
    line("opened dropdown", opened.border.color);
    // The ring around a focused button, tab, checkbox, list or map box (ui::focus) is drawn
    // between two lines of the page colour, so on the header or a bar it still meets the page
    // colour on both sides.
    out.push(("control focus ring".into(), c.focus, page, 3.0));
    // Text on everything it is drawn on.
    let header = style::header(&t);
    let mut words = vec![
        ("text on page".to_string(), c.text, page),
        ("text in card".into(), c.text, card),
        (
            "header text".into(),
            header.text_color.unwrap(),
            fill(header.background),
        ),
        (
            "typed text".into(),
            field.value,
            fill(Some(field.background)),
        ),
        (
            "placeholder".into(),
            field.placeholder,
            fill(Some(field.background)),
        ),
        (
            "dropdown text".into(),
            list.text_color,
            fill(Some(list.background)),
        ),
    ];
    for (what, s) in [
        ("uncertain box", style::uncertain(&t)),
        ("error banner", style::banner(&t)),
        ("notice", style::notice(&t)),
        ("differing row", marks::differs(&t)),
    ] {
        words.push((what.into(), s.text_color.unwrap(), fill(s.background)));
    }
    for tone in [Tone::Good, Tone::Maybe, Tone::Bad, Tone::Neutral] {
        let s: container::Style = marks::tinted(&t, tone);
        words.push((
            format!("{tone:?} badge"),
            s.text_color.unwrap(),
            fill(s.background),
        ));
    }
    type ButtonStyle = fn(&Theme, button::Status) -> button::Style;
    let buttons: [(&str, ButtonStyle); 4] = [
        ("primary button", button::primary),
        ("danger button", button::danger),
        ("secondary button", style::secondary),
        ("success button", button::success),
    ];
    for (what, f) in buttons {
        for status in [button::Status::Active, button::Status::Hovered] {
            let b = f(&t, status);
            words.push((
                format!("{what} {status:?}"),
                b.text_color,
                fill(b.background),
            ));
        }
    }
    // The tabs not chosen are text buttons on the header.
    let tab = button::text(&t, button::Status::Active);
    words.push(("tab".into(), tab.text_color, fill(header.background)));
    for (what, fg, bg) in words {
        out.push((what, fg, bg, text));
    }
    out
}

#[test]
fn contrast_is_measured_as_wcag_says() {
    assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
    // #767676 on white is the well-known 4.54:1.
    let grey = Color::from_rgb8(0x76, 0x76, 0x76);
    assert!((contrast(grey, Color::WHITE) - 4.54).abs() < 0.01);
    assert_eq!(contrast(grey, grey), 1.0);
}

#[test]
fn every_line_and_every_text_meets_its_contrast_in_every_theme() {
    let mut failed = Vec::new();
    for choice in ThemeChoice::ALL {
        for (what, fg, bg, min) in pairs(choice) {
            let ratio = contrast(fg, bg);
            if ratio < min {
                failed.push(format!("{choice:?}: {what}: {ratio:.2} < {min}"));
            }
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn high_contrast_borders_are_no_longer_near_black() {
    let t = style::theme(ThemeChoice::HighContrast);
    let field = text_input::default(&t, text_input::Status::Active);
    assert!(contrast(field.border.color, Color::BLACK) >= 7.0);
    assert!(contrast(style::card(&t).border.color, Color::BLACK) >= 7.0);
}

#[test]
fn placeholders_read_unlike_typed_text_in_every_theme() {
    for choice in ThemeChoice::ALL {
        let t = style::theme(choice);
        let field = text_input::default(&t, text_input::Status::Active);
        let apart = contrast(field.placeholder, field.value);
        assert!(
            apart >= 1.5,
            "{choice:?}: placeholder and typed text {apart:.2}:1 apart"
        );
    }
}

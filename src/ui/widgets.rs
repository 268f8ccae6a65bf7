//! Shared pieces: headings, badges, sections, labelled fields and big buttons.

use super::style;
use crate::ui::focus::Press;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Fill, Font, font};

/// Bold version of the default font.
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..Font::with_name("Fira Sans")
};

pub fn h1<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s).size(style::H1).font(BOLD).into()
}

pub fn h2<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s).size(style::H2).font(BOLD).into()
}

pub fn h3<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s).size(style::H3).font(BOLD).into()
}

/// Body text that wraps.
pub fn body<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s).size(style::BODY).into()
}

/// Small explanatory text.
pub fn hint<'a, M: 'a>(s: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(s).size(style::SMALL).into()
}

/// An amber badge with a heading ("Usikker oplysning") and the reason.
pub fn uncertain<'a, M: 'a>(label: &'a str, why: impl text::IntoFragment<'a>) -> Element<'a, M> {
    container(column![text(label).font(BOLD).size(style::SMALL), hint(why)].spacing(2))
        .padding([6, 10])
        .style(style::uncertain)
        .into()
}

/// A titled block inside a card.
pub fn section<'a, M: 'a>(title: &'a str, content: Column<'a, M>) -> Element<'a, M> {
    container(column![h3(title), content.spacing(style::GAP / 2.0)].spacing(style::GAP))
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}

/// A form field: label above, the control, and a plain-language line under it.
pub fn field<'a, M: 'a>(
    label: &'a str,
    control: impl Into<Element<'a, M>>,
    explain: &'a str,
) -> Element<'a, M> {
    column![text(label).font(BOLD), control.into(), hint(explain)]
        .spacing(4)
        .into()
}

/// A large, wide button for the first steps.
pub fn big_button<'a, M: Clone + 'a>(label: &'a str, msg: M) -> Element<'a, M> {
    button(text(label).size(style::H3))
        .padding([14, 20])
        .width(Fill)
        .press(msg)
        .into()
}

/// A big button with a keyboard number in front ("1  Social- og sundhedshjælper").
pub fn numbered_button<'a, M: Clone + 'a>(n: usize, label: &'a str, msg: M) -> Element<'a, M> {
    let key = if n < 10 { n.to_string() } else { String::new() };
    button(
        row![
            text(key).size(style::H3).width(28).font(BOLD),
            text(label).size(style::H3)
        ]
        .spacing(12),
    )
    .padding([14, 20])
    .width(Fill)
    .press(msg)
    .into()
}

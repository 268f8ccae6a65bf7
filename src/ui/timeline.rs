//! A route as a horizontal timeline: one box per step, as wide as the step is long, split into
//! school and placement, gap-closing steps framed and labelled.

use super::{style, widgets};
use crate::catalog::Catalog;
use crate::engine::Route;
use crate::i18n::{self, Lang};
use iced::widget::{Space, column, container, row, text};
use iced::{Border, Element, Fill, FillPortion, Theme};

/// Height of the bar in logical pixels.
const BAR: f32 = 30.0;

/// The width share of a length in tenths of a week (at least 1, so every step shows).
pub fn portion(tenths: i32) -> u16 {
    tenths.clamp(1, u16::MAX as i32) as u16
}

/// The timeline of a route with a label under each step.
pub fn view<'a, M: 'a>(catalog: &Catalog, l: Lang, route: &Route) -> Element<'a, M> {
    let mut bars = row![].spacing(6).width(Fill);
    let mut labels = row![].spacing(6).width(Fill);
    let total: u32 = route
        .steps
        .iter()
        .map(|s| u32::from(portion(s.calendar.0.max(s.school.0 + s.placement.0))))
        .sum();
    // Steps too narrow for their name get a number, and the names are listed underneath.
    let mut narrow = column![].spacing(2);
    for (n, s) in route.steps.iter().enumerate() {
        let wide = portion(s.calendar.0.max(s.school.0 + s.placement.0));
        let mut inner = row![].height(BAR).width(Fill);
        if s.school.0 > 0 || s.placement.0 == 0 {
            inner = inner.push(
                container(Space::new())
                    .width(FillPortion(portion(s.school.0)))
                    .height(Fill)
                    .style(school),
            );
        }
        if s.placement.0 > 0 {
            inner = inner.push(
                container(Space::new())
                    .width(FillPortion(portion(s.placement.0)))
                    .height(Fill)
                    .style(placement),
            );
        }
        let gap = s.gap;
        bars = bars.push(
            container(inner)
                .padding(3)
                .width(FillPortion(wide))
                .style(move |t: &Theme| frame(t, gap)),
        );
        let name = format!("{}. {}", n + 1, l.pick(&catalog.name_of(&s.programme)));
        let mut label = column![].spacing(2);
        // A step using a figure whose period ended says so under its bar, like the card does.
        let ended = if s.periods_ended().is_empty() {
            String::new()
        } else {
            format!(" · {}", l.period_ended_label())
        };
        if u32::from(wide) * 6 < total {
            narrow = narrow.push(
                text(format!("{name} · {}{ended}", i18n::length(l, s.calendar))).size(style::SMALL),
            );
            labels = labels.push(
                container(
                    text(format!("{}", n + 1))
                        .size(style::SMALL)
                        .font(widgets::BOLD),
                )
                .width(FillPortion(wide)),
            );
            continue;
        }
        if s.gap {
            label = label.push(
                text(l.route_gap_step())
                    .size(style::SMALL)
                    .font(widgets::BOLD),
            );
        }
        label = label
            .push(text(name).size(style::SMALL).font(widgets::BOLD))
            .push(text(format!("{}{ended}", i18n::length(l, s.calendar))).size(style::SMALL));
        labels = labels.push(container(label).width(FillPortion(wide)));
    }
    column![bars, labels, narrow].spacing(4).width(Fill).into()
}

/// The key under the timelines: what the colours and the frame mean.
pub fn legend<'a, M: 'a>(l: Lang) -> Element<'a, M> {
    let swatch =
        |s: fn(&Theme) -> container::Style| container(Space::new()).width(28).height(16).style(s);
    row![
        swatch(school),
        text(l.route_legend_school()).size(style::SMALL),
        swatch(placement),
        text(l.route_legend_placement()).size(style::SMALL),
        container(Space::new())
            .width(28)
            .height(16)
            .style(|t: &Theme| frame(t, true)),
        text(l.route_legend_gap()).size(style::SMALL),
    ]
    .spacing(8)
    .align_y(iced::Center)
    .into()
}

fn school(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.primary.strong.color.into()),
        ..container::Style::default()
    }
}

/// Placement is lighter than school and edged, so the two differ without colour too.
fn placement(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.success.weak.color.into()),
        border: Border {
            color: p.success.strong.color,
            width: 2.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// The frame of a step: thin and neutral, or thick and amber for a gap-closing step.
fn frame(theme: &Theme, gap: bool) -> container::Style {
    let p = theme.extended_palette();
    let (color, width) = if gap {
        (p.warning.strong.color, 3.0)
    } else {
        (p.background.strong.color, 1.0)
    };
    container::Style {
        border: Border {
            color,
            width,
            radius: 4.0.into(),
        },
        ..container::Style::default()
    }
}

#[cfg(test)]
mod tests {
    use super::portion;

    #[test]
    fn portions_are_never_zero_and_never_overflow() {
        assert_eq!(portion(0), 1);
        assert_eq!(portion(-5), 1);
        assert_eq!(portion(480), 480);
        assert_eq!(portion(i32::MAX), u16::MAX);
    }
}

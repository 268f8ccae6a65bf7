//! One route on the Routes screen: title, totals, timeline, buttons, what is missing and, when
//! unfolded, each step with its pay, merit, funding and deadlines.

use super::routes::Message;
use super::{Ctx, Goto, marks, style, timeline, widgets};
use crate::catalog::{Money, TrackCode};
use crate::engine::eval::{Check, Verdict};
use crate::engine::{FundVerdict, Route, Step};
use crate::i18n::{self, Lang};
use crate::ui::focus::Press;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Fill};

/// The card of route number `n`; `open` shows the steps in detail.
/// `not_covering` holds the steps ("route id#step") whose non-covering schemes are listed.
pub fn view<'a>(
    ctx: Ctx<'a>,
    n: usize,
    r: &Route,
    open: bool,
    not_covering: &std::collections::HashSet<String>,
) -> Element<'a, Message> {
    let l = ctx.lang;
    let name = crate::i18n::table::route_title(ctx.catalog, r, l);
    let mut head = row![
        text(format!("{n}. {name}"))
            .size(style::H3)
            .font(widgets::BOLD)
            .width(Fill)
    ]
    .spacing(style::GAP)
    .align_y(iced::Center);
    if r.pareto {
        head = head.push(marks::badge("★", l.routes_pareto(), marks::Tone::Good));
    }
    let mut col = column![head, text(i18n::table::totals_line(l, r)).size(style::BODY)].spacing(10);
    if !r.periods_ended().is_empty() {
        col = col.push(widgets::uncertain(
            l.period_ended_label(),
            l.route_periods_ended(),
        ));
    }
    let mut col = col
        .push(timeline::view(ctx.catalog, l, r))
        .push(buttons(l, r, open))
        .push(missing(ctx, &r.open));
    if open {
        let caveats = r.caveats(ctx.catalog);
        for (i, s) in r.steps.iter().enumerate() {
            let key = format!("{}#{i}", r.id);
            let listed = not_covering.contains(&key);
            let caveat = caveats[i].map(|u| l.pick(u));
            col = col.push(step_view(ctx, i + 1, s, key, listed, caveat));
        }
    }
    container(col)
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}

fn buttons<'a>(l: Lang, r: &Route, open: bool) -> Element<'a, Message> {
    let fold = if open {
        l.route_hide_details()
    } else {
        l.route_show_details()
    };
    row![
        button(text(l.route_compare()))
            .padding([8, 14])
            .press(Message::Compare(r.id.clone())),
        button(text(l.route_save()))
            .padding([8, 14])
            .style(button::success)
            .press(Message::SavePlan(r.id.clone())),
        button(text(l.route_funding_button()))
            .padding([8, 14])
            .style(style::secondary)
            .press(Message::Funding(r.id.clone())),
        button(text(l.map_show_route()))
            .padding([8, 14])
            .style(style::secondary)
            .press(Message::Go(Goto::MapRoute(
                crate::map::route::RoutePath::of(r)
            ))),
        button(text(fold))
            .padding([8, 14])
            .style(button::text)
            .press(Message::Fold(r.id.clone())),
    ]
    .spacing(8)
    .wrap()
    .into()
}

/// What the person lacks on the route and the programmes that close each gap.
fn missing<'a>(ctx: Ctx<'a>, open: &[Check]) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut col = column![widgets::h3(l.route_missing())].spacing(8);
    if open.is_empty() {
        col = col.push(widgets::body(l.route_nothing_missing()));
    }
    for c in open {
        col = col.push(check_line(ctx, c, Message::Go));
    }
    col.into()
}

/// A requirement: its verdict badge, the reason, and buttons to the programmes that close it.
pub fn check_line<'a, M: Clone + 'a>(
    ctx: Ctx<'a>,
    c: &Check,
    go: impl Fn(Goto) -> M,
) -> Element<'a, M> {
    let l = ctx.lang;
    let mut line = column![
        row![
            marks::check_badge(l, c.verdict),
            text(l.reason(ctx.catalog, &c.reason).to_string())
                .size(style::BODY)
                .width(Fill)
        ]
        .spacing(10)
        .align_y(iced::Center)
    ]
    .spacing(4);
    if c.verdict == Verdict::NotMet && !c.close.is_empty() {
        let closers = c.close.iter().fold(
            row![text(l.route_close_with()).size(style::SMALL)]
                .spacing(6)
                .align_y(iced::Center),
            |r, id| {
                r.push(
                    button(text(l.pick(&ctx.catalog.name_of(id)).to_string()).size(style::SMALL))
                        .style(style::secondary)
                        .padding([4, 10])
                        .press(go(Goto::Detail(id.clone()))),
                )
            },
        );
        line = line.push(closers.wrap());
    }
    line.into()
}

fn step_view<'a>(
    ctx: Ctx<'a>,
    n: usize,
    s: &Step,
    key: String,
    listed: bool,
    caveat: Option<&'a str>,
) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut name = l.pick(&ctx.catalog.name_of(&s.programme)).to_string();
    if s.track != TrackCode::Standard {
        name.push_str(&format!(" ({})", crate::i18n::table::track(s.track)));
    }
    if let Some(o) = &s.offering {
        name.push_str(&format!(" – {o}"));
    }
    let mut head = row![
        text(format!(
            "{}: {name}",
            l.route_step().replace("{}", &n.to_string())
        ))
        .font(widgets::BOLD)
        .size(style::BODY)
    ]
    .spacing(10)
    .align_y(iced::Center);
    if s.gap {
        head = head.push(marks::badge("+", l.route_gap_step(), marks::Tone::Maybe));
    }
    head = head.push(
        button(text(l.route_step_about()).size(style::SMALL))
            .style(button::text)
            .press(Message::Go(Goto::Detail(s.programme.clone()))),
    );
    let mut col: Column<'a, Message> = column![
        head,
        text(format!(
            "{} – {} · {} ({} {}, {} {}){}",
            i18n::date(l, s.start),
            i18n::date(l, s.end),
            i18n::length(l, s.calendar),
            i18n::length(l, s.school),
            l.route_school(),
            i18n::placement(l, s.placement),
            l.route_placement(),
            l.if_granted(s.calendar_if_granted)
        ))
        .size(style::BODY),
    ]
    .spacing(6);
    if let Some(u) = caveat {
        col = col.push(widgets::uncertain(l.detail_uncertain(), u));
    }
    for m in &s.merit {
        col = col.push(widgets::hint(format!(
            "{}: {}",
            l.route_merit(),
            l.reason(ctx.catalog, &m.reason)
        )));
    }
    let amount = match s.income.monthly {
        Some(m) => {
            let mut t = l.route_per_month().replace("{}", &i18n::money(l, m));
            if let Some(c) = s.income.change {
                t.push_str(&format!(
                    " ({})",
                    l.route_vs_now().replace("{}", &i18n::table::signed(l, c))
                ));
            }
            t
        }
        None => l.route_income_amount_unknown().to_string(),
    };
    if let Some(r) = &s.fee_rule {
        col = col.push(widgets::hint(format!(
            "{}: {}",
            l.detail_fee(),
            l.reason(ctx.catalog, r)
        )));
    }
    col = col.push(text(format!(
        "{}: {amount} – {}",
        l.route_income(),
        l.reason(ctx.catalog, &s.income.reason)
    )));
    if let Some(r) = &s.income.period_ended {
        col = col.push(widgets::uncertain(
            l.period_ended_label(),
            l.reason(ctx.catalog, r),
        ));
    }
    col = col.push(funding_lines(ctx, s, key, listed));
    for (what, when) in &s.deadlines {
        col = col.push(text(format!(
            "{}: {} – {}",
            l.route_deadline(),
            l.reason(ctx.catalog, what),
            i18n::date(l, *when)
        )));
    }
    container(col.padding([0, 12]))
        .width(Fill)
        .style(marks::cell)
        .padding(10)
        .into()
}

/// The funding answers for a step that matter: eligible, maybe and closed, with the reason.
fn funding_lines<'a>(ctx: Ctx<'a>, s: &Step, key: String, listed: bool) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut col = column![text(l.route_funding()).font(widgets::BOLD)].spacing(4);
    let mut not = 0;
    for f in &s.funding {
        if f.verdict == FundVerdict::NotEligible {
            not += 1;
            continue;
        }
        // A figure whose period ended is boxed like an uncertain fact, not one of the two.
        let ended = f.reasons.iter().filter(|c| c.reason.is_period_ended());
        let why = f
            .reasons
            .iter()
            .filter(|c| c.verdict != Verdict::Met || f.verdict == FundVerdict::Eligible)
            .filter(|c| !c.reason.is_period_ended())
            .map(|c| l.reason(ctx.catalog, &c.reason).to_string())
            .take(2)
            .collect::<Vec<_>>()
            .join("; ");
        let mut what = l.pick(&ctx.catalog.name_of(&f.source)).to_string();
        if f.amount > Money::ZERO {
            what.push_str(&format!(" – {}", i18n::money(l, f.amount)));
        }
        col = col.push(
            row![
                marks::fund_badge(l, f.verdict),
                column![text(what).font(widgets::BOLD), text(why).size(style::SMALL)].width(Fill)
            ]
            .spacing(10)
            .align_y(iced::Center),
        );
        for c in ended {
            col = col.push(widgets::uncertain(
                l.period_ended_label(),
                l.reason(ctx.catalog, &c.reason),
            ));
        }
    }
    // The schemes that do not cover the step stay findable, each with its one-line reason
    // (the Kompetencefond's "not for EUD" is where a helper looks for it).
    if not > 0 {
        let label = l.route_funding_none().replace("{}", &not.to_string());
        let mark = if listed { "▾" } else { "▸" };
        col = col.push(
            button(text(format!("{mark} {label}")).size(style::SMALL))
                .style(style::secondary)
                .padding([4, 10])
                .press(Message::NotCovering(key)),
        );
        if listed {
            for f in s
                .funding
                .iter()
                .filter(|f| f.verdict == FundVerdict::NotEligible)
            {
                let why = f
                    .reasons
                    .iter()
                    .find(|c| c.verdict != Verdict::Met)
                    .or(f.reasons.first())
                    .map(|c| l.reason(ctx.catalog, &c.reason))
                    .unwrap_or_default();
                let name = l.pick(&ctx.catalog.name_of(&f.source)).to_string();
                col = col.push(
                    column![text(name).font(widgets::BOLD), text(why).size(style::SMALL)]
                        .spacing(2)
                        .padding([0, 24]),
                );
            }
        }
    }
    col.into()
}

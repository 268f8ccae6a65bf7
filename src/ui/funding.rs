//! Funding: every funding source with its verdict for this person on the chosen route (all
//! steps), or, without a route, every source with its rules and status.

use super::{Ctx, Goto, Screen, detail, marks, style, widgets};
use crate::catalog::{FundingSource, Money, State as PoolState};
use crate::engine::eval::Verdict;
use crate::engine::funding::{SourceTotal, by_source};
use crate::engine::{FundVerdict, Route};
use crate::i18n::{self, Lang};
use crate::ui::focus::Press;
use iced::widget::{Column, Space, button, column, container, row, text};
use iced::{Element, Fill};

/// The screen's state; kept while the user visits other tabs.
#[derive(Debug, Default)]
pub struct State {
    /// The route whose steps the verdicts are for; `None` lists every source with its rules.
    pub route: Option<Route>,
    /// Each source's answers over the route, worked out when the route is shown.
    pub totals: Vec<SourceTotal>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Stop showing verdicts for the route.
    ClearRoute,
    Go(Goto),
}

/// What the app should do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
}

impl State {
    /// Shows the verdicts for a route (from the Routes screen).
    pub fn show(&mut self, route: Route) {
        self.totals = by_source(&route);
        self.route = Some(route);
    }

    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
            Message::ClearRoute => {
                self.route = None;
                self.totals.clear();
            }
            Message::Go(g) => return Action::Go(g),
        }
        Action::None
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let page = column![widgets::h1(l.funding_title())]
            .spacing(style::GAP)
            .width(Fill);
        match &self.route {
            Some(r) => with_route(ctx, page, r, &self.totals),
            None => all_sources(ctx, page),
        }
    }
}

fn with_route<'a>(
    ctx: Ctx<'a>,
    page: Column<'a, Message>,
    r: &'a Route,
    found: &'a [SourceTotal],
) -> Element<'a, Message> {
    let l = ctx.lang;
    let name = crate::i18n::table::route_title(ctx.catalog, r, l);
    let mut page = page.push(
        row![
            text(l.funding_for_route().replace("{}", &name))
                .size(style::H3)
                .width(Fill),
            button(text(l.funding_all()))
                .style(style::secondary)
                .press(Message::ClearRoute),
        ]
        .spacing(style::GAP)
        .align_y(iced::Center),
    );
    let mut other: Vec<String> = Vec::new();
    for a in found {
        match ctx.catalog.funding_source(&a.source) {
            Some(f) => page = page.push(source_card(ctx, f, Some(a))),
            None => other.push(a.source.to_string()),
        }
    }
    for f in &ctx.catalog.funding {
        if !found.iter().any(|a| a.source == f.id) {
            other.push(l.pick(&f.name).to_string());
        }
    }
    if !other.is_empty() {
        page = page.push(widgets::section(
            l.funding_not_concerned(),
            column![widgets::body(other.join(", "))],
        ));
    }
    page.into()
}

fn all_sources<'a>(ctx: Ctx<'a>, page: Column<'a, Message>) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut page = page.push(
        row![
            widgets::body(l.funding_no_route()),
            button(text(l.compare_go_routes())).press(Message::Go(Goto::Screen(Screen::Routes))),
        ]
        .spacing(style::GAP)
        .align_y(iced::Center)
        .wrap(),
    );
    if ctx.catalog.funding.is_empty() {
        page = page.push(widgets::body(l.funding_none()));
    }
    for f in &ctx.catalog.funding {
        page = page.push(source_card(ctx, f, None));
    }
    page.into()
}

/// A source: verdict (for a route) or rules (without), then amounts, deadline, signers, how to
/// apply, status with its date, and any uncertainty.
fn source_card<'a>(
    ctx: Ctx<'a>,
    f: &'a FundingSource,
    answer: Option<&SourceTotal>,
) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut head = row![
        text(l.pick(&f.name).to_string())
            .size(style::H3)
            .font(widgets::BOLD)
            .width(Fill)
    ]
    .spacing(style::GAP)
    .align_y(iced::Center);
    if let Some(a) = answer {
        head = head.push(marks::fund_badge(l, a.best));
    }
    let mut col = column![head].spacing(8);
    if let Some(u) = &f.uncertain {
        col = col.push(widgets::uncertain(
            l.detail_uncertain(),
            l.pick(u).to_string(),
        ));
    }
    match answer {
        Some(a) => col = col.push(verdicts(ctx, f, a)),
        None => col = col.push(rules(ctx, f)),
    }
    col = col.push(deadline(l, f, answer));
    if !f.signers.is_empty() {
        let who: Vec<&str> = f.signers.iter().map(|s| l.signer(*s)).collect();
        col = col.push(text(format!("{}: {}", l.funding_signers(), who.join(", "))));
    }
    if !f.how_to_apply.is_empty() {
        let steps = f.how_to_apply.iter().enumerate().fold(
            column![text(l.detail_how_apply()).font(widgets::BOLD)],
            |c, (i, s)| c.push(text(format!("{}. {}", i + 1, l.pick(s)))),
        );
        col = col.push(steps.spacing(2));
    }
    col = col.push(status(ctx, f));
    col = col.push(
        row![
            widgets::hint(format!("{} · {}", f.administrator, f.legal_basis)),
            Space::new().width(Fill),
            button(text(l.funding_more()).size(style::SMALL))
                .style(button::text)
                .press(Message::Go(Goto::Detail(f.id.clone()))),
        ]
        .align_y(iced::Center),
    );
    container(col)
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
}

/// The answer per step: badge, step name, amount, co-payment and the reasons.
fn verdicts<'a>(ctx: Ctx<'a>, f: &FundingSource, a: &SourceTotal) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut col = column![].spacing(6);
    if a.amount > Money::ZERO {
        let mut line = format!("{}: {}", l.funding_amount(), i18n::money(l, a.amount));
        if a.co_payment > Money::ZERO {
            let payer = f.co_payer.as_ref().map(|t| l.pick(t).to_string());
            line.push_str(&format!(
                " · {}: {}{}",
                l.funding_co_payment(),
                i18n::money(l, a.co_payment),
                payer.map(|p| format!(" ({p})")).unwrap_or_default()
            ));
        }
        col = col.push(text(line).font(widgets::BOLD));
    }
    for (n, programme, r) in &a.steps {
        let step = l.pick(&ctx.catalog.name_of(programme)).to_string();
        let reasons = r
            .reasons
            .iter()
            .filter(|c| c.verdict != Verdict::Met || r.verdict == FundVerdict::Eligible)
            .fold(column![].spacing(2), |c, ch| {
                let why = l.reason(ctx.catalog, &ch.reason);
                // A figure whose period ended is boxed like an uncertain fact.
                if ch.reason.is_period_ended() {
                    return c.push(widgets::uncertain(l.period_ended_label(), why));
                }
                c.push(text(format!("{} {why}", marks::check_sign(ch.verdict))).size(style::SMALL))
            });
        col = col.push(
            row![
                marks::fund_badge(l, r.verdict),
                column![
                    text(format!(
                        "{} – {step}",
                        l.route_step().replace("{}", &n.to_string())
                    ))
                    .font(widgets::BOLD),
                    reasons
                ]
                .spacing(2)
                .width(Fill)
            ]
            .spacing(10),
        );
        if let Some(note) = &r.note {
            col = col.push(widgets::hint(l.pick(note).to_string()));
        }
    }
    col.into()
}

/// The rules of a source: what it covers and who can get it.
fn rules<'a>(ctx: Ctx<'a>, f: &FundingSource) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut col = column![widgets::body(l.pick(&f.description).to_string())].spacing(4);
    let covers: Vec<&str> = f.covers.iter().map(|c| l.cost(*c)).collect();
    col = col.push(text(format!(
        "{}: {}",
        l.detail_covers(),
        covers.join(", ")
    )));
    let mut kinds: Vec<String> = f
        .kinds
        .iter()
        .map(|k| crate::i18n::kind_name(l.is_en(), *k).to_string())
        .collect();
    kinds.extend(
        f.programmes
            .iter()
            .map(|p| l.pick(&ctx.catalog.name_of(p)).to_string()),
    );
    if !kinds.is_empty() {
        col = col.push(text(format!(
            "{}: {}",
            l.funding_programmes(),
            kinds.join(", ")
        )));
    }
    if let Some(s) = f.share {
        col = col.push(text(l.funding_share().replace("{}", &s.0.to_string())));
    }
    col = col.push(text(l.funding_who()).font(widgets::BOLD));
    for (depth, line) in detail::requirement_lines(ctx.catalog, l, &f.eligibility) {
        col = col.push(row![
            Space::new().width((depth * 20) as f32),
            text(format!("• {line}")).size(style::BODY)
        ]);
    }
    col.into()
}

fn deadline<'a>(l: Lang, f: &FundingSource, a: Option<&SourceTotal>) -> Element<'a, Message> {
    // The window for the first step the source is for, not for a step it skips.
    text(l.apply_window(f, a.and_then(SourceTotal::first_for))).into()
}

/// Open, closed or unknown, with the date checked; closed pools listed with theirs.
fn status<'a>(ctx: Ctx<'a>, f: &FundingSource) -> Element<'a, Message> {
    let l = ctx.lang;
    let (word, tone) = match f.status.state {
        PoolState::Open => (l.detail_status_open(), marks::Tone::Good),
        PoolState::Closed => (l.detail_status_closed(), marks::Tone::Bad),
        PoolState::Unknown => (l.detail_status_unknown(), marks::Tone::Maybe),
    };
    let mut col = column![
        row![
            marks::badge("", word, tone),
            text(format!(
                "{} {}",
                l.detail_checked(),
                i18n::date(l, f.status.checked)
            ))
        ]
        .spacing(10)
        .align_y(iced::Center)
    ]
    .spacing(4);
    if let Some(n) = &f.status.note {
        col = col.push(widgets::hint(l.pick(n).to_string()));
    }
    for p in &f.pools {
        let state = match p.status.state {
            PoolState::Open => l.detail_status_open(),
            PoolState::Closed => l.detail_status_closed(),
            PoolState::Unknown => l.detail_status_unknown(),
        };
        col = col.push(text(format!(
            "{} «{}»: {state} ({} {})",
            l.funding_pool(),
            l.pick(&p.name),
            l.detail_checked(),
            i18n::date(l, p.status.checked)
        )));
    }
    if crate::catalog::is_old(f.status.checked, ctx.today) {
        col = col.push(widgets::uncertain(
            l.detail_uncertain(),
            l.detail_old_source(),
        ));
    }
    col.into()
}

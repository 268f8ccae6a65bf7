//! Routes: the ranked ways from the person's role to a target, with sorting, what-if toggles
//! and a card per route (timeline, pay, funding, what is missing).

use super::{Ctx, Goto, route_card, style, widgets};
use crate::catalog::{Catalog, Date, Id};
use crate::engine::routes::find_routes;
pub use crate::engine::whatif::{Toggle, WhatIfs};
use crate::engine::{Profile, Query, Route, SortBy, what_if};
use crate::i18n::Lang;
use crate::i18n::glossary::{self, Term};
use crate::ui::focus::{Press, pick_list, toggle};
use iced::widget::{Column, button, checkbox, column, container, row, text};
use iced::{Element, Fill};
use std::collections::HashSet;
use std::rc::Rc;

/// Programmes in a route unless the user asks for more or fewer.
pub const DEFAULT_STEPS: usize = 4;
/// The most steps the user can ask for.
pub const MAX_STEPS: usize = 8;

/// The routes found for the current choices, with what the what-if changed.
#[derive(Debug)]
pub struct Found {
    key: Key,
    pub routes: Vec<Route>,
    /// What the what-if toggles changed; `None` when none is on.
    pub what_if: Option<crate::engine::WhatIf>,
    /// Words on the cards that have an explanation.
    pub terms: Vec<Term>,
    /// The what-if switches that would change something for this person.
    pub offered: Vec<Toggle>,
}

/// Everything the found routes depend on.
#[derive(Debug, PartialEq)]
struct Key {
    profile: Profile,
    from: Option<Id>,
    to: Id,
    sort: SortBy,
    max_steps: usize,
    what_if: WhatIfs,
    today: Date,
    generation: u64,
}

/// The screen's state; kept while the user visits other tabs.
#[derive(Debug)]
pub struct State {
    /// Where the user starts from and wants to go, when known.
    pub from: Option<Id>,
    pub to: Option<Id>,
    pub sort: SortBy,
    pub max_steps: usize,
    pub what_if: WhatIfs,
    /// A reopened plan's profile, used instead of the current one until the user drops it.
    pub saved_profile: Option<Profile>,
    /// Routes whose details are folded away, by route id.
    pub folded: HashSet<String>,
    /// Steps whose "schemes that do not cover this step" list is open, as "route id#step".
    pub not_covering: HashSet<String>,
    /// The routes for the current choices, worked out by [`State::refresh`].
    found: Option<Rc<Found>>,
    /// Glossary terms whose explanation is open.
    pub open_terms: Vec<Term>,
}

impl Default for State {
    fn default() -> Self {
        State {
            from: None,
            to: None,
            sort: SortBy::Fastest,
            max_steps: DEFAULT_STEPS,
            what_if: WhatIfs::default(),
            saved_profile: None,
            folded: HashSet::new(),
            not_covering: HashSet::new(),
            open_terms: Vec::new(),
            found: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Target(Id),
    Sort(SortBy),
    MoreSteps,
    FewerSteps,
    WhatIf(Toggle, bool),
    UseCurrentProfile,
    /// Fold or unfold a route's details.
    Fold(String),
    /// Show or hide the schemes that do not cover a step ("route id#step").
    NotCovering(String),
    /// Open or close a word's explanation.
    Term(Term),
    Compare(String),
    SavePlan(String),
    Funding(String),
    Go(Goto),
}

/// What the app should do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
    /// Add the route to the comparison.
    Compare(Box<Route>),
    /// Save the route as a plan, with the profile it was found for.
    SavePlan(Box<Route>, Box<Profile>),
    /// Show the funding for the route's steps.
    Funding(Box<Route>),
}

/// A role in the target list.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleItem {
    pub id: Id,
    pub name: String,
}

impl std::fmt::Display for RoleItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

impl State {
    /// Called by the app when another screen asks for routes between two roles.
    pub fn open(&mut self, from: Option<Id>, to: Option<Id>) {
        self.from = from;
        self.to = to;
        self.saved_profile = None;
    }

    /// Shows a saved plan's route again: its roles and the profile it was made for.
    pub fn reopen(&mut self, from: Option<Id>, to: Id, profile: Option<Profile>) {
        self.from = from;
        self.to = Some(to);
        self.saved_profile = profile;
        self.what_if = WhatIfs::default();
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Target(id) => self.to = Some(id),
            Message::Sort(s) => self.sort = s,
            Message::MoreSteps => self.max_steps = (self.max_steps + 1).min(MAX_STEPS),
            Message::FewerSteps => self.max_steps = self.max_steps.saturating_sub(1).max(1),
            Message::WhatIf(t, on) => self.what_if.set(t, on),
            Message::UseCurrentProfile => self.saved_profile = None,
            Message::Fold(id) => {
                if !self.folded.remove(&id) {
                    self.folded.insert(id);
                }
            }
            Message::NotCovering(key) => {
                if !self.not_covering.remove(&key) {
                    self.not_covering.insert(key);
                }
            }
            Message::Term(t) => {
                if let Some(i) = self.open_terms.iter().position(|x| *x == t) {
                    self.open_terms.remove(i);
                } else {
                    self.open_terms.push(t);
                }
            }
            Message::Compare(id) => return self.with_route(ctx, &id, Action::Compare),
            Message::Funding(id) => return self.with_route(ctx, &id, Action::Funding),
            Message::SavePlan(id) => {
                let profile = Box::new(self.base(ctx).clone());
                return self.with_route(ctx, &id, |r| Action::SavePlan(r, profile));
            }
            Message::Go(g) => return Action::Go(g),
        }
        Action::None
    }

    fn with_route(&self, ctx: &Ctx, id: &str, make: impl FnOnce(Box<Route>) -> Action) -> Action {
        let _ = ctx;
        self.found()
            .and_then(|f| f.routes.iter().find(|r| r.id == id).cloned())
            .map_or(Action::None, |r| make(Box::new(r)))
    }

    /// The profile the routes are found for: a reopened plan's, else the person's.
    pub fn base<'a>(&'a self, ctx: &Ctx<'a>) -> &'a Profile {
        self.saved_profile.as_ref().unwrap_or(ctx.profile)
    }

    /// The starting role shown: the one asked for, else the profile's.
    pub fn start_role<'a>(&'a self, ctx: &Ctx<'a>) -> Option<&'a Id> {
        self.from.as_ref().or(self.base(ctx).role.as_ref())
    }

    /// The routes for the current choices, as last worked out.
    pub fn found(&self) -> Option<Rc<Found>> {
        self.found.clone()
    }

    /// Works the routes out again when something they depend on has changed.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let Some(to) = self.to.clone() else {
            self.found = None;
            return;
        };
        let base = self.base(ctx);
        let key = Key {
            profile: base.clone(),
            from: self.from.clone(),
            to: to.clone(),
            sort: self.sort,
            max_steps: self.max_steps,
            what_if: self.what_if,
            today: ctx.today,
            generation: ctx.generation,
        };
        if self.found.as_ref().is_some_and(|f| f.key == key) {
            return;
        }
        let query = Query {
            from: self.from.clone(),
            to,
            max_steps: self.max_steps,
            sort: self.sort,
            start: None,
            today: ctx.today,
        };
        let (routes, what_if) = if self.what_if.any() {
            let changed = self.what_if.apply(base, ctx.today);
            let w = what_if(ctx.catalog, base, &changed, &query);
            (w.after.clone(), Some(w))
        } else {
            (find_routes(ctx.catalog, base, &query), None)
        };
        let terms = glossary::route_terms(ctx.catalog, &routes, ctx.lang);
        let offered = WhatIfs::offered(base, ctx.today);
        self.found = Some(Rc::new(Found {
            key,
            routes,
            what_if,
            terms,
            offered,
        }));
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let mut page = column![widgets::h1(l.routes_title()), self.pickers(ctx)]
            .spacing(style::GAP)
            .width(Fill);
        if self.saved_profile.is_some() {
            page = page.push(
                container(
                    row![
                        text(l.routes_saved_profile()).width(Fill),
                        button(text(l.routes_use_current()))
                            .style(style::secondary)
                            .press(Message::UseCurrentProfile),
                    ]
                    .spacing(style::GAP)
                    .align_y(iced::Center),
                )
                .padding(10)
                .width(Fill)
                .style(style::notice),
            );
        }
        let Some(found) = self.found() else {
            return page.push(self.pick_target(ctx)).into();
        };
        page = page
            .push(self.sort_row(l))
            .push(self.what_if_view(ctx, &found));
        if self.start_role(&ctx).is_none() {
            page = page.push(widgets::body(l.routes_no_from()));
        }
        if found.routes.is_empty() {
            return page
                .push(widgets::h2(
                    l.routes_none().replace("{}", &self.max_steps.to_string()),
                ))
                .push(
                    button(text(l.routes_more_steps()).size(style::H3))
                        .padding([10, 16])
                        .press_maybe((self.max_steps < MAX_STEPS).then_some(Message::MoreSteps)),
                )
                .into();
        }
        page = page
            .push(widgets::body(l.routes_found_n(found.routes.len())))
            .push(super::timeline::legend(l))
            .push(self.glossary(l, &found.terms));
        for (i, r) in found.routes.iter().enumerate() {
            let open = !self.folded.contains(&r.id);
            let shown = &self.not_covering;
            page = page.push(route_card::view(ctx, i + 1, r, open, shown));
        }
        page.into()
    }

    /// The words on the cards a helper may not know: a "?" each, opening a line that says
    /// what it means.
    fn glossary<'a>(&'a self, l: Lang, terms: &[Term]) -> Element<'a, Message> {
        if terms.is_empty() {
            return column![].into();
        }
        let chips = terms.iter().map(|&t| {
            let open = self.open_terms.contains(&t);
            button(text(format!("? {}", l.term_name(t))))
                .style(if open {
                    button::primary
                } else {
                    style::secondary
                })
                .press(Message::Term(t))
                .into()
        });
        let mut col = column![
            text(l.routes_words()).size(style::BODY),
            iced::widget::Row::with_children(chips).spacing(8).wrap(),
        ]
        .spacing(8);
        for &t in terms.iter().filter(|t| self.open_terms.contains(t)) {
            col = col.push(widgets::body(format!(
                "{}: {}",
                l.term_name(t),
                l.term_explain(t)
            )));
        }
        col.into()
    }

    fn pickers<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let from = self
            .start_role(&ctx)
            .map(|id| role_name(ctx.catalog, l, id))
            .unwrap_or_else(|| "–".into());
        let items = targets(ctx.catalog, l, self.start_role(&ctx).map(|s| s.as_str()));
        let selected = self
            .to
            .as_ref()
            .and_then(|id| items.iter().find(|i| &i.id == id).cloned());
        let steps = row![
            button(text(l.routes_fewer_steps()))
                .style(style::secondary)
                .press_maybe((self.max_steps > 1).then_some(Message::FewerSteps)),
            text(
                l.routes_max_steps()
                    .replace("{}", &self.max_steps.to_string())
            ),
            button(text(l.routes_more_steps()))
                .style(style::secondary)
                .press_maybe((self.max_steps < MAX_STEPS).then_some(Message::MoreSteps)),
        ]
        .spacing(8)
        .align_y(iced::Center);
        row![
            text(format!("{}:", l.routes_from())).font(widgets::BOLD),
            text(from),
            text(format!("{}:", l.routes_to())).font(widgets::BOLD),
            pick_list(items, selected, |r: RoleItem| Message::Target(r.id))
                .placeholder(l.routes_pick_target())
                .text_size(style::BODY)
                .padding(10),
            steps,
        ]
        .spacing(style::GAP)
        .align_y(iced::Center)
        .wrap()
        .into()
    }

    /// The empty state: no target yet, with the targets as big buttons.
    fn pick_target<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let mut col = column![
            widgets::h2(l.routes_pick_target()),
            widgets::body(l.routes_pick_target_hint()),
        ]
        .spacing(style::GAP)
        .max_width(900);
        let from = self.start_role(&ctx).map(|s| s.as_str()).unwrap_or("");
        for id in crate::engine::goals::goals(ctx.catalog, from, Some(self.base(&ctx))) {
            col = col.push(
                button(text(role_name(ctx.catalog, l, id)).size(style::H3))
                    .padding([14, 20])
                    .width(Fill)
                    .press(Message::Target(id.clone())),
            );
        }
        col.into()
    }

    fn sort_row<'a>(&'a self, l: Lang) -> Element<'a, Message> {
        let options = [
            (SortBy::Fastest, l.sort_fastest()),
            (SortBy::Cheapest, l.sort_cheapest()),
            (SortBy::Income, l.sort_income()),
            (SortBy::Steps, l.sort_steps()),
        ];
        options
            .into_iter()
            .fold(
                row![text(format!("{}:", l.routes_sort())).font(widgets::BOLD)]
                    .spacing(8)
                    .align_y(iced::Center),
                |r, (s, label)| {
                    let b = button(text(label).size(style::BODY)).padding([8, 14]);
                    // The chosen one stays pressable so it is drawn as active, not greyed out.
                    let style = if s == self.sort {
                        button::primary
                    } else {
                        style::secondary
                    };
                    r.push(b.style(style).press(Message::Sort(s)))
                },
            )
            .wrap()
            .into()
    }

    fn what_if_view<'a>(&'a self, ctx: Ctx<'a>, found: &Found) -> Element<'a, Message> {
        let l = ctx.lang;
        let shown = Toggle::ALL
            .into_iter()
            .filter(|&t| found.offered.contains(&t) || self.what_if.get(t));
        let boxes = shown.fold(column![].spacing(6), |c, t| {
            c.push(toggle(
                checkbox(self.what_if.get(t))
                    .label(l.whatif_toggle(t))
                    .text_size(style::BODY)
                    .size(22),
                self.what_if.get(t),
                move |on| Message::WhatIf(t, on),
            ))
        });
        let mut col: Column<'a, Message> = column![widgets::h3(l.routes_whatif()), boxes];
        if let Some(w) = &found.what_if {
            let said = crate::i18n::table::what_if_lines(ctx.catalog, w, l);
            let lines = said.into_iter().fold(column![].spacing(4), |c, t| {
                c.push(text(format!("• {t}")).size(style::BODY))
            });
            col = col
                .push(text(l.whatif_changes()).font(widgets::BOLD))
                .push(lines);
        }
        container(col.spacing(8))
            .padding(14)
            .width(Fill)
            .style(style::card)
            .into()
    }
}

/// A role's name in a language, or its id when the catalogue lacks it.
pub fn role_name(c: &Catalog, l: Lang, id: &str) -> String {
    c.role(id)
        .map(|r| l.pick(&r.name).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The target list: every role but the starting one.
pub fn targets(c: &Catalog, l: Lang, from: Option<&str>) -> Vec<RoleItem> {
    crate::engine::goals::goals(c, from.unwrap_or(""), None)
        .into_iter()
        .map(|id| RoleItem {
            id: id.clone(),
            name: role_name(c, l, id),
        })
        .collect()
}

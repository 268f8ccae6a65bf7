//! Compare: two to four routes side by side, row by row, differing rows tinted and marked, and
//! each entry requirement ticked for this person.

use super::{Ctx, Goto, Screen, marks, style, widgets};
use crate::ui::focus::Press;

use crate::engine::compare::requirement_rows;
use crate::i18n::table::compare;

use crate::engine::Route;
use crate::i18n::Lang;
use iced::widget::{Row, Space, button, column, container, row, text};
use iced::{Element, Fill, FillPortion};

/// The most routes compared at once.
pub const MAX: usize = 4;

/// The mark of a row whose cells differ (also said in words in the legend).
pub const DIFFERS: &str = "≠";

/// The screen's state; kept while the user visits other tabs.
#[derive(Debug, Default)]
pub struct State {
    /// The compared routes, in the order they were added.
    pub routes: Vec<Route>,
}

/// Why a route could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddError {
    Full,
    AlreadyThere,
    /// No route to the programme's role contains it.
    NoRoute,
}

impl AddError {
    /// The sentence to show.
    pub fn message(self, l: Lang) -> &'static str {
        match self {
            AddError::Full => l.compare_full(),
            AddError::AlreadyThere => l.compare_already(),
            AddError::NoRoute => l.compare_no_route(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Remove the column at this index.
    Remove(usize),
    Clear,
    Go(Goto),
}

/// What the app should do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
}

impl State {
    /// Adds a route as a new column.
    pub fn add(&mut self, route: Route) -> Result<(), AddError> {
        if self
            .routes
            .iter()
            .any(|r| r.id == route.id && r.to == route.to)
        {
            return Err(AddError::AlreadyThere);
        }
        if self.routes.len() >= MAX {
            return Err(AddError::Full);
        }
        self.routes.push(route);
        Ok(())
    }

    /// Adds a programme as the route that takes it to the first role it leads to (the
    /// shortest such route for this person).
    pub fn add_programme(&mut self, ctx: &Ctx, id: &str) -> Result<(), AddError> {
        let steps = super::routes::DEFAULT_STEPS;
        let route = crate::engine::search::through(ctx.catalog, ctx.profile, id, steps, ctx.today)
            .ok_or(AddError::NoRoute)?;
        self.add(route)
    }

    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
            Message::Remove(i) => {
                if i < self.routes.len() {
                    self.routes.remove(i);
                }
            }
            Message::Clear => self.routes.clear(),
            Message::Go(g) => return Action::Go(g),
        }
        Action::None
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let mut page = column![widgets::h1(l.compare_title())]
            .spacing(style::GAP)
            .width(Fill);
        if self.routes.is_empty() {
            return page
                .push(widgets::h2(l.compare_empty()))
                .push(widgets::body(l.compare_how()))
                .push(
                    button(text(l.compare_go_routes()).size(style::H3))
                        .padding([10, 16])
                        .press(Message::Go(Goto::Screen(Screen::Routes))),
                )
                .into();
        }
        if self.routes.len() == 1 {
            page = page.push(widgets::body(l.compare_one_more()));
        }
        page = page.push(
            row![
                container(text(DIFFERS).size(style::H3).font(widgets::BOLD))
                    .padding([0, 8])
                    .style(marks::differs),
                text(l.compare_legend()).size(style::BODY),
                Space::new().width(Fill),
                button(text(l.compare_clear()))
                    .style(button::danger)
                    .press(Message::Clear),
            ]
            .spacing(10)
            .align_y(iced::Center),
        );
        page = page.push(self.header(ctx));
        let table = compare(ctx.catalog, &self.routes, l);
        for r in table.rows {
            let cells = r.cells.into_iter().map(cell_text);
            page = page.push(line(r.label, cells, r.differs));
        }
        page = page.push(widgets::h2(l.compare_requirements()));
        let reqs = requirement_rows(&self.routes);
        if reqs.is_empty() {
            page = page.push(widgets::body(l.compare_no_requirements()));
        }
        for r in &reqs {
            let cells = r.cells.iter().map(|v| match v {
                Some(v) => marks::check_badge(l, *v),
                None => cell_text(l.compare_not_asked().to_string()),
            });
            page = page.push(line(l.reason(ctx.catalog, &r.label), cells, r.differs));
        }
        page.into()
    }

    /// The column titles with a remove button each.
    fn header<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let mut r = row![Space::new().width(FillPortion(2))].spacing(8);
        for (i, route) in self.routes.iter().enumerate() {
            let name = crate::i18n::table::route_title(ctx.catalog, route, l);
            r = r.push(
                container(
                    column![
                        text(name).font(widgets::BOLD).size(style::BODY),
                        button(text(l.compare_remove()).size(style::SMALL))
                            .style(style::secondary)
                            .padding([4, 10])
                            .press(Message::Remove(i)),
                    ]
                    .spacing(6),
                )
                .padding(8)
                .width(FillPortion(3))
                .style(style::card),
            );
        }
        r.into()
    }
}

fn cell_text<'a>(s: String) -> Element<'a, Message> {
    text(s).size(style::BODY).into()
}

/// One table row: the label, a cell per route, tinted and marked when the cells differ.
fn line<'a>(
    label: String,
    cells: impl Iterator<Item = Element<'a, Message>>,
    differs: bool,
) -> Element<'a, Message> {
    let mark = if differs { DIFFERS } else { "" };
    let head = row![
        text(mark).size(style::H3).font(widgets::BOLD).width(22),
        text(label)
            .font(widgets::BOLD)
            .size(style::BODY)
            .width(Fill),
    ]
    .spacing(4)
    .width(FillPortion(2));
    let r: Row<'a, Message> = cells.fold(row![head].spacing(8), |r, c| {
        r.push(container(c).width(FillPortion(3)))
    });
    container(r.align_y(iced::Center))
        .padding(8)
        .width(Fill)
        .style(if differs { marks::differs } else { marks::cell })
        .into()
}

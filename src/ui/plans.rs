//! Plans: saved routes with deadlines and a checklist (stub: filled in by the screens helper).

use super::{Ctx, Goto, widgets};
use crate::catalog::Id;
use iced::Element;
use iced::widget::column;

/// The screen's state; kept while the user visits other tabs.
#[derive(Debug, Default)]
pub struct State {
    /// Where the user starts from and wants to go, when known.
    pub from: Option<Id>,
    pub to: Option<Id>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Go(Goto),
}

/// What the app should do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
}

impl State {
    /// Called by the app when another screen asks for routes between two roles.
    pub fn open(&mut self, from: Option<Id>, to: Option<Id>) {
        self.from = from;
        self.to = to;
    }

    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
            Message::Go(g) => Action::Go(g),
        }
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let name = |id: &Option<Id>| {
            id.as_deref()
                .and_then(|i| ctx.catalog.role(i))
                .map(|r| ctx.lang.pick(&r.name).to_string())
                .unwrap_or_else(|| "–".into())
        };
        column![
            widgets::h1(ctx.lang.tab_plans()),
            widgets::body(format!("{} → {}", name(&self.from), name(&self.to))),
            widgets::hint(ctx.lang.not_ready()),
        ]
        .spacing(12)
        .into()
    }
}

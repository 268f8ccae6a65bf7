//! Profile: a short form for what the engine needs; every field optional and explained.

use super::{Ctx, Goto, style, widgets};
use crate::engine::Profile;
use iced::Element;
use iced::widget::column;

#[derive(Debug, Default)]
pub struct State {}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Go(Goto),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
}

impl State {
    pub fn update(&mut self, message: Message, _profile: &mut Profile) -> Action {
        match message {
            Message::Go(g) => Action::Go(g),
        }
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        column![
            widgets::h1(l.profile_title()),
            widgets::body(l.profile_intro())
        ]
        .spacing(style::GAP)
        .into()
    }
}

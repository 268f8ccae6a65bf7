//! Start: "Hvor er du nu?" — pick the current role, then a goal, and go straight to routes.

use super::{Ctx, Goto, style, widgets};
use crate::catalog::Id;
use crate::ui::focus::Press;
use iced::widget::{button, column, row, text};
use iced::{Element, Fill};

use crate::engine::goals;
pub use crate::engine::goals::COMMON_ROLES;

#[derive(Debug, Default)]
pub struct State {
    /// The role picked in step one; step two (the goal) shows when set.
    pub role: Option<Id>,
    /// All roles are listed, not only the common ones.
    pub show_all_roles: bool,
    /// The saved profiles are listed by name (hidden until asked, so the next participant
    /// does not see the last one's name).
    pub show_saved: bool,
    /// Guest mode cannot be turned off (dialogue-day mode): the switch is not offered.
    pub guest_locked: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    RolePicked(Id),
    ChangeRole,
    ToggleAllRoles,
    GuestPressed,
    ToggleSaved,
    /// A saved profile, by id.
    ProfilePicked(String),
    TargetPicked(Id),
    ShowPossible,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// The person's current role (or none when they change their mind).
    PickRole(Option<Id>),
    /// Continue with the saved profile of this id.
    LoadProfile(String),
    /// Turn guest mode on or off.
    ToggleGuest,
    Go(Goto),
}

impl State {
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::RolePicked(id) => {
                self.role = Some(id.clone());
                Action::PickRole(Some(id))
            }
            Message::ChangeRole => {
                self.role = None;
                Action::PickRole(None)
            }
            Message::ToggleAllRoles => {
                self.show_all_roles = !self.show_all_roles;
                Action::None
            }
            Message::GuestPressed => Action::ToggleGuest,
            Message::ToggleSaved => {
                self.show_saved = !self.show_saved;
                Action::None
            }
            Message::ProfilePicked(name) => Action::LoadProfile(name),
            Message::TargetPicked(to) => Action::Go(Goto::ShowRoutes {
                from: self.role.clone().or_else(|| ctx.profile.role.clone()),
                to: Some(to),
            }),
            Message::ShowPossible => Action::Go(Goto::ShowRoutes {
                from: self.role.clone().or_else(|| ctx.profile.role.clone()),
                to: None,
            }),
        }
    }

    pub fn view<'a>(
        &'a self,
        ctx: Ctx<'a>,
        guest: bool,
        saved: Vec<(String, String)>,
    ) -> Element<'a, Message> {
        match &self.role {
            None => self.view_role(ctx, guest, saved),
            Some(role) => view_target(ctx, role),
        }
    }

    fn view_role<'a>(
        &'a self,
        ctx: Ctx<'a>,
        guest: bool,
        saved: Vec<(String, String)>,
    ) -> Element<'a, Message> {
        let l = ctx.lang;
        let roles = goals::start_roles(ctx.catalog, self.show_all_roles);
        let mut col = column![
            widgets::h1(l.start_title()),
            widgets::body(l.start_intro()),
            widgets::hint(l.start_keys())
        ]
        .spacing(style::GAP)
        .max_width(900);
        if ctx.catalog.roles.is_empty() {
            col = col.push(widgets::body(l.start_no_roles()));
        }
        for (i, id) in roles.into_iter().enumerate() {
            if let Some(r) = ctx.catalog.role(id) {
                col = col.push(widgets::numbered_button(
                    i + 1,
                    l.pick(&r.name),
                    Message::RolePicked(id.clone()),
                ));
            }
        }
        let more = if self.show_all_roles {
            l.start_fewer_roles()
        } else {
            l.start_more_roles()
        };
        col = col.push(
            button(text(more).size(style::BODY))
                .style(style::secondary)
                .padding([10, 16])
                .press(Message::ToggleAllRoles),
        );
        if !saved.is_empty() {
            let toggle = button(text(
                l.start_saved_count()
                    .replace("{}", &saved.len().to_string()),
            ))
            .style(style::secondary)
            .padding([10, 16])
            .press(Message::ToggleSaved);
            let mut list = column![toggle].spacing(6);
            if self.show_saved {
                for (id, name) in saved {
                    list = list.push(
                        button(text(name))
                            .style(style::secondary)
                            .press(Message::ProfilePicked(id)),
                    );
                }
            }
            col = col.push(list);
        }
        let guest_label = if guest {
            l.start_guest_on()
        } else {
            l.start_guest()
        };
        if self.guest_locked {
            return col.into();
        }
        col = col.push(
            button(text(guest_label).size(style::BODY))
                .style(button::text)
                .press(Message::GuestPressed),
        );
        col.into()
    }
}

fn view_target<'a>(ctx: Ctx<'a>, from: &'a Id) -> Element<'a, Message> {
    let l = ctx.lang;
    let now = ctx
        .catalog
        .role(from)
        .map(|r| l.pick(&r.name))
        .unwrap_or(from.as_str());
    let mut col = column![
        row![
            text(l.start_now()).size(style::BODY),
            text(now).size(style::BODY).font(widgets::BOLD),
            button(text(l.start_change_role()))
                .style(style::secondary)
                .press(Message::ChangeRole),
        ]
        .spacing(style::GAP)
        .align_y(iced::Center),
        widgets::h1(l.start_target_title()),
        widgets::body(l.start_target_intro()),
        widgets::hint(l.start_keys()),
        button(
            row![
                text("0").size(style::H3).width(28).font(widgets::BOLD),
                text(l.start_show_all()).size(style::H3)
            ]
            .spacing(12)
        )
        .style(button::success)
        .padding([14, 20])
        .width(Fill)
        .press(Message::ShowPossible),
    ]
    .spacing(style::GAP)
    .max_width(900);
    for (i, id) in goals::goals(ctx.catalog, from, Some(ctx.profile))
        .into_iter()
        .enumerate()
    {
        if let Some(r) = ctx.catalog.role(id) {
            col = col.push(widgets::numbered_button(
                i + 1,
                l.pick(&r.name),
                Message::TargetPicked(id.clone()),
            ));
        }
    }
    col.into()
}

impl State {
    /// The choice behind number key `n` (1–9; 0 is "show me what is possible").
    pub fn key(&self, ctx: &Ctx, n: usize) -> Option<Message> {
        match &self.role {
            None => goals::start_roles(ctx.catalog, self.show_all_roles)
                .get(n.checked_sub(1)?)
                .map(|id| Message::RolePicked((*id).clone())),
            Some(_) if n == 0 => Some(Message::ShowPossible),
            Some(from) => goals::goals(ctx.catalog, from, Some(ctx.profile))
                .get(n - 1)
                .map(|id| Message::TargetPicked((*id).clone())),
        }
    }
}

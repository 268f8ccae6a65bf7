//! The counsellor session: one client's profile, routes, comparison and notes live in memory
//! only, and at the end the counsellor chooses to save them for the person (a file where
//! they choose), keep them in Vejviser (under an id), or forget them.

use super::{App, Message as AppMessage};
use crate::store::Plan;
use crate::ui::focus::Press;
use crate::ui::{Screen, dialog, plans};
use crate::ui::{style, widgets};
use iced::widget::{button, column, container, row, text, text_editor};
use iced::{Element, Fill};
use iced::{Task, window};
use std::path::PathBuf;

/// The end question's first choice, focused when the question appears.
const FIRST_CHOICE: &str = "session-first-choice";

/// A session while it runs.
#[derive(Default)]
pub struct Session {
    /// The counsellor's notes; they go into the plans when the session is saved.
    pub notes: text_editor::Content,
    /// The notes are shown under the header.
    pub show_notes: bool,
    /// The end question is showing.
    pub ending: bool,
    /// The window closes once the end question is answered.
    pub closing: Option<window::Id>,
    /// The end question's answer went wrong or needs a word (shown in the question).
    pub said: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Start,
    Notes(text_editor::Action),
    ToggleNotes,
    /// "Afslut samtale": ask what happens to the session.
    AskEnd,
    /// "Gem til personen": ask where the file goes.
    ToPerson,
    /// The place chosen in the save dialog (`None`: cancelled).
    SaveTo(Option<PathBuf>),
    /// "Gem i Vejviser".
    Keep,
    /// "Glem".
    Forget,
    /// "Fortsæt samtalen": back to the session.
    Continue,
}

impl App {
    pub(super) fn on_session(&mut self, m: Message) -> Task<AppMessage> {
        match m {
            Message::Start => self.start_session(),
            Message::Notes(a) => {
                if let Some(s) = &mut self.session {
                    s.notes.perform(a);
                }
                Task::none()
            }
            Message::ToggleNotes => {
                if let Some(s) = &mut self.session {
                    s.show_notes = !s.show_notes;
                }
                Task::none()
            }
            Message::AskEnd => {
                if let Some(s) = &mut self.session {
                    s.ending = true;
                    s.said = None;
                }
                // The keyboard starts at the question, not back in the header.
                iced::widget::operation::focus(FIRST_CHOICE)
            }
            Message::Continue => {
                if let Some(s) = &mut self.session {
                    s.ending = false;
                    s.closing = None;
                    s.said = None;
                }
                Task::none()
            }
            Message::ToPerson => self.ask_where_for_person(),
            Message::SaveTo(None) => Task::none(),
            Message::SaveTo(Some(path)) => self.save_for_person(&path),
            Message::Keep => self.keep_session(),
            Message::Forget => {
                let l = self.prefs.lang;
                self.end_session(l.session_forgotten().to_string())
            }
        }
    }

    /// "Ny samtale": whatever was on screen is put away (kept as before, if it was being
    /// kept), the screen is cleared, and from here nothing is written until the end.
    fn start_session(&mut self) -> Task<AppMessage> {
        if self.session.is_some() || self.dialogue.is_some() {
            return Task::none();
        }
        self.flush_autosave();
        // A guest from here on, so clearing the screen writes nothing (not even settings).
        self.guest = true;
        self.reset_delete = false;
        let _ = self.confirm_reset(true);
        // Another client's plans are not shown during this one's session.
        self.plans = plans::State::default();
        self.session = Some(Session::default());
        self.notice = Some(self.prefs.lang.session_started().to_string());
        Task::none()
    }

    /// Closing the window during a session asks the end question first.
    pub(super) fn close_in_session(&mut self, id: window::Id) -> Option<Task<AppMessage>> {
        let s = self.session.as_mut()?;
        s.ending = true;
        s.closing = Some(id);
        Some(iced::widget::operation::focus(FIRST_CHOICE))
    }

    /// The session's notes as plain text.
    fn notes(&self) -> String {
        self.session
            .as_ref()
            .map(|s| s.notes.text().trim().to_string())
            .unwrap_or_default()
    }

    /// The plans of the session with the notes added; with no plan saved by hand, one is made
    /// from the best route on the Routes screen. Empty when there is no route at all.
    fn session_plans(&self) -> Vec<Plan> {
        let notes = self.notes();
        let mut out: Vec<Plan> = self.plans.plans.clone();
        if out.is_empty()
            && let Some(found) = self.routes.found()
            && let Some(best) = found.routes.first()
        {
            let ctx = self.ctx();
            let profile = self.routes.saved_profile.as_ref().unwrap_or(&self.profile);
            let id = crate::store::new_id("plan");
            out.push(crate::store::plan::from_route(
                ctx.catalog,
                ctx.lang,
                best,
                profile,
                id,
                ctx.today,
            ));
        }
        if !notes.is_empty() {
            for p in &mut out {
                p.notes = match p.notes.trim() {
                    "" => notes.clone(),
                    own => format!("{own}\n\n{notes}"),
                };
            }
        }
        out
    }

    fn say(&mut self, said: String) {
        if let Some(s) = &mut self.session {
            s.said = Some(said);
        }
    }

    /// Asks where the plan for the person goes; its suggested name carries no personal name.
    fn ask_where_for_person(&mut self) -> Task<AppMessage> {
        let l = self.prefs.lang;
        if self.session_plans().is_empty() {
            self.say(l.session_no_plan().to_string());
            return Task::none();
        }
        let name = format!("vejviser-plan-{}.pdf", self.today);
        let asked = dialog::save_plan(l.session_save_title().to_string(), name.clone());
        Task::perform(asked, move |c| {
            super::ask_path::Then::Session.chosen(c, &name)
        })
    }

    /// Writes the plan (the newest, with the notes) as PDF, or as a plan file when the chosen
    /// name ends in `.ron`, then ends the session without keeping anything.
    fn save_for_person(&mut self, path: &std::path::Path) -> Task<AppMessage> {
        let l = self.prefs.lang;
        let Some(plan) = self.session_plans().into_iter().next() else {
            self.say(l.session_no_plan().to_string());
            return Task::none();
        };
        let as_ron = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        let written = if as_ron {
            crate::ui::plan_file::export_plan(&plan, path)
        } else {
            let first_name = Some(self.profile.name.trim()).filter(|n| !n.is_empty());
            crate::pdf::plan(&plan, &self.loaded.catalog, l, self.today, first_name).and_then(
                |bytes| {
                    crate::store::write_atomic(path, &bytes).map_err(|_| {
                        l.plans_pdf_not_written()
                            .replace("{}", &path.display().to_string())
                    })
                },
            )
        };
        match written {
            Ok(()) => self.end_session(
                l.session_saved_for_person()
                    .replace("{}", &path.display().to_string()),
            ),
            Err(e) => {
                self.say(l.session_not_written().replace("{}", &e));
                Task::none()
            }
        }
    }

    /// "Gem i Vejviser": the profile (its own record, or the one it was opened from) and the
    /// plans, each under a new id; the session ends only when all of it was written.
    fn keep_session(&mut self) -> Task<AppMessage> {
        let l = self.prefs.lang;
        let plans = self.session_plans();
        let mut profile = self.profile.clone();
        profile.version = crate::engine::profile::PROFILE_VERSION;
        let kept = match self.profile_id.clone() {
            Some(id) => self.keeper.save_profile(&id, &profile),
            None => self.keeper.add_profile(&profile).map(|id| {
                self.profile_id = Some(id);
            }),
        };
        let kept = kept.and_then(|()| {
            plans
                .iter()
                .try_for_each(|p| self.keeper.add_plan(p).map(|_| ()))
        });
        if let Err(e) = kept {
            self.say(l.session_not_kept().replace("{}", &l.store_error(&e)));
            return Task::none();
        }
        let mut said = l.session_kept().replace("{}", &plans.len().to_string());
        if plans.is_empty() && !self.notes().is_empty() {
            said = format!("{said} {}", l.session_notes_dropped());
        }
        self.end_session(said)
    }

    /// Ends the session: the screen is cleared, the counsellor's own plans come back, and the
    /// window closes if that was asked.
    fn end_session(&mut self, said: String) -> Task<AppMessage> {
        let closing = self.session.take().and_then(|s| s.closing);
        // Cleared while still a guest, so not even the settings are written ("Glem" leaves
        // the data folder as it was).
        self.reset_delete = false;
        let _ = self.confirm_reset(true);
        self.guest = false;
        self.plans = plans::State::with_plans((self.keeper.list_plans().0, Vec::new()));
        self.screen = Screen::Start;
        self.notice = Some(said);
        match closing {
            Some(id) => window::close(id),
            None => Task::none(),
        }
    }
}

impl App {
    /// The header's buttons during a session: notes and the end.
    pub(crate) fn session_buttons(&self) -> Option<Element<'_, AppMessage>> {
        let l = self.prefs.lang;
        let s = self.session.as_ref()?;
        let notes = if s.show_notes {
            l.session_notes_hide()
        } else {
            l.session_notes()
        };
        Some(
            row![
                button(text(notes))
                    .style(style::secondary)
                    .press(AppMessage::Session(Message::ToggleNotes)),
                button(text(l.session_end()).font(widgets::BOLD))
                    .style(button::danger)
                    .press(AppMessage::Session(Message::AskEnd)),
            ]
            .spacing(8)
            .into(),
        )
    }

    /// The notes under the header, when shown.
    pub(crate) fn session_notes(&self) -> Option<Element<'_, AppMessage>> {
        let l = self.prefs.lang;
        let s = self.session.as_ref().filter(|s| s.show_notes)?;
        let editor = text_editor(&s.notes)
            .placeholder(l.session_notes_hint())
            .height(140)
            .on_action(|a| AppMessage::Session(Message::Notes(a)));
        Some(
            container(column![widgets::hint(l.session_notes_hint()), editor].spacing(6))
                .padding([8, 24])
                .width(Fill)
                .into(),
        )
    }

    /// The end question, over the page.
    pub(crate) fn session_end_bar(&self) -> Option<Element<'_, AppMessage>> {
        let l = self.prefs.lang;
        let s = self.session.as_ref().filter(|s| s.ending)?;
        let choice = |label: &'static str,
                      m: Message,
                      st: fn(&iced::Theme, button::Status) -> button::Style| {
            button(text(label).font(widgets::BOLD))
                .style(st)
                .padding([10, 16])
                .press(AppMessage::Session(m))
        };
        let buttons = row![
            choice(l.session_to_person(), Message::ToPerson, button::primary).id(FIRST_CHOICE),
            choice(l.session_keep(), Message::Keep, button::success),
            choice(l.session_forget(), Message::Forget, button::danger),
            choice(l.session_continue(), Message::Continue, style::secondary),
        ]
        .spacing(12)
        .wrap()
        .vertical_spacing(8);
        let mut col = column![
            text(l.session_end_question())
                .size(style::H3)
                .font(widgets::BOLD),
            buttons,
            text(l.session_to_person_hint()).size(style::SMALL),
            text(l.session_keep_hint()).size(style::SMALL),
            text(l.session_forget_hint()).size(style::SMALL),
        ]
        .spacing(8);
        if let Some(said) = &s.said {
            col = col.push(text(said.as_str()).font(widgets::BOLD));
        }
        Some(
            container(col)
                .padding(12)
                .width(Fill)
                .style(style::banner)
                .into(),
        )
    }
}

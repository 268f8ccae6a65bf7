//! When no file dialog can open (a Linux desktop without its portal, a kiosk), the app asks for
//! the path in the window, so saving and opening still work and nothing fails in silence.

use super::{App, Message as AppMessage, session};
use crate::ui::dialog::{self, Chosen};
use crate::ui::focus::Press;
use crate::ui::{plans, style, widgets};
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Element, Fill, Task};
use std::path::PathBuf;

/// What the path is for: where the answer goes once it is given.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// The plan for the person at the end of a session.
    Session,
    /// A plan (by id) as PDF.
    Pdf(String),
    /// A plan (by id) as PDF, then opened.
    Print(String),
    /// A plan (by id) as a plan file.
    Export(String),
    /// A plan file or PDF to read.
    Import,
    /// A local pack's folder.
    Pack,
}

impl Then {
    /// The message a dialog's answer becomes.
    pub fn answer(self, path: Option<PathBuf>) -> AppMessage {
        match self {
            Then::Session => AppMessage::Session(session::Message::SaveTo(path)),
            Then::Pdf(id) => AppMessage::Plans(plans::Message::PdfTo(id, path)),
            Then::Print(id) => AppMessage::Plans(plans::Message::PrintTo(id, path)),
            Then::Export(id) => AppMessage::Plans(plans::Message::ExportTo(id, path)),
            Then::Import => AppMessage::Plans(plans::Message::ImportFrom(path)),
            Then::Pack => AppMessage::Problems(crate::ui::problems::Message::PackPicked(path)),
        }
    }

    /// What a dialog gave, as the message to send: without a dialog, the question in the window
    /// with `name` suggested.
    pub fn chosen(self, c: Chosen, name: &str) -> AppMessage {
        match c {
            Chosen::Path(p) => self.answer(Some(p)),
            Chosen::Cancelled => self.answer(None),
            Chosen::NoDialog => AppMessage::AskPath(Message::Ask(self, dialog::suggested(name))),
        }
    }
}

/// The question showing.
pub struct Asking {
    pub then: Then,
    pub path: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Ask(Then, PathBuf),
    Edit(String),
    Submit,
    Cancel,
}

/// The field's id, so it takes the focus when the question appears.
const FIELD: &str = "ask-path";

impl App {
    pub(super) fn on_ask_path(&mut self, m: Message) -> Task<AppMessage> {
        match m {
            Message::Ask(then, path) => {
                self.asking = Some(Asking {
                    then,
                    path: path.display().to_string(),
                });
                iced::widget::operation::focus(FIELD)
            }
            Message::Edit(p) => {
                if let Some(a) = &mut self.asking {
                    a.path = p;
                }
                Task::none()
            }
            Message::Cancel => {
                self.asking = None;
                Task::none()
            }
            Message::Submit => {
                let Some(a) = self.asking.take() else {
                    return Task::none();
                };
                let path = a.path.trim();
                if path.is_empty() {
                    self.asking = Some(a);
                    return Task::none();
                }
                let m = a.then.answer(Some(PathBuf::from(path)));
                self.update(m)
            }
        }
    }

    /// The question over the page.
    pub(super) fn ask_path_bar(&self) -> Option<Element<'_, AppMessage>> {
        let l = self.prefs.lang;
        let a = self.asking.as_ref()?;
        let reading = matches!(a.then, Then::Import | Then::Pack);
        let go = if reading {
            l.ask_path_open()
        } else {
            l.ask_path_save()
        };
        let field = text_input("", &a.path)
            .id(FIELD)
            .on_input(|p| AppMessage::AskPath(Message::Edit(p)))
            .on_submit(AppMessage::AskPath(Message::Submit))
            .padding(8)
            .width(Fill);
        let col = column![
            text(if reading {
                l.ask_path_read()
            } else {
                l.ask_path_write()
            })
            .font(widgets::BOLD),
            row![
                field,
                button(text(go).font(widgets::BOLD)).press(AppMessage::AskPath(Message::Submit)),
                button(text(l.ask_path_cancel()))
                    .style(style::secondary)
                    .press(AppMessage::AskPath(Message::Cancel)),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(8);
        Some(
            container(col)
                .padding(12)
                .width(Fill)
                .style(style::banner)
                .into(),
        )
    }
}

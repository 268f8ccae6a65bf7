//! Plans: saved routes with notes; list, reopen, rename, delete with undo, export, import and
//! print. The app does the disk work (store, dialogs, browser); this screen keeps the list.

use super::plan_file::Plan;
use super::{Ctx, Goto, Screen, style, widgets};
use crate::catalog::Date;
use crate::engine::{Profile, Route};
use crate::i18n::{self, Lang};
use crate::ui::focus::Press;
use iced::widget::{Space, button, column, container, row, text, text_input};
use iced::{Element, Fill};
use std::path::PathBuf;

/// The screen's state; kept while the user visits other tabs.
#[derive(Debug, Default)]
pub struct State {
    pub plans: Vec<Plan>,
    /// The plan being renamed and the title typed so far.
    pub renaming: Option<(String, String)>,
    /// The last deleted plan, until undone or dismissed.
    pub deleted: Option<Plan>,
    /// Plan files that could not be read, as sentences.
    pub problems: Vec<String>,
    /// The last outcome to tell the user (saved, exported, printed, failed).
    pub status: Option<String>,
    /// The folder of a PDF that could not be shown, for "Åbn mappen" next to the status.
    pub folder: Option<PathBuf>,
    /// No file dialogs (dialogue-day mode): import, export and print are not offered.
    pub no_files: bool,
    /// Where each plan's PDF was saved in this session, so "Udskriv" can open it again.
    pdfs: Vec<(String, PathBuf)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    StartRename(String),
    TitleChanged(String),
    FinishRename,
    CancelRename,
    NotesChanged(String, String),
    SaveNotes(String),
    Delete(String),
    Undo,
    DismissUndo,
    Reopen(String),
    Export(String),
    /// The export dialog answered: where to write (`None`: cancelled).
    ExportTo(String, Option<PathBuf>),
    Import,
    /// The import dialog answered.
    ImportFrom(Option<PathBuf>),
    /// Save the plan as a PDF where the user chooses.
    SavePdf(String),
    /// The save dialog answered: where to write the PDF (`None`: cancelled).
    PdfTo(String, Option<PathBuf>),
    /// Open the plan's PDF in the system viewer (saving it first if it has not been).
    Print(String),
    /// The print dialog answered: where to write the PDF before opening it (`None`: cancelled).
    PrintTo(String, Option<PathBuf>),
    /// The app reports how a disk action went.
    Done(Result<String, String>),
    /// The time to undo a deletion is over.
    UndoExpired(String),
    Go(Goto),
}

/// What the app should do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
    /// Write this plan (new or changed) to the store, unless in guest mode.
    Save(Box<Plan>),
    /// Remove the plan file with this id.
    Remove(String),
    /// Show the plan's route on the Routes screen for its saved profile.
    Reopen(Box<Plan>),
    /// Ask where to export the plan.
    AskExport(Box<Plan>),
    /// Write the plan to this file.
    Export(Box<Plan>, PathBuf),
    /// Ask for a plan file to import.
    AskImport,
    /// Read a plan from this file.
    Import(PathBuf),
    /// Ask where to save the plan as PDF.
    AskPdf(Box<Plan>),
    /// Write the plan as PDF to this file.
    SavePdf(Box<Plan>, PathBuf),
    /// Ask where to save the PDF, then print it.
    AskPrint(Box<Plan>),
    /// Write the plan as PDF to this file and open it in the system viewer.
    Print(Box<Plan>, PathBuf),
    /// Open this saved PDF in the system viewer.
    Open(PathBuf),
}

impl State {
    /// The screen with the plans kept on disk, and sentences about files that could not be read.
    pub fn with_plans((plans, problems): (Vec<Plan>, Vec<String>)) -> State {
        State {
            plans,
            problems,
            ..State::default()
        }
    }

    /// Makes a plan from a route (from the Routes screen) and puts it first in the list.
    pub fn add_route(&mut self, ctx: &Ctx, route: &Route, profile: &Profile) -> Plan {
        let id = crate::store::new_id("plan");
        let plan =
            crate::store::plan::from_route(ctx.catalog, ctx.lang, route, profile, id, ctx.today);
        self.plans.insert(0, plan.clone());
        plan
    }

    /// Adds an imported plan under a new id.
    pub fn add_imported(&mut self, mut plan: Plan) -> Plan {
        // An imported plan always gets an id of its own: the file it came from may be a copy
        // of one kept here, and the two must stay two records.
        plan.id = crate::store::new_id("plan");
        self.plans.insert(0, plan.clone());
        plan
    }

    /// Remembers where a plan's PDF was written, for "Udskriv".
    pub fn pdf_saved(&mut self, id: &str, path: PathBuf) {
        self.pdfs.retain(|(i, _)| i != id);
        self.pdfs.push((id.to_string(), path));
    }

    /// The plan's PDF saved in this session, if it is still there.
    fn pdf_of(&self, id: &str) -> Option<PathBuf> {
        self.pdfs
            .iter()
            .find(|(i, p)| i == id && p.is_file())
            .map(|(_, p)| p.clone())
    }

    fn find(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::StartRename(id) => {
                let title = self.find(&id).map(|p| p.title.clone()).unwrap_or_default();
                self.renaming = Some((id, title));
            }
            Message::TitleChanged(t) => {
                if let Some((_, title)) = &mut self.renaming {
                    *title = t;
                }
            }
            Message::FinishRename => return self.finish_rename(ctx.today),
            Message::CancelRename => self.renaming = None,
            Message::NotesChanged(id, notes) => {
                if let Some(p) = self.plans.iter_mut().find(|p| p.id == id) {
                    p.notes = notes;
                }
            }
            Message::SaveNotes(id) => return self.touched(&id, ctx.today),
            Message::Delete(id) => {
                if let Some(at) = self.plans.iter().position(|p| p.id == id) {
                    self.deleted = Some(self.plans.remove(at));
                    return Action::Remove(id);
                }
            }
            Message::Undo => {
                if let Some(p) = self.deleted.take() {
                    self.plans.insert(0, p.clone());
                    return Action::Save(Box::new(p));
                }
            }
            Message::DismissUndo => self.deleted = None,
            Message::UndoExpired(id) => {
                if self.deleted.as_ref().is_some_and(|d| d.id == id) {
                    self.deleted = None;
                }
            }
            Message::Reopen(id) => return self.with(&id, Action::Reopen),
            Message::Export(_)
            | Message::Import
            | Message::Print(_)
            | Message::ExportTo(..)
            | Message::ImportFrom(_)
            | Message::PrintTo(..)
                if self.no_files => {}
            Message::Export(id) => return self.with(&id, Action::AskExport),
            Message::ExportTo(id, Some(path)) => {
                return self.with(&id, |p| Action::Export(p, path));
            }
            Message::ExportTo(_, None) | Message::ImportFrom(None) => {}
            Message::Import => return Action::AskImport,
            Message::ImportFrom(Some(path)) => return Action::Import(path),
            Message::SavePdf(id) => return self.with(&id, Action::AskPdf),
            Message::PdfTo(id, Some(path)) => return self.with(&id, |p| Action::SavePdf(p, path)),
            Message::PdfTo(_, None) => {}
            Message::Print(id) => match self.pdf_of(&id) {
                Some(path) => return Action::Open(path),
                None => return self.with(&id, Action::AskPrint),
            },
            Message::PrintTo(id, Some(path)) => return self.with(&id, |p| Action::Print(p, path)),
            Message::PrintTo(_, None) => {}
            Message::Done(Ok(s)) | Message::Done(Err(s)) => {
                self.status = Some(s);
                self.folder = None;
            }
            Message::Go(g) => return Action::Go(g),
        }
        Action::None
    }

    fn with(&self, id: &str, make: impl FnOnce(Box<Plan>) -> Action) -> Action {
        self.find(id)
            .cloned()
            .map_or(Action::None, |p| make(Box::new(p)))
    }

    fn finish_rename(&mut self, today: Date) -> Action {
        let Some((id, title)) = self.renaming.take() else {
            return Action::None;
        };
        let title = title.trim().to_string();
        match self.plans.iter_mut().find(|p| p.id == id) {
            Some(p) if !title.is_empty() => p.title = title,
            _ => return Action::None,
        }
        self.touched(&id, today)
    }

    /// Marks a plan changed today and asks for it to be saved.
    fn touched(&mut self, id: &str, today: Date) -> Action {
        match self.plans.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                p.updated = today;
                Action::Save(Box::new(p.clone()))
            }
            None => Action::None,
        }
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>, guest: bool) -> Element<'a, Message> {
        let l = ctx.lang;
        let mut page = column![
            row![widgets::h1(l.plans_title()), Space::new().width(Fill),]
                .push((!self.no_files).then(|| {
                    button(text(l.plans_import()))
                        .style(style::secondary)
                        .padding([8, 14])
                        .press(Message::Import)
                }))
                .align_y(iced::Center)
        ]
        .spacing(style::GAP)
        .width(Fill);
        if self.no_files {
            page = page.push(text(l.dialogue_no_files()).size(style::SMALL));
        }
        if guest {
            page = page.push(widgets::uncertain(l.plans_guest_title(), l.plans_guest()));
        }
        for p in &self.problems {
            page = page.push(widgets::uncertain(l.plans_unreadable(), p.as_str()));
        }
        if self.plans.is_empty() {
            return page
                .push(widgets::h2(l.plans_empty()))
                .push(widgets::body(l.plans_how()))
                .push(
                    button(text(l.compare_go_routes()).size(style::H3))
                        .padding([10, 16])
                        .press(Message::Go(Goto::Screen(Screen::Routes))),
                )
                .into();
        }
        for p in &self.plans {
            page = page.push(self.card(l, p));
        }
        page.into()
    }

    /// "Planen er slettet" with Fortryd, shown by the app as a toast over the page, so it is
    /// seen wherever the deleted plan was on the page.
    pub fn undo_bar(&self, l: Lang) -> Option<Element<'_, Message>> {
        let d = self.deleted.as_ref()?;
        Some(
            container(
                row![
                    text(l.plans_deleted().replace("{}", &d.title)).width(Fill),
                    button(text(l.plans_undo()))
                        .style(button::primary)
                        .press(Message::Undo),
                    button(text(l.dismiss()))
                        .style(style::secondary)
                        .press(Message::DismissUndo),
                ]
                .spacing(style::GAP)
                .align_y(iced::Center),
            )
            .padding(10)
            .width(Fill)
            .style(style::notice)
            .into(),
        )
    }

    fn card<'a>(&'a self, l: Lang, p: &'a Plan) -> Element<'a, Message> {
        let title: Element<'a, Message> = match &self.renaming {
            Some((id, t)) if *id == p.id => row![
                text_input(l.plans_title_hint(), t)
                    .on_input(Message::TitleChanged)
                    .on_submit(Message::FinishRename)
                    .size(style::H3)
                    .padding(8),
                button(text(l.plans_rename_ok())).press(Message::FinishRename),
                button(text(l.reset_no()))
                    .style(style::secondary)
                    .press(Message::CancelRename),
            ]
            .spacing(8)
            .align_y(iced::Center)
            .into(),
            _ => widgets::h3(p.title.as_str()),
        };
        let dated = l.plans_updated().replace("{}", &i18n::date(l, p.updated));
        let steps = p
            .steps
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>()
            .join(" → ");
        let id = p.id.clone();
        let buttons = row![
            button(text(l.plans_reopen()))
                .padding([8, 14])
                .press(Message::Reopen(id.clone())),
            button(text(l.plans_rename()))
                .style(style::secondary)
                .padding([8, 14])
                .press(Message::StartRename(id.clone())),
        ]
        .push((!self.no_files).then(|| {
            button(text(l.plans_export()))
                .style(style::secondary)
                .padding([8, 14])
                .press(Message::Export(id.clone()))
        }))
        .push((!self.no_files).then(|| {
            button(text(l.plans_save_pdf()))
                .style(style::secondary)
                .padding([8, 14])
                .press(Message::SavePdf(id.clone()))
        }))
        .push((!self.no_files).then(|| {
            button(text(l.plans_print()))
                .style(style::secondary)
                .padding([8, 14])
                .press(Message::Print(id.clone()))
        }))
        .push(
            button(text(l.plans_delete()))
                .style(button::danger)
                .padding([8, 14])
                .press(Message::Delete(id.clone())),
        )
        .spacing(8)
        .wrap();
        let notes = column![
            text(l.plans_notes()).font(widgets::BOLD),
            row![
                text_input(l.plans_notes_hint(), &p.notes)
                    .on_input(move |s| Message::NotesChanged(id.clone(), s))
                    .on_submit(Message::SaveNotes(p.id.clone()))
                    .padding(8)
                    .size(style::BODY),
                button(text(l.plans_save_notes()))
                    .style(style::secondary)
                    .press(Message::SaveNotes(p.id.clone())),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(4);
        container(
            column![
                title,
                widgets::hint(dated),
                widgets::body(steps),
                p.summary
                    .iter()
                    .skip(1)
                    .take(1)
                    .fold(column![], |c, line| c.push(widgets::body(line.as_str()))),
                notes,
                buttons
            ]
            .spacing(8),
        )
        .padding(16)
        .width(Fill)
        .style(style::card)
        .into()
    }
}

//! Catalogue problems: every error and warning as `file:line:col`, with Reload and Open folder.

use super::{Ctx, style, widgets};
use crate::catalog::{Diagnostic, Loaded, Severity};
use crate::ui::focus::Press;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Fill};
use std::path::PathBuf;

#[derive(Debug, Default)]
pub struct State {
    /// Set after a reload, so the screen can say it happened.
    pub reloaded: bool,
    /// Warnings are listed too (errors always are).
    pub show_warnings: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Reload,
    OpenFolder,
    ToggleWarnings,
    /// "Tilføj pakke …": ask for a pack folder.
    AddPack,
    /// The folder chosen (`None`: cancelled).
    PackPicked(Option<PathBuf>),
    RemovePack(PathBuf),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Reload,
    OpenFolder,
    AskPack,
    AddPack(PathBuf),
    RemovePack(PathBuf),
}

/// The local packs as the screen lists them: those added in the window (removable) and those
/// given with `--pack` (not).
pub struct Packs<'a> {
    pub added: &'a [PathBuf],
    pub given: &'a [PathBuf],
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Reload => Action::Reload,
            Message::OpenFolder => Action::OpenFolder,
            Message::ToggleWarnings => {
                self.show_warnings = !self.show_warnings;
                Action::None
            }
            Message::AddPack => Action::AskPack,
            Message::PackPicked(Some(p)) => Action::AddPack(p),
            Message::PackPicked(None) => Action::None,
            Message::RemovePack(p) => Action::RemovePack(p),
        }
    }

    /// Called by the app after the catalogue was loaded again.
    pub fn reloaded(&mut self) {
        self.reloaded = true;
    }

    pub fn view<'a>(
        &'a self,
        ctx: Ctx<'a>,
        loaded: &'a Loaded,
        io_problems: &'a [String],
        can_open: bool,
        packs: Packs<'a>,
    ) -> Element<'a, Message> {
        let l = ctx.lang;
        let counts = l
            .problems_counts()
            .replace("{e}", &(loaded.errors() + io_problems.len()).to_string())
            .replace("{w}", &loaded.warnings().to_string());
        let open = button(text(l.problems_open_folder())).style(style::secondary);
        let buttons = row![
            button(text(l.problems_reload())).press(Message::Reload),
            open.press_maybe(can_open.then_some(Message::OpenFolder)),
        ]
        .spacing(style::GAP);
        let mut col = column![widgets::h1(l.problems_title())].spacing(style::GAP);
        let errors = loaded.errors() + io_problems.len();
        if loaded.diagnostics.is_empty() && io_problems.is_empty() {
            col = col.push(widgets::body(l.problems_none()));
        } else if errors == 0 {
            col = col.push(widgets::body(
                l.problems_only_warnings()
                    .replace("{}", &loaded.warnings().to_string()),
            ));
        } else {
            col = col
                .push(widgets::body(l.problems_intro()))
                .push(widgets::body(counts));
        }
        col = col.push(buttons);
        if self.reloaded {
            col = col.push(widgets::hint(l.problems_reloaded()));
        }
        col = col.push(packs_view(ctx, packs));
        for p in io_problems {
            col = col.push(item(l.problems_unreadable(), None, p.clone(), None, true));
        }
        // Errors first: a pack's one error must not hide under the catalogue's warnings.
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error());
        let warnings = loaded.diagnostics.iter().filter(|d| !d.is_error());
        let shown: Vec<&Diagnostic> = if self.show_warnings {
            errors.chain(warnings).collect()
        } else {
            errors.collect()
        };
        if loaded.warnings() > 0 {
            let label = if self.show_warnings {
                l.problems_hide_warnings().to_string()
            } else {
                l.problems_show_warnings()
                    .replace("{}", &loaded.warnings().to_string())
            };
            col = col.push(
                button(text(label))
                    .style(button::text)
                    .press(Message::ToggleWarnings),
            );
        }
        for d in shown {
            let label = match d.severity {
                Severity::Error => l.problems_error(),
                Severity::Warning => l.problems_warning(),
            };
            let place = format!("{}:{}:{}", d.file, d.line, d.col);
            let snippet = source_line(loaded, d);
            col = col.push(item(
                label,
                Some(place),
                d.message.clone(),
                snippet,
                d.is_error(),
            ));
        }
        col.into()
    }
}

/// The local packs: each with its folder, "Fjern" for those added here, and "Tilføj pakke …".
fn packs_view<'a>(ctx: Ctx<'a>, packs: Packs<'a>) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut col = column![widgets::h2(l.packs_title()), widgets::hint(l.packs_intro())]
        .spacing(style::GAP / 2.0);
    if packs.added.is_empty() && packs.given.is_empty() {
        col = col.push(widgets::body(l.packs_none()));
    }
    for p in packs.given {
        col = col.push(row![
            text(p.display().to_string()).width(Fill),
            text(l.packs_given()).size(style::SMALL),
        ]);
    }
    for p in packs.added {
        col = col.push(
            row![
                text(p.display().to_string()).width(Fill),
                button(text(l.packs_remove()))
                    .style(style::secondary)
                    .press(Message::RemovePack(p.clone())),
            ]
            .spacing(style::GAP)
            .align_y(iced::Center),
        );
    }
    col.push(
        button(text(l.packs_add()))
            .style(style::secondary)
            .press(Message::AddPack),
    )
    .into()
}

/// One problem in a card: its kind, place and message, and the offending line of the file.
fn item<'a, M: 'a>(
    label: &'a str,
    place: Option<String>,
    message: String,
    snippet: Option<String>,
    error: bool,
) -> Element<'a, M> {
    let mut head = row![text(label).font(widgets::BOLD)].spacing(style::GAP);
    if let Some(p) = place {
        head = head.push(text(p).font(widgets::BOLD));
    }
    let mut inner: Column<'a, M> = column![head, text(message).size(style::BODY)].spacing(4);
    if let Some(s) = snippet {
        inner = inner.push(text(s).size(style::SMALL));
    }
    container(inner)
        .padding(12)
        .width(Fill)
        .style(if error {
            style::banner
        } else {
            style::uncertain
        })
        .into()
}

/// The line a diagnostic points at, numbered (no caret: the font is proportional).
pub fn source_line(loaded: &Loaded, d: &Diagnostic) -> Option<String> {
    let (_, text) = loaded.catalog.files.iter().find(|(p, _)| *p == d.file)?;
    let line = text.lines().nth(d.line.checked_sub(1)?)?;
    Some(format!("{} | {}", d.line, line.trim()))
}

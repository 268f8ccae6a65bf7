//! What the app does with the actions of the Routes, Compare, Funding and Plans screens.

use super::ask_path::Then;
use super::{App, Message};
use crate::ui::plan_file::{self, Plan};
use crate::ui::{Ctx, Screen, compare, dialog, funding, plans, routes};
use iced::Task;
use std::time::Duration;

/// How long "Fortryd" stays after a plan is deleted.
const UNDO_TIME: Duration = Duration::from_secs(20);

/// Resolves after `d`, timed on a thread of its own (the app's executor has no timer).
pub(super) fn after(d: Duration) -> impl std::future::Future<Output = ()> {
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        std::thread::sleep(d);
        let _ = tx.send(());
    });
    async move {
        let _ = rx.await;
    }
}

impl App {
    pub(super) fn on_routes(&mut self, m: routes::Message) -> Task<Message> {
        let action = self.routes.update(m, &ctx!(self));
        match action {
            routes::Action::None => Task::none(),
            routes::Action::Go(g) => self.goto(g),
            routes::Action::Compare(r) => {
                let l = self.prefs.lang;
                self.notice = Some(match self.compare.add(*r) {
                    Ok(()) => l
                        .compare_added()
                        .replace("{}", &self.compare.routes.len().to_string()),
                    Err(e) => e.message(l).to_string(),
                });
                Task::none()
            }
            routes::Action::SavePlan(r, profile) => {
                let plan = self.plans.add_route(&ctx!(self), &r, &profile);
                self.keep_plan(&plan, true);
                Task::none()
            }
            routes::Action::Funding(r) => {
                self.funding.show(*r);
                self.go(Screen::Funding)
            }
        }
    }

    pub(super) fn on_compare(&mut self, m: compare::Message) -> Task<Message> {
        match self.compare.update(m, &ctx!(self)) {
            compare::Action::None => Task::none(),
            compare::Action::Go(g) => self.goto(g),
        }
    }

    pub(super) fn on_funding(&mut self, m: funding::Message) -> Task<Message> {
        match self.funding.update(m, &ctx!(self)) {
            funding::Action::None => Task::none(),
            funding::Action::Go(g) => self.goto(g),
        }
    }

    pub(super) fn on_plans(&mut self, m: plans::Message) -> Task<Message> {
        let l = self.prefs.lang;
        match self.plans.update(m, &ctx!(self)) {
            plans::Action::None => Task::none(),
            plans::Action::Go(g) => self.goto(g),
            plans::Action::Save(p) => {
                self.keep_plan(&p, false);
                Task::none()
            }
            plans::Action::Remove(id) => {
                if !self.guest
                    && let Err(e) = self.keeper.delete_plan(&id)
                {
                    // The file is still there: show the plan again, and say why, instead of
                    // offering an undo for a deletion that did not happen.
                    if let Some(p) = self.plans.deleted.take() {
                        self.plans.plans.insert(0, p);
                    }
                    self.notice = Some(l.plans_not_deleted().replace("{}", &l.store_error(&e)));
                    return Task::none();
                }
                Task::perform(after(UNDO_TIME), move |()| {
                    Message::Plans(plans::Message::UndoExpired(id.clone()))
                })
            }
            plans::Action::Reopen(p) => {
                self.routes
                    .reopen(p.from.clone(), p.to.clone(), p.profile.clone());
                self.go(Screen::Routes)
            }
            plans::Action::AskExport(p) => {
                let name = format!("{}.ron", p.id);
                let then = Then::Export(p.id.clone());
                let asked =
                    dialog::save_file(l.plans_export_title().to_string(), name.clone(), "ron");
                Task::perform(asked, move |c| then.clone().chosen(c, &name))
            }
            plans::Action::Export(p, path) => {
                let done = plan_file::export_plan(&p, &path).map(|()| {
                    l.plans_exported()
                        .replace("{}", &path.display().to_string())
                });
                self.plans_done(done)
            }
            plans::Action::AskImport => {
                Task::perform(dialog::pick_file(l.plans_import_title().to_string()), |c| {
                    Then::Import.chosen(c, "")
                })
            }
            plans::Action::Import(path) => {
                let checked = plan_file::import_plan(&path).and_then(|p| {
                    match p.profile.as_ref().map(|pr| pr.check_size()) {
                        Some(Err(t)) => {
                            Err(format!("{}: {}", path.display(), l.profile_too_large(&t)))
                        }
                        _ => Ok(p),
                    }
                });
                let done = checked.map(|p| {
                    let p = self.plans.add_imported(p);
                    self.keep_plan(&p, true);
                    l.plans_imported().replace("{}", &p.title)
                });
                self.plans_done(done)
            }
            // The PDF holds the person's plan: it goes only where they choose, never to a
            // shared temporary folder, and its suggested name carries no personal name.
            plans::Action::AskPdf(p) => self.ask_pdf(&p, false),
            plans::Action::AskPrint(p) => self.ask_pdf(&p, true),
            plans::Action::SavePdf(p, path) => {
                let done = self.write_pdf(&p, &path).map(|()| {
                    l.plans_pdf_saved()
                        .replace("{}", &path.display().to_string())
                });
                self.plans_done(done)
            }
            plans::Action::Print(p, path) => match self.write_pdf(&p, &path) {
                Ok(()) => self.open_pdf(path),
                Err(e) => self.plans_done(Err(e)),
            },
            plans::Action::Open(path) => self.open_pdf(path),
        }
    }

    /// Asks where the PDF goes (then prints it, if `print`). The suggested name carries the
    /// date, never a personal name.
    fn ask_pdf(&self, p: &Plan, print: bool) -> Task<Message> {
        let l = self.prefs.lang;
        let name = format!("vejviser-plan-{}.pdf", self.today);
        let then = if print {
            Then::Print(p.id.clone())
        } else {
            Then::Pdf(p.id.clone())
        };
        let asked = dialog::save_file(l.plans_pdf_title().to_string(), name.clone(), "pdf");
        Task::perform(asked, move |c| then.clone().chosen(c, &name))
    }

    /// Writes the plan as PDF to a file the user chose and remembers it for "Udskriv".
    fn write_pdf(&mut self, p: &Plan, path: &std::path::Path) -> Result<(), String> {
        let l = self.prefs.lang;
        let bytes = crate::pdf::plan(p, &self.loaded.catalog, l, self.today, None)?;
        // Said in words: the folder could not take the file (the OS error means little here).
        crate::store::write_atomic(path, &bytes).map_err(|_| {
            l.plans_pdf_not_written()
                .replace("{}", &path.display().to_string())
        })?;
        self.plans.pdf_saved(&p.id, path.to_path_buf());
        Ok(())
    }

    /// Opens a saved PDF in the system viewer; without one, says in words where it is.
    fn open_pdf(&mut self, path: std::path::PathBuf) -> Task<Message> {
        let l = self.prefs.lang;
        let shown = path.display().to_string();
        let opened = dialog::open_file(&path);
        let said = if opened {
            l.plans_printed().replace("{}", &shown)
        } else {
            l.plans_print_here().replace("{}", &shown)
        };
        let task = self.plans_done(Ok(said));
        if !opened {
            self.plans.folder = path.parent().map(|p| p.to_path_buf());
        }
        task
    }

    /// Tells the Plans screen how a disk action went.
    fn plans_done(&mut self, done: Result<String, String>) -> Task<Message> {
        let l = self.prefs.lang;
        let done = done.map_err(|e| l.plans_failed().replace("{}", &e));
        // The newest word wins: an older notice would hide it (the toast shows one).
        self.notice = None;
        let _ = self.plans.update(plans::Message::Done(done), &ctx!(self));
        Task::none()
    }

    /// Keeps a new plan (`new`: never replacing another file) or a changed one; in guest
    /// mode it stays in memory only, and says so.
    fn keep_plan(&mut self, plan: &Plan, new: bool) {
        let l = self.prefs.lang;
        self.notice = Some(if self.guest {
            l.plans_saved_guest().to_string()
        } else {
            let done = if new {
                self.keeper.add_plan(plan)
            } else {
                self.keeper.save_plan(plan)
            };
            match done {
                Ok(_) => {
                    if new {
                        self.saved_now.push(super::Saved::Plan(plan.id.clone()));
                    }
                    l.plans_saved().replace("{}", &plan.title)
                }
                Err(e) => l.plans_failed().replace("{}", &l.store_error(&e)),
            }
        });
    }

    /// Adds a programme to the comparison from Explore, and shows the comparison.
    pub(super) fn compare_programme(&mut self, id: &str) -> Task<Message> {
        let l = self.prefs.lang;
        let added = self.compare.add_programme(&ctx!(self), id);
        self.notice = Some(match added {
            Ok(()) => l
                .compare_added()
                .replace("{}", &self.compare.routes.len().to_string()),
            Err(e) => e.message(l).to_string(),
        });
        self.go(Screen::Compare)
    }
}

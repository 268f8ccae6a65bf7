//! The catalogue in the window: loading it with the local packs, reloading, adding and
//! removing packs, and the folder to open for fixing a problem.

use super::{App, Message, ask_path};
use crate::catalog::Loaded;
use crate::search::Index;
use crate::ui::{Args, dialog, problems};
use iced::Task;
use std::path::PathBuf;

impl App {
    pub(super) fn on_problems(&mut self, m: problems::Message) -> Task<Message> {
        match self.problems.update(m) {
            problems::Action::None => Task::none(),
            problems::Action::Reload => self.reload(),
            problems::Action::OpenFolder => self.open_folder(),
            problems::Action::AskPack => {
                let l = self.prefs.lang;
                Task::perform(dialog::pick_folder(l.packs_pick_title().to_string()), |c| {
                    ask_path::Then::Pack.chosen(c, "")
                })
            }
            problems::Action::AddPack(p) => self.add_pack(p),
            problems::Action::RemovePack(p) => self.remove_pack(&p),
        }
    }

    /// Loads the catalogue again from the same folders, keeping the screens' state.
    pub(super) fn reload(&mut self) -> Task<Message> {
        let (loaded, io) = load(&self.args, &self.prefs.packs);
        self.index = Index::build(&loaded.catalog);
        self.loaded = loaded;
        self.generation += 1;
        self.io_problems = io;
        self.problems.reloaded();
        Task::none()
    }

    fn open_folder(&mut self) -> Task<Message> {
        match self.problem_folder() {
            Some(dir) => self.open_folder_at(dir),
            None => Task::none(),
        }
    }

    /// Opens a folder in the file browser, or says in words where it is.
    pub(super) fn open_folder_at(&mut self, dir: PathBuf) -> Task<Message> {
        if !dialog::open_folder(&dir) {
            let l = self.prefs.lang;
            self.notice = Some(
                l.folder_not_opened()
                    .replace("{}", &dir.display().to_string()),
            );
        }
        Task::none()
    }

    /// Layers a pack folder over the catalogue and keeps it in the settings.
    fn add_pack(&mut self, p: PathBuf) -> Task<Message> {
        let l = self.prefs.lang;
        let shown = p.display().to_string();
        if packs(&self.args, &self.prefs.packs).contains(&p) {
            self.notice = Some(l.packs_already().replace("{}", &shown));
            return Task::none();
        }
        self.prefs.packs.push(p);
        self.save_prefs();
        let task = self.reload();
        self.notice = Some(l.packs_added().replace("{}", &shown));
        task
    }

    fn remove_pack(&mut self, p: &std::path::Path) -> Task<Message> {
        let l = self.prefs.lang;
        self.prefs.packs.retain(|x| x != p);
        self.save_prefs();
        let task = self.reload();
        self.forget_missing_ids();
        self.notice = Some(l.packs_removed().replace("{}", &p.display().to_string()));
        task
    }

    /// The folder to open for fixing: that of the first file with a problem, else the first
    /// catalogue or pack folder given.
    pub fn problem_folder(&self) -> Option<PathBuf> {
        let from_diag = self.loaded.diagnostics.iter().find_map(|d| {
            let p = PathBuf::from(&d.file);
            p.exists()
                .then(|| p.parent().map(|d| d.to_path_buf()))
                .flatten()
        });
        from_diag.or_else(|| {
            packs(&self.args, &self.prefs.packs)
                .first()
                .or(self.args.catalog.first())
                .cloned()
        })
    }
}

/// Loads the catalogue for the given arguments, with the packs added in the window after those
/// given with `--pack`; unreadable paths become problems.
pub fn load(args: &Args, added: &[PathBuf]) -> (Loaded, Vec<String>) {
    let packs = packs(args, added);
    match crate::catalog::load::from_paths(&args.catalog, &packs, args.today) {
        Ok(l) => (l, Vec::new()),
        Err(problems) => (Loaded::default(), problems),
    }
}

/// The pack folders in the order they are layered: `--pack` ones, then those added in the window
/// (each once).
pub fn packs(args: &Args, added: &[PathBuf]) -> Vec<PathBuf> {
    let mut all = args.pack.clone();
    for p in added {
        if !all.contains(p) {
            all.push(p.clone());
        }
    }
    all
}

//! Live catalogue editing: the catalogue and pack folders are watched (see
//! [`crate::catalog::watch`]) and the catalogue is loaded again when a file changes, keeping
//! the screen and the selection where the ids still exist.

use super::{App, Message};
use crate::catalog::watch::Watcher;
use iced::Subscription;
use iced::Task;
use iced::futures::Stream;
use iced::futures::channel::mpsc;
use std::path::PathBuf;
use std::time::Duration;

impl App {
    /// The folders and files to watch: those given with `--catalog` and `--pack` (the bundled
    /// catalogue cannot change).
    pub fn watched(&self) -> Vec<PathBuf> {
        let mut all = self.args.catalog.clone();
        all.extend(super::packs(&self.args, &self.prefs.packs));
        all
    }

    /// Changes on disk, as messages; none when nothing is watched.
    pub(super) fn live_subscription(&self) -> Subscription<Message> {
        let paths = self.watched();
        if paths.is_empty() {
            return Subscription::none();
        }
        Subscription::run_with(Watched(paths), changes).map(Message::CatalogChanged)
    }

    /// Loads the catalogue again after `changed` files changed on disk, and says what came of
    /// it: the first new error with its place, or that the errors are gone.
    pub(super) fn catalog_changed(&mut self, changed: Vec<PathBuf>) -> Task<Message> {
        let before: Vec<String> = errors(self);
        let task = self.reload();
        self.forget_missing_ids();
        let l = self.prefs.lang;
        let names: Vec<String> = changed
            .iter()
            .map(|p| {
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            })
            .collect();
        let mut note = l.live_reloaded().replace("{}", &names.join(", "));
        let after = errors(self);
        if let Some(new) = after.iter().find(|e| !before.contains(e)) {
            note = format!("{note} {}", l.live_new_problem().replace("{}", new));
        } else if after.is_empty() && !before.is_empty() {
            note = format!("{note} {}", l.live_now_clean());
        }
        self.notice = Some(note);
        task
    }

    /// Drops what points at ids the new catalogue no longer has; everything else stays.
    pub(super) fn forget_missing_ids(&mut self) {
        let catalog = &self.loaded.catalog;
        let gone = |id: &Option<String>| id.as_deref().is_some_and(|i| catalog.entry(i).is_none());
        if gone(&self.explore.detail) {
            self.explore.detail = None;
        }
        if gone(&self.routes.from) {
            self.routes.from = None;
        }
        if gone(&self.routes.to) {
            self.routes.to = None;
        }
        if gone(&self.start.role) {
            self.start.role = None;
        }
    }
}

/// Every error of the loaded catalogue as `file:line:col: message`, and the unreadable paths.
fn errors(app: &App) -> Vec<String> {
    let diags = app.loaded.diagnostics.iter().filter(|d| d.is_error());
    diags
        .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message))
        .chain(app.io_problems.iter().cloned())
        .collect()
}

/// The paths a watcher looks at; the subscription is the same while they are.
#[derive(Hash)]
struct Watched(Vec<PathBuf>);

/// The changed files, one batch per settled change, from a watcher on a thread of its own (it
/// blocks between looks). The thread ends within a second of the subscription being dropped.
fn changes(watched: &Watched) -> impl Stream<Item = Vec<PathBuf>> + use<> {
    let (tx, rx) = mpsc::unbounded();
    let paths = watched.0.clone();
    std::thread::spawn(move || {
        let mut watcher = Watcher::new(paths);
        while !tx.is_closed() {
            if let Some(changed) = watcher.wait(Duration::from_secs(1))
                && tx.unbounded_send(changed).is_err()
            {
                break;
            }
        }
    });
    rx
}

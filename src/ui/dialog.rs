//! The edge to the desktop: the system file browser and file dialogs. Nothing else names rfd.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// What a file dialog gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Chosen {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown (on Linux the desktop portal is missing): the app asks for the
    /// path in the window instead.
    NoDialog,
}

/// A dialog that answers "none" faster than anyone can press Cancel never opened: rfd gives
/// the same `None` for both.
const TOO_FAST: Duration = Duration::from_millis(400);

async fn timed(dialog: impl std::future::Future<Output = Option<PathBuf>>) -> Chosen {
    let started = Instant::now();
    match dialog.await {
        Some(p) => Chosen::Path(p),
        None if started.elapsed() < TOO_FAST => Chosen::NoDialog,
        None => Chosen::Cancelled,
    }
}

/// Where a file named `name` is suggested when the app must ask in the window: the user's
/// documents folder, else their home folder.
pub fn suggested(name: &str) -> PathBuf {
    let dirs = directories::UserDirs::new();
    let dir = dirs
        .as_ref()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_default();
    dir.join(name)
}

/// The program that opens a folder in the desktop's file browser on this platform.
pub fn opener() -> &'static str {
    if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// Opens a folder in the file browser; `false` when no file browser could be started (the
/// caller says so in words: the OS error means little to the user).
pub fn open_folder(path: &Path) -> bool {
    Command::new(opener()).arg(path).spawn().is_ok()
}

/// Asks for a folder (a catalogue or a local pack).
pub async fn pick_folder(title: String) -> Chosen {
    timed(async move {
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .pick_folder()
            .await
            .map(|h| h.path().to_path_buf())
    })
    .await
}

/// Opens a file (a saved PDF) in the desktop's viewer; `false` when no viewer could be
/// started (the caller then says in words where the file is).
pub fn open_file(path: &Path) -> bool {
    Command::new(opener()).arg(path).spawn().is_ok()
}

/// Asks where to save a file, suggesting a name with extension `ext`.
pub async fn save_file(title: String, name: String, ext: &'static str) -> Chosen {
    timed(async move {
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(name)
            .add_filter("Vejviser", &[ext])
            .save_file()
            .await
            .map(|h| h.path().to_path_buf())
    })
    .await
}

/// Asks for a file to open.
pub async fn pick_file(title: String) -> Chosen {
    timed(async move {
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter("Vejviser", &["ron", "pdf"])
            .pick_file()
            .await
            .map(|h| h.path().to_path_buf())
    })
    .await
}

/// Asks where a plan for a person goes: a PDF (suggested) or a plan file (`.ron`).
pub async fn save_plan(title: String, name: String) -> Chosen {
    timed(async move {
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(name)
            .add_filter("PDF", &["pdf"])
            .add_filter("Vejviser", &["ron"])
            .save_file()
            .await
            .map(|h| h.path().to_path_buf())
    })
    .await
}

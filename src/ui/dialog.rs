//! The edge to the desktop: the system file browser and file dialogs. Nothing else names rfd.

use std::path::{Path, PathBuf};
use std::process::Command;

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

/// Opens a folder in the file browser; an error is a sentence to show.
pub fn open_folder(path: &Path) -> Result<(), String> {
    Command::new(opener())
        .arg(path)
        .spawn()
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", opener()))
}

/// Asks for a folder (a catalogue or a local pack); `None` when cancelled.
pub async fn pick_folder(title: String) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_title(title)
        .pick_folder()
        .await
        .map(|h| h.path().to_path_buf())
}

/// Opens a file (a saved PDF) in the desktop's viewer; `false` when no viewer could be
/// started (the caller then says in words where the file is).
pub fn open_file(path: &Path) -> bool {
    Command::new(opener()).arg(path).spawn().is_ok()
}

/// Asks where to save a file, suggesting a name with extension `ext`; `None` when cancelled.
pub async fn save_file(title: String, name: String, ext: &'static str) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(name)
        .add_filter("Vejviser", &[ext])
        .save_file()
        .await
        .map(|h| h.path().to_path_buf())
}

/// Asks for a file to open; `None` when cancelled.
pub async fn pick_file(title: String) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_title(title)
        .add_filter("Vejviser", &["ron", "pdf"])
        .pick_file()
        .await
        .map(|h| h.path().to_path_buf())
}

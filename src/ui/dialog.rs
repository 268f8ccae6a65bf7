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

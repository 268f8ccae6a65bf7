//! The app's settings: language, theme, text size, window, where the user left off.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The settings format version this program writes. Version 0 (before versioning) named the
/// language `language` and had no text scale.
pub const SETTINGS_VERSION: u32 = 1;

/// Smallest and largest text scale, in percent.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<u16> = 100..=200;

/// The default text scale: large, for reading at home and on a projector.
pub const DEFAULT_TEXT_SCALE: u16 = 125;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    HighContrast,
}

/// What the user chose last time. Every field may be missing from the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
    #[serde(alias = "language")]
    pub lang: Lang,
    pub theme: Theme,
    /// Text size in percent, 100 to 200.
    pub text_scale: u16,
    /// Window width and height in logical pixels.
    pub window: Option<(u32, u32)>,
    /// The screen open when the app was closed.
    pub last_screen: Option<String>,
    pub fullscreen: bool,
    /// Start the window in dialogue-day mode (nothing written while it is on).
    pub dialogue_day: bool,
    /// Local pack folders layered over the catalogue, added in the window.
    pub packs: Vec<std::path::PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: SETTINGS_VERSION,
            lang: Lang::Da,
            theme: Theme::Light,
            text_scale: DEFAULT_TEXT_SCALE,
            window: None,
            last_screen: None,
            fullscreen: false,
            dialogue_day: false,
            packs: Vec::new(),
        }
    }
}

impl Settings {
    /// Brings settings read from any older version up to this one, and values outside their
    /// range back inside it.
    pub fn upgrade(mut self) -> Settings {
        self.version = SETTINGS_VERSION;
        self.text_scale = self
            .text_scale
            .clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end());
        if let Some((w, h)) = self.window
            && (w < 200 || h < 150)
        {
            self.window = None;
        }
        self
    }
}

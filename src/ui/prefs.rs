//! The app's settings as the window sees them, and where they and profiles are kept.

use crate::engine::Profile;
use crate::i18n::Lang;
use crate::store::plan::Plan;
use crate::store::{Paths, Read, Settings, Store, Theme};
use std::path::PathBuf;

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];
}

/// Text size bounds, in percent.
pub const SCALE_MIN: u16 = 100;
pub const SCALE_MAX: u16 = 200;
pub const SCALE_DEFAULT: u16 = 125;

/// What the window remembers between runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Prefs {
    pub lang: Lang,
    pub theme: ThemeChoice,
    /// Percent, 100–200.
    pub text_scale: u16,
    /// Logical window size (width, height).
    pub window: (u32, u32),
    /// `Screen::key` of the last screen shown.
    pub last_screen: String,
    pub fullscreen: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: Lang::Da,
            theme: ThemeChoice::Light,
            text_scale: SCALE_DEFAULT,
            window: (1024, 640),
            last_screen: "start".into(),
            fullscreen: false,
        }
    }
}

impl Prefs {
    /// The scale factor for iced (1.0 = 100 %), clamped to the allowed range.
    pub fn scale_factor(&self) -> f32 {
        f32::from(self.text_scale.clamp(SCALE_MIN, SCALE_MAX)) / 100.0
    }
}

/// How reading the settings went.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Missing,
    Loaded(Prefs),
    /// The file could not be read; it was kept aside under `kept_as`.
    Corrupt {
        kept_as: String,
        message: String,
    },
}

/// Where settings and profiles live. The real one wraps `vejviser::store`; tests and guests use
/// memory.
pub trait Keeper {
    fn load(&mut self) -> Loaded;
    /// Saves; an error is a sentence for the user.
    fn save(&mut self, prefs: &Prefs) -> Result<(), String>;
    /// Names of saved profiles.
    fn list_profiles(&mut self) -> Vec<String> {
        Vec::new()
    }
    fn save_profile(&mut self, _profile: &Profile) -> Result<(), String> {
        Err("profiles cannot be saved here".into())
    }
    fn load_profile(&mut self, _name: &str) -> Result<Profile, String> {
        Err("profiles cannot be read here".into())
    }
    /// Saved plans, and a sentence per plan file that could not be read.
    fn list_plans(&mut self) -> (Vec<Plan>, Vec<String>) {
        (Vec::new(), Vec::new())
    }
    /// Keeps a plan; `Ok(None)` when this keeper writes nothing to disk.
    fn save_plan(&mut self, _plan: &Plan) -> Result<Option<PathBuf>, String> {
        Ok(None)
    }
    fn delete_plan(&mut self, _id: &str) -> Result<(), String> {
        Ok(())
    }
}

/// Keeps settings in memory only (guest mode, tests, and until the store is wired).
#[derive(Debug, Default)]
pub struct Memory {
    pub saved: Option<Prefs>,
    pub saves: usize,
    pub profiles: Vec<Profile>,
}

impl Keeper for Memory {
    fn load(&mut self) -> Loaded {
        match &self.saved {
            Some(p) => Loaded::Loaded(p.clone()),
            None => Loaded::Missing,
        }
    }
    fn save(&mut self, prefs: &Prefs) -> Result<(), String> {
        self.saved = Some(prefs.clone());
        self.saves += 1;
        Ok(())
    }
    fn list_profiles(&mut self) -> Vec<String> {
        self.profiles.iter().map(|p| p.name.clone()).collect()
    }
    fn save_profile(&mut self, profile: &Profile) -> Result<(), String> {
        self.profiles.retain(|p| p.name != profile.name);
        self.profiles.push(profile.clone());
        Ok(())
    }
    fn load_profile(&mut self, name: &str) -> Result<Profile, String> {
        self.profiles
            .iter()
            .find(|p| p.name == name)
            .cloned()
            .ok_or_else(|| format!("no profile named {name}"))
    }
}

/// A keeper shared with whoever made it (tests inspect what was saved).
impl<K: Keeper> Keeper for std::sync::Arc<std::sync::Mutex<K>> {
    fn load(&mut self) -> Loaded {
        match self.lock() {
            Ok(mut k) => k.load(),
            Err(_) => Loaded::Missing,
        }
    }
    fn save(&mut self, prefs: &Prefs) -> Result<(), String> {
        self.lock()
            .map_err(|_| "settings lock poisoned".to_string())?
            .save(prefs)
    }
    fn list_profiles(&mut self) -> Vec<String> {
        self.lock()
            .map(|mut k| k.list_profiles())
            .unwrap_or_default()
    }
    fn save_profile(&mut self, profile: &Profile) -> Result<(), String> {
        self.lock()
            .map_err(|_| "settings lock poisoned".to_string())?
            .save_profile(profile)
    }
    fn load_profile(&mut self, name: &str) -> Result<Profile, String> {
        self.lock()
            .map_err(|_| "settings lock poisoned".to_string())?
            .load_profile(name)
    }
}

/// A keeper whose file was corrupt: for tests of the notice.
#[derive(Debug)]
pub struct Corrupt(pub String);

impl Keeper for Corrupt {
    fn load(&mut self) -> Loaded {
        Loaded::Corrupt {
            kept_as: self.0.clone(),
            message: "expected `(`".into(),
        }
    }
    fn save(&mut self, _prefs: &Prefs) -> Result<(), String> {
        Ok(())
    }
}

/// Settings and profiles on disk through `vejviser::store`.
#[derive(Debug)]
pub struct OnDisk(pub Store);

impl OnDisk {
    /// The store at `VEJVISER_HOME` or the platform's data folder.
    pub fn from_env() -> Result<OnDisk, String> {
        Paths::from_env()
            .map(|p| OnDisk(Store::new(p)))
            .map_err(|e| e.to_string())
    }
}

impl Keeper for OnDisk {
    fn load(&mut self) -> Loaded {
        match self.0.load_settings() {
            Read::Missing => Loaded::Missing,
            Read::Loaded(s) => Loaded::Loaded(from_settings(s)),
            Read::Corrupt { kept_as, message } => Loaded::Corrupt {
                kept_as: kept_as.display().to_string(),
                message,
            },
        }
    }
    fn save(&mut self, prefs: &Prefs) -> Result<(), String> {
        self.0
            .save_settings(&to_settings(prefs))
            .map_err(|e| e.to_string())
    }
    fn list_profiles(&mut self) -> Vec<String> {
        self.0.list_profiles().into_iter().map(|(n, _)| n).collect()
    }
    fn save_profile(&mut self, profile: &Profile) -> Result<(), String> {
        self.0
            .save_profile(profile.name.trim(), profile)
            .map_err(|e| e.to_string())
    }
    fn load_profile(&mut self, name: &str) -> Result<Profile, String> {
        match self.0.load_profile(name) {
            Read::Loaded(p) => Ok(p),
            Read::Missing => Err(name.to_string()),
            Read::Corrupt { kept_as, message } => Err(format!("{message} ({})", kept_as.display())),
        }
    }
    fn list_plans(&mut self) -> (Vec<Plan>, Vec<String>) {
        let (plans, bad) = self.0.list_plans();
        let bad = bad
            .into_iter()
            .filter_map(|r| match r {
                Read::Corrupt { kept_as, message } => {
                    Some(format!("{message} ({})", kept_as.display()))
                }
                _ => None,
            })
            .collect();
        (plans, bad)
    }
    fn save_plan(&mut self, plan: &Plan) -> Result<Option<PathBuf>, String> {
        self.0.save_plan(plan).map(Some).map_err(|e| e.to_string())
    }
    fn delete_plan(&mut self, id: &str) -> Result<(), String> {
        self.0
            .delete_plan(id)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// The window's view of stored settings.
pub fn from_settings(s: Settings) -> Prefs {
    let d = Prefs::default();
    Prefs {
        lang: s.lang,
        theme: match s.theme {
            Theme::Light => ThemeChoice::Light,
            Theme::Dark => ThemeChoice::Dark,
            Theme::HighContrast => ThemeChoice::HighContrast,
        },
        text_scale: s.text_scale.clamp(SCALE_MIN, SCALE_MAX),
        window: s.window.unwrap_or(d.window),
        last_screen: s.last_screen.unwrap_or(d.last_screen),
        fullscreen: s.fullscreen,
    }
}

/// Stored settings for the window's preferences.
pub fn to_settings(p: &Prefs) -> Settings {
    Settings {
        lang: p.lang,
        theme: match p.theme {
            ThemeChoice::Light => Theme::Light,
            ThemeChoice::Dark => Theme::Dark,
            ThemeChoice::HighContrast => Theme::HighContrast,
        },
        text_scale: p.text_scale,
        window: Some(p.window),
        last_screen: Some(p.last_screen.clone()),
        fullscreen: p.fullscreen,
        ..Settings::default()
    }
}

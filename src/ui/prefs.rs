//! The app's settings as the window sees them, and where they and profiles are kept.

use crate::engine::Profile;
use crate::i18n::Lang;
use crate::store::plan::Plan;
use crate::store::{Paths, Read, Settings, Store, StoreError, Theme, Tidy};
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
/// The smallest text size in dialogue-day mode (read from across a room).
pub const SCALE_DIALOGUE: u16 = 175;

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
    /// Start in dialogue-day mode.
    pub dialogue_day: bool,
    /// Local pack folders added in the window (those given with `--pack` come on top).
    pub packs: Vec<PathBuf>,
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
            dialogue_day: false,
            packs: Vec::new(),
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

/// A saved profile as the start screen offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileEntry {
    /// The file's id (never shown).
    pub id: String,
    /// The person's name as written in the profile (may be empty).
    pub name: String,
}

/// A file that could not be read and was kept aside (renamed, not deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub kept_as: PathBuf,
    pub message: String,
}

/// Where settings, profiles and plans live. The real one wraps `vejviser::store`; tests use
/// memory. Profiles and plans are records named by id: `add_*` makes a new record and never
/// replaces another, `save_*` writes the same record again.
pub trait Keeper {
    fn load(&mut self) -> Loaded;
    fn save(&mut self, prefs: &Prefs) -> Result<(), StoreError>;
    /// Checks the data folder at start and clears what crashes left behind.
    fn open(&mut self) -> Result<Tidy, StoreError> {
        Ok(Tidy::default())
    }
    /// Saved profiles, and those that could not be read.
    fn list_profiles(&mut self) -> (Vec<ProfileEntry>, Vec<Kept>) {
        (Vec::new(), Vec::new())
    }
    /// Saves a new profile and returns its id.
    fn add_profile(&mut self, _profile: &Profile) -> Result<String, StoreError> {
        Err(StoreError::NoHome)
    }
    fn save_profile(&mut self, _id: &str, _profile: &Profile) -> Result<(), StoreError> {
        Err(StoreError::NoHome)
    }
    fn load_profile(&mut self, _id: &str) -> Result<Profile, StoreError> {
        Err(StoreError::NoHome)
    }
    fn delete_profile(&mut self, _id: &str) -> Result<(), StoreError> {
        Ok(())
    }
    /// Saved plans, and those that could not be read.
    fn list_plans(&mut self) -> (Vec<Plan>, Vec<Kept>) {
        (Vec::new(), Vec::new())
    }
    /// Keeps a new plan; `Ok(None)` when this keeper writes nothing to disk.
    fn add_plan(&mut self, _plan: &Plan) -> Result<Option<PathBuf>, StoreError> {
        Ok(None)
    }
    /// Keeps a changed plan.
    fn save_plan(&mut self, _plan: &Plan) -> Result<Option<PathBuf>, StoreError> {
        Ok(None)
    }
    fn delete_plan(&mut self, _id: &str) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Keeps settings and profiles in memory only (tests).
#[derive(Debug, Default)]
pub struct Memory {
    pub saved: Option<Prefs>,
    pub saves: usize,
    /// Saved profiles with their ids, oldest first.
    pub profiles: Vec<(String, Profile)>,
}

impl Keeper for Memory {
    fn load(&mut self) -> Loaded {
        match &self.saved {
            Some(p) => Loaded::Loaded(p.clone()),
            None => Loaded::Missing,
        }
    }
    fn save(&mut self, prefs: &Prefs) -> Result<(), StoreError> {
        self.saved = Some(prefs.clone());
        self.saves += 1;
        Ok(())
    }
    fn list_profiles(&mut self) -> (Vec<ProfileEntry>, Vec<Kept>) {
        let list = self
            .profiles
            .iter()
            .map(|(id, p)| ProfileEntry {
                id: id.clone(),
                name: p.name.clone(),
            })
            .collect();
        (list, Vec::new())
    }
    fn add_profile(&mut self, profile: &Profile) -> Result<String, StoreError> {
        let id = crate::store::new_id("profile");
        self.profiles.push((id.clone(), profile.clone()));
        Ok(id)
    }
    fn save_profile(&mut self, id: &str, profile: &Profile) -> Result<(), StoreError> {
        match self.profiles.iter_mut().find(|(i, _)| i == id) {
            Some((_, p)) => *p = profile.clone(),
            None => self.profiles.push((id.to_string(), profile.clone())),
        }
        Ok(())
    }
    fn load_profile(&mut self, id: &str) -> Result<Profile, StoreError> {
        self.profiles
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, p)| p.clone())
            .ok_or(StoreError::NoHome)
    }
    fn delete_profile(&mut self, id: &str) -> Result<(), StoreError> {
        self.profiles.retain(|(i, _)| i != id);
        Ok(())
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
    fn save(&mut self, prefs: &Prefs) -> Result<(), StoreError> {
        self.lock().map_err(|_| StoreError::NoHome)?.save(prefs)
    }
    fn list_profiles(&mut self) -> (Vec<ProfileEntry>, Vec<Kept>) {
        self.lock()
            .map(|mut k| k.list_profiles())
            .unwrap_or_default()
    }
    fn add_profile(&mut self, profile: &Profile) -> Result<String, StoreError> {
        self.lock()
            .map_err(|_| StoreError::NoHome)?
            .add_profile(profile)
    }
    fn save_profile(&mut self, id: &str, profile: &Profile) -> Result<(), StoreError> {
        self.lock()
            .map_err(|_| StoreError::NoHome)?
            .save_profile(id, profile)
    }
    fn load_profile(&mut self, id: &str) -> Result<Profile, StoreError> {
        self.lock()
            .map_err(|_| StoreError::NoHome)?
            .load_profile(id)
    }
    fn delete_profile(&mut self, id: &str) -> Result<(), StoreError> {
        self.lock()
            .map_err(|_| StoreError::NoHome)?
            .delete_profile(id)
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
    fn save(&mut self, _prefs: &Prefs) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Settings and profiles on disk through `vejviser::store`.
#[derive(Debug)]
pub struct OnDisk(pub Store);

impl OnDisk {
    /// The store at `VEJVISER_HOME` or the platform's data folder.
    pub fn from_env() -> Result<OnDisk, StoreError> {
        Paths::from_env().map(|p| OnDisk(Store::new(p)))
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
    fn save(&mut self, prefs: &Prefs) -> Result<(), StoreError> {
        self.0.save_settings(&to_settings(prefs))
    }
    fn open(&mut self) -> Result<Tidy, StoreError> {
        self.0.check_folder()?;
        Ok(self.0.tidy())
    }
    fn list_profiles(&mut self) -> (Vec<ProfileEntry>, Vec<Kept>) {
        let (list, bad) = self.0.list_profiles_checked();
        let list = list
            .into_iter()
            .map(|(id, p)| ProfileEntry { id, name: p.name })
            .collect();
        (list, kept(bad))
    }
    fn add_profile(&mut self, profile: &Profile) -> Result<String, StoreError> {
        self.0.add_profile(profile)
    }
    fn save_profile(&mut self, id: &str, profile: &Profile) -> Result<(), StoreError> {
        self.0.save_profile(id, profile)
    }
    fn load_profile(&mut self, id: &str) -> Result<Profile, StoreError> {
        match self.0.load_profile(id) {
            Read::Loaded(p) => Ok(p),
            Read::Missing => Err(StoreError::Io {
                path: self.0.paths.profiles_dir().join(format!("{id}.ron")),
                error: std::sync::Arc::new(std::io::ErrorKind::NotFound.into()),
            }),
            Read::Corrupt { kept_as, message } => Err(StoreError::Format {
                path: kept_as,
                message,
            }),
        }
    }
    fn delete_profile(&mut self, id: &str) -> Result<(), StoreError> {
        self.0.delete_profile(id)
    }
    fn list_plans(&mut self) -> (Vec<Plan>, Vec<Kept>) {
        let (plans, bad) = self.0.list_plans();
        (plans, kept(bad))
    }
    fn add_plan(&mut self, plan: &Plan) -> Result<Option<PathBuf>, StoreError> {
        self.0.add_plan(plan).map(Some)
    }
    fn save_plan(&mut self, plan: &Plan) -> Result<Option<PathBuf>, StoreError> {
        self.0.save_plan(plan).map(Some)
    }
    /// A plan whose file is already gone counts as deleted.
    fn delete_plan(&mut self, id: &str) -> Result<(), StoreError> {
        let gone = self.0.plan_path(id)?.symlink_metadata();
        if gone.is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
            return Ok(());
        }
        self.0.delete_plan(id).map(|_| ())
    }
}

/// The kept-aside files among failed reads.
fn kept<T>(bad: Vec<Read<T>>) -> Vec<Kept> {
    bad.into_iter()
        .filter_map(|r| match r {
            Read::Corrupt { kept_as, message } => Some(Kept { kept_as, message }),
            _ => None,
        })
        .collect()
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
        dialogue_day: s.dialogue_day,
        packs: s.packs,
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
        dialogue_day: p.dialogue_day,
        packs: p.packs.clone(),
        ..Settings::default()
    }
}

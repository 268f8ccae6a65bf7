//! Files the app owns: settings, profiles and plans, written atomically, read leniently,
//! corrupt files kept aside.

pub mod attached;
pub mod plan;
pub mod print;
pub mod settings;

pub use plan::{PLAN_VERSION, Plan, PlanStep};
pub use settings::{SETTINGS_VERSION, Settings, Theme};

use crate::catalog::Date;
use crate::engine::Profile;
use crate::engine::profile::PROFILE_VERSION;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The environment variable that moves all app files to another folder (portable use, tests).
pub const HOME_VAR: &str = "VEJVISER_HOME";

/// Something went wrong reading or writing an app file. Cheap to clone, readable as it is.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("could not read or write {}: {error}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        error: Arc<std::io::Error>,
    },
    #[error("{}: {message}", path.display())]
    Format { path: PathBuf, message: String },
    #[error("no home folder was found to keep settings in; set {HOME_VAR} to a folder")]
    NoHome,
}

impl StoreError {
    fn io(path: &Path, error: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            error: Arc::new(error),
        }
    }
}

/// Where the app keeps its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub root: PathBuf,
}

impl Paths {
    /// `VEJVISER_HOME` when set and not empty, else the platform's data folder.
    pub fn from_env() -> Result<Paths, StoreError> {
        Paths::from_env_value(std::env::var_os(HOME_VAR))
    }

    /// As [`Paths::from_env`] with the variable's value passed in (`None`: not set).
    pub fn from_env_value(value: Option<OsString>) -> Result<Paths, StoreError> {
        match value {
            Some(v) if !v.is_empty() => Ok(Paths::at(v)),
            _ => directories::ProjectDirs::from("dk", "Vejviser", "Vejviser")
                .map(|d| Paths::at(d.data_dir()))
                .ok_or(StoreError::NoHome),
        }
    }

    pub fn at(root: impl Into<PathBuf>) -> Paths {
        Paths { root: root.into() }
    }

    pub fn settings_file(&self) -> PathBuf {
        self.root.join("settings.ron")
    }

    pub fn profiles_dir(&self) -> PathBuf {
        self.root.join("profiles")
    }

    pub fn plans_dir(&self) -> PathBuf {
        self.root.join("plans")
    }
}

/// Reads a plan file the user chose: a `.ron` plan, or a PDF Vejviser wrote with the plan
/// attached. The file is left exactly as it is (it is the user's).
pub fn read_plan_file(from: &Path) -> Result<Plan, StoreError> {
    let bytes = std::fs::read(from).map_err(|e| StoreError::io(from, e))?;
    let format = |message: String| StoreError::Format {
        path: from.to_path_buf(),
        message,
    };
    let plan = if bytes.starts_with(b"%PDF") {
        attached::plan(&bytes).map_err(format)?
    } else {
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| format(format!("the file is not UTF-8 text: {e}")))?;
        parse_ron::<Plan>(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(format)?
    };
    let id = plan.id.clone();
    Ok(plan.upgrade(&id))
}

/// Writes `bytes` to `path` without ever leaving a half-written file there: the bytes go to a
/// temporary file in the same folder, are flushed to disk, and the file is renamed into place.
/// Creates the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let Some(name) = name else {
        return Err(StoreError::Format {
            path: path.to_path_buf(),
            message: "not a file name".into(),
        });
    };
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = dir.join(format!(".{name}.tmp-{}-{n}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(StoreError::io(path, e));
    }
    // Makes the rename itself durable where the platform allows syncing a folder.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The outcome of reading an app file.
#[derive(Debug, Clone, PartialEq)]
pub enum Read<T> {
    Missing,
    Loaded(T),
    /// The file could not be read; it was renamed to `kept_as` (or, if even that failed,
    /// `kept_as` is the file itself) and `message` says what was wrong.
    Corrupt {
        kept_as: PathBuf,
        message: String,
    },
}

impl<T> Read<T> {
    /// The loaded value, if any.
    pub fn loaded(self) -> Option<T> {
        match self {
            Read::Loaded(t) => Some(t),
            _ => None,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Read<U> {
        match self {
            Read::Missing => Read::Missing,
            Read::Loaded(t) => Read::Loaded(f(t)),
            Read::Corrupt { kept_as, message } => Read::Corrupt { kept_as, message },
        }
    }
}

/// Parses RON leniently: optional values may be written without `Some(...)`, unknown fields
/// are ignored, missing ones take defaults (where the type says so).
pub fn parse_ron<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<T>(text)
        .map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
}

/// Reads an app file. A file that exists but does not parse is renamed to
/// `<name>.corrupt-<unix-seconds>` (never overwriting another, never deleted) and reported.
pub fn read_ron<T: DeserializeOwned>(path: &Path) -> Read<T> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Read::Missing,
        Err(e) => {
            // Unreadable (permissions, a folder): moving it would not help and might fail too.
            return Read::Corrupt {
                kept_as: path.to_path_buf(),
                message: format!("could not read the file: {e}"),
            };
        }
    };
    let parsed = match std::str::from_utf8(&bytes) {
        Ok(text) => parse_ron::<T>(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => Err(format!("the file is not UTF-8 text: {e}")),
    };
    match parsed {
        Ok(value) => Read::Loaded(value),
        Err(message) => match keep_aside(path) {
            Ok(kept_as) => Read::Corrupt { kept_as, message },
            Err(e) => Read::Corrupt {
                kept_as: path.to_path_buf(),
                message: format!("{message} (and it could not be moved aside: {e})"),
            },
        },
    }
}

/// Renames a file to a free `<name>.corrupt-<unix-seconds>[-n]` next to it.
fn keep_aside(path: &Path) -> std::io::Result<PathBuf> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 0u32.. {
        let candidate = match n {
            0 => path.with_file_name(format!("{name}.corrupt-{secs}")),
            n => path.with_file_name(format!("{name}.corrupt-{secs}-{n}")),
        };
        if candidate.symlink_metadata().is_err() {
            std::fs::rename(path, &candidate)?;
            return Ok(candidate);
        }
    }
    unreachable!("some suffix is free")
}

/// Pretty RON, as the app writes its files.
pub fn to_ron<T: Serialize>(value: &T) -> String {
    try_to_ron(value).unwrap_or_else(|e| format!("// could not be written as RON: {e}\n"))
}

/// Pretty RON, or why the value cannot be written.
pub fn try_to_ron<T: Serialize>(value: &T) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::default().struct_names(false);
    ron::ser::to_string_pretty(value, config)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| e.to_string())
}

fn write_ron<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let text = try_to_ron(value).map_err(|message| StoreError::Format {
        path: path.to_path_buf(),
        message,
    })?;
    write_atomic(path, text.as_bytes())
}

/// A name usable as a file stem on every platform: not empty, no separators or reserved
/// characters, not starting with a dot.
fn check_name(dir: &Path, name: &str) -> Result<PathBuf, StoreError> {
    let bad = name.trim().is_empty()
        || name.starts_with('.')
        || name.ends_with(' ')
        || name.ends_with('.')
        || name.chars().count() > 120
        || name
            .chars()
            .any(|c| c.is_control() || "/\\<>:\"|?*".contains(c));
    if bad {
        return Err(StoreError::Format {
            path: dir.join(name),
            message:
                "this name cannot be used for a file; avoid / \\ : * ? \" < > | and a leading dot"
                    .into(),
        });
    }
    Ok(dir.join(format!("{name}.ron")))
}

/// The `.ron` files of a folder (not temporary or kept-aside ones), by name.
fn ron_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_name()?.to_str()?;
            let stem = name.strip_suffix(".ron")?;
            (!stem.starts_with('.')).then(|| (stem.to_string(), path.clone()))
        })
        .collect();
    files.sort();
    files
}

/// `YYYYMMDD-HHMMSS` of the current UTC time.
fn timestamp() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let d = Date::new(1970, 1, 1).add_days(secs / 86_400);
    let t = secs % 86_400;
    format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}",
        d.year,
        d.month,
        d.day,
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// Reads and writes the app's files under one [`Paths`]. Guest mode simply has no `Store`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub paths: Paths,
}

impl Store {
    pub fn new(paths: Paths) -> Store {
        Store { paths }
    }

    /// The settings, brought up to the current format.
    pub fn load_settings(&self) -> Read<Settings> {
        read_ron::<Settings>(&self.paths.settings_file()).map(Settings::upgrade)
    }

    pub fn save_settings(&self, s: &Settings) -> Result<(), StoreError> {
        let s = Settings {
            version: SETTINGS_VERSION,
            ..s.clone()
        };
        write_ron(&self.paths.settings_file(), &s)
    }

    /// Every saved plan, most recently updated first, and the files that could not be read
    /// (already kept aside, for telling the user).
    pub fn list_plans(&self) -> (Vec<Plan>, Vec<Read<Plan>>) {
        let mut plans = Vec::new();
        let mut corrupt = Vec::new();
        for (stem, path) in ron_files(&self.paths.plans_dir()) {
            match read_ron::<Plan>(&path) {
                Read::Loaded(p) => plans.push(p.upgrade(&stem)),
                Read::Missing => {}
                bad => corrupt.push(bad),
            }
        }
        plans.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)));
        (plans, corrupt)
    }

    /// The file a plan with this id is kept in.
    pub fn plan_path(&self, id: &str) -> Result<PathBuf, StoreError> {
        check_name(&self.paths.plans_dir(), id)
    }

    /// A new plan id from the current time (`plan-20261122-101500`), not yet used on disk.
    pub fn new_plan_id(&self) -> String {
        let base = format!("plan-{}", timestamp());
        let dir = self.paths.plans_dir();
        let mut id = base.clone();
        let mut n = 2;
        while dir.join(format!("{id}.ron")).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// Saves a plan as `<plans>/<id>.ron` in the current format; returns the file's path.
    pub fn save_plan(&self, plan: &Plan) -> Result<PathBuf, StoreError> {
        let path = self.plan_path(&plan.id)?;
        let plan = Plan {
            version: PLAN_VERSION,
            ..plan.clone()
        };
        write_ron(&path, &plan)?;
        Ok(path)
    }

    /// Reads one saved plan.
    pub fn load_plan(&self, id: &str) -> Read<Plan> {
        match self.plan_path(id) {
            Ok(path) => read_ron::<Plan>(&path).map(|p| p.upgrade(id)),
            Err(_) => Read::Missing,
        }
    }

    /// Deletes a plan's file and returns the plan, so the deletion can be undone by saving it.
    pub fn delete_plan(&self, id: &str) -> Result<Plan, StoreError> {
        let path = self.plan_path(id)?;
        let plan = self.existing_plan(id, &path)?;
        std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
        Ok(plan)
    }

    /// Gives a saved plan a new title (its id and file stay the same), changed on `today`.
    pub fn rename_plan(&self, id: &str, title: &str, today: Date) -> Result<(), StoreError> {
        let path = self.plan_path(id)?;
        let mut plan = self.existing_plan(id, &path)?;
        plan.title = title.to_string();
        plan.updated = today;
        self.save_plan(&plan).map(|_| ())
    }

    fn existing_plan(&self, id: &str, path: &Path) -> Result<Plan, StoreError> {
        match read_ron::<Plan>(path) {
            Read::Loaded(p) => Ok(p.upgrade(id)),
            Read::Missing => Err(StoreError::io(
                path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such plan"),
            )),
            Read::Corrupt { kept_as, message } => Err(StoreError::Format {
                path: kept_as,
                message,
            }),
        }
    }

    /// Writes a plan to a file the user chose (to take along or send).
    pub fn export_plan(plan: &Plan, to: &Path) -> Result<(), StoreError> {
        let plan = Plan {
            version: PLAN_VERSION,
            ..plan.clone()
        };
        write_ron(to, &plan)
    }

    /// Reads a plan file the user chose (RON, or a PDF Vejviser wrote) and saves it among the plans, with a fresh id when its
    /// own is missing, unusable or taken. A file that does not parse is an error and is left
    /// exactly as it is (it is the user's file).
    pub fn import_plan(&self, from: &Path) -> Result<Plan, StoreError> {
        let mut plan = read_plan_file(from)?;
        let taken = match self.plan_path(&plan.id) {
            Ok(path) => path.exists(),
            Err(_) => true,
        };
        if taken {
            plan.id = self.new_plan_id();
        }
        self.save_plan(&plan)?;
        Ok(plan)
    }

    /// Every saved profile by name, sorted by name. Unreadable files are kept aside and skipped;
    /// use [`Store::list_profiles_checked`] to tell the user about them.
    pub fn list_profiles(&self) -> Vec<(String, Profile)> {
        self.list_profiles_checked().0
    }

    /// As [`Store::list_profiles`], also returning the files that could not be read.
    pub fn list_profiles_checked(&self) -> (Vec<(String, Profile)>, Vec<Read<Profile>>) {
        let mut profiles = Vec::new();
        let mut corrupt = Vec::new();
        for (name, path) in ron_files(&self.paths.profiles_dir()) {
            match read_ron::<Profile>(&path) {
                Read::Loaded(p) => profiles.push((name, p)),
                Read::Missing => {}
                bad => corrupt.push(bad),
            }
        }
        (profiles, corrupt)
    }

    /// Saves a profile under a name (the file is `<profiles>/<name>.ron`).
    pub fn save_profile(&self, name: &str, p: &Profile) -> Result<(), StoreError> {
        let path = check_name(&self.paths.profiles_dir(), name)?;
        let p = Profile {
            version: PROFILE_VERSION,
            ..p.clone()
        };
        write_ron(&path, &p)
    }

    pub fn load_profile(&self, name: &str) -> Read<Profile> {
        match check_name(&self.paths.profiles_dir(), name) {
            Ok(path) => read_ron(&path),
            Err(_) => Read::Missing,
        }
    }

    pub fn delete_profile(&self, name: &str) -> Result<(), StoreError> {
        let path = check_name(&self.paths.profiles_dir(), name)?;
        std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))
    }
}

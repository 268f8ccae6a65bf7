//! Files the app owns: settings, profiles and plans, written atomically, read leniently,
//! corrupt files kept aside.

pub mod attached;
mod files;
pub mod plan;
pub mod print;
pub mod settings;

pub use files::{is_id, new_id, remove_temp_litter, write_atomic, write_new};
pub use plan::{PLAN_VERSION, Plan, PlanStep};
pub use settings::{SETTINGS_VERSION, Settings, Theme};

use files::remove;

use crate::catalog::Date;
use crate::catalog::files::Refused;
use crate::engine::Profile;
use crate::engine::profile::PROFILE_VERSION;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    /// The data folder cannot be used at all (a file, read-only, or the disk is full).
    #[error("{}: {problem:?}", path.display())]
    Folder {
        path: PathBuf,
        problem: FolderProblem,
    },
    /// A delete seemed to work but the file is still there.
    #[error("{} is still there after deleting it", path.display())]
    NotDeleted { path: PathBuf },
    /// A new record would have replaced a different one; nothing was written.
    #[error("{} already holds another record", path.display())]
    Taken { path: PathBuf },
}

/// Why the data folder cannot be written, in terms a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderProblem {
    /// The path of the folder (or one above it) is a file.
    NotAFolder,
    /// Writing is not allowed there (permissions or a read-only disk).
    ReadOnly,
    /// The disk or the user's quota is full.
    Full,
}

impl FolderProblem {
    /// The problem behind an OS error, when it is one of the three.
    pub fn of(e: &std::io::Error) -> Option<FolderProblem> {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotADirectory => Some(FolderProblem::NotAFolder),
            K::PermissionDenied | K::ReadOnlyFilesystem => Some(FolderProblem::ReadOnly),
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => Some(FolderProblem::Full),
            _ => None,
        }
    }
}

impl StoreError {
    fn io(path: &Path, error: std::io::Error) -> StoreError {
        match FolderProblem::of(&error) {
            Some(problem) => StoreError::Folder {
                path: path.to_path_buf(),
                problem,
            },
            None => StoreError::Io {
                path: path.to_path_buf(),
                error: Arc::new(error),
            },
        }
    }

    /// The folder could not be made: a file stands where it (or a parent) should be.
    fn folder(dir: &Path, error: std::io::Error) -> StoreError {
        let file_in_way = dir.ancestors().any(|a| a.is_file());
        if file_in_way || error.kind() == std::io::ErrorKind::AlreadyExists {
            StoreError::Folder {
                path: dir.to_path_buf(),
                problem: FolderProblem::NotAFolder,
            }
        } else {
            StoreError::io(dir, error)
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
    let format = |message: String| StoreError::Format {
        path: from.to_path_buf(),
        message,
    };
    let bytes = read_user_file(from).map_err(|e| match e {
        Refused::Io(e) => StoreError::io(from, e),
        e => format(e.to_string()),
    })?;
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
    let bytes = match read_user_file(path) {
        Ok(b) => b,
        Err(Refused::Io(e))
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            // A data folder that is a file holds nothing to read; writing will say what is wrong.
            return Read::Missing;
        }
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

/// The most an app file (settings, a profile, a plan) may weigh: as much as a catalogue file.
pub const MAX_FILE_BYTES: u64 = crate::catalog::load::MAX_FILE_BYTES as u64;

/// Reads a file the app or the user named: an ordinary file of at most [`MAX_FILE_BYTES`],
/// refused before reading otherwise (a FIFO, a device, a huge file).
pub fn read_user_file(path: &Path) -> Result<Vec<u8>, Refused> {
    crate::catalog::files::read_regular(path, MAX_FILE_BYTES)
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
    write_atomic(path, ron_bytes(path, value)?.as_bytes())
}

fn write_new_ron<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    write_new(path, ron_bytes(path, value)?.as_bytes())
}

fn ron_bytes<T: Serialize>(path: &Path, value: &T) -> Result<String, StoreError> {
    try_to_ron(value).map_err(|message| StoreError::Format {
        path: path.to_path_buf(),
        message,
    })
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

/// Reads and writes the app's files under one [`Paths`]. Guest mode simply has no `Store`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub paths: Paths,
}

impl Store {
    pub fn new(paths: Paths) -> Store {
        Store { paths }
    }

    /// Whether the data folder can be used, checked without writing: a file where the folder
    /// (or one above it) should be. A missing folder is fine: it is made on the first save. A
    /// read-only folder or a full disk shows when writing (permission bits alone do not say
    /// whether this user may write).
    pub fn check_folder(&self) -> Result<(), StoreError> {
        let root = &self.paths.root;
        if root.ancestors().any(|a| a.is_file()) {
            return Err(StoreError::Folder {
                path: root.clone(),
                problem: FolderProblem::NotAFolder,
            });
        }
        Ok(())
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

    /// A new plan id (`plan-20261122-101500-3fa9c01b2e`), unique for ever, not used on disk.
    pub fn new_plan_id(&self) -> String {
        loop {
            let id = new_id("plan");
            if !self.paths.plans_dir().join(format!("{id}.ron")).exists() {
                return id;
            }
        }
    }

    /// Saves a plan as `<plans>/<id>.ron` in the current format, replacing the file of the
    /// same plan; returns the file's path.
    pub fn save_plan(&self, plan: &Plan) -> Result<PathBuf, StoreError> {
        let path = self.plan_path(&plan.id)?;
        write_ron(&path, &Self::current(plan))?;
        Ok(path)
    }

    /// Saves a new plan; fails with [`StoreError::Taken`] rather than replace another plan
    /// that has its id.
    pub fn add_plan(&self, plan: &Plan) -> Result<PathBuf, StoreError> {
        let path = self.plan_path(&plan.id)?;
        write_new_ron(&path, &Self::current(plan))?;
        Ok(path)
    }

    fn current(plan: &Plan) -> Plan {
        Plan {
            version: PLAN_VERSION,
            ..plan.clone()
        }
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
        remove(&path)?;
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
        self.add_plan(&plan)?;
        Ok(plan)
    }

    /// Every saved profile with its id, sorted by the person's name. Unreadable files are
    /// kept aside and skipped; use [`Store::list_profiles_checked`] to tell the user about them.
    pub fn list_profiles(&self) -> Vec<(String, Profile)> {
        self.list_profiles_checked().0
    }

    /// As [`Store::list_profiles`], also returning the files that could not be read.
    pub fn list_profiles_checked(&self) -> (Vec<(String, Profile)>, Vec<Read<Profile>>) {
        let mut profiles = Vec::new();
        let mut corrupt = Vec::new();
        for (id, path) in ron_files(&self.paths.profiles_dir()) {
            match read_ron::<Profile>(&path) {
                Read::Loaded(p) => profiles.push((id.clone(), named(&id, p))),
                Read::Missing => {}
                bad => corrupt.push(bad),
            }
        }
        profiles.sort_by(|a, b| a.1.name.cmp(&b.1.name).then(a.0.cmp(&b.0)));
        (profiles, corrupt)
    }

    /// Saves a new profile under a new id and returns the id. Never replaces another file.
    pub fn add_profile(&self, p: &Profile) -> Result<String, StoreError> {
        loop {
            let id = new_id("profile");
            let path = check_name(&self.paths.profiles_dir(), &id)?;
            match write_new_ron(&path, &current_profile(p)) {
                Ok(()) => return Ok(id),
                Err(StoreError::Taken { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Saves the profile kept as `<profiles>/<id>.ron` again (the same record).
    pub fn save_profile(&self, id: &str, p: &Profile) -> Result<(), StoreError> {
        let path = check_name(&self.paths.profiles_dir(), id)?;
        write_ron(&path, &current_profile(p))
    }

    pub fn load_profile(&self, id: &str) -> Read<Profile> {
        match check_name(&self.paths.profiles_dir(), id) {
            Ok(path) => read_ron(&path).map(|p| named(id, p)),
            Err(_) => Read::Missing,
        }
    }

    /// Deletes a profile's file; an error unless it is gone afterwards.
    pub fn delete_profile(&self, id: &str) -> Result<(), StoreError> {
        let path = check_name(&self.paths.profiles_dir(), id)?;
        remove(&path)
    }

    /// Tidies the data folder at start: removes temporary files that writes cut off by a
    /// crash left behind (older than a minute, not this program's), and renames profiles
    /// that older versions named by the person's name to a file named by id.
    pub fn tidy(&self) -> Tidy {
        let age = std::time::Duration::from_secs(60);
        let mut t = Tidy::default();
        for dir in [
            self.paths.root.clone(),
            self.paths.profiles_dir(),
            self.paths.plans_dir(),
        ] {
            t.temps_removed += remove_temp_litter(&dir, age);
        }
        for (stem, path) in ron_files(&self.paths.profiles_dir()) {
            if is_id(&stem, "profile") {
                continue;
            }
            // Files that do not parse are left for the listing, which keeps them aside and
            // says so.
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(p) = parse_ron::<Profile>(text.strip_prefix('\u{feff}').unwrap_or(&text)) else {
                continue;
            };
            let Ok(id) = self.add_profile(&named(&stem, p)) else {
                continue;
            };
            if remove(&path).is_ok() {
                t.profiles_renamed += 1;
            } else if let Ok(new) = check_name(&self.paths.profiles_dir(), &id) {
                // Two copies of one person would show twice; keep the old file only.
                let _ = std::fs::remove_file(new);
            }
        }
        t
    }
}

/// What [`Store::tidy`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tidy {
    pub temps_removed: usize,
    pub profiles_renamed: usize,
}

/// A profile read from file `stem`: files from before ids were named by the person, so an
/// unnamed one takes its name from the file.
fn named(stem: &str, mut p: Profile) -> Profile {
    if p.name.trim().is_empty() && !is_id(stem, "profile") {
        p.name = stem.to_string();
    }
    p
}

fn current_profile(p: &Profile) -> Profile {
    Profile {
        version: PROFILE_VERSION,
        ..p.clone()
    }
}

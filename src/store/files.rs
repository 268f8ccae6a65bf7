//! The low-level file work of the store: atomic writes, writes that never replace, ids,
//! deleting for sure, and clearing what a crash left behind.

use super::StoreError;
use crate::catalog::Date;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to `path` without ever leaving a half-written file there: the bytes go to a
/// temporary file in the same folder, are flushed to disk, and the file is renamed into place.
/// Creates the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_via_temp(path, bytes, |temp, path| std::fs::rename(temp, path))
}

/// As [`write_atomic`], but never replaces a file already at `path` ([`StoreError::Taken`]):
/// for new records, so one person's file can never take another's place.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_via_temp(path, bytes, |temp, path| {
        // A hard link fails when the name is taken, with no window for a race; file systems
        // without links fall back to checking first.
        match std::fs::hard_link(temp, path) {
            Ok(()) => std::fs::remove_file(temp),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
            Err(_) if path.symlink_metadata().is_ok() => {
                Err(std::io::ErrorKind::AlreadyExists.into())
            }
            Err(_) => std::fs::rename(temp, path),
        }
    })
}

/// What marks a temporary file of a write: `.NAME.tmp-PID-N`.
const TEMP_MARK: &str = ".tmp-";

fn write_via_temp(
    path: &Path,
    bytes: &[u8],
    place: impl FnOnce(&Path, &Path) -> std::io::Result<()>,
) -> Result<(), StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::folder(&dir, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let Some(name) = name else {
        return Err(StoreError::Format {
            path: path.to_path_buf(),
            message: "not a file name".into(),
        });
    };
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = dir.join(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        place(&temp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            return Err(StoreError::Taken {
                path: path.to_path_buf(),
            });
        }
        return Err(StoreError::io(path, e));
    }
    // Makes the rename itself durable where the platform allows syncing a folder.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The process id in a temporary file's name `.NAME.tmp-PID-N`, if it is one.
fn temp_owner(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('.')?;
    let (_, tail) = rest.rsplit_once(TEMP_MARK)?;
    let (pid, n) = tail.split_once('-')?;
    n.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// Removes temporary files left by writes that were cut off (a crash, a kill): those in `dir`
/// older than `age` and not made by this process. They may hold personal data. Returns how
/// many were removed.
pub fn remove_temp_litter(dir: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = temp_owner(&name) else {
            continue;
        };
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|d| d >= age);
        let is_file = e.file_type().is_ok_and(|t| t.is_file());
        if is_file && old && pid != std::process::id() && std::fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// A new id, unique for ever in practice: `PREFIX-YYYYMMDD-HHMMSS-xxxxxxxxxx`, the time and a
/// random part (the standard library's randomly keyed hasher fed the time in nanoseconds, the
/// process id and a counter, so two ids made in the same second by two programs differ).
pub fn new_id(prefix: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(nanos);
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    format!(
        "{prefix}-{}-{:010x}",
        timestamp(),
        h.finish() & 0xff_ffff_ffff
    )
}

/// Whether a file stem is an id made by [`new_id`] with this prefix.
pub fn is_id(stem: &str, prefix: &str) -> bool {
    let Some(rest) = stem.strip_prefix(prefix).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let parts: Vec<&str> = rest.split('-').collect();
    matches!(parts.as_slice(), [d, t, r]
        if d.len() == 8 && t.len() == 6 && r.len() == 10
            && d.chars().chain(t.chars()).all(|c| c.is_ascii_digit())
            && r.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Deletes a file and checks that it is gone (a missing file counts as deleted).
pub(super) fn remove(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(StoreError::io(path, e)),
    }
    if path.symlink_metadata().is_ok() {
        return Err(StoreError::NotDeleted {
            path: path.to_path_buf(),
        });
    }
    Ok(())
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

//! Reading files from paths a person gave: ordinary files only, their size checked before a
//! byte is read, never blocking on open; and a walk over catalogue folders that visits each
//! real folder and file once.

use super::diag::Diagnostic;
use std::collections::HashSet;
use std::fs::Metadata;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// A folder, FIFO, device or socket: what it is.
    NotRegular(&'static str),
    /// Larger than the limit (both in bytes).
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Io(std::io::Error),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::NotRegular(kind) => write!(f, "not an ordinary file but {kind}"),
            Refused::TooLarge { bytes, limit } => write!(
                f,
                "file is {} MB; files may be at most {} MB",
                bytes / MB,
                limit / MB
            ),
            Refused::Io(e) => write!(f, "{e}"),
        }
    }
}

const MB: u64 = 1024 * 1024;

/// What kind of thing a path is, for messages about what was not read.
pub fn kind_of(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a folder"
    } else if t.is_file() {
        "a file"
    } else {
        "a special file"
    }
}

/// Reads an ordinary file of at most `limit` bytes. Links are followed; anything else is
/// refused from its metadata, before it is opened, so a FIFO cannot hang the reader and a link
/// to `/dev/zero` or a huge sparse file costs nothing.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let meta = std::fs::metadata(path).map_err(Refused::Io)?;
    check(&meta, limit)?;
    let file = open_nonblocking(path).map_err(Refused::Io)?;
    // The path may have been swapped between the look and the open: look again at what is open.
    let meta = file.metadata().map_err(Refused::Io)?;
    check(&meta, limit)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // A file that grows while read is still cut at the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge {
            bytes: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

fn check(meta: &Metadata, limit: u64) -> Result<(), Refused> {
    if !meta.is_file() {
        return Err(Refused::NotRegular(kind_of(meta)));
    }
    if meta.len() > limit {
        return Err(Refused::TooLarge {
            bytes: meta.len(),
            limit,
        });
    }
    Ok(())
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// What a walk over catalogue paths found: the `.ron` files to read (in order), warnings about
/// what was skipped, and paths that could not be read at all.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    pub notes: Vec<Diagnostic>,
    pub problems: Vec<String>,
}

/// Finds the catalogue files under `paths`: folders are searched for `*.ron` (following links,
/// each real folder and file once); a path that names a file is taken as it is, whatever its
/// name. Nothing is opened.
pub fn walk(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    let mut folders: HashSet<PathBuf> = HashSet::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                found
                    .problems
                    .push(format!("{}: cannot read: {e}", path.display()));
                continue;
            }
        };
        if meta.is_dir() {
            let mut files = Vec::new();
            walk_folder(path, &mut folders, &mut seen, &mut files, &mut found);
            files.sort();
            found.files.extend(files);
        } else if once(path, &mut seen, &mut found) {
            found.files.push(path.clone());
        }
    }
    found
}

/// True the first time a real file is met; later, a warning says it was skipped.
fn once(path: &Path, seen: &mut HashSet<PathBuf>, found: &mut Found) -> bool {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if seen.insert(real.clone()) {
        return true;
    }
    let msg = format!(
        "skipped: this is the same file as {}, already read",
        real.display()
    );
    found.notes.push(note(path, msg));
    false
}

fn note(path: &Path, msg: String) -> Diagnostic {
    Diagnostic::warning(&path.display().to_string(), (1, 1), msg)
}

/// Searches one folder tree, with a stack rather than recursion so depth cannot overflow.
fn walk_folder(
    root: &Path,
    folders: &mut HashSet<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    found: &mut Found,
) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let real = match std::fs::canonicalize(&dir) {
            Ok(r) => r,
            Err(e) => {
                found.notes.push(note(&dir, format!("skipped: {e}")));
                continue;
            }
        };
        if !folders.insert(real.clone()) {
            let msg = format!(
                "skipped: this leads to the folder {}, which is already read",
                real.display()
            );
            found.notes.push(note(&dir, msg));
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) => {
                found
                    .problems
                    .push(format!("{}: cannot read folder: {e}", dir.display()));
                continue;
            }
        };
        let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        // Reversed, so the stack gives the folders back in name order.
        entries.sort_by(|a, b| b.cmp(a));
        for p in entries {
            let is_ron = p.extension().is_some_and(|e| e == "ron");
            // `metadata` follows links; a loop of links or a dangling one fails here.
            let meta = match std::fs::metadata(&p) {
                Ok(m) => m,
                Err(e) => {
                    let linked = p.symlink_metadata().is_ok_and(|m| m.is_symlink());
                    if linked {
                        let msg = format!("skipped: this link cannot be followed ({e})");
                        found.notes.push(note(&p, msg));
                    }
                    continue;
                }
            };
            if meta.is_dir() {
                stack.push(p);
            } else if !is_ron {
            } else if !meta.is_file() {
                let msg = format!("skipped: {}, not an ordinary file", kind_of(&meta));
                found.notes.push(note(&p, msg));
            } else if once(&p, seen, found) {
                files.push(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.ron");
        let f = std::fs::File::create(&p).unwrap();
        f.set_len(8 * 1024 * MB).unwrap();
        let e = read_regular(&p, 32 * MB).unwrap_err();
        assert!(matches!(e, Refused::TooLarge { bytes, .. } if bytes == 8 * 1024 * MB));
        assert_eq!(e.to_string(), "file is 8192 MB; files may be at most 32 MB");
    }

    #[test]
    fn a_file_at_the_limit_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.ron");
        std::fs::write(&p, b"12345").unwrap();
        assert_eq!(read_regular(&p, 5).unwrap(), b"12345");
        assert!(matches!(
            read_regular(&p, 4),
            Err(Refused::TooLarge { bytes: 5, limit: 4 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_not_read() {
        let e = read_regular(Path::new("/dev/zero"), 32 * MB).unwrap_err();
        assert_eq!(e.to_string(), "not an ordinary file but a device");
    }
}

//! Noticing that catalogue files changed on disk, for `check --watch` and the window: a
//! fingerprint of what the paths hold (from metadata only), and a watcher that waits for it to
//! change. File-system events wake it early where they arrive; a poll catches the rest
//! (network folders, platforms without events).

use notify::Watcher as _;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// How often the paths are looked at when no event arrives.
pub const POLL: Duration = Duration::from_millis(500);

/// How long the files must stay unchanged before a change is reported: an editor's save or a
/// `git checkout` is a burst of writes, and one reload should follow it, not ten.
pub const QUIET: Duration = Duration::from_millis(100);

/// A burst longer than this is reported anyway, so a file rewritten forever is still shown.
const MAX_BURST: Duration = Duration::from_secs(2);

/// What catalogue paths hold, as far as metadata tells: every file the loader would look at,
/// with its size and time of change. Equal fingerprints: nothing to reload.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fingerprint(BTreeMap<PathBuf, Stamp>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl Fingerprint {
    /// The files of `paths` as the loader would find them (nothing is opened); what it would
    /// skip is included too, so that a FIFO appearing is reported like any other change.
    pub fn of(paths: &[PathBuf]) -> Fingerprint {
        let found = super::files::walk(paths);
        let skipped = found.notes.iter().map(|d| PathBuf::from(&d.file));
        let stamps = found
            .files
            .into_iter()
            .chain(skipped)
            .chain(paths.iter().cloned())
            .map(|p| {
                let stamp = std::fs::metadata(&p).map_or(
                    Stamp {
                        len: 0,
                        modified: None,
                    },
                    |m| Stamp {
                        len: if m.is_file() { m.len() } else { 0 },
                        modified: m.modified().ok(),
                    },
                );
                (p, stamp)
            })
            .collect();
        Fingerprint(stamps)
    }

    /// The files added, removed or changed from `self` to `newer`, by name.
    pub fn changed(&self, newer: &Fingerprint) -> Vec<PathBuf> {
        let gone = self.0.keys().filter(|p| !newer.0.contains_key(*p));
        let new_or_changed = newer
            .0
            .iter()
            .filter(|(p, s)| self.0.get(*p) != Some(*s))
            .map(|(p, _)| p);
        let mut all: Vec<PathBuf> = gone.chain(new_or_changed).cloned().collect();
        all.sort();
        all.dedup();
        all
    }
}

/// Waits for catalogue paths to change. Owns a file-system watcher while events can be had.
pub struct Watcher {
    paths: Vec<PathBuf>,
    last: Fingerprint,
    events: Option<(notify::RecommendedWatcher, mpsc::Receiver<()>)>,
    poll: Duration,
}

impl Watcher {
    /// Starts watching `paths` as they are now.
    pub fn new(paths: Vec<PathBuf>) -> Watcher {
        let last = Fingerprint::of(&paths);
        let events = listen(&paths);
        Watcher {
            paths,
            last,
            events,
            poll: POLL,
        }
    }

    /// The same, without file-system events: only the poll notices changes (tests, and the
    /// proof that the fallback works on its own).
    pub fn polling(paths: Vec<PathBuf>, every: Duration) -> Watcher {
        let last = Fingerprint::of(&paths);
        Watcher {
            paths,
            last,
            events: None,
            poll: every,
        }
    }

    /// True when file-system events arrive; false when only the poll is at work.
    pub fn has_events(&self) -> bool {
        self.events.is_some()
    }

    /// Waits at most `timeout` for the files to change, and returns the files that did once
    /// they have been quiet for [`QUIET`]; `None` when nothing changed in time.
    pub fn wait(&mut self, timeout: Duration) -> Option<Vec<PathBuf>> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            self.pause(self.poll.min(left));
            let now = Fingerprint::of(&self.paths);
            if now != self.last {
                let settled = self.settle(now);
                let changed = self.last.changed(&settled);
                self.last = settled;
                return Some(changed);
            }
        }
    }

    /// Waits until a fingerprint holds still for [`QUIET`] (or [`MAX_BURST`] passed).
    fn settle(&mut self, mut now: Fingerprint) -> Fingerprint {
        let started = Instant::now();
        while started.elapsed() < MAX_BURST {
            std::thread::sleep(QUIET);
            self.drain();
            let next = Fingerprint::of(&self.paths);
            if next == now {
                break;
            }
            now = next;
        }
        now
    }

    /// Sleeps for `d`, or less when an event arrives.
    fn pause(&mut self, d: Duration) {
        match &self.events {
            Some((_, rx)) => match rx.recv_timeout(d) {
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    // The watcher died: go on polling.
                    self.events = None;
                    std::thread::sleep(d);
                }
                _ => self.drain(),
            },
            None => std::thread::sleep(d),
        }
    }

    fn drain(&self) {
        if let Some((_, rx)) = &self.events {
            while rx.try_recv().is_ok() {}
        }
    }
}

/// A file-system watcher on `paths` that says "something happened" on a channel; `None` where
/// the platform or folder gives no events. A file is watched through its folder, so an editor
/// that saves by replacing the file is still seen.
fn listen(paths: &[PathBuf]) -> Option<(notify::RecommendedWatcher, mpsc::Receiver<()>)> {
    let (tx, rx) = mpsc::channel();
    let handler = move |e: notify::Result<notify::Event>| {
        // Opening a file is what the loader itself does: not a change.
        let opened = matches!(
            &e,
            Ok(ev) if matches!(ev.kind, notify::EventKind::Access(notify::event::AccessKind::Open(_)))
        );
        if !opened {
            let _ = tx.send(());
        }
    };
    // Links are not followed by the watcher (a loop would make it walk forever); a change
    // behind a link is left to the poll.
    let config = notify::Config::default().with_follow_symlinks(false);
    let mut watcher = notify::RecommendedWatcher::new(handler, config).ok()?;
    let mut any = false;
    for p in paths {
        let (target, mode): (&Path, _) = if p.is_dir() {
            (p, notify::RecursiveMode::Recursive)
        } else {
            let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
            (
                parent.unwrap_or(Path::new(".")),
                notify::RecursiveMode::NonRecursive,
            )
        };
        any |= watcher.watch(target, mode).is_ok();
    }
    any.then_some((watcher, rx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_names_added_changed_and_removed_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_path_buf();
        std::fs::write(d.join("a.ron"), "()").unwrap();
        std::fs::write(d.join("b.ron"), "()").unwrap();
        std::fs::write(d.join("notes.txt"), "x").unwrap();
        let before = Fingerprint::of(std::slice::from_ref(&d));
        assert_eq!(before, Fingerprint::of(std::slice::from_ref(&d)));
        std::fs::write(d.join("a.ron"), "(roles: [])").unwrap();
        std::fs::remove_file(d.join("b.ron")).unwrap();
        std::fs::write(d.join("c.ron"), "()").unwrap();
        std::fs::write(d.join("notes.txt"), "not a catalogue file").unwrap();
        let after = Fingerprint::of(std::slice::from_ref(&d));
        // The folder itself changed too (entries came and went).
        let changed = before.changed(&after);
        let names: Vec<String> = changed
            .iter()
            .filter(|p| **p != d)
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.ron", "b.ron", "c.ron"]);
    }

    #[test]
    fn the_poll_alone_notices_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        std::fs::write(&file, "()").unwrap();
        let mut w = Watcher::polling(vec![dir.path().to_path_buf()], Duration::from_millis(50));
        assert_eq!(w.wait(Duration::from_millis(200)), None);
        std::fs::write(&file, "(roles: [])").unwrap();
        let changed = w.wait(Duration::from_secs(5)).expect("a change");
        assert!(changed.contains(&file), "{changed:?}");
        assert_eq!(w.wait(Duration::from_millis(200)), None, "reported once");
    }
}

//! The desktop app (iced). Thin: every decision is made in the core.

pub mod app;
pub mod chrome;
pub mod compare;
pub mod detail;
pub mod dialog;
pub mod explore;
pub mod focus;
pub mod funding;
pub mod icon;
pub mod map;
mod map_canvas;
pub mod marks;
pub mod plan_file;
pub mod plans;
pub mod prefs;
pub mod problems;
pub mod profile;
pub mod route_card;
pub mod routes;
pub mod start;
pub mod style;
pub mod timeline;
pub mod widgets;

use crate::catalog::{Catalog, Date, Id};
use crate::engine::Profile;
use crate::i18n::Lang;
use std::path::PathBuf;

/// What every screen may read: borrowed from the app, never owned by a screen.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub catalog: &'a Catalog,
    pub lang: Lang,
    pub profile: &'a Profile,
    pub today: Date,
    /// Counts catalogue loads, so what was computed from an older catalogue is redone.
    pub generation: u64,
}

/// The screens, in tab order; `Problems` is reached from the banner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Explore,
    Map,
    Profile,
    Routes,
    Compare,
    Funding,
    Plans,
    Problems,
}

impl Screen {
    /// The screens shown as tabs in the header.
    pub const TABS: [Screen; 8] = [
        Screen::Start,
        Screen::Explore,
        Screen::Map,
        Screen::Profile,
        Screen::Routes,
        Screen::Compare,
        Screen::Funding,
        Screen::Plans,
    ];

    /// A stable name for the settings file.
    pub fn key(self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Explore => "explore",
            Screen::Map => "map",
            Screen::Profile => "profile",
            Screen::Routes => "routes",
            Screen::Compare => "compare",
            Screen::Funding => "funding",
            Screen::Plans => "plans",
            Screen::Problems => "problems",
        }
    }

    pub fn from_key(key: &str) -> Option<Screen> {
        Screen::TABS
            .into_iter()
            .chain([Screen::Problems])
            .find(|s| s.key() == key)
    }
}

/// Intents any screen can hand to the app (inside its own `Action`).
#[derive(Debug, Clone, PartialEq)]
pub enum Goto {
    Screen(Screen),
    /// Find routes from a role to a role (either may be open).
    ShowRoutes {
        from: Option<Id>,
        to: Option<Id>,
    },
    /// Find routes from this role to the goal already chosen (the profile's "Find ruter").
    RoutesKeepGoal {
        from: Option<Id>,
    },
    /// Open the detail view of a catalogue item in Explore.
    Detail(Id),
    /// Add a programme to the comparison (as the shortest route that contains it).
    CompareProgramme(Id),
    /// Show the map with this route picked out.
    MapRoute(crate::map::route::RoutePath),
}

/// The command line the window understands: `--catalog DIR` (repeatable), `--pack DIR`,
/// `--dialogue-day`, `--idle-minutes N`.
#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    pub catalog: Vec<PathBuf>,
    pub pack: Vec<PathBuf>,
    /// The date the window runs as (see [`crate::clock`]).
    pub today: Date,
    /// Start in dialogue-day mode (see [`app::dialogue`]).
    pub dialogue_day: bool,
    /// Minutes without input before dialogue-day mode clears the screen.
    pub idle_minutes: u32,
}

/// The default of `--idle-minutes`.
pub const IDLE_MINUTES: u32 = 3;

impl Args {
    /// The bundled catalogue, as on `today`.
    pub fn on(today: Date) -> Args {
        Args {
            catalog: Vec::new(),
            pack: Vec::new(),
            today,
            dialogue_day: false,
            idle_minutes: IDLE_MINUTES,
        }
    }

    pub fn parse(args: &[String], today: Date) -> Result<Args, String> {
        let mut out = Args::on(today);
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let list = match a.as_str() {
                "--dialogue-day" => {
                    out.dialogue_day = true;
                    continue;
                }
                "--idle-minutes" => {
                    out.idle_minutes = match it.next().map(|n| n.parse::<u32>()) {
                        Some(Ok(n)) if (1..=240).contains(&n) => n,
                        _ => return Err("--idle-minutes needs a number from 1 to 240".into()),
                    };
                    continue;
                }
                "--catalog" => &mut out.catalog,
                "--pack" => &mut out.pack,
                other => return Err(format!("unknown option `{other}`")),
            };
            match it.next() {
                Some(p) => list.push(PathBuf::from(p)),
                None => return Err(format!("{a} needs a folder")),
            }
        }
        Ok(out)
    }
}

/// The message printed when there is no display to open a window on.
pub const NO_DISPLAY: &str = "\
vejviser: no display found, so the window cannot open.
Set DISPLAY (X11, e.g. DISPLAY=:0) or WAYLAND_DISPLAY (Wayland), or run under xvfb-run.
The command-line verbs work without a display: `vejviser check`, `vejviser routes`
(see `vejviser --help`).";

/// True when an X11 or Wayland display is named in the environment (always true off Linux/BSD).
pub fn has_display(get: impl Fn(&str) -> Option<String>) -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let set = |k: &str| get(k).is_some_and(|v| !v.is_empty());
    set("DISPLAY") || set("WAYLAND_DISPLAY")
}

/// Opens the window; returns the exit code.
pub fn run(args: &[String], today: Date) -> i32 {
    let args = match Args::parse(args, today) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("vejviser: {e}\n\n{}", crate::usage::USAGE);
            return crate::usage::USAGE_ERROR;
        }
    };
    if !has_display(|k| std::env::var(k).ok()) {
        eprintln!("{NO_DISPLAY}");
        return crate::usage::USAGE_ERROR;
    }
    let opened = catch_opening(|| app::launch(args));
    match opened.and_then(|r| r.map_err(|e| e.to_string())) {
        Ok(()) => crate::usage::OK,
        Err(e) => {
            eprintln!("vejviser: the window could not be opened: {e}");
            crate::usage::USAGE_ERROR
        }
    }
}

thread_local! {
    /// True on the thread opening the window until the window builds its first view.
    static OPENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The window is open: from now on a panic is a bug, reported as usual.
fn window_opened() {
    OPENING.with(|o| o.set(false));
}

/// Runs `launch`, turning a panic while the window opens into its message, unreported: iced
/// panics when winit cannot reach the display (`XOpenDisplayFailed`), which is no bug of ours.
/// Any other panic is reported and goes on unwinding as usual.
fn catch_opening(launch: impl FnOnce() -> iced::Result) -> Result<iced::Result, String> {
    type Hook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send>;
    let previous: std::sync::Arc<Hook> = std::sync::Arc::new(std::panic::take_hook());
    let report = previous.clone();
    std::panic::set_hook(Box::new(move |info| {
        if !OPENING.with(|o| o.get()) {
            report(info);
        }
    }));
    OPENING.with(|o| o.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(launch));
    let opening = OPENING.with(|o| o.replace(false));
    // Dropping our hook drops its handle on the previous one, which can then go back.
    drop(std::panic::take_hook());
    match std::sync::Arc::try_unwrap(previous) {
        Ok(hook) => std::panic::set_hook(hook),
        Err(shared) => std::panic::set_hook(Box::new(move |info| shared(info))),
    }
    match result {
        Ok(r) => Ok(r),
        Err(payload) if opening => {
            let text = (payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "the window system failed".to_string());
            Err(text.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_take_folders() {
        let day = Date::new(2026, 11, 22);
        let a = Args::parse(
            &["--pack".into(), "p".into(), "--catalog".into(), "c".into()],
            day,
        );
        assert_eq!(
            a,
            Ok(Args {
                catalog: vec!["c".into()],
                pack: vec!["p".into()],
                today: day,
                dialogue_day: false,
                idle_minutes: IDLE_MINUTES,
            })
        );
        let a = Args::parse(
            &["--dialogue-day".into(), "--idle-minutes".into(), "5".into()],
            day,
        )
        .unwrap();
        assert!(a.dialogue_day);
        assert_eq!(a.idle_minutes, 5);
        assert!(Args::parse(&["--idle-minutes".into(), "0".into()], day).is_err());
        assert!(Args::parse(&["--idle-minutes".into(), "x".into()], day).is_err());
        assert!(Args::parse(&["--pack".into()], day).is_err());
        assert!(Args::parse(&["--nope".into()], day).is_err());
    }

    #[test]
    fn display_is_found_in_either_variable() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(has_display(env(&[("DISPLAY", ":0")])));
        assert!(has_display(env(&[("WAYLAND_DISPLAY", "wayland-0")])));
        if cfg!(target_os = "linux") {
            assert!(!has_display(env(&[])));
            assert!(!has_display(env(&[("DISPLAY", "")])));
        }
        for s in Screen::TABS {
            assert_eq!(Screen::from_key(s.key()), Some(s));
        }
    }
}

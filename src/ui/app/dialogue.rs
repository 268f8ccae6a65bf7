//! Dialogue-day mode: full screen, large text, nothing written to disk, and the screen
//! cleared for the next participant by a button or after a spell without input.

use super::{App, Message};
use crate::ui::prefs::{self, Keeper};
use iced::futures::Stream;
use iced::futures::channel::mpsc;
use iced::{Subscription, Task, event};
use std::time::{Duration, Instant};

/// The countdown shows for this long before the screen clears.
pub const COUNTDOWN: Duration = Duration::from_secs(30);

/// The state of dialogue-day mode while it is on.
pub struct Dialogue {
    /// How long without input before the screen clears.
    pub idle: Duration,
    /// When the last key, click, scroll or touch came.
    pub last_input: Instant,
    /// Whole seconds left, once fewer than [`COUNTDOWN`] remain (what the countdown shows).
    pub left: Option<u64>,
    /// The keeper of the data folder, set aside while nothing may be written. Present only
    /// when the mode was turned on in the settings, so that it can be turned off again.
    stashed: Option<Box<dyn Keeper>>,
}

impl App {
    /// Turns dialogue-day mode on: from here on nothing reaches the disk (a memory keeper takes
    /// the place of the data folder), nothing saved is listed, text is large and the window
    /// full screen. `keep` holds the data folder's keeper when the mode may be left again.
    pub(super) fn enter_dialogue_day(&mut self, keep: bool) {
        let memory: Box<dyn Keeper> = Box::new(prefs::Memory::default());
        let old = std::mem::replace(&mut self.keeper, memory);
        self.dialogue = Some(Dialogue {
            idle: Duration::from_secs(u64::from(self.args.idle_minutes) * 60),
            last_input: Instant::now(),
            left: None,
            stashed: keep.then_some(old),
        });
        self.guest = true;
        self.saved_profiles.clear();
        self.saved_now.clear();
        self.plans = crate::ui::plans::State::default();
        self.plans.no_files = true;
        self.start.guest_locked = true;
        self.prefs.text_scale = self.prefs.text_scale.max(prefs::SCALE_DIALOGUE);
        self.prefs.fullscreen = true;
        self.prefs.dialogue_day = true;
    }

    /// The setting: on, it is kept for the next start before the mode stops all writing; off,
    /// the data folder comes back and the setting is saved.
    pub(super) fn set_dialogue_day(&mut self, on: bool) -> Task<Message> {
        match (on, self.dialogue.is_some()) {
            (true, false) => {
                self.prefs.dialogue_day = true;
                self.save_prefs();
                self.enter_dialogue_day(true);
                let _ = self.confirm_reset(true);
                Self::set_fullscreen(true)
            }
            (false, true) => {
                let Some(keeper) = self.dialogue.take().and_then(|d| d.stashed) else {
                    return Task::none();
                };
                self.keeper = keeper;
                self.guest = false;
                self.plans.no_files = false;
                self.start.guest_locked = false;
                self.prefs.dialogue_day = false;
                self.save_prefs();
                self.saved_profiles = self.keeper.list_profiles().0;
                self.plans =
                    crate::ui::plans::State::with_plans((self.keeper.list_plans().0, Vec::new()));
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// True when the mode can be turned off from the window (it was turned on in settings).
    pub fn dialogue_day_leavable(&self) -> bool {
        self.dialogue.as_ref().is_some_and(|d| d.stashed.is_some())
    }

    /// "Næste deltager" or the timeout: everything about the person is cleared and the start
    /// screen shows. Nothing was written, so nothing is deleted.
    pub(super) fn next_participant(&mut self) -> Task<Message> {
        self.reset_delete = false;
        let task = self.confirm_reset(true);
        if let Some(d) = &mut self.dialogue {
            d.last_input = Instant::now();
            d.left = None;
        }
        task
    }

    /// A key, click, scroll or touch: the participant is still there.
    pub(super) fn active(&mut self) -> Task<Message> {
        if let Some(d) = &mut self.dialogue {
            d.last_input = Instant::now();
            d.left = None;
        }
        Task::none()
    }

    /// Once a second: counts down the last [`COUNTDOWN`], then clears the screen.
    pub(super) fn tick(&mut self, now: Instant) -> Task<Message> {
        let Some(d) = &mut self.dialogue else {
            return Task::none();
        };
        let quiet = now.saturating_duration_since(d.last_input);
        let Some(left) = d.idle.checked_sub(quiet).filter(|l| !l.is_zero()) else {
            return self.next_participant();
        };
        d.left = (left <= COUNTDOWN).then(|| left.as_secs_f64().ceil() as u64);
        Task::none()
    }

    /// In the mode: a tick each second and a word on every input.
    pub(super) fn dialogue_subscription(&self) -> Subscription<Message> {
        if self.dialogue.is_none() {
            return Subscription::none();
        }
        Subscription::batch([
            Subscription::run(seconds).map(Message::Tick),
            event::listen_with(activity),
        ])
    }
}

/// Any key, mouse or touch event counts as the participant being there.
fn activity(e: iced::Event, _status: event::Status, _id: iced::window::Id) -> Option<Message> {
    match e {
        iced::Event::Keyboard(_) | iced::Event::Mouse(_) | iced::Event::Touch(_) => {
            Some(Message::Active)
        }
        _ => None,
    }
}

/// The time once a second, from a thread of its own (the app's executor has no timer). The
/// thread ends within a second of the subscription being dropped.
fn seconds() -> impl Stream<Item = Instant> {
    let (tx, rx) = mpsc::unbounded();
    std::thread::spawn(move || {
        while !tx.is_closed() {
            std::thread::sleep(Duration::from_secs(1));
            if tx.unbounded_send(Instant::now()).is_err() {
                break;
            }
        }
    });
    rx
}

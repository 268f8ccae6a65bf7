//! Keeping the person's work: the profile saved by hand and automatically, and the reset
//! between participants that can delete what they saved.

use super::{App, Message};
use crate::engine::Profile;
use crate::ui::prefs::ProfileEntry;
use crate::ui::{Screen, compare, explore, funding, plans, profile, routes, start};
use iced::Task;
use std::time::Duration;

/// How long the profile must rest before it is saved automatically.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// A record this participant saved since the last reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Profile(String),
    Plan(String),
}

impl App {
    /// After an edit of the profile: asks for an autosave once the edits rest, unless a guest.
    pub(super) fn profile_edited(&mut self, before: &Profile) -> Task<Message> {
        if self.guest || self.profile == *before {
            return Task::none();
        }
        self.edits += 1;
        let n = self.edits;
        Task::perform(super::wiring::after(AUTOSAVE_AFTER), move |()| {
            Message::Autosave(n)
        })
    }

    /// Saves the profile if edit `n` is still the latest (earlier timers are dropped).
    pub(super) fn autosave(&mut self, n: u64) -> Task<Message> {
        if n == self.edits && self.saved_edits < n {
            self.keep_profile(false);
        }
        Task::none()
    }

    /// Saves what is pending at once (before the window closes).
    pub(super) fn flush_autosave(&mut self) {
        if self.saved_edits < self.edits {
            self.keep_profile(false);
        }
    }

    /// "Gem profil": saves the profile now, unless the user is a guest.
    pub(super) fn save_profile(&mut self) -> Task<Message> {
        let l = self.prefs.lang;
        if self.guest {
            self.profile_form.note = Some(l.profile_guest_no_save().to_string());
            return Task::none();
        }
        if self.profile.name.trim().is_empty() {
            self.profile.name = l.profile_default_name().to_string();
        }
        self.keep_profile(true);
        Task::none()
    }

    /// Writes the profile as its own record: a new one the first time, the same one after.
    /// `by_hand` says whether to confirm next to the button (autosave confirms nothing).
    fn keep_profile(&mut self, by_hand: bool) {
        if self.guest {
            return;
        }
        let l = self.prefs.lang;
        self.profile.version = crate::engine::profile::PROFILE_VERSION;
        let result = match self.profile_id.clone() {
            Some(id) => self.keeper.save_profile(&id, &self.profile),
            None => self.keeper.add_profile(&self.profile).map(|id| {
                self.profile_id = Some(id.clone());
                self.saved_now.push(Saved::Profile(id));
            }),
        };
        let note = match result {
            Ok(()) => {
                self.saved_edits = self.edits;
                self.saved_profiles = self.keeper.list_profiles().0;
                let name = self.profile.name.trim();
                let clash = !name.is_empty()
                    && self
                        .saved_profiles
                        .iter()
                        .any(|e| e.name.trim() == name && Some(&e.id) != self.profile_id.as_ref());
                if clash {
                    Some(l.profile_name_clash().replace("{}", name))
                } else {
                    by_hand.then(|| l.profile_saved().to_string())
                }
            }
            // An autosave that fails says so once, plainly; the edits stay on screen.
            Err(e) => Some(l.profile_not_saved().replace("{}", &l.store_error(&e))),
        };
        if note.is_some() {
            self.profile_form.note = note;
        }
    }

    /// Continues with a saved profile (by id); its edits are saved to the same record.
    pub(super) fn load_profile(&mut self, id: &str) -> Task<Message> {
        let l = self.prefs.lang;
        let loaded = self.keeper.load_profile(id).map_err(|e| l.store_error(&e));
        let loaded = loaded.and_then(|p| match p.check_size() {
            Ok(()) => Ok(p),
            Err(t) => Err(l.profile_too_large(&t)),
        });
        match loaded {
            Ok(p) => {
                self.profile_form = profile::State::from_profile(&p);
                self.start.role.clone_from(&p.role);
                self.profile = p;
                self.profile_id = Some(id.to_string());
                // A session stays in memory: the profile is written back only if the
                // counsellor chooses "Gem i Vejviser" at the end.
                self.guest = self.session.is_some();
            }
            Err(e) => self.notice = Some(l.profile_not_loaded().replace("{}", &e)),
        }
        Task::none()
    }

    /// Clears everything about the current person: profile, routes, comparison, plans on
    /// screen, the screen to reopen at the next start, and (when chosen) what they saved.
    pub(super) fn confirm_reset(&mut self, yes: bool) -> Task<Message> {
        self.confirm_reset = false;
        if !yes {
            return Task::none();
        }
        let l = self.prefs.lang;
        let mut failed = Vec::new();
        if self.reset_delete && !self.guest {
            for s in std::mem::take(&mut self.saved_now) {
                let done = match &s {
                    Saved::Profile(id) => self.keeper.delete_profile(id),
                    Saved::Plan(id) => self.keeper.delete_plan(id),
                };
                if let Err(e) = done {
                    failed.push(l.store_error(&e));
                }
            }
        }
        self.saved_now.clear();
        self.reset_delete = true;
        self.profile = Profile::default();
        self.profile_id = None;
        // Timers still running for the last person's edits must not save the empty profile.
        self.edits += 1;
        self.saved_edits = self.edits;
        self.profile_form = profile::State::default();
        self.start = start::State::default();
        self.explore = explore::State::default();
        self.routes = routes::State::default();
        self.compare = compare::State::default();
        self.funding = funding::State::default();
        self.plans = plans::State::default();
        self.plans.no_files = self.dialogue.is_some();
        self.start.guest_locked = self.dialogue.is_some();
        self.back.clear();
        self.screen = Screen::Start;
        self.prefs.last_screen = Screen::Start.key().to_string();
        self.save_prefs();
        self.saved_profiles = self.keeper.list_profiles().0;
        self.notice = Some(if failed.is_empty() {
            l.reset_done().to_string()
        } else {
            l.reset_not_deleted().replace("{}", &failed.join(" "))
        });
        Task::none()
    }

    /// What the participant saved, for the reset question ("1 profil og 2 planer").
    /// Plans deleted since (and not brought back) are not counted.
    pub fn saved_now_counts(&self) -> (usize, usize) {
        let listed = |id: &str| self.plans.plans.iter().any(|p| p.id == id);
        self.saved_now.iter().fold((0, 0), |(pr, pl), s| match s {
            Saved::Profile(_) => (pr + 1, pl),
            Saved::Plan(id) if listed(id) => (pr, pl + 1),
            Saved::Plan(_) => (pr, pl),
        })
    }

    /// The saved profiles as the start screen lists them: the name, or a placeholder, with a
    /// number when two share a name.
    pub fn profile_labels(&self) -> Vec<(String, String)> {
        let l = self.prefs.lang;
        let mut seen: Vec<String> = Vec::new();
        self.saved_profiles
            .iter()
            .map(|ProfileEntry { id, name }| {
                let name = match name.trim() {
                    "" => l.profile_default_name().to_string(),
                    n => n.to_string(),
                };
                seen.push(name.clone());
                let n = seen.iter().filter(|s| **s == name).count();
                let label = if n > 1 { format!("{name} ({n})") } else { name };
                (id.clone(), label)
            })
            .collect()
    }
}

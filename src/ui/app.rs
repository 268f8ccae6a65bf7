//! The top of the app: shared state, the screens, navigation, settings and the header.

use super::prefs::{self, Keeper, Prefs, ProfileEntry, ThemeChoice};
use super::{
    Args, Ctx, Goto, Screen, compare, explore, funding, map, plans, problems, profile, routes,
    start, style,
};
use crate::catalog::{Date, Loaded};
use crate::engine::Profile;
use crate::i18n::Lang;
use crate::search::Index;
use iced::widget::{column, scrollable};
use iced::{Element, Fill, Font, Size, Subscription, Task, Theme, event, keyboard, window};
use std::path::PathBuf;

/// A [`Ctx`] borrowing only the fields it reads, so a screen field can be borrowed mutably.
macro_rules! ctx {
    ($app:expr) => {
        Ctx {
            catalog: &$app.loaded.catalog,
            lang: $app.prefs.lang,
            profile: &$app.profile,
            today: $app.today,
            generation: $app.generation,
        }
    };
}

// The Routes, Compare, Funding and Plans screens' actions.
mod wiring;
// Saving the profile (by hand and automatically) and the reset between participants.
mod keeping;
pub use keeping::{AUTOSAVE_AFTER, Saved};

// Reloading when the catalogue changes on disk.
mod live;

// The catalogue: loading it, reloading, local packs, the folder to fix it in.
mod catalogue;
pub use catalogue::{load, packs};

// Dialogue-day mode: nothing written, the next participant, the inactivity timeout.
pub mod dialogue;

// The counsellor session: in memory until the counsellor chooses what to keep.
pub mod session;

// A path asked in the window when no file dialog can open.
pub mod ask_path;

// Keys that work anywhere: text size, scrolling, moving between areas.
pub mod keys;

/// Everything the window shows and remembers.
pub struct App {
    /// What loaded of the catalogue, with its problems.
    pub loaded: Loaded,
    /// Problems that stopped files from being read at all (missing folder, unreadable file).
    pub io_problems: Vec<String>,
    pub args: Args,
    pub index: Index,
    pub prefs: Prefs,
    keeper: Box<dyn Keeper>,
    pub profile: Profile,
    /// Guest mode: nothing about the person is written to disk.
    pub guest: bool,
    /// Saved profiles, for "continue".
    pub saved_profiles: Vec<ProfileEntry>,
    /// The id of the saved record the profile on screen is kept in, once it has one.
    pub profile_id: Option<String>,
    /// Counts edits of the profile, and the edit last saved (for the debounced autosave).
    pub edits: u64,
    pub saved_edits: u64,
    /// What this participant saved since the last reset, to offer deleting it.
    pub saved_now: Vec<Saved>,
    /// The reset also deletes what the participant saved (ticked by default).
    pub reset_delete: bool,
    /// The storage problem already told, so saving settings on every click does not repeat it.
    told: Option<String>,
    pub screen: Screen,
    /// Screens to return to with Esc / Tilbage.
    pub back: Vec<Screen>,
    /// A message shown as a toast over the page until dismissed.
    pub notice: Option<String>,
    /// The reset confirmation is showing.
    pub confirm_reset: bool,
    pub today: Date,
    /// Counts catalogue loads (see [`Ctx::generation`]).
    pub generation: u64,
    pub start: start::State,
    pub explore: explore::State,
    pub map: map::State,
    pub profile_form: profile::State,
    pub problems: problems::State,
    pub routes: routes::State,
    pub compare: compare::State,
    pub funding: funding::State,
    pub plans: plans::State,
    /// Dialogue-day mode, when on.
    pub dialogue: Option<dialogue::Dialogue>,
    /// A counsellor session, while one runs.
    pub session: Option<session::Session>,
    /// A path asked in the window (no file dialog could open).
    pub asking: Option<ask_path::Asking>,
    /// The window's height in the page's units, for PageDown.
    pub page_height: f32,
}

#[derive(Debug, Clone)]
pub enum Message {
    Start(start::Message),
    Explore(explore::Message),
    Map(map::Message),
    Profile(profile::Message),
    Problems(problems::Message),
    Routes(routes::Message),
    Compare(compare::Message),
    Funding(funding::Message),
    Plans(plans::Message),
    /// A header tab was pressed.
    Tab(Screen),
    Back,
    Lang(Lang),
    Theme(ThemeChoice),
    /// Change the text size by this many percent points.
    TextScale(i16),
    ToggleFullscreen,
    FocusSearch,
    /// A number key pressed outside a text field.
    Digit(usize),
    AskReset,
    ConfirmReset(bool),
    /// Tick or untick "delete what this participant saved" in the reset question.
    ResetDeleteSaved(bool),
    /// The profile has rested since edit N: save it if no later edit came.
    Autosave(u64),
    DismissNotice,
    WindowResized(Size),
    CloseRequested(window::Id),
    /// These catalogue or pack files changed on disk.
    CatalogChanged(Vec<PathBuf>),
    /// Turn dialogue-day mode on or off (the setting).
    DialogueDay(bool),
    /// "Næste deltager": clear everything for the next person.
    NextParticipant,
    /// A key, click or scroll came (dialogue-day mode counts the time since).
    Active,
    /// The clock, once a second in dialogue-day mode.
    Tick(std::time::Instant),
    /// Scroll the page (PageUp/PageDown/Home/End, arrows).
    Scroll(keys::Scroll),
    /// F6 / Ctrl+Tab: the next main area; `true` with Shift, the one before.
    NextArea(bool),
    /// The counsellor session: start, notes, end.
    Session(session::Message),
    /// The path asked in the window when no file dialog opens.
    AskPath(ask_path::Message),
    /// Open this folder in the file browser (where a saved PDF is).
    OpenFolder(PathBuf),
}

/// Fira Sans Bold (SIL Open Font License, assets/fonts/OFL.txt); iced bundles only Regular.
pub const FIRA_BOLD: &[u8] = include_bytes!("../../assets/fonts/FiraSans-Bold.ttf");

/// Opens the window and runs until it closes.
pub fn launch(args: Args) -> iced::Result {
    let boot_args = args.clone();
    // A dialogue day never looks at the data folder, so a missing one is no problem.
    let (keeper, problem): (Box<dyn Keeper>, _) = match prefs::OnDisk::from_env() {
        _ if args.dialogue_day => (Box::new(prefs::Memory::default()), None),
        Ok(k) => (Box::new(k), None),
        Err(e) => (Box::new(prefs::Memory::default()), Some(e)),
    };
    let mut first = App::new(boot_args.clone(), keeper);
    if let Some(e) = problem {
        first.notice = Some(first.prefs.lang.store_error(&e));
    }
    // A first start sizes the window for 1280×800 pixels whatever the text size.
    let (w, h) = if first.prefs.window == Prefs::default().window {
        let scale = first.prefs.scale_factor();
        ((1280.0 / scale) as u32, (800.0 / scale) as u32)
    } else {
        first.prefs.window
    };
    // No resize event comes for the size the window opens at: the page height starts from it.
    first.page_height = h as f32;
    let fullscreen = first.prefs.fullscreen;
    let slot = std::sync::Mutex::new(Some(first));
    // The first view is built once the window is open: a panic after it is a bug to report in
    // full, not a display that refused the window.
    fn view(app: &App) -> Element<'_, Message> {
        super::window_opened();
        app.view()
    }
    iced::application(
        move || {
            let app = slot
                .lock()
                .ok()
                .and_then(|mut s| s.take())
                .unwrap_or_else(|| App::new(boot_args.clone(), Box::new(prefs::Memory::default())));
            let task = if fullscreen {
                App::set_fullscreen(true)
            } else {
                Task::none()
            };
            (app, task)
        },
        App::update,
        view,
    )
    .title(|app: &App| app.prefs.lang.app_name().to_string())
    .theme(App::theme)
    .scale_factor(App::scale_factor)
    .subscription(App::subscription)
    .default_font(Font::with_name("Fira Sans"))
    .font(FIRA_BOLD)
    .window(window::Settings {
        size: Size::new(w as f32, h as f32),
        icon: super::icon::window_icon(),
        exit_on_close_request: false,
        // The desktop file's StartupWMClass names this, so the dock shows the right icon.
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: "vejviser".into(),
            ..Default::default()
        },
        ..window::Settings::default()
    })
    .run()
}

impl App {
    /// Loads the catalogue named by `args`, builds the search index and reads the settings.
    pub fn new(args: Args, keeper: Box<dyn Keeper>) -> App {
        let (loaded, io_problems) = load(&args, &[]);
        App::with_loaded(loaded, io_problems, args, keeper)
    }

    /// As [`App::new`] with a catalogue already loaded (tests, fixtures).
    pub fn with_loaded(
        loaded: Loaded,
        io_problems: Vec<String>,
        args: Args,
        mut keeper: Box<dyn Keeper>,
    ) -> App {
        if args.dialogue_day {
            // Not even tidied or listed: the data folder is left exactly as it was.
            keeper = Box::new(prefs::Memory::default());
        }
        let mut notices = Vec::new();
        // Before anything is read: say once if the folder cannot be used, and clear litter.
        let mut told = None;
        let folder_ok = match keeper.open() {
            Ok(_) => true,
            Err(e) => {
                notices.push(Lang::Da.store_error(&e));
                told = Some(Lang::Da.store_error(&e));
                false
            }
        };
        let prefs = match keeper.load() {
            prefs::Loaded::Loaded(p) => p,
            prefs::Loaded::Missing => Prefs::default(),
            prefs::Loaded::Corrupt { kept_as, .. } => {
                if folder_ok {
                    notices.push(Lang::Da.settings_corrupt().replace("{}", &kept_as));
                }
                Prefs::default()
            }
        };
        // Packs added in the window are read once the settings say which.
        let (loaded, io_problems) = if prefs.packs.is_empty() {
            (loaded, io_problems)
        } else {
            load(&args, &prefs.packs)
        };
        let index = Index::build(&loaded.catalog);
        let l = prefs.lang;
        let (saved_profiles, bad_profiles) = keeper.list_profiles();
        let (plans_found, bad_plans) = keeper.list_plans();
        for k in &bad_profiles {
            notices.push(
                l.profile_kept_aside()
                    .replace("{}", &k.kept_as.display().to_string()),
            );
        }
        for k in &bad_plans {
            notices.push(
                l.plan_kept_aside()
                    .replace("{}", &k.kept_as.display().to_string()),
            );
        }
        let saved_plans = (
            plans_found,
            bad_plans
                .iter()
                .map(|k| format!("{} ({})", k.message, k.kept_as.display()))
                .collect(),
        );
        let notice = (!notices.is_empty()).then(|| notices.join("\n"));
        let broken = loaded.errors() > 0 || !io_problems.is_empty();
        let screen = match Screen::from_key(&prefs.last_screen) {
            _ if broken => Screen::Problems,
            Some(s) => s,
            None => Screen::Start,
        };
        let mut app = App {
            today: args.today,
            generation: 0,
            loaded,
            io_problems,
            args,
            index,
            prefs,
            keeper,
            profile: Profile::default(),
            guest: false,
            saved_profiles,
            profile_id: None,
            edits: 0,
            saved_edits: 0,
            saved_now: Vec::new(),
            reset_delete: true,
            told,
            screen,
            back: Vec::new(),
            notice,
            confirm_reset: false,
            start: start::State::default(),
            explore: explore::State::default(),
            map: map::State::default(),
            profile_form: profile::State::default(),
            problems: problems::State::default(),
            routes: routes::State::default(),
            compare: compare::State::default(),
            funding: funding::State::default(),
            plans: plans::State::with_plans(saved_plans),
            dialogue: None,
            session: None,
            asking: None,
            page_height: 800.0,
        };
        if app.args.dialogue_day || app.prefs.dialogue_day {
            app.enter_dialogue_day(!app.args.dialogue_day);
            if app.screen != Screen::Problems {
                app.screen = Screen::Start;
            }
        }
        app.routes.refresh(&ctx!(app));
        app.explore.refresh(&ctx!(app));
        if app.screen == Screen::Map {
            app.map.refresh(&ctx!(app));
        }
        app
    }

    pub fn ctx(&self) -> Ctx<'_> {
        ctx!(self)
    }

    /// Errors in the catalogue, counting files that could not be read.
    pub fn error_count(&self) -> usize {
        self.loaded.errors() + self.io_problems.len()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.dispatch(message);
        // Routes are worked out here, when what they depend on has changed, never in `view`.
        self.routes.refresh(&ctx!(self));
        self.explore.refresh(&ctx!(self));
        if self.screen == Screen::Map {
            self.map.refresh(&ctx!(self));
        }
        task
    }

    fn dispatch(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Start(m) => self.on_start(m),
            Message::Explore(m) => self.on_explore(m),
            Message::Map(m) => self.on_map(m),
            Message::Profile(m) => self.on_profile(m),
            Message::Problems(m) => self.on_problems(m),
            Message::Routes(m) => self.on_routes(m),
            Message::Compare(m) => self.on_compare(m),
            Message::Funding(m) => self.on_funding(m),
            Message::Plans(m) => self.on_plans(m),
            Message::Tab(s) => self.go(s),
            Message::Back => self.go_back(),
            Message::Lang(l) => self.set_prefs(|p| p.lang = l),
            Message::Theme(t) => self.set_prefs(|p| p.theme = t),
            Message::TextScale(d) => self.change_scale(d),
            Message::ToggleFullscreen => self.toggle_fullscreen(),
            Message::FocusSearch => self.focus_search(),
            Message::Digit(n) => self.digit(n),
            Message::AskReset => self.ask_reset(),
            Message::ConfirmReset(yes) => self.confirm_reset(yes),
            Message::ResetDeleteSaved(on) => {
                self.reset_delete = on;
                Task::none()
            }
            Message::Autosave(n) => self.autosave(n),
            Message::DismissNotice => self.dismiss_notice(),
            Message::WindowResized(size) => self.resized(size),
            Message::CloseRequested(id) => self.close(id),
            Message::CatalogChanged(changed) => self.catalog_changed(changed),
            Message::DialogueDay(on) => self.set_dialogue_day(on),
            Message::NextParticipant => self.next_participant(),
            Message::Active => self.active(),
            Message::Tick(now) => self.tick(now),
            Message::Scroll(s) => self.scroll(s),
            Message::NextArea(back) => self.next_area(back),
            Message::Session(m) => self.on_session(m),
            Message::AskPath(m) => self.on_ask_path(m),
            Message::OpenFolder(dir) => self.open_folder_at(dir),
        }
    }

    fn on_start(&mut self, m: start::Message) -> Task<Message> {
        let action = self.start.update(m, &ctx!(self));
        match action {
            start::Action::None => Task::none(),
            start::Action::PickRole(role) => {
                self.profile.role = role;
                Task::none()
            }
            start::Action::LoadProfile(id) => self.load_profile(&id),
            start::Action::ToggleGuest if self.dialogue.is_some() || self.session.is_some() => {
                Task::none()
            }
            start::Action::ToggleGuest => {
                self.guest = !self.guest;
                Task::none()
            }
            start::Action::Go(g) => self.goto(g),
        }
    }

    fn on_explore(&mut self, m: explore::Message) -> Task<Message> {
        let action = self.explore.update(m, &self.index, &ctx!(self));
        match action {
            explore::Action::None => Task::none(),
            explore::Action::Go(g) => self.goto(g),
        }
    }

    fn on_map(&mut self, m: map::Message) -> Task<Message> {
        match self.map.update(m, &ctx!(self)) {
            map::Action::None => Task::none(),
            map::Action::Go(g) => self.goto(g),
        }
    }

    fn on_profile(&mut self, m: profile::Message) -> Task<Message> {
        let before = self.profile.clone();
        let action = self.profile_form.update(m, &mut self.profile);
        match action {
            profile::Action::None => self.profile_edited(&before),
            profile::Action::Save => self.save_profile(),
            profile::Action::Go(g) => self.goto(g),
        }
    }

    /// Carries out a screen's request to go somewhere.
    fn goto(&mut self, g: Goto) -> Task<Message> {
        match g {
            Goto::Screen(s) => self.go(s),
            Goto::ShowRoutes { from, to } => {
                if from.is_some() {
                    self.profile.role.clone_from(&from);
                }
                self.routes.open(from, to);
                self.go(Screen::Routes)
            }
            Goto::RoutesKeepGoal { from } => {
                let to = self.routes.to.clone();
                self.goto(Goto::ShowRoutes { from, to })
            }
            Goto::Detail(id) => {
                self.explore.open_detail(id);
                self.go(Screen::Explore)
            }
            Goto::CompareProgramme(id) => self.compare_programme(&id),
            Goto::MapRoute(path) => {
                self.map.show_route(path);
                self.map.list = false;
                self.go(Screen::Map)
            }
        }
    }

    /// Shows a screen, remembering the current one for Back.
    fn go(&mut self, s: Screen) -> Task<Message> {
        if s == self.screen {
            return Task::none();
        }
        self.back.push(self.screen);
        self.screen = s;
        self.prefs.last_screen = s.key().to_string();
        self.save_prefs();
        to_top()
    }

    /// Esc: close what is open on the screen, else return to the previous screen.
    fn go_back(&mut self) -> Task<Message> {
        if self.asking.is_some() {
            self.asking = None;
        } else if self.confirm_reset {
            self.confirm_reset = false;
        } else if self.screen == Screen::Explore && self.explore.close_detail() {
        } else if let Some(s) = self.back.pop() {
            self.screen = s;
            self.prefs.last_screen = s.key().to_string();
            self.save_prefs();
            return to_top();
        }
        Task::none()
    }

    fn set_prefs(&mut self, change: impl FnOnce(&mut Prefs)) -> Task<Message> {
        change(&mut self.prefs);
        self.save_prefs();
        Task::none()
    }

    fn change_scale(&mut self, delta: i16) -> Task<Message> {
        let next = (self.prefs.text_scale as i16 + delta)
            .clamp(prefs::SCALE_MIN as i16, prefs::SCALE_MAX as i16);
        self.set_prefs(|p| p.text_scale = next as u16)
    }

    /// Saves the settings, except in guest mode, which keeps nothing on disk.
    fn save_prefs(&mut self) {
        if self.guest {
            return;
        }
        if let Err(e) = self.keeper.save(&self.prefs) {
            let l = self.prefs.lang;
            let said = l.store_error(&e);
            if self.told.as_ref() != Some(&said) {
                self.notice = Some(l.settings_not_saved().replace("{}", &said));
                self.told = Some(said);
            }
        }
    }

    fn set_fullscreen(on: bool) -> Task<Message> {
        let mode = if on {
            window::Mode::Fullscreen
        } else {
            window::Mode::Windowed
        };
        window::latest().and_then(move |id| window::set_mode(id, mode))
    }

    fn toggle_fullscreen(&mut self) -> Task<Message> {
        let on = !self.prefs.fullscreen;
        let _ = self.set_prefs(|p| p.fullscreen = on);
        App::set_fullscreen(on)
    }

    fn focus_search(&mut self) -> Task<Message> {
        let _ = self.go(Screen::Explore);
        self.explore.close_detail();
        iced::widget::operation::focus(explore::SEARCH_ID)
    }

    /// Number keys choose on the Start screen, so it can be used without a mouse.
    fn digit(&mut self, n: usize) -> Task<Message> {
        if self.screen != Screen::Start || self.confirm_reset {
            return Task::none();
        }
        match self.start.key(&ctx!(self), n) {
            Some(m) => self.on_start(m),
            None => Task::none(),
        }
    }

    fn ask_reset(&mut self) -> Task<Message> {
        self.confirm_reset = true;
        Task::none()
    }

    fn dismiss_notice(&mut self) -> Task<Message> {
        self.notice = None;
        self.plans.status = None;
        self.plans.folder = None;
        Task::none()
    }

    /// Remembers the window size at once, so it survives even an unclean exit (the file is
    /// tiny and written atomically, so a burst of resize events costs little).
    fn resized(&mut self, size: Size) -> Task<Message> {
        // Already in the page's units (iced divides by the text size's scale factor).
        self.page_height = size.height;
        let new = (size.width.round() as u32, size.height.round() as u32);
        if !self.prefs.fullscreen && new != self.prefs.window {
            self.prefs.window = new;
            self.save_prefs();
        }
        Task::none()
    }

    fn close(&mut self, id: window::Id) -> Task<Message> {
        if let Some(ask) = self.close_in_session(id) {
            return ask;
        }
        self.flush_autosave();
        self.save_prefs();
        window::close(id)
    }

    pub fn theme(&self) -> Theme {
        style::theme(self.prefs.theme)
    }

    pub fn scale_factor(&self) -> f32 {
        self.prefs.scale_factor()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            event::listen_with(on_event),
            self.live_subscription(),
            self.dialogue_subscription(),
        ])
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let page: Element<'_, Message> = match self.screen {
            Screen::Start => self
                .start
                .view(ctx, self.guest, self.profile_labels())
                .map(Message::Start),
            Screen::Explore => self.explore.view(ctx, &self.index).map(Message::Explore),
            Screen::Map => self.map.view(ctx, self.page_height).map(Message::Map),
            Screen::Profile => self
                .profile_form
                .view(ctx, self.guest)
                .map(Message::Profile),
            Screen::Problems => self
                .problems
                .view(
                    ctx,
                    &self.loaded,
                    &self.io_problems,
                    self.problem_folder().is_some(),
                    problems::Packs {
                        added: &self.prefs.packs,
                        given: &self.args.pack,
                    },
                )
                .map(Message::Problems),
            Screen::Routes => self.routes.view(ctx).map(Message::Routes),
            Screen::Compare => self.compare.view(ctx).map(Message::Compare),
            Screen::Funding => self.funding.view(ctx).map(Message::Funding),
            Screen::Plans => self.plans.view(ctx, self.guest).map(Message::Plans),
        };
        let mut body = column![].spacing(style::GAP).padding(style::PAGE);
        if self.error_count() > 0 && self.screen != Screen::Problems {
            body = body.push(self.banner());
        }
        body = body.push(page);
        // The map pans and zooms by itself (and its list scrolls), so it fills the window.
        let page: Element<'_, Message> = if self.screen == Screen::Map {
            iced::widget::container(body.height(Fill))
                .height(Fill)
                .into()
        } else {
            scrollable(body).id(PAGE_ID).height(Fill).into()
        };
        // Notices and the reset question float over the page, so they are seen whatever
        // the scroll position.
        let toast = self
            .notice
            .as_deref()
            .or(match self.screen {
                Screen::Plans => self.plans.status.as_deref(),
                _ => None,
            })
            .map(|n| {
                let folder = (self.notice.is_none() && self.screen == Screen::Plans)
                    .then_some(self.plans.folder.as_ref())
                    .flatten();
                self.notice_bar(n, folder)
            });
        let reset = self.confirm_reset.then(|| self.reset_bar());
        let end = self.session_end_bar();
        let asking = self.ask_path_bar();
        let countdown = self.countdown_bar();
        let undo = match self.screen {
            Screen::Plans => self
                .plans
                .undo_bar(self.prefs.lang)
                .map(|e| e.map(Message::Plans)),
            _ => None,
        };
        let layer = column![]
            .push(reset)
            .push(asking)
            .push(end)
            .push(countdown)
            .push(iced::widget::Space::new().height(Fill))
            .push(undo)
            .push(toast)
            .spacing(style::GAP)
            .max_width(900);
        let overlay = iced::widget::container(layer)
            .padding(style::PAGE)
            .width(Fill)
            .height(Fill)
            .align_x(iced::Center);
        // Tab and Shift+Tab move the focus through every field and control (see `focus`).
        super::focus::root(
            column![self.header()]
                .push(self.session_notes())
                .push(iced::widget::stack![page, overlay]),
        )
        .into()
    }
}

/// Keys and window events the whole app reacts to.
fn on_event(e: iced::Event, status: event::Status, id: window::Id) -> Option<Message> {
    use keyboard::key::Named;
    match e {
        iced::Event::Window(window::Event::Resized(size)) => Some(Message::WindowResized(size)),
        iced::Event::Window(window::Event::CloseRequested) => Some(Message::CloseRequested(id)),
        iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modified_key,
            physical_key,
            location,
            modifiers,
            ..
        }) => {
            let press = keys::Press {
                key: key.as_ref(),
                modified: modified_key.as_ref(),
                physical: physical_key,
                location,
                modifiers,
            };
            if let Some(m) = keys::global(&press, keys::used(status)) {
                return Some(m);
            }
            match key.as_ref() {
                keyboard::Key::Named(Named::Escape) => Some(Message::Back),
                keyboard::Key::Named(Named::F11) => Some(Message::ToggleFullscreen),
                keyboard::Key::Character("f") if modifiers.command() => Some(Message::FocusSearch),
                keyboard::Key::Character(c)
                    if status == event::Status::Ignored && !modifiers.command() =>
                {
                    c.parse::<usize>()
                        .ok()
                        .filter(|n| *n <= 9)
                        .map(Message::Digit)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The page's scrollable: one for all screens, so a new screen starts at its top.
const PAGE_ID: &str = "page";

fn to_top() -> Task<Message> {
    iced::widget::operation::snap_to(PAGE_ID, iced::widget::operation::RelativeOffset::START)
}

//! The window's chrome: the header with tabs and settings, the problems banner, notices and the
//! reset confirmation.

use super::app::{App, Message};
use super::prefs::ThemeChoice;
use super::{Screen, style, widgets};
use crate::i18n::Lang;
use crate::ui::focus::{Press, pick_list};
use iced::widget::{Space, button, column, container, row, text};
use iced::{Element, Fill};

/// The theme list's id (tests find it by this).
pub const THEME_ID: &str = "theme";

/// The theme choices as shown in the header's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeItem(pub ThemeChoice, pub Lang);

impl std::fmt::Display for ThemeItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let l = self.1;
        f.write_str(match self.0 {
            ThemeChoice::Light => l.theme_light(),
            ThemeChoice::Dark => l.theme_dark(),
            ThemeChoice::HighContrast => l.theme_contrast(),
        })
    }
}

impl App {
    pub(super) fn header(&self) -> Element<'_, Message> {
        let l = self.prefs.lang;
        let tabs = Screen::TABS.into_iter().fold(row![].spacing(4), |r, s| {
            let label = tab_label(l, s);
            let b = button(text(label).size(style::BODY)).padding([8, 12]);
            let style = if s == self.screen {
                button::primary
            } else {
                button::text
            };
            r.push(b.style(style).press(Message::Tab(s)))
        });
        let themes: Vec<ThemeItem> = ThemeChoice::ALL.iter().map(|t| ThemeItem(*t, l)).collect();
        let lang_button = match l {
            Lang::Da => button(text("English"))
                .style(style::secondary)
                .press(Message::Lang(Lang::En)),
            Lang::En => button(text("Dansk"))
                .style(style::secondary)
                .press(Message::Lang(Lang::Da)),
        };
        let mut top = row![text(l.app_name()).size(style::H2).font(widgets::BOLD)]
            .spacing(8)
            .align_y(iced::Center);
        if self.dialogue.is_some() {
            top = top.push(text(l.dialogue_mode()).size(style::SMALL));
        } else if self.session.is_some() {
            top = top.push(text(l.session_on()).size(style::SMALL).font(widgets::BOLD));
        } else if self.guest {
            top = top.push(text(l.guest_mode()).size(style::SMALL));
        }
        let top = top
            .push(Space::new().width(16))
            .push(lang_button)
            .push(
                pick_list(themes, Some(ThemeItem(self.prefs.theme, l)), |t| {
                    Message::Theme(t.0)
                })
                .id(THEME_ID),
            )
            .push(Space::new().width(8))
            .push(text(l.text_size()).size(style::SMALL))
            .push(
                button(text(l.text_smaller()))
                    .style(style::secondary)
                    .press(Message::TextScale(-10)),
            )
            .push(text(format!("{} %", self.prefs.text_scale)).size(style::SMALL))
            .push(
                button(text(l.text_bigger()))
                    .style(style::secondary)
                    .press(Message::TextScale(10)),
            )
            .push(Space::new().width(8))
            .push(
                button(text(l.fullscreen()))
                    .style(style::secondary)
                    .press(Message::ToggleFullscreen),
            )
            .push(self.reset_buttons())
            .wrap()
            .vertical_spacing(8);
        let tabs = tabs.wrap().vertical_spacing(4);
        container(column![top, tabs].spacing(8))
            .padding([10, 24])
            .width(Fill)
            .style(style::header)
            .into()
    }

    /// "Nulstil" and "Dialogdag"; in dialogue-day mode "Næste deltager" (no question asked:
    /// nothing was saved) and, when it was turned on in the settings, a way out.
    fn reset_buttons(&self) -> Element<'_, Message> {
        let l = self.prefs.lang;
        if let Some(buttons) = self.session_buttons() {
            return buttons;
        }
        if self.dialogue.is_none() {
            return row![
                button(text(l.session_new()))
                    .style(style::secondary)
                    .press(Message::Session(super::app::session::Message::Start)),
                button(text(l.reset()))
                    .style(button::danger)
                    .press(Message::AskReset),
                button(text(l.tab_catalogue()))
                    .style(style::secondary)
                    .press(Message::Tab(Screen::Problems)),
                button(text(l.dialogue_on()))
                    .style(style::secondary)
                    .press(Message::DialogueDay(true)),
            ]
            .spacing(8)
            .into();
        }
        let next = button(text(l.next_participant()).font(widgets::BOLD))
            .style(button::danger)
            .press(Message::NextParticipant);
        let leave = self.dialogue_day_leavable().then(|| {
            button(text(l.dialogue_off()))
                .style(style::secondary)
                .press(Message::DialogueDay(false))
        });
        row![next].push(leave).spacing(8).into()
    }

    /// The last seconds before the screen clears, over the page.
    pub(super) fn countdown_bar(&self) -> Option<Element<'_, Message>> {
        let l = self.prefs.lang;
        let left = self.dialogue.as_ref()?.left?;
        Some(bar(
            row![
                text(l.dialogue_countdown(left))
                    .size(style::H3)
                    .font(widgets::BOLD)
                    .width(Fill),
                button(text(l.dialogue_stay())).press(Message::Active),
            ],
            style::banner,
        ))
    }

    pub(super) fn banner(&self) -> Element<'_, Message> {
        let l = self.prefs.lang;
        bar(
            row![
                text(l.banner_errors(self.error_count())).font(widgets::BOLD),
                Space::new().width(Fill),
                button(text(l.banner_show())).press(Message::Tab(Screen::Problems)),
            ],
            style::banner,
        )
    }

    /// A notice with "Luk", and "Åbn mappen" when it says where a file is.
    pub(super) fn notice_bar<'a>(
        &self,
        message: &'a str,
        folder: Option<&std::path::PathBuf>,
    ) -> Element<'a, Message> {
        let l = self.prefs.lang;
        let open = folder.map(|dir| {
            button(text(l.open_folder()))
                .style(style::secondary)
                .press(Message::OpenFolder(dir.clone()))
        });
        bar(
            row![text(message).width(Fill)]
                .push(open)
                .push(button(text(l.dismiss())).press(Message::DismissNotice)),
            style::notice,
        )
    }

    pub(super) fn reset_bar(&self) -> Element<'_, Message> {
        let l = self.prefs.lang;
        let question = row![
            text(l.reset_question()).width(Fill),
            button(text(l.reset_yes()))
                .style(button::danger)
                .press(Message::ConfirmReset(true)),
            button(text(l.reset_no()))
                .style(style::secondary)
                .press(Message::ConfirmReset(false)),
        ]
        .align_y(iced::Center)
        .spacing(12);
        let (profiles, plans) = self.saved_now_counts();
        if self.guest || profiles + plans == 0 {
            return container(question)
                .padding(10)
                .width(Fill)
                .style(style::banner)
                .into();
        }
        let what = l.reset_saved_what(profiles, plans);
        let delete = crate::ui::focus::toggle(
            iced::widget::checkbox(self.reset_delete)
                .label(l.reset_delete_saved().replace("{}", &what)),
            self.reset_delete,
            Message::ResetDeleteSaved,
        );
        container(column![question, delete].spacing(8))
            .padding(10)
            .width(Fill)
            .style(style::banner)
            .into()
    }
}

/// A full-width bar with a row of text and buttons (banner, notice, reset question).
fn bar<'a>(
    content: iced::widget::Row<'a, Message>,
    style: fn(&iced::Theme) -> iced::widget::container::Style,
) -> Element<'a, Message> {
    container(content.align_y(iced::Center).spacing(12))
        .padding(10)
        .width(Fill)
        .style(style)
        .into()
}

/// The tab's label in a language.
pub fn tab_label(l: Lang, s: Screen) -> &'static str {
    match s {
        Screen::Start => l.tab_start(),
        Screen::Explore => l.tab_explore(),
        Screen::Map => l.tab_map(),
        Screen::Profile => l.tab_profile(),
        Screen::Routes => l.tab_routes(),
        Screen::Compare => l.tab_compare(),
        Screen::Funding => l.tab_funding(),
        Screen::Plans => l.tab_plans(),
        Screen::Problems => l.tab_problems(),
    }
}

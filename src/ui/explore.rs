//! Explore: search as you type across roles, programmes, AMU courses and funding, with filters,
//! and a detail view per item.

use super::{Ctx, Goto, detail, style, widgets};
use crate::catalog::{Catalog, Date, EduLevel, Id, Pace, Weeks};
use crate::engine::Profile;
use crate::i18n::Lang;
use crate::search::{Filters, Hit, Index, ItemKind};
use crate::ui::focus::{Press, pick_list, toggle};
use iced::widget::{Column, button, checkbox, column, container, row, text, text_input};
use iced::{Element, Fill};

/// The search field's widget id, for Ctrl+F.
pub const SEARCH_ID: &str = "explore-search";

/// Most results shown at once; the count says how many there are.
pub const MAX_SHOWN: usize = 60;

#[derive(Debug, Default)]
pub struct State {
    pub query: String,
    pub filters: Filters,
    /// The item whose detail view is open.
    pub detail: Option<Id>,
    /// For an open course: what it costs this person, as lines, worked out by [`State::refresh`].
    pub course: Option<CourseLines>,
}

/// A course priced for a person, with what the lines were worked out from.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseLines {
    key: (Id, Profile, Lang, Date, u64),
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    QueryChanged(String),
    /// Enter in the search field: open the best hit.
    OpenFirst,
    Kind(Option<ItemKind>),
    Level(Option<EduLevel>),
    MaxLength(Option<u16>),
    Pace(Option<Pace>),
    PaidOnly(bool),
    FundedOnly(bool),
    ClearFilters,
    Open(Id),
    CloseDetail,
    Go(Goto),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
}

impl State {
    pub fn update(&mut self, message: Message, index: &Index, _ctx: &Ctx) -> Action {
        match message {
            Message::QueryChanged(q) => self.query = q,
            Message::OpenFirst => {
                self.detail = index
                    .search(&self.query, &self.filters)
                    .first()
                    .map(|h| h.id.clone())
            }
            Message::Kind(k) => self.filters.kinds = k.into_iter().collect(),
            Message::Level(l) => self.filters.level = l,
            Message::MaxLength(m) => {
                self.filters.max_weeks = m.map(|w| Weeks::from_weeks(f64::from(w)))
            }
            Message::Pace(p) => self.filters.pace = p,
            Message::PaidOnly(b) => self.filters.paid_only = b,
            Message::FundedOnly(b) => self.filters.funded_only = b,
            Message::ClearFilters => self.filters = Filters::default(),
            Message::Open(id) => self.detail = Some(id),
            Message::CloseDetail => self.detail = None,
            Message::Go(g) => return Action::Go(g),
        }
        Action::None
    }

    /// Opens an item's detail view (from another screen).
    pub fn open_detail(&mut self, id: Id) {
        self.detail = Some(id);
    }

    /// Closes the detail view; false when none was open.
    pub fn close_detail(&mut self) -> bool {
        self.detail.take().is_some()
    }

    /// Prices the open course for the person when what it depends on has changed (called
    /// after every update, never from `view`).
    pub fn refresh(&mut self, ctx: &Ctx) {
        let Some(id) = self.detail.clone().filter(|id| is_course(ctx.catalog, id)) else {
            self.course = None;
            return;
        };
        let key = (id, ctx.profile.clone(), ctx.lang, ctx.today, ctx.generation);
        if self.course.as_ref().is_some_and(|c| c.key == key) {
            return;
        }
        let step = crate::engine::course::answer(ctx.catalog, ctx.profile, &key.0, None, ctx.today);
        self.course = step.map(|s| CourseLines {
            lines: crate::i18n::course::lines(ctx.catalog, &s, ctx.lang, false),
            key,
        });
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>, index: &Index) -> Element<'a, Message> {
        if let Some(id) = &self.detail {
            let course = self.course.as_ref().map(|c| c.lines.as_slice());
            return detail::view(ctx, id, course);
        }
        let l = ctx.lang;
        let hits = index.search(&self.query, &self.filters);
        let search = text_input(l.explore_search(), &self.query)
            .id(SEARCH_ID)
            .on_input(Message::QueryChanged)
            .on_submit(Message::OpenFirst)
            .size(style::H3)
            .padding(12);
        let mut list = column![widgets::body(
            l.explore_hits().replace("{}", &hits.len().to_string())
        )]
        .spacing(6);
        if hits.is_empty() {
            list = list.push(widgets::body(l.explore_no_hits()));
        }
        for h in hits.iter().take(MAX_SHOWN) {
            list = list.push(hit_row(ctx, h));
        }
        column![
            widgets::h1(l.explore_title()),
            search,
            self.filters_view(l),
            list
        ]
        .spacing(style::GAP)
        .into()
    }

    fn filters_view<'a>(&'a self, l: Lang) -> Element<'a, Message> {
        let current = self.filters.kinds.first().copied();
        let kinds = [
            (None, l.kind_all()),
            (Some(ItemKind::Role), l.kind_role()),
            (Some(ItemKind::Programme), l.kind_programme()),
            (Some(ItemKind::Amu), l.kind_amu()),
            (Some(ItemKind::Funding), l.kind_funding()),
        ]
        .into_iter()
        .fold(row![].spacing(6), |r, (k, label)| {
            let b = button(text(label)).padding([6, 12]);
            let style = if k == current {
                button::primary
            } else {
                style::secondary
            };
            r.push(b.style(style).press(Message::Kind(k)))
        });
        let levels: Vec<Choice<EduLevel>> = std::iter::once(None)
            .chain(EduLevel::ALL.into_iter().map(Some))
            .map(|v| Choice(v, l))
            .collect();
        let lengths: Vec<Choice<u16>> = std::iter::once(None)
            .chain(LENGTHS.into_iter().map(Some))
            .map(|v| Choice(v, l))
            .collect();
        let paces: Vec<Choice<Pace>> = [
            None,
            Some(Pace::FullTime),
            Some(Pace::PartTime),
            Some(Pace::Modular),
        ]
        .into_iter()
        .map(|v| Choice(v, l))
        .collect();
        let max = self.filters.max_weeks.map(|w| (w.tenths() / 10) as u16);
        let second = row![
            labelled(
                l.filter_level(),
                pick_list(levels, Some(Choice(self.filters.level, l)), |c| {
                    Message::Level(c.0)
                })
                .into()
            ),
            labelled(
                l.filter_length(),
                pick_list(lengths, Some(Choice(max, l)), |c| Message::MaxLength(c.0)).into()
            ),
            labelled(
                l.filter_pace(),
                pick_list(
                    paces,
                    Some(Choice(self.filters.pace, l)),
                    |c| Message::Pace(c.0)
                )
                .into()
            ),
        ]
        .spacing(style::GAP);
        let third = row![
            toggle(
                checkbox(self.filters.paid_only).label(l.filter_paid()),
                self.filters.paid_only,
                Message::PaidOnly
            ),
            toggle(
                checkbox(self.filters.funded_only).label(l.filter_funded()),
                self.filters.funded_only,
                Message::FundedOnly
            ),
            button(text(l.filter_clear()))
                .style(button::text)
                .press(Message::ClearFilters),
        ]
        .spacing(style::GAP_L)
        .align_y(iced::Center);
        column![kinds, second, third].spacing(style::GAP).into()
    }
}

fn labelled<'a>(label: &'a str, control: Element<'a, Message>) -> Element<'a, Message> {
    column![text(label).size(style::SMALL), control]
        .spacing(2)
        .into()
}

/// One search result: name, kind and a short line, pressable.
fn hit_row<'a>(ctx: Ctx<'a>, h: &Hit) -> Element<'a, Message> {
    let l = ctx.lang;
    let (name, mut kind) = describe(ctx.catalog, l, h.kind, &h.id);
    if ctx.catalog.pack_file(&h.id).is_some() {
        kind = format!("{kind} · {} {}", super::detail::PACK_MARK, l.pack_short());
    }
    let inner: Column<'a, Message> = column![
        text(name).size(style::BODY).font(widgets::BOLD),
        text(kind).size(style::SMALL)
    ];
    button(container(inner).width(Fill))
        .style(hit_style)
        .padding([8, 12])
        .width(Fill)
        .press(Message::Open(h.id.clone()))
        .into()
}

/// The display name of an item, and a line saying what kind it is (with its length for
/// programmes).
pub fn describe(c: &Catalog, l: Lang, kind: ItemKind, id: &str) -> (String, String) {
    let name = match kind {
        ItemKind::Role => c.role(id).map(|r| l.pick(&r.name).to_string()),
        ItemKind::Programme | ItemKind::Amu => c.programme(id).map(|p| l.pick(&p.name).to_string()),
        ItemKind::Funding => c.funding_source(id).map(|f| l.pick(&f.name).to_string()),
    };
    let label = match kind {
        ItemKind::Role => l.hit_role(),
        ItemKind::Programme => l.hit_programme(),
        ItemKind::Amu => l.hit_amu(),
        ItemKind::Funding => l.hit_funding(),
    };
    let line = match c.programme(id) {
        Some(p) => {
            let s = p.structure;
            let total = s
                .calendar
                .map(|c| c.weeks())
                .unwrap_or(s.school.weeks() + s.placement.weeks());
            format!("{label} · {}", crate::i18n::length(l, total))
        }
        None => label.to_string(),
    };
    (name.unwrap_or_else(|| id.to_string()), line)
}

/// Length limits offered, in weeks.
const LENGTHS: [u16; 5] = [1, 4, 26, 52, 156];

/// An optional filter value with the language to show it in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Choice<T>(pub Option<T>, pub Lang);

impl std::fmt::Display for Choice<EduLevel> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str(self.1.filter_any()),
            Some(v) => f.write_str(detail::level_name(self.1, v)),
        }
    }
}

impl std::fmt::Display for Choice<u16> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str(self.1.filter_any()),
            Some(w) => f.write_str(&crate::i18n::length(
                self.1,
                Weeks::from_weeks(f64::from(w)),
            )),
        }
    }
}

impl std::fmt::Display for Choice<Pace> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let l = self.1;
        f.write_str(match self.0 {
            None => l.filter_any(),
            Some(Pace::FullTime) => l.pace_full(),
            Some(Pace::PartTime) => l.pace_part(),
            Some(Pace::Modular) => l.pace_modular(),
        })
    }
}

/// A search result: a card whose frame turns the focus colour, and thicker, under the pointer
/// (a darker fill would hide the text in high contrast).
fn hit_style(theme: &iced::Theme, status: button::Status) -> button::Style {
    let p = theme.extended_palette();
    let (edge, width) = match status {
        button::Status::Hovered | button::Status::Pressed => (p.primary.strong.color, 3.0),
        _ => (p.background.strong.color, 1.0),
    };
    button::Style {
        background: Some(p.background.weak.color.into()),
        text_color: p.background.weak.text,
        border: iced::Border {
            color: edge,
            width,
            radius: 6.0.into(),
        },
        ..button::Style::default()
    }
}

/// Courses a person takes on their own and asks the price of: AMU, supplements, single
/// subjects and modules.
fn is_course(c: &Catalog, id: &str) -> bool {
    use crate::catalog::ProgrammeKind as K;
    c.programme(id).is_some_and(|p| {
        matches!(
            p.kind,
            K::AmuCourse
                | K::AmuPackage
                | K::Supplement
                | K::Fvu
                | K::Avu
                | K::HfEnkeltfag
                | K::Akademi
                | K::Diplom
        )
    })
}

//! The pathway map screen: the catalogue's roles as a canvas you can pan and zoom, each marked
//! with how far the person is from it, and the same content as a numbered list.

use super::map_canvas::Drawing;
use super::{Ctx, Goto, style, widgets};
use crate::catalog::Date;
use crate::engine::Profile;
use crate::i18n::Lang;
use crate::map::route::{Highlight, RoutePath};
use crate::map::status::{self, Reach, Status};
use crate::map::{Map, layout};
use crate::ui::focus::{Focus, Press};
use iced::widget::{Column, button, canvas, column, container, row, scrollable, text};
use iced::{Element, Fill, Point, Size, Vector};

/// Zoom limits: far enough out for 500 roles, near enough to read one box closely.
const ZOOM_MIN: f32 = 0.02;
const ZOOM_MAX: f32 = 3.0;
/// Margin kept around the map when it is fitted to the window.
const FIT_MARGIN: f32 = 24.0;

/// How the layout is placed on screen: `screen = layout × zoom + offset`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub zoom: f32,
    pub offset: Vector,
}

#[derive(Default)]
pub struct State {
    pub map: Map,
    /// Each role's standing for the person, in catalogue (and node) order.
    pub status: Vec<Status>,
    /// What the map and statuses were computed from.
    built_for: Option<(u64, Profile, Date)>,
    /// Shows the numbered list instead of the canvas.
    pub list: bool,
    /// The node under the mouse, described in a card over the canvas.
    pub hovered: Option<usize>,
    /// `None`: fitted to the canvas, whatever its size.
    pub view: Option<View>,
    /// The canvas's last known size (for keys and buttons, which do not know it).
    pub viewport: Size,
    /// The route picked out on the Routes screen, and where it lies on the map (worked out
    /// in `refresh`, again whenever the map is laid out anew).
    pub route: Option<RoutePath>,
    pub highlight: Option<Highlight>,
    /// Links and nodes, redrawn only when the data, the view or the route change.
    pub(super) cache: canvas::Cache,
    /// Where the canvas was when the cache was drawn.
    pub(super) drawn_at: std::cell::Cell<Option<iced::Rectangle>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Move the map by this many screen pixels.
    Pan(Vector, Size),
    /// Zoom by a factor around a point of the canvas.
    Zoom(f32, Point, Size),
    /// Zoom around the centre (keys and buttons).
    ZoomStep(f32),
    PanStep(Vector),
    Fit,
    ToggleList,
    Hover(Option<usize>, Size),
    /// A node was clicked or chosen in the list.
    Open(usize),
    /// Stop picking out the route.
    ClearRoute,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Go(Goto),
}

/// In a window lower than this (in the page's units, so at large text sizes), the text above
/// the map gets [`HEAD_SHARE`] of the height and scrolls within it.
const COMPACT_BELOW: f32 = 600.0;
const HEAD_SHARE: f32 = 0.22;

impl State {
    /// Lays out the map and works out each role's standing when the catalogue, the profile or
    /// the day changed since last time. Called from the app's `update`, never from `view`.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let fresh = self
            .built_for
            .as_ref()
            .is_some_and(|(g, p, d)| *g == ctx.generation && p == ctx.profile && *d == ctx.today);
        if fresh {
            self.place_route(ctx);
            return;
        }
        let catalog_changed = self
            .built_for
            .as_ref()
            .is_none_or(|(g, _, _)| *g != ctx.generation);
        if catalog_changed {
            self.map = Map::build(ctx.catalog);
            self.view = None;
            self.highlight = None;
        }
        self.status = status::reach(ctx.catalog, ctx.profile, ctx.today);
        self.built_for = Some((ctx.generation, ctx.profile.clone(), ctx.today));
        self.place_route(ctx);
        self.cache.clear();
    }

    /// Picks out a route; it is placed on the map at the next `refresh`.
    pub fn show_route(&mut self, path: RoutePath) {
        if self.route.as_ref() != Some(&path) {
            self.route = Some(path);
            self.highlight = None;
            self.cache.clear();
        }
    }

    fn place_route(&mut self, ctx: &Ctx) {
        if self.highlight.is_none()
            && let Some(path) = &self.route
        {
            self.highlight = Some(Highlight::of(&self.map, ctx.catalog, path));
            self.cache.clear();
        }
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Pan(d, size) => {
                self.viewport = size;
                let v = self.current();
                self.set(View {
                    offset: v.offset + d,
                    ..v
                });
            }
            Message::Zoom(f, at, size) => {
                self.viewport = size;
                self.zoom_at(f, at);
            }
            Message::ZoomStep(f) => {
                let c = Point::new(self.viewport.width / 2.0, self.viewport.height / 2.0);
                self.zoom_at(f, c);
            }
            Message::PanStep(d) => {
                let v = self.current();
                self.set(View {
                    offset: v.offset + d,
                    ..v
                });
            }
            Message::Fit => {
                self.view = None;
                self.cache.clear();
            }
            Message::ToggleList => self.list = !self.list,
            Message::Hover(n, size) => {
                self.hovered = n;
                self.viewport = size;
            }
            Message::ClearRoute => {
                self.route = None;
                self.highlight = None;
                self.cache.clear();
            }
            Message::Open(i) => {
                if let Some(n) = self.map.nodes.get(i)
                    && ctx.catalog.role(&n.role).is_some()
                {
                    return Action::Go(Goto::Detail(n.role.clone()));
                }
            }
        }
        Action::None
    }

    /// The focus slots over the boxes for a canvas of `size`, in reading order (column by
    /// column, top to bottom); boxes outside the canvas have none.
    fn slots<'a>(&'a self, size: Size) -> Element<'a, Message> {
        let v = self.view.unwrap_or_else(|| self.fit(size));
        let mut order: Vec<usize> = (0..self.map.nodes.len()).collect();
        order.sort_by(|&a, &b| {
            let (na, nb) = (&self.map.nodes[a], &self.map.nodes[b]);
            na.x.total_cmp(&nb.x).then(na.y.total_cmp(&nb.y))
        });
        let (w, h) = (BOX.width * v.zoom, BOX.height * v.zoom);
        let pins = order.into_iter().filter_map(|i| {
            let n = &self.map.nodes[i];
            let (x, y) = (n.x * v.zoom + v.offset.x, n.y * v.zoom + v.offset.y);
            let inside = x >= 0.0 && y >= 0.0 && x + w <= size.width && y + h <= size.height;
            inside.then(|| {
                let slot = Focus::new(
                    iced::widget::Space::new().width(w).height(h),
                    Some(Message::Open(i)),
                )
                .on_focus(Message::Hover(Some(i), size));
                iced::widget::pin(slot).x(x).y(y).into()
            })
        });
        iced::widget::Stack::with_children(pins)
            .width(Fill)
            .height(Fill)
            .into()
    }

    /// The view in use: the one set by panning or zooming, else the fitted one.
    pub fn current(&self) -> View {
        self.view.unwrap_or_else(|| self.fit(self.viewport))
    }

    /// The view that shows the whole map in a canvas of `size`, never larger than life.
    pub fn fit(&self, size: Size) -> View {
        let (w, h) = (self.map.width.max(1.0), self.map.height.max(1.0));
        let zoom = ((size.width - 2.0 * FIT_MARGIN) / w)
            .min((size.height - 2.0 * FIT_MARGIN) / h)
            .clamp(ZOOM_MIN, 1.0);
        View {
            zoom,
            offset: Vector::new(
                (size.width - w * zoom) / 2.0,
                (size.height - h * zoom) / 2.0,
            ),
        }
    }

    fn zoom_at(&mut self, factor: f32, at: Point) {
        let v = self.current();
        let zoom = (v.zoom * factor).clamp(ZOOM_MIN, ZOOM_MAX);
        // Keep the layout point under `at` where it is.
        let k = zoom / v.zoom;
        let offset = Vector::new(
            at.x - (at.x - v.offset.x) * k,
            at.y - (at.y - v.offset.y) * k,
        );
        self.set(View { zoom, offset });
    }

    fn set(&mut self, v: View) {
        if self.view != Some(v) {
            self.view = Some(v);
            self.cache.clear();
        }
    }

    /// `page_height`: the window's height in the page's units; the text above the map takes at
    /// most a third of it (scrolling within), so at large text sizes the map keeps its room.
    pub fn view<'a>(&'a self, ctx: Ctx<'a>, page_height: f32) -> Element<'a, Message> {
        let l = ctx.lang;
        if self.map.nodes.is_empty() {
            return column![widgets::h1(l.map_title()), widgets::body(l.map_empty())]
                .spacing(style::GAP)
                .into();
        }
        let toggle = if self.list {
            l.map_as_map()
        } else {
            l.map_as_list()
        };
        let mut tools = row![
            button(text(toggle))
                .style(button::primary)
                .press(Message::ToggleList)
        ]
        .spacing(8)
        .align_y(iced::Center);
        if !self.list {
            tools = tools
                .push(
                    button(text(l.map_fit()))
                        .style(style::secondary)
                        .press(Message::Fit),
                )
                .push(
                    button(text(l.map_zoom_in()))
                        .style(style::secondary)
                        .press(Message::ZoomStep(1.25)),
                )
                .push(
                    button(text(l.map_zoom_out()))
                        .style(style::secondary)
                        .press(Message::ZoomStep(0.8)),
                );
        }
        // Kept short, so the map keeps most of the window at large text sizes.
        let mut head = column![
            row![widgets::h2(l.map_title()), tools]
                .spacing(24)
                .align_y(iced::Center)
                .wrap()
                .vertical_spacing(8),
            legend(l),
        ]
        .spacing(6);
        if ctx.profile.role.is_none() {
            head = head.push(widgets::hint(l.map_no_role()));
        }
        if let Some(path) = &self.route {
            head = head.push(
                row![
                    text(route_line(ctx, path)).font(widgets::BOLD),
                    button(text(l.map_clear_route()))
                        .style(style::secondary)
                        .press(Message::ClearRoute),
                ]
                .spacing(12)
                .align_y(iced::Center)
                .wrap()
                .vertical_spacing(4),
            );
            if !self.list {
                head = head.push(widgets::hint(l.map_route_cue()));
            }
        }
        let body: Element<'a, Message> = if self.list {
            scrollable(self.list_view(ctx)).height(Fill).into()
        } else {
            let c = canvas(Drawing { state: self, ctx })
                .width(Fill)
                .height(Fill);
            // The card is a widget over the canvas, not canvas text, so it stays crisp and
            // nothing drawn on the canvas shows through it.
            let card = self.hovered.map(|i| {
                container(self.hover_card(ctx, i))
                    .padding(12)
                    .max_width(640)
                    .style(style::notice)
            });
            // On the side of the canvas away from the hovered box.
            let right = self.hovered.is_some_and(|i| {
                let v = self.current();
                let n = &self.map.nodes[i];
                (n.x + BOX.width / 2.0) * v.zoom + v.offset.x < self.viewport.width / 2.0
            });
            let over = container(iced::widget::Column::new().push(card))
                .padding(12)
                .width(Fill)
                .height(Fill)
                .align_bottom(Fill)
                .align_x(if right {
                    iced::alignment::Horizontal::Right
                } else {
                    iced::alignment::Horizontal::Left
                });
            // Each box also takes the keyboard focus: an empty slot over it joins the Tab order
            // (left to right, as the map reads), shows the ring, opens it on Enter and shows
            // its card. The slots take no clicks, so dragging and hovering stay the canvas's.
            let slots = iced::widget::responsive(move |size| self.slots(size));
            container(iced::widget::stack![c, slots, over])
                .style(style::card)
                .width(Fill)
                .height(Fill)
                .into()
        };
        // The how-to comes last: at large text it is what scrolls out of the way.
        let head = head.push(widgets::hint(format!("{} {}", l.map_intro(), l.map_keys())));
        let head: Element<'a, Message> = if page_height < COMPACT_BELOW {
            scrollable(head)
                .spacing(6)
                .height(page_height * HEAD_SHARE)
                .into()
        } else {
            head.into()
        };
        column![head, body].spacing(style::GAP).height(Fill).into()
    }

    /// The map as numbered steps, one per column, each role with its mark and standing.
    fn list_view<'a>(&'a self, ctx: Ctx<'a>) -> Column<'a, Message> {
        let l = ctx.lang;
        let mut out = column![].spacing(6);
        if let (Some(path), Some(h)) = (&self.route, &self.highlight) {
            out = out.push(widgets::h2(l.map_route_steps()));
            for (k, (p, s)) in path.steps.iter().zip(&h.steps).enumerate() {
                let mut line = format!("{}. {}", k + 1, l.pick(&ctx.catalog.name_of(p)));
                if let Some(role) = s
                    .node
                    .and_then(|i| ctx.catalog.role(&self.map.nodes[i].role))
                {
                    line.push_str(&format!(" → {}", l.pick(&role.name)));
                }
                if s.link.is_none() {
                    line.push_str(&format!(" {}", l.map_route_no_link()));
                }
                let b = button(text(line).size(style::BODY))
                    .style(style::secondary)
                    .width(Fill);
                let b: Element<'a, Message> = match s.node {
                    Some(i) => b.press(Message::Open(i)).into(),
                    None => b.into(),
                };
                out = out.push(b);
            }
        }
        for (c, nodes) in self.map.columns.iter().enumerate() {
            out = out.push(widgets::h2(
                l.map_step().replace("{}", &(c + 1).to_string()),
            ));
            for &i in nodes {
                let Some(role) = ctx.catalog.role(&self.map.nodes[i].role) else {
                    continue;
                };
                let reach = self.reach(i);
                let mut line = format!(
                    "{} {} — {}",
                    sign(reach),
                    l.pick(&role.name),
                    reach_word(l, reach)
                );
                if let Some(more) = self.detail_line(ctx, i) {
                    line.push_str(" · ");
                    line.push_str(&more);
                }
                out = out.push(
                    button(text(line).size(style::BODY))
                        .style(style::secondary)
                        .width(Fill)
                        .press(Message::Open(i)),
                );
            }
        }
        out.padding([0, 8])
    }

    /// A hovered node: its name, standing, the way in and what is missing.
    fn hover_card<'a>(&self, ctx: Ctx<'a>, i: usize) -> Element<'a, Message> {
        let l = ctx.lang;
        let reach = self.reach(i);
        let name = ctx
            .catalog
            .role(&self.map.nodes[i].role)
            .map_or(String::new(), |r| l.pick(&r.name).to_string());
        let mut col = column![
            text(name).font(widgets::BOLD),
            text(format!("{} {}", sign(reach), reach_word(l, reach))),
        ]
        .spacing(4);
        col = col.push(self.detail_line(ctx, i).map(text));
        col = col.push(self.first_open(ctx, i).map(text));
        col.into()
    }

    /// A node's standing (`Out` while the statuses are not worked out).
    pub fn reach(&self, node: usize) -> Reach {
        self.status.get(node).map_or(Reach::Out, |s| s.reach)
    }

    /// "Via X · Length: Y" for a node: the person's best route in, else the first link in.
    pub fn detail_line(&self, ctx: Ctx, node: usize) -> Option<String> {
        let l = ctx.lang;
        let st = self.status.get(node);
        let via = st.and_then(|s| s.via.clone()).or_else(|| {
            self.map
                .into_node(node)
                .find_map(|k| k.programmes.first().cloned())
        })?;
        let prog = ctx.catalog.programme(&via)?;
        let weeks = st.and_then(|s| s.length).unwrap_or_else(|| {
            prog.structure
                .calendar
                .map(|c| c.weeks())
                .unwrap_or_else(|| prog.structure.school.weeks() + prog.structure.placement.weeks())
        });
        Some(format!(
            "{} · {}",
            l.map_via().replace("{}", l.pick(&prog.name)),
            l.map_length().replace("{}", &crate::i18n::length(l, weeks))
        ))
    }

    /// The first requirement not met on the person's best route in, in words.
    pub fn first_open(&self, ctx: Ctx, node: usize) -> Option<String> {
        let r = self.status.get(node)?.first_open.as_ref()?;
        Some(ctx.lang.reason(ctx.catalog, r))
    }
}

/// "Highlighted route from X to Y: A → B", in the person's words.
pub fn route_line(ctx: Ctx, path: &RoutePath) -> String {
    let l = ctx.lang;
    let name = |id: &str| l.pick(&ctx.catalog.name_of(id)).to_string();
    let from = match &path.from {
        Some(r) => name(r),
        None => l.map_route_anywhere().to_string(),
    };
    let steps: Vec<String> = path.steps.iter().map(|p| name(p)).collect();
    l.map_route_shown()
        .replace("{from}", &from)
        .replace("{to}", &name(&path.to))
        .replace("{steps}", &steps.join(" → "))
}

/// The mark of a standing, shown before the role's name on the map and in the list.
pub fn sign(r: Reach) -> &'static str {
    match r {
        Reach::Held => "■",
        Reach::Now => "✓",
        Reach::AfterGap => "◐",
        Reach::Out => "✗",
    }
}

pub fn reach_word(l: Lang, r: Reach) -> &'static str {
    match r {
        Reach::Held => l.map_held(),
        Reach::Now => l.map_now(),
        Reach::AfterGap => l.map_after_gap(),
        Reach::Out => l.map_out(),
    }
}

fn legend<'a>(l: Lang) -> Element<'a, Message> {
    Reach::ALL
        .into_iter()
        .fold(
            row![text(l.map_legend()).font(widgets::BOLD)].spacing(16),
            |r, reach| r.push(text(format!("{} {}", sign(reach), reach_word(l, reach)))),
        )
        .wrap()
        .vertical_spacing(4)
        .into()
}

/// Keeps the layout's box size visible to the canvas module.
pub(super) const BOX: Size = Size::new(layout::NODE_W, layout::NODE_H);

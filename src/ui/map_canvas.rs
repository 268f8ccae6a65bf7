//! Drawing the pathway map on a canvas: rounded boxes for roles, arrows for programmes, a mark
//! and a border style per standing, and a hover card. The boxes and arrows are cached.

use super::map::{BOX, Message, State, View, sign};
use super::{Ctx, style};
use crate::map::label::{LINES, NAME_SIZE, wrap};
use crate::map::status::Reach;
use crate::map::{Link, Map, layout};
use iced::mouse::{self, Cursor, ScrollDelta};
use iced::widget::canvas::{
    self, Event, Frame, Geometry, LineDash, Path, Stroke, Text, path::Builder,
};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme, Vector, keyboard};
use std::time::Instant;

/// Canvas text names its font: the app's default font does not reach the canvas.
const FIRA: iced::Font = iced::Font::with_name("Fira Sans");
/// A press that moves less than this is a click, not a drag.
const CLICK_SLOP: f32 = 4.0;

pub struct Drawing<'a> {
    pub state: &'a State,
    pub ctx: Ctx<'a>,
}

/// What the canvas remembers between events: a drag in progress and the node under the mouse.
#[derive(Default)]
pub struct Pointer {
    drag: Option<(Point, f32)>,
    hovered: Option<usize>,
}

impl Drawing<'_> {
    fn node_at(&self, v: View, p: Point) -> Option<usize> {
        let x = (p.x - v.offset.x) / v.zoom;
        let y = (p.y - v.offset.y) / v.zoom;
        self.state.map.hit(x, y)
    }

    fn view_for(&self, size: Size) -> View {
        self.state.view.unwrap_or_else(|| self.state.fit(size))
    }
}

impl canvas::Program<Message> for Drawing<'_> {
    type State = Pointer;

    fn update(
        &self,
        p: &mut Pointer,
        event: &Event,
        bounds: Rectangle,
        cursor: Cursor,
    ) -> Option<canvas::Action<Message>> {
        let size = bounds.size();
        let v = self.view_for(size);
        match event {
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                let at = cursor.position_in(bounds)?;
                p.drag = Some((at, 0.0));
                Some(canvas::Action::capture())
            }
            Event::Mouse(mouse::Event::CursorMoved { .. }) => {
                let at = cursor.position_in(bounds);
                if let (Some((last, moved)), Some(at)) = (p.drag, at) {
                    let d = at - last;
                    p.drag = Some((at, moved + d.x.abs() + d.y.abs()));
                    return Some(canvas::Action::publish(Message::Pan(d, size)));
                }
                let over = at.and_then(|a| self.node_at(v, a));
                (over != p.hovered).then(|| {
                    p.hovered = over;
                    canvas::Action::publish(Message::Hover(over, size))
                })
            }
            Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)) => {
                let (_, moved) = p.drag.take()?;
                let at = cursor.position_in(bounds)?;
                let node = (moved < CLICK_SLOP)
                    .then(|| self.node_at(v, at))
                    .flatten()?;
                Some(canvas::Action::publish(Message::Open(node)))
            }
            Event::Mouse(mouse::Event::WheelScrolled { delta }) => {
                let at = cursor.position_in(bounds)?;
                let lines = match delta {
                    ScrollDelta::Lines { y, .. } => *y,
                    ScrollDelta::Pixels { y, .. } => *y / 40.0,
                };
                let f = 1.15f32.powf(lines);
                Some(canvas::Action::publish(Message::Zoom(f, at, size)).and_capture())
            }
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if !modifiers.command() && !modifiers.alt() =>
            {
                key_message(key.as_ref()).map(canvas::Action::publish)
            }
            _ => None,
        }
    }

    fn draw(
        &self,
        p: &Pointer,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: Cursor,
    ) -> Vec<Geometry> {
        let v = self.view_for(bounds.size());
        // When the canvas moves on the page (the text above it changed), the cached drawing
        // is made again.
        if self.state.drawn_at.replace(Some(bounds)) != Some(bounds) {
            self.state.cache.clear();
        }
        // Clipped to the canvas: boxes panned or zoomed past its edge must not be painted over
        // the page (the software renderer left such pixels behind on the page).
        let inside = Rectangle::with_size(bounds.size());
        let base = self.state.cache.draw(renderer, bounds.size(), |frame| {
            let started = Instant::now();
            frame.with_clip(inside, |frame| draw_map(frame, self, theme, v));
            if std::env::var_os("VEJVISER_MAP_TIMING").is_some() {
                eprintln!(
                    "map: drew {} roles and {} links in {:.2} ms ({:.0}×{:.0} at zoom {:.3})",
                    self.state.map.nodes.len(),
                    self.state.map.links.len(),
                    started.elapsed().as_secs_f64() * 1000.0,
                    self.state.map.width,
                    self.state.map.height,
                    v.zoom
                );
            }
        });
        let mut over = Frame::new(renderer, bounds.size());
        if let Some(i) = p.hovered {
            over.with_clip(inside, |f| hover_outline(f, self, theme, v, i));
        }
        vec![base, over.into_geometry()]
    }

    fn mouse_interaction(
        &self,
        p: &Pointer,
        bounds: Rectangle,
        cursor: Cursor,
    ) -> mouse::Interaction {
        if p.drag.is_some() {
            mouse::Interaction::Grabbing
        } else if p.hovered.is_some() && cursor.is_over(bounds) {
            mouse::Interaction::Pointer
        } else {
            mouse::Interaction::Grab
        }
    }
}

/// Arrow keys pan, + and − zoom, 0 fits, L switches to the list.
fn key_message(key: keyboard::Key<&str>) -> Option<Message> {
    use keyboard::key::Named;
    // How far an arrow key moves the map, in screen pixels.
    let step = 60.0;
    Some(match key {
        keyboard::Key::Named(Named::ArrowLeft) => Message::PanStep(Vector::new(step, 0.0)),
        keyboard::Key::Named(Named::ArrowRight) => Message::PanStep(Vector::new(-step, 0.0)),
        keyboard::Key::Named(Named::ArrowUp) => Message::PanStep(Vector::new(0.0, step)),
        keyboard::Key::Named(Named::ArrowDown) => Message::PanStep(Vector::new(0.0, -step)),
        keyboard::Key::Character("+" | "=") => Message::ZoomStep(1.25),
        keyboard::Key::Character("-" | "−") => Message::ZoomStep(0.8),
        keyboard::Key::Character("0") => Message::Fit,
        keyboard::Key::Character("l" | "L") => Message::ToggleList,
        _ => return None,
    })
}

/// The colours of a standing: (border, fill, text).
fn colours(theme: &Theme, r: Reach) -> (Color, Color, Color) {
    let p = theme.extended_palette();
    match r {
        Reach::Held => (
            p.primary.strong.color,
            p.primary.weak.color,
            p.primary.weak.text,
        ),
        Reach::Now => (
            p.success.strong.color,
            p.success.weak.color,
            p.success.weak.text,
        ),
        Reach::AfterGap => (
            p.warning.strong.color,
            p.warning.weak.color,
            p.warning.weak.text,
        ),
        Reach::Out => (
            p.background.strong.color,
            p.background.weak.color,
            p.background.weak.text,
        ),
    }
}

fn draw_map(frame: &mut Frame, d: &Drawing, theme: &Theme, v: View) {
    let map = &d.state.map;
    let h = d.state.highlight.as_ref();
    let c = style::colors_of(theme);
    // With a route picked out, the rest fades (its lines and boxes stay readable).
    let dim = |col: Color, on_route: bool| {
        if h.is_some() && !on_route {
            Color {
                a: col.a * 0.3,
                ..col
            }
        } else {
            col
        }
    };
    for (k, l) in map.links.iter().enumerate() {
        if !h.is_some_and(|h| h.has_link(k)) {
            draw_link(frame, map, l, v, dim(c.line, false), 2.0);
        }
    }
    // The route's links go on top: thick, solid, in the focus colour, numbered below.
    let mut badges: Vec<(Point, String)> = Vec::new();
    if let Some(h) = h {
        for (k, l) in map.links.iter().enumerate() {
            let steps = h.link_steps(k);
            if !steps.is_empty() {
                let solid = Link {
                    open: false,
                    ..l.clone()
                };
                let mid = draw_link(frame, map, &solid, v, c.focus, 5.0);
                badges.push((mid, numbers(&steps)));
            }
        }
    }
    let size = NAME_SIZE * v.zoom;
    for (i, n) in map.nodes.iter().enumerate() {
        let reach = d.state.reach(i);
        let on_route = h.is_some_and(|h| h.has_node(i));
        let (edge, fill, ink) = colours(theme, reach);
        let (edge, fill, ink) = (dim(edge, on_route), dim(fill, on_route), dim(ink, on_route));
        let top_left = to_screen(v, n.x, n.y);
        let sz = Size::new(BOX.width * v.zoom, BOX.height * v.zoom);
        let rect = Path::rounded_rectangle(top_left, sz, (10.0 * v.zoom).into());
        frame.fill(&rect, fill);
        // The border's style says the standing too, for who cannot tell the colours apart.
        let (width, dash): (f32, &[f32]) = match reach {
            Reach::Held => (4.0, &[]),
            Reach::Now => (2.5, &[]),
            Reach::AfterGap => (2.5, &[8.0, 5.0]),
            Reach::Out => (1.5, &[2.0, 4.0]),
        };
        frame.stroke(
            &rect,
            Stroke {
                width: (width * v.zoom).max(1.0),
                line_dash: LineDash {
                    segments: dash,
                    offset: 0,
                },
                ..Stroke::default().with_color(edge)
            },
        );
        if on_route {
            // A double outline: the route's roles stand out without colour too.
            for gap in [5.0, 10.0] {
                let g = gap * v.zoom.max(0.4);
                let outline = Path::rounded_rectangle(
                    top_left - Vector::new(g, g),
                    Size::new(sz.width + 2.0 * g, sz.height + 2.0 * g),
                    (10.0 * v.zoom + g).into(),
                );
                frame.stroke(
                    &outline,
                    Stroke::default()
                        .with_color(c.focus)
                        .with_width((2.5 * v.zoom).max(1.5)),
                );
            }
            // A step that reaches the role without a drawn link is numbered on the box.
            if let Some(h) = h {
                let alone: Vec<usize> = h
                    .node_steps(i)
                    .into_iter()
                    .filter(|&s| h.steps[s - 1].link.is_none())
                    .collect();
                if !alone.is_empty() {
                    badges.push((top_left, numbers(&alone)));
                }
            }
        }
        if size < 5.0 {
            continue;
        }
        let name = d
            .ctx
            .catalog
            .role(&n.role)
            .map_or(n.role.as_str(), |r| d.ctx.lang.pick(&r.name));
        let label = format!("{} {}", sign(reach), name);
        let lines = wrap(&label, BOX.width - 20.0, NAME_SIZE, LINES);
        let lh = NAME_SIZE * 1.2 * v.zoom;
        let y0 = top_left.y + sz.height / 2.0 - lh * lines.len() as f32 / 2.0;
        for (k, text) in lines.into_iter().enumerate() {
            frame.fill_text(Text {
                content: text,
                position: Point::new(top_left.x + 10.0 * v.zoom, y0 + k as f32 * lh),
                color: ink,
                size: Pixels(size),
                font: FIRA,
                ..Text::default()
            });
        }
    }
    for (at, label) in badges {
        badge(frame, at, &label, v.zoom, c.focus, c.background);
    }
}

/// Step numbers as a badge reads them: "2" or "2, 3, 4".
fn numbers(steps: &[usize]) -> String {
    steps
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A step number in a filled pill centred on `at`.
fn badge(frame: &mut Frame, at: Point, label: &str, zoom: f32, fill: Color, ink: Color) {
    let size = (15.0 * zoom).max(10.0);
    let h = size * 1.5;
    let w = (label.chars().count() as f32 * size * 0.6 + size).max(h);
    let pill = Path::rounded_rectangle(
        Point::new(at.x - w / 2.0, at.y - h / 2.0),
        Size::new(w, h),
        (h / 2.0).into(),
    );
    frame.fill(&pill, fill);
    frame.stroke(&pill, Stroke::default().with_color(ink).with_width(1.5));
    frame.fill_text(Text {
        content: label.to_string(),
        position: at,
        color: ink,
        size: Pixels(size),
        font: iced::Font {
            weight: iced::font::Weight::Bold,
            ..FIRA
        },
        align_x: iced::widget::text::Alignment::Center,
        align_y: iced::alignment::Vertical::Center,
        ..Text::default()
    });
}

fn to_screen(v: View, x: f32, y: f32) -> Point {
    Point::new(x * v.zoom + v.offset.x, y * v.zoom + v.offset.y)
}

/// An arrow from the right side of one box to the left side of the next; a sideways move in
/// one column bends out to the right, with heads at both ends.
/// Returns the middle of the line, where a route's step number goes.
fn draw_link(frame: &mut Frame, map: &Map, l: &Link, v: View, colour: Color, width: f32) -> Point {
    let (a, b) = (&map.nodes[l.from], &map.nodes[l.to]);
    let mid = BOX.height / 2.0;
    let mut path = Builder::new();
    let (start, end, head_dir);
    let mut lane_mid = None;
    if a.column == b.column {
        start = to_screen(v, a.x + BOX.width, a.y + mid);
        end = to_screen(v, b.x + BOX.width, b.y + mid);
        let bulge = 50.0 * v.zoom;
        path.move_to(start);
        path.bezier_curve_to(
            start + Vector::new(bulge, 0.0),
            end + Vector::new(bulge, 0.0),
            end,
        );
        head_dir = -1.0;
    } else {
        start = to_screen(v, a.x + BOX.width, a.y + mid);
        end = to_screen(v, b.x, b.y + mid);
        // Through each skipped column along its lane, curving only in the gaps.
        path.move_to(start);
        let mut at = start;
        for (k, y) in l.lanes.iter().enumerate() {
            let x = a.x + (k + 1) as f32 * (BOX.width + layout::COL_GAP);
            let enter = to_screen(v, x, *y);
            curve(&mut path, at, enter);
            at = enter + Vector::new(BOX.width * v.zoom, 0.0);
            path.line_to(at);
            if k == 0 {
                lane_mid = Some(enter + Vector::new(BOX.width * v.zoom / 2.0, 0.0));
            }
        }
        curve(&mut path, at, end);
        head_dir = 1.0;
    }
    let dash: &[f32] = if l.open { &[6.0, 6.0] } else { &[] };
    let stroke = Stroke {
        width: (width * v.zoom).max(1.0),
        line_dash: LineDash {
            segments: dash,
            offset: 0,
        },
        ..Stroke::default().with_color(colour)
    };
    frame.stroke(&path.build(), stroke);
    arrow_head(frame, end, head_dir, v.zoom, colour);
    if !l.up {
        arrow_head(frame, start, -head_dir, v.zoom, colour);
    }
    // Both curves are symmetric, so their middle is the middle of the ends (plus the bulge).
    let bulge = if head_dir < 0.0 { 37.5 * v.zoom } else { 0.0 };
    lane_mid.unwrap_or(Point::new(
        (start.x + end.x) / 2.0 + bulge,
        (start.y + end.y) / 2.0,
    ))
}

/// An S-curve between two points, leaving and arriving level.
fn curve(path: &mut Builder, from: Point, to: Point) {
    let dx = (to.x - from.x) / 2.0;
    path.bezier_curve_to(from + Vector::new(dx, 0.0), to - Vector::new(dx, 0.0), to);
}

/// A filled triangle whose tip is at `tip`, pointing right (`dir` 1) or left (`dir` −1).
fn arrow_head(frame: &mut Frame, tip: Point, dir: f32, zoom: f32, colour: Color) {
    let (len, half) = ((12.0 * zoom).max(4.0), (6.0 * zoom).max(2.0));
    let mut b = Builder::new();
    b.move_to(tip);
    b.line_to(Point::new(tip.x - dir * len, tip.y - half));
    b.line_to(Point::new(tip.x - dir * len, tip.y + half));
    b.close();
    frame.fill(&b.build(), colour);
}

/// A heavy outline round the hovered box (its card is a widget over the canvas).
fn hover_outline(frame: &mut Frame, d: &Drawing, theme: &Theme, v: View, i: usize) {
    let n = &d.state.map.nodes[i];
    let top_left = to_screen(v, n.x, n.y);
    let outline = Path::rounded_rectangle(
        top_left - Vector::new(4.0, 4.0),
        Size::new(BOX.width * v.zoom + 8.0, BOX.height * v.zoom + 8.0),
        (12.0 * v.zoom).into(),
    );
    let colour = theme.extended_palette().primary.strong.color;
    frame.stroke(
        &outline,
        Stroke::default().with_color(colour).with_width(3.0),
    );
}

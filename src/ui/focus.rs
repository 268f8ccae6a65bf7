//! Keyboard focus for what iced 0.14 does not let take it (buttons, checkboxes, lists), written
//! here because no maintained crate offers it and iced is not to be forked.
//!
//! [`Focus`] wraps a control: it joins the Tab order through iced's own focus operations, draws
//! a ring when focused, and sends its message on Enter or Space (a list: the next choice; ↑ the
//! one before). [`Root`] wraps the whole window: Tab and Shift+Tab move the focus through text
//! fields and controls alike, in reading order, and scroll the focused one into view.

use super::style;
use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::operation::{Focusable, Operation, Scrollable};
use iced::advanced::widget::{Id, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, mouse, overlay, renderer};
use iced::keyboard::{self, key::Named};
use iced::widget::scrollable::AbsoluteOffset;
use iced::{Border, Color, Element, Event, Length, Rectangle, Renderer, Size, Theme, Vector};

/// The `Widget` methods a wrapper of one `content` element passes straight on to it.
macro_rules! delegate_to_content {
    () => {
        fn size(&self) -> Size<Length> {
            self.content.as_widget().size()
        }

        fn layout(
            &mut self,
            tree: &mut Tree,
            renderer: &Renderer,
            limits: &layout::Limits,
        ) -> layout::Node {
            self.content
                .as_widget_mut()
                .layout(&mut tree.children[0], renderer, limits)
        }

        fn children(&self) -> Vec<Tree> {
            vec![Tree::new(&self.content)]
        }

        fn diff(&self, tree: &mut Tree) {
            tree.diff_children(std::slice::from_ref(&self.content));
        }

        fn mouse_interaction(
            &self,
            tree: &Tree,
            layout: Layout<'_>,
            cursor: mouse::Cursor,
            viewport: &Rectangle,
            renderer: &Renderer,
        ) -> mouse::Interaction {
            self.content.as_widget().mouse_interaction(
                &tree.children[0],
                layout,
                cursor,
                viewport,
                renderer,
            )
        }

        fn overlay<'b>(
            &'b mut self,
            tree: &'b mut Tree,
            layout: Layout<'b>,
            renderer: &Renderer,
            viewport: &Rectangle,
            translation: Vector,
        ) -> Option<overlay::Element<'b, M, Theme, Renderer>> {
            self.content.as_widget_mut().overlay(
                &mut tree.children[0],
                layout,
                renderer,
                viewport,
                translation,
            )
        }
    };
}

/// A control that can take the keyboard focus.
pub struct Focus<'a, M> {
    content: Element<'a, M>,
    /// Sent on Enter and Space (and ↓ for a list); `None`: not in the Tab order (disabled).
    activate: Option<M>,
    /// Sent on ↑ (a list: the choice before).
    back: Option<M>,
    /// ↑ and ↓ change the choice (else they scroll the page).
    list: bool,
    id: Option<Id>,
    /// Sent once when the control gets the focus (by the next event after it, e.g. the Tab
    /// key's release: an operation cannot send messages).
    on_focus: Option<M>,
}

impl<'a, M> Focus<'a, M> {
    pub fn new(content: impl Into<Element<'a, M>>, activate: Option<M>) -> Self {
        Focus {
            content: content.into(),
            activate,
            back: None,
            list: false,
            id: None,
            on_focus: None,
        }
    }

    /// A message sent when the control gets the focus (the map shows the focused box's card).
    pub fn on_focus(mut self, m: M) -> Self {
        self.on_focus = Some(m);
        self
    }

    /// An id, so the control can be found (tests) and focused by name.
    pub fn id(mut self, id: &'static str) -> Self {
        self.id = Some(Id::new(id));
        self
    }

    /// A list: ↓ goes to the next choice (as Enter and Space do) and ↑ to the one before.
    pub fn list(mut self, back: Option<M>) -> Self {
        self.back = back;
        self.list = true;
        self
    }
}

#[derive(Default)]
struct State {
    focused: bool,
    /// `on_focus` was sent for this spell of focus.
    told: bool,
}

impl Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }
    fn focus(&mut self) {
        self.focused = true;
    }
    fn unfocus(&mut self) {
        self.focused = false;
        self.told = false;
    }
}

impl<'a, M: Clone + 'a> Widget<M, Theme, Renderer> for Focus<'a, M> {
    delegate_to_content!();

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<State>().focused {
            ring(renderer, theme, layout.bounds());
        }
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        let Tree {
            state, children, ..
        } = tree;
        if self.activate.is_some() {
            let id = self.id.as_ref();
            operation.focusable(id, layout.bounds(), state.downcast_mut::<State>());
        }
        operation.traverse(&mut |op| {
            self.content
                .as_widget_mut()
                .operate(&mut children[0], layout, renderer, op);
        });
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        let state = tree.state.downcast_mut::<State>();
        if !state.focused {
            return;
        }
        if !state.told {
            state.told = true;
            if let Some(m) = self.on_focus.clone() {
                shell.publish(m);
            }
        }
        match event {
            // A click elsewhere takes the focus away, as it does from a text field.
            Event::Mouse(mouse::Event::ButtonPressed(_)) if !cursor.is_over(layout.bounds()) => {
                state.focused = false;
                state.told = false;
                shell.request_redraw();
            }
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if !shell.is_event_captured() && !modifiers.command() && !modifiers.alt() =>
            {
                let list = self.list;
                let m = match key.as_ref() {
                    keyboard::Key::Named(Named::Enter | Named::Space) => self.activate.clone(),
                    keyboard::Key::Named(Named::ArrowDown) if list => self.activate.clone(),
                    keyboard::Key::Named(Named::ArrowUp) if list => self.back.clone(),
                    _ => None,
                };
                if let Some(m) = m {
                    shell.publish(m);
                }
                if m_taken(key, list) {
                    shell.capture_event();
                }
            }
            _ => {}
        }
    }
}

impl<'a, M: Clone + 'a> From<Focus<'a, M>> for Element<'a, M> {
    fn from(f: Focus<'a, M>) -> Self {
        Element::new(f)
    }
}

/// Whether a focused control keeps the key from the page (a list keeps ↑ at its first choice).
fn m_taken(key: &keyboard::Key, list: bool) -> bool {
    match key.as_ref() {
        keyboard::Key::Named(Named::Enter | Named::Space) => true,
        keyboard::Key::Named(Named::ArrowDown | Named::ArrowUp) => list,
        _ => false,
    }
}

/// The focus ring: a thick line in the theme's focus colour outside the control, between two
/// thin lines of the page's background, so it stands out the same on any fill around or under
/// it, even one of its own hue (its contrast with the page is checked in
/// `tests/ui_contrast.rs`).
fn ring(renderer: &mut Renderer, theme: &Theme, bounds: Rectangle) {
    use iced::advanced::Renderer as _;
    let c = style::colors_of(theme);
    let line = |renderer: &mut Renderer, grow: f32, width: f32, color: Color| {
        renderer.fill_quad(
            renderer::Quad {
                bounds: bounds.expand(grow),
                border: Border {
                    color,
                    width,
                    radius: (4.0 + grow).into(),
                },
                ..renderer::Quad::default()
            },
            Color::TRANSPARENT,
        );
    };
    line(renderer, 7.0, 2.0, c.background);
    line(renderer, 5.0, 3.0, c.focus);
    line(renderer, 2.0, 2.0, c.background);
}

/// The whole window: Tab and Shift+Tab move the focus (text fields and [`Focus`] controls
/// alike) when nothing else took the key.
pub struct Root<'a, M> {
    content: Element<'a, M>,
}

pub fn root<'a, M>(content: impl Into<Element<'a, M>>) -> Root<'a, M> {
    Root {
        content: content.into(),
    }
}

impl<'a, M: 'a> Widget<M, Theme, Renderer> for Root<'a, M> {
    delegate_to_content!();

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        if shell.is_event_captured() {
            return;
        }
        let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
            return;
        };
        if key.as_ref() != keyboard::Key::Named(Named::Tab)
            || modifiers.command()
            || modifiers.alt()
        {
            return;
        }
        let content = self.content.as_widget_mut();
        let tree = &mut tree.children[0];
        let mut count = Count::default();
        content.operate(tree, layout, renderer, &mut count);
        if count.total == 0 {
            return;
        }
        let target = match (count.focused, modifiers.shift()) {
            (None, false) => 0,
            (None, true) => count.total - 1,
            (Some(i), false) => (i + 1) % count.total,
            (Some(i), true) => (i + count.total - 1) % count.total,
        };
        let mut mover = Move {
            target,
            seen: 0,
            bounds: None,
        };
        content.operate(tree, layout, renderer, &mut mover);
        if let Some(bounds) = mover.bounds {
            content.operate(tree, layout, renderer, &mut Reveal { bounds });
        }
        shell.capture_event();
        shell.request_redraw();
    }
}

impl<'a, M: 'a> From<Root<'a, M>> for Element<'a, M> {
    fn from(r: Root<'a, M>) -> Self {
        Element::new(r)
    }
}

/// How many can take the focus, and which has it.
#[derive(Default)]
struct Count {
    total: usize,
    focused: Option<usize>,
}

impl Operation for Count {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
    fn focusable(&mut self, _id: Option<&Id>, _b: Rectangle, state: &mut dyn Focusable) {
        if state.is_focused() {
            self.focused = Some(self.total);
        }
        self.total += 1;
    }
}

/// Focuses the `target`-th and unfocuses every other; remembers where it is.
struct Move {
    target: usize,
    seen: usize,
    bounds: Option<Rectangle>,
}

impl Operation for Move {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
    fn focusable(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        if self.seen == self.target {
            state.focus();
            self.bounds = Some(bounds);
        } else {
            state.unfocus();
        }
        self.seen += 1;
    }
}

/// Scrolls each scrollable holding `bounds` just enough to show it.
struct Reveal {
    bounds: Rectangle,
}

/// Room kept above the focused control when scrolling to it.
const MARGIN: f32 = 24.0;
/// Room kept below it: more, so a notice that floats at the bottom of the window (the answer to
/// pressing it) does not cover it.
const MARGIN_BELOW: f32 = 110.0;

impl Operation for Reveal {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        let b = self.bounds;
        let inside = b.y >= content.y && b.y + b.height <= content.y + content.height;
        if !inside || content.height <= bounds.height {
            return;
        }
        // In the content's own coordinates, where the scroll offset is measured.
        let top = b.y - bounds.y;
        let bottom = top + b.height;
        let y = if top < translation.y {
            (top - MARGIN).max(0.0)
        } else if bottom + MARGIN_BELOW > translation.y + bounds.height {
            bottom + MARGIN_BELOW - bounds.height
        } else {
            return;
        };
        state.scroll_to(AbsoluteOffset {
            x: None,
            y: Some(y),
        });
    }
}

/// `.press(m)` in place of `.on_press(m)`: the button also takes the focus and acts on Enter
/// and Space.
pub trait Press<'a, M> {
    fn press(self, m: M) -> Focus<'a, M>;
    /// `None`: disabled, and out of the Tab order.
    fn press_maybe(self, m: Option<M>) -> Focus<'a, M>;
}

impl<'a, M: Clone + 'a> Press<'a, M> for iced::widget::Button<'a, M> {
    fn press(self, m: M) -> Focus<'a, M> {
        Focus::new(self.on_press(m.clone()), Some(m))
    }
    fn press_maybe(self, m: Option<M>) -> Focus<'a, M> {
        Focus::new(self.on_press_maybe(m.clone()), m)
    }
}

/// A checkbox that takes the focus; Space or Enter ticks or unticks it.
pub fn toggle<'a, M: Clone + 'a>(
    checkbox: iced::widget::Checkbox<'a, M>,
    on: bool,
    f: impl Fn(bool) -> M + 'a,
) -> Focus<'a, M> {
    let flip = f(!on);
    Focus::new(checkbox.on_toggle(f), Some(flip))
}

/// iced's pick list that also takes the focus: Enter, Space or ↓ choose the next option (after
/// the last, the first), ↑ the one before.
pub struct Pick<'a, T: ToString + PartialEq + Clone + 'a, M> {
    inner: iced::widget::PickList<'a, T, Vec<T>, T, M>,
    next: Option<M>,
    back: Option<M>,
    id: Option<&'static str>,
}

pub fn pick_list<'a, T, M>(
    options: Vec<T>,
    selected: Option<T>,
    on: impl Fn(T) -> M + 'a,
) -> Pick<'a, T, M>
where
    T: ToString + PartialEq + Clone + 'a,
    M: Clone + 'a,
{
    let at = selected
        .as_ref()
        .and_then(|s| options.iter().position(|o| o == s));
    let next = match at {
        Some(i) => options.get(i + 1).or(options.first()),
        None => options.first(),
    };
    let next = next.cloned().map(&on);
    let back = at
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| options.get(i))
        .cloned()
        .map(&on);
    Pick {
        inner: iced::widget::pick_list(options, selected, on),
        next,
        back,
        id: None,
    }
}

impl<'a, T: ToString + PartialEq + Clone + 'a, M: Clone + 'a> Pick<'a, T, M> {
    pub fn width(mut self, w: impl Into<Length>) -> Self {
        self.inner = self.inner.width(w);
        self
    }
    pub fn placeholder(mut self, p: impl Into<String>) -> Self {
        self.inner = self.inner.placeholder(p);
        self
    }
    pub fn text_size(mut self, s: impl Into<iced::Pixels>) -> Self {
        self.inner = self.inner.text_size(s);
        self
    }
    pub fn padding(mut self, p: impl Into<iced::Padding>) -> Self {
        self.inner = self.inner.padding(p);
        self
    }
    pub fn id(mut self, id: &'static str) -> Self {
        self.id = Some(id);
        self
    }
}

impl<'a, T: ToString + PartialEq + Clone + 'a, M: Clone + 'a> From<Pick<'a, T, M>>
    for Element<'a, M>
{
    fn from(p: Pick<'a, T, M>) -> Self {
        let f = Focus::new(p.inner, p.next).list(p.back);
        match p.id {
            Some(id) => f.id(id),
            None => f,
        }
        .into()
    }
}

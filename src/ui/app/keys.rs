//! Keys that work anywhere in the window: text size, scrolling the page, moving between the
//! main areas. The README's "Keys" section lists them all.

use super::{App, Message, PAGE_ID};
use crate::ui::Screen;
use iced::keyboard::key::{Code, Named, Physical};
use iced::keyboard::{Key, Location, Modifiers};
use iced::widget::operation::{self, AbsoluteOffset, RelativeOffset};
use iced::{Task, event};

/// How far a key scrolls the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    LineUp,
    LineDown,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

/// One arrow press, in logical pixels.
const LINE: f32 = 48.0;

/// A key press as the window gets it.
pub struct Press<'a> {
    /// The key with no modifiers applied.
    pub key: Key<&'a str>,
    /// The key with Shift and the layout applied (not Ctrl): `+` for Shift+`=` on US keys.
    pub modified: Key<&'a str>,
    pub physical: Physical,
    pub location: Location,
    pub modifiers: Modifiers,
}

/// The message for a key that works anywhere, if this is one. `typing` is true when a widget
/// (a text field, an open list) already used the key.
pub fn global(p: &Press<'_>, typing: bool) -> Option<Message> {
    if let Some(delta) = text_size(p) {
        return Some(Message::TextScale(delta));
    }
    let ctrl_tab = p.modifiers.control() && p.key == Key::Named(Named::Tab);
    if ctrl_tab || p.key == Key::Named(Named::F6) {
        return Some(Message::NextArea(p.modifiers.shift()));
    }
    if typing || p.modifiers.command() || p.modifiers.alt() {
        return None;
    }
    let scroll = match p.key {
        Key::Named(Named::ArrowUp) => Scroll::LineUp,
        Key::Named(Named::ArrowDown) => Scroll::LineDown,
        Key::Named(Named::PageUp) => Scroll::PageUp,
        Key::Named(Named::PageDown) => Scroll::PageDown,
        Key::Named(Named::Home) => Scroll::Top,
        Key::Named(Named::End) => Scroll::Bottom,
        _ => return None,
    };
    Some(Message::Scroll(scroll))
}

/// Ctrl with `+`, `=` or numpad `+` enlarges, with `-` or numpad `-` shrinks, on any layout:
/// the character typed decides (a Danish `+` key, Shift+`=` or plain `=` on US keys); the key's
/// place decides only on the numpad, or when the layout gives no character at all.
fn text_size(p: &Press<'_>) -> Option<i16> {
    if !p.modifiers.command() {
        return None;
    }
    let by_char = |k: &Key<&str>| match k {
        Key::Character("+" | "=") => Some(10),
        Key::Character("-") => Some(-10),
        _ => None,
    };
    let by_place = match p.physical {
        Physical::Code(Code::NumpadAdd) => Some(10),
        Physical::Code(Code::NumpadSubtract) => Some(-10),
        Physical::Code(Code::Equal) if !matches!(p.key, Key::Character(_)) => Some(10),
        Physical::Code(Code::Minus) if !matches!(p.key, Key::Character(_)) => Some(-10),
        _ => None,
    };
    if p.location == Location::Numpad {
        return by_place.or_else(|| by_char(&p.key));
    }
    by_char(&p.key)
        .or_else(|| by_char(&p.modified))
        .or(by_place)
}

/// True when a widget used the event (a text field took the key).
pub fn used(status: event::Status) -> bool {
    status == event::Status::Captured
}

impl App {
    /// Scrolls the page: a line, a screenful (less a little, to keep the reader's place), or
    /// to either end.
    pub(super) fn scroll(&self, s: Scroll) -> Task<Message> {
        let page = (self.page_height - 160.0).max(LINE) * 0.9;
        let by = |dy: f32| operation::scroll_by(PAGE_ID, AbsoluteOffset { x: 0.0, y: dy });
        match s {
            Scroll::LineUp => by(-LINE),
            Scroll::LineDown => by(LINE),
            Scroll::PageUp => by(-page),
            Scroll::PageDown => by(page),
            Scroll::Top => operation::snap_to(PAGE_ID, RelativeOffset::START),
            Scroll::Bottom => operation::snap_to(PAGE_ID, RelativeOffset::END),
        }
    }

    /// F6 / Ctrl+Tab: the next main area (tab); with Shift the one before. From the problems
    /// page the tabs start again at the first.
    pub(super) fn next_area(&mut self, back: bool) -> Task<Message> {
        let tabs = Screen::TABS;
        let n = tabs.len();
        let at = tabs.iter().position(|s| *s == self.screen);
        let next = match (at, back) {
            (Some(i), false) => (i + 1) % n,
            (Some(i), true) => (i + n - 1) % n,
            (None, _) => 0,
        };
        self.go(tabs[next])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press<'a>(key: Key<&'a str>, modified: Key<&'a str>, code: Code, m: Modifiers) -> Press<'a> {
        Press {
            key,
            modified,
            physical: Physical::Code(code),
            location: Location::Standard,
            modifiers: m,
        }
    }

    fn size(p: Press<'_>) -> Option<i16> {
        match global(&p, false) {
            Some(Message::TextScale(d)) => Some(d),
            _ => None,
        }
    }

    #[test]
    fn text_size_follows_ctrl_plus_on_any_layout() {
        let ctrl = Modifiers::CTRL;
        let c = Key::Character;
        // US: Ctrl+= and Ctrl+Shift+= (which types +).
        assert_eq!(size(press(c("="), c("="), Code::Equal, ctrl)), Some(10));
        let shift = ctrl | Modifiers::SHIFT;
        assert_eq!(size(press(c("="), c("+"), Code::Equal, shift)), Some(10));
        // Danish: + has its own key, where US keys have -; - sits where US has /.
        assert_eq!(size(press(c("+"), c("+"), Code::Minus, ctrl)), Some(10));
        assert_eq!(size(press(c("-"), c("-"), Code::Slash, ctrl)), Some(-10));
        // The numpad, whatever the layout says.
        let mut pad = press(c("+"), c("+"), Code::NumpadAdd, ctrl);
        pad.location = Location::Numpad;
        assert_eq!(size(pad), Some(10));
        let mut pad = press(
            Key::Unidentified,
            Key::Unidentified,
            Code::NumpadSubtract,
            ctrl,
        );
        pad.location = Location::Numpad;
        assert_eq!(size(pad), Some(-10));
        // A layout that gives no character: the key's place.
        let dead = Key::Unidentified;
        assert_eq!(size(press(dead.clone(), dead, Code::Equal, ctrl)), Some(10));
        // Without Ctrl, + is only typed.
        let none = Modifiers::empty();
        assert_eq!(size(press(c("+"), c("+"), Code::Minus, none)), None);
        // Ctrl with a letter is not a size key.
        assert_eq!(size(press(c("f"), c("f"), Code::KeyF, ctrl)), None);
    }

    #[test]
    fn page_keys_scroll_unless_a_field_took_them() {
        let n = |k: Named| press(Key::Named(k), Key::Named(k), Code::F1, Modifiers::empty());
        let cases = [
            (Named::PageDown, Scroll::PageDown),
            (Named::PageUp, Scroll::PageUp),
            (Named::Home, Scroll::Top),
            (Named::End, Scroll::Bottom),
            (Named::ArrowDown, Scroll::LineDown),
            (Named::ArrowUp, Scroll::LineUp),
        ];
        for (k, s) in cases {
            assert!(matches!(global(&n(k), false), Some(Message::Scroll(x)) if x == s));
            assert!(global(&n(k), true).is_none(), "{k:?} while typing");
        }
    }

    #[test]
    fn f6_and_ctrl_tab_move_between_areas() {
        let tab = |m| press(Key::Named(Named::Tab), Key::Named(Named::Tab), Code::Tab, m);
        let f6 = |m| press(Key::Named(Named::F6), Key::Named(Named::F6), Code::F6, m);
        let shift = Modifiers::SHIFT;
        let is = |p: Press<'_>, back: bool| matches!(global(&p, true), Some(Message::NextArea(b)) if b == back);
        assert!(is(tab(Modifiers::CTRL), false));
        assert!(is(tab(Modifiers::CTRL | shift), true));
        assert!(is(f6(Modifiers::empty()), false));
        assert!(is(f6(shift), true));
        // Plain Tab moves between fields, handled elsewhere.
        assert!(global(&tab(Modifiers::empty()), false).is_none());
    }
}

//! Where each entry's id stands in its file, noted while ron reads the id, so that loading
//! needs no second pass over the text to find it.
//!
//! ron hands an id without escapes to serde as a slice of the text being read; its address,
//! less the text's, is its byte offset. The entry types name the functions below in
//! `deserialize_with`, and [`noting`] collects what they note for one file.

use super::model::Id;
use serde::de::{Deserializer, Error, Visitor};
use std::cell::RefCell;

/// The entry lists of a catalogue file, in the order of [`Spans::lists`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Sources,
    Roles,
    Programmes,
    Merit,
    Pay,
    Funding,
}

/// The byte offsets of the ids of one file's entries (the id's opening quote, or the `r` of a
/// raw string), list by list, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    pub lists: [Vec<usize>; 6],
}

impl Spans {
    pub fn of(&self, list: List) -> &[usize] {
        &self.lists[list as usize]
    }
}

/// What is being noted: the text's address range and what was found so far.
struct Log {
    start: usize,
    text_len: usize,
    spans: Spans,
    /// Some id was not a slice of the text (it had escapes), so its place is unknown.
    lost: bool,
}

thread_local! {
    static LOG: RefCell<Option<Log>> = const { RefCell::new(None) };
}

/// Runs `read` (which parses `text`) and gives the id offsets it noted, or `None` when some
/// id could not be placed.
pub fn noting<T>(text: &str, read: impl FnOnce() -> T) -> (T, Option<Spans>) {
    let log = Log {
        start: text.as_ptr() as usize,
        text_len: text.len(),
        spans: Spans::default(),
        lost: false,
    };
    let outer = LOG.with(|l| l.borrow_mut().replace(log));
    let value = read();
    let log = LOG.with(|l| std::mem::replace(&mut *l.borrow_mut(), outer));
    let spans = log.filter(|l| !l.lost).map(|mut l| {
        // The slice starts after the quote; a raw string also has `#`s and an `r` before it
        // (nothing else puts `#` or `r` right before a quote where a value starts).
        let bytes = text.as_bytes();
        for list in &mut l.spans.lists {
            for at in list.iter_mut() {
                *at = at.saturating_sub(1);
                while *at > 0 && bytes[*at - 1] == b'#' {
                    *at -= 1;
                }
                if *at > 0 && bytes[*at - 1] == b'r' {
                    *at -= 1;
                }
            }
        }
        l.spans
    });
    (value, spans)
}

fn note(list: List, slice: Option<&str>) {
    LOG.with(|l| {
        let mut l = l.borrow_mut();
        let Some(log) = l.as_mut() else { return };
        let at = slice
            .map(|s| (s.as_ptr() as usize).wrapping_sub(log.start))
            .filter(|&at| at < log.text_len);
        match at {
            Some(at) => log.spans.lists[list as usize].push(at),
            None => log.lost = true,
        }
    });
}

struct IdVisitor(List);

impl<'de> Visitor<'de> for IdVisitor {
    type Value = Id;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        // As for any `String`, so messages do not change.
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: Error>(self, s: &'de str) -> Result<Id, E> {
        note(self.0, Some(s));
        Ok(s.to_string())
    }

    fn visit_str<E: Error>(self, s: &str) -> Result<Id, E> {
        note(self.0, None);
        Ok(s.to_string())
    }

    fn visit_string<E: Error>(self, s: String) -> Result<Id, E> {
        note(self.0, None);
        Ok(s)
    }
}

fn read<'de, D: Deserializer<'de>>(d: D, list: List) -> Result<Id, D::Error> {
    d.deserialize_string(IdVisitor(list))
}

pub fn source<'de, D: Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
    read(d, List::Sources)
}
pub fn role<'de, D: Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
    read(d, List::Roles)
}
pub fn programme<'de, D: Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
    read(d, List::Programmes)
}
pub fn merit<'de, D: Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
    read(d, List::Merit)
}
pub fn pay<'de, D: Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
    read(d, List::Pay)
}
pub fn funding<'de, D: Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
    read(d, List::Funding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{load, locate};

    /// Every id's place in file order, as the text tree finds it.
    fn tree_places(text: &str) -> Vec<usize> {
        let tree = locate::parse_entries(text).expect("well-formed");
        let mut places: Vec<usize> = locate::entry_ids(&tree).into_values().flatten().collect();
        places.sort();
        places
    }

    fn noted(text: &str) -> Option<Spans> {
        let (file, spans) = noting(text, || load::parse(text));
        file.expect("parses");
        spans
    }

    #[test]
    fn noted_places_are_where_the_text_tree_puts_the_ids() {
        let mut texts: Vec<String> = crate::catalog::bundled::files()
            .into_iter()
            .map(|f| String::from_utf8(f.bytes).expect("UTF-8"))
            .collect();
        let small = crate::synth::synthetic(5, 30, 100, 1);
        texts.extend(crate::synth::ron_files(&small).into_iter().map(|(_, t)| t));
        texts.push(
            "#![enable(implicit_some)]\n// a comment with id: \"zz\"\n(roles: [(id: r\"b\", name: (da: \"B\"), kind: Qualification, description: (da: \"x\"), sources: [])],\n pay: [(id:r#\"c\"d\"#, name: (da: \"Løn\"), kind: Su, description: (da: \"æ\"), sources: [])])"
                .into(),
        );
        for text in &texts {
            let spans = noted(text).expect("every id placed");
            let mut places: Vec<usize> = spans.lists.iter().flatten().copied().collect();
            let in_order = spans.lists.iter().all(|l| l.is_sorted());
            places.sort();
            assert_eq!(places, tree_places(text));
            assert!(in_order);
        }
        let last = noted(texts.last().unwrap()).unwrap();
        assert_eq!(
            last.of(List::Roles),
            [texts.last().unwrap().find("r\"b\"").unwrap()]
        );
        assert_eq!(
            last.of(List::Pay),
            [texts.last().unwrap().find("r#").unwrap()]
        );
    }

    #[test]
    fn an_escaped_id_has_no_noted_place_and_nothing_is_noted_outside() {
        let text = r#"(roles: [(id: "a\"b", name: (da: "B"), kind: Qualification, description: (da: "x"), sources: [])])"#;
        assert_eq!(noted(text), None);
        // Outside `noting`, reading notes nothing and leaves nothing behind.
        load::parse(text).expect("parses");
        assert!(LOG.with(|l| l.borrow().is_none()));
        let plain = text.replace("a\\\"b", "ab");
        assert_eq!(
            noted(&plain).unwrap().of(List::Roles),
            [plain.find("\"ab").unwrap()]
        );
    }

    #[test]
    fn loading_places_every_entry_where_the_text_tree_does() {
        let loaded = load::bundled(crate::catalog::Date::new(2026, 11, 22));
        let c = &loaded.catalog;
        assert!(!c.origins.is_empty());
        for (id, origin) in &c.origins {
            let text = &c.files[origin.file].1;
            let tree = locate::entry_ids(&locate::parse_entries(text).unwrap());
            assert_eq!(tree[id], [origin.offset], "{id}");
        }
    }
}

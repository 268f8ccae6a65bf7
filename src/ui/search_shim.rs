//! A stand-in for `crate::search` with the same API, until that module lands on main.

use crate::catalog::{Catalog, EduLevel, Pace, ProgrammeKind, Weeks};

/// Lower case with æ/ø/å spelled out, separators collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c if c.is_alphanumeric() => out.push(c),
            _ if !out.ends_with(' ') && !out.is_empty() => out.push(' '),
            _ => {}
        }
    }
    out.trim_end().to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Role,
    Programme,
    Amu,
    Funding,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub kinds: Vec<ItemKind>,
    pub level: Option<EduLevel>,
    pub max_weeks: Option<Weeks>,
    pub pace: Option<Pace>,
    pub paid_only: bool,
    pub funded_only: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: ItemKind,
    pub id: String,
    pub score: u32,
}

#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    id: String,
    text: String,
    level: Option<EduLevel>,
    pace: Option<Pace>,
}

#[derive(Debug, Clone, Default)]
pub struct Index {
    items: Vec<Item>,
}

impl Index {
    pub fn build(c: &Catalog) -> Index {
        let mut items = Vec::new();
        for r in &c.roles {
            let text = fold(&format!("{} {} {}", r.name.da, r.name.en, r.id));
            items.push(Item {
                kind: ItemKind::Role,
                id: r.id.clone(),
                text,
                level: None,
                pace: None,
            });
        }
        for p in &c.programmes {
            let kind = match p.kind {
                ProgrammeKind::AmuCourse | ProgrammeKind::AmuPackage => ItemKind::Amu,
                _ => ItemKind::Programme,
            };
            let text = fold(&format!("{} {} {}", p.name.da, p.name.en, p.id));
            items.push(Item {
                kind,
                id: p.id.clone(),
                text,
                level: Some(p.level),
                pace: Some(p.pace),
            });
        }
        for f in &c.funding {
            let text = fold(&format!("{} {} {}", f.name.da, f.name.en, f.id));
            items.push(Item {
                kind: ItemKind::Funding,
                id: f.id.clone(),
                text,
                level: None,
                pace: None,
            });
        }
        Index { items }
    }

    pub fn search(&self, query: &str, f: &Filters) -> Vec<Hit> {
        let q = fold(query);
        self.items
            .iter()
            .filter(|i| f.kinds.is_empty() || f.kinds.contains(&i.kind))
            .filter(|i| f.level.is_none() || i.level == f.level)
            .filter(|i| f.pace.is_none() || i.pace == f.pace)
            .filter(|i| q.split(' ').all(|w| i.text.contains(w)))
            .map(|i| Hit {
                kind: i.kind,
                id: i.id.clone(),
                score: if i.text.starts_with(&q) { 2 } else { 1 },
            })
            .collect()
    }
}

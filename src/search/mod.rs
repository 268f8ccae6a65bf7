//! Search across the catalogue as the user types, forgiving of case, accents and æ/ae, ø/oe, å/aa.

mod grams;

use crate::catalog::{
    Catalog, EduLevel, FundingSource, Pace, PayKind, Programme, ProgrammeKind, State, Structure,
    Weeks,
};

/// Folds text for matching: lower case, `æ`→`ae`, `ø`→`oe`, `å`→`aa`, accents stripped
/// (`é`→`e`, `ü`→`u`), and every run of other characters turned into a single space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Starts true so that leading separators are dropped.
    let mut space = true;
    for c in text.chars() {
        if c.is_ascii() {
            // Most text is ASCII, which needs no Unicode case table.
            fold_into(&mut out, &mut space, c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                fold_into(&mut out, &mut space, lower);
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Adds one lower-case character to folded text; `space` says the text ends in a separator.
fn fold_into(out: &mut String, space: &mut bool, c: char) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
        *space = false;
        return;
    }
    let mapped = fold_char(c);
    if mapped.is_empty() && c.is_alphanumeric() {
        // Letters of other scripts are kept as they are.
        out.push(c);
        *space = false;
    } else if mapped.is_empty() {
        if !*space {
            out.push(' ');
            *space = true;
        }
    } else {
        out.push_str(mapped);
        *space = false;
    }
}

/// The ASCII spelling of one lower-case Nordic or accented Latin letter; empty for anything else.
fn fold_char(c: char) -> &'static str {
    match c {
        'æ' | 'ǽ' => "ae",
        'ø' | 'ǿ' => "oe",
        'å' | 'ǻ' => "aa",
        'œ' => "oe",
        'ß' => "ss",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ţ' | 'ť' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => "",
    }
}

/// What a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Role,
    Programme,
    /// AMU courses and packages.
    Amu,
    Funding,
}

/// Narrowing of a search. Level, length, pace, pay and funding describe programmes (and AMU);
/// when any of them is set, roles and funding sources are left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Empty: all kinds.
    pub kinds: Vec<ItemKind>,
    pub level: Option<EduLevel>,
    /// Some way through the programme (its own structure or a track) takes at most this long.
    pub max_weeks: Option<Weeks>,
    pub pace: Option<Pace>,
    /// Only programmes with a pay scheme other than SU or no pay.
    pub paid_only: bool,
    /// Only programmes some funding source (not closed) covers by kind or id.
    pub funded_only: bool,
}

impl Filters {
    fn programme_only(&self) -> bool {
        self.level.is_some()
            || self.max_weeks.is_some()
            || self.pace.is_some()
            || self.paid_only
            || self.funded_only
    }
}

/// One search result: the kind and id of an entry, and how well it matched (higher is better).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: ItemKind,
    pub id: String,
    pub score: u32,
}

/// The folded text and filter facts of one entry.
#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    id: String,
    name_da: String,
    name_en: String,
    /// Folded id and AMU number, matched below names.
    codes: String,
    description: String,
    /// Programme facts; `None` for roles and funding.
    facts: Option<Facts>,
}

#[derive(Debug, Clone, Copy)]
struct Facts {
    level: EduLevel,
    shortest: Weeks,
    pace: Pace,
    paid: bool,
    funded: bool,
}

/// A search index over one catalogue. Rebuild it when the catalogue changes.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Sorted by kind, then folded Danish name, then id: the order of an empty query.
    items: Vec<Item>,
    /// Which entries hold each short string of letters and digits, so a keystroke does not
    /// read every entry.
    grams: grams::Table,
}

/// The texts of an entry that a query word is looked for in.
#[derive(Debug, Clone, Copy)]
enum Field {
    Name,
    Code,
    Description,
}

impl Item {
    /// Its texts, names first: a word found in a name scores more than one found elsewhere.
    fn fields(&self) -> [(&str, Field); 4] {
        [
            (&self.name_da, Field::Name),
            (&self.name_en, Field::Name),
            (&self.codes, Field::Code),
            (&self.description, Field::Description),
        ]
    }
}

// Points per query word, by the best place it matched.
const NAME_START: u32 = 100;
const NAME_WORD_START: u32 = 70;
const NAME_INSIDE: u32 = 40;
const CODE: u32 = 25;
const DESCRIPTION: u32 = 10;

impl Index {
    /// Indexes every role, programme (AMU included) and funding source of the catalogue.
    pub fn build(catalog: &Catalog) -> Index {
        let mut items = Vec::with_capacity(
            catalog.roles.len() + catalog.programmes.len() + catalog.funding.len(),
        );
        for r in &catalog.roles {
            items.push(Item {
                kind: ItemKind::Role,
                id: r.id.clone(),
                name_da: fold(&r.name.da),
                name_en: fold(&r.name.en),
                codes: fold(&r.id),
                description: fold_pair(&r.description.da, &r.description.en),
                facts: None,
            });
        }
        for p in &catalog.programmes {
            let kind = match p.kind {
                ProgrammeKind::AmuCourse | ProgrammeKind::AmuPackage => ItemKind::Amu,
                _ => ItemKind::Programme,
            };
            let codes = match &p.amu_number {
                Some(n) => fold(&format!("{} {}", p.id, n)),
                None => fold(&p.id),
            };
            items.push(Item {
                kind,
                id: p.id.clone(),
                name_da: fold(&p.name.da),
                name_en: fold(&p.name.en),
                codes,
                description: fold_pair(&p.description.da, &p.description.en),
                facts: Some(Facts {
                    level: p.level,
                    shortest: shortest(p),
                    pace: p.pace,
                    paid: paid_while_studying(p, catalog),
                    funded: catalog.funding.iter().any(|f| covers(f, p)),
                }),
            });
        }
        for f in &catalog.funding {
            items.push(Item {
                kind: ItemKind::Funding,
                id: f.id.clone(),
                name_da: fold(&f.name.da),
                name_en: fold(&f.name.en),
                codes: fold(&format!("{} {}", f.id, f.administrator)),
                description: fold_pair(&f.description.da, &f.description.en),
                facts: None,
            });
        }
        items.sort_by(|a, b| (a.kind, &a.name_da, &a.id).cmp(&(b.kind, &b.name_da, &b.id)));
        let grams = grams::Table::build(&items);
        Index { items, grams }
    }

    /// The entries matching every word of `query` (folded) and the filters, best first.
    /// An empty query lists every entry that passes the filters, by kind then Danish name.
    pub fn search(&self, query: &str, filters: &Filters) -> Vec<Hit> {
        let folded = fold(query);
        let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        // Words the table answers outright go first, the rarest first, so the words that must
        // be checked in the text are checked only on the entries left.
        words.sort_by_key(|w| match self.grams.postings(w) {
            Some(p) => (0, p.len()),
            None => (1, 0),
        });
        // (position in the sorted list, points so far), by position; `None`: every entry.
        let mut found: Option<Vec<(u32, u32)>> = None;
        for word in &words {
            found = Some(match self.grams.postings(word) {
                Some(postings) => grams::add_points(found, postings),
                None => {
                    let mut left = self.grams.narrow(word, found, self.items.len());
                    left.retain_mut(|(i, points)| {
                        word_points(&self.items[*i as usize], word).is_some_and(|p| {
                            *points += p;
                            true
                        })
                    });
                    left
                }
            });
        }
        let all = || (0..self.items.len() as u32).map(|i| (i, 0)).collect();
        let mut found = found.unwrap_or_else(all);
        found.retain_mut(|(i, points)| {
            let item = &self.items[*i as usize];
            // The whole query at the start of a name beats the same words scattered.
            if !folded.is_empty()
                && (item.name_da.starts_with(&folded) || item.name_en.starts_with(&folded))
            {
                *points += NAME_START;
            }
            passes(item, filters)
        });
        // Stable: equal scores stay by position, that is by kind and name.
        found.sort_by_key(|&(_, points)| std::cmp::Reverse(points));
        found
            .into_iter()
            .map(|(i, score)| Hit {
                kind: self.items[i as usize].kind,
                id: self.items[i as usize].id.clone(),
                score,
            })
            .collect()
    }

    /// Number of entries indexed.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn fold_pair(da: &str, en: &str) -> String {
    let mut s = fold(da);
    s.push(' ');
    s.push_str(&fold(en));
    s
}

fn passes(item: &Item, f: &Filters) -> bool {
    if !f.kinds.is_empty() && !f.kinds.contains(&item.kind) {
        return false;
    }
    if !f.programme_only() {
        return true;
    }
    let Some(facts) = item.facts else {
        return false;
    };
    f.level.is_none_or(|l| l == facts.level)
        && f.max_weeks.is_none_or(|w| facts.shortest <= w)
        && f.pace.is_none_or(|p| p == facts.pace)
        && (!f.paid_only || facts.paid)
        && (!f.funded_only || facts.funded)
}

/// Points for a word found at byte `at` of a field: in a name by where it starts.
fn points(field: Field, text: &str, at: usize) -> u32 {
    match field {
        Field::Name if at == 0 => NAME_START,
        Field::Name if text.as_bytes()[at - 1] == b' ' => NAME_WORD_START,
        Field::Name => NAME_INSIDE,
        Field::Code => CODE,
        Field::Description => DESCRIPTION,
    }
}

/// Points of the best place `word` occurs in the entry; `None` when it occurs nowhere.
fn word_points(item: &Item, word: &str) -> Option<u32> {
    let mut best = None;
    for (text, field) in item.fields() {
        // Any place in a name beats every other field, and a code beats the description.
        if best.is_some() && !matches!(field, Field::Name) {
            break;
        }
        // A word has no spaces, so no match that starts a word hides under an earlier one.
        for (at, _) in text.match_indices(word) {
            best = best.max(Some(points(field, text, at)));
        }
    }
    best
}

fn structure_weeks(s: &Structure) -> Weeks {
    match s.calendar {
        Some(c) => c.weeks(),
        None => s.school.weeks() + s.placement.weeks(),
    }
}

/// The shortest way through: the programme's own structure or any track's.
fn shortest(p: &Programme) -> Weeks {
    p.tracks
        .iter()
        .filter_map(|t| t.structure.as_ref())
        .map(structure_weeks)
        .fold(structure_weeks(&p.structure), Weeks::min)
}

/// Some pay scheme of the programme or of one of its tracks pays a wage (not SU, not nothing).
fn paid_while_studying(p: &Programme, catalog: &Catalog) -> bool {
    let track_pay = p.tracks.iter().filter_map(|t| t.pay.as_ref()).flatten();
    p.pay.iter().chain(track_pay).any(|id| {
        catalog
            .pay_scheme(id)
            .is_some_and(|s| !matches!(s.kind, PayKind::Su | PayKind::NoPay))
    })
}

/// The source covers the programme by kind or id (both lists empty: any), and is not closed.
fn covers(f: &FundingSource, p: &Programme) -> bool {
    let listed = (f.kinds.is_empty() && f.programmes.is_empty())
        || f.kinds.contains(&p.kind)
        || f.programmes.contains(&p.id);
    listed && f.status.state != State::Closed
}

#[cfg(test)]
mod tests;

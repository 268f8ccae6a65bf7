//! Walks every entry beside its text, checking references, numbers, sources and the age of
//! facts, and reporting each problem at the offending value.

use super::suggest;
use crate::catalog::STALE_MONTHS;
use crate::catalog::diag::Diagnostic;
use crate::catalog::load::{Catalog, Entry};
use crate::catalog::locate::{self, Node};
use crate::catalog::model::*;
use crate::catalog::units::{Date, Text};
use std::collections::{HashMap, HashSet};

/// What an id reference may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Want {
    Source,
    Role,
    Programme,
    Pay,
    Funding,
    RoleOrProgramme,
}

impl Want {
    fn accepts(self, e: Entry) -> bool {
        matches!(
            (self, e),
            (Want::Source, Entry::Source(_))
                | (Want::Role, Entry::Role(_))
                | (Want::Programme, Entry::Programme(_))
                | (Want::Pay, Entry::Pay(_))
                | (Want::Funding, Entry::Funding(_))
                | (Want::RoleOrProgramme, Entry::Role(_) | Entry::Programme(_))
        )
    }
    fn name(self) -> &'static str {
        match self {
            Want::Source => "source",
            Want::Role => "role",
            Want::Programme => "programme",
            Want::Pay => "pay scheme",
            Want::Funding => "funding source",
            Want::RoleOrProgramme => "role or programme",
        }
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// The track codes a programme has; one implicit `Standard` track when none are listed.
fn track_codes(p: &Programme) -> Vec<TrackCode> {
    if p.tracks.is_empty() {
        vec![TrackCode::Standard]
    } else {
        let mut codes: Vec<TrackCode> = p.tracks.iter().map(|t| t.code).collect();
        codes.dedup();
        codes.sort();
        codes.dedup();
        codes
    }
}

/// Unknown references that get a "did you mean" suggestion, per load.
const MAX_SUGGESTED: usize = 100;

/// Where a value is: a file and a node of its text, or the entry's start when the node is unknown.
#[derive(Clone, Copy)]
struct At<'t> {
    file: usize,
    node: Option<&'t Node>,
    fallback: usize,
}

impl<'t> At<'t> {
    fn get(self, field: &str) -> At<'t> {
        At {
            node: self.node.and_then(|n| n.get(field)),
            ..self
        }
    }
    fn item(self, i: usize) -> At<'t> {
        At {
            node: self.node.and_then(|n| n.item(i)),
            ..self
        }
    }
    /// The field's name rather than its value.
    fn field_name(self, field: &str) -> usize {
        self.node
            .and_then(|n| n.field(field))
            .map(|f| f.at)
            .unwrap_or_else(|| self.offset())
    }
    fn offset(self) -> usize {
        self.node.map(|n| n.start).unwrap_or(self.fallback)
    }
}

/// The semantic checker over one merged catalogue.
pub struct Checker<'c> {
    cat: &'c Catalog,
    today: Date,
    diags: Vec<Diagnostic>,
    stale_done: HashSet<String>,
    /// Entry nodes by file and the offset of their id.
    entries: HashMap<(usize, usize), &'c Node>,
    /// Line starts of each file, read when a file first has something to report.
    lines: Vec<std::cell::OnceCell<locate::Lines<'c>>>,
    /// Ids of each wanted kind, for suggestions, built when first needed.
    candidates: HashMap<Want, Vec<&'c str>>,
    suggested: usize,
}

impl<'c> Checker<'c> {
    pub fn new(cat: &'c Catalog, today: Date, trees: &'c [Option<Node>]) -> Self {
        let mut entries = HashMap::new();
        for (file, tree) in trees.iter().enumerate() {
            let Some(Node {
                kind: locate::Kind::Group { fields, .. },
                ..
            }) = tree.as_ref().map(Node::unwrap_some)
            else {
                continue;
            };
            for f in fields {
                for item in f.value.items() {
                    if let Some(id) = item.get("id") {
                        entries.insert((file, id.start), item);
                    }
                }
            }
        }
        Checker {
            cat,
            today,
            diags: Vec::new(),
            stale_done: HashSet::new(),
            entries,
            lines: cat.files.iter().map(|_| Default::default()).collect(),
            candidates: HashMap::new(),
            suggested: 0,
        }
    }

    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diags
    }

    pub fn run(&mut self) {
        let cat = self.cat;
        for s in &cat.sources {
            self.source(s);
        }
        for r in &cat.roles {
            self.role(r);
        }
        for p in &cat.programmes {
            self.programme(p);
        }
        for m in &cat.merit {
            self.merit(m);
        }
        for p in &cat.pay {
            self.pay(p);
        }
        for f in &cat.funding {
            self.funding(f);
        }
    }

    /// The entry node with this id, found from the origin of the id.
    fn entry(&self, id: &str) -> At<'c> {
        let cat: &'c Catalog = self.cat;
        let Some(origin) = cat.origins.get(id).copied() else {
            return At {
                file: 0,
                node: None,
                fallback: 0,
            };
        };
        let node = self.entries.get(&(origin.file, origin.offset)).copied();
        At {
            file: origin.file,
            node,
            fallback: origin.offset,
        }
    }

    fn pos(&self, at: usize, file: usize) -> (&'c str, (usize, usize)) {
        let cat: &'c Catalog = self.cat;
        match (cat.files.get(file), self.lines.get(file)) {
            (Some((path, text)), Some(lines)) => (
                path.as_str(),
                lines.get_or_init(|| locate::Lines::new(text)).line_col(at),
            ),
            _ => ("", (1, 1)),
        }
    }

    fn error(&mut self, file: usize, at: usize, msg: String) {
        let (path, pos) = self.pos(at, file);
        self.diags.push(Diagnostic::error(path, pos, msg));
    }

    fn warning(&mut self, file: usize, at: usize, msg: String) {
        let (path, pos) = self.pos(at, file);
        self.diags.push(Diagnostic::warning(path, pos, msg));
    }

    /// Checks one id reference: it exists, it is of the wanted kind, and its source is sound.
    fn reference(&mut self, id: &str, want: Want, at: At) {
        let off = at.offset();
        match self.cat.entry(id) {
            Some(e) if want.accepts(e) => {
                if let Some(s) = self.cat.source(id)
                    && s.confidence == Confidence::Unconfirmed
                {
                    let msg = format!(
                        "source `{id}` is unconfirmed; the fact resting on it may be wrong"
                    );
                    self.warning(at.file, off, msg);
                }
            }
            Some(e) => {
                let (is, w) = (e.kind_name(), want.name());
                let msg = format!(
                    "`{id}` is {} {is}, but {} {w} is expected here",
                    article(is),
                    article(w)
                );
                self.error(at.file, off, msg);
            }
            None if self.cat.unparsed_ids.contains(id) => {}
            None => {
                let cat: &'c Catalog = self.cat;
                // Suggestions cost a scan of all ids; a file full of broken references gets
                // them for the first hundred only.
                self.suggested += 1;
                let candidates = self.candidates.entry(want).or_insert_with(|| {
                    let mut v: Vec<&str> = cat
                        .ids()
                        .filter(|(_, e)| want.accepts(**e))
                        .map(|(k, _)| k.as_str())
                        .collect();
                    v.sort_unstable();
                    v
                });
                let len = id.len();
                let near = candidates
                    .iter()
                    .copied()
                    .filter(|c| c.len().abs_diff(len) <= 4);
                let mut msg = format!("unknown {} `{id}`", want.name());
                let near = near.take(if self.suggested <= MAX_SUGGESTED {
                    usize::MAX
                } else {
                    0
                });
                if let Some(s) = suggest(id, near) {
                    msg.push_str(&format!("; did you mean `{s}`?"));
                }
                self.error(at.file, off, msg);
            }
        }
    }

    fn refs(&mut self, ids: &[Id], want: Want, at: At) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(id, want, at.item(i));
        }
    }

    /// `sources` of an entry that must have at least one.
    fn sources(&mut self, what: &str, ids: &[Id], at: At) {
        if ids.is_empty() {
            let msg = format!("{what} has no source; name at least one in `sources`");
            self.error(at.file, at.field_name("sources"), msg);
        }
        self.refs(ids, Want::Source, at.get("sources"));
    }

    fn uncertain(&mut self, what: &str, text: &Option<Text>, at: At) {
        if let Some(t) = text {
            let msg = format!("{what} is uncertain: {}", t.get(true));
            self.warning(at.file, at.field_name("uncertain"), msg);
        }
    }

    /// A period that ended before the date the check runs as, with nothing newer after it.
    fn ended(&mut self, what: &str, to: Date, at: At) {
        let msg = format!(
            "the period of {what} ended on {to} and nothing newer is in the catalogue; \
             answers that use it say so"
        );
        self.warning(at.file, at.get("valid_to").offset(), msg);
    }

    fn dates(&mut self, from: Option<Date>, to: Option<Date>, at: At) {
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            let msg = format!("`valid_from` {f} is after `valid_to` {t}");
            self.error(at.file, at.get("valid_from").offset(), msg);
        }
    }

    fn ages(&mut self, min: Option<u8>, max: Option<u8>, at: At, min_field: &str) {
        if let (Some(lo), Some(hi)) = (min, max)
            && lo > hi
        {
            let msg = format!("minimum age {lo} is above maximum age {hi}");
            self.error(at.file, at.get(min_field).offset(), msg);
        }
    }

    fn month(&mut self, month: u8, at: At) {
        if !(1..=12).contains(&month) {
            let msg = format!("month {month} does not exist; months are 1 to 12");
            self.error(at.file, at.offset(), msg);
        }
    }

    /// A track code that must name one of the programme's tracks.
    fn track_code(&mut self, code: TrackCode, codes: &[TrackCode], what: &str, at: At) {
        if !codes.contains(&code) {
            let have: Vec<String> = codes.iter().map(|c| format!("`{c:?}`")).collect();
            let msg = format!(
                "{what} has no track `{code:?}`; its tracks are {}",
                have.join(", ")
            );
            self.error(at.file, at.offset(), msg);
        }
    }

    fn source(&mut self, s: &Source) {
        let at = self.entry(&s.id);
        if crate::catalog::is_old(s.checked, self.today) && self.stale_done.insert(s.id.clone()) {
            let msg = format!(
                "source `{}` was last checked on {}, more than {STALE_MONTHS} months ago",
                s.id, s.checked
            );
            self.warning(at.file, at.get("checked").offset(), msg);
        }
    }

    fn role(&mut self, r: &Role) {
        let at = self.entry(&r.id);
        let what = format!("role `{}`", r.id);
        for (i, s) in r.salary.iter().enumerate() {
            let sal = at.get("salary").item(i);
            self.reference(&s.source, Want::Source, sal.get("source"));
            if let Some((a, b)) = s.loentrin
                && a > b
            {
                let msg = format!("løntrin runs backwards: {a} to {b}");
                self.error(sal.file, sal.get("loentrin").offset(), msg);
            }
            self.uncertain(&format!("a salary of {what}"), &s.uncertain, sal);
        }
        self.sources(&what, &r.sources, at);
        self.uncertain(&what, &r.uncertain, at);
    }

    fn programme(&mut self, p: &Programme) {
        let at = self.entry(&p.id);
        let what = format!("programme `{}`", p.id);
        if p.ects == Some(0) {
            let msg = "ECTS is 0; leave `ects` out or give the real number".to_string();
            self.error(at.file, at.get("ects").offset(), msg);
        }
        self.refs(&p.pay, Want::Pay, at.get("pay"));
        if let Some(r) = &p.admission {
            self.requirement(r, at.get("admission"));
        }
        self.refs(&p.leads_to, Want::Role, at.get("leads_to"));
        for (i, t) in p.tracks.iter().enumerate() {
            let tat = at.get("tracks").item(i);
            if let Some(r) = &t.eligibility {
                self.requirement(r, tat.get("eligibility"));
            }
            if let Some(pay) = &t.pay {
                self.refs(pay, Want::Pay, tat.get("pay"));
            }
            self.refs(&t.sources, Want::Source, tat.get("sources"));
            self.uncertain(
                &format!("track `{:?}` of {what}", t.code),
                &t.uncertain,
                tat,
            );
        }
        let codes = track_codes(p);
        for (i, t) in p.tracks.iter().enumerate() {
            if p.tracks[..i].iter().any(|u| u.code == t.code) {
                let msg = format!("track `{:?}` is listed twice in {what}", t.code);
                self.error(at.file, at.get("tracks").item(i).get("code").offset(), msg);
            }
        }
        for (i, o) in p.offerings.iter().enumerate() {
            let oat = at.get("offerings").item(i);
            for (j, t) in o.tracks.iter().enumerate() {
                let cat = oat.get("tracks").item(j).get("code");
                self.track_code(t.code, &codes, &what, cat);
            }
            for (j, m) in o.intakes.iter().enumerate() {
                self.month(*m, oat.get("intakes").item(j));
            }
            for (j, t) in o.tracks.iter().enumerate() {
                self.requirement(&t.eligibility, oat.get("tracks").item(j).get("eligibility"));
            }
            let owhat = format!("the offering by {} of {what}", o.provider);
            self.sources(&owhat, &o.sources, oat);
            self.uncertain(&owhat, &o.uncertain, oat);
        }
        for (i, d) in p.deadlines.iter().enumerate() {
            let dat = at.get("deadlines").item(i);
            self.month(d.month, dat.get("month"));
            if let Some(code) = d.track {
                self.track_code(code, &codes, &what, dat.get("track"));
            }
            let max = crate::catalog::units::days_in_month(2024, d.month).max(1);
            if (1..=12).contains(&d.month) && !(1..=max).contains(&d.day) {
                let msg = format!("day {} does not exist in month {}", d.day, d.month);
                self.error(dat.file, dat.get("day").offset(), msg);
            }
        }
        self.refs(&p.parts, Want::Programme, at.get("parts"));
        self.dates(p.valid_from, p.valid_to, at);
        self.sources(&what, &p.sources, at);
        self.uncertain(&what, &p.uncertain, at);
    }

    fn requirement(&mut self, r: &Requirement, at: At) {
        let at = At {
            node: at.node.map(Node::unwrap_some),
            ..at
        };
        match r {
            Requirement::All(list) | Requirement::Any(list) => {
                let lat = at.item(0);
                for (i, r) in list.iter().enumerate() {
                    self.requirement(r, lat.item(i));
                }
            }
            Requirement::AtLeast(n, list) => {
                if *n as usize > list.len() {
                    let msg = format!("`AtLeast` asks for {n} of only {} requirements", list.len());
                    self.error(at.file, at.item(0).offset(), msg);
                }
                let lat = at.item(1);
                for (i, r) in list.iter().enumerate() {
                    self.requirement(r, lat.item(i));
                }
            }
            Requirement::Holds { id, close, .. } => {
                self.reference(id, Want::RoleOrProgramme, at.get("id"));
                self.refs(close, Want::Programme, at.get("close"));
            }
            Requirement::Subject { close, .. }
            | Requirement::Certificate { close, .. }
            | Requirement::Experience { close, .. }
            | Requirement::Note { close, .. } => {
                self.refs(close, Want::Programme, at.get("close"));
            }
            Requirement::Age { min, max, .. } => self.ages(*min, *max, at, "min"),
            Requirement::NoDropout { programme } => {
                self.reference(programme, Want::Programme, at.get("programme"));
            }
            Requirement::Employment { .. }
            | Requirement::Education { .. }
            | Requirement::OnDagpenge
            | Requirement::TrainingContract => {}
        }
    }

    fn merit(&mut self, m: &MeritRule) {
        let at = self.entry(&m.id);
        let what = format!("merit rule `{}`", m.id);
        self.reference(&m.target, Want::Programme, at.get("target"));
        if let Some(target) = self.cat.programme(&m.target) {
            let codes = track_codes(target);
            let twhat = format!("programme `{}`", target.id);
            for (i, code) in m.tracks.iter().enumerate() {
                self.track_code(*code, &codes, &twhat, at.get("tracks").item(i));
            }
        }
        self.requirement(&m.trigger, at.get("trigger"));
        self.refs(
            &m.effect.skip,
            Want::Programme,
            at.get("effect").get("skip"),
        );
        self.dates(m.valid_from, m.valid_to, at);
        self.sources(&what, &m.sources, at);
        self.uncertain(&what, &m.uncertain, at);
    }

    fn rates(&mut self, what: &str, rates: &[Rate], at: At) {
        let newest: Vec<&Rate> = crate::catalog::tally::newest(rates).collect();
        for (i, r) in rates.iter().enumerate() {
            let rat = at.item(i);
            if let Some(to) = r.valid_to {
                if to < r.from {
                    let msg = format!("`valid_to` {to} is before `from` {}", r.from);
                    self.error(rat.file, rat.get("valid_to").offset(), msg);
                } else if to < self.today && newest.iter().any(|n| std::ptr::eq(*n, r)) {
                    self.ended(&format!("a rate of {what}"), to, rat);
                }
            }
            self.reference(&r.source, Want::Source, rat.get("source"));
            self.ages(r.age_min, r.age_max, rat, "age_min");
            if r.from_month == Some(0) {
                let msg = "`from_month` 0: months of a programme count from 1".to_string();
                self.error(rat.file, rat.get("from_month").offset(), msg);
            }
            self.uncertain(&format!("a rate of {what}"), &r.uncertain, rat);
        }
    }

    fn pay(&mut self, p: &PayScheme) {
        let at = self.entry(&p.id);
        let what = format!("pay scheme `{}`", p.id);
        if let Some(r) = &p.eligibility {
            self.requirement(r, at.get("eligibility"));
        }
        self.rates(&what, &p.rates, at.get("rates"));
        self.sources(&what, &p.sources, at);
        self.uncertain(&what, &p.uncertain, at);
    }

    fn funding(&mut self, f: &FundingSource) {
        let at = self.entry(&f.id);
        let what = format!("funding source `{}`", f.id);
        self.requirement(&f.eligibility, at.get("eligibility"));
        self.refs(&f.programmes, Want::Programme, at.get("programmes"));
        self.refs(&f.followed_by, Want::Programme, at.get("followed_by"));
        if let Benefit::Income(id) = &f.benefit {
            self.reference(id, Want::Pay, at.get("benefit").item(0));
        }
        self.rates(&what, &f.rates, at.get("rates"));
        let sat = at.get("status").get("source");
        self.reference(&f.status.source, Want::Source, sat);
        for (i, pool) in f.pools.iter().enumerate() {
            let pat = at.get("pools").item(i);
            self.refs(&pool.programmes, Want::Programme, pat.get("programmes"));
            let sat = pat.get("status").get("source");
            self.reference(&pool.status.source, Want::Source, sat);
        }
        self.refs(&f.excludes, Want::Funding, at.get("excludes"));
        self.dates(f.valid_from, f.valid_to, at);
        for (i, c) in f.caps.iter().enumerate() {
            if let Some(to) = c.valid_to.filter(|d| *d < self.today) {
                self.ended(&format!("a cap of {what}"), to, at.get("caps").item(i));
            }
        }
        if let Some(to) = f.valid_to.filter(|d| *d < self.today) {
            self.ended(&what, to, at);
        }
        self.sources(&what, &f.sources, at);
        self.uncertain(&what, &f.uncertain, at);
    }
}

//! Reading catalogue files: from the bundled copy, from folders or files on disk, and with a
//! local pack layered on top. Every problem is collected; nothing here panics on bad input.

use super::diag::{self, Diagnostic};
use super::id_spans::{self, List, Spans};
use super::locate;
use super::model::*;
use super::units::Text;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Files larger than this are refused with a message rather than parsed.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Nesting deeper than this is refused by the parser (protects the stack).
pub const MAX_NESTING: usize = 96;

/// A catalogue file's name (as shown in messages) and its bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// True for files of a local pack layered over the base catalogue.
    pub pack: bool,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        SourceFile {
            path: path.into(),
            bytes: bytes.into(),
            pack: false,
        }
    }
}

/// Where an entry was defined: which file and the byte offset of its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub file: usize,
    pub offset: usize,
}

/// The merged catalogue, with an index from id to entry.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub sources: Vec<Source>,
    pub roles: Vec<Role>,
    pub programmes: Vec<Programme>,
    pub merit: Vec<MeritRule>,
    pub pay: Vec<PayScheme>,
    pub funding: Vec<FundingSource>,
    /// File names and their text (UTF-8, BOM removed), for positions and for the GUI.
    pub files: Vec<(String, String)>,
    /// Where each entry's id was defined.
    pub origins: FxHashMap<Id, Origin>,
    /// For each of `files`: whether it belongs to a local pack.
    pub pack_files: Vec<bool>,
    /// Looked up on every step of a route search: a fast hash, not a DoS-resistant one
    /// (the ids come from the catalogue files, not from strangers).
    index: FxHashMap<Id, Entry>,
    /// Ids defined in entries that could not be read; references to them are not reported.
    pub(crate) unparsed_ids: HashSet<Id>,
    /// Built on first use; cleared by [`Catalog::reindex`].
    links: std::sync::OnceLock<super::links::Links>,
}

/// What kind of entry an id names, and its index in that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    Source(usize),
    Role(usize),
    Programme(usize),
    Merit(usize),
    Pay(usize),
    Funding(usize),
}

impl Entry {
    pub fn kind_name(self) -> &'static str {
        match self {
            Entry::Source(_) => "source",
            Entry::Role(_) => "role",
            Entry::Programme(_) => "programme",
            Entry::Merit(_) => "merit rule",
            Entry::Pay(_) => "pay scheme",
            Entry::Funding(_) => "funding source",
        }
    }
}

impl Catalog {
    /// The pack file an entry comes from, when it comes from a local pack (new or replacing).
    pub fn pack_file(&self, id: &str) -> Option<&str> {
        let file = self.origins.get(id)?.file;
        let from_pack = self.pack_files.get(file).copied().unwrap_or(false);
        from_pack.then(|| self.files.get(file).map(|(p, _)| p.as_str()))?
    }

    pub fn entry(&self, id: &str) -> Option<Entry> {
        self.index.get(id).copied()
    }
    pub fn ids(&self) -> impl Iterator<Item = (&Id, &Entry)> {
        self.index.iter()
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        match self.entry(id)? {
            Entry::Source(i) => self.sources.get(i),
            _ => None,
        }
    }
    pub fn role(&self, id: &str) -> Option<&Role> {
        match self.entry(id)? {
            Entry::Role(i) => self.roles.get(i),
            _ => None,
        }
    }
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        match self.entry(id)? {
            Entry::Programme(i) => self.programmes.get(i),
            _ => None,
        }
    }
    pub fn merit_rule(&self, id: &str) -> Option<&MeritRule> {
        match self.entry(id)? {
            Entry::Merit(i) => self.merit.get(i),
            _ => None,
        }
    }
    pub fn pay_scheme(&self, id: &str) -> Option<&PayScheme> {
        match self.entry(id)? {
            Entry::Pay(i) => self.pay.get(i),
            _ => None,
        }
    }
    pub fn funding_source(&self, id: &str) -> Option<&FundingSource> {
        match self.entry(id)? {
            Entry::Funding(i) => self.funding.get(i),
            _ => None,
        }
    }

    /// The name of a role, programme or funding source; an unknown id stands for itself.
    pub fn name_of(&self, id: &str) -> Text {
        let name = match self.entry(id) {
            Some(Entry::Programme(i)) => self.programmes.get(i).map(|p| &p.name),
            Some(Entry::Role(i)) => self.roles.get(i).map(|r| &r.name),
            Some(Entry::Funding(i)) => self.funding.get(i).map(|f| &f.name),
            Some(Entry::Pay(i)) => self.pay.get(i).map(|p| &p.name),
            Some(Entry::Merit(i)) => self.merit.get(i).map(|m| &m.name),
            Some(Entry::Source(_)) | None => None,
        };
        name.cloned().unwrap_or_else(|| Text::new(id, id))
    }

    /// Rebuilds the id index after the lists were changed directly (tests, generators).
    pub fn reindex(&mut self) {
        self.index.clear();
        self.links = std::sync::OnceLock::new();
        fn add<T>(
            index: &mut FxHashMap<Id, Entry>,
            list: &[T],
            id: fn(&T) -> &Id,
            make: fn(usize) -> Entry,
        ) {
            for (i, item) in list.iter().enumerate() {
                index.entry(id(item).clone()).or_insert(make(i));
            }
        }
        add(&mut self.index, &self.sources, |e| &e.id, Entry::Source);
        add(&mut self.index, &self.roles, |e| &e.id, Entry::Role);
        add(
            &mut self.index,
            &self.programmes,
            |e| &e.id,
            Entry::Programme,
        );
        add(&mut self.index, &self.merit, |e| &e.id, Entry::Merit);
        add(&mut self.index, &self.pay, |e| &e.id, Entry::Pay);
        add(&mut self.index, &self.funding, |e| &e.id, Entry::Funding);
    }

    /// Role gates, reverse links and merit by programme, built once per catalogue.
    pub fn links(&self) -> &super::links::Links {
        self.links.get_or_init(|| super::links::Links::build(self))
    }

    pub fn counts(&self) -> Counts {
        Counts {
            roles: self.roles.len(),
            programmes: self.programmes.len(),
            funding: self.funding.len(),
            merit: self.merit.len(),
            sources: self.sources.len(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub roles: usize,
    pub programmes: usize,
    pub funding: usize,
    pub merit: usize,
    pub sources: usize,
}

/// A catalogue and everything found wrong with it. The catalogue holds whatever loaded.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub catalog: Catalog,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Loads the catalogue compiled into the program, judging the age of facts against `today`.
pub fn bundled(today: super::units::Date) -> Loaded {
    load(super::bundled::files(), today)
}

/// Loads the bundled catalogue or the given paths, judging the age of facts against `today`.
pub fn from_paths(
    paths: &[PathBuf],
    pack: &[PathBuf],
    today: super::units::Date,
) -> Result<Loaded, Vec<String>> {
    if paths.is_empty() && pack.is_empty() {
        return Ok(bundled(today));
    }
    let mut notes = Vec::new();
    let mut files = if paths.is_empty() {
        super::bundled::files()
    } else {
        let read = read_paths(paths, false);
        if !read.problems.is_empty() {
            return Err(read.problems);
        }
        notes = read.notes;
        if read.files.is_empty() {
            notes.push(empty(
                &paths[0],
                "no catalogue files (*.ron) were found here",
            ));
        }
        read.files
    };
    let read = read_paths(pack, true);
    if !read.problems.is_empty() {
        return Err(read.problems);
    }
    notes.extend(read.notes);
    if let Some(first) = pack.first().filter(|_| read.files.is_empty()) {
        notes.push(empty(first, "no pack files (*.ron) were found here"));
    }
    let had_files = !files.is_empty();
    files.extend(read.files);
    let mut loaded = load(files, today);
    let nothing = loaded.catalog.ids().next().is_none();
    if nothing && had_files && !paths.is_empty() {
        let msg = "the catalogue has no entries: no sources, roles, programmes, merit rules, pay schemes or funding";
        notes.push(empty(&paths[0], msg));
    }
    if !notes.is_empty() {
        loaded.diagnostics.extend(notes);
        let order: Vec<&str> = loaded
            .catalog
            .files
            .iter()
            .map(|(p, _)| p.as_str())
            .collect();
        diag::sort_in(&mut loaded.diagnostics, &order);
    }
    Ok(loaded)
}

fn empty(path: &Path, msg: &str) -> Diagnostic {
    Diagnostic::warning(&path.display().to_string(), (1, 1), msg)
}

/// Loads base files with pack files layered on top (pack files have `pack: true`), judging
/// the age of facts against `today`. Base files are merged first, then pack files, whatever
/// order they come in.
pub fn load(files: Vec<SourceFile>, today: super::units::Date) -> Loaded {
    let mut diags = Vec::new();
    let mut catalog = Catalog::default();
    catalog.files.reserve(files.len());
    let mut parsed = Vec::with_capacity(files.len());
    for SourceFile { path, bytes, pack } in files {
        let (text, file_diags) = decode(&path, bytes);
        diags.extend(file_diags);
        let file = catalog.files.len();
        let shown = match text {
            Ok(text) => {
                let ((data, errors), spans) = id_spans::noting(&text, || parse_collecting(&text));
                if !errors.is_empty() {
                    catalog.unparsed_ids.extend(locate::defined_ids(&text));
                }
                // After an error the entries were read one by one and some not at all, so the
                // ids noted may not line up with the entries: look for them in the text.
                let spans = spans.filter(|_| errors.is_empty());
                diags.extend(errors.into_iter().map(|e| e.into_diagnostic(&path)));
                parsed.push(Parsed {
                    file,
                    pack,
                    data,
                    spans,
                });
                text
            }
            // A file that is not UTF-8 is kept as lossy text, so its error position can be shown.
            Err(bytes) => {
                let lossy = String::from_utf8_lossy(&bytes).into_owned();
                catalog.unparsed_ids.extend(locate::defined_ids(&lossy));
                lossy
            }
        };
        catalog.files.push((path, shown));
        catalog.pack_files.push(pack);
    }
    parsed.sort_by_key(|p| (p.pack, p.file));
    merge(&mut catalog, parsed, &mut diags);
    for id in catalog.index.keys() {
        catalog.unparsed_ids.remove(id);
    }
    diags.extend(super::validate::check(&catalog, today));
    let order: Vec<&str> = catalog.files.iter().map(|(p, _)| p.as_str()).collect();
    diag::sort_in(&mut diags, &order);
    // Built here, while loading, so the first route query does not wait for it.
    catalog.links();
    Loaded {
        catalog,
        diagnostics: diags,
    }
}

/// Turns bytes into text (without copying them): refuses huge files and invalid UTF-8, drops a
/// BOM. A refused file gives back the bytes to show (none for a huge file).
fn decode(path: &str, mut bytes: Vec<u8>) -> (Result<String, Vec<u8>>, Vec<Diagnostic>) {
    if bytes.len() > MAX_FILE_BYTES {
        return (Err(Vec::new()), vec![too_large(path, bytes.len())]);
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => (Ok(text), vec![]),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let good = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let pos = locate::line_col(good, good.len());
            let msg = "file is not valid UTF-8 text; save it as UTF-8".to_string();
            (Err(bytes), vec![Diagnostic::error(path, pos, msg)])
        }
    }
}

/// A syntax or type error from ron with its position.
#[derive(Debug, Clone)]
pub struct ParseError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl ParseError {
    fn into_diagnostic(self, path: &str) -> Diagnostic {
        Diagnostic::error(path, (self.line.max(1), self.col.max(1)), self.message)
    }
}

fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// Parses `text` (or the slice of it starting at byte `base`) as a `T`, positioning errors in
/// the whole text.
fn parse_part<T: serde::de::DeserializeOwned>(
    text: &str,
    lines: Option<&locate::Lines>,
    base: usize,
    end: usize,
) -> Result<T, ParseError> {
    let part = &text[base..end];
    options().from_str::<T>(part).map_err(|e| {
        let within = locate::offset_of(part, e.span.start.line, e.span.start.col);
        // Adjust within the entry: the brackets that matter are inside it, and scanning only
        // the entry keeps a file with many broken entries linear.
        let at = base + super::validate::adjust_position(part, &e.code, within);
        let (line, col) = match lines {
            Some(lines) => lines.line_col(at),
            None => locate::line_col(text, at),
        };
        let message = super::validate::message_at(text, &e.code, at);
        ParseError { line, col, message }
    })
}

/// Parses one file's text. An empty file (or one with only comments) is an empty catalogue file.
pub fn parse(text: &str) -> Result<CatalogFile, ParseError> {
    if super::validate::at_end(text, 0) {
        return Ok(CatalogFile::default());
    }
    // One position at most: no need for the file's line index.
    parse_part(text, None, 0, text.len())
}

/// Parses one file, and when it has errors but is well-formed, reads it entry by entry so that
/// every broken entry is reported and the good ones still load.
fn parse_collecting(text: &str) -> (CatalogFile, Vec<ParseError>) {
    let first = match parse(text) {
        Ok(data) => return (data, Vec::new()),
        Err(e) => e,
    };
    let Some(tree) = locate::parse_tree(text) else {
        return (CatalogFile::default(), vec![first]);
    };
    let locate::Kind::Group { fields, items, .. } = &tree.unwrap_some().kind else {
        return (CatalogFile::default(), vec![first]);
    };
    if !items.is_empty() {
        return (CatalogFile::default(), vec![first]);
    }
    let mut data = CatalogFile::default();
    let mut errors = Vec::new();
    let lines = locate::Lines::new(text);
    fn each<T: serde::de::DeserializeOwned>(
        text: &str,
        lines: &locate::Lines,
        list: &locate::Node,
        out: &mut Vec<T>,
        errors: &mut Vec<ParseError>,
    ) {
        for item in list.items() {
            match parse_part(text, Some(lines), item.start, item.end) {
                Ok(v) => out.push(v),
                Err(e) => errors.push(e),
            }
        }
    }
    for f in fields {
        let v = &f.value;
        if !matches!(v.unwrap_some().kind, locate::Kind::List(_)) && f.name != "replaces" {
            // Not a list: let ron say what it expected, at the right place.
            if let Err(e) =
                parse_part::<Vec<serde::de::IgnoredAny>>(text, Some(&lines), v.start, v.end)
            {
                errors.push(e);
            }
            continue;
        }
        match f.name.as_str() {
            "sources" => each(text, &lines, v, &mut data.sources, &mut errors),
            "roles" => each(text, &lines, v, &mut data.roles, &mut errors),
            "programmes" => each(text, &lines, v, &mut data.programmes, &mut errors),
            "merit" => each(text, &lines, v, &mut data.merit, &mut errors),
            "pay" => each(text, &lines, v, &mut data.pay, &mut errors),
            "funding" => each(text, &lines, v, &mut data.funding, &mut errors),
            "replaces" => match parse_part(text, Some(&lines), v.start, v.end) {
                Ok(r) => data.replaces = r,
                Err(e) => errors.push(e),
            },
            other => {
                let (line, col) = lines.line_col(f.at);
                let code = ron::Error::NoSuchStructField {
                    expected: FILE_FIELDS,
                    found: other.to_string(),
                    outer: Some("CatalogFile".into()),
                };
                let message = super::validate::ron_message(&code);
                errors.push(ParseError { line, col, message });
            }
        }
    }
    if errors.is_empty() {
        // The entry-by-entry reading found nothing to say; trust ron's first answer.
        errors.push(first);
    }
    (data, errors)
}

/// The lists a catalogue file may have.
const FILE_FIELDS: &[&str] = &[
    "sources",
    "roles",
    "programmes",
    "merit",
    "pay",
    "funding",
    "replaces",
];

/// One file as read: its index in `Catalog::files`, whether it is a pack, its entries, and
/// where their ids stand when that was noted while reading.
struct Parsed {
    file: usize,
    pack: bool,
    data: CatalogFile,
    spans: Option<Spans>,
}

impl Parsed {
    /// The noted places, when there is one for every entry and each is the place the text
    /// search would give: that takes an id's n-th use in the file for its n-th entry, kind after
    /// kind, so an id used in two lists of one file is left to it.
    fn own_spans(&mut self) -> Option<Spans> {
        let spans = self.spans.take()?;
        let d = &self.data;
        let lists = [
            (List::Sources, d.sources.len()),
            (List::Roles, d.roles.len()),
            (List::Programmes, d.programmes.len()),
            (List::Merit, d.merit.len()),
            (List::Pay, d.pay.len()),
            (List::Funding, d.funding.len()),
        ];
        if lists.iter().any(|&(l, n)| spans.of(l).len() != n) {
            return None;
        }
        if lists.iter().filter(|(_, n)| *n > 0).count() > 1 {
            let ids = (d.sources.iter().map(|e| (List::Sources, &e.id)))
                .chain(d.roles.iter().map(|e| (List::Roles, &e.id)))
                .chain(d.programmes.iter().map(|e| (List::Programmes, &e.id)))
                .chain(d.merit.iter().map(|e| (List::Merit, &e.id)))
                .chain(d.pay.iter().map(|e| (List::Pay, &e.id)))
                .chain(d.funding.iter().map(|e| (List::Funding, &e.id)));
            let mut list_of: FxHashMap<&Id, List> = FxHashMap::default();
            for (list, id) in ids {
                if *list_of.entry(id).or_insert(list) != list {
                    return None;
                }
            }
        }
        Some(spans)
    }
}

/// Puts parsed files together, reporting duplicate ids, pack clashes and bad `replaces`.
fn merge(catalog: &mut Catalog, parsed: Vec<Parsed>, diags: &mut Vec<Diagnostic>) {
    // Every entry is in hand: size the lists and maps once rather than let them grow.
    let count = |n: fn(&CatalogFile) -> usize| parsed.iter().map(|p| n(&p.data)).sum::<usize>();
    let counts = [
        count(|d| d.sources.len()),
        count(|d| d.roles.len()),
        count(|d| d.programmes.len()),
        count(|d| d.merit.len()),
        count(|d| d.pay.len()),
        count(|d| d.funding.len()),
    ];
    catalog.sources.reserve(counts[0]);
    catalog.roles.reserve(counts[1]);
    catalog.programmes.reserve(counts[2]);
    catalog.merit.reserve(counts[3]);
    catalog.pay.reserve(counts[4]);
    catalog.funding.reserve(counts[5]);
    let entries = counts.iter().sum();
    catalog.index.reserve(entries);
    catalog.origins.reserve(entries);

    // Where ids were not noted while reading: the offsets of ids already consumed in each
    // file, so a second `id: "x"` gets its own position, and each file's ids read once.
    let mut seen_offsets: HashMap<(usize, Id), usize> = HashMap::new();
    let mut id_maps: HashMap<usize, HashMap<String, Vec<usize>>> = HashMap::new();
    let mut next_offset = |catalog: &Catalog, file: usize, id: &Id| -> usize {
        let n = seen_offsets.entry((file, id.clone())).or_insert(0);
        let map = id_maps.entry(file).or_insert_with(|| {
            locate::parse_entries(&catalog.files[file].1)
                .map(|t| locate::entry_ids(&t))
                .unwrap_or_default()
        });
        let at = map.get(id.as_str()).and_then(|v| v.get(*n)).copied();
        let at = at.unwrap_or_else(|| {
            let offsets = locate::id_offsets(&catalog.files[file].1, id);
            offsets.get(*n).copied().unwrap_or(0)
        });
        *n += 1;
        at
    };
    let place = |catalog: &Catalog, o: Origin| -> String {
        let (p, t) = &catalog.files[o.file];
        let (l, c) = locate::line_col(t, o.offset);
        format!("{p}:{l}:{c}")
    };

    // Which pack file replaced an entry, so a second replacement can name the first.
    let mut replaced: FxHashMap<Id, Origin> = FxHashMap::default();
    for mut p in parsed {
        let spans = p.own_spans();
        let Parsed {
            file, pack, data, ..
        } = p;
        let CatalogFile {
            sources,
            roles,
            programmes,
            merit,
            pay,
            funding,
            replaces,
        } = data;
        let existed_before: Vec<bool> = replaces
            .iter()
            .map(|id| catalog.index.contains_key(id))
            .collect();
        // Only a pack asks which ids its own file defines.
        let mut defined_here: FxHashSet<Id> = FxHashSet::default();
        macro_rules! add {
            ($list:ident, $items:expr, $variant:ident, $which:ident) => {
                for (k, item) in $items.into_iter().enumerate() {
                    let offset = match &spans {
                        Some(s) => s.of(List::$which)[k],
                        None => next_offset(catalog, file, &item.id),
                    };
                    let origin = Origin { file, offset };
                    let here = pack && defined_here.insert(item.id.clone());
                    let wanted = here && replaces.contains(&item.id);
                    match catalog.index.get(&item.id).copied() {
                        None => {
                            catalog
                                .index
                                .insert(item.id.clone(), Entry::$variant(catalog.$list.len()));
                            catalog.origins.insert(item.id.clone(), origin);
                            catalog.$list.push(item);
                        }
                        Some(Entry::$variant(i)) if wanted => {
                            // A second pack file replacing the same entry: which one should
                            // win is the maintainer's call, so neither silently does.
                            if let Some(first) = replaced.get(&item.id).copied() {
                                let (path, text) = &catalog.files[file];
                                let msg = format!(
                                    "`{}` is already replaced by the pack file at {}; two pack files cannot both replace one entry",
                                    item.id,
                                    place(catalog, first)
                                );
                                diags.push(Diagnostic::error(path, locate::line_col(text, offset), msg));
                                continue;
                            }
                            replaced.insert(item.id.clone(), origin);
                            catalog.origins.insert(item.id.clone(), origin);
                            catalog.$list[i] = item;
                        }
                        Some(existing) => {
                            let first = catalog.origins.get(&item.id).copied();
                            let (path, text) = &catalog.files[file];
                            let pos = locate::line_col(text, offset);
                            let where_first = first.map(|o| place(catalog, o)).unwrap_or_default();
                            let kind = existing.kind_name();
                            let new_kind = Entry::$variant(0).kind_name();
                            let msg = if wanted {
                                format!(
                                    "`{}` is a {kind} ({where_first}); a pack can replace it only with a {kind}, not a {new_kind}",
                                    item.id
                                )
                            } else if here {
                                format!(
                                    "`{}` already exists in the catalogue (a {kind} at {where_first}); to replace it, add \"{}\" to this file's `replaces` list",
                                    item.id, item.id
                                )
                            } else {
                                format!(
                                    "duplicate id `{}`: already used by a {kind} at {where_first}",
                                    item.id
                                )
                            };
                            diags.push(Diagnostic::error(path, pos, msg));
                        }
                    }
                }
            };
        }
        add!(sources, sources, Source, Sources);
        add!(roles, roles, Role, Roles);
        add!(programmes, programmes, Programme, Programmes);
        add!(merit, merit, Merit, Merit);
        add!(pay, pay, Pay, Pay);
        add!(funding, funding, Funding, Funding);

        if replaces.is_empty() {
            continue;
        }
        let (path, text) = &catalog.files[file];
        let tree = locate::parse_tree(text);
        let list = tree.as_ref().and_then(|t| t.get("replaces"));
        let at = |k: usize| {
            let off = list.and_then(|l| l.item(k)).map(|n| n.start).unwrap_or(0);
            locate::line_col(text, off)
        };
        if !pack {
            let msg = "`replaces` is only for local packs; the base catalogue cannot replace its own entries";
            diags.push(Diagnostic::error(path, at(0), msg));
            continue;
        }
        for (k, id) in replaces.iter().enumerate() {
            if !existed_before[k] {
                let mut msg = format!("`replaces` names `{id}`, which is not in the catalogue");
                let known = catalog.index.keys().map(String::as_str);
                if let Some(s) = super::validate::suggest(id, known) {
                    msg.push_str(&format!("; did you mean `{s}`?"));
                }
                diags.push(Diagnostic::error(path, at(k), msg));
            } else if !defined_here.contains(id) {
                let msg =
                    format!("`replaces` names `{id}`, but this file has no entry with that id");
                diags.push(Diagnostic::error(path, at(k), msg));
            }
        }
    }
}

/// What reading catalogue paths gave: the files, warnings about what was skipped or refused,
/// and paths that could not be read at all.
#[derive(Debug, Default)]
pub struct ReadPaths {
    pub files: Vec<SourceFile>,
    pub notes: Vec<Diagnostic>,
    pub problems: Vec<String>,
}

/// Reads catalogue files from folders (recursively, `*.ron`) and single files: ordinary files
/// only, each real folder and file once, none larger than [`MAX_FILE_BYTES`].
pub fn read_paths(paths: &[PathBuf], pack: bool) -> ReadPaths {
    let found = super::files::walk(paths);
    let mut read = ReadPaths {
        notes: found.notes,
        problems: found.problems,
        ..ReadPaths::default()
    };
    for path in found.files {
        let shown = path.display().to_string();
        match super::files::read_regular(&path, MAX_FILE_BYTES as u64) {
            Ok(bytes) => read.files.push(SourceFile {
                path: shown,
                bytes,
                pack,
            }),
            Err(super::files::Refused::Io(e)) => {
                read.problems.push(format!("{shown}: cannot read: {e}"))
            }
            Err(super::files::Refused::TooLarge { bytes, .. }) => {
                read.notes.push(too_large(&shown, bytes as usize))
            }
            Err(e) => read.notes.push(Diagnostic::error(
                &shown,
                (1, 1),
                format!("{e}; a catalogue file must be an ordinary file"),
            )),
        }
    }
    read
}

fn too_large(path: &str, bytes: usize) -> Diagnostic {
    let msg = format!(
        "file is {} MB; catalogue files may be at most {} MB",
        bytes / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    );
    Diagnostic::error(path, (1, 1), msg)
}

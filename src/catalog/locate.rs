//! Finding positions in catalogue text after parsing, so semantic problems point at the
//! offending value. ron reports positions only for syntax and type errors.

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of a line and column (both 1-based, columns in characters), clamped to the text.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let line_text = &text[start..];
    let line_end = line_text.find('\n').unwrap_or(line_text.len());
    let within: usize = line_text[..line_end]
        .chars()
        .take(col.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    start + within
}

/// The offset of the `(` or `[` that the closing bracket at `close` ends, skipping strings and
/// comments. A forward scan with a stack, so deep nesting cannot overflow.
pub fn matching_open(text: &str, close: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut stack = Vec::new();
    let mut i = 0;
    while i < b.len() && i < close {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => stack.push(i),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.pop()
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offset of the string literal `"value"` at or after `from`.
pub fn find_quoted(text: &str, value: &str, from: usize) -> Option<usize> {
    let needle = format!("\"{value}\"");
    let from = floor_char_boundary(text, from.min(text.len()));
    text[from..].find(&needle).map(|i| from + i)
}

/// Byte offsets of every `id: "value"` (the value's opening quote), in file order.
pub fn id_offsets(text: &str, value: &str) -> Vec<usize> {
    let needle = format!("\"{value}\"");
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = text[start..].find(&needle) {
        let at = start + i;
        let before = text[..at].trim_end();
        if let Some(rest) = before.strip_suffix(':')
            && rest.trim_end().ends_with("id")
        {
            let key_start = rest.trim_end().len() - 2;
            let prev = rest[..key_start].chars().next_back();
            if !prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                out.push(at);
            }
        }
        start = at + needle.len();
    }
    out
}

/// Line starts of a text, for many positions in one file without rescanning it.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        starts.extend(
            (0..bytes.len())
                .filter(|&i| bytes[i] == b'\n')
                .map(|i| i + 1),
        );
        Lines { text, starts }
    }

    /// As [`line_col`], in logarithmic time plus the length of the line.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

/// Offsets of the `id` values of every entry in the file's top-level lists, by id, in file order.
pub fn entry_ids(tree: &Node) -> std::collections::HashMap<String, Vec<usize>> {
    let mut out: std::collections::HashMap<String, Vec<usize>> = Default::default();
    if let Kind::Group { fields, .. } = &tree.unwrap_some().kind {
        for f in fields {
            for item in f.value.items() {
                if let Some(id) = item.get("id")
                    && let Some(s) = id.str()
                {
                    out.entry(s.to_string()).or_default().push(id.start);
                }
            }
        }
    }
    out
}

/// Every id defined with `id: "value"` in a text, found without parsing it (for broken files).
pub fn defined_ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = text[start..].find("id") {
        let at = start + i;
        start = at + 2;
        let prev = text[..at].chars().next_back();
        if prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = text[at + 2..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('"') else {
            continue;
        };
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// Byte offset of `field:` at or after `from` (the field name's first character).
pub fn find_field(text: &str, field: &str, from: usize) -> Option<usize> {
    let from = floor_char_boundary(text, from.min(text.len()));
    let mut start = from;
    while let Some(i) = text[start..].find(field) {
        let at = start + i;
        let after = text[at + field.len()..].trim_start();
        let prev = text[..at].chars().next_back();
        if after.starts_with(':') && !prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return Some(at);
        }
        start = at + field.len();
    }
    None
}

/// A value in catalogue text with its byte offset: the shape of the file without its meaning,
/// so that checks made on the parsed data can point back into the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Byte offset of the value's first character (its name, quote or bracket).
    pub start: usize,
    /// Byte offset just past the value.
    pub end: usize,
    pub kind: Kind,
}

/// What a [`Node`] is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A number, a name on its own (`FullTime`) or a character.
    Atom,
    /// A string literal, unescaped only as far as needed to compare ids.
    Str(String),
    /// `Name(...)` or `(...)`: named fields and/or positional items.
    Group {
        name: Option<String>,
        fields: Vec<Field>,
        items: Vec<Node>,
    },
    /// `[...]` or `{...}`.
    List(Vec<Node>),
}

/// A `name: value` pair inside a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    /// Byte offset of the field name.
    pub at: usize,
    pub value: Node,
}

impl Node {
    /// The field `name` of a group, looking through `Some(...)`.
    pub fn field(&self, name: &str) -> Option<&Field> {
        match &self.unwrap_some().kind {
            Kind::Group { fields, .. } => fields.iter().find(|f| f.name == name),
            _ => None,
        }
    }
    /// The value of field `name`.
    pub fn get(&self, name: &str) -> Option<&Node> {
        self.field(name).map(|f| f.value.unwrap_some())
    }
    /// Items of a list, or positional items of a group.
    pub fn items(&self) -> &[Node] {
        match &self.unwrap_some().kind {
            Kind::List(items) => items,
            Kind::Group { items, .. } => items,
            _ => &[],
        }
    }
    /// Item `i` of a list.
    pub fn item(&self, i: usize) -> Option<&Node> {
        self.items().get(i).map(Node::unwrap_some)
    }
    /// A group's name (`Holds` in `Holds(id: "x")`), or an atom's text is not kept: `None`.
    pub fn name(&self) -> Option<&str> {
        match &self.kind {
            Kind::Group { name, .. } => name.as_deref(),
            _ => None,
        }
    }
    /// The string value, if this is a string literal.
    pub fn str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Str(s) => Some(s),
            _ => None,
        }
    }
    /// `Some(x)` is written out in some files and left out in others; look through it.
    pub fn unwrap_some(&self) -> &Node {
        let mut n = self;
        while let Kind::Group {
            name: Some(name),
            fields,
            items,
        } = &n.kind
        {
            if name == "Some" && fields.is_empty() && items.len() == 1 {
                n = &items[0];
            } else {
                break;
            }
        }
        n
    }
}

/// Nesting deeper than this is not followed by [`parse_tree`] (ron refuses it anyway).
const MAX_TREE_DEPTH: usize = 256;

/// Reads the shape of a RON text. `None` when the text is not well-formed; never panics.
pub fn parse_tree(text: &str) -> Option<Node> {
    parse_to(text, usize::MAX)
}

/// As [`parse_tree`], keeping only the file, its lists, their entries and the entries' field
/// values: deeper values are [`Kind::Atom`] with their extent. Enough for [`entry_ids`], and
/// much cheaper than the whole tree. `None` exactly when [`parse_tree`] gives `None`.
pub fn parse_entries(text: &str) -> Option<Node> {
    parse_to(text, 3)
}

/// Reads the shape down to `keep` levels (`Some(...)` does not count as a level).
fn parse_to(text: &str, keep: usize) -> Option<Node> {
    let mut p = Scanner { text, pos: 0, keep };
    p.skip_ws_and_attributes();
    let node = p.value(0, 0)?;
    p.skip_ws();
    (p.pos >= text.len()).then_some(node)
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    /// Values deeper than this are scanned but not kept.
    keep: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        let b = self.text.as_bytes();
        loop {
            while self.pos < b.len() && (b[self.pos] as char).is_ascii_whitespace() {
                self.pos += 1;
            }
            let rest = &b[self.pos.min(b.len())..];
            if rest.starts_with(b"//") {
                while self.pos < b.len() && b[self.pos] != b'\n' {
                    self.pos += 1;
                }
            } else if rest.starts_with(b"/*") {
                // Block comments nest in RON.
                let mut depth = 0usize;
                while self.pos < b.len() {
                    if b[self.pos..].starts_with(b"/*") {
                        depth += 1;
                        self.pos += 2;
                    } else if b[self.pos..].starts_with(b"*/") {
                        depth -= 1;
                        self.pos += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        self.pos += 1;
                    }
                }
            } else {
                return;
            }
        }
    }

    fn skip_ws_and_attributes(&mut self) {
        self.skip_ws();
        while self.text[self.pos..].starts_with("#!") {
            match self.text[self.pos..].find(']') {
                Some(i) => self.pos += i + 1,
                None => return,
            }
            self.skip_ws();
        }
    }

    /// The byte range of an identifier (without `r#`), moving past it.
    fn ident(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        let rest = &self.text[start..];
        let rest = rest.strip_prefix("r#").unwrap_or(rest);
        let skip = self.text.len() - start - rest.len();
        let len: usize = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            return None;
        }
        self.pos = start + skip + len;
        Some((start + skip, self.pos))
    }

    /// A value at nesting `depth` and shape level `shape` (which `Some(...)` does not deepen).
    fn value(&mut self, depth: usize, shape: usize) -> Option<Node> {
        if depth > MAX_TREE_DEPTH {
            return None;
        }
        let keep = shape <= self.keep;
        self.skip_ws();
        let start = self.pos;
        let c = self.peek()?;
        let kind = match c {
            b'"' => Kind::Str(self.string(keep)?),
            b'r' if matches!(self.text.as_bytes().get(start + 1), Some(b'"' | b'#'))
                && self.raw_string_ahead() =>
            {
                Kind::Str(self.raw_string(keep)?)
            }
            b'b' if self.text[start..].starts_with("b\"") => {
                self.pos += 1;
                Kind::Str(self.string(keep)?)
            }
            b'\'' => {
                self.char_literal()?;
                Kind::Atom
            }
            b'[' | b'{' => {
                self.pos += 1;
                Kind::List(self.list(if c == b'[' { b']' } else { b'}' }, depth, shape + 1)?)
            }
            b'(' => self.group(None, depth, shape + 1)?,
            _ if c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.') => {
                let len = self.text[start..]
                    .find(|ch: char| !(ch.is_alphanumeric() || matches!(ch, '.' | '_' | '+' | '-')))
                    .unwrap_or(self.text.len() - start);
                self.pos += len.max(1);
                Kind::Atom
            }
            _ => {
                let (a, b) = self.ident()?;
                self.skip_ws();
                if self.peek() == Some(b'(') {
                    let name = &self.text[a..b];
                    // `Some(x)` is looked through, so it does not count as a level.
                    let inner = if name == "Some" { shape } else { shape + 1 };
                    let name = keep.then(|| name.to_string());
                    self.group(name, depth, inner)?
                } else {
                    Kind::Atom
                }
            }
        };
        // A value too deep to keep is only its extent.
        let kind = if keep { kind } else { Kind::Atom };
        Some(Node {
            start,
            end: self.pos,
            kind,
        })
    }

    fn raw_string_ahead(&self) -> bool {
        let rest = &self.text[self.pos + 1..];
        rest.trim_start_matches('#').starts_with('"')
    }

    fn string(&mut self, keep: bool) -> Option<String> {
        self.pos += 1;
        if !keep {
            // Only the end is wanted. Bytes of multi-byte characters are never a quote or a
            // backslash, so a byte scan ends where the character scan below would.
            let b = self.text.as_bytes();
            let mut i = self.pos;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        self.pos = i + 1;
                        return Some(String::new());
                    }
                    b'\\' if i + 1 < b.len() => i += 2,
                    b'\\' => return None,
                    _ => i += 1,
                }
            }
            return None;
        }
        let mut out = String::new();
        let mut chars = self.text[self.pos..].char_indices();
        while let Some((i, ch)) = chars.next() {
            match ch {
                '"' => {
                    self.pos += i + 1;
                    return Some(out);
                }
                '\\' => {
                    let (_, esc) = chars.next()?;
                    if keep {
                        out.push(match esc {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                    }
                }
                _ if keep => out.push(ch),
                _ => {}
            }
        }
        None
    }

    fn raw_string(&mut self, keep: bool) -> Option<String> {
        self.pos += 1;
        let hashes =
            self.text[self.pos..].len() - self.text[self.pos..].trim_start_matches('#').len();
        self.pos += hashes + 1;
        let close = format!("\"{}", "#".repeat(hashes));
        let i = self.text[self.pos..].find(&close)?;
        let s = if keep {
            self.text[self.pos..self.pos + i].to_string()
        } else {
            String::new()
        };
        self.pos += i + close.len();
        Some(s)
    }

    fn char_literal(&mut self) -> Option<()> {
        self.pos += 1;
        let mut chars = self.text[self.pos..].char_indices();
        while let Some((i, ch)) = chars.next() {
            match ch {
                '\'' => {
                    self.pos += i + 1;
                    return Some(());
                }
                '\\' => {
                    chars.next()?;
                }
                _ => {}
            }
        }
        None
    }

    /// Items of a list, each at shape level `inner`.
    fn list(&mut self, close: u8, depth: usize, inner: usize) -> Option<Vec<Node>> {
        let keep = inner <= self.keep;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek()? == close {
                self.pos += 1;
                return Some(items);
            }
            let item = self.value(depth + 1, inner)?;
            if keep {
                items.push(item);
            }
            self.skip_ws();
            // Map entries `key: value` keep only the value.
            if close == b'}' && self.peek() == Some(b':') {
                self.pos += 1;
                let v = self.value(depth + 1, inner)?;
                if keep {
                    *items.last_mut()? = v;
                }
                self.skip_ws();
            }
            match self.peek()? {
                b',' => self.pos += 1,
                c if c == close => {}
                _ => return None,
            }
        }
    }

    /// A group whose fields and items are at shape level `inner`.
    fn group(&mut self, name: Option<String>, depth: usize, inner: usize) -> Option<Kind> {
        let keep = inner <= self.keep;
        self.pos += 1;
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek()? == b')' {
                self.pos += 1;
                return Some(Kind::Group {
                    name,
                    fields,
                    items,
                });
            }
            // A field is `ident :`; anything else is a positional item.
            let save = self.pos;
            let mut is_field = false;
            if let Some((a, b)) = self.ident() {
                self.skip_ws();
                if self.peek() == Some(b':') {
                    self.pos += 1;
                    let value = self.value(depth + 1, inner)?;
                    if keep {
                        fields.push(Field {
                            name: self.text[a..b].to_string(),
                            at: save,
                            value,
                        });
                    }
                    is_field = true;
                }
            }
            if !is_field {
                self.pos = save;
                let item = self.value(depth + 1, inner)?;
                if keep {
                    items.push(item);
                }
            }
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b')' => {}
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "(\n  name: \"æøå\", x: 1)";
        let at = text.find("x:").unwrap();
        assert_eq!(line_col(text, at), (2, 16));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn id_offsets_skip_references() {
        let text = r#"(id: "a", leads_to: ["a"]), ( id :"a")"#;
        assert_eq!(id_offsets(text, "a").len(), 2);
        let text = r#"(target_id: "a")"#;
        assert!(id_offsets(text, "a").is_empty());
    }

    #[test]
    fn the_tree_keeps_positions_of_fields_and_items() {
        let text = "#![enable(implicit_some)]\n(\n  programmes: [ // comment\n    (id: \"p\", admission: Some(All([Holds(id: \"q\")]))),\n  ],\n)";
        let tree = parse_tree(text).expect("well-formed");
        let p = tree.get("programmes").unwrap().item(0).unwrap();
        assert_eq!(p.get("id").unwrap().str(), Some("p"));
        let adm = p.get("admission").unwrap();
        assert_eq!(adm.name(), Some("All"));
        let holds = adm.item(0).unwrap().item(0).unwrap();
        assert_eq!(holds.name(), Some("Holds"));
        let q = holds.get("id").unwrap();
        assert_eq!(&text[q.start..q.end], "\"q\"");
        assert_eq!(line_col(text, p.field("admission").unwrap().at), (4, 15));
    }

    #[test]
    fn the_tree_refuses_broken_text_without_panicking() {
        for text in [
            "(",
            "(a: [1, 2)",
            "(a: \"open)",
            "/* x",
            "(a: 1) b",
            "r#\"x",
        ] {
            assert_eq!(parse_tree(text), None, "{text}");
        }
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        assert_eq!(parse_tree(&deep), None);
        for text in [
            "(",
            "(a: [1, 2)",
            "(a: [(b: (c: [\"x)])])",
            "(a: [(b: 1) 2])",
        ] {
            assert_eq!(parse_entries(text), None, "{text}");
        }
        assert_eq!(parse_entries(&deep), None);
    }

    #[test]
    fn the_entry_shape_places_ids_as_the_whole_tree_does() {
        let mut texts: Vec<String> = crate::catalog::bundled::files()
            .into_iter()
            .map(|f| String::from_utf8(f.bytes).expect("UTF-8"))
            .collect();
        texts.push(
            r#"Some((roles: [Some((id: Some("a"), x: [(id: "n\"o)", y: "æ\\")])), (id: r"b")], pay: {"k": (id: "c")}))"#
                .into(),
        );
        for text in &texts {
            let whole = parse_tree(text).expect("well-formed");
            let shallow = parse_entries(text).expect("well-formed");
            assert_eq!(entry_ids(&shallow), entry_ids(&whole));
            assert_eq!((shallow.start, shallow.end), (whole.start, whole.end));
        }
        let ids = entry_ids(&parse_entries(texts.last().unwrap()).unwrap());
        let mut keys: Vec<&String> = ids.keys().collect();
        keys.sort();
        assert_eq!(keys, ["a", "b", "c"]);
    }

    #[test]
    fn offsets_and_brackets() {
        let text = "(\n  a: \"(\", b: [1, (2)],\n)";
        for off in [0, 5, text.len() - 1] {
            let (l, c) = line_col(text, off);
            assert_eq!(offset_of(text, l, c), off);
        }
        let close = text.rfind(')').unwrap();
        assert_eq!(matching_open(text, close), Some(0));
        let inner = text.find("(2)").unwrap();
        assert_eq!(matching_open(text, inner + 2), Some(inner));
        assert_eq!(
            defined_ids("(id: \"a\"), (pid: \"b\"), (id:\"c\")"),
            ["a", "c"]
        );
    }
}

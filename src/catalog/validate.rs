//! Semantic checks on a merged catalogue and plain-English messages for ron's parse errors.

mod cycle;
mod walk;

use super::diag::Diagnostic;
use super::load::Catalog;
use super::locate::{self, Node};
use super::units::Date;
use std::collections::HashSet;

/// Every semantic problem in the catalogue, with positions.
pub fn check(catalog: &Catalog, today: Date) -> Vec<Diagnostic> {
    // Positions need the shape of a file, which costs more than the checks themselves; most
    // files have nothing to report. So check first without shapes, then again with the shapes
    // of the files that had something to say (shapes move positions, never findings).
    let none = vec![None; catalog.files.len()];
    let rough = check_with(catalog, today, &none);
    if rough.is_empty() {
        return rough;
    }
    let named: HashSet<&str> = rough.iter().map(|d| d.file.as_str()).collect();
    let trees: Vec<Option<Node>> = catalog
        .files
        .iter()
        .map(|(path, text)| {
            if named.contains(path.as_str()) {
                locate::parse_tree(text)
            } else {
                None
            }
        })
        .collect();
    check_with(catalog, today, &trees)
}

/// The checks with the given shape of each file (`None`: positions fall back to entry ids).
fn check_with(catalog: &Catalog, today: Date, trees: &[Option<Node>]) -> Vec<Diagnostic> {
    let mut v = walk::Checker::new(catalog, today, trees);
    v.run();
    let mut diags = v.into_diagnostics();
    diags.extend(cycle::check(catalog, trees));
    diags
}

/// Levenshtein distance between two ids (by bytes: ids are ASCII), for "did you mean".
pub fn edit_distance(a: &str, b: &str) -> usize {
    bounded_distance(a, b, usize::MAX).unwrap_or(usize::MAX)
}

/// The edit distance if it is at most `limit`; gives up early otherwise.
fn bounded_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
            best = best.min(row[j + 1]);
        }
        if best > limit {
            return None;
        }
    }
    Some(row[b.len()]).filter(|d| *d <= limit)
}

/// The closest candidate to `word`, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.len() / 3).clamp(1, 4);
    candidates
        .into_iter()
        .filter_map(|c| Some((bounded_distance(word, c, limit)?, c)))
        .min()
        .map(|(_, c)| c)
}

/// The Rust type name ron reports, as a maintainer would say it.
fn what(outer: &Option<String>) -> String {
    let Some(name) = outer else {
        return "an entry".into();
    };
    let plain = match name.as_str() {
        "CatalogFile" => "the file's outer `( ... )`",
        "Source" => "a source",
        "Role" => "a role",
        "Salary" => "a salary",
        "Programme" => "a programme",
        "Structure" => "a structure",
        "Fee" => "a fee",
        "Track" => "a track",
        "Offering" => "an offering",
        "OfferingTrack" => "an offering's track",
        "Deadline" => "a deadline",
        "Grants" => "`grants`",
        "MeritRule" => "a merit rule",
        "Effect" => "a merit effect",
        "Rate" => "a rate",
        "PayScheme" => "a pay scheme",
        "Cap" => "a cap",
        "Status" => "a status",
        "Pool" => "a pool",
        "Window" => "an application window",
        "FundingSource" => "a funding source",
        "Length" => "a length",
        "Raw" => "a text",
        "Requirement" => "a requirement",
        "Confidence" => "a confidence",
        "RoleKind" => "a role kind",
        "ProgrammeKind" => "a programme kind",
        "EduLevel" => "an education level",
        "TrackCode" => "a track code",
        "Subject" => "a subject",
        "Level" => "a level",
        "Certificate" => "a certificate",
        "Area" => "an area",
        "Union" => "a union",
        "Sector" => "a sector",
        "PayKind" => "a pay kind",
        "Per" => "a period (`per`)",
        "Cost" => "a cost",
        "Benefit" => "a benefit",
        "Period" => "a cap period",
        "State" => "a state",
        "Signer" => "a signer",
        "Pace" => "a pace",
        "FeeUnit" => "a fee unit",
        other => return format!("a `{other}` requirement"),
    };
    plain.to_string()
}

fn one_of(alts: &[&str]) -> String {
    let quoted: Vec<String> = alts.iter().map(|a| format!("`{a}`")).collect();
    match quoted.as_slice() {
        [] => "nothing is allowed here".into(),
        [a] => format!("expected {a}"),
        [init @ .., last] => format!("expected one of {} or {last}", init.join(", ")),
    }
}

fn unknown(kind: &str, found: &str, place: &str, alts: &[&str]) -> String {
    match suggest(found, alts.iter().copied()) {
        Some(s) => format!("unknown {kind} `{found}`{place}; did you mean `{s}`?"),
        None => format!("unknown {kind} `{found}`{place}; {}", one_of(alts)),
    }
}

/// A serde "expected" phrase in plain words.
fn expected_words(e: &str) -> String {
    let e = e.trim();
    if let Some(name) = e.strip_prefix("struct ") {
        return what(&Some(name.to_string()));
    }
    if let Some(name) = e.strip_prefix("enum ") {
        return what(&Some(name.to_string()));
    }
    match e {
        "u8" | "u16" | "u32" | "u64" | "i64" | "i32" => "a whole number".into(),
        "f64" | "f32" => "a number".into(),
        "a sequence" => "a list `[ ... ]`".into(),
        "a string" => "text in double quotes".into(),
        "a boolean" => "`true` or `false`".into(),
        other => other.to_string(),
    }
}

/// A ron error code as a message for a catalogue maintainer.
pub fn ron_message(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown("field", found, &format!(" in {}", what(outer)), expected),
        E::MissingStructField { field, outer } => {
            format!("missing field `{field}` in {}", what(outer))
        }
        E::DuplicateStructField { field, outer } => {
            format!("field `{field}` is given twice in {}", what(outer))
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown("variant", found, &format!(" for {}", what(outer)), expected),
        E::InvalidValueForType { expected, found } => {
            format!("expected {}, found {found}", expected_words(expected))
        }
        E::ExpectedDifferentLength { expected, found } => {
            let variant = expected
                .strip_prefix("tuple variant ")
                .and_then(|r| r.split_once(" with "));
            match variant {
                Some((name, n)) => {
                    let name = name.rsplit("::").next().unwrap_or(name);
                    let n = n.trim_end_matches(" elements").trim_end_matches(" element");
                    format!("`{name}` takes {n} values; found {found}")
                }
                None => format!(
                    "expected {}; found {found} values",
                    expected_words(expected)
                ),
            }
        }
        E::Message(m) => m.clone(),
        E::Eof => "unexpected end of file; a closing `)` or `]` may be missing".into(),
        E::ExpectedArray => "expected a list starting with `[`".into(),
        E::ExpectedArrayEnd => "expected `]` to close the list, or a comma before this".into(),
        E::ExpectedComma => "expected a comma before this".into(),
        E::ExpectedMapColon => "expected `:` after the field name".into(),
        E::ExpectedMap => "expected `{`".into(),
        E::ExpectedMapEnd => "expected `}`".into(),
        E::ExpectedStructLike => "expected `(`".into(),
        E::ExpectedNamedStructLike(name) => {
            format!("expected `(` to start {}", what(&Some(name.to_string())))
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            "expected `)` to close this, or a comma before it".into()
        }
        E::ExpectedString => "expected text in double quotes".into(),
        E::ExpectedStringEnd => "this text is never closed; a `\"` is missing".into(),
        E::ExpectedInteger => "expected a whole number".into(),
        E::ExpectedFloat => "expected a number".into(),
        E::ExpectedBoolean => "expected `true` or `false`".into(),
        E::ExpectedIdentifier => "expected a name".into(),
        E::ExpectedUnit => "expected `()`".into(),
        E::ExpectedOption => "expected a value".into(),
        E::IntegerOutOfBounds => "this number is too large (or negative) for this field".into(),
        E::UnexpectedChar(c) => format!("unexpected character `{c}`"),
        E::TrailingCharacters => {
            "unexpected text after the end; everything goes inside the file's outer `( ... )`"
                .into()
        }
        E::UnclosedBlockComment => "a `/*` comment is never closed".into(),
        E::ExceededRecursionLimit => format!(
            "nested too deeply (more than {} levels)",
            super::load::MAX_NESTING
        ),
        E::Utf8Error(_) => "the file is not valid UTF-8 text".into(),
        E::InvalidEscape(s) => format!("invalid escape in text: {}", s.to_lowercase()),
        other => {
            let s = other.to_string();
            let mut c = s.chars();
            match c.next() {
                Some(first) => first.to_lowercase().chain(c).collect(),
                None => "could not read this".into(),
            }
        }
    }
}

/// The message for a ron error at `offset` (after [`adjust_position`]), using the text around it.
pub fn message_at(text: &str, code: &ron::Error, offset: usize) -> String {
    let next = text.get(offset..).and_then(|t| t.chars().next());
    if at_end(text, offset) {
        ron_message(&ron::Error::Eof)
    } else if matches!(code, ron::Error::ExpectedIdentifier) {
        let before = text[..offset.min(text.len())]
            .trim_end()
            .chars()
            .next_back();
        match (before, next) {
            (Some('(' | ','), _) => "expected a field name followed by `:`".into(),
            (_, Some('"')) => "expected a name here, written without quotes".into(),
            _ => ron_message(code),
        }
    } else {
        ron_message(code)
    }
}

/// True when only blank lines or line comments follow `offset`: an error there means the file
/// ended early.
pub fn at_end(text: &str, offset: usize) -> bool {
    let mut rest = text.get(offset..).unwrap_or("");
    loop {
        rest = rest.trim_start();
        match rest.strip_prefix("//") {
            Some(r) => rest = r.find('\n').map_or("", |i| &r[i..]),
            None => return rest.is_empty(),
        }
    }
}

/// Moves ron's reported position to the token a maintainer should look at: a missing field or
/// a refused text at the opening `(` of its entry, a refused string at its opening quote.
pub fn adjust_position(text: &str, code: &ron::Error, offset: usize) -> usize {
    use ron::Error as E;
    let offset = offset.min(text.len());
    let at = text[offset..].chars().next();
    let before = text[..offset].chars().next_back();
    match (code, at, before) {
        (_, Some(')' | ']'), _)
            if matches!(
                code,
                E::MissingStructField { .. } | E::ExpectedDifferentLength { .. } | E::Message(_)
            ) =>
        {
            let open = super::locate::matching_open(text, offset).unwrap_or(offset);
            // An empty Danish text: point at the empty `da` value itself.
            if matches!(code, E::Message(m) if m.contains("(`da`)"))
                && let Some(da) = super::locate::find_field(&text[..offset], "da", open)
            {
                let colon = text[da..].find(':').map_or(da, |i| da + i + 1);
                return colon + (text[colon..].len() - text[colon..].trim_start().len());
            }
            // Point at the name of a named group (`Holds(...)`), not its bracket.
            let name_len: usize = text[..open]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .map(char::len_utf8)
                .sum();
            open - name_len
        }
        (E::Message(_) | E::InvalidValueForType { .. }, _, Some('"')) => offset - 1,
        (E::IntegerOutOfBounds, _, Some('-')) => offset - 1,
        (_, Some(c), _) if c.is_whitespace() && !at_end(text, offset) => {
            let rest = &text[offset..];
            offset + (rest.len() - rest.trim_start().len())
        }
        _ => offset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_need_a_close_match() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        let ids = ["gf2-sosu", "ssa-hovedforloeb", "ssh-hovedforloeb"];
        assert_eq!(suggest("gf2-sossu", ids), Some("gf2-sosu"));
        assert_eq!(suggest("ssa-hovedforlob", ids), Some("ssa-hovedforloeb"));
        assert_eq!(suggest("sygeplejerske", ids), None);
    }

    #[test]
    fn ron_errors_read_like_a_compiler() {
        let e = ron::Error::MissingStructField {
            field: "sources",
            outer: Some("Role".into()),
        };
        assert_eq!(ron_message(&e), "missing field `sources` in a role");
        let e = ron::Error::NoSuchEnumVariant {
            expected: &["Dansk", "Engelsk"],
            found: "Tysk".into(),
            outer: Some("Subject".into()),
        };
        assert_eq!(
            ron_message(&e),
            "unknown variant `Tysk` for a subject; expected one of `Dansk` or `Engelsk`"
        );
        let e = ron::Error::NoSuchStructField {
            expected: &["id", "close"],
            found: "idd".into(),
            outer: Some("Holds".into()),
        };
        assert_eq!(
            ron_message(&e),
            "unknown field `idd` in a `Holds` requirement; did you mean `id`?"
        );
        assert_eq!(
            ron_message(&ron::Error::ExceededRecursionLimit),
            "nested too deeply (more than 96 levels)"
        );
    }

    #[test]
    fn positions_move_to_the_token_to_fix() {
        let text = r#"(a: Holds(close: []), b: "2025-13-01")"#;
        let missing = ron::Error::MissingStructField {
            field: "id",
            outer: None,
        };
        let close = text.find("[])").unwrap() + 2;
        assert_eq!(
            adjust_position(text, &missing, close),
            text.find("Holds").unwrap()
        );
        let date = ron::Error::Message("not a date".into());
        let inside = text.find("2025").unwrap();
        assert_eq!(adjust_position(text, &date, inside), inside - 1);
        assert!(at_end("(x)\n  // done\n", 3));
        assert!(!at_end("(x)\n y", 3));
    }
}

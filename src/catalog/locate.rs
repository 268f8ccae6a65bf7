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
}

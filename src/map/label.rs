//! Role names in the map's boxes: wrapped to the box's width, never cut while they fit.

/// Role names at zoom 1, in logical pixels.
pub const NAME_SIZE: f32 = 18.0;
/// Lines a box has room for (see `layout::NODE_H`).
pub const LINES: usize = 3;

/// Splits text into at most `max` lines of about `width` (at a font size `size`); a word
/// longer than a line is broken with a hyphen, and only text beyond `max` lines is cut, with
/// an ellipsis. Fira Sans averages a little over half its size per character.
pub fn wrap(s: &str, width: f32, size: f32, max: usize) -> Vec<String> {
    let fits = ((width / (size * 0.53)) as usize).max(4);
    let mut words: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() <= fits {
            words.push(word.to_string());
            continue;
        }
        let piece = fits - 1;
        let mut rest = &chars[..];
        while rest.len() > fits {
            words.push(format!("{}-", rest[..piece].iter().collect::<String>()));
            rest = &rest[piece..];
        }
        words.push(rest.iter().collect());
    }
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in words {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > fits {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&word);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    if out.len() > max {
        out.truncate(max);
        let last = &mut out[max - 1];
        let keep: String = last.chars().take(fits.saturating_sub(1)).collect();
        *last = format!("{keep}…");
    }
    out
}

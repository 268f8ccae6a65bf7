//! Reads back the plan attached to a PDF: enough of PDF to find what Vejviser writes (an
//! `/EmbeddedFile` stream, raw or Flate-compressed, with a direct `/Length`).

use super::Plan;
use std::io::Read;

/// The plan attached to a PDF that Vejviser wrote, or a sentence saying why there is none.
pub fn plan(pdf: &[u8]) -> Result<Plan, String> {
    if !pdf.starts_with(b"%PDF") {
        return Err("the file is not a PDF".into());
    }
    let files = embedded_files(pdf);
    if files.is_empty() {
        return Err("the PDF has no plan attached (only PDFs saved by Vejviser have one)".into());
    }
    let mut last = String::new();
    for bytes in files {
        let text = String::from_utf8_lossy(&bytes);
        match super::parse_ron::<Plan>(text.strip_prefix('\u{feff}').unwrap_or(&text)) {
            Ok(p) => return Ok(p),
            Err(e) => last = e,
        }
    }
    Err(format!(
        "the plan attached to the PDF cannot be read: {last}"
    ))
}

/// The contents of every embedded file stream in `pdf`, in file order.
pub fn embedded_files(pdf: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = find(&pdf[from..], b"/EmbeddedFile").map(|i| i + from) {
        from = at + 1;
        // `/EmbeddedFiles` is the name tree, not a stream.
        if pdf.get(at + 13) == Some(&b's') {
            continue;
        }
        if let Some(bytes) = stream_around(pdf, at) {
            out.push(bytes);
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The decoded stream whose dictionary holds the byte at `at`.
fn stream_around(pdf: &[u8], at: usize) -> Option<Vec<u8>> {
    let obj = rfind(&pdf[..at], b" obj")?;
    let kw = find(&pdf[at..], b"stream")? + at;
    let dict = &pdf[obj..kw];
    let length = number_after(dict, b"/Length")?;
    let mut start = kw + b"stream".len();
    if pdf.get(start) == Some(&b'\r') {
        start += 1;
    }
    if pdf.get(start) == Some(&b'\n') {
        start += 1;
    }
    let data = pdf.get(start..start.checked_add(length)?)?;
    if find(dict, b"/FlateDecode").is_some() {
        let mut text = Vec::new();
        flate2::read::ZlibDecoder::new(data)
            .read_to_end(&mut text)
            .ok()?;
        Some(text)
    } else if find(dict, b"/Filter").is_some() {
        None
    } else {
        Some(data.to_vec())
    }
}

/// The whole number after `key` in a dictionary (`/Length 123`), if it is direct.
fn number_after(dict: &[u8], key: &[u8]) -> Option<usize> {
    let at = find(dict, key)? + key.len();
    let text = String::from_utf8_lossy(&dict[at..]);
    let rest = text.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[digits.len()..].trim_start();
    // `/Length 12 0 R` points elsewhere: not what Vejviser writes.
    let mut words = after.split_whitespace();
    let indirect = words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.next().is_some_and(|w| w.starts_with('R'));
    if indirect {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_stream_is_found() {
        let pdf = b"%PDF-1.7\n4 0 obj\n<< /Type /EmbeddedFile /Length 5 >>\nstream\nhello\nendstream\nendobj\n";
        assert_eq!(embedded_files(pdf), vec![b"hello".to_vec()]);
    }

    #[test]
    fn no_attachment_gives_nothing() {
        assert!(embedded_files(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n").is_empty());
    }

    #[test]
    fn a_cut_off_file_gives_nothing_rather_than_panicking() {
        let pdf = b"4 0 obj\n<< /Type /EmbeddedFile /Length 500 >>\nstream\nhel";
        assert!(embedded_files(pdf).is_empty());
    }
}

//! Blocks of text laid out on pages: line wrapping, page breaks that keep a heading with what
//! follows, lists and one table. Pure: positions only, drawing is in `render`.

use super::font::fonts;

/// What a printed page is made of, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    H1(String),
    H2(String),
    H3(String),
    P(String),
    /// Smaller, grey: dates, sources.
    Small(String),
    /// An uncertain or expired figure, marked as in the app.
    Warn(String),
    Bullets(Vec<String>),
    Numbered(Vec<String>),
    /// A list in small grey type, in two columns: sources.
    Fine(Vec<String>),
    /// A list of short entries in two columns: the glossary.
    Columns(Vec<String>),
    Table(Table),
}

/// A table whose first column labels the rows; `marked` rows are shaded (they differ).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<(String, Vec<String>, bool)>,
}

pub const A4: (f32, f32) = (595.28, 841.89);
pub const MARGIN: f32 = 30.0;
const FOOT: f32 = 18.0;

pub type Rgb = (u8, u8, u8);
/// Type size and colour.
type Style = (f32, Rgb);
pub const INK: Rgb = (20, 20, 20);
const GREY: Rgb = (85, 85, 85);
const WARN: Rgb = (150, 60, 0);

/// A line of text in a block; `item` is the list item or table cell it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub block: usize,
    pub item: usize,
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub bold: bool,
    pub colour: Rgb,
    pub text: String,
}

/// Drawing that is not part of the text a screen reader reads: bullets, rules, shading.
#[derive(Debug, Clone, PartialEq)]
pub enum Art {
    Text(Run),
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        colour: Rgb,
    },
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageOut {
    pub runs: Vec<Run>,
    pub art: Vec<Art>,
}

/// Splits `text` into lines no wider than `width`; a word too long for a line (an address)
/// is cut where it must be.
pub fn wrap(text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let face = fonts().face(bold);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if face.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut rest = word.to_string();
            while face.width(&rest, size) > width {
                let mut cut = 0;
                for (i, c) in rest.char_indices() {
                    if face.width(&rest[..i + c.len_utf8()], size) > width {
                        break;
                    }
                    cut = i + c.len_utf8();
                }
                let cut = cut.max(rest.chars().next().map_or(1, char::len_utf8));
                lines.push(rest[..cut].to_string());
                rest = rest[cut..].to_string();
            }
            line = rest;
        }
        lines.push(line);
    }
    lines
}

/// Style of a block kind: size, bold, colour, space before.
fn style(b: &Block) -> (f32, bool, Rgb, f32) {
    match b {
        Block::H1(_) => (16.0, true, INK, 0.0),
        Block::H2(_) => (11.0, true, INK, 6.0),
        Block::H3(_) => (9.2, true, INK, 2.0),
        Block::P(_) => (8.2, false, INK, 2.0),
        Block::Small(_) => (7.2, false, GREY, 1.0),
        Block::Warn(_) => (8.0, false, WARN, 1.0),
        Block::Bullets(_) | Block::Numbered(_) => (8.0, false, INK, 1.5),
        Block::Fine(_) => (6.6, false, GREY, 1.0),
        Block::Columns(_) => (8.0, false, INK, 1.5),
        Block::Table(_) => (8.0, false, INK, 4.0),
    }
}

struct Cursor {
    pages: Vec<PageOut>,
    y: f32,
    top: f32,
    bottom: f32,
}

impl Cursor {
    fn page(&mut self) -> &mut PageOut {
        self.pages.last_mut().expect("a page is always started")
    }

    /// Room for `h` more points, else a new page.
    fn need(&mut self, h: f32) {
        if self.y + h > self.bottom && self.y > self.top + 1.0 {
            self.pages.push(PageOut::default());
            self.y = self.top;
        }
    }
}

/// Lays `blocks` out on pages of `size` (A4 portrait or landscape).
pub fn layout(blocks: &[Block], size: (f32, f32)) -> Vec<PageOut> {
    let width = size.0 - 2.0 * MARGIN;
    let mut c = Cursor {
        pages: vec![PageOut::default()],
        y: MARGIN,
        top: MARGIN,
        bottom: size.1 - MARGIN - FOOT,
    };
    for (bi, b) in blocks.iter().enumerate() {
        let (sz, bold, colour, before) = style(b);
        let lead = sz * 1.13;
        if c.y > c.top + 1.0 {
            c.y += before;
        }
        let run = |item: usize, x: f32, y: f32, text: String, bold: bool| Run {
            block: bi,
            item,
            x,
            y,
            size: sz,
            bold,
            colour,
            text,
        };
        match b {
            Block::H1(t) | Block::H2(t) | Block::H3(t) | Block::P(t) | Block::Small(t) => {
                let lines = wrap(t, sz, bold, width);
                // A heading stays with (about) two lines of what follows it.
                let keep = if matches!(b, Block::H2(_) | Block::H3(_)) {
                    3.0 * 12.0
                } else {
                    0.0
                };
                c.need(lead * lines.len().min(2) as f32 + keep);
                for line in lines {
                    c.need(lead);
                    let r = run(0, MARGIN, c.y + sz, line, bold);
                    c.page().runs.push(r);
                    c.y += lead;
                }
                if matches!(b, Block::H2(_)) {
                    let (x, y) = (MARGIN, c.y + 1.0);
                    c.page().art.push(Art::Rect {
                        x,
                        y,
                        w: width,
                        h: 0.8,
                        colour: GREY,
                    });
                    c.y += 3.0;
                }
            }
            Block::Warn(t) => {
                let lines = wrap(t, sz, bold, width - 8.0);
                // A long note may go on overleaf (not a lone line), its bar on both pages.
                let n = lines.len();
                c.need(lead * if n <= 3 { n } else { 2 } as f32);
                let mut top = c.y;
                for line in lines {
                    let (page, end) = (c.pages.len(), c.y);
                    c.need(lead);
                    if c.pages.len() != page {
                        bar(&mut c.pages[page - 1], top, end, colour);
                        top = c.y;
                    }
                    let r = run(0, MARGIN + 8.0, c.y + sz, line, bold);
                    c.page().runs.push(r);
                    c.y += lead;
                }
                let end = c.y;
                bar(c.page(), top, end, colour);
            }
            Block::Fine(items) => columns(&mut c, items, bi, 2, width, (sz, colour)),
            Block::Columns(items) => columns(&mut c, items, bi, 2, width, (sz, colour)),
            Block::Bullets(items) | Block::Numbered(items) => {
                let indent = if matches!(b, Block::Numbered(_)) {
                    12.0
                } else {
                    8.0
                };
                for (i, item) in items.iter().enumerate() {
                    let lines = wrap(item, sz, bold, width - indent);
                    c.need(lead * lines.len().min(2) as f32);
                    let label = match b {
                        Block::Numbered(_) => format!("{}.", i + 1),
                        _ => "•".to_string(),
                    };
                    let l = run(i, MARGIN, c.y + sz, label, bold);
                    c.page().art.push(Art::Text(l));
                    for line in lines {
                        c.need(lead);
                        let r = run(i, MARGIN + indent, c.y + sz, line, bold);
                        c.page().runs.push(r);
                        c.y += lead;
                    }
                    c.y += 0.2;
                }
            }
            Block::Table(t) => table(&mut c, t, bi, sz, width),
        }
    }
    c.pages
}

/// The bar beside a note, from `top` to `end` on `page`.
fn bar(page: &mut PageOut, top: f32, end: f32, colour: Rgb) {
    page.art.push(Art::Rect {
        x: MARGIN,
        y: top + 1.0,
        w: 2.5,
        h: end - top - 1.0,
        colour,
    });
}

/// A list of short items in `n` columns, filled from the left. Where the rest does not fit
/// on the page, the columns run to its foot and the list goes on overleaf. The items stay
/// in order, so the tags read them as they are seen.
fn columns(c: &mut Cursor, items: &[String], block: usize, n: usize, width: f32, style: Style) {
    const GAP: f32 = 10.0;
    const INDENT: f32 = 7.0;
    let (sz, colour) = style;
    let lead = sz * 1.12;
    let col = (width - GAP * (n - 1) as f32) / n as f32;
    let wrapped: Vec<Vec<String>> = items
        .iter()
        .map(|t| wrap(t, sz, false, col - INDENT))
        .collect();
    let h: Vec<f32> = wrapped
        .iter()
        .map(|w| w.len() as f32 * lead + 0.5)
        .collect();
    let mut next = 0;
    while next < items.len() {
        c.need(h[next]);
        let room = c.bottom - c.y;
        let mut ends = pour(&h, next, n, room);
        if ends.last() == Some(&items.len()) {
            // All the rest fits here: find the shortest columns that hold it.
            let (mut lo, mut hi) = (0.0, room);
            for _ in 0..24 {
                let mid = (lo + hi) / 2.0;
                if pour(&h, next, n, mid).last() == Some(&items.len()) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            ends = pour(&h, next, n, hi);
        }
        let top = c.y;
        let mut tallest: f32 = 0.0;
        let mut start = next;
        for (k, &stop) in ends.iter().enumerate() {
            let x = MARGIN + k as f32 * (col + GAP);
            let mut y = top;
            for i in start..stop {
                let run = |x: f32, y: f32, text: String| Run {
                    block,
                    item: i,
                    x,
                    y,
                    size: sz,
                    bold: false,
                    colour,
                    text,
                };
                c.page().art.push(Art::Text(run(x, y + sz, "•".into())));
                for (k, line) in wrapped[i].iter().enumerate() {
                    let r = run(x + INDENT, y + sz + k as f32 * lead, line.clone());
                    c.page().runs.push(r);
                }
                y += h[i];
            }
            tallest = tallest.max(y - top);
            start = stop;
        }
        c.y = top + tallest;
        next = start;
        if next < items.len() {
            c.pages.push(PageOut::default());
            c.y = c.top;
        }
    }
}

/// Where each of `n` columns of height `room` ends when the items from `from` (heights `h`)
/// are poured in, each column taking at least one while any are left.
fn pour(h: &[f32], from: usize, n: usize, room: f32) -> Vec<usize> {
    let mut ends = Vec::with_capacity(n);
    let mut end = from;
    for _ in 0..n {
        let start = end;
        let mut used = 0.0;
        while end < h.len() && (end == start || used + h[end] <= room) {
            used += h[end];
            end += 1;
        }
        ends.push(end);
    }
    ends
}

/// The table: a header row, then one row per line; every cell wraps in its column.
fn table(c: &mut Cursor, t: &Table, block: usize, sz: f32, width: f32) {
    let cols = t.head.len().max(1);
    let first = (width * 0.2).min(150.0);
    let other = if cols > 1 {
        (width - first) / (cols - 1) as f32
    } else {
        width
    };
    let x_of = |col: usize| {
        MARGIN
            + if col == 0 {
                0.0
            } else {
                first + other * (col - 1) as f32
            }
    };
    let w_of = |col: usize| if col == 0 { first } else { other } - 6.0;
    let lead = sz * 1.25;
    let mut rows: Vec<(Vec<&str>, bool, bool)> =
        vec![(t.head.iter().map(String::as_str).collect(), true, false)];
    for (label, cells, marked) in &t.rows {
        let mut r = vec![label.as_str()];
        r.extend(cells.iter().map(String::as_str));
        rows.push((r, false, *marked));
    }
    let mut item = 0;
    for (cells, head, marked) in rows {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .enumerate()
            .map(|(i, s)| wrap(s, sz, head || i == 0, w_of(i)))
            .collect();
        let n = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let h = n as f32 * lead + 4.0;
        c.need(h);
        if head || marked {
            let colour = if head {
                (225, 230, 240)
            } else {
                (255, 244, 205)
            };
            let y = c.y;
            c.page().art.push(Art::Rect {
                x: MARGIN - 2.0,
                y,
                w: width + 4.0,
                h,
                colour,
            });
        }
        for (i, lines) in wrapped.into_iter().enumerate() {
            for (k, line) in lines.into_iter().enumerate() {
                let r = Run {
                    block,
                    item,
                    x: x_of(i),
                    y: c.y + 2.0 + sz + k as f32 * lead,
                    size: sz,
                    bold: head || i == 0,
                    colour: INK,
                    text: line,
                };
                c.page().runs.push(r);
            }
            item += 1;
        }
        c.y += h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_within_the_width() {
        let text = "Social- og sundhedsassistent med merit for erfaring i ældreplejen ".repeat(5);
        let lines = wrap(&text, 9.0, false, 200.0);
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(fonts().regular.width(l, 9.0) <= 200.0, "{l}");
        }
        assert_eq!(lines.join(" ").split_whitespace().count(), 45);
    }

    #[test]
    fn a_list_in_columns_keeps_its_order_fills_the_left_column_first_and_breaks_pages() {
        let items: Vec<String> = (0..200).map(|i| format!("Kilde nummer {i}")).collect();
        let pages = layout(&[Block::Fine(items.clone())], A4);
        assert!(
            pages.len() >= 2,
            "200 lines in two columns fill more than a page"
        );
        let runs: Vec<&Run> = pages.iter().flat_map(|p| &p.runs).collect();
        // Each item once, in order, so the tags read them in the order they stand.
        let order: Vec<usize> = runs.iter().map(|r| r.item).collect();
        assert_eq!(order, (0..200).collect::<Vec<_>>());
        for page in &pages {
            let xs: Vec<f32> = page.runs.iter().map(|r| r.x).collect();
            let split = xs.iter().position(|x| *x > A4.0 / 2.0).unwrap();
            assert!(
                xs[split..].iter().all(|x| *x > A4.0 / 2.0),
                "left column first"
            );
            for r in &page.runs {
                assert!(r.y > MARGIN && r.y < A4.1 - MARGIN - FOOT, "{r:?}");
            }
        }
        // A short list is balanced: its two columns differ by at most one item.
        let short = layout(&[Block::Fine(items[..7].to_vec())], A4);
        let left = short[0].runs.iter().filter(|r| r.x < A4.0 / 2.0).count();
        assert!((3..=4).contains(&left), "{left} of 7 on the left");
    }

    #[test]
    fn an_address_longer_than_a_line_is_cut() {
        let url = "https://www.example.dk/".to_string() + &"a".repeat(200);
        let lines = wrap(&url, 8.0, false, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), url);
    }

    #[test]
    fn many_paragraphs_go_on_to_a_new_page_and_stay_inside_it() {
        let blocks: Vec<Block> = (0..120).map(|i| Block::P(format!("Linje {i}"))).collect();
        let pages = layout(&blocks, A4);
        assert!(pages.len() >= 2);
        for p in &pages {
            for r in &p.runs {
                assert!(r.y > MARGIN && r.y < A4.1 - MARGIN, "{r:?}");
            }
        }
    }
}

//! A table from every string of one to three letters or digits to the entries whose folded text
//! holds it, with the points of its best place in each. A query word that short is answered
//! from the table alone; a longer one is looked for only in the entries that hold all its
//! three-letter pieces.

use super::{Field, Item, points};

/// Digits and lower-case ASCII letters: what folded text is made of, apart from spaces (never
/// inside a query word) and letters of other scripts (looked for in the text instead).
const SYMBOLS: usize = 36;

/// Where the buckets of one-, two- and three-symbol strings begin.
const FIRST: [usize; 4] = [0, 0, SYMBOLS, SYMBOLS + SYMBOLS * SYMBOLS];
const BUCKETS: usize = FIRST[3] + SYMBOLS * SYMBOLS * SYMBOLS;

fn symbol(b: u8) -> Option<usize> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as usize),
        b'a'..=b'z' => Some((b - b'a') as usize + 10),
        _ => None,
    }
}

/// The bucket of a string of one to three symbols.
fn bucket(gram: &[u8]) -> Option<usize> {
    if gram.is_empty() || gram.len() > 3 {
        return None;
    }
    let mut k = 0;
    for &b in gram {
        k = k * SYMBOLS + symbol(b)?;
    }
    Some(FIRST[gram.len()] + k)
}

/// The entries holding one string, ascending, and the points of its best place in each.
#[derive(Debug, Clone, Copy)]
pub(super) struct Postings<'a> {
    entries: &'a [u32],
    points: &'a [u8],
}

impl Postings<'_> {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Postings of every bucket, one after another (compressed rows).
#[derive(Debug, Clone, Default)]
pub(super) struct Table {
    /// Where each bucket's postings start; one more than the buckets (empty for no entries).
    starts: Vec<u32>,
    entries: Vec<u32>,
    points: Vec<u8>,
}

impl Table {
    pub fn build(items: &[Item]) -> Table {
        let mut scratch = Scratch {
            best: vec![0; BUCKETS],
            touched: Vec::new(),
        };
        // Twice over the text: count each bucket's postings, then put them in place, so no
        // list grows and nothing is sorted.
        let mut starts = vec![0u32; BUCKETS + 1];
        for item in items {
            scratch.read(item);
            for (k, _) in scratch.drain() {
                starts[k + 1] += 1;
            }
        }
        for k in 0..BUCKETS {
            starts[k + 1] += starts[k];
        }
        let total = starts[BUCKETS] as usize;
        let mut next = starts.clone();
        let mut entries = vec![0u32; total];
        let mut points = vec![0u8; total];
        for (i, item) in items.iter().enumerate() {
            scratch.read(item);
            for (k, p) in scratch.drain() {
                let at = next[k] as usize;
                entries[at] = i as u32;
                points[at] = p;
                next[k] += 1;
            }
        }
        Table {
            starts,
            entries,
            points,
        }
    }

    /// The postings of `word` when it is one to three symbols; `None` for other words.
    pub fn postings(&self, word: &str) -> Option<Postings<'_>> {
        let k = bucket(word.as_bytes())?;
        let (from, to) = match self.starts.get(k..k + 2) {
            Some(&[from, to]) => (from as usize, to as usize),
            _ => (0, 0),
        };
        Some(Postings {
            entries: &self.entries[from..to],
            points: &self.points[from..to],
        })
    }

    /// `found` (or all `n` entries when `None`) without the entries that lack one of the
    /// three-symbol pieces of `word`. Words with other bytes are left to the caller to check.
    pub fn narrow(&self, word: &str, found: Option<Vec<(u32, u32)>>, n: usize) -> Vec<(u32, u32)> {
        let pieces: Option<Vec<Postings>> = word
            .as_bytes()
            .windows(3)
            .map(|w| self.postings(std::str::from_utf8(w).ok()?))
            .collect();
        let mut pieces = match pieces {
            Some(p) if !p.is_empty() => p,
            _ => return found.unwrap_or_else(|| (0..n as u32).map(|i| (i, 0)).collect()),
        };
        pieces.sort_by_key(Postings::len);
        let mut found =
            found.unwrap_or_else(|| pieces[0].entries.iter().map(|&i| (i, 0)).collect());
        for piece in &pieces {
            let mut rest = piece.entries;
            found.retain(|&(i, _)| {
                rest = &rest[rest.partition_point(|&e| e < i)..];
                rest.first() == Some(&i)
            });
        }
        found
    }
}

/// The entries of `found` (all of `postings` when `None`) that `postings` holds, with its
/// points added.
pub(super) fn add_points(found: Option<Vec<(u32, u32)>>, postings: Postings) -> Vec<(u32, u32)> {
    let Postings { entries, points } = postings;
    let Some(mut found) = found else {
        let points = points.iter().map(|&p| u32::from(p));
        return entries.iter().copied().zip(points).collect();
    };
    let mut at = 0;
    found.retain_mut(|(i, sum)| {
        at += entries[at..].partition_point(|&e| e < *i);
        let held = entries.get(at) == Some(i);
        if held {
            *sum += u32::from(points[at]);
        }
        held
    });
    found
}

/// The best points of each bucket in one entry, and which buckets it touched.
struct Scratch {
    best: Vec<u8>,
    touched: Vec<usize>,
}

impl Scratch {
    /// Notes every string of one to three symbols in the entry's texts with its best points.
    fn read(&mut self, item: &Item) {
        for (text, field) in item.fields() {
            let bytes = text.as_bytes();
            for at in 0..bytes.len() {
                let p = start_points(field, text, at);
                let mut k = 0;
                for (n, &b) in bytes[at..].iter().take(3).enumerate() {
                    let Some(s) = symbol(b) else { break };
                    k = k * SYMBOLS + s;
                    let key = FIRST[n + 1] + k;
                    let best = &mut self.best[key];
                    if *best == 0 {
                        self.touched.push(key);
                    }
                    *best = (*best).max(p);
                }
            }
        }
    }

    /// The buckets noted since the last drain and their points, leaving the scratch clean.
    fn drain(&mut self) -> impl Iterator<Item = (usize, u8)> + '_ {
        let best = &mut self.best;
        self.touched
            .drain(..)
            .map(|k| (k, std::mem::take(&mut best[k])))
    }
}

/// The points of a match starting at byte `at` (at most 100, so a byte holds them; never 0,
/// which marks a bucket not yet seen).
fn start_points(field: Field, text: &str, at: usize) -> u8 {
    let p = points(field, text, at);
    debug_assert!((1..=u32::from(u8::MAX)).contains(&p));
    p as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_distinct_for_every_length_and_refuse_other_bytes() {
        let mut seen = std::collections::HashSet::new();
        let symbols: Vec<u8> = (b'0'..=b'9').chain(b'a'..=b'z').collect();
        for &a in &symbols {
            assert!(seen.insert(bucket(&[a]).unwrap()));
            for &b in &symbols {
                assert!(seen.insert(bucket(&[a, b]).unwrap()));
                for &c in &symbols {
                    assert!(seen.insert(bucket(&[a, b, c]).unwrap()));
                }
            }
        }
        assert_eq!(seen.len(), BUCKETS);
        assert!(seen.iter().all(|&k| k < BUCKETS));
        for gram in ["", "abcd", "a b", "ω", "A", "æ"] {
            assert_eq!(bucket(gram.as_bytes()), None, "{gram}");
        }
    }
}

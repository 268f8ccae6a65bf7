//! The embedded font (Fira Sans, regular and bold, with æ ø å): loaded once, measured with
//! skrifa, drawn with krilla.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustc_hash::FxHashMap;
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use std::sync::OnceLock;

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/FiraSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/FiraSans-Bold.ttf");

/// One weight: the font for krilla and each character's glyph and advance (per em).
pub struct Face {
    pub font: Font,
    glyphs: FxHashMap<char, (u32, f32)>,
    /// `?` for a character the font lacks, so text never silently disappears.
    missing: (u32, f32),
}

pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

/// The two weights, parsed on first use and shared by every document after.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: Face::load(REGULAR),
        bold: Face::load(BOLD),
    })
}

impl Fonts {
    pub fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        // The fonts are compiled in and tested: failing here is a build mistake.
        let font = Font::new(bytes.into(), 0).expect("the bundled font loads in krilla");
        let sk = skrifa::FontRef::new(bytes).expect("the bundled font parses");
        let upem = f32::from(
            sk.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em
                .max(1),
        );
        let metrics = sk.glyph_metrics(Size::unscaled(), LocationRef::default());
        let mut glyphs = FxHashMap::default();
        for (code, gid) in sk.charmap().mappings() {
            if let Some(c) = char::from_u32(code) {
                let adv = metrics.advance_width(gid).unwrap_or(0.0) / upem;
                glyphs.insert(c, (gid.to_u32(), adv));
            }
        }
        let missing = glyphs.get(&'?').copied().unwrap_or((0, 0.5));
        Face {
            font,
            glyphs,
            missing,
        }
    }

    fn glyph(&self, c: char) -> (u32, f32) {
        self.glyphs.get(&c).copied().unwrap_or(self.missing)
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// One glyph per character (Latin text needs no shaping), each pointing back at its
    /// characters so the PDF's text can be copied and read aloud.
    pub fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .map(|(i, c)| {
                let (gid, adv) = self.glyph(c);
                KrillaGlyph {
                    glyph_id: GlyphId::new(gid),
                    text_range: i..i + c.len_utf8(),
                    x_advance: adv,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_are_in_both_weights() {
        for face in [&fonts().regular, &fonts().bold] {
            for c in "æøåÆØÅé–→·€".chars() {
                assert!(face.glyphs.contains_key(&c), "missing {c}");
            }
        }
    }

    #[test]
    fn width_grows_with_text_and_size() {
        let f = &fonts().regular;
        assert!(f.width("Sygeplejerske", 10.0) > f.width("Syg", 10.0));
        let w = f.width("Sygeplejerske", 10.0);
        assert!((f.width("Sygeplejerske", 20.0) - 2.0 * w).abs() < 0.01);
    }
}

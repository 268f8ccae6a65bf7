//! The window's icon: the signpost of `assets/vejviser.svg`, embedded as raw RGBA so that no
//! image decoder is needed. Made from the committed PNG with
//! `convert assets/vejviser.png -resize 64x64 -depth 8 rgba:assets/vejviser-64.rgba`.

/// Width and height of the embedded icon, in pixels.
pub const SIZE: u32 = 64;

/// The icon's pixels, row by row, 4 bytes (red, green, blue, alpha) each.
pub const RGBA: &[u8] = include_bytes!("../../assets/vejviser-64.rgba");

/// The icon for the window (none if the embedded pixels were the wrong size).
pub fn window_icon() -> Option<iced::window::Icon> {
    iced::window::icon::from_rgba(RGBA.to_vec(), SIZE, SIZE).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(x: u32, y: u32) -> [u8; 4] {
        let at = ((y * SIZE + x) * 4) as usize;
        [RGBA[at], RGBA[at + 1], RGBA[at + 2], RGBA[at + 3]]
    }

    #[test]
    fn the_icon_is_the_signpost_at_its_size() {
        assert_eq!(RGBA.len(), (SIZE * SIZE * 4) as usize);
        assert!(window_icon().is_some());
        // Rounded corners are see-through; the blue field and the yellow sign are solid.
        assert_eq!(pixel(0, 0)[3], 0);
        assert_eq!(pixel(SIZE - 1, SIZE - 1)[3], 0);
        let [r, g, b, a] = pixel(8, SIZE / 2);
        assert!(
            a == 255 && b > 150 && r < 60 && g < 120,
            "{:?}",
            (r, g, b, a)
        );
        let [r, g, b, a] = pixel(20, 17);
        assert!(
            a == 255 && r > 230 && g > 180 && b < 60,
            "{:?}",
            (r, g, b, a)
        );
    }
}

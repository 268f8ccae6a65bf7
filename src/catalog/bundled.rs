//! The catalogue compiled into the program, so it works offline from any folder.

use super::load::SourceFile;

/// Path (as shown in messages) and text of every bundled catalogue file, in load order.
pub const FILES: &[(&str, &str)] = &[
    (
        "pathways/sources.ron",
        include_str!("../../pathways/sources.ron"),
    ),
    (
        "pathways/roles.ron",
        include_str!("../../pathways/roles.ron"),
    ),
    (
        "pathways/programmes/sosu.ron",
        include_str!("../../pathways/programmes/sosu.ron"),
    ),
    (
        "pathways/programmes/higher.ron",
        include_str!("../../pathways/programmes/higher.ron"),
    ),
    (
        "pathways/programmes/modules.ron",
        include_str!("../../pathways/programmes/modules.ron"),
    ),
    (
        "pathways/programmes/supplements.ron",
        include_str!("../../pathways/programmes/supplements.ron"),
    ),
    (
        "pathways/programmes/amu.ron",
        include_str!("../../pathways/programmes/amu.ron"),
    ),
    (
        "pathways/programmes/amu-care.ron",
        include_str!("../../pathways/programmes/amu-care.ron"),
    ),
    (
        "pathways/merit.ron",
        include_str!("../../pathways/merit.ron"),
    ),
    ("pathways/pay.ron", include_str!("../../pathways/pay.ron")),
    (
        "pathways/funding.ron",
        include_str!("../../pathways/funding.ron"),
    ),
];

pub fn files() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|(path, text)| SourceFile::new(*path, text.as_bytes()))
        .collect()
}

//! Vejviser: career pathways for Danish social- og sundhedshjælpere.
//!
//! The core (`catalog`, `engine`, `store`, `search`, `i18n`, `cli`, `clock`) has no GUI dependency;
//! the `gui` feature adds the iced window in `ui`.

pub mod catalog;
pub mod cli;
pub mod clock;
pub mod engine;
pub mod i18n;
pub mod map;
pub mod pdf;
pub mod search;
pub mod store;
pub mod synth;
pub mod usage;

#[cfg(feature = "gui")]
pub mod ui;

//! Semantic checks on a merged catalogue: references, cycles, sources, age of facts.

use super::diag::Diagnostic;
use super::load::Catalog;
use super::units::Date;

/// Every semantic problem in the catalogue, with positions.
pub fn check(_catalog: &Catalog, _today: Date) -> Vec<Diagnostic> {
    Vec::new()
}

/// A ron error code as a message for a catalogue maintainer.
pub fn ron_message(code: &ron::Error) -> String {
    code.to_string()
}

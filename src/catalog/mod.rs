//! The catalogue: its data model, loading from RON with diagnostics, and validation.

pub mod bundled;
pub mod diag;
pub mod files;
pub mod id_spans;
pub mod links;
pub mod load;
pub mod locate;
pub mod model;
pub mod tally;
pub mod units;
pub mod validate;
pub mod watch;

pub use diag::{Diagnostic, Severity};
pub use links::Links;
pub use load::{Catalog, Loaded, SourceFile};
pub use model::*;
pub use units::{Date, Length, Money, Percent, Text, Weeks};

/// A fact is old when the page it rests on was last read this many months ago: one number for
/// `vejviser check`, the detail pages and the funding screen alike.
pub const STALE_MONTHS: i64 = 18;

/// Whether a page last read on `checked` is old on `today`.
pub fn is_old(checked: Date, today: Date) -> bool {
    checked.add_months(STALE_MONTHS) < today
}

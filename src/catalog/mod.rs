//! The catalogue: its data model, loading from RON with diagnostics, and validation.

pub mod bundled;
pub mod diag;
pub mod id_spans;
pub mod links;
pub mod load;
pub mod locate;
pub mod model;
pub mod units;
pub mod validate;

pub use diag::{Diagnostic, Severity};
pub use links::Links;
pub use load::{Catalog, Loaded, SourceFile};
pub use model::*;
pub use units::{Date, Length, Money, Percent, Text, Weeks};

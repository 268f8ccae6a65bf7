//! Making a plan from a route, and its file forms for export, import and printing (the formats
//! themselves live in `store`).

use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::store::Store;
pub use crate::store::plan::{PLAN_VERSION, Plan, PlanStep};
use std::path::Path;

/// Writes a plan to a file the user chose.
pub fn export_plan(plan: &Plan, path: &Path) -> Result<(), String> {
    Store::export_plan(plan, path).map_err(|e| e.to_string())
}

/// Reads a plan file the user chose (RON, or a PDF Vejviser wrote), without keeping it
/// anywhere (guest mode, or before it is saved among the plans).
pub fn import_plan(path: &Path) -> Result<Plan, String> {
    crate::store::read_plan_file(path).map_err(|e| e.to_string())
}

/// The plan as a printable HTML page.
pub fn plan_html(plan: &Plan, catalog: &Catalog, l: Lang) -> String {
    crate::store::print::plan_html(plan, catalog, l)
}

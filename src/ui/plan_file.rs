//! Making a plan from a route, and its file forms for export, import and printing (the formats
//! themselves live in `store`).

use crate::catalog::Catalog;
use crate::i18n::Lang;
pub use crate::store::plan::{PLAN_VERSION, Plan, PlanStep};
use crate::store::{Store, parse_ron};
use std::path::Path;

/// Writes a plan to a file the user chose.
pub fn export_plan(plan: &Plan, path: &Path) -> Result<(), String> {
    Store::export_plan(plan, path).map_err(|e| e.to_string())
}

/// Reads a plan file the user chose, without keeping it anywhere (guest mode, or before it
/// is saved among the plans).
pub fn import_plan(path: &Path) -> Result<Plan, String> {
    let bytes =
        crate::store::read_user_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("{}: the file is not UTF-8 text", path.display()))?;
    let plan: Plan = parse_ron(text.strip_prefix('\u{feff}').unwrap_or(&text))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let id = plan.id.clone();
    Ok(plan.upgrade(&id))
}

/// The plan as a printable HTML page.
pub fn plan_html(plan: &Plan, catalog: &Catalog, l: Lang) -> String {
    crate::store::print::plan_html(plan, catalog, l)
}

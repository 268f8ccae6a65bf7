//! The plan and the comparison as PDF to print and take home: A4, an embedded font, real
//! text, tagged for screen readers, and the plan itself attached so Vejviser can open it again.

pub mod font;
pub mod layout;
mod render;
mod sheet;

use crate::catalog::{Catalog, Date};
use crate::engine::routes::{Query, Route, SortBy, find_routes};
use crate::i18n::{Lang, table};
use crate::store::Plan;
use layout::{Block, Table};
use render::Doc;

/// The name the plan has inside the PDF.
pub const ATTACHMENT: &str = "vejviser-plan.ron";

fn code(l: Lang) -> &'static str {
    match l {
        Lang::Da => "da",
        Lang::En => "en",
    }
}

/// The plan's route worked out again as on `today`, for the profile saved with it: the
/// route with the same id, else the one with the same programmes in the same order.
pub fn route_of(plan: &Plan, catalog: &Catalog, today: Date) -> Option<Route> {
    if plan.steps.is_empty() {
        return None;
    }
    let profile = plan.profile.clone().unwrap_or_default();
    let query = Query {
        from: plan.from.clone(),
        to: plan.to.clone(),
        max_steps: plan.steps.len().clamp(1, 8),
        sort: SortBy::Fastest,
        start: None,
        today,
    };
    let programmes: Vec<&str> = plan.steps.iter().map(|s| s.programme.as_str()).collect();
    let found = find_routes(catalog, &profile, &query);
    let same = |r: &&Route| {
        r.steps
            .iter()
            .map(|s| s.programme.as_str())
            .eq(programmes.iter().copied())
    };
    found
        .iter()
        .find(|r| r.id == plan.route_id)
        .or_else(|| found.iter().find(same))
        .cloned()
}

/// The plan as PDF, its route worked out again for `today`; `name` (the first name is
/// used) says whom it is for.
pub fn plan(
    plan: &Plan,
    catalog: &Catalog,
    l: Lang,
    today: Date,
    name: Option<&str>,
) -> Result<Vec<u8>, String> {
    let route = route_of(plan, catalog, today);
    plan_with_route(plan, route.as_ref(), catalog, l, today, name)
}

/// As [`plan`], with the route already worked out (`None`: show the steps as saved).
pub fn plan_with_route(
    plan: &Plan,
    route: Option<&Route>,
    catalog: &Catalog,
    l: Lang,
    today: Date,
    name: Option<&str>,
) -> Result<Vec<u8>, String> {
    let blocks = sheet::plan_blocks(plan, route, catalog, l, today, name);
    let title = match blocks.first() {
        Some(Block::H1(t)) => t.clone(),
        _ => l.pdf_plan_file().to_string(),
    };
    let ron = crate::store::try_to_ron(plan)?;
    render::render(&Doc {
        title,
        lang: code(l),
        landscape: false,
        blocks,
        footer: format!("Vejviser · {}", l.pdf_plan_file()),
        attachment: Some((
            ATTACHMENT.to_string(),
            l.pdf_attachment().to_string(),
            ron.into_bytes(),
        )),
        page_of: l.pdf_page_of(),
    })
}

/// Two to four routes side by side on one landscape page.
pub fn compare(
    catalog: &Catalog,
    routes: &[Route],
    l: Lang,
    today: Date,
) -> Result<Vec<u8>, String> {
    let c = table::compare(catalog, routes, l);
    let mut head = vec![String::new()];
    head.extend(
        c.titles
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}. {t}", i + 1)),
    );
    let rows = c
        .rows
        .into_iter()
        .map(|r| (r.label, r.cells, r.differs))
        .collect();
    let blocks = vec![
        Block::H1(l.pdf_compare_title().to_string()),
        Block::Small(format!(
            "{} · {}",
            l.pdf_printed().replace("{}", &crate::i18n::date(l, today)),
            l.pdf_compare_legend()
        )),
        Block::Table(Table { head, rows }),
        Block::Small(format!("{} {}", l.print_caveat(), l.print_printed_from())),
    ];
    render::render(&Doc {
        title: l.pdf_compare_title().to_string(),
        lang: code(l),
        landscape: true,
        blocks,
        footer: format!("Vejviser · {}", l.pdf_compare_file()),
        attachment: None,
        page_of: l.pdf_page_of(),
    })
}

/// The plan attached to a PDF that Vejviser wrote.
pub fn read_plan(pdf: &[u8]) -> Result<Plan, String> {
    crate::store::attached::plan(pdf)
}

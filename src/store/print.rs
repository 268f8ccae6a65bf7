//! A saved plan as a page to print and take home: plain text, or a self-contained HTML page.

use super::plan::Plan;
use crate::catalog::{Catalog, Source, TrackCode};
use crate::i18n::{self, Lang};

/// The content of a printed plan, in the order it is shown: text, HTML and PDF share it.
pub struct Page<'a> {
    pub title: String,
    pub dates: String,
    pub from: Option<String>,
    pub to: String,
    /// Step name and the track taken, if it is worth naming.
    pub steps: Vec<(String, Option<String>)>,
    pub summary: &'a [String],
    pub notes: &'a str,
    pub sources: Vec<String>,
}

/// What every printed form of the plan shows, gathered once.
pub fn page<'a>(plan: &'a Plan, catalog: &Catalog, lang: Lang) -> Page<'a> {
    let title = if plan.title.trim().is_empty() {
        lang.print_untitled().to_string()
    } else {
        plan.title.clone()
    };
    let dates = format!(
        "{} {} · {} {}",
        lang.print_updated(),
        i18n::date(lang, plan.updated),
        lang.print_created().to_lowercase(),
        i18n::date(lang, plan.created)
    );
    let role_name = |id: &str| match catalog.role(id) {
        Some(r) => lang.pick(&r.name).to_string(),
        None => id.to_string(),
    };
    let steps = plan
        .steps
        .iter()
        .map(|s| {
            // The catalogue's name speaks the reader's language; the saved title is the
            // fallback for a programme the catalogue no longer has.
            let name = match catalog.programme(&s.programme) {
                Some(p) => lang.pick(&p.name).to_string(),
                None if s.title.is_empty() => {
                    format!("{} ({})", s.programme, lang.print_not_in_catalogue())
                }
                None => s.title.clone(),
            };
            (
                name,
                s.track
                    .filter(|t| *t != TrackCode::Standard)
                    .map(crate::i18n::table::track),
            )
        })
        .collect();
    Page {
        title,
        dates,
        from: plan.from.as_deref().map(role_name),
        to: role_name(&plan.to),
        steps,
        summary: &plan.summary,
        notes: plan.notes.trim(),
        sources: sources(plan, catalog, lang),
    }
}

/// The sources behind the goal role and every step, each once, with the date it was checked.
fn sources(plan: &Plan, catalog: &Catalog, lang: Lang) -> Vec<String> {
    plan_sources(plan, catalog)
        .into_iter()
        .map(|s| source_line(lang, s))
        .collect()
}

/// The sources behind the goal role and every step, each once, in order.
pub fn plan_sources<'c>(plan: &Plan, catalog: &'c Catalog) -> Vec<&'c Source> {
    let mut ids: Vec<&str> = Vec::new();
    let role_sources = catalog.role(&plan.to).map(|r| r.sources.as_slice());
    let step_sources = plan
        .steps
        .iter()
        .filter_map(|s| catalog.programme(&s.programme))
        .flat_map(|p| p.sources.iter());
    for id in role_sources.unwrap_or_default().iter().chain(step_sources) {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    ids.into_iter()
        .filter_map(|id| catalog.source(id))
        .collect()
}

/// "Publisher: Title (checked 1. okt. 2025) https://…"
pub fn source_line(lang: Lang, s: &Source) -> String {
    format!(
        "{}: {} ({} {}) {}",
        s.publisher,
        s.title,
        lang.print_checked(),
        i18n::date(lang, s.checked),
        s.url
    )
}

/// The plan as plain text, for printing or pasting into an e-mail.
pub fn plan_text(plan: &Plan, catalog: &Catalog, lang: Lang) -> String {
    let p = page(plan, catalog, lang);
    let mut out = String::new();
    out.push_str(&p.title);
    out.push('\n');
    out.push_str(&"=".repeat(p.title.chars().count()));
    out.push_str("\n\n");
    out.push_str(&p.dates);
    out.push('\n');
    if let Some(from) = &p.from {
        out.push_str(&format!("{}: {from}\n", lang.print_from()));
    }
    out.push_str(&format!("{}: {}\n", lang.print_to(), p.to));

    out.push_str(&format!("\n{}\n", lang.print_route()));
    if p.steps.is_empty() {
        out.push_str(&format!("  {}\n", lang.print_no_steps()));
    }
    for (i, (name, track)) in p.steps.iter().enumerate() {
        match track {
            Some(t) => out.push_str(&format!("  {}. {name} ({t})\n", i + 1)),
            None => out.push_str(&format!("  {}. {name}\n", i + 1)),
        }
    }
    if !p.summary.is_empty() {
        out.push_str(&format!("\n{}\n", lang.print_summary()));
        for line in p.summary {
            out.push_str(&format!("  - {line}\n"));
        }
    }
    if !p.notes.is_empty() {
        out.push_str(&format!("\n{}\n", lang.print_notes()));
        for line in p.notes.lines() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    if !p.sources.is_empty() {
        out.push_str(&format!("\n{}\n", lang.print_sources()));
        for line in &p.sources {
            out.push_str(&format!("  - {line}\n"));
        }
    }
    out.push_str(&format!(
        "\n{}\n{}\n",
        lang.print_caveat(),
        lang.print_printed_from()
    ));
    out
}

/// Escapes text for HTML element content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
body { font-family: 'Fira Sans', 'Segoe UI', Arial, sans-serif; font-size: 20px; line-height: 1.5;
       color: #111; background: #fff; max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; margin-top: 1.4em; border-bottom: 2px solid #333; }
.dates, .caveat, footer { color: #333; }
ol.steps li { margin: 0.4em 0; font-size: 1.1em; }
.track { font-weight: normal; color: #333; }
.notes { white-space: pre-wrap; }
.sources { font-size: 0.85em; overflow-wrap: anywhere; }
@media print {
  @page { margin: 18mm; }
  body { font-size: 13pt; margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  li { break-inside: avoid; }
}
";

/// The plan as a self-contained HTML page with large type and print styles.
pub fn plan_html(plan: &Plan, catalog: &Catalog, lang: Lang) -> String {
    let p = page(plan, catalog, lang);
    let code = match lang {
        Lang::Da => "da",
        Lang::En => "en",
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<h1>{}</h1>\n\
         <p class=\"dates\">{}</p>\n<p>",
        esc(&p.title),
        esc(&p.title),
        esc(&p.dates)
    );
    if let Some(from) = &p.from {
        out.push_str(&format!(
            "<strong>{}:</strong> {}<br>\n",
            esc(lang.print_from()),
            esc(from)
        ));
    }
    out.push_str(&format!(
        "<strong>{}:</strong> {}</p>\n",
        esc(lang.print_to()),
        esc(&p.to)
    ));

    out.push_str(&format!("<h2>{}</h2>\n", esc(lang.print_route())));
    if p.steps.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", esc(lang.print_no_steps())));
    } else {
        out.push_str("<ol class=\"steps\">\n");
        for (name, track) in &p.steps {
            match track {
                Some(t) => out.push_str(&format!(
                    "<li><strong>{}</strong> <span class=\"track\">({})</span></li>\n",
                    esc(name),
                    esc(t)
                )),
                None => out.push_str(&format!("<li><strong>{}</strong></li>\n", esc(name))),
            }
        }
        out.push_str("</ol>\n");
    }
    if !p.summary.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", esc(lang.print_summary())));
        for line in p.summary {
            out.push_str(&format!("<li>{}</li>\n", esc(line)));
        }
        out.push_str("</ul>\n");
    }
    if !p.notes.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n<p class=\"notes\">{}</p>\n",
            esc(lang.print_notes()),
            esc(p.notes)
        ));
    }
    if !p.sources.is_empty() {
        out.push_str(&format!(
            "<h2>{}</h2>\n<ul class=\"sources\">\n",
            esc(lang.print_sources())
        ));
        for line in &p.sources {
            out.push_str(&format!("<li>{}</li>\n", esc(line)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!(
        "<p class=\"caveat\">{}</p>\n<footer>{}</footer>\n</body>\n</html>\n",
        esc(lang.print_caveat()),
        esc(lang.print_printed_from())
    ));
    out
}

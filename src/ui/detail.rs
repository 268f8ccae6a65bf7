//! The detail view of one catalogue item: what it is, length, requirements, what it leads to,
//! who offers it, funding, and sources with their dates; uncertain facts stand out.

use super::explore::Message;
use super::{Ctx, Goto, style, widgets};
use crate::catalog::{
    Catalog, Confidence, Date, EduLevel, FundingSource, Id, Programme, Requirement, Role, State,
    Structure, Text, TrackCode,
};
use crate::i18n::{self, Lang};
use crate::ui::focus::Press;
use iced::widget::{Column, button, column, row, text};
use iced::{Element, Fill};

/// The detail page of an id (role, programme or funding source).
pub fn view<'a>(ctx: Ctx<'a>, id: &'a Id, course: Option<&'a [String]>) -> Element<'a, Message> {
    let l = ctx.lang;
    let c = ctx.catalog;
    let back = button(text(l.back()))
        .style(style::secondary)
        .press(Message::CloseDetail);
    let page = if let Some(r) = c.role(id) {
        role(ctx, r)
    } else if let Some(p) = c.programme(id) {
        let col = programme(ctx, p);
        match course {
            Some(lines) => col.push(for_you(l, lines)),
            None => col,
        }
    } else if let Some(f) = c.funding_source(id) {
        funding(ctx, f)
    } else {
        column![widgets::body(l.detail_not_found())]
    };
    let pack = c.pack_file(id).map(|file| {
        widgets::hint(format!(
            "{} {}",
            PACK_MARK,
            l.pack_entry().replace("{}", file)
        ))
    });
    column![back]
        .push(pack)
        .push(page.spacing(style::GAP))
        .spacing(style::GAP)
        .max_width(1000)
        .into()
}

/// Marks an entry that comes from a local pack (a shape, not only a word or a colour).
pub const PACK_MARK: &str = "◆";

/// What the course costs this person and who pays, as `vejviser course` prints it.
fn for_you<'a>(l: Lang, lines: &'a [String]) -> Element<'a, Message> {
    let list = lines.iter().skip(1).fold(column![].spacing(4), |c, line| {
        c.push(widgets::body(line.as_str()))
    });
    widgets::section(l.detail_for_you(), list)
}

fn head<'a>(
    l: Lang,
    name: &'a Text,
    description: &'a Text,
    uncertain: Option<&'a Text>,
) -> Column<'a, Message> {
    let mut col = column![widgets::h1(l.pick(name))].spacing(style::GAP);
    if let Some(u) = uncertain {
        col = col.push(widgets::uncertain(l.detail_uncertain(), l.pick(u)));
    }
    col.push(widgets::section(
        l.detail_what(),
        column![widgets::body(l.pick(description))],
    ))
}

fn role<'a>(ctx: Ctx<'a>, r: &'a Role) -> Column<'a, Message> {
    let l = ctx.lang;
    let c = ctx.catalog;
    let mut col = head(l, &r.name, &r.description, r.uncertain.as_ref());
    if r.authorised {
        col = col.push(widgets::hint(l.detail_authorised()));
    }
    col = col.push(
        button(text(l.detail_find_routes()).size(style::H3))
            .padding([10, 16])
            .press(Message::Go(Goto::ShowRoutes {
                from: ctx.profile.role.clone(),
                to: Some(r.id.clone()),
            })),
    );
    if !r.workplaces.is_empty() {
        let list = r.workplaces.iter().fold(column![], |c, w| {
            c.push(widgets::body(format!("• {}", l.pick(w))))
        });
        col = col.push(widgets::section(l.detail_workplaces(), list));
    }
    if !r.salary.is_empty() {
        let mut list = column![];
        for s in &r.salary {
            let mut line = String::new();
            if let Some(m) = s.monthly {
                line.push_str(&format!("{} {} ", i18n::money(l, m), l.detail_per_month()));
            }
            if let Some((a, b)) = s.loentrin {
                line.push_str(&format!("({} {a}–{b}) ", l.detail_loentrin()));
            }
            line.push_str(&format!("· {} · {}", s.agreement, i18n::date(l, s.as_of)));
            if let Some(sec) = s.sector {
                line.push_str(&format!(" · {}", l.sector(sec)));
            }
            list = list.push(widgets::body(line));
            if let Some(n) = &s.note {
                list = list.push(widgets::hint(l.pick(n)));
            }
            if let Some(u) = &s.uncertain {
                list = list.push(widgets::uncertain(l.detail_uncertain(), l.pick(u)));
            }
        }
        col = col.push(widgets::section(l.detail_salary(), list));
    }
    let from: Vec<&Programme> = c
        .programmes
        .iter()
        .filter(|p| p.leads_to.contains(&r.id))
        .collect();
    if !from.is_empty() {
        let list = from
            .into_iter()
            .fold(column![], |col, p| col.push(link(l.pick(&p.name), &p.id)));
        col = col.push(widgets::section(l.detail_led_from(), list));
    }
    col.push(sources(ctx, &r.sources))
}

fn programme<'a>(ctx: Ctx<'a>, p: &'a Programme) -> Column<'a, Message> {
    let l = ctx.lang;
    let c = ctx.catalog;
    let mut col = head(l, &p.name, &p.description, p.uncertain.as_ref());
    let mut facts = vec![level_name(l, p.level).to_string()];
    if let Some(e) = p.ects {
        facts.push(format!("{e} ECTS"));
    }
    if let Some(n) = &p.amu_number {
        facts.push(format!("AMU {n}"));
    }
    col = col.push(widgets::hint(facts.join(" · ")));
    col = col.push(
        button(text(l.detail_compare()).size(style::H3))
            .padding([10, 16])
            .press(Message::Go(Goto::CompareProgramme(p.id.clone()))),
    );

    let mut length = structure_lines(l, &p.structure);
    if let Some(fee) = &p.fee {
        let mut line = format!("{}: {}", l.detail_fee(), i18n::money(l, fee.amount));
        if let Some(n) = &fee.note {
            line.push_str(&format!(" ({})", l.pick(n)));
        }
        length = length.push(widgets::body(line));
    }
    if !p.tracks.is_empty() {
        length = length.push(text(l.detail_tracks()).font(widgets::BOLD));
        for t in &p.tracks {
            let s = t.structure.unwrap_or(p.structure);
            let total = s
                .calendar
                .map(|c| c.weeks())
                .unwrap_or(s.school.weeks() + s.placement.weeks());
            length = length.push(
                text(format!(
                    "{}: {}",
                    track_name(t.code),
                    i18n::length(l, total)
                ))
                .size(style::BODY)
                .font(widgets::BOLD),
            );
            if let Some(e) = &t.eligibility {
                length = length.push(requirement(ctx, e));
            }
            if let Some(n) = &t.note {
                length = length.push(widgets::hint(l.pick(n)));
            }
            if let Some(u) = &t.uncertain {
                length = length.push(widgets::uncertain(l.detail_uncertain(), l.pick(u)));
            }
        }
    }
    col = col.push(widgets::section(l.detail_length(), length));

    let req = match &p.admission {
        Some(r) => column![requirement(ctx, r)],
        None => column![widgets::body(l.detail_open())],
    };
    col = col.push(widgets::section(l.detail_requirements(), req));

    if !p.leads_to.is_empty() {
        let list = p.leads_to.iter().fold(column![], |col, id| {
            let name = c.role(id).map(|r| l.pick(&r.name)).unwrap_or(id);
            col.push(link(name, id))
        });
        col = col.push(widgets::section(l.detail_leads_to(), list));
    }
    if !p.pay.is_empty() {
        let list = p.pay.iter().fold(column![], |col, id| {
            let name = c.pay_scheme(id).map(|s| l.pick(&s.name)).unwrap_or(id);
            col.push(widgets::body(format!("• {name}")))
        });
        col = col.push(widgets::section(l.detail_pay(), list));
    }
    if !p.offerings.is_empty() {
        let mut list = column![].spacing(8);
        for o in &p.offerings {
            let mut line = o.provider.clone();
            if !o.place.is_empty() {
                line.push_str(&format!(", {}", o.place));
            }
            if let Some(f) = &o.format {
                line.push_str(&format!(" · {}", l.pick(f)));
            }
            let mut block = column![widgets::body(line)];
            if !o.intakes.is_empty() {
                let months: Vec<String> = o
                    .intakes
                    .iter()
                    .map(|m| {
                        i18n::date(l, Date::new(2000, *m, 1))
                            .split(' ')
                            .nth(1)
                            .unwrap_or("")
                            .to_string()
                    })
                    .collect();
                block = block.push(widgets::hint(format!(
                    "{}: {}",
                    l.detail_intakes(),
                    months.join(", ")
                )));
            }
            if let Some(u) = &o.uncertain {
                block = block.push(widgets::uncertain(l.detail_uncertain(), l.pick(u)));
            }
            list = list.push(block);
        }
        col = col.push(widgets::section(l.detail_offered(), list));
    }
    let funds = funding_for(c, p);
    if !funds.is_empty() {
        let list = funds
            .into_iter()
            .fold(column![], |col, f| col.push(link(l.pick(&f.name), &f.id)));
        col = col.push(widgets::section(l.detail_funding(), list));
    }
    col.push(sources(ctx, &p.sources))
}

fn funding<'a>(ctx: Ctx<'a>, f: &'a FundingSource) -> Column<'a, Message> {
    let l = ctx.lang;
    let mut col = head(l, &f.name, &f.description, f.uncertain.as_ref());
    let status = match f.status.state {
        State::Open => l.detail_status_open(),
        State::Closed => l.detail_status_closed(),
        State::Unknown => l.detail_status_unknown(),
    };
    let mut st = column![widgets::body(format!(
        "{status} ({} {})",
        l.detail_checked(),
        i18n::date(l, f.status.checked)
    ))];
    if let Some(n) = &f.status.note {
        st = st.push(widgets::hint(l.pick(n)));
    }
    if crate::catalog::is_old(f.status.checked, ctx.today) {
        st = st.push(widgets::uncertain(
            l.detail_uncertain(),
            l.detail_old_source(),
        ));
    }
    st = st.push(widgets::hint(format!(
        "{}: {} · {}",
        l.detail_administrator(),
        f.administrator,
        f.legal_basis
    )));
    col = col.push(st);
    let covers: Vec<&str> = f.covers.iter().map(|c| l.cost(*c)).collect();
    col = col.push(widgets::section(
        l.detail_covers(),
        column![widgets::body(covers.join(", "))],
    ));
    col = col.push(widgets::section(
        l.detail_requirements(),
        column![requirement(ctx, &f.eligibility)],
    ));
    if !f.how_to_apply.is_empty() {
        let list = f
            .how_to_apply
            .iter()
            .enumerate()
            .fold(column![], |c, (i, s)| {
                c.push(widgets::body(format!("{}. {}", i + 1, l.pick(s))))
            });
        col = col.push(widgets::section(l.detail_how_apply(), list));
    }
    col.push(sources(ctx, &f.sources))
}

/// Funding sources that can pay for a programme: by kind or by naming it.
pub fn funding_for<'a>(c: &'a Catalog, p: &Programme) -> Vec<&'a FundingSource> {
    c.funding
        .iter()
        .filter(|f| {
            f.programmes.contains(&p.id)
                || f.kinds.contains(&p.kind)
                || (f.kinds.is_empty() && f.programmes.is_empty())
        })
        .collect()
}

fn structure_lines<'a>(l: Lang, s: &Structure) -> Column<'a, Message> {
    let mut col = column![widgets::body(format!(
        "{}: {}",
        l.detail_school(),
        i18n::length(l, s.school.weeks())
    ))];
    if s.placement.weeks().tenths() > 0 {
        col = col.push(widgets::body(format!(
            "{}: {}",
            l.detail_placement(),
            i18n::length(l, s.placement.weeks())
        )));
    }
    if let Some(c) = s.calendar {
        col = col.push(widgets::body(format!(
            "{}: {}",
            l.detail_calendar(),
            i18n::length(l, c.weeks())
        )));
    }
    col
}

/// A requirement tree as indented lines.
fn requirement<'a>(ctx: Ctx<'a>, r: &Requirement) -> Element<'a, Message> {
    requirement_lines(ctx.catalog, ctx.lang, r)
        .into_iter()
        .fold(column![].spacing(2), |col, (depth, line)| {
            col.push(row![
                iced::widget::Space::new().width(depth as f32 * 24.0),
                widgets::body(line)
            ])
        })
        .into()
}

/// A requirement tree as `(depth, line)` pairs in reading order.
pub fn requirement_lines(c: &Catalog, l: Lang, r: &Requirement) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    walk(c, l, r, 0, &mut out);
    out
}

fn walk(c: &Catalog, l: Lang, r: &Requirement, depth: usize, out: &mut Vec<(usize, String)>) {
    let name = |id: &str| -> String {
        c.role(id)
            .map(|x| l.pick(&x.name).to_string())
            .or_else(|| c.programme(id).map(|x| l.pick(&x.name).to_string()))
            .unwrap_or_else(|| id.to_string())
    };
    let closed = |line: String, close: &[Id]| -> String {
        if close.is_empty() {
            line
        } else {
            let names: Vec<String> = close.iter().map(|i| name(i)).collect();
            format!(
                "{line} ({})",
                l.req_closed_by().replace("{}", &names.join(", "))
            )
        }
    };
    let group = |head: String, items: &[Requirement], out: &mut Vec<(usize, String)>| {
        out.push((depth, head));
        for i in items {
            walk(c, l, i, depth + 1, out);
        }
    };
    match r {
        Requirement::All(items) if items.len() == 1 => walk(c, l, &items[0], depth, out),
        Requirement::All(items) => group(l.req_all().into(), items, out),
        Requirement::Any(items) => group(l.req_any().into(), items, out),
        Requirement::AtLeast(n, items) => {
            group(l.req_at_least().replace("{}", &n.to_string()), items, out)
        }
        Requirement::Holds {
            id,
            after,
            before,
            close,
        } => {
            let mut line = l.req_holds().replace("{}", &name(id));
            if let Some(d) = after {
                line.push_str(&format!(
                    " {}",
                    l.req_after().replace("{}", &i18n::date(l, *d))
                ));
            }
            if let Some(d) = before {
                line.push_str(&format!(
                    " {}",
                    l.req_before().replace("{}", &i18n::date(l, *d))
                ));
            }
            out.push((depth, closed(line, close)));
        }
        Requirement::Subject {
            subject,
            level,
            close,
        } => {
            let line = l
                .req_subject()
                .replace("{s}", l.subject(*subject))
                .replace("{l}", l.level(*level));
            out.push((depth, closed(line, close)));
        }
        Requirement::Certificate { certificate, close } => {
            let line = l
                .req_certificate()
                .replace("{}", l.certificate(*certificate));
            out.push((depth, closed(line, close)));
        }
        Requirement::Age {
            min,
            max,
            at_signing,
        } => {
            let when = if *at_signing {
                format!(" {}", l.req_age_at_signing())
            } else {
                String::new()
            };
            if let Some(m) = min {
                let line = l.req_age_min().replace("{}", &m.to_string());
                out.push((depth, line + &when));
            }
            if let Some(m) = max {
                let line = l.req_age_max().replace("{}", &m.to_string());
                out.push((depth, line + &when));
            }
        }
        Requirement::Experience {
            areas,
            months,
            within_years,
            day_share,
            close,
        } => {
            let mut line = l.req_experience().replace("{}", &months.to_string());
            if !areas.is_empty() {
                let names: Vec<&str> = areas.iter().map(|a| l.area(*a)).collect();
                line.push_str(&format!(
                    " {} {}",
                    l.req_in_areas(),
                    names.join(", ").to_lowercase()
                ));
            }
            if let Some(y) = within_years {
                line.push_str(&format!(
                    " {}",
                    l.req_within().replace("{}", &y.to_string())
                ));
            }
            if let Some(p) = day_share {
                line.push_str(&format!(
                    ", {}",
                    l.req_day_share().replace("{}", &p.0.to_string())
                ));
            }
            out.push((depth, closed(line, close)));
        }
        Requirement::Employment {
            sectors,
            unions,
            min_seniority_years,
            min_weeks_with_employer,
            not_under_notice,
            under_notice,
            not_elev,
        } => {
            let mut parts = vec![l.req_employed().to_string()];
            if !sectors.is_empty() {
                let names: Vec<&str> = sectors.iter().map(|s| l.sector(*s)).collect();
                parts.push(format!(
                    "{} {}",
                    l.req_in_sector(),
                    names.join("/").to_lowercase()
                ));
            }
            if !unions.is_empty() {
                let names: Vec<&str> = unions.iter().map(|u| l.union(*u)).collect();
                parts.push(format!("{} {}", l.req_union(), names.join("/")));
            }
            let mut extra = Vec::new();
            if let Some(y) = min_seniority_years {
                extra.push(l.req_seniority().replace("{}", &y.to_string()));
            }
            if let Some(w) = min_weeks_with_employer {
                extra.push(l.req_weeks_employer().replace("{}", &w.to_string()));
            }
            if *not_under_notice {
                extra.push(l.req_not_notice().into());
            }
            if *under_notice {
                extra.push(l.req_notice().into());
            }
            if *not_elev {
                extra.push(l.req_not_elev().into());
            }
            let mut line = parts.join(" ");
            if !extra.is_empty() {
                line.push_str(&format!(", {}", extra.join(", ")));
            }
            out.push((depth, line));
        }
        Requirement::Education {
            min,
            max,
            outdated_ok,
        } => {
            if let Some(m) = min {
                out.push((depth, l.req_edu_min().replace("{}", level_name(l, *m))));
            }
            if let Some(m) = max {
                let mut line = l.req_edu_max().replace("{}", level_name(l, *m));
                if *outdated_ok {
                    line.push_str(&format!(" {}", l.req_outdated_ok()));
                }
                out.push((depth, line));
            }
        }
        Requirement::OnDagpenge => out.push((depth, l.req_dagpenge().into())),
        Requirement::TrainingContract => out.push((depth, l.req_contract().into())),
        Requirement::NoDropout { programme } => {
            out.push((depth, l.req_no_dropout().replace("{}", &name(programme))))
        }
        Requirement::Note { text, close } => out.push((depth, closed(l.pick(text).into(), close))),
    }
}

/// True when a source should be shown as uncertain: unconfirmed, or checked too long ago.
pub fn source_is_shaky(c: &Catalog, id: &str, today: Date) -> bool {
    match c.source(id) {
        Some(s) => {
            s.confidence == Confidence::Unconfirmed || crate::catalog::is_old(s.checked, today)
        }
        None => true,
    }
}

fn sources<'a>(ctx: Ctx<'a>, ids: &'a [Id]) -> Element<'a, Message> {
    let l = ctx.lang;
    let mut list = column![].spacing(8);
    for id in ids {
        let Some(s) = ctx.catalog.source(id) else {
            list = list.push(widgets::body(id.as_str()));
            continue;
        };
        let mut block = column![
            text(format!("{} — {}", s.title, s.publisher)).font(widgets::BOLD),
            widgets::hint(s.url.as_str()),
            widgets::hint(format!(
                "{} · {} {}",
                l.confidence(s.confidence),
                l.detail_checked(),
                i18n::date(l, s.checked)
            )),
        ];
        if s.confidence == Confidence::Unconfirmed {
            block = block.push(widgets::uncertain(
                l.detail_uncertain(),
                l.detail_unconfirmed(),
            ));
        } else if crate::catalog::is_old(s.checked, ctx.today) {
            block = block.push(widgets::uncertain(
                l.detail_uncertain(),
                l.detail_old_source(),
            ));
        }
        list = list.push(block);
    }
    widgets::section(l.detail_sources(), list)
}

/// A pressable name that opens another item's detail.
fn link<'a>(name: &'a str, id: &'a Id) -> Element<'a, Message> {
    button(text(name).size(style::BODY))
        .style(button::text)
        .padding([2, 0])
        .width(Fill)
        .press(Message::Open(id.clone()))
        .into()
}

fn track_name(code: TrackCode) -> &'static str {
    match code {
        TrackCode::Eud => "EUD",
        TrackCode::Euv1 => "EUV1",
        TrackCode::Euv2 => "EUV2",
        TrackCode::Euv3 => "EUV3",
        TrackCode::Kvote1 => "Kvote 1",
        TrackCode::Kvote2 => "Kvote 2",
        TrackCode::Merit => "Merit",
        TrackCode::Standard => "Standard",
    }
}

/// The name of an education level.
pub fn level_name(l: Lang, level: EduLevel) -> &'static str {
    match level {
        EduLevel::Grundskole => l.level_grundskole(),
        EduLevel::Gymnasial => l.level_gymnasial(),
        EduLevel::Eud => l.level_eud(),
        EduLevel::Kvu => l.level_kvu(),
        EduLevel::Akademi => l.level_akademi(),
        EduLevel::Professionsbachelor => l.level_pb(),
        EduLevel::Diplom => l.level_diplom(),
        EduLevel::Kandidat => l.level_kandidat(),
    }
}

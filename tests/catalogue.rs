//! The bundled catalogue: it loads cleanly, has every required id, every file is bundled, every
//! reference resolves to the right kind of entry, and guesses are marked as guesses.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use vejviser::catalog::load::{self, Entry};
use vejviser::catalog::{
    Benefit, Catalog, Confidence, ProgrammeKind, Requirement, TrackCode, bundled,
};

/// The date these tests run as (the catalogue's old-source warnings and route dates depend on it).
const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

fn catalogue() -> Catalog {
    let loaded = load::bundled(TODAY);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "bundled catalogue has errors:\n{}",
        errors.join("\n")
    );
    loaded.catalog
}

#[test]
fn bundled_catalogue_loads_with_zero_errors() {
    let loaded = load::bundled(TODAY);
    let shown: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(loaded.errors(), 0, "diagnostics:\n{}", shown.join("\n"));
    let c = &loaded.catalog;
    assert!(c.roles.len() >= 12 && c.programmes.len() >= 30 && c.funding.len() >= 10);
}

#[test]
fn every_required_id_exists_with_the_right_kind() {
    let c = catalogue();
    let roles = [
        "sosu-hjaelper",
        "sosu-assistent",
        "paedagogisk-assistent",
        "sygeplejerske",
        "ergoterapeut",
        "fysioterapeut",
        "sundhedsadministrativ-koordinator",
        "paedagog",
        "demenskoordinator",
        "praktikvejleder",
        "teamleder",
        "ufaglaert",
    ];
    let programmes = [
        "gf2-sosu",
        "gf-plus",
        "ssh-hovedforloeb",
        "ssa-hovedforloeb",
        "gf2-pau",
        "pau-hovedforloeb",
        "sygeplejerske-pb",
        "ergoterapeut-pb",
        "fysioterapeut-pb",
        "paedagog-pb",
        "sundhedsadministrativ-koordinator-ea",
        "akademi-sundhedspraksis",
        "diplom-borgernaer-sundhed",
        "diplom-ledelse",
        "akademi-ledelse",
        "supplement-dansk-c",
        "supplement-engelsk-d",
        "supplement-engelsk-c",
        "supplement-naturfag-c",
        "euv-pakke-grundfag",
        "supplement-certifikater",
        "amu-46873",
        "amu-pakke-ssh-ssa",
        "amu-pakke-rehabilitering",
        "amu-pakke-fleksibel-ssh",
    ];
    let pay = [
        "loen-elev-ssh",
        "loen-elev-ssa",
        "loen-elev-pau",
        "loen-voksenelev",
        "loen-su",
        "loen-behold",
    ];
    let funding = [
        "den-kommunale-kompetencefond",
        "ufaglaert-til-faglaert",
        "den-regionale-kompetencefond",
        "veu-godtgoerelse",
        "svu",
        "omstillingsfonden",
        "voksenelevloen",
        "trepart-gf2-loen",
        "uddannelsesloeft",
        "tryghedspuljen",
    ];
    let merit = [
        "merit-ssh-ssa",
        "merit-25-plus",
        "merit-pau-ssh",
        "merit-ssh-pau",
        "merit-ssa-pau",
        "merit-amu-pakke-ssh-ssa",
        "merit-gymnasial-gf2",
        "merit-amu-pakke-rehab-ssh",
        "merit-erfaring-hjemmepleje-ssh",
    ];
    let mut missing = Vec::new();
    for id in roles {
        if c.role(id).is_none() {
            missing.push(format!("role {id}"));
        }
    }
    for id in programmes {
        if c.programme(id).is_none() {
            missing.push(format!("programme {id}"));
        }
    }
    for id in pay {
        if c.pay_scheme(id).is_none() {
            missing.push(format!("pay scheme {id}"));
        }
    }
    for id in funding {
        if c.funding_source(id).is_none() {
            missing.push(format!("funding source {id}"));
        }
    }
    for id in merit {
        if c.merit_rule(id).is_none() {
            missing.push(format!("merit rule {id}"));
        }
    }
    assert!(missing.is_empty(), "missing or wrong kind: {missing:?}");
    assert_eq!(
        c.role("ufaglaert").map(|r| r.kind),
        Some(vejviser::catalog::RoleKind::Qualification)
    );
    assert_eq!(
        c.pay_scheme("loen-behold").map(|p| p.kind),
        Some(vejviser::catalog::PayKind::WageKept)
    );
}

fn ron_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("pathways folder is readable") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            ron_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ron") {
            out.push(path);
        }
    }
}

#[test]
fn every_ron_file_under_pathways_is_bundled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    ron_files(&root.join("pathways"), &mut found);
    let on_disk: BTreeSet<String> = found
        .iter()
        .map(|p| {
            p.strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let listed: BTreeSet<String> = bundled::FILES.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(on_disk, listed, "pathways/*.ron and bundled::FILES differ");
    // The bundled text is the file on disk, not a stale copy.
    for (path, text) in bundled::FILES {
        let disk = std::fs::read_to_string(root.join(path)).unwrap();
        assert_eq!(&disk, text, "{path} differs from its bundled copy");
    }
}

/// A course or module people pay for states a price, an estimate at least, so that no screen
/// shows a paid module as costing 0 kr. (AMU on the SOSU area is free only up to a level.)
#[test]
fn every_paid_kind_of_programme_states_a_fee() {
    let c = catalogue();
    let paid = [
        ProgrammeKind::Akademi,
        ProgrammeKind::Diplom,
        ProgrammeKind::AmuCourse,
    ];
    let missing: Vec<&str> = c
        .programmes
        .iter()
        .filter(|p| paid.contains(&p.kind) && p.fee.is_none())
        .map(|p| p.id.as_str())
        .collect();
    assert!(missing.is_empty(), "no fee: {missing:?}");
    for p in c
        .programmes
        .iter()
        .filter(|p| p.kind == ProgrammeKind::AmuCourse)
    {
        let fee = p.fee.as_ref().unwrap();
        assert!(fee.free_up_to.is_some(), "{}: free up to a level", p.id);
    }
}

#[test]
fn at_least_twelve_amu_courses() {
    let c = catalogue();
    let courses = c
        .programmes
        .iter()
        .filter(|p| p.kind == ProgrammeKind::AmuCourse)
        .count();
    assert!(courses >= 12, "only {courses} AMU courses");
    let package = c.programme("amu-pakke-ssh-ssa").unwrap();
    assert_eq!(package.parts.len(), 6);
    for part in &package.parts {
        let course = c.programme(part).expect("package part exists");
        assert_eq!(course.kind, ProgrammeKind::AmuCourse, "{part}");
    }
}

/// What an id must name.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    Source,
    Role,
    Programme,
    RoleOrProgramme,
    Pay,
    Funding,
}

fn kind_ok(entry: Entry, want: Want) -> bool {
    matches!(
        (entry, want),
        (Entry::Source(_), Want::Source)
            | (Entry::Role(_), Want::Role | Want::RoleOrProgramme)
            | (Entry::Programme(_), Want::Programme | Want::RoleOrProgramme)
            | (Entry::Pay(_), Want::Pay)
            | (Entry::Funding(_), Want::Funding)
    )
}

/// Every id a requirement tree names, with what it must be.
fn requirement_refs(req: &Requirement, at: &str, out: &mut Vec<(String, String, Want)>) {
    fn close(ids: &[String], at: &str, out: &mut Vec<(String, String, Want)>) {
        for id in ids {
            out.push((at.to_string(), id.clone(), Want::Programme));
        }
    }
    match req {
        Requirement::All(list) | Requirement::Any(list) | Requirement::AtLeast(_, list) => {
            for r in list {
                requirement_refs(r, at, out);
            }
        }
        Requirement::Holds { id, close: c, .. } => {
            out.push((at.to_string(), id.clone(), Want::RoleOrProgramme));
            close(c, at, out);
        }
        Requirement::Subject { close: c, .. }
        | Requirement::Certificate { close: c, .. }
        | Requirement::Experience { close: c, .. }
        | Requirement::Note { close: c, .. } => close(c, at, out),
        Requirement::NoDropout { programme } => {
            out.push((at.to_string(), programme.clone(), Want::Programme))
        }
        Requirement::Age { .. }
        | Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract => {}
    }
}

/// Every reference in the catalogue as (where, id, what it must be).
fn all_refs(c: &Catalog) -> Vec<(String, String, Want)> {
    let mut out = Vec::new();
    let mut push = |at: &str, ids: &[String], want: Want| {
        for id in ids {
            out.push((at.to_string(), id.clone(), want));
        }
    };
    for r in &c.roles {
        push(&r.id, &r.sources, Want::Source);
        for s in &r.salary {
            push(&r.id, std::slice::from_ref(&s.source), Want::Source);
        }
    }
    let mut reqs: Vec<(String, &Requirement)> = Vec::new();
    for p in &c.programmes {
        push(&p.id, &p.sources, Want::Source);
        push(&p.id, &p.leads_to, Want::Role);
        push(&p.id, &p.parts, Want::Programme);
        push(&p.id, &p.pay, Want::Pay);
        if let Some(a) = &p.admission {
            reqs.push((p.id.clone(), a));
        }
        for t in &p.tracks {
            push(&p.id, &t.sources, Want::Source);
            if let Some(pay) = &t.pay {
                push(&p.id, pay, Want::Pay);
            }
            if let Some(e) = &t.eligibility {
                reqs.push((format!("{} {:?}", p.id, t.code), e));
            }
        }
        for o in &p.offerings {
            push(&p.id, &o.sources, Want::Source);
            for t in &o.tracks {
                reqs.push((format!("{} at {}", p.id, o.provider), &t.eligibility));
            }
        }
    }
    for m in &c.merit {
        push(&m.id, &m.sources, Want::Source);
        push(&m.id, std::slice::from_ref(&m.target), Want::Programme);
        push(&m.id, &m.effect.skip, Want::Programme);
        reqs.push((m.id.clone(), &m.trigger));
    }
    for p in &c.pay {
        push(&p.id, &p.sources, Want::Source);
        for r in &p.rates {
            push(&p.id, std::slice::from_ref(&r.source), Want::Source);
        }
        if let Some(e) = &p.eligibility {
            reqs.push((p.id.clone(), e));
        }
    }
    for f in &c.funding {
        push(&f.id, &f.sources, Want::Source);
        push(&f.id, &f.programmes, Want::Programme);
        push(&f.id, &f.followed_by, Want::Programme);
        push(&f.id, &f.excludes, Want::Funding);
        push(&f.id, std::slice::from_ref(&f.status.source), Want::Source);
        for r in &f.rates {
            push(&f.id, std::slice::from_ref(&r.source), Want::Source);
        }
        for pool in &f.pools {
            push(&f.id, &pool.programmes, Want::Programme);
            push(
                &f.id,
                std::slice::from_ref(&pool.status.source),
                Want::Source,
            );
        }
        if let Benefit::Income(scheme) = &f.benefit {
            push(&f.id, std::slice::from_ref(scheme), Want::Pay);
        }
        reqs.push((f.id.clone(), &f.eligibility));
    }
    for (at, req) in reqs {
        requirement_refs(req, &at, &mut out);
    }
    out
}

#[test]
fn every_reference_names_an_entry_of_the_right_kind() {
    let c = catalogue();
    let refs = all_refs(&c);
    assert!(
        refs.len() > 300,
        "suspiciously few references: {}",
        refs.len()
    );
    let bad: Vec<String> = refs
        .iter()
        .filter(|(_, id, want)| !c.entry(id).is_some_and(|e| kind_ok(e, *want)))
        .map(|(at, id, want)| format!("{at}: `{id}` should be a {want:?}"))
        .collect();
    assert!(bad.is_empty(), "unresolved references:\n{}", bad.join("\n"));
}

#[test]
fn every_source_is_cited_and_every_entry_has_sources() {
    let c = catalogue();
    let cited: BTreeSet<String> = all_refs(&c)
        .into_iter()
        .filter(|(_, _, w)| *w == Want::Source)
        .map(|(_, id, _)| id)
        .collect();
    let unused: Vec<&str> = c
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| !cited.contains(*id))
        .collect();
    assert!(unused.is_empty(), "sources never cited: {unused:?}");
    let empty: Vec<&str> = c
        .roles
        .iter()
        .filter(|e| e.sources.is_empty())
        .map(|e| e.id.as_str())
        .chain(
            c.programmes
                .iter()
                .filter(|e| e.sources.is_empty())
                .map(|e| e.id.as_str()),
        )
        .chain(
            c.merit
                .iter()
                .filter(|e| e.sources.is_empty())
                .map(|e| e.id.as_str()),
        )
        .chain(
            c.pay
                .iter()
                .filter(|e| e.sources.is_empty())
                .map(|e| e.id.as_str()),
        )
        .chain(
            c.funding
                .iter()
                .filter(|e| e.sources.is_empty())
                .map(|e| e.id.as_str()),
        )
        .collect();
    assert!(empty.is_empty(), "entries without sources: {empty:?}");
}

#[test]
fn estimates_are_marked_uncertain() {
    let c = catalogue();
    let est = "vejviser-estimate";
    let source = c.source(est).expect("the estimate source exists");
    assert_eq!(source.confidence, Confidence::Unconfirmed);
    assert!(source.url.is_empty());
    let mut unmarked = Vec::new();
    let cites = |s: &[String]| s.iter().any(|x| x == est);
    for p in &c.programmes {
        if cites(&p.sources) && p.uncertain.is_none() {
            unmarked.push(p.id.clone());
        }
        for t in &p.tracks {
            if cites(&t.sources) && t.uncertain.is_none() {
                unmarked.push(format!("{} {:?}", p.id, t.code));
            }
        }
    }
    for m in &c.merit {
        if cites(&m.sources) && m.uncertain.is_none() {
            unmarked.push(m.id.clone());
        }
    }
    for f in &c.funding {
        if cites(&f.sources) && f.uncertain.is_none() {
            unmarked.push(f.id.clone());
        }
    }
    assert!(
        unmarked.is_empty(),
        "estimates not marked uncertain: {unmarked:?}"
    );
    // Every rate resting on an Unconfirmed or Secondary source says so.
    let weak = |id: &str| {
        c.source(id).is_some_and(|s| {
            matches!(
                s.confidence,
                Confidence::Unconfirmed | Confidence::Secondary
            )
        })
    };
    for p in &c.pay {
        for r in &p.rates {
            assert!(
                !weak(&r.source) || r.uncertain.is_some() || p.uncertain.is_some(),
                "{}: rate from {} is not marked uncertain",
                p.id,
                r.source
            );
        }
    }
}

#[test]
fn every_text_has_danish_and_english() {
    let c = catalogue();
    let value = serde_json::json!({
        "roles": c.roles, "programmes": c.programmes, "merit": c.merit,
        "pay": c.pay, "funding": c.funding, "sources": c.sources,
    });
    let mut missing = Vec::new();
    fn walk(v: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if map.len() == 2 && map.contains_key("da") && map.contains_key("en") {
                    for lang in ["da", "en"] {
                        if map[lang].as_str().is_none_or(|s| s.trim().is_empty()) {
                            missing.push(format!("{path}.{lang}"));
                        }
                    }
                    return;
                }
                for (k, v) in map {
                    walk(v, &format!("{path}.{k}"), missing);
                }
            }
            serde_json::Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), missing);
                }
            }
            _ => {}
        }
    }
    walk(&value, "", &mut missing);
    assert!(
        missing.is_empty(),
        "texts without both languages: {missing:?}"
    );
}

#[test]
fn the_helper_to_assistant_merit_is_encoded_as_the_conventions_describe() {
    let c = catalogue();
    let ssa = c.programme("ssa-hovedforloeb").unwrap();
    assert_eq!(ssa.structure.school.weeks().as_weeks(), 48.0);
    let ssh = c.merit_rule("merit-ssh-ssa").unwrap();
    let adult = c.merit_rule("merit-25-plus").unwrap();
    assert_eq!(ssh.effect.school.weeks().as_weeks(), 5.0);
    assert_eq!(
        ssh.effect.placement.weeks(),
        vejviser::catalog::Weeks::from_months(5.0)
    );
    assert_eq!(ssh.effect.skip, vec!["gf2-sosu".to_string()]);
    assert_eq!(ssh.group, adult.group);
    assert!(ssh.group.is_some() && ssh.priority > adult.priority);
    // EUV2's 43 school weeks are the 48 less the adult standard cut.
    assert_eq!(
        ssa.structure.school.weeks().as_weeks() - adult.effect.school.weeks().as_weeks(),
        43.0
    );
    assert_eq!(adult.tracks, vec![TrackCode::Euv2]);
    // A trained helper is admitted directly.
    assert!(matches!(
        &ssa.admission,
        Some(Requirement::Any(list)) if list.iter().any(|r| matches!(r, Requirement::Holds { id, .. } if id == "sosu-hjaelper"))
    ));
}

#[test]
fn tracks_and_deadlines_where_the_brief_requires_them() {
    let c = catalogue();
    for id in ["ssh-hovedforloeb", "ssa-hovedforloeb", "pau-hovedforloeb"] {
        let codes: Vec<TrackCode> = c
            .programme(id)
            .unwrap()
            .tracks
            .iter()
            .map(|t| t.code)
            .collect();
        assert!(
            codes.contains(&TrackCode::Eud) && codes.contains(&TrackCode::Euv2),
            "{id}: {codes:?}"
        );
        assert_eq!(
            codes.last(),
            Some(&TrackCode::Eud),
            "{id}: EUD (the longest) comes last"
        );
    }
    let nurse = c.programme("sygeplejerske-pb").unwrap();
    let dates: Vec<(u8, u8)> = nurse.deadlines.iter().map(|d| (d.month, d.day)).collect();
    assert!(dates.contains(&(7, 5)) && dates.contains(&(3, 15)));
    let ergo = c.programme("ergoterapeut-pb").unwrap();
    let providers: Vec<&str> = ergo
        .offerings
        .iter()
        .filter(|o| o.tracks.iter().any(|t| t.code == TrackCode::Kvote2))
        .map(|o| o.provider.as_str())
        .collect();
    assert_eq!(providers.len(), 3, "{providers:?}");
    // The closed SSH→SSA sub-pool names the assistant programme.
    let pool = &c.funding_source("ufaglaert-til-faglaert").unwrap().pools[0];
    assert_eq!(pool.status.state, vejviser::catalog::State::Closed);
    assert_eq!(pool.programmes, vec!["ssa-hovedforloeb".to_string()]);
}

#[test]
fn ssa_euv1_is_school_only_and_asks_for_hospital_and_psychiatry_experience() {
    let c = catalogue();
    let ssa = c.programme("ssa-hovedforloeb").unwrap();
    let euv1 = ssa.tracks.first().unwrap();
    assert_eq!(euv1.code, TrackCode::Euv1, "the best track comes first");
    let s = euv1.structure.as_ref().unwrap();
    assert_eq!(s.placement.weeks().as_weeks(), 0.0);
    assert!(s.school.weeks().as_weeks() < ssa.structure.school.weeks().as_weeks());
    assert!(
        euv1.uncertain.is_some(),
        "the schools differ, so it is uncertain"
    );
    let Some(Requirement::All(list)) = &euv1.eligibility else {
        panic!("EUV1 eligibility is a list");
    };
    let six_months = |area: &str| {
        list.iter().any(|r| {
            matches!(r, Requirement::Experience { areas, months, .. }
                if *months == 6 && areas.len() == 1 && format!("{:?}", areas[0]) == area)
        })
    };
    assert!(six_months("Sygehus") && six_months("Psykiatri"));
}

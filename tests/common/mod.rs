//! Shared test helpers. A small catalogue in inline RON, built from the facts in domain.md, for engine tests that
//! must not depend on the bundled data; and profile helpers.
#![allow(dead_code)]

pub mod scenario;

use std::path::{Path, PathBuf};
use vejviser::catalog::{Area, EduLevel, Level, Percent, Sector, Subject, Union};
use vejviser::catalog::{Catalog, Date, Loaded, Money, SourceFile, load};
use vejviser::engine::Profile;
use vejviser::engine::profile::{Employment, Qualification, SubjectLevel, Work};

pub const SMALL: &str = r#"(
  sources: [
    (id: "t-src", url: "https://example.invalid/", title: "Test", publisher: "Test",
     checked: "2025-10-01", confidence: School),
  ],
  roles: [
    (id: "ufaglaert", name: (da: "Ufaglært", en: "Unskilled"), kind: Qualification, description: (da: "Ingen uddannelse", en: "No qualification"), sources: ["t-src"]),
    (id: "sosu-hjaelper", name: (da: "Social- og sundhedshjælper", en: "Social and health care helper"), kind: Qualification, description: (da: "x"), sources: ["t-src"]),
    (id: "sosu-assistent", name: (da: "Social- og sundhedsassistent", en: "Social and health care assistant"), kind: Qualification, description: (da: "x"), authorised: true, sources: ["t-src"]),
    (id: "sygeplejerske", name: (da: "Sygeplejerske", en: "Nurse"), kind: Qualification, description: (da: "x"), sources: ["t-src"]),
    (id: "ergoterapeut", name: (da: "Ergoterapeut", en: "Occupational therapist"), kind: Qualification, description: (da: "x"), sources: ["t-src"]),
    (id: "demenskoordinator", name: (da: "Demenskoordinator", en: "Dementia coordinator"), kind: Function, description: (da: "x"), sources: ["t-src"]),
    (id: "paedagogisk-assistent", name: (da: "Pædagogisk assistent", en: "Pedagogical assistant"), kind: Qualification, description: (da: "x"), sources: ["t-src"]),
  ],
  programmes: [
    (id: "gf2-sosu", name: (da: "Grundforløb 2, SOSU", en: "Basic course 2, SOSU"), kind: Gf2, level: Grundskole,
     description: (da: "x"), structure: (school: (weeks: 20)), pace: FullTime, pay: ["loen-su"],
     grants: (subjects: [(Dansk, D), (Naturfag, E)], certificates: [Foerstehjaelp, Brandbekaempelse]),
     sources: ["t-src"]),
    (id: "ssh-hovedforloeb", name: (da: "Social- og sundhedshjælper, hovedforløb", en: "SOSU helper, main course"), kind: Eud, level: Eud,
     description: (da: "x"), structure: (school: (weeks: 17), placement: (weeks: 38), calendar: (years: 1, months: 2)),
     pace: FullTime, pay: ["loen-voksenelev", "loen-elev-ssh"], leads_to: ["sosu-hjaelper"], needs_contract: true,
     tracks: [
       (code: Euv1, eligibility: All([Age(min: 25), Experience(areas: [Hjemmepleje, Plejecenter], months: 24, within_years: 4, day_share: 50)]),
        structure: (school: (weeks: 17))),
       (code: Euv2, eligibility: All([Age(min: 25), Holds(id: "gf2-sosu", close: ["gf2-sosu"])])),
       (code: Eud, eligibility: All([Age(max: 24), Holds(id: "gf2-sosu", close: ["gf2-sosu"])])),
     ],
     sources: ["t-src"]),
    (id: "ssa-hovedforloeb", name: (da: "Social- og sundhedsassistent, hovedforløb", en: "SOSU assistant, main course"), kind: Eud, level: Eud,
     description: (da: "x"), structure: (school: (weeks: 48), placement: (weeks: 98), calendar: (years: 2, months: 9, weeks: 3)),
     pace: FullTime, pay: ["loen-voksenelev", "loen-elev-ssa"], leads_to: ["sosu-assistent"], needs_contract: true,
     admission: Any([Holds(id: "gf2-sosu", close: ["gf2-sosu"]), Holds(id: "sosu-hjaelper")]),
     tracks: [ (code: Euv2, eligibility: Age(min: 25)), (code: Eud, eligibility: Age(max: 24)) ],
     sources: ["t-src"]),
    (id: "supplement-engelsk-d", name: (da: "Supplering Engelsk D", en: "Supplementary English D"), kind: Supplement, level: Gymnasial,
     description: (da: "x"), structure: (school: (weeks: 8)), pace: PartTime, pay: ["loen-behold"],
     grants: (subjects: [(Engelsk, D)]), sources: ["t-src"]),
    (id: "supplement-engelsk-c", name: (da: "Supplering Engelsk C", en: "Supplementary English C"), kind: Supplement, level: Gymnasial,
     description: (da: "x"), structure: (school: (weeks: 10)), pace: PartTime, pay: ["loen-behold"],
     grants: (subjects: [(Engelsk, C)]), sources: ["t-src"]),
    (id: "supplement-dansk-c", name: (da: "Supplering Dansk C", en: "Supplementary Danish C"), kind: Supplement, level: Gymnasial,
     description: (da: "x"), structure: (school: (weeks: 10)), pace: PartTime, pay: ["loen-behold"],
     grants: (subjects: [(Dansk, C)]), sources: ["t-src"]),
    (id: "supplement-naturfag-c", name: (da: "Supplering Naturfag C", en: "Supplementary science C"), kind: Supplement, level: Gymnasial,
     description: (da: "x"), structure: (school: (weeks: 10)), pace: PartTime, pay: ["loen-behold"],
     grants: (subjects: [(Naturfag, C)]), sources: ["t-src"]),
    (id: "sygeplejerske-pb", name: (da: "Sygeplejerske", en: "Nursing"), kind: Professionsbachelor, level: Professionsbachelor,
     description: (da: "x"), ects: 210, structure: (school: (weeks: 110), placement: (weeks: 72), calendar: (years: 3, months: 6)),
     pace: FullTime, pay: ["loen-su"], leads_to: ["sygeplejerske"],
     tracks: [
       (code: Kvote1, eligibility: Education(min: Gymnasial, max: Gymnasial)),
       (code: Kvote2, eligibility: All([Holds(id: "sosu-assistent"),
          Subject(subject: Dansk, level: C, close: ["supplement-dansk-c"]),
          Subject(subject: Naturfag, level: C, close: ["supplement-naturfag-c"]),
          Subject(subject: Engelsk, level: D, close: ["supplement-engelsk-d"])])),
     ],
     deadlines: [ (label: (da: "Kvote 2: 15. marts kl. 12", en: "Quota 2: 15 March noon"), month: 3, day: 15, track: Kvote2),
                  (label: (da: "Kvote 1: 5. juli kl. 12", en: "Quota 1: 5 July noon"), month: 7, day: 5, track: Kvote1) ],
     sources: ["t-src"]),
    (id: "ergoterapeut-pb", name: (da: "Ergoterapeut", en: "Occupational therapy"), kind: Professionsbachelor, level: Professionsbachelor,
     description: (da: "x"), structure: (school: (weeks: 140), placement: (weeks: 42), calendar: (years: 3, months: 6)),
     pace: FullTime, pay: ["loen-su"], leads_to: ["ergoterapeut"],
     tracks: [
       (code: Kvote1, eligibility: Education(min: Gymnasial, max: Gymnasial)),
       (code: Kvote2, eligibility: All([Holds(id: "sosu-assistent"), Subject(subject: Dansk, level: C, close: ["supplement-dansk-c"]),
          Subject(subject: Naturfag, level: C, close: ["supplement-naturfag-c"]), Subject(subject: Engelsk, level: C, close: ["supplement-engelsk-c"])])),
     ],
     offerings: [
       (provider: "UCN", place: "Aalborg", sources: ["t-src"], tracks: [
         (code: Kvote2, eligibility: All([Any([Holds(id: "sosu-assistent"), Holds(id: "paedagogisk-assistent")]),
           Subject(subject: Dansk, level: C, close: ["supplement-dansk-c"]), Subject(subject: Naturfag, level: C, close: ["supplement-naturfag-c"]),
           Subject(subject: Engelsk, level: C, close: ["supplement-engelsk-c"])])) ]),
       (provider: "VIA", place: "Aarhus", sources: ["t-src"], tracks: [
         (code: Kvote2, eligibility: All([Any([Holds(id: "sosu-assistent"), Holds(id: "paedagogisk-assistent")]),
           Subject(subject: Dansk, level: C, close: ["supplement-dansk-c"]), Subject(subject: Engelsk, level: C, close: ["supplement-engelsk-c"]),
           Any([Subject(subject: Naturfag, level: C, close: ["supplement-naturfag-c"]), Subject(subject: Biologi, level: C), Subject(subject: Kemi, level: C), Subject(subject: Bioteknologi, level: A)])])) ]),
     ],
     sources: ["t-src"]),
    (id: "akademi-sundhedspraksis", name: (da: "Akademiuddannelse i sundhedspraksis", en: "Academy programme in health practice"), kind: Akademi, level: Akademi,
     description: (da: "x"), ects: 60, structure: (school: (weeks: 40), calendar: (years: 2)), pace: PartTime, pay: ["loen-behold"],
     fee: (amount: 20000, per: Total), leads_to: ["demenskoordinator"],
     admission: All([Any([Holds(id: "sosu-hjaelper"), Holds(id: "sosu-assistent")]), Experience(months: 24)]),
     sources: ["t-src"]),
    (id: "amu-42900", name: (da: "Palliativ omsorg for mennesker med demens", en: "Palliative care for people with dementia"), kind: AmuCourse, level: Eud,
     description: (da: "x"), amu_number: "42900", structure: (school: (days: 4)), pace: FullTime, pay: ["loen-behold"],
     fee: (amount: 3000, per: Total), sources: ["t-src"]),
  ],
  merit: [
    (id: "merit-ssh-ssa", name: (da: "Merit som SOSU-hjælper", en: "Credit as SOSU helper"), target: "ssa-hovedforloeb",
     trigger: Holds(id: "sosu-hjaelper"), effect: (school: (weeks: 5), placement: (months: 5), skip: ["gf2-sosu"]),
     group: "ssa-uddannelse", priority: 2, right: true, sources: ["t-src"]),
    (id: "merit-25-plus", name: (da: "Standardafkortning 25+", en: "Standard cut 25+"), target: "ssa-hovedforloeb", tracks: [Euv2],
     trigger: Age(min: 25), effect: (school: (weeks: 5)), group: "ssa-uddannelse", priority: 1, right: true, sources: ["t-src"]),
    (id: "merit-erfaring-plejecenter-ssh", name: (da: "Erfaring fra plejecenter", en: "Care home experience"), target: "ssh-hovedforloeb", tracks: [Euv2],
     trigger: Experience(areas: [Plejecenter], months: 8, within_years: 4), effect: (placement: (months: 3)), right: true, sources: ["t-src"]),
  ],
  pay: [
    (id: "loen-elev-ssh", name: (da: "Elevløn, SOSU-hjælper"), kind: Rates, description: (da: "x"),
     rates: [(amount: "13361.39", per: Month, from: "2024-04-01", source: "t-src")], sources: ["t-src"]),
    (id: "loen-elev-ssa", name: (da: "Elevløn, SOSU-assistent"), kind: Rates, description: (da: "x"),
     rates: [(amount: "14737.48", per: Month, from: "2024-04-01", from_month: 1, source: "t-src"),
             (amount: "16829.52", per: Month, from: "2024-04-01", from_month: 13, source: "t-src")], sources: ["t-src"]),
    (id: "loen-voksenelev", name: (da: "Voksenelevløn", en: "Adult apprentice pay"), kind: Rates, description: (da: "x"),
     eligibility: All([Age(min: 25), Experience(areas: [Hjemmepleje, Plejecenter, Sygehus, Psykiatri, Handicap], months: 12, within_years: 4), NoDropout(programme: "ssa-hovedforloeb")]),
     rates: [(amount: "23037.10", per: Month, from: "2024-04-01", source: "t-src")], sources: ["t-src"]),
    (id: "loen-su", name: (da: "SU"), kind: Su, description: (da: "x"), sources: ["t-src"]),
    (id: "loen-behold", name: (da: "Du beholder din løn", en: "You keep your pay"), kind: WageKept, description: (da: "x"), sources: ["t-src"]),
  ],
  funding: [
    (id: "den-kommunale-kompetencefond", name: (da: "Den Kommunale Kompetencefond", en: "The Municipal Competence Fund"), administrator: "KL", legal_basis: "OK21",
     description: (da: "x"), eligibility: Employment(sectors: [Kommune], unions: [Foa, TreF, Bupl], not_under_notice: true, not_elev: true),
     kinds: [Fvu, Avu, HfEnkeltfag, AmuCourse, AmuPackage, Akademi, Diplom, Master], covers: [Fees, Materials, Transport], benefit: ShareOfFees,
     share: 80, co_payer: (da: "arbejdspladsen", en: "the workplace"),
     caps: [(amount: 30000, period: Rolling12Months), (amount: 50000, period: Rolling12Months, kinds: [Master])],
     window: (earliest_months_before: 9, latest_days_before: 1),
     status: (state: Open, checked: "2025-10-01", source: "t-src"), sources: ["t-src"]),
    (id: "ufaglaert-til-faglaert", name: (da: "Ufaglært til faglært-puljen", en: "Unskilled to skilled pool"), administrator: "KL", legal_basis: "OK15",
     description: (da: "x"), eligibility: All([Employment(sectors: [Kommune], unions: [Foa, TreF], min_seniority_years: 2, not_under_notice: true), Age(min: 25)]),
     kinds: [Eud, Euv], covers: [WageDifference], benefit: WageDifference,
     status: (state: Open, checked: "2025-10-01", source: "t-src"),
     pools: [(name: (da: "SOSU-hjælper til SOSU-assistent", en: "SOSU helper to SOSU assistant"), programmes: ["ssa-hovedforloeb"],
              status: (state: Closed, checked: "2025-10-01", source: "t-src"))],
     sources: ["t-src"]),
    (id: "voksenelevloen", name: (da: "Voksenelevløn", en: "Adult apprentice pay"), administrator: "FOA/KL", legal_basis: "overenskomst",
     description: (da: "x"), eligibility: All([Age(min: 25), Experience(areas: [Hjemmepleje, Plejecenter, Sygehus, Psykiatri, Handicap], months: 12, within_years: 4), NoDropout(programme: "ssa-hovedforloeb")]),
     programmes: ["ssh-hovedforloeb", "ssa-hovedforloeb"], covers: [Wage], benefit: Income("loen-voksenelev"),
     status: (state: Open, checked: "2025-10-01", source: "t-src"), sources: ["t-src"]),
    (id: "trepart-gf2-loen", name: (da: "Løn på GF2 for voksne assistentelever", en: "Pay on GF2 for adult assistant students"), administrator: "Kommunen", legal_basis: "Trepart 2020",
     description: (da: "x"), eligibility: Age(min: 25), programmes: ["gf2-sosu"], followed_by: ["ssa-hovedforloeb"],
     covers: [Wage], benefit: WageFromStart, valid_from: "2021-07-01",
     status: (state: Open, checked: "2025-10-01", source: "t-src"), sources: ["t-src"]),
    (id: "tryghedspuljen", name: (da: "Tryghedspuljen", en: "The Security Pool"), administrator: "KL", legal_basis: "OK21",
     description: (da: "x"), eligibility: Employment(sectors: [Kommune, Region], unions: [Foa, Bupl], under_notice: true),
     kinds: [Fvu, Avu, HfEnkeltfag, AmuCourse, AmuPackage, Akademi, Diplom, Master], covers: [Fees, Materials, Transport], benefit: ShareOfFees,
     caps: [(amount: 20000, period: PerCourse)], excludes: ["den-kommunale-kompetencefond"],
     status: (state: Open, checked: "2025-10-01", source: "t-src"), sources: ["t-src"]),
    (id: "uddannelsesloeft", name: (da: "Uddannelsesløft", en: "Education lift"), administrator: "STAR", legal_basis: "LBR § 97 a",
     description: (da: "x"), eligibility: All([OnDagpenge, Age(min: 30), Education(max: Gymnasial, outdated_ok: true)]),
     kinds: [Eud, Euv], covers: [LivingAllowance], benefit: DagpengePercent(110),
     rates: [(amount: 21092, per: Month, from: "2025-01-01", source: "t-src")],
     status: (state: Open, checked: "2025-10-01", source: "t-src"), sources: ["t-src"]),
    (id: "veu-godtgoerelse", name: (da: "VEU-godtgørelse"), administrator: "AUB", legal_basis: "VEU-loven",
     description: (da: "x"), eligibility: All([Education(max: Eud, outdated_ok: true), Employment(not_elev: true)]),
     kinds: [AmuCourse, AmuPackage], covers: [WageCompensation], benefit: WeeklyRate,
     rates: [(amount: 4700, per: Week, from: "2024-01-01", source: "t-src")],
     status: (state: Open, checked: "2025-10-01", source: "t-src"), sources: ["t-src"]),
  ],
)"#;

/// Loads RON catalogue text and fails the test on any error.
pub fn catalog_from(text: &str) -> Catalog {
    let loaded = load::load(
        vec![SourceFile::new("test.ron", text)],
        Date::new(2026, 1, 1),
    );
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "catalogue errors: {errors:#?}");
    loaded.catalog
}

pub fn small() -> Catalog {
    catalog_from(SMALL)
}

/// The date scenarios start on.
pub const START: Date = Date::new(2026, 8, 1);

/// The day route questions are asked on in the scenario tables: some months before `START`,
/// so that application deadlines before the start are still ahead.
pub const ASKED: Date = Date::new(2026, 5, 1);

/// A person born `age` years before the start (counted from 1 July).
pub fn person(age: u16, role: &str) -> Profile {
    let mut p = Profile::with_role(role);
    p.birth_year = Some(START.year - age);
    p.work = Some(Vec::new());
    p.subjects = Some(Vec::new());
    p
}

pub fn subjects(list: &[(Subject, Level)]) -> Option<Vec<SubjectLevel>> {
    Some(
        list.iter()
            .map(|(s, l)| SubjectLevel {
                subject: *s,
                level: *l,
            })
            .collect(),
    )
}

/// Work in an area for `years` up to the start, at `hours` a week, mostly day shifts.
pub fn work(area: Area, years: i64, hours: u8) -> Work {
    Work {
        area,
        hours_per_week: hours,
        from: START.add_months(-12 * years),
        to: None,
        day_share: Some(Percent(70)),
        as_elev: false,
    }
}

pub fn foa_kommune(seniority: u8) -> Employment {
    Employment {
        sector: Some(Sector::Kommune),
        union: Some(Union::Foa),
        seniority_years: Some(seniority),
        weeks_with_employer: Some(seniority as u16 * 52),
        under_notice: Some(false),
        is_elev: Some(false),
    }
}

pub fn qual(id: &str) -> Qualification {
    Qualification {
        id: id.to_string(),
        year: Some(2010),
    }
}

pub fn kr(k: i64) -> Money {
    Money::kr(k)
}

pub fn eud() -> Option<EduLevel> {
    Some(EduLevel::Eud)
}

/// The bundled catalogue, or the folder in `VEJVISER_TEST_CATALOG` (to try a catalogue branch
/// before it is bundled). `None` while the bundled catalogue is still empty.
pub fn bundled() -> Option<Catalog> {
    let loaded = match std::env::var_os("VEJVISER_TEST_CATALOG") {
        Some(dir) => {
            let read = load::read_paths(&[dir.into()], false);
            assert!(read.problems.is_empty(), "{:?}", read.problems);
            load::load(read.files, TODAY)
        }
        None => load::bundled(TODAY),
    };
    if loaded.catalog.programmes.is_empty() {
        eprintln!("the bundled catalogue is empty; skipping scenarios on it");
        return None;
    }
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "bundled catalogue errors: {errors:#?}");
    Some(loaded.catalog)
}

// Loading fixture folders (diagnostics tests).
/// The date staleness is judged against in tests.
pub const TODAY: Date = Date::new(2026, 11, 22);

/// Every `.ron` file under `dir`, sorted, as shown relative to the crate root.
pub fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixture folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ron") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Loads `tests/fixtures/<class>`; files under a `pack/` folder are a local pack.
pub fn load_fixture(class: &str) -> Loaded {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = ron_files(&root.join("tests/fixtures").join(class))
        .into_iter()
        .map(|p| {
            let shown = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            let mut f = SourceFile::new(shown.clone(), std::fs::read(&p).expect("fixture"));
            f.pack = shown.contains("/pack/");
            f
        })
        .collect();
    load::load(files, TODAY)
}

/// The diagnostics of a fixture folder as printed lines.
pub fn fixture_lines(class: &str) -> Vec<String> {
    load_fixture(class)
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .collect()
}

//! A generator of large synthetic catalogues, for benchmarks.

use crate::catalog::units::NonNeg;
use crate::catalog::*;

/// A small xorshift generator, so the catalogue is the same for the same seed everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn text(s: &str) -> Text {
    Text::new(s, s)
}

fn weeks(w: f64) -> Length {
    Length {
        weeks: NonNeg(w),
        ..Length::default()
    }
}

/// The id of synthetic role `i`.
pub fn role_id(i: usize) -> String {
    format!("r{i:05}")
}

/// A ladder-like catalogue: programme `i` needs one role and leads one to three rungs up, with
/// about `leaves` requirement leaves in all, a few tracks, merit rules, pay and funding.
pub fn synthetic(roles: usize, programmes: usize, leaves: usize, seed: u64) -> Catalog {
    let roles = roles.max(2);
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut c = Catalog::default();
    c.sources.push(Source {
        id: "synth".into(),
        url: "https://example.invalid/synth".into(),
        title: "Synthetic".into(),
        publisher: "vejviser synth".into(),
        page_date: None,
        checked: Date::new(2025, 10, 1),
        confidence: Confidence::Secondary,
        note: None,
    });
    for i in 0..roles {
        c.roles.push(Role {
            id: role_id(i),
            name: text(&format!("Rolle {i}")),
            kind: RoleKind::Qualification,
            description: text("Syntetisk rolle"),
            authorised: false,
            workplaces: vec![],
            salary: vec![],
            sources: vec!["synth".into()],
            uncertain: None,
        });
    }
    let per = (leaves / programmes.max(1)).max(1);
    let kinds = [
        ProgrammeKind::Eud,
        ProgrammeKind::AmuCourse,
        ProgrammeKind::Akademi,
        ProgrammeKind::Diplom,
        ProgrammeKind::Professionsbachelor,
    ];
    let subjects = [
        Subject::Dansk,
        Subject::Engelsk,
        Subject::Naturfag,
        Subject::Matematik,
    ];
    for i in 0..programmes {
        // Roles near the bottom need more programmes so routes exist from the start.
        let from = if i < roles {
            i % (roles - 1)
        } else {
            rng.below(roles - 1)
        };
        let to = (from + 1 + rng.below(3)).min(roles - 1);
        let mut reqs = vec![Requirement::Holds {
            id: role_id(from),
            after: None,
            before: None,
            close: vec![],
        }];
        for k in 1..per {
            reqs.push(match (i + k) % 4 {
                0 => Requirement::Age {
                    min: Some(18),
                    max: None,
                    at_signing: false,
                },
                1 => Requirement::Subject {
                    subject: subjects[rng.below(subjects.len())],
                    level: Level::F,
                    close: vec![],
                },
                2 => Requirement::Experience {
                    areas: vec![],
                    months: 1 + rng.below(6) as u16,
                    within_years: Some(5),
                    day_share: None,
                    close: vec![],
                },
                _ => Requirement::Note {
                    text: text("Spørg skolen"),
                    close: vec![],
                },
            });
        }
        let school = 4.0 + rng.below(60) as f64;
        let placement = if i % 3 == 0 {
            rng.below(40) as f64
        } else {
            0.0
        };
        let tracks = if i % 10 == 0 {
            vec![
                Track {
                    code: TrackCode::Euv2,
                    eligibility: Some(Requirement::Age {
                        min: Some(25),
                        max: None,
                        at_signing: false,
                    }),
                    structure: Some(Structure {
                        school: weeks(school * 0.9),
                        placement: weeks(placement),
                        calendar: None,
                    }),
                    pay: None,
                    note: None,
                    sources: vec![],
                    uncertain: None,
                },
                Track {
                    code: TrackCode::Eud,
                    eligibility: None,
                    structure: None,
                    pay: None,
                    note: None,
                    sources: vec![],
                    uncertain: None,
                },
            ]
        } else {
            vec![]
        };
        c.programmes.push(Programme {
            id: format!("p{i:06}"),
            name: text(&format!("Uddannelse {i}")),
            kind: kinds[i % kinds.len()],
            level: EduLevel::Eud,
            description: text("Syntetisk uddannelse"),
            ects: None,
            amu_number: None,
            structure: Structure {
                school: weeks(school),
                placement: weeks(placement),
                calendar: None,
            },
            pace: Pace::FullTime,
            pay: vec![
                if i % 2 == 0 {
                    "loen-synth-elev"
                } else {
                    "loen-synth-behold"
                }
                .into(),
            ],
            fee: (i % 5 != 0).then(|| Fee {
                amount: Money::kr(1000 + rng.below(30) as i64 * 1000),
                per: FeeUnit::Total,
                units: None,
                free_up_to: None,
                note: None,
            }),
            admission: Some(Requirement::All(reqs)),
            leads_to: vec![role_id(to)],
            tracks,
            offerings: vec![],
            deadlines: vec![],
            intakes: vec![],
            max_years: None,
            needs_contract: false,
            parts: vec![],
            grants: Grants::default(),
            valid_from: None,
            valid_to: None,
            sources: vec!["synth".into()],
            uncertain: None,
        });
        if i % 10 == 0 {
            c.merit.push(MeritRule {
                id: format!("m{i:06}"),
                name: text("Syntetisk merit"),
                target: format!("p{i:06}"),
                tracks: vec![],
                trigger: Requirement::Age {
                    min: Some(25),
                    max: None,
                    at_signing: false,
                },
                effect: Effect {
                    school: weeks(2.0),
                    ..Effect::default()
                },
                group: None,
                priority: 0,
                right: true,
                valid_from: None,
                valid_to: None,
                sources: vec!["synth".into()],
                uncertain: None,
            });
        }
    }
    let rate = |amount: i64| Rate {
        amount: Money::kr(amount),
        per: Per::Month,
        from: Date::new(2024, 1, 1),
        valid_to: None,
        age_min: None,
        age_max: None,
        from_month: None,
        variant: None,
        estimate: false,
        source: "synth".into(),
        uncertain: None,
    };
    c.pay.push(PayScheme {
        id: "loen-synth-elev".into(),
        name: text("Elevløn"),
        kind: PayKind::Rates,
        description: text("Syntetisk"),
        eligibility: None,
        rates: vec![rate(15_000)],
        sources: vec!["synth".into()],
        uncertain: None,
    });
    c.pay.push(PayScheme {
        id: "loen-synth-behold".into(),
        name: text("Løn"),
        kind: PayKind::WageKept,
        description: text("Syntetisk"),
        eligibility: None,
        rates: vec![],
        sources: vec!["synth".into()],
        uncertain: None,
    });
    for f in 0..10 {
        c.funding.push(FundingSource {
            id: format!("f{f:02}"),
            name: text(&format!("Fond {f}")),
            administrator: "synth".into(),
            legal_basis: "synth".into(),
            description: text("Syntetisk fond"),
            eligibility: Requirement::All(vec![
                Requirement::Employment {
                    sectors: vec![Sector::Kommune],
                    unions: vec![Union::Foa],
                    min_seniority_years: None,
                    min_weeks_with_employer: None,
                    not_under_notice: true,
                    under_notice: false,
                    not_elev: true,
                },
                Requirement::Age {
                    min: Some(18),
                    max: None,
                    at_signing: false,
                },
            ]),
            kinds: vec![kinds[f % kinds.len()]],
            programmes: vec![],
            followed_by: vec![],
            covers: vec![Cost::Fees],
            benefit: Benefit::ShareOfFees,
            share: Some(Percent(80)),
            co_payer: Some(text("arbejdspladsen")),
            paid_to: None,
            caps: vec![Cap {
                amount: Money::kr(30_000),
                period: Period::Rolling12Months,
                kinds: vec![],
                valid_to: None,
            }],
            rates: vec![],
            window: Window {
                earliest_months_before: Some(9),
                latest_days_before: Some(1),
                note: None,
            },
            signers: vec![],
            how_to_apply: vec![],
            status: Status {
                state: State::Open,
                checked: Date::new(2025, 10, 1),
                note: None,
                source: "synth".into(),
            },
            pools: vec![],
            full_time_only: false,
            excludes: if f % 2 == 0 {
                vec![format!("f{:02}", f + 1)]
            } else {
                vec![]
            },
            valid_from: None,
            valid_to: None,
            sources: vec!["synth".into()],
            uncertain: None,
        });
    }
    c.reindex();
    c
}

/// The catalogue as RON files (programmes in chunks of 1,000 per file).
pub fn ron_files(c: &Catalog) -> Vec<(String, String)> {
    let cfg = ron::ser::PrettyConfig::new()
        .extensions(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_NEWTYPES,
        )
        .indentor("")
        .new_line("\n");
    let write = |f: &CatalogFile| ron::ser::to_string_pretty(f, cfg.clone()).unwrap_or_default();
    let mut out = vec![(
        "base.ron".to_string(),
        write(&CatalogFile {
            sources: c.sources.clone(),
            roles: c.roles.clone(),
            merit: c.merit.clone(),
            pay: c.pay.clone(),
            funding: c.funding.clone(),
            ..CatalogFile::default()
        }),
    )];
    for (n, chunk) in c.programmes.chunks(1000).enumerate() {
        out.push((
            format!("programmes-{n:03}.ron"),
            write(&CatalogFile {
                programmes: chunk.to_vec(),
                ..CatalogFile::default()
            }),
        ));
    }
    out
}

/// The same files as catalogue source files, ready for [`crate::catalog::load::load`].
pub fn source_files(c: &Catalog) -> Vec<SourceFile> {
    ron_files(c)
        .into_iter()
        .map(|(name, text)| SourceFile::new(name, text))
        .collect()
}

/// The catalogue with its programmes cloned, under new ids and numbered Danish names, up to
/// `count` programmes: a large catalogue of realistic text, for search.
pub fn replicated(base: &Catalog, count: usize) -> Catalog {
    let mut big = base.clone();
    big.programmes.clear();
    big.programmes.reserve(count);
    for n in 0..count {
        let Some(seed) = base.programmes.get(n % base.programmes.len().max(1)) else {
            break;
        };
        let mut p = seed.clone();
        p.id = format!("{}-{n}", p.id);
        p.name.da = format!("{} {n}", p.name.da);
        big.programmes.push(p);
    }
    big.reindex();
    big
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::load;

    /// Written files leave defaults out, and reading them back gives the same catalogue.
    #[test]
    fn written_files_are_lean_and_read_back_the_same() {
        for c in [
            synthetic(20, 200, 1_000, 3),
            load::bundled(crate::catalog::Date::new(2026, 11, 22)).catalog,
        ] {
            let files = ron_files(&c);
            let text: String = files.iter().map(|(_, t)| t.as_str()).collect();
            for noise in ["ects: None", "years: 0.0", "close: []", "tracks: []"] {
                assert!(!text.contains(noise), "{noise}");
            }
            let back = load::load(source_files(&c), crate::catalog::Date::new(2026, 11, 22));
            assert_eq!(back.errors(), 0, "{:?}", back.diagnostics.first());
            assert_eq!(back.catalog.counts(), c.counts());
            assert_eq!(ron_files(&back.catalog), files);
        }
    }
}

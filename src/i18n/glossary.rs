//! Words a helper may not know, each with a short explanation in plain Danish and English. One
//! list for the window, the command line and the printed plan.

use super::Lang;

/// A term that gets an explanation where it first appears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    Merit,
    Euv,
    Kvote2,
    Avu,
    HfEnkeltfag,
    Voksenelevloen,
    VeuGodtgoerelse,
    Svu,
    Oplaering,
    Grundforloeb,
    Amu,
    Egenbetaling,
}

impl Term {
    pub const ALL: [Term; 12] = [
        Term::Merit,
        Term::Euv,
        Term::Kvote2,
        Term::Avu,
        Term::HfEnkeltfag,
        Term::Voksenelevloen,
        Term::VeuGodtgoerelse,
        Term::Svu,
        Term::Oplaering,
        Term::Grundforloeb,
        Term::Amu,
        Term::Egenbetaling,
    ];

    /// How the term is written in running text, in lower case, in either language; the
    /// first spelling is the one shown as the term's name.
    fn spellings(self) -> &'static [&'static str] {
        match self {
            Term::Merit => &["merit"],
            Term::Euv => &["euv"],
            Term::Kvote2 => &["kvote 2", "kvote2"],
            Term::Avu => &["avu"],
            Term::HfEnkeltfag => &["hf-enkeltfag", "hf single subject"],
            Term::Voksenelevloen => &["voksenelevløn"],
            Term::VeuGodtgoerelse => &["veu-godtgørelse", "veu"],
            Term::Svu => &["svu"],
            Term::Oplaering => &["oplæring"],
            Term::Grundforloeb => &["grundforløb", "gf2"],
            Term::Amu => &["amu"],
            Term::Egenbetaling => &["egenbetaling", "co-payment"],
        }
    }
}

/// The terms that occur in `text`, each once, in the order of [`Term::ALL`]. A spelling counts
/// only as a whole word ("merit" in "meritforløb" counts, "avu" inside another word does not
/// unless the word starts with it).
pub fn terms_in(text: &str) -> Vec<Term> {
    let lower = text.to_lowercase();
    Term::ALL
        .into_iter()
        .filter(|t| t.spellings().iter().any(|s| starts_word(&lower, s)))
        .collect()
}

/// True when `word` occurs in `text` at the start of a word.
fn starts_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

impl Lang {
    /// The term as it is written.
    pub fn term_name(self, t: Term) -> &'static str {
        match t {
            Term::Merit => "Merit",
            Term::Euv => "EUV1, EUV2, EUV3",
            Term::Kvote2 => "Kvote 2",
            Term::Avu => "AVU",
            Term::HfEnkeltfag => tr!(
                self.is_en(),
                "Hf-enkeltfag",
                "HF single subjects (hf-enkeltfag)"
            ),
            Term::Voksenelevloen => tr!(
                self.is_en(),
                "Voksenelevløn",
                "Adult student wage (voksenelevløn)"
            ),
            Term::VeuGodtgoerelse => tr!(
                self.is_en(),
                "VEU-godtgørelse",
                "VEU allowance (VEU-godtgørelse)"
            ),
            Term::Svu => "SVU",
            Term::Oplaering => tr!(self.is_en(), "Oplæring", "Placement (oplæring)"),
            Term::Grundforloeb => tr!(self.is_en(), "Grundforløb 2 (GF2)", "Basic course 2 (GF2)"),
            Term::Amu => "AMU",
            Term::Egenbetaling => tr!(self.is_en(), "Egenbetaling", "Co-payment (egenbetaling)"),
        }
    }

    /// One or two plain sentences that say what the term means.
    pub fn term_explain(self, t: Term) -> &'static str {
        let en = self.is_en();
        match t {
            Term::Merit => tr!(
                en,
                "Det du allerede kan, trækkes fra uddannelsen, så den bliver kortere. Nogle gange er det en ret, andre gange vurderer skolen det.",
                "What you already know is taken off the programme, so it gets shorter. Sometimes it is a right, other times the school decides."
            ),
            Term::Euv => tr!(
                en,
                "Erhvervsuddannelse for voksne over 25. Jo mere relevant erfaring, jo kortere: EUV1 er kortest (ofte kun skole), EUV3 er den fulde uddannelse.",
                "Vocational training for adults over 25. The more relevant experience, the shorter: EUV1 is shortest (often school only), EUV3 is the full programme."
            ),
            Term::Kvote2 => tr!(
                en,
                "Optagelse på en videregående uddannelse på andet end karakterer, fx erfaring og bestemte fag. Du søger senest 15. marts.",
                "Admission to higher education on more than grades, such as experience and certain subjects. You apply by 15 March."
            ),
            Term::Avu => tr!(
                en,
                "Almen voksenuddannelse: fag på folkeskoleniveau for voksne, fx dansk og engelsk, hos et VUC.",
                "General adult education: lower-secondary subjects for adults, such as Danish and English, at a VUC."
            ),
            Term::HfEnkeltfag => tr!(
                en,
                "Enkelte gymnasiefag for voksne på C-, B- eller A-niveau, fx Naturfag C, hos et VUC.",
                "Single upper-secondary subjects for adults at level C, B or A, such as science C, at a VUC."
            ),
            Term::Voksenelevloen => tr!(
                en,
                "Højere elevløn, hvis du er fyldt 25, når du skriver under på elevkontrakten, og har arbejdet mindst et år i faget inden for fire år.",
                "A higher student wage if you are 25 when you sign the student contract and have worked at least a year in the field within four years."
            ),
            Term::VeuGodtgoerelse => tr!(
                en,
                "Penge fra staten for de dage, du er på AMU-kursus i stedet for at arbejde. Ofte får din arbejdsgiver dem, når du får løn.",
                "Money from the state for the days you are on an AMU course instead of working. Your employer often gets it when you are paid."
            ),
            Term::Svu => tr!(
                en,
                "Statens voksenuddannelsesstøtte: støtte pr. uge, når du tager orlov for at gå i skole, fx på AVU eller hf-enkeltfag.",
                "The state adult education grant: support per week when you take leave to study, for example AVU or HF single subjects."
            ),
            Term::Oplaering => tr!(
                en,
                "Den del af uddannelsen, hvor du lærer på en arbejdsplads. Det hed før praktik.",
                "The part of the programme where you learn at a workplace. It used to be called praktik."
            ),
            Term::Grundforloeb => tr!(
                en,
                "Den første del af en erhvervsuddannelse, før hovedforløbet. Erfaring eller en gymnasial eksamen kan gøre, at du springer den over.",
                "The first part of a vocational programme, before the main programme. Experience or an upper-secondary exam can mean you skip it."
            ),
            Term::Egenbetaling => tr!(
                en,
                "Den del af prisen, som en ordning ikke dækker. Ofte betaler arbejdspladsen den, ellers du selv.",
                "The part of the price a scheme does not cover. The workplace often pays it, otherwise you do."
            ),
            Term::Amu => tr!(
                en,
                "Korte kurser for voksne på arbejdsmarkedet, ofte et par dage til et par uger.",
                "Short courses for adults in work, often a few days to a few weeks."
            ),
        }
    }
}

/// The terms the route cards show for these routes: titles (tracks, kvote 2), totals, income,
/// merit and the schemes that may pay.
pub fn route_terms(
    catalog: &crate::catalog::Catalog,
    routes: &[crate::engine::Route],
    l: Lang,
) -> Vec<Term> {
    use crate::engine::FundVerdict;
    let mut text = String::new();
    for r in routes {
        text.push_str(&super::table::route_title(catalog, r, l));
        text.push('\n');
        text.push_str(&super::table::totals_line(l, r));
        for s in &r.steps {
            text.push('\n');
            text.push_str(&l.reason(catalog, &s.income.reason));
            for m in &s.merit {
                text.push('\n');
                text.push_str(l.pick(&catalog.name_of(&m.rule)));
            }
            for f in s
                .funding
                .iter()
                .filter(|f| f.verdict <= FundVerdict::Unknown)
            {
                text.push('\n');
                text.push_str(l.pick(&catalog.name_of(&f.source)));
            }
        }
        text.push('\n');
    }
    terms_in(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_found_as_words_and_listed_once() {
        let found = terms_in("Merit: SSA (EUV2), meritforløb; kvote 2 og EUV1. Oplæring 6 mdr.");
        assert_eq!(
            found,
            [Term::Merit, Term::Euv, Term::Kvote2, Term::Oplaering]
        );
        assert!(
            terms_in("Havu og cavu").is_empty(),
            "not inside another word"
        );
        assert_eq!(
            terms_in("the adult student wage (voksenelevløn)"),
            [Term::Voksenelevloen]
        );
    }

    #[test]
    fn every_term_is_explained_in_both_languages() {
        for t in Term::ALL {
            for l in [Lang::Da, Lang::En] {
                assert!(l.term_explain(t).len() > 40, "{t:?} {l:?}");
                assert!(!l.term_name(t).is_empty());
            }
            assert_ne!(Lang::Da.term_explain(t), Lang::En.term_explain(t));
        }
    }
}

//! Strings of the printed plan and comparison as PDF (the words they share with the text and
//! HTML plan are in `print`), and the glossary of terms a page may use.

use super::Lang;

strings! {
    pdf_for: "Til {}", "For {}";
    pdf_printed: "Udskrevet {}", "Printed {}";
    pdf_page_of: "side {} af {}", "page {} of {}";
    pdf_attachment: "Planen som Vejviser-fil. Åbn PDF-filen i Vejviser (Hent plan fra fil) for at hente planen igen.", "The plan as a Vejviser file. Open the PDF in Vejviser (Open plan from file) to get the plan back.";
    pdf_step: "Trin {}: {}", "Step {}: {}";
    pdf_meets: "Du opfylder", "You meet";
    pdf_missing: "Mangler", "Missing";
    pdf_income_vs: "{} mod din løn i dag", "{} against your pay today";
    pdf_funding: "Hvem betaler", "Who pays";
    pdf_not_for_you: "Kan ikke bruges på denne vej", "Cannot be used on this route";
    pdf_paid_to: "Pengene går til", "The money goes to";
    pdf_status: "Status tjekket {}", "Status checked {}";
    pdf_next: "Næste tre skridt", "The next three steps";
    pdf_glossary: "Ord på siden", "Words on this page";
    pdf_saved_route: "Vejen kunne ikke regnes ud igen med dagens katalog. Her står den, som den blev gemt.", "The route could not be worked out again with today's catalogue. Here it is as it was saved.";
    pdf_act_gap: "Tal med skolens vejledning om det, der mangler: {}.", "Talk to the school's guidance about what is missing: {}.";
    pdf_act_apply: "Søg optagelse på {} senest {}. Tal med skolens studievejledning.", "Apply for {} by {}. Talk to the school's guidance counsellor.";
    pdf_act_ask: "Spørg skolen, hvornår der er optag på {}. Tal med skolens studievejledning.", "Ask the school when {} next takes in students. Talk to the school's guidance counsellor.";
    pdf_act_fund: "Søg {} senest {}. Tal med din leder om ansøgningen.", "Apply to {} by {}. Talk to your manager about the application.";
    pdf_act_fund_open: "Søg {}. Tal med din leder om ansøgningen.", "Apply to {}. Talk to your manager about the application.";
    pdf_act_union: "Tal med din tillidsrepræsentant eller din fagforening om løn og vilkår, mens du tager uddannelsen.", "Talk to your union representative or your union about pay and terms while you study.";
    pdf_compare_title: "Veje side om side", "Routes side by side";
    pdf_compare_legend: "Skraverede linjer: vejene er forskellige.", "Shaded lines: the routes differ.";
    pdf_compare_file: "Sammenligning", "Comparison";
    pdf_plan_file: "Plan", "Plan";
}

/// Terms a page may use, each with the words that show it is used (lower case) and what it
/// means, in the reader's language.
pub fn glossary(l: Lang) -> Vec<(&'static [&'static str], &'static str, &'static str)> {
    let en = l.is_en();
    vec![
        (
            &["euv"],
            "EUV",
            tr!(
                en,
                "Erhvervsuddannelse for voksne (fra 25 år). EUV1 og EUV2 er kortere forløb for dem med erfaring eller uddannelse; EUV3 er hele uddannelsen.",
                "Vocational education for adults (25 and over). EUV1 and EUV2 are shorter courses for people with experience or training; EUV3 is the whole programme."
            ),
        ),
        (
            &["merit"],
            "Merit",
            tr!(
                en,
                "Når uddannelse eller erfaring, du allerede har, gør en uddannelse kortere. Noget er en ret; andet vurderer skolen efter optagelsen.",
                "When training or experience you already have makes a programme shorter. Some of it is a right; the rest the school judges after admission."
            ),
        ),
        (
            &["kvote 2", "quota 2"],
            tr!(en, "Kvote 2", "Quota 2"),
            tr!(
                en,
                "Optagelse på en videregående uddannelse ud fra andet end karakterer, fx erfaring og en ansøgning.",
                "Admission to higher education on more than marks, e.g. experience and an application."
            ),
        ),
        (
            &["voksenelevløn", "adult apprentice"],
            tr!(en, "Voksenelevløn", "Adult apprentice pay"),
            tr!(
                en,
                "Løn under en erhvervsuddannelse til elever fra 25 år; den er højere end almindelig elevløn.",
                "Pay during vocational education for students aged 25 or more; it is higher than ordinary apprentice pay."
            ),
        ),
        (
            &["egenbetaling", "co-payment"],
            tr!(en, "Egenbetaling", "Co-payment"),
            tr!(
                en,
                "Den del af udgiften, ordningen ikke dækker; arbejdspladsen eller du selv betaler den.",
                "The part of the cost the scheme does not cover; the workplace or you pay it."
            ),
        ),
        (
            &["veu"],
            tr!(en, "VEU-godtgørelse", "VEU allowance"),
            tr!(
                en,
                "Penge for tabt løn, mens du tager et kortere voksen- og efteruddannelseskursus, fx AMU.",
                "Money for lost pay while you take a shorter adult education course, e.g. AMU."
            ),
        ),
        (
            &["svu"],
            "SVU",
            tr!(
                en,
                "Statens Voksenuddannelsesstøtte: støtte til voksne, der tager almen eller videregående uddannelse.",
                "The state's adult education support: money for adults who take general or higher education."
            ),
        ),
        (
            &["amu"],
            "AMU",
            tr!(
                en,
                "Arbejdsmarkedsuddannelser: korte kurser rettet mod arbejdet.",
                "Labour market training: short courses aimed at work."
            ),
        ),
        (
            &["oplæring", "placement"],
            tr!(en, "Oplæring", "Placement"),
            tr!(
                en,
                "Den del af en erhvervsuddannelse, der foregår på en arbejdsplads.",
                "The part of a vocational programme that takes place at a workplace."
            ),
        ),
    ]
}

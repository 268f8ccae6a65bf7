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
    pdf_status: "status tjekket {}", "status checked {}";
    pdf_apply_funds: "Søg støtte (tidligst – senest)", "Apply for funding (from – by)";
    pdf_sources_checked: "Kilder tjekket {}", "Sources checked {}";
    pdf_sources_old: "Kilder tjekket {}, for mere end {} måneder siden", "Sources checked {}, more than {} months ago";
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

//! Storage problems and notices in words: what went wrong with the data folder, that nothing
//! was lost, and where kept-aside copies are.

use super::Lang;
use crate::store::{FolderProblem, HOME_VAR, StoreError};

strings! {
    store_nothing_lost: "Intet er gået tabt: det, du ser på skærmen, er her stadig.", "Nothing was lost: what you see on the screen is still here.";
    profile_kept_aside: "En gemt profil kunne ikke læses. Den er ikke slettet, men lagt til side som {}.", "A saved profile could not be read. It was not deleted but kept aside as {}.";
    plan_kept_aside: "En gemt plan kunne ikke læses. Den er ikke slettet, men lagt til side som {}.", "A saved plan could not be read. It was not deleted but kept aside as {}.";
    profile_autosaved: "Profilen gemmes automatisk, mens du skriver.", "The profile is kept automatically as you type.";
    profile_name_clash: "Der var allerede en gemt profil med navnet «{}». Begge er gemt; ingen er overskrevet.", "There already was a saved profile named “{}”. Both are kept; neither was replaced.";
    temps_removed: "{} midlertidige filer fra en afbrudt gemning er fjernet.", "{} temporary files left by an interrupted save were removed.";
}

impl Lang {
    /// One plain sentence for a storage problem, never the operating system's wording.
    pub fn store_error(self, e: &StoreError) -> String {
        let en = self.is_en();
        let what = match e {
            StoreError::Folder { path, problem } => {
                let p = path.display();
                match problem {
                    FolderProblem::NotAFolder => tr!(
                        en,
                        format!(
                            "Vejviser kan ikke gemme, fordi {p} er en fil og ikke en mappe. Flyt filen, eller sæt {HOME_VAR} til en anden mappe."
                        ),
                        format!(
                            "Vejviser cannot save because {p} is a file, not a folder. Move the file, or set {HOME_VAR} to another folder."
                        ),
                    ),
                    FolderProblem::ReadOnly => tr!(
                        en,
                        format!("Vejviser må ikke skrive i mappen {p}; den er skrivebeskyttet."),
                        format!("Vejviser may not write in the folder {p}; it is read-only."),
                    ),
                    FolderProblem::Full => tr!(
                        en,
                        format!(
                            "Der er ikke plads på disken til at gemme i {p}. Frigør plads og prøv igen."
                        ),
                        format!(
                            "There is no room on the disk to save in {p}. Free some space and try again."
                        ),
                    ),
                }
            }
            StoreError::Io { path, .. } => tr!(
                en,
                format!("Filen {} kunne ikke læses eller skrives.", path.display()),
                format!("The file {} could not be read or written.", path.display()),
            ),
            StoreError::Format { path, message } => format!("{}: {message}", path.display()),
            StoreError::NoHome => tr!(
                en,
                format!("Der er ingen mappe at gemme i. Sæt {HOME_VAR} til en mappe."),
                format!("There is no folder to save in. Set {HOME_VAR} to a folder."),
            ),
            StoreError::NotDeleted { path } => tr!(
                en,
                format!(
                    "Filen {} kunne ikke slettes; den ligger der stadig.",
                    path.display()
                ),
                format!(
                    "The file {} could not be deleted; it is still there.",
                    path.display()
                ),
            ),
            StoreError::Taken { path } => tr!(
                en,
                format!(
                    "Der ligger allerede en anden fil som {}; den er ikke overskrevet.",
                    path.display()
                ),
                format!(
                    "Another file is already kept as {}; it was not replaced.",
                    path.display()
                ),
            ),
        };
        format!("{what} {}", self.store_nothing_lost())
    }
}

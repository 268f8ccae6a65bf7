//! Strings shared by several screens and the CLI.

use super::Lang;

strings! {
    yes: "Ja", "Yes";
    no: "Nej", "No";
    unknown: "Ved ikke", "Unknown";
}

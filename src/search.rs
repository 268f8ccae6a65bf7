//! Search across the catalogue as the user types, forgiving of case, accents and æ/ae, ø/oe, å/aa.

//! What-if: the same query with a changed profile, and what changed.

//! The desktop app (iced). Thin: every decision is made in the core.

/// Opens the window; returns the exit code.
pub fn run(_args: &[String]) -> i32 {
    0
}

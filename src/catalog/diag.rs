//! Diagnostics: problems found while loading a catalogue, printed like a compiler's.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem at a place in a file. Lines and columns are 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            col,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(file: &str, (line, col): (usize, usize), message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, (line, col), message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.col, kind, self.message
        )
    }
}

/// Sorts diagnostics into file order: by file, then line, then column.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (a.file.as_str(), a.line, a.col, a.severity).cmp(&(
            b.file.as_str(),
            b.line,
            b.col,
            b.severity,
        ))
    });
}

/// Sorts diagnostics by the order of `files` (as given to the loader), then line and column.
/// Files not in the list come last, by name.
pub fn sort_in(diags: &mut [Diagnostic], files: &[&str]) {
    let rank = |f: &str| files.iter().position(|p| *p == f).unwrap_or(usize::MAX);
    diags.sort_by(|a, b| {
        (rank(&a.file), a.file.as_str(), a.line, a.col, a.severity).cmp(&(
            rank(&b.file),
            b.file.as_str(),
            b.line,
            b.col,
            b.severity,
        ))
    });
}

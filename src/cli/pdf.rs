//! The `plan` verb: a saved plan (a `.ron` file, or a PDF Vejviser wrote) as text, or as a
//! PDF to print; and writing the PDFs of `routes --pdf` and `compare --pdf`.

use super::{OK, USAGE_ERROR};
use crate::catalog::Date;
use crate::i18n::Lang;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes PDF bytes (or the reason there are none) to the file the user named.
pub(super) fn write(path: &Path, bytes: Result<Vec<u8>, String>) -> Result<(), String> {
    let bytes = bytes.map_err(|e| format!("the PDF could not be made: {e}"))?;
    crate::store::write_atomic(path, &bytes).map_err(|e| e.to_string())
}

/// `vejviser plan FILE [--pdf OUT.pdf] [--lang da|en] [--catalog DIR] [--no-name]`
pub fn plan(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (mut file, mut pdf, mut lang, mut catalog, mut name) = (None, None, Lang::Da, vec![], true);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned();
        match a.as_str() {
            "--pdf" | "--lang" | "--catalog" => {
                let Some(v) = value() else {
                    let _ = writeln!(err, "vejviser plan: {a} needs a value");
                    return USAGE_ERROR;
                };
                match a.as_str() {
                    "--pdf" => pdf = Some(PathBuf::from(v)),
                    "--catalog" => catalog.push(PathBuf::from(v)),
                    _ => match Lang::parse(&v) {
                        Some(l) => lang = l,
                        None => {
                            let _ = writeln!(err, "vejviser plan: --lang is da or en, not `{v}`");
                            return USAGE_ERROR;
                        }
                    },
                }
            }
            "--no-name" => name = false,
            s if s.starts_with('-') => {
                let _ = writeln!(err, "vejviser plan: unknown option `{s}`");
                return USAGE_ERROR;
            }
            f if file.is_none() => file = Some(PathBuf::from(f)),
            extra => {
                let _ = writeln!(err, "vejviser plan: unexpected argument `{extra}`");
                return USAGE_ERROR;
            }
        }
    }
    let Some(file) = file else {
        let _ = writeln!(err, "vejviser plan: give a plan file (.ron or .pdf)");
        return USAGE_ERROR;
    };
    let plan = match crate::store::read_plan_file(&file) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "vejviser plan: {e}");
            return USAGE_ERROR;
        }
    };
    let catalog = match crate::catalog::load::from_paths(&catalog, &[], today) {
        Ok(l) => l.catalog,
        Err(p) => {
            let _ = writeln!(err, "vejviser plan: {}", p.join("; "));
            return USAGE_ERROR;
        }
    };
    let Some(path) = pdf else {
        let text = crate::store::print::plan_text(&plan, &catalog, lang);
        return if out.write_all(text.as_bytes()).is_ok() {
            OK
        } else {
            USAGE_ERROR
        };
    };
    let who = plan
        .profile
        .as_ref()
        .map(|p| p.name.as_str())
        .filter(|n| name && !n.trim().is_empty());
    match write(&path, crate::pdf::plan(&plan, &catalog, lang, today, who)) {
        Ok(()) => OK,
        Err(e) => {
            let _ = writeln!(err, "vejviser plan: {e}");
            USAGE_ERROR
        }
    }
}

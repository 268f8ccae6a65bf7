//! The `vejviser` program: a command-line verb, or the window.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let today = match vejviser::clock::take_today(&mut args) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("vejviser: {e}");
            std::process::exit(vejviser::cli::USAGE_ERROR);
        }
    };
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    if let Some(code) = vejviser::cli::run(&args, today, &mut out, &mut err) {
        std::process::exit(code);
    }
    std::process::exit(window(&args, today));
}

#[cfg(feature = "gui")]
fn window(args: &[String], today: vejviser::catalog::Date) -> i32 {
    vejviser::ui::run(args, today)
}

#[cfg(not(feature = "gui"))]
fn window(_args: &[String], _today: vejviser::catalog::Date) -> i32 {
    eprintln!(
        "vejviser: this build has no window (built without the `gui` feature); try `vejviser --help`"
    );
    vejviser::cli::USAGE_ERROR
}

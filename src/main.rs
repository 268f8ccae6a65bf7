//! The `vejviser` program: a command-line verb, or the window.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    if let Some(code) = vejviser::cli::run(&args, &mut out, &mut err) {
        std::process::exit(code);
    }
    std::process::exit(window(&args));
}

#[cfg(feature = "gui")]
fn window(args: &[String]) -> i32 {
    vejviser::ui::run(args)
}

#[cfg(not(feature = "gui"))]
fn window(_args: &[String]) -> i32 {
    eprintln!(
        "vejviser: this build has no window (built without the `gui` feature); try `vejviser --help`"
    );
    vejviser::cli::USAGE_ERROR
}

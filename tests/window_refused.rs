//! A display that cannot be reached: the window gives the app's own message and exit code 2,
//! never a panic with a backtrace (iced panics when winit cannot open the display).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn an_unreachable_display_gives_the_message_and_code_2_without_a_panic() {
    let home = tempfile::tempdir().expect("temp dir");
    // Display :77 has no X server here; without WAYLAND_DISPLAY winit must use X11.
    assert!(
        !std::path::Path::new("/tmp/.X11-unix/X77").exists(),
        "an X server runs on :77; this test needs a display number nobody serves"
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_vejviser"))
        .env("DISPLAY", ":77")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_BACKTRACE", "1")
        .env("VEJVISER_HOME", home.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the program neither opened a window nor gave up within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("backtrace"), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("vejviser: the window could not be opened: "),
        "{stderr}"
    );
}

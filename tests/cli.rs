//! The `sous` command line: flags, exit codes, stdin scripts. Expected
//! outputs were checked against `node` with the same flags.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn sous(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sous"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sous");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().expect("wait for sous")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn eval_runs_code_with_the_loop() {
    let out = sous(
        &[
            "-e",
            "setTimeout(() => console.log('later'), 1); console.log('now')",
        ],
        None,
    );
    assert_eq!(text(&out.stdout), "now\nlater\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn print_shows_the_result_inspected() {
    assert_eq!(text(&sous(&["-p", "1 + 2"], None).stdout), "3\n");
    assert_eq!(text(&sous(&["-p", "'str'"], None).stdout), "str\n");
    assert_eq!(
        text(&sous(&["-p", "[1, 'a']"], None).stdout),
        "[ 1, 'a' ]\n"
    );
}

#[test]
fn eval_sees_require_and_argv() {
    let out = sous(
        &[
            "-e",
            "console.log(typeof require, process.argv.length)",
            "x",
            "y",
        ],
        None,
    );
    assert_eq!(text(&out.stdout), "function 3\n");
}

#[test]
fn version_and_help() {
    let out = sous(&["--version"], None);
    assert_eq!(
        text(&out.stdout),
        format!("v{}\n", env!("CARGO_PKG_VERSION"))
    );
    let help = text(&sous(&["--help"], None).stdout);
    assert!(
        help.contains("--eval") && help.contains("--print"),
        "{help}"
    );
}

#[test]
fn missing_file_is_a_clear_error_not_a_panic() {
    let out = sous(&["/nonexistent/nope.js"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("Error: Cannot find module '/nonexistent/nope.js'"),
        "{err}"
    );
    assert!(err.contains("code: 'MODULE_NOT_FOUND'"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn piped_stdin_runs_as_a_script() {
    let out = sous(&[], Some("console.log('from stdin'); process.exitCode = 4"));
    assert_eq!(text(&out.stdout), "from stdin\n");
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn uncaught_error_in_eval_exits_1() {
    let out = sous(&["-e", "throw new Error('boom')"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Error: boom"));
}

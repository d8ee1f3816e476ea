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
    // Node's `-pe` alias, which spawned children often use.
    assert_eq!(text(&sous(&["-pe", "6 * 7"], None).stdout), "42\n");
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

#[test]
fn an_unknown_option_is_an_error_not_a_script_name() {
    // Node: `<argv0>: bad option: --foo` on stderr, exit 9; options after
    // the script are the script's.
    let exe = env!("CARGO_BIN_EXE_sous");
    for (args, wrong) in [
        (&["--foo", "x.js"][..], "--foo"),
        (&["--foo=bar", "x.js"][..], "--foo=bar"),
        (&["-z"][..], "-z"),
        (&["-e", "1", "--bar"][..], "--bar"),
    ] {
        let out = sous(args, None);
        assert_eq!(text(&out.stderr), format!("{exe}: bad option: {wrong}\n"));
        assert_eq!(text(&out.stdout), "");
        assert_eq!(out.status.code(), Some(9));
    }
    let out = sous(
        &["-e", "console.log(process.argv.slice(2))", "--", "--foo"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_option_without_its_value_is_an_error() {
    let exe = env!("CARGO_BIN_EXE_sous");
    for flag in ["-e", "--eval", "-p"] {
        let out = sous(&[flag], None);
        assert_eq!(
            text(&out.stderr),
            format!("{exe}: {flag} requires an argument\n")
        );
        assert_eq!(out.status.code(), Some(9));
    }
}

#[test]
fn a_broken_package_json_over_the_main_script_is_node_s_error() {
    // Node reads the nearest package.json for the main script's "type".
    let dir = std::env::temp_dir().join(format!("sous-cli-badpkg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("package.json"), "{ \"type\": \"module\", }\n").unwrap();
    std::fs::write(dir.join("main.js"), "console.log('ran')\n").unwrap();
    let main = dir.join("main.js");
    let out = sous(&[main.to_str().unwrap()], None);
    let err = text(&out.stderr);
    let json = dir.join("package.json");
    // (Node's report also shows its loader's internal frames; sous has none
    // to show there.)
    assert!(
        err.contains(&format!(
            "Error: Invalid package config {}.",
            json.display()
        )),
        "{err}"
    );
    assert!(err.contains("code: 'ERR_INVALID_PACKAGE_CONFIG'"), "{err}");
    assert_eq!(text(&out.stdout), "");
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn node_options_errors_are_node_s() {
    // Node 24's messages (`node --unhandled-rejections=bogus -e 1` & co.), exit code 9.
    let exe = env!("CARGO_BIN_EXE_sous");
    for (args, message) in [
        (
            &["--unhandled-rejections=bogus", "-e", "1"][..],
            "invalid value for --unhandled-rejections",
        ),
        (&["--title"][..], "--title requires an argument"),
        (&["-r"][..], "-r requires an argument"),
        (
            &["--input-type=wasm", "-e", "1"][..],
            r#"--input-type must be "module","commonjs", "module-typescript" or "commonjs-typescript""#,
        ),
        (
            &["--env-file=/nonexistent/sous.env", "-e", "1"][..],
            "/nonexistent/sous.env: not found",
        ),
    ] {
        let out = sous(args, None);
        assert_eq!(text(&out.stderr), format!("{exe}: {message}\n"), "{args:?}");
        assert_eq!(out.status.code(), Some(9), "{args:?}");
    }
}

#[test]
fn node_options_in_the_environment() {
    let exe = env!("CARGO_BIN_EXE_sous");
    let run = |env: &str, code: &str| {
        Command::new(exe)
            .args(["-p", code])
            .env("NODE_OPTIONS", env)
            .output()
            .unwrap()
    };
    let out = run(
        "--title=\"two words\" --no-deprecation",
        "process.title + ' ' + process.noDeprecation",
    );
    assert_eq!(text(&out.stdout), "two words true\n");
    let out = run("--stack-size=100", "1");
    assert_eq!(
        text(&out.stderr),
        format!("{exe}: --stack-size= is not allowed in NODE_OPTIONS\n")
    );
    assert_eq!(out.status.code(), Some(9));
}

#[test]
fn check_compiles_without_running() {
    let dir = std::env::temp_dir().join(format!("sous-cli-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ok.js"), "console.log('ran'); return;").unwrap();
    std::fs::write(dir.join("bad.js"), "let x = ;").unwrap();
    let ok = sous(&["-c", dir.join("ok.js").to_str().unwrap()], None);
    assert_eq!(
        (text(&ok.stdout), ok.status.code()),
        (String::new(), Some(0))
    );
    let bad = sous(&["--check", dir.join("bad.js").to_str().unwrap()], None);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("SyntaxError"),
        "{}",
        text(&bad.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn input_type_module_runs_eval_and_stdin_as_an_es_module() {
    // As node 24 prints for the same command lines.
    let code = "import os from 'node:os'; console.log(typeof os.EOL, typeof require, import.meta.url.endsWith('[eval1]')); await null; console.log('after await')";
    let out = sous(&["--input-type=module", "-e", code], None);
    assert_eq!(text(&out.stdout), "string undefined true\nafter await\n");
    let out = sous(
        &["--input-type=module"],
        Some("export default 1; console.log(typeof module)"),
    );
    assert_eq!(text(&out.stdout), "undefined\n");
}

//! The REPL, end to end: piped input (`sous -i < file`, compared with what
//! `node -i` printed) and a real pseudo-terminal (rustyline, keys, Ctrl+C/D,
//! history, timers firing at the prompt). Timeouts are generous and nothing
//! asserts a timing: the machine may be loaded.

use expectrl::{ControlCode, Eof, Session};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn sous() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_sous"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/repl")
        .join(name)
}

/// Runs `sous -i` with `input` on a pipe; returns (stdout, exit code).
fn piped(input: impl AsRef<[u8]>) -> (String, i32) {
    let mut child = Command::new(sous())
        .arg("-i")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn sous");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_ref())
        .unwrap();
    let out = child.wait_with_output().expect("sous -i");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

const LOAD_HELP: &str = ".load    Load JS from a file into the REPL session\n";
const LOOP_HELP: &str =
    ".loop    Show what the event loop has pending (timers, immediates, pool jobs, handles)\n";

fn banner() -> String {
    format!(
        "Welcome to sous v{}.\nType \".help\" for more information.\n",
        env!("CARGO_PKG_VERSION")
    )
}

#[test]
fn piped_session_matches_node() {
    let input = std::fs::read_to_string(fixture("piped.in")).unwrap();
    let node = std::fs::read_to_string(fixture("piped.node.out")).unwrap();
    // The two deliberate differences: the banner, and sous's `.loop`
    // command in `.help` (Node has no loop inspector).
    let expected = node
        .replacen(
            "Welcome to Node.js v24.22.3.\nType \".help\" for more information.\n",
            &banner(),
            1,
        )
        .replace(LOAD_HELP, &format!("{LOAD_HELP}{LOOP_HELP}"));
    let (out, code) = piped(&input);
    assert_eq!(code, 0);
    if out != expected {
        let diff = similar::TextDiff::from_lines(&expected, &out);
        panic!(
            "sous -i differs from node -i:\n{}",
            diff.unified_diff().header("node", "sous")
        );
    }
}

#[test]
fn piped_top_level_await_and_declarations() {
    let input = "const v = await new Promise(r => setTimeout(() => r(9), 30))\nv\n\
                 let [a, {b}] = await Promise.resolve([1, {b: 2}]); a + b\n\
                 await Promise.reject(new TypeError('no'))\n\
                 function add(x, y) { return x + y }\nadd(v, a)\n";
    let (out, code) = piped(input);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "{}> undefined\n> 9\n> 3\n> Uncaught TypeError: no\n> undefined\n> 10\n> ",
            banner()
        )
    );
}

#[test]
fn piped_timers_run_while_waiting_and_errors_do_not_end_the_session() {
    // The timers are set by the line that awaits, so they fire while it
    // waits whatever the machine's load (not while a prompt shows).
    let input = "1\n\
                 setTimeout(() => console.log('timer fired'), 5); setTimeout(() => { throw new Error('async boom') }, 10); await new Promise(r => setTimeout(r, 200))\n\
                 Promise.reject(5); 2\n\
                 await new Promise(r => setTimeout(r, 50))\n\
                 'still alive'\n";
    let (out, code) = piped(input);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "{}> 1\n> timer fired\nUncaught Error: async boom\nundefined\n> 2\n\
             > Uncaught UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"5\".\n\
             > undefined\n> 'still alive'\n> ",
            banner()
        )
    );
}

#[test]
fn piped_end_of_input_exits_at_once_dropping_timers() {
    let (out, code) = piped("setTimeout(() => console.log('never'), 60000); 1\n");
    assert_eq!(code, 0);
    assert_eq!(out, format!("{}> 1\n> ", banner()));
}

#[test]
fn piped_exit_event_and_process_exit() {
    let (out, code) =
        piped("process.on('exit', c => console.log('exit', c)); 1\nprocess.exitCode = 3\n.exit\n");
    assert_eq!(code, 3);
    assert!(out.ends_with("> 1\n> 3\n> exit 3\n"), "{out}");
    let (_, code) = piped("process.exit(4)\n1\n");
    assert_eq!(code, 4);
}

#[test]
fn piped_load_and_save() {
    let dir = std::env::temp_dir().join(format!("sous-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("lib.js");
    std::fs::write(&file, "function triple(x) { return 3 * x }\ntriple(2)\n").unwrap();
    let saved = dir.join("saved.js");
    let input = format!(
        ".load {}\ntriple(5)\n.save {}\n.load {}/missing.js\n",
        file.display(),
        saved.display(),
        dir.display()
    );
    let (out, _) = piped(&input);
    assert!(out.contains("> 6\n> 15\n> Session saved to: "), "{out}");
    assert!(out.contains("Failed to load: "), "{out}");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("triple(5)"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- a real terminal ----

/// `sous` on a pseudo-terminal, colors off so the screen text is plain.
fn terminal(history: &str) -> Session {
    terminal_with(history, &[])
}

fn terminal_with(history: &str, env: &[(&str, &str)]) -> Session {
    let mut cmd = Command::new(sous());
    cmd.env("NO_COLOR", "1").env("SOUS_REPL_HISTORY", history);
    cmd.envs(env.iter().copied());
    let mut s = Session::spawn(cmd).expect("spawn sous on a pty");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s.expect("Type \".help\" for more information.").unwrap();
    s.expect("> ").unwrap();
    s
}

fn enter(s: &mut Session, line: &str) {
    s.send(line).unwrap();
    s.send("\r").unwrap();
}

/// Waits until the editor reads again: rustyline turns bracketed paste on
/// as it enters raw mode. Control keys are sent only then; between two
/// reads the terminal is in cooked mode, where the kernel would take them.
fn at_prompt(s: &mut Session) {
    s.expect("\x1b[?2004h").unwrap();
}

fn exited_with(s: &mut Session, code: i32) {
    s.expect(Eof).unwrap();
    let status = s.get_process().wait().unwrap();
    assert_eq!(
        format!("{status:?}").rsplit(", ").next(),
        Some(&*format!("{code})")),
        "{status:?}"
    );
}

#[test]
fn tty_session() {
    let mut s = terminal("");
    enter(&mut s, "\"str\"");
    s.expect("'str'").unwrap();
    enter(&mut s, "function f() {");
    s.expect("| ").unwrap();
    enter(&mut s, "return 40");
    s.expect("| ").unwrap();
    enter(&mut s, "}");
    s.expect("undefined").unwrap();
    enter(&mut s, "let n = f() + 2");
    s.expect("undefined").unwrap();
    enter(&mut s, "n * 1000");
    s.expect("42000").unwrap();
    enter(&mut s, "_ + 1");
    s.expect("42001").unwrap();
    enter(&mut s, "let n = 1");
    s.expect("Uncaught SyntaxError: Identifier 'n' has already been declared")
        .unwrap();
    enter(&mut s, "n + 0.5");
    s.expect("42.5").unwrap();
    enter(&mut s, "null.x");
    s.expect("Uncaught TypeError").unwrap();
    enter(&mut s, "_ = 7");
    s.expect("Expression assignment to _ now disabled.")
        .unwrap();
    enter(
        &mut s,
        "await new Promise(r => setTimeout(() => r('awa' + 'ited'), 20))",
    );
    s.expect("'awaited'").unwrap();
    // A timer fires while the prompt waits: its output shows without a key.
    enter(
        &mut s,
        "setTimeout(() => console.log('T' + 'fired'), 100); 0",
    );
    s.expect("Tfired").unwrap();
    enter(&mut s, "[1, 2");
    s.expect("| ").unwrap();
    enter(&mut s, ".break");
    enter(&mut s, "'after ' + 'break'");
    s.expect("'after break'").unwrap();
    // Ctrl+C on a line with text clears it; on an empty line, the hint;
    // again, exit.
    at_prompt(&mut s);
    s.send("junk").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    enter(&mut s, "'cl' + 'eared'");
    s.expect("'cleared'").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
        .unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfText).unwrap();
    exited_with(&mut s, 0);
}

#[test]
fn tty_ctrl_d_exits_dropping_timers() {
    let mut s = terminal("");
    enter(
        &mut s,
        "setTimeout(() => console.log('never'), 600000); 'armed'",
    );
    s.expect("'armed'").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfTransmission).unwrap();
    exited_with(&mut s, 0);
}

#[test]
fn tty_editor_mode_and_help() {
    let mut s = terminal("");
    enter(&mut s, ".help");
    s.expect(".editor   Enter editor mode").unwrap();
    enter(&mut s, ".editor");
    s.expect("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)")
        .unwrap();
    enter(&mut s, "function add(a, b) {");
    enter(&mut s, "  return a + b");
    enter(&mut s, "}");
    enter(&mut s, "add(20, 3)");
    // Ctrl+D only once the editor reads again (raw mode back on: bracketed
    // paste is re-enabled); between two reads the terminal is in cooked
    // mode, where the kernel would take Ctrl+D itself.
    s.expect("add(20, 3)").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfTransmission).unwrap();
    s.expect("23").unwrap();
    enter(&mut s, ".exit");
    exited_with(&mut s, 0);
}

#[test]
fn tty_tab_completion() {
    let mut s = terminal("");
    enter(&mut s, "const myLongVariableName = { innerField: 31337 }");
    s.expect("undefined").unwrap();
    s.send("myLongVar\t").unwrap();
    s.send(".inner\t").unwrap();
    enter(&mut s, "");
    s.expect("31337").unwrap();
    s.send("require('tim\t").unwrap();
    enter(&mut s, "').setTimeout === setTimeout");
    s.expect("true").unwrap();
    enter(&mut s, ".exit");
    exited_with(&mut s, 0);
}

#[test]
fn tty_history_is_kept_across_sessions() {
    let file = std::env::temp_dir().join(format!("sous-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let path = file.to_string_lossy().into_owned();
    let mut s = terminal(&path);
    enter(&mut s, "6 * 7");
    s.expect("42").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfTransmission).unwrap();
    exited_with(&mut s, 0);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("6 * 7"), "{text}");

    let mut s = terminal(&path);
    // Up arrow: the line from the first session.
    s.send("\x1b[A").unwrap();
    enter(&mut s, " + 0.5");
    s.expect("42.5").unwrap();
    enter(&mut s, ".exit");
    exited_with(&mut s, 0);
    let _ = std::fs::remove_file(&file);
}

#[test]
fn piped_invalid_utf8_is_a_replacement_character_not_the_end() {
    // `node -i` decodes the byte as U+FFFD and reads on.
    let (out, code) = piped(b"console.log('a\xffb'.length)\n1+1\n");
    assert_eq!(out, format!("{}> 3\nundefined\n> 2\n> ", banner()));
    assert_eq!(code, 0);
}

#[test]
fn tty_invalid_utf8_is_a_replacement_character_not_the_end() {
    let mut s = terminal("");
    s.send(b"'a\xff").unwrap();
    at_prompt(&mut s);
    s.send("b'.length\r").unwrap();
    s.expect("3").unwrap();
    enter(&mut s, "'still ' + 'here'");
    s.expect("'still here'").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfTransmission).unwrap();
    exited_with(&mut s, 0);
}

#[test]
fn tty_dumb_terminal_edits_long_lines_and_ctrl_c_hints() {
    // Node edits in raw mode on TERM=dumb too: no 4095-byte cut, and Ctrl+C
    // on an empty line is the hint, not the end.
    let mut s = terminal_with("", &[("TERM", "dumb")]);
    enter(&mut s, &format!("'{}'.length", "y".repeat(5000)));
    s.expect("5000").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
        .unwrap();
    enter(&mut s, "'still ' + 'here'");
    s.expect("'still here'").unwrap();
    at_prompt(&mut s);
    s.send(ControlCode::EndOfTransmission).unwrap();
    exited_with(&mut s, 0);
}

#[test]
fn piped_line_nested_too_deeply_is_a_range_error_and_the_session_goes_on() {
    // Node 24 prints the same two lines (after its internal code frame).
    let deep = format!("{}{}\n1 + 1\n", "[".repeat(100_000), "]".repeat(100_000));
    let (out, code) = piped(deep.as_bytes());
    assert!(
        out.contains("> Uncaught RangeError: Maximum call stack size exceeded\n> 2\n"),
        "{out}"
    );
    assert_eq!(code, 0);
}

//! Signals sent from outside: a listener gets them on the main thread, and
//! once its listeners are gone a signal does what it does by default (the
//! process dies of it, as Node's does). Expectations were taken from Node
//! v24.22.3 run the same way: `SOUS_SIGNALS_RUNTIME=$(tests/node-ref.sh)
//! cargo test --test signals` runs them against the reference node.

mod common;
use common::wait_at_most;
use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

fn runtime(code: &str) -> Command {
    let bin =
        std::env::var("SOUS_SIGNALS_RUNTIME").unwrap_or_else(|_| env!("CARGO_BIN_EXE_sous").into());
    let mut cmd = Command::new(bin);
    cmd.args(["-e", code])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Runs `code`, waits for its first line ("ready"), sends `signal`, and
/// returns what it printed after and how it ended.
fn signal_after_ready(code: &str, signal: i32) -> (String, std::process::ExitStatus) {
    let mut child = runtime(code).spawn().expect("run the runtime");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("read the ready line");
    assert_eq!(line, "ready\n");
    // SAFETY: kill(2) on the child's pid with a plain signal number.
    unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    let mut rest = String::new();
    for l in out.lines() {
        rest.push_str(&l.expect("read a line"));
        rest.push('\n');
    }
    let status = wait_at_most(child, Duration::from_secs(10)).status;
    (rest, status)
}

#[test]
fn a_listener_gets_a_signal_from_outside() {
    let (out, status) = signal_after_ready(
        "process.on('SIGTERM', (name, n) => { console.log('got', name, n); clearInterval(t); });\
         const t = setInterval(() => {}, 1000); console.log('ready');",
        libc::SIGTERM,
    );
    assert_eq!(out, "got SIGTERM 15\n");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn without_listeners_a_signal_ends_the_process() {
    let (out, status) = signal_after_ready(
        "const h = () => console.log('not called'); process.on('SIGINT', h); process.off('SIGINT', h);\
         setInterval(() => {}, 1000); console.log('ready');",
        libc::SIGINT,
    );
    assert_eq!(out, "");
    assert_eq!(status.signal(), Some(libc::SIGINT));
}

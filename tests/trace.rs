//! `sous --trace-loop`: the events of small scripts, checked for structure and
//! order (never for timings, except that a callback busy for 60 ms is flagged).

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn run(script: &str, flag: Option<&str>) -> Output {
    let dir = std::env::temp_dir().join(format!("sous-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let name = format!("case{:x}.js", fxhash(script));
    let path: PathBuf = dir.join(&name);
    std::fs::write(&path, script).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sous"));
    if let Some(flag) = flag {
        cmd.arg(flag);
    }
    cmd.arg(&name).current_dir(&dir).env("NO_COLOR", "1");
    cmd.output().expect("run sous")
}

fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// The JSON events of a run; every line must be one object with "event" and "t".
fn events(script: &str) -> (Vec<Value>, String) {
    let out = run(script, Some("--trace-loop=json"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let events: Vec<Value> = stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let mut last_t = 0.0;
    for e in &events {
        assert!(e["event"].is_string(), "{e}");
        let t = e["t"].as_f64().unwrap_or_else(|| panic!("no t: {e}"));
        assert!(t >= last_t, "time went back: {e}");
        last_t = t;
    }
    (events, String::from_utf8(out.stdout).unwrap())
}

fn named<'a>(events: &'a [Value], name: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["event"] == name).collect()
}

#[test]
fn callbacks_phases_and_drains_in_order() {
    let (ev, stdout) = events(
        // `process` is touched first so that compiling its builtin is not
        // counted in the callback checked for blocking below.
        "void process.pid; setTimeout(function a() {\n\
           process.nextTick(() => {});\n\
           Promise.resolve().then(() => {}).then(() => {});\n\
           console.log('timeout');\n\
         }, 20);\n\
         setImmediate(function b() { console.log('immediate'); });\n",
    );
    assert_eq!(stdout, "immediate\ntimeout\n");
    let turns = named(&ev, "turn");
    assert_eq!(turns[0]["turn"], 1);
    assert_eq!(turns[0]["pending"]["timers"], 1);
    assert_eq!(turns[0]["pending"]["immediates"], 1);
    // Phases go timers, poll, check within each turn.
    let phases: Vec<&str> = named(&ev, "phase")
        .iter()
        .map(|e| e["phase"].as_str().unwrap())
        .collect();
    for chunk in phases.chunks(3) {
        assert_eq!(chunk, ["timers", "poll", "check"]);
    }
    // Every callback_start is followed by its own callback_end.
    let cbs: Vec<&Value> = ev
        .iter()
        .filter(|e| e["event"] == "callback_start" || e["event"] == "callback_end")
        .collect();
    assert_eq!(cbs.len(), 4);
    for pair in cbs.chunks(2) {
        assert_eq!(pair[0]["event"], "callback_start");
        assert_eq!(pair[1]["event"], "callback_end");
        assert_eq!(pair[0]["id"], pair[1]["id"]);
        assert_eq!(pair[0]["kind"], pair[1]["kind"]);
    }
    let (imm, imm_end) = (cbs[0], cbs[1]);
    assert_eq!(imm["kind"], "immediate");
    assert_eq!(imm["phase"], "check");
    assert!(
        imm["scheduled_at"].as_str().unwrap().contains(".js:6:"),
        "{imm}"
    );
    assert_eq!(imm_end["ticks"], 0);
    let (tm, tm_end) = (cbs[2], cbs[3]);
    assert_eq!(tm["kind"], "timeout");
    assert_eq!(tm["phase"], "timers");
    assert_eq!(tm["delay_ms"], 20.0);
    assert!(
        tm["scheduled_at"].as_str().unwrap().contains(".js:1:"),
        "{tm}"
    );
    assert_eq!(tm_end["ticks"], 1);
    assert_eq!(tm_end["jobs"], 2);
    assert_eq!(tm_end["blocked"], false);
    // The 20 ms timer cannot be due before the first check phase, even on a
    // loaded machine, so the immediate runs first.
    let exit = named(&ev, "exit");
    assert_eq!(exit.len(), 1);
    assert_eq!(exit[0]["code"], 0);
    let summary = ev.last().unwrap();
    assert_eq!(summary["event"], "summary");
    assert_eq!(summary["callbacks"]["timeout"], 1);
    assert_eq!(summary["callbacks"]["immediate"], 1);
    assert_eq!(summary["peak_pending"]["total"], 2);
    assert_eq!(summary["longest"].as_array().unwrap().len(), 2);
}

#[test]
fn intervals_are_traced_each_run() {
    let (ev, _) = events(
        "let n = 0;\nconst iv = setInterval(() => { if (++n === 3) clearInterval(iv); }, 2);\n",
    );
    let starts = named(&ev, "callback_start");
    assert_eq!(starts.len(), 3);
    for s in &starts {
        assert_eq!(s["kind"], "interval");
        assert_eq!(s["delay_ms"], 2.0);
        assert_eq!(s["id"], starts[0]["id"]);
    }
    assert_eq!(ev.last().unwrap()["callbacks"]["interval"], 3);
}

#[test]
fn a_callback_blocking_the_loop_is_flagged_with_its_source_line() {
    let (ev, _) = events(
        "setTimeout(function slow() { const end = Date.now() + 60; while (Date.now() < end); }, 0);\n\
         setTimeout(function quick() {}, 0);\n",
    );
    let ends = named(&ev, "callback_end");
    assert_eq!(ends.len(), 2);
    assert_eq!(ends[0]["blocked"], true);
    assert!(ends[0]["source"]
        .as_str()
        .unwrap()
        .contains("function slow()"));
    assert!(ends[0]["took_ms"].as_f64().unwrap() > 50.0);
    assert_eq!(ends[1]["blocked"], false);
    let summary = ev.last().unwrap();
    assert_eq!(summary["blocked"], 1);
    let longest = &summary["longest"][0];
    assert!(longest["source"]
        .as_str()
        .unwrap()
        .contains("function slow()"));
}

#[test]
fn process_exit_still_ends_with_a_summary() {
    let (ev, _) = events("setTimeout(() => process.exit(3), 0);\nsetTimeout(() => {}, 10000);\n");
    assert_eq!(named(&ev, "exit")[0]["code"], 3);
    // The callback that exited never returned; it is still closed and counted.
    let ends = named(&ev, "callback_end");
    assert_eq!(ends.len(), 1);
    assert_eq!(ends[0]["returned"], false);
    assert_eq!(ev.last().unwrap()["callbacks"]["timeout"], 1);
    assert_eq!(ev.last().unwrap()["event"], "summary");
    assert_eq!(ev.last().unwrap()["code"], 3);
}

#[test]
fn text_timeline_has_turns_callbacks_and_a_summary() {
    let out = run(
        "setTimeout(() => {}, 1);\nsetImmediate(() => {});\n",
        Some("--trace-loop"),
    );
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(
        !text.contains('\x1b'),
        "no colors when NO_COLOR is set: {text}"
    );
    assert!(
        text.contains("turn 1: 1 timers, 1 immediates, 0 pool jobs pending"),
        "{text}"
    );
    let imm = text
        .lines()
        .find(|l| l.contains(" immediate "))
        .expect(&text);
    assert!(imm.contains(" check "), "{imm}");
    let tm = text.lines().find(|l| l.contains(" timeout ")).expect(&text);
    assert!(
        tm.contains(" timers ") && tm.contains("delay 1 ") && tm.contains("took "),
        "{tm}"
    );
    assert!(text.contains("── loop summary ──"), "{text}");
    assert!(text.contains("callbacks     2: "), "{text}");
    assert!(text.contains("peak pending  2 at turn 1"), "{text}");
}

#[test]
fn without_the_flag_nothing_is_traced() {
    let out = run("setTimeout(() => console.log('x'), 1);\n", None);
    assert_eq!(out.stdout, b"x\n");
    assert!(out.stderr.is_empty());
}

#[test]
fn a_bad_format_is_a_usage_error() {
    // Node's code for a command line it cannot take is 9, and its message
    // `<argv0>: invalid value for --option`.
    let out = run("", Some("--trace-loop=yaml"));
    assert_eq!(out.status.code(), Some(9));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with(": invalid value for --trace-loop: yaml (text, json)\n"),
        "{err}"
    );
}

#[test]
fn child_processes_and_signal_listeners_are_pending_handles() {
    let out = run(
        "process.on('SIGUSR2', () => {});\n\
         const child = require('child_process').spawn('true', [], { stdio: 'ignore' });\n\
         child.on('exit', () => {});\n",
        Some("--trace-loop"),
    );
    let text = String::from_utf8(out.stderr).unwrap();
    // The signal's pipe and the child's pidfd.
    assert!(
        text.contains("turn 1: 0 timers, 0 immediates, 0 pool jobs, 2 handles pending"),
        "{text}"
    );
}

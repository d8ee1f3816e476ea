//! The conformance suite: every `tests/conformance/<area>/<case>.js` runs as its own process and
//! must print exactly what the reference node, Node v24.22.3, printed. Node's output is stored next to the case by
//! `tests/conformance/regen.sh`, which calls the `regen` test below, so the way cases are run and
//! the normalization rules exist once, here, for both the generator and the check.
//!
//! Files of a case (`<case>` = path without `.js`):
//! - `<case>.out`  expected stdout, exact bytes (after path normalization);
//! - `<case>.err`  expected normalized stderr, only when non-empty;
//! - `<case>.code` expected exit code, only when non-zero;
//! - `<case>.args` optional: one line of extra arguments (split on whitespace) after the script;
//! - `<case>.flags` optional: one line of Node options (split on whitespace) before the script.
//!
//! Cases run with `NODE_OPTIONS` removed from the environment; a case that needs it writes
//! `NODE_OPTIONS=--a,--b=c` (commas for spaces) among its `.flags`.
//!
//! A case containing the line `// conformance: ignore-stderr` gets no `.err` and its stderr is not
//! compared: node's report for it shows node internals that sous should not imitate.
//! Only `.js` and `.mjs` files directly inside an area folder are cases; deeper folders hold
//! fixtures.
//!
//! Environment:
//! - `SOUS_CONFORMANCE_BIN`       run this binary instead of the built `sous` (e.g. `node`);
//! - `SOUS_CONFORMANCE_FILTER`    only cases whose path (`area/case.js`) contains this string;
//! - `SOUS_CONFORMANCE_SKIP_NODE` skip the check that expectations still equal node's output;
//! - `SOUS_REFERENCE_NODE`        the reference node's binary; by default `tests/node-ref.sh`
//!   installs v24.22.3 into `.node-ref/` and names it (the node on `PATH` is never used: it may
//!   be another version);
//! - `SOUS_CONFORMANCE_REGEN=1`   arms the ignored `regen` test (see regen.sh), which rewrites the
//!   expectations of the cases listed in `SOUS_CONFORMANCE_REGEN_CASES` (absolute paths, one per
//!   line; empty means every case).

use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// Cases are small and mostly wait on timers, so a few more processes than cores keeps it quick.
const THREADS: usize = 4;
/// A case that has not finished by then hangs: that is a failure, and the child is killed.
const TIMEOUT: Duration = Duration::from_secs(15);
/// How many times regen runs node on a case; any difference means the case is nondeterministic.
const REGEN_RUNS: usize = 5;
/// The marker that turns off the stderr comparison of one case.
const IGNORE_STDERR: &str = "// conformance: ignore-stderr";
/// The marker of a case whose stdout is a `node:test` report.
const TEST_REPORT: &str = "// conformance: test-runner";

/// The tests of this file run one at a time, so that two of them never load the machine with
/// twice the processes (timing-based cases need a machine that is not overloaded).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

struct Case {
    /// `area/case.js`, for messages and the filter.
    name: String,
    /// The canonical directory of the case: the child's cwd, and the path normalized away.
    dir: PathBuf,
    /// `case.js`, passed to the runtime as a relative path.
    file: String,
    args: Vec<String>,
    /// Node options before the script.
    flags: Vec<String>,
    /// `NODE_OPTIONS` for the run (its words joined by commas in `.flags`).
    node_options: Option<String>,
    ignore_stderr: bool,
    /// `// conformance: test-runner`: stdout is a `node:test` report (timings and stack frames
    /// normalized away).
    test_report: bool,
}

/// How a child process ended.
#[derive(Clone, PartialEq, Debug)]
enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
}

/// One run of a case, already normalized.
struct Outcome {
    stdout: Vec<u8>,
    stderr: String,
    exit: Exit,
}

/// What the stored files say a run must produce. `stderr` is None when it is not compared.
struct Expected {
    stdout: Vec<u8>,
    stderr: Option<String>,
    code: i32,
}

#[test]
fn conformance() {
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bin = std::env::var_os("SOUS_CONFORMANCE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_sous")));
    check_all_against_expectations_except(&bin, "conformance", &known_differences());
}

/// Expectations are generated, never edited by hand: when node is here, each one must still be
/// what node prints today.
#[test]
fn expectations_match_node() {
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    if std::env::var_os("SOUS_CONFORMANCE_SKIP_NODE").is_some() {
        report("node check: skipped (SOUS_CONFORMANCE_SKIP_NODE is set)\n");
        return;
    }
    let Some(node) = reference_node() else {
        report(
            "node check: skipped (the reference node could not be had: see tests/node-ref.sh)\n",
        );
        return;
    };
    check_all_against_expectations(node, "node check");
}

/// Rewrites expectations from node's output; run through `tests/conformance/regen.sh`.
#[test]
#[ignore]
fn regen() {
    if std::env::var("SOUS_CONFORMANCE_REGEN").as_deref() != Ok("1") {
        report("regen: not armed; run tests/conformance/regen.sh\n");
        return;
    }
    let cases = regen_selection().unwrap_or_else(|e| panic!("regen: {e}"));
    let errors: Vec<String> = parallel_map(&cases, regen_case)
        .into_iter()
        .filter_map(|r| r.err())
        .collect();
    if !errors.is_empty() {
        report(&format!("{}\n", errors.join("\n")));
        panic!("regen: {} of {} cases refused", errors.len(), cases.len());
    }
    report(&format!("regen: wrote {} cases\n", cases.len()));
}

/// `tests/conformance/known-differences.txt`: case name → why sous differs.
fn known_differences() -> Vec<(String, String)> {
    let text =
        fs::read_to_string(conformance_root().join("known-differences.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((name, why)) => (name.to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

fn check_all_against_expectations(bin: &Path, label: &str) {
    check_all_against_expectations_except(bin, label, &[]);
}

/// Runs every case; a case listed in `known` must fail (its diff is shown
/// as a known difference), every other case must pass.
fn check_all_against_expectations_except(bin: &Path, label: &str, known: &[(String, String)]) {
    let cases = discover_cases();
    let failures: Vec<(String, String)> = parallel_map(&cases, |case| {
        let outcome = run_case(bin, case);
        let problem = match load_expected(case) {
            Ok(expected) => compare(&expected, &outcome),
            Err(e) => Some(e),
        };
        problem.map(|p| (case.name.clone(), p))
    })
    .into_iter()
    .flatten()
    .collect();
    let is_known = |name: &str| known.iter().find(|(k, _)| k == name);
    let (expected_failures, failures): (Vec<_>, Vec<_>) = failures
        .into_iter()
        .partition(|(name, _)| is_known(name).is_some());
    for (name, diff) in &expected_failures {
        let why = is_known(name).map(|(_, w)| w.as_str()).unwrap_or_default();
        report(&format!(
            "\n=== KNOWN DIFFERENCE {label}: {name} ({why})\n{diff}"
        ));
    }
    let now_passing: Vec<&str> = known
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| {
            cases.iter().any(|c| c.name == *k) && !expected_failures.iter().any(|(n, _)| n == k)
        })
        .collect();
    assert!(
        now_passing.is_empty(),
        "these cases now pass: remove them from known-differences.txt: {now_passing:?}"
    );
    for (name, diff) in &failures {
        report(&format!("\n=== FAIL {label}: {name}\n{diff}"));
    }
    let passed = cases.len() - failures.len() - expected_failures.len();
    if failures.is_empty() {
        let known = expected_failures.len();
        report(&format!(
            "{label}: {passed} passed, 0 failed ({known} known differences)\n"
        ));
        return;
    }
    let names: Vec<&str> = failures.iter().map(|(n, _)| n.as_str()).collect();
    panic!(
        "{} of {} {label} cases failed:\n  {}",
        failures.len(),
        cases.len(),
        names.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// Finding cases

fn conformance_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    // Canonical, because node reports paths with symlinks resolved and we normalize them away.
    fs::canonicalize(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display()))
}

/// Every `<area>/<case>.js`, sorted, narrowed by `SOUS_CONFORMANCE_FILTER`.
fn discover_cases() -> Vec<Case> {
    let filter = std::env::var("SOUS_CONFORMANCE_FILTER").unwrap_or_default();
    let mut cases = Vec::new();
    for area in sorted_entries(&conformance_root()) {
        if !area.is_dir() {
            continue;
        }
        for js in sorted_entries(&area) {
            if js.is_file() && is_case_file(&js) {
                let case = load_case(&js);
                if case.name.contains(&filter) {
                    cases.push(case);
                }
            }
        }
    }
    assert!(
        !cases.is_empty(),
        "no conformance case matches filter {filter:?}"
    );
    cases
}

/// A case is a `.js` file, or a `.mjs` one (an ES module entry point).
fn is_case_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "js" || e == "mjs")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    entries
}

fn load_case(js: &Path) -> Case {
    let dir = js.parent().unwrap().to_path_buf();
    let file = js.file_name().unwrap().to_string_lossy().into_owned();
    let area = dir.file_name().unwrap().to_string_lossy();
    let source = fs::read_to_string(js).unwrap_or_else(|e| panic!("{}: {e}", js.display()));
    let words = |ext| {
        fs::read_to_string(js.with_extension(ext))
            .map(|line| {
                line.split_whitespace()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let args = words("args");
    let (env, flags): (Vec<String>, Vec<String>) = words("flags")
        .into_iter()
        .partition(|w| w.starts_with("NODE_OPTIONS="));
    Case {
        name: format!("{area}/{file}"),
        ignore_stderr: source.lines().any(|l| l.trim() == IGNORE_STDERR),
        test_report: source.lines().any(|l| l.trim() == TEST_REPORT),
        dir,
        file,
        args,
        flags,
        node_options: env
            .first()
            .map(|w| w["NODE_OPTIONS=".len()..].replace(',', " ")),
    }
}

fn expectation_path(case: &Case, ext: &str) -> PathBuf {
    case.dir.join(Path::new(&case.file).with_extension(ext))
}

// ---------------------------------------------------------------------------------------------
// Running a case

/// Runs one case the documented way: cwd = the case's folder, the script as a relative path,
/// stdin from /dev/null, NO_COLOR=1; returns its normalized output.
fn run_case(bin: &Path, case: &Case) -> Outcome {
    let mut command = Command::new(bin);
    command.env_remove("NODE_OPTIONS");
    if let Some(options) = &case.node_options {
        command.env("NODE_OPTIONS", options);
    }
    let mut child = command
        .args(&case.flags)
        .arg(&case.file)
        .args(&case.args)
        .current_dir(&case.dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    // Drain both pipes on their own threads so a chatty child never blocks on a full pipe.
    let stdout = read_in_background(child.stdout.take().unwrap());
    let stderr = read_in_background(child.stderr.take().unwrap());
    let started = Instant::now();
    let exit = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break match status.code() {
                Some(code) => Exit::Code(code),
                None => Exit::Signal(status.signal().unwrap_or(0)),
            };
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break Exit::TimedOut;
        }
        thread::sleep(Duration::from_millis(2));
    };
    Outcome {
        stdout: normalize_stdout(&stdout.join().unwrap(), &case.dir, case.test_report),
        stderr: normalize_stderr(&stderr.join().unwrap(), &case.dir),
        exit,
    }
}

fn read_in_background(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// The reference node (v24.22.3): `$SOUS_REFERENCE_NODE`, or what `tests/node-ref.sh` installs
/// and names. None when it cannot be had; the node check is then skipped, and regen refuses.
fn reference_node() -> Option<&'static Path> {
    static NODE: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    NODE.get_or_init(|| {
        if let Some(path) = std::env::var_os("SOUS_REFERENCE_NODE") {
            return Some(PathBuf::from(path));
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node-ref.sh");
        let out = Command::new("bash")
            .arg(script)
            .stderr(Stdio::inherit())
            .output()
            .ok()?;
        let path = String::from_utf8(out.stdout).ok()?;
        let path = PathBuf::from(path.trim());
        (out.status.success() && path.is_file()).then_some(path)
    })
    .as_deref()
}

// ---------------------------------------------------------------------------------------------
// Normalization: the one place where the rules live.

/// Stdout is compared exactly, except that the case's folder is cut out of absolute paths.
fn normalize_stdout(raw: &[u8], case_dir: &Path, test_report: bool) -> Vec<u8> {
    let stripped = strip_case_dir(raw, case_dir);
    if !test_report {
        return stripped;
    }
    // A node:test report: `(12.34ms)` -> `(DURATION)`, `duration_ms 56.7` -> `duration_ms
    // DURATION`, stack-frame lines dropped (they name the runtime's internals).
    let text = String::from_utf8_lossy(&stripped);
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("at ") {
            continue;
        }
        out.push_str(&replace_durations(line));
    }
    out.into_bytes()
}

/// `(<number>ms)` and `duration_ms <number>` with the number replaced by DURATION.
fn replace_durations(line: &str) -> String {
    let is_number = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '.');
    if let Some(rest) = line.strip_prefix("ℹ duration_ms ") {
        if is_number(rest.trim_end()) {
            return format!("ℹ duration_ms DURATION{}", &rest[rest.trim_end().len()..]);
        }
    }
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        match after.find("ms)") {
            Some(end) if is_number(&after[..end]) => {
                out.push_str(&rest[..open]);
                out.push_str("(DURATION)");
                rest = &after[end + 3..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Stderr rules, in order: (1) drop stack-frame lines `^\s+at ` (node's frames point into its
/// internals); (2) cut `<case dir>/` out of paths; (3) `(node:<pid>)` -> `(node:PID)`;
/// (4) a line `Node.js v...` or `sous v...` -> `<runtime version>`;
/// (5) `` `node -- `` and `` `sous -- `` -> `` `RUNTIME -- `` (the "Use `node --trace-...`" hints).
fn normalize_stderr(raw: &[u8], case_dir: &Path) -> String {
    let text = String::from_utf8_lossy(&strip_case_dir(raw, case_dir)).into_owned();
    text.split_inclusive('\n')
        .filter(|line| !is_stack_frame(line))
        .map(|line| {
            let (body, newline) = match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            };
            let body = if body.starts_with("Node.js v") || body.starts_with("sous v") {
                "<runtime version>".to_string()
            } else {
                mask_pids(body)
                    .replace("`node --", "`RUNTIME --")
                    .replace("`sous --", "`RUNTIME --")
            };
            body + newline
        })
        .collect()
}

fn is_stack_frame(line: &str) -> bool {
    let rest = line.trim_start();
    rest.len() < line.len() && rest.starts_with("at ")
}

fn strip_case_dir(raw: &[u8], case_dir: &Path) -> Vec<u8> {
    let mut needle = case_dir.as_os_str().as_encoded_bytes().to_vec();
    needle.push(b'/');
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.windows(needle.len()).position(|w| w == needle) {
        out.extend_from_slice(&rest[..at]);
        rest = &rest[at + needle.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// `(node:<digits>)` -> `(node:PID)`, the regex `\(node:\d+\)` without a regex crate.
fn mask_pids(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("(node:") {
        let after = &rest[at + "(node:".len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(&rest[..at]);
        if digits > 0 && after[digits..].starts_with(')') {
            out.push_str("(node:PID)");
            rest = &after[digits + 1..];
        } else {
            out.push_str("(node:");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------------
// Comparing

fn load_expected(case: &Case) -> Result<Expected, String> {
    let out_path = expectation_path(case, "out");
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "missing expectation {} ({e}); run tests/conformance/regen.sh on the case\n",
            out_path.display()
        )
    })?;
    let stderr = if case.ignore_stderr {
        None
    } else {
        Some(fs::read_to_string(expectation_path(case, "err")).unwrap_or_default())
    };
    let code = match fs::read_to_string(expectation_path(case, "code")) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|e| format!("bad .code file: {e}\n"))?,
        Err(_) => 0,
    };
    Ok(Expected {
        stdout,
        stderr,
        code,
    })
}

/// None when the run matches; otherwise a readable report of every difference.
fn compare(expected: &Expected, actual: &Outcome) -> Option<String> {
    let mut report = String::new();
    if expected.stdout != actual.stdout {
        report += &diff(
            "stdout",
            &String::from_utf8_lossy(&expected.stdout),
            &String::from_utf8_lossy(&actual.stdout),
        );
    }
    if let Some(stderr) = &expected.stderr {
        if *stderr != actual.stderr {
            report += &diff("stderr", stderr, &actual.stderr);
        }
    }
    if actual.exit != Exit::Code(expected.code) {
        report += &format!(
            "exit: expected code {}, got {}\n",
            expected.code,
            describe(&actual.exit)
        );
    }
    (!report.is_empty()).then_some(report)
}

fn describe(exit: &Exit) -> String {
    match exit {
        Exit::Code(code) => format!("code {code}"),
        Exit::Signal(signal) => format!("killed by signal {signal}"),
        Exit::TimedOut => format!("a hang (killed after {}s)", TIMEOUT.as_secs()),
    }
}

fn diff(what: &str, expected: &str, actual: &str) -> String {
    let body = similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(&format!("expected {what}"), &format!("actual {what}"))
        .to_string();
    if body.is_empty() {
        // Lossy decoding hid the difference (invalid UTF-8 in stdout); say so rather than nothing.
        format!("{what}: differs in bytes that are not valid UTF-8\n")
    } else {
        body
    }
}

// ---------------------------------------------------------------------------------------------
// Regenerating expectations from node

/// The cases named in `SOUS_CONFORMANCE_REGEN_CASES`, or all (filtered) cases when it is empty.
fn regen_selection() -> Result<Vec<Case>, String> {
    let wanted = std::env::var("SOUS_CONFORMANCE_REGEN_CASES").unwrap_or_default();
    let wanted: Vec<&str> = wanted.lines().filter(|l| !l.is_empty()).collect();
    if wanted.is_empty() {
        return Ok(discover_cases());
    }
    let root = conformance_root();
    wanted
        .iter()
        .map(|path| {
            let js = fs::canonicalize(path).map_err(|e| format!("{path}: {e}"))?;
            let in_an_area = js.parent().and_then(Path::parent) == Some(root.as_path());
            if !in_an_area || !is_case_file(&js) {
                return Err(format!(
                    "{path} is not a case (tests/conformance/<area>/<case>.js)"
                ));
            }
            Ok(load_case(&js))
        })
        .collect()
}

/// Runs node REGEN_RUNS times on the case and, when every run agrees, writes the expectation files.
fn regen_case(case: &Case) -> Result<(), String> {
    let node = reference_node().ok_or("regen: the reference node could not be had")?;
    let first = run_case(node, case);
    let Exit::Code(code) = first.exit else {
        return Err(format!(
            "{}: node ended with {}",
            case.name,
            describe(&first.exit)
        ));
    };
    // The later runs are checked exactly like sous is checked against the stored files.
    let expected = Expected {
        stdout: first.stdout.clone(),
        stderr: (!case.ignore_stderr).then(|| first.stderr.clone()),
        code,
    };
    for run in 2..=REGEN_RUNS {
        if let Some(diff) = compare(&expected, &run_case(node, case)) {
            return Err(format!(
                "{}: NONDETERMINISTIC under node (run 1 vs run {run}); fix the case:\n{diff}",
                case.name
            ));
        }
    }
    write_expectations(case, &first).map_err(|e| format!("{}: {e}", case.name))?;
    report(&format!(
        "regen: {} ({})\n",
        case.name,
        describe(&first.exit)
    ));
    Ok(())
}

fn write_expectations(case: &Case, outcome: &Outcome) -> std::io::Result<()> {
    fs::write(expectation_path(case, "out"), &outcome.stdout)?;
    let err = expectation_path(case, "err");
    if outcome.stderr.is_empty() || case.ignore_stderr {
        remove_if_present(&err)?;
    } else {
        fs::write(err, &outcome.stderr)?;
    }
    let code = expectation_path(case, "code");
    match outcome.exit {
        Exit::Code(0) => remove_if_present(&code),
        Exit::Code(n) => fs::write(code, format!("{n}\n")),
        _ => unreachable!("regen_case refuses runs that did not exit"),
    }
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/// Runs `f` over `items` on THREADS threads; results keep the order of `items`.
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let result = f(item);
                results.lock().unwrap()[i] = Some(result);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

/// Writes straight to stderr: the test harness captures `println!`, and the summary line and
/// diffs should be seen without `--nocapture`.
fn report(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

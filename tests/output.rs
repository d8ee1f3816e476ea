//! Nothing a script writes is lost: output reaches files, pipes and
//! terminals even when the script never yields or is killed, a full
//! non-blocking pipe is waited on, and write errors (EPIPE, ENOSPC) reach
//! the script as Node reports them. Expectations were taken from Node
//! v24.22.3 run the same way.

mod common;
use common::wait_at_most;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn sous(code: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sous"));
    cmd.args(["-e", code])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `code` with stdout on /dev/full.
fn run_on_dev_full(code: &str) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full");
    let child = sous(code)
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sous");
    wait_at_most(child, Duration::from_secs(10))
}

/// Runs `code` with stdout into a pipe whose reader takes one line and
/// closes its end.
fn run_into_closed_pipe(code: &str) -> Output {
    let mut child = sous(code)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sous");
    let mut stdout = child.stdout.take().expect("stdout pipe");
    let mut first = [0u8; 5];
    stdout.read_exact(&mut first).expect("read the first line");
    assert_eq!(&first, b"line\n");
    drop(stdout);
    wait_at_most(child, Duration::from_secs(20))
}

#[test]
fn a_writer_that_respects_backpressure_ends_on_epipe() {
    // Without an 'error' listener the EPIPE is an uncaught error (exit 1),
    // as `node script.js | head -1` ends.
    let out = run_into_closed_pipe(
        "function w() { while (process.stdout.write('line\\n')) {} process.stdout.once('drain', w); } w();",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("Error: write EPIPE"), "{err}");
    assert!(
        err.contains("errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n"),
        "{err}"
    );
}

#[test]
fn epipe_reaches_the_write_callback_and_the_error_event() {
    let out = run_into_closed_pipe(
        "process.stdout.write('line\\n');
         setTimeout(() => {
           process.stdout.on('error', (e) => process.stderr.write('error event ' + e.message + '\\n'));
           process.stdout.on('close', () => process.stderr.write('close\\n'));
           const r = process.stdout.write('more\\n', (e) => process.stderr.write('cb ' + e.code + ' ' + Object.keys(e) + '\\n'));
           process.stderr.write('returned ' + r + ' writable ' + process.stdout.writable + '\\n');
         }, 300);",
    );
    assert_eq!(text(&out.stderr), "returned false writable false\ncb EPIPE errno,code,syscall\nerror event write EPIPE\nclose\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn console_output_into_a_closed_pipe_is_dropped_quietly() {
    // Node's console ignores write errors: the loop runs to its end, exit 0.
    let out = run_into_closed_pipe(
        "console.log('line'); const t = Date.now(); while (Date.now() - t < 200); for (let i = 0; i < 100000; i++) console.log('line', i);",
    );
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_full_device_calls_back_with_enospc_then_emits_error() {
    let out = run_on_dev_full(
        "process.stdout.on('error', (e) => process.stderr.write('error event: ' + e.code + ' ' + e.message + '\\n'));
         const r = process.stdout.write('x', (e) => process.stderr.write('cb: ' + e.code + ' ' + e.message + ' ' + Object.keys(e) + '\\n'));
         process.stderr.write('returned ' + r + '\\n');",
    );
    assert_eq!(
        text(&out.stderr),
        "returned false\n\
         cb: ENOSPC ENOSPC: no space left on device, write errno,syscall,code\n\
         error event: ENOSPC ENOSPC: no space left on device, write\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_full_device_without_an_error_listener_is_an_uncaught_error() {
    let out = run_on_dev_full(
        "process.stdout.write('x', (e) => process.stderr.write('cb: ' + e.code + '\\n')); process.stderr.write('after\\n');",
    );
    let err = text(&out.stderr);
    assert!(err.starts_with("after\ncb: ENOSPC\n"), "{err}");
    assert!(
        err.contains("Error: ENOSPC: no space left on device, write"),
        "{err}"
    );
    assert!(
        err.contains("errno: -28,\n  syscall: 'write',\n  code: 'ENOSPC'\n"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn console_on_a_full_device_is_quiet() {
    let out = run_on_dev_full("console.log('hello'); process.stderr.write('after\\n');");
    assert_eq!(text(&out.stderr), "after\n");
    assert_eq!(out.status.code(), Some(0));
}

/// A pipe whose write end is non-blocking (as when another process holding
/// it set O_NONBLOCK), read slowly: every byte must arrive.
fn slow_nonblocking_reader(code: &str) -> (Vec<u8>, Output) {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two valid descriptors.
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    // SAFETY: both descriptors were just created and are owned here only.
    let (read_end, write_end) =
        unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    // SAFETY: fcntl on a valid descriptor.
    unsafe {
        let flags = libc::fcntl(write_end.as_raw_fd(), libc::F_GETFL);
        libc::fcntl(
            write_end.as_raw_fd(),
            libc::F_SETFL,
            flags | libc::O_NONBLOCK,
        );
    }
    let child = sous(code)
        .stdout(Stdio::from(write_end))
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sous");
    let mut reader = std::fs::File::from(read_end);
    let mut got = Vec::new();
    let mut buf = vec![0u8; 16 * 1024];
    let mut reads = 0;
    loop {
        let n = reader.read(&mut buf).expect("read the pipe");
        if n == 0 {
            break;
        }
        got.extend_from_slice(&buf[..n]);
        reads += 1;
        if reads % 64 == 0 {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    (got, wait_at_most(child, Duration::from_secs(60)))
}

#[test]
fn a_full_nonblocking_pipe_is_waited_on_by_stdout_write() {
    let (got, out) = slow_nonblocking_reader(
        "const chunk = 'x'.repeat(1023) + '\\n'; for (let i = 0; i < 10240; i++) process.stdout.write(chunk);",
    );
    assert_eq!(text(&out.stderr), "");
    assert_eq!(got.len(), 10 * 1024 * 1024);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_full_nonblocking_pipe_is_waited_on_by_console_log() {
    let (got, out) = slow_nonblocking_reader(
        "const line = 'x'.repeat(1023); for (let i = 0; i < 10240; i++) console.log(line);",
    );
    assert_eq!(text(&out.stderr), "");
    assert_eq!(got.len(), 10 * 1024 * 1024);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_huge_single_write_arrives_whole() {
    let (got, out) = slow_nonblocking_reader("process.stdout.write('y'.repeat(10 * 1024 * 1024));");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(got.len(), 10 * 1024 * 1024);
    assert!(got.iter().all(|&b| b == b'y'));
}

/// Starts `code` (which prints, then spins forever) with stdout and stderr
/// into files, waits `after`, kills it with SIGTERM and returns both files.
fn kill_busy_script(code: &str, after: Duration) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("sous-output-kill-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let tag = code.len();
    let out_path = dir.join(format!("out-{tag}"));
    let err_path = dir.join(format!("err-{tag}"));
    let mut child = sous(code)
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("run sous");
    std::thread::sleep(after);
    // SAFETY: signalling our own child by its pid.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    child.wait().expect("wait for the killed child");
    let out = std::fs::read_to_string(&out_path).expect("read stdout file");
    let err = std::fs::read_to_string(&err_path).expect("read stderr file");
    (out, err)
}

#[test]
fn a_killed_busy_script_keeps_what_it_printed() {
    let (out, err) = kill_busy_script(
        "console.log('started'); console.error('on stderr'); process.stdout.write('written\\n'); for (;;) {}",
        Duration::from_millis(500),
    );
    assert_eq!(out, "started\nwritten\n");
    assert_eq!(err, "on stderr\n");
}

#[test]
fn a_killed_script_keeps_a_burst_of_lines() {
    let (out, _) = kill_busy_script(
        "for (let i = 0; i < 20000; i++) console.log('line', i); for (;;) {}",
        Duration::from_millis(1500),
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 20000);
    assert_eq!(lines[19999], "line 19999");
}

#[test]
fn a_terminal_sees_output_while_the_script_spins() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sous"));
    cmd.args(["-e", "console.log('started'); for (;;) {}"]);
    let mut session = expectrl::session::Session::spawn(cmd).expect("spawn sous on a pty");
    session.set_expect_timeout(Some(Duration::from_secs(5)));
    session
        .expect("started")
        .expect("'started' on the terminal");
    // SAFETY: signalling our own child by its pid.
    unsafe { libc::kill(session.get_process().pid().as_raw(), libc::SIGKILL) };
}

/// Runs `code` with stdout and stderr into one pipe, as `2>&1` does.
fn run_merged(code: &str) -> (String, Output) {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two valid descriptors.
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    // SAFETY: both descriptors were just created and are owned here only.
    let (read_end, write_end) =
        unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let write_end2 = write_end.try_clone().expect("dup the write end");
    let child = sous(code)
        .stdout(Stdio::from(write_end))
        .stderr(Stdio::from(write_end2))
        .spawn()
        .expect("run sous");
    let out = wait_at_most(child, Duration::from_secs(10));
    let mut got = String::new();
    std::fs::File::from(read_end)
        .read_to_string(&mut got)
        .expect("read the pipe");
    (got, out)
}

#[test]
fn stdout_and_stderr_keep_the_order_they_were_written_in() {
    let (got, out) = run_merged(
        "console.log('1 log'); console.error('2 error'); process.stdout.write('3 write\\n');
         process.stderr.write('4 write\\n'); console.log('5 log'); console.warn('6 warn');
         process.on('exit', () => console.log('7 exit'));",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        got,
        "1 log\n2 error\n3 write\n4 write\n5 log\n6 warn\n7 exit\n"
    );
}

#[test]
fn exit_listeners_print_before_the_fatal_report() {
    // Node runs the 'exit' listeners, then prints the uncaught error.
    let (got, out) = run_merged(
        "process.on('exit', (c) => console.log('exit listener', c)); throw new Error('boom')",
    );
    assert_eq!(out.status.code(), Some(1));
    // (Node names the file `[eval]`; sous shows it under the working
    // directory, a difference of the report, not of the order.)
    assert!(got.starts_with("exit listener 1\n"), "{got}");
    assert!(got.contains("[eval]:1\nprocess.on("), "{got}");
    assert!(got.contains("\nError: boom\n"), "{got}");
}

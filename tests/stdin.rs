//! `process.stdin` over a pipe and a terminal: read on the reactor, paused
//! until asked, every byte delivered, and never keeping the process alive
//! unless read from. Expectations were taken from Node v24.22.3 run the same
//! way (the conformance cases cannot: they run with stdin on /dev/null):
//! `SOUS_STDIN_RUNTIME=$(tests/node-ref.sh) cargo test --test stdin` runs
//! them against the reference node.

mod common;
use common::wait_at_most;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The runtime under test: sous, or the one `SOUS_STDIN_RUNTIME` names.
fn runtime() -> String {
    std::env::var("SOUS_STDIN_RUNTIME").unwrap_or_else(|_| env!("CARGO_BIN_EXE_sous").into())
}

fn sous(code: &str) -> Command {
    let mut cmd = Command::new(runtime());
    cmd.args(["-e", code])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Runs `code` with `input` on a pipe that is then closed.
fn with_input(code: &str, input: &[u8]) -> String {
    let mut child = sous(code).spawn().expect("run sous");
    let mut stdin = child.stdin.take().expect("stdin pipe");
    let input = input.to_vec();
    // A writer thread: sous may read while we write more than a pipe holds.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = wait_at_most(child, Duration::from_secs(20));
    writer.join().expect("writer").expect("write the input");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn data_end_and_close_in_order() {
    let code = "let n=0;process.stdin.on('data',d=>{n+=d.length});\
                process.stdin.on('end',()=>console.log('end',n));\
                process.stdin.on('close',()=>console.log('close'))";
    assert_eq!(with_input(code, b"abc\ndefg\n"), "end 9\nclose\n");
    assert_eq!(with_input(code, b""), "end 0\nclose\n");
}

#[test]
fn async_iteration_with_an_encoding() {
    let code = "(async()=>{process.stdin.setEncoding('utf8');const parts=[];\
                for await (const c of process.stdin) parts.push(c);\
                console.log(JSON.stringify(parts.join('')))})()";
    assert_eq!(with_input(code, b"abc\ndefg\n"), "\"abc\\ndefg\\n\"\n");
}

#[test]
fn paused_mode_reads() {
    let code = "process.stdin.on('readable',()=>{let c;\
                while((c=process.stdin.read(3))!==null)console.log(String(c))});\
                process.stdin.on('end',()=>console.log('end'))";
    assert_eq!(with_input(code, b"abc\ndefg\n"), "abc\n\nde\nfg\n\nend\n");
}

#[test]
fn a_pipe_is_a_read_only_socket() {
    let code = "const s=process.stdin;console.log(s.constructor.name,s.fd,s.readable,s.writable,\
                s.readableFlowing,typeof s.ref,typeof s.unref);s.on('end',()=>console.log('end'));s.resume()";
    assert_eq!(
        with_input(code, b"x"),
        "Socket 0 true false null function function\nend\n"
    );
}

#[test]
fn every_byte_of_a_large_input_arrives() {
    let input: Vec<u8> = (0..2 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let sum: u64 = input.iter().map(|&b| u64::from(b)).sum();
    let code = "let n=0,s=0;process.stdin.on('data',d=>{n+=d.length;for(const b of d)s+=b});\
                process.stdin.on('end',()=>console.log(n,s))";
    assert_eq!(with_input(code, &input), format!("{} {sum}\n", input.len()));
}

#[test]
fn stdin_left_alone_does_not_keep_the_process_alive() {
    // The writer keeps its end open: only a stdin that is read from waits.
    for code in [
        "console.log('ok')",
        "process.stdin; console.log('ok')",
        "process.stdin.on('data',()=>{}); setTimeout(()=>{process.stdin.unref(); console.log('ok')}, 50)",
    ] {
        let child = sous(code).spawn().expect("run sous");
        let out = wait_at_most(child, Duration::from_secs(10));
        assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n", "{code}");
    }
}

#[test]
fn a_terminal_is_a_tty_read_stream_with_raw_mode() {
    let (master, slave) = open_pty();
    let code = "const tty=require('tty');\
                console.log(process.stdin.isTTY, process.stdin instanceof tty.ReadStream, process.stdin.isRaw);\
                process.stdin.setRawMode(true); console.log(process.stdin.isRaw);\
                process.stdin.on('data',d=>{console.log(JSON.stringify(String(d)));\
                process.stdin.setRawMode(false);process.stdin.pause()})";
    let child = sous(code)
        .stdin(Stdio::from(slave))
        .spawn()
        .expect("run sous");
    let mut master = std::fs::File::from(master);
    // Raw mode: a key arrives without Enter. Give sous time to switch.
    std::thread::sleep(Duration::from_millis(500));
    master.write_all(b"q").expect("type a key");
    let out = wait_at_most(child, Duration::from_secs(10));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "true true false\ntrue\n\"q\"\n"
    );
    let mut rest = Vec::new();
    let _ = master.read_to_end(&mut rest);
}

fn open_pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty writes two fds; the name, termios and size are optional.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: openpty returned two fresh fds that nothing else owns.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

//! Bytes that are not UTF-8 in the environment, the working directory or
//! the arguments: Node runs and shows them with U+FFFD; sous must not panic
//! at start-up. (Expected strings are what Node 24 printed for the same
//! runs.) Also: with too little address space for the 1 GiB JavaScript
//! thread, sous runs on the main thread instead of dying.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

const SHOW: &str = "console.log(JSON.stringify([process.env.BAD, process.cwd().endsWith('d\\ufffd'), process.argv.slice(1)]))";

#[test]
fn non_utf8_env_cwd_and_arguments_read_as_replacement_characters() {
    let dir = std::env::temp_dir().join(format!("sous-os-strings-{}", std::process::id()));
    let odd = dir.join(OsStr::from_bytes(b"d\xff"));
    std::fs::create_dir_all(&odd).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sous"))
        .args(["-e", SHOW])
        .arg(OsStr::from_bytes(b"a\xffb"))
        .env("BAD", OsStr::from_bytes(b"x\xfey"))
        .env("PWD", &odd)
        .current_dir(&odd)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "[\"x\u{fffd}y\",true,[\"a\u{fffd}b\"]]\n"
    );
    assert!(out.status.success());
}

#[test]
fn too_little_address_space_for_the_large_stack_still_runs() {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 800000; exec {} -e \"console.log(String(eval('['.repeat(50) + ']'.repeat(50))) === '')\"",
            env!("CARGO_BIN_EXE_sous")
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "true\n", "{out:?}");
    assert!(out.status.success());
}

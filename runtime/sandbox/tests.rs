use super::*;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sous-sandbox-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("root/sub")).unwrap();
    std::fs::write(dir.join("secret"), "secret").unwrap();
    std::fs::write(dir.join("root/in.txt"), "in").unwrap();
    dir
}

fn errno<T>(r: io::Result<T>) -> Option<i32> {
    r.err().and_then(|e| e.raw_os_error())
}

#[test]
fn paths_resolve_beneath_the_root_only() {
    let dir = scratch("beneath");
    let root = dir.join("root");
    std::os::unix::fs::symlink(dir.join("secret"), root.join("abs")).unwrap();
    std::os::unix::fs::symlink("../secret", root.join("rel")).unwrap();
    std::os::unix::fs::symlink("sub/../in.txt", root.join("inside")).unwrap();
    let sandbox = Sandbox::new(std::slice::from_ref(&root)).unwrap();
    let read = |p: PathBuf| sandbox.locate(&p).read();
    assert_eq!(read(root.join("in.txt")).unwrap(), b"in");
    assert_eq!(read(root.join("sub/../in.txt")).unwrap(), b"in");
    assert_eq!(read(root.join("inside")).unwrap(), b"in");
    for escape in [
        "abs",
        "rel",
        "../secret",
        "sub/../../secret",
        "nope/../../secret",
    ] {
        let got = errno(read(root.join(escape)));
        // `nope` is missing: the kernel stops there, inside the root.
        let want = if escape.starts_with("nope") {
            libc::ENOENT
        } else {
            libc::EACCES
        };
        assert_eq!(got, Some(want), "{escape}");
    }
    assert_eq!(errno(read(dir.join("secret"))), Some(libc::EACCES));
    assert_eq!(errno(read(dir.join("missing"))), Some(libc::EACCES));
    assert_eq!(
        errno(read("/proc/self/root/etc/passwd".into())),
        Some(libc::EACCES)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn entry_calls_act_beneath_the_root() {
    let dir = scratch("entry");
    let root = dir.join("root");
    std::os::unix::fs::symlink(&dir, root.join("up")).unwrap();
    let sandbox = Sandbox::new(std::slice::from_ref(&root)).unwrap();
    let at = |p: &str| sandbox.locate(root.join(p));
    at("new").mkdir(0o777).unwrap();
    assert!(root.join("new").is_dir());
    assert_eq!(errno(at("up/made").mkdir(0o777)), Some(libc::EACCES));
    assert_eq!(errno(at("../made").mkdir(0o777)), Some(libc::EACCES));
    assert_eq!(errno(at("up/secret").unlink()), Some(libc::EACCES));
    assert_eq!(errno(at("sub/..").rmdir()), Some(libc::ENOTEMPTY));
    assert_eq!(errno(at("..").rmdir()), Some(libc::EACCES));
    assert_eq!(errno(at("").rmdir()), Some(libc::EACCES));
    at("new/link").symlink("/etc").unwrap();
    assert_eq!(
        errno(at("new/link/passwd").metadata(true)),
        Some(libc::EACCES)
    );
    assert!(at("new/link").metadata(false).unwrap().is_symlink());
    at("new").remove_tree().unwrap();
    assert!(!root.join("new").exists() && Path::new("/etc/passwd").exists());
    assert!(dir.join("secret").exists() && !dir.join("made").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_root_given_through_a_symlink_answers_to_both_names() {
    let dir = scratch("alias");
    let root = dir.join("root");
    std::os::unix::fs::symlink(&root, dir.join("alias")).unwrap();
    let sandbox = Sandbox::new(&[dir.join("alias")]).unwrap();
    let read = |p: PathBuf| sandbox.locate(p).read();
    assert_eq!(read(dir.join("alias/in.txt")).unwrap(), b"in");
    assert_eq!(read(root.join("in.txt")).unwrap(), b"in");
    assert_eq!(errno(read(dir.join("alias/../secret"))), Some(libc::EACCES));
    assert_eq!(errno(read(dir.join("secret"))), Some(libc::EACCES));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn numbers_open_2_ignores_are_ignored_beneath_a_root_too() {
    let dir = scratch("flags");
    let root = dir.join("root");
    let sandbox = Sandbox::new(std::slice::from_ref(&root)).unwrap();
    let at = sandbox.locate(root.join("new.txt"));
    // An unknown flag bit and file-type bits in the mode, as open(2) drops them.
    let flags = libc::O_WRONLY | libc::O_CREAT | 0o40000000;
    at.open(flags, 0o100640).unwrap();
    let mode = std::fs::metadata(root.join("new.txt"))
        .unwrap()
        .permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o7777,
        0o640 & !umask()
    );
    assert!(at.open(libc::O_RDONLY, 0o644).is_ok());
    std::fs::remove_dir_all(&dir).unwrap();
}

fn umask() -> u32 {
    // SAFETY: umask only swaps the process's mask; it is put back at once.
    let mask = unsafe { libc::umask(0o022) };
    // SAFETY: as above.
    unsafe { libc::umask(mask) };
    mask
}

#[test]
fn without_roots_paths_are_plain() {
    let sandbox = Sandbox::default();
    assert!(!sandbox.is_active());
    assert!(sandbox
        .locate(Path::new("/proc/self/status"))
        .read()
        .is_ok());
    assert_eq!(
        errno(sandbox.locate(Path::new("")).read()),
        Some(libc::ENOENT)
    );
}

//! Calls on directory entries: `mkdir`, `mkdtemp`, `rm`, `rmdir`,
//! `unlink`, `rename`, `readdir`.

use super::result::{run, FsError, Value};
use super::{int_arg, path_arg, string_arg, sys_error};
use crate::host::Host;
use crate::ops::arg;
use crate::sandbox::{FsPath, Kind};
use boa_engine::{Context, JsResult, JsValue};
use std::path::Path;

/// `mkdir(path, recursive, mode, req)`: with `recursive`, the first
/// directory created (or undefined when there was nothing to create).
pub(super) fn mkdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0);
    let sandbox = Host::get(context).config.sandbox.clone();
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let mode = int_arg(args, 2, 0o777) as u32;
    // As Node: each ancestor up from the path, located now; the job walks
    // up to the first that exists, then creates downwards, each step its
    // own call resolved beneath the root.
    let mut chain: Vec<(String, FsPath)> = Vec::new();
    let mut at = Path::new(&text);
    loop {
        chain.push((at.to_string_lossy().into_owned(), sandbox.locate(at)));
        match at.parent() {
            Some(p) if recursive && !p.as_os_str().is_empty() => at = p,
            _ => break,
        }
    }
    let detail = text.clone();
    run(context, &arg(args, 3), "fs.mkdir", &detail, move || {
        let path = &chain[0].1;
        let fail = |e: &std::io::Error| sys_error(e, "mkdir", path);
        if !recursive {
            return path
                .mkdir(mode)
                .map(|()| Value::Undefined)
                .map_err(|e| fail(&e));
        }
        let mut missing = 0;
        for (_, dir) in &chain {
            match dir.metadata(true) {
                Ok(m) if m.is_dir() => break,
                Ok(_) => {
                    let errno = if missing == 0 {
                        libc::EEXIST
                    } else {
                        libc::ENOTDIR
                    };
                    return Err(fail(&std::io::Error::from_raw_os_error(errno)));
                }
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => missing += 1,
                Err(e) => return Err(fail(&e)),
            }
        }
        for (_, dir) in chain[..missing].iter().rev() {
            if let Err(e) = dir.mkdir(mode) {
                if e.kind() != std::io::ErrorKind::AlreadyExists {
                    return Err(fail(&e));
                }
            }
        }
        Ok(match missing {
            0 => Value::Undefined,
            n => Value::Str(chain[n - 1].0.clone()),
        })
    })
}

/// `mkdtemp(prefix, req)`: a new directory `prefix` + six random
/// characters, mode 0700; its path.
pub(super) fn mkdtemp(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let prefix = string_arg(args, 0);
    let sandbox = Host::get(context).config.sandbox.clone();
    let template = format!("{prefix}XXXXXX");
    // Candidates are drawn now (locating is the main thread's job); a clash
    // with an existing name tries the next.
    let candidates: Vec<(String, FsPath)> = (0..16)
        .map(|_| {
            let mut random = [0u8; 6];
            // SAFETY: `random` is valid for its length.
            unsafe { libc::getrandom(random.as_mut_ptr().cast(), random.len(), 0) };
            let suffix: String = random
                .iter()
                .map(|b| CHARS[*b as usize % CHARS.len()] as char)
                .collect();
            let name = format!("{prefix}{suffix}");
            let path = sandbox.locate(&name);
            (name, path)
        })
        .collect();
    // Node's mkdtempSync error names the template, its async one the name tried.
    let sync = arg(args, 1).is_undefined();
    run(context, &arg(args, 1), "fs.mkdtemp", &prefix, move || {
        let mut last = libc::EEXIST;
        let mut tried = template.clone();
        for (name, path) in candidates {
            tried.clone_from(&name);
            match path.mkdir(0o700) {
                Ok(()) => return Ok(Value::Str(name)),
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {}
                Err(e) => {
                    last = e.raw_os_error().unwrap_or(libc::EIO);
                    break;
                }
            }
        }
        let shown = if sync { &template } else { &tried };
        Err(FsError::errno(last, "mkdtemp", Some(shown)))
    })
}

/// `rm(path, recursive, force, req)`: Node's rm; "EISDIR" for a directory
/// without `recursive` (fs.js makes that its SystemError).
pub(super) fn rm(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let force = args.get(2).is_some_and(JsValue::to_boolean);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 3), "fs.rm", &detail, move || {
        let meta = match path.metadata(false) {
            Ok(m) => m,
            Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => {
                return Ok(Value::Undefined)
            }
            Err(e) => return Err(sys_error(&e, "lstat", &path)),
        };
        let removed = if !meta.is_dir() {
            path.unlink()
        } else if recursive {
            path.remove_tree()
        } else {
            return Ok(Value::Str("EISDIR".into()));
        };
        removed
            .map(|()| Value::Undefined)
            .map_err(|e| sys_error(&e, "rm", &path))
    })
}

/// A call on one path with no result: `unlink(path, req)`, `rmdir(path, req)`.
fn entry_call(
    args: &[JsValue],
    context: &mut Context,
    syscall: &'static str,
    call: fn(&FsPath) -> std::io::Result<()>,
) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let detail = path.shown().into_owned();
    let op = if syscall == "unlink" {
        "fs.unlink"
    } else {
        "fs.rmdir"
    };
    run(context, &arg(args, 1), op, &detail, move || {
        call(&path)
            .map(|()| Value::Undefined)
            .map_err(|e| sys_error(&e, syscall, &path))
    })
}

pub(super) fn unlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    entry_call(args, context, "unlink", FsPath::unlink)
}

pub(super) fn rmdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    entry_call(args, context, "rmdir", FsPath::rmdir)
}

/// `rename(from, to, req)`.
pub(super) fn rename(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    super::two_paths(args, context, "fs.rename", "rename", FsPath::rename)
}

/// The number fs.js's Dirent takes for a kind (libuv's `UV_DIRENT_*`).
fn kind_number(kind: Kind) -> u8 {
    match kind {
        Kind::Other => 0,
        Kind::File => 1,
        Kind::Dir => 2,
        Kind::Symlink => 3,
        Kind::Fifo => 4,
        Kind::Socket => 5,
        Kind::Char => 6,
        Kind::Block => 7,
    }
}

/// `readdir(path, recursive, opendir, req)`: `[names, kinds]`, sorted
/// bytewise like libuv's scandir; with `recursive`, names relative to
/// `path`, breadth first. `opendir`: the error is opendir's (no path).
pub(super) fn readdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let opendir = args.get(2).is_some_and(JsValue::to_boolean);
    let detail = path.shown().into_owned();
    let sync = arg(args, 3).is_undefined();
    run(context, &arg(args, 3), "fs.readdir", &detail, move || {
        let entries = if recursive {
            path.read_dir_recursive()
        } else {
            path.read_dir().map(|mut entries| {
                entries.sort_by(|a, b| a.name.cmp(&b.name));
                entries
            })
        };
        // Node's opendirSync names no path; its async opendir does.
        let entries = entries.map_err(|e| match (opendir, sync) {
            (true, true) => FsError::from_io(&e, "opendir", None),
            (true, false) => sys_error(&e, "opendir", &path),
            _ => sys_error(&e, "scandir", &path),
        })?;
        Ok(Value::Entries(
            entries
                .into_iter()
                .map(|e| {
                    (
                        String::from_utf8_lossy(&e.name).into_owned(),
                        kind_number(e.kind),
                    )
                })
                .collect(),
        ))
    })
}

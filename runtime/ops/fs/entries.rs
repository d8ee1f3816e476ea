//! Calls on directory entries: `mkdir`, `rm`, `rmdir`, `unlink`, `readdir`,
//! `symlink`, `chmod`, `truncate`.

use super::fds::{with_fd, Target};
use super::result::FsError;
use super::{int_arg, path_arg, string_arg, thrown};
use crate::host::Host;
use crate::sandbox::Kind;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsResult, JsValue};
use std::path::Path;

/// `mkdir(path, recursive, mode)`: with `recursive`, the first directory
/// created (or undefined when there was nothing to create).
pub(super) fn mkdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0);
    let sandbox = Host::get(context).config.sandbox.clone();
    let path = sandbox.locate(&text);
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let mode = int_arg(args, 2, 0o777) as u32;
    if !recursive {
        path.mkdir(mode)
            .map_err(|e| thrown(&e, "mkdir", &path, context))?;
        return Ok(JsValue::undefined());
    }
    // As Node: walk up the text to the first existing ancestor, then create
    // downwards; each step is its own call, resolved beneath the root.
    let mut missing = Vec::new();
    let mut at = Path::new(&text);
    loop {
        match sandbox.locate(at).metadata(true) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                let errno = if missing.is_empty() {
                    libc::EEXIST
                } else {
                    libc::ENOTDIR
                };
                let e = std::io::Error::from_raw_os_error(errno);
                return Err(thrown(&e, "mkdir", &path, context));
            }
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                missing.push(at);
                match at.parent() {
                    Some(p) if !p.as_os_str().is_empty() => at = p,
                    _ => break,
                }
            }
            Err(e) => return Err(thrown(&e, "mkdir", &path, context)),
        }
    }
    let first = missing.last().map(|p| p.to_string_lossy().into_owned());
    for dir in missing.iter().rev() {
        if let Err(e) = sandbox.locate(dir).mkdir(mode) {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(thrown(&e, "mkdir", &path, context));
            }
        }
    }
    Ok(match first {
        Some(f) => js_string!(f).into(),
        None => JsValue::undefined(),
    })
}

/// `rm(path, recursive, force)`: Node's rmSync; returns "EISDIR" for a
/// directory without `recursive` (fs.js makes that SystemError).
pub(super) fn rm(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let recursive = args.get(1).is_some_and(JsValue::to_boolean);
    let force = args.get(2).is_some_and(JsValue::to_boolean);
    let meta = match path.metadata(false) {
        Ok(m) => m,
        Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => {
            return Ok(JsValue::undefined())
        }
        Err(e) => return Err(thrown(&e, "lstat", &path, context)),
    };
    let removed = if !meta.is_dir() {
        path.unlink()
    } else if recursive {
        path.remove_tree()
    } else {
        return Ok(js_string!("EISDIR").into());
    };
    removed.map_err(|e| thrown(&e, "rm", &path, context))?;
    Ok(JsValue::undefined())
}

pub(super) fn unlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.unlink()
        .map_err(|e| thrown(&e, "unlink", &path, context))?;
    Ok(JsValue::undefined())
}

pub(super) fn rmdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.rmdir()
        .map_err(|e| thrown(&e, "rmdir", &path, context))?;
    Ok(JsValue::undefined())
}

/// `readdir(path)`: `[names, kinds]` (2 directory, 1 file, 3 symlink, 0
/// other), sorted bytewise like libuv's scandir.
pub(super) fn readdir(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let mut entries = path
        .read_dir()
        .map_err(|e| thrown(&e, "scandir", &path, context))?;
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let names = entries
        .iter()
        .map(|e| JsValue::from(js_string!(String::from_utf8_lossy(&e.name).as_ref())));
    let names = JsArray::from_iter(names, context);
    let kinds = entries.iter().map(|e| {
        JsValue::from(match e.kind {
            Kind::Dir => 2,
            Kind::File => 1,
            Kind::Symlink => 3,
            Kind::Other => 0,
        })
    });
    let kinds = JsArray::from_iter(kinds, context);
    Ok(JsArray::from_iter([names.into(), kinds.into()], context).into())
}

pub(super) fn symlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = string_arg(args, 0);
    let path = path_arg(args, 1, context);
    path.symlink(&target).map_err(|e| {
        // Node's message reads `symlink 'target' -> 'path'`.
        let shown = format!("{target}' -> '{}", path.shown());
        FsError::from_io(&e, "symlink", Some(&shown)).throw(context)
    })?;
    Ok(JsValue::undefined())
}

/// `chmod(path, mode)`.
pub(super) fn chmod(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    path.chmod(int_arg(args, 1, 0o666) as u32)
        .map_err(|e| thrown(&e, "chmod", &path, context))?;
    Ok(JsValue::undefined())
}

/// `truncate(path, length)`: as Node's truncateSync, open 'r+' then ftruncate.
pub(super) fn truncate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = Target::Path(path_arg(args, 0, context));
    let len = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as libc::off_t;
    with_fd(&target, libc::O_RDWR, 0o666, |fd| {
        // SAFETY: ftruncate on an fd we opened.
        if unsafe { libc::ftruncate(fd, len) } != 0 {
            return Err(FsError::last("ftruncate", None));
        }
        Ok(())
    })
    .map_err(|e| e.throw(context))?;
    Ok(JsValue::undefined())
}

//! Links and names: `link`, `symlink`, `readlink`, `realpath`.

use super::result::{run, FsError, Value};
use super::{path_arg, string_arg, sys_error};
use crate::host::Host;
use crate::ops::arg;
use crate::sandbox::FsPath;
use boa_engine::{Context, JsResult, JsValue};
use std::path::Path;

/// `link(existing, new, req)`.
pub(super) fn link(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    super::two_paths(args, context, "fs.link", "link", FsPath::link)
}

/// `symlink(target, path, req)`: Node's message reads `symlink 'target' -> 'path'`.
pub(super) fn symlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let target = string_arg(args, 0);
    let path = path_arg(args, 1, context);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 2), "fs.symlink", &detail, move || {
        path.symlink(&target)
            .map(|()| Value::Undefined)
            .map_err(|e| FsError::from_io(&e, "symlink", Some(&target)).with_dest(&path.shown()))
    })
}

/// `readlink(path, req)`: the link's text.
pub(super) fn readlink(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, context);
    let detail = path.shown().into_owned();
    run(context, &arg(args, 1), "fs.readlink", &detail, move || {
        path.readlink()
            .map(|bytes| Value::Str(String::from_utf8_lossy(&bytes).into_owned()))
            .map_err(|e| sys_error(&e, "readlink", &path))
    })
}

/// `realpath(path, native, req)`, `path` absolute. `realpath.native`'s
/// error names `realpath` and the path; the JavaScript `realpath`'s, as
/// Node's walk of `lstat` calls, the first leading part that fails.
pub(super) fn realpath(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0);
    let native = args.get(1).is_some_and(JsValue::to_boolean);
    let sandbox = Host::get(context).config.sandbox.clone();
    let path = sandbox.locate(&text);
    // The leading parts, located now for the error of the lstat walk.
    let parts: Vec<(String, FsPath)> = if native {
        Vec::new()
    } else {
        Path::new(&text)
            .ancestors()
            .filter(|p| p.parent().is_some())
            .map(|p| (p.to_string_lossy().into_owned(), sandbox.locate(p)))
            .collect()
    };
    run(context, &arg(args, 2), "fs.realpath", &text, move || {
        let e = match path.realpath() {
            Ok(p) => return Ok(Value::Str(p.to_string_lossy().into_owned())),
            Err(e) => e,
        };
        for (shown, part) in parts.iter().rev() {
            if let Err(e) = part.metadata(false) {
                return Err(FsError::from_io(&e, "lstat", Some(shown)));
            }
        }
        Err(sys_error(
            &e,
            if native { "realpath" } else { "lstat" },
            &path,
        ))
    })
}

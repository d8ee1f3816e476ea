//! Reads the options JavaScript has already checked and normalised
//! (`stdlib-js/internal/child_process/normalize.js`) into `SpawnOptions`.

use super::spawn::{SpawnOptions, StdioSpec};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};
use std::ffi::OsString;

pub fn read(options: &JsValue, context: &mut Context) -> JsResult<SpawnOptions> {
    let Some(options) = options.as_object() else {
        return Err(JsNativeError::typ()
            .with_message("spawn options must be an object")
            .into());
    };
    let file = os_string(&get(&options, "file", context)?, context)?;
    let args = strings(&get(&options, "args", context)?, context)?.unwrap_or_default();
    let cwd = match get(&options, "cwd", context)? {
        // An empty cwd means "don't change directory", as in libuv.
        v if v.is_null_or_undefined() || v.as_string().is_some_and(|s| s.is_empty()) => None,
        v => Some(os_string(&v, context)?),
    };
    let env = strings(&get(&options, "envPairs", context)?, context)?;
    let detached = get(&options, "detached", context)?.to_boolean();
    let uid = id(&get(&options, "uid", context)?);
    let gid = id(&get(&options, "gid", context)?);
    let stdio = stdio(&get(&options, "stdio", context)?, context)?;
    Ok(SpawnOptions {
        file,
        args,
        cwd,
        env,
        stdio,
        detached,
        uid,
        gid,
    })
}

pub fn get(object: &JsObject, key: &str, context: &mut Context) -> JsResult<JsValue> {
    object.get(js_string!(key), context)
}

fn os_string(value: &JsValue, context: &mut Context) -> JsResult<OsString> {
    Ok(OsString::from(
        value.to_string(context)?.to_std_string_escaped(),
    ))
}

/// An array of strings, or None for `undefined`.
fn strings(value: &JsValue, context: &mut Context) -> JsResult<Option<Vec<OsString>>> {
    let Some(array) = value.as_object() else {
        return Ok(None);
    };
    let length = get(&array, "length", context)?.to_length(context)?;
    let mut out = Vec::with_capacity(length as usize);
    for i in 0..length {
        out.push(os_string(&array.get(i, context)?, context)?);
    }
    Ok(Some(out))
}

/// A uid or gid (an int32, checked by JavaScript); a negative one goes to
/// the system as it is, which refuses it (EINVAL), as in libuv.
fn id(value: &JsValue) -> Option<u32> {
    value.as_number().map(|n| n as i32 as u32)
}

/// `[{ type: 'pipe' | 'ignore' | 'fd', fd }]`.
fn stdio(value: &JsValue, context: &mut Context) -> JsResult<Vec<StdioSpec>> {
    let Some(array) = value.as_object() else {
        return Ok(Vec::new());
    };
    let length = get(&array, "length", context)?.to_length(context)?;
    let mut out = Vec::with_capacity(length as usize);
    for i in 0..length {
        let entry = array.get(i, context)?;
        let Some(entry) = entry.as_object() else {
            out.push(StdioSpec::Ignore);
            continue;
        };
        let kind = get(&entry, "type", context)?
            .to_string(context)?
            .to_std_string_escaped();
        out.push(match kind.as_str() {
            "pipe" => StdioSpec::Pipe,
            "fd" => StdioSpec::Fd(get(&entry, "fd", context)?.to_i32(context)?),
            _ => StdioSpec::Ignore,
        });
    }
    Ok(out)
}

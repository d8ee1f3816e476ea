//! `require()` of a `.node` file. Node hands it to `dlopen`; sous cannot run
//! native addons (they are written against V8 and N-API), but a file that is
//! no shared object at all gets the loader's own verdict, as in Node
//! (`ERR_DLOPEN_FAILED`, `<path>: file too short`, `invalid ELF header`, ...).
//! The file is opened through the sandbox; the loader reads it from that fd.

use boa_engine::{js_string, Context, JsError, JsNativeError, JsResult};
use std::ffi::{CStr, CString};
use std::os::fd::AsRawFd;
use std::path::Path;

pub(super) fn load(context: &mut Context, filename: &Path) -> JsResult<()> {
    let shown = filename.to_string_lossy().to_string();
    let fd = match super::files(context)
        .locate(filename)
        .open(libc::O_RDONLY | libc::O_CLOEXEC, 0)
    {
        Ok(fd) => fd,
        Err(e) => return Err(crate::errors::io_error(context, &e, "open", &shown)),
    };
    let via = format!("/proc/self/fd/{}", fd.as_raw_fd());
    let message = match dlopen_verdict(&via) {
        Some(reason) => reason.replace(&via, &shown),
        None => format!("{shown}: native addons are not supported by sous"),
    };
    Err(dlopen_failed(context, &message))
}

/// The loader's error for `path`, or None when it is a loadable shared object
/// (which is closed again at once).
fn dlopen_verdict(path: &str) -> Option<String> {
    let c_path = CString::new(path).ok()?;
    // SAFETY: a NUL-terminated path; the handle, if any, is closed right away,
    // and dlerror's text is copied before any other dl* call.
    unsafe {
        let handle = libc::dlopen(c_path.as_ptr(), libc::RTLD_LAZY | libc::RTLD_LOCAL);
        if handle.is_null() {
            let err = libc::dlerror();
            if err.is_null() {
                return Some(format!("{path}: cannot open shared object"));
            }
            return Some(CStr::from_ptr(err).to_string_lossy().into_owned());
        }
        libc::dlclose(handle);
    }
    None
}

fn dlopen_failed(context: &mut Context, message: &str) -> JsError {
    let err = JsNativeError::error()
        .with_message(message.to_string())
        .into_opaque(context);
    let _ = err.set(
        js_string!("code"),
        js_string!("ERR_DLOPEN_FAILED"),
        false,
        context,
    );
    JsError::from_opaque(err.into())
}

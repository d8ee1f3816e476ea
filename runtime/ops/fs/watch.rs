//! `fs.watch` (`stdlib-js/internal/fs/watch.js`): inotify, read on the
//! reactor. One inotify fd per watcher, watched by the kitchen; each event
//! becomes `onchange(eventType, filename)` as libuv reports it: `change`
//! for a modification or attribute change, `rename` for everything else,
//! and the watched path's own name for an event on the path itself.
//! Recursive watchers add a watch for every directory below, and for each
//! directory created or moved in later, as Node does on Linux.
//!
//! Paths go through the sandbox: each one is opened as an `O_PATH` handle
//! beneath its root and the watch is added on that handle's inode.

use super::int_arg;
use crate::host::Host;
use crate::kitchen::io::{OnReady, Progress, WatchId};
use crate::ops::arg;
use crate::ops::buffer::new_buffer;
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{js_string, Context, Finalize, JsData, JsObject, JsResult, JsValue, Trace};
use mio::Interest;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// What libuv asks inotify for.
const MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

/// A change to report: `change` or `rename`, and the file's name.
type Change = (&'static str, Vec<u8>);

struct Watcher {
    inotify: OwnedFd,
    /// The path as the script gave it: directories below are found from it.
    root: PathBuf,
    recursive: bool,
    /// Each inotify watch and the directory it is, relative to `root`.
    dirs: RefCell<HashMap<i32, PathBuf>>,
    watch: Cell<Option<WatchId>>,
    onchange: JsObject,
    /// Changes read from the fd and not reported yet (or a read's errno).
    pending: RefCell<VecDeque<Result<Change, i32>>>,
}

#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    watcher: Rc<Watcher>,
}

/// `watchStart(path, recursive, onchange)`: a handle, or `-errno`.
pub(super) fn watch_start(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let root = PathBuf::from(arg(args, 0).to_string(context)?.to_std_string_lossy());
    let recursive = arg(args, 1).to_boolean();
    let Some(onchange) = arg(args, 2).as_object() else {
        return Ok(JsValue::from(-libc::EINVAL));
    };
    // SAFETY: plain syscall; the fd is checked and then owned.
    let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
    if raw < 0 {
        return Ok(JsValue::from(-last_errno()));
    }
    let watcher = Rc::new(Watcher {
        // SAFETY: inotify_init1 returned a new fd that nothing else owns.
        inotify: unsafe { OwnedFd::from_raw_fd(raw) },
        root,
        recursive,
        dirs: RefCell::default(),
        watch: Cell::new(None),
        onchange: onchange.clone(),
        pending: RefCell::default(),
    });
    if let Err(errno) = add(&watcher, PathBuf::new(), context) {
        return Ok(JsValue::from(-errno));
    }
    if recursive {
        add_below(&watcher, Path::new(""), context);
    }
    let weak = Rc::downgrade(&watcher);
    let on_ready: OnReady = Rc::new(move |context, _| match weak.upgrade() {
        Some(watcher) => read_events(&watcher, context),
        None => Ok(Progress::Idle),
    });
    let host = Host::get(context);
    match host
        .kitchen
        .watch(raw, Interest::READABLE, "fs.watch", on_ready)
    {
        Ok(id) => watcher.watch.set(Some(id)),
        Err(e) => return Ok(JsValue::from(-e.raw_os_error().unwrap_or(libc::EIO))),
    }
    Ok(JsObject::from_proto_and_data(None, Handle { watcher }).into())
}

/// `watchClose(handle)`: no more events; the inotify fd closes with the handle.
pub(super) fn watch_close(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    if let Some(watcher) = watcher_of(args) {
        if let Some(id) = watcher.watch.take() {
            Host::get(context).kitchen.unwatch(id);
        }
    }
    Ok(JsValue::undefined())
}

/// `watchRef(handle, refed)`: whether the watcher keeps the process alive.
pub(super) fn watch_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(id) = watcher_of(args).and_then(|w| w.watch.get()) {
        Host::get(context)
            .kitchen
            .set_watch_ref(id, int_arg(args, 1, 1) != 0);
    }
    Ok(JsValue::undefined())
}

fn watcher_of(args: &[JsValue]) -> Option<Rc<Watcher>> {
    let handle = args.first().and_then(JsValue::as_object)?;
    let watcher = handle.downcast_ref::<Handle>().map(|h| h.watcher.clone());
    watcher
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// Adds an inotify watch on `root/rel`, opened through the sandbox.
fn add(watcher: &Watcher, rel: PathBuf, context: &Context) -> Result<(), i32> {
    let path = below(&watcher.root, &rel);
    let located = Host::get(context).config.sandbox.locate(path);
    let handle = located
        .open(libc::O_PATH, 0)
        .map_err(|e| e.raw_os_error().unwrap_or(libc::EIO))?;
    let proc_path = format!("/proc/self/fd/{}\0", handle.as_raw_fd());
    // SAFETY: `proc_path` is NUL-terminated; the inotify fd is ours.
    let wd = unsafe {
        libc::inotify_add_watch(watcher.inotify.as_raw_fd(), proc_path.as_ptr().cast(), MASK)
    };
    if wd < 0 {
        return Err(last_errno());
    }
    watcher.dirs.borrow_mut().insert(wd, rel);
    Ok(())
}

/// `root/rel`; `root` itself for an empty `rel` (a join would add a
/// trailing slash, which a file's path must not have).
fn below(root: &Path, rel: &Path) -> PathBuf {
    if rel.as_os_str().is_empty() {
        root.to_path_buf()
    } else {
        root.join(rel)
    }
}

/// Watches every directory below `root/rel` (not following symlinks).
fn add_below(watcher: &Watcher, rel: &Path, context: &Context) {
    let located = Host::get(context)
        .config
        .sandbox
        .locate(below(&watcher.root, rel));
    let Ok(entries) = located.read_dir_recursive() else {
        return;
    };
    for entry in entries {
        if entry.kind == crate::sandbox::Kind::Dir {
            let below = rel.join(std::ffi::OsStr::from_bytes(&entry.name));
            // A directory removed meanwhile is simply not watched.
            let _ = add(watcher, below, context);
        }
    }
}

/// Reports one change, reading the inotify fd first when none is queued:
/// `More` while changes are queued, so that the kitchen drains between
/// them as libuv calls back once per event.
fn read_events(watcher: &Rc<Watcher>, context: &mut Context) -> JsResult<Progress> {
    if watcher.pending.borrow().is_empty() {
        fill(watcher, context);
    }
    let next = watcher.pending.borrow_mut().pop_front();
    match next {
        None => return Ok(Progress::Idle),
        Some(Err(errno)) => report(
            watcher,
            JsValue::from(-errno),
            JsValue::undefined(),
            context,
        )?,
        Some(Ok((kind, filename))) => {
            let mut bytes = AlignedVec::with_capacity(0, filename.len());
            bytes.extend_from_slice(&filename);
            let filename = new_buffer(bytes, context)?;
            report(watcher, js_string!(kind).into(), filename, context)?;
        }
    }
    // A listener may have closed the watcher: its queue goes with it.
    if watcher.watch.get().is_none() || watcher.pending.borrow().is_empty() {
        return Ok(Progress::Idle);
    }
    Ok(Progress::More)
}

/// Queues every event the inotify fd holds now.
fn fill(watcher: &Watcher, context: &Context) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        // SAFETY: reads at most `buf.len()` bytes into `buf`.
        let n = unsafe {
            libc::read(
                watcher.inotify.as_raw_fd(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        };
        if n < 0 {
            match last_errno() {
                libc::EINTR => continue,
                libc::EAGAIN => return,
                e => {
                    watcher.pending.borrow_mut().push_back(Err(e));
                    return;
                }
            }
        }
        let mut at = 0;
        let header = std::mem::size_of::<libc::inotify_event>();
        while at + header <= n as usize {
            // SAFETY: the kernel wrote a whole event header at `at`; it may be unaligned.
            let event: libc::inotify_event =
                unsafe { std::ptr::read_unaligned(buf[at..].as_ptr().cast()) };
            let name_bytes = &buf[at + header..at + header + event.len as usize];
            let name = name_bytes.split(|&b| b == 0).next().unwrap_or_default();
            at += header + event.len as usize;
            if let Some(change) = change_of(watcher, &event, name, context) {
                watcher.pending.borrow_mut().push_back(Ok(change));
            }
        }
    }
}

/// The change an event reports (none for a watch the kernel dropped), and
/// for a recursive watcher, watches on a directory that appeared.
fn change_of(
    watcher: &Watcher,
    event: &libc::inotify_event,
    name: &[u8],
    context: &Context,
) -> Option<Change> {
    if event.mask & libc::IN_IGNORED != 0 {
        watcher.dirs.borrow_mut().remove(&event.wd);
        return None;
    }
    let dir = watcher.dirs.borrow().get(&event.wd).cloned()?;
    let changed = libc::IN_ATTRIB | libc::IN_MODIFY;
    let kind = if event.mask & !changed != 0 {
        "rename"
    } else {
        "change"
    };
    // The path's own events name the path's last component, as libuv does.
    let filename: Vec<u8> = if name.is_empty() {
        let own = if dir.as_os_str().is_empty() {
            watcher.root.file_name().unwrap_or(watcher.root.as_os_str())
        } else {
            dir.as_os_str()
        };
        own.as_bytes().to_vec()
    } else {
        dir.join(std::ffi::OsStr::from_bytes(name))
            .as_os_str()
            .as_bytes()
            .to_vec()
    };
    let new_dir =
        event.mask & libc::IN_ISDIR != 0 && event.mask & (libc::IN_CREATE | libc::IN_MOVED_TO) != 0;
    if watcher.recursive && new_dir && !name.is_empty() {
        let rel = dir.join(std::ffi::OsStr::from_bytes(name));
        if add(watcher, rel.clone(), context).is_ok() {
            add_below(watcher, &rel, context);
        }
    }
    Some((kind, filename))
}

fn report(
    watcher: &Watcher,
    kind: JsValue,
    filename: JsValue,
    context: &mut Context,
) -> JsResult<()> {
    watcher
        .onchange
        .call(&JsValue::undefined(), &[kind, filename], context)?;
    Ok(())
}

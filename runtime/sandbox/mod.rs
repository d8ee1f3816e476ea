//! The file-system allow-list (`RuntimeBuilder::allow_paths`), enforced by
//! the kernel rather than by comparing strings.
//!
//! Each allowed root is opened once, when the runtime is built, as an
//! `O_PATH` directory handle. A path a script hands to `fs`, `process.chdir`
//! or the module loader is made absolute (against the current directory at
//! the time of the call) and matched, by its leading components, to the root
//! it lies under; the rest is resolved with `openat2(root, rest,
//! RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)` on the thread that performs the
//! operation (a pool worker for the asynchronous forms). The kernel refuses a
//! `..`, an absolute symlink or a relative symlink that would leave the root,
//! and `/proc` magic links, during that very system call: there is no window
//! between a check and the use. Calls that act on a directory entry rather
//! than on an open file (mkdir, unlink, rmdir, symlink) open the parent
//! beneath the root the same way and use the `*at()` call on the last name;
//! calls about an inode (stat, access, chmod, chdir) use an `O_PATH` handle
//! opened beneath the root.
//!
//! A refusal is `EACCES` whether or not the target outside exists: paths
//! under no root are refused before any system call, and the kernel reports
//! an escape (`EXDEV`) at the component that leaves the root, before looking
//! at anything outside.
//!
//! Without an allow-list, paths go to the plain system calls as written.

mod path;
mod syscalls;
#[cfg(test)]
mod tests;

pub use path::FsPath;
pub use syscalls::Kind;

use path::Place;
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use syscalls::{open_beneath, open_plain};

/// How every path is resolved beneath a root: no escape by `..` or
/// symlinks (RESOLVE_BENEATH refuses absolute ones too), and no `/proc`
/// magic links, which jump to an inode without a path.
const BENEATH: u64 = libc::RESOLVE_BENEATH | libc::RESOLVE_NO_MAGICLINKS;

/// The flags open(2) knows (the kernel's VALID_OPEN_FLAGS).
const OPEN_FLAGS: i32 = libc::O_ACCMODE
    | libc::O_CREAT
    | libc::O_EXCL
    | libc::O_NOCTTY
    | libc::O_TRUNC
    | libc::O_APPEND
    | libc::O_NONBLOCK
    | libc::O_DSYNC
    | libc::O_ASYNC
    | libc::O_DIRECT
    | libc::O_LARGEFILE
    | libc::O_DIRECTORY
    | libc::O_NOFOLLOW
    | libc::O_NOATIME
    | libc::O_CLOEXEC
    | libc::O_SYNC
    | libc::O_PATH
    | libc::O_TMPFILE;

/// How often an `openat2` that met a concurrent rename while resolving
/// `..` is retried before the path counts as refused.
const RENAME_RETRIES: u32 = 16;

/// The allow-list of a runtime (cheap to clone; shared with pool jobs).
#[derive(Clone, Default)]
pub struct Sandbox {
    roots: Option<Arc<Roots>>,
}

struct Roots {
    /// Tells sandboxes apart in caches shared by runtimes (package.json reads).
    id: u64,
    /// The roots' directory handles.
    dirs: Vec<OwnedFd>,
    /// The names that lead to each root (an index into `dirs`): its
    /// `realpath`, and the absolute path the host gave when that differs
    /// (through a symlink). Longest first, so a root inside another is
    /// matched first. A name only picks the handle: what follows it is
    /// resolved beneath the handle, whatever the name points at later.
    names: Vec<(PathBuf, usize)>,
}

impl Sandbox {
    /// An allow-list of `roots`: each is opened now (after `realpath`), and
    /// the kernel's `openat2` is checked to be there. Fails closed: without
    /// `openat2` (Linux before 5.6, or a seccomp filter refusing it) no
    /// runtime is built, rather than one checking strings.
    pub fn new(roots: &[PathBuf]) -> Result<Sandbox, String> {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let (mut dirs, mut names) = (Vec::new(), Vec::new());
        for root in roots {
            let fail = |e: io::Error| format!("allowed path {}: {e}", root.display());
            let path = std::fs::canonicalize(root).map_err(fail)?;
            let given = std::path::absolute(root).map_err(fail)?;
            let plain = given
                .components()
                .all(|c| c != std::path::Component::ParentDir);
            if plain && given != path {
                names.push((given, dirs.len()));
            }
            let c = CString::new(path.as_os_str().as_bytes())
                .map_err(io::Error::from)
                .map_err(fail)?;
            let dir = open_plain(&c, libc::O_PATH | libc::O_DIRECTORY, 0).map_err(fail)?;
            open_beneath(
                dir.as_raw_fd(),
                c".",
                libc::O_PATH | libc::O_DIRECTORY,
                0,
                BENEATH,
            )
            .map_err(|e| match e.raw_os_error() {
                Some(libc::ENOSYS) => "the file-system allow-list needs the openat2 system call \
                         (Linux 5.6 or later), which this system refuses"
                    .to_string(),
                _ => fail(e),
            })?;
            names.push((path, dirs.len()));
            dirs.push(dir);
        }
        names.sort_by_key(|(name, _)| std::cmp::Reverse(name.as_os_str().len()));
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        Ok(Sandbox {
            roots: Some(Arc::new(Roots { id, dirs, names })),
        })
    }

    /// Whether there is an allow-list at all.
    pub fn is_active(&self) -> bool {
        self.roots.is_some()
    }

    /// 0 without an allow-list, else a number no other sandbox has.
    pub fn id(&self) -> u64 {
        self.roots.as_ref().map_or(0, |r| r.id)
    }

    /// Where `path` (as the script wrote it) points, ready to be resolved on
    /// any thread. A relative path is taken against the current directory
    /// now, on the calling thread. Without an allow-list this only keeps the
    /// path: the plain calls cost what they did before there was a sandbox.
    pub fn locate(&self, path: impl Into<PathBuf>) -> FsPath {
        let path = path.into();
        let place = match &self.roots {
            None => Place::Plain,
            Some(_) if path.as_os_str().is_empty() => Place::Refused(libc::ENOENT),
            Some(roots) => roots.place(&path),
        };
        FsPath { path, place }
    }
}

impl Roots {
    fn place(self: &Arc<Self>, path: &Path) -> Place {
        if path.as_os_str().as_bytes().contains(&0) {
            return Place::Refused(libc::ENOENT);
        }
        let absolute = if path.is_absolute() {
            path.to_path_buf()
        } else {
            match std::env::current_dir() {
                Ok(cwd) => cwd.join(path),
                Err(e) => return Place::Refused(e.raw_os_error().unwrap_or(libc::ENOENT)),
            }
        };
        for (name, index) in &self.names {
            // Component-wise: `/a/bc` is not under `/a/b`. `..` stays in the
            // rest for the kernel to judge.
            let Ok(rest) = absolute.strip_prefix(name) else {
                continue;
            };
            let mut rest = rest.as_os_str().as_bytes().to_vec();
            if rest.is_empty() {
                rest.push(b'.');
            }
            // strip_prefix drops a trailing slash, which means "a directory".
            if path.as_os_str().as_bytes().ends_with(b"/") && !rest.ends_with(b"/") {
                rest.push(b'/');
            }
            return match CString::new(rest) {
                Ok(rest) => Place::Beneath {
                    roots: self.clone(),
                    index: *index,
                    rest,
                },
                Err(_) => Place::Refused(libc::ENOENT),
            };
        }
        Place::Refused(libc::EACCES)
    }
}

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

use std::ffi::{CStr, CString};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

/// A path located for a file-system call (see [`Sandbox::locate`]).
pub struct FsPath {
    /// The path as the script wrote it.
    path: PathBuf,
    place: Place,
}

enum Place {
    /// No allow-list: the path as given (relative to the cwd when used).
    Plain,
    /// Under allowed root `index`: `rest`, resolved beneath it by the kernel.
    Beneath {
        roots: Arc<Roots>,
        index: usize,
        rest: CString,
    },
    /// Refused before any system call with this errno: EACCES outside every
    /// root, ENOENT for an empty path or one with a NUL byte.
    Refused(i32),
}

/// A directory entry to act on with an `*at()` call: `name` in `dir`.
struct Entry {
    /// `None`: the current directory (a plain path, no allow-list).
    dir: Option<OwnedFd>,
    name: CString,
}

impl Entry {
    fn dir(&self) -> RawFd {
        self.dir.as_ref().map_or(libc::AT_FDCWD, AsRawFd::as_raw_fd)
    }
}

/// A directory entry's name and kind, as `readdir` reports them.
pub struct DirEntry {
    pub name: Vec<u8>,
    pub kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Other,
    File,
    Dir,
    Symlink,
}

impl FsPath {
    /// The path as the script wrote it, for error messages.
    pub fn shown(&self) -> std::borrow::Cow<'_, str> {
        self.path.to_string_lossy()
    }

    /// The plain path for a system call (no allow-list): a NUL byte, which
    /// no path holds, is ENOENT.
    fn plain(&self) -> io::Result<CString> {
        CString::new(self.path.as_os_str().as_bytes())
            .map_err(|_| io::Error::from_raw_os_error(libc::ENOENT))
    }

    /// `open(2)` with Node's flags and mode; the fd is close-on-exec.
    pub fn open(&self, flags: i32, mode: u32) -> io::Result<OwnedFd> {
        match &self.place {
            Place::Plain => open_plain(&self.plain()?, flags, mode),
            Place::Beneath { roots, index, rest } => {
                open_beneath(roots.dirs[*index].as_raw_fd(), rest, flags, mode, BENEATH)
            }
            Place::Refused(errno) => Err(io::Error::from_raw_os_error(*errno)),
        }
    }

    /// An `O_PATH` handle on the inode beneath the root (the link itself
    /// when `follow` is false and the last component is a symlink).
    fn handle(&self, follow: bool) -> io::Result<OwnedFd> {
        let nofollow = if follow { 0 } else { libc::O_NOFOLLOW };
        self.open(libc::O_PATH | nofollow, 0)
    }

    /// `stat(2)` (`follow`) or `lstat(2)`.
    pub fn metadata(&self, follow: bool) -> io::Result<std::fs::Metadata> {
        match &self.place {
            Place::Plain if follow => std::fs::metadata(&self.path),
            Place::Plain => std::fs::symlink_metadata(&self.path),
            // std's File::metadata is statx(fd, "", AT_EMPTY_PATH), which
            // takes an O_PATH fd.
            _ => std::fs::File::from(self.handle(follow)?).metadata(),
        }
    }

    pub fn is_file(&self) -> bool {
        self.metadata(true).is_ok_and(|m| m.is_file())
    }

    pub fn is_dir(&self) -> bool {
        self.metadata(true).is_ok_and(|m| m.is_dir())
    }

    /// `access(2)`: `Ok` when the calling process may use the file as `mode` says.
    pub fn access(&self, mode: i32) -> io::Result<()> {
        match &self.place {
            Place::Plain => {
                let path = self.plain()?;
                // SAFETY: `path` is a valid NUL-terminated string.
                cvt(unsafe { libc::access(path.as_ptr(), mode) })
            }
            _ => {
                let fd = self.handle(true)?;
                if mode == libc::F_OK {
                    return Ok(());
                }
                on_inode(&fd, |fd, empty, flags| {
                    // SAFETY: faccessat2 reads the NUL-terminated `empty`.
                    unsafe { libc::syscall(libc::SYS_faccessat2, fd, empty, mode, flags) }
                })
            }
        }
    }

    /// `chmod(2)`, following symlinks.
    pub fn chmod(&self, mode: u32) -> io::Result<()> {
        match &self.place {
            Place::Plain => {
                let path = self.plain()?;
                // SAFETY: `path` is a valid NUL-terminated string.
                cvt(unsafe { libc::chmod(path.as_ptr(), mode as libc::mode_t) })
            }
            _ => {
                let fd = self.handle(true)?;
                on_inode(&fd, |fd, empty, flags| {
                    // SAFETY: fchmodat2 reads the NUL-terminated `empty`.
                    unsafe { libc::syscall(libc::SYS_fchmodat2, fd, empty, mode, flags) }
                })
            }
        }
    }

    /// `chdir(2)`.
    pub fn chdir(&self) -> io::Result<()> {
        match &self.place {
            Place::Plain => std::env::set_current_dir(&self.path),
            _ => {
                let fd = self.open(libc::O_PATH | libc::O_DIRECTORY, 0)?;
                // SAFETY: fchdir on an fd we own.
                cvt(unsafe { libc::fchdir(fd.as_raw_fd()) })
            }
        }
    }

    /// The directory holding the last component, and that name. Beneath a
    /// root, the parent is opened beneath it; a last name of `.` or `..`
    /// (which the `*at()` calls would resolve) must itself lie beneath it.
    fn entry(&self) -> io::Result<Entry> {
        let (roots, index, rest) = match &self.place {
            Place::Plain => {
                return Ok(Entry {
                    dir: None,
                    name: self.plain()?,
                })
            }
            Place::Beneath { roots, index, rest } => (roots, *index, rest.to_bytes()),
            Place::Refused(errno) => return Err(io::Error::from_raw_os_error(*errno)),
        };
        let trimmed = trim_trailing_slashes(rest);
        // The root's own entry lives in its parent, outside.
        if trimmed == b"." {
            return Err(denied());
        }
        let (parent, name) = match trimmed.iter().rposition(|&b| b == b'/') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (&b"."[..], rest),
        };
        if matches!(trim_trailing_slashes(name), b"." | b"..") {
            self.handle(true)?;
        }
        let root = roots.dirs[index].as_raw_fd();
        let parent = CString::new(parent).map_err(|_| denied())?;
        let dir = open_beneath(root, &parent, libc::O_PATH | libc::O_DIRECTORY, 0, BENEATH)?;
        Ok(Entry {
            dir: Some(dir),
            name: CString::new(name).map_err(|_| denied())?,
        })
    }

    /// `mkdir(2)`.
    pub fn mkdir(&self, mode: u32) -> io::Result<()> {
        let e = self.entry()?;
        // SAFETY: `e.name` is a valid NUL-terminated string.
        cvt(unsafe { libc::mkdirat(e.dir(), e.name.as_ptr(), mode as libc::mode_t) })
    }

    /// `unlink(2)`.
    pub fn unlink(&self) -> io::Result<()> {
        let e = self.entry()?;
        // SAFETY: `e.name` is a valid NUL-terminated string.
        cvt(unsafe { libc::unlinkat(e.dir(), e.name.as_ptr(), 0) })
    }

    /// `rmdir(2)`.
    pub fn rmdir(&self) -> io::Result<()> {
        let e = self.entry()?;
        // SAFETY: `e.name` is a valid NUL-terminated string.
        cvt(unsafe { libc::unlinkat(e.dir(), e.name.as_ptr(), libc::AT_REMOVEDIR) })
    }

    /// `symlink(2)`: a link here holding `target` (any text: following it
    /// later is what the root confines).
    pub fn symlink(&self, target: &str) -> io::Result<()> {
        let target =
            CString::new(target).map_err(|_| io::Error::from_raw_os_error(libc::ENOENT))?;
        let e = self.entry()?;
        // SAFETY: both are valid NUL-terminated strings.
        cvt(unsafe { libc::symlinkat(target.as_ptr(), e.dir(), e.name.as_ptr()) })
    }

    /// The directory and everything in it, as `rm -r`: symlinks inside are
    /// removed, never followed.
    pub fn remove_tree(&self) -> io::Result<()> {
        let dir = self.open(libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW, 0)?;
        clear_dir(&dir)?;
        self.rmdir()
    }

    /// The directory's entries, without `.` and `..`.
    pub fn read_dir(&self) -> io::Result<Vec<DirEntry>> {
        read_entries(&self.open(libc::O_RDONLY | libc::O_DIRECTORY, 0)?)
    }

    /// The whole file (the module loader's read).
    pub fn read(&self) -> io::Result<Vec<u8>> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::from(self.open(libc::O_RDONLY, 0)?).read_to_end(&mut bytes)?;
        Ok(bytes)
    }
}

fn trim_trailing_slashes(mut path: &[u8]) -> &[u8] {
    while path.len() > 1 && path.ends_with(b"/") {
        path = &path[..path.len() - 1];
    }
    path
}

/// The refusal of a path outside the roots.
fn denied() -> io::Error {
    io::Error::from_raw_os_error(libc::EACCES)
}

fn cvt(ret: libc::c_int) -> io::Result<()> {
    if ret == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// `open(2)`, retried on EINTR.
fn open_plain(path: &CStr, flags: i32, mode: u32) -> io::Result<OwnedFd> {
    loop {
        // SAFETY: `path` is a valid NUL-terminated string.
        let fd =
            unsafe { libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
        if fd >= 0 {
            // SAFETY: open returned a new fd that nothing else owns.
            return Ok(unsafe { OwnedFd::from_raw_fd(fd) });
        }
        let err = io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(err);
        }
    }
}

/// `openat2(dir, path, flags, mode, resolve)`. An escape (EXDEV) is the
/// sandbox's EACCES; a `..` the kernel could not vouch for because of a
/// concurrent rename (EAGAIN) is retried, then refused the same way.
fn open_beneath(
    dir: RawFd,
    path: &CStr,
    flags: i32,
    mode: u32,
    resolve: u64,
) -> io::Result<OwnedFd> {
    // openat2 refuses what open(2) ignores: flag bits it does not know, a
    // mode with more than permission bits, a mode when nothing is created.
    // A script's numbers are taken as open(2) takes them.
    let flags = flags & OPEN_FLAGS;
    // SAFETY: open_how is plain data; all-zero is its "nothing set".
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = (flags | libc::O_CLOEXEC) as u64;
    let creates = flags & libc::O_CREAT != 0 || flags & libc::O_TMPFILE == libc::O_TMPFILE;
    how.mode = if creates { u64::from(mode & 0o7777) } else { 0 };
    how.resolve = resolve;
    let mut retries = 0;
    loop {
        // SAFETY: `path` is NUL-terminated and `how` is a valid open_how of
        // the size passed.
        let fd = unsafe {
            libc::syscall(
                libc::SYS_openat2,
                dir,
                path.as_ptr(),
                &how as *const libc::open_how,
                std::mem::size_of::<libc::open_how>(),
            )
        };
        if fd >= 0 {
            // SAFETY: openat2 returned a new fd that nothing else owns.
            return Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) });
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => {}
            Some(libc::EAGAIN) if retries < RENAME_RETRIES => retries += 1,
            Some(libc::EXDEV | libc::EAGAIN) => return Err(denied()),
            _ => return Err(err),
        }
    }
}

/// A call on the inode an `O_PATH` fd holds: `call(fd, "", AT_EMPTY_PATH)`
/// (faccessat2, Linux 5.8; fchmodat2, 6.6). On an older kernel, the same
/// call through the fd's `/proc/self/fd` link, a path sous makes itself.
fn on_inode(
    fd: &OwnedFd,
    call: impl Fn(RawFd, *const libc::c_char, i32) -> libc::c_long,
) -> io::Result<()> {
    if call(fd.as_raw_fd(), c"".as_ptr(), libc::AT_EMPTY_PATH) == 0 {
        return Ok(());
    }
    let err = io::Error::last_os_error();
    if err.raw_os_error() != Some(libc::ENOSYS) {
        return Err(err);
    }
    let link =
        CString::new(format!("/proc/self/fd/{}", fd.as_raw_fd())).map_err(io::Error::from)?;
    if call(libc::AT_FDCWD, link.as_ptr(), 0) == 0 {
        return Ok(());
    }
    Err(io::Error::last_os_error())
}

/// The entries of the directory open at `dir`, without `.` and `..`; a
/// kind the file system does not report is looked up without following.
fn read_entries(dir: &OwnedFd) -> io::Result<Vec<DirEntry>> {
    // fdopendir takes its fd over: give it a copy, and keep `dir`.
    // SAFETY: F_DUPFD_CLOEXEC on an fd we own.
    let copy = unsafe { libc::fcntl(dir.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 0) };
    if copy < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `copy` is an open directory fd that nothing else owns.
    let stream = unsafe { libc::fdopendir(copy) };
    if stream.is_null() {
        let err = io::Error::last_os_error();
        // SAFETY: closing the copy fdopendir did not take.
        unsafe { libc::close(copy) };
        return Err(err);
    }
    let mut entries = Vec::new();
    let result = loop {
        // SAFETY: errno is thread-local; readdir reports errors only through it.
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: `stream` is an open directory stream.
        let ent = unsafe { libc::readdir64(stream) };
        if ent.is_null() {
            let err = io::Error::last_os_error();
            break if err.raw_os_error() == Some(0) {
                Ok(())
            } else {
                Err(err)
            };
        }
        // SAFETY: readdir returned a valid entry, live until the next call.
        let (name, d_type) = unsafe { (CStr::from_ptr((*ent).d_name.as_ptr()), (*ent).d_type) };
        let bytes = name.to_bytes();
        if bytes == b"." || bytes == b".." {
            continue;
        }
        let kind = match d_type {
            libc::DT_DIR => Kind::Dir,
            libc::DT_REG => Kind::File,
            libc::DT_LNK => Kind::Symlink,
            libc::DT_UNKNOWN => kind_at(dir.as_raw_fd(), name),
            _ => Kind::Other,
        };
        entries.push(DirEntry {
            name: bytes.to_vec(),
            kind,
        });
    };
    // SAFETY: closes the stream (and `copy`) once.
    unsafe { libc::closedir(stream) };
    result.map(|()| entries)
}

/// `lstat`'s idea of `name` in `dir`.
fn kind_at(dir: RawFd, name: &CStr) -> Kind {
    // SAFETY: a zeroed stat is a valid out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `name` is NUL-terminated and `st` a valid out pointer.
    if unsafe { libc::fstatat(dir, name.as_ptr(), &mut st, libc::AT_SYMLINK_NOFOLLOW) } != 0 {
        return Kind::Other;
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFDIR => Kind::Dir,
        libc::S_IFREG => Kind::File,
        libc::S_IFLNK => Kind::Symlink,
        _ => Kind::Other,
    }
}

/// Removes everything in the directory open at `dir`: each name is opened
/// or removed relative to its directory's fd, with O_NOFOLLOW, so no path
/// is resolved again and no symlink is followed.
fn clear_dir(dir: &OwnedFd) -> io::Result<()> {
    for entry in read_entries(dir)? {
        let name = CString::new(entry.name).map_err(io::Error::from)?;
        if entry.kind == Kind::Dir {
            // SAFETY: `name` is NUL-terminated; the fd is new and ours.
            let sub = unsafe {
                libc::openat(
                    dir.as_raw_fd(),
                    name.as_ptr(),
                    libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
                )
            };
            if sub < 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: openat returned a new fd that nothing else owns.
            clear_dir(&unsafe { OwnedFd::from_raw_fd(sub) })?;
            // SAFETY: `name` is NUL-terminated.
            cvt(unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), libc::AT_REMOVEDIR) })?;
        } else {
            // SAFETY: `name` is NUL-terminated.
            cvt(unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), 0) })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
}

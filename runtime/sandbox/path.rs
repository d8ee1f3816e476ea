//! A path located for a file-system call, and the calls on it: each one
//! resolved beneath its root by the kernel, or plain without an allow-list.

use super::syscalls::*;
use super::{Roots, BENEATH};
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::Arc;

/// A path located for a file-system call (see [`Sandbox::locate`]).
pub struct FsPath {
    /// The path as the script wrote it.
    pub(super) path: PathBuf,
    pub(super) place: Place,
}

pub(super) enum Place {
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

    /// `rename(2)` of this entry to `to` (both resolved beneath their roots).
    pub fn rename(&self, to: &FsPath) -> io::Result<()> {
        let (a, b) = (self.entry()?, to.entry()?);
        // SAFETY: both names are valid NUL-terminated strings.
        cvt(unsafe { libc::renameat(a.dir(), a.name.as_ptr(), b.dir(), b.name.as_ptr()) })
    }

    /// `link(2)`: a new name `to` for this entry (never following a symlink).
    pub fn link(&self, to: &FsPath) -> io::Result<()> {
        let (a, b) = (self.entry()?, to.entry()?);
        // SAFETY: both names are valid NUL-terminated strings.
        cvt(unsafe { libc::linkat(a.dir(), a.name.as_ptr(), b.dir(), b.name.as_ptr(), 0) })
    }

    /// `readlink(2)`: the text a symlink holds.
    pub fn readlink(&self) -> io::Result<Vec<u8>> {
        let e = self.entry()?;
        let mut buf = vec![0u8; libc::PATH_MAX as usize];
        // SAFETY: `buf` has room for `buf.len()` bytes; the name is NUL-terminated.
        let n = unsafe {
            libc::readlinkat(e.dir(), e.name.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        buf.truncate(n as usize);
        Ok(buf)
    }

    /// The canonical absolute path (symlinks resolved, beneath the root).
    pub fn realpath(&self) -> io::Result<PathBuf> {
        match &self.place {
            Place::Plain => std::fs::canonicalize(&self.path),
            _ => {
                let fd = self.handle(true)?;
                std::fs::read_link(format!("/proc/self/fd/{}", fd.as_raw_fd()))
            }
        }
    }

    /// `chown(2)` (`follow`) or `lchown(2)`.
    pub fn chown(&self, uid: u32, gid: u32, follow: bool) -> io::Result<()> {
        if !follow || matches!(self.place, Place::Plain) {
            let e = self.entry()?;
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: the name is a valid NUL-terminated string.
            return cvt(unsafe { libc::fchownat(e.dir(), e.name.as_ptr(), uid, gid, flags) });
        }
        let fd = self.handle(true)?;
        // SAFETY: "" with AT_EMPTY_PATH names the O_PATH fd's inode.
        cvt(unsafe { libc::fchownat(fd.as_raw_fd(), c"".as_ptr(), uid, gid, libc::AT_EMPTY_PATH) })
    }

    /// `utimensat(2)`: access and modification times, following the last
    /// symlink (`follow`) or not.
    pub fn utimes(&self, times: &[libc::timespec; 2], follow: bool) -> io::Result<()> {
        if !follow || matches!(self.place, Place::Plain) {
            let e = self.entry()?;
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: the name is NUL-terminated and `times` holds two timespecs.
            return cvt(unsafe {
                libc::utimensat(e.dir(), e.name.as_ptr(), times.as_ptr(), flags)
            });
        }
        // utimensat takes no AT_EMPTY_PATH: the O_PATH fd's /proc link,
        // a path sous makes itself, names the inode resolved beneath the root.
        let fd = self.handle(true)?;
        let link = CString::new(format!("/proc/self/fd/{}", fd.as_raw_fd()))?;
        // SAFETY: `link` is NUL-terminated and `times` holds two timespecs.
        cvt(unsafe { libc::utimensat(libc::AT_FDCWD, link.as_ptr(), times.as_ptr(), 0) })
    }

    /// `statfs(2)` of the file system holding the file.
    pub fn statfs(&self) -> io::Result<libc::statfs> {
        let fd = self.handle(true)?;
        // SAFETY: a zeroed statfs is a valid out-parameter.
        let mut st: libc::statfs = unsafe { std::mem::zeroed() };
        // SAFETY: fstatfs on an fd we own (O_PATH fds allow it), `st` a valid out pointer.
        cvt(unsafe { libc::fstatfs(fd.as_raw_fd(), &mut st) })?;
        Ok(st)
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

    /// Every entry under the directory, breadth first, as Node's recursive
    /// readdir lists them: each name relative to this directory, each
    /// directory's entries sorted bytewise. Subdirectories are opened from
    /// their parent's fd without following symlinks, so nothing is resolved
    /// again.
    pub fn read_dir_recursive(&self) -> io::Result<Vec<DirEntry>> {
        let mut out = Vec::new();
        let mut queue = std::collections::VecDeque::new();
        queue.push_back((
            self.open(libc::O_RDONLY | libc::O_DIRECTORY, 0)?,
            Vec::new(),
        ));
        while let Some((dir, prefix)) = queue.pop_front() {
            let mut entries = read_entries(&dir)?;
            entries.sort_by(|a, b| a.name.cmp(&b.name));
            for entry in entries {
                let mut name = prefix.clone();
                name.extend_from_slice(&entry.name);
                if entry.kind == Kind::Dir {
                    let c = CString::new(entry.name.clone())?;
                    let flags =
                        libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC;
                    // SAFETY: `c` is NUL-terminated; the fd returned is new and ours.
                    let sub = unsafe { libc::openat(dir.as_raw_fd(), c.as_ptr(), flags) };
                    if sub >= 0 {
                        let mut sub_prefix = name.clone();
                        sub_prefix.push(b'/');
                        // SAFETY: openat returned a new fd that nothing else owns.
                        queue.push_back((unsafe { OwnedFd::from_raw_fd(sub) }, sub_prefix));
                    }
                }
                out.push(DirEntry {
                    name,
                    kind: entry.kind,
                });
            }
        }
        Ok(out)
    }

    /// The whole file (the module loader's read).
    pub fn read(&self) -> io::Result<Vec<u8>> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::from(self.open(libc::O_RDONLY, 0)?).read_to_end(&mut bytes)?;
        Ok(bytes)
    }
}

//! A path located for a file-system call, and the calls on it: each one
//! resolved beneath its root by the kernel, or plain without an allow-list.

use super::syscalls::*;
use super::{Roots, BENEATH};
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
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

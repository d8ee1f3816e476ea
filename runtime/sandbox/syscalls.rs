//! The system calls beneath the allow-list: `openat2` with its retries,
//! reading directory entries, emptying a directory, and their errors.

use super::{OPEN_FLAGS, RENAME_RETRIES};
use std::ffi::{CStr, CString};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

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
    Fifo,
    Socket,
    Char,
    Block,
}

pub(super) fn trim_trailing_slashes(mut path: &[u8]) -> &[u8] {
    while path.len() > 1 && path.ends_with(b"/") {
        path = &path[..path.len() - 1];
    }
    path
}

/// The refusal of a path outside the roots.
pub(super) fn denied() -> io::Error {
    io::Error::from_raw_os_error(libc::EACCES)
}

pub(super) fn cvt(ret: libc::c_int) -> io::Result<()> {
    if ret == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// `open(2)`, retried on EINTR.
pub(super) fn open_plain(path: &CStr, flags: i32, mode: u32) -> io::Result<OwnedFd> {
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
pub(super) fn open_beneath(
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
pub(super) fn on_inode(
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
pub(super) fn read_entries(dir: &OwnedFd) -> io::Result<Vec<DirEntry>> {
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
            libc::DT_FIFO => Kind::Fifo,
            libc::DT_SOCK => Kind::Socket,
            libc::DT_CHR => Kind::Char,
            libc::DT_BLK => Kind::Block,
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
pub(super) fn kind_at(dir: RawFd, name: &CStr) -> Kind {
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
        libc::S_IFIFO => Kind::Fifo,
        libc::S_IFSOCK => Kind::Socket,
        libc::S_IFCHR => Kind::Char,
        libc::S_IFBLK => Kind::Block,
        _ => Kind::Other,
    }
}

/// Removes everything in the directory open at `dir`: each name is opened
/// or removed relative to its directory's fd, with O_NOFOLLOW, so no path
/// is resolved again and no symlink is followed.
pub(super) fn clear_dir(dir: &OwnedFd) -> io::Result<()> {
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

//! The embedding allow-list under attack: a script confined to one
//! directory (`allow_paths([root])`) tries every way out we know of, in
//! sync, callback and promise forms, and while a host thread races it. Each
//! attempt must fail, and the files outside must be exactly as before.
//!
//! The layout every test starts from (`Jail::new`):
//!
//! ```text
//! <dir>/secret.txt        "SECRET"        (outside: must never be read)
//! <dir>/target.txt        "ORIGINAL"      (outside: must never change)
//! <dir>/outdir/                           (outside: nothing may appear in it)
//! <dir>/root/             the only allowed root, and the cwd
//! <dir>/root/in.txt       "inside"
//! <dir>/root/sub/x.txt    "sub-x"
//! ```

use sous::{Runtime, Sink};
use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The runtime's cwd (and `process.chdir`) is the process's: one test at a time.
static SERIAL: Mutex<()> = Mutex::new(());

struct Jail {
    dir: PathBuf,
    root: PathBuf,
    /// Every file outside the root, with its contents and mode, before the script ran.
    before: BTreeMap<PathBuf, (Vec<u8>, u32)>,
}

impl Jail {
    fn new(name: &str) -> Jail {
        let dir = std::env::temp_dir().join(format!("sous-escapes-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let root = dir.join("root");
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::create_dir_all(dir.join("outdir")).unwrap();
        fs::write(dir.join("secret.txt"), "SECRET").unwrap();
        fs::write(dir.join("target.txt"), "ORIGINAL").unwrap();
        fs::write(dir.join("secret.js"), "module.exports = 'SECRET'").unwrap();
        fs::write(dir.join("secret.mjs"), "export default 'SECRET'").unwrap();
        fs::write(root.join("in.txt"), "inside").unwrap();
        fs::write(root.join("sub/x.txt"), "sub-x").unwrap();
        Jail {
            dir,
            root,
            before: BTreeMap::new(),
        }
    }

    /// Records the outside as it is now (call after the host's own setup).
    fn snapshot(&mut self) {
        self.before = self.outside();
    }

    fn outside(&self) -> BTreeMap<PathBuf, (Vec<u8>, u32)> {
        let mut files = BTreeMap::new();
        let mut stack = vec![self.dir.clone()];
        while let Some(d) = stack.pop() {
            for entry in fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path == self.root {
                    continue;
                }
                let meta = fs::symlink_metadata(&path).unwrap();
                let mode = meta.permissions().mode();
                if meta.is_dir() {
                    stack.push(path.clone());
                    files.insert(path, (Vec::new(), mode));
                } else if meta.is_file() {
                    files.insert(path.clone(), (fs::read(&path).unwrap(), mode));
                } else {
                    let target = fs::read_link(&path).unwrap();
                    files.insert(path, (target.into_os_string().into_encoded_bytes(), mode));
                }
            }
        }
        files
    }

    /// Runs `body` as `root/main.js` (after the harness) in a runtime
    /// confined to the root, with the root as its cwd; returns the stdout.
    fn run(&self, body: &str) -> String {
        let main = self.root.join("main.js");
        let prelude = format!(
            "const ROOT = {:?}; const OUT = {:?};\n",
            self.root.to_str().unwrap(),
            self.dir.to_str().unwrap()
        );
        fs::write(&main, format!("{prelude}{HARNESS}{body}")).unwrap();
        let (out, err) = (Sink::capture(), Sink::capture());
        let mut rt = Runtime::builder()
            .allow_paths([&self.root])
            .cwd(&self.root)
            .stdout(out.clone())
            .stderr(err.clone())
            .build()
            .expect("runtime");
        let code = rt.run_file(&main);
        drop(rt);
        assert_eq!(code, 0, "stdout:\n{}\nstderr:\n{}", out.text(), err.text());
        assert_eq!(err.text(), "");
        out.text()
    }

    /// The harness's verdict: every check registered settled as expected.
    fn assert_all_passed(&self, out: &str) {
        let last = out.lines().last().unwrap_or("");
        let words: Vec<&str> = last.split(' ').collect();
        assert!(
            matches!(words.as_slice(), ["checks", n, "passed", p, "failed", "0"] if n == p && *n != "0"),
            "{out}"
        );
    }

    /// Nothing outside the root changed: no file read differently, written,
    /// created, removed or re-moded.
    fn assert_outside_unchanged(&self) {
        let after = self.outside();
        assert_eq!(
            self.before.keys().collect::<Vec<_>>(),
            after.keys().collect::<Vec<_>>()
        );
        for (path, was) in &self.before {
            assert_eq!(&after[path], was, "{}", path.display());
        }
    }
}

impl Drop for Jail {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// `check(name, expected, got)` and its sync / callback / promise forms; an
/// outcome is the error's `code` (or message), or `OK:` and the value.
const HARNESS: &str = r#"
const fs = require('fs');
const path = require('path');
let registered = 0, passed = 0, failed = 0;
const outcome = (e, v) => (e ? e.code || e.message : 'OK:' + (v === undefined ? '' : String(v)));
function check(name, expected, got) {
  if (got === expected) passed++;
  else { failed++; console.log(`FAIL ${name}: expected ${expected}, got ${got}`); }
}
function sync(name, expected, f) {
  registered++;
  let got;
  try { got = outcome(null, f()); } catch (e) { got = outcome(e); }
  check(name, expected, got);
}
const pending = [];
function callback(name, expected, start) {
  registered++;
  pending.push(new Promise((resolve) => start((e, v) => { check(name, expected, outcome(e, v)); resolve(); })));
}
function promise(name, expected, make) {
  registered++;
  pending.push(make().then((v) => check(name, expected, outcome(null, v)), (e) => check(name, expected, outcome(e))));
}
/// The same attempt in all three forms (for the calls that have them).
function all(name, expected, call, ...args) {
  sync(`${call}Sync ${name}`, expected, () => fs[`${call}Sync`](...args));
  if (fs[call]) callback(`${call} ${name}`, expected, (cb) => fs[call](...args, cb));
  promise(`promises.${call} ${name}`, expected, () => fs.promises[call](...args));
}
/// Reports once every check settled (checks may register more checks).
function done() {
  const n = pending.length;
  return Promise.all(pending).then(() => (pending.length > n ? done()
    : console.log(`checks ${registered} passed ${passed} failed ${failed}`)));
}
"#;

#[test]
fn symlinks_dotdot_and_absolute_paths_lead_nowhere() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("paths");
    let (dir, root) = (&jail.dir, &jail.root);
    symlink(dir.join("secret.txt"), root.join("abs-link")).unwrap();
    symlink("../secret.txt", root.join("rel-link")).unwrap();
    symlink("sub/../../secret.txt", root.join("rel-link-deep")).unwrap();
    symlink(dir.join("created-abs.txt"), root.join("dangling-abs")).unwrap();
    symlink("../created-rel.txt", root.join("dangling-rel")).unwrap();
    symlink(dir.join("outdir"), root.join("dir-link")).unwrap();
    symlink("..", root.join("up")).unwrap();
    symlink("/proc/self/root", root.join("proc-root")).unwrap();
    symlink("/dev/fd", root.join("dev-fd")).unwrap();
    jail.snapshot();
    let out = jail.run(
        r#"
const SECRET = path.join(OUT, 'secret.txt');
// A file: URL as fs takes one (sous has no URL global yet): the path is
// the pathname, percent-decoded.
const fileUrl = (pathname) => ({ href: 'file://' + pathname, protocol: 'file:', hostname: '', pathname });
const MISSING = path.join(OUT, 'missing.txt');
// Outside, whether it exists or not: the same refusal.
for (const [name, p] of [['outside file', SECRET], ['outside missing', MISSING], ['dotdot', '../secret.txt'],
    ['dotdot missing', '../missing.txt'], ['abs symlink', 'abs-link'], ['rel symlink', 'rel-link'],
    ['deep rel symlink', 'rel-link-deep'], ['dir symlink', 'dir-link/x.txt'], ['up symlink', 'up/secret.txt'],
    ['up symlink missing', 'up/missing.txt'], ['proc root', '/proc/self/root' + SECRET],
    ['proc root link', 'proc-root' + SECRET], ['file url', fileUrl(SECRET)],
    ['file url dotdot', fileUrl(ROOT + '/../secret.txt')], ['file url encoded dotdot', fileUrl(ROOT + '/%2e%2e/secret.txt')],
    ['sub dotdot dotdot', 'sub/../../secret.txt'], ['root dotdot root', '../root/in.txt']]) {
  all(`read ${name}`, 'EACCES', 'readFile', p);
  all(`stat ${name}`, 'EACCES', 'stat', p);
  all(`access ${name}`, 'EACCES', 'access', p);
  sync(`exists ${name}`, 'OK:false', () => fs.existsSync(p));
}
// Writing through a symlink (dangling or not) or a path that leaves the root.
for (const [name, p] of [['dangling abs', 'dangling-abs'], ['dangling rel', 'dangling-rel'], ['abs symlink', 'abs-link'],
    ['rel symlink', 'rel-link'], ['up', 'up/target.txt'], ['up new', 'up/new.txt'], ['dir symlink', 'dir-link/new.txt'],
    ['dotdot', '../target.txt'], ['absolute', path.join(OUT, 'target.txt')], ['missing dotdot', 'never/../../target.txt']]) {
  // A missing directory stops the kernel inside the root, before any `..`.
  const expected = name === 'missing dotdot' ? 'ENOENT' : 'EACCES';
  // O_EXCL does not follow the last name: an existing link is EEXIST, as in Node.
  const isLink = ['dangling abs', 'dangling rel', 'abs symlink', 'rel symlink'].includes(name);
  all(`write ${name}`, expected, 'writeFile', p, 'PWNED');
  all(`append ${name}`, expected, 'appendFile', p, 'PWNED');
  sync(`openSync w ${name}`, expected, () => fs.openSync(p, 'w'));
  sync(`openSync a ${name}`, expected, () => fs.openSync(p, 'a'));
  sync(`openSync wx ${name}`, isLink ? 'EEXIST' : expected, () => fs.openSync(p, 'wx'));
  callback(`open w ${name}`, expected, (cb) => fs.open(p, 'w', cb));
  sync(`truncateSync ${name}`, expected, () => fs.truncateSync(p));
}
// mkdir: once a component is missing, nothing falls back to comparing text.
all('mkdir recursive through missing', 'EACCES', 'mkdir', 'nx/../../made', { recursive: true });
all('mkdir recursive deep', 'EACCES', 'mkdir', 'ny/nz/../../../made', { recursive: true });
all('mkdir through up', 'EACCES', 'mkdir', 'up/made');
all('mkdir recursive through dir symlink', 'EACCES', 'mkdir', 'dir-link/a/b', { recursive: true });
all('mkdir absolute', 'EACCES', 'mkdir', path.join(OUT, 'made'));
all('mkdir root parent', 'EACCES', 'mkdir', '..');
// Removing, listing, re-moding outside.
all('unlink through up', 'EACCES', 'unlink', 'up/target.txt');
all('unlink absolute', 'EACCES', 'unlink', path.join(OUT, 'target.txt'));
all('rm through up', 'EACCES', 'rm', 'up/outdir', { recursive: true });
all('rm absolute', 'EACCES', 'rm', path.join(OUT, 'target.txt'));
all('rmdir through dir symlink', 'EACCES', 'rmdir', 'up/outdir');
all('rmdir root itself', 'EACCES', 'rmdir', ROOT);
all('readdir outside', 'EACCES', 'readdir', OUT);
all('readdir up', 'EACCES', 'readdir', 'up');
all('readdir dir symlink', 'EACCES', 'readdir', 'dir-link');
all('lstat through up', 'EACCES', 'lstat', 'up/secret.txt');
sync('chmodSync through symlink', 'EACCES', () => fs.chmodSync('abs-link', 0o777));
sync('chmodSync absolute', 'EACCES', () => fs.chmodSync(SECRET, 0o777));
sync('chmodSync outdir via up', 'EACCES', () => fs.chmodSync('up/outdir', 0o700));
// A symlink the script makes is harmless: following it is what is refused.
sync('symlinkSync to outside', 'OK:', () => fs.symlinkSync(SECRET, 'my-link'));
all('read own link to outside', 'EACCES', 'readFile', 'my-link');
all('write own link to outside', 'EACCES', 'writeFile', 'my-link', 'PWNED');
sync('symlinkSync into outside dir', 'EACCES', () => fs.symlinkSync('x', 'up/planted'));
sync('symlinkSync into absolute', 'EACCES', () => fs.symlinkSync('x', path.join(OUT, 'planted')));
// /proc and /dev/fd magic links, from inside too.
sync('read /proc/self/fd/0', 'EACCES', () => fs.readFileSync('/proc/self/fd/0'));
sync('read /dev/fd/0', 'EACCES', () => fs.readFileSync('/dev/fd/0'));
sync('read dev-fd link', 'EACCES', () => fs.readFileSync('dev-fd/0'));
sync('lstat proc-root link itself', 'OK:true', () => fs.lstatSync('proc-root').isSymbolicLink());
// `..` after chdir, and chdir itself.
sync('chdir out', 'EACCES', () => process.chdir('..'));
sync('chdir absolute', 'EACCES', () => process.chdir(OUT));
sync('chdir absolute missing', 'EACCES', () => process.chdir(path.join(OUT, 'missing')));
sync('cwd unchanged', 'OK:' + ROOT, () => process.cwd());
sync('chdir through up', 'EACCES', () => process.chdir('up'));
sync('chdir message', 'OK:EACCES: permission denied, chdir \'' + ROOT + '\' -> \'..\'', () => {
  try { process.chdir('..'); } catch (e) { return e.message; }
});
sync('chdir sub', 'OK:', () => process.chdir('sub'));
all('read dotdot after chdir', 'OK:inside', 'readFile', '../in.txt', 'utf8');
all('read dotdot dotdot after chdir', 'EACCES', 'readFile', '../../secret.txt');
all('write dotdot dotdot after chdir', 'EACCES', 'writeFile', '../../target.txt', 'PWNED');
sync('chdir back', 'OK:', () => process.chdir('..'));
done();
"#,
    );
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
    // mkdir -p made what Node makes inside (the missing `nx`), and no more.
    assert!(jail.root.join("nx").is_dir());
    assert!(!jail.dir.join("made").exists());
}

#[test]
fn fds_the_script_did_not_open_are_not_its_own() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("fds");
    jail.snapshot();
    // The host holds the secret open; the script must not reach it by number.
    let host_file = fs::File::open(jail.dir.join("secret.txt")).unwrap();
    let host_fd = std::os::fd::AsRawFd::as_raw_fd(&host_file);
    let out = jail.run(&format!(
        r#"
const HOSTFD = {host_fd};
sync('readFileSync host fd', 'EBADF', () => fs.readFileSync(HOSTFD));
callback('readFile host fd', 'EBADF', (cb) => fs.readFile(HOSTFD, cb));
sync('writeFileSync host fd', 'EBADF', () => fs.writeFileSync(HOSTFD, 'PWNED'));
callback('writeFile host fd', 'EBADF', (cb) => fs.writeFile(HOSTFD, 'PWNED', cb));
sync('appendFileSync host fd', 'EBADF', () => fs.appendFileSync(HOSTFD, 'PWNED'));
sync('fstatSync host fd', 'EBADF', () => fs.fstatSync(HOSTFD));
sync('closeSync host fd', 'EBADF', () => fs.closeSync(HOSTFD));
callback('close host fd', 'EBADF', (cb) => fs.close(HOSTFD, cb));
// Node's exact error for a bad fd.
sync('message', 'OK:EBADF: bad file descriptor, fstat', () => {{
  try {{ fs.readFileSync(HOSTFD); }} catch (e) {{ return e.message; }}
}});
for (let fd = 3; fd < 64; fd++) {{
  sync(`fstatSync fd ${{fd}}`, 'EBADF', () => fs.fstatSync(fd));
}}
// Its own fds work, until it closes them.
const own = fs.openSync('in.txt', 'r');
sync('readFileSync own fd', 'OK:inside', () => fs.readFileSync(own, 'utf8'));
sync('fstatSync own fd', 'OK:6', () => fs.fstatSync(own).size);
sync('closeSync own fd', 'OK:', () => fs.closeSync(own));
sync('fstatSync own fd after close', 'EBADF', () => fs.fstatSync(own));
const w = fs.openSync('new.txt', 'w');
sync('writeFileSync own fd', 'OK:', () => fs.writeFileSync(w, 'written'));
fs.closeSync(w);
sync('read back', 'OK:written', () => fs.readFileSync('new.txt', 'utf8'));
pending.push(new Promise((resolve) => fs.open('sub/x.txt', (err, fd) => {{
  callback('readFile own async fd', 'OK:sub-x', (cb) => fs.readFile(fd, 'utf8', cb));
  // A close racing the read on another worker: the read has its own copy.
  callback('close own async fd', 'OK:', (cb) => fs.close(fd, (e) => cb(e)));
  callback('readFile after close', 'EBADF', (cb) => fs.readFile(fd, cb));
  resolve();
}})));
done();
"#
    ));
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
    // What the script left open was closed with its runtime.
    let left_open = jail.run(
        "const fds = [fs.openSync('in.txt'), fs.openSync('sub/x.txt')]; console.log(fds.join(' '));",
    );
    for fd in left_open.split_whitespace() {
        let fd: i32 = fd.parse().unwrap();
        // SAFETY: F_GETFD only asks whether the fd is open.
        assert_eq!(
            unsafe { libc::fcntl(fd, libc::F_GETFD) },
            -1,
            "fd {fd} leaked"
        );
    }
    // The host's fd is still open and still its file.
    use std::io::{Read, Seek};
    let mut file = host_file;
    file.rewind().unwrap();
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    assert_eq!(text, "SECRET");
}

#[test]
fn modules_outside_are_missing_whether_they_exist_or_not() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("modules");
    let (dir, root) = (&jail.dir, &jail.root);
    symlink(dir.join("secret.js"), root.join("link.js")).unwrap();
    symlink("..", root.join("up")).unwrap();
    fs::write(root.join("lib.js"), "module.exports = 'lib'").unwrap();
    fs::write(root.join("lib.mjs"), "export default 'mjs'").unwrap();
    fs::create_dir_all(root.join("node_modules")).unwrap();
    symlink(dir.join("outdir"), root.join("node_modules/pkg")).unwrap();
    fs::write(dir.join("outdir/index.js"), "module.exports = 'SECRET'").unwrap();
    jail.snapshot();
    let out = jail.run(
        r#"
const code = (f) => () => { try { return f(); } catch (e) { throw Object.assign(new Error(), { code: e.code }); } };
for (const [name, id] of [['existing', path.join(OUT, 'secret.js')], ['missing', path.join(OUT, 'nothing.js')],
    ['dotdot existing', '../secret'], ['dotdot missing', '../nothing'], ['symlink', './link.js'],
    ['through up', './up/secret.js'], ['through up missing', './up/nothing.js'], ['package via symlink', 'pkg']]) {
  sync(`require ${name}`, 'MODULE_NOT_FOUND', code(() => require(id)));
  sync(`require.resolve ${name}`, 'MODULE_NOT_FOUND', code(() => require.resolve(id)));
}
for (const [name, id] of [['existing', path.join(OUT, 'secret.mjs')], ['missing', path.join(OUT, 'nothing.mjs')],
    ['file url existing', 'file://' + path.join(OUT, 'secret.mjs')], ['file url missing', 'file://' + path.join(OUT, 'nothing.mjs')],
    ['dotdot existing', '../secret.mjs'], ['dotdot missing', '../nothing.mjs'], ['through up', './up/secret.mjs']]) {
  promise(`import ${name}`, 'ERR_MODULE_NOT_FOUND', () => import(id));
}
// The messages differ only by the name asked for.
sync('same message', 'OK:true', () => {
  const msg = (id) => { try { require(id); } catch (e) { return e.message.split('\n')[0].replace(id, '<id>'); } };
  return msg(path.join(OUT, 'secret.js')) === msg(path.join(OUT, 'nothing.js'));
});
sync('require inside', 'OK:lib', () => require('./lib'));
promise('import inside', 'OK:mjs', () => import('./lib.mjs').then((m) => m.default));
done();
"#,
    );
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
}

#[test]
fn a_hard_link_the_host_made_is_a_file_inside() {
    // Path resolution cannot tell a hard link from any other name of the
    // file: one the host put inside a root is inside, by the host's choice.
    // A script cannot make one to a file outside: fs.link resolves both
    // names beneath the root.
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("hardlink");
    fs::write(jail.dir.join("shared.txt"), "shared").unwrap();
    fs::hard_link(jail.dir.join("shared.txt"), jail.root.join("hard.txt")).unwrap();
    jail.snapshot();
    let out = jail.run(
        r#"
sync('read host hard link', 'OK:shared', () => fs.readFileSync('hard.txt', 'utf8'));
all('link to the outside name', 'EACCES', 'link', path.join(OUT, 'shared.txt'), 'mine.txt');
sync('link to the inside name', 'OK:shared', () => { fs.linkSync('hard.txt', 'mine.txt'); return fs.readFileSync('mine.txt', 'utf8'); });
done();
"#,
    );
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
}

#[test]
fn inside_the_root_everything_still_works() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("inside");
    jail.snapshot();
    let out = jail.run(
        r#"
all('read', 'OK:inside', 'readFile', 'in.txt', 'utf8');
all('read absolute', 'OK:inside', 'readFile', path.join(ROOT, 'in.txt'), 'utf8');
all('read dot segments', 'OK:sub-x', 'readFile', './sub/../sub/./x.txt', 'utf8');
sync('writeFileSync', 'OK:', () => fs.writeFileSync('w.txt', 'one'));
sync('appendFileSync', 'OK:', () => fs.appendFileSync('w.txt', '+two'));
sync('read back', 'OK:one+two', () => fs.readFileSync('w.txt', 'utf8'));
callback('writeFile', 'OK:', (cb) => fs.writeFile('cb.txt', 'cb', (e) => cb(e)));
promise('promises.writeFile', 'OK:', () => fs.promises.writeFile('p.txt', 'p'));
sync('mkdirSync recursive', 'OK:' + path.join(ROOT, 'a'), () => fs.mkdirSync(path.join(ROOT, 'a/b/c'), { recursive: true }));
sync('mkdirSync recursive relative', 'OK:m', () => fs.mkdirSync('m/n/../o', { recursive: true }));
sync('mkdirSync existing recursive', 'OK:', () => fs.mkdirSync('a/b', { recursive: true }));
sync('mkdirSync existing', 'EEXIST', () => fs.mkdirSync('a'));
sync('readdirSync', 'OK:b', () => fs.readdirSync('a').join());
sync('readdirSync types', 'OK:in.txt:file,sub:dir', () => fs.readdirSync('.', { withFileTypes: true })
  .filter((d) => d.name === 'in.txt' || d.name === 'sub').map((d) => `${d.name}:${d.isFile() ? 'file' : 'dir'}`).join());
sync('symlinkSync relative', 'OK:', () => fs.symlinkSync('sub/x.txt', 'lx'));
sync('read through own link', 'OK:sub-x', () => fs.readFileSync('lx', 'utf8'));
sync('symlinkSync dir', 'OK:', () => fs.symlinkSync('sub', 'ls'));
sync('read through dir link', 'OK:sub-x', () => fs.readFileSync('ls/x.txt', 'utf8'));
sync('write through dangling inside link', 'OK:made', () => {
  fs.symlinkSync('sub/made.txt', 'dl');
  fs.writeFileSync('dl', 'made');
  return fs.readFileSync('sub/made.txt', 'utf8');
});
sync('lstatSync link', 'OK:true', () => fs.lstatSync('lx').isSymbolicLink());
sync('statSync link', 'OK:5', () => fs.statSync('lx').size);
sync('statSync missing no throw', 'OK:', () => fs.statSync('nope', { throwIfNoEntry: false }));
sync('statSync root', 'OK:true', () => fs.statSync(ROOT).isDirectory());
sync('accessSync', 'OK:', () => fs.accessSync('in.txt', fs.constants.R_OK | fs.constants.W_OK));
sync('existsSync', 'OK:true', () => fs.existsSync('in.txt'));
sync('chmodSync', 'OK:400', () => { fs.chmodSync('w.txt', 0o400); return (fs.statSync('w.txt').mode & 0o777).toString(8); });
sync('truncateSync', 'OK:3', () => { fs.chmodSync('w.txt', 0o600); fs.truncateSync('w.txt', 3); return fs.statSync('w.txt').size; });
sync('unlinkSync link', 'OK:sub-x', () => { fs.unlinkSync('lx'); return fs.readFileSync('sub/x.txt', 'utf8'); });
sync('rmSync dir link removes the link only', 'OK:true', () => { fs.rmSync('ls', { recursive: true }); return fs.existsSync('sub/x.txt'); });
sync('rmSync recursive', 'OK:false', () => {
  fs.symlinkSync(ROOT, 'a/b/root-link');
  fs.rmSync('a', { recursive: true });
  return fs.existsSync('a');
});
sync('root survives rm of a link to it', 'OK:true', () => fs.existsSync('in.txt'));
sync('rmdirSync', 'OK:', () => fs.rmdirSync('m/o'));
sync('chdir and relative', 'OK:sub-x', () => { process.chdir('sub'); const t = fs.readFileSync('x.txt', 'utf8'); process.chdir(ROOT); return t; });
done();
"#,
    );
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
}

#[test]
fn the_calls_on_names_times_and_owners_lead_nowhere() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("names");
    let (dir, root) = (&jail.dir, &jail.root);
    symlink(dir.join("secret.txt"), root.join("abs-link")).unwrap();
    symlink("..", root.join("up")).unwrap();
    jail.snapshot();
    let out = jail.run(
        r#"
const uid = process.getuid(), gid = process.getgid();
const SECRET = path.join(OUT, 'secret.txt');
// Renaming or linking out of, or into, the outside.
all('rename out', 'EACCES', 'rename', 'in.txt', '../moved.txt');
all('rename in', 'EACCES', 'rename', 'up/target.txt', 'stolen.txt');
all('rename absolute', 'EACCES', 'rename', SECRET, 'stolen.txt');
all('link to outside file', 'EACCES', 'link', 'up/secret.txt', 'hard.txt');
all('link out', 'EACCES', 'link', 'in.txt', '../hard.txt');
all('link absolute', 'EACCES', 'link', SECRET, 'hard.txt');
// Names and targets: a link inside is readable, anything through it is not.
all('readlink own link', 'OK:' + SECRET, 'readlink', 'abs-link');
all('readlink through up', 'EACCES', 'readlink', 'up/root');
all('realpath through link', 'EACCES', 'realpath', 'abs-link');
all('realpath up', 'EACCES', 'realpath', 'up');
sync('realpath.native through link', 'EACCES', () => fs.realpathSync.native('abs-link'));
all('realpath inside', 'OK:' + path.join(ROOT, 'sub'), 'realpath', 'sub/../sub');
// Times and owners: following a link out is refused; the link itself is inside.
all('utimes through link', 'EACCES', 'utimes', 'abs-link', 1, 1);
all('utimes through up', 'EACCES', 'utimes', 'up/target.txt', 1, 1);
all('lutimes own link', 'OK:', 'lutimes', 'abs-link', 1, 1);
all('chown through link', 'EACCES', 'chown', 'abs-link', uid, gid);
all('chown absolute', 'EACCES', 'chown', SECRET, uid, gid);
all('lchown own link', 'OK:', 'lchown', 'abs-link', uid, gid);
all('statfs up', 'EACCES', 'statfs', 'up');
// Copies out of or into the outside, and through links.
all('copyFile from outside', 'EACCES', 'copyFile', 'abs-link', 'copy.txt');
all('copyFile to outside', 'EACCES', 'copyFile', 'in.txt', 'up/copied.txt');
all('copyFile over outside link', 'EACCES', 'copyFile', 'in.txt', 'abs-link');
all('cp tree from outside', 'EACCES', 'cp', 'up/outdir', 'stolen', { recursive: true });
all('cp into outside', 'EACCES', 'cp', 'sub', 'up/outdir/sub', { recursive: true });
all('mkdtemp outside', 'EACCES', 'mkdtemp', '../tmp-');
all('mkdtemp through up', 'EACCES', 'mkdtemp', 'up/tmp-');
all('opendir up', 'EACCES', 'opendir', 'up');
all('readdir recursive up', 'EACCES', 'readdir', 'up', { recursive: true });
sync('readdir recursive does not follow links out', 'OK:abs-link,in.txt,main.js,sub,sub/x.txt,up',
  () => fs.readdirSync('.', { recursive: true }).sort().join());
// Inside, the same calls work.
sync('renameSync inside', 'OK:', () => fs.renameSync('in.txt', 'sub/in.txt'));
sync('linkSync inside', 'OK:2', () => { fs.linkSync('sub/in.txt', 'hard.txt'); return fs.statSync('hard.txt').nlink; });
sync('copyFileSync inside', 'OK:inside', () => { fs.copyFileSync('hard.txt', 'copy.txt'); return fs.readFileSync('copy.txt', 'utf8'); });
sync('utimesSync inside', 'OK:5000', () => { fs.utimesSync('copy.txt', 5, 5); return fs.statSync('copy.txt').mtimeMs; });
sync('chownSync inside', 'OK:', () => fs.chownSync('copy.txt', uid, gid));
sync('cpSync inside', 'OK:sub-x', () => { fs.cpSync('sub', 'sub2', { recursive: true }); return fs.readFileSync('sub2/x.txt', 'utf8'); });
sync('mkdtempSync inside', 'OK:true', () => fs.statSync(fs.mkdtempSync('t-')).isDirectory());
sync('statfsSync inside', 'OK:true', () => fs.statfsSync('.').bsize > 0);
done();
"#,
    );
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
}

/// Runs `body` while `race` runs on a host thread, over and over, until the
/// script ends.
fn racing(jail: &Jail, race: impl Fn() + Send + 'static, body: &str) -> String {
    let stop = Arc::new(AtomicBool::new(false));
    let racer = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                race();
            }
        })
    };
    let out = jail.run(body);
    stop.store(true, Ordering::Relaxed);
    racer.join().unwrap();
    out
}

/// The script half of a race: `rounds` waves of every form of reads and
/// writes of `read`/`write`; prints how many saw the inside, were refused,
/// or leaked (read "SECRET").
const HAMMER: &str = r#"
const tally = { inside: 0, refused: 0, leaked: 0, other: {} };
function count(e, v) {
  if (e) {
    if (REFUSED.includes(e.code)) tally.refused++;
    else tally.other[e.code || e.message] = (tally.other[e.code || e.message] || 0) + 1;
  } else if (String(v).includes('SECRET')) tally.leaked++;
  else tally.inside++;
}
let wave = 0;
function hammer() {
  const jobs = [];
  for (let i = 0; i < 25; i++) {
    jobs.push(new Promise((r) => fs.readFile(READ, 'utf8', (e, v) => { count(e, v); r(); })));
    jobs.push(fs.promises.readFile(READ, 'utf8').then((v) => count(null, v), (e) => count(e)));
    jobs.push(new Promise((r) => fs.writeFile(WRITE, 'PWNED', (e) => { count(e, ''); r(); })));
    jobs.push(fs.promises.writeFile(WRITE, 'PWNED').then(() => count(null, ''), (e) => count(e)));
    jobs.push(new Promise((r) => fs.open(WRITE, 'a', (e, fd) => { count(e, ''); if (!e) fs.closeSync(fd); r(); })));
    try { count(null, fs.readFileSync(READ, 'utf8')); } catch (e) { count(e); }
    try { fs.appendFileSync(WRITE, 'PWNED'); count(null, ''); } catch (e) { count(e); }
  }
  Promise.all(jobs).then(() => {
    if (++wave < ROUNDS) setImmediate(hammer);
    else console.log(JSON.stringify(tally));
  });
}
hammer();
"#;

fn tally(out: &str) -> serde_json::Value {
    serde_json::from_str(out.lines().last().unwrap_or("")).expect(out)
}

/// renameat2(RENAME_EXCHANGE): `a` and `b` swap names in one step.
fn exchange(a: &Path, b: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let a = std::ffi::CString::new(a.as_os_str().as_bytes()).unwrap();
    let b = std::ffi::CString::new(b.as_os_str().as_bytes()).unwrap();
    // SAFETY: both are valid NUL-terminated paths.
    unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
}

#[test]
fn a_directory_swapped_for_a_symlink_mid_call_leads_nowhere() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("swap");
    let root = jail.root.clone();
    // `d` is a real directory holding a decoy, or a symlink to `..` (where
    // secret.txt and target.txt are), swapped atomically all the time.
    fs::create_dir(root.join("d")).unwrap();
    fs::write(root.join("d/secret.txt"), "decoy").unwrap();
    symlink("..", root.join("swap")).unwrap();
    jail.snapshot();
    let (d, swap) = (root.join("d"), root.join("swap"));
    let out = racing(
        &jail,
        move || exchange(&d, &swap),
        &format!(
            "const READ = 'd/secret.txt', WRITE = 'd/target.txt', ROUNDS = 40, REFUSED = ['EACCES'];\n{HAMMER}"
        ),
    );
    let t = tally(&out);
    assert_eq!(t["leaked"], 0, "{t}");
    assert_eq!(t["other"], serde_json::json!({}), "{t}");
    assert!(
        t["inside"].as_u64() > Some(0) && t["refused"].as_u64() > Some(0),
        "no race seen: {t}"
    );
    jail.assert_outside_unchanged();
}

#[test]
fn a_missing_directory_created_mid_call_leads_nowhere() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("missing");
    jail.snapshot();
    let m = jail.root.join("m");
    let out = racing(
        &jail,
        move || {
            let _ = fs::create_dir(&m);
            let _ = fs::remove_dir(&m);
        },
        &format!(
            "const READ = 'm/../../secret.txt', WRITE = 'm/../../target.txt', ROUNDS = 40, REFUSED = ['EACCES', 'ENOENT'];\n{HAMMER}"
        ),
    );
    let t = tally(&out);
    assert_eq!(t["leaked"], 0, "{t}");
    assert_eq!(t["inside"], 0, "{t}");
    assert_eq!(t["other"], serde_json::json!({}), "{t}");
    jail.assert_outside_unchanged();
}

#[test]
fn chdir_between_call_and_completion_leads_nowhere() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut jail = Jail::new("chdir");
    fs::write(jail.root.join("secret.txt"), "decoy").unwrap();
    jail.snapshot();
    // The script's own chdir: `../secret.txt` from `sub` is the decoy; after
    // chdir('..') it would be the secret, had the pool resolved it late.
    let out = jail.run(
        r#"
const results = {};
const note = (e, v) => { const k = e ? e.code : v; results[k] = (results[k] || 0) + 1; };
const jobs = [];
for (let i = 0; i < 500; i++) {
  process.chdir('sub');
  jobs.push(new Promise((r) => fs.readFile('../secret.txt', 'utf8', (e, v) => { note(e, v); r(); })));
  jobs.push(fs.promises.readFile('../secret.txt', 'utf8').then((v) => note(null, v), note));
  jobs.push(new Promise((r) => fs.writeFile('../target.txt', 'inside', (e) => { note(e, 'written'); r(); })));
  process.chdir('..');
}
registered++;
const sorted = () => JSON.stringify(Object.keys(results).sort().map((k) => [k, results[k]]));
Promise.all(jobs).then(() => check('chdir race', '[["decoy",1000],["written",500]]', sorted())).then(done);
"#,
    );
    jail.assert_all_passed(&out);
    jail.assert_outside_unchanged();
    assert_eq!(
        fs::read_to_string(jail.root.join("target.txt")).unwrap(),
        "inside"
    );

    // The host moving the process's cwd out of the root while calls are
    // pending: a relative path then lies outside, and is refused.
    let (root, dir) = (jail.root.clone(), jail.dir.clone());
    let out = racing(
        &jail,
        move || {
            let _ = std::env::set_current_dir(&dir);
            let _ = std::env::set_current_dir(&root);
        },
        &format!(
            "const READ = 'secret.txt', WRITE = 'target.txt', ROUNDS = 20, REFUSED = ['EACCES'];\n{HAMMER}"
        ),
    );
    std::env::set_current_dir(&jail.root).unwrap();
    let t = tally(&out);
    assert_eq!(t["leaked"], 0, "{t}");
    assert_eq!(t["other"], serde_json::json!({}), "{t}");
    jail.assert_outside_unchanged();
}

/// With `openat2` refused (as on Linux before 5.6, or under a seccomp
/// filter), nothing is allowed: no string checks take over. A runtime built
/// before the refusal fails every path call; `build` with an allow-list
/// fails; without one, nothing changes. A seccomp filter cannot be lifted,
/// so this runs in a child process: this test binary again.
#[test]
#[cfg(target_arch = "x86_64")]
fn without_openat2_the_allow_list_fails_closed() {
    const CHILD: &str = "SOUS_SANDBOX_SECCOMP_CHILD";
    if std::env::var_os(CHILD).is_some() {
        return refused_openat2_child();
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "without_openat2_the_allow_list_fails_closed"])
        .args(["--nocapture", "--test-threads=1"])
        .env(CHILD, "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("refused openat2: all checked"), "{text}");
}

#[cfg(target_arch = "x86_64")]
fn refused_openat2_child() {
    let jail = Jail::new("seccomp");
    let in_txt = format!("{:?}", jail.root.join("in.txt"));
    let mut rt = Runtime::builder()
        .allow_paths([&jail.root])
        .build()
        .unwrap();
    refuse_openat2();
    let attempts = format!(
        "const fs = require('fs'); const code = (f) => {{ try {{ f(); return 'OK'; }} catch (e) {{ return e.code; }} }};
         [code(() => fs.readFileSync({in_txt})), code(() => fs.writeFileSync({in_txt}, 'x')),
          code(() => fs.statSync({in_txt})), code(() => fs.mkdirSync({in_txt} + '.d')), fs.existsSync({in_txt}),
          code(() => require({in_txt} + '.js'))].join()"
    );
    assert_eq!(
        rt.eval_json(&attempts).unwrap(),
        sous::Value::from("ENOSYS,ENOSYS,ENOSYS,ENOSYS,false,MODULE_NOT_FOUND")
    );
    assert_eq!(
        fs::read_to_string(jail.root.join("in.txt")).unwrap(),
        "inside"
    );
    let err = Runtime::builder()
        .allow_paths([&jail.root])
        .build()
        .err()
        .expect("no runtime with an allow-list and no openat2");
    assert!(err.to_string().contains("openat2"), "{err}");
    let mut plain = Runtime::builder().build().unwrap();
    let read = format!("require('fs').readFileSync({in_txt}, 'utf8')");
    assert_eq!(plain.eval_json(&read).unwrap(), sous::Value::from("inside"));
    println!("refused openat2: all checked");
}

/// A seccomp filter on this thread (and those it starts) that answers
/// `openat2` with ENOSYS.
#[cfg(target_arch = "x86_64")]
fn refuse_openat2() {
    let op = |code: u32, jt: u8, jf: u8, k: u32| libc::sock_filter {
        code: code as u16,
        jt,
        jf,
        k,
    };
    let filter = [
        // The system call number (seccomp_data.nr, at offset 0).
        op(libc::BPF_LD | libc::BPF_W | libc::BPF_ABS, 0, 0, 0),
        op(
            libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K,
            0,
            1,
            libc::SYS_openat2 as u32,
        ),
        op(
            libc::BPF_RET | libc::BPF_K,
            0,
            0,
            libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32,
        ),
        op(libc::BPF_RET | libc::BPF_K, 0, 0, libc::SECCOMP_RET_ALLOW),
    ];
    let program = libc::sock_fprog {
        len: filter.len() as u16,
        filter: filter.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: prctl with valid arguments; `program` outlives the call (the
    // kernel copies the filter).
    unsafe {
        assert_eq!(libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), 0);
        assert_eq!(
            libc::prctl(libc::PR_SET_SECCOMP, libc::SECCOMP_MODE_FILTER, &program),
            0
        );
    }
}

//! Finding the file a specifier names: Node's algorithms for CommonJS
//! (`require`: extensions, directory index, `main`) and for ES modules
//! (exact paths), both through `node_modules` and package.json `exports`.
//!
//! package.json files are read once per directory and kept (they do not
//! change while a program loads its modules).
//!
//! Every look at the file system goes through the runtime's `Sandbox`:
//! with an allow-list, a file outside it is one that does not exist, so
//! resolving it fails as for a missing file, whether it exists or not.

use crate::sandbox::Sandbox;
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

/// The fields of a package.json the loaders use.
pub struct Package {
    /// The file itself (for error messages).
    pub json_path: PathBuf,
    pub main: Option<String>,
    pub exports: Option<Value>,
    /// `"type": "module"`.
    pub is_module: bool,
}

/// A package.json on the way that is not valid JSON (its path): Node's
/// `ERR_INVALID_PACKAGE_CONFIG`, never silently skipped.
#[derive(Clone)]
pub struct InvalidPackage(pub PathBuf);

type PackageRead = Result<Option<Rc<Package>>, InvalidPackage>;

/// A package.json read (or found missing, or invalid), by sandbox
/// (`Sandbox::id`) and directory: runtimes on one thread with different
/// allow-lists do not see each other's reads.
type PackageCache = HashMap<(u64, PathBuf), PackageRead>;

thread_local! {
    static PACKAGES: RefCell<PackageCache> = RefCell::new(HashMap::new());
}

/// The package.json in `dir`, if there is one (a file that cannot be read
/// counts as absent, as in Node).
pub fn read_package(fs: &Sandbox, dir: &Path) -> PackageRead {
    let key = (fs.id(), dir.to_path_buf());
    if let Some(hit) = PACKAGES.with(|p| p.borrow().get(&key).cloned()) {
        return hit;
    }
    let json_path = dir.join("package.json");
    let parsed = match fs.locate(&json_path).read() {
        Err(_) => Ok(None),
        Ok(bytes) => match serde_json::from_slice::<Value>(&bytes) {
            Err(_) => Err(InvalidPackage(json_path)),
            Ok(v) => Ok(Some(Rc::new(Package {
                json_path,
                main: v.get("main").and_then(Value::as_str).map(String::from),
                exports: v.get("exports").cloned().filter(|e| !e.is_null()),
                is_module: v.get("type").and_then(Value::as_str) == Some("module"),
            }))),
        },
    };
    PACKAGES.with(|p| p.borrow_mut().insert(key, parsed.clone()));
    parsed
}

/// The package.json that governs `file`: the nearest one above it, not
/// looking past a `node_modules` folder.
pub fn package_scope(fs: &Sandbox, file: &Path) -> PackageRead {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n == "node_modules") {
            return Ok(None);
        }
        if let Some(pkg) = read_package(fs, d)? {
            return Ok(Some(pkg));
        }
        dir = d.parent();
    }
    Ok(None)
}

/// Whether `path` is an ES module: `.mjs`, or `.js` under `"type": "module"`.
pub fn is_esm_file(fs: &Sandbox, path: &Path) -> Result<bool, InvalidPackage> {
    Ok(match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => true,
        Some("js") => package_scope(fs, path)?.is_some_and(|p| p.is_module),
        _ => false,
    })
}

/// Which `exports` conditions apply: Node's for `require` or `import`, and
/// the user's (`--conditions`/`-C`).
#[derive(Clone, Copy)]
pub struct Conditions<'a> {
    import: bool,
    user: &'a [String],
}

impl<'a> Conditions<'a> {
    pub fn require(user: &'a [String]) -> Self {
        Conditions {
            import: false,
            user,
        }
    }

    pub fn import(user: &'a [String]) -> Self {
        Conditions { import: true, user }
    }

    fn matches(self, key: &str) -> bool {
        match key {
            "node" | "node-addons" | "default" => true,
            "require" => !self.import,
            "import" => self.import,
            _ => self.user.iter().any(|c| c == key),
        }
    }
}

/// Why resolution failed.
pub enum Failure {
    /// Nothing there (`MODULE_NOT_FOUND` / `ERR_MODULE_NOT_FOUND`).
    NotFound,
    /// The package has `exports` and they do not list this subpath.
    NotExported { subpath: String, json: PathBuf },
    /// A package.json on the way is not valid JSON.
    InvalidPackage(PathBuf),
}

impl From<InvalidPackage> for Failure {
    fn from(InvalidPackage(json): InvalidPackage) -> Self {
        Failure::InvalidPackage(json)
    }
}

/// `./x`, `../x`, `/x`, `.`, `..`: a path, not a package name.
pub fn is_path_specifier(id: &str) -> bool {
    id.starts_with("./") || id.starts_with("../") || id.starts_with('/') || id == "." || id == ".."
}

/// `pkg/sub/file` → (`pkg`, `./sub/file`); `@scope/pkg` → (`@scope/pkg`, `.`).
pub fn split_package(id: &str) -> Option<(&str, String)> {
    let mut parts = id.splitn(if id.starts_with('@') { 3 } else { 2 }, '/');
    let first = parts.next()?;
    let name_len = if id.starts_with('@') {
        first.len() + 1 + parts.next()?.len()
    } else {
        first.len()
    };
    let name = &id[..name_len];
    if name.is_empty() || name.starts_with('.') || name.contains('\\') || name.contains('%') {
        return None;
    }
    let rest = &id[name_len..];
    Some((name, format!(".{rest}")))
}

/// `/a/b/c.js` → `[/a/b/node_modules, /a/node_modules, /node_modules]`.
pub fn node_modules_paths(filename: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dir = filename.parent();
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n != "node_modules") || d.parent().is_none() {
            out.push(d.join("node_modules"));
        }
        dir = d.parent();
    }
    out
}

/// `a/./b/../c` → `a/c`, without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// CommonJS

/// `require(id)` from a module whose file is `parent_file`.
pub fn resolve_cjs(
    fs: &Sandbox,
    id: &str,
    parent_file: &Path,
    user_conditions: &[String],
    global_dirs: &[PathBuf],
) -> Result<PathBuf, Failure> {
    let base = parent_file.parent().unwrap_or(Path::new("/"));
    if is_path_specifier(id) {
        let mut target = base.join(id);
        // `require('./dir/')` (or `./dir/x/..`) must not match a file `dir.js`: Node
        // looks at the request as written, before it is normalized.
        let dir_only = id.ends_with('/') || id.ends_with("/.") || id.ends_with("/..");
        if dir_only || id == "." || id == ".." {
            target.push("");
            return load_as_directory(fs, &normalize(&target))?.ok_or(Failure::NotFound);
        }
        return resolve_file_or_dir(fs, &normalize(&target))?.ok_or(Failure::NotFound);
    }
    for dir in node_modules_paths(parent_file).iter().chain(global_dirs) {
        if let Some(found) =
            resolve_in_node_modules(fs, dir, id, Conditions::require(user_conditions))?
        {
            return Ok(found);
        }
    }
    Err(Failure::NotFound)
}

/// `id` looked up in one `node_modules` folder: through the package's
/// `exports` when it has them, else as a plain path.
fn resolve_in_node_modules(
    fs: &Sandbox,
    dir: &Path,
    id: &str,
    conditions: Conditions<'_>,
) -> Result<Option<PathBuf>, Failure> {
    if let Some((name, subpath)) = split_package(id) {
        let pkg_dir = dir.join(name);
        if let Some(pkg) = read_package(fs, &pkg_dir)? {
            if let Some(exports) = &pkg.exports {
                return match exports_resolve(&pkg_dir, exports, &subpath, conditions) {
                    Some(Some(target)) => Ok(Some(target)),
                    _ => Err(Failure::NotExported {
                        subpath,
                        json: pkg.json_path.clone(),
                    }),
                };
            }
        }
    }
    Ok(resolve_file_or_dir(fs, &dir.join(id))?)
}

/// A file as given, with `.js`/`.json`/`.cjs` added, or a directory.
/// The main script `node <path>` runs: `path` itself, with `.js`/`.json`
/// added, or a directory's `main`/`index.js` (Node's `Module._findPath`).
/// None when there is no such file.
pub fn resolve_main(fs: &Sandbox, path: &Path) -> Option<PathBuf> {
    resolve_file_or_dir(fs, path).ok().flatten()
}

fn resolve_file_or_dir(fs: &Sandbox, path: &Path) -> Result<Option<PathBuf>, InvalidPackage> {
    match load_as_file(fs, path) {
        Some(file) => Ok(Some(file)),
        None => load_as_directory(fs, path),
    }
}

fn load_as_file(fs: &Sandbox, path: &Path) -> Option<PathBuf> {
    if fs.locate(path).is_file() {
        return Some(path.to_path_buf());
    }
    // Node's `Module._extensions` (a `.node` file is found; loading it says why it cannot be).
    for ext in [".js", ".json", ".node"] {
        let mut with = path.as_os_str().to_owned();
        with.push(ext);
        let with = PathBuf::from(with);
        if fs.locate(&with).is_file() {
            return Some(with);
        }
    }
    None
}

/// A directory: its package.json `main`, else `index.js`/`index.json`.
fn load_as_directory(fs: &Sandbox, path: &Path) -> Result<Option<PathBuf>, InvalidPackage> {
    if !fs.locate(path).is_dir() {
        return Ok(None);
    }
    if let Some(main) = read_package(fs, path)?.and_then(|p| p.main.clone()) {
        let target = normalize(&path.join(&main));
        if let Some(found) = load_as_file(fs, &target).or_else(|| load_index(fs, &target)) {
            return Ok(Some(found));
        }
    }
    Ok(load_index(fs, path))
}

/// When `file` is a directory's index that was loaded because the directory's
/// package.json names a `main` that does not exist: that package.json and its `main`
/// (Node warns DEP0128).
pub fn invalid_main(fs: &Sandbox, file: &Path) -> Option<(PathBuf, String)> {
    let name = file.file_name()?.to_str()?;
    if name != "index.js" && name != "index.json" {
        return None;
    }
    let dir = file.parent()?;
    let pkg = read_package(fs, dir).ok()??;
    let main = pkg.main.clone()?;
    let target = normalize(&dir.join(&main));
    match load_as_file(fs, &target).or_else(|| load_index(fs, &target)) {
        Some(_) => None,
        None => Some((pkg.json_path.clone(), main)),
    }
}

fn load_index(fs: &Sandbox, path: &Path) -> Option<PathBuf> {
    ["index.js", "index.json"]
        .iter()
        .map(|i| path.join(i))
        .find(|p| fs.locate(p).is_file())
}

// ---------------------------------------------------------------------------
// package.json "exports"

/// Resolves `subpath` (`.` or `./x`) through `exports`. `None`: the subpath
/// is not listed; `Some(None)`: listed but mapped to nothing (`null`).
pub fn exports_resolve(
    pkg_dir: &Path,
    exports: &Value,
    subpath: &str,
    conditions: Conditions<'_>,
) -> Option<Option<PathBuf>> {
    let is_subpath_map = exports
        .as_object()
        .is_some_and(|m| m.keys().next().is_some_and(|k| k.starts_with('.')));
    if !is_subpath_map {
        // A string, array or conditions object stands for ".".
        if subpath != "." {
            return None;
        }
        return Some(target_resolve(pkg_dir, exports, None, conditions));
    }
    let map = exports.as_object()?;
    if let Some(target) = map.get(subpath) {
        if !subpath.contains('*') {
            return Some(target_resolve(pkg_dir, target, None, conditions));
        }
    }
    // Patterns: the key with the longest prefix before its `*` wins.
    let mut best: Option<(&String, String)> = None;
    for key in map.keys() {
        let Some(star) = key.find('*') else {
            continue;
        };
        let (prefix, suffix) = (&key[..star], &key[star + 1..]);
        if subpath.len() >= key.len() - 1
            && subpath.starts_with(prefix)
            && subpath.ends_with(suffix)
            && best
                .as_ref()
                .is_none_or(|(b, _)| pattern_key_compare(key, b))
        {
            let matched = subpath[prefix.len()..subpath.len() - suffix.len()].to_string();
            best = Some((key, matched));
        }
    }
    let (key, matched) = best?;
    Some(target_resolve(
        pkg_dir,
        &map[key],
        Some(&matched),
        conditions,
    ))
}

/// Node's PATTERN_KEY_COMPARE: whether `a` sorts before (is more specific than) `b`.
fn pattern_key_compare(a: &str, b: &str) -> bool {
    let base_a = a.find('*').map_or(a.len(), |i| i + 1);
    let base_b = b.find('*').map_or(b.len(), |i| i + 1);
    if base_a != base_b {
        return base_a > base_b;
    }
    a.len() > b.len()
}

fn target_resolve(
    pkg_dir: &Path,
    target: &Value,
    pattern: Option<&str>,
    conditions: Conditions<'_>,
) -> Option<PathBuf> {
    match target {
        Value::String(s) => {
            if !s.starts_with("./") {
                return None;
            }
            let s = match pattern {
                Some(m) => s.replace('*', m),
                None => s.clone(),
            };
            Some(normalize(&pkg_dir.join(s)))
        }
        Value::Array(items) => items
            .iter()
            .find_map(|t| target_resolve(pkg_dir, t, pattern, conditions)),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| conditions.matches(k))
            .find_map(|(_, t)| target_resolve(pkg_dir, t, pattern, conditions)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// ES modules

/// Why an `import` failed, for `ERR_MODULE_NOT_FOUND` and friends.
pub enum EsmFailure {
    /// A file path that does not exist (`Cannot find module '/abs'`).
    Module(PathBuf),
    /// A bare name with no package (`Cannot find package 'x'`).
    Package(String),
    /// A directory given as a module.
    Directory(PathBuf),
    NotExported {
        subpath: String,
        json: PathBuf,
    },
    /// A package.json on the way is not valid JSON.
    InvalidPackage(PathBuf),
}

impl From<InvalidPackage> for EsmFailure {
    fn from(InvalidPackage(json): InvalidPackage) -> Self {
        EsmFailure::InvalidPackage(json)
    }
}

/// `import id` from `referrer`: exact paths (no extensions added), packages
/// through `exports` (import conditions) or their `main`.
pub fn resolve_esm(
    fs: &Sandbox,
    id: &str,
    referrer: &Path,
    user_conditions: &[String],
) -> Result<PathBuf, EsmFailure> {
    let base = referrer.parent().unwrap_or(Path::new("/"));
    let file_path;
    let id = if let Some(rest) = id.strip_prefix("file://") {
        file_path = rest.to_string();
        file_path.as_str()
    } else {
        id
    };
    if is_path_specifier(id) {
        let target = normalize(&base.join(id));
        let at = fs.locate(&target);
        if at.is_dir() {
            return Err(EsmFailure::Directory(target));
        }
        if at.is_file() {
            return Ok(target);
        }
        return Err(EsmFailure::Module(target));
    }
    let Some((name, subpath)) = split_package(id) else {
        return Err(EsmFailure::Package(id.to_string()));
    };
    for dir in node_modules_paths(referrer) {
        let pkg_dir = dir.join(name);
        if !fs.locate(&pkg_dir).is_dir() {
            continue;
        }
        let pkg = read_package(fs, &pkg_dir)?;
        if let Some(exports) = pkg.as_ref().and_then(|p| p.exports.as_ref()) {
            return match exports_resolve(
                &pkg_dir,
                exports,
                &subpath,
                Conditions::import(user_conditions),
            ) {
                Some(Some(target)) if fs.locate(&target).is_file() => Ok(target),
                Some(Some(target)) => Err(EsmFailure::Module(target)),
                _ => Err(EsmFailure::NotExported {
                    subpath,
                    json: pkg_dir.join("package.json"),
                }),
            };
        }
        if subpath == "." {
            // Legacy `main`: the CommonJS rules apply.
            return load_as_directory(fs, &pkg_dir)?.ok_or(EsmFailure::Module(pkg_dir));
        }
        let target = normalize(&pkg_dir.join(&subpath));
        if fs.locate(&target).is_file() {
            return Ok(target);
        }
        return Err(EsmFailure::Module(target));
    }
    Err(EsmFailure::Package(name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_package_names() {
        let (n, s) = split_package("pkg/a/b").unwrap();
        assert_eq!((n, s.as_str()), ("pkg", "./a/b"));
        let (n, s) = split_package("@s/p").unwrap();
        assert_eq!((n, s.as_str()), ("@s/p", "."));
        assert!(split_package(".x").is_none());
    }

    #[test]
    fn resolves_exports() {
        let exports: Value = serde_json::from_str(
            r#"{".": {"import": "./m.mjs", "require": "./c.js"}, "./feat/*": "./lib/*.js", "./x": null}"#,
        )
        .unwrap();
        let dir = Path::new("/p");
        let r = |s, c| exports_resolve(dir, &exports, s, c);
        assert_eq!(
            r(".", Conditions::require(&[])),
            Some(Some(PathBuf::from("/p/c.js")))
        );
        assert_eq!(
            r(".", Conditions::import(&[])),
            Some(Some(PathBuf::from("/p/m.mjs")))
        );
        assert_eq!(
            r("./feat/a/b", Conditions::import(&[])),
            Some(Some(PathBuf::from("/p/lib/a/b.js")))
        );
        assert_eq!(r("./x", Conditions::import(&[])), Some(None));
        assert_eq!(r("./y", Conditions::import(&[])), None);
    }
}

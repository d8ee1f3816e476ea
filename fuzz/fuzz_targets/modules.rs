//! Module resolution: a fuzzed specifier through `require`,
//! `require.resolve`, `import()` and `import.meta.resolve` against a small
//! fixture tree whose one package has a fuzzed `package.json`. Resolution
//! errors (MODULE_NOT_FOUND, ERR_INVALID_PACKAGE_CONFIG, ...) are thrown
//! JavaScript errors, not findings.
//!
//! Input: the specifier, a NUL byte, then the package's `package.json` text
//! (without a NUL the whole input is the specifier).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sous_fuzz::js_string;
use std::path::Path;

/// The fixture tree (path, contents); `node_modules/fz/package.json` is fuzzed.
const FIXTURE: &[(&str, &str)] = &[
    (
        "package.json",
        r##"{"name":"self","exports":{".":"./a.js","./sub/*":"./dir/*.js"},"imports":{"#x":"./a.js","#dep/*":"./dir/*.js","#pkg":"fz"}}"##,
    ),
    ("a.js", "module.exports = 'a';"),
    ("b.json", r#"{"b": 1}"#),
    ("bad.json", "{ nope"),
    ("c.mjs", "export default 'c'; export const n = 1;"),
    ("d.cjs", "exports.d = require('./a.js');"),
    ("throws.js", "throw new Error('from throws.js');"),
    ("cycle1.js", "exports.one = 1; require('./cycle2.js');"),
    ("cycle2.js", "exports.two = require('./cycle1.js').one;"),
    ("tla.mjs", "await 0; export const t = 1;"),
    ("dir/index.js", "module.exports = 'dir';"),
    ("dir/package.json", r#"{"main": "lib.js"}"#),
    ("dir/lib.js", "module.exports = 'lib';"),
    ("node_modules/fz/index.js", "module.exports = 'fz';"),
    ("node_modules/fz/lib/x.js", "module.exports = 'x';"),
    ("node_modules/fz/lib/x.mjs", "export default 'x';"),
    ("node_modules/fz/esm.mjs", "export const esm = true;"),
    (
        "node_modules/fz/probe.mjs",
        "export default import.meta.resolve;",
    ),
    (
        "node_modules/@scope/pkg/package.json",
        r##"{"type":"module","exports":{".":{"import":"./m.js","require":"./c.cjs"},"./sub/*":"./lib/*.js","./null":null},"imports":{"#int":"./c.cjs"}}"##,
    ),
    ("node_modules/@scope/pkg/m.js", "export default 'm';"),
    (
        "node_modules/@scope/pkg/c.cjs",
        "module.exports = require('#int') && 'c';",
    ),
    ("node_modules/@scope/pkg/lib/y.js", "export const y = 1;"),
];

const DEFAULT_PACKAGE: &str = r#"{"name":"fz","main":"./index.js","exports":{".":"./index.js","./lib/*":{"import":"./lib/*.mjs","default":"./lib/*.js"}}}"#;

fn write_fixture(root: &Path, package: &str) -> std::io::Result<()> {
    let files = FIXTURE
        .iter()
        .copied()
        .chain([("node_modules/fz/package.json", package)]);
    for (path, text) in files {
        let path = root.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let (specifier, package) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], String::from_utf8_lossy(&data[nul + 1..])),
        None => (data, DEFAULT_PACKAGE.into()),
    };
    let spec = js_string(&String::from_utf8_lossy(specifier));
    let package = package.into_owned();
    let script = format!(
        "const spec = {spec};
         const report = (how, e) => console.log(how, e && e.code, String(e && e.message));
         try {{ console.log(require(spec)); }} catch (e) {{ report('require', e); }}
         try {{ console.log(require.resolve(spec)); }} catch (e) {{ report('resolve', e); }}
         try {{ console.log(require.resolve(spec, {{ paths: ['dir', 'node_modules/fz'] }})); }}
         catch (e) {{ report('resolve paths', e); }}
         import(spec).then((ns) => console.log(ns), (e) => report('import', e));
         import('fz/probe.mjs').then((ns) => console.log(ns.default(spec)))
           .catch((e) => report('meta.resolve', e));"
    );
    sous_fuzz::show_script(&script);
    sous_fuzz::on_js_thread(move || {
        let root = sous_fuzz::scratch();
        if write_fixture(&root, &package).is_ok() {
            sous_fuzz::run_main(&root, &script);
        }
    });
});

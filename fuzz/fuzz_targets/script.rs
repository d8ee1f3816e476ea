//! The script runner: arbitrary source text run as the main script of a
//! fresh runtime (Node's `-e`), or as an ES module when it looks like one,
//! then its event loop for a short budget.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// ES module syntax at the start of a line: run the input as `main.mjs`.
fn looks_like_module(source: &str) -> bool {
    source.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("import ") || line.starts_with("import{") || line.starts_with("export ")
    })
}

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data).into_owned();
    sous_fuzz::on_js_thread(move || {
        let root = sous_fuzz::scratch();
        if looks_like_module(&source) {
            if std::fs::write(root.join("main.mjs"), &source).is_ok() {
                sous_fuzz::run_main(&root, "import('./main.mjs')");
            }
        } else {
            sous_fuzz::run_main(&root, &source);
        }
    });
});

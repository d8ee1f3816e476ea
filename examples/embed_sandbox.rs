//! A sandboxed runtime: scripts may load modules only from under one
//! directory (the kernel resolves every path beneath it: `..` and symlinks
//! cannot lead outside, and a module outside is as missing as one that does
//! not exist), and the Node builtins can be switched off.
//!
//!     cargo run --release --example embed_sandbox

use sous::Runtime;

fn main() {
    let code = sous::on_large_stack(|| {
        let dir = std::env::temp_dir().join(format!("sous-sandbox-example-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("app")).expect("make the sandbox");
        std::fs::write(dir.join("app/lib.js"), "module.exports = 'allowed';")
            .expect("write lib.js");
        std::fs::write(dir.join("secret.js"), "module.exports = 'secret';")
            .expect("write secret.js");

        let mut runtime = Runtime::builder()
            .cwd(dir.join("app"))
            .allow_paths([dir.join("app")])
            .builtins(false)
            .build()
            .expect("start sous");
        let inside = runtime
            .eval_json("require('./lib.js')")
            .expect("inside the sandbox");
        println!("./lib.js -> {inside}");
        for outside in [
            "require('../secret.js')",
            "require('/etc/passwd')",
            "require('fs')",
        ] {
            let err = runtime.eval_json(outside).expect_err("outside the sandbox");
            let code = err.value.get("code").cloned().unwrap_or_default();
            println!(
                "{outside} -> {} ({code})",
                err.message.lines().next().unwrap_or("")
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
        0
    });
    std::process::exit(code);
}

//! The `sous` command: argument parsing and a call into the library.

use sous::cli::{CommandLine, TraceFormat};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

fn main() -> ExitCode {
    tune_malloc();
    let args = lossy_args();
    let argv0 = args.first().cloned().unwrap_or_else(|| "sous".into());
    let node_options = std::env::var("NODE_OPTIONS").ok();
    let line = match sous::cli::parse(&args[1..], node_options.as_deref()) {
        Ok(line) => line,
        Err(message) => return bad_usage(&argv0, &message),
    };
    if line.version {
        println!("v{}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    if line.help {
        print!("{}", sous::cli::USAGE);
        return ExitCode::SUCCESS;
    }
    if let Some(missing) = line
        .options
        .env_files
        .iter()
        .find(|(path, required)| *required && !std::path::Path::new(path).is_file())
    {
        return bad_usage(&argv0, &format!("{}: not found", missing.0));
    }
    for (path, _) in line
        .options
        .env_files
        .iter()
        .filter(|(path, required)| !*required && !std::path::Path::new(path).is_file())
    {
        eprintln!("{path} not found. Continuing without it.");
    }
    let code = sous::on_large_stack(move || run(line));
    // The status is the code's low 8 bits, as `exit()` makes it (-1 is 255).
    ExitCode::from((code & 0xff) as u8)
}

fn run(line: CommandLine) -> i32 {
    let mut builder = sous::Runtime::builder()
        .args(line.args.clone())
        .node_options(line.options.clone());
    builder = match line.trace_loop {
        Some(TraceFormat::Text) => builder.tracer(Box::new(sous::trace::TimelineTracer::stderr())),
        Some(TraceFormat::Json) => builder.tracer(Box::new(sous::trace::JsonTracer::stderr())),
        None => builder,
    };
    let mut runtime = match builder.build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    if let (Some(code), true) = (&line.eval, line.input_module) {
        return runtime.run_module_code(code);
    }
    if let Some(code) = &line.eval {
        return match runtime.eval_main(code) {
            Ok(value) => {
                if line.print {
                    let text = runtime.inspect_for_print(&value);
                    runtime.write_stdout(&format!("{text}\n"));
                }
                runtime.run_event_loop()
            }
            Err(code) => code,
        };
    }
    match line.script {
        Some(file) if line.check => runtime.check_file(file),
        Some(file) => runtime.run_file(file),
        None if line.interactive || std::io::stdin().is_terminal() => runtime.run_repl(),
        None => {
            // Node runs a piped stdin as the script.
            // Bytes that are not UTF-8 become U+FFFD, as Node decodes them.
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("sous: cannot read the script from stdin: {e}");
                return 1;
            }
            let code = String::from_utf8_lossy(&bytes);
            if line.input_module {
                return runtime.run_module_code(&code);
            }
            match runtime.eval_main(&code) {
                Ok(_) => runtime.run_event_loop(),
                Err(code) => code,
            }
        }
    }
}

/// Node's answer to a command line it cannot use: one line on stderr, exit code 9.
fn bad_usage(argv0: &str, message: &str) -> ExitCode {
    eprintln!("{argv0}: {message}");
    ExitCode::from(9)
}

/// The command line as text. Node reads an argument that is not UTF-8 with U+FFFD in place of the
/// bad bytes; `std::env::args` would panic.
fn lossy_args() -> Vec<String> {
    std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// glibc's malloc hands big blocks (Vec and table growth) back to the kernel
/// on free and faults them in again on the next growth: on a timer-heavy run
/// that churn cost more CPU than the JavaScript. Keep freed memory instead.
fn tune_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tunables; called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
    }
}

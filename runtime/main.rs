//! The `sous` command: argument parsing and a call into the library.

use clap::Parser;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// A small, fast, Node-compatible JavaScript runtime.
#[derive(Parser, Debug)]
#[command(name = "sous", version, about, disable_version_flag = true)]
struct Cli {
    /// Evaluate CODE as a script.
    #[arg(
        short = 'e',
        long = "eval",
        value_name = "CODE",
        conflicts_with = "print"
    )]
    eval: Option<String>,

    /// Evaluate CODE and print its result.
    #[arg(short = 'p', long = "print", value_name = "CODE")]
    print: Option<String>,

    /// Print the event loop's timeline to stderr: turns, phases, sleeps,
    /// every callback (where it was scheduled, how late, how long), pool
    /// jobs, and a summary at exit. `--trace-loop=json`: one JSON object per event.
    #[arg(
        long = "trace-loop",
        value_name = "FORMAT",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "text"
    )]
    trace_loop: Option<TraceFormat>,
    /// Start the REPL even if stdin is not a terminal.
    #[arg(short = 'i', long = "interactive")]
    interactive: bool,

    /// Print sous's version.
    #[arg(short = 'v', long = "version")]
    version: bool,

    /// The script to run, then the arguments it sees in `process.argv`.
    #[arg(value_name = "FILE", trailing_var_arg = true)]
    script: Vec<String>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum TraceFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    tune_malloc();
    let cli = match Cli::try_parse_from(lossy_args()) {
        Ok(cli) => cli,
        Err(e) => return bad_usage(e),
    };
    if cli.version {
        println!("v{}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let code = sous::on_large_stack(move || run(cli));
    // The status is the code's low 8 bits, as `exit()` makes it (-1 is 255).
    ExitCode::from((code & 0xff) as u8)
}

fn run(cli: Cli) -> i32 {
    let (file, args) = match cli.script.split_first() {
        Some((file, args)) => (Some(file.clone()), args.to_vec()),
        None => (None, Vec::new()),
    };
    let code_arg = cli.eval.as_ref().or(cli.print.as_ref());
    let mut builder = sous::Runtime::builder().args(if code_arg.is_some() {
        cli.script.clone()
    } else {
        args
    });
    builder = match cli.trace_loop {
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
    if let Some(code) = code_arg {
        return match runtime.eval_main(code) {
            Ok(value) => {
                if cli.print.is_some() {
                    let text = runtime.inspect_for_print(&value);
                    runtime.write_stdout(&format!("{text}\n"));
                }
                runtime.run_event_loop()
            }
            Err(code) => code,
        };
    }
    match file {
        Some(file) => runtime.run_file(file),
        None if cli.interactive || std::io::stdin().is_terminal() => runtime.run_repl(),
        None => {
            // Node runs a piped stdin as the script.
            // Bytes that are not UTF-8 become U+FFFD, as Node decodes them.
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("sous: cannot read the script from stdin: {e}");
                return 1;
            }
            let code = String::from_utf8_lossy(&bytes);
            match runtime.eval_main(&code) {
                Ok(_) => runtime.run_event_loop(),
                Err(code) => code,
            }
        }
    }
}

/// Node's answer to a command line it cannot parse: one line naming the
/// option on stderr, exit code 9. `--help` prints the usage and exits 0.
fn bad_usage(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ErrorKind};
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let args = lossy_args();
    let argv0 = args.first().map_or("sous", String::as_str);
    let context = |kind| match e.get(kind) {
        Some(clap::error::ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            // As typed (`--foo=bar`), where clap keeps only `--foo`.
            let name = context(ContextKind::InvalidArg);
            let typed = args
                .iter()
                .skip(1)
                .find(|a| **a == name || a.starts_with(&format!("{name}=")));
            format!("bad option: {}", typed.unwrap_or(&name))
        }
        // An option missing its value is always the last argument.
        ErrorKind::InvalidValue if context(ContextKind::InvalidValue).is_empty() => {
            let option = args.last().map_or("", String::as_str);
            format!("{option} requires an argument")
        }
        ErrorKind::InvalidValue => {
            // clap names the option with its value's placeholder.
            let arg = context(ContextKind::InvalidArg);
            let option = arg.split(['[', ' ', '=']).next().unwrap_or_default();
            let valid = match e.get(ContextKind::ValidValue) {
                Some(clap::error::ContextValue::Strings(v)) => format!(" ({})", v.join(", ")),
                _ => String::new(),
            };
            let value = context(ContextKind::InvalidValue);
            format!("invalid value for {option}: {value}{valid}")
        }
        _ => e.render().to_string().trim_end().to_string(),
    };
    eprintln!("{argv0}: {message}");
    ExitCode::from(9)
}

/// The command line as text. Node reads an argument that is not UTF-8 with U+FFFD in place of the
/// bad bytes; clap (and `std::env::args`) would refuse or panic.
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

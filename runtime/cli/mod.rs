//! Node's command line: the options before the script (and in
//! `NODE_OPTIONS`), with Node 24's names, forms and errors.
//!
//! Options are read until the first argument that is not one (the script,
//! or with `-e`/`-p` the first of `process.argv`'s extra arguments) or `--`. `--name=value` and `--name value` are the
//! same, and `_` in a name reads as `-`. An unknown option, a missing or
//! invalid value, or an option `NODE_OPTIONS` may not carry is an error whose
//! message Node prints before it exits with code 9.

use crate::options::table::{Arity, Spec, REFUSED, SPECS};
use crate::options::{NodeOptions, UnhandledRejections};

/// `--trace-loop`'s output (sous's own option).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceFormat {
    Text,
    Json,
}

/// A parsed command line.
#[derive(Debug, Default)]
pub struct CommandLine {
    pub options: NodeOptions,
    /// `-e CODE` / `-p CODE` (then `print`).
    pub eval: Option<String>,
    pub print: bool,
    pub interactive: bool,
    /// `-c`: check the script's syntax without running it.
    pub check: bool,
    pub version: bool,
    pub help: bool,
    /// `--input-type=module`: `-e` and stdin code is an ES module.
    pub input_module: bool,
    pub trace_loop: Option<TraceFormat>,
    /// The script, if one was named.
    pub script: Option<String>,
    /// What follows the script (or the non-option arguments with `-e`).
    pub args: Vec<String>,
}

/// Parses `args` (without the program name) after `NODE_OPTIONS`. The error
/// is Node's message, without the `node: ` prefix.
pub fn parse(args: &[String], node_options: Option<&str>) -> Result<CommandLine, String> {
    let mut line = CommandLine::default();
    if let Some(env) = node_options {
        let words = split_node_options(env)?;
        let mut words = words.into_iter();
        while let Some(word) = words.next() {
            if !word.starts_with('-') || word == "-" {
                return Err(format!("{word} is not supported in NODE_OPTIONS"));
            }
            let (spec, value) = option(&word, &mut words)?;
            if !spec.in_node_options {
                let name = word.split('=').next().unwrap_or(&word);
                return Err(format!("{name}= is not allowed in NODE_OPTIONS"));
            }
            apply(&mut line, spec, value, &word)?;
        }
    }
    let mut rest = args.iter().cloned();
    while let Some(arg) = rest.next() {
        if arg == "--" {
            if line.eval.is_none() {
                line.script = rest.next();
            }
            break;
        }
        if !arg.starts_with('-') || arg == "-" {
            // The script, or with `-e` the first of `process.argv`'s extra arguments.
            match line.eval {
                Some(_) => line.args.push(arg),
                None => line.script = Some(arg),
            }
            break;
        }
        let mut taken = None;
        let (spec, value) = option(
            &arg,
            &mut rest.by_ref().inspect(|v| taken = Some(v.clone())),
        )?;
        // `process.execArgv` holds the options as typed, values included.
        line.options.exec_argv.push(arg.clone());
        line.options.exec_argv.extend(taken);
        apply(&mut line, spec, value, &arg)?;
    }
    line.args.extend(rest);
    Ok(line)
}

/// Looks up `arg` and takes its value (from `=value` or the next argument).
fn option<'a>(
    arg: &str,
    rest: &mut impl Iterator<Item = String>,
) -> Result<(&'a Spec, Option<String>), String> {
    let (name, inline) = match arg.split_once('=') {
        Some((name, value)) if arg.starts_with("--") => (name, Some(value.to_string())),
        _ => (arg, None),
    };
    let normalized = normalize(name);
    if let Some((_, what)) = REFUSED.iter().find(|(n, _)| *n == normalized) {
        return Err(format!("{name} is not supported by sous ({what})"));
    }
    let spec = SPECS
        .iter()
        .find(|s| s.names.contains(&normalized.as_str()))
        .ok_or_else(|| format!("bad option: {arg}"))?;
    let value = match spec.arity {
        // Node accepts (and ignores) a value given to a boolean option.
        Arity::Flag => None,
        Arity::Value => match inline.or_else(|| rest.next()) {
            Some(v) => Some(v),
            None => return Err(format!("{name} requires an argument")),
        },
        Arity::EqualsOnly => inline,
    };
    Ok((spec, value))
}

/// `--expose_gc` is `--expose-gc`: Node reads `_` in a long option's name as `-`.
fn normalize(name: &str) -> String {
    match name.strip_prefix("--") {
        Some(long) => format!("--{}", long.replace('_', "-")),
        None => name.to_string(),
    }
}

fn apply(
    line: &mut CommandLine,
    spec: &Spec,
    value: Option<String>,
    arg: &str,
) -> Result<(), String> {
    let o = &mut line.options;
    let value_or_empty = value.clone().unwrap_or_default();
    let invalid = || format!("invalid value for {}", spec.names[0]);
    match spec.names[0] {
        "--eval" => line.eval = value,
        "--print" => {
            line.print = true;
            // `-p` alone prints the value of the code that follows as `-e` would run it.
            line.eval = value;
        }
        "--interactive" => line.interactive = true,
        "--check" => line.check = true,
        "--version" => line.version = true,
        "--help" => line.help = true,
        "--trace-loop" => {
            line.trace_loop = Some(match value.as_deref() {
                None | Some("text") => TraceFormat::Text,
                Some("json") => TraceFormat::Json,
                Some(other) => {
                    return Err(format!(
                        "invalid value for --trace-loop: {other} (text, json)"
                    ))
                }
            })
        }
        "--input-type" => match value_or_empty.as_str() {
            "module" => line.input_module = true,
            "commonjs" => line.input_module = false,
            _ => {
                return Err(concat!(
                    r#"--input-type must be "module","commonjs", "module-typescript" "#,
                    r#"or "commonjs-typescript""#
                )
                .into())
            }
        },
        "--unhandled-rejections" => {
            o.unhandled_rejections =
                UnhandledRejections::from_name(&value_or_empty).ok_or_else(invalid)?
        }
        "--expose-gc" => o.expose_gc = true,
        "--require" => o.require.push(value_or_empty),
        "--import" => o.import.push(value_or_empty),
        "--env-file" => o.env_files.push((value_or_empty, true)),
        "--env-file-if-exists" => o.env_files.push((value_or_empty, false)),
        "--no-deprecation" => o.no_deprecation = true,
        "--deprecation" => o.no_deprecation = false,
        "--throw-deprecation" => o.throw_deprecation = true,
        "--trace-deprecation" => o.trace_deprecation = true,
        "--pending-deprecation" => o.pending_deprecation = true,
        "--no-warnings" => o.no_warnings = true,
        "--warnings" => o.no_warnings = false,
        "--trace-warnings" => o.trace_warnings = true,
        "--disable-warning" => o.disable_warning.push(value_or_empty),
        "--title" => o.title = value,
        "--conditions" => o.conditions.push(value_or_empty),
        "--abort-on-uncaught-exception" => o.abort_on_uncaught_exception = true,
        "--redirect-warnings" => o.redirect_warnings = value,
        "--preserve-symlinks" => o.preserve_symlinks = true,
        "--preserve-symlinks-main" => o.preserve_symlinks_main = true,
        "--network-family-autoselection" => o.network_family_autoselection = Some(true),
        "--no-network-family-autoselection" => o.network_family_autoselection = Some(false),
        // Node takes any value here; one that is not a number leaves the default.
        "--network-family-autoselection-attempt-timeout" => {
            if let Ok(ms) = value_or_empty.parse() {
                o.autoselection_attempt_timeout = Some(ms);
            }
        }
        "--dns-result-order" => match value_or_empty.as_str() {
            "verbatim" | "ipv4first" | "ipv6first" => o.dns_result_order = value,
            other => {
                return Err(format!(
                    "The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', \
                     'ipv6first'. Received '{other}'"
                ))
            }
        },
        "--stack-trace-limit" => {
            o.stack_trace_limit = Some(value_or_empty.parse().map_err(|_| {
                format!("illegal value for flag --stack-trace-limit={value_or_empty} of type int")
            })?)
        }
        "--experimental-require-module" => o.no_require_module = false,
        "--no-experimental-require-module" => o.no_require_module = true,
        _ if spec.accepted_only => {}
        other => unreachable!("option {other} ({arg}) has no effect defined"),
    }
    Ok(())
}

/// `NODE_OPTIONS` split as Node splits it: on spaces, with `"..."` keeping
/// spaces and `\` escaping inside quotes.
fn split_node_options(env: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut chars = env.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted => {
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            ' ' if !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if quoted {
        return Err("invalid value for NODE_OPTIONS (unterminated string)".into());
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

/// `sous --help`.
pub const USAGE: &str = "\
Usage: sous [options] [ script.js ] [arguments]

Options:
  -                           script read from stdin (default if no file name is provided)
  --                          indicate the end of sous options
  -c, --check                 syntax check script without executing
  -e, --eval script           evaluate script
  -p, --print [...]           evaluate script and print result
  -i, --interactive           always enter the REPL even if stdin does not appear to be a terminal
  -r, --require module        CommonJS module to preload (option can be repeated)
  --import module             ES module to preload (option can be repeated)
  --input-type=type           set module type for string input (commonjs, module)
  --env-file=file             set environment variables from supplied file
  --env-file-if-exists=file   the same, when the file exists
  --unhandled-rejections=mode define unhandled rejections behavior: throw (default),
                              strict, warn, warn-with-error-code, none
  --no-warnings               silence all process warnings
  --disable-warning=code      silence specific process warnings
  --no-deprecation            silence deprecation warnings
  --throw-deprecation         throw an exception on deprecations
  --trace-deprecation         show stack traces on deprecations
  --pending-deprecation       emit pending deprecation warnings
  --trace-warnings            show stack traces on process warnings
  --expose-gc                 expose gc() as a global
  --title=title               the process title to use on startup
  -C, --conditions=condition  additional user conditions for conditional exports and imports
  --preserve-symlinks         cache required files under their linked path
  --preserve-symlinks-main    the same for the main script
  --redirect-warnings=file    write process warnings to file instead of stderr
  --abort-on-uncaught-exception  abort (core dump) on an uncaught exception
  --stack-trace-limit=n       the frames an error's stack keeps (Error.stackTraceLimit)
  --no-network-family-autoselection  net.connect tries one address family (Happy Eyeballs off)
  --network-family-autoselection-attempt-timeout=ms  the first attempt's timeout
  --dns-result-order=order    dns.lookup's default order (verbatim, ipv4first, ipv6first)
  --no-experimental-require-module  refuse require() of ES modules
  --trace-loop[=json]         print the event loop's timeline (sous's own option)
  -v, --version               print sous's version
  -h, --help                  print this help

Options accepted for compatibility with no effect in sous: --stack-size,
--max-old-space-size, --max-semi-space-size, --enable-source-maps,
--zero-fill-buffers, --no-addons, --jitless, --perf-basic-prof and --perf-prof, --experimental-* options of Node 24
that are on by default.
";

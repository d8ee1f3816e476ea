//! The options `sous` accepts: Node 24's that change what a script can
//! observe, the ones accepted for compatibility with no effect, and sous's own.

/// How an option takes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    Flag,
    /// `--x value` or `--x=value`.
    Value,
    /// Only `--x=value` (`--trace-loop`, `--trace-loop=json`).
    EqualsOnly,
}

pub struct Spec {
    /// The canonical name first, then aliases.
    pub names: &'static [&'static str],
    pub arity: Arity,
    /// Whether `NODE_OPTIONS` may carry it.
    pub in_node_options: bool,
    /// Accepted for compatibility; changes nothing in sous.
    pub accepted_only: bool,
}

const fn flag(names: &'static [&'static str]) -> Spec {
    Spec {
        names,
        arity: Arity::Flag,
        in_node_options: true,
        accepted_only: false,
    }
}

const fn value(names: &'static [&'static str]) -> Spec {
    Spec {
        arity: Arity::Value,
        ..flag(names)
    }
}

/// Not in `NODE_OPTIONS` (what only makes sense for one command line).
const fn command_only(spec: Spec) -> Spec {
    Spec {
        in_node_options: false,
        ..spec
    }
}

/// Accepted, with no effect in sous.
const fn no_effect(spec: Spec) -> Spec {
    Spec {
        accepted_only: true,
        ..spec
    }
}

/// Node 24 options sous does not implement and will not pretend to: refused with
/// a message that says so (exit code 9, like an unknown option), never ignored.
pub static REFUSED: &[(&str, &str)] = &[
    ("--permission", "Node's permission model"),
    ("--experimental-permission", "Node's permission model"),
    ("--allow-fs-read", "Node's permission model"),
    ("--allow-fs-write", "Node's permission model"),
    ("--allow-child-process", "Node's permission model"),
    ("--allow-worker", "Node's permission model"),
    ("--allow-addons", "Node's permission model"),
    ("--allow-wasi", "Node's permission model"),
];

pub static SPECS: &[Spec] = &[
    command_only(value(&["--eval", "-e"])),
    command_only(value(&["--print", "-p", "-pe"])),
    command_only(flag(&["--interactive", "-i"])),
    command_only(flag(&["--check", "-c"])),
    command_only(flag(&["--version", "-v"])),
    command_only(flag(&["--help", "-h"])),
    command_only(Spec {
        arity: Arity::EqualsOnly,
        ..flag(&["--trace-loop"])
    }),
    value(&["--input-type"]),
    value(&["--unhandled-rejections"]),
    flag(&["--expose-gc"]),
    value(&["--require", "-r"]),
    value(&["--import"]),
    value(&["--env-file"]),
    value(&["--env-file-if-exists"]),
    flag(&["--no-deprecation"]),
    flag(&["--deprecation"]),
    flag(&["--throw-deprecation"]),
    flag(&["--trace-deprecation"]),
    flag(&["--pending-deprecation"]),
    flag(&["--no-warnings"]),
    flag(&["--warnings"]),
    flag(&["--trace-warnings"]),
    value(&["--disable-warning"]),
    value(&["--title"]),
    value(&["--conditions", "-C"]),
    // Nothing for Rust to do: node:http reads it from process.execArgv
    // (stdlib-js/internal/http/common.js).
    no_effect(value(&["--max-http-header-size"])),
    flag(&["--abort-on-uncaught-exception"]),
    value(&["--redirect-warnings"]),
    flag(&["--preserve-symlinks"]),
    flag(&["--preserve-symlinks-main"]),
    value(&["--stack-trace-limit"]),
    flag(&["--network-family-autoselection"]),
    flag(&["--no-network-family-autoselection"]),
    value(&["--network-family-autoselection-attempt-timeout"]),
    value(&["--dns-result-order"]),
    // V8's profiling output for Linux `perf`, which a script cannot observe and Boa has no
    // compiled code to describe.
    no_effect(flag(&["--perf-basic-prof"])),
    no_effect(flag(&["--perf-basic-prof-only-functions"])),
    no_effect(flag(&["--perf-prof"])),
    no_effect(flag(&["--perf-prof-unwinding-info"])),
    // V8's and Node's tuning, which sous has no use for.
    command_only(no_effect(value(&["--stack-size"]))),
    no_effect(value(&["--max-old-space-size"])),
    no_effect(value(&["--max-semi-space-size"])),
    no_effect(flag(&["--jitless"])),
    // No source maps, addons or uninitialised buffers in sous.
    no_effect(flag(&["--enable-source-maps"])),
    no_effect(flag(&["--no-addons"])),
    no_effect(flag(&["--zero-fill-buffers"])),
    no_effect(flag(&["--trace-uncaught"])),
    no_effect(flag(&["--no-extra-info-on-fatal-exception"])),
    // Node 24 features that are on by default in sous as in Node.
    flag(&["--experimental-require-module"]),
    flag(&["--no-experimental-require-module"]),
    no_effect(flag(&["--experimental-detect-module"])),
    no_effect(flag(&["--experimental-global-navigator"])),
    no_effect(flag(&["--experimental-websocket"])),
];

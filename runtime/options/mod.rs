//! What Node's command-line options change in a runtime: the `sous` command
//! parses them (`cli/`), an embedder may set them (`RuntimeBuilder::node_options`),
//! and the natives and the process lifecycle read them from `Host::config`.
//! `table.rs` lists the options the command line takes.

pub mod table;

/// Every name (aliases too) of the options `NODE_OPTIONS` may carry
/// (`process.allowedNodeEnvironmentFlags`).
pub fn node_options_flags() -> Vec<&'static str> {
    table::SPECS
        .iter()
        .filter(|s| s.in_node_options)
        .flat_map(|s| s.names.iter().copied())
        .collect()
}

/// `--unhandled-rejections`: what happens to a promise rejected with no handler.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UnhandledRejections {
    /// `'unhandledRejection'` listeners get it; without one it is an uncaught exception (Node's default).
    #[default]
    Throw,
    /// An uncaught exception first; `'unhandledRejection'` only if that was handled.
    Strict,
    /// `'unhandledRejection'`, and a warning every time.
    Warn,
    /// `'unhandledRejection'`; without a listener, a warning and exit code 1.
    WarnWithErrorCode,
    /// `'unhandledRejection'` only.
    None,
}

impl UnhandledRejections {
    /// The mode named as on Node's command line.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "throw" => Self::Throw,
            "strict" => Self::Strict,
            "warn" => Self::Warn,
            "warn-with-error-code" => Self::WarnWithErrorCode,
            "none" => Self::None,
            _ => return None,
        })
    }
}

/// Node's options as a runtime applies them.
#[derive(Clone, Debug, Default)]
pub struct NodeOptions {
    /// `process.execArgv`: the options as given on the command line.
    pub exec_argv: Vec<String>,
    pub unhandled_rejections: UnhandledRejections,
    /// `--expose-gc`: a global `gc()`.
    pub expose_gc: bool,
    /// `-r`/`--require`: modules required before the main script.
    pub require: Vec<String>,
    /// `--import`: modules imported before the main script.
    pub import: Vec<String>,
    /// `--env-file`/`--env-file-if-exists`: files of variables for `process.env`
    /// (`true`: the file must exist).
    pub env_files: Vec<(String, bool)>,
    /// `--no-deprecation`: deprecation warnings are not emitted.
    pub no_deprecation: bool,
    /// `--throw-deprecation`: a deprecation warning is thrown instead.
    pub throw_deprecation: bool,
    /// `--trace-deprecation`: deprecation warnings print their stack.
    pub trace_deprecation: bool,
    /// `--pending-deprecation`: runtime warnings for documentation-only deprecations.
    pub pending_deprecation: bool,
    /// `--no-warnings`: warnings are not printed (still emitted as events).
    pub no_warnings: bool,
    /// `--trace-warnings`: warnings print their stack.
    pub trace_warnings: bool,
    /// `--disable-warning`: warning codes or types not printed.
    pub disable_warning: Vec<String>,
    /// `--conditions`/`-C`: `exports`/`imports` conditions to match besides Node's.
    pub conditions: Vec<String>,
    /// `--title`: `process.title`.
    pub title: Option<String>,
    /// `--no-experimental-require-module`: `require()` of an ES module is refused
    /// (`ERR_REQUIRE_ESM`) instead of loading it.
    pub no_require_module: bool,
    /// `--preserve-symlinks`: a required file is cached under the path it was found at,
    /// not its real path (so a package linked twice is loaded twice).
    pub preserve_symlinks: bool,
    /// `--preserve-symlinks-main`: the same for the main script.
    pub preserve_symlinks_main: bool,
    /// `--redirect-warnings=file`: warnings are appended to the file instead of stderr.
    pub redirect_warnings: Option<String>,
    /// `--abort-on-uncaught-exception`: an uncaught exception that no capture
    /// callback takes aborts the process (a core dump) instead of exiting with 1.
    pub abort_on_uncaught_exception: bool,
    /// `--stack-trace-limit`: V8's first `Error.stackTraceLimit` (10 without it).
    pub stack_trace_limit: Option<i64>,
    /// `--[no-]network-family-autoselection`: `net.getDefaultAutoSelectFamily()`.
    pub network_family_autoselection: Option<bool>,
    /// `--network-family-autoselection-attempt-timeout`: its first value, in ms.
    pub autoselection_attempt_timeout: Option<u32>,
    /// `--dns-result-order`: `dns.getDefaultResultOrder()` (checked: one of Node's three).
    pub dns_result_order: Option<String>,
}

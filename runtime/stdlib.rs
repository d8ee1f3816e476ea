//! sous's JavaScript side: the files of `stdlib-js/`, compiled into the
//! binary and evaluated on first use.
//!
//! Startup is a budget (Boa has no heap snapshots): a builtin is parsed only
//! when something requires it, or touches the global that stands for it.
//! Each file is CommonJS with one extra parameter, `internalBinding(name)`,
//! which hands it the native functions of `runtime/ops/<name>.rs`.

use crate::host::Host;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue, Source};

/// `(name, source)` of a builtin whose file is `stdlib-js/<name>.js`.
macro_rules! builtin {
    ($name:literal) => {
        ($name, include_str!(concat!("../stdlib-js/", $name, ".js")))
    };
}

/// (name, source): every builtin module. Names under `internal/` can only
/// be required by other builtins.
const BUILTINS: &[(&str, &str)] = &[
    ("assert", include_str!("../stdlib-js/assert.js")),
    builtin!("internal/assert/assertion_error"),
    builtin!("internal/assert/myers_diff"),
    builtin!("internal/assert/calltracker"),
    (
        "assert/strict",
        include_str!("../stdlib-js/assert_strict.js"),
    ),
    ("console", include_str!("../stdlib-js/console.js")),
    builtin!("internal/console/methods"),
    builtin!("internal/console/constructor"),
    ("constants", include_str!("../stdlib-js/constants.js")),
    (
        "diagnostics_channel",
        include_str!("../stdlib-js/diagnostics_channel.js"),
    ),
    ("events", include_str!("../stdlib-js/events.js")),
    builtin!("internal/events/validate"),
    builtin!("internal/events/statics"),
    builtin!("internal/process/system"),
    builtin!("internal/process/signals"),
    builtin!("internal/process/binding"),
    builtin!("internal/process/handles"),
    builtin!("internal/process/finalization"),
    builtin!("internal/process/flags"),
    ("module", include_str!("../stdlib-js/module.js")),
    ("os", include_str!("../stdlib-js/os.js")),
    builtin!("tty"),
    builtin!("internal/stdio/pipe"),
    builtin!("net"),
    builtin!("internal/net/errors"),
    builtin!("internal/net/ip"),
    builtin!("internal/net/socket"),
    builtin!("internal/net/server"),
    builtin!("internal/net/blocklist"),
    builtin!("internal/net/handle"),
    builtin!("tls"),
    builtin!("internal/tls/handle"),
    builtin!("internal/tls/socket"),
    builtin!("internal/util/callable_class"),
    builtin!("http"),
    builtin!("internal/http/common"),
    builtin!("internal/http/parser"),
    builtin!("internal/http/incoming"),
    builtin!("internal/http/outgoing"),
    builtin!("internal/http/server_response"),
    builtin!("internal/http/server"),
    builtin!("internal/http/agent"),
    builtin!("internal/http/client"),
    // Node's older module names for http's parts.
    builtin!("_http_agent"),
    builtin!("_http_client"),
    builtin!("_http_common"),
    builtin!("_http_incoming"),
    builtin!("_http_outgoing"),
    builtin!("_http_server"),
    builtin!("dns"),
    ("dns/promises", include_str!("../stdlib-js/dns_promises.js")),
    builtin!("child_process"),
    builtin!("internal/child_process/normalize"),
    builtin!("internal/child_process/child_process"),
    builtin!("internal/child_process/exec"),
    builtin!("internal/child_process/sync"),
    builtin!("internal/child_process/ipc"),
    builtin!("internal/child_process/serialization"),
    builtin!("internal/stdio/stdin"),
    builtin!("internal/tty/base"),
    builtin!("internal/tty/color"),
    builtin!("internal/util/system_error"),
    builtin!("v8"),
    builtin!("internal/v8/serializer"),
    builtin!("internal/v8/deserializer"),
    builtin!("vm"),
    builtin!("zlib"),
    builtin!("internal/zlib/constants"),
    builtin!("internal/zlib/options"),
    builtin!("internal/zlib/handle"),
    builtin!("internal/zlib/base"),
    ("path", include_str!("../stdlib-js/path.js")),
    builtin!("perf_hooks"),
    builtin!("internal/perf"),
    builtin!("internal/navigator"),
    ("path/posix", "module.exports = require('path').posix;"),
    // DEP0025: `sys` is `util` under its old name, with a warning on first require.
    (
        "sys",
        "process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');\n\
         module.exports = require('util');",
    ),
    ("buffer", include_str!("../stdlib-js/buffer.js")),
    builtin!("internal/buffer/validators"),
    builtin!("internal/buffer/numbers"),
    builtin!("internal/buffer/extras"),
    builtin!("internal/buffer/blob"),
    ("fs", include_str!("../stdlib-js/fs.js")),
    ("crypto", include_str!("../stdlib-js/crypto.js")),
    (
        "internal/crypto/util",
        include_str!("../stdlib-js/internal/crypto/util.js"),
    ),
    (
        "internal/crypto/hash",
        include_str!("../stdlib-js/internal/crypto/hash.js"),
    ),
    (
        "internal/crypto/random",
        include_str!("../stdlib-js/internal/crypto/random.js"),
    ),
    (
        "internal/crypto/kdf",
        include_str!("../stdlib-js/internal/crypto/kdf.js"),
    ),
    (
        "internal/crypto/keys",
        include_str!("../stdlib-js/internal/crypto/keys.js"),
    ),
    (
        "internal/crypto/webcrypto",
        include_str!("../stdlib-js/internal/crypto/webcrypto.js"),
    ),
    ("fs/promises", include_str!("../stdlib-js/fs/promises.js")),
    (
        "internal/fs/utils",
        include_str!("../stdlib-js/internal/fs/utils.js"),
    ),
    (
        "internal/fs/ops",
        include_str!("../stdlib-js/internal/fs/ops.js"),
    ),
    (
        "internal/fs/rw",
        include_str!("../stdlib-js/internal/fs/rw.js"),
    ),
    (
        "internal/fs/whole",
        include_str!("../stdlib-js/internal/fs/whole.js"),
    ),
    (
        "internal/fs/promises",
        include_str!("../stdlib-js/internal/fs/promises.js"),
    ),
    (
        "internal/fs/dir",
        include_str!("../stdlib-js/internal/fs/dir.js"),
    ),
    (
        "internal/fs/cp",
        include_str!("../stdlib-js/internal/fs/cp.js"),
    ),
    (
        "internal/fs/watch_file",
        include_str!("../stdlib-js/internal/fs/watch_file.js"),
    ),
    builtin!("internal/fs/watch"),
    builtin!("internal/fs/glob"),
    builtin!("internal/fs/streams"),
    builtin!("readline"),
    (
        "readline/promises",
        include_str!("../stdlib-js/readline_promises.js"),
    ),
    builtin!("internal/readline/interface"),
    builtin!("internal/readline/editing"),
    builtin!("internal/readline/lines"),
    builtin!("internal/readline/keypress"),
    builtin!("internal/readline/callbacks"),
    builtin!("internal/readline/promises"),
    ("process", include_str!("../stdlib-js/process.js")),
    ("punycode", include_str!("../stdlib-js/punycode.js")),
    ("querystring", include_str!("../stdlib-js/querystring.js")),
    ("test", include_str!("../stdlib-js/test.js")),
    (
        "string_decoder",
        include_str!("../stdlib-js/string_decoder.js"),
    ),
    ("timers", include_str!("../stdlib-js/timers.js")),
    (
        "timers/promises",
        include_str!("../stdlib-js/timers_promises.js"),
    ),
    ("url", include_str!("../stdlib-js/url.js")),
    (
        "internal/url/whatwg",
        include_str!("../stdlib-js/internal/url/whatwg.js"),
    ),
    (
        "internal/url/legacy",
        include_str!("../stdlib-js/internal/url/legacy.js"),
    ),
    (
        "internal/structured_clone",
        include_str!("../stdlib-js/internal/structured_clone.js"),
    ),
    (
        "internal/url/file",
        include_str!("../stdlib-js/internal/url/file.js"),
    ),
    (
        "internal/modules/find_package_json",
        include_str!("../stdlib-js/internal/modules/find_package_json.js"),
    ),
    (
        "internal/util/lazy_value",
        include_str!("../stdlib-js/internal/util/lazy_value.js"),
    ),
    (
        "internal/url/is_url",
        include_str!("../stdlib-js/internal/url/is_url.js"),
    ),
    (
        "internal/web_errors",
        include_str!("../stdlib-js/internal/web_errors.js"),
    ),
    ("stream", include_str!("../stdlib-js/stream.js")),
    (
        "stream/promises",
        include_str!("../stdlib-js/stream/promises.js"),
    ),
    (
        "stream/consumers",
        include_str!("../stdlib-js/stream/consumers.js"),
    ),
    (
        "_stream_readable",
        "module.exports = require('stream').Readable;",
    ),
    (
        "_stream_writable",
        "module.exports = require('stream').Writable;",
    ),
    (
        "_stream_duplex",
        "module.exports = require('stream').Duplex;",
    ),
    (
        "_stream_transform",
        "module.exports = require('stream').Transform;",
    ),
    (
        "_stream_passthrough",
        "module.exports = require('stream').PassThrough;",
    ),
    builtin!("internal/streams/legacy"),
    builtin!("internal/streams/state"),
    builtin!("internal/streams/utils"),
    builtin!("internal/streams/destroy"),
    builtin!("internal/streams/readable"),
    builtin!("internal/streams/readable_pipe"),
    builtin!("internal/streams/readable_props"),
    builtin!("internal/streams/readable_iter"),
    builtin!("internal/streams/writable"),
    builtin!("internal/streams/writable_props"),
    builtin!("internal/streams/duplex"),
    builtin!("internal/streams/duplexify"),
    builtin!("internal/streams/join"),
    builtin!("internal/streams/transform"),
    builtin!("internal/streams/end_of_stream"),
    builtin!("internal/streams/add_abort_signal"),
    builtin!("internal/streams/pipeline"),
    builtin!("internal/streams/operators"),
    builtin!("internal/streams/compose"),
    builtin!("stream/web"),
    builtin!("internal/webstreams/util"),
    builtin!("internal/webstreams/queuing"),
    builtin!("internal/webstreams/readable_ops"),
    builtin!("internal/webstreams/default_controller"),
    builtin!("internal/webstreams/byte_queue"),
    builtin!("internal/webstreams/byte_controller"),
    builtin!("internal/webstreams/readers"),
    builtin!("internal/webstreams/readable"),
    builtin!("internal/webstreams/pipe"),
    builtin!("internal/webstreams/tee"),
    builtin!("internal/webstreams/writable_ops"),
    builtin!("internal/webstreams/writable"),
    builtin!("internal/webstreams/transform"),
    builtin!("internal/webstreams/encoding"),
    builtin!("internal/webstreams/compression"),
    builtin!("internal/webstreams/adapters"),
    builtin!("internal/fetch/headers"),
    builtin!("internal/fetch/form_data"),
    builtin!("internal/fetch/multipart"),
    builtin!("internal/fetch/body"),
    builtin!("internal/fetch/request"),
    builtin!("internal/fetch/response"),
    builtin!("internal/fetch/fetch"),
    builtin!("https"),
    ("util", include_str!("../stdlib-js/util.js")),
    ("util/types", "module.exports = require('util').types;"),
    ("path/win32", "module.exports = require('path').win32;"),
    (
        "internal/path/common",
        include_str!("../stdlib-js/internal/path/common.js"),
    ),
    (
        "internal/path/win32",
        include_str!("../stdlib-js/internal/path/win32.js"),
    ),
    (
        "internal/path/glob",
        include_str!("../stdlib-js/internal/path/glob.js"),
    ),
    (
        "internal/os_constants",
        include_str!("../stdlib-js/internal/os_constants.js"),
    ),
    (
        "internal/util/system_errors",
        include_str!("../stdlib-js/internal/util/system_errors.js"),
    ),
    (
        "internal/util/style_text",
        include_str!("../stdlib-js/internal/util/style_text.js"),
    ),
    (
        "internal/util/parse_env",
        include_str!("../stdlib-js/internal/util/parse_env.js"),
    ),
    (
        "internal/util/parse_args",
        include_str!("../stdlib-js/internal/util/parse_args.js"),
    ),
    (
        "internal/util/call_sites",
        include_str!("../stdlib-js/internal/util/call_sites.js"),
    ),
    (
        "internal/util/mime",
        include_str!("../stdlib-js/internal/util/mime.js"),
    ),
    (
        "internal/util/debuglog",
        include_str!("../stdlib-js/internal/util/debuglog.js"),
    ),
    (
        "internal/errors",
        include_str!("../stdlib-js/internal/errors.js"),
    ),
    (
        "internal/inspect",
        include_str!("../stdlib-js/internal/inspect.js"),
    ),
    builtin!("internal/inspect/value"),
    builtin!("internal/inspect/types"),
    builtin!("internal/inspect/styles"),
    builtin!("internal/inspect/primitives"),
    builtin!("internal/inspect/objects"),
    builtin!("internal/inspect/keys"),
    builtin!("internal/inspect/collections"),
    builtin!("internal/inspect/errors"),
    builtin!("internal/inspect/layout"),
    builtin!("internal/inspect/format"),
    (
        "internal/encoding",
        include_str!("../stdlib-js/internal/encoding.js"),
    ),
    (
        "internal/deep_equal",
        include_str!("../stdlib-js/internal/deep_equal.js"),
    ),
    (
        "internal/abort",
        include_str!("../stdlib-js/internal/abort.js"),
    ),
    builtin!("internal/event"),
    builtin!("internal/modules/circular"),
    builtin!("internal/modules/cjs_hooks"),
    (
        "internal/encodings",
        include_str!("../stdlib-js/internal/encodings.js"),
    ),
    (
        "internal/process/rejections",
        include_str!("../stdlib-js/internal/process/rejections.js"),
    ),
    (
        "internal/bootstrap",
        include_str!("../stdlib-js/internal/bootstrap.js"),
    ),
];

/// The source of builtin `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Whether a user script may `require(name)` (with or without `node:`).
pub fn is_public(name: &str) -> bool {
    !name.starts_with("internal/") && source(name).is_some()
}

/// Builtins only reachable with the `node:` scheme (`require('test')` is a package named test).
const SCHEME_ONLY: &[&str] = &["test"];

/// Whether a bare name (no `node:`) is a builtin.
pub fn is_public_bare(name: &str) -> bool {
    is_public(name) && !SCHEME_ONLY.contains(&name)
}

/// The builtin names a user may require, for `require('module').builtinModules`
/// (scheme-only ones are listed with their `node:`).
pub fn public_names() -> impl Iterator<Item = std::borrow::Cow<'static, str>> {
    BUILTINS
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !n.starts_with("internal/"))
        .map(|n| match SCHEME_ONLY.contains(&n) {
            true => format!("node:{n}").into(),
            false => n.into(),
        })
}

/// The first line of a builtin's wrapper: the file's code starts on the
/// same line, so line numbers in its stack frames stay true.
const WRAPPER_HEAD: &str = "(function (exports, require, module, internalBinding) {";

/// `module.exports` of builtin `name`, evaluating it on first use.
pub fn require(context: &mut Context, name: &str) -> JsResult<JsValue> {
    let host = Host::get(context);
    if let Some(exports) = host.builtins.borrow().get(name) {
        return Ok(exports.clone());
    }
    let Some(code) = source(name) else {
        return Err(JsNativeError::error()
            .with_message(format!("No such built-in module: {name}"))
            .into());
    };
    let wrapped = format!("{WRAPPER_HEAD}{code}\n}})");
    let path = std::path::PathBuf::from(format!("node:{name}"));
    let started = std::time::Instant::now();
    let function = context.eval(Source::from_bytes(&wrapped).with_path(&path))?;
    let compiled = started.elapsed();
    let exports = JsObject::with_object_proto(context.intrinsics());
    let module = ObjectInitializer::new(context)
        .property(js_string!("exports"), exports.clone(), Attribute::all())
        .build();
    // Cached before running so that a cycle between builtins sees the
    // partial exports, as in CommonJS.
    host.builtins
        .borrow_mut()
        .insert(name.to_string(), exports.clone().into());
    let require = crate::natives::native(context, internal_require, "require", 1);
    let binding = crate::natives::native(context, internal_binding, "internalBinding", 1);
    let function = function
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("builtin wrapper is not a function"))?;
    let result = function.call(
        &exports.clone().into(),
        &[
            exports.into(),
            require.into(),
            module.clone().into(),
            binding.into(),
        ],
        context,
    );
    if let Err(err) = result {
        host.builtins.borrow_mut().remove(name);
        return Err(err);
    }
    let exports = module.get(js_string!("exports"), context)?;
    host.builtins
        .borrow_mut()
        .insert(name.to_string(), exports.clone());
    if std::env::var_os("SOUS_TRACE_BUILTINS").is_some() {
        eprintln!(
            "builtin {name}: compile {:.2} ms, total {:.2} ms",
            compiled.as_secs_f64() * 1e3,
            started.elapsed().as_secs_f64() * 1e3
        );
    }
    Ok(exports)
}

fn internal_require(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = args
        .first()
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default();
    let name = name.strip_prefix("node:").unwrap_or(&name);
    require(context, name)
}

fn internal_binding(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = args
        .first()
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default();
    let host = Host::get(context);
    if let Some(made) = host.bindings.borrow().get(&name) {
        return Ok(made.clone().into());
    }
    let made = (host.config.binding)(context, &name)?;
    host.bindings.borrow_mut().insert(name, made.clone());
    Ok(made.into())
}

/// Calls `require(module)[function](...args)`.
pub fn call(
    context: &mut Context,
    module: &str,
    function: &str,
    args: &[JsValue],
) -> JsResult<JsValue> {
    let exports = require(context, module)?;
    let exports = exports
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message(format!("{module} has no exports")))?;
    let f = exports.get(js_string!(function), context)?;
    let f = f.as_callable().ok_or_else(|| {
        JsNativeError::typ().with_message(format!("{module}.{function} is not a function"))
    })?;
    f.call(&exports.into(), args, context)
}

/// `util.inspect(value)` as a Rust string; Boa's display if that fails.
pub fn inspect(context: &mut Context, value: &JsValue) -> String {
    match call(
        context,
        "internal/inspect",
        "inspect",
        std::slice::from_ref(value),
    ) {
        Ok(s) => s
            .as_string()
            .map(|s| s.to_std_string_escaped())
            .unwrap_or_default(),
        Err(_) => value.display().to_string(),
    }
}

/// A Node error (`code` is an `ERR_*` name) made by `internal/errors`.
pub fn node_error(context: &mut Context, code: &str, args: &[JsValue]) -> JsError {
    let mut all = vec![JsValue::from(js_string!(code))];
    all.extend_from_slice(args);
    match call(context, "internal/errors", "makeNodeError", &all) {
        Ok(err) => JsError::from_opaque(err),
        Err(err) => err,
    }
}

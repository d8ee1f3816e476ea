//! A runtime driven on an ordinary thread (8 MiB, as an embedder's, and
//! 2 MiB, as a test's) survives scripts that recurse or nest deeply: each
//! fails with Node's RangeError instead of overflowing the native stack
//! and taking the host process down.

use sous::Runtime;

/// Runs `code` in a fresh runtime on a thread with a `stack`-byte stack;
/// returns the exception's name and message, or "ok".
fn run_on_thread(stack: usize, code: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let mut rt = Runtime::builder().build().expect("runtime");
            match rt.eval(code) {
                Ok(_) => "ok".to_string(),
                Err(e) => format!("{}: {}", e.name, e.message),
            }
        })
        .expect("spawn")
        .join()
        .expect("the thread ended without a panic")
}

const DEEP_ARRAY_STRING: &str = "let a = []; for (let i = 0; i < 1e6; i++) a = [a]; String(a)";
const DEEP_SOURCE: &str = "eval('['.repeat(1e5) + ']'.repeat(1e5))";
const CAUGHT_DEEP_SOURCE: &str =
    "try { eval('('.repeat(5000) + '1' + ')'.repeat(5000)); 'parsed' } \
     catch (e) { throw new Error('caught ' + e.name) }";
const RECURSION_THROUGH_NATIVES: &str = "function f() { [1].map(f) } f()";
const RECURSION_THROUGH_GETTERS: &str = "const o = { get x() { return Reflect.get(o, 'x') } }; o.x";
const DEEP_BOUND_CALL: &str =
    "let g = function () { return 1 }; for (let i = 0; i < 1e5; i++) g = g.bind(null); g()";
const SHALLOW: &str = "eval('['.repeat(20) + ']'.repeat(20)); String([[[[1]]]])";

#[test]
fn deep_scripts_on_an_8_mib_thread_throw_range_errors() {
    for stack in [8 << 20, 2 << 20] {
        let exceeded = "RangeError: Maximum call stack size exceeded";
        assert_eq!(run_on_thread(stack, DEEP_ARRAY_STRING), exceeded);
        assert_eq!(run_on_thread(stack, DEEP_SOURCE), exceeded);
        assert_eq!(
            run_on_thread(stack, CAUGHT_DEEP_SOURCE),
            "Error: caught RangeError"
        );
        // Boa's recursion limit (scaled to the thread's stack) ends these;
        // it is reported as Node's RangeError.
        assert_eq!(run_on_thread(stack, RECURSION_THROUGH_NATIVES), exceeded);
        assert_eq!(run_on_thread(stack, RECURSION_THROUGH_GETTERS), exceeded);
        assert_eq!(run_on_thread(stack, SHALLOW), "ok", "{stack}");
        assert_eq!(run_on_thread(stack, DEEP_BOUND_CALL), "ok", "{stack}");
    }
}

/// JSON.parse (and its reviver walk) keeps its nesting on the heap: a
/// million levels parse on a small thread.
const DEEP_JSON: &str = "const n = 1e6; \
     let v = JSON.parse('['.repeat(n) + ']'.repeat(n)); let d = 0; \
     while (Array.isArray(v)) { v = v[0]; d++ } \
     let o = JSON.parse('{\"k\":'.repeat(n) + '0' + '}'.repeat(n), (k, x) => x); \
     let e = 0; while (typeof o === 'object') { o = o.k; e++ } \
     if (d !== n || e !== n) throw new Error(d + ' ' + e)";

#[test]
fn deep_json_parses_on_a_2_mib_thread() {
    assert_eq!(run_on_thread(2 << 20, DEEP_JSON), "ok");
}

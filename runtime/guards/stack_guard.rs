//! Node's `RangeError: Maximum call stack size exceeded` where Boa recurses
//! natively without a limit of its own.
//!
//! `String(a)` of a deeply nested array recurses join → toString → join in
//! Rust, with no JavaScript frame for Boa's recursion limit to count: 1e6
//! levels overflowed even the 1 GiB stack and aborted the process (1e4 on an
//! embedder's 8 MiB thread). Each level goes through the `join` (or
//! `toLocaleString`) property again, so a native standing in for them
//! checks the stack that is left on every level and throws first. This
//! works on any thread, whatever its stack size. The levels are also
//! counted against Boa's recursion limit (Node's own depth: 3,127 levels
//! of `String(a)`), so a million-deep array fails in milliseconds rather
//! than after filling a 1 GiB stack.

use crate::natives::wrap_method;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};
use std::cell::Cell;

/// Stack left when the guard throws: enough for one more level of any
/// guarded builtin and for making the error.
const MARGIN: usize = 256 * 1024;

/// Native stack one JavaScript frame can take when it re-enters through a
/// builtin (`[1].map(f)`, getters, `toString`): Boa aborted at about 10,000
/// such frames on an 8 MiB thread (840 bytes each); over twice that, so
/// tests/embed_stack.rs recurses to the limit on 2 and 8 MiB threads.
const STACK_PER_FRAME: usize = 2 * 1024;

/// Node's message for a stack too deep.
pub const STACK_EXCEEDED: &str = "Maximum call stack size exceeded";

/// Node's RangeError for a stack too deep.
pub fn exceeded() -> boa_engine::JsError {
    JsNativeError::range().with_message(STACK_EXCEEDED).into()
}

/// Throws [`exceeded`] when this thread's stack is nearly used up.
pub fn check() -> JsResult<()> {
    match stacker::remaining_stack() {
        Some(left) if left < MARGIN => Err(exceeded()),
        _ => Ok(()),
    }
}

/// Boa's recursion limit for a context driven on this thread: `wanted`
/// frames, or as many as the stack left here holds (an embedder's thread
/// may have 8 MiB, or 2 MiB for a test).
pub fn recursion_limit(wanted: usize) -> usize {
    match stacker::remaining_stack() {
        Some(left) => wanted.min(left.saturating_sub(MARGIN) / STACK_PER_FRAME),
        None => wanted,
    }
}

pub fn install(context: &mut Context) -> JsResult<()> {
    let array_prototype = context.intrinsics().constructors().array().prototype();
    wrap_method(context, &array_prototype, "join", guarded)?;
    wrap_method(context, &array_prototype, "toLocaleString", guarded)
}

thread_local! {
    /// Guarded builtins running on this thread, one inside another.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

fn guarded(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    check()?;
    let depth = DEPTH.get();
    if depth >= context.runtime_limits().recursion_limit() {
        return Err(exceeded());
    }
    DEPTH.set(depth + 1);
    let result = original.call(this, args, context);
    DEPTH.set(depth);
    result
}

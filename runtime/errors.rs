//! Node-style errors thrown by the natives.
//!
//! The error objects themselves are made in JavaScript
//! (`stdlib-js/internal/errors.js`, loaded on the first error), so their
//! messages, `code` properties and `Name [CODE]: message` headers have one
//! definition for natives and builtins alike.

use crate::stdlib;
use boa_engine::{js_string, Context, JsError, JsValue};

/// `TypeError [ERR_INVALID_ARG_TYPE]: The "<name>" argument must be of type <expected>. Received ...`
pub fn invalid_arg_type(
    context: &mut Context,
    name: &str,
    expected: &str,
    actual: &JsValue,
) -> JsError {
    stdlib::node_error(
        context,
        "ERR_INVALID_ARG_TYPE",
        &[
            js_string!(name).into(),
            js_string!(expected).into(),
            actual.clone(),
        ],
    )
}

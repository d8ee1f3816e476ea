//! A native `JSON.parse`, replacing Boa's, and the parser `require()` and
//! `import … with { type: 'json' }` use for `.json` files.
//!
//! Boa's `JSON.parse` validates with serde_json (which refuses more than
//! 128 levels of nesting) and then compiles and runs the text as a script:
//! a 63 MB file took 27 s and 4.7 GB. This one parses the string's own
//! code units (Latin-1 or UTF-16) straight into objects and arrays, with
//! V8's error messages.

mod parser;
mod reviver;
mod syntax_error;

use boa_engine::string::JsStrVariant;
use boa_engine::{js_string, Context, JsResult, JsString, JsValue, NativeFunction};

pub fn install(context: &mut Context) -> JsResult<()> {
    let json = context.intrinsics().objects().json();
    let operations = reviver::Operations::new(context)?;
    let function = NativeFunction::from_copy_closure_with_captures(json_parse, operations);
    crate::natives::define_builtin_method(context, &json, js_string!("parse"), function, 2)
}

/// `JSON.parse(text[, reviver])`.
fn json_parse(
    _: &JsValue,
    args: &[JsValue],
    operations: &reviver::Operations,
    context: &mut Context,
) -> JsResult<JsValue> {
    let text = crate::natives::arg(args, 0).to_string(context)?;
    let Some(reviver) = args.get(1).and_then(JsValue::as_callable) else {
        return parse(&text, context);
    };
    let (value, source) = parse_units(&text, true, context)?;
    reviver::revive(value, source.as_ref(), &reviver, operations, context)
}

/// Parses a JSON text as `JSON.parse` does without a reviver.
pub fn parse(text: &JsString, context: &mut Context) -> JsResult<JsValue> {
    parse_units(text, false, context).map(|(value, _)| value)
}

fn parse_units(
    text: &JsString,
    track_sources: bool,
    context: &mut Context,
) -> JsResult<(JsValue, Option<parser::SourceNode>)> {
    match text.variant() {
        JsStrVariant::Latin1(units) => parser::parse(units, track_sources, context),
        JsStrVariant::Utf16(units) => parser::parse(units, track_sources, context),
    }
}

//! Natives behind node:http's parser (`stdlib-js/internal/http/parser.js`):
//! an incremental HTTP/1.1 request or response parser per connection
//! (`machine.rs`), heads read with httparse (`head.rs`), body framing from
//! the headers (`framing.rs`), and failures named as llhttp names them
//! (`error.rs`).
//!
//! `execute(parser, buffer)` answers the events the bytes completed, each a
//! small array: `[0, method, url, versionMajor, versionMinor, rawHeaders, statusCode,
//! statusMessage, upgrade, shouldKeepAlive]` for a head, `[1, buffer]` for
//! body bytes, `[2, rawTrailers]` when a message ends, `[3, offset]` when the
//! bytes from `offset` on belong to an upgraded protocol, and last
//! `[-1, code, reason, bytesParsed]` if the bytes were not HTTP.

mod error;
mod framing;
mod head;
mod machine;

use super::buffer::{buffer_from_slice, with_bytes};
use super::{arg, NativeFn};
use boa_engine::object::builtins::JsArray;
use boa_engine::string::JsStr;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue,
    Trace,
};
use framing::Asked;
use machine::{Event, Parser};
use std::cell::RefCell;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 5] = [
        ("parserNew", parser_new, 2),
        ("execute", execute, 2),
        ("finish", finish, 1),
        ("reset", reset, 1),
        ("setAsked", set_asked, 2),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    parser: RefCell<Parser>,
}

fn with_parser<R>(value: &JsValue, f: impl FnOnce(&mut Parser) -> R) -> JsResult<R> {
    let object = value.as_object();
    let handle = object.as_ref().and_then(|o| o.downcast_ref::<Handle>());
    let handle = handle.ok_or_else(|| JsNativeError::typ().with_message("not an HTTP parser"))?;
    let mut parser = handle.parser.borrow_mut();
    Ok(f(&mut parser))
}

/// `parserNew(isRequest, maxHeaderSize)`.
fn parser_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let request = arg(args, 0).to_boolean();
    let max = arg(args, 1).to_length(context)? as usize;
    let handle = Handle {
        parser: RefCell::new(Parser::new(request, max)),
    };
    Ok(JsObject::from_proto_and_data(None, handle).into())
}

fn execute(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let parser = arg(args, 0);
    let mut events = Vec::new();
    let (outcome, input) = with_bytes(&arg(args, 1), context, |input| {
        with_parser(&parser, |p| p.execute(input, &mut events)).map(|r| (r, input.to_vec()))
    })??;
    let mut out = events_to_js(events, &input, context)?;
    if let Err((e, at)) = outcome {
        out.push(failure(&e, at, context));
    }
    Ok(JsArray::from_iter(out, context).into())
}

fn finish(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut events = Vec::new();
    let outcome = with_parser(&arg(args, 0), |p| p.finish(&mut events))?;
    let mut out = events_to_js(events, &[], context)?;
    if let Err(e) = outcome {
        out.push(failure(&e, 0, context));
    }
    Ok(JsArray::from_iter(out, context).into())
}

fn reset(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_parser(&arg(args, 0), Parser::reset)?;
    Ok(JsValue::undefined())
}

/// `setAsked(parser, 0 | 1 | 2)`: the next response answers another
/// request, a HEAD, or a CONNECT.
fn set_asked(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let asked = match arg(args, 1).to_i32(context)? {
        1 => Asked::Head,
        2 => Asked::Connect,
        _ => Asked::Other,
    };
    with_parser(&arg(args, 0), |p| p.asked = asked)?;
    Ok(JsValue::undefined())
}

/// Header bytes as Node gives them: one JS character per byte (latin1).
fn latin1(bytes: &[u8]) -> JsValue {
    JsString::from(JsStr::latin1(bytes)).into()
}

fn pairs(fields: &[(Vec<u8>, Vec<u8>)], context: &mut Context) -> JsValue {
    let flat = fields.iter().flat_map(|(n, v)| [latin1(n), latin1(v)]);
    JsArray::from_iter(flat, context).into()
}

fn events_to_js(events: Vec<Event>, input: &[u8], context: &mut Context) -> JsResult<Vec<JsValue>> {
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        let parts: Vec<JsValue> = match event {
            Event::Head {
                head,
                upgrade,
                keep_alive,
            } => vec![
                0.into(),
                js_string!(head.method).into(),
                latin1(&head.url),
                i32::from(head.major).into(),
                i32::from(head.minor).into(),
                pairs(&head.headers, context),
                i32::from(head.status).into(),
                latin1(&head.reason),
                upgrade.into(),
                keep_alive.into(),
            ],
            Event::Body(range) => vec![1.into(), buffer_from_slice(&input[range], context)?],
            Event::Complete(trailers) => vec![2.into(), pairs(&trailers, context)],
            Event::Upgrade { at } => vec![3.into(), (at as f64).into()],
        };
        out.push(JsArray::from_iter(parts, context).into());
    }
    Ok(out)
}

fn failure(e: &error::ParseError, at: usize, context: &mut Context) -> JsValue {
    let parts = [
        (-1).into(),
        js_string!(e.code).into(),
        js_string!(e.reason).into(),
        (at as f64).into(),
    ];
    JsArray::from_iter(parts, context).into()
}

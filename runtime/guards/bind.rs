//! `Function.prototype.bind` without Boa's quadratic names.
//!
//! A bound function's `name` is `"bound " + target.name`. Boa stores each
//! one flat, so `f = f.bind(null)` repeated keeps every longer name alive:
//! 2.6 GB at 30,000 levels, and an abort on allocation failure before
//! 100,000 (V8 shares the prefix; Node prints the 600,001-character name at
//! 100,000 levels). sous keeps short names as Boa makes them, and past
//! [`FLAT_NAME_LIMIT`] characters gives the bound function a `name`
//! accessor that builds `"bound " × depth + base` when read, with `base`
//! shared by the whole chain: constant memory per level. The one visible
//! difference from Node is that descriptor (an accessor instead of a data
//! property) for names over the limit.

use crate::natives::wrap_method;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue, NativeFunction};
use boa_gc::{Finalize, Trace};
use std::cell::{Cell, RefCell};

/// The longest name kept as a plain data property, in code units.
const FLAT_NAME_LIMIT: usize = 4096;

/// A name `"bound " × depth + base`, as the `name` getter holds it.
#[derive(Clone, Trace, Finalize)]
struct ChainName {
    #[unsafe_ignore_trace]
    depth: usize,
    base: JsString,
}

thread_local! {
    /// Set while Boa's `bind` runs: a `name` getter then reports its chain
    /// here instead of building the long string Boa would only prefix.
    static BINDING: Cell<bool> = const { Cell::new(false) };
    static TARGET_CHAIN: RefCell<Option<ChainName>> = const { RefCell::new(None) };
}

pub fn install(context: &mut Context) -> JsResult<()> {
    let function_prototype = context.intrinsics().constructors().function().prototype();
    wrap_method(context, &function_prototype, "bind", bind)
}

fn bind(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    TARGET_CHAIN.with(|c| c.borrow_mut().take());
    BINDING.set(true);
    let bound = original.call(this, args, context);
    BINDING.set(false);
    let bound = bound?;
    let chain = match TARGET_CHAIN.with(|c| c.borrow_mut().take()) {
        // The target is a long chain already: one level more.
        Some(chain) => ChainName {
            depth: chain.depth + 1,
            base: chain.base.clone(),
        },
        None => {
            let Some(object) = bound.as_object() else {
                return Ok(bound);
            };
            let name = object.get(js_string!("name"), context)?;
            match name.as_string() {
                Some(name) if name.len() > FLAT_NAME_LIMIT => ChainName {
                    depth: 0,
                    base: name.clone(),
                },
                // Boa's own name, short enough to keep flat.
                _ => return Ok(bound),
            }
        }
    };
    if let Some(object) = bound.as_object() {
        let getter = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(read_name, chain),
        )
        .name(js_string!("get name"))
        .length(0)
        .build();
        object.define_property_or_throw(
            js_string!("name"),
            PropertyDescriptor::builder()
                .get(getter)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
    Ok(bound)
}

/// The `name` getter of a long chain.
fn read_name(_: &JsValue, _: &[JsValue], chain: &ChainName, _: &mut Context) -> JsResult<JsValue> {
    if BINDING.get() {
        // Boa's `bind` is reading its target's name: hand over the chain
        // and let Boa name the new function "bound " (renamed after).
        TARGET_CHAIN.with(|c| *c.borrow_mut() = Some(chain.clone()));
        return Ok(JsValue::undefined());
    }
    let prefix = "bound ".repeat(chain.depth);
    let mut units: Vec<u16> = prefix.encode_utf16().collect();
    units.extend(chain.base.iter());
    Ok(JsString::from(&units[..]).into())
}

//! `Timeout.prototype` and `Immediate.prototype`: the methods, and Node's
//! underscore fields as accessors over the native state.

use super::immediate::{clear_immediate_this, immediate_has_ref, immediate_ref, immediate_unref};
use super::timeout::{
    timeout_close, timeout_has_ref, timeout_ref, timeout_refresh, timeout_to_primitive,
    timeout_unref,
};
use super::{with_immediate, with_timeout, TimeoutData};
use crate::natives::{arg, native, NativeFn};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsSymbol, JsValue, NativeFunction,
};
use thin_vec::ThinVec;

/// Builds `Timeout.prototype` and `Immediate.prototype`.
pub fn prototypes(context: &mut Context) -> (JsObject, JsObject) {
    let timeout_ctor = class_constructor(context, "Timeout");
    let mut init = ObjectInitializer::new(context);
    init.property(
        js_string!("constructor"),
        timeout_ctor.clone(),
        Attribute::all() - Attribute::ENUMERABLE,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_refresh),
        js_string!("refresh"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_unref),
        js_string!("unref"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_ref),
        js_string!("ref"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_has_ref),
        js_string!("hasRef"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_close),
        js_string!("close"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_to_primitive),
        JsSymbol::to_primitive(),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(timeout_close),
        JsSymbol::dispose(),
        0,
    );
    // Node's timer fields, readable and (for the three its own code and older libraries write)
    // writable: a new `_onTimeout`, an `_idleTimeout` of -1, or a `_repeat` take effect when the
    // timer next fires.
    let getters: [(&str, NativeFn); 6] = [
        ("_idleTimeout", |this, _, _| {
            with_timeout(this, |d| JsValue::from(d.state.get().idle))
        }),
        ("_idleStart", |this, _, _| {
            with_timeout(this, |d| JsValue::from(d.state.get().start as f64))
        }),
        ("_onTimeout", |this, _, _| {
            with_timeout(this, |d| d.callback.clone())
        }),
        ("_timerArgs", |this, _, cx| timer_args(this, cx)),
        ("_repeat", |this, _, _| {
            with_timeout(this, |d| {
                let s = d.state.get();
                if s.repeat && s.idle >= 0.0 {
                    JsValue::from(s.idle)
                } else {
                    JsValue::null()
                }
            })
        }),
        ("_destroyed", |this, _, _| {
            with_timeout(this, |d| JsValue::from(d.state.get().destroyed))
        }),
    ];
    let setters: [(&str, NativeFn); 3] = [
        ("_idleTimeout", |this, args, cx| {
            let idle = arg(args, 0).to_number(cx)?;
            update_timeout(this, |d| {
                let mut s = d.state.get();
                s.idle = idle;
                d.state.set(s);
            })
        }),
        ("_onTimeout", |this, args, _| {
            update_timeout(this, |d| d.callback = arg(args, 0))
        }),
        ("_repeat", |this, args, cx| {
            let value = arg(args, 0);
            let repeat = value.to_boolean();
            let idle = if repeat {
                Some(value.to_number(cx)?)
            } else {
                None
            };
            update_timeout(this, |d| {
                let mut s = d.state.get();
                s.repeat = repeat;
                // A cleared timer (`_idleTimeout` -1) stays cleared, as in Node.
                if let Some(idle) = idle.filter(|_| s.idle >= 0.0) {
                    s.idle = idle;
                }
                d.state.set(s);
            })
        }),
    ];
    let timeout = init.build();
    timeout.set_prototype(Some(fields_object(context, &getters, &setters)));
    let _ = timeout_ctor.set(js_string!("prototype"), timeout.clone(), false, context);

    let immediate_ctor = class_constructor(context, "Immediate");
    let mut init = ObjectInitializer::new(context);
    init.property(
        js_string!("constructor"),
        immediate_ctor.clone(),
        Attribute::all() - Attribute::ENUMERABLE,
    )
    .function(
        NativeFunction::from_fn_ptr(immediate_ref),
        js_string!("ref"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(immediate_unref),
        js_string!("unref"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(immediate_has_ref),
        js_string!("hasRef"),
        0,
    )
    .function(
        NativeFunction::from_fn_ptr(clear_immediate_this),
        JsSymbol::dispose(),
        0,
    );
    let getters: [(&str, NativeFn); 3] = [
        ("_onImmediate", |this, _, _| {
            Ok(with_immediate(this, |d| d.callback.clone()))
        }),
        ("_destroyed", |this, _, _| {
            Ok(with_immediate(this, |d| JsValue::from(d.destroyed.get())))
        }),
        ("_argv", |this, _, cx| {
            let args = with_immediate(this, |d| d.args.clone());
            args_array(args, cx)
        }),
    ];
    let immediate = init.build();
    immediate.set_prototype(Some(fields_object(context, &getters, &[])));
    let _ = immediate_ctor.set(js_string!("prototype"), immediate.clone(), false, context);
    (timeout, immediate)
}

/// A constructor that only exists to name the class (`t.constructor.name`):
/// Node's `Timeout` and `Immediate` are not meant to be constructed by users.
fn class_constructor(context: &mut Context, name: &'static str) -> JsObject {
    let f = NativeFunction::from_fn_ptr(|_, _, _| {
        Err(JsNativeError::typ()
            .with_message("Illegal constructor")
            .into())
    });
    boa_engine::object::FunctionObjectBuilder::new(context.realm(), f)
        .name(js_string!(name))
        .length(0)
        .constructor(true)
        .build()
        .into()
}

/// The Node fields (`_idleTimeout`, ...) as accessors on an object placed
/// between the class prototype and `Object.prototype`: the prototype itself
/// lists only Node's methods, as `Object.getOwnPropertyNames` shows in Node.
/// The prototype holding a timer's fields as accessors: `getters`, and a setter for the names
/// `setters` lists.
fn fields_object(
    context: &mut Context,
    getters: &[(&str, NativeFn)],
    setters: &[(&str, NativeFn)],
) -> JsObject {
    let made: Vec<_> = getters
        .iter()
        .map(|(name, getter)| {
            let set = setters
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, setter)| native(context, *setter, name, 1));
            (*name, native(context, *getter, name, 0), set)
        })
        .collect();
    let mut init = ObjectInitializer::new(context);
    for (name, get, set) in made {
        init.accessor(js_string!(name), Some(get), set, Attribute::CONFIGURABLE);
    }
    init.build()
}

/// Applies `f` to the Timeout `this` stands for (nothing for another object).
fn update_timeout(this: &JsValue, f: impl FnOnce(&mut TimeoutData)) -> JsResult<JsValue> {
    if let Some(obj) = this.as_object() {
        if let Some(mut data) = obj.downcast_mut::<TimeoutData>() {
            f(&mut data);
        }
    }
    Ok(JsValue::undefined())
}

fn args_array(args: ThinVec<JsValue>, context: &mut Context) -> JsResult<JsValue> {
    if args.is_empty() {
        return Ok(JsValue::undefined());
    }
    Ok(boa_engine::object::builtins::JsArray::from_iter(args, context).into())
}

fn timer_args(this: &JsValue, context: &mut Context) -> JsResult<JsValue> {
    let obj = this.as_object();
    let args = match obj.as_ref().and_then(|o| o.downcast_ref::<TimeoutData>()) {
        Some(d) => d.args.clone(),
        None => ThinVec::new(),
    };
    args_array(args, context)
}

//! `setTimeout`, `setInterval`, `setImmediate`, their `clear*`, and the
//! `Timeout` / `Immediate` objects, natively: timer creation and dispatch are
//! hot paths (100k timers must cost about what they cost Node).
//!
//! A `Timeout` is a small native object; its Node fields (`_idleTimeout`,
//! `_onTimeout`, `_repeat`, `_destroyed`, ...) are accessors on the prototype
//! that read the native state, so an idle timer costs one object and one heap
//! slot, not eight own properties.

use super::{arg, callback_arg, native, NativeFn};
use crate::errors;
use crate::host::Host;
use crate::timers::{Armed, TimerId};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsError, JsNativeError, JsObject, JsResult, JsSymbol,
    JsValue, NativeFunction, Trace,
};
use std::cell::Cell;
use thin_vec::ThinVec;

/// Node's `TIMEOUT_MAX`: delays above it become 1 ms with a warning.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

#[derive(Trace, Finalize, JsData)]
pub struct TimeoutData {
    /// The `_onTimeout` function; `undefined` once cleared.
    pub callback: JsValue,
    /// Extra arguments for the callback: a thin vector (one word when empty).
    pub args: ThinVec<JsValue>,
    #[unsafe_ignore_trace]
    pub state: Cell<TimeoutState>,
    /// `file:line:col` of the `setTimeout` call, recorded only when tracing
    /// (a thin box: one word per Timeout when tracing is off).
    #[unsafe_ignore_trace]
    #[allow(clippy::box_collection)] // one word instead of a `String`'s three
    pub scheduled_at: Option<Box<String>>,
}

#[derive(Clone, Copy)]
pub struct TimeoutState {
    pub id: TimerId,
    /// `_idleTimeout`: the coerced delay, fraction kept; -1 once cleared.
    pub idle: f64,
    /// `_idleStart`: loop time when last armed.
    pub start: u64,
    pub repeat: bool,
    pub refed: bool,
    pub destroyed: bool,
    /// `[Symbol.toPrimitive]` was called: `clearTimeout(id)` must find it.
    pub has_primitive: bool,
    /// The timer heap's arming sequence; 0 when not armed.
    pub armed_seq: u64,
}

impl TimeoutState {
    /// Whole milliseconds to schedule with (Node truncates the delay).
    pub fn after(&self) -> u64 {
        self.idle as u64
    }
}

#[derive(Trace, Finalize, JsData)]
pub struct ImmediateData {
    pub callback: JsValue,
    pub args: ThinVec<JsValue>,
    #[unsafe_ignore_trace]
    pub id: u32,
    #[unsafe_ignore_trace]
    pub refed: Cell<bool>,
    #[unsafe_ignore_trace]
    pub destroyed: Cell<bool>,
    #[unsafe_ignore_trace]
    pub scheduled_at: Option<Box<str>>,
}

/// Installs the timer globals.
pub fn install(context: &mut Context) -> JsResult<()> {
    let globals: [(&str, NativeFunction, usize); 7] = [
        ("setTimeout", NativeFunction::from_fn_ptr(set_timeout), 2),
        ("setInterval", NativeFunction::from_fn_ptr(set_interval), 2),
        (
            "setImmediate",
            NativeFunction::from_fn_ptr(set_immediate),
            1,
        ),
        ("clearTimeout", NativeFunction::from_fn_ptr(clear_timer), 1),
        ("clearInterval", NativeFunction::from_fn_ptr(clear_timer), 1),
        (
            "clearImmediate",
            NativeFunction::from_fn_ptr(clear_immediate),
            1,
        ),
        (
            "queueMicrotask",
            NativeFunction::from_fn_ptr(queue_microtask),
            1,
        ),
    ];
    for (name, f, len) in globals {
        context.register_global_builtin_callable(js_string!(name), len, f)?;
    }
    Ok(())
}

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
                if let Some(idle) = idle {
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

fn with_timeout(this: &JsValue, f: impl FnOnce(&TimeoutData) -> JsValue) -> JsResult<JsValue> {
    let Some(obj) = this.as_object() else {
        return Ok(JsValue::undefined());
    };
    let value = match obj.downcast_ref::<TimeoutData>() {
        Some(d) => f(&d),
        None => JsValue::undefined(),
    };
    Ok(value)
}

fn with_immediate<R: Default>(this: &JsValue, f: impl FnOnce(&ImmediateData) -> R) -> R {
    let Some(obj) = this.as_object() else {
        return R::default();
    };
    let value = match obj.downcast_ref::<ImmediateData>() {
        Some(d) => f(&d),
        None => R::default(),
    };
    value
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

/// Node's delay coercion: `after *= 1`, then anything outside [1, 2^31-1]
/// is 1 ms, with a `TimeoutOverflowWarning` above the range, and (once per process each, as
/// Node 24) a `TimeoutNegativeWarning` below it or a `TimeoutNaNWarning` for NaN.
fn coerce_delay(delay: &JsValue, context: &mut Context) -> JsResult<f64> {
    if delay.is_undefined() {
        return Ok(1.0);
    }
    // V8's wording for the two ToNumber failures (Boa words them differently).
    if delay.is_bigint() {
        return Err(JsNativeError::typ()
            .with_message("Cannot mix BigInt and other types, use explicit conversions")
            .into());
    }
    if delay.is_symbol() {
        return Err(JsNativeError::typ()
            .with_message("Cannot convert a Symbol value to a number")
            .into());
    }
    let after = delay.to_number(context)?;
    if (1.0..=TIMEOUT_MAX).contains(&after) {
        return Ok(after);
    }
    if after > TIMEOUT_MAX {
        let shown = JsValue::from(after)
            .to_string(context)?
            .to_std_string_escaped();
        let message = format!(
            "{shown} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."
        );
        crate::ops::process::emit_warning(context, &message, "TimeoutOverflowWarning")?;
    } else if after < 0.0 && Host::get(context).first_warning("TimeoutNegativeWarning") {
        let shown = JsValue::from(after)
            .to_string(context)?
            .to_std_string_escaped();
        let message = format!("{shown} is a negative number.\nTimeout duration was set to 1.");
        crate::ops::process::emit_warning(context, &message, "TimeoutNegativeWarning")?;
    } else if after.is_nan() && Host::get(context).first_warning("TimeoutNaNWarning") {
        let message = "NaN is not a number.\nTimeout duration was set to 1.";
        crate::ops::process::emit_warning(context, message, "TimeoutNaNWarning")?;
    }
    Ok(1.0)
}

/// `file:line:col` of the JavaScript code calling the current native.
pub fn caller_location(context: &Context) -> Option<Box<str>> {
    let frame = context.stack_trace().next()?;
    let loc = frame.position();
    let pos = loc.position?;
    Some(format!("{}:{}:{}", loc.path, pos.line_number(), pos.column_number()).into_boxed_str())
}

fn new_timer(args: &[JsValue], repeat: bool, context: &mut Context) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let idle = coerce_delay(args.get(1).unwrap_or(&JsValue::undefined()), context)?;
    let host = Host::get(context);
    let id = host.next_id();
    let start = host.now_ms();
    let state = TimeoutState {
        id,
        idle,
        start,
        repeat,
        refed: true,
        destroyed: false,
        has_primitive: false,
        armed_seq: 0,
    };
    let scheduled_at = if host.tracing() {
        caller_location(context)
    } else {
        None
    };
    let data = TimeoutData {
        callback: callback.into(),
        args: args.iter().skip(2).cloned().collect(),
        state: Cell::new(state),
        scheduled_at: scheduled_at.map(|s| Box::new(String::from(s))),
    };
    // Shared-shape objects: a unique shape per timer would cost ~300 bytes each.
    let obj =
        ObjectInitializer::with_native_data_and_proto(data, host.protos.timeout.clone(), context)
            .build();
    host.timers
        .borrow_mut()
        .arm(start + state.after(), obj.clone());
    Ok(obj.into())
}

fn set_timeout(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    new_timer(args, false, context)
}

fn set_interval(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    new_timer(args, true, context)
}

/// The heap's view of a `Timeout`: its arming sequence lives in its state.
impl Armed for JsObject {
    fn armed_seq(&self) -> u64 {
        self.downcast_ref::<TimeoutData>()
            .map_or(0, |d| d.state.get().armed_seq)
    }
    fn set_armed_seq(&self, seq: u64) {
        if let Some(d) = self.downcast_ref::<TimeoutData>() {
            let mut s = d.state.get();
            s.armed_seq = seq;
            d.state.set(s);
        }
    }
    fn refed(&self) -> bool {
        self.downcast_ref::<TimeoutData>()
            .is_some_and(|d| d.state.get().refed)
    }
    fn id(&self) -> TimerId {
        self.downcast_ref::<TimeoutData>()
            .map_or(0, |d| d.state.get().id)
    }
}

/// Whether `obj` is a Timeout armed in the heap.
pub fn is_armed(obj: &JsObject) -> bool {
    obj.armed_seq() != 0
}

/// Arms `obj` again from now (refresh, or an interval's next run from `start`).
pub fn rearm(host: &Host, obj: &JsObject, start: u64) {
    let s = {
        let Some(data) = obj.downcast_ref::<TimeoutData>() else {
            return;
        };
        let mut s = data.state.get();
        s.start = start;
        s.destroyed = false;
        data.state.set(s);
        s
    };
    host.timers.borrow_mut().arm(start + s.after(), obj.clone());
}

/// Cancels a Timeout: Node's `unenroll`.
pub fn destroy_timeout(host: &Host, obj: &JsObject) {
    host.timers.borrow_mut().disarm(obj);
    let Some(mut data) = obj.downcast_mut::<TimeoutData>() else {
        return;
    };
    let mut s = data.state.get();
    if s.has_primitive {
        host.known_timers.borrow_mut().remove(&s.id);
    }
    s.idle = -1.0;
    s.destroyed = true;
    data.state.set(s);
    data.callback = JsValue::undefined();
}

fn clear_timer(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(context);
    let target = args.first().cloned().unwrap_or_default();
    let obj = if let Some(obj) = target.as_object() {
        Some(obj)
    } else {
        // A number, or a numeric string, from `+timeout` / `${timeout}`.
        let id = if let Some(n) = target.as_number() {
            Some(n)
        } else if let Some(s) = target.as_string() {
            s.to_std_string_escaped().trim().parse::<f64>().ok()
        } else {
            None
        };
        id.filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64)
            .and_then(|n| host.known_timers.borrow().get(&(n as u32)).cloned())
    };
    if let Some(obj) = obj {
        destroy_timeout(&host, &obj);
    }
    Ok(JsValue::undefined())
}

fn this_timeout(this: &JsValue) -> Option<JsObject> {
    this.as_object()
        .filter(|o| o.downcast_ref::<TimeoutData>().is_some())
}

fn timeout_refresh(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = this_timeout(this) {
        let host = Host::get(context);
        let cleared = obj
            .downcast_ref::<TimeoutData>()
            .is_some_and(|d| d.state.get().idle < 0.0);
        if !cleared {
            rearm(&host, &obj, host.now_ms());
        }
    }
    Ok(this.clone())
}

fn set_timeout_ref(this: &JsValue, refed: bool, context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = this_timeout(this) {
        let host = Host::get(context);
        let changed = obj.downcast_ref::<TimeoutData>().is_some_and(|data| {
            let mut s = data.state.get();
            let changed = s.refed != refed;
            s.refed = refed;
            data.state.set(s);
            changed
        });
        if changed {
            host.timers.borrow_mut().ref_changed(&obj, refed);
        }
    }
    Ok(this.clone())
}

fn timeout_ref(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    set_timeout_ref(this, true, context)
}

fn timeout_unref(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    set_timeout_ref(this, false, context)
}

fn timeout_has_ref(this: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_timeout(this, |d| JsValue::from(d.state.get().refed))
}

fn timeout_close(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = this_timeout(this) {
        destroy_timeout(&Host::get(context), &obj);
    }
    Ok(this.clone())
}

fn timeout_to_primitive(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = this_timeout(this) else {
        return Ok(JsValue::nan());
    };
    let host = Host::get(context);
    let id = {
        let data = obj.downcast_ref::<TimeoutData>().expect("checked above");
        let mut s = data.state.get();
        if !s.has_primitive && !s.destroyed {
            s.has_primitive = true;
            data.state.set(s);
            host.known_timers.borrow_mut().insert(s.id, obj.clone());
        }
        s.id
    };
    Ok(JsValue::from(id))
}

fn set_immediate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let host = Host::get(context);
    let scheduled_at = if host.tracing() {
        caller_location(context)
    } else {
        None
    };
    let data = ImmediateData {
        callback: callback.into(),
        args: args.iter().skip(1).cloned().collect(),
        id: host.next_id(),
        refed: Cell::new(true),
        destroyed: Cell::new(false),
        scheduled_at,
    };
    let obj =
        ObjectInitializer::with_native_data_and_proto(data, host.protos.immediate.clone(), context)
            .build();
    let mut queue = host.immediates.borrow_mut();
    queue.queue.push_back(obj.clone());
    queue.refed += 1;
    Ok(obj.into())
}

/// Cancels a queued Immediate (it stays in the queue, skipped when reached).
fn cancel_immediate(host: &Host, obj: &JsObject) {
    if let Some(mut data) = obj.downcast_mut::<ImmediateData>() {
        // Node 24: a cleared immediate's `_onImmediate` is undefined.
        data.callback = JsValue::undefined();
        if !data.destroyed.get() {
            data.destroyed.set(true);
            if data.refed.get() {
                host.immediates.borrow_mut().refed -= 1;
            }
        }
    }
}

fn clear_immediate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = args.first().and_then(JsValue::as_object) {
        cancel_immediate(&Host::get(context), &obj);
    }
    Ok(JsValue::undefined())
}

fn clear_immediate_this(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    clear_immediate(&JsValue::undefined(), std::slice::from_ref(this), context)
}

fn set_immediate_ref(this: &JsValue, refed: bool, context: &mut Context) -> JsResult<JsValue> {
    if let Some(obj) = this.as_object() {
        if let Some(data) = obj.downcast_ref::<ImmediateData>() {
            if data.refed.get() != refed {
                data.refed.set(refed);
                if !data.destroyed.get() {
                    let host = Host::get(context);
                    let mut q = host.immediates.borrow_mut();
                    if refed {
                        q.refed += 1;
                    } else {
                        q.refed -= 1;
                    }
                }
            }
        }
    }
    Ok(this.clone())
}

fn immediate_ref(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    set_immediate_ref(this, true, context)
}

fn immediate_unref(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    set_immediate_ref(this, false, context)
}

fn immediate_has_ref(this: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(with_immediate(this, |d| d.refed.get())))
}

/// Takes the next immediate of this check phase, marking it run.
/// Returns None for a cleared one (the caller skips it).
pub fn take_immediate(host: &Host, obj: &JsObject) -> Option<(JsValue, ThinVec<JsValue>)> {
    let mut data = obj.downcast_mut::<ImmediateData>()?;
    if data.destroyed.get() {
        return None;
    }
    data.destroyed.set(true);
    if data.refed.get() {
        host.immediates.borrow_mut().refed -= 1;
    }
    // Node 24: once run, `_onImmediate` is undefined.
    let callback = std::mem::take(&mut data.callback);
    Some((callback, data.args.clone()))
}

fn queue_microtask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let callback = callback_arg(args, 0, context)?;
    let job = boa_engine::job::PromiseJob::new(move |context| {
        callback.call(&JsValue::undefined(), &[], context)
    });
    context.enqueue_job(job.into());
    Ok(JsValue::undefined())
}

/// The error `setTimeout` & co. throw for a non-function callback.
pub fn invalid_callback(value: &JsValue, context: &mut Context) -> JsError {
    errors::invalid_arg_type(context, "callback", "function", value)
}

//! `JSON.parse`'s reviver: the spec's InternalizeJSONProperty walk over
//! the parsed value, bottom-up, done with an explicit stack so that a
//! million-deep value revives on any thread.
//!
//! Node 24 passes a third argument, `context`: `{ source }` with the
//! value's JSON text for a primitive still as parsed, `{}` otherwise
//! (JSON.parse source text access). The parse records each value's span
//! ([`SourceNode`]); an object or array keeps its source only while the
//! holder still holds the very object parsed there.
//!
//! IsArray, EnumerableOwnPropertyNames and [[Delete]] are Boa-internal, so
//! the walk calls `Array.isArray`, `Object.keys` and
//! `Reflect.deleteProperty`, which are those operations, as taken at
//! start-up (a script replacing them changes nothing here).

use super::parser::SourceNode;
use boa_engine::object::builtins::JsArray;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue,
};
use boa_gc::{Finalize, Trace};

/// The builtins standing in for Boa's internal operations.
#[derive(Trace, Finalize)]
pub struct Operations {
    is_array: JsObject,
    keys: JsObject,
    delete: JsObject,
}

impl Operations {
    pub fn new(context: &mut Context) -> JsResult<Self> {
        let array = context.intrinsics().constructors().array().constructor();
        let object = context.intrinsics().constructors().object().constructor();
        let reflect = context.intrinsics().objects().reflect();
        let function = |holder: &JsObject, name: JsString, context: &mut Context| {
            let method = holder.get(name.clone(), context)?.as_object();
            method.ok_or_else(|| {
                let name = name.to_std_string_escaped();
                JsError::from(JsNativeError::typ().with_message(format!("no builtin {name}")))
            })
        };
        Ok(Self {
            is_array: function(&array, js_string!("isArray"), context)?,
            keys: function(&object, js_string!("keys"), context)?,
            delete: function(&reflect, js_string!("deleteProperty"), context)?,
        })
    }
}

/// The properties of one object still to revive.
enum Children {
    /// An array's indices below its length as read on entry.
    Indices { length: u64, next: u64 },
    /// An object's enumerable own keys as read on entry.
    Keys { keys: Vec<JsValue>, next: usize },
}

/// One InternalizeJSONProperty call in progress.
struct Call<'s> {
    holder: JsObject,
    name: JsString,
    value: JsValue,
    source: Option<&'s SourceNode>,
    children: Option<Children>,
}

/// `InternalizeJSONProperty({"": value}, "", reviver)`.
pub fn revive(
    value: JsValue,
    source: Option<&SourceNode>,
    reviver: &JsObject,
    ops: &Operations,
    context: &mut Context,
) -> JsResult<JsValue> {
    let root = JsObject::with_object_proto(context.intrinsics());
    root.create_data_property_or_throw(js_string!(), value, context)?;
    let mut calls = vec![enter(root, js_string!(), source, ops, context)?];
    loop {
        let Some(call) = calls.last_mut() else {
            unreachable!("the root call returns from the loop")
        };
        if let Some((name, source)) = next_child(call, context)? {
            let holder = call
                .value
                .as_object()
                .unwrap_or_else(|| call.holder.clone());
            let child = enter(holder, name, source, ops, context)?;
            calls.push(child);
            continue;
        }
        let Some(done) = calls.pop() else {
            unreachable!("a call was just looked at")
        };
        let revived = call_reviver(&done, reviver, context)?;
        let Some(parent) = calls.last() else {
            return Ok(revived);
        };
        let Some(object) = parent.value.as_object() else {
            unreachable!("only objects have children")
        };
        if revived.is_undefined() {
            ops.delete.call(
                &JsValue::undefined(),
                &[object.into(), done.name.into()],
                context,
            )?;
        } else {
            object.create_data_property(done.name, revived, context)?;
        }
    }
}

/// Reads `holder[name]` and lists its children if it is an object.
fn enter<'s>(
    holder: JsObject,
    name: JsString,
    source: Option<&'s SourceNode>,
    ops: &Operations,
    context: &mut Context,
) -> JsResult<Call<'s>> {
    let value = holder.get(name.clone(), context)?;
    let mut children = None;
    if let Some(object) = value.as_object() {
        let is_array = ops
            .is_array
            .call(&JsValue::undefined(), std::slice::from_ref(&value), context)?
            .to_boolean();
        children = Some(if is_array {
            let length = object
                .get(js_string!("length"), context)?
                .to_length(context)?;
            Children::Indices { length, next: 0 }
        } else {
            let keys =
                ops.keys
                    .call(&JsValue::undefined(), std::slice::from_ref(&value), context)?;
            let keys = match keys.as_object() {
                Some(keys) => JsArray::from_object(keys)?,
                None => JsArray::new(context)?,
            };
            let count = keys.length(context)?;
            let mut list = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
            for i in 0..count {
                list.push(keys.get(i, context)?);
            }
            Children::Keys {
                keys: list,
                next: 0,
            }
        });
    }
    // A recorded source applies only to the value parsed at this place.
    let source = source.filter(|node| match node {
        SourceNode::Primitive { value: parsed, .. } => JsValue::same_value(parsed, &value),
        SourceNode::Array { object, .. } | SourceNode::Object { object, .. } => value
            .as_object()
            .is_some_and(|o| JsObject::equals(&o, object)),
    });
    Ok(Call {
        holder,
        name,
        value,
        source,
        children,
    })
}

/// The next property of `call`'s object to revive, with its source.
fn next_child<'s>(
    call: &mut Call<'s>,
    context: &mut Context,
) -> JsResult<Option<(JsString, Option<&'s SourceNode>)>> {
    let source = call.source;
    Ok(match &mut call.children {
        None => None,
        Some(Children::Indices { length, next }) => {
            if *next >= *length {
                return Ok(None);
            }
            let index = *next;
            *next += 1;
            let item = match source {
                Some(SourceNode::Array { items, .. }) => {
                    usize::try_from(index).ok().and_then(|i| items.get(i))
                }
                _ => None,
            };
            Some((JsString::from(index.to_string().as_str()), item))
        }
        Some(Children::Keys { keys, next }) => {
            let Some(key) = keys.get(*next) else {
                return Ok(None);
            };
            *next += 1;
            let key = key.to_string(context)?;
            let member = match source {
                Some(SourceNode::Object { members, .. }) => members.get(&key),
                _ => None,
            };
            Some((key, member))
        }
    })
}

/// `Call(reviver, holder, « name, value, context »)`.
fn call_reviver(call: &Call<'_>, reviver: &JsObject, context: &mut Context) -> JsResult<JsValue> {
    let info = JsObject::with_object_proto(context.intrinsics());
    if let Some(SourceNode::Primitive { text, .. }) = call.source {
        info.create_data_property_or_throw(js_string!("source"), text.clone(), context)?;
    }
    reviver.call(
        &call.holder.clone().into(),
        &[call.name.clone().into(), call.value.clone(), info.into()],
        context,
    )
}

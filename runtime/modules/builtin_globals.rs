//! Node's `-e`/`-p` (and REPL) convenience: every public builtin module is a
//! global (`fs`, `vm`, `path`...), required on first touch; assigning the
//! name replaces it with the value given, as a plain global.

use crate::stdlib;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{Context, JsResult, JsString, JsValue, NativeFunction};

/// Defines the lazy builtin globals a name not already taken.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    let names: Vec<String> = stdlib::public_names()
        .filter(|n| !n.contains('/') && !n.contains(':') && !n.starts_with('_'))
        .map(|n| n.into_owned())
        .collect();
    for name in names {
        let key = JsString::from(name.as_str());
        if global.has_own_property(key.clone(), context)? {
            continue;
        }
        let get = NativeFunction::from_copy_closure_with_captures(
            |_, _, name: &JsString, context| {
                // `require` keeps each builtin once: the getter can stay.
                stdlib::require(context, &name.to_std_string_lossy())
            },
            key.clone(),
        );
        let set = NativeFunction::from_copy_closure_with_captures(
            |_, args, name: &JsString, context| {
                replace(name, args.first().cloned().unwrap_or_default(), context)?;
                Ok(JsValue::undefined())
            },
            key.clone(),
        );
        let get = FunctionObjectBuilder::new(context.realm(), get).build();
        let set = FunctionObjectBuilder::new(context.realm(), set).build();
        global.define_property_or_throw(
            key,
            PropertyDescriptor::builder()
                .get(get)
                .set(set)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
    Ok(())
}

/// Turns the lazy global `name` into the plain property an assignment makes.
fn replace(name: &JsString, value: JsValue, context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    global.define_property_or_throw(
        name.clone(),
        PropertyDescriptor::builder()
            .value(value)
            .writable(true)
            .enumerable(true)
            .configurable(true),
        context,
    )?;
    Ok(())
}

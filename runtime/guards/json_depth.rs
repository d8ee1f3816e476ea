//! A depth bound on `JSON.stringify`, checked before Boa serializes.
//!
//! Boa's `JSON.stringify` recurses natively and checks for cycles with a
//! linear scan of the open objects at every level: a 100,000-deep object
//! ran for minutes (5,000 levels: 1.7 s), and deeper it would overflow the
//! stack. Node throws `RangeError: Maximum call stack size exceeded` (at
//! 4,457 levels on its stack). sous measures the nesting of the value's
//! arrays and plain objects first, through their own data properties only
//! (no getter, `toJSON` or proxy trap runs, so the walk is invisible), and
//! throws the same RangeError past [`MAX_DEPTH`].
//!
//! Not covered: depth that only appears while serializing (getters or
//! `toJSON` returning fresh objects); such levels each run JavaScript, and
//! Boa's recursion limit counts those frames.

use crate::guards::stack_guard;
use crate::natives::wrap_method;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use std::collections::{HashMap, HashSet};

/// Node's own depth is 4,457; Boa takes about 1 s at this depth.
const MAX_DEPTH: usize = 4096;

pub fn install(context: &mut Context) -> JsResult<()> {
    let json = context.intrinsics().objects().json();
    wrap_method(context, &json, "stringify", stringify)
}

fn stringify(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    context: &mut Context,
) -> JsResult<JsValue> {
    if let Some(root) = args.first().and_then(JsValue::as_object) {
        let limit = stack_guard::recursion_limit(MAX_DEPTH);
        if deeper_than(&root, limit, context)? {
            return Err(stack_guard::exceeded());
        }
    }
    original.call(this, args, context)
}

/// Whether arrays and plain objects nest below `root` more than `limit`
/// levels, following own data properties. An object shared by several
/// paths is walked again when reached deeper (serializing repeats it
/// there), so sharing cannot hide depth; an object met again on its own
/// path is a cycle, left for Boa's TypeError.
fn deeper_than(root: &JsObject, limit: usize, context: &mut Context) -> JsResult<bool> {
    enum Step {
        Enter(JsObject, usize),
        Leave(JsObject),
    }
    let mut deepest: HashMap<JsObject, usize> = HashMap::new();
    let mut path: HashSet<JsObject> = HashSet::new();
    let mut steps = vec![Step::Enter(root.clone(), 1)];
    while let Some(step) = steps.pop() {
        let (object, depth) = match step {
            Step::Leave(object) => {
                path.remove(&object);
                continue;
            }
            Step::Enter(object, depth) => (object, depth),
        };
        if !(object.is_ordinary() || object.is_array()) || path.contains(&object) {
            continue;
        }
        if depth > limit {
            return Ok(true);
        }
        if deepest.get(&object).is_some_and(|&seen| seen >= depth) {
            continue;
        }
        deepest.insert(object.clone(), depth);
        path.insert(object.clone());
        steps.push(Step::Leave(object.clone()));
        // Own keys of an ordinary object or an array run no JavaScript.
        for key in object.own_property_keys(context)? {
            let value = object
                .borrow()
                .properties()
                .get(&key)
                .and_then(|d| d.value().cloned());
            if let Some(child) = value.as_ref().and_then(JsValue::as_object) {
                steps.push(Step::Enter(child, depth + 1));
            }
        }
    }
    Ok(false)
}

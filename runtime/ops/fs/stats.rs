//! Node's `Stats` and `BigIntStats` objects, built by the natives from
//! what a stat found (fs.js registers the prototypes). Plain data until it
//! reaches the main thread.

use boa_engine::{js_string, Context, JsBigInt, JsObject, JsResult, JsValue};
use std::os::unix::fs::MetadataExt;

/// What a stat found, made into a `Stats` (or `BigIntStats`) object on the
/// main thread: the object is built here rather than in JavaScript, where
/// fourteen assignments cost more than the system call.
pub struct StatFields {
    /// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks.
    numbers: [u64; 10],
    /// atime, mtime, ctime, birthtime: seconds and nanoseconds.
    times: [(i64, i64); 4],
    bigint: bool,
}

const NAMES: [&str; 10] = [
    "dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks",
];
const TIMES: [(&str, &str); 4] = [
    ("atimeMs", "atimeNs"),
    ("mtimeMs", "mtimeNs"),
    ("ctimeMs", "ctimeNs"),
    ("birthtimeMs", "birthtimeNs"),
];

/// `Stats.prototype` and `BigIntStats.prototype`, registered by
/// internal/fs/utils.js when it loads.
struct StatsProtos(JsObject, JsObject);

/// `setStatsPrototypes(Stats.prototype, BigIntStats.prototype)`.
pub(super) fn set_stats_prototypes(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let proto = |i: usize| args.get(i).and_then(JsValue::as_object);
    if let (Some(number), Some(bigint)) = (proto(0), proto(1)) {
        context.insert_data(StatsProtos(number, bigint));
    }
    Ok(JsValue::undefined())
}

impl StatFields {
    pub(super) fn of(m: &std::fs::Metadata, bigint: bool) -> StatFields {
        let birth = m
            .created()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or((0, 0), |d| {
                (d.as_secs() as i64, i64::from(d.subsec_nanos()))
            });
        StatFields {
            numbers: [
                m.dev(),
                u64::from(m.mode()),
                m.nlink(),
                u64::from(m.uid()),
                u64::from(m.gid()),
                m.rdev(),
                m.blksize(),
                m.ino(),
                m.size(),
                m.blocks(),
            ],
            times: [
                (m.atime(), m.atime_nsec()),
                (m.mtime(), m.mtime_nsec()),
                (m.ctime(), m.ctime_nsec()),
                birth,
            ],
            bigint,
        }
    }

    /// The `Stats` object (main thread), with Node's own properties in its order.
    pub(super) fn into_js(self, context: &mut Context) -> JsResult<JsValue> {
        let proto = context.get_data::<StatsProtos>().map(|p| {
            if self.bigint {
                p.1.clone()
            } else {
                p.0.clone()
            }
        });
        let stats = JsObject::with_object_proto(context.intrinsics());
        stats.set_prototype(proto);
        for (name, n) in NAMES.iter().zip(self.numbers) {
            let value = if self.bigint {
                JsBigInt::from(n).into()
            } else {
                JsValue::from(n as f64)
            };
            stats.create_data_property_or_throw(js_string!(*name), value, context)?;
        }
        for ((ms, _), (s, ns)) in TIMES.iter().zip(self.times) {
            let value = if self.bigint {
                JsBigInt::from((s * 1_000_000_000 + ns).div_euclid(1_000_000)).into()
            } else {
                JsValue::from(s as f64 * 1e3 + ns as f64 / 1e6)
            };
            stats.create_data_property_or_throw(js_string!(*ms), value, context)?;
        }
        if self.bigint {
            for ((_, ns_name), (s, ns)) in TIMES.iter().zip(self.times) {
                let value = JsBigInt::from(i128::from(s) * 1_000_000_000 + i128::from(ns));
                stats.create_data_property_or_throw(js_string!(*ns_name), value, context)?;
            }
        }
        Ok(stats.into())
    }
}

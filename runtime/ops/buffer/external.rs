//! Byte blocks held outside Boa's heap, and when to collect because of them.
//!
//! An `ArrayBuffer`'s bytes are a plain allocation the collector does not weigh: it runs when
//! its own heap has grown, so a script that reads sixteen 64 MiB files one after the other, and
//! drops each, keeps all sixteen until then (1 GiB where Node peaks at 300 MiB). sous notes the
//! large blocks it hands to scripts and collects once enough have been handed out since the last
//! collection: the garbage among them is freed, the cost of a collection is spread over at
//! least that many bytes.

use std::cell::Cell;

/// Bytes handed out between collections. V8 starts at 64 MiB and grows its limit with the
/// live heap; one fixed step keeps peaks near Node's (a collection of a small heap costs about
/// a millisecond, against the ~30 ms it takes to fill this many bytes).
const COLLECT_AFTER: usize = 128 << 20;

/// Blocks below this are left to the collector's own pace (they are many and cheap).
pub const NOTE_FROM: usize = 1 << 20;

thread_local! {
    static SINCE_COLLECTION: Cell<usize> = const { Cell::new(0) };
}

/// Counts `bytes` just handed to a script; collects when the count reaches the step.
pub fn note_external(bytes: usize) {
    if bytes < NOTE_FROM {
        return;
    }
    let total = SINCE_COLLECTION.with(|since| {
        let total = since.get().saturating_add(bytes);
        since.set(if total >= COLLECT_AFTER { 0 } else { total });
        total
    });
    if total >= COLLECT_AFTER {
        boa_gc::force_collect();
    }
}

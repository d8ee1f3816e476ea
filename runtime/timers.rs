//! The timer heap: Node's timers without Node's linked lists.
//!
//! Every armed timer has one live entry in a binary heap ordered by
//! `(expiry, sequence)`: timers due at the same millisecond fire in the order
//! they were armed, as Node's per-duration lists do. Disarming is lazy: the
//! slot is removed and the heap entry is skipped when it surfaces, so
//! `clearTimeout` is O(1) and 200k pending timers cost three words each in
//! the heap plus one slot.
//!
//! This module knows nothing about JavaScript: a slot carries an opaque
//! payload (`T`, the `Timeout` object in the runtime) so it can be unit tested.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// Timer ids are small sequential integers: a multiplicative hash spreads
/// them well at a fraction of SipHash's cost (the slot map is on the hot path).
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type IdMap<V> = HashMap<TimerId, V, BuildHasherDefault<IdHasher>>;

/// A timer's identity, also the number `+timeout` gives in JavaScript.
pub type TimerId = u32;

/// One armed timer.
struct Slot<T> {
    payload: T,
    expiry: u64,
    seq: u64,
    refed: bool,
}

/// The armed timers of one event loop.
pub struct TimerHeap<T> {
    heap: BinaryHeap<Reverse<(u64, u64, TimerId)>>,
    slots: IdMap<Slot<T>>,
    next_seq: u64,
    refed: usize,
}

impl<T> Default for TimerHeap<T> {
    fn default() -> Self {
        Self {
            heap: BinaryHeap::new(),
            slots: IdMap::default(),
            next_seq: 0,
            refed: 0,
        }
    }
}

impl<T> TimerHeap<T> {
    /// Arms (or re-arms) timer `id` to expire at `expiry` (ms on the loop clock).
    /// Re-arming moves it behind every timer already due at that expiry.
    pub fn arm(&mut self, id: TimerId, expiry: u64, refed: bool, payload: T) {
        self.disarm(id);
        let seq = self.next_seq;
        self.next_seq += 1;
        self.heap.push(Reverse((expiry, seq, id)));
        if refed {
            self.refed += 1;
        }
        self.slots.insert(
            id,
            Slot {
                payload,
                expiry,
                seq,
                refed,
            },
        );
    }

    /// Disarms timer `id`; returns its payload if it was armed.
    pub fn disarm(&mut self, id: TimerId) -> Option<T> {
        let slot = self.slots.remove(&id)?;
        if slot.refed {
            self.refed -= 1;
        }
        if self.slots.is_empty() {
            // Nothing live remains: drop the stale heap entries in one go.
            self.heap.clear();
        }
        Some(slot.payload)
    }

    /// Whether timer `id` is armed.
    pub fn is_armed(&self, id: TimerId) -> bool {
        self.slots.contains_key(&id)
    }

    /// Changes whether an armed timer keeps the loop alive.
    pub fn set_ref(&mut self, id: TimerId, refed: bool) {
        if let Some(slot) = self.slots.get_mut(&id) {
            if slot.refed != refed {
                slot.refed = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    /// Number of armed timers that keep the loop alive.
    pub fn refed_count(&self) -> usize {
        self.refed
    }

    /// Number of armed timers.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether no timer is armed.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The earliest expiry among armed timers.
    pub fn next_expiry(&mut self) -> Option<u64> {
        self.skip_stale();
        self.heap.peek().map(|Reverse((expiry, _, _))| *expiry)
    }

    /// Removes and returns the first timer due at or before `now`.
    pub fn pop_due(&mut self, now: u64) -> Option<(TimerId, T)> {
        self.skip_stale();
        let Reverse((expiry, _, id)) = *self.heap.peek()?;
        if expiry > now {
            return None;
        }
        self.heap.pop();
        self.disarm(id).map(|payload| (id, payload))
    }

    /// Visits every armed timer: (id, expiry, refed, payload), in no order.
    pub fn for_each(&self, mut f: impl FnMut(TimerId, u64, bool, &T)) {
        for (id, slot) in &self.slots {
            f(*id, slot.expiry, slot.refed, &slot.payload);
        }
    }

    /// Pops heap entries whose slot was disarmed or re-armed since.
    fn skip_stale(&mut self) {
        while let Some(Reverse((_, seq, id))) = self.heap.peek() {
            match self.slots.get(id) {
                Some(slot) if slot.seq == *seq => return,
                _ => {
                    self.heap.pop();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_expiry_fires_in_arming_order() {
        let mut h = TimerHeap::default();
        h.arm(3, 10, true, "c");
        h.arm(1, 10, true, "a");
        h.arm(2, 5, true, "b");
        assert_eq!(h.pop_due(10), Some((2, "b")));
        assert_eq!(h.pop_due(10), Some((3, "c")));
        assert_eq!(h.pop_due(10), Some((1, "a")));
        assert_eq!(h.pop_due(10), None);
    }

    #[test]
    fn not_due_stays() {
        let mut h = TimerHeap::default();
        h.arm(1, 10, true, ());
        assert_eq!(h.pop_due(9), None);
        assert_eq!(h.next_expiry(), Some(10));
        assert!(h.pop_due(10).is_some());
    }

    #[test]
    fn disarm_and_rearm_skip_stale_entries() {
        let mut h = TimerHeap::default();
        h.arm(1, 5, true, "first");
        h.arm(2, 6, false, "other");
        h.arm(1, 20, true, "rearmed");
        assert_eq!(h.next_expiry(), Some(6));
        assert_eq!(h.disarm(2), Some("other"));
        assert_eq!(h.next_expiry(), Some(20));
        assert_eq!(h.pop_due(100), Some((1, "rearmed")));
        assert!(h.is_empty());
    }

    #[test]
    fn ref_counting() {
        let mut h = TimerHeap::default();
        h.arm(1, 5, true, ());
        h.arm(2, 5, false, ());
        assert_eq!(h.refed_count(), 1);
        h.set_ref(2, true);
        h.set_ref(2, true);
        assert_eq!(h.refed_count(), 2);
        h.set_ref(1, false);
        assert_eq!(h.refed_count(), 1);
        h.disarm(2);
        assert_eq!(h.refed_count(), 0);
        h.set_ref(2, true); // not armed: no effect
        assert_eq!(h.refed_count(), 0);
    }
}

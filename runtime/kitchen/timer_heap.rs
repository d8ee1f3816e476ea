//! The timer heap: Node's timers without Node's linked lists.
//!
//! Armed timers live in a binary heap ordered by `(expiry, sequence)`:
//! timers due at the same millisecond fire in the order they were armed, as
//! Node's per-duration lists do. There is no side table: each entry holds
//! its payload (the `Timeout` object), and the payload remembers the
//! sequence number it was last armed with. Disarming only clears that
//! number, so `clearTimeout` is O(1); the entry becomes stale and is dropped
//! when it surfaces, or when stale entries outnumber live ones (so cleared
//! timers are not kept alive for long). 200k pending timers cost one
//! 32-byte heap entry each beside the objects themselves.
//!
//! This module knows nothing about JavaScript; the unit tests use a plain
//! payload.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A timer's identity, also the number `+timeout` gives in JavaScript.
pub type TimerId = u32;

/// What the heap needs to know about a payload.
pub trait Armed {
    /// The sequence number it was armed with; 0 when not armed.
    fn armed_seq(&self) -> u64;
    fn set_armed_seq(&self, seq: u64);
    /// Whether it keeps the loop alive.
    fn refed(&self) -> bool;
    /// The timer's id.
    fn id(&self) -> TimerId;
}

/// 24 bytes: the id lives in the payload.
struct Entry<T> {
    expiry: u64,
    seq: u64,
    payload: T,
}

impl<T> PartialEq for Entry<T> {
    fn eq(&self, other: &Self) -> bool {
        (self.expiry, self.seq) == (other.expiry, other.seq)
    }
}
impl<T> Eq for Entry<T> {}
impl<T> PartialOrd for Entry<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Entry<T> {
    /// Reversed: `BinaryHeap` is a max-heap, the earliest must come first.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.expiry, other.seq).cmp(&(self.expiry, self.seq))
    }
}

/// The armed timers of one event loop.
pub struct TimerHeap<T> {
    heap: BinaryHeap<Entry<T>>,
    next_seq: u64,
    live: usize,
    refed: usize,
}

impl<T> Default for TimerHeap<T> {
    fn default() -> Self {
        Self {
            heap: BinaryHeap::new(),
            next_seq: 1,
            live: 0,
            refed: 0,
        }
    }
}

impl<T: Armed> TimerHeap<T> {
    /// Arms (or re-arms) `payload` to expire at `expiry` (ms on the loop
    /// clock). Re-arming moves it behind every timer already due then.
    pub fn arm(&mut self, expiry: u64, payload: T) {
        self.disarm(&payload);
        let seq = self.next_seq;
        self.next_seq += 1;
        payload.set_armed_seq(seq);
        self.live += 1;
        if payload.refed() {
            self.refed += 1;
        }
        self.heap.push(Entry {
            expiry,
            seq,
            payload,
        });
    }

    /// Disarms `payload` if it is armed; true if it was.
    pub fn disarm(&mut self, payload: &T) -> bool {
        if payload.armed_seq() == 0 {
            return false;
        }
        payload.set_armed_seq(0);
        self.forget(payload.refed());
        // Bound the stale entries (and the cleared objects they hold).
        if self.heap.len() > 64 && self.heap.len() > 2 * self.live {
            self.heap.retain(|e| e.payload.armed_seq() == e.seq);
        }
        true
    }

    /// Call after flipping an armed payload's ref'd state to `refed`.
    pub fn ref_changed(&mut self, payload: &T, refed: bool) {
        if payload.armed_seq() != 0 {
            if refed {
                self.refed += 1;
            } else {
                self.refed -= 1;
            }
        }
    }

    fn forget(&mut self, refed: bool) {
        self.live -= 1;
        if refed {
            self.refed -= 1;
        }
    }

    /// Number of armed timers that keep the loop alive.
    pub fn refed_count(&self) -> usize {
        self.refed
    }

    /// Number of armed timers.
    pub fn len(&self) -> usize {
        self.live
    }

    /// The earliest expiry among armed timers.
    pub fn next_expiry(&mut self) -> Option<u64> {
        self.skip_stale();
        self.heap.peek().map(|e| e.expiry)
    }

    /// Removes and returns the first timer due at or before `now` (it is
    /// no longer armed).
    pub fn pop_due(&mut self, now: u64) -> Option<(TimerId, T)> {
        self.skip_stale();
        if self.heap.peek()?.expiry > now {
            return None;
        }
        let entry = self.heap.pop()?;
        entry.payload.set_armed_seq(0);
        self.forget(entry.payload.refed());
        Some((entry.payload.id(), entry.payload))
    }

    /// Visits every armed timer: (id, expiry, refed, payload), in no order.
    pub fn for_each(&self, mut f: impl FnMut(TimerId, u64, bool, &T)) {
        for e in self.heap.iter().filter(|e| e.payload.armed_seq() == e.seq) {
            f(e.payload.id(), e.expiry, e.payload.refed(), &e.payload);
        }
    }

    /// Pops entries whose payload was disarmed or re-armed since.
    fn skip_stale(&mut self) {
        while let Some(e) = self.heap.peek() {
            if e.payload.armed_seq() == e.seq {
                return;
            }
            self.heap.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::rc::Rc;

    #[derive(Clone)]
    struct T(Rc<(Cell<u64>, Cell<bool>, &'static str)>);

    impl T {
        fn id_of(&self) -> TimerId {
            self.0 .2.len() as TimerId
        }
    }

    impl T {
        fn new(name: &'static str, refed: bool) -> Self {
            T(Rc::new((Cell::new(0), Cell::new(refed), name)))
        }
    }

    impl Armed for T {
        fn armed_seq(&self) -> u64 {
            self.0 .0.get()
        }
        fn set_armed_seq(&self, seq: u64) {
            self.0 .0.set(seq)
        }
        fn refed(&self) -> bool {
            self.0 .1.get()
        }
        fn id(&self) -> TimerId {
            self.id_of()
        }
    }

    fn name(popped: Option<(TimerId, T)>) -> Option<&'static str> {
        popped.map(|(_, t)| t.0 .2)
    }

    #[test]
    fn equal_expiry_fires_in_arming_order() {
        let mut h = TimerHeap::default();
        h.arm(10, T::new("c", true));
        h.arm(10, T::new("a", true));
        h.arm(5, T::new("b", true));
        assert_eq!(name(h.pop_due(10)), Some("b"));
        assert_eq!(name(h.pop_due(10)), Some("c"));
        assert_eq!(name(h.pop_due(10)), Some("a"));
        assert_eq!(name(h.pop_due(10)), None);
        assert_eq!(h.len(), 0);
    }

    #[test]
    fn not_due_stays() {
        let mut h = TimerHeap::default();
        h.arm(10, T::new("a", true));
        assert_eq!(name(h.pop_due(9)), None);
        assert_eq!(h.next_expiry(), Some(10));
        assert_eq!(name(h.pop_due(10)), Some("a"));
    }

    #[test]
    fn disarm_and_rearm_skip_stale_entries() {
        let mut h = TimerHeap::default();
        let first = T::new("first", true);
        let other = T::new("other", false);
        h.arm(5, first.clone());
        h.arm(6, other.clone());
        h.arm(20, first.clone());
        assert_eq!(h.len(), 2);
        assert_eq!(h.next_expiry(), Some(6));
        assert!(h.disarm(&other));
        assert!(!h.disarm(&other));
        assert_eq!(h.next_expiry(), Some(20));
        assert_eq!(name(h.pop_due(100)), Some("first"));
        assert_eq!(h.len(), 0);
        assert_eq!(first.armed_seq(), 0);
    }

    #[test]
    fn ref_counting() {
        let mut h = TimerHeap::default();
        let a = T::new("a", true);
        let b = T::new("b", false);
        h.arm(5, a.clone());
        h.arm(5, b.clone());
        assert_eq!(h.refed_count(), 1);
        b.0 .1.set(true);
        h.ref_changed(&b, true);
        assert_eq!(h.refed_count(), 2);
        a.0 .1.set(false);
        h.ref_changed(&a, false);
        assert_eq!(h.refed_count(), 1);
        h.disarm(&b);
        assert_eq!(h.refed_count(), 0);
        h.ref_changed(&b, true); // not armed: no effect
        assert_eq!(h.refed_count(), 0);
    }

    #[test]
    fn many_cleared_timers_are_compacted() {
        let mut h = TimerHeap::default();
        let all: Vec<T> = (0..1000).map(|_| T::new("x", true)).collect();
        for t in &all {
            h.arm(1000, t.clone());
        }
        for t in &all[..990] {
            h.disarm(t);
        }
        assert!(h.heap.len() <= 2 * h.len() + 64);
        assert_eq!(h.len(), 10);
    }
}

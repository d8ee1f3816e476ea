//! The native stack JavaScript runs on: how deep recursion may go, and a
//! thread with room for it.

/// Node's depth for a plain recursive function is about 10,800 frames.
pub const RECURSION_LIMIT: usize = 10_800;

/// The native stack [`on_large_stack`] gives JavaScript: enough for
/// `RECURSION_LIMIT` frames even when each re-enters through a native
/// (`[1].map(f)`). Only the pages touched are ever committed.
pub const LARGE_STACK: usize = 1 << 30;

/// Runs `f` on a thread with a [`LARGE_STACK`]-sized stack and returns its
/// result. If the OS refuses such a thread (a low `ulimit -v`, no threads
/// left), `f` runs on the calling thread: the runtime then bounds recursion
/// and nesting by the stack it finds there (see the crate docs).
pub fn on_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    use std::sync::{Arc, Mutex};
    let slot = Arc::new(Mutex::new(Some(f)));
    let theirs = slot.clone();
    let spawned = std::thread::Builder::new()
        .name("sous-main".into())
        .stack_size(LARGE_STACK)
        .spawn(move || {
            let f = theirs.lock().unwrap_or_else(|e| e.into_inner()).take();
            f.map(|f| f())
        });
    let ran = match spawned {
        Ok(thread) => thread
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e)),
        Err(_) => None,
    };
    match ran {
        Some(value) => value,
        None => {
            let f = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
            // The closure is taken exactly once: by the thread, or here.
            f.map(|f| f())
                .unwrap_or_else(|| unreachable!("ran on neither thread"))
        }
    }
}

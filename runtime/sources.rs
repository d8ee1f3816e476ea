//! The text of every file the runtime ran, kept for error reports and the
//! loop tracer, with how it ran: inside the CommonJS wrapper (whose head
//! shifts line 1) or as an ES module (reported as a `file://` URL).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

#[derive(Default)]
pub struct Sources {
    texts: RefCell<HashMap<String, Rc<str>>>,
    /// Files run inside the CommonJS wrapper, with the wrapper head's length.
    wrapped: RefCell<HashMap<String, usize>>,
    esm: RefCell<HashSet<String>>,
}

impl Sources {
    /// Keeps the text of `path`, run as a script or a module.
    pub fn record(&self, path: &str, text: &str) {
        self.texts
            .borrow_mut()
            .insert(path.to_string(), Rc::from(text));
    }

    /// `path` runs inside a wrapper whose head (on line 1) is `head_len` columns long.
    pub fn record_wrapped(&self, path: &str, text: &str, head_len: usize) {
        self.record(path, text);
        self.wrapped.borrow_mut().insert(path.to_string(), head_len);
    }

    /// `path` runs as an ES module.
    pub fn record_esm(&self, path: &str, text: &str) {
        self.record(path, text);
        self.esm.borrow_mut().insert(path.to_string());
    }

    /// The text of `path`, if the runtime ran it.
    pub fn text(&self, path: &str) -> Option<Rc<str>> {
        self.texts.borrow().get(path).cloned()
    }

    /// How many columns the CommonJS wrapper adds to line 1 of `path`.
    pub fn line_one_offset(&self, path: &str) -> usize {
        self.wrapped.borrow().get(path).copied().unwrap_or(0)
    }

    /// `path` as Node names it in reports: ES modules by their `file://` URL.
    pub fn display_path(&self, path: &str) -> String {
        if self.esm.borrow().contains(path) {
            format!("file://{path}")
        } else {
            path.to_string()
        }
    }
}

//! A JavaScript exception as the host sees it: Rust data.

use serde_json::Value;

/// A JavaScript exception that reached the host: as Rust data.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    /// The error's `name` (`TypeError`, ...); empty for a thrown non-Error.
    pub name: String,
    /// The error's `message`, or the thrown value as `util.inspect` shows it.
    pub message: String,
    /// The error's `stack` (with its `Name: message` header), if any.
    pub stack: Option<String>,
    /// The thrown value as JSON (an Error's own enumerable properties, such
    /// as `code`, are here).
    pub value: Value,
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.name.is_empty() {
            write!(f, "Uncaught {}", self.message)
        } else {
            write!(f, "{}: {}", self.name, self.message)
        }
    }
}

impl std::error::Error for Exception {}

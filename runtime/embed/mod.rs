//! The embedding API (`Runtime`, `RuntimeBuilder`, `HostModule`, ...) and
//! what only this layer may do: wire every room together and decide how the
//! process ends. `lib.rs` re-exports the public part.

pub mod bindings;
pub mod builder;
pub mod driving;
pub mod exception;
pub mod hooks;
pub mod host_module;
pub mod lifecycle;
pub mod rejections;
pub mod runtime;
pub mod stack;
#[cfg(test)]
mod trace_tests;

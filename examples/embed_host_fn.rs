//! Extending sous from Rust: a synchronous host function, an async host
//! operation on the worker pool (a key-value lookup), and one the host
//! completes itself from another thread.
//!
//!     cargo run --release --example embed_host_fn

use sous::{HostError, HostModule, Runtime, Sink, Value};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

fn main() {
    let code = sous::on_large_stack(|| {
        let store: Arc<HashMap<String, String>> = Arc::new(
            [("apple", "red"), ("banana", "yellow")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        );
        let out = Sink::capture();
        let mut runtime = Runtime::builder()
            .stdout(out.clone())
            .build()
            .expect("start sous");

        runtime.register_global_fn("shout", |args| {
            let text = args.first().and_then(Value::as_str).ok_or_else(|| {
                HostError::new("shout() needs a string").with_code("ERR_INVALID_ARG_TYPE")
            })?;
            Ok(Value::from(text.to_uppercase()))
        });

        let kv = store.clone();
        runtime.register_module(
            "kv",
            HostModule::new()
                .pool_function("get", move |args| {
                    // Runs on a worker thread: blocking here is fine.
                    std::thread::sleep(Duration::from_millis(5));
                    let key = args.first().and_then(Value::as_str).unwrap_or_default();
                    kv.get(key).map(|v| Value::from(v.as_str())).ok_or_else(|| {
                        HostError::new(format!("no key '{key}'")).with_code("ENOKEY")
                    })
                })
                .deferred_function("later", |args, done| {
                    std::thread::spawn(move || {
                        std::thread::sleep(Duration::from_millis(10));
                        done.resolve(args.first().cloned().unwrap_or(Value::Null));
                    });
                }),
        );

        runtime
            .eval(
                r#"
                const kv = require('host:kv');
                console.log(shout('hello from js'));
                try { shout(42); } catch (e) { console.log('caught', e.code, e.message); }
                (async () => {
                  console.log('apple is', await kv.get('apple'));
                  const [a, b] = await Promise.all([kv.get('banana'), kv.later('done later')]);
                  console.log(a, '/', b);
                  await kv.get('cherry');
                })().catch((e) => console.log('rejected:', e.code, e.message));
                "#,
            )
            .expect("valid script");
        let code = runtime.run_event_loop();
        print!("{}", out.text());
        code
    });
    std::process::exit(code);
}

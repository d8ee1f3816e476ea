//! The embedding API, end to end: what a Rust host can do with sous.

use sous::{HostError, HostModule, Poll, Runtime, Sink, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn runtime_with_output() -> (Runtime, Sink, Sink) {
    let (out, err) = (Sink::capture(), Sink::capture());
    let rt = Runtime::builder()
        .stdout(out.clone())
        .stderr(err.clone())
        .build()
        .expect("runtime");
    (rt, out, err)
}

#[test]
fn output_is_captured_in_order_and_exit_code_returned() {
    let (mut rt, out, err) = runtime_with_output();
    rt.eval("console.log('a'); setTimeout(() => { console.error('b'); process.exitCode = 2 }, 5); console.log('c')")
        .unwrap();
    assert_eq!(rt.run_event_loop(), 2);
    assert_eq!(out.text(), "a\nc\n");
    assert_eq!(err.text(), "b\n");
}

#[test]
fn uncaught_error_in_a_callback_is_reported_to_the_stderr_sink() {
    let (mut rt, _out, err) = runtime_with_output();
    rt.eval("setTimeout(() => { throw new RangeError('late') }, 1)")
        .unwrap();
    assert_eq!(rt.run_event_loop(), 1);
    assert!(err.text().contains("RangeError: late"), "{}", err.text());
}

#[test]
fn js_exceptions_reach_the_host_as_data() {
    let (mut rt, _, _) = runtime_with_output();
    let e = rt
        .eval_json("const e = new TypeError('bad input'); e.code = 'E_BAD'; throw e")
        .unwrap_err();
    assert_eq!(e.name, "TypeError");
    assert_eq!(e.message, "bad input");
    assert_eq!(e.value["code"], "E_BAD");
    assert!(e.stack.unwrap().starts_with("TypeError: bad input"));
    let e = rt.eval_json("throw 42").unwrap_err();
    assert_eq!((e.name.as_str(), e.value.clone()), ("", Value::from(42)));
    let syntax = rt.eval("let = = 1").unwrap_err();
    assert_eq!(syntax.name, "SyntaxError");
}

#[test]
fn host_errors_become_js_exceptions_with_code() {
    let (mut rt, _, _) = runtime_with_output();
    rt.register_global_fn("fail", |_| {
        Err(HostError::new("host said no").with_code("ENOPE"))
    });
    let v = rt
        .eval_json("try { fail() } catch (e) { [e instanceof Error, e.message, e.code] }")
        .unwrap();
    assert_eq!(v, serde_json::json!([true, "host said no", "ENOPE"]));
}

#[test]
fn values_convert_both_ways() {
    let (mut rt, _, _) = runtime_with_output();
    rt.register_global_fn("echo", |args| Ok(Value::Array(args.to_vec())));
    let v = rt
        .eval_json("echo(1, 'two', [3], { four: 4 }, null, true)")
        .unwrap();
    assert_eq!(
        v,
        serde_json::json!([1, "two", [3], { "four": 4 }, null, true])
    );
}

#[test]
fn pool_ops_settle_promises_and_failures_reject() {
    let (mut rt, out, _) = runtime_with_output();
    rt.register_module(
        "kv",
        HostModule::new().pool_function("get", |args| match args[0].as_str() {
            Some("a") => Ok(Value::from(1)),
            _ => Err(HostError::new("missing").with_code("ENOKEY")),
        }),
    );
    rt.eval(
        "const kv = require('host:kv');
         kv.get('a').then((v) => console.log('a', v));
         kv.get('z').catch((e) => console.log('z', e.code, e.message));",
    )
    .unwrap();
    assert_eq!(rt.run_event_loop(), 0);
    let text = out.text();
    assert!(
        text.contains("a 1\n") && text.contains("z ENOKEY missing\n"),
        "{text}"
    );
}

#[test]
fn many_concurrent_ops_complete_out_of_order() {
    let (mut rt, _, _) = runtime_with_output();
    let running = Arc::new(AtomicUsize::new(0));
    let seen = running.clone();
    rt.register_module(
        "slow",
        HostModule::new().pool_function("echo", move |args| {
            seen.fetch_add(1, Ordering::SeqCst);
            let n = args[0].as_u64().unwrap_or(0);
            // Later requests finish first.
            std::thread::sleep(Duration::from_millis(40 - n % 40));
            Ok(Value::from(n))
        }),
    );
    rt.eval(
        "const { echo } = require('host:slow');
         globalThis.order = [];
         Promise.all(Array.from({ length: 40 }, (_, i) => echo(i).then((v) => { order.push(v); return v; })))
           .then((all) => { globalThis.all = all; });",
    )
    .unwrap();
    assert_eq!(rt.run_event_loop(), 0);
    let all = rt.get_global("all").unwrap();
    assert_eq!(all, Value::Array((0..40).map(Value::from).collect()));
    let order = rt.get_global("order").unwrap();
    assert_ne!(order, all, "completions arrived in submission order");
    assert_eq!(running.load(Ordering::SeqCst), 40);
}

#[test]
fn deferred_ops_complete_from_another_thread_and_keep_the_loop_alive() {
    let (mut rt, out, _) = runtime_with_output();
    rt.register_module(
        "later",
        HostModule::new().deferred_function("value", |args, done| {
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(30));
                if args[0] == "bad" {
                    done.reject(HostError::new("rejected by host"));
                } else {
                    done.resolve(args[0].clone());
                }
            });
        }),
    );
    rt.eval(
        "const later = require('host:later');
         later.value('ok').then((v) => console.log('got', v));
         later.value('bad').catch((e) => console.log('err', e.message));",
    )
    .unwrap();
    assert_eq!(rt.run_event_loop(), 0);
    let text = out.text();
    assert!(
        text.contains("got ok\n") && text.contains("err rejected by host\n"),
        "{text}"
    );
}

#[test]
fn poll_steps_and_run_until_returns_at_the_deadline() {
    let (mut rt, out, _) = runtime_with_output();
    rt.eval("setTimeout(() => console.log('one'), 1); setTimeout(() => console.log('two'), 30)")
        .unwrap();
    let mut polls = 0;
    while rt.poll() == Poll::Pending {
        polls += 1;
    }
    assert!(polls >= 1);
    assert_eq!(out.text(), "one\ntwo\n");
    assert_eq!(rt.poll(), Poll::Exited(0));

    let (mut rt, _, _) = runtime_with_output();
    rt.eval("setTimeout(() => {}, 60000)").unwrap();
    let start = Instant::now();
    assert_eq!(rt.run_until(start + Duration::from_millis(30)), None);
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn interrupt_stops_a_busy_loop_between_callbacks() {
    let (mut rt, _, _) = runtime_with_output();
    let stop = rt.interrupt_handle();
    rt.eval("setInterval(() => {}, 1)").unwrap();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        stop.interrupt();
    });
    assert_eq!(rt.run_event_loop(), 130);
}

#[test]
fn sandbox_blocks_dotdot_symlinks_and_absolute_paths() {
    let dir = std::env::temp_dir().join(format!("sous-embed-sandbox-{}", std::process::id()));
    let app = dir.join("app");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(app.join("ok.js"), "module.exports = 1").unwrap();
    std::fs::write(dir.join("secret.js"), "module.exports = 2").unwrap();
    let _ = std::fs::remove_file(app.join("link.js"));
    std::os::unix::fs::symlink(dir.join("secret.js"), app.join("link.js")).unwrap();
    let mut rt = Runtime::builder().allow_paths([&app]).build().unwrap();
    let ok = format!("require({:?})", app.join("ok.js"));
    assert_eq!(rt.eval_json(&ok).unwrap(), Value::from(1));
    // Outside the allow-list is the same as missing: nothing tells the
    // script whether the file exists.
    for path in [
        app.join("../secret.js"),
        app.join("link.js"),
        dir.join("secret.js"),
        dir.join("missing.js"),
    ] {
        let err = rt.eval_json(&format!("require({path:?})")).unwrap_err();
        assert_eq!(err.value["code"], "MODULE_NOT_FOUND", "{path:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn builtins_can_be_turned_off() {
    let mut rt = Runtime::builder().builtins(false).build().unwrap();
    let err = rt.eval_json("require('node:timers')").unwrap_err();
    assert_eq!(err.value["code"], "MODULE_NOT_FOUND");
    assert_eq!(
        rt.eval_json("typeof setTimeout").unwrap(),
        Value::from("function")
    );
}

#[test]
fn host_modules_import_from_es_modules() {
    let dir = std::env::temp_dir().join(format!("sous-embed-esm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let main = dir.join("main.mjs");
    std::fs::write(
        &main,
        "import kv, { get } from 'host:kv';\nconsole.log(get('a'), typeof kv.get, await kv.later('b'));\n",
    )
    .unwrap();
    let (mut rt, out, err) = runtime_with_output();
    rt.register_module(
        "kv",
        HostModule::new()
            .function("get", |args| Ok(args[0].clone()))
            .pool_function("later", |args| Ok(args[0].clone())),
    );
    assert_eq!(rt.run_file(&main), 0, "{}", err.text());
    assert_eq!(out.text(), "a function b\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sandbox_applies_to_fs_calls() {
    let dir = std::env::temp_dir().join(format!("sous-embed-fs-sandbox-{}", std::process::id()));
    let app = dir.join("app");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(app.join("in.txt"), "inside").unwrap();
    std::fs::write(dir.join("out.txt"), "outside").unwrap();
    let (out, err) = (Sink::capture(), Sink::capture());
    let mut rt = Runtime::builder()
        .allow_paths([&app])
        .stdout(out.clone())
        .stderr(err.clone())
        .build()
        .unwrap();
    let script = format!(
        "const fs = require('fs');
         console.log(fs.readFileSync({inside:?}, 'utf8'));
         try {{ fs.readFileSync({outside:?}) }} catch (e) {{ console.log('sync', e.code) }}
         console.log('exists', fs.existsSync({outside:?}));
         try {{ fs.writeFileSync({escape:?}, 'x') }} catch (e) {{ console.log('write', e.code) }}
         fs.readFile({outside:?}, (e, data) => console.log('async', e.code, data));",
        inside = app.join("in.txt"),
        outside = dir.join("out.txt"),
        escape = app.join("../escape.txt"),
    );
    rt.eval(&script).unwrap();
    assert_eq!(rt.run_event_loop(), 0, "{}", err.text());
    assert_eq!(
        out.text(),
        "inside\nsync EACCES\nexists false\nwrite EACCES\nasync EACCES undefined\n"
    );
    assert!(!dir.join("escape.txt").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

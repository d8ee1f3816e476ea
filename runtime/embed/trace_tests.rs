//! Pool events, `getActiveResourcesInfo` for requests and the `.loop`
//! snapshot, driven by a test-only op (`testSleep(ms, cb)`) that sleeps on a
//! worker: sous ships no such function, it exists only in these tests.

use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use crate::kitchen::trace::{CallbackStart, Pending, PoolTiming, TimelineTracer, Tracer};
use crate::Runtime;
use boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// Records every event as a short string.
struct Recorder(Rc<RefCell<Vec<String>>>);

impl Tracer for Recorder {
    fn turn(&mut self, turn: u64, p: &Pending) {
        self.0
            .borrow_mut()
            .push(format!("turn {turn} pool={}", p.pool));
    }
    fn callback_start(&mut self, cb: &CallbackStart<'_>) {
        self.0
            .borrow_mut()
            .push(format!("start {} #{}", cb.kind.name(), cb.id));
    }
    fn callback_end(&mut self, _: Duration, ticks: u64, jobs: u64) {
        self.0
            .borrow_mut()
            .push(format!("end ticks={ticks} jobs={jobs}"));
    }
    fn pool_submit(&mut self, id: u64, op: &'static str, detail: &str) {
        self.0
            .borrow_mut()
            .push(format!("submit {op} #{id} {detail}"));
    }
    fn pool_done(&mut self, id: u64, op: &'static str, t: &PoolTiming) {
        assert!(t.submitted <= t.started && t.started <= t.finished);
        assert!(t.worker >= 1);
        self.0.borrow_mut().push(format!("done {op} #{id}"));
    }
    fn exit(&mut self, code: i32) {
        self.0.borrow_mut().push(format!("exit {code}"));
    }
}

struct Woke;

impl Deliver for Woke {
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        if let Some(f) = handler.as_callable() {
            f.call(&JsValue::undefined(), &[], context)?;
        }
        Ok(())
    }
}

/// `testSleep(ms, cb)`: sleeps `ms` on a worker, then calls `cb`.
fn test_sleep(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let ms = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as u64;
    let cb = args.get(1).cloned().unwrap_or_default();
    let host = Host::get(context);
    kitchen::submit(
        &host.kitchen,
        "test.sleep",
        &format!("{ms} ms"),
        cb,
        Box::new(move || {
            std::thread::sleep(Duration::from_millis(ms));
            Box::new(Woke) as Box<dyn Deliver>
        }),
    )?;
    Ok(JsValue::undefined())
}

fn runtime(tracer: Option<Box<dyn Tracer>>) -> Runtime {
    let mut builder = Runtime::builder().stdout(crate::Sink::Null);
    if let Some(t) = tracer {
        builder = builder.tracer(t);
    }
    let mut rt = builder.build().expect("runtime");
    rt.context()
        .register_global_builtin_callable(
            js_string!("testSleep"),
            2,
            NativeFunction::from_fn_ptr(test_sleep),
        )
        .expect("define testSleep");
    rt
}

fn global_string(rt: &mut Runtime, code: &str) -> String {
    match rt.eval_json(code) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("{code}: {other:?}"),
    }
}

#[test]
fn pool_events_come_in_order() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut rt = runtime(Some(Box::new(Recorder(log.clone()))));
    rt.eval("testSleep(5, () => { Promise.resolve().then(() => {}); })")
        .unwrap();
    assert_eq!(rt.run_event_loop(), 0);
    let log = log.borrow();
    let pos = |s: &str| {
        log.iter()
            .position(|l| l == s)
            .unwrap_or_else(|| panic!("no {s:?} in {log:#?}"))
    };
    let submit = pos("submit test.sleep #1 5 ms");
    let first_turn = pos("turn 1 pool=1");
    let done = pos("done test.sleep #1");
    let start = pos("start test.sleep #1");
    let end = pos("end ticks=0 jobs=1");
    assert!(submit < first_turn && first_turn < done && done < start && start < end);
    assert_eq!(log.last().map(String::as_str), Some("exit 0"));
}

#[test]
fn requests_are_active_while_pending_and_during_their_callback() {
    let mut rt = runtime(None);
    rt.eval(
        "var seen = [];
         // Whether the timer and the immediate ran before depends on the
         // worker's speed: only the requests are checked in the callback.
         testSleep(1, () => {
           const requests = process.getActiveResourcesInfo().filter((n) => n.startsWith('FS'));
           seen.push('in callback: ' + requests.join());
         });
         setTimeout(() => {}, 1);
         setImmediate(() => {});
         seen.push('queued: ' + process.getActiveResourcesInfo().join());",
    )
    .unwrap();
    assert_eq!(rt.run_event_loop(), 0);
    assert_eq!(
        global_string(&mut rt, "seen.join('; ')"),
        "queued: FSReqCallback,Timeout,Immediate; in callback: FSReqCallback"
    );
}

#[test]
fn snapshot_lists_what_is_pending() {
    let mut rt = runtime(Some(Box::new(Recorder(Rc::default()))));
    rt.eval(
        "setTimeout(function later() {}, 5000);
         setInterval(() => {}, 1000).unref();
         setImmediate(() => {});
         testSleep(200, () => {});
         process.nextTick(() => {});",
    )
    .unwrap();
    // Give the worker time to pick the job up (it sleeps 200 ms then).
    std::thread::sleep(Duration::from_millis(50));
    let text = rt.loop_snapshot();
    assert!(text.contains("timers (2)"), "{text}");
    assert!(text.contains("every 1000"), "{text}");
    assert!(text.contains(" unref "), "{text}");
    assert!(text.contains("immediates (1)"), "{text}");
    assert!(text.contains("pool jobs (1)"), "{text}");
    assert!(text.contains("#1    test.sleep on worker 1"), "{text}");
    assert!(text.contains("1 of 4 workers busy (1)"), "{text}");
    // eval drained the tick queue already.
    assert!(
        text.contains("queues: 0 nextTicks, 0 promise jobs"),
        "{text}"
    );
    // Traced, so each timer says where it was scheduled.
    assert!(
        text.contains("at [eval]:1:") || text.contains(":1:"),
        "{text}"
    );
}

#[test]
fn summary_counts_pool_work_per_worker() {
    let out = Rc::new(RefCell::new(Vec::<u8>::new()));
    struct Shared(Rc<RefCell<Vec<u8>>>);
    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let tracer = TimelineTracer::new(Box::new(Shared(out.clone())), false);
    let mut rt = runtime(Some(Box::new(tracer)));
    rt.eval("testSleep(2, () => {}); testSleep(2, () => {});")
        .unwrap();
    assert_eq!(rt.run_event_loop(), 0);
    let text = String::from_utf8(out.borrow().clone()).unwrap();
    assert!(text.contains("submit     test.sleep #1  2 ms"), "{text}");
    assert!(text.contains("test.sleep #2  queued"), "{text}");
    assert!(text.contains("callbacks     2: test.sleep 2"), "{text}");
    assert!(text.contains("pool          2 jobs"), "{text}");
    let worker_jobs: u64 = text
        .lines()
        .filter(|l| l.trim_start().starts_with("worker ") && l.contains(" jobs "))
        .map(|l| l.split_whitespace().nth(2).unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(worker_jobs, 2, "{text}");
}

//! Natives for the `os` module: what only the system knows (host name,
//! memory, CPUs, kernel release). `stdlib-js/os.js` shapes them as Node.

use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    Ok(ObjectInitializer::new(context)
        .function(
            NativeFunction::from_fn_ptr(hostname),
            js_string!("hostname"),
            0,
        )
        .function(NativeFunction::from_fn_ptr(memory), js_string!("memory"), 0)
        .function(NativeFunction::from_fn_ptr(cpus), js_string!("cpus"), 0)
        .function(NativeFunction::from_fn_ptr(uname), js_string!("uname"), 0)
        .build())
}

fn hostname(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let name = if rc == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        "localhost".to_string()
    };
    Ok(js_string!(name).into())
}

/// `[totalmem, freemem, uptime]` from sysinfo(2); freemem as libuv counts
/// it (MemAvailable from /proc/meminfo when present).
fn memory(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: sysinfo only writes the struct it is given.
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::sysinfo(&mut info) } == 0;
    let unit = if ok { info.mem_unit.max(1) as f64 } else { 1.0 };
    let total = if ok { info.totalram as f64 * unit } else { 0.0 };
    let mut free = if ok { info.freeram as f64 * unit } else { 0.0 };
    if let Ok(text) = std::fs::read_to_string("/proc/meminfo") {
        if let Some(kb) = text
            .lines()
            .find_map(|l| l.strip_prefix("MemAvailable:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        {
            free = kb * 1024.0;
        }
    }
    let uptime = if ok { info.uptime as f64 } else { 0.0 };
    Ok(JsArray::from_iter([total.into(), free.into(), uptime.into()], context).into())
}

/// One model name per logical CPU, and the CPU's speed in MHz.
fn cpus(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let mut out = Vec::new();
    let mut model = String::new();
    for line in text.lines() {
        if let Some((key, value)) = line.split_once(':') {
            let (key, value) = (key.trim(), value.trim());
            if key == "model name" {
                model = value.to_string();
            } else if key == "cpu MHz" {
                let mhz = value.parse::<f64>().unwrap_or(0.0).floor();
                out.push(JsValue::from(js_string!(model.as_str())));
                out.push(JsValue::from(mhz));
            }
        }
    }
    if out.is_empty() {
        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
        for _ in 0..n {
            out.push(js_string!("unknown").into());
            out.push(0.into());
        }
    }
    Ok(JsArray::from_iter(out, context).into())
}

/// `[sysname, release, version, machine]` from uname(2).
fn uname(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: uname fills the struct with NUL-terminated fields.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::uname(&mut u) } == 0;
    let field = |f: &[libc::c_char]| -> JsValue {
        if !ok {
            return js_string!("").into();
        }
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        js_string!(String::from_utf8_lossy(&bytes).as_ref()).into()
    };
    let list = [
        field(&u.sysname),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    Ok(JsArray::from_iter(list, context).into())
}

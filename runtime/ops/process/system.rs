//! Natives behind what `process` asks the operating system: CPU and resource usage,
//! the file mode mask, signals, user and group ids, and memory limits.

use super::super::NativeFn;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::{js_string, Context, JsResult, JsValue};

pub const FUNCTIONS: [(&str, NativeFn, usize); 10] = [
    ("cpuUsage", cpu_usage, 0),
    ("threadCpuUsage", thread_cpu_usage, 0),
    ("resourceUsage", resource_usage, 0),
    ("umask", umask, 1),
    ("kill", kill, 2),
    ("ids", ids, 0),
    ("getgroups", getgroups, 0),
    ("availableMemory", available_memory, 0),
    ("constrainedMemory", constrained_memory, 0),
    ("ignore", ignore, 0),
];

/// A no-op: `process.ref`/`unref` on objects without those methods.
fn ignore(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

fn rusage(who: libc::c_int) -> libc::rusage {
    // SAFETY: rusage is plain data; getrusage fills it (and on failure it stays zeroed).
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    }
}

fn micros(t: libc::timeval) -> f64 {
    t.tv_sec as f64 * 1e6 + t.tv_usec as f64
}

fn user_system(who: libc::c_int, context: &mut Context) -> JsValue {
    let u = rusage(who);
    let values = [micros(u.ru_utime).into(), micros(u.ru_stime).into()];
    JsArray::from_iter(values, context).into()
}

/// `[user, system]` CPU time of the process, in microseconds.
fn cpu_usage(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(user_system(libc::RUSAGE_SELF, context))
}

/// `[user, system]` CPU time of the calling (main) thread, in microseconds.
fn thread_cpu_usage(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    #[cfg(target_os = "linux")]
    let who = libc::RUSAGE_THREAD;
    #[cfg(not(target_os = "linux"))]
    let who = libc::RUSAGE_SELF;
    Ok(user_system(who, context))
}

/// The fields of `process.resourceUsage()`, in Node's order and units.
fn resource_usage(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let u = rusage(libc::RUSAGE_SELF);
    let fields: [(&str, f64); 16] = [
        ("userCPUTime", micros(u.ru_utime)),
        ("systemCPUTime", micros(u.ru_stime)),
        ("maxRSS", u.ru_maxrss as f64),
        ("sharedMemorySize", u.ru_ixrss as f64),
        ("unsharedDataSize", u.ru_idrss as f64),
        ("unsharedStackSize", u.ru_isrss as f64),
        ("minorPageFault", u.ru_minflt as f64),
        ("majorPageFault", u.ru_majflt as f64),
        ("swappedOut", u.ru_nswap as f64),
        ("fsRead", u.ru_inblock as f64),
        ("fsWrite", u.ru_oublock as f64),
        ("ipcSent", u.ru_msgsnd as f64),
        ("ipcReceived", u.ru_msgrcv as f64),
        ("signalsCount", u.ru_nsignals as f64),
        ("voluntaryContextSwitches", u.ru_nvcsw as f64),
        ("involuntaryContextSwitches", u.ru_nivcsw as f64),
    ];
    let mut init = ObjectInitializer::new(context);
    for (name, value) in fields {
        init.property(
            js_string!(name),
            value,
            boa_engine::property::Attribute::all(),
        );
    }
    Ok(init.build().into())
}

/// Sets the mask when given one (already validated by process.js); returns the old mask.
fn umask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let given = args.first().filter(|v| !v.is_undefined());
    let mask = match given {
        Some(v) => v.to_u32(context)? as libc::mode_t,
        None => 0,
    };
    // SAFETY: umask has no preconditions.
    let old = unsafe { libc::umask(mask) };
    if given.is_none() {
        // Reading the mask means setting it: put the old one back.
        // SAFETY: as above.
        unsafe { libc::umask(old) };
    }
    Ok(JsValue::from(old as u32))
}

/// Sends `signal` to `pid`; returns 0 or the negative errno, as libuv's `uv_kill`.
fn kill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let pid = arg(0).to_i32(context)?;
    let signal = arg(1).to_i32(context)?;
    // SAFETY: kill has no memory preconditions; a bad pid or signal is an errno.
    let rc = unsafe { libc::kill(pid, signal) };
    if rc == 0 {
        return Ok(JsValue::from(0));
    }
    let errno = std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL);
    Ok(JsValue::from(-errno))
}

/// `[uid, euid, gid, egid]`.
fn ids(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: these calls have no preconditions and cannot fail.
    let values = unsafe {
        [
            libc::getuid(),
            libc::geteuid(),
            libc::getgid(),
            libc::getegid(),
        ]
    };
    Ok(JsArray::from_iter(values.map(JsValue::from), context).into())
}

fn getgroups(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: a null buffer with size 0 asks for the count only.
    let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    let mut groups = vec![0 as libc::gid_t; count.max(0) as usize];
    // SAFETY: the buffer holds `count` entries.
    let got = unsafe { libc::getgroups(count, groups.as_mut_ptr()) };
    groups.truncate(got.max(0) as usize);
    // Node adds the effective gid when the list lacks it.
    // SAFETY: no preconditions.
    let egid = unsafe { libc::getegid() };
    if !groups.contains(&egid) {
        groups.push(egid);
    }
    Ok(JsArray::from_iter(groups.into_iter().map(JsValue::from), context).into())
}

/// Free memory the process could still use: the smaller of what the system has
/// available and what its cgroup limit leaves.
fn available_memory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let available = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemAvailable:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(0.0, |kb| kb * 1024.0);
    let limit = cgroup_limit();
    let left = limit.map(|l| (l - super::rss_bytes()).max(0.0));
    Ok(JsValue::from(left.map_or(available, |l| l.min(available))))
}

/// The cgroup memory limit, or 0 when there is none.
fn constrained_memory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(cgroup_limit().unwrap_or(0.0)))
}

fn cgroup_limit() -> Option<f64> {
    [
        "/sys/fs/cgroup/memory.max",
        "/sys/fs/cgroup/memory/memory.limit_in_bytes",
    ]
    .iter()
    .find_map(|p| std::fs::read_to_string(p).ok())
    .and_then(|s| s.trim().parse::<f64>().ok())
    .filter(|&l| l < 9.0e18)
}

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
        .function(
            NativeFunction::from_fn_ptr(get_priority),
            js_string!("getPriority"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(set_priority),
            js_string!("setPriority"),
            2,
        )
        .function(
            NativeFunction::from_fn_ptr(available_parallelism),
            js_string!("availableParallelism"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(error_text),
            js_string!("errorText"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(loadavg),
            js_string!("loadavg"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(cpu_times),
            js_string!("cpuTimes"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(user_info),
            js_string!("userInfo"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(interface_addresses),
            js_string!("interfaceAddresses"),
            0,
        )
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

/// The errno of the last failed libc call.
fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `getpriority(PRIO_PROCESS, pid)`: the nice value, or `[errno]` on failure
/// (`stdlib-js/os.js` makes the SystemError).
fn get_priority(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let pid = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32 as libc::id_t;
    // getpriority may legitimately return -1, so errno is cleared first.
    // SAFETY: __errno_location points at this thread's errno.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: plain syscall with integer arguments.
    let nice = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid) };
    let errno = last_errno();
    if nice == -1 && errno != 0 {
        return Ok(JsArray::from_iter([JsValue::from(errno)], context).into());
    }
    Ok(nice.into())
}

/// `setpriority(PRIO_PROCESS, pid, priority)`: 0, or the errno.
fn set_priority(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let pid = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32 as libc::id_t;
    let priority = args.get(1).and_then(JsValue::as_number).unwrap_or(0.0) as libc::c_int;
    // SAFETY: plain syscall with integer arguments.
    let rc = unsafe { libc::setpriority(libc::PRIO_PROCESS, pid, priority) };
    Ok(if rc == 0 { 0 } else { last_errno() }.into())
}

/// The 1, 5 and 15 minute load averages.
fn loadavg(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut avg = [0f64; 3];
    // SAFETY: the array holds the 3 values asked for.
    let n = unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) };
    if n < 3 {
        avg = [0.0; 3];
    }
    Ok(JsArray::from_iter(avg.map(JsValue::from), context).into())
}

/// Per-CPU times in ms from /proc/stat, five numbers a CPU:
/// user, nice, sys, idle, irq (as libuv reports them).
fn cpu_times(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    // SAFETY: sysconf only reads a configuration value.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ms_per_tick = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("cpu") else {
            continue;
        };
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let n: Vec<f64> = rest
            .split_whitespace()
            .skip(1)
            .map(|v| v.parse::<f64>().unwrap_or(0.0))
            .collect();
        let at = |i: usize| n.get(i).copied().unwrap_or(0.0) * ms_per_tick;
        // Fields: user nice system idle iowait irq ...
        out.extend([at(0), at(1), at(2), at(3), at(5)].map(JsValue::from));
    }
    Ok(JsArray::from_iter(out, context).into())
}

/// A NUL-terminated C string as a JS string (lossy UTF-8).
fn c_string(ptr: *const libc::c_char) -> JsValue {
    if ptr.is_null() {
        return js_string!("").into();
    }
    // SAFETY: libc gave a NUL-terminated string that lives while we read it.
    let s = unsafe { std::ffi::CStr::from_ptr(ptr) };
    js_string!(s.to_string_lossy().as_ref()).into()
}

/// `[uid, gid, username, homedir, shell]` of the effective user from the
/// password database, or `[errno]` when there is no entry.
fn user_info(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // SAFETY: geteuid cannot fail.
    let uid = unsafe { libc::geteuid() };
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let mut buf = vec![0 as libc::c_char; 4096];
    loop {
        // SAFETY: every pointer is valid for the sizes given.
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
        if rc == libc::ERANGE && buf.len() < (1 << 20) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 || result.is_null() {
            let errno = if rc != 0 { rc } else { libc::ENOENT };
            return Ok(JsArray::from_iter([JsValue::from(errno)], context).into());
        }
        break;
    }
    let list = [
        JsValue::from(pwd.pw_uid),
        JsValue::from(pwd.pw_gid),
        c_string(pwd.pw_name),
        c_string(pwd.pw_dir),
        c_string(pwd.pw_shell),
    ];
    Ok(JsArray::from_iter(list, context).into())
}

/// Every address of every interface, six values each: name, address,
/// netmask, family (4 or 6), MAC, internal, scope id.
fn interface_addresses(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `head` with a list freed below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Ok(JsArray::from_iter([], context).into());
    }
    let mut macs = std::collections::HashMap::new();
    let mut entries = Vec::new();
    let mut cursor = head;
    while !cursor.is_null() {
        // SAFETY: cursor walks the list getifaddrs returned.
        let ifa = unsafe { &*cursor };
        cursor = ifa.ifa_next;
        if ifa.ifa_addr.is_null() || ifa.ifa_flags & libc::IFF_UP as libc::c_uint == 0 {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated name.
        let name = unsafe { std::ffi::CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let internal = ifa.ifa_flags & libc::IFF_LOOPBACK as libc::c_uint != 0;
        // SAFETY: ifa_addr is non-null; its family says which struct it is.
        let family = i32::from(unsafe { (*ifa.ifa_addr).sa_family });
        if family == libc::AF_PACKET {
            // SAFETY: an AF_PACKET address is a sockaddr_ll.
            let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
            let mac: Vec<String> = ll.sll_addr[..6]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            macs.insert(name, mac.join(":"));
            continue;
        }
        let (address, netmask, fam, scope) = match family {
            libc::AF_INET => {
                // SAFETY: an AF_INET address (and its mask) is a sockaddr_in.
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in) };
                let m = (!ifa.ifa_netmask.is_null()).then(|| unsafe {
                    (*(ifa.ifa_netmask as *const libc::sockaddr_in))
                        .sin_addr
                        .s_addr
                });
                let addr = std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
                let mask = std::net::Ipv4Addr::from(u32::from_be(m.unwrap_or(0)));
                (addr.to_string(), mask.to_string(), 4, -1)
            }
            libc::AF_INET6 => {
                // SAFETY: an AF_INET6 address (and its mask) is a sockaddr_in6.
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in6) };
                let m = (!ifa.ifa_netmask.is_null()).then(|| unsafe {
                    (*(ifa.ifa_netmask as *const libc::sockaddr_in6))
                        .sin6_addr
                        .s6_addr
                });
                let addr = std::net::Ipv6Addr::from(a.sin6_addr.s6_addr);
                let mask = std::net::Ipv6Addr::from(m.unwrap_or([0; 16]));
                (
                    addr.to_string(),
                    mask.to_string(),
                    6,
                    a.sin6_scope_id as i64,
                )
            }
            _ => continue,
        };
        entries.push((name, address, netmask, fam, internal, scope));
    }
    // SAFETY: head came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(head) };
    let mut out = Vec::new();
    for (name, address, netmask, fam, internal, scope) in entries {
        let mac = macs
            .get(&name)
            .cloned()
            .unwrap_or_else(|| "00:00:00:00:00:00".to_string());
        out.extend([
            js_string!(name.as_str()).into(),
            js_string!(address.as_str()).into(),
            js_string!(netmask.as_str()).into(),
            JsValue::from(fam),
            js_string!(mac.as_str()).into(),
            JsValue::from(internal),
            JsValue::from(scope as f64),
        ]);
    }
    Ok(JsArray::from_iter(out, context).into())
}

/// `[code, message]` as libuv words an errno (`uv_err_name`,
/// `uv_strerror`); for errnos outside sous's table, the C library's
/// message with a lower-case first letter, as libuv's read.
fn error_text(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let errno = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    let (code, message) = crate::errors::uv_error_text(errno);
    let (code, message) = if code == "UNKNOWN" {
        let text = std::io::Error::from_raw_os_error(errno).to_string();
        let text = text.split(" (os error").next().unwrap_or("").to_string();
        let mut chars = text.chars();
        let lowered = match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        };
        (String::new(), lowered)
    } else {
        (code.to_string(), message.to_string())
    };
    let list = [
        js_string!(code.as_str()).into(),
        js_string!(message.as_str()).into(),
    ];
    Ok(JsArray::from_iter(list, context).into())
}

/// How many CPUs this process may run on (its affinity mask), as libuv's
/// `uv_available_parallelism`; at least 1.
fn available_parallelism(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(JsValue::from(n as f64))
}

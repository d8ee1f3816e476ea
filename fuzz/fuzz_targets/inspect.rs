//! `util.inspect`, `util.format` and `console.log` of values built from the
//! input (nested objects, arrays with holes, Maps, Sets, class instances,
//! errors, proxies, typed arrays, getters, circular references, custom
//! inspect functions, ...) with fuzzed options, plus the embedding API's
//! `Runtime::inspect` of the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sous_fuzz::{js_string, Bytes};

/// Builds a JavaScript expression from the input's choices.
struct Builder<'a> {
    input: Bytes<'a>,
}

impl Builder<'_> {
    fn string(&mut self) -> String {
        let raw = self.input.chunk(24);
        // Pairs of bytes as UTF-16 units (lone surrogates, controls, quotes).
        if raw.first().is_some_and(|b| b & 1 == 1) {
            let units: String = raw
                .chunks(2)
                .map(|p| format!("\\u{:02x}{:02x}", p[0], p.get(1).copied().unwrap_or(0)))
                .collect();
            format!("'{units}'")
        } else {
            js_string(&String::from_utf8_lossy(raw))
        }
    }

    fn number(&mut self) -> String {
        const SPECIAL: &[&str] = &[
            "0",
            "-0",
            "NaN",
            "Infinity",
            "-Infinity",
            "1e21",
            "1e-7",
            "2**53",
            "-(2**31)",
            "0.1",
            "123456789.123",
            "Number.MIN_VALUE",
            "Number.MAX_VALUE",
        ];
        match self.input.pick(3) {
            0 => SPECIAL[self.input.pick(SPECIAL.len())].to_string(),
            1 => format!("{}", self.input.u32() as i32),
            _ => format!("{:e}", f64::from(self.input.u32()) / 7.0),
        }
    }

    fn key(&mut self) -> String {
        match self.input.pick(5) {
            0 => format!("[Symbol({})]", self.string()),
            1 => format!("[{}]", self.input.byte()),
            2 => "['__proto__']".to_string(),
            _ => format!("[{}]", self.string()),
        }
    }

    fn list(&mut self, depth: usize) -> Vec<String> {
        let n = self.input.pick(5);
        (0..n).map(|_| self.value(depth + 1)).collect()
    }

    fn value(&mut self, depth: usize) -> String {
        if depth > 6 || self.input.is_empty() {
            return self.number();
        }
        match self.input.pick(40) {
            0 => self.number(),
            1 => self.string(),
            2 => format!("{}n", self.input.u32()),
            3 => "null".into(),
            4 => "undefined".into(),
            5 => "true".into(),
            6 => format!("Symbol({})", self.string()),
            7 => format!("[{}]", self.list(depth).join(", ")),
            // Holes and a long array.
            8 => format!("[, {}, , ]", self.value(depth + 1)),
            9 => format!("new Array({})", self.input.byte() as u32 * 3),
            10 => {
                let fields: Vec<String> = (0..self.input.pick(5))
                    .map(|_| format!("{}: {}", self.key(), self.value(depth + 1)))
                    .collect();
                format!("({{ {} }})", fields.join(", "))
            }
            11 => format!("new Map([[{}, {}]])", self.value(depth + 1), self.value(depth + 1)),
            12 => format!("new Set([{}])", self.list(depth).join(", ")),
            13 => format!(
                "Object.assign(Object.create(null), {{ a: {} }})",
                self.value(depth + 1)
            ),
            14 => format!(
                "(() => {{ const o = {{ v: {} }}; o.self = o; o.arr = [o]; return o; }})()",
                self.value(depth + 1)
            ),
            15 => format!("new Error({})", self.string()),
            16 => format!(
                "Object.assign(new RangeError({}), {{ code: 'E', extra: {} }})",
                self.string(),
                self.value(depth + 1)
            ),
            17 => format!(
                "new Error('outer', {{ cause: {} }})",
                self.value(depth + 1)
            ),
            18 => format!("(() => {{ class K{} {{}}; return new K{}(); }})()", depth, depth),
            19 => format!(
                "(() => {{ class P {{ constructor() {{ this.x = {}; }} }}; class C extends P {{}}; return new C(); }})()",
                self.value(depth + 1)
            ),
            20 => format!("new Proxy({}, {{}})", self.object_like(depth)),
            21 => format!(
                "new Proxy({}, {{ get() {{ throw new Error('trap'); }}, ownKeys() {{ return ['a']; }} }})",
                self.object_like(depth)
            ),
            22 => format!("new Uint8Array([{}])", self.input.chunk(32).iter().map(u8::to_string).collect::<Vec<_>>().join(",")),
            23 => format!("new Float64Array([{}, {}])", self.number(), self.number()),
            24 => format!("Buffer.from({})", self.string()),
            25 => format!("new ArrayBuffer({})", self.input.byte()),
            26 => format!("new DataView(new ArrayBuffer({}))", self.input.byte()),
            27 => format!("new Date({})", self.number()),
            28 => format!("new RegExp({}, 'gimsuy'.slice(0, {}))", self.string(), self.input.pick(7)),
            29 => format!(
                "({{ get g() {{ return {}; }}, set s(v) {{}}, get t() {{ throw new Error('getter'); }} }})",
                self.value(depth + 1)
            ),
            30 => format!(
                "({{ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) {{ return {}; }} }})",
                self.value(depth + 1)
            ),
            31 => format!("({{ [Symbol.toStringTag]: {} }})", self.string()),
            32 => [
                "function named() {}",
                "(() => {})",
                "(async function* gen() {})",
                "(class A extends Object {})",
                "Math.max",
                "(function () { return arguments; })(1, 2)",
                "new WeakMap()",
                "Promise.resolve(42)",
                "new Promise(() => {})",
                "Promise.reject(new Error('r')).catch(() => {}) && Promise.reject(3)",
                "globalThis",
                "process.versions",
                "new Number(-0)",
                "Object(Symbol('boxed'))",
                "Object(1n)",
                "[1, 2, 3].values()",
                "new Map([[1, 2]]).entries()",
                "new (class extends Array {})(3)",
                "Object.defineProperty([], 'length', { value: 2 })",
                "new AbortController().signal",
            ][self.input.pick(20)]
                .to_string(),
            33 => format!(
                "Object.defineProperty({}, {}, {{ value: {}, enumerable: false }})",
                self.object_like(depth),
                self.string(),
                self.value(depth + 1)
            ),
            34 => format!("Object.setPrototypeOf({}, {})", self.object_like(depth), self.object_like(depth)),
            35 => format!("Object.freeze({})", self.object_like(depth)),
            36 => format!("new String({})", self.string()),
            37 => {
                let mut v = format!("{}", self.value(depth + 1));
                for _ in 0..self.input.pick(40) {
                    v = format!("[{v}]");
                }
                v
            }
            _ => format!("[{}]", self.list(depth).join(", ")),
        }
    }

    fn object_like(&mut self, depth: usize) -> String {
        match self.input.pick(4) {
            0 => "{}".into(),
            1 => "[]".into(),
            2 => "Object.create(null)".into(),
            _ => format!("({{ k: {} }})", self.value(depth + 1)),
        }
    }

    fn options(&mut self) -> String {
        let depth = ["0", "1", "2", "5", "Infinity", "null", "-1"][self.input.pick(7)];
        let compact = ["false", "true", "0", "1", "3", "10"][self.input.pick(6)];
        let break_length = ["80", "0", "1", "Infinity", "40", "200"][self.input.pick(6)];
        let max_array = ["100", "0", "1", "null", "Infinity", "-1"][self.input.pick(6)];
        let max_string = ["10000", "0", "1", "null", "5"][self.input.pick(5)];
        let flags = self.input.byte();
        let flag = |bit: u8| flags & (1 << bit) != 0;
        format!(
            "{{ depth: {depth}, compact: {compact}, breakLength: {break_length}, \
             maxArrayLength: {max_array}, maxStringLength: {max_string}, \
             showHidden: {}, colors: {}, sorted: {}, getters: {}, showProxy: {}, \
             numericSeparator: {} }}",
            flag(0),
            flag(1),
            flag(2),
            flag(3),
            flag(4),
            flag(5)
        )
    }
}

fuzz_target!(|data: &[u8]| {
    let mut builder = Builder {
        input: Bytes::new(data),
    };
    let options = builder.options();
    let format = builder.string();
    let value = builder.value(0);
    let script = format!(
        "(() => {{ const util = require('util');
         const v = {value};
         const each = (f) => {{ try {{ f(); }} catch {{}} }};
         each(() => util.inspect(v, {options}));
         each(() => util.format({format}, v, v));
         each(() => util.formatWithOptions({options}, '%o %O %j %s %d %i %f %c', v, v, v, v, v, v, v, v));
         each(() => console.log(v));
         each(() => console.dir(v, {options}));
         each(() => console.table([v]));
         each(() => util.inspect(new Map([[v, v]]), {options}));
         return v; }})()"
    );
    sous_fuzz::show_script(&script);
    sous_fuzz::reused(move |rt, out, err| {
        if let Ok(v) = rt.eval(&script) {
            rt.inspect(&v);
            rt.inspect_for_print(&v);
            let _ = rt.to_json(&v);
        }
        sous_fuzz::show(out, err);
    });
});

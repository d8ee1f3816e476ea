//! Buffer decoding and encoding: fuzzed bytes and a fuzzed string through
//! `buf.toString(enc, start, end)`, `Buffer.from(str, enc)`,
//! `Buffer.byteLength`, `buf.write` and `TextDecoder`, with the round trips
//! Node guarantees checked. A broken guarantee is a finding (a panic here);
//! a thrown JavaScript error (an unknown encoding, say) is not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sous_fuzz::{js_string, Bytes};

/// Encoding names as scripts spell them (case and aliases included).
const ENCODINGS: &[&str] = &[
    "utf8",
    "utf-8",
    "UTF8",
    "ucs2",
    "ucs-2",
    "utf16le",
    "utf-16le",
    "latin1",
    "binary",
    "base64",
    "base64url",
    "hex",
    "ascii",
    "HEX",
    "Base64",
    "buffer",
    "",
    "utf32",
];

/// The checks, in JavaScript: `B` (the bytes), `S` (a string of arbitrary
/// UTF-16 units), `ENC`, `START`, `END`, `OFF` are defined before it.
const CHECKS: &str = r#"
const bad = [];
const check = (ok, what) => { if (!ok) bad.push(what); };
const tryIt = (f) => { try { return f(); } catch (e) { return e; } };
const buf = Buffer.from(B);
const text = tryIt(() => buf.toString(ENC));
tryIt(() => buf.toString(ENC, START, END));
const fromS = tryIt(() => Buffer.from(S, ENC));
const len = tryIt(() => Buffer.byteLength(S, ENC));
if (Buffer.isBuffer(fromS) && typeof len === 'number' && !/^(base64|hex)/i.test(ENC))
  check(len === fromS.length, 'byteLength(S) === from(S).length');
const target = Buffer.alloc(B.length + 8);
const wrote = tryIt(() => target.write(S, OFF % (target.length + 1), ENC));
if (typeof wrote === 'number') check(wrote <= target.length, 'write stays in bounds');
tryIt(() => buf.indexOf(S, START, ENC));
tryIt(() => buf.includes(text, END, ENC));
tryIt(() => Buffer.compare(buf, Buffer.from(String(text), 'latin1')));
tryIt(() => new TextDecoder().decode(buf));
tryIt(() => new TextDecoder('utf-8', { fatal: true }).decode(buf));
tryIt(() => buf.toJSON());
tryIt(() => Buffer.concat([buf, fromS]).toString(ENC, END));
tryIt(() => buf.readUInt32LE(START % (buf.length + 1)));
tryIt(() => Buffer.from(buf).swap16());
const same = (a, b) => Buffer.isBuffer(a) && a.equals(b);
// An empty buffer decodes to '' whatever the encoding, even an unknown one.
if (typeof text === 'string' && buf.length > 0) {
  const e = ENC.toLowerCase();
  if (['hex', 'base64', 'base64url', 'latin1', 'binary'].includes(e))
    check(same(Buffer.from(text, ENC), buf), ENC + ' round trip');
  if (['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].includes(e))
    check(same(Buffer.from(text, ENC), buf.subarray(0, buf.length & ~1)), ENC + ' round trip');
  if (['utf8', 'utf-8'].includes(e))
    check(Buffer.from(text, ENC).toString(ENC) === text, 'utf8 re-encoding is stable');
  if (e === 'hex') check(text.length === 2 * buf.length, 'hex length');
  check(Buffer.byteLength(text, ENC) === Buffer.from(text, ENC).length || /^base64/i.test(ENC),
        'byteLength(text) === from(text).length');
}
globalThis.__bad = bad.join('; ');

"#;

fuzz_target!(|data: &[u8]| {
    let mut input = Bytes::new(data);
    let encoding = ENCODINGS[input.pick(ENCODINGS.len())];
    let (start, end, off) = (input.byte(), input.byte(), input.byte());
    // Pairs of bytes as UTF-16 units: lone surrogates included.
    let units: Vec<String> = input
        .chunk(256)
        .chunks(2)
        .map(|p| format!("\\u{:02x}{:02x}", p[0], p.get(1).copied().unwrap_or(0)))
        .collect();
    let bytes: Vec<String> = input.rest().iter().map(u8::to_string).collect();
    let script = format!(
        "{{ const B = [{}]; const S = '{}'; const ENC = {}; const START = {}; const END = {}; \
         const OFF = {};\n{CHECKS}}}",
        bytes.join(","),
        units.join(""),
        js_string(encoding),
        i32::from(start) - 16,
        i32::from(end) - 16,
        off,
    );
    sous_fuzz::show_script(&script);
    let broken = sous_fuzz::reused(move |rt, out, err| {
        let broken = match rt.eval(&script) {
            Ok(_) => rt.get_global("__bad").ok(),
            // The checks themselves never throw: this is sous failing.
            Err(e) => Some(sous::Value::from(format!("the checks threw: {e}"))),
        };
        sous_fuzz::show(out, err);
        broken
    });
    if let Some(sous::Value::String(broken)) = broken {
        assert!(
            broken.is_empty(),
            "Buffer guarantee broken ({encoding}): {broken}"
        );
    }
});

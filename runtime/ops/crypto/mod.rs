//! Natives behind `node:crypto` and Web Crypto (`stdlib-js/crypto.js`,
//! `stdlib-js/internal/crypto/`): digests and HMAC (`hash.rs`), the OS's
//! random bytes (`random.rs`), key derivation (`kdf.rs`) and AES-GCM
//! (`cipher.rs`), all on RustCrypto's crates.
//!
//! The JavaScript side validates every argument with Node's errors and hands
//! over only strings (with a `buffer.js` encoding number) or Uint8Arrays.
//! Work that can take long (a KDF, random bytes for a callback, anything of
//! `subtle`) runs on the pool and answers `callback(err, buffer)`.

mod cipher;
mod hash;
mod kdf;
mod random;

use super::arg;
use super::buffer::{decode, encode, new_buffer, with_bytes, Encoding};
use super::NativeFn;
use crate::host::Host;
use crate::kitchen;
use crate::kitchen::pool::Deliver;
use boa_engine::object::builtins::AlignedVec;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 17] = [
        ("hashNew", hash::hash_new, 2),
        ("hmacNew", hash::hmac_new, 2),
        ("hashUpdate", hash::hash_update, 3),
        ("hashDigest", hash::hash_digest, 2),
        ("hashCopy", hash::hash_copy, 1),
        ("hashOnce", hash::hash_once, 4),
        ("hashAsync", hash::hash_async, 4),
        ("hashSize", hash::hash_size, 1),
        ("hashNames", hash::hash_names, 0),
        ("randomFill", random::random_fill, 1),
        ("randomBytes", random::random_bytes, 2),
        ("randomUUID", random::random_uuid, 0),
        ("timingSafeEqual", timing_safe_equal, 2),
        ("pbkdf2", kdf::pbkdf2, 6),
        ("hkdf", kdf::hkdf, 6),
        ("scrypt", kdf::scrypt, 7),
        ("aesGcm", cipher::aes_gcm, 7),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

/// Runs `f` on the bytes of `args[i]`: a string encoded as the encoding
/// numbered `args[i + 1]` (UTF-8 by default), or a Uint8Array's view.
fn with_input<R>(
    args: &[JsValue],
    i: usize,
    context: &mut Context,
    f: impl FnOnce(&[u8]) -> R,
) -> JsResult<R> {
    let value = arg(args, i);
    if let Some(s) = value.as_string() {
        let encoding = match Encoding::from_value(args.get(i + 1)) {
            Encoding::Buffer => Encoding::Utf8,
            e => e,
        };
        return Ok(f(&encode(s.as_str(), encoding)));
    }
    with_bytes(&value, context, f)
}

/// A copy of the bytes of `args[i]` (a Uint8Array or a UTF-8 string), for a pool job.
fn bytes_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<Vec<u8>> {
    with_input(args, i, context, <[u8]>::to_vec)
}

/// `bytes` as Node returns a digest: a string in `encoding`, or a Buffer.
fn output(bytes: &[u8], encoding: Encoding, context: &mut Context) -> JsResult<JsValue> {
    match encoding {
        Encoding::Buffer => new_buffer(AlignedVec::from_slice(0, bytes), context),
        e => Ok(decode(bytes, e).to_js_string(context)?.into()),
    }
}

/// A non-negative integer argument crypto.js has validated.
fn size_arg(args: &[JsValue], i: usize) -> usize {
    args.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map_or(0, |n| n as usize)
}

/// A pool job's bytes (or its failure's message) for `callback(err, buffer)`.
struct Bytes(Result<AlignedVec<u8>, String>);

impl Deliver for Bytes {
    fn deliver(self: Box<Self>, handler: JsValue, context: &mut Context) -> JsResult<()> {
        let args = match self.0 {
            Ok(bytes) => vec![JsValue::null(), new_buffer(bytes, context)?],
            Err(message) => {
                let error = JsNativeError::error().with_message(message);
                vec![error.into_opaque(context).into()]
            }
        };
        if let Some(f) = handler.as_callable() {
            f.call(&JsValue::undefined(), &args, context)?;
        }
        Ok(())
    }
}

/// Runs `work` on the pool; `callback(err, buffer)` gets its outcome.
fn submit(
    context: &mut Context,
    op: &'static str,
    callback: JsValue,
    work: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
) -> JsResult<JsValue> {
    let host = Host::get(context);
    kitchen::submit(
        &host.kitchen,
        op,
        "",
        callback,
        Box::new(move || {
            let done = work().map(|v| AlignedVec::from_slice(0, &v));
            Box::new(Bytes(done)) as Box<dyn Deliver>
        }),
    )?;
    Ok(JsValue::undefined())
}

/// `work`'s bytes as a Buffer now, or on the pool when `callback` is a function.
fn now_or_later(
    context: &mut Context,
    op: &'static str,
    callback: JsValue,
    work: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
) -> JsResult<JsValue> {
    if callback.is_callable() {
        return submit(context, op, callback, work);
    }
    match work() {
        Ok(bytes) => output(&bytes, Encoding::Buffer, context),
        Err(message) => Err(JsNativeError::error().with_message(message).into()),
    }
}

/// `timingSafeEqual(a, b)` on two Uint8Arrays of one length (crypto.js
/// checked): every byte is compared, whatever differs first.
fn timing_safe_equal(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let a = bytes_arg(args, 0, context)?;
    let same = with_bytes(&arg(args, 1), context, |b| {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    })?;
    Ok(same.into())
}

/// `name` of an argument as a Rust string (crypto.js passes strings).
fn name_arg(args: &[JsValue], i: usize) -> String {
    args.get(i)
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default()
}

//! Digests and HMAC: `createHash`, `createHmac`, `crypto.hash`, `getHashes`,
//! `subtle.digest` and HMAC sign/verify. Names are OpenSSL's (as Node takes
//! them), case-insensitive, with its aliases.

use super::{bytes_arg, name_arg, output, size_arg, submit, with_input};
use crate::ops::arg;
use crate::ops::buffer::Encoding;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, Finalize, JsData, JsObject, JsResult, JsValue, Trace};
use hmac::SimpleHmac;
use sha2::digest::{ExtendableOutput, FixedOutput, KeyInit, Update};
use std::cell::RefCell;

/// A running digest or HMAC, behind a trait object so one handle type
/// serves every algorithm.
pub trait Stream: Send {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn fork(&self) -> Box<dyn Stream>;
}

/// A fixed-size digest or an HMAC.
struct Fixed<T>(T);

impl<T: Update + FixedOutput + Clone + Send + 'static> Stream for Fixed<T> {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.0.finalize_fixed().to_vec()
    }
    fn fork(&self) -> Box<dyn Stream> {
        Box::new(Fixed(self.0.clone()))
    }
}

/// SHAKE: an extendable output read to the `outputLength` asked for.
struct Xof<T>(T, usize);

impl<T: Update + ExtendableOutput + Clone + Send + 'static> Stream for Xof<T> {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        let mut out = vec![0; self.1];
        self.0.finalize_xof_into(&mut out);
        out
    }
    fn fork(&self) -> Box<dyn Stream> {
        Box::new(Xof(self.0.clone(), self.1))
    }
}

/// Every name Node (OpenSSL) accepts for an algorithm sous has, spelled as
/// `getHashes()` lists it, with the canonical name `with_digest!` dispatches on.
const ALIASES: &[(&str, &str)] = &[
    ("md5", "md5"),
    ("RSA-MD5", "md5"),
    ("md5WithRSAEncryption", "md5"),
    ("ssl3-md5", "md5"),
    ("sha1", "sha1"),
    ("sha-1", "sha1"),
    ("RSA-SHA1", "sha1"),
    ("RSA-SHA1-2", "sha1"),
    ("sha1WithRSAEncryption", "sha1"),
    ("ssl3-sha1", "sha1"),
    ("sha224", "sha224"),
    ("sha-224", "sha224"),
    ("sha2-224", "sha224"),
    ("RSA-SHA224", "sha224"),
    ("sha224WithRSAEncryption", "sha224"),
    ("sha256", "sha256"),
    ("sha-256", "sha256"),
    ("sha2-256", "sha256"),
    ("RSA-SHA256", "sha256"),
    ("sha256WithRSAEncryption", "sha256"),
    ("sha384", "sha384"),
    ("sha-384", "sha384"),
    ("sha2-384", "sha384"),
    ("RSA-SHA384", "sha384"),
    ("sha384WithRSAEncryption", "sha384"),
    ("sha512", "sha512"),
    ("sha-512", "sha512"),
    ("sha2-512", "sha512"),
    ("RSA-SHA512", "sha512"),
    ("sha512WithRSAEncryption", "sha512"),
    ("sha512-224", "sha512-224"),
    ("sha-512/224", "sha512-224"),
    ("sha2-512/224", "sha512-224"),
    ("RSA-SHA512/224", "sha512-224"),
    ("sha512-224WithRSAEncryption", "sha512-224"),
    ("sha512-256", "sha512-256"),
    ("sha-512/256", "sha512-256"),
    ("sha2-512/256", "sha512-256"),
    ("RSA-SHA512/256", "sha512-256"),
    ("sha512-256WithRSAEncryption", "sha512-256"),
    ("sha3-224", "sha3-224"),
    ("RSA-SHA3-224", "sha3-224"),
    ("id-rsassa-pkcs1-v1_5-with-sha3-224", "sha3-224"),
    ("sha3-256", "sha3-256"),
    ("RSA-SHA3-256", "sha3-256"),
    ("id-rsassa-pkcs1-v1_5-with-sha3-256", "sha3-256"),
    ("sha3-384", "sha3-384"),
    ("RSA-SHA3-384", "sha3-384"),
    ("id-rsassa-pkcs1-v1_5-with-sha3-384", "sha3-384"),
    ("sha3-512", "sha3-512"),
    ("RSA-SHA3-512", "sha3-512"),
    ("id-rsassa-pkcs1-v1_5-with-sha3-512", "sha3-512"),
    ("keccak-224", "keccak-224"),
    ("keccak-256", "keccak-256"),
    ("keccak-384", "keccak-384"),
    ("keccak-512", "keccak-512"),
    ("shake128", "shake128"),
    ("shake-128", "shake128"),
    ("shake256", "shake256"),
    ("shake-256", "shake256"),
];

/// The canonical name of `name`, if sous has the algorithm.
pub fn canonical(name: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, c)| *c)
}

/// `$body` with `$d` standing for the fixed-size digest type named
/// `$name` (canonical); `None` for an unknown name or SHAKE.
macro_rules! with_digest {
    ($name:expr, $d:ident => $body:expr) => {
        match $name {
            "md5" => {
                type $d = md5::Md5;
                Some($body)
            }
            "sha1" => {
                type $d = sha1::Sha1;
                Some($body)
            }
            "sha224" => {
                type $d = sha2::Sha224;
                Some($body)
            }
            "sha256" => {
                type $d = sha2::Sha256;
                Some($body)
            }
            "sha384" => {
                type $d = sha2::Sha384;
                Some($body)
            }
            "sha512" => {
                type $d = sha2::Sha512;
                Some($body)
            }
            "sha512-224" => {
                type $d = sha2::Sha512_224;
                Some($body)
            }
            "sha512-256" => {
                type $d = sha2::Sha512_256;
                Some($body)
            }
            "sha3-224" => {
                type $d = sha3::Sha3_224;
                Some($body)
            }
            "sha3-256" => {
                type $d = sha3::Sha3_256;
                Some($body)
            }
            "sha3-384" => {
                type $d = sha3::Sha3_384;
                Some($body)
            }
            "sha3-512" => {
                type $d = sha3::Sha3_512;
                Some($body)
            }
            "keccak-224" => {
                type $d = sha3::Keccak224;
                Some($body)
            }
            "keccak-256" => {
                type $d = sha3::Keccak256;
                Some($body)
            }
            "keccak-384" => {
                type $d = sha3::Keccak384;
                Some($body)
            }
            "keccak-512" => {
                type $d = sha3::Keccak512;
                Some($body)
            }
            _ => None,
        }
    };
}
pub(super) use with_digest;

/// A new digest of `name`; `xof_len` is SHAKE's output length (Node's
/// defaults: 16 bytes for shake128, 32 for shake256).
pub fn new_digest(name: &str, xof_len: Option<usize>) -> Option<Box<dyn Stream>> {
    let name = canonical(name)?;
    match name {
        "shake128" => Some(Box::new(Xof(
            shake::Shake128::default(),
            xof_len.unwrap_or(16),
        ))),
        "shake256" => Some(Box::new(Xof(
            shake::Shake256::default(),
            xof_len.unwrap_or(32),
        ))),
        _ => with_digest!(name, D => Box::new(Fixed(D::default())) as Box<dyn Stream>),
    }
}

/// A new HMAC of the digest `name` keyed with `key`.
pub fn new_hmac(name: &str, key: &[u8]) -> Option<Box<dyn Stream>> {
    with_digest!(canonical(name)?, D => {
        let mac = <SimpleHmac<D> as KeyInit>::new_from_slice(key).ok()?;
        Box::new(Fixed(mac)) as Box<dyn Stream>
    })
}

/// The output length of the digest `name` in bytes.
pub fn digest_size(name: &str) -> Option<usize> {
    new_digest(name, None).map(|d| d.finish().len())
}

/// The native side of a `Hash` or `Hmac`: its stream until `digest()`.
#[derive(Trace, Finalize, JsData)]
struct Handle {
    #[unsafe_ignore_trace]
    stream: RefCell<Option<Box<dyn Stream>>>,
}

/// A handle object for `stream`; null for none (an unknown algorithm).
fn handle(stream: Option<Box<dyn Stream>>) -> JsValue {
    match stream {
        Some(stream) => {
            let stream = RefCell::new(Some(stream));
            JsObject::from_proto_and_data(None, Handle { stream }).into()
        }
        None => JsValue::null(),
    }
}

/// `hashNew(name, outputLength)`: a handle, or null for an unknown name.
pub fn hash_new(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let xof = args
        .get(1)
        .and_then(JsValue::as_number)
        .map(|_| size_arg(args, 1));
    Ok(handle(new_digest(&name_arg(args, 0), xof)))
}

/// `hmacNew(name, key)`: a handle, or null for an unknown name.
pub fn hmac_new(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = name_arg(args, 0);
    let stream = with_input(args, 1, context, |key| new_hmac(&name, key))?;
    Ok(handle(stream))
}

/// Runs `f` on the stream of the handle `args[0]` (none once digested).
fn with_stream<R>(
    args: &[JsValue],
    f: impl FnOnce(&mut Option<Box<dyn Stream>>) -> R,
) -> Option<R> {
    let obj = args.first().and_then(JsValue::as_object)?;
    let h = obj.downcast_ref::<Handle>()?;
    let mut stream = h.stream.borrow_mut();
    Some(f(&mut stream))
}

/// `hashUpdate(handle, data, encoding)`: false once the handle is spent.
pub fn hash_update(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.first().and_then(JsValue::as_object) else {
        return Ok(false.into());
    };
    let Some(h) = obj.downcast_ref::<Handle>() else {
        return Ok(false.into());
    };
    let mut stream = h.stream.borrow_mut();
    let Some(stream) = stream.as_mut() else {
        return Ok(false.into());
    };
    // Reading the data's bytes runs no JavaScript: the borrow is safe.
    with_input(args, 1, context, |data| stream.update(data))?;
    Ok(true.into())
}

/// `hashDigest(handle, encoding)`: the digest as a string or Buffer; the
/// handle is spent.
pub fn hash_digest(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = with_stream(args, Option::take).flatten();
    let bytes = stream.map(|s| s.finish()).unwrap_or_default();
    output(&bytes, Encoding::from_value(args.get(1)), context)
}

/// `hashCopy(handle)`: a new handle in the same state.
pub fn hash_copy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let copy = with_stream(args, |s| s.as_ref().map(|s| s.fork())).flatten();
    Ok(handle(copy))
}

/// `hashOnce(name, data, encoding, outputEncoding)`: `crypto.hash`; null for
/// an unknown name.
pub fn hash_once(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(mut stream) = new_digest(&name_arg(args, 0), None) else {
        return Ok(JsValue::null());
    };
    with_input(args, 1, context, |data| stream.update(data))?;
    output(&stream.finish(), Encoding::from_value(args.get(3)), context)
}

/// `hashAsync(name, data, key, callback)`: a digest (or, with a key, an HMAC)
/// of a Uint8Array on the pool, for `subtle`.
pub fn hash_async(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = name_arg(args, 0);
    let data = bytes_arg(args, 1, context)?;
    let key = match args.get(2) {
        Some(v) if !v.is_undefined() => Some(bytes_arg(args, 2, context)?),
        _ => None,
    };
    submit(context, "crypto.digest", arg(args, 3), move || {
        let stream = match key {
            Some(key) => new_hmac(&name, &key),
            None => new_digest(&name, None),
        };
        let mut stream = stream.ok_or_else(|| format!("Unsupported digest: {name}"))?;
        stream.update(&data);
        Ok(stream.finish())
    })
}

/// `hashSize(name)`: the output length in bytes, or -1 for an unknown name.
pub fn hash_size(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(digest_size(&name_arg(args, 0))
        .map_or(-1.0, |n| n as f64)
        .into())
}

/// `hashNames()`: the names `getHashes()` lists, in Node's (sorted) order.
pub fn hash_names(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut names: Vec<&str> = ALIASES.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    let values: Vec<JsValue> = names.into_iter().map(|n| js_string!(n).into()).collect();
    Ok(JsArray::from_iter(values, context).into())
}

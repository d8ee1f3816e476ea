//! Key derivation: `pbkdf2`/`pbkdf2Sync`, `hkdf`/`hkdfSync`,
//! `scrypt`/`scryptSync`, and `subtle.deriveBits` for PBKDF2 and HKDF.
//! crypto.js has validated every number and the digest name; each native
//! answers now (a Buffer) without a callback, or on the pool with one.

use super::hash::{canonical, with_digest};
use super::{bytes_arg, name_arg, now_or_later, size_arg};
use crate::ops::arg;
use boa_engine::{Context, JsResult, JsValue};
use hmac::SimpleHmac;

/// `pbkdf2(password, salt, iterations, keylen, digest, callback?)`.
pub fn pbkdf2(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let password = bytes_arg(args, 0, context)?;
    let salt = bytes_arg(args, 1, context)?;
    let rounds = size_arg(args, 2).min(u32::MAX as usize) as u32;
    let mut out = vec![0; size_arg(args, 3)];
    let digest = name_arg(args, 4);
    now_or_later(context, "crypto.pbkdf2", arg(args, 5), move || {
        let name = canonical(&digest).unwrap_or_default();
        let done = with_digest!(name, D => {
            pbkdf2::pbkdf2::<SimpleHmac<D>>(&password, &salt, rounds, &mut out).is_ok()
        });
        match done {
            Some(true) => Ok(out),
            _ => Err(format!("Invalid digest: {digest}")),
        }
    })
}

/// `hkdf(digest, key, salt, info, keylen, callback?)`.
pub fn hkdf(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let digest = name_arg(args, 0);
    let key = bytes_arg(args, 1, context)?;
    let salt = bytes_arg(args, 2, context)?;
    let info = bytes_arg(args, 3, context)?;
    let mut out = vec![0; size_arg(args, 4)];
    now_or_later(context, "crypto.hkdf", arg(args, 5), move || {
        let name = canonical(&digest).unwrap_or_default();
        let done = with_digest!(name, D => {
            hkdf::SimpleHkdf::<D>::new(Some(&salt), &key).expand(&info, &mut out).is_ok()
        });
        match done {
            Some(true) => Ok(out),
            Some(false) => Err("Invalid key length".to_string()),
            None => Err(format!("Invalid digest: {digest}")),
        }
    })
}

/// `scrypt(password, salt, N, r, p, keylen, callback?)`: N a power of two.
pub fn scrypt(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let password = bytes_arg(args, 0, context)?;
    let salt = bytes_arg(args, 1, context)?;
    let log_n = size_arg(args, 2).max(1).trailing_zeros() as u8;
    let r = size_arg(args, 3).min(u32::MAX as usize) as u32;
    let p = size_arg(args, 4).min(u32::MAX as usize) as u32;
    let mut out = vec![0; size_arg(args, 5)];
    now_or_later(context, "crypto.scrypt", arg(args, 6), move || {
        let params = scrypt::Params::new(log_n, r, p).map_err(|_| "Invalid scrypt params")?;
        if !out.is_empty() {
            scrypt::scrypt(&password, &salt, &params, &mut out)
                .map_err(|_| "Invalid scrypt params")?;
        }
        Ok(out)
    })
}

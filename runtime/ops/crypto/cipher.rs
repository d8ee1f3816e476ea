//! AES-GCM for `subtle.encrypt`/`subtle.decrypt`: 128-, 192- and 256-bit
//! keys, a 96-bit IV and a 128-bit tag (Web Crypto's defaults; crypto.js
//! refuses other lengths), on the pool.

use super::{bytes_arg, submit};
use crate::ops::arg;
use aes_gcm::aead::consts::U12;
use aes_gcm::aead::{Aead, KeyInit, Nonce, Payload};
use aes_gcm::aes::{Aes128, Aes192, Aes256};
use aes_gcm::AesGcm;
use boa_engine::{Context, JsResult, JsValue};

/// What Web Crypto reports for a failed decryption (a wrong key or tag).
const FAILED: &str = "The operation failed for an operation-specific reason";

/// `aesGcm(encrypt, key, iv, data, additionalData, callback)`: the ciphertext
/// with its tag appended, or the plaintext.
pub fn aes_gcm(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let encrypt = arg(args, 0).to_boolean();
    let key = bytes_arg(args, 1, context)?;
    let iv = bytes_arg(args, 2, context)?;
    let data = bytes_arg(args, 3, context)?;
    let aad = bytes_arg(args, 4, context)?;
    submit(context, "crypto.aesGcm", arg(args, 5), move || {
        let job = Job {
            encrypt,
            key: &key,
            iv: &iv,
            data: &data,
            aad: &aad,
        };
        match key.len() {
            16 => job.run::<AesGcm<Aes128, U12>>(),
            24 => job.run::<AesGcm<Aes192, U12>>(),
            32 => job.run::<AesGcm<Aes256, U12>>(),
            _ => Err(FAILED.to_string()),
        }
    })
}

struct Job<'a> {
    encrypt: bool,
    key: &'a [u8],
    iv: &'a [u8],
    data: &'a [u8],
    aad: &'a [u8],
}

impl Job<'_> {
    fn run<C: Aead + KeyInit>(&self) -> Result<Vec<u8>, String> {
        let cipher = C::new_from_slice(self.key).map_err(|_| FAILED.to_string())?;
        let nonce = Nonce::<C>::try_from(self.iv).map_err(|_| FAILED.to_string())?;
        let payload = Payload {
            msg: self.data,
            aad: self.aad,
        };
        let done = if self.encrypt {
            cipher.encrypt(&nonce, payload)
        } else {
            cipher.decrypt(&nonce, payload)
        };
        done.map_err(|_| FAILED.to_string())
    }
}

//! AES-GCM for `subtle.encrypt`/`subtle.decrypt`: 128-, 192- and 256-bit
//! keys, a 96-bit IV (webcrypto.js refuses other lengths) and each of Web
//! Crypto's tag lengths (32, 64, 96 to 128 bits), on the pool.

use super::{bytes_arg, size_arg, submit};
use crate::ops::arg;
use aes_gcm::aead::consts::{U12, U13, U14, U15, U16, U4, U8};
use aes_gcm::aead::{Aead, KeyInit, Nonce, Payload};
use aes_gcm::aes::{Aes128, Aes192, Aes256};
use aes_gcm::AesGcm;
use boa_engine::{Context, JsResult, JsValue};

/// What Web Crypto reports for a failed decryption (a wrong key or tag).
const FAILED: &str = "The operation failed for an operation-specific reason";

/// `job` with the cipher `$aes` and the tag length `job.tag` (bytes).
macro_rules! run_with_tag {
    ($job:expr, $aes:ty) => {
        match $job.tag {
            4 => $job.run::<AesGcm<$aes, U12, U4>>(),
            8 => $job.run::<AesGcm<$aes, U12, U8>>(),
            12 => $job.run::<AesGcm<$aes, U12, U12>>(),
            13 => $job.run::<AesGcm<$aes, U12, U13>>(),
            14 => $job.run::<AesGcm<$aes, U12, U14>>(),
            15 => $job.run::<AesGcm<$aes, U12, U15>>(),
            16 => $job.run::<AesGcm<$aes, U12, U16>>(),
            _ => Err(FAILED.to_string()),
        }
    };
}

/// `aesGcm(encrypt, key, iv, data, additionalData, tagBytes, callback)`: the
/// ciphertext with its tag appended, or the plaintext.
pub fn aes_gcm(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let encrypt = arg(args, 0).to_boolean();
    let key = bytes_arg(args, 1, context)?;
    let iv = bytes_arg(args, 2, context)?;
    let data = bytes_arg(args, 3, context)?;
    let aad = bytes_arg(args, 4, context)?;
    let tag = size_arg(args, 5);
    submit(context, "crypto.aesGcm", arg(args, 6), move || {
        let job = Job {
            encrypt,
            key: &key,
            iv: &iv,
            data: &data,
            aad: &aad,
            tag,
        };
        match key.len() {
            16 => run_with_tag!(job, Aes128),
            24 => run_with_tag!(job, Aes192),
            32 => run_with_tag!(job, Aes256),
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
    tag: usize,
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

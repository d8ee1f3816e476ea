//! Natives of `URL`, `URLSearchParams` and `node:url` (stdlib-js/url.js):
//! the `url` crate implements the WHATWG URL standard, the one Node's ada
//! implements, so parsing, setters and IDNA are the standard's.
//!
//! A parsed URL crosses to JavaScript as its components (see [`COMPONENTS`]);
//! the JavaScript object keeps them and asks again after each setter.

use super::{arg, NativeFn};
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};
use url::{quirks, Url};

/// The order of the components array: href, origin, protocol, username,
/// password, host, hostname, port, pathname, search, hash.
const COMPONENTS: usize = 11;

pub fn binding(context: &mut Context) -> JsResult<JsObject> {
    let functions: [(&str, NativeFn, usize); 8] = [
        ("parse", parse, 2),
        ("update", update, 3),
        ("formParse", form_parse, 1),
        ("formSerialize", form_serialize, 1),
        ("domainToASCII", domain_to_ascii, 1),
        ("domainToUnicode", domain_to_unicode, 1),
        ("toASCII", to_ascii, 1),
        ("encodePath", encode_path_native, 1),
    ];
    Ok(super::binding_functions(context, &functions).build())
}

/// A JavaScript string as a Rust one; lone surrogates become U+FFFD, as the
/// standard's USVString conversion does.
fn text(value: &JsValue, context: &mut Context) -> JsResult<String> {
    Ok(value.to_string(context)?.to_std_string_lossy())
}

fn components(url: &Url, context: &mut Context) -> JsValue {
    let parts: [String; COMPONENTS] = [
        quirks::href(url).to_owned(),
        quirks::origin(url),
        quirks::protocol(url).to_owned(),
        quirks::username(url).to_owned(),
        quirks::password(url).to_owned(),
        quirks::host(url).to_owned(),
        quirks::hostname(url).to_owned(),
        quirks::port(url).to_owned(),
        quirks::pathname(url).to_owned(),
        quirks::search(url).to_owned(),
        quirks::hash(url).to_owned(),
    ];
    let values = parts.map(|p| JsValue::from(JsString::from(p.as_str())));
    JsArray::from_iter(values, context).into()
}

/// `parse(input, base)`: the components of the URL, or `undefined` when
/// `input` (against `base`, unless that is `undefined`) is not a valid URL.
fn parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = text(&arg(args, 0), context)?;
    let base = arg(args, 1);
    let parsed = if base.is_undefined() {
        Url::parse(&input)
    } else {
        let base = text(&base, context)?;
        match Url::parse(&base) {
            Ok(base) => Url::options().base_url(Some(&base)).parse(&input),
            Err(e) => Err(e),
        }
    };
    Ok(match parsed {
        Ok(url) => components(&url, context),
        Err(_) => JsValue::undefined(),
    })
}

/// `update(href, index, value)`: the components after setting the one at
/// `index` (as in [`COMPONENTS`]) to `value`; `undefined` when the href
/// setter is given an invalid URL. Other setters ignore what they cannot
/// use, as the standard says.
fn update(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let href = text(&arg(args, 0), context)?;
    let index = arg(args, 1).to_u32(context)?;
    let value = text(&arg(args, 2), context)?;
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(JsValue::undefined());
    };
    // The setters without a failure ignore what they cannot use.
    match index {
        8 => quirks::set_pathname(&mut url, &value),
        9 => quirks::set_search(&mut url, &value),
        10 => quirks::set_hash(&mut url, &value),
        _ => {
            let done = match index {
                0 => quirks::set_href(&mut url, &value).map_err(drop),
                2 => quirks::set_protocol(&mut url, &value),
                3 => quirks::set_username(&mut url, &value),
                4 => quirks::set_password(&mut url, &value),
                5 => quirks::set_host(&mut url, &value),
                6 => quirks::set_hostname(&mut url, &value),
                7 => quirks::set_port(&mut url, &value),
                _ => Ok(()),
            };
            if index == 0 && done.is_err() {
                return Ok(JsValue::undefined());
            }
        }
    }
    Ok(components(&url, context))
}

/// The application/x-www-form-urlencoded parser: `[name, value, name, value, ...]`.
fn form_parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = text(&arg(args, 0), context)?;
    let mut values = Vec::new();
    for (name, value) in form_urlencoded::parse(input.as_bytes()) {
        values.push(JsValue::from(JsString::from(name.as_ref())));
        values.push(JsValue::from(JsString::from(value.as_ref())));
    }
    Ok(JsArray::from_iter(values, context).into())
}

/// The application/x-www-form-urlencoded serializer of `[name, value, ...]`.
fn form_serialize(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = arg(args, 0);
    let Some(list) = list.as_object() else {
        return Ok(js_string!().into());
    };
    let length = list
        .get(js_string!("length"), context)?
        .to_length(context)?;
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    let mut i = 0;
    while i + 1 < length {
        let name = text(&list.get(i, context)?, context)?;
        let value = text(&list.get(i + 1, context)?, context)?;
        serializer.append_pair(&name, &value);
        i += 2;
    }
    Ok(JsString::from(serializer.finish().as_str()).into())
}

/// A domain as the hostname setter of a special URL leaves it (Node's
/// `url.domainToASCII`): punycode, lower case, IPv4 normalized; `None` if invalid.
fn special_hostname(domain: &str) -> Option<String> {
    let mut url = Url::parse("ws://x").ok()?;
    quirks::set_hostname(&mut url, domain).ok()?;
    Some(quirks::hostname(&url).to_owned())
}

fn domain_to_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = text(&arg(args, 0), context)?;
    let ascii = special_hostname(&domain).unwrap_or_default();
    Ok(JsString::from(ascii.as_str()).into())
}

fn domain_to_unicode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = text(&arg(args, 0), context)?;
    let unicode = special_hostname(&domain)
        .map(|ascii| idna::domain_to_unicode(&ascii).0)
        .unwrap_or_default();
    Ok(JsString::from(unicode.as_str()).into())
}

/// UTS #46 to-ASCII with no character deny list, as the legacy `url.parse`
/// applies to a hostname; `''` when it fails.
fn to_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = text(&arg(args, 0), context)?;
    let ascii = idna::domain_to_ascii(&domain).unwrap_or_default();
    Ok(JsString::from(ascii.as_str()).into())
}

/// Whether `pathToFileURL` percent-encodes the ASCII byte `b`: controls,
/// space, `"#%<>?[\\]^`{|}~` and DEL (more than the URL path set: Node's rule).
fn path_escapes(b: u8) -> bool {
    b <= b' ' || b >= 0x7f || b"\"#%<>?[\\]^`{|}~".contains(&b)
}

/// A file path with the bytes `pathToFileURL` escapes percent-encoded
/// (non-ASCII as UTF-8).
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if path_escapes(b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out
}

/// The `file:` URL of an absolute path, as Node's `pathToFileURL` gives it
/// (`import.meta.url`).
pub fn file_url(path: &str) -> String {
    format!("file://{}", encode_path(path))
}

fn encode_path_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = text(&arg(args, 0), context)?;
    Ok(JsString::from(encode_path(&path).as_str()).into())
}

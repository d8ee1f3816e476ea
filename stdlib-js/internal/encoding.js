'use strict';
// TextEncoder / TextDecoder (UTF-8 only, as in a Node build without ICU
// for other encodings), used when the engine provides none.

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    const str = String(input);
    const out = [];
    for (let i = 0; i < str.length; i++) {
      let c = str.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }

  encodeInto(src, dest) {
    const bytes = this.encode(src);
    const written = Math.min(bytes.length, dest.length);
    dest.set(bytes.subarray(0, written));
    return { read: String(src).length, written };
  }
}

class TextDecoder {
  #fatal;
  #ignoreBOM;

  constructor(encoding = 'utf-8', options = {}) {
    const label = String(encoding).trim().toLowerCase();
    if (label !== 'utf-8' && label !== 'utf8' && label !== 'unicode-1-1-utf-8') {
      const err = new RangeError(`The "${encoding}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() {
    return 'utf-8';
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  decode(input = new Uint8Array(0)) {
    let bytes;
    if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else bytes = new Uint8Array(input);
    const units = [];
    let i = 0;
    if (!this.#ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
    const bad = () => {
      if (this.#fatal) {
        const err = new TypeError('The encoded data was not valid for encoding utf-8');
        err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw err;
      }
      units.push(0xfffd);
    };
    while (i < bytes.length) {
      const b = bytes[i];
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b < 0x80) {
        units.push(b);
        i++;
        continue;
      } else if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        cp = b & 0xf;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        cp = b & 0x7;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else {
        bad();
        i++;
        continue;
      }
      let j = 1;
      for (; j <= need; j++) {
        const c = bytes[i + j];
        if (c === undefined || c < (j === 1 ? lower : 0x80) || c > (j === 1 ? upper : 0xbf)) break;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (j <= need) {
        bad();
        i += j;
        continue;
      }
      i += need + 1;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        units.push(cp);
      }
    }
    let out = '';
    for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
    return out;
  }
}

module.exports = { TextEncoder, TextDecoder };

'use strict';
// Parsing a multipart/form-data body into a FormData (for Body.formData()).

function indexOf(bytes, pattern, from) {
  outer: for (let i = from; i <= bytes.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

function invalid() {
  return new TypeError('Failed to parse body as FormData.');
}

/// Appends each part of `bytes` (delimited by `boundary`) to `form`.
function parseInto(form, bytes, boundary) {
  const { File } = require('buffer');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const delimiter = encoder.encode(`--${boundary}`);
  const headerEnd = encoder.encode('\r\n\r\n');
  let at = indexOf(bytes, delimiter, 0);
  if (at === -1) throw invalid();
  for (;;) {
    at += delimiter.length;
    if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return;
    if (bytes[at] !== 0x0d || bytes[at + 1] !== 0x0a) throw invalid();
    at += 2;
    const headEnd = indexOf(bytes, headerEnd, at);
    if (headEnd === -1) throw invalid();
    const head = decoder.decode(bytes.subarray(at, headEnd));
    const next = indexOf(bytes, delimiter, headEnd + 4);
    if (next === -1) throw invalid();
    // The part's content ends before the CRLF that precedes the next delimiter.
    const content = bytes.slice(headEnd + 4, next - 2);
    const disposition = /content-disposition:\s*form-data\s*;([^\r\n]*)/i.exec(head);
    if (disposition === null) throw invalid();
    const name = /\bname="([^"]*)"/i.exec(disposition[1]);
    if (name === null) throw invalid();
    const filename = /\bfilename="([^"]*)"/i.exec(disposition[1]);
    const unescape = (text) => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');
    if (filename === null) {
      form.append(unescape(name[1]), decoder.decode(content));
    } else {
      const type = /content-type:\s*([^\r\n]*)/i.exec(head);
      form.append(unescape(name[1]), new File([content], unescape(filename[1]), { type: type ? type[1] : '' }));
    }
    at = next;
  }
}

module.exports = { parseInto };

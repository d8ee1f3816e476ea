'use strict';
// Cutting a stream of bytes into lines, for an Interface without a terminal. A line ends at
// \n, \r\n, a lone \r, U+2028 or U+2029, as in Node. The search runs on the bytes (the native
// Uint8Array indexOf) and the lines are decoded from UTF-8 (an ASCII chunk at once): a regular
// expression, indexOf or a character loop over the decoded text costs Boa several times more. Every line ending is ASCII
// or a whole UTF-8 sequence, so a cut never splits a character; an unfinished line (and an
// unfinished character) waits, as bytes, for the next chunk.

const { Buffer, isAscii } = require('buffer');

const LF = 0x0a;
const CR = 0x0d;
// U+2028 and U+2029 in UTF-8: E2 80 A8 and E2 80 A9.
const SEP_LEAD = 0xe2;
const indexOfByte = Uint8Array.prototype.indexOf;

/// Where the next occurrence of a byte is, from `from` on: asked again only once passed, so that
/// a byte that is rare (or absent) is not searched for at every line.
class NextByte {
  constructor(bytes, byte) {
    this.bytes = bytes;
    this.byte = byte;
    this.at = -2;
  }

  from(from) {
    if (this.at !== -1 && this.at < from) this.at = indexOfByte.call(this.bytes, this.byte, from);
    return this.at === -1 ? Infinity : this.at;
  }
}

/// The lines of `bytes` that has \n as its only line ending, pushed on `lines`; where the
/// unfinished line starts. `text` is the bytes decoded when they are ASCII (a byte offset is
/// then a character offset: one decoding for the chunk), else each line is decoded.
function cutAtLf(bytes, text, lines) {
  let start = 0;
  let end;
  if (text !== null) {
    while ((end = indexOfByte.call(bytes, LF, start)) !== -1) {
      lines.push(text.slice(start, end));
      start = end + 1;
    }
  } else {
    while ((end = indexOfByte.call(bytes, LF, start)) !== -1) {
      lines.push(bytes.utf8Slice(start, end));
      start = end + 1;
    }
  }
  return start;
}

/// The same with every line ending: \n, \r\n, \r, U+2028, U+2029.
function cutAtAny(bytes, text, lines) {
  const lf = new NextByte(bytes, LF);
  const cr = new NextByte(bytes, CR);
  const sep = new NextByte(bytes, SEP_LEAD);
  let start = 0;
  while (start < bytes.length) {
    const atLf = lf.from(start);
    const atCr = cr.from(start);
    let atSep = sep.from(start);
    // An E2 that does not start U+2028/U+2029 (or whose sequence is not all here yet).
    while (atSep < Math.min(atLf, atCr) && !(bytes[atSep + 1] === 0x80 &&
      (bytes[atSep + 2] === 0xa8 || bytes[atSep + 2] === 0xa9))) atSep = sep.from(atSep + 1);
    const end = Math.min(atLf, atCr, atSep);
    if (end === Infinity) break;
    lines.push(text !== null ? text.slice(start, end) : bytes.utf8Slice(start, end));
    if (end === atSep) start = end + 3;
    else if (end === atCr && bytes[end + 1] === LF) start = end + 2;
    else start = end + 1;
  }
  return start;
}

class LineSplitter {
  constructor() {
    // The bytes of the line not yet ended.
    this.pending = null;
    // When a chunk ended with \r: a \n starting the next one (within crlfDelay ms) is its \r\n.
    this.sawReturnAt = 0;
  }

  /// Cuts `chunk` (a string or bytes) into lines: those it ended (maybe none).
  push(chunk, crlfDelay) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8')
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.sawReturnAt && Date.now() - this.sawReturnAt <= crlfDelay) {
      if (bytes[0] === LF) bytes = bytes.subarray(1);
      this.sawReturnAt = 0;
    }
    if (this.pending) {
      bytes = Buffer.concat([this.pending, bytes]);
      this.pending = null;
    }
    const text = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : null;
    const lines = [];
    const start = indexOfByte.call(bytes, CR) === -1 && indexOfByte.call(bytes, SEP_LEAD) === -1
      ? cutAtLf(bytes, text, lines) : cutAtAny(bytes, text, lines);
    if (start > 0) this.sawReturnAt = start === bytes.length && bytes[start - 1] === CR ? Date.now() : 0;
    // A copy: the chunk belongs to whoever wrote it.
    if (start < bytes.length) this.pending = Buffer.from(bytes.subarray(start));
    return lines;
  }

  /// The line not ended when the input ends ('' if none); a character left unfinished at the
  /// very end is not part of it (the decoder would still be waiting for its bytes).
  rest() {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return '';
    const { StringDecoder } = require('string_decoder');
    return new StringDecoder('utf8').write(pending);
  }
}

module.exports = { LineSplitter };

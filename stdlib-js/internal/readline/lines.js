'use strict';
// Cutting a stream of bytes into lines, for an Interface without a terminal. A line ends at
// \n, \r\n, a lone \r, U+2028 or U+2029, as in Node. The search runs on the bytes (the buffer
// binding's indexOf) and the lines are decoded from UTF-8 (an ASCII chunk at once): a regular
// expression, indexOf or a character loop over the decoded text costs Boa several times more.
// Every line ending is ASCII or a whole UTF-8 sequence, so a cut never splits a character; an
// unfinished line (and an unfinished character) waits, as bytes, for the next chunk.

const { Buffer, isAscii } = require('buffer');

const LF = 0x0a;
const CR = 0x0d;
// U+2028 and U+2029 in UTF-8: E2 80 A8 and E2 80 A9.
const SEP_LEAD = 0xe2;
// The buffer binding's search: Uint8Array's indexOf costs Boa about 90 ns a byte it passes.
const nativeIndexOf = internalBinding('buffer').indexOf;
const LF_BYTE = Buffer.from([LF]);
const CR_BYTE = Buffer.from([CR]);
const SEP_LEAD_BYTE = Buffer.from([SEP_LEAD]);

/// Where `needle` (one of the bytes above) is in `bytes` from `from` on, or -1.
function indexOfByte(bytes, needle, from = 0) {
  return nativeIndexOf(bytes, needle, from, true, false);
}

/// Where the next occurrence of a byte is, from `from` on: asked again only once passed, so that
/// a byte that is rare (or absent) is not searched for at every line.
class NextByte {
  constructor(bytes, needle) {
    this.bytes = bytes;
    this.needle = needle;
    this.at = -2;
  }

  from(from) {
    if (this.at !== -1 && this.at < from) this.at = indexOfByte(this.bytes, this.needle, from);
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
    while ((end = indexOfByte(bytes, LF_BYTE, start)) !== -1) {
      lines.push(text.slice(start, end));
      start = end + 1;
    }
  } else {
    while ((end = indexOfByte(bytes, LF_BYTE, start)) !== -1) {
      lines.push(bytes.utf8Slice(start, end));
      start = end + 1;
    }
  }
  return start;
}

/// The same with every line ending: \n, \r\n, \r, U+2028, U+2029.
function cutAtAny(bytes, text, lines) {
  const lf = new NextByte(bytes, LF_BYTE);
  const cr = new NextByte(bytes, CR_BYTE);
  const sep = new NextByte(bytes, SEP_LEAD_BYTE);
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

/// Whether the bytes `parts` end with the first one or two bytes of U+2028/U+2029.
function separatorBegun(parts) {
  const n = parts.length;
  if (n === 0) return false;
  const last = parts[n - 1];
  const before = last.length > 1 ? last[last.length - 2] : n > 1 ? parts[n - 2][parts[n - 2].length - 1] : undefined;
  return last[last.length - 1] === SEP_LEAD || (before === SEP_LEAD && last[last.length - 1] === 0x80);
}

class LineSplitter {
  constructor() {
    // The bytes of the line not yet ended, chunk by chunk: joined once the line ends, so that a
    // very long line costs no more than its length.
    this.pending = [];
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
    if (bytes.length === 0) return [];
    const endsALine = indexOfByte(bytes, LF_BYTE) !== -1 || indexOfByte(bytes, CR_BYTE) !== -1 ||
      indexOfByte(bytes, SEP_LEAD_BYTE) !== -1 || separatorBegun(this.pending);
    // Copies: the chunk belongs to whoever wrote it.
    if (!endsALine) {
      this.pending.push(Buffer.from(bytes));
      return [];
    }
    if (this.pending.length > 0) {
      this.pending.push(bytes);
      bytes = Buffer.concat(this.pending);
      this.pending = [];
    }
    const text = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : null;
    const lines = [];
    const start = indexOfByte(bytes, CR_BYTE) === -1 && indexOfByte(bytes, SEP_LEAD_BYTE) === -1
      ? cutAtLf(bytes, text, lines) : cutAtAny(bytes, text, lines);
    if (start > 0) this.sawReturnAt = start === bytes.length && bytes[start - 1] === CR ? Date.now() : 0;
    if (start < bytes.length) this.pending.push(Buffer.from(bytes.subarray(start)));
    return lines;
  }

  /// The line not ended when the input ends ('' if none); a character left unfinished at the
  /// very end is not part of it (the decoder would still be waiting for its bytes).
  rest() {
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0) return '';
    const { StringDecoder } = require('string_decoder');
    return new StringDecoder('utf8').write(Buffer.concat(pending));
  }
}

module.exports = { LineSplitter };

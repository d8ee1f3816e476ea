'use strict';
// Node's encoding names (case-insensitive) and the numbers the natives in
// runtime/ops/buffer.rs know them by (see `Encoding::from_value`).

const codes = {
  utf8: 1, 'utf-8': 1, utf16le: 2, 'utf-16le': 2, ucs2: 2, 'ucs-2': 2,
  latin1: 3, binary: 3, ascii: 4, base64: 5, base64url: 6, hex: 7,
};

/// The code of an encoding name; 1 (utf8) when none is given; undefined if unknown.
function encodingCode(encoding) {
  if (encoding === undefined || encoding === '') return 1;
  const code = codes[encoding];
  if (code !== undefined) return code;
  return codes[`${encoding}`.toLowerCase()];
}

module.exports = { encodingCode };

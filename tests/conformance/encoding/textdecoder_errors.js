// TextDecoder errors: labels, options, inputs, receivers, fatal data.
function attempt(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e), `${e}`.split('\n')[0]);
  }
}
for (const label of ['nope', 'utf-7', 'replacement', 'iso-2022-kr', 'hz-gb-2312', '', ' ', 123, null, {}, 'utf8\u00a0']) {
  attempt(`label ${String(label)}`, () => new TextDecoder(label).encoding);
}
for (const options of [5, 'str', true, Symbol.iterator, () => {}, [], null, undefined]) {
  attempt(`options ${typeof options}`, () => new TextDecoder('utf-8', options).fatal);
}
for (const enc of ['utf-8', 'windows-1252', 'utf-16le', 'shift_jis', 'iso-8859-2']) {
  for (const input of [5, 'str', null, {}, [1, 2], true]) {
    attempt(`decode ${enc} ${JSON.stringify(input)}`, () => new TextDecoder(enc).decode(input));
  }
  attempt(`decode ${enc} options 5`, () => new TextDecoder(enc).decode(new Uint8Array(1), 5));
  attempt(`decode ${enc} options null`, () => new TextDecoder(enc).decode(new Uint8Array([0x41]), null));
}
// (Node's ICU judges lone high bytes of the CJK encodings otherwise than the standard.)
for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1253', 'iso-8859-8', 'iso-8859-3', 'windows-874', 'ibm866']) {
  for (const bytes of [[0xff], [0x80], [0xd8, 0x00], [0x1b, 0x28], [0xaa], [0xa5], [0xdb]]) {
    attempt(`fatal ${enc} ${bytes}`, () => new TextDecoder(enc, { fatal: true }).decode(new Uint8Array(bytes)));
  }
}
for (const enc of ['shift_jis', 'euc-kr', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp']) {
  for (const bytes of [[0x41, 0xd8, 0x00], [0x1b, 0x28], [0x41]]) {
    attempt(`fatal ${enc} ${bytes}`, () => new TextDecoder(enc, { fatal: true }).decode(new Uint8Array(bytes)));
  }
}
attempt('decode on {}', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
for (const p of ['encoding', 'fatal', 'ignoreBOM']) {
  attempt(`${p} on {}`, () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, p).get.call({}));
}

'use strict';
// readline.emitKeypressEvents: 'keypress' events decoded from a stream's 'data'. The decoder is a
// generator fed one character at a time, so an escape sequence split over chunks still makes one
// key; a lone ESC at the end of a chunk becomes the escape key after `escapeCodeTimeout` ms.

const kEscape = '\x1b';
const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kSawKeyPress = Symbol('kSawKeyPress');
const ESCAPE_CODE_TIMEOUT = 500;

/// UTF-16 units of the character at `i` (2 for a surrogate pair), and of the one before `i`.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// The keys of the escape sequences terminals send: code (what follows ESC, modifiers taken
// out) → [name, extra modifier]. Sources: xterm, gnome, rxvt, putty, cygwin/libuv.
const keyOfCode = {};
function keys(name, extra, ...codes) {
  for (const code of codes) keyOfCode[code] = [name, extra];
}
keys('f1', '', '[P', 'OP', '[11~', '[[A');
keys('f2', '', '[Q', 'OQ', '[12~', '[[B');
keys('f3', '', '[R', 'OR', '[13~', '[[C');
keys('f4', '', '[S', 'OS', '[14~', '[[D');
keys('f5', '', '[15~', '[[E');
keys('f6', '', '[17~');
keys('f7', '', '[18~');
keys('f8', '', '[19~');
keys('f9', '', '[20~');
keys('f10', '', '[21~');
keys('f11', '', '[23~');
keys('f12', '', '[24~');
keys('paste-start', '', '[200~');
keys('paste-end', '', '[201~');
keys('up', '', '[A', 'OA');
keys('down', '', '[B', 'OB');
keys('right', '', '[C', 'OC');
keys('left', '', '[D', 'OD');
keys('clear', '', '[E', 'OE');
keys('end', '', '[F', 'OF', '[4~', '[8~');
keys('home', '', '[H', 'OH', '[1~', '[7~');
keys('insert', '', '[2~');
keys('delete', '', '[3~');
keys('pageup', '', '[5~', '[[5~');
keys('pagedown', '', '[6~', '[[6~');
// rxvt: shift with lower-case letters or '$', ctrl with 'O' + lower case or '^'.
keys('up', 'shift', '[a');
keys('down', 'shift', '[b');
keys('right', 'shift', '[c');
keys('left', 'shift', '[d');
keys('clear', 'shift', '[e');
keys('insert', 'shift', '[2$');
keys('delete', 'shift', '[3$');
keys('pageup', 'shift', '[5$');
keys('pagedown', 'shift', '[6$');
keys('home', 'shift', '[7$');
keys('end', 'shift', '[8$');
keys('up', 'ctrl', 'Oa');
keys('down', 'ctrl', 'Ob');
keys('right', 'ctrl', 'Oc');
keys('left', 'ctrl', 'Od');
keys('clear', 'ctrl', 'Oe');
keys('insert', 'ctrl', '[2^');
keys('delete', 'ctrl', '[3^');
keys('pageup', 'ctrl', '[5^');
keys('pagedown', 'ctrl', '[6^');
keys('home', 'ctrl', '[7^');
keys('end', 'ctrl', '[8^');
keys('tab', 'shift', '[Z');

const isDigit = (ch) => ch >= '0' && ch <= '9';

/// The generator that decodes keys from characters and emits them on `stream`. After ESC [
/// (or ESC O) it takes up to three digits, an optional `;modifier`, and the final character.
function* decodeKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }
    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, ESC O modifier letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        s += (ch = yield);
        // ESC [ [ letter (cygwin), ESC [ [ num ~ (putty)
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) s += (ch = yield);
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let match;
        if ((match = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd))) {
          // `24;5~` is [24~ with modifier 5; three digits (`200~`) carry none.
          if (match[4]) {
            code += match[4];
          } else {
            code += match[1] + match[3];
            modifier = (match[2] || 1) - 1;
          }
        } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
          // `1;5H` is [H with modifier 5.
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = Boolean(modifier & 4);
      key.meta = Boolean(modifier & 10);
      key.shift = Boolean(modifier & 1);
      key.code = code;
      const known = keyOfCode[code];
      key.name = known ? known[0] : 'undefined';
      if (known && known[1]) key[known[1]] = true;
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl+letter
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // The escape timed out ('' fed) or meta with another character.
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }
    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // One unnamed character, such as '.'.
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken escape sequence: nothing is emitted.
  }
}

function startDecoder(stream) {
  stream[kEscapeDecoder] = decodeKeys(stream);
  stream[kEscapeDecoder].next();
}

/// Makes `stream` emit 'keypress' (once per stream) while someone listens for it. `iface`, the
/// Interface reading it, learns whether a chunk was one key (tab completion is only for those).
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  startDecoder(stream);
  const triggerEscape = () => stream[kEscapeDecoder].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody is listening: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeoutId);
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        if (length === string.length && character === kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw inside the generator, which is now done: start again.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, charLengthAt, charLengthLeft, kSawKeyPress, ESCAPE_CODE_TIMEOUT };

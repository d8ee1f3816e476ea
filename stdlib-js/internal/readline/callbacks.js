'use strict';
// readline.cursorTo, moveCursor, clearLine and clearScreenDown: the ANSI/VT100 control sequences
// written to a stream, with an optional callback for the write. The same sequences serve the
// Readline class of readline/promises and the Interface's own redrawing.

const { makeNodeError, define } = require('internal/errors');
const { validateFunction } = require('internal/events/validate');

define('ERR_INVALID_CURSOR_POS', TypeError, () => 'Cannot set cursor row without setting its column');

const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

/// The sequence that puts the cursor at column `x` (and row `y` when it is a number).
const cursorToSequence = (x, y) => (typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);

/// The sequence that moves the cursor `dx` columns and `dy` rows ('' for none).
function moveCursorSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}

const clearLineSequence = (dir) => (dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);

/// Nothing to write: the callback still runs, on the next tick.
function nothingToWrite(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'x', x);
  if (Number.isNaN(y)) throw makeNodeError('ERR_INVALID_ARG_VALUE', 'y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return nothingToWrite(callback);
  if (typeof x !== 'number') throw makeNodeError('ERR_INVALID_CURSOR_POS');
  return stream.write(cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToWrite(callback);
  return stream.write(moveCursorSequence(dx, dy), callback);
}

/// dir < 0: to the start of the line, > 0: to its end, 0: the whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToWrite(callback);
  return stream.write(clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToWrite(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  cursorTo, moveCursor, clearLine, clearScreenDown,
  cursorToSequence, moveCursorSequence, clearLineSequence, kClearScreenDown,
};

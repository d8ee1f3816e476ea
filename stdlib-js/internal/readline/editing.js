'use strict';
// The line editor of a terminal Interface: what each key does to `line` and `cursor` (emacs
// bindings: Ctrl-A/E/B/F/U/K/W/Y/H/D/L/N/P, words with Meta or Ctrl, history up/down with prefix
// search, undo/redo, tab completion) and how the change is drawn.

const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const { charLengthAt, charLengthLeft } = require('internal/readline/keypress');
const { AbortError } = require('internal/errors');

const kUndoStack = Symbol('kUndoStack');
const kRedoStack = Symbol('kRedoStack');
const kKillRing = Symbol('kKillRing');
const kKillRingCursor = Symbol('kKillRingCursor');
const kYanking = Symbol('kYanking');
const kSubstringSearch = Symbol('kSubstringSearch');
const kPreviousKey = Symbol('kPreviousKey');
// When the last \r came (its \n, if it follows within crlfDelay ms, sends no second line).
const kSawReturnAtKey = Symbol('kSawReturnAtKey');
// How a pending readline/promises question is rejected (Ctrl-C, Ctrl-D).
const kQuestionReject = Symbol('kQuestionReject');
const kMaxUndoRedoStackSize = 2048;
const kMaxKillRingSize = 32;
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;
// A word before the cursor, matched on the reversed text; a word (and the space after) after it.
const wordBefore = /^\s*(?:[^\w\s]+|\w+)?/;
const wordAfter = /^(?:\s+|[^\w\s]+|\w+)\s*/;

const reversed = (s) => Array.from(s).reverse().join('');

function init(rl) {
  rl[kUndoStack] = [];
  rl[kRedoStack] = [];
  rl[kKillRing] = [];
  rl[kKillRingCursor] = 0;
  rl[kYanking] = false;
  rl[kSubstringSearch] = null;
  rl[kPreviousKey] = null;
}

const methods = {
  /// One key (or pasted text) typed on the terminal.
  _ttyWrite(s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;
    // Up and down search the history for what is before the cursor; any other key ends that.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }
    // Ctrl-_ undoes, Ctrl-^ redoes.
    if (key.sequence === '\x1f') {
      this._undo();
      return;
    }
    if (key.sequence === '\x1e') {
      this._redo();
      return;
    }
    if (key.name === 'escape') return;
    if (key.ctrl && key.shift) this._ctrlShiftKey(key);
    else if (key.ctrl) this._ctrlKey(key);
    else if (key.meta) this._metaKey(key);
    else this._plainKey(s, key, previousKey);
  },

  _ctrlShiftKey(key) {
    if (key.name === 'backspace') this._deleteLineLeft();
    else if (key.name === 'delete') this._deleteLineRight();
  },

  _ctrlKey(key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) {
          this.emit('SIGINT');
        } else {
          this.close();
          this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
        }
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        // EOF on an empty line, else delete right.
        if (this.cursor === 0 && this.line.length === 0) {
          this.close();
          this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
        } else if (this.cursor < this.line.length) {
          this._deleteRight();
        }
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(+Infinity); break;
      case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'y': this._yank(); break;
      case 'z':
        // Suspending the process needs job control, which sous does not do: only the event.
        if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
        break;
      case 'w':
      case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
  },

  _metaKey(key) {
    switch (key.name) {
      case 'b': this._wordLeft(); break;
      case 'f': this._wordRight(); break;
      case 'd':
      case 'delete': this._deleteWordRight(); break;
      case 'backspace': this._deleteWordLeft(); break;
      case 'y': this._yankPop(); break;
    }
  },

  _plainKey(s, key, previousKey) {
    if (this[kSawReturnAtKey] && key.name !== 'enter') this[kSawReturnAtKey] = 0;
    switch (key.name) {
      case 'return':
        this[kSawReturnAtKey] = Date.now();
        this._line();
        return;
      case 'enter':
        // The \n of a \r\n: the line already went out at the \r.
        if (!this[kSawReturnAtKey] || Date.now() - this[kSawReturnAtKey] > this.crlfDelay) this._line();
        this[kSawReturnAtKey] = 0;
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
      case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(+Infinity); return;
      case 'up': this._historyPrev(); return;
      case 'down': this._historyNext(); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete(previousKey && previousKey.name === 'tab');
          return;
        }
        break;
    }
    if (typeof s !== 'string' || !s) return;
    // Pasted text: each line ending sends a line.
    lineEnding.lastIndex = 0;
    let lastIndex = 0;
    let match;
    while ((match = lineEnding.exec(s)) !== null) {
      this._insertString(s.slice(lastIndex, match.index));
      ({ lastIndex } = lineEnding);
      this._line();
      lineEnding.lastIndex = lastIndex;
    }
    this._insertString(s.slice(lastIndex));
  },

  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this._onLine(line);
  },

  /// Ends the line on the screen and starts an empty one.
  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  },

  /// Remembers the line before an edit, for undo.
  _beforeEdit(oldText, oldCursor) {
    this[kUndoStack].push({ text: oldText, cursor: oldCursor });
    if (this[kUndoStack].length > kMaxUndoRedoStackSize) this[kUndoStack].shift();
    this[kRedoStack] = [];
  },

  _undo() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    ({ text: this.line, cursor: this.cursor } = this[kUndoStack].pop());
    this._refreshLine();
  },

  _redo() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    ({ text: this.line, cursor: this.cursor } = this[kRedoStack].pop());
    this._refreshLine();
  },

  _insertString(c) {
    this._beforeEdit(this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Inside a chunk of several keys (a paste): written as it comes, the line is redrawn at
      // the chunk's last key.
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._writeToOutput(c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    // At the end of the line, only the new text is written (unless it wrapped to a new row).
    if (oldPos.rows < this.getCursorPos().rows) this._refreshLine();
    else this._writeToOutput(c);
  },

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  },

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit(this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this._refreshLine();
    }
  },

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this._refreshLine();
    }
  },

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit(this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      leading = leading.slice(0, leading.length - wordBefore.exec(reversed(leading))[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  },

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(wordAfter.exec(trailing)[0].length);
      this._refreshLine();
    }
  },

  _deleteLineLeft() {
    this._beforeEdit(this.line, this.cursor);
    const deleted = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._pushToKillRing(deleted);
    this._refreshLine();
  },

  _deleteLineRight() {
    this._beforeEdit(this.line, this.cursor);
    const deleted = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this._pushToKillRing(deleted);
    this._refreshLine();
  },

  _pushToKillRing(text) {
    if (!text || text === this[kKillRing][0]) return;
    this[kKillRing].unshift(text);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxKillRingSize) this[kKillRing].pop();
  },

  /// Ctrl-Y: the last text deleted with Ctrl-U or Ctrl-K, at the cursor.
  _yank() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this._insertString(this[kKillRing][this[kKillRingCursor]]);
    }
  },

  /// Meta-Y right after a yank: the yanked text replaced by the one deleted before it.
  _yankPop() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const lastYank = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor]++;
    if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
    const currentYank = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + currentYank + tail;
    this.cursor = head.length + currentYank.length;
    this._refreshLine();
  },

  _wordLeft() {
    if (this.cursor > 0) this._moveCursor(-wordBefore.exec(reversed(this.line.slice(0, this.cursor)))[0].length);
  },

  _wordRight() {
    if (this.cursor < this.line.length) this._moveCursor(wordAfter.exec(this.line.slice(this.cursor))[0].length);
  },

  /// Up: the previous history entry that starts with the search text (and differs from the line).
  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this._beforeEdit(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
        (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  },

  _historyNext() {
    if (this.historyIndex >= 0) {
      this._beforeEdit(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  },

  /// Tab: asks the completer about the text before the cursor. A completer of two parameters
  /// calls back; any other returns `[completions, completeOn]` (or a promise of it).
  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const done = (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${require('util').inspect(err)}`);
        return;
      }
      this._tabCompleter(lastKeypressWasTab, value);
    };
    const string = this.line.slice(0, this.cursor);
    if (this.completer.length === 2) {
      this.completer(string, done);
      return;
    }
    let value;
    try {
      value = this.completer(string);
    } catch (err) {
      done(err);
      return;
    }
    if (value && typeof value.then === 'function') value.then((v) => done(null, v), done);
    else done(null, value);
  },

  /// Completes the common prefix of the completions; a second tab lists them all in columns.
  _tabCompleter(lastKeypressWasTab, result) {
    const completions = result?.[0];
    const completeOn = result?.[1];
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    }
    if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._beforeEdit(this.line, this.cursor);
    const { getStringWidth } = require('internal/inspect/layout');
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this._writeToOutput(output);
    this._refreshLine();
  },
};

/// The longest start all the strings share.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

function install(proto) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true });
  }
}

module.exports = { init, install, kQuestionReject };

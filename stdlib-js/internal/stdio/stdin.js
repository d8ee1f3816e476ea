'use strict';
// `process.stdin`, made on first touch as Node makes it: a tty.ReadStream
// on a terminal, an fs.ReadStream on a file (or a character device such as
// /dev/null), a socket-like stream on a pipe or socket, and an empty
// stream otherwise. It starts paused and not reading.

let stdin;

function getStdin() {
  if (stdin !== undefined) return stdin;
  const fd = 0;
  switch (require('internal/stdio/pipe').guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/stdio/pipe');
      stdin = new Socket({ fd, readable: true, writable: false, manualStart: true });
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = fd;
  // A paused stdin stops reading (one tick later, once the stream has
  // settled), so that the process can end.
  stdin.on('pause', () => process.nextTick(onpause));
  return stdin;
}

function onpause() {
  if (!stdin._handle || typeof stdin._readStop !== 'function') return;
  if (stdin._handle.reading && !stdin.readableFlowing) {
    stdin._readableState.reading = false;
    stdin._readStop();
  }
}

module.exports = { getStdin };

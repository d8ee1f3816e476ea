'use strict';
// The net handles a script sees through process.getActiveResourcesInfo() and
// process._getActiveHandles(): internal/net/handle.js registers each while its fd is
// open. As in Node, only the ref'd ones count, named by their libuv wrap (TCPSocketWrap,
// TCPServerWrap, PipeWrap, PipeServerWrap), and _getActiveHandles gives their owners
// (the net.Socket or net.Server).

const open = new Set();

function opened(handle) {
  open.add(handle);
}

function closed(handle) {
  open.delete(handle);
}

function refedHandles() {
  const refed = [];
  open.forEach((handle) => {
    if (handle.hasRef()) refed.push(handle);
  });
  return refed;
}

// getActiveResourcesInfo(): Node lists the requests, then the handles, then the timers
// and immediates; the net handles go after the others sous lists (stdio).
function withHandleNames(resources) {
  const refed = refedHandles();
  let at = resources.findIndex((name) => name === 'Timeout' || name === 'Immediate');
  if (at === -1) at = resources.length;
  const names = refed.map((handle) => handle.providerName);
  return resources.slice(0, at).concat(names, resources.slice(at));
}

// _getActiveHandles(): what owns each handle.
function handleOwners() {
  return refedHandles().map((handle) => handle.owner ?? handle);
}

module.exports = { opened, closed, withHandleNames, handleOwners };

'use strict';
// path.win32: Windows path rules on any host. Both `\` and `/` separate;
// a root is `\`, a drive (`c:` relative to that drive's cwd, `c:\`
// absolute), a UNC share `\\server\share`, or a device namespace `\\.\`
// / `\\?\`. Results use `\`. Drive letters compare case-insensitively.

const {
  CHAR_DOT, CHAR_FORWARD_SLASH, validateString, normalizeString, format, scanLastPart,
  hasExtension, basename: basenameFrom,
} = require('internal/path/common');

const CHAR_BACKWARD_SLASH = 92;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;

function isPathSeparator(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

function isWindowsDeviceRoot(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && isWindowsDeviceRoot(path.charCodeAt(0)) && path.charCodeAt(1) === CHAR_COLON;
}

// DOS device names Windows opens whatever folder they appear in.
const RESERVED_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// Whether what precedes the colon at `colonIndex` is a device name (`CON:`).
function isReservedName(path, colonIndex) {
  return RESERVED_NAMES.has(path.slice(0, colonIndex).toUpperCase());
}

// For a path starting with two separators: the `server` and the bounds of
// the `share` of `\\server\share`, or null when the path has no such shape.
function scanUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  while (j < len && isPathSeparator(path.charCodeAt(j))) j++;
  if (j >= len) return null;
  const shareStart = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j };
}

function startsWithTwoSeparators(path) {
  return path.length > 1 && isPathSeparator(path.charCodeAt(0)) && isPathSeparator(path.charCodeAt(1));
}

// The working directory `resolve` falls back to for `device` (Windows keeps
// one per drive in `=X:` variables), or the drive's root.
function cwdForDevice(device) {
  const cwd = process.env[`=${device}`] || process.cwd();
  if (cwd.slice(0, 2).toLowerCase() !== device.toLowerCase() && cwd.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
    return `${device}\\`;
  }
  return cwd;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        path = cwdForDevice(resolvedDevice);
      }

      const len = path.length;
      let rootEnd = 0;
      let device = '';
      let isAbsolute = false;
      const code = path.charCodeAt(0);
      if (len === 1) {
        if (isPathSeparator(code)) {
          rootEnd = 1;
          isAbsolute = true;
        }
      } else if (isPathSeparator(code)) {
        isAbsolute = true;
        rootEnd = 1;
        if (isPathSeparator(path.charCodeAt(1))) {
          const unc = scanUnc(path);
          if (unc === null) {
            rootEnd = 0;
          } else if (unc.server === '.' || unc.server === '?') {
            device = `\\\\${unc.server}`;
            rootEnd = 4;
          } else {
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else if (hasDrive(path)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      }

      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          // A path on another drive does not take part.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isPathSeparator);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    const code = path.charCodeAt(0);
    if (len === 1) return code === CHAR_FORWARD_SLASH ? '\\' : path;
    if (isPathSeparator(code)) {
      isAbsolute = true;
      rootEnd = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = scanUnc(path);
        if (unc === null) {
          rootEnd = 0;
        } else if (unc.server === '.' || unc.server === '?') {
          // A device path: `\\.\` or `\\?\` is the root. A device name
          // right after it (`\\.\nul:`) joins the root, in the `?` form.
          device = `\\\\${unc.server}`;
          rootEnd = 4;
          const name = path.slice(4, path.indexOf(':') + 1);
          if (isReservedName(name, name.length - 1)) {
            device = `\\\\?\\${name}`;
            rootEnd = 4 + name.length;
          }
        } else {
          const share = path.slice(unc.shareStart, unc.shareEnd);
          // A bare UNC root keeps a trailing separator.
          if (unc.shareEnd === len) return `\\\\${unc.server}\\${share}\\`;
          device = `\\\\${unc.server}\\${share}`;
          rootEnd = unc.shareEnd;
        }
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex === 1 && isWindowsDeviceRoot(code)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      } else if (colonIndex > 0 && isReservedName(path, colonIndex)) {
        device = path.slice(0, colonIndex + 1);
        rootEnd = colonIndex + 1;
      }
    }

    let tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute, '\\', isPathSeparator) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) tail += '\\';
    // A relative path must not come out looking like a drive (`c:`) or an
    // alternate data stream of one (CVE-2024-36139): `.\` keeps it relative.
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (hasDrive(tail)) return `.\\${tail}`;
      for (let index = path.indexOf(':'); index !== -1; index = path.indexOf(':', index + 1)) {
        if (index === len - 1 || isPathSeparator(path.charCodeAt(index + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isPathSeparator(code) || (len > 2 && hasDrive(path) && isPathSeparator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // Leading separators that normalize() would read as a UNC root are cut
    // to one, unless the first argument itself is a UNC path (`\\a...`).
    let firstIsUnc = false;
    if (startsWithTwoSeparators(firstPart) && firstPart.length > 2 && !isPathSeparator(firstPart.charCodeAt(2))) {
      firstIsUnc = true;
    }
    if (!firstIsUnc) {
      let slashCount = 0;
      while (slashCount < joined.length && isPathSeparator(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    // A device name among the parts: normalizing could turn it into a
    // drive or stream, so only the separators are unified.
    for (const part of joined.split('\\')) {
      if (part.length > 0 && isReservedName(part, part.indexOf(':'))) return joined.replace(/\//g, '\\');
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      return relativeBySegments(fromOrig, toOrig);
    }

    // Leading and trailing backslashes are not compared.
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKWARD_SLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKWARD_SLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKWARD_SLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      if (fromCode === CHAR_BACKWARD_SLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Nothing in common (another drive or share): `to` itself.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) return toOrig.slice(toStart + i + 1);
        // `from` is a drive root such as `c:\`.
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKWARD_SLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
      if (resolvedPath.charCodeAt(1) === CHAR_BACKWARD_SLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
      }
    } else if (hasDrive(resolvedPath) && resolvedPath.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);
    if (len === 1) return isPathSeparator(code) ? path : '.';
    if (isPathSeparator(code)) {
      rootEnd = offset = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = scanUnc(path);
        if (unc !== null) {
          if (unc.shareEnd === len) return path;
          rootEnd = offset = unc.shareEnd + 1;
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = len > 2 && isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isPathSeparator(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, hasDrive(path) ? 2 : 0, isPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const scan = scanLastPart(path, hasDrive(path) ? 2 : 0, isPathSeparator);
    return hasExtension(scan) ? path.slice(scan.startDot, scan.end) : '';
  },

  format: format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isPathSeparator(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    if (isPathSeparator(code)) {
      rootEnd = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = scanUnc(path);
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (hasDrive(path)) {
      if (len <= 2 || (len === 3 && isPathSeparator(path.charCodeAt(2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const scan = scanLastPart(path, rootEnd, isPathSeparator);
    const { startDot, startPart, end } = scan;
    if (end !== -1) {
      ret.base = path.slice(startPart, end);
      if (hasExtension(scan)) {
        ret.name = path.slice(startPart, startDot);
        ret.ext = path.slice(startDot, end);
      } else {
        ret.name = ret.base;
      }
    }
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return require('internal/path/glob').matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// Relative path by case-insensitive segments, for paths whose lower-case
// form has another length (so character offsets cannot be shared).
function relativeBySegments(fromOrig, toOrig) {
  const fromSplit = fromOrig.split('\\');
  const toSplit = toOrig.split('\\');
  if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
  if (toSplit[toSplit.length - 1] === '') toSplit.pop();
  const fromLen = fromSplit.length;
  const toLen = toSplit.length;
  const length = fromLen < toLen ? fromLen : toLen;
  let i = 0;
  while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return toSplit.slice(i).join('\\');
    if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
    return '';
  }
  return `${'..\\'.repeat(fromLen - i)}${toSplit.slice(i).join('\\')}`;
}

win32._makeLong = win32.toNamespacedPath;

module.exports = win32;

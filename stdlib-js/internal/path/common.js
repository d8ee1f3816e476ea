'use strict';
// What path.posix and path.win32 share: argument checks, the `.`/`..`
// folding of a path's tail, `format`, and the scan of a path's last segment
// that extname/parse build on. Each takes the flavour's separator test.

const CHAR_DOT = 46;
const CHAR_FORWARD_SLASH = 47;

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', name, 'string', value);
  }
}

// Folds `.` and `..` segments of a rootless path; `separator` joins the
// result. Leading `..` are kept only when `allowAboveRoot`.
function normalizeString(path, allowAboveRoot, separator, isPathSeparator) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isPathSeparator(code)) break;
    else code = CHAR_FORWARD_SLASH;

    if (isPathSeparator(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // An empty or `.` segment adds nothing.
      } else if (dots === 2) {
        const lastIsDotDot = res.length >= 2 && lastSegmentLength === 2 &&
          res.charCodeAt(res.length - 1) === CHAR_DOT && res.charCodeAt(res.length - 2) === CHAR_DOT;
        if (!lastIsDotDot && res.length > 2) {
          const lastSlashIndex = res.lastIndexOf(separator);
          if (lastSlashIndex === -1) {
            res = '';
            lastSegmentLength = 0;
          } else {
            res = res.slice(0, lastSlashIndex);
            lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
          }
          lastSlash = i;
          dots = 0;
          continue;
        } else if (!lastIsDotDot && res.length !== 0) {
          res = '';
          lastSegmentLength = 0;
          lastSlash = i;
          dots = 0;
          continue;
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? `${separator}..` : '..';
          lastSegmentLength = 2;
        }
      } else {
        if (res.length > 0) res += `${separator}${path.slice(lastSlash + 1, i)}`;
        else res = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === CHAR_DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function format(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    throw require('internal/errors').makeNodeError('ERR_INVALID_ARG_TYPE', 'pathObject', 'Object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Scans the last segment of `path` from its end down to `start`: where the
// segment starts (`startPart`, `start` when no separator precedes it), where
// it ends (trailing separators skipped; -1 when there is no segment), its
// last dot, and whether a non-dot character precedes that dot (`preDotState`).
function scanLastPart(path, start, isPathSeparator) {
  let startDot = -1;
  let startPart = start;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isPathSeparator(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === CHAR_DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return { startDot, startPart, end, preDotState };
}

// Whether the scanned dot starts an extension: not a dotfile's leading dot, not `..`.
function hasExtension({ startDot, startPart, end, preDotState }) {
  return startDot !== -1 && end !== -1 && preDotState !== 0 &&
    !(preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
}

// The base name of `path` from index `start` (after any root), with
// `suffix` cut off its end when it matches and is not the whole name.
function basename(path, suffix, start, isPathSeparator) {
  let end = -1;
  let matchedSlash = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isPathSeparator(code)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (code === suffix.charCodeAt(extIdx)) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; --i) {
    if (isPathSeparator(path.charCodeAt(i))) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

module.exports = {
  CHAR_DOT,
  CHAR_FORWARD_SLASH,
  validateString,
  normalizeString,
  format,
  scanLastPart,
  hasExtension,
  basename,
};

'use strict';
// path.matchesGlob: glob matching as Node does it (minimatch with
// `windowsPathsNoEscape`, `nonegate`, `nocomment`, case-sensitive on POSIX
// hosts). A `\` in a pattern is a separator, never an escape. Braces
// expand first (`{a,b}`, `{1..3}`, `{a..e..2}`); each pattern segment then
// becomes a regular expression: `*`, `?`, classes with ranges, `!`/`^`
// negation and `[:alpha:]` names, extglobs `@(..)`, `*(..)`, `+(..)`,
// `?(..)`, `!(..)`; a `**` segment spans any number of folders. Names
// starting with `.` match only a pattern segment that starts with `.`.

const { validateString } = require('internal/path/common');

// ---- brace expansion ----

// Index of the `}` closing the `{` at `open`, or -1.
function closingBrace(str, open) {
  let depth = 0;
  for (let i = open; i < str.length; i++) {
    if (str[i] === '{') depth++;
    else if (str[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

// The top-level comma-separated parts of a brace body.
function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(body.slice(last));
  return parts;
}

// `{1..5}`, `{05..10..2}`, `{a..e}`: the listed values, or null.
function sequence(body) {
  const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m === null) return null;
  const numeric = /\d/.test(m[1]);
  if (numeric !== /\d/.test(m[2])) return null;
  const from = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const to = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const step = Math.max(Math.abs(m[3] === undefined ? 1 : Number(m[3])), 1);
  const width = numeric && /^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]) ? Math.max(m[1].length, m[2].length) : 0;
  const out = [];
  for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? step : -step) {
    if (!numeric) out.push(String.fromCharCode(v));
    else if (width > 0) out.push((v < 0 ? '-' : '') + String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0'));
    else out.push(String(v));
  }
  return out;
}

function expandBraces(pattern) {
  for (let open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
    const close = closingBrace(pattern, open);
    if (close === -1) return [pattern];
    const body = pattern.slice(open + 1, close);
    const parts = splitTopLevel(body);
    const values = parts.length > 1 ? parts : sequence(body);
    if (values === null) continue;
    const head = pattern.slice(0, open);
    const tails = expandBraces(pattern.slice(close + 1));
    const out = [];
    for (const value of values) {
      for (const expanded of expandBraces(value)) {
        for (const tail of tails) out.push(`${head}${expanded}${tail}`);
      }
    }
    return out;
  }
  return [pattern];
}

// ---- one segment to a regular expression ----

const POSIX_CLASSES = {
  alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f', blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}', lower: '\\p{Ll}', print: '\\p{C}',
  punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f', upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  xdigit: 'A-Fa-f0-9',
};
// Classes given by what they exclude.
const NEGATED_POSIX = new Set(['graph', 'print']);

function escapeRegExp(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s/]/g, '\\$&');
}

// Parses a `[...]` class starting at `i`; { source, end } or null if unclosed.
function parseClass(seg, i) {
  let j = i + 1;
  let negated = false;
  if (seg[j] === '!' || seg[j] === '^') {
    negated = true;
    j++;
  }
  const ranges = [];
  const negatedRanges = [];
  let first = true;
  while (j < seg.length && (seg[j] !== ']' || first)) {
    first = false;
    if (seg[j] === '[' && seg[j + 1] === ':') {
      const close = seg.indexOf(':]', j + 2);
      const name = close === -1 ? undefined : seg.slice(j + 2, close);
      if (name !== undefined && Object.hasOwn(POSIX_CLASSES, name)) {
        (NEGATED_POSIX.has(name) ? negatedRanges : ranges).push(POSIX_CLASSES[name]);
        j = close + 2;
        continue;
      }
    }
    const c = seg[j];
    if (seg[j + 1] === '-' && j + 2 < seg.length && seg[j + 2] !== ']') {
      const to = seg[j + 2];
      if (to >= c) ranges.push(`${escapeRegExp(c)}-${escapeRegExp(to)}`);
      j += 3;
    } else {
      ranges.push(escapeRegExp(c));
      j++;
    }
  }
  if (j >= seg.length) return null;
  let source;
  if (negatedRanges.length > 0 && ranges.length === 0) {
    source = negated ? `[${negatedRanges.join('')}]` : `[^${negatedRanges.join('')}]`;
  } else if (negatedRanges.length > 0) {
    const any = `(?:[${ranges.join('')}]|[^${negatedRanges.join('')}])`;
    source = negated ? `(?:(?!${any})[^/])` : any;
  } else if (ranges.length === 0) {
    source = negated ? '[^/]' : '$.';
  } else {
    source = negated ? `[^/${ranges.join('')}]` : `[${ranges.join('')}]`;
  }
  return { source, end: j + 1 };
}

// Index of the `)` closing an extglob opened at `open` (the `(`), or -1.
function closingParen(seg, open) {
  let depth = 0;
  for (let i = open; i < seg.length; i++) {
    if (seg[i] === '[') {
      const cls = parseClass(seg, i);
      if (cls !== null) i = cls.end - 1;
    } else if (seg[i] === '(') {
      depth++;
    } else if (seg[i] === ')' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

// The regular-expression source for glob text `seg` (part of one segment).
function compile(seg) {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if ('@*+?!'.includes(c) && seg[i + 1] === '(') {
      const close = closingParen(seg, i + 1);
      if (close !== -1) {
        const alternatives = splitAlternatives(seg.slice(i + 2, close)).map(compile).join('|');
        if (c === '!') {
          const rest = compile(seg.slice(close + 1));
          return `${out}(?:(?!(?:${alternatives})${rest}$)[^/]*?)${rest}`;
        }
        out += `(?:${alternatives})${c === '@' ? '' : c}`;
        i = close;
        continue;
      }
    }
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      out += '[^/]*?';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls === null) {
        out += '\\[';
      } else {
        out += cls.source;
        i = cls.end - 1;
      }
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

// Splits an extglob body on its top-level `|`.
function splitAlternatives(body) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
    else if (body[i] === '|' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(body.slice(last));
  return parts;
}

const GLOBSTAR = Symbol('globstar');

function hasMagic(seg) {
  return /[*?[]|[@+!]\(/.test(seg);
}

// A pattern segment: GLOBSTAR, a literal string, or a RegExp.
function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!hasMagic(seg)) return seg;
  // Without an explicit leading dot, dot-names stay unmatched; `.` and `..`
  // are matched only literally; a segment of stars alone needs a character.
  let guard = seg.startsWith('.') ? '(?!\\.\\.?$)' : '(?!\\.)';
  if (/^\*+$/.test(seg)) guard += '(?=.)';
  return new RegExp(`^${guard}${compile(seg)}$`, 'u');
}

// Splits a path or pattern into names. Runs of `/` count as one, except
// that a Windows `//server` keeps its empty leading names.
function splitNames(path, windows) {
  if (windows && /^\/\/[^/]+/.test(path)) return ['', ...path.split(/\/+/)];
  return path.split(/\/+/);
}

// Drops empty and `.` names inside a path (not its first or last) and folds
// `name/..`, as minimatch's second optimization level does for both sides.
function simplifyNames(parts) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      if (i === 1 && parts[1] === '' && parts[0] === '') continue;
      if (parts[i] === '.' || parts[i] === '') {
        parts.splice(i, 1);
        i--;
        changed = true;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') {
        parts.splice(dd - 1, 2);
        dd -= 2;
        changed = true;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

function matchSegment(file, pattern) {
  if (typeof pattern === 'string') return file === pattern;
  return pattern.test(file);
}

// Whether folder names `file` match segments `pattern` from the given indexes.
function matchParts(file, fi, pattern, pi) {
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const p = pattern[pi];
    if (p === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        // A trailing `**` takes the rest, except dot-names and `.`/`..`.
        for (let k = fi; k < file.length; k++) {
          if (file[k] === '.' || file[k] === '..' || (file[k].startsWith('.') && file[k] !== '')) return false;
        }
        return true;
      }
      for (let k = fi; k < file.length; k++) {
        if (matchParts(file, k, pattern, pi + 1)) return true;
        if (file[k] === '.' || file[k] === '..' || file[k].startsWith('.')) return false;
      }
      return false;
    }
    if (!matchSegment(file[fi], p)) return false;
  }
  if (fi === file.length && pi === pattern.length) return true;
  // `a/` is matched by `a`: one trailing empty name may be left over.
  if (pi === pattern.length) return fi === file.length - 1 && file[fi] === '';
  return false;
}

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (pattern === '') return path === '';
  const file = simplifyNames(splitNames(windows ? path.split('\\').join('/') : path, windows));
  for (const expanded of expandBraces(pattern.replace(/\\/g, '/'))) {
    const names = simplifyNames(splitNames(expanded, windows));
    const segments = names.filter((seg, i) => !(seg === '**' && names[i - 1] === '**')).map(compileSegment);
    if (matchParts(file, 0, segments, 0)) return true;
  }
  return false;
}

module.exports = { matchesGlob };

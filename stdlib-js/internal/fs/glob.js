'use strict';
// fs.glob, fs.globSync and fs.promises.glob: a walk from each pattern's
// literal prefix, every path tested with path.matchesGlob (minimatch's
// rules, as Node's). A directory also matches as `dir/` (so `**/` lists
// directories and `a/**` lists `a`), and the working directory itself is
// `.` when a pattern matches the empty path (`**`). The walk goes only as
// deep as a pattern without `**` can match, does not follow symbolic links,
// and skips what `exclude` excludes. The sync form reads directories in
// place; the other two through fs.promises, on the pool.

const pathModule = require('path');
const { nodeError, getValidatedPath } = require('internal/fs/utils');

const kMagic = /[*?[\]{}()!+@]/;

function validate(patterns, options) {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  for (const pattern of list) {
    if (typeof pattern !== 'string') throw nodeError('ERR_INVALID_ARG_TYPE', 'patterns', 'string', patterns);
  }
  if (options === null || typeof options !== 'object') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
  }
  const { exclude, withFileTypes = false } = options;
  const cwd = options.cwd === undefined ? process.cwd() : getValidatedPath(options.cwd, 'options.cwd');
  if (exclude !== undefined && typeof exclude !== 'function' &&
      !(Array.isArray(exclude) && exclude.every((e) => typeof e === 'string'))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options.exclude', ['function', 'string[]'], exclude);
  }
  return { list, cwd, exclude, withFileTypes: Boolean(withFileTypes) };
}

// What one walk needs: where it starts, how deep it may go, and the test.
function plan(pattern, cwd) {
  const absolute = pathModule.isAbsolute(pattern);
  const segments = pattern.split('/');
  let literal = 0;
  while (literal < segments.length - 1 && !kMagic.test(segments[literal])) literal++;
  const prefix = segments.slice(0, literal).join('/') || (absolute ? '/' : '');
  const rest = segments.slice(literal).filter((s) => s !== '');
  const depth = rest.includes('**') ? Infinity : rest.length;
  return { pattern, prefix, depth, root: pathModule.resolve(cwd, prefix) };
}

function matches(shown, isDir, pattern) {
  const { matchesGlob } = pathModule;
  return matchesGlob(shown, pattern) || (isDir && matchesGlob(`${shown}/`, pattern));
}

function excluder(exclude) {
  if (exclude === undefined) return () => false;
  if (typeof exclude === 'function') return exclude;
  return (shown) => exclude.some((p) => matches(typeof shown === 'string' ? shown : shown.name, false, p));
}

function join(prefix, name) {
  if (prefix === '') return name;
  return prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`;
}

// The walk of one plan, as a generator of steps: `{ readdir: dir }` asks
// the driver (sync or async) for a directory's Dirents, passed back in by
// next() (null if it could not be read: the directory is skipped);
// `{ result }` is a match not reported before (`seen` holds their paths).
function* walk({ pattern, prefix, depth, root }, excluded, withFileTypes, relative, seen) {
  const found = (key, result) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return result !== null;
  };
  if (prefix === '' && pathModule.matchesGlob('', pattern) && found('.', withFileTypes ? null : '.')) {
    yield { result: '.' };
  }
  const queue = [[root, prefix, 0]];
  while (queue.length > 0) {
    const [dir, shownDir, level] = queue.shift();
    if (level >= depth) continue;
    // Dirents name their parent as the results do (relative to the
    // working directory unless the pattern or cwd is absolute).
    const entries = yield { readdir: relative ? (shownDir || '.') : dir };
    if (entries === null) continue;
    // The prefix directory itself, now known to exist (`a/**` lists `a`).
    if (level === 0 && prefix !== '' && matches(prefix, true, pattern) &&
        found(prefix, withFileTypes ? null : prefix)) {
      yield { result: prefix };
    }
    for (const dirent of entries) {
      const shown = join(shownDir, dirent.name);
      const isDir = dirent.isDirectory();
      if (excluded(withFileTypes ? dirent : shown)) continue;
      if (matches(shown, isDir, pattern) && found(shown, dirent)) yield { result: withFileTypes ? dirent : shown };
      if (isDir) queue.push([pathModule.join(dir, dirent.name), shown, level + 1]);
    }
  }
}

// Whether the walk reads directories by their relative names: with the
// process's own working directory and a relative pattern.
function relative(pattern, options) {
  return options.cwd === undefined && !pathModule.isAbsolute(pattern);
}

// Every pattern's walk in turn, each path reported once.
function* steps(patterns, options) {
  const { list, cwd, exclude, withFileTypes } = validate(patterns, options);
  const seen = new Set();
  for (const pattern of list) {
    yield* walk(plan(pattern, cwd), excluder(exclude), withFileTypes, relative(pattern, options), seen);
  }
}

function globSync(patterns, options = {}) {
  const fs = require('fs');
  const out = [];
  const it = steps(patterns, options);
  for (let step = it.next(); !step.done;) {
    const { readdir, result } = step.value;
    if (readdir === undefined) {
      out.push(result);
      step = it.next();
      continue;
    }
    let entries = null;
    try {
      entries = fs.readdirSync(readdir, { withFileTypes: true });
    } catch {
      // Unreadable or gone: skipped, as Node's glob skips it.
    }
    step = it.next(entries);
  }
  return out;
}

async function* globPromise(patterns, options = {}) {
  const fsp = require('fs/promises');
  const it = steps(patterns, options);
  for (let step = it.next(); !step.done;) {
    const { readdir, result } = step.value;
    if (readdir === undefined) {
      yield result;
      step = it.next();
      continue;
    }
    const entries = await fsp.readdir(readdir, { withFileTypes: true }).catch(() => null);
    step = it.next(entries);
  }
}

function glob(patterns, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const { validateFunction } = require('internal/fs/utils');
  validateFunction(callback, 'callback');
  validate(patterns, options ?? {});
  (async () => {
    const out = [];
    for await (const result of globPromise(patterns, options ?? {})) out.push(result);
    return out;
  })().then((out) => callback(null, out), (err) => callback(err));
}

module.exports = { glob, globSync, globPromise };

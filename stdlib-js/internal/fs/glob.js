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
// next() (a failed read by throw(): the directory is skipped); `{ result,
// key }` is a match.
function* walk({ pattern, prefix, depth, root }, excluded, withFileTypes, relative) {
  if (prefix === '' && pathModule.matchesGlob('', pattern)) yield { result: withFileTypes ? null : '.', key: '.' };
  const queue = [[root, prefix, 0]];
  while (queue.length > 0) {
    const [dir, shownDir, level] = queue.shift();
    if (level >= depth) continue;
    let entries;
    try {
      // Dirents name their parent as the results do (relative to the
      // working directory unless the pattern or cwd is absolute).
      entries = yield { readdir: relative ? (shownDir || '.') : dir };
    } catch {
      continue;
    }
    // The prefix directory itself, now known to exist (`a/**` lists `a`).
    if (level === 0 && prefix !== '' && matches(prefix, true, pattern)) {
      yield { result: withFileTypes ? null : prefix, key: prefix };
    }
    for (const dirent of entries) {
      const shown = join(shownDir, dirent.name);
      const isDir = dirent.isDirectory();
      if (excluded(withFileTypes ? dirent : shown)) continue;
      if (matches(shown, isDir, pattern)) yield { result: withFileTypes ? dirent : shown, key: shown };
      if (isDir) queue.push([pathModule.join(dir, dirent.name), shown, level + 1]);
    }
  }
}

// Whether the walk reads directories by their relative names: with the
// process's own working directory and a relative pattern.
function relative(pattern, options) {
  return options.cwd === undefined && !pathModule.isAbsolute(pattern);
}

// The result a walk's step reports, the first time its path comes up.
function take(value, seen) {
  if (seen.has(value.key)) return undefined;
  seen.add(value.key);
  return value.result ?? undefined;
}

function globSync(patterns, options = {}) {
  const { list, cwd, exclude, withFileTypes } = validate(patterns, options);
  const fs = require('fs');
  const seen = new Set();
  const out = [];
  for (const pattern of list) {
    const steps = walk(plan(pattern, cwd), excluder(exclude), withFileTypes, relative(pattern, options));
    let step = steps.next();
    while (!step.done) {
      const { value } = step;
      if (value.readdir !== undefined) {
        let entries;
        try {
          entries = fs.readdirSync(value.readdir, { withFileTypes: true });
        } catch (err) {
          step = steps.throw(err);
          continue;
        }
        step = steps.next(entries);
        continue;
      }
      const result = take(value, seen);
      if (result !== undefined) out.push(result);
      step = steps.next();
    }
  }
  return out;
}

async function* globPromise(patterns, options = {}) {
  const { list, cwd, exclude, withFileTypes } = validate(patterns, options);
  const fsp = require('fs/promises');
  const seen = new Set();
  for (const pattern of list) {
    const steps = walk(plan(pattern, cwd), excluder(exclude), withFileTypes, relative(pattern, options));
    let step = steps.next();
    while (!step.done) {
      const { value } = step;
      if (value.readdir !== undefined) {
        let entries;
        try {
          entries = await fsp.readdir(value.readdir, { withFileTypes: true });
        } catch (err) {
          step = steps.throw(err);
          continue;
        }
        step = steps.next(entries);
        continue;
      }
      const result = take(value, seen);
      if (result !== undefined) yield result;
      step = steps.next();
    }
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

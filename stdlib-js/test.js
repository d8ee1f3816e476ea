'use strict';
// `node:test`: tests, suites and hooks, run one after another in the order they were defined, and
// reported as Node's default (spec) reporter does once the run is over, with the exit code set
// to 1 when a test failed. Not here yet: `mock`, `run()`, snapshot tests, `only` filtering across
// files, and the other reporters.

const { inspect } = require('internal/inspect');

const kSkipped = 'skip';
const kTodo = 'todo';

class TestNode {
  constructor(parent, kind, name, options, fn) {
    this.parent = parent;
    this.kind = kind; // 'root' | 'suite' | 'test'
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.children = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.error = undefined;
    this.passed = false;
    this.directive = options.skip ? kSkipped : options.todo ? kTodo : undefined;
    this.reason = typeof options.skip === 'string' ? options.skip :
      typeof options.todo === 'string' ? options.todo : undefined;
    this.diagnostics = [];
    this.duration = 0;
    this.location = callerLocation();
    this.done = null; // the promise of its run
  }
}

// `file:line:col` of the test's definition, from the stack of the call that defined it.
function callerLocation() {
  const lines = `${new Error().stack}`.split('\n').slice(1);
  const line = lines.find((l) => !l.includes('node:test'));
  const match = line && /\(?([^()\s]+):(\d+):(\d+)\)?\s*$/.exec(line);
  if (!match) return undefined;
  return { file: match[1].replace(/^file:\/\//, ''), line: +match[2], column: +match[3] };
}

// How Node shows a location: relative to the working directory, and at the called name (the
// engine's frame points at the call's parenthesis).
function showLocation(location) {
  if (location === undefined) return 'unknown';
  let { column } = location;
  try {
    const text = require('fs').readFileSync(location.file, 'utf8').split('\n')[location.line - 1];
    if (text !== undefined && text[column - 1] === '(') {
      while (column > 1 && /[\w$]/.test(text[column - 2])) column--;
    }
  } catch {
    // The file is gone: keep the engine's column.
  }
  const cwd = `${process.cwd()}/`;
  const file = location.file.startsWith(cwd) ? location.file.slice(cwd.length) : location.file;
  return `${file}:${location.line}:${column}`;
}

const root = new TestNode(null, 'root', '<root>', {}, undefined);
// The suite whose body is running: `it()`/`describe()`/hooks attach to it.
let currentSuite = root;
let started = false;
// Milliseconds on the monotonic clock.
const now = () => {
  const [seconds, nanos] = process.hrtime();
  return seconds * 1e3 + nanos / 1e6;
};
const startTime = now();

function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') return [name.name || '<anonymous>', {}, name];
  if (typeof options === 'function') return [name === undefined ? '<anonymous>' : `${name}`, {}, options];
  return [name === undefined ? '<anonymous>' : `${name}`, options ?? {}, fn];
}

function addTest(parent, kind, args) {
  const [name, options, fn] = normalizeArgs(...args);
  const node = new TestNode(parent, kind, name, options, fn);
  parent.children.push(node);
  if (kind === 'suite' && node.directive !== kSkipped && typeof fn === 'function') {
    // A suite's body runs when it is defined, collecting its tests and hooks.
    const outer = currentSuite;
    currentSuite = node;
    try {
      const result = fn();
      if (result && typeof result.then === 'function') node.bodyDone = result.then(undefined, (e) => { node.error = e; });
    } catch (e) {
      node.error = e;
    } finally {
      currentSuite = outer;
    }
  }
  if (parent === root) scheduleRun();
  node.done = new Promise((resolve) => { node.resolve = resolve; });
  return node.done;
}

// The run starts after the main script; the report comes when the loop has nothing else to do,
// so tests defined later (from a timer, say) still run first.
let idle = false;
function scheduleRun() {
  if (started) return;
  started = true;
  process.nextTick(() => runChildren(root).then(() => { idle = true; }));
  process.on('beforeExit', () => {
    if (finished) return;
    const late = root.children.filter((c) => !c.ran);
    if (idle && late.length !== 0) {
      idle = false;
      (async () => { for (const node of late) await runNode(node); })().then(() => { idle = true; });
      return;
    }
    finish();
  });
}

async function runHooks(list, context) {
  for (const hook of list) await callWithDone(hook, context);
}

// Calls `fn` as Node does: with a `done` callback when it declares two parameters.
function callWithDone(fn, context) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      fn.call(context, context, (err) => (err ? reject(err) : resolve()));
    });
  }
  return fn.call(context, context);
}

function ancestors(node) {
  const list = [];
  for (let n = node.parent; n !== null; n = n.parent) list.unshift(n);
  return list;
}

async function runChildren(suite) {
  if (suite.bodyDone) await suite.bodyDone;
  const context = new SuiteContext(suite);
  try {
    if (suite.children.length !== 0) await runHooks(suite.hooks.before, context);
    for (const child of suite.children) await runNode(child);
    await runHooks(suite.hooks.after, context);
  } catch (e) {
    suite.error ??= e;
  }
}

async function runNode(node) {
  node.ran = true;
  const start = now();
  if (node.directive === kSkipped) {
    node.passed = true;
  } else if (node.kind === 'suite') {
    await runChildren(node);
    const failed = node.children.filter((c) => !c.passed && c.directive !== kTodo).length;
    if (node.error === undefined && failed !== 0) node.error = new Error(`${failed} subtest${failed > 1 ? 's' : ''} failed`);
    node.passed = node.error === undefined;
  } else {
    await runTest(node);
  }
  node.duration = now() - start;
  node.resolve();
}

async function runTest(node) {
  const context = new TestContext(node);
  const chain = ancestors(node).filter((n) => n.kind !== 'root' || n.hooks.beforeEach.length);
  try {
    for (const suite of chain) await runHooks(suite.hooks.beforeEach, context);
    if (typeof node.fn === 'function') await callWithDone(node.fn, context);
    // Subtests the test started but did not wait for.
    for (const child of node.children) await child.done;
    for (const suite of chain.slice().reverse()) await runHooks(suite.hooks.afterEach, context);
  } catch (e) {
    node.error = e;
  }
  if (node.plan !== undefined && node.error === undefined && node.plan !== node.assertions) {
    node.error = new Error(`plan expected ${node.plan} assertions but received ${node.assertions}`);
  }
  const failed = node.children.filter((c) => !c.passed && c.directive !== kTodo).length;
  if (node.error === undefined && failed !== 0) node.error = new Error(`${failed} subtest${failed > 1 ? 's' : ''} failed`);
  node.passed = node.error === undefined;
}

class TestContext {
  #node;
  constructor(node) { this.#node = node; }
  get name() { return this.#node.name; }
  get fullName() {
    return [...ancestors(this.#node).filter((n) => n.kind !== 'root'), this.#node].map((n) => n.name).join(' > ');
  }
  get signal() { return (this.#node.controller ??= new AbortController()).signal; }
  // assert's functions, counting calls for `plan` (made once per test).
  get assert() {
    const node = this.#node;
    if (node.counted) return node.counted;
    const assert = require('assert');
    node.counted = {};
    for (const key of Object.keys(assert)) {
      if (typeof assert[key] !== 'function') continue;
      node.counted[key] = (...args) => {
        node.assertions = (node.assertions ?? 0) + 1;
        return assert[key](...args);
      };
    }
    return node.counted;
  }
  plan(count) { this.#node.plan = count; this.#node.assertions ??= 0; }
  diagnostic(message) { this.#node.diagnostics.push(`${message}`); }
  skip(message) { this.#node.directive = kSkipped; this.#node.reason = message; }
  todo(message) { this.#node.directive = kTodo; this.#node.reason = message; }
  test(...args) {
    const node = this.#node;
    const [name, options, fn] = normalizeArgs(...args);
    const child = new TestNode(node, 'test', name, options, fn);
    node.children.push(child);
    child.done = new Promise((resolve) => { child.resolve = resolve; });
    runNode(child);
    return child.done;
  }
  before(fn) { this.#node.hooks.before.push(fn); }
  after(fn) { this.#node.hooks.after.push(fn); }
  beforeEach(fn) { this.#node.hooks.beforeEach.push(fn); }
  afterEach(fn) { this.#node.hooks.afterEach.push(fn); }
}

class SuiteContext {
  #node;
  constructor(node) { this.#node = node; }
  get name() { return this.#node.name; }
  get signal() { return (this.#node.controller ??= new AbortController()).signal; }
}

// --- the spec reporter ---------------------------------------------------------------------

const symbols = { pass: '✔', fail: '✖', skip: '﹣', todo: '⚠', suite: '▶', info: 'ℹ' };

function directiveText(node) {
  if (node.directive === kSkipped) return ` # ${node.reason ?? 'SKIP'}`;
  if (node.directive === kTodo) return ` # ${node.reason ?? 'TODO'}`;
  return '';
}

function mark(node) {
  if (node.directive === kSkipped) return symbols.skip;
  if (node.directive === kTodo) return node.passed ? symbols.pass : symbols.todo;
  return node.passed ? symbols.pass : symbols.fail;
}

function resultLine(node) {
  const indent = '  '.repeat(node.nesting);
  return `${indent}${mark(node)} ${node.name} (${node.duration.toFixed(6).replace(/\.?0+$/, '')}ms)${directiveText(node)}`;
}

function report(node, lines) {
  const indent = '  '.repeat(node.nesting);
  if (node.children.length !== 0) {
    lines.push(`${indent}${symbols.suite} ${node.name}`);
    for (const child of node.children) report(child, lines);
  }
  lines.push(resultLine(node));
  for (const note of node.diagnostics) lines.push(`${indent}${symbols.info} ${note}`);
}

function count(node, totals) {
  for (const child of node.children) {
    if (child.kind === 'suite') {
      totals.suites++;
    } else {
      totals.tests++;
      if (child.directive === kSkipped) totals.skipped++;
      else if (child.directive === kTodo) totals.todo++;
      else if (child.passed) totals.pass++;
      else totals.fail++;
    }
    count(child, totals);
  }
}

// The failing leaves: a test failing only because of its subtests is not listed itself.
function failures(node, list) {
  for (const child of node.children) {
    const onlySubtests = child.children.some((c) => !c.passed) && /subtests? failed$/.test(child.error?.message);
    if (!child.passed && !onlySubtests) list.push(child);
    failures(child, list);
  }
  return list;
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  const lines = [];
  for (const child of root.children) report(child, lines);
  const totals = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  count(root, totals);
  for (const [key, value] of Object.entries(totals)) lines.push(`${symbols.info} ${key} ${value}`);
  lines.push(`${symbols.info} duration_ms ${(now() - startTime).toFixed(6).replace(/\.?0+$/, '')}`);
  const failing = failures(root, []);
  if (failing.length !== 0) {
    lines.push('', `${symbols.fail} failing tests:`, '');
    failing.forEach((node, i) => {
      if (i !== 0) lines.push('');
      lines.push(`test at ${showLocation(node.location)}`, resultLine(node).trimStart());
      lines.push(inspect(node.error).split('\n').map((l) => `  ${l}`).join('\n'));
    });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (totals.fail !== 0) process.exitCode = 1;
}

function test(...args) { return addTest(currentSuite, 'test', args); }
function describe(...args) { return addTest(currentSuite, 'suite', args); }
for (const fn of [test, describe]) {
  fn.skip = (name, options, body) => fn(...normalizeArgs(name, options, body).map((v, i) => (i === 1 ? { ...v, skip: true } : v)));
  fn.todo = (name, options, body) => fn(...normalizeArgs(name, options, body).map((v, i) => (i === 1 ? { ...v, todo: true } : v)));
  fn.only = fn;
}

const hook = (kind) => (fn) => { currentSuite.hooks[kind].push(fn); };

module.exports = test;
Object.assign(test, {
  test,
  it: test,
  describe,
  suite: describe,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
});
